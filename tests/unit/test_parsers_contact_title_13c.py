"""A bare "Title" row in a block of contact rows asks for the proposer's job title, not the course's: forms retyped
in the applicant's own layout put "Title" right under the proposer's name (or email), after the course's own title
row. Three layouts of our own: a DOCX table, a two-column printed PDF and "Label: answer" lines; and the bare
"Title" that opens a form (no contact row above it) stays the course's title."""
from __future__ import annotations

import io

import mailbot_parsers as parsers

BODY: list[tuple[str, str]] = [
    ("Target learners", "Respiratory therapists new to the paediatric ICU"),
    ("Rationale", "New staff learn high-flow set-up informally, and settings vary from shift to shift."),
    ("Competencies", "Choosing the interface; setting flow by weight; weaning and escalation"),
    ("Learning outcomes", "Set up high-flow for an infant; Recognise failure early"),
    ("Summative assessment", "Observed simulation scored with a checklist"),
    ("Industry partner", "Northbay Children's Hospital"),
    ("Endorsement status", "Confirmed"),
    ("Education Plan alignment", "Supports the plan's workforce readiness goal."),
    ("Estimated hours", "6"),
]


def _rows(contact: list[tuple[str, str]], course_first: bool = True) -> list[tuple[str, str]]:
    course = [("Course title", "High-Flow Nasal Cannula in Paediatrics"), ("Type of request", "Micro-course")]
    return (course + contact if course_first else contact + course) + BODY


def _docx(rows: list[tuple[str, str]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Concept form - micro-course", 1)
    t = d.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(rows: list[tuple[str, str]], colon: bool) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(56, 56, "CONCEPT FORM - Micro-course")
    pdf.set_font("helvetica", "", 10)
    y = 90.0
    for label, answer in rows:
        if colon:
            pdf.text(56, y, f"{label}: {answer}")
        else:
            pdf.text(56, y, label)
            pdf.text(240, y, answer)
        y += 20
    return bytes(pdf.output())


CONTACTS = [
    [("Lead proposer", "Marguerite Osei"), ("Title", "Clinical Educator, RRT"), ("Department", "Respiratory Therapy"),
     ("Email", "mosei@example.org")],
    [("Name", "Ravi Lindqvist"), ("Email", "rlindqvist@example.org"), ("Title", "Charge Therapist"),
     ("Phone", "416-555-0142")],
]


def test_title_under_the_proposer_is_their_job_title_in_a_docx_table() -> None:
    for contact in CONTACTS:
        r = parsers.parse(_docx(_rows(contact)), "form.docx")
        assert r.fields.get("proposal_title") == "High-Flow Nasal Cannula in Paediatrics"
        assert r.fields.get("proposer_title") == dict(contact)["Title"]


def test_title_under_the_proposer_is_their_job_title_in_a_printed_pdf() -> None:
    for colon in (False, True):
        for contact in CONTACTS:
            r = parsers.parse(_pdf(_rows(contact), colon), "form.pdf")
            assert r.fields.get("proposal_title") == "High-Flow Nasal Cannula in Paediatrics", colon
            assert r.fields.get("proposer_title") == dict(contact)["Title"], colon


def test_a_bare_title_that_opens_the_form_is_the_course_title() -> None:
    rows = [("Title", "High-Flow Nasal Cannula in Paediatrics"), ("Type of request", "Micro-course"),
            ("Lead proposer", "Marguerite Osei"), ("Position", "Clinical Educator"),
            ("Email", "mosei@example.org")] + BODY
    for data, name in ((_docx(rows), "f.docx"), (_pdf(rows, True), "f.pdf")):
        r = parsers.parse(data, name)
        assert r.fields.get("proposal_title") == "High-Flow Nasal Cannula in Paediatrics"
        assert r.fields.get("proposer_title") == "Clinical Educator"
