"""A report's cover block, one piece a line under the title: the byline or the author's line, then the role and unit,
the address and the number (each case a small document of its own, worded unlike any development file)."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers

_SECTIONS = (("Background", "Falls after sedation are rising on our unit and staff ask for structured training."),
             ("Learners", "Endoscopy nurses who recover sedated patients."),
             ("Skills", "Airway support; capnography reading; discharge criteria."),
             ("Learning outcomes", "Apply the discharge criteria to a recovering patient."),
             ("Assessment", "An observed recovery scored with a checklist."),
             ("Partner", "Endorsed by the Regional Endoscopy Nurses Network."),
             ("Education Plan alignment", "It supports the plan's focus on patient safety."))


def _report(cover: list[str]) -> bytes:
    doc = python_docx.Document()
    doc.add_paragraph("Sedation Recovery Essentials for Endoscopy Nurses", style="Title")
    for line in cover:
        doc.add_paragraph(line)
    for heading, text in _SECTIONS:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_the_lines_under_a_byline_give_the_role_and_unit() -> None:
    r = parsers.parse(_report(["Submitted by Tomasz Lindqvist", "Nurse Educator, Endoscopy Unit",
                               "tomasz.lindqvist@example.org", "Phone 555-0140", "March 3, 2027"]), "sedation.docx")
    assert r.fields.get("proposer_name") == "Tomasz Lindqvist"
    assert r.fields.get("proposer_title") == "Nurse Educator"
    assert r.fields.get("proposer_department") == "Endoscopy Unit"


def test_an_organisation_alone_under_the_author_line_is_the_affiliation() -> None:
    # (a guard: the author's line over an organisation line and the address, as read before this change too)
    r = parsers.parse(_report(["Tomasz Lindqvist, Nurse Educator", "Harbourside Endoscopy Collective",
                               "Email: tomasz.lindqvist@example.org", "Draft 3 — 3 March 2027"]), "sedation.docx")
    assert r.fields.get("proposer_title") == "Nurse Educator"
    assert r.fields.get("proposer_department") == "Harbourside Endoscopy Collective"


def test_a_byline_over_lines_of_prose_takes_nothing_from_them() -> None:
    r = parsers.parse(_report(["Submitted by Tomasz Lindqvist",
                               "This proposal grew out of two years of incident reviews on the unit and beyond."]),
                      "sedation.docx")
    assert r.fields.get("proposer_name") == "Tomasz Lindqvist"
    assert "proposer_department" not in r.fields
