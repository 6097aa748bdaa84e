"""A proposal memo whose "Request" heading is answered by one sentence that also says how, how long, for how many
and from when ("A new micro-credential, delivered online in four hours of self-paced learning, for about 220
paramedics a year, beginning Autumn 2027."), and a French memo whose partner paragraph names the partner in the
passive ("Le microcours est appuyé par le ..."). Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.partner_names import partner_of


def _memo() -> bytes:
    doc = Document()
    doc.add_heading("Safe Handling of Bariatric Patients in Transport", 0)
    doc.add_paragraph("Draft micro-credential proposal for Continuing Education")
    doc.add_paragraph("Oksana Bellweather | Education Coordinator | Harbour Paramedic Service")
    doc.add_paragraph("o.bellweather@example.com | 705-555-0142 | 2 March 2027")
    for head, text in [
        ("Request", "A new micro-credential, delivered online in six hours of self-paced learning, for about 150 "
                    "paramedics a year, beginning Spring 2028."),
        ("Audience", "Primary care paramedics and patient transfer staff who move patients of high body weight."),
        ("Need", "Injuries to staff during bariatric transfers doubled in two years, and no short course exists."),
        ("Competencies", "Planning a bariatric transfer; choosing and using lifting equipment; communicating with "
                         "the patient"),
        ("Learning outcomes", "Plan a safe transfer for a patient of high body weight."),
        ("Assessment", "An observed simulated transfer scored with a checklist."),
        ("Partner", "The Harbour Bariatric Care Network endorses the proposal; its letter of support is attached."),
        ("Education Plan alignment", "The proposal supports the Education Plan's priority of workplace safety."),
    ]:
        doc.add_heading(head, 1)
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_the_request_sentence_states_format_hours_intake_and_start() -> None:
    fields = parsers.parse(_memo(), "proposal draft.docx").fields
    assert fields["request_type"] == "new"
    assert fields["delivery_format"] == "online"
    assert fields["estimated_hours"] == 6
    assert fields["expected_enrolment"] == 150
    assert fields["proposed_start"] == "Spring 2028"


def test_a_french_passive_frame_is_cut_from_the_partner() -> None:
    assert partner_of("Le microcours est appuyé par le Regroupement des technologues en imagerie") \
        == "Regroupement des technologues en imagerie"
    assert partner_of("Ce projet sera soutenu par l'Association des inhalothérapeutes de l'Est") \
        == "Association des inhalothérapeutes de l'Est"
