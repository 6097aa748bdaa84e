"""A course given in parts of so many hours each ("two days of six hours", "four 3-hour evenings") lasts the parts
times their hours; a total the writer states still wins (sentences made up here)."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import to_number


def test_parts_of_so_many_hours_are_multiplied() -> None:
    assert to_number("Three evenings of four hours", "estimated_hours") == 12
    assert to_number("four 3-hour workshops", "estimated_hours") == 12
    assert logistics("Online reading, then two days of seven hours in our lab.").get("estimated_hours") == 14
    assert logistics("En présentiel, trois séances de quatre heures.").get("estimated_hours") == 12


def test_a_stated_total_still_wins() -> None:
    assert to_number("two 3-hour sessions (6 hours)", "estimated_hours") == 6
    assert to_number("10 hours in total: two days of five hours", "estimated_hours") == 10
    assert to_number("2 days (14 hours)", "estimated_hours") == 14
