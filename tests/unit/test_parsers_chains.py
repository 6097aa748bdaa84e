"""An email thread's newest message that corrects a field replaces an older message's answer, as uncertain."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers
from mailbot_parsers.chains import newest_message, restated, superseded

THREAD = """From: Marguerite Oyelaran-Pike <m.oyelaran@example.org>
Sent: Monday, 7 December 2026 09:15
To: Continuing Education
Subject: RE: our micro-course on ostomy teaching

Hello again,
One change since my note below: the course will be 10 hours, not 8, because we added a practice session.
Everything else is as I wrote.
Marguerite

From: Marguerite Oyelaran-Pike
Sent: Thursday, 3 December 2026 16:40
To: Continuing Education
Subject: our micro-course on ostomy teaching

Please consider this proposal for a new micro-course.
Proposed title: Teaching Ostomy Self-Care Before Discharge
Proposer: Marguerite Oyelaran-Pike, Enterostomal Therapy Nurse, Surgical Services, Harrowgate Hospital
Email: m.oyelaran@example.org
Target learners: ward nurses on surgical units who discharge patients with a new stoma
Rationale: a third of our ostomy readmissions follow a leak that the patient was never shown how to prevent.
Competencies: pouch selection and fitting, peristomal skin assessment, and teaching back to patients
Learning outcomes: fit a one-piece and a two-piece pouch; assess peristomal skin; teach a patient to change a pouch
Assessment: an observed teaching session with a simulated patient, scored with a checklist
Partner: Harrowgate Hospital Surgical Program; letter of support attached
Education Plan alignment: practice-based learning with clinical partners
Delivery format: online
Estimated hours: 8 hours
Proposed start: March 2027
Expected enrolment: 40 learners a year
"""


def test_the_newest_message_of_a_thread_is_its_first_body() -> None:
    newest = newest_message(THREAD)
    assert newest is not None and "10 hours, not 8" in newest and "Teaching Ostomy" not in newest
    assert restated(THREAD)["estimated_hours"] == 10


def test_an_older_answer_the_newest_message_corrects_is_superseded() -> None:
    assert superseded(THREAD, {"estimated_hours": 8, "delivery_format": "online"}) == {"estimated_hours": 10}
    assert superseded(THREAD, {"estimated_hours": 10}) == {}


def test_a_single_message_or_a_plain_document_has_no_thread() -> None:
    one = THREAD.split("\n\nFrom: Marguerite Oyelaran-Pike\n")[0]
    assert one != THREAD
    assert newest_message(one) is None
    assert newest_message("Title: Teaching Ostomy Self-Care\nHours: 8 hours\n") is None


def test_a_quoted_older_message_under_a_wrote_line_is_older() -> None:
    text = ("Sorry, one correction: it will now be 12 hours in total, with a lab morning.\n\n"
            "On Tue, 1 Dec 2026 at 10:02, Marguerite Oyelaran-Pike wrote:\n> Hours: 8 hours\n")
    assert superseded(text, {"estimated_hours": 8}) == {"estimated_hours": 12}


def test_the_parse_gives_the_newest_value_as_uncertain() -> None:
    document = docx.Document()
    for line in THREAD.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    result = parsers.parse(buf.getvalue(), "RE_ ostomy teaching.docx")
    assert result.is_concept_form and result.fields["estimated_hours"] == 10  # the applicant's latest word ...
    assert "estimated_hours" in result.uncertain_fields  # ... read from a sentence, against a labelled answer
    assert "superseded" in result.sources["estimated_hours"].doubts
    assert result.fields["delivery_format"] == "online" and "delivery_format" not in result.uncertain_fields
