"""An applicant who types each answer into the label cell, after the label's colon, and leaves the answer cell
empty, has answered: the row is read as "label: answer", never as a label with no answer (which would tell them
the field is missing). Built with python-docx in our own wording."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import python_docx_table

ROWS: list[tuple[str, str]] = [
    ("Proposed Title", "Tracheostomy Care in Home Settings"),
    ("Name of Proposer: Oyelaran Fitzwilliam-Chen", ""),
    ("Position / Title: Home Care Clinical Lead", ""),
    ("Email: ofchen@example.org", ""),
    ("Target Learners", "Home care nurses and respiratory therapists who visit tracheostomy patients"),
    ("Rationale / Need", "Readmissions for blocked tubes rose after patients moved home earlier."),
    ("Summative Assessment", "Observed tube change on a task trainer"),
    ("Industry / Employment Partner", "Riverside Home Care Network"),
    ("Estimated Hours: 10 hours (two evenings)", ""),
    ("Expected Enrolment per Year: 36 (three groups of 12)", ""),
    ("Existing Program Name:", ""),
    ("Date Submitted: 2 October 2026", ""),
]


def test_answers_typed_after_the_labels_colon_are_the_answers() -> None:
    result = parsers.parse(python_docx_table("Micro-Course / Credential Concept Form", ROWS), "concept form.docx")
    assert result.fields["proposer_name"] == "Oyelaran Fitzwilliam-Chen"
    assert result.fields["proposer_title"] == "Home Care Clinical Lead"
    assert result.fields["proposer_email"] == "ofchen@example.org"
    assert result.fields["estimated_hours"] == 10
    assert result.fields["expected_enrolment"] == 36
    assert result.fields["submission_date"] == "2026-10-02"
    assert "proposer_name" not in result.missing_required


def test_a_label_cell_with_nothing_after_its_colon_is_still_an_empty_answer() -> None:
    result = parsers.parse(python_docx_table("Micro-Course / Credential Concept Form", ROWS), "concept form.docx")
    assert "existing_program_name" not in result.fields
