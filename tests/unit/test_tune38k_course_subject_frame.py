"""An answer about the learners written as a sentence whose subject is the course named with its determiner ("This
micro-credential is designed for X.", "Our course is aimed at X."): the sentence's frame restates the question, the
learners are X. With "it" or "the course" as the subject the frame was already cut; "this"/"our" + the course's
kind is the same frame. Built with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.prose import unframed
from tests.unit.samples import docx_bytes


def test_the_frame_with_this_course_as_subject_is_cut() -> None:
    assert unframed("target_learners", "This micro-credential is designed for respiratory therapists in adult ICUs.") \
        == "respiratory therapists in adult ICUs"
    assert unframed("target_learners", "Our course is aimed at pharmacy technicians in community practice.") \
        == "pharmacy technicians in community practice"
    # (a sentence about something else is kept whole)
    assert unframed("target_learners", "This unit is designed for long stays.") == "This unit is designed for long stays."


def test_a_retyped_form_answering_learners_in_a_sentence_is_not_presented_with_its_frame() -> None:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    for label, value in [("Proposed title", "Early Mobility in the ICU"), ("Proposer name", "Ines Okonkwo-Bayer"),
                         ("Email", "iokonkwo@example.org"), ("Department", "Critical Care"),
                         ("Target learners", "This micro-credential is designed for physiotherapists and nurses in adult ICUs."),
                         ("Rationale", "Early mobility shortens ventilation, but few staff feel confident doing it."),
                         ("Learning outcomes", "Screen a patient for safe mobility"),
                         ("Summative assessment", "An observed mobility session scored with a checklist."),
                         ("Partner", "Lakeshore Critical Care Network")]:
        doc.add_paragraph(f"{label}: {value}")
    r = parsers.parse(docx_bytes(doc), "concept.docx")
    assert r.is_concept_form
    value = r.fields.get("target_learners")
    assert value == "physiotherapists and nurses in adult ICUs" or "target_learners" in r.uncertain_fields, value
    assert not str(value).startswith("This micro-credential")
