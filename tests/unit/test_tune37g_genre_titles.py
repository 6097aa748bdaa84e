"""A title that opens on the kind of planning page ("Planning table: ...", "Logic model – ...") or ends on the kind
of document ("... – proposed micro-credential") names the course by the rest. Built here with python-docx."""
from __future__ import annotations

import pytest
from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes

NAME = "Pressure Injury Prevention for Personal Support Workers"


def _document(title: str) -> bytes:
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Lead: Marisol Achebe-Lund, Wound Care Nurse Specialist, Home and Community Care")
    doc.add_paragraph("Email: m.achebe@example.net")
    doc.add_paragraph("Proposal to Michener Continuing Education for a new micro-credential.")
    doc.add_paragraph("Target learners: Personal support workers in home care and long-term care")
    doc.add_paragraph("Partner: Northshore Home Care Agency (endorsement confirmed, letter attached)")
    doc.add_paragraph("Start: September 2027")
    doc.add_paragraph("Hours: 12, online")
    return docx_bytes(doc)


@pytest.mark.parametrize("title", [f"Planning table: {NAME}", f"Logic model – {NAME}",
                                   f"{NAME} – proposed micro-credential"])
def test_the_kind_of_page_is_no_part_of_the_name(title: str) -> None:
    assert parsers.parse(_document(title), "plan.docx").fields.get("proposal_title") == NAME
