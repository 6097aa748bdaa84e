"""A business case closes with a sign-off row: "Prepared by:" then the name, the signature (perhaps initials) and
the date, all on one printed line. The date beside the preparer is when the case was prepared: the submission date
(tune38i). Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes

LINES = [
    ("Business Case: Wound Vac Basics Micro-credential", True),
    ("1. Executive summary", True),
    ("Community nurses need a short credential in negative pressure wound therapy; this micro-credential would be "
     "offered online.", False),
    ("2. Target learners", True),
    ("Community nurses who manage negative pressure wound therapy at home.", False),
    ("3. Rationale", True),
    ("Dressing failures bring patients back to the clinic within days.", False),
    ("4. Summative assessment", True),
    ("An observed dressing change scored on a checklist.", False),
    ("5. Partner", True),
    ("Eastvale Home Care, which has sent a letter of support.", False),
    ("6. Fit with the Education Plan", True),
    ("Supports the Education Plan's priority on flexible credentials for working clinicians.", False),
    ("Prepared by: Odile Brannagh-Ruiz      O. Brannagh-Ruiz      March 1, 2027", False),
]


def _case() -> bytes:
    pdf = letter_pdf()
    y = 60
    for text, bold in LINES:
        pdf.set_font("helvetica", "B" if bold else "", 10)
        pdf.text(60, y, text)
        y += 18
    return pdf_bytes(pdf)


def test_the_date_on_a_prepared_by_sign_off_row_is_the_submission_date() -> None:
    r = parsers.parse(_case(), "business case.pdf")
    assert r.is_concept_form
    assert r.fields["submission_date"] == "2027-03-01"


def _one_pager() -> bytes:
    pdf = letter_pdf()
    y = 60
    rows = [(t, b) for t, b in LINES[:-1]]
    rows += [("Contact", True), ("Odile Brannagh-Ruiz", False), ("Wound Care Nurse, Community Nursing", False),
             ("o.brannagh@example.org", False),
             ("Eastvale Community Hospital \u00b7 8 March 2027", False)]
    for text, bold in rows:
        pdf.set_font("helvetica", "B" if bold else "", 10)
        pdf.text(60, y, text)
        y += 18
    return pdf_bytes(pdf)


def test_the_date_of_a_foot_band_naming_the_organisation_is_the_submission_date() -> None:
    r = parsers.parse(_one_pager(), "one page summary.pdf")
    assert r.is_concept_form
    assert r.fields["submission_date"] == "2027-03-08"
