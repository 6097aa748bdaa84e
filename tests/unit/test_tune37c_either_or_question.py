"""A two-column table "Question we were asked | Our answer" with the office's questions reworded: the request type is
asked as "Is it a full micro-credential or something smaller?", naming one kind of offering against another in the
writer's own words, and answered "Something smaller – a micro-course."."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import python_docx_table

ROWS = [("Question we were asked", "Our answer"),
        ("What would you call it?", "Wound Vac Care in Home Nursing"),
        ("Is it a full credential or just a short course?", "Just a short course – a micro-course."),
        ("Which learners are you thinking of?", "Home-care nurses who manage negative-pressure wound therapy."),
        ("What problem are you trying to fix?", "Dressings leak and alarms go unanswered after discharge."),
        ("Can you list the learning outcomes?", "Apply a negative-pressure dressing.\nTroubleshoot a leak alarm."),
        ("How will you know they can do it?", "An observed dressing change scored with a checklist."),
        ("Is anyone outside Michener behind it?", "Lakeside Home Care Network has agreed to endorse it."),
        ("Does it connect to our Education Plan?", "It extends the Education Plan's focus on care at home."),
        ("How would it run?", "Blended: a 2-hour online module plus a 2-hour skills session (4 hours)."),
        ("When could you start?", "March 2027")]


def test_an_either_or_question_answered_by_an_option_asks_the_request_type() -> None:
    data = python_docx_table("Wound vac micro-course – our answers to the CE questions (17 November 2026)", ROWS,
                             "Maren Solberg, Nurse Clinician, Home Care Services, m.solberg@example.com")
    r = parsers.parse(data, "answers.docx")
    assert r.fields.get("request_type") == "micro_course"
