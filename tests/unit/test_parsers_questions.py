"""Question-and-answer documents and answers that hold several fields at once."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import contact_line, logistics, partner_answer, start_of
from tests.parser_samples import docx, p


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "answers.docx")


def questionnaire(qas: list[tuple[str, list[str]]]) -> bytes:
    body = p("Answers to the concept form questions", bold=True)
    for q, answers in qas:
        body += p(q, bold=True) + "".join(p(a) for a in answers)
    return docx(body)


QAS = [
    ("Q1. What is the micro-course called?", ["A1. Bedside Spirometry Basics"]),
    ("Q2. Who is proposing it?", ["Marta Okafor — Clinical Educator — Respiratory Therapy, Lakeside Hospital",
                                  "mokafor@lakeside.example.org — 416-555-0190 ext. 22"]),
    ("Q3. What gap does it fill?", ["Staff run spirometry differently on every unit."]),
    ("Q4. Who would take it?", ["Respiratory therapists and nurses on medical units."]),
    ("Q5. Which partner backs it?", ["Lakeside Hospital (Dr. Ivan Roy, Chief of Respirology)"]),
    ("Q6. Delivery, length, start and enrolment", ["Online, about 12 hours. Starting Spring 2027. Roughly 40 learners per year."]),
]


def test_an_answer_stops_at_the_next_numbered_question() -> None:
    r = parse(questionnaire(QAS))
    assert r.fields["rationale"] == "Staff run spirometry differently on every unit."
    assert r.fields["target_learners"] == "Respiratory therapists and nurses on medical units."
    assert r.fields["proposal_title"] == "Bedside Spirometry Basics"  # the "A1." marker is not the answer
    assert r.sources["rationale"].method == "question"


def test_a_contact_answer_is_split_into_the_proposer_fields() -> None:
    r = parse(questionnaire(QAS))
    assert r.fields["proposer_name"] == "Marta Okafor"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Respiratory Therapy, Lakeside Hospital"
    assert r.fields["proposer_email"] == "mokafor@lakeside.example.org"
    assert r.fields["proposer_phone"] == "416-555-0190 ext. 22"


def test_one_logistics_answer_gives_format_hours_start_and_enrolment() -> None:
    r = parse(questionnaire(QAS))
    assert (r.fields["delivery_format"], r.fields["estimated_hours"], r.fields["expected_enrolment"]) == ("online", 12, 40)
    assert r.fields["proposed_start"] == "Spring 2027"
    assert r.fields["partner_name"] == "Lakeside Hospital"
    assert r.fields["partner_contact"] == "Dr. Ivan Roy, Chief of Respirology"


def test_a_numbered_list_inside_an_answer_is_not_a_question() -> None:
    qas = [("1. Who is proposing this?", ["Ana Silva, Physiotherapist"]),
           ("2. Who would take it?", ["Physiotherapists."]),
           ("3. What will learners be able to do?", ["1. Run a walk test.", "2. Titrate oxygen."]),
           ("4. How will you check they can do it?", ["An observed walk test."]),
           ("5. Why does it matter now?", ["Results cannot be compared between programs."]),
           ("6. What is the course called?", ["Field Walk Tests"]),
           ("7. Which partner backs it?", ["Westmount Wellness Centre"]),
           ("8. Do you have their endorsement?", ["Confirmed"])]
    r = parse(questionnaire(qas))
    assert r.is_concept_form
    assert r.fields["learning_outcomes"] == ["Run a walk test.", "Titrate oxygen."]
    assert r.fields["summative_assessment"] == "An observed walk test."
    assert (r.fields["proposer_name"], r.fields["proposer_title"]) == ("Ana Silva", "Physiotherapist")


def test_numbered_section_headings_over_label_lines_are_not_questions() -> None:
    body = "".join(p(h, bold=True) + "".join(p(line) for line in lines) for h, lines in [
        ("1. Proposer", ["Name: Lee Chan", "Email: lchan@example.org"]),
        ("2. Course", ["Proposed Title: Airway Basics", "Target Learners: Paramedics"]),
        ("3. Need", ["Rationale: Calls rose.", "Competencies: Airway care."]),
        ("4. Partner", ["Partner Organization: City EMS", "Endorsement Status: Confirmed"]),
    ])
    r = parse(docx(body))
    assert r.fields["proposer_name"] == "Lee Chan"
    assert r.fields["proposal_title"] == "Airway Basics"
    assert r.fields["partner_name"] == "City EMS"


def test_recognisers_leave_plain_answers_alone() -> None:
    assert contact_line("Marta Okafor") == {}
    assert contact_line("Lakeside Hospital Respiratory Department") == {}
    assert partner_answer("Lakeside Hospital") == {}
    assert partner_answer("Dr. Ivan Roy, Chief of Respirology") == {}
    assert logistics("Discussed with the team.") == {}
    assert start_of("about 12 hours") is None


def test_recognisers_split_what_they_know() -> None:
    assert contact_line("Ana Silva <asilva@example.org>") == {"proposer_name": "Ana Silva", "proposer_email": "asilva@example.org"}
    assert partner_answer("Westmount Centre; contact: Nikolai Petrov, Program Manager") == {
        "partner_name": "Westmount Centre", "partner_contact": "Nikolai Petrov, Program Manager"}
    assert partner_answer("Clearbrook Labs. Letter of support attached.") == {
        "partner_name": "Clearbrook Labs", "endorsement_status": "letter_attached"}
    assert start_of("Hybrid; 6 hours; starting October 2026") == "October 2026"


def test_a_numbered_list_under_a_label_is_the_labels_answer_not_a_questionnaire() -> None:
    # Label paragraphs with the answer below, and outcomes typed as "1. ..." lines without full stops:
    # the list must not be read as questions whose last answer swallows every label after it.
    body = p("Micro-Course / Credential Concept Form", bold=True)
    for label, answers in [
        ("Proposed Title", ["Infusion Pump Programming"]),
        ("Name of Proposer", ["Dana Whitfield"]),
        ("Target Learners", ["Nurses on surgical units."]),
        ("Learning Outcomes", ["1. Program a primary infusion", "2. Program a secondary infusion",
                               "3. Respond to an occlusion alarm", "4. Document pump checks"]),
        ("Summative Assessment", ["A practical check-off on a training pump."]),
        ("Delivery Format", ["Online"]),
        ("Estimated Hours", ["6"]),
    ]:
        body += p(label, bold=True) + "".join(p(a) for a in answers)
    r = parse(docx(body))
    assert r.fields["learning_outcomes"] == ["Program a primary infusion", "Program a secondary infusion",
                                             "Respond to an occlusion alarm", "Document pump checks"]
    assert r.fields["summative_assessment"] == "A practical check-off on a training pump."
    assert (r.fields["delivery_format"], r.fields["estimated_hours"]) == ("online", 6)
    assert "learning_outcomes" not in r.missing_required
