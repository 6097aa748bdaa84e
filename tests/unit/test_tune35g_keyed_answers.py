"""A Word form whose numbered questions stand in one table and whose answers stand in another, keyed by number."""
from __future__ import annotations

import io

import docx

from mailbot_parsers import parse

QUESTIONS = ["Proposed Title", "Name of Proposer", "Email", "Target Learners", "Delivery Format", "Estimated Hours",
             "Learning Outcomes", "Summative Assessment", "Endorsement Status", "Alignment with the Education Plan"]
ANSWERS = {1: "Wound Care Basics", 2: "Ada Eze", 3: "ada@example.org", 5: "Hybrid", 4: "Home care nurses", 6: "6",
           7: "Learners assess and dress chronic wounds safely.", 8: "An observed practical dressing change.",
           9: "Endorsed by the Ontario Wound Care Network (letter attached).",
           10: "It supports the Education Plan's priority on flexible upskilling."}


def _form(answer_rows: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Micro-Course / Credential Concept Form")
    d.add_paragraph("Part A - Questions")
    t = d.add_table(rows=0, cols=2)
    for n, q in enumerate(QUESTIONS, 1):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = str(n), q
    d.add_paragraph("Part B - Answers (use the question numbers from Part A)")
    t = d.add_table(rows=0, cols=2)
    for row in answer_rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = row
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_answers_are_read_under_the_questions_their_numbers_name() -> None:
    # (answered out of order: 5 before 4)
    rows = [("No.", "Answer"), *((str(n), a) for n, a in ANSWERS.items())]
    result = parse(_form(rows), "keyed answers concept form.docx")
    assert result.is_concept_form
    fields = result.fields
    assert fields["proposal_title"] == "Wound Care Basics"
    assert fields["proposer_name"] == "Ada Eze"
    assert fields["proposer_email"] == "ada@example.org"
    assert fields["target_learners"] == "Home care nurses"
    assert fields["delivery_format"] == "hybrid"
    assert fields["estimated_hours"] == 6
    # the questions are answered further on: none of them is empty
    assert not result.missing_required


def test_a_table_numbering_other_things_answers_no_question() -> None:
    rows = [(str(n), f"Session {n} in the skills lab") for n in range(11, 18)]  # numbers the key does not hold
    result = parse(_form(rows), "keyed answers concept form.docx")
    assert not any("skills lab" in str(v) for v in result.fields.values())
