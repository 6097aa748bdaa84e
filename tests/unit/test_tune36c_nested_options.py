"""A DOCX form whose answer cell holds a table of its own for a choice: a row of the options' captions over a row of
their boxes. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes

OPTIONS = ("New micro-credential", "Convert an existing program", "Micro-course")


def _form(boxes: tuple[str, ...]) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, answer in (("Proposed Title", "Insulin Pump Starts in Primary Care"),
                          ("Name of Proposer", "Adaeze Villeneuve"), ("Type of Request", None),
                          ("E-mail Address", "avilleneuve@example.org"), ("Target Learners", "Primary care nurses"),
                          ("Rationale / Need", "More patients start pumps outside hospital clinics."),
                          ("Competencies / Skills Targeted", "Pump set-up; basal rates; sick-day rules"),
                          ("Learning Outcomes", "Start a pump safely"),
                          ("Summative Assessment", "An observed pump start on a simulated patient"),
                          ("Industry / Employment Partner", "Lakeshore Diabetes Network"),
                          ("Alignment with Michener's Education Plan", "Primary care practice.")):
        cells = table.add_row().cells
        cells[0].text = label
        if answer is not None:
            cells[1].text = answer
            continue
        inner = cells[1].add_table(rows=2, cols=len(OPTIONS))
        for k, (caption, box) in enumerate(zip(OPTIONS, boxes)):
            inner.cell(0, k).text = caption
            inner.cell(1, k).text = box
    return docx_bytes(doc)


def test_a_row_of_boxes_under_a_row_of_captions_is_the_choice() -> None:
    r = parsers.parse(_form(("☐", "☐", "☒")), "nested.docx")
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["target_learners"] == "Primary care nurses"
    r = parsers.parse(_form(("☐", "☒", "☐")), "nested.docx")
    assert r.fields["request_type"] == "existing_program"


def test_no_box_ticked_is_no_choice() -> None:
    r = parsers.parse(_form(("☐", "☐", "☐")), "nested.docx")
    assert "request_type" not in r.fields
