"""Issue 12: documents that answer a proposal's questions without being one, and answers written inside prose.
Small documents generated here in our own wording (fpdf2, python-docx), not copies of the round 10 files."""
from __future__ import annotations

import io

import mailbot_parsers as parsers


def _pdf(lines: list[tuple[str, int, bool]], width: float = 480) -> bytes:
    """A one-page PDF of paragraphs (text, font size, bold) set with fpdf2's multi_cell, wrapping at ``width``."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_left_margin(56)
    pdf.set_xy(56, 56)
    for text, size, bold in lines:
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.multi_cell(width, size * 1.3, text)
        pdf.ln(size * 0.4)
    return bytes(pdf.output())


# A funder's application form, filled in: the funder's name and the kind of document form one title, which the page
# wraps over lines (so its first line alone names only the funder)
FUND_APPLICATION = [
    ("Northbay Community Trust - Small Project Grant Application 2028", 20, True),
    ("1. Project title: Safe Lifting for Home Support Workers", 10, False),
    ("2. Applicant: Teodora Halvorsen-Mbeki, Physiotherapist, Lakeshore Home Care", 10, False),
    ("3. Contact: thalvorsen@example.org - 416-555-0132", 10, False),
    ("4. Amount requested: $12,400", 10, False),
    ("5. Statement of need", 10, True),
    ("Back injuries are the main reason our home support workers lose days of work. We ask for funds to train "
     "staff and buy transfer aids.", 10, False),
    ("6. Project objectives", 10, True),
    ("- Train 60 workers in safe transfers\n- Equip 30 client homes with slide sheets\n- Halve lifting injuries "
     "within a year", 10, False),
    ("7. Evaluation plan", 10, True),
    ("Injury reports and a short survey of workers before and after the training.", 10, False),
    ("8. Partners", 10, True),
    ("Lakeshore Home Care Health and Safety Committee; a college to adapt the course later.", 10, False),
    ("9. Budget", 10, True),
    ("Trainer time $4,400 / Transfer aids $7,000 / Evaluation $1,000 / Total $12,400", 10, False),
    ("10. Timeline", 10, True),
    ("June 2028 to May 2029.", 10, False),
    ("Signature of applicant: T. Halvorsen-Mbeki    Date: 2027-10-04", 10, False),
]


def test_a_funders_application_is_no_concept_form_when_its_title_wraps() -> None:
    # (a narrow page: the title wraps after the funder's name)
    result = parsers.parse(_pdf(FUND_APPLICATION, width=260), "application.pdf")
    assert not result.is_concept_form


def test_a_funders_application_is_no_concept_form_on_one_title_line() -> None:
    result = parsers.parse(_pdf(FUND_APPLICATION), "application.pdf")
    assert not result.is_concept_form
