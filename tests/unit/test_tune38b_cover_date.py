"""A word processor's cover page: the title, then empty paragraphs that space the page, then the proposer's block
("Prepared by: ..." / unit / address and number) and under it the date alone ("March 3, 2027") or the draft's
("Draft of 19 January 2027"). The date under the block's address is the day it was written, however many empty
paragraphs space the page. Built here with python-docx."""
from __future__ import annotations

import io

import pytest
from docx import Document

import mailbot_parsers as parsers


def _proposal(dateline: str) -> bytes:
    doc = Document()
    for _ in range(4):
        doc.add_paragraph("")
    doc.add_paragraph("Pelvic Floor Assessment for Physiotherapists")
    doc.add_paragraph("A micro-course proposal")
    for _ in range(6):
        doc.add_paragraph("")
    doc.add_paragraph("Prepared by: Ingrid Alvarez-Moon, Clinical Specialist, Pelvic Health")
    doc.add_paragraph("Rehabilitation Program, Lakeshore Hospital")
    doc.add_paragraph("ialvarez@example.org  |  (905) 555-0177")
    doc.add_paragraph(dateline)
    for head, text in (("Background and need", "Wait lists for pelvic health physiotherapy exceed six months."),
                       ("Intended learners", "Registered physiotherapists new to pelvic health."),
                       ("Competencies addressed", "Internal examination technique; outcome measures"),
                       ("Learning outcomes", "Assess pelvic floor muscle function safely."),
                       ("How we will know", "An observed practical examination scored with a checklist.")):
        doc.add_heading(head, level=1)
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("dateline, day", [("March 3, 2027", "2027-03-03"), ("Draft of 19 January 2027", "2027-01-19")])
def test_the_date_under_the_cover_block(dateline: str, day: str) -> None:
    r = parsers.parse(_proposal(dateline), "pelvic proposal.docx")
    assert r.fields.get("submission_date") == day
