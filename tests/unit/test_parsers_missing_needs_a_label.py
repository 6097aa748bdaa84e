"""A required field is reported missing only when its label was found with nothing after it. A value that a
layout set where labels stand (a key-figure strip: the caption "Format" above the option "In person") is no label:
read as one ("person" asks who), it must not tell an applicant that they left their name out."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers

ROWS: list[tuple[str, str]] = [
    ("Who it is for", "Triage nurses in community emergency departments"),
    ("Why", "Sepsis is missed at triage in one case of five; early screening saves lives."),
    ("Skills", "Screening tools; escalation"),
    ("Learning outcomes", "1. Screen a patient for sepsis\n2. Escalate a positive screen"),
    ("How we will assess", "Observed triage of three simulated patients"),
    ("Partner", "Lakeshore Health (endorsement confirmed)"),
    ("Format", ""),
    ("In person", ""),
    ("Hours", "6"),
]


def _pitch(rows: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Sepsis screening at triage - a micro-course idea for the CE concept intake")
    table = d.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = answer
    d.add_paragraph("Sent by the emergency education team")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_an_option_caption_where_a_label_stands_does_not_make_the_name_missing() -> None:
    result = parsers.parse(_pitch(ROWS), "sepsis idea.docx")
    assert result.is_concept_form
    assert "proposer_name" not in result.missing_required
    assert "proposer_name" in result.uncertain_fields  # not read, so the office checks it


def test_a_name_label_with_nothing_after_it_still_makes_the_name_missing() -> None:
    result = parsers.parse(_pitch([("Name of proposer", "")] + ROWS), "sepsis idea.docx")
    assert "proposer_name" in result.missing_required
