"""A printed form corrected in place: the old answer struck through and the new one after it ("~~12 h~~ 16 h"). In
a PDF the strike is only a stroke drawn across the glyphs, the old words stay in the text layer: they are withdrawn,
never part of the answer. An underline (a stroke under the baseline) and a table's rules strike nothing. Built here
with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers


def _form(struck: bool) -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(52, 50, "Micro-Course / Credential Concept Form")
    y = 80.0
    pdf.set_line_width(0.8)

    def row(label: str, old: str, new: str) -> None:
        nonlocal y
        pdf.set_font("helvetica", "", 10)
        pdf.text(52, y, label)
        x = 220.0
        if old:
            pdf.text(x, y, old)
            width = pdf.get_string_width(old)
            if struck:
                pdf.line(x, y - 3.2, x + width, y - 3.2)  # across the glyphs' middle
            else:
                pdf.line(x, y + 1.5, x + width, y + 1.5)  # under the baseline
            x += width + 4
        pdf.text(x, y, new)
        pdf.line(52, y + 8, 560, y + 8)  # the table's rule between rows
        y += 22

    row("Proposed Title", "Slit Lamp for Nurses", "Slit Lamp Examination and Corneal Foreign Body Removal")
    row("Name of Proposer", "", "Elodie Rousseau-Mbeki")
    row("Email", "", "erousseau@example.org")
    row("Target Learners", "", "Emergency department nurses")
    row("Rationale", "", "Eye complaints wait hours for a physician.")
    row("Estimated Hours", "12 h", "16 h")
    row("Proposed Start", "Fall 2027", "Winter 2028")
    row("Summative Assessment", "", "An observed examination on a model eye.")
    return bytes(pdf.output())


def test_struck_words_are_withdrawn() -> None:
    r = parsers.parse(_form(struck=True), "concept form (printed).pdf")
    assert r.fields["proposal_title"] == "Slit Lamp Examination and Corneal Foreign Body Removal"
    assert r.fields["estimated_hours"] == 16
    assert r.fields["proposed_start"] == "Winter 2028"


def test_underlined_words_stay() -> None:
    r = parsers.parse(_form(struck=False), "concept form (printed).pdf")
    assert r.fields["proposed_start"] == "Fall 2027 Winter 2028"
    assert r.fields["proposal_title"].startswith("Slit Lamp for Nurses")
