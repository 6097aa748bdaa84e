"""An answer that only points at a document sent beside the form ("See attached assessment rubric.", "Voir budget
ci-joint") or at another answer with a place word ("Same as learning outcomes above") gives no value: absent. A pointer to an
attachment is still an answer (the applicant answered elsewhere): the field is uncertain for the office, never
"missing"; a pointer to another answer of the form is missing when the field is required. An answer with content of its own beside the pointer stays. Built here with
python-docx."""
from __future__ import annotations

import io

import pytest
from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import is_empty, no_value


def _form(assessment: str, competencies: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Safe Enteral Feeding"), ("Name of Proposer", "Ilse Mbatha-Rourke"),
                         ("Target Learners", "Ward nurses"), ("Rationale", "Feeding errors rose last year."),
                         ("Learning Outcomes", "Verify tube position before each feed."),
                         ("Competencies", competencies),
                         ("Summative Assessment", assessment), ("Estimated Hours", "6")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("pointer", ["See attached assessment rubric.", "Please refer to the enclosed outline.",
                                     "See attached draft syllabus (version 1).", "Voir la grille ci-jointe",
                                     "As per attached"])
def test_a_pointer_to_an_attachment_is_no_answer(pointer: str) -> None:
    r = parsers.parse(_form(pointer, "Same as learning outcomes above"), "concept form.docx")
    assert "summative_assessment" not in r.fields
    assert "summative_assessment" not in r.missing_required
    assert "summative_assessment" in r.uncertain_fields
    assert "competencies" not in r.fields


def test_an_answer_beside_a_pointer_stays() -> None:
    r = parsers.parse(_form("A written exam (see attached rubric).", "Tube checks; feed pump set-up"),
                      "concept form.docx")
    assert r.fields["summative_assessment"].startswith("A written exam")
    assert not is_empty("See attached; a written exam and an OSCE")
    assert not is_empty("see attached letter", "endorsement_status")
    assert no_value("See attached assessment rubric.") and not is_empty("See attached assessment rubric.")


@pytest.mark.parametrize("later", ["To follow", "Details to follow.", "TBA", "À suivre"])
def test_an_answer_still_to_come_is_no_answer(later: str) -> None:
    r = parsers.parse(_form(later, "Tube checks; feed pump set-up"), "concept form.docx")
    assert "summative_assessment" not in r.fields
    assert "summative_assessment" in r.missing_required


def test_a_sentence_that_opens_with_to_follow_stays() -> None:
    r = parsers.parse(_form("To follow the unit's checklist, observed by a preceptor.", "Tube checks"),
                      "concept form.docx")
    assert r.fields["summative_assessment"].startswith("To follow the unit's checklist")
