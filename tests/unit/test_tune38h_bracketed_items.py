"""A list item that ends with its own aside in brackets ("Sensory block assessment (Bromage scale)") ends there: the
next item is set apart by the list's separator, as after any other item, not run into it with a space (which the
calibration then doubts as two items run together). Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import join_items


def test_an_item_closed_by_its_brackets_is_set_apart_from_the_next() -> None:
    assert join_items(["Block assessment (Bromage scale)", "Pump checks", "Escalation."]) \
        == "Block assessment (Bromage scale); Pump checks; Escalation."
    assert join_items(["Pump checks.", "Escalation"]) == "Pump checks. Escalation"


def test_bulleted_skills_with_asides_read_surely() -> None:
    doc = Document()
    doc.add_heading("Epidural Monitoring on Surgical Wards", level=0)
    for style, text in [
        ("H1", "Who is it for?"), ("", "Registered nurses on surgical wards who care for patients with epidurals."),
        ("H1", "Why is it needed?"), ("", "Audits show incomplete block assessments and late detection of hypotension."),
        ("H1", "Competencies"), ("List Bullet", "Sensory and motor block assessment (Bromage scale)"),
        ("List Bullet", "Pump programming checks (rate, bolus, lockout)"), ("List Bullet", "Escalation to anaesthesia"),
        ("H1", "Learning outcomes"), ("List Number", "Assess the sensory and motor block."),
        ("List Number", "Check an epidural pump's programme."),
        ("H1", "Summative assessment"), ("", "An observed simulation scored with a checklist."),
        ("H1", "Partner"), ("", "Northbay Regional Acute Pain Network – letter of support attached."),
        ("H1", "Fit with the Education Plan"), ("", "Supports the Education Plan's focus on patient safety."),
    ]:
        if style == "H1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text, style=style or None)
    out = io.BytesIO()
    doc.save(out)
    r = parsers.parse(out.getvalue(), "epidural proposal.docx")
    assert r.fields["competencies"] == ("Sensory and motor block assessment (Bromage scale); Pump programming checks "
                                        "(rate, bolus, lockout); Escalation to anaesthesia")
    assert "competencies" not in r.uncertain_fields
