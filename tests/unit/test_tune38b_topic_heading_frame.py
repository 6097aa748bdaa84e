"""A one-sentence answer that opens with its subject and verb ("Learners complete a video-based assessment ...") under
a heading that names a topic ("Assessment") and asks nothing: whether the field holds the sentence or the phrase after
its frame is a guess (makers keep it either way), so the value cut from it is uncertain. Under a heading that asks
("How we will know"), the sentence echoes its question and the phrase is the answer. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.prose import echoes_question

_SENTENCE = "Learners complete an observed practical examination scored with a 20-item checklist."


def _proposal(heading: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Pelvic Floor Assessment for Physiotherapists")
    doc.add_paragraph("Prepared by: Ingrid Alvarez-Moon, Clinical Specialist, Pelvic Health Clinic")
    for head, text in (("Background and need", "Wait lists for pelvic health physiotherapy exceed six months."),
                       ("Intended learners", "Registered physiotherapists new to pelvic health."),
                       ("Competencies addressed", "Internal examination technique; outcome measures"),
                       ("Learning outcomes", "Assess pelvic floor muscle function safely."),
                       (heading, _SENTENCE),
                       ("Strategic alignment", "It supports the Education Plan's goal of flexible learning.")):
        doc.add_heading(head, level=1)
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_frame_cut_under_a_topic_heading_is_a_guess() -> None:
    r = parsers.parse(_proposal("Assessment"), "pelvic proposal.docx")
    assert r.fields["summative_assessment"].startswith("an observed practical examination")
    assert "summative_assessment" in r.uncertain_fields


def test_a_frame_cut_under_an_asking_heading_is_the_answer() -> None:
    r = parsers.parse(_proposal("How we will know"), "pelvic proposal.docx")
    assert r.fields["summative_assessment"].startswith("an observed practical examination")
    assert "summative_assessment" not in r.uncertain_fields


def test_which_headings_ask() -> None:
    assert echoes_question("heading", "3. Who it is for")
    assert echoes_question("heading", "R2 -- How we will know")
    assert not echoes_question("heading", "Assessment")
