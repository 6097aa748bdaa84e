"""A yearly enrolment given as groups and the size of each ("four cohorts of twelve each year", French "deux groupes
de quinze par année"): the year's learners are all the groups', not one group's size (sentences made up here)."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import cohort_total, to_number


def test_groups_of_a_size_each_year_are_multiplied() -> None:
    assert logistics("Blended, nine hours; we would run four cohorts of twelve each year.")["expected_enrolment"] == 48
    assert logistics("Size: three groups of ten a year")["expected_enrolment"] == 30


def test_french_groups_are_multiplied() -> None:
    assert logistics("Début prévu : printemps 2028. Nous prévoyons trois groupes de douze par année.")[
        "expected_enrolment"] == 36
    assert to_number("2 cohortes de 14 par an", "expected_enrolment") == 28


def test_a_total_written_out_still_wins_and_a_plain_figure_is_kept() -> None:
    assert logistics("Two cohorts of ten a year (20)")["expected_enrolment"] == 20
    assert logistics("About 40 learners a year")["expected_enrolment"] == 40
    assert cohort_total("40 learners a year", 0) is None
