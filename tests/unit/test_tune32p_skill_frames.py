"""Competencies answered in a sentence: the skills it lists, without the frame that restates the question (each case a
small text of its own, worded unlike any development file)."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers
from mailbot_parsers.skill_lists import skills_unframed


def test_a_learning_verb_and_its_noun_are_the_frame() -> None:
    assert skills_unframed("Trainees will practise reading growth charts, plotting catch-up growth, and counselling "
                           "parents.") == "reading growth charts, plotting catch-up growth, and counselling parents"
    assert skills_unframed("The module builds competence in splint selection, strapping and skin checks.") \
        == "splint selection, strapping and skin checks"


def test_a_lead_in_a_hedge_and_an_own_question_are_the_frame() -> None:
    assert skills_unframed("Chiefly the hands-on part: taping; bracing; gait re-training") == "taping; bracing; gait re-training"
    assert skills_unframed("Mostly cuff sizing, arm positioning, and reading the trace.") \
        == "cuff sizing, arm positioning, and reading the trace"
    assert skills_unframed("Which skills does it sharpen? cuff sizing, arm positioning and reading the trace") \
        == "cuff sizing, arm positioning and reading the trace"


def test_a_mapping_sentence_after_the_list_is_no_skill() -> None:
    assert skills_unframed("cuff sizing; arm positioning; reading the trace; Mapped to the Hypertension Canada "
                           "measurement standard.") == "cuff sizing; arm positioning; reading the trace"


def test_a_sentence_that_lists_nothing_stays_whole() -> None:
    text = "Learners will practise the full screening visit with a standardised patient."
    assert skills_unframed(text) == text
    assert skills_unframed("Splinting; taping; bracing.") == "Splinting; taping; bracing."


def test_a_retyped_proposal_gives_the_listed_skills() -> None:
    doc = python_docx.Document()
    doc.add_heading("Proposal: Paediatric Growth Monitoring for Clinic Nurses", level=1)
    for heading, text in (("Proposer", "Submitted by Rhea Okonkwo, Nurse Educator, rhea.okonkwo@example.org."),
                          ("Who it is for", "Clinic nurses who weigh and measure children."),
                          ("Why it is needed", "Growth faltering is found late when charts are plotted wrongly."),
                          ("Skills", "Learners will practise measuring length and height, plotting on WHO charts, "
                                     "and explaining results to parents."),
                          ("Learning outcomes", "Plot a child's growth on the right chart."),
                          ("Assessment", "An observed clinic visit scored with a checklist."),
                          ("Education Plan alignment", "It supports the plan's focus on community care."),
                          ("Partner", "Endorsed by the Lakeview Family Health Team.")):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    r = parsers.parse(buf.getvalue(), "growth monitoring proposal.docx")
    assert r.fields.get("competencies") == ("measuring length and height, plotting on WHO charts, and explaining "
                                            "results to parents")
