"""A unit signed under a letter in a narrow column, wrapped ("Home Infusion Program, Lakeview" over "Community
Health Centre"), is whole where the letterhead writes it on one line; a second line the document never joins to it
stays apart (lines made up here)."""
from __future__ import annotations

from mailbot_parsers.sections import _unit_unwrapped

LETTERHEAD = "Home Infusion Program, Lakeview Community Health Centre"


def test_a_wrapped_unit_is_whole_where_the_letterhead_writes_it() -> None:
    loose = [LETTERHEAD, "Dear team,", "Sincerely,", "Odalys Fenwick-Ramos", "Nurse Educator",
             "Home Infusion Program, Lakeview", "Community Health Centre"]
    assert _unit_unwrapped("Home Infusion Program, Lakeview", loose) == LETTERHEAD


def test_a_second_unit_line_stays_apart() -> None:
    loose = ["Dear team,", "Sincerely,", "Odalys Fenwick-Ramos", "Nurse Educator", "Home Infusion Program",
             "Lakeview Community Health Centre"]
    assert _unit_unwrapped("Home Infusion Program", loose) == "Home Infusion Program"
