"""A proposal's sentence that says the assessment is not decided yet is no assessment."""
from __future__ import annotations

from mailbot_parsers.prose import _roles, no_answer_yet


def test_a_sentence_that_has_not_decided_the_assessment_gives_none() -> None:
    assert no_answer_yet("I have also not yet decided how learners would be assessed at the end.")
    assert no_answer_yet("We still have not settled how learners are assessed.")
    assert "summative_assessment" not in _roles("I have also not yet decided how learners would be assessed at the end.")


def test_a_sentence_that_says_how_they_are_assessed_still_gives_it() -> None:
    found = _roles("Learners are assessed with an observed practical exam and a 20-question test.")
    assert "summative_assessment" in found
