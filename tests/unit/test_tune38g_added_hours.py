"""Hours told as the course's parts added ("a 4-hour online module and a 2-hour skills lab", "4 h online + 2 h in
the lab") are summed by one rule (normalise.hours_added), whether the hours are their own answer or are stated with
the format, start and enrolment in one logistics answer. Built here with python-docx."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import to_number
from tests.unit.samples import table_docx


def _form(label: str, answer: str) -> bytes:
    return table_docx([("Proposed Title", "Safe Enteral Feeding"), ("Name of Proposer", "Ilse Mbatha-Rourke"),
                       ("Target Learners", "Ward nurses"), ("Rationale", "Feeding errors rose last year."),
                       ("Summative Assessment", "An observed skills station."), (label, answer)])


PARTS = ["a 4-hour online module and a 2-hour skills lab", "a 4-hour online module plus a 2-hour skills lab",
         "4 hours online + 2 hours in the lab"]


@pytest.mark.parametrize("parts", PARTS)
def test_the_hours_answer_and_the_logistics_answer_add_the_parts_alike(parts: str) -> None:
    stated = f"Hybrid; {parts}; start September 2027; 40 nurses a year"
    assert to_number(parts, "estimated_hours") == 6
    assert logistics(stated)["estimated_hours"] == 6
    r = parsers.parse(_form("Logistics", stated), "concept form.docx")
    assert r.fields["estimated_hours"] == 6


def test_a_stated_total_or_a_part_alone_is_no_sum() -> None:
    assert logistics("Online; 8 hours in total (6 online and 2 in the lab); 20 nurses a year")["estimated_hours"] == 8
    assert logistics("Online; 4 hours, plus practice time; 20 nurses a year")["estimated_hours"] == 4
