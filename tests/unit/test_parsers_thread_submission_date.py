"""A forwarded or answered proposal was submitted when the message holding its answers was sent."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers

FORWARD = """From: Dana Whitcombe <dana.w@example.org>
Sent: Friday, 4 December 2026 11:02
To: Continuing Education
Subject: FW: micro-course on pressure injury staging

Passing this along from my team; I support it.
Dana Whitcombe, Director of Nursing

From: Ines Abara-Kolt <ines.ak@example.org>
Sent: Monday, 23 November 2026 08:40
To: Dana Whitcombe
Subject: micro-course on pressure injury staging

Proposed title: Staging Pressure Injuries at the Bedside
Proposer: Ines Abara-Kolt, Wound Care Nurse, Medicine, Harrowgate Hospital
Email: ines.ak@example.org
Target learners: ward nurses and personal support workers
Rationale: half of our reported pressure injuries are staged wrongly on first report.
Competencies: skin assessment, staging, photographing a wound for the chart
Learning outcomes: stage a pressure injury; photograph a wound; chart the stage
Assessment: staging ten photographs with a checklist
Delivery format: online
Estimated hours: 4 hours
Proposed start: March 2027
Expected enrolment: 60 learners a year
"""


def test_the_forwarded_message_with_the_answers_dates_the_submission() -> None:
    document = docx.Document()
    for line in FORWARD.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    result = parsers.parse(buf.getvalue(), "FW_ pressure injury staging.docx")
    assert result.is_concept_form
    assert result.fields["submission_date"] == "2026-11-23"  # not the forward's 4 December
