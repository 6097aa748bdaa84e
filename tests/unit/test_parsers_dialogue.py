"""A transcript of an intake call: speaker tags taken off, the asker's questions over the other speaker's answers."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from mailbot_parsers.composite import logistics
from tests.parser_samples import docx, p

# wound photography (no corpus document is about it); the advisor is "MK", the proposer signs her turns "Dana"
CALL = [
    ("MK", "Hello Dana, thanks for calling in. What's the working title?"),
    ("Dana", "Wound Photography for Community Nurses."),
    ("MK", "Who is it for?"),
    ("Dana", "For community nurses who document chronic wounds at home visits."),
    ("MK", "Why does it matter?"),
    ("Dana", "Photos taken at home are often unusable for the wound clinic. Nurses were never shown how to take them."),
    ("MK", "What should a nurse be able to do afterwards?"),
    ("Dana", "Take a consistent wound photo; measure a wound from a photo; store photos securely."),
    ("MK", "How will you check they can do it?"),
    ("Dana", "With two graded photo sets, marked against a rubric by a wound specialist."),
    ("MK", "Is anyone backing it?"),
    ("Dana", "Northshore Home Care has endorsed it and their letter is attached."),
    ("MK", "Is it new?"),
    ("Dana", "It's a conversion of part of our Community Wound Care Certificate into a micro-credential."),
    ("MK", "Logistics?"),
    ("Dana", "Online, six hours, from April 2027, about 50 nurses a year."),
    ("MK", "Best way to reach you?"),
    ("Dana", "dana.kowalski@example.org or 705-555-0112."),
]


def transcript(turns: list[tuple[str, str]]) -> parsers.ParseResult:
    body = p("Intake call notes", style="Title") + p("Date: 12 January 2027")
    body += "".join(p(f"{who}: {said}") for who, said in turns)
    return parsers.parse(docx(body), "call.docx")


def test_the_proposers_answers_are_read_under_the_advisors_questions() -> None:
    r = transcript(CALL)
    assert r.fields["target_learners"] == "community nurses who document chronic wounds at home visits"
    assert r.fields["summative_assessment"] == "two graded photo sets, marked against a rubric by a wound specialist"
    assert r.fields["rationale"] == ("Photos taken at home are often unusable for the wound clinic. Nurses were never "
                                     "shown how to take them.")


def test_a_question_that_asks_nothing_of_the_form_still_ends_the_answer_before_it() -> None:
    r = transcript(CALL)
    assert r.fields["proposer_email"] == "dana.kowalski@example.org"
    assert r.fields["proposer_phone"] == "705-555-0112"
    assert r.fields["estimated_hours"] == 6


def test_a_conversion_of_an_existing_program_names_it() -> None:
    r = transcript(CALL)
    assert r.fields["request_type"] == "existing_program"
    assert r.fields["existing_program_name"] == "Community Wound Care Certificate"
    read = prose.read(["Can Module 2 of our Perinatal Nursing Certificate be offered on its own as a micro-course, "
                       "Fetal Monitoring Refresher?"])
    assert read["existing_program_name"].value == "Perinatal Nursing Certificate"
    assert read["proposal_title"].value == "Fetal Monitoring Refresher"


def test_hours_written_in_words_are_hours() -> None:
    assert logistics("In person, twelve hours over two days")["estimated_hours"] == 12
    assert "estimated_hours" not in logistics("two days in the lab")
    assert "estimated_hours" not in logistics("staff had only a one-hour online module")  # describes the module


def test_a_question_guessed_as_the_start_over_an_answer_that_names_no_time_gives_no_start() -> None:
    turns = [("MK", "Can you start with what you would call it?"), ("Dana", "Wound Photography for Community Nurses."),
             *CALL[2:]]
    r = transcript(turns)
    assert r.fields["proposed_start"] == "April 2027"


def test_a_chat_export_with_message_headers_reads_like_the_transcript() -> None:
    from mailbot_parsers.docx_form import read_docx
    from mailbot_parsers.sections import extract

    chat = [
        "#course-ideas  |  export",
        "Priya Castellanos (CE)   9:02 AM", "Hi Tomas - what would you call it, and who is it for?",
        "Tomas Okafor-Lind   9:10 AM", "Working title: Dysphagia Screening at the Bedside",
        "It's for registered nurses on stroke units who feed patients after an acute stroke.",
        "Priya Castellanos (CE)   9:12 AM", "How would you assess them?",
        "Tomas Okafor-Lind   9:20 AM", "With an observed bedside swallow screen, scored against the stroke unit checklist.",
        "Priya Castellanos (CE)   9:21 AM", "Any partner?",
        "Tomas Okafor-Lind   9:30 AM", "Lakeview Stroke Network has endorsed it, letter attached.",
        "I'm Clinical Nurse Educator at Lakeview Regional Hospital - t.okafor@example.org",
        "Priya Castellanos (CE)   9:31 AM", "Thanks, logged.",
    ]
    blocks, _, _ = read_docx(docx("".join(p(t) for t in chat)), "chat.docx")
    ex = extract(blocks)
    assert ex.fields["proposer_name"] == "Tomas Okafor-Lind"  # the one who answers the office's questions
    assert ex.fields["proposer_title"] == "Clinical Nurse Educator"
    assert ex.fields["summative_assessment"] == "an observed bedside swallow screen, scored against the stroke unit checklist"
    assert ex.fields["proposal_title"] == "Dysphagia Screening at the Bedside"
