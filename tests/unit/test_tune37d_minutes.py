"""Minutes of a department meeting where a member tabled a micro-course proposal: the record lists its facts as
"Label: answer" bullets, and the group's decision endorses it. The minutes are the proposal as the department puts it
forward (a person checks them); the member who tabled it proposes it, the chair does not; the meeting's "Time" is when
it sat; the course is the one named in quotes; a bullet keeps its full stop as typed. Our own small documents."""
from __future__ import annotations

import docx as python_docx

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from mailbot_parsers.normalise import to_number
from tests.unit.samples import docx_bytes

HEADER = ["Date: 17 November 2026", "Time: 15:00–16:15", "Place: Lakeside Hospital, Boardroom B",
          "Chair: Agnes Whitford (Director of Nursing Practice)", "Minutes: Carlos Bianchi"]
FACTS = ["Audience: registered nurses working in stroke and neurology units.",
         "Why: few nurses can run a bedside swallow screen, and patients wait a day for a therapist.",
         "Content: positioning, oral care before screening, the water swallow test, and charting the result.",
         "Assessment: three observed screens on the unit, signed off by a speech-language pathologist.",
         "Partner: Lakeside Hospital itself; the Director of Rehabilitation has agreed to endorse it, and the letter "
         "will follow.",
         "Strategic fit: supports the Plan's goal of recognised short credentials for nurses.",
         "Format: in person on the unit, three four-hour sessions.",
         "First cohort: the week of 12 April 2027; twelve nurses a year."]


def _minutes(decision: bool = True) -> bytes:
    doc = python_docx.Document()
    doc.add_heading("Nursing Practice Council – Meeting Minutes", 1)
    for line in HEADER:
        doc.add_paragraph(line)
    doc.add_heading("Item 1 – Welcome and agenda", 2)
    doc.add_paragraph("The agenda was adopted as circulated.")
    doc.add_heading("Item 2 – Micro-course proposal (P. Osei)", 2)
    doc.add_paragraph('Priya Osei, Clinical Nurse Specialist, Stroke Unit, Lakeside Hospital, presented a proposal for '
                      'a micro-course, "Bedside Swallow Screening for Nurses", to be offered with Continuing Education. '
                      'Points recorded:')
    for line in FACTS:
        doc.add_paragraph(line, style="List Bullet")
    if decision:
        doc.add_paragraph("Decision: the Council endorses the proposal. P. Osei will send the concept form to CE "
                          "(p.osei@example.org; 416-555-0151).")
    doc.add_heading("Item 3 – Holiday staffing", 2)
    doc.add_paragraph("The schedule was circulated. No concerns.")
    return docx_bytes(doc)


def test_minutes_whose_group_endorses_the_tabled_proposal_are_the_proposal_for_a_person_to_check() -> None:
    r = parsers.parse(_minutes(), "Council minutes.docx")
    assert r.is_concept_form and r.needs_manual_review
    f = r.fields
    assert f.get("proposal_title") == "Bedside Swallow Screening for Nurses"
    assert (f.get("proposer_name"), f.get("proposer_title"), f.get("proposer_department")) == (
        "Priya Osei", "Clinical Nurse Specialist", "Stroke Unit, Lakeside Hospital")
    assert f.get("proposer_email") == "p.osei@example.org"
    assert f.get("estimated_hours") == 12
    assert f.get("rationale") == FACTS[1].split(": ", 1)[1]
    assert f.get("summative_assessment") == FACTS[3].split(": ", 1)[1]


def test_minutes_that_record_no_decision_on_it_are_no_proposal() -> None:
    assert not parsers.parse(_minutes(decision=False), "Council minutes.docx").is_concept_form


def test_a_meetings_times_of_day_are_no_hours_and_hours_of_each_part_count_for_each() -> None:
    assert to_number("15:00–16:15", "estimated_hours") is None
    assert to_number("9:00 am to 4:30 pm", "estimated_hours") is None
    assert to_number("12 hours", "estimated_hours") == 12
    assert logistics("in person on the unit, three four-hour sessions.").get("estimated_hours") == 12
    # (an old module's length told in passing is no part of the course)
    assert "estimated_hours" not in logistics("Our current training is a one-hour online module with no practice.")
