"""A narrative proposal that ends with its writer's name, role and contact after a blank line: those lines are a
signature block, read as the proposer's, and no part of the last section's answer. Built with python-docx in our
own wording."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers


def _proposal(signature: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Proposal for Continuing Education – 4 February 2027")
    d.add_heading("Safe patient transfers: a proposal", 0)
    for head, text in (
            ("Why it matters", "Transfer injuries among porters doubled last year and most happened at night."),
            ("Who it is for", "Porters and patient transport aides on inpatient units."),
            ("Skills", "Body mechanics; slide sheets; ceiling lifts; team lifts."),
            ("How we would assess it", "An observed transfer scored with a checklist."),
            ("Partner", "Lakeview General Hospital has agreed to endorse it."),
            ("Fit with the Education Plan", "It serves the plan's workforce safety priority.")):
        d.add_heading(head, 2)
        d.add_paragraph(text)
    d.add_paragraph("")
    for line in signature:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_signature_block_after_a_blank_line_is_the_proposers() -> None:
    r = parsers.parse(_proposal(["Tomas Ferreira-Lund", "Patient Transport Supervisor",
                                 "tferreira@example.org | 416-555-0133"]), "proposal.docx")
    assert r.fields.get("proposer_name") == "Tomas Ferreira-Lund"
    assert r.fields.get("proposer_email") == "tferreira@example.org"
    assert "tferreira" not in str(r.fields.get("education_plan_alignment", ""))


def test_lines_after_a_blank_that_give_no_contact_stay_with_the_answer() -> None:
    # a second paragraph of the last answer is no signature: it names no person and gives no address or number
    r = parsers.parse(_proposal(["It also meets the plan's goal of more community partnerships."]), "proposal.docx")
    assert "community partnerships" in str(r.fields.get("education_plan_alignment", ""))
