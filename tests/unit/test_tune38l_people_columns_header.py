"""An official form whose proposer rows give a column to each person under a row naming them, the labels' corner
cell left empty ("    | Lead proposer | Co-lead"): that row heads the columns and asks nothing, so the lead's name
is the one in the name row, not the co-lead's heading and name read as the answer of "Lead proposer". Built here
with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=3)
    for cells in (("", "Lead proposer", "Co-lead"), ("Name of Proposer", "Solange Marchetti", "Gregor Lindholm"),
                  ("Position / Title", "Physiotherapist", "Physiotherapist"),
                  ("Email", "smarchetti@example.org", "glindholm@example.com")):
        row = table.add_row().cells
        for c, t in zip(row, cells):
            c.text = t
    for label, value in (("Proposed Title", "Contemporary Acupuncture in Physiotherapy"),
                         ("Target Learners", "Licensed physiotherapists."),
                         ("Rationale", "The college now requires a recognised course before needling."),
                         ("Competencies", "Surface anatomy; safe needling"),
                         ("Summative Assessment", "An observed practical exam.")):
        row = table.add_row().cells
        row[0].text = label
        row[1].merge(row[2]).text = value
    return docx_bytes(doc)


def test_a_row_naming_the_people_columns_is_no_label() -> None:
    r = parsers.parse(_form(), "Concept form - acupuncture.docx")
    assert r.fields["proposer_name"] == "Solange Marchetti"
    assert r.fields["proposer_email"] == "smarchetti@example.org"
