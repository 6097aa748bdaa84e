"""Retyped forms and narrative proposals: labels written with dashes, bylines, names with roles in brackets."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import byline, canonical_person, partner_line, person_line
from tests.parser_samples import docx, p

REST = [
    ("Who takes it", "Respiratory therapists in home ventilation programs."),
    ("Why it is needed", "Home ventilation patients are discharged earlier every year."),
    ("Skills", "Circuit changes; alarm response; family teaching."),
    ("Final assessment", "An observed circuit change and an oral case review."),
    ("Education Plan", "Care closer to home."),
]


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "idea.docx")


def dashed_form(lines: list[tuple[str, str]], dash: str = "—") -> bytes:
    letters = "abcdefghijklmnopqrstuvwxyz"
    body = p("Course idea", style="Heading2")
    body += "".join(p(f"{letters[n]}) {label} {dash} {answer}") for n, (label, answer) in enumerate(lines))
    return docx(body)


def test_lettered_lines_with_a_dash_between_label_and_answer_are_a_form() -> None:
    lines = [("Working title", "Home Ventilation Basics"), ("Email", "r.okafor@example.org"),
             ("Request", "Micro-course"), ("Partner", "Lakeside Home Care Services"),
             ("Endorsement", "Confirmed"), *REST]
    r = parse(dashed_form(lines))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["proposer_email"] == "r.okafor@example.org"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["partner_name"] == "Lakeside Home Care Services"
    assert r.fields["summative_assessment"] == "An observed circuit change and an oral case review."


def test_an_en_dash_works_like_an_em_dash() -> None:
    r = parse(dashed_form([("Working title", "Home Ventilation Basics"), ("Request", "Micro-course"),
                           ("Partner", "Lakeside Home Care Services"), *REST], dash="–"))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"


def test_a_sentence_with_a_dash_is_not_a_label() -> None:
    body = p("Proposed Title: Home Ventilation Basics") + p("Target Learners: Respiratory therapists.") + \
        p("Rationale: Discharges are earlier — families need support at home.") + \
        p("Type of request: Micro-course") + p("Partner: Lakeside Home Care Services")
    r = parse(docx(body + "".join(p(f"{k}: {v}") for k, v in REST)))
    assert r.fields["rationale"] == "Discharges are earlier — families need support at home."


def test_outcomes_numbered_inside_one_line_are_split_from_the_first_number() -> None:
    r = parse(dashed_form([("Working title", "Home Ventilation Basics"), ("Request", "Micro-course"),
                           ("Outcomes", "(1) change a circuit safely; (2) respond to an alarm; and (3) teach a family"),
                           *REST]))
    assert r.fields["learning_outcomes"] == ["change a circuit safely", "respond to an alarm", "teach a family"]


def test_a_byline_under_the_title_names_the_proposer() -> None:
    body = p("Proposal: Home Ventilation Basics", style="Heading1")
    body += p("Prepared by Rita Okafor (Clinical Educator, Home Respiratory Services). "
              "Write to r.okafor@example.org or call 905-555-0188.")
    body += p("Request type: Micro-course.") + p("Partner: Lakeside Home Care Services")
    body += "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["proposer_name"] == "Rita Okafor"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Home Respiratory Services"
    assert r.fields["proposer_email"] == "r.okafor@example.org"
    assert r.fields["proposer_phone"] == "905-555-0188"
    # read from prose, not beside a label: the split into role and unit is not presented as sure
    assert "proposer_title" in r.uncertain_fields


def test_a_heading_that_only_names_the_kind_of_document_is_not_the_title() -> None:
    body = p("Micro-course idea", style="Heading1") + p("Request type: Micro-course.")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.is_concept_form
    assert "proposal_title" not in r.fields


def test_a_choice_label_whose_answer_names_no_choice_opens_no_section() -> None:
    body = p("Proposal: Home Ventilation Basics", style="Heading1") + p("Type of request: Micro-course")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["proposal_title"] == "Home Ventilation Basics"


def test_a_name_with_role_and_unit_in_brackets_splits() -> None:
    assert person_line("Rita Okafor (Clinical Educator, Home Respiratory Services)") == {
        "proposer_name": "Rita Okafor", "proposer_title": "Clinical Educator",
        "proposer_department": "Home Respiratory Services"}


def test_a_comma_after_the_name_starts_the_role_when_dashes_separate_the_pieces() -> None:
    assert canonical_person("Rita Okafor, Clinical Educator — Respiratory Services, Lakeside") == \
        "Rita Okafor — Clinical Educator — Respiratory Services, Lakeside"
    found = person_line("Rita Okafor, Clinical Educator — Respiratory Services, Lakeside")
    assert found["proposer_name"] == "Rita Okafor"
    assert found["proposer_title"] == "Clinical Educator"


def test_a_bare_name_is_no_composite() -> None:
    assert person_line("Rita Okafor") == {}
    assert byline("Prepared by Rita Okafor.") == {"proposer_name": "Rita Okafor"}
    assert byline("Rita Okafor prepared this.") == {}


def test_a_partner_with_its_contact_in_brackets_or_after_a_dash_splits() -> None:
    assert partner_line("Lakeside Home Care Services (contact: Omar Haddad)") == {
        "partner_name": "Lakeside Home Care Services", "partner_contact": "Omar Haddad"}
    assert partner_line("Lakeside Hospital — Dr. Omar Haddad. A letter of support is attached.") == {
        "partner_name": "Lakeside Hospital", "partner_contact": "Dr. Omar Haddad",
        "endorsement_status": "letter_attached"}
    # a place after the dash is not a contact person
    assert "partner_contact" not in partner_line("Lakeside Hospital — Greater Toronto")
