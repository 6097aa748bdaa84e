"""A concept form needs evidence that the document proposes a course, not only that it asks for a name.

Each test builds a small look-alike of its own (a job application, another office's blank template, a
newsletter) and its concept-form counterpart, so a rule that answers "form" to everything, or to nothing,
fails one of the pair.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.classify import heading_kind, kind_of
from tests.parser_samples import acroform_pdf, docx, p, table, tc, text_pdf, tr


def _blank_table(title: str, labels: list[str]) -> bytes:
    rows = "".join(tr(tc(p(label)), tc(p(""))) for label in labels)
    return docx(p(title, style="Title") + table(rows))


CONCEPT_LABELS = [
    "Proposed Title", "Name of Proposer", "Position / Title", "Department / Program", "Email", "Phone",
    "Type of Request", "Target Learners", "Rationale / Need", "Competencies / Skills Targeted", "Learning Outcomes",
    "Summative Assessment", "Industry / Employment Partner", "Partner Contact", "Endorsement Status",
    "Alignment with Michener's Education Plan", "Delivery Format", "Estimated Hours", "Date Submitted",
]


def test_a_filled_job_application_with_contact_fields_is_not_a_concept_form() -> None:
    # every form asks who you are, how to reach you and when: none of it proposes a course
    data = acroform_pdf([
        {"name": "applicant_name", "type": "text", "value": "Rosa Kerr"},
        {"name": "applicant_email", "type": "text", "value": "rosa@example.com"},
        {"name": "applicant_phone", "type": "text", "value": "416-555-0184"},
        {"name": "position", "type": "text", "value": "Clinical Educator"},
        {"name": "department", "type": "text", "value": "Professional Practice"},
        {"name": "start_date", "type": "text", "value": "June 1, 2026"},
        {"name": "app_date", "type": "text", "value": "2026-03-28"},
        {"name": "education", "type": "text", "value": "MEd (Adult Education)"},
    ])
    result = parsers.parse(data, "application.pdf")
    assert not result.is_concept_form
    assert result.fields == {}


def test_a_fillable_concept_form_with_proposal_fields_is_a_concept_form() -> None:
    data = acroform_pdf([
        {"name": "proposer_name", "type": "text", "value": "Rosa Kerr"},
        {"name": "proposer_email", "type": "text", "value": "rosa@example.com"},
        {"name": "proposal_title", "type": "text", "value": "Sepsis Screening at Triage"},
        {"name": "target_learners", "type": "text", "value": "Triage nurses."},
        {"name": "rationale", "type": "text", "value": "Missed sepsis at triage."},
        {"name": "summative_assessment", "type": "text", "value": "Case-based exam."},
        {"name": "partner_name", "type": "text", "value": "Fairhaven Regional Health"},
        {"name": "education_plan_alignment", "type": "text", "value": "Patient safety."},
    ])
    assert parsers.parse(data, "concept.pdf").is_concept_form


def test_another_office_blank_template_is_not_a_concept_form() -> None:
    # a review template asks for outcomes, an assessment, a partner and the Education Plan, and answers nothing
    data = _blank_table("Annual Program Review", [
        "Program Title", "Program Lead", "Email", "Learning Outcomes (as approved)", "Summative Assessment - pass rate",
        "Industry Partner", "Alignment with the Education Plan", "Enrolment this year", "Reviewed by", "Date"])
    assert not parsers.parse(data, "review.docx").is_concept_form


def test_the_blank_concept_form_template_is_a_concept_form() -> None:
    result = parsers.parse(_blank_table("Micro-Course / Credential Concept Form", CONCEPT_LABELS), "template.docx")
    assert result.is_concept_form
    assert result.fields == {}


def test_a_newsletter_announcing_a_micro_credential_is_not_a_concept_form() -> None:
    lines = [
        "Continuing Education Newsletter - Spring",
        "Proposed by: Wilhelmina Osei (Clinical Nurse Specialist, Emergency)",
        "Target audience: triage nurses in the emergency department.",
        "Why it is needed: sepsis is missed at triage.",
        "Partner: Fairhaven Regional Health endorsed the course.",
        "Assessment: a summative case-based assessment.",
        "Education Plan: the course supports patient safety.",
        "Send us your own Micro-Course / Credential Concept Form by April 15.",
    ]
    as_newsletter = parsers.parse(text_pdf([lines]), "news.pdf")
    assert not as_newsletter.is_concept_form
    # the same answers under a heading that does not name another kind of document are read as a proposal
    as_proposal = parsers.parse(text_pdf([["Sepsis screening at triage - concept form", *lines[1:]]]), "c.pdf")
    assert as_proposal.is_concept_form


def test_a_heading_names_the_kind_of_document() -> None:
    assert heading_kind("CE News · Spring 2026") == "news"
    assert heading_kind("RTH-245 Pulmonary Diagnostics II — Course Outline") == "outline"
    assert heading_kind("Procès-verbal du comité") is not None
    assert heading_kind("Micro-Course / Credential Concept Form") is None
    assert heading_kind("Bone marrow smear review") is None  # a course's topic, not a kind of document


def test_an_accreditation_application_for_an_activity_is_another_process() -> None:
    # a provider asks a professional body to accredit an activity it runs: title, provider, contact, objectives,
    # needs, evaluation and hours, but no proposal to the office
    assert heading_kind("Ordre des technologues – Demande d'agrément d'une activité de formation continue")
    assert heading_kind("Application for Accreditation of a Continuing Education Activity")
    asked = {"proposal_title", "partner_name", "partner_contact", "request_type", "learning_outcomes", "rationale",
             "summative_assessment", "estimated_hours", "submission_date"}
    assert kind_of(asked, "", asked, heading="Application for Accreditation of a CPD Activity") == "not_a_form"
    assert kind_of(asked, "", asked, heading="Lung ultrasound workshop") == "concept_form"


def test_a_heading_naming_another_document_gives_way_to_the_contract_structure() -> None:
    every = {"proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
             "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
             "education_plan_alignment"}
    assert kind_of(every, "", every, heading="Job aid: concept form for the phlebotomy course") == "concept_form"
    few = {"proposer_name", "learning_outcomes", "summative_assessment", "partner_name", "education_plan_alignment"}
    assert kind_of(few, "concept form", few, heading="CE Newsletter") == "not_a_form"
    assert kind_of(few, "concept form", few, heading="Fatigue risk management") == "concept_form"


def test_a_long_document_that_uses_a_few_of_the_questions_words_is_not_a_form() -> None:
    labels = {"proposal_title", "target_learners", "rationale", "competencies", "learning_outcomes",
              "education_plan_alignment", "partner_name", "request_type"}
    page = "The agency proposes a rule on the inspection of aircraft parts, with costs per work hour. " * 60
    assert kind_of(labels, page * 8, labels) == "not_a_form"  # some 7000 words: a regulation, not a form
    assert kind_of(labels, page, labels) == "concept_form"  # the same questions on a page or two


def _letter(*paragraphs: str) -> bytes:
    return docx("".join(p(t) for t in paragraphs))


_BODY = (
    "The course would teach three competencies: dressing selection, wound measurement and pressure offloading.",
    "By the end, learners will be able to:",
    "a) measure a wound and record it",
    "b) choose a dressing for a given wound",
    "Northside Home Care has endorsed the idea and their letter of support is attached.",
    "This fits the Education Plan's commitment to community-based care.",
    "We see a hybrid format of 8 hours, starting in January 2027, with about 40 learners per year.",
)


def test_a_proposal_written_as_a_letter_is_a_concept_form() -> None:
    data = _letter("April 2, 2026", "Dear Continuing Education team,",
                   "I am writing to propose a new micro-credential, Wound Care Essentials, for community nurses.",
                   *_BODY, "Kind regards,", "Ada Lovelace, Nurse Educator", "ada@example.org")
    result = parsers.parse(data, "letter.docx")
    assert result.is_concept_form
    # the outcomes end with their typed list ("a) ...", "b) ..."): the sentences under it are no outcomes (this once
    # ran on into them and sent the letter to review; the values read from prose are still marked uncertain)
    assert result.fields["learning_outcomes"] == ["measure a wound and record it", "choose a dressing for a given wound"]
    assert result.needs_manual_review or result.uncertain_fields


def test_the_same_course_reported_in_the_third_person_or_supported_is_not_a_proposal() -> None:
    news = _letter("Spring update", "Ada Lovelace proposed a new micro-credential, Wound Care Essentials, last month.",
                   *_BODY)
    support = _letter("April 2, 2026", "To whom it may concern,",
                      "We are pleased to support the micro-credential that Ada Lovelace proposes for community nurses.",
                      *_BODY, "Sincerely,", "Grace Hopper, Northside Home Care")
    assert not parsers.parse(news, "news.docx").is_concept_form
    assert parsers.parse(support, "support.docx").kind == "letter_of_support"


def test_a_document_that_names_itself_a_course_proposal_in_its_opening_lines_is_a_form() -> None:
    # a one-slide pitch: hardly a label, but it says what it is and answers the logistics by type
    values = {"request_type", "delivery_format", "estimated_hours", "expected_enrolment", "proposer_email"}
    body = "\nThe ask\nNew micro-credential\nLogistics\nOnline, 5 h, start Jan 2027, about 80 learners a year"
    pitch = "Wound Care Essentials\nMicro-credential pitch for the CE office" + body
    session = "Wound Care Essentials\nMicro-credential information session" + body
    assert kind_of({"request_type"}, pitch, values, heading="Wound Care Essentials") == "concept_form"
    assert kind_of({"request_type"}, session, values, heading="Wound Care Essentials") == "not_a_form"
    # too little answered: a flyer that says "concept" is still not a proposal
    assert kind_of(set(), pitch, {"delivery_format", "proposer_email"}, heading="Wound Care Essentials") == "not_a_form"
