"""A form service's print of one response stamps when it was sent under the form's title, as a sentence with a verb
("Response submitted 19 Nov 2026, 10:42 · a.b@example.org", "Réponse soumise le 28 novembre 2026 · ..."): the day
the applicant submitted, read like the "prepared 1 December 2026" a footer says, with the clock time and the
address after it no part of the date.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import DEJAVU, letter_pdf, pdf_bytes

QUESTIONS: list[tuple[str, str]] = [
    ("Email *", "akb@example.org"),
    ("Your name *", "Ada Kowalczyk-Brennan"),
    ("Job title", "Clinical Nurse Educator, Renal Unit"),
    ("Working title of the course *", "Peritoneal Dialysis Exchanges at Home"),
    ("Who is it for? *", "Renal unit nurses who teach patients to do their own exchanges"),
    ("Why is it needed? *", "Peritonitis rates rose last year and most cases followed a home exchange."),
    ("Which partner is involved?", "Northbay Home Dialysis Program"),
]


def response_print(stamp: str) -> bytes:
    pdf = letter_pdf(dejavu=True, bold=DEJAVU)
    # the browser's own print header: when the page was printed, and its address
    pdf.set_font("dejavu", "", 8)
    pdf.text(30, 20, "11/20/26, 9:05 AM    CE Micro-Course / Credential Idea Intake")
    pdf.text(30, 770, "https://forms.example.org/ce-intake/responses/7    1")
    pdf.set_font("dejavu", "B", 14)
    pdf.text(56, 50, "CE Micro-Course / Credential Idea Intake")
    pdf.set_font("dejavu", "", 10)
    pdf.text(56, 72, "Tell us about your idea. The Continuing Education team will follow up within two")
    pdf.text(56, 84, "weeks.")
    pdf.text(56, 100, stamp)
    y = 120.0
    for label, answer in QUESTIONS:
        pdf.set_font("dejavu", "", 8)
        pdf.text(56, y, "Short answer")
        y += 14
        pdf.set_font("dejavu", "B", 10)
        pdf.text(56, y, label)
        y += 15
        pdf.set_font("dejavu", "", 10)
        pdf.text(56, y, answer)
        y += 24
    return pdf_bytes(pdf)


def test_the_response_stamp_gives_the_submission_date() -> None:
    r = parsers.parse(response_print("Response submitted 19 Nov 2026, 10:42 · akb@example.org"), "intake response.pdf")
    assert r.is_concept_form
    assert r.fields["submission_date"] == "2026-11-19"


def test_the_response_stamp_without_a_clock_time() -> None:
    r = parsers.parse(response_print("Response submitted 28 Nov 2026 · akb@example.org"), "intake response 2.pdf")
    assert r.fields["submission_date"] == "2026-11-28"
