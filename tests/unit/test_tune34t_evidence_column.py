"""A self-assessment table "Criterion | Evidence | Comment" at the end of a proposal: the evidence column holds the
answers (what the proposal offers for each requirement), the comment column the writer's remarks ("Met", "Pilot
run in October"), never part of an answer."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.answer_columns import column_role, question_and_answer
from tests.parser_samples import docx, p, table, tr

ROWS = [
    ("R1 – Competencies", "suturing technique; wound assessment; infection control", "Met – see outcomes"),
    ("R2 – Summative assessment", "An observed suturing station on a skin model, scored with a checklist.", "Met"),
    ("R3 – Industry partner", "Northshore Urgent Care Network", "letter dated 3 March"),
    ("R4 – Education Plan alignment", "Hands-on clinical skills, a priority of the Education Plan.", "Partly met"),
]


def _proposal() -> bytes:
    body = p("Concept Proposal: Simple Wound Closure for Urgent Care Nurses", bold=True)
    body += p("Name: Oksana Ferreira-Lund") + p("Position: Nurse Educator") + p("Email: oferreira@example.org")
    body += p("Who are the learners?", bold=True) + p("Registered nurses in urgent care clinics.")
    body += p("Why is it needed?", bold=True) + p("Clinics now close simple lacerations without a physician.")
    body += p("Requirements (self-assessment)", bold=True)
    body += table(tr("Criterion", "Evidence", "Comment") + "".join(tr(*r) for r in ROWS))
    return docx(body)


def test_the_comment_beside_the_evidence_is_no_part_of_it() -> None:
    r = parsers.parse(_proposal(), "wound closure proposal.docx")
    assert r.is_concept_form
    assert r.fields.get("summative_assessment") == ROWS[1][1]
    assert r.fields.get("education_plan_alignment") == ROWS[3][1]
    assert "Met" not in (r.fields.get("competencies") or "")


def test_an_evidence_heading_names_the_answers() -> None:
    assert column_role("Evidence") == "answer"
    cells = [["Criterion", "Evidence", "Comment"], ["a", "b", "c"], ["d", "e", "f"]]
    assert question_and_answer(cells, str) == [["a", "b"], ["d", "e"]]
