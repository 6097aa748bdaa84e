"""A web mail conversation printed to PDF: each message's header is the sender's name and the date on one line, the
address in angle brackets under it, then "To: ...". The proposer is the sender of the message that holds the
proposal, not whoever signs the office's reply. Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.printed_mail import headers_labelled
from tests.unit.samples import letter_pdf, pdf_bytes

MESSAGES = [
    ("Priya Kowalczyk-Obi", "Mon, Mar 1, 2027, 9:12 AM", "p.kowalczyk@example.com", "To: ce@michener.example",
     ["Hello,", "Could I propose a short course for sonographers on lung ultrasound?", "Thanks,", "Priya"]),
    ("Michener Continuing Education", "Tue, Mar 2, 2027, 2:40 PM", "ce@michener.example", "To: me",
     ["Hi Priya,", "Yes, please send the details of the course.", "Best,", "Gideon Marsh-Hale, CE Coordinator",
      "Continuing Education Office"]),
    ("Priya Kowalczyk-Obi", "Fri, Mar 12, 2027, 4:05 PM", "p.kowalczyk@example.com", "To: Michener Continuing Education",
     ["Hi Gideon,", "Here is the proposal for a micro-course called \"Point-of-Care Lung Ultrasound for Sonographers\".",
      "It is for registered diagnostic medical sonographers in community hospitals.",
      "Learning outcomes:", "- Acquire the standard lung windows", "- Recognise B-lines and pleural effusion",
      "I picture it online, about six hours in total, for roughly 30 sonographers a year, starting in May 2027.",
      "Thanks,", "Priya Kowalczyk-Obi", "Lead Sonographer, Diagnostic Imaging", "Imaging Department, Brookfield Hospital",
      "905-555-0190"]),
]


def _thread() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 10)
    y = 60
    pdf.text(40, y, "Lung ultrasound micro-course idea")
    y += 16
    pdf.text(40, y, "3 messages")
    y += 24
    for name, date, address, to, body in MESSAGES:
        pdf.set_font("helvetica", "B", 10)
        pdf.text(40, y, name)
        pdf.set_font("helvetica", "", 10)
        pdf.text(420, y, date)
        pdf.text(40, y + 13, f"<{address}>")
        pdf.text(40, y + 26, to)
        y += 46
        for line in body:
            pdf.text(40, y, line)
            y += 14
        y += 16
    return pdf_bytes(pdf)


def test_the_header_lines_are_labelled() -> None:
    lines = headers_labelled(["Ada Roy Thu, Feb 11, 2027, 9:58 AM", "<ada.roy@example.org>", "To: me", "Hi,"])
    assert lines == ["From: Ada Roy <ada.roy@example.org>", "Sent: Thu, Feb 11, 2027, 9:58 AM", "To: me", "Hi,"]


def test_the_proposer_is_the_sender_of_the_proposal() -> None:
    fields = parsers.parse(_thread(), "Gmail - Lung ultrasound micro-course idea.pdf").fields
    assert fields.get("proposer_name") == "Priya Kowalczyk-Obi"
    assert fields.get("proposer_title") == "Lead Sonographer, Diagnostic Imaging"
