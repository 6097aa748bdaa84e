"""A report on a course that has run ("Course Evaluation Report") has the form's words as its labels (Course Title,
Course Lead, Learning Outcomes, Summative Assessment, Industry Partner, hours) but reports results and proposes
nothing. Its heading names its kind by its head words; alone, "evaluation" or "report" may be a course's topic, so a
concept form for such a course stays a form. Our own small DOCX documents."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers.classify import heading_kind

REPORT_ROWS = [
    ("Course Title", "Introduction to Point-of-Care Ultrasound for Nurses"),
    ("Cohort", "Spring 2026 (online, 8 hours)"),
    ("Course Lead", "Noor Halvorsen, n.halvorsen@example.org, 416-555-0170"),
    ("Industry Partner", "Lakeside Vascular Access Group"),
    ("Enrolled / completed", "40 / 36"),
    ("Learning Outcomes evaluated", "1. Acquire a vein view. 2. Guide a needle in plane."),
    ("Summative Assessment results", "Observed insertion: 34 of 36 passed on first attempt."),
    ("Learner feedback", "Overall rating 4.6 / 5."),
    ("Recommendations", "Offer twice a year; add a paediatric case."),
]

FORM_ROWS = [
    ("Proposed Title", "Program Evaluation Basics for Clinical Educators"),
    ("Name of Proposer", "Noor Halvorsen"),
    ("Email", "n.halvorsen@example.org"),
    ("Type of Request", "☒ New micro-credential ☐ Existing program ☐ Micro-course"),
    ("Target Learners", "Clinical educators in allied health"),
    ("Rationale / Need", "Educators are asked to evaluate programs without training."),
    ("Competencies / Skills Targeted", "Logic models; choosing indicators; reporting findings"),
    ("Learning Outcomes", "Build a logic model; Choose indicators"),
    ("Summative Assessment", "An evaluation plan for a real program, scored with a rubric"),
    ("Industry / Employment Partner", "Ontario Educators Network"),
    ("Endorsement Status", "☐ Letter attached ☒ Confirmed ☐ In discussion ☐ None"),
    ("Alignment with Michener's Education Plan", "Builds faculty capacity, a Plan priority."),
]


def _docx(heading: str, rows: list[tuple[str, str]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(heading, 0)
    t = d.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_heading_naming_a_course_report_is_another_kind_of_document() -> None:
    assert heading_kind("Course Evaluation Report") == "course evaluation report"
    assert heading_kind("Pilot evaluation summary: wound care") is not None
    assert heading_kind("Rapport d'évaluation du cours") is not None
    # a course's topic is no kind of document
    assert heading_kind("Program Evaluation Basics") is None
    assert heading_kind("Incident report writing") is None
    assert heading_kind("Course Report Writing for Technologists") is None


def test_a_course_evaluation_report_is_no_concept_form() -> None:
    r = parsers.parse(_docx("Course Evaluation Report", REPORT_ROWS), "report.docx")
    assert not r.is_concept_form


def test_a_concept_form_for_a_course_about_evaluation_stays_a_form() -> None:
    r = parsers.parse(_docx("Program Evaluation Basics - Concept Form", FORM_ROWS), "form.docx")
    assert r.is_concept_form
    assert r.fields.get("proposal_title") == "Program Evaluation Basics for Clinical Educators"
