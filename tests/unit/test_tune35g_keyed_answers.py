"""A Word form whose numbered questions stand in one table and whose answers stand in another, keyed by number."""
from __future__ import annotations

import io

import docx

from mailbot_parsers.docx_form import read_docx
from mailbot_parsers.sections import extract

QUESTIONS = ["Proposed Title", "Name of Proposer", "Email", "Target Learners", "Delivery Format", "Estimated Hours"]
ANSWERS = {1: "Wound Care Basics", 2: "Ada Eze", 3: "ada@example.org", 5: "Hybrid", 4: "Home care nurses", 6: "6"}


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
    blocks = read_docx(_form(rows), "keyed answers concept form.docx")[0]
    assert [b.pair_label for b in blocks if b.is_pair] == [QUESTIONS[n - 1] for n in ANSWERS]
    fields = extract(blocks).fields
    assert fields["proposal_title"] == "Wound Care Basics"
    assert fields["proposer_name"] == "Ada Eze"
    assert fields["target_learners"] == "Home care nurses"
    assert fields["delivery_format"] == "hybrid"
    assert fields["estimated_hours"] == 6


def test_a_table_numbering_other_things_answers_no_question() -> None:
    rows = [(str(n), f"Session {n} in the skills lab") for n in range(1, 8)]  # numbers the key does not hold
    blocks = read_docx(_form(rows), "keyed answers concept form.docx")[0]
    assert "Session 1 in the skills lab" not in [a.text for b in blocks if b.is_pair for a in b.answer]
    assert any(b.text == "Session 1 in the skills lab" or b.pair_label == "1" for b in blocks)
