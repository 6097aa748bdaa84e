"""A form of another process about a course (another college's course-change request, an accreditation page) asks
for the course's title, outcomes, assessment, format and hours, even a partner and a plan it fits, but never makes
the case for the course: whom it is for, why it is needed, which skills it builds. A concept form always asks one of
those. Built here as a filled DOCX table in our own wording, parsed end to end."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import python_docx_table

# (label, answer) rows of a made-up polytechnic's course-change request
CHANGE_REQUEST: list[tuple[str, str]] = [
    ("Course number", "RESP 3315"),
    ("Course name", "Capnography in Procedural Sedation"),
    ("Requested by", "Ingrid Okonkwo-Baptiste"),
    ("Email", "iokonkwo@example.edu"),
    ("Phone", "506-555-0193"),
    ("Kind of change", "[X] New course   [ ] Retire a course   [ ] Micro-credential stream"),
    ("Credit weight", "2 credits"),
    ("Course outcomes", "1. Read a capnogram\n2. Escalate apnoea early"),
    ("Evaluation scheme", "Simulation checklist 60 %, written test 40 %"),
    ("Prerequisites", "RESP 2201"),
    ("Industry partner consulted", "Riverbend Regional Hospital"),
    ("Fit with institutional plan", "Strategic goal 3"),
    ("Mode", "In person"),
    ("Contact hours", "28"),
    ("First term offered", "Fall 2027"),
    ("Registrar's approval", ""),
]
# the questions that make the case for a course, as a concept form asks them
CASE = [("Who would take it?", "Respiratory therapists who sedate patients outside the OR"),
        ("Why is it needed?", "Sedation events outside the OR went unnoticed twice last year.")]


def test_another_process_form_about_a_course_that_never_asks_whom_or_why_is_not_a_concept_form() -> None:
    data = python_docx_table("Northshore Polytechnic - Program Council - Course change request", CHANGE_REQUEST)
    result = parsers.parse(data, "course change request.docx")
    assert not result.is_concept_form
    assert result.fields == {}


def test_the_same_form_asking_whom_the_course_is_for_and_why_is_a_concept_form() -> None:
    data = python_docx_table("Northshore Polytechnic - Program Council - Course change request", CHANGE_REQUEST[:6] + CASE
                       + CHANGE_REQUEST[6:])
    result = parsers.parse(data, "course change request.docx")
    assert result.is_concept_form
    assert result.fields["target_learners"] == CASE[0][1]
