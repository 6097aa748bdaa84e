"""A slide deck exported to PDF, one fact a slide: each page opens with its title in bold, and the deck sets some
facts nearly as large as the titles (a statement slide's one sentence), so type size alone does not show the title.
The page's bold first row is the slide's title: the outcome bullets above it end there. A partner's slide gives the
organisation on one line and where the endorsement stands on the next."""
from __future__ import annotations

import mailbot_parsers as parsers

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

SLIDES = [
    ("Who it's for", ["Registered respiratory therapists who care for children at home"], 20),
    ("Why now", ["More children go home on ventilators; families call us when alarms sound"], 16),
    ("Learners will be able to", ["Check a home ventilator circuit and its alarms",
                                  "Change a tracheostomy tube in an emergency",
                                  "Teach parents the daily safety checks"], 16),
    ("How we'll know", ["Observed home-visit simulation with a checklist, plus a short case quiz"], 20),
    ("Partner", ["Harbourside Paediatric Home Care Network", "In discussion – no letter yet"], 20),
    ("Education Plan", ["Fits the Plan's goal of learning that follows patients into the community"], 20),
]


def _deck() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(540, 960), orientation="L")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU_BOLD)
    pdf.add_page()
    pdf.set_font("dejavu", "B", 28)
    pdf.set_xy(60, 120)
    pdf.multi_cell(840, 34, "Home Ventilation Safety for Paediatric RTs")
    pdf.set_font("dejavu", "", 14)
    pdf.set_x(60)
    pdf.multi_cell(840, 20, "Noor Haddad-Lindqvist, Clinical Specialist\nPaediatric Respiratory Therapy, Lakeside "
                            "Children's Hospital\nNovember 30, 2026")
    for title, facts, size in SLIDES:
        pdf.add_page()
        pdf.set_font("dejavu", "B", 22)
        pdf.set_xy(60, 60)
        pdf.multi_cell(840, 28, title)
        pdf.set_font("dejavu", "", size)
        pdf.set_xy(60, 130)
        for fact in facts:
            pdf.set_x(60)
            pdf.multi_cell(840, size * 1.4, fact)
    return bytes(pdf.output())


def test_the_slide_title_ends_the_outcome_list_and_the_partner_status_is_its_own_line() -> None:
    r = parsers.parse(_deck(), "deck.pdf")
    f = r.fields
    assert f.get("learning_outcomes") == ["Check a home ventilator circuit and its alarms",
                                          "Change a tracheostomy tube in an emergency",
                                          "Teach parents the daily safety checks"]
    assert f.get("summative_assessment") == "Observed home-visit simulation with a checklist, plus a short case quiz"
    assert f.get("partner_name") == "Harbourside Paediatric Home Care Network"
    assert f.get("endorsement_status") == "in_discussion"


def _slide(page: int, title: str, facts: list[tuple[str, float]]) -> list:
    from mailbot_parsers.pdf_layout import Line

    rows = [Line(page, 60, 470, 400, 492, title, bold=True, size=22.0, sheet=960)]
    y = 400
    for text, size in facts:
        rows.append(Line(page, 60, y, 800, y + size, text, bold=False, size=size, sheet=960))
        y -= 40
    return rows


def test_a_pages_bold_first_row_heads_it_where_a_fact_under_it_is_set_nearly_as_large() -> None:
    from mailbot_parsers.emphasis import headed_blocks

    # (most of the deck's text is its bullets at 16 pt: the statement slides' 20 pt reads as larger than the body)
    pages = [_slide(0, "Learners will be able to", [("Check a home ventilator circuit and every one of its alarms", 16.0),
                                                    ("Change a tracheostomy tube in an emergency at home", 16.0),
                                                    ("Teach parents the daily safety checks of the circuit", 16.0)]),
             _slide(1, "How we'll know", [("Observed home-visit simulation with a checklist", 20.0)]),
             _slide(2, "Partner", [("Harbourside Paediatric Home Care Network", 20.0),
                                   ("In discussion – no letter yet", 20.0)])]
    lines = [ln.text for p in pages for ln in p]
    bold = {b.text for b in headed_blocks(lines, pages, typeset=True) if b.bold}
    assert {"How we'll know", "Partner"} <= bold
    assert "Observed home-visit simulation with a checklist" not in bold
