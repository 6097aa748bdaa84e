"""A letter says what it is in its subject line, wherever the date, the addressee and the letterhead put that line.
An organisation that writes of itself in the third person ("Lakemont Dialysis would like to propose ...") does not
propose in the first person, but a subject naming a proposed course makes the letter a proposal. Built with
python-docx in our own wording."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers

HEAD = ["3 December 2026", "Continuing Education", "The Michener Institute of Education at UHN", "222 St. Patrick Street"]
BODY = [
    "Dear Continuing Education team,",
    "Lakemont Dialysis would like Michener to develop a short course in vascular access cannulation for dialysis "
    "technicians who start on our units each year.",
    "By the end of the course learners will be able to:",
    "Assess a fistula before cannulation",
    "Cannulate a fistula with the buttonhole technique",
    "Recognise and report an infiltration",
    "Learners would be assessed by an observed cannulation on a simulation arm, scored with a checklist.",
    "A hybrid format of twelve hours would suit our shifts, and we expect about 40 technicians a year.",
    "Yours sincerely,",
    "Marguerite Oyelowo-Lind",
    "Clinical Manager, Lakemont Dialysis",
]


def _letter(subject: str) -> bytes:
    d = docx.Document()
    for line in HEAD + [subject] + BODY:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_subject_line_naming_a_proposed_course_makes_the_letter_a_proposal() -> None:
    result = parsers.parse(_letter("Re: Proposed micro-course – vascular access cannulation"), "letter.docx")
    assert result.is_concept_form


def test_the_same_letter_about_something_else_is_not_a_proposal() -> None:
    result = parsers.parse(_letter("Re: Room bookings for the spring workshops"), "letter.docx")
    assert not result.is_concept_form
