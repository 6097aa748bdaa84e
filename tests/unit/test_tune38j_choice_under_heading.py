"""A document in parts under headings ("Section C – Goals and Objectives") whose part opens with a "Label: answer"
line of another field, in words no form lists, whose answer names one of a choice's options ("Type of initiative: a
new micro-credential."): that line answers the choice, it is not the first line of the heading's answer. Words
before the colon that end a sentence are the heading's answer, and stay so. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _charter(first_line: str, heading: str = "Section C – Goals and Objectives") -> bytes:
    doc = Document()
    doc.add_paragraph("PROJECT CHARTER")
    doc.add_heading("Section A – Project Identification", level=2)
    table = doc.add_table(rows=0, cols=2)
    for label, value in [("Project Name", "Safe Enteral Feeding"), ("Project Lead", "Ilse Mbatha-Rourke"),
                         ("Department", "Nursing Education")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    doc.add_heading("Section B – Problem Statement", level=2)
    doc.add_paragraph("Feeding tube errors rose last year and staff asked for training.")
    doc.add_heading(heading, level=2)
    doc.add_paragraph(first_line)
    doc.add_paragraph("Participants will be able to:")
    doc.add_paragraph("Check tube placement before every feed.", style="List Bullet")
    doc.add_paragraph("Respond to a blocked tube.", style="List Bullet")
    doc.add_heading("Section D – Scope", level=2)
    doc.add_paragraph("Target group: ward nurses on medical units")
    doc.add_paragraph("Assessment: an observed skills station with a checklist")
    doc.add_paragraph("Duration: six hours")
    return docx_bytes(doc)


def test_a_choice_on_the_first_line_under_a_heading_is_read() -> None:
    r = parsers.parse(_charter("Type of initiative: a new micro-credential."), "charter.docx")
    assert r.fields.get("request_type") == "new"
    assert "request_type" not in r.uncertain_fields
    assert r.fields["learning_outcomes"] == ["Check tube placement before every feed.", "Respond to a blocked tube."]


def test_a_sentence_before_the_colon_stays_the_headings_answer() -> None:
    r = parsers.parse(_charter("Greater Toronto Preceptor Network. Endorsement status: Confirmed – letter to follow.",
                               heading="Section C – Endorsing partner"), "charter.docx")
    assert r.fields.get("partner_name") == "Greater Toronto Preceptor Network"
