"""A slide deck's page of practicalities under a title that names no field ("Logistics"), one a bullet: "New
micro-credential" / "In person, ..." / "10 hours" / "Starting June 2027". The bullet that only names the kind of
course states the request type, as such a line does anywhere in the document. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes


SLIDES = [("Who it's for", "Registered nurses on medical and surgical wards"),
          ("Why now", "Feeding tube errors rose last year and ward staff asked for training"),
          ("Skills", "Checking tube position, giving feeds and medicines, and clearing a blocked tube"),
          ("How we'll know", "Observed skills station with a checklist, plus a short written case"),
          ("Partner", "Lakeshore Dietetics Service - in discussion, no letter yet"),
          ("Education Plan", "Fits the Plan's goal of credentials for safe everyday ward care")]
OUTCOMES = ["Check tube position before every feed", "Give feeds and medicines through a tube safely",
            "Clear a blocked tube or escalate"]


def _deck(bullets: list[str]) -> bytes:
    pdf = letter_pdf(orientation="L", dejavu=True)
    pdf.set_font("dejavu", "B", 26)
    pdf.text(60, 120, "Safe Enteral Feeding for Ward Nurses")
    pdf.set_font("dejavu", "", 16)
    pdf.text(60, 160, "Ilse Mbatha-Rourke, Clinical Nurse Educator")
    pdf.text(60, 185, "Nursing Education, Lakeshore General Hospital")
    pdf.text(60, 210, "December 2, 2026")
    for title, body in SLIDES:
        pdf.add_page()
        pdf.set_font("dejavu", "B", 24)
        pdf.text(60, 80, title)
        pdf.set_font("dejavu", "", 16)
        pdf.text(60, 130, body)
    _bullets(pdf, "Learners will be able to…", OUTCOMES)
    _bullets(pdf, "Logistics", bullets)
    return pdf_bytes(pdf)


def _bullets(pdf: FPDF, title: str, bullets: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("dejavu", "B", 24)
    pdf.text(60, 80, title)
    pdf.set_font("dejavu", "", 16)
    for n, bullet in enumerate(bullets):
        pdf.text(60, 130 + 30 * n, "•")
        pdf.text(80, 130 + 30 * n, bullet)


def test_the_bullet_naming_the_kind_among_the_practicalities_is_the_request_type() -> None:
    r = parsers.parse(_deck(["New micro-credential", "In person, simulation lab", "10 hours", "Starting June 2027",
                             "About 30 learners a year"]), "Enteral feeding - concept deck.pdf")
    assert r.fields.get("estimated_hours") == 10
    assert r.fields.get("request_type") == "new"


def test_practicalities_without_a_kind_state_none() -> None:
    r = parsers.parse(_deck(["In person, simulation lab", "10 hours", "Starting June 2027", "About 30 learners a year"]),
                      "Enteral feeding - concept deck.pdf")
    assert r.fields.get("estimated_hours") == 10
    assert "request_type" not in r.fields
