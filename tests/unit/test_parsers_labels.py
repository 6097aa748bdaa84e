"""Label matching, value normalisation and classification, unit by unit."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.labels import match_identifier, match_label
from mailbot_parsers.normalise import choice_code, to_date, to_list, to_number
from tests.parser_samples import docx, p, text_pdf


@pytest.mark.parametrize("label,key", [
    ("PROPOSED TITLE:", "proposal_title"), ("3. Target audience", "target_learners"),
    ("Q7 Summative assessment", "summative_assessment"), ("Section B - Type of request", "request_type"),
    ("Learning Outcomes (3–6 measurable outcomes)", "learning_outcomes"), ("Skills & Competencies", "competencies"),
    ("Competencies / Skills", "competencies"), ("Expected Enrollment per yr", "expected_enrolment"),
    ("E-mail address", "proposer_email"), ("Partner Organisation", "partner_name"),
    ("Alignment with Michener's Education Plan [R4]", "education_plan_alignment"), ("Who is this for?", "target_learners"),
    ("Duration (hrs)", "estimated_hours"), ("Dept.", "proposer_department"), ("Partner Contact Name and Email", "partner_contact"),
])
def test_labels_match_despite_case_numbering_punctuation_and_abbreviations(label: str, key: str) -> None:
    m = match_label(label)
    assert m is not None and m.key == key and m.score >= 0.85


@pytest.mark.parametrize("label", ["Background", "Labour market evidence", "Equity and access", "Profile", "Experience"])
def test_subheadings_and_cv_headings_are_not_labels(label: str) -> None:
    m = match_label(label)
    assert m is None or m.score < 0.75


def test_short_labels_read_in_the_partner_section_belong_to_the_partner() -> None:
    assert match_label("Contact", "partner_name").key == "partner_contact"
    assert match_label("Status", "partner_name").key == "endorsement_status"
    assert match_label("Contact").key == "_contact"


@pytest.mark.parametrize("name,key", [("ProposedTitle", "proposal_title"), ("DateSubmitted", "submission_date"),
                                      ("StartDate", "proposed_start"), ("proposer_email", "proposer_email")])
def test_field_names_and_tags_are_matched_as_words(name: str, key: str) -> None:
    assert match_identifier(name).key == key


def test_numbers_dates_choices_and_lists_normalise_like_the_corpus() -> None:
    assert to_number("3 cohorts of 16 (48 per year)", "expected_enrolment") == 48
    assert to_number("≈ 75") == 75 and to_number("8 h") == 8 and to_number("12.5 hours") == 12.5
    assert to_date("9 février 2026") == "2026-02-09" and to_date("30-Jan-2026") == "2026-01-30"
    assert to_date("Feb 11, 2026") == "2026-02-11" and to_date("16/02/2026") == "2026-02-16"
    assert choice_code("delivery_format", "Blended (online and lab)") == "hybrid"
    assert choice_code("endorsement_status", "No - agreed, letter to follow") == "confirmed"
    assert choice_code("endorsement_status", "Yes") == "letter_attached"
    assert to_list([("Learners will be able to:", False), ("1) Do a.", True), ("2) Do b.", True)]) == ["Do a.", "Do b."]


def test_missing_required_and_requirements() -> None:
    fields = {"request_type": "existing_program", "endorsement_status": "none", "partner_name": "X"}
    assert "existing_program_name" in parsers.missing_required(fields)
    assert parsers.requirements_unmet(fields) == ["R1", "R2", "R3", "R4"]
    assert parsers.requirements_unmet({"competencies": "a", "learning_outcomes": ["b"], "summative_assessment": "c",
                                       "partner_name": "d", "endorsement_status": "confirmed",
                                       "education_plan_alignment": "e"}) == []


def test_a_course_outline_that_looks_like_a_form_is_not_a_concept_form() -> None:
    body = (p("Course Outline: Wound Care", style="Title") + p("Course Title: Wound Care Essentials")
            + p("Instructor: Dr. Ada Lovelace") + p("Email: ada@example.org") + p("Learning Outcomes:")
            + p("Assess a wound.", numbered=True) + p("Assessment: Quiz 40%, practical 60%") + p("Hours: 30")
            + p("Delivery Format: Online") + p("Schedule: Mondays"))
    r = parsers.parse(docx(body), "outline.docx")
    assert not r.is_concept_form and r.fields == {}


def test_a_cv_is_not_a_form() -> None:
    body = (p("JANE DOE", style="Title") + p("Toronto · 416-555-0100 · jane@example.org") + p("Experience", style="Heading2")
            + p("Manager, Lab — Lakeshore (2020–present)") + p("Education", style="Heading2") + p("B.Sc., 2010"))
    r = parsers.parse(docx(body), "CV.docx")
    assert r.kind == "not_a_form" and r.fields == {}


def test_a_letter_of_support_is_recognised() -> None:
    data = text_pdf([["Re: Letter of support – Wound Care", "To the CE team,", "We are pleased to support this proposal.",
                      "Sincerely,", "Grace Hopper"]])
    r = parsers.parse(data, "letter.pdf")
    assert r.kind == "letter_of_support" and not r.is_concept_form


def test_a_legacy_doc_is_recorded_as_unsupported() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "Proposed Title Learning Outcomes Endorsement Status".encode("utf-16-le")
    r = parsers.parse(ole, "whatever.doc")
    assert r.unsupported_format == "doc" and r.is_concept_form and r.needs_manual_review and r.fields == {}
    assert r.to_json()["unsupported_format"] == "doc"


def test_images_and_calendars_are_not_forms() -> None:
    assert parsers.parse(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "form.png").file_type == "image"
    r = parsers.parse(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "invite.ics")
    assert (r.file_type, r.is_concept_form) == ("calendar", False)


def test_parse_error_messages_are_one_polite_sentence_naming_the_file() -> None:
    err = parsers.DamagedFile("truncated", "x.docx")
    assert err.code == "damaged"
    assert err.user_message == "The file 'x.docx' appears to be damaged or incomplete; please save it again and resend it."
