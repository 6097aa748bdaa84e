"""A template that asks a second, shorter prompt under a label it restates ("Fit with the strategic plan" /
"Explain the fit" / the answer): the prompt is no part of the answer. A wrapped answer's first line and another
field's label under an empty label are no such prompt."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes


def _form(rows: list[tuple[str, list[str]]]) -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 14)
    pdf.text(55, 50, "Course Proposal Form")
    y = 85.0
    for label, lines in rows:
        pdf.set_font("helvetica", "", 8)
        pdf.text(55, y, label)
        pdf.set_font("helvetica", "", 9)
        for line in lines:
            y += 12
            pdf.text(55, y, line)
        y += 20
    return pdf_bytes(pdf)


BASE = [("Course name", ["Wound Vacuum Therapy for Community Nurses"]),
        ("Submitted by", ["Ines Halvorsen-Abara"]),
        ("Who is it for?", ["Community and home care nurses who manage negative pressure wound therapy"]),
        ("Email", ["ihalvorsen@example.org"]),
        ("Why is this needed?", ["Dressing changes fail at home and patients come back to clinic for them."]),
        ("What will learners be able to do?", ["1. Apply a negative pressure dressing to a cavity wound.",
                                               "2. Troubleshoot a leaking seal at the bedside."]),
        ("Length (hours)", ["6"]),
        ("Industry partner", ["Fjordline Home Health"])]


def test_a_short_prompt_restating_its_label_is_no_part_of_the_answer_under_it() -> None:
    rows = [*BASE, ("Alignment with the Education Plan", []),
            ("Explain the alignment", ["Brings two professions together in one competency-based course, as the",
                                       "Education Plan asks of continuing education."])]
    f = parsers.parse(_form(rows), "proposal.pdf").fields
    assert f["education_plan_alignment"].startswith("Brings two professions together")


def test_the_first_line_of_a_wrapped_answer_that_repeats_a_word_of_its_label_stays_in_the_answer() -> None:
    rows = [*BASE, ("Alignment with the Education Plan", ["Fits the plan's commitment to",
                                                          "laboratory workforce development."])]
    f = parsers.parse(_form(rows), "proposal.pdf").fields
    assert f["education_plan_alignment"].startswith("Fits the plan's commitment to")
