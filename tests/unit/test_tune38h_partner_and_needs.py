"""Two wordings of a retyped proposal's questions: a heading that asks for the partner and its endorsement together
("Partner and endorsement"), answered by the organisation's name alone on its first line and the letter's state on
another; and a "Label: answer" line asking what the course itself needs ("What it needs: two simulators ..."), which
asks for the resources, not why the course is needed. Built here with python-docx."""
from __future__ import annotations


from fpdf import FPDF

import mailbot_parsers as parsers

from mailbot_parsers.labels import match_label
from tests.unit.samples import styled_docx


def _doc(items: list[tuple[str, str]]) -> bytes:
    return styled_docx([("T", "Chest Tube Management for Ward Nurses"), *items])


ITEMS: list[tuple[str, str]] = [
    ("", "Proposed by: Rowan Achebe-Lund, Clinical Nurse Educator, Thoracic Surgery"),
    ("", "Email: rachebe@example.org"),
    ("H1", "What sort of request"), ("", "New micro-credential."),
    ("H1", "Why it is needed"),
    ("", "Chest drains are now managed on general wards, and incident reports show clamped or dislodged tubes."),
    ("H1", "Audience"), ("", "Registered nurses on surgical and medical wards who care for patients with chest drains."),
    ("H1", "Competencies"), ("List Bullet", "Assessing a drainage system"), ("List Bullet", "Responding to dislodgement"),
    ("H1", "Learning outcomes"), ("List Number", "Assess a chest drainage system at the bedside."),
    ("List Number", "Respond safely to an accidental dislodgement."),
    ("H1", "Summative assessment"), ("", "An observed bedside simulation scored with a checklist."),
    ("H1", "Partner and endorsement"),
    ("", "Northbay Thoracic Nursing Society"),
    ("", "Letter of support: yes – attached."),
    ("H1", "Alignment with the Education Plan"), ("", "Builds the short, assessed credentials the Education Plan names."),
    ("", "Format: in person"), ("", "Hours: 6"),
    ("", "What it needs: two chest drain task trainers and a simulation room for one afternoon."),
]


def _pdf(items: list[tuple[str, str]]) -> bytes:
    """The same proposal saved as PDF: headings as larger bold lines, list items with their marks typed."""
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.text(72, 60, "Chest Tube Management for Ward Nurses")
    y, n = 90, 0
    for style, text in items:
        if style == "H1":
            pdf.set_font("helvetica", "B", 13)
            y += 8
        else:
            pdf.set_font("helvetica", "", 11)
            if style == "List Number":
                n += 1
                text = f"{n}. {text}"
            elif style == "List Bullet":
                text = "- " + text
        pdf.text(72, y, text.replace("\u2013", "-"))
        y += 17
    return bytes(pdf.output())


def test_an_organisation_named_alone_under_partner_and_endorsement_is_the_partner() -> None:
    r = parsers.parse(_pdf(ITEMS), "chest tube proposal.pdf")
    assert r.is_concept_form
    assert r.fields["partner_name"] == "Northbay Thoracic Nursing Society"
    assert r.fields["endorsement_status"] == "letter_attached"


def test_what_the_course_needs_asks_for_resources() -> None:
    r = parsers.parse(_doc(ITEMS), "chest tube proposal.docx")
    assert r.fields["resources_required"] == "two chest drain task trainers and a simulation room for one afternoon"
    assert "simulation room" not in str(r.fields["rationale"])
    m = match_label("What would the course need")
    assert m is not None and m.key == "resources_required"
    m = match_label("Why do we need it")
    assert m is not None and m.key == "rationale"


def test_proving_it_asks_how_achievement_is_shown() -> None:
    from mailbot_parsers.meaning import resolve
    m = resolve("Proving it", "Three observed procedures on a simulator, each scored with a ten-point checklist, "
                              "and a short quiz.", None)
    assert m is not None and m.key == "summative_assessment"


def test_a_label_glossed_by_the_forms_wording_keeps_its_answer_below() -> None:
    items = [(s, t) for s, t in ITEMS if t not in ("Summative assessment", "An observed bedside simulation scored with a checklist.")]
    at = items.index(("H1", "Partner and endorsement"))
    items[at:at] = [("", "Proving it: summative assessment"), ("List Bullet", "An observed bedside simulation scored "
                                                                               "with a checklist")]
    r = parsers.parse(_pdf(items), "chest tube proposal.pdf")
    value = str(r.fields["summative_assessment"])
    assert value.endswith("An observed bedside simulation scored with a checklist")
    assert "summative assessment" not in value.lower()
