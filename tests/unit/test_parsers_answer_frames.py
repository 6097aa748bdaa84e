"""Answers in full sentences: the frame that restates the question, and the proposing sentence under any label."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from tests.parser_samples import docx, p

# a retyped idea in questions of the writer's own, answered in sentences (pharmacy, not any corpus topic)
QUESTIONS = [
    ("Proposed title", "Sterile Compounding Refresher"),
    ("Name of proposer", "Priya Lindqvist-Amadi"),
    ("Email", "p.lindqvist@example.org"),
    ("Rationale", "Two audits found gaps in garbing and in beyond-use dating. Staff asked for practice time."),
    ("Learning outcomes", "Garb correctly; assign beyond-use dates; clean the hood."),
    ("Delivery format", "In person"),
    ("Estimated hours", "6"),
    ("Partner organization", "Riverside General Hospital"),
    ("Endorsement status", "Confirmed"),
]


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "idea.docx")


def qa(pairs: list[tuple[str, str]]) -> bytes:
    return docx(p("Compounding course idea", style="Heading1")
                + "".join(p(q, bold=True) + p(a) for q, a in pairs))


def test_an_answer_that_restates_who_the_course_is_for_gives_the_learners_only() -> None:
    r = parse(qa([*QUESTIONS, ("Who would take it?",
                              "It would be aimed at pharmacy technicians who compound sterile products.")]))
    assert r.fields["target_learners"] == "pharmacy technicians who compound sterile products"


def test_an_answer_that_says_how_competence_is_shown_gives_the_means_only() -> None:
    r = parse(qa([*QUESTIONS, ("How will you know they have learned it?",
                              "Each learner's competence will be verified through a timed compounding task "
                              "scored against a checklist.")]))
    assert r.fields["summative_assessment"] == "a timed compounding task scored against a checklist"


def test_an_answer_that_opens_with_the_means_drops_the_preposition() -> None:
    r = parse(qa([*QUESTIONS, ("And the final check?",
                              "Through two observed preparations in the clean room, rated by a senior technician.")]))
    assert r.fields["summative_assessment"] == "two observed preparations in the clean room, rated by a senior technician"


def test_an_answer_of_several_sentences_or_a_plain_phrase_is_kept_whole() -> None:
    several = "It is for pharmacy technicians. Pharmacists may join as observers."
    assert prose.unframed("target_learners", several) == several
    plain = "A timed compounding task, assessed with a checklist."  # its own subject: a description, not a frame
    assert prose.unframed("summative_assessment", plain) == plain
    assert prose.unframed("rationale", "It is for pharmacy technicians.") == "It is for pharmacy technicians."


def test_a_labelled_answer_that_opens_with_the_proposing_sentence_states_title_kind_and_learners() -> None:
    body = p("Overview: We are asking the Institute to develop a new micro-credential, Sterile Compounding "
             "Refresher, for pharmacy technicians in hospital pharmacies. It builds on our audit work.")
    body += "".join(p(f"{q}: {a}") for q, a in QUESTIONS[1:])
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Sterile Compounding Refresher"
    assert r.fields["request_type"] == "new"
    assert r.fields["target_learners"] == "pharmacy technicians in hospital pharmacies"
    # read from a sentence, not from a label, but a group of people and nothing more: sure (calibration.learners_shaped)
    assert "target_learners" not in r.uncertain_fields


def test_a_request_that_the_office_make_the_course_is_a_proposing_sentence() -> None:
    read = prose.read(["This note recommends a micro-course, “Hood Cleaning Basics”, for pharmacy assistants.",
                       "We would like CE to offer a new micro-credential for sterile compounding staff."])
    assert read["proposal_title"].value == "Hood Cleaning Basics"
    assert read["request_type"].value == "micro_course"


def test_a_subject_line_names_the_kind_of_course_before_the_word_proposal() -> None:
    assert prose.subject_kind("Micro-course proposal: Hood Cleaning Basics") == "micro_course"
    assert prose.subject_kind("New micro-credential idea – Sterile Compounding") == "new"
    assert prose.subject_kind("Minutes of the proposal review") is None
