"""A required field is reported missing only when its label was found with nothing after it. A value that a
layout set where labels stand (a key-figure strip: the caption "Format" above the option "In person") is no label:
read as one ("person" asks who), it must not tell an applicant that they left their name out."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import python_docx_table

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


def test_an_option_caption_where_a_label_stands_does_not_make_the_name_missing() -> None:
    result = parsers.parse(_sepsis_pitch(ROWS), "sepsis idea.docx")
    assert result.is_concept_form
    assert "proposer_name" not in result.missing_required
    assert "proposer_name" in result.uncertain_fields  # not read, so the office checks it


def test_a_name_label_with_nothing_after_it_still_makes_the_name_missing() -> None:
    result = parsers.parse(_sepsis_pitch([("Name of proposer", "")] + ROWS), "sepsis idea.docx")
    assert "proposer_name" in result.missing_required


def _sepsis_pitch(rows: list[tuple[str, str]]) -> bytes:
    return python_docx_table("Sepsis screening at triage - a micro-course idea for the CE concept intake", rows,
                             closing="Sent by the emergency education team")
