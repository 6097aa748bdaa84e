"""A one-page layout's byline that opens on the kind of request and closes on the date ("New micro-credential |
Name, Role, Unit | address | number | 3 Dec 2026") is the proposer's contact block: the kind and the date are no part
of the person, and the line after it (the next box's heading) is no part of the block."""
from __future__ import annotations

from mailbot_parsers.bylines import signature

BYLINE = ("New micro-credential | Fiona Castellano, Endoscopy Unit Manager, Grandview Health | fcastellano@example.com"
          " | 905-555-0179 | 3 Dec 2026")


def test_the_kind_and_the_date_are_no_part_of_the_person() -> None:
    got = signature([BYLINE, "PROBLEM"])
    assert got["proposer_name"] == "Fiona Castellano"
    assert got["proposer_title"] == "Endoscopy Unit Manager"
    assert got["proposer_department"] == "Grandview Health"
    assert got["proposer_phone"] == "905-555-0179"


def test_a_block_left_open_by_its_separator_ends_at_its_address() -> None:
    got = signature(["New micro-credential | Tobias Eng, Nurse Continence Advisor, Pelvic Health Clinic, Northgate "
                     "Hospital | teng@example.com |", "Continence nurses, urology nurses and pelvic"])
    assert got["proposer_department"] == "Pelvic Health Clinic, Northgate Hospital"
    assert got["proposer_email"] == "teng@example.com"
