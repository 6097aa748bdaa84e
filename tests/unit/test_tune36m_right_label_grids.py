"""A form built as tables with the answer on the LEFT and the label right-aligned on the RIGHT, printed to PDF:
each section's table sets its labels flush against its own right edge, a long label wraps onto a second line,
a "(tick one)" label stands on a row of its own over a grid of options whose cells wrap, and section headings
and a footer stand apart from every answer. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers

LEFT = 50.0
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # (the box glyphs need a Unicode font)


def _form() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU)
    pdf.set_font("dejavu", "", 9)
    y = 60.0

    def label(text: str, edge: float, at: float) -> None:
        pdf.set_xy(edge - 200, at)
        pdf.cell(200, 11, text, align="R")

    def answer(text: str, at: float, x: float = LEFT) -> None:
        pdf.set_xy(x, at)
        pdf.cell(300, 11, text)

    def heading(text: str, at: float) -> None:
        pdf.set_font("dejavu", "B", 11)
        label(text, 560, at)
        pdf.set_font("dejavu", "", 9)

    heading("Proposer | A", y)
    y += 30
    for lab, ans in [("Proposed Title", "Stoma Care Refresher for Ward Nurses"), ("Name of Proposer", "Odile Brannagh"),
                     ("Position / Title", "Wound Ostomy Nurse"), ("Email", "o.brannagh@example.org"),
                     ("Phone", "613-555-0149")]:
        label(lab, 530, y)
        answer(ans, y)
        y += 11
    y += 30
    heading("The proposal | B", y)
    y += 30
    label("Target Learners", 545, y)
    answer("Ward nurses on surgical units who change", y)
    answer("appliances after bowel surgery.", y + 11)
    y += 22
    label("Rationale / Need", 545, y)
    answer("Leaks and skin damage after discharge bring patients", y)
    answer("back to the clinic within a week.", y + 11)
    y += 40
    label("Type of Request (tick one)", 545, y)
    y += 20
    answer("\u2610 New micro-credential", y)
    answer("\u2612 Micro-course", y, 250)
    y += 40
    heading("Learning design | C", y)
    y += 30
    label("Competencies / Skills", 530, y)
    label("Targeted", 530, y + 11)
    answer("Appliance sizing, peristomal skin checks and", y)
    answer("patient teaching.", y + 11)
    y += 22
    label("Learning Outcomes", 530, y)
    answer("Size and fit a one-piece appliance.", y)
    y += 11
    label("Summative Assessment", 530, y)
    answer("An observed appliance change.", y)
    y += 40
    label("Endorsement Status (tick one)", 545, y)
    y += 20
    answer("\u2612 Letter of support", y)
    answer("\u2610 In discussion", y, 250)
    answer("attached", y + 11)
    y += 60
    answer("Printed from the ward's checklist edition", y)
    return bytes(pdf.output())


def test_labels_on_the_right_read_their_answers() -> None:
    r = parsers.parse(_form(), "right_labels.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Stoma Care Refresher for Ward Nurses"
    assert r.fields["target_learners"] == "Ward nurses on surgical units who change appliances after bowel surgery."
    assert r.fields["rationale"] == "Leaks and skin damage after discharge bring patients back to the clinic within a week."
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["competencies"] == "Appliance sizing, peristomal skin checks and patient teaching."
    assert r.fields["summative_assessment"] == "An observed appliance change."
    assert r.fields["endorsement_status"] == "letter_attached"
