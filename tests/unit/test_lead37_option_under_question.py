"""A web portal's confirmation print writes the option an applicant chose under the choice's question, in words and
without boxes ("What are you requesting?" over "Convert an existing program"). The option's words may also read as
another field's label ("Program to be converted"); the line is the question's answer all the same, so the question
is never shown empty and nobody is told that the request type is missing."""
from __future__ import annotations

import mailbot_parsers as parsers

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def confirmation(choice: str) -> bytes:
    from fpdf import FPDF

    rows = [
        ("Course title", "Bedside Glucose Meter Quality Control"),
        ("What are you requesting?", choice),
        ("Program to be converted", "Point-of-Care Testing Essentials (module 3)"),
        ("Who is it for?", "Ward nurses and unit clerks who run the glucose meters on night shifts."),
        ("Why is it needed?", "Meter lockouts after failed controls delay insulin doses on several wards."),
        ("Competencies addressed", "Running and logging quality-control samples; troubleshooting a failed control."),
        ("How will learners be assessed?", "An observed QC run scored with a checklist."),
        ("Partner", "Eastgate Hospital Laboratory Services"),
        ("Your name", "Priya Anand-Leclair"),
        ("Email", "p.anand@example.org"),
    ]
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU)
    pdf.set_font("dejavu", "B", 14)
    pdf.text(56, 50, "Submission received - CE proposal portal")
    pdf.set_font("dejavu", "", 10)
    pdf.text(56, 72, "Thank you. Below is a copy of what you submitted.")
    pdf.set_font("dejavu", "B", 12)
    pdf.text(56, 100, "Your proposal")
    y = 124.0
    for label, answer in rows:
        pdf.set_font("dejavu", "B", 10)
        pdf.text(56, y, label)
        y += 15
        pdf.set_font("dejavu", "", 10)
        pdf.text(56, y, answer)
        y += 26
    return bytes(pdf.output())


def test_the_option_written_under_its_question_is_no_label() -> None:
    r = parsers.parse(confirmation("Convert an existing program"), "Submission received.pdf")
    assert r.is_concept_form
    assert "request_type" not in r.missing_required
    assert r.fields.get("request_type") in (None, "existing_program")
    assert r.fields["existing_program_name"] == "Point-of-Care Testing Essentials (module 3)"


def test_a_question_left_unanswered_is_still_empty() -> None:
    # (the next line is another field's label, naming no option: the question's answer is empty, as before)
    r = parsers.parse(confirmation(""), "Submission received 2.pdf")
    assert r.is_concept_form
    assert "request_type" not in r.fields and "request_type" in r.missing_required
