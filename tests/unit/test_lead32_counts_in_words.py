"""A yearly enrolment spelt out in words is read as its number."""
from __future__ import annotations

from mailbot_parsers import composite


def test_a_count_in_words_is_the_enrolment() -> None:
    assert composite.logistics("About forty learners a year")["expected_enrolment"] == 40
    assert composite.logistics("Hybrid, about ten hours, twenty-four participants per year")["expected_enrolment"] == 24


def test_a_number_word_that_counts_no_learners_is_no_enrolment() -> None:
    assert "expected_enrolment" not in composite.logistics("One hands-on session in the hot lab, about ten hours")
