"""A printed page with a narrow sidebar of the proposer's details beside a main column of "Label: answer" lines.

Both columns have a common left edge and share rows, as a label column and its answer column do; but what
starts at the main column's edge are other fields' labels, so the page is read column by column."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import sidebar_pdf


def test_a_main_column_of_label_and_answer_lines_beside_a_sidebar_is_no_answer_column() -> None:
    r = parsers.parse(sidebar_pdf(), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposer_name"] == "Oluwaseun Brandvold"
    assert f["proposer_department"] == "Occupational Health, Lakeview General"
    assert f["proposer_phone"] == "905-555-0142"
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "Porters and patient transport staff in acute care who move patients between units"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer",
                                      "Lead a team lift with clear commands"]
    assert f["delivery_format"] == "hybrid"
    assert f["estimated_hours"] == 12
