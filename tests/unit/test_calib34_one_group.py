"""A yearly count read as the size of one of several groups is doubted (calib34)."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers
from mailbot_parsers.calibration import one_group


def test_the_size_of_one_of_several_groups_is_told_in_figures_and_words() -> None:
    assert one_group(12, ["We would launch in January 2028 and run four cohorts of twelve each year."])
    assert one_group(15, ["Nous prévoyons deux groupes de quinze par année."])
    assert one_group(10, ["3 cohorts of 10 a year."])


def test_a_total_or_a_single_group_is_not_doubted() -> None:
    assert not one_group(30, ["3 cohorts of 10 a year (30)."])
    assert not one_group(16, ["One cohort of 16 a year."])
    assert not one_group(12, ["About 12 learners a year."])


def _docx(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_form_whose_count_is_one_groups_reports_it_uncertain() -> None:
    data = _docx(["Micro-credential Concept Form", "Proposed Title: Voice Prosthesis Care",
                  "Name of Proposer: Ada Roy", "Email: ada.roy@example.org",
                  "Target Learners: Speech-language pathologists and head and neck nurses.",
                  "Learning Outcomes: Change a voice prosthesis safely.",
                  "Summative Assessment: An observed prosthesis change on a task trainer.",
                  "Logistics: Hybrid, 9 hours, first cohort January 2028, four cohorts of twelve a year.",
                  "Industry / Employment Partner: Lakeside Head and Neck Centre",
                  "Endorsement Status: Confirmed", "Education Plan Alignment: Specialised clinical skills."])
    r = parsers.parse(data, "voice prosthesis concept form.docx")
    assert r.is_concept_form
    if r.fields.get("expected_enrolment") != 48:  # (a reading that gives the year's product needs no doubt)
        assert "expected_enrolment" in r.uncertain_fields
        assert "one_group" in r.sources["expected_enrolment"].doubts
