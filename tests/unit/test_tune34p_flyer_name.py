"""A flyer's opening lines: a catchy headline, a line that says what the document is and whom it is for ("Concept
pitch to Michener Continuing Education", "Micro-course idea for Michener Continuing Education"), and the course's name
in title case next to that line. The name is the title; the document line never is (lines made up here)."""
from __future__ import annotations

from mailbot_parsers.sections import _is_document_line, _name_beside_document_line, _under_slogan


def test_the_name_under_the_document_line_is_the_title() -> None:
    lines = ["Half of our home pumps beep for nothing.", "Concept pitch to Michener Continuing Education",
             "Safe Infusion Pumps for Home Care Nurses", "The problem. Pump alarms are ignored at home."]
    assert _name_beside_document_line(lines) == "Safe Infusion Pumps for Home Care Nurses"
    assert _under_slogan(lines) is None  # (the line under the slogan says what the document is)


def test_the_name_over_the_document_line_is_the_title() -> None:
    lines = ["Fewer alarms, calmer homes", "Infusion Pump Safety in Community Nursing",
             "A new micro-credential proposed to Michener Continuing Education", "Key facts"]
    assert _name_beside_document_line(lines) == "Infusion Pump Safety in Community Nursing"


def test_no_document_line_no_name_and_no_label_or_organisation() -> None:
    assert _name_beside_document_line(["Infusion Pump Safety at Home", "Key facts", "Delivery: online"]) is None
    assert _name_beside_document_line(["Micro-credential idea for CE", "What: Infusion Pump Safety"]) is None
    assert _name_beside_document_line(["Lakeview Home Care Centre", "A proposal to Michener Continuing Education"]) \
        is None
    assert not _is_document_line("A Course for Nurses Who Work in the Community")
