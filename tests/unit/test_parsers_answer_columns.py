"""A question-and-answer table of the applicant's own, whose header row names its columns ("Question | Our answer |
Notes to self"): the answer is the answer column's cell alone, whatever the other columns hold."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.answer_columns import question_and_answer
from tests.parser_samples import docx, p, table, tr

# questions in the applicant's own words, none of them a listed wording of the form
ROWS = [
    ("What is it called?", "Coordinating a Public-Access Defibrillation Program", "short title OK?"),
    ("Who is proposing it?", "Ezinne Valdes – Paramedic Educator", ""),
    ("Which organization?", "Community Programs, Westfield Paramedic Service", "use the full service name"),
    ("For whom?", "Workplace safety officers and recreation facility managers", ""),
    ("Why now?", "By-laws now require AEDs in public buildings, but nobody is trained to manage them.",
     "add numbers from the 2025 audit?"),
    ("How we check they can", "A complete AED program plan for a real facility, graded with a rubric.",
     "rubric draft in the shared drive"),
    ("Partner", "Westfield Paramedic Service", "Heart & Stroke also interested – not asked yet"),
    ("What we need", "AED trainers and a room for drills", ""),
    ("Fit with the Education Plan", "Extends Michener into community safety partnerships.", ""),
]


def _working_table(header: tuple[str, str, str]) -> bytes:
    rows = tr(*header) + "".join(tr(*r) for r in ROWS)
    return docx(p("AED program coordination – concept form answers (working copy)") + table(rows))


def test_notes_beside_the_answers_are_not_part_of_them() -> None:
    r = parsers.parse(_working_table(("Question", "Our answer", "Notes to self (delete before sending)")), "a.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Coordinating a Public-Access Defibrillation Program"
    assert r.fields["proposer_department"] == "Community Programs, Westfield Paramedic Service"
    assert r.fields["partner_name"] == "Westfield Paramedic Service"
    assert r.fields["rationale"] == ROWS[4][1]


def test_the_answer_column_may_stand_anywhere() -> None:
    r = parsers.parse(_working_table(("Question", "Our answer", "Comments")), "a.docx")
    assert r.fields["summative_assessment"] == ROWS[5][1]
    header = ("Comments", "Question", "Response")
    rows = tr(*header) + "".join(tr(c, q, a) for q, a, c in ROWS)
    r = parsers.parse(docx(table(rows)), "b.docx")
    assert r.fields["partner_name"] == "Westfield Paramedic Service"


def test_a_table_whose_header_names_no_answer_column_is_left_as_it_is() -> None:
    cells = [["Item", "Hours", "Notes"], ["a", "b", "c"], ["d", "e", "f"]]
    assert question_and_answer(cells, str) is None
    cells = [["Question", "Our answer", "Notes"], ["a", "b", "c"], ["d", "e", "f"]]
    assert question_and_answer(cells, str) == [["a", "b"], ["d", "e"]]
    # a row with merged cells: the header no longer says which cell is which
    assert question_and_answer([*cells, ["g", "h"]], str) is None
