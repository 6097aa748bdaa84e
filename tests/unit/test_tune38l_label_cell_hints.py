"""An official form's label cell that holds the field's wording over a hint in the template's words ("Existing
Program Name" over "Only if converting an existing program"): the first line is the label, the hint (whose words
name another field's option) does not draw the row to that field. A cell still holding the template's instruction
("If converting, type the program name here.") is not filled in. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _form(program: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Radioiodine Therapy Room Safety"),
                         ("Proposer Name", "Rosa Achterberg"), ("Email", "rachterberg@example.org"),
                         ("Type of Request", "☐ New micro-credential\n☒ Convert an existing program\n☐ Micro-course"),
                         ("Existing Program Name\nOnly if converting an existing program", program),
                         ("Target Learners\nWho will take it?", "Nursing and housekeeping staff of the therapy rooms."),
                         ("Rationale / Need", "Our orientation is a slide deck with no assessment.")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    return docx_bytes(doc)


def test_a_label_over_a_hint_naming_another_field_keeps_its_field() -> None:
    r = parsers.parse(_form("I-131 Safety Orientation for New Staff"), "Concept form - radioiodine.docx")
    assert r.fields["existing_program_name"] == "I-131 Safety Orientation for New Staff"
    assert r.fields["request_type"] == "existing_program"


def test_the_template_instruction_left_in_the_cell_is_no_answer() -> None:
    r = parsers.parse(_form("If converting, type the program name here."), "Concept form - radioiodine.docx")
    assert "existing_program_name" not in r.fields
