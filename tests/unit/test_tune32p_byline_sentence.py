"""The proposer introduced in the third person in a sentence of a cover block (each case worded unlike any
development file)."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers
from mailbot_parsers.byline_sentence import byline_sentence


def _report(cover: list[str]) -> bytes:
    doc = python_docx.Document()
    doc.add_paragraph("Sedation Recovery Essentials for Endoscopy Nurses", style="Title")
    for line in cover:
        doc.add_paragraph(line)
    for heading, text in (("Learners", "Endoscopy nurses who recover sedated patients."),
                          ("Background", "Falls after sedation are rising and staff ask for structured training."),
                          ("Skills", "Airway support; capnography reading; discharge criteria."),
                          ("Learning outcomes", "Apply the discharge criteria to a recovering patient."),
                          ("Assessment", "An observed recovery scored with a checklist."),
                          ("Partner", "Endorsed by the Regional Endoscopy Nurses Network."),
                          ("Education Plan alignment", "It supports the plan's focus on patient safety.")):
        doc.add_heading(heading, level=1)
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_sentence_gives_the_name_role_and_unit() -> None:
    assert byline_sentence("2 March 2027 Tomasz Lindqvist is a Nurse Educator in the Endoscopy Unit and can be "
                           "reached at tomasz@example.org.") == {
        "proposer_name": "Tomasz Lindqvist", "proposer_title": "Nurse Educator", "proposer_department": "Endoscopy Unit"}
    assert byline_sentence("Rhea Okafor works as a Clinical Lead at Harbour Sleep Clinic, where she trains staff.") \
        == {"proposer_name": "Rhea Okafor", "proposer_title": "Clinical Lead", "proposer_department": "Harbour Sleep Clinic"}


def test_an_organisation_or_a_course_introduced_so_is_no_person() -> None:
    assert byline_sentence("The Coastal Sleep Network is a Partner in the Region, and more.") == {}
    assert byline_sentence("The course is a Hybrid Offering in the Fall.") == {}


def test_a_report_whose_byline_names_only_the_person_takes_the_role_and_unit_from_the_sentence() -> None:
    r = parsers.parse(_report(["Submitted by Tomasz Lindqvist", "2 March 2027",
                               "Tomasz Lindqvist is a Nurse Educator in the Endoscopy Unit and can be reached at "
                               "tomasz.lindqvist@example.org or 555-0140."]), "sedation.docx")
    assert (r.fields.get("proposer_name"), r.fields.get("proposer_title"), r.fields.get("proposer_department")) \
        == ("Tomasz Lindqvist", "Nurse Educator", "Endoscopy Unit")
