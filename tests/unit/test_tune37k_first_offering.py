"""A letter's key-facts list names the start by the course's first time ("First offering May 2027, before the camp
season", "First cohort", "First run"): that row is the start, and the row above it ("Learners per year roughly 120")
ends where it begins, instead of running on and giving its date to the start read inside the count.
"""
from __future__ import annotations

import mailbot_parsers as parsers

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LETTER = [
    "Dear Continuing Education team,",
    "I am writing to propose a micro-credential on capillary blood testing for community support workers, who now",
    "test children at day camps and schools without any formal training. Please see the key facts below.",
    "Sincerely,",
    "Oona Halvorsen-Mbeki",
    "Certified Diabetes Educator",
]
FACTS = [
    ("Course title", "Capillary Glucose Testing for Camp Staff"),
    ("Type of proposal", "New micro-credential"),
    ("Delivery", "Online (self-paced modules)"),
    ("Total learning hours", "6 hours"),
    ("Learners per year", "roughly 120 (four intakes of 30)"),
    ("{first}", "May 2027, before the camp season"),
    ("Industry partner", "Northwest Day Camps Association"),
]


def letter(first: str = "First offering") -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU)
    pdf.set_font("dejavu", "", 10)
    y = 60.0
    for line in LETTER:
        pdf.text(56, y, line)
        y += 16
    y += 14
    pdf.set_font("dejavu", "B", 12)
    pdf.text(56, y, "Key facts at a glance")
    y += 22
    for label, value in FACTS:
        pdf.set_font("dejavu", "B", 10)
        pdf.text(56, y, label.format(first=first))
        pdf.set_font("dejavu", "", 10)
        pdf.text(200, y, value)
        y += 18
    return bytes(pdf.output())


def test_the_first_offering_row_is_the_start_as_written() -> None:
    r = parsers.parse(letter(), "letter to CE.pdf")
    assert r.is_concept_form
    assert r.fields["proposed_start"] == "May 2027, before the camp season"
    assert r.fields["expected_enrolment"] == 120


def test_a_first_run_row_is_the_start_too() -> None:
    r = parsers.parse(letter("First run"), "letter to CE 2.pdf")
    assert r.fields["proposed_start"] == "May 2027, before the camp season"
