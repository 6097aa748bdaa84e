"""Skills typed as an outline, "1.\tPreparation" over "1.1\tmedia ..." and "1.2\tdevice ...": the sub-items are
items of the list, their outline numbers no part of their text (in a DOCX cell, and printed to PDF where the
sub-items' lines would otherwise run into the group's line). A line opening with a decimal out of outline order
("1.5 hours ...") stays as typed. Built here with python-docx and fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _sub_numbers_marked
from tests.unit.samples import letter_pdf, pdf_bytes, table_docx

SKILLS = ["1.\tPreparation", "1.1\tmedia equilibration and timing", "1.2\tdevice selection and labelling",
          "2.\tVitrification and warming", "2.1\toocyte vitrification", "3.\tStorage and dewar safety"]
EXPECTED = ("Preparation; media equilibration and timing; device selection and labelling; Vitrification and warming; "
            "oocyte vitrification; Storage and dewar safety")
ROWS = [("Proposed Title", "Oocyte Vitrification for Embryologists"), ("Name of Proposer", "Ingrid Oyelaran-Voss"),
        ("E-mail Address", "ioyelaran@example.org"), ("Target Learners", "Embryologists new to vitrification"),
        ("Rationale / Need", "Survival after warming varies between operators."),
        ("Competencies / Skills Targeted", "\n".join(SKILLS)),
        ("Learning Outcomes", "Vitrify oocytes to the lab's protocol"),
        ("Summative Assessment", "Observed vitrification and warming of practice oocytes"),
        ("Industry / Employment Partner", "Northgate Fertility Centre")]


def _docx() -> bytes:
    return table_docx(ROWS)


def _pdf() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(72, 60, "Micro-Course / Credential Concept Form")
    pdf.set_font("helvetica", "", 10)
    y = 100
    for label, answer in ROWS:
        pdf.text(72, y, label)
        for line in answer.split("\n"):
            pdf.text(260, y, line.replace("\t", " "))
            y += 14
        y += 10
    return pdf_bytes(pdf)


def test_outline_sub_items_in_a_docx_cell_are_items() -> None:
    r = parsers.parse(_docx(), "concept form.docx")
    assert r.fields["competencies"] == EXPECTED


def test_outline_sub_items_printed_are_items() -> None:
    r = parsers.parse(_pdf(), "concept form.pdf")
    assert r.fields["competencies"] == EXPECTED


def test_decimals_out_of_outline_order_are_no_items() -> None:
    lines = [("Two sessions:", False), ("1.5 hours of theory", False), ("2.5 hours of practice", False)]
    assert _sub_numbers_marked(lines) == lines
