"""A meeting invitation printed from a mail program: a block of labelled lines (Subject, Location, Start, End,
Organizer, Required Attendees) over an agenda that goes through a course's concept form, its learners, assessment,
partner and hours. The block shows the kind of document; the agenda's talk of the form makes no proposal. Built here
with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.calendar_items import printed_invitation

HEADER = ["Ilse Mbatha-Rourke",
          "Subject: Concept form review - enteral feeding micro-course",
          "Location: Conference room B / video call",
          "Start: Tue 2027-02-09 10:00 AM",
          "End: Tue 2027-02-09 10:45 AM",
          "Recurrence: (none)",
          "Organizer: Ilse Mbatha-Rourke <ilse.mbatha@example.org>",
          "Required Attendees: ce@michener.example; Tomas Achebe-Lind <tachebe@example.com>"]
BODY = ["Hello both - a short meeting to go through the concept form for the enteral feeding micro-course",
        "before I submit it.",
        "Agenda:",
        "1. Target learners - ward nurses only, or dietitians as well?",
        "2. Summative assessment - is the observed skills station enough?",
        "3. Industry partner endorsement: letter of support or e-mail?",
        "4. Competencies: tube checks and pump set-up",
        "5. Estimated hours (currently 6) and a spring start"]


def _invitation() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_creator("Microsoft Outlook")
    pdf.add_page()
    y = 60.0
    for n, line in enumerate(HEADER + [""] + BODY):
        pdf.set_font("helvetica", "B" if n == 0 else "", 14 if n == 0 else 10)
        if line:
            pdf.text(52, y, line)
        y += 20 if n == 0 else 14
    return bytes(pdf.output())


def test_a_printed_meeting_invitation_is_no_concept_form() -> None:
    r = parsers.parse(_invitation(), "Meeting - concept form review.pdf")
    assert not r.is_concept_form
    assert r.fields == {}


def test_a_printed_mail_is_no_invitation() -> None:
    mail = "From: Ilse Mbatha-Rourke <ilse@example.org>\nSent: Tue 2027-02-09 10:00 AM\nTo: ce@michener.example\n" \
           "Subject: Micro-course proposal\nDear CE, I propose a micro-course ..."
    assert not printed_invitation(mail)
    assert printed_invitation("\n".join(HEADER))


def test_a_forwarded_invitation_and_a_proposal_with_a_start() -> None:
    forwarded = "From: Ilse Mbatha-Rourke <ilse@example.org>\nSent: Monday\nTo: ce@michener.example\n" \
                "Subject: Concept form check-in\nWhen: Tuesday, 9 February 2027 10:00 AM-10:45 AM\nWhere: Room B"
    assert printed_invitation(forwarded)
    # (a proposal's practicalities give a start and a place, never an end and an organiser)
    proposal = "From: Ilse Mbatha-Rourke <ilse@example.org>\nTo: ce@michener.example\nSubject: Micro-course " \
               "proposal\nFormat: online\nStart: January 2028\nLocation: main campus"
    assert not printed_invitation(proposal)
