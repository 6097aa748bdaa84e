"""A printed form whose table sets two labels side by side on one row and their answers in the row below."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import label_rows_pdf


def test_each_answer_goes_with_the_label_above_it_in_its_column() -> None:
    r = parsers.parse(label_rows_pdf(), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["proposer_name"] == "Oluwaseun Brandvold"
    assert f["proposer_phone"] == "905-555-0142"
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "Porters and patient transport staff in acute care who move patients between units"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer",
                                      "Lead a team lift with clear commands"]
    assert f["competencies"] == "Risk assessment before a transfer; use of slider sheets; team lifts"
    assert f["partner_name"] == "Ontario Safe Handling Association"
    assert f["delivery_format"] == "hybrid"
    assert f["estimated_hours"] == 12
    assert f["expected_enrolment"] == 60
    assert not r.needs_manual_review
