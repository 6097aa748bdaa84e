"""Another office's form made in the concept form's style: a form whose title names the process it serves ("Event
Sponsorship Request Form", "Annual Program Review Form", "Program Change Request") asks for a title, a contact, the
audience, the objectives, a partner and a type, as the concept form does, but its title names no proposal and no
course asked for. It is no concept form; the same questions under a proposal's title are one. Built with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.classify import heading_kind
from tests.unit.samples import docx_bytes

ROWS = [("Title", "Harbour Respiratory Care Day 2027"), ("Organizing Body", "Harbour Society of Respiratory Therapists"),
        ("Contact Name", "Imogen Achterberg-Sall"), ("Contact Email", "iachterberg@example.org"),
        ("Phone", "416-555-0187"), ("Expected Attendance", "150"),
        ("Target Audience", "Practising respiratory therapists and RT students"),
        ("Learning Objectives", "Review new evidence on airway clearance; share practice on home oxygen weaning"),
        ("Partner", "Harbour Society of Respiratory Therapists"),
        ("Type of Request", "Co-branding and speaker honoraria"), ("Date Submitted", "2027-03-02")]


def _form(title: str) -> bytes:
    doc = Document()
    doc.add_paragraph(title)
    doc.add_paragraph("Complete every row and send the form to the Continuing Education office.")
    table = doc.add_table(rows=0, cols=2)
    for label, value in ROWS:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    return docx_bytes(doc)


def test_a_form_titled_for_another_process_is_no_concept_form() -> None:
    for title in ("Continuing Education Event Sponsorship Request Form", "Annual Program Review Form (PD-4)",
                  "Program Change Request"):
        r = parsers.parse(_form(title), "request.docx")
        assert not r.is_concept_form, title


def test_the_same_questions_under_a_proposal_title_are_a_concept_form() -> None:
    for title in ("New Course Proposal Form", "Micro-credential Request Form", "Program Development Request",
                  "Micro-credential Application Form", "Micro-Course Application Form"):
        assert heading_kind(title) is None, title
        assert parsers.parse(_form(title), "request.docx").is_concept_form, title


def test_a_form_named_in_a_sentence_is_no_title() -> None:
    assert heading_kind("Hi CE team – here is our course in point form, as discussed") is None
