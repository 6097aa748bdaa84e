"""A Word form printed to PDF, each answer typed on the same line right after its "Label:", a long one wrapping
onto the next line in lower case. The skills wrapped so are one phrase run on, not a phrase a line: the first
line's width counts its label too (it reaches the page's full width, the answer alone does not). Built here
with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes

LINES = [
    "Proposed Micro-credential Title: Cardiac Device Interrogation for Clinics",
    "Submitted by: Rosalind Achebe-Moreau",
    "Contact Email: r.achebe@example.org",
    "This proposal is for: A new micro-credential",
    "Target Audience: Cardiology technologists and cardiac nurses working in device follow-up clinics",
    "Why is this needed? Remote monitoring volumes have grown 40% and industry representatives can no",
    "longer cover routine clinic checks; hospitals need in-house staff who can interrogate devices safely.",
    "Competencies / Skills Targeted: Device interrogation and threshold testing, sensing and impedance",
    "checks, recognising lead failure, remote monitoring triage, MRI conditional programming.",
    "Summative Assessment: Simulated clinic with four programmed devices and a checklist.",
    "Endorsing Partner / External Body: Queensway Cardiac Centre",
    "Endorsement Status: Letter of support attached",
    "Delivery Format: In person",
    "Duration (hours): 24",
]


def _form() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(72, 60, "MICRO-COURSE / CREDENTIAL CONCEPT FORM")
    pdf.set_font("helvetica", "", 10)
    y = 90
    for line in LINES:
        pdf.text(72, y, line)
        y += 15
    return pdf_bytes(pdf)


def test_a_run_in_answer_wrapped_in_lower_case_is_one_phrase() -> None:
    r = parsers.parse(_form(), "concept form.pdf")
    assert r.is_concept_form
    assert r.fields["competencies"] == ("Device interrogation and threshold testing, sensing and impedance checks, "
                                        "recognising lead failure, remote monitoring triage, MRI conditional "
                                        "programming.")
    assert r.fields["target_learners"].startswith("Cardiology technologists")
