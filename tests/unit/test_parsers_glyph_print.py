"""Printouts whose characters or words are each drawn on their own, in a standard font named without widths."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from tests.printed_samples import assert_read, glyph_by_glyph_pdf

KEYS = ("proposal_title", "proposer_name", "proposer_department", "proposer_phone", "request_type",
        "target_learners", "learning_outcomes", "competencies", "partner_name", "delivery_format",
        "estimated_hours", "expected_enrolment")


@pytest.mark.parametrize("per_word", [False, True])
def test_a_form_drawn_glyph_by_glyph_reads_as_words_and_lines(per_word: bool) -> None:
    result = parsers.parse(glyph_by_glyph_pdf(per_word=per_word), "concept.pdf")
    assert_read(result, *KEYS)


def test_words_of_a_glyph_by_glyph_line_are_apart() -> None:
    from mailbot_parsers.pdf_form import read_pdf

    text = read_pdf(glyph_by_glyph_pdf(), "concept.pdf").text
    assert "Proposed Title: Safe Patient Handling for Porters" in text
    assert "Name of Proposer: Oluwaseun Brandvold" in text


def test_a_word_set_partly_in_another_font_stays_one_word() -> None:
    from fpdf import FPDF

    from mailbot_parsers import pdf_layout

    pdf = FPDF(unit="pt")
    pdf.add_page()
    x = 72.0
    # a ligature or a missing glyph taken from another font: pdfium starts a new text rectangle there
    for font, piece in (("helvetica", "Con"), ("times", "fi"), ("helvetica", "rmed, letter to follow")):
        pdf.set_font(font, "", 10)
        pdf.text(x, 100, piece)
        x += pdf.get_string_width(piece)
    pdf.set_font("helvetica", "", 10)
    pdf.text(72, 130, "Endorsement Status")
    runs = pdf_layout.page_lines(bytes(pdf.output()), 1)[0]
    assert [r.text for r in runs if "rmed" in r.text] == ["Confirmed, letter to follow"]
