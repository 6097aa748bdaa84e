"""Whom a course is for, said in the proposing sentence after "open to" or after its topic and a comma (each case
worded unlike any development file)."""
from __future__ import annotations

from mailbot_parsers import prose


def _learners(sentence: str) -> object:
    found = prose._roles(sentence)
    return found.get("target_learners", (None,))[0]


def test_open_to_names_the_learners_up_to_the_semicolon() -> None:
    assert _learners("We propose a short micro-course, open to any allied health worker who takes blood pressure in "
                     "community clinics; most will be pharmacy staff.") \
        == "any allied health worker who takes blood pressure in community clinics"


def test_the_learners_after_the_topic_and_a_comma() -> None:
    assert _learners("I would like to propose a new micro-credential on fitting compression garments, aimed at "
                     "lymphoedema therapists who are new to the clinic.") \
        == "lymphoedema therapists who are new to the clinic"


def test_open_to_suggestions_names_no_one() -> None:
    assert _learners("We propose a new micro-course, open to suggestions on its format.") is None
