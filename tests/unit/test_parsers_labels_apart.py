"""Labels set apart in the applicant's own words: bold lines, headings, questions, soft-broken lines."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import br, docx, p, run


def parse(body: str) -> parsers.ParseResult:
    return parsers.parse(docx(body), "proposal.docx")


HEAD = (p("Micro-credential concept proposal", style="Title")
        + p("Title: Wound Photography for Home Care Nurses") + p("Submitted by: Ines Carvalho")
        + p("Email: icarvalho@homecare.example.org") + p("Target Learners: Home care nurses.")
        + p("Alignment with Michener's Education Plan: Care closer to home.")
        + p("Summative Assessment: A graded portfolio of ten photographs."))


def test_a_bold_question_in_own_words_is_read_by_its_meaning_and_its_answer() -> None:
    body = HEAD + p("What abilities will it build?", bold=True) + p("Framing, lighting and consent.")
    r = parse(body)
    assert r.fields["competencies"] == "Framing, lighting and consent."
    assert r.sources["competencies"].label == "What abilities will it build?"


def test_a_bold_line_with_nothing_plain_below_it_opens_no_field() -> None:
    body = HEAD + p("What abilities will it build?", bold=True) + p("Delivery", bold=True)
    r = parse(body)
    assert "competencies" not in r.fields
    assert "competencies" not in r.missing_required  # never claimed empty on an unsure label


def test_a_bold_sub_heading_inside_a_headed_answer_stays_in_that_answer() -> None:
    body = (HEAD + p("Rationale / Need", style="Heading2") + p("Photos are taken inconsistently.")
            + p("Who backs the change", bold=True) + p("Three home care agencies asked for it."))
    r = parse(body)
    assert r.fields["rationale"] == "Photos are taken inconsistently. Who backs the change Three home care agencies asked for it."
    assert "partner_name" not in r.fields


def test_label_lines_after_soft_line_breaks_are_their_own_fields() -> None:
    body = HEAD + p("Partner Organization", bold=True) + p(
        run("Northshore Home Care Services"), br(), run("Partner contact: Omar Haddad, Clinical Director"))
    r = parse(body)
    assert r.fields["partner_name"] == "Northshore Home Care Services"
    assert r.fields["partner_contact"] == "Omar Haddad, Clinical Director"


def test_a_partner_label_with_a_person_word_asks_for_the_partners_person() -> None:
    body = (HEAD + p("Partner Organization: Northshore Home Care Services")
            + p("Partner lead: Omar Haddad, Director of Clinical Practice"))
    r = parse(body)
    assert r.fields["partner_name"] == "Northshore Home Care Services"
    assert r.fields["partner_contact"] == "Omar Haddad, Director of Clinical Practice"
    assert "proposer_name" in r.fields and r.fields["proposer_name"] == "Ines Carvalho"


def test_a_question_and_its_ticked_answer_on_one_line() -> None:
    body = HEAD + p("What kind of request is this?  ☐ New micro-credential  ☒ Stand-alone micro-course")
    assert parse(body).fields["request_type"] == "micro_course"


def test_a_choice_named_under_a_choice_label_is_its_answer_not_a_new_label() -> None:
    body = (HEAD + p("Type of Request", style="Heading2")
            + p("Convert an existing program: Home Care Wound Certificate"))
    r = parse(body)
    assert r.fields.get("request_type") == "existing_program"
    assert "request_type" not in r.missing_required


def test_a_figure_before_a_colon_makes_a_sentence_not_a_label() -> None:
    body = HEAD + p("Length of course", bold=True) + p("Roughly 16 hours overall: 10 online and 6 in the lab.")
    assert parse(body).fields["estimated_hours"] == 16


def test_a_no_to_letter_attached_yields_to_a_later_status() -> None:
    body = (HEAD + p("Letter of Support Attached? (Yes/No): No") + p("Partner Organization: Northshore Home Care")
            + p("Endorsement Status: agreed, letter to follow"))
    assert parse(body).fields["endorsement_status"] == "confirmed"


def test_a_place_in_brackets_after_an_organisation_is_not_its_contact() -> None:
    body = HEAD + p("Partner Organization: Home Care Alliance (Niagara West)")
    r = parse(body)
    assert r.fields["partner_name"] == "Home Care Alliance (Niagara West)"
    assert "partner_contact" not in r.fields


def test_a_forwarded_message_header_is_not_the_proposer_when_the_form_names_one() -> None:
    body = (p("From: Priya Natarajan <pnatarajan@clinic.example.org>") + p("Sent: Monday, March 2, 2026 9:14 AM")
            + p("To: Continuing Education") + p("Subject: FW: concept form answers") + HEAD)
    r = parse(body)
    assert r.fields["proposer_name"] == "Ines Carvalho"


def test_a_from_line_outside_a_mail_header_still_names_the_proposer() -> None:
    body = HEAD.replace("Submitted by: Ines Carvalho", "From: Ines Carvalho")
    r = parse(body)
    assert r.fields["proposer_name"] == "Ines Carvalho"
    assert "proposer_name" not in r.uncertain_fields


def test_a_numbered_section_heading_of_a_printed_form_names_no_field() -> None:
    from tests.parser_samples import text_pdf

    lines = ["Micro-credential concept form", "Proposed Title: Wound Photography", "Name of Proposer: Ines Carvalho",
             "Email: icarvalho@homecare.example.org", "Section 3 - Learners, need and skills", "Target Learners",
             "Home care nurses.", "Rationale / Need", "Photos are taken inconsistently.",
             "Alignment with Michener's Education Plan: Care closer to home."]
    r = parsers.parse(text_pdf([lines]), "printed.pdf")
    assert r.fields["target_learners"] == "Home care nurses."
