"""Writers count learners in dozens ("About two dozen technologists a year"): a count of dozens is one number, not
the count and a dozen side by side (read before as 12, a wrong value presented as the answer)."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import to_number, words_to_digits


def test_a_count_of_dozens_is_their_product() -> None:
    assert words_to_digits("About two dozen technologists a year") == "About 24 technologists a year"
    assert to_number("three dozen a year", "expected_enrolment") == 36
    assert to_number("2 dozen learners", "expected_enrolment") == 24
    assert logistics("About two dozen technologists a year") == {"expected_enrolment": 24}


def test_a_dozen_alone_is_still_twelve() -> None:
    assert to_number("a dozen learners", "expected_enrolment") == 12
    assert to_number("dozens of nurses", "expected_enrolment") is None
