"""Doubts that fired on right values: a second reading that is another field's answer, a number the value's own
numbers lead to, a term written with an inner capital. Each still catches what it was made for."""
from __future__ import annotations

import pytest

from mailbot_parsers.calibration import fragment, judge, stray_number


def test_second_reading_that_is_another_fields_answer_is_no_contradiction() -> None:
    offered = [("Waiting lists exceed a year; the two trained staff retire soon.", 0.875),
               ("Simulation lab time, thermoplastic sheets, a water bath", 0.9)]
    v = judge("rationale", offered[0][0], "Why", 0.875, offered=offered, method="label_line",
              elsewhere=("Simulation lab time, thermoplastic sheets, a water bath", "Radiation therapists"))
    assert "read_twice" not in v.doubts


def test_second_reading_found_nowhere_else_is_still_doubted() -> None:
    offered = [("Waiting lists exceed a year; the two trained staff retire soon.", 0.875),
               ("Complaints doubled after evening hours were extended.", 0.9)]
    v = judge("rationale", offered[0][0], "Why", 0.875, offered=offered, method="label_line",
              elsewhere=("Simulation lab time, thermoplastic sheets, a water bath",))
    assert "read_twice" in v.doubts


def test_a_short_reading_inside_another_value_proves_nothing() -> None:
    offered = [(16, 1.0), (30, 0.95)]
    v = judge("estimated_hours", 16, "Hours", 1.0, offered=offered, method="label_line",
              elsewhere=("Up to 30 learners in 2027, then 300 a year",))
    assert "read_twice" in v.doubts


@pytest.mark.parametrize("key,value", [
    ("proposer_phone", "819-555-0137, poste 208"),
    ("partner_contact", "Dr Mathieu Kagame-Roy, 514-555-0153, poste 40"),
    ("competency_framework", "Ontario PSW Program Standard (2022), vocational learning outcomes 5 and 9"),
    ("competency_framework", "CSMLS competency profile, sections 3, 7"),
])
def test_number_the_values_own_numbers_lead_to_is_no_stray(key: str, value: str) -> None:
    assert not stray_number(key, value)


@pytest.mark.parametrize("key,value", [
    ("competency_framework", "CSMLS competency profile 12"),
    ("proposal_title", "Bedside Glucose Testing 3"),
    ("target_learners", "Registered nurses on the medical units 14"),
    ("proposed_start", "Spring 2027, 22"),
    ("proposal_title", "Bedside Glucose Testing 2026-2027 Edition 3"),
])
def test_row_number_after_a_text_answer_is_still_a_stray(key: str, value: str) -> None:
    assert stray_number(key, value)


def test_term_with_an_inner_capital_opens_no_fragment() -> None:
    assert not fragment("rationale", "ddPCR is being adopted for liquid biopsy. Staff need training.", "table")
    assert not fragment("rationale", "iNO is started several times a week. Errors follow.", "table")


def test_lower_case_sentence_middle_is_still_a_fragment() -> None:
    assert fragment("summative_assessment", "each learner completes a recorded conversation. Use a rubric.",
                    "label_line")
    assert fragment("rationale", "and the waiting list keeps growing. Staff leave.", "table")


def test_a_moment_in_each_language_is_one_answer() -> None:
    offered = [("November 2027", 0.57), ("novembre 2027", 0.6)]
    v = judge("proposed_start", "November 2027", "Logistics / Modalités", 0.57, offered=offered, method="composite")
    assert "read_twice" not in v.doubts
    offered = [("November 2027", 0.57), ("janvier 2028", 0.6)]
    v = judge("proposed_start", "November 2027", "Logistics / Modalités", 0.57, offered=offered, method="composite")
    assert "read_twice" in v.doubts


@pytest.mark.parametrize("key,label", [
    ("partner_contact", "yet. Contact"),
    ("learning_outcomes", "Outcomes. On completion, learners will be able to"),
])
def test_whole_label_after_a_statement_keeps_its_value_sure(key: str, label: str) -> None:
    value = {"partner_contact": "Priya Castellanos (pcastellanos@example.com)",
             "learning_outcomes": ["Organise work so that areas stay separate", "Decontaminate benches"]}[key]
    v = judge(key, value, label, 0.85, method="label_line")
    assert "broken_label" not in v.doubts


@pytest.mark.parametrize("key,value,label", [
    ("proposer_email", "wachebe@example.com", "reach them?"),
    ("proposal_title", "short, no credential attached", "a micro-course? A micro-course"),
    ("existing_program_name", "Micro-course Existing Program Name", "an existing program"),
])
def test_label_cut_from_a_sentence_is_still_doubted(key: str, value: str, label: str) -> None:
    assert "broken_label" in judge(key, value, label, 0.85, method="label_line").doubts

