"""A DOCX form corrected in place: the old answer's runs struck through (w:strike) and the new answer after them, in
the same paragraph or the next. Only the new words are the answer; options told apart by striking the others out
are still read as before. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=0, cols=2)

    def row(label: str, old: str, new: str, apart: bool = False) -> None:
        cells = table.add_row().cells
        cells[0].text = label
        para = cells[1].paragraphs[0]
        if old:
            para.add_run(old).font.strike = True
            if apart:
                para = cells[1].add_paragraph()  # (the correction on a line of its own)
            else:
                para.add_run(" ")
        para.add_run(new)

    row("Proposed Title", "Slit Lamp for Nurses", "Slit Lamp Examination and Corneal Foreign Body Removal")
    row("Name of Proposer", "", "Elodie Rousseau-Mbeki")
    row("Target Learners", "", "Emergency department nurses")
    row("Rationale", "", "Eye complaints wait hours for a physician.")
    row("Summative Assessment", "A written quiz.", "An observed examination on a model eye.", apart=True)
    row("Estimated Hours", "12 h", "16 h")
    row("Proposed Start", "Fall 2027", "Winter 2028")
    cells = table.add_row().cells
    cells[0].text = "Delivery Format"
    para = cells[1].paragraphs[0]
    para.add_run("Online").font.strike = True
    para.add_run(" / ")
    para.add_run("In person").font.strike = True
    para.add_run(" / Hybrid")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_struck_runs_are_withdrawn() -> None:
    r = parsers.parse(_form(), "concept form.docx")
    assert r.fields["proposal_title"] == "Slit Lamp Examination and Corneal Foreign Body Removal"
    assert r.fields["estimated_hours"] == 16
    assert r.fields["proposed_start"] == "Winter 2028"
    assert r.fields["summative_assessment"] == "An observed examination on a model eye."
    assert r.fields["delivery_format"] == "hybrid"
