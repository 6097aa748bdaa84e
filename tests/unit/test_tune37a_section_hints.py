"""A template set out in body sections (a Project Charter): under each section's heading the template's hint in grey
italics ("Describe the problem ..."), the applicant's answer typed below it in black. The hint is no part of the
answer, as in an answer cell. Built here with python-docx."""
from __future__ import annotations

from docx import Document
from docx.shared import RGBColor

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes

SECTIONS = [
    ("Background and Business Case", "Explain the problem or opportunity this project responds to.",
     "Falls during transfers rose by a third last year and new aides learn lifts only by watching others."),
    ("Target Learners", "Say who will take part.", "Personal support workers on the rehabilitation units."),
    ("Competencies", "List the skills.", "Safe transfers, ceiling lift use, sling selection."),
    ("Summative Assessment", "How is achievement shown?", "An observed transfer with a checklist."),
    ("Strategic Alignment", "Link the project to a plan.", "It supports the Education Plan's focus on patient safety."),
]


def _charter() -> bytes:
    doc = Document()
    doc.add_paragraph("PROJECT CHARTER")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Project Name", "Safe Patient Transfers Micro-Credential"),
                         ("Project Lead", "Tobias Ferreira-Lund"), ("Email", "tferreira@example.org")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    for n, (heading, hint, answer) in enumerate(SECTIONS, 2):
        doc.add_heading(f"{n}. {heading}", level=2)
        run = doc.add_paragraph().add_run(hint)
        run.italic = True
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        doc.add_paragraph(answer)
    return docx_bytes(doc)


def test_a_sections_grey_hint_over_the_typed_answer_is_no_part_of_it() -> None:
    r = parsers.parse(_charter(), "Project Charter - transfers.docx")
    assert r.is_concept_form
    assert r.fields["rationale"] == ("Falls during transfers rose by a third last year and new aides learn lifts only "
                                     "by watching others.")
    assert r.fields["summative_assessment"] == "An observed transfer with a checklist."
