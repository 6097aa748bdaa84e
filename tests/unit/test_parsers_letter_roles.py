"""A proposal letter: the date under the letterhead, the writer's unit, the partner's contact, the assessment asked of
learners and the yearly intake said with a word for staff, each read from its sentence's role."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from tests.parser_samples import docx, p

# a letter in words of its own (diabetes education; no corpus letter is about it)
LETTER = [
    "Northbay Community Health",
    "Diabetes Education Service",
    "3 March 2027",
    "Continuing Education, The Michener Institute",
    "Dear colleagues,",
    "On behalf of the Diabetes Education Service, we would like to propose a new micro-credential, “Insulin Pump "
    "Starts in Primary Care”, for nurses and dietitians who start adults on insulin pumps.",
    "Pump starts have moved from hospital clinics to family health teams. Our audit found missed basal checks in one "
    "start out of five.",
    "The course would build pump programming, carbohydrate counting and sick-day planning. Participants would be able to:",
    "Program basal rates and bolus settings",
    "Teach carbohydrate counting to a new pump user",
    "Plan sick days with the patient",
    "We would require each participant to pass two observed pump starts, each rated with a checklist by a certified "
    "educator.",
    "The Northbay Diabetes Network has endorsed the idea and a letter is attached; Dr Halima Oyelaran-Price will be "
    "our contact.",
    "We picture an online course of 6 hours from May 2027, for around 45 staff each year.",
    "Sincerely,",
    "Joaquim Ferreira-Lindgren",
    "Nurse Educator",
]


def read(paragraphs: list[str]) -> parsers.ParseResult:
    return parsers.parse(docx("".join(p(t) for t in paragraphs)), "letter.docx")


def test_the_date_under_the_letterhead_is_the_letters_date_and_one_below_the_greeting_is_not() -> None:
    assert read(LETTER).fields["submission_date"] == "2027-03-03"
    body = [t for t in LETTER if t != "3 March 2027"]
    body.insert(body.index("Dear colleagues,") + 1, "12 April 2027")
    assert "submission_date" not in read(body).fields


def test_writing_on_behalf_of_a_unit_names_the_writers_department() -> None:
    assert read(LETTER).fields["proposer_department"] == "Diabetes Education Service"


def test_the_person_named_as_contact_in_the_endorsing_sentence_is_the_partners_contact() -> None:
    r = read(LETTER)
    assert r.fields["partner_name"] == "Northbay Diabetes Network"
    assert r.fields["partner_contact"] == "Dr Halima Oyelaran-Price"


def test_what_each_learner_must_complete_and_is_rated_on_is_the_assessment() -> None:
    r = read(LETTER)
    assert r.fields["summative_assessment"] == "two observed pump starts, each rated with a checklist by a certified educator"


def test_staff_counted_per_year_or_in_the_first_year_are_the_enrolment() -> None:
    assert read(LETTER).fields["expected_enrolment"] == 45
    assert logistics("launch in spring 2027; about 120 staff across the region in year one")["expected_enrolment"] == 120
    assert "expected_enrolment" not in logistics("20 sessions a year for three years")


def test_a_short_answer_stating_format_and_hours_under_a_guessed_heading_is_logistics() -> None:
    from tests.unit.test_parsers_answer_frames import QUESTIONS

    for head in ("Key facts", "Details at a glance"):
        body = "".join(p(f"{q}: {a}") for q, a in QUESTIONS if q not in ("Delivery format", "Estimated hours"))
        body += p(head, style="Heading2") + p("Fully online, self-paced, 8 hours in total") + p("Resources: a sim lab")
        r = parsers.parse(docx(body), "idea.docx")
        assert (r.fields.get("delivery_format"), r.fields.get("estimated_hours")) == ("online", 8), head
        assert "competencies" not in r.fields and "competency_framework" not in r.fields


def test_an_organisation_that_endorses_in_the_present_tense_is_the_partner_with_its_contact() -> None:
    from mailbot_parsers import prose

    read = prose.read(["The Riverside Sleep Network endorses the course; their letter of support is attached "
                       "(contact: Dr Ama Boateng-Reyes, chair)."])
    assert read["partner_name"].value == "Riverside Sleep Network"
    assert read["endorsement_status"].value == "letter_attached"
    assert read["partner_contact"].value == "Dr Ama Boateng-Reyes, chair"
