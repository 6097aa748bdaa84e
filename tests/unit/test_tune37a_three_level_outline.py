"""A proposal written as a three-level outline: the top items name sections ("B. Need"), the items under each are
its questions ("Audience"), each over its answer one level deeper. Read as two levels, a section's questions ran
into its answers ("Context; …"). A two-level outline whose one item holds a name over its contact lines keeps its
reading. Built here with python-docx (list levels by the "List Bullet n" styles)."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes

OUTLINE: list[tuple[int, str]] = [
    (0, "A. Who"), (1, "Lead"), (2, "Ingrid Vasquez-Oduya"), (2, "Clinical Nurse Specialist, Wound Care"),
    (2, "ivasquez@example.org"), (1, "Organisation"), (2, "Northgate General Hospital"), (1, "Type"), (2, "New micro-credential"),
    (0, "B. Need"), (1, "Background"),
    (2, "Pressure injuries on our medical wards doubled in two years and staff staging is inconsistent"),
    (1, "Audience"), (2, "registered nurses and practical nurses on medical wards"),
    (0, "C. Curriculum"), (1, "Skills"), (2, "staging pressure injuries"), (2, "choosing support surfaces"),
    (1, "Learning outcomes"), (2, "Stage a pressure injury correctly."), (2, "Choose a support surface."),
    (0, "D. Evidence"), (1, "Summative assessment"), (2, "a photo-based staging exam and an observed skin check"),
    (0, "Partner"), (1, "Organisation"), (2, "Lakeside Wound Care Network"), (1, "Contact"),
    (2, "Dr Femi Castellanos, Medical Director"),
    (1, "Letter of support"), (2, "attached"),
    (0, "F. Fit"), (1, "Education Plan"), (2, "supports the Education Plan's focus on patient safety"),
]


def _outline(items: list[tuple[int, str]]) -> bytes:
    doc = Document()
    doc.add_heading("Pressure Injury Prevention and Staging", level=1)
    for level, text in items:
        doc.add_paragraph(text, style="List Bullet" if level == 0 else f"List Bullet {level + 1}")
    return docx_bytes(doc)


def test_a_three_level_outline_reads_its_questions_over_their_answers() -> None:
    r = parsers.parse(_outline(OUTLINE), "pressure injury outline.docx")
    assert r.is_concept_form
    assert r.fields["target_learners"] == "registered nurses and practical nurses on medical wards"
    assert r.fields["summative_assessment"] == "a photo-based staging exam and an observed skin check"
    # ("Organisation" under "Partner" is the partner's; under the proposer's section the proposer's)
    assert r.fields["partner_name"] == "Lakeside Wound Care Network"
    assert r.fields["partner_contact"] == "Dr Femi Castellanos, Medical Director"
    assert r.fields["learning_outcomes"] == ["Stage a pressure injury correctly.", "Choose a support surface."]


TWO_LEVELS: list[tuple[int, str]] = [
    (0, "course"), (1, "Pressure Injury Prevention and Staging"), (0, "me"), (1, "Ingrid Vasquez-Oduya"),
    (2, "Clinical Nurse Specialist"), (2, "ivasquez@example.org"), (0, "why"),
    (1, "pressure injuries on our medical wards doubled in two years"), (0, "who"),
    (1, "registered nurses on medical wards"), (0, "skills"), (1, "staging"), (1, "support surfaces"),
    (0, "outcomes"), (1, "Stage a pressure injury correctly."), (1, "Choose a support surface."),
    (0, "assessment"), (1, "a photo-based staging exam"), (0, "partner"), (1, "Lakeside Wound Care Network"),
    (0, "endorsement"), (1, "letter of support attached"), (0, "education plan fit"),
    (1, "supports the Education Plan's focus on patient safety"),
]


def test_a_name_over_its_contact_lines_is_no_section() -> None:
    r = parsers.parse(_outline(TWO_LEVELS), "pressure injury outline.docx")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Ingrid Vasquez-Oduya"
