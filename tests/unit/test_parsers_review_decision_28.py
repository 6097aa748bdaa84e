"""The review decision sends a form to a person for what a person must check, not for a label's style."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import _needs_review
from mailbot_parsers.calibration import SURE, broken_label, judge

from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr


def test_a_label_the_structure_made_is_not_cut_from_running_text_by_its_lower_case() -> None:
    assert broken_label("who") and broken_label("reach them?")
    assert not broken_label("who", by_structure=True)
    # the end of a sentence inside a cell's label still shows running text, whatever made it a label
    assert broken_label("write-up. Endorsing Partner", by_structure=True)


def test_a_lower_case_label_in_a_table_cell_or_heading_leaves_its_answer_sure() -> None:
    for method in ("table", "heading"):
        v = judge("target_learners", "Labour and delivery nurses", "who", 1.0, method=method)
        assert not v.doubts and v.confidence >= SURE, method
    cut = judge("target_learners", "Labour and delivery nurses", "who", 1.0, method="label_line")
    assert "broken_label" in cut.doubts and cut.confidence < SURE


def test_an_outline_whose_labels_are_lower_case_is_read_with_confidence_and_not_sent_to_a_person() -> None:
    # an outline export: the writer's style puts every label in lower case, each in a cell of its own
    rows = "".join(tr(LABELS[k].lower(), v) for k, v in ANSWERS.items())
    result = parsers.parse(docx(p("Wound care - outline", style="Title")
                                + table(rows + tr("type of request", "☒ Micro-course")
                                        + tr("learning outcomes", "Assess a wound")
                                        + tr("endorsement status", "☒ Confirmed"))), "outline.docx")
    assert result.is_concept_form
    assert not any("broken_label" in s.doubts or "cut_short" in s.doubts for s in result.sources.values())
    assert not result.needs_manual_review
    assert not set(result.uncertain_fields) & set(ANSWERS)


def test_required_fields_whose_labels_were_not_found_still_weigh_as_trouble() -> None:
    # three required questions never located in a form of twenty: a person reads it, the values read may be off
    assert _needs_review(["request_type", "target_learners", "education_plan_alignment"], [], [], 20)
    # ... two of them beside guesses only: each is uncertain on its own, the form is not a person's to read
    assert not _needs_review(["request_type", "target_learners"], [], ["proposer_title"], 20)
