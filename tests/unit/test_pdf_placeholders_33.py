"""A web form printed with its empty boxes still showing their grey placeholder ("e.g. 416-555-0100", "Month and
year"): the placeholder is no answer, and the field is unread (uncertain), never a value and never "missing"."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import hint_grey

ROWS = [
    ("Full name", "Priya Ramaswamy", 20),
    ("Job title", "Pharmacy Technician Lead", 20),
    ("Email", "pramaswamy@example.com", 20),
    ("Phone", "e.g. 416-555-0100", 0x75),          # a browser's placeholder grey
    ("Proposed title", "Witnessed Dosing for Pharmacy Technicians", 20),
    ("Target learners", "Regulated pharmacy technicians in community pharmacies", 20),
    ("Rationale", "Dosing errors rose as the service grew; staff learn it informally on the job.", 20),
    ("Summative assessment", "Describe how learners will demonstrate the outcomes", 0x9E),
    ("Partner organization", "Eastside Pharmacy Technicians Collective", 20),
    ("Endorsement status", "Confirmed", 20),
    ("Alignment with the Education Plan", "Supports the plan's focus on upskilling the regulated workforce.", 20),
    ("Proposed start", "Month and year", 0x9E),
    ("Estimated hours", "8", 20),
]


def _web_print() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_text_color(38)
    pdf.cell(0, 10, "Micro-Course / Credential Concept Form", new_x="LMARGIN", new_y="NEXT")
    for label, answer, grey in ROWS:
        pdf.set_text_color(38)
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(grey)
        pdf.cell(0, 7, answer, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def test_a_placeholder_left_in_an_empty_box_is_no_answer() -> None:
    r = parsers.parse(_web_print(), "online submission.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Priya Ramaswamy"
    assert r.fields["proposal_title"] == "Witnessed Dosing for Pharmacy Technicians"
    for key in ("proposer_phone", "summative_assessment", "proposed_start"):
        assert key not in r.fields, key
    # (unread, so the office checks it; the grey is no proof that the box is empty)
    assert "summative_assessment" in r.uncertain_fields
    assert "summative_assessment" not in r.missing_required


def test_only_a_light_neutral_grey_is_a_hint() -> None:
    assert hint_grey(0x75, 0x75, 0x75, 255) and hint_grey(0x80, 0x80, 0x80, 255) and hint_grey(0x9E, 0x9E, 0x9E, 255)
    assert not hint_grey(0, 0, 0, 255)            # typed text
    assert not hint_grey(0x40, 0x40, 0x40, 255)   # a legible dark-grey label
    assert not hint_grey(255, 255, 255, 255)      # white on a coloured band
    assert not hint_grey(0x1F, 0x40, 0x73, 255)   # a coloured heading
    assert not hint_grey(0x90, 0x90, 0x90, 0)     # transparent
