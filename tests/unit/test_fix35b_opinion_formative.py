"""Doubts of fix35b: a prose answer that opens with the writer's opinion of it ("We believe it extends ...", "Je pense
qu'il rejoint ..."), whose edges the dev sets draw either way, and a summative assessment that names formative checks
(formative only, or run on into the formative ones): each is left uncertain rather than presented as sure."""
from __future__ import annotations

from mailbot_parsers.calibration import EDGE_DOUBTS, SURE, judge


def _doubts(key: str, value: object, method: str = "label_line") -> tuple[str, ...]:
    v = judge(key, value, "Label", 1.0, raw=str(value), method=method)  # type: ignore[arg-type]
    assert (v.confidence < SURE) == bool(v.doubts)
    return v.doubts


def test_an_opinion_before_the_claim_is_a_guess_at_its_edges() -> None:
    assert "hedged" in _doubts("education_plan_alignment", "We believe it extends the Education Plan priority on care.")
    assert "hedged" in _doubts("education_plan_alignment", "I'd say it supports the Education Plan's commitment.")
    assert "hedged" in _doubts("education_plan_alignment", "Je pense qu'il rejoint l'axe du Plan d'éducation.")
    assert "hedged" in _doubts("rationale", "In our view, staff lack practice with the new pumps.")
    # a claim stated as it is, and a field that is no prose answer, are not hedged
    assert "hedged" not in _doubts("education_plan_alignment", "It supports the Education Plan's commitment.")
    assert "hedged" not in _doubts("proposal_title", "We Believe in Safe Swallowing")


def test_a_summative_assessment_naming_formative_checks_is_doubted() -> None:
    assert "formative" in _doubts("summative_assessment", "Short self-check quizzes (formative only for now)")
    assert "formative" in _doubts("summative_assessment", "Observed practice with a checklist; Formative: quiz")
    assert "formative" in _doubts("summative_assessment", "Quiz formatif après chaque module")
    assert "formative" not in _doubts("summative_assessment", "An observed practical exam marked with a checklist")
    assert "formative" not in _doubts("rationale", "Formative feedback is missing from current training.")


def test_an_opinion_is_a_doubt_about_edges_only() -> None:
    # (it says nothing of how the rest of the document was read, so it alone sends no document to review)
    assert "hedged" in EDGE_DOUBTS
