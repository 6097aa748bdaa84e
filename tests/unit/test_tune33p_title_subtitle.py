"""A typeset report's first line: its title and a subtitle after a colon, then the author's cover block (each case a
small document of its own, worded unlike any development file)."""
from __future__ import annotations

import mailbot_parsers as parsers


def _pdf(lines: list[tuple[str, int, bool]]) -> bytes:
    """A one-page PDF, one paragraph a line (text, font size, bold)."""
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
    ("Proposal", 11, True),
    ("We propose a new micro-credential for technicians who reprocess flexible endoscopes.", 10, False),
    ("Background", 11, True),
    ("Reprocessing errors were found in two audits this year, and new staff learn the steps from whoever is on shift.",
     10, False),
    ("Learners", 11, True),
    ("Medical device reprocessing technicians who handle flexible endoscopes.", 10, False),
    ("Assessment", 11, True),
    ("An observed reprocessing cycle scored with a checklist.", 10, False),
    ("Learning outcomes", 11, True),
    ("1. Perform a leak test and manual cleaning to the manufacturer's instructions.", 10, False),
    ("2. Load and release an automated endoscope reprocessor correctly.", 10, False),
    ("Partner", 11, True),
    ("The Provincial Reprocessing Network endorses the proposal; a letter is attached.", 10, False),
    ("Delivery", 11, True),
    ("In person, 8 hours, starting September 2027, about 20 learners a year.", 10, False),
]


def test_a_title_and_its_subtitle_on_the_first_line_leave_the_cover_block_to_the_author() -> None:
    r = parsers.parse(_pdf([
        ("Flexible Endoscope Reprocessing Basics: from a workshop to a credential", 12, True),
        ("Rosalind Oyelaran-Fisk", 10, False),
        ("Reprocessing Educator, Sterile Processing Department", 10, False),
        ("r.fisk@example.org, tel. 416-555-0129", 10, False),
        ("4 March 2027", 10, False),
        *_BODY]), "reprocessing.pdf")
    assert r.fields.get("proposal_title") == "Flexible Endoscope Reprocessing Basics"
    assert r.fields.get("proposer_name") == "Rosalind Oyelaran-Fisk"
    assert r.fields.get("proposer_email") == "r.fisk@example.org"
    assert r.fields.get("submission_date") == "2027-03-04"
    assert "Rosalind" not in str(r.fields.get("request_type", "")) + str(r.fields.get("rationale", ""))


def test_the_kind_of_document_under_the_title_is_no_label() -> None:
    r = parsers.parse(_pdf([
        ("Flexible Endoscope Reprocessing Basics", 14, True),
        ("Business case: turning an existing workshop into a credential", 10, False),
        ("Rosalind Oyelaran-Fisk, Reprocessing Educator", 10, False),
        ("Sterile Processing Department, Lakeview General Hospital", 10, False),
        ("r.fisk@example.org - 416-555-0129", 10, False),
        *_BODY]), "reprocessing.pdf")
    assert r.fields.get("proposer_name") == "Rosalind Oyelaran-Fisk"
    assert "Rosalind" not in str(r.fields.get("rationale", ""))
    assert str(r.fields.get("rationale", "")).startswith("Reprocessing errors")


def test_a_title_with_a_word_that_names_a_field_is_no_label_over_the_byline() -> None:
    # ("Assessment" in the course's name, and "A proposed micro-credential" under it, name no field's answer)
    r = parsers.parse(_pdf([
        ("Swallow Assessment for Stroke Unit Aides", 14, True),
        ("A proposed micro-credential", 11, False),
        ("Rosalind Oyelaran-Fisk, Rehabilitation Educator, Stroke Unit", 10, False),
        ("4 March 2027", 10, False),
        *_BODY]), "swallow.pdf")
    assert r.fields.get("proposal_title") == "Swallow Assessment for Stroke Unit Aides"
    assert r.fields.get("proposer_name") == "Rosalind Oyelaran-Fisk"
    assert r.fields.get("submission_date") == "2027-03-04"
    assert r.fields.get("summative_assessment") == "An observed reprocessing cycle scored with a checklist."
