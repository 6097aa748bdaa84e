"""Habits of writers stating dates and hours:

- a numeric date whose order is ambiguous, with the day and month spelled out after it ("12/02/2026 (2 December)"):
  the words say which figure is the day;
- hours and minutes written "2 h 30" (two and a half hours);
- hours given as parts with their total in brackets after them ("5 hours online and a 7-hour day (12 hours)"): the
  bracketed figure that the parts add up to is the answer. A bracketed figure that is no such sum (a breakdown after
  the total, "21 (three 7-hour lab days)") leaves the reading as it was."""
from __future__ import annotations

from mailbot_parsers.normalise import to_date, to_number


def test_the_spelled_day_and_month_settle_an_ambiguous_date() -> None:
    assert to_date("12/02/2026 (2 December)") == "2026-12-02"
    assert to_date("02/12/2026 (December 2)") == "2026-12-02"
    assert to_date("12/02/2026 (12 February)") == "2026-02-12"
    assert to_date("12/02/2026 (12 février)", month_first=True) == "2026-02-12"
    # no words after it: the document's own order decides, as before
    assert to_date("12/02/2026") == "2026-02-12"
    assert to_date("12/02/2026", month_first=True) == "2026-12-02"


def test_the_total_in_brackets_after_its_parts_is_the_hours() -> None:
    assert to_number("5 hours of online modules and a 7-hour simulation day (12 hours)", "estimated_hours") == 12
    assert to_number("4 h online + 8 h lab (12 h)", "estimated_hours") == 12
    assert to_number("21 (three 7-hour lab days)", "estimated_hours") == 21
    assert to_number("2 days (14 hours)", "estimated_hours") == 14
    # a bracketed figure that the parts do not add up to is no total (the parts' hours added are: tune37a)
    assert to_number("5 hours online and a 7-hour day (2 weeks)", "estimated_hours") == 12


def test_hours_and_minutes_written_the_french_way() -> None:
    # "2 h 30" is two and a half hours, as "1h45" is one and three quarters
    assert to_number("2 h 30", "estimated_hours") == 2.5
    assert to_number("1h45", "estimated_hours") == 1.75
    assert to_number("2 h 30 min, en ligne", "estimated_hours") == 2.5
    assert to_number("3 h", "estimated_hours") == 3
    # a figure after the hours that another fact follows is that fact's ("40 a year")
    assert to_number("Hybrid 12 h 40 a year Spring 2028", "estimated_hours") == 12
