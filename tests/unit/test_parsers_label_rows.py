"""A printed form whose table sets two labels side by side on one row and their answers in the row below."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import assert_read, label_rows_pdf


def test_each_answer_goes_with_the_label_above_it_in_its_column() -> None:
    r = parsers.parse(label_rows_pdf(), "printed.pdf")
    assert_read(r, "proposal_title", "proposer_name", "proposer_phone", "request_type", "target_learners",
                "learning_outcomes", "competencies", "partner_name", "delivery_format", "estimated_hours",
                "expected_enrolment")
    assert not r.needs_manual_review
