"""A letter signed with a name and a role but no unit, its sender's block at the top (the unit, the writer's own
address, then the date): the block gives the unit, as a reading (uncertain). Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers


def _letter(top: list[str]) -> bytes:
    doc = Document()
    for p in [*top, "February 1, 2027", "Continuing Education Office", "The Michener Institute of Education",
              "Dear Continuing Education colleagues,",
              "I am writing to propose a micro-course on safe transfers after hip surgery.",
              "The course is meant for ward nurses and rehab assistants on orthopaedic units.",
              "Falls after hip surgery rose by a third on our units last year.",
              "Thank you for considering this proposal.", "Sincerely,", "Petra Lindqvist-Obi",
              "Orthopaedic Nurse Educator"]:
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_sender_block_gives_the_signers_unit() -> None:
    r = parsers.parse(_letter(["Orthopaedic Unit, Lakeside General Hospital", "plindqvist@example.org"]), "letter.docx")
    assert r.fields["proposer_name"] == "Petra Lindqvist-Obi"
    assert r.fields["proposer_department"] == "Orthopaedic Unit, Lakeside General Hospital"
    assert "proposer_department" in r.uncertain_fields


def test_a_block_without_the_writers_address_is_no_sender_block() -> None:
    r = parsers.parse(_letter(["Orthopaedic Unit, Lakeside General Hospital"]), "letter.docx")
    assert r.fields.get("proposer_department") != "Orthopaedic Unit, Lakeside General Hospital"
