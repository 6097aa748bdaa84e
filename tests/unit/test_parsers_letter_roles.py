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


def test_a_printed_letter_keeps_its_signature_last_and_its_outcome_list_ends_with_its_sentence() -> None:
    from tests.parser_samples import text_pdf

    # an unsure run-in head ("The point is simple.") over several paragraphs, a logistics sentence, then the signature
    lines = [
        "Dear Continuing Education team,",
        "I would like to propose a micro-course called \"Safe Manual Handling in Home Care\". It is meant for personal",
        "support workers who move clients at home every day.",
        "The point is simple. Our injury log for 2026 shows more back injuries in home visits than in all our wards",
        "together, and most happened during bed-to-chair transfers without a second worker.",
        "In short, a worker who completes it should be able to plan a transfer; use a slide sheet; set up a hoist;",
        "and report a near miss. I would also want a practical check at the end of the course.",
        "I picture four hours in person from June 2027, for about 120 workers a year across our agencies.",
        "Thank you for considering it. You can reach me at ana.osei@example.org or 519-555-",
        "0143.",
        "Ana Osei-Lindqvist",
        "Clinical Educator",
        "Home Care Services, Northfield Health",
    ]
    r = parsers.parse(text_pdf([lines]), "letter.pdf")
    assert r.fields["learning_outcomes"] == ["plan a transfer", "use a slide sheet", "set up a hoist", "report a near miss"]
    assert r.fields["proposer_name"] == "Ana Osei-Lindqvist"
    assert r.fields["proposer_phone"] == "519-555-0143"
    assert r.fields["estimated_hours"] == 4


def test_a_signature_number_with_a_one_letter_prefix_is_the_proposers_phone() -> None:
    # the name comes from the mail header, so the signature below is read only for what the header lacked
    body = [t for t in LETTER if t not in ("Sincerely,", "Joaquim Ferreira-Lindgren", "Nurse Educator")]
    r = read(["From: Joaquim Ferreira-Lindgren", "Subject: Micro-credential proposal", *body, "Regards,",
              "Joaquim", "Nurse Educator, Diabetes Education Service", "T 705-555-0190"])
    assert r.fields["proposer_phone"] == "705-555-0190"
