"""A start named by the course's first time ("first offering May 2027, before the camp season", "first cohort ...")
is kept as written with the moment it must come before, as a start put with a start verb is ("start April 2027,
before the event season"): the date alone cuts the applicant's words short.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import DEJAVU, letter_pdf, pdf_bytes


def form(logistics: str) -> bytes:
    questions = [
        ("1. Proposed Title *", "Capillary Glucose Testing for Camp Staff"),
        ("2. Name of Proposer *", "Oona Halvorsen-Mbeki"),
        ("3. Type of Request *", "New micro-credential"),
        ("4. Target Audience *", "Community support workers at children's day camps"),
        ("5. Rationale / Need *", "Camp staff now test children's blood glucose without any formal training."),
        ("6. Logistics *", logistics),
    ]
    pdf = letter_pdf(dejavu=True, bold=DEJAVU)
    pdf.set_font("dejavu", "B", 14)
    pdf.text(56, 66, "Micro-credential Concept Form")
    y = 96.0
    for label, answer in questions:
        pdf.set_font("dejavu", "B", 10)
        pdf.text(56, y, label)
        pdf.set_font("dejavu", "", 10)
        pdf.text(56, y + 16, answer)
        y += 40
    return pdf_bytes(pdf)


def test_the_first_offering_is_the_start_as_written() -> None:
    r = parsers.parse(form("Online; 6 hours; first offering May 2027, before the camp season"), "concept.pdf")
    assert r.is_concept_form
    assert r.fields["proposed_start"] == "May 2027, before the camp season"


def test_the_first_cohort_is_the_start_as_written() -> None:
    r = parsers.parse(form("Online; 6 hours; first cohort May 2027, ahead of the camp season"), "concept 2.pdf")
    assert r.fields["proposed_start"] == "May 2027, ahead of the camp season"
