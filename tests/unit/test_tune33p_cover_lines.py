"""A printed proposal's cover lines under its title: "Presented by: Name, Role" over the unit alone on the next line,
the address and number on a labelled line, then the date alone (small documents made up here)."""
from __future__ import annotations

import mailbot_parsers as parsers


def _pdf(lines: list[tuple[str, int, bool]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(56, 56)
    for text, size, bold in lines:
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.multi_cell(500, size * 1.3, text)
        pdf.ln(size * 0.3)
    return bytes(pdf.output())


_BODY = [
    ("Type of request", 11, True),
    ("A new micro-course.", 10, False),
    ("Learners", 11, True),
    ("Home care aides who bathe and dress clients with diabetes.", 10, False),
    ("Learning outcomes", 11, True),
    ("1. Inspect the feet and recognise a wound.", 10, False),
    ("2. Report redness to the nurse the same day.", 10, False),
    ("Assessment", 11, True),
    ("A workplace observation scored with a checklist.", 10, False),
    ("Delivery", 11, True),
    ("Online, 6 hours, about 40 learners a year.", 10, False),
]


def test_the_unit_alone_under_the_byline_and_the_date_under_the_contact_line() -> None:
    r = parsers.parse(_pdf([
        ("Foot Care Basics for Home Care Aides", 14, True),
        ("Presented by: Odile Marchetti-Bah, Clinical Coordinator", 10, False),
        ("Home Care Nursing Program", 10, False),
        ("Email: omb@example.org | Phone: 647-555-0139", 10, False),
        ("3 March 2027", 10, False),
        *_BODY]), "foot care.pdf")
    assert r.fields.get("proposer_name") == "Odile Marchetti-Bah"
    assert r.fields.get("proposer_title") == "Clinical Coordinator"
    assert r.fields.get("proposer_department") == "Home Care Nursing Program"
    assert r.fields.get("proposer_email") == "omb@example.org"
    assert r.fields.get("submission_date") == "2027-03-03"
