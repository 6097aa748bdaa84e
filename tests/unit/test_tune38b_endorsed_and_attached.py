"""The answer about the partner states its support in one sentence that says both that it endorsed the proposal and
that its letter is attached ("X has endorsed the proposal, and its letter of support is attached to the
submission."): the status is the letter attached, as the status's own answer reads the same words. Built here with
fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import Line, lines_pdf


def _proposal(partner: str) -> bytes:
    rows: list[Line] = []
    rows.append(("Pelvic Floor Assessment for Physiotherapists", True))
    rows.append("Prepared by Ingrid Alvarez-Moon, Clinical Specialist, Rehabilitation Program, Lakeshore Hospital")
    for head, text in (("Why it matters", "Wait lists for pelvic health physiotherapy exceed six months."),
                       ("Who can take it", "Registered physiotherapists new to pelvic health."),
                       ("Skills you will build", "Internal examination technique; outcome measures"),
                       ("Learning outcomes", "Assess pelvic floor muscle function safely."),
                       ("Assessment", "An observed practical examination scored with a checklist."),
                       ("Our partner", partner),
                       ("Fit with Michener", "It supports the Education Plan's goal of flexible learning.")):
        rows.append(8.0)
        rows.append((head, True))
        rows.append(text)
    return lines_pdf(rows)


def test_endorsed_and_its_letter_attached() -> None:
    r = parsers.parse(_proposal("Lakeshore Pelvic Health Foundation has endorsed the proposal, and its letter of "
                                "support is attached."), "pelvic proposal.pdf")
    assert r.fields.get("endorsement_status") == "letter_attached"


def test_endorsed_alone_is_confirmed() -> None:
    r = parsers.parse(_proposal("Lakeshore Pelvic Health Foundation has endorsed the proposal."), "pelvic proposal.pdf")
    assert r.fields.get("endorsement_status") == "confirmed"


def test_a_letter_to_follow_is_none_attached() -> None:
    r = parsers.parse(_proposal("Lakeshore Pelvic Health Foundation has endorsed the proposal, and its letter of "
                                "support will follow."), "pelvic proposal.pdf")
    assert r.fields.get("endorsement_status") != "letter_attached"
