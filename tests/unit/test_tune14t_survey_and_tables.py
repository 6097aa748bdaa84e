"""Survey prints, numbered label rows in a table, totals in brackets and a role asked alone (tune14t)."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from mailbot_parsers.meaning import answer_fit
from mailbot_parsers.normalise import is_empty
from tests.parser_samples import docx, p, table, tc, text_pdf, tr

# a survey service's print of one response: its own record of the response above the questions, the questions
# numbered "Q1" across pages named "Page N: ...", a question left out printed as skipped
SURVEY = [
    "#7 COMPLETE",
    "Collector: Web Link 1 (Web Link)",
    "Started: Tuesday, October 6, 2026 09:12:40 AM",
    "Last Modified: Tuesday, October 6, 2026 09:31:05 AM",
    "Time Spent: 00:18:25",
    "Page 1: About you",
    "Q1 Your full name",
    "Ines Marchetti-Holm",
    "Q2 Your job title",
    "Wound Care Resource Nurse",
    "Page 2: Your idea",
    "Q3 Working title",
    "Pressure Injury Staging at the Bedside",
    "Q4 Who would take it?",
    "Registered nurses and RPNs on medicine units",
    "Q5 What problem does it solve?",
    "Pressure injuries are staged differently from one unit to the next, so care plans vary.",
    "Q6 Skills and competencies (one per line)",
    "Staging pressure injuries",
    "Documenting wounds",
    "Q7 Intended learning outcomes (one per line)",
    "Stage a pressure injury correctly",
    "Document a wound with a photograph and a measurement",
    "Q8 Competency framework, if any",
    "Respondent skipped this question",
    "Q9 How will achievement be evidenced?",
    "An observed staging of three patients with a checklist",
    "Page 3: Logistics",
    "Q10 Delivery mode",
    "Online",
    "Q11 Total learning hours",
    "6",
    "Q12 Estimated learners per year",
    "60",
    "Q13 Target launch",
    "as soon as possible (ideally May 2027)",
]


def survey() -> parsers.ParseResult:
    return parsers.parse(text_pdf([SURVEY]), "Response 7.pdf")


def test_a_survey_page_name_ends_the_answer_above_it() -> None:
    r = survey()
    assert r.fields["proposer_title"] == "Wound Care Resource Nurse"
    assert r.fields["summative_assessment"] == "An observed staging of three patients with a checklist"


def test_a_skipped_question_has_no_answer() -> None:
    assert is_empty("Respondent skipped this question")
    assert "competency_framework" not in survey().fields


def test_the_survey_record_of_the_response_is_no_answer() -> None:
    r = survey()
    # "Started: <a moment to the second>" is when the form was opened, "Time Spent" how long it took
    assert r.fields["proposed_start"] == "as soon as possible (ideally May 2027)"
    assert r.fields["estimated_hours"] == 6
    assert answer_fit("proposed_start", "Tuesday, October 6, 2026 09:12:40 AM") == 0.0
    assert answer_fit("estimated_hours", "00:18:25") == 0.0


def test_a_q_question_answered_in_lower_case_is_still_a_question() -> None:
    # "Q8 Target launch" over "as soon as possible ...": not a list item wrapping onto the next line
    assert survey().sources["proposed_start"].label == "Target launch"


def test_a_role_asked_alone_is_not_read_as_a_name_and_a_role() -> None:
    lines = [{"Q1 Your full name": "Q1 Your email address", "Ines Marchetti-Holm": "imh@example.org"}.get(ln, ln)
             for ln in SURVEY]
    r = parsers.parse(text_pdf([lines]), "Response 8.pdf")
    assert r.fields["proposer_title"] == "Wound Care Resource Nurse"
    assert r.fields.get("proposer_name") != "Wound Care"


def test_a_total_in_brackets_after_the_parts_is_the_figure() -> None:
    assert logistics("In person, two 3-hour sessions (6 hours), about 20 people a year")["estimated_hours"] == 6
    assert logistics("three cohorts of 15 a year (45)")["expected_enrolment"] == 45
    # a bracket that is no multiple of the part says something else
    assert logistics("4 hours (2 sessions)")["estimated_hours"] == 4
    assert logistics("25 a year (2027)")["expected_enrolment"] == 25


def test_a_row_of_numbered_labels_is_answered_in_the_row_below() -> None:
    body = table(
        tr(tc("1  Title", span=2)),
        tr(tc("Point-of-Care Glucose Testing for Support Workers", span=2)),
        tr("2  Lead", "3  Contact"),
        tr(tc("Harriet Osei-Lindqvist", "Clinical Educator, Laboratory Medicine"),
           tc("hoseil@example.org", "416-555-0142")),
        tr(tc("4  Request type", span=2)),
        tr(tc("New micro-credential", span=2)),
        tr(tc("5  Rationale", span=2)),
        tr(tc("Glucose meters are used by staff who were never trained on quality control.", span=2)),
        tr(tc("6  Learning outcomes", span=2)),
        tr(tc("Run a quality control check", "Recognise a result that must be repeated", span=2)),
        tr(tc("7  Summative assessment", span=2)),
        tr(tc("An observed test with a checklist.", span=2)),
        tr("8  Learners", "9  Hours"),
        tr("Personal support workers in long-term care", "6"),
    )
    r = parsers.parse(docx(p("Concept – glucose testing", bold=True) + body), "glucose.docx")
    assert r.fields["proposer_name"] == "Harriet Osei-Lindqvist"
    assert r.fields["proposer_email"] == "hoseil@example.org"
    assert r.fields.get("proposer_title") != "3 Contact"


def test_a_start_told_by_the_event_it_waits_for_is_kept_as_written() -> None:
    said = logistics("Online 12 hours about 15 per year when the 2027 intake starts (September)")
    assert said["proposed_start"] == "when the 2027 intake starts (September)"
    assert said["estimated_hours"] == 12
    # a clause that is no start of the course, or a sentence going on after it, is no start
    assert "proposed_start" not in logistics("when the 2027 intake starts (September). Then we will see.")
    assert "proposed_start" not in logistics("We built it in 2027 when the lab opened")


def test_one_dash_bullet_of_a_slide_is_the_answer_without_its_dash() -> None:
    from mailbot_parsers.normalise import to_value

    line = "– Case-based calculation marked against a key, and an observed teaching session"
    assert to_value("summative_assessment", [(line, True)]) == line[2:]
    # a dash the reader did not see set out as a list item stays the writer's
    assert to_value("summative_assessment", [(line, False)]) == line


def test_the_first_cohort_named_with_a_season_is_the_start() -> None:
    said = logistics("in person, one 4-hour afternoon; two cohorts of 20 a year (40); first cohort spring 2027.")
    assert said["proposed_start"] == "spring 2027"


def test_a_partner_contact_before_the_endorsement_sentence_is_read() -> None:
    from mailbot_parsers.sections import _pieces

    found = _pieces("partner_name", [("Provincial Renal Network – contact Dr. Ama Lindqvist (al@example.org). "
                                      "They have agreed to endorse it; a letter will follow.", False)])
    assert found["partner_contact"] == "Dr. Ama Lindqvist (al@example.org)"
    assert found["endorsement_status"] == "confirmed"


def test_a_form_service_header_date_is_the_submission_date() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import _labelled_date

    blocks = [Block(text="Proposal for a micro-credential"),
              Block(pair_label="proposal", answer=[Block(text="Submission Date Dec 2, 2026"), Block(text="IP 192.0.2.1")])]
    assert _labelled_date(blocks) == "2026-12-02"
    assert _labelled_date([Block(text="Start Date Sept 2027")]) is None


def test_a_contact_line_gives_the_role_and_the_unit_apart() -> None:
    body = "".join(p(t) for t in [
        "Hand hygiene audits – micro-credential proposal",
        "a) Title – Hand Hygiene Auditing for Unit Champions",
        "b) Contact – Mirela Osterhagen-Diallo, Infection Control Practitioner, IPAC Department, "
        "mod@example.com, tel. 555-0188",
        "c) Kind of request – new micro-credential",
        "d) Learners – Unit champions on inpatient units",
        "e) Need – Audit results differ between auditors, so units cannot compare their rates.",
        "f) Summative assessment – Each learner audits ten observed moments against a reference auditor.",
    ])
    r = parsers.parse(docx(body), "hand hygiene.docx")
    assert r.fields["proposer_title"] == "Infection Control Practitioner"
    assert r.fields["proposer_department"] == "IPAC Department"


def test_a_brand_new_bullet_under_the_learners_answers_the_request_type() -> None:
    lines = ["Pedigree Drawing for Genetics Clinics", "A micro-credential proposal for Michener CE",
             "Tamsin Oyelaran-Berg", "Genetic Counsellor, Medical Genetics", "toberg@example.com · 2026-11-20",
             "Why?", "– Families are asked the same questions twice because pedigrees are drawn differently.",
             "For whom?", "– Genetic counsellors and genetics nurses", "– Brand-new micro-credential",
             "What skills?", "– Taking a family history", "– Using standard pedigree symbols",
             "What will they be able to do?", "1. Draw a three-generation pedigree", "2. Mark affected relatives",
             "How will we know?", "– A pedigree drawn from a recorded interview, marked with a rubric",
             "Who backs it?", "– Canadian Association of Genetic Counsellors – letter of support attached",
             "How would it run?", "– Format: online", "– Hours: 6", "– Learners: 30/year", "– Start: spring 2027"]
    r = parsers.parse(text_pdf([lines]), "pedigree.pdf")
    assert r.fields.get("target_learners") == "Genetic counsellors and genetics nurses"
    assert r.fields.get("request_type") == "new"


def test_the_state_of_the_endorsement_before_the_partner_is_no_part_of_its_name() -> None:
    from mailbot_parsers.composite import without_status

    assert without_status("Letter attached – Northern College of Perfusion – Education Committee") == \
        "Northern College of Perfusion – Education Committee"
    # (two states either side of the dash: the lead is not dropped for the other state)
    assert without_status("In discussion – no letter yet") != "no letter yet"
