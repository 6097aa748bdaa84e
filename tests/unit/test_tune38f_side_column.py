"""A form's table in three columns, "Item | Response | Office use only", with section bands across the table and the
last column one cell merged down each section ("Reviewed: ☐ / Initials: / Date:"): that column answers no row, so
its words never join the first answer of a section nor stand as a label. A third column whose cells are each a row's
own stays read. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt, RGBColor

import mailbot_parsers as parsers
from mailbot_parsers import side_columns

SECTIONS = (("SECTION 1 – PROPOSER", (("1.1 Name of Proposer", "Ilse Mbatha-Rourke"),
                                       ("1.2 Position / Title", "Clinical Nurse Educator"),
                                       ("1.3 Department / Program", "Critical Care Nursing"),
                                       ("1.4 Email", "ilse.mbatha@example.org"))),
            ("SECTION 2 – PROGRAM DETAILS", (("2.1 Proposed Title", "Safe Enteral Feeding"),
                                              ("2.2 Target Learners", "Ward nurses"),
                                              ("2.3 Estimated Hours", "6"))),
            ("SECTION 3 – NEED", (("3.1 Rationale", "Feeding errors rose last year."),
                                  ("3.2 Summative Assessment", "An observed skills station."))))


def _form(merged: bool) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Item", "Response", "Office use only")):
        cell.paragraphs[0].add_run(text).bold = True
    for band, rows in SECTIONS:
        cells = table.add_row().cells
        cells[0].merge(cells[2]).paragraphs[0].add_run(band).bold = True
        first = len(table.rows)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].text = value
            if not merged:
                cells[2].text = "OK"
        if merged:
            # (the reviewer's prompts a paragraph each, in small grey type)
            office = table.cell(first, 2).merge(table.cell(len(table.rows) - 1, 2))
            for n, prompt in enumerate(("Reviewed: ☐", "Initials: ____", "Date: ____")):
                run = (office.paragraphs[0] if n == 0 else office.add_paragraph()).add_run(prompt)
                run.font.size, run.font.color.rgb = Pt(8), RGBColor(0x7F, 0x7F, 0x7F)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_an_office_column_merged_down_each_section_answers_nothing() -> None:
    r = parsers.parse(_form(merged=True), "concept form.docx")
    assert r.fields["proposer_name"] == "Ilse Mbatha-Rourke"
    assert r.fields["proposer_title"] == "Clinical Nurse Educator"
    assert r.fields["proposer_department"] == "Critical Care Nursing"
    assert r.fields["proposal_title"] == "Safe Enteral Feeding"
    assert r.fields["rationale"] == "Feeding errors rose last year."


def test_a_column_of_each_row_is_no_side_column() -> None:
    from lxml import etree
    import zipfile

    xml = etree.fromstring(zipfile.ZipFile(io.BytesIO(_form(merged=False))).read("word/document.xml"))
    tbl = next(xml.iter(f"{side_columns._w}tbl"))
    assert side_columns.merged_side_column(tbl.findall(f"{side_columns._w}tr")) is None
