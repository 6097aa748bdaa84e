"""A rating grid on a printed proposal form (statements down the left, a scale across the top, an X under one
column a row) is no answer: its rows are left out of the page, so the answer next to it is read alone."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import pdf_layout, rating_grid
from tests.unit.samples import letter_pdf, pdf_bytes

FIELDS = [("Course name", "Wound Vacuum Therapy for Community Nurses"),
          ("Submitted by", "Ines Halvorsen-Abara"),
          ("Who is it for?", "Community and home care nurses who manage negative pressure wound therapy"),
          ("Why is this needed?", "Dressing changes fail at home and patients come back to clinic for them."),
          ("Industry partner", "Fjordline Home Health")]
SCALE = ["Strongly agree", "Agree", "Neutral", "Disagree"]
RATED = [("Competency-based", 0), ("Partner-informed", 1), ("Serves working professionals", 0)]


def _form_with_grid() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 14)
    pdf.text(55, 50, "Course Proposal Form")
    y = 85.0
    for label, answer in FIELDS:
        pdf.set_font("helvetica", "", 8)
        pdf.text(55, y, label)
        pdf.set_font("helvetica", "", 9)
        pdf.text(55, y + 13, answer)
        y += 32
    pdf.set_font("helvetica", "", 8)
    pdf.text(55, y, "Fit with the strategic plan")
    y += 13
    pdf.set_font("helvetica", "", 7)
    pdf.text(55, y, "Statement")
    for n, word in enumerate(SCALE):
        pdf.text(240 + 85 * n, y, word)
    for statement, column in RATED:
        y += 12
        pdf.set_font("helvetica", "", 8)
        pdf.text(55, y, statement)
        pdf.set_font("helvetica", "", 9)
        pdf.text(255 + 85 * column, y, "X")
    y += 14
    pdf.set_font("helvetica", "", 9)
    pdf.text(55, y, "Brings two professions together in one competency-based course, as the plan asks.")
    return pdf_bytes(pdf)


def test_the_rows_of_a_rating_grid_are_found_by_their_geometry() -> None:
    runs = pdf_layout.page_lines(_form_with_grid(), 5)[0]
    ids = rating_grid.grid_runs(runs)
    found = {r.text.strip() for r in runs if id(r) in ids}
    assert {"Statement", *SCALE, "Competency-based", "Partner-informed", "X"} <= found
    assert not any("Fjordline" in t or "Brings" in t or "strategic" in t for t in found)


def test_a_rating_grid_is_no_part_of_the_answer_under_its_label() -> None:
    f = parsers.parse(_form_with_grid(), "proposal.pdf").fields
    alignment = f.get("education_plan_alignment") or ""
    assert "Agree" not in alignment and "Competency-based X" not in alignment
    assert f["partner_name"] == "Fjordline Home Health"


def test_a_table_of_words_without_marks_is_no_rating_grid() -> None:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 9)
    y = 80.0
    for row in (["Session", "Topic", "Lead", "Room"], ["One", "Casting", "Ana", "B12"], ["Two", "Splints", "Raj", "B14"]):
        for n, word in enumerate(row):
            pdf.text(55 + 120 * n, y, word)
        y += 14
    runs = pdf_layout.page_lines(pdf_bytes(pdf), 5)[0]
    assert rating_grid.grid_runs(runs) == set()
