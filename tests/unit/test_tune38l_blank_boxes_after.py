"""An official form whose options stand one a line with a box typed after each caption ("In discussion   [    ]"):
every box left blank is no option chosen, not the first option named. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _form(endorsement: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Paediatric Blood Collection"),
                         ("Proposer Name", "Hana Okafor"), ("Email", "hokafor@example.org"),
                         ("Target Learners", "Laboratory assistants."),
                         ("Rationale", "Children's collections fail more often than adults' do."),
                         ("Competencies", "Choosing the site; calming the child"),
                         ("Endorsement Status", endorsement)):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    return docx_bytes(doc)


OPTIONS = ["Letter of support attached", "Endorsement confirmed – letter to follow", "In discussion",
           "No endorsement yet"]


def test_every_box_after_its_caption_left_blank_is_no_choice() -> None:
    r = parsers.parse(_form("\n".join(o + "   [    ]" for o in OPTIONS)), "Concept form - blood collection.docx")
    assert "endorsement_status" not in r.fields


def test_the_one_box_marked_after_its_caption_is_the_choice() -> None:
    text = "\n".join(o + ("   [ X ]" if n == 2 else "   [    ]") for n, o in enumerate(OPTIONS))
    r = parsers.parse(_form(text), "Concept form - blood collection.docx")
    assert r.fields["endorsement_status"] == "in_discussion"
