"""A retyped proposal (Heading-2 sections in the applicant's words): a conversion named only to deny it ("A new
micro-credential – not a conversion of an existing program.") leaves the request a new one; and under the partner's
heading, a paragraph after "Contact: <person>, <role>, <address>" that says how far the endorsement has come ("Their
letter of support is attached.") is the endorsement's answer, no part of the contact. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.sections import _CONVERTS, _affirmed


def _proposal() -> bytes:
    doc = Document()
    doc.add_heading("Safe Enteral Feeding for Ward Nurses", level=0)
    doc.add_paragraph("Submitted by Ilse Mbatha-Rourke, Clinical Nurse Educator, Critical Care Nursing")
    doc.add_paragraph("ilse.mbatha@example.org · (416) 555-0142 · 9 February 2027")
    for head, paras in (
            ("What we are asking for", ["A new micro-credential – not a conversion of an existing program."]),
            ("Who it is for", ["Ward nurses who give enteral feeds"]),
            ("Why it is needed", ["Feeding errors rose last year and nobody here teaches pump safety."]),
            ("How we will know they can do it", ["An observed skills station marked on a checklist."]),
            ("Partner and endorsement", ["Partner: Lakeside Nutrition Support Network",
                                         "Contact: Tomas Achebe-Lind, Education Lead, tachebe@example.com",
                                         "Their letter of support is attached."]),
            ("Practicalities", ["Format: online", "Length: 6 hours", "Start: May 2027"])):
        doc.add_heading(head, level=2)
        for p in paras:
            doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_status_paragraph_is_no_part_of_the_contact() -> None:
    r = parsers.parse(_proposal(), "proposal.docx")
    assert r.fields["partner_contact"] == "Tomas Achebe-Lind, Education Lead, tachebe@example.com"
    assert r.fields["endorsement_status"] == "letter_attached"


def test_a_denied_conversion_leaves_a_new_request() -> None:
    r = parsers.parse(_proposal(), "proposal.docx")
    assert r.fields["request_type"] == "new"
    assert not _affirmed(_CONVERTS, "A new micro-credential – not a conversion of an existing program.")
    assert not _affirmed(_CONVERTS, "a short course rather than converting our workshop")
    assert _affirmed(_CONVERTS, "We would convert our existing program into a micro-credential.")
