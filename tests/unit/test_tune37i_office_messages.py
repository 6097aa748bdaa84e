"""A mail thread printed to PDF holds the office's own messages too: its questions and its checklist of what to send
("please send us ... how learners will be assessed, an endorsing partner; a letter of support should be attached").
Only the proposer's messages answer the form: before, the office's checklist was read as the summative assessment
and its letter as an attached endorsement. The office is the sender at the office's mailbox or whom the proposer (who wrote the most)
wrote to. Our own small document: a three-message thread, labelled headers, one line a line."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import printed_mail
from tests.unit.samples import letter_pdf, pdf_bytes

THREAD = [
    "From: Priya Natarajan <p.natarajan@example.org>",
    "Sent: Tue, Feb 2, 2027, 8:41 AM",
    "To: intake@learning.example",
    "Subject: Wound care micro-course idea",
    "Hello,",
    "Is there a way to propose a short online course for nurses on pressure injury staging?",
    "Thanks, Priya",
    "From: Learning Office <intake@learning.example>",
    "Sent: Wed, Feb 3, 2027, 1:15 PM",
    "To: Priya Natarajan <p.natarajan@example.org>",
    "Hi Priya,",
    "Yes. How learners will be assessed: please describe the final test. The endorsing partner has signed a",
    "letter of support, which is attached to this message for your records.",
    "Best, the Learning Office",
    "From: Priya Natarajan <p.natarajan@example.org>",
    "Sent: Thu, Feb 11, 2027, 9:58 AM",
    "To: Learning Office <intake@learning.example>",
    "Hi,",
    "Here is what I have so far for a micro-course called \"Pressure Injury Staging at the Bedside\".",
    "It is meant for registered nurses who work on medical and surgical inpatient units.",
    "Pressure injuries are staged inconsistently across our units, and audits found many staged too low.",
    "The competencies it covers:",
    "- staging pressure injuries with the national classification",
    "- documenting wounds with photographs and measurements",
    "By the end, nurses should be able to:",
    "- stage a pressure injury correctly",
    "- document a wound so that its change can be followed",
    "I picture it fully online, about four hours in total, for roughly 60 nurses a year, starting in May 2027.",
    "I have not worked out the assessment yet, and no partner is on board.",
    "Priya Natarajan",
    "Clinical Nurse Specialist, Wound Care",
    "p.natarajan@example.org",
]


def _pdf(lines: list[str]) -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 9.5)
    y = 50.0
    for ln in lines:
        if y > 740:
            pdf.add_page()
            y = 50.0
        pdf.text(54, y, ln)
        y += 15
    return pdf_bytes(pdf)


def test_the_office_messages_body_is_dropped() -> None:
    kept = printed_mail.office_bodies_dropped(THREAD)
    assert "letter of support, which is attached to this message for your records." not in kept
    assert "From: Learning Office <intake@learning.example>" in kept  # (its header stays: the thread's order)
    assert THREAD[18] in kept
    # a single message, or a thread where no one wrote to another sender, is left as it is
    assert printed_mail.office_bodies_dropped(THREAD[14:]) == THREAD[14:]


def test_the_office_checklist_answers_nothing() -> None:
    r = parsers.parse(_pdf(THREAD), "thread.pdf")
    assert r.is_concept_form
    assert r.fields.get("endorsement_status") != "letter_attached"
    assert "final test" not in str(r.fields.get("summative_assessment") or "")
    assert r.fields.get("target_learners")
