"""Printed forms whose labels sit to the RIGHT of their answers (right-aligned at the margin, small type).

In stream order each answer comes before its label; the page geometry pairs them."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import pdf_layout, right_labels
from tests.printed_samples import PROPOSAL, labels_left_answers_right_pdf, labels_right_pdf


@pytest.mark.parametrize("flush_right", [True, False], ids=["flush-right", "own-column"])
def test_each_label_right_of_its_answer_takes_the_answer_on_its_row_and_the_lines_wrapped_under_it(
        flush_right: bool) -> None:
    r = parsers.parse(labels_right_pdf(flush_right=flush_right), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["proposer_name"] == "Oluwaseun Brandvold"
    assert f["proposer_title"] == "Ergonomics Coordinator"
    assert f["proposer_email"] == "obrandvold@example.org"
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == ("Porters and patient transport staff in acute care who move patients "
                                    "between units")
    assert f["rationale"].startswith("Lifting injuries among porters") and f["rationale"].endswith("transfers.")
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer",
                                      "Lead a team lift with clear commands"]
    assert f["partner_name"] == "Ontario Safe Handling Association"
    assert f["delivery_format"] == "hybrid"
    assert f["estimated_hours"] == 12
    assert f["expected_enrolment"] == 60
    assert "resources_required" not in f  # its label has nothing left of it
    assert not r.needs_manual_review


def test_a_label_set_level_with_the_middle_of_a_long_answer_takes_the_whole_answer() -> None:
    r = parsers.parse(labels_right_pdf(centred=("Rationale / Need", "Learning Outcomes")), "printed.pdf")
    assert r.fields["rationale"] == ("Lifting injuries among porters doubled in two years and most happened during "
                                     "bed-to-stretcher transfers.")
    assert r.fields["learning_outcomes"][0] == "Assess a transfer for risk before starting it"
    assert r.fields["competencies"].startswith("Risk assessment before a transfer")


def test_labels_at_the_margin_with_answers_right_aligned_are_not_read_as_labels_on_the_right() -> None:
    pages = pdf_layout.page_lines(labels_left_answers_right_pdf(), 5)
    assert right_labels.blocks(pages) == []
    pages = pdf_layout.page_lines(labels_right_pdf(), 5)
    pairs = [b for b in right_labels.blocks(pages) if b.is_pair]
    assert [b.pair_label for b in pairs] == [label for label, _ in PROPOSAL]
