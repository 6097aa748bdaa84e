"""A print of a filled form draws each check box as an outline and its tick as a glyph of the page inside it; a
tool that lacks the symbol font prints the tick font's code for the tick ("3" for ✓, "4" for ✔). A glyph inside a
drawn box before an option is that option's mark, and no text of the row."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import page_lines
from tests.printed_samples import PROPOSAL

CHOICES = [("Type of Request", ["New micro-credential", "Convert an existing program", "Micro-course"], 2),
           ("Delivery Format", ["Online", "In person", "Hybrid"], 1)]


def _printed(tick: str = "3") -> bytes:
    from fpdf import FPDF

    pdf = FPDF("P", "pt", "Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(40, 50, "Micro-Course / Credential Concept Form")
    y = 90.0
    for label, lines in [f for f in PROPOSAL if f[0] not in {c[0] for c in CHOICES}]:
        pdf.set_font("helvetica", "B", 9)
        pdf.text(40, y, label)
        pdf.set_font("helvetica", "", 10)
        pdf.text(190, y, " ".join(lines))
        y += 22
    pdf.set_font("helvetica", "B", 9)
    pdf.text(40, y, "Existing Program Name")
    y += 22
    for label, options, chosen in CHOICES:
        pdf.set_font("helvetica", "B", 9)
        pdf.text(40, y, label)
        pdf.set_font("helvetica", "", 10)
        x = 190.0
        for n, option in enumerate(options):
            pdf.rect(x, y - 8, 9, 9, style="D")
            if n == chosen:
                pdf.set_font("helvetica", "", 8)
                pdf.text(x + 2.3, y - 0.5, tick)
                pdf.set_font("helvetica", "", 10)
            pdf.text(x + 13, y, option)
            x += 13 + pdf.get_string_width(option) + 18
        y += 22
    return bytes(pdf.output())


def test_a_glyph_inside_a_drawn_box_is_the_box_s_mark_and_no_text():
    texts = [r.text for r in page_lines(_printed(), 5)[0]]
    assert "3" not in texts
    assert texts.count("✕") == 2


def test_the_printed_form_reads_the_ticked_options():
    for tick in ("3", "4"):
        r = parsers.parse(_printed(tick), "concept form (print).pdf")
        assert r.is_concept_form
        assert r.fields.get("request_type") == "micro_course", tick
        assert r.fields.get("delivery_format") == "in_person", tick
        assert not r.fields.get("existing_program_name"), tick
