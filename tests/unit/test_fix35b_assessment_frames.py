"""Frames of fix35b: a one-sentence answer about the assessment whose subject is the learners as a pronoun ("They
finish with X."), the completion shown ("Completion is shown through X.") or a French passive ("La réussite serait
attestée par X."): the field holds X."""
from __future__ import annotations

from mailbot_parsers.prose import unframed


def test_they_finish_with() -> None:
    assert unframed("summative_assessment", "They finish with a recorded session marked against a rubric.") \
        == "a recorded session marked against a rubric"


def test_completion_is_shown_through() -> None:
    assert unframed("summative_assessment", "Completion is shown through an online case examination of 15 scenarios.") \
        == "an online case examination of 15 scenarios"


def test_french_passive_names_the_means() -> None:
    assert unframed("summative_assessment", "La réussite serait attestée par une étude de cas notée en laboratoire.") \
        == "une étude de cas notée en laboratoire"
    assert unframed("summative_assessment", "Les compétences seront évaluées au moyen d'un examen pratique observé.") \
        == "un examen pratique observé"
    # a sentence that is no frame is kept whole
    s = "La formation se termine par un examen écrit."
    assert unframed("summative_assessment", s) == s
