"""A labelled answer whose first sentence states, by its grammar, other fields than the label's is doubted."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import judge
from mailbot_parsers.prose import opening_roles

SURE = parsers.SURE


def test_the_proposing_sentence_under_a_purpose_heading_is_not_sure_as_the_rationale() -> None:
    opened = judge("rationale", "This note proposes a micro-course for dialysis nurses on fistula assessment. "
                   "Missed stenoses cost our unit three access surgeries last year.", "Purpose", 1.0,
                   method="label_line")
    reason = judge("rationale", "Missed stenoses cost our unit three access surgeries last year, and new nurses "
                   "say they were never taught to feel a thrill.", "Purpose", 1.0, method="label_line")
    assert "other_role" in opened.doubts and opened.confidence < SURE
    assert not reason.doubts and reason.confidence >= SURE


def test_an_endorsement_under_the_education_plan_question_is_doubted() -> None:
    value = ("The Harbour Renal Network has endorsed the course and their letter of support is attached. It also "
             "suits the plan's aim of learning close to practice.")
    assert "endorsement_status" in opening_roles(value)
    verdict = judge("education_plan_alignment", value, "Education Plan fit?", 1.0, method="heading")
    assert "other_role" in verdict.doubts and verdict.confidence < SURE


def test_an_answer_whose_first_sentence_states_its_own_field_is_not_doubted() -> None:
    value = "Learners will be assessed through a timed cannulation on a task trainer, scored with a checklist."
    assert "summative_assessment" in opening_roles(value)
    verdict = judge("summative_assessment", value, "Assessment", 1.0, method="label_line")
    assert "other_role" not in verdict.doubts


def test_a_value_from_a_named_slot_or_a_list_is_left_to_its_own_checks() -> None:
    # a content control names its field; a list's items are not one answer's opening sentence
    slot = judge("rationale", "We propose a new micro-credential for renal technicians.", "rationale", 1.0,
                 method="content_control", exact_source=True)
    items = judge("learning_outcomes", ["We propose a new micro-credential for renal technicians."], "Outcomes", 1.0,
                  method="label_line")
    assert "other_role" not in slot.doubts and "other_role" not in items.doubts
