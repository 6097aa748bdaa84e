"""A submission portal's export: each question numbered "Question n of N" before its label, answers below,
"(no answer)" where the applicant skipped one. The wording and order are this test's own."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import is_empty
from tests.parser_samples import docx, p

QA = [
    ("Course title", "Hearing Aid Troubleshooting for PSWs"),
    ("Your name", "Marisol Eze-Kristiansen"),
    ("Your email", "marisol.ek@example.org"),
    ("Kind of request", "Micro-course"),
    ("Who are the learners?", "Personal support workers in long-term care homes"),
    ("Why is it needed?", "Residents lose hours of hearing a day to dead batteries and blocked tubes."),
    ("Learning outcomes", "Replace a hearing aid battery and clean the tube"),
    ("How will learning be assessed?", "(no answer)"),
    ("Partner organization", "Lakeview Hearing Clinics"),
    ("Delivery format", "Online"),
    ("Total hours", "3"),
]


def _export() -> bytes:
    n = len(QA)
    body = p("Entry 4471 - export", style="Title")
    for i, (q, a) in enumerate(QA, 1):
        body += p(f"Question {i} of {n} · {q}") + p(a)
    return docx(body)


def test_numbered_portal_questions_are_read_with_confidence() -> None:
    r = parsers.parse(_export(), "export.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Hearing Aid Troubleshooting for PSWs"
    assert r.fields["proposer_name"] == "Marisol Eze-Kristiansen"
    assert r.fields["target_learners"] == "Personal support workers in long-term care homes"
    assert r.fields["delivery_format"] == "online"
    assert r.fields["estimated_hours"] == 3
    # the question number is no part of the label: nothing read under it is doubted (the questions this short
    # export never asks are the only uncertain ones)
    asked = {"proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
             "learning_outcomes", "delivery_format", "estimated_hours"}
    assert asked.isdisjoint(r.uncertain_fields)


def test_a_question_the_portal_marks_unanswered_is_empty() -> None:
    r = parsers.parse(_export(), "export.docx")
    assert "summative_assessment" not in r.fields
    assert "summative_assessment" in r.missing_required
    assert is_empty("(no answer)") and is_empty("[Not answered]")
    assert not is_empty("No answer key is given to learners before the exam")
