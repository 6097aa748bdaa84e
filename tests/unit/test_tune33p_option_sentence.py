"""A sentence that names one delivery option before its colon ("We picture a hybrid format: online theory, then ...")
states that option; the rest after the colon describes it and is no answer of its own (a small e-mail made up here)."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers


def _doc(paragraphs: list[str]) -> bytes:
    doc = python_docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_the_option_named_before_the_colon_is_the_format() -> None:
    r = parsers.parse(_doc([
        "Proposal - Blood Gas Analyser Competency",
        "Hello,",
        "Please accept this as our concept proposal for a new micro-credential, \u201cBlood Gas Analyser Competency\u201d, "
        "for respiratory therapists new to the critical care lab.",
        "Learners will be able to:",
        "1. Run and calibrate the analyser following the SOP.",
        "2. Recognise pre-analytical errors such as air bubbles and clotted samples.",
        "Achievement would be shown by an observed run scored with a checklist.",
        "Our respiratory therapy department endorses the idea.",
        "We picture a blended format: online theory, then one day of seven hours at the bench, starting in Fall 2027, "
        "with about twenty learners a year.",
        "Kind regards,",
        "Odalys Ferreira-Quist",
        "Clinical Educator, Respiratory Therapy",
    ]), "blood gas.docx")
    assert r.fields.get("delivery_format") == "hybrid"
    assert r.fields.get("estimated_hours") == 7


def test_a_note_accepted_as_the_concept_proposal_names_the_course_and_its_learners() -> None:
    from mailbot_parsers import prose

    r = prose.read(["Please accept this e-mail as my concept proposal for a new micro-credential, \u201cBlood Gas "
                    "Analyser Competency\u201d, for respiratory therapists new to the critical care lab."])
    assert r["proposal_title"].value == "Blood Gas Analyser Competency"
    assert r["target_learners"].value == "respiratory therapists new to the critical care lab"
