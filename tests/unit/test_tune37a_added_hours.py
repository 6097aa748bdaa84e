"""Hours given as the sum of the course's parts ("a 4-hour online module plus a 2-hour lab") or as parts of so many
hours each with a hyphenated part ("two half-days of four hours"): the course's hours are the sum. Built here with
python-docx."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_number
from tests.unit.samples import table_docx


def _form(hours: str) -> bytes:
    return table_docx([("Proposed Title", "Safe Enteral Feeding"), ("Name of Proposer", "Ilse Mbatha-Rourke"),
                       ("Target Learners", "Ward nurses"), ("Rationale", "Feeding errors rose last year."),
                       ("Summative Assessment", "An observed skills station."), ("Estimated Hours", hours)])


@pytest.mark.parametrize("hours, total", [("a 4-hour online module plus a 2-hour skills lab", 6),
                                          ("two half-days of three hours", 6),
                                          ("3 h online + 2 h in person", 5)])
def test_the_parts_hours_add_up(hours: str, total: int) -> None:
    r = parsers.parse(_form(hours), "concept form.docx")
    assert r.fields["estimated_hours"] == total


def test_what_is_no_sum_of_hours() -> None:
    assert to_number("12 hours (8 online plus 4 in the lab)", "estimated_hours") == 12
    assert to_number("4 hours plus practice time", "estimated_hours") == 4
    assert to_number("6 to 8 hours", "estimated_hours") == 6
    assert to_number("3 hours and 20 learners", "estimated_hours") == 3
