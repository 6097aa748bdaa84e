"""A template that says in its date label which order the figures go in ("Date (mm/dd/yyyy): 02/03/2027"): the
date reads in that order, not day first as an ambiguous date otherwise does; a template asking day first
("jj/mm/aaaa") keeps it. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes


def _form(hint: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Low Vision Assessment in Primary Care"),
                         ("Proposer Name", "Priya Mandela"), ("Email", "pmandela@example.org"),
                         ("Target Learners", "Optometric assistants and primary care nurses."),
                         ("Rationale", "Waiting lists for a low vision assessment exceed nine months."),
                         ("Competencies / Skills Targeted", "Measuring acuity; prescribing magnifiers"),
                         ("Summative Assessment", "An observed intake with a checklist."),
                         ("Industry / Employment Partner", "Eastgate Community Health"),
                         ("Estimated Hours", "10 hrs")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    row = table.add_row().cells
    row[0].text = f"Date ({hint}): 02/03/2027"
    return docx_bytes(doc)


def test_a_date_label_asking_month_first_reads_the_date_so() -> None:
    r = parsers.parse(_form("mm/dd/yyyy"), "Concept form - low vision.docx")
    assert r.fields["submission_date"] == "2027-02-03"


def test_a_date_label_asking_day_first_reads_the_date_so() -> None:
    r = parsers.parse(_form("dd/mm/yyyy"), "Concept form - low vision.docx")
    assert r.fields["submission_date"] == "2027-03-02"
