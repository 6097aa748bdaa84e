"""A proposal is a proposal whatever its genre: a chat with the office, a social post, a reply to the office's
questions. The evidence is what the writer proposes and answers, not the form's labels. The counterparts (a
catalogue entry, a filled request of another office) answer similar questions and propose nothing.

The texts are written for these tests, in wordings of their own.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import misfit
from tests.parser_samples import docx, p, table, tc, text_pdf, tr

CHAT = [
    "Zoom chat - new course ideas with Continuing Education",
    "10:02 From Priya Lindholm (CE) to Everyone: Welcome! Tell us about your course and we will log it.",
    "10:04 From Marcus Obi to Everyone: Working title: Safe Bariatric Patient Transfers.",
    "10:05 From Marcus Obi to Everyone: It is meant for porters and rehab assistants in acute care.",
    "10:06 From Marcus Obi to Everyone: Why: transfer injuries in our unit doubled last year.",
    "10:08 From Marcus Obi to Everyone: By the end they should be able to plan a transfer and use a ceiling lift.",
    "10:09 From Marcus Obi to Everyone: Assessment: an observed transfer on the simulation floor.",
    "10:11 From Marcus Obi to Everyone: Format: in person, 8 hours, starting September 2027, about 60 a year.",
    "10:12 From Marcus Obi to Everyone: Partner: Lakeshore Rehab, in discussion.",
    "10:13 From Priya Lindholm (CE) to Everyone: Thank you Marcus, logged.",
]

POST = [
    "Odile Brennan-Sato - Respiratory Therapist",
    "3d",
    "Excited to share: we are putting forward a micro-course on home oxygen safety to our college's CE office.",
    "Who it is for: home care RTs and community nurses.",
    "Why: oxygen fires at home keep happening and nobody teaches the checks.",
    "You will learn: risk screening, equipment checks and teaching families.",
    "Assessment: a recorded home-visit role play.",
    "Online, 5 hours, January 2028, 120 learners a year. Partner: Northshore Home Health (letter coming).",
]


def test_a_chat_in_which_someone_pitches_a_course_to_the_office_is_a_proposal() -> None:
    r = parsers.parse(text_pdf([CHAT]), "chat.pdf")
    assert r.is_concept_form


def test_a_post_that_puts_a_course_forward_in_the_first_person_is_a_proposal() -> None:
    r = parsers.parse(text_pdf([POST]), "post.pdf")
    assert r.is_concept_form


def test_the_same_post_reporting_a_course_already_offered_is_not() -> None:
    # the same practicalities in the third person, for a course on sale: nobody proposes anything
    catalogue = ["Home Oxygen Safety - now enrolling", "Continuing Education catalogue 2028"] + POST[3:]
    assert not parsers.parse(text_pdf([catalogue]), "catalogue.pdf").is_concept_form


def test_a_filled_request_of_another_office_whose_answers_do_not_fit_the_proposal_is_not_a_form() -> None:
    # a student's observership request: the "learners" answer is one person's name, the "enrolment" a year
    rows = [("Student", "Kasimir Oyelaran-Holt"), ("Program year", "2027"), ("Email", "kasimir@example.com"),
            ("Telephone", "416-555-0133"), ("Department", "Respiratory Therapy"), ("Hours per week", "30"),
            ("Request type", "Observership"), ("Learning objectives", "Observe bronchoscopy; assist with ABGs"),
            ("Why this site?", "It has a busy ICU."), ("Date", "4 January 2027")]
    body = p("Observership Request", style="Title") + table("".join(tr(tc(p(a)), tc(p(b))) for a, b in rows))
    assert not parsers.parse(docx(body), "request.docx").is_concept_form


def test_one_persons_name_does_not_answer_who_the_learners_are() -> None:
    assert misfit("target_learners", "Kasimir Oyelaran-Holt")
    assert not misfit("target_learners", "Registered nurses in long-term care")
    assert not misfit("target_learners", "Practising Sonographers")


WISH = [
    "Hello Continuing Education team,",
    "We would like to develop a short course on safe stoma care with you.",
    "It is meant for ward nurses and personal support workers on surgical floors.",
    "Leaks and skin damage around new stomas are our most common complaint after discharge.",
    "By the end learners will be able to fit an appliance and teach a patient to change it.",
    "We would assess them with an observed appliance change on a simulator.",
    "Riverside Ostomy Association has agreed to endorse it; their letter is attached.",
    "We picture it in person, 6 hours, starting May 2028, for about 50 learners a year.",
    "Kind regards,",
    "Noor Haddad-Lind, Nurse Educator, Surgery",
]


def test_a_message_that_wishes_to_build_a_course_with_the_office_is_a_proposal() -> None:
    assert parsers.parse(text_pdf([WISH]), "message.pdf").is_concept_form


def test_the_office_announcing_what_it_offers_is_not() -> None:
    # the same practicalities, in the first person, about a course that exists: nothing is wished or proposed
    offer = ["Hello nurses,", "We offer a short course on safe stoma care every spring."] + WISH[2:8]
    assert not parsers.parse(text_pdf([offer]), "announcement.pdf").is_concept_form
