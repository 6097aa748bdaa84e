"""Numbered questions answered on their own line: the question ends at its question mark, even when the answer
holds a colon, and the question's number is no part of its words."""
from __future__ import annotations

import io

import docx

from mailbot_parsers import sections
from mailbot_parsers.docx_form import read_docx

LINES = ["Micro-credential concept - answers to the CE questions",
         "1. What is the working title? Karyotype Banding Analysis",
         "2. Who is it for? Medical laboratory technologists moving into cytogenetics.",
         "3. When would you like to start? September 2027",
         "4. How will achievement be evidenced? A practical exam: each learner analyses ten unknown cases.",
         "5. Do you have a letter of support? Yes - the letter is attached to my email.",
         "6. Why is this needed? New staff need six months of supervision."]


def _fields(lines: list[str]) -> dict:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    blocks, directs, _ = read_docx(buf.getvalue(), "q.docx")
    return sections.extract(blocks, directs).fields


def test_the_question_mark_ends_the_question_before_the_answers_colon() -> None:
    fields = _fields(LINES)
    assert fields["summative_assessment"] == "A practical exam: each learner analyses ten unknown cases."


def test_numbered_questions_answered_inline_are_each_read() -> None:
    fields = _fields(LINES)
    assert fields["proposed_start"] == "September 2027"
    assert fields["endorsement_status"] == "letter_attached"
