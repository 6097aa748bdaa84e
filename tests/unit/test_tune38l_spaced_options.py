"""Options typed on one line of a table cell, set apart by wide gaps, a blank kept where a box would be and a tick
typed in the gap of the chosen one ("    Letter of support attached    ✔ Endorsement confirmed    In discussion").
The tick belongs to the option it sits against, not to the one before the gap. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _form(endorsement: str, delivery: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Peritoneal Dialysis Home Training"),
                         ("Proposer Name", "Hana Okafor"), ("Email", "hokafor@example.org"),
                         ("Target Learners", "Nephrology nurses."),
                         ("Rationale", "More patients start dialysis at home than a year ago."),
                         ("Competencies", "Teaching exchanges; spotting peritonitis"),
                         ("Industry / Employment Partner", "Home Dialysis Program"),
                         ("Endorsement Status", endorsement), ("Delivery Format", delivery)):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    return docx_bytes(doc)


def test_a_tick_in_the_gap_belongs_to_the_option_it_sits_against() -> None:
    r = parsers.parse(_form("    Letter of support attached    ✔ Endorsement confirmed        In discussion"
                            "        None yet", "Online    In person ✔    Hybrid"), "PD home training.docx")
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["delivery_format"] == "in_person"
