"""Counts and hours as writers state them in words: over a hundred ("one hundred and fifty learners"), as a sum
after its parts ("soit neuf heures"), or as parts named by their weekday ("two Saturdays of six hours each")."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import to_number, words_to_digits


def test_hundreds_and_the_tens_after_them_are_one_number() -> None:
    assert words_to_digits("one hundred and fifty learners a year") == "150 learners a year"
    assert words_to_digits("two hundred people") == "200 people"
    assert words_to_digits("one hundred twenty-five") == "125"
    assert to_number("about one hundred and fifty learners a year", "expected_enrolment") == 150


def test_a_french_sum_after_its_parts_is_the_total() -> None:
    got = logistics("Format hybride : trois heures en ligne et six heures de pratique en clinique, soit neuf heures.")
    assert got["estimated_hours"] == 9
    assert got["delivery_format"] == "hybrid"


def test_parts_named_by_their_weekday_count_once_each() -> None:
    assert logistics("In person; two Saturdays of six hours each; about twenty learners a year.")["estimated_hours"] == 12
