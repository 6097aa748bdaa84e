"""A printed page with a narrow sidebar of the proposer's details beside a main column of "Label: answer" lines.

Both columns have a common left edge and share rows, as a label column and its answer column do; but what
starts at the main column's edge are other fields' labels, so the page is read column by column."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import assert_read, sidebar_pdf


def test_a_main_column_of_label_and_answer_lines_beside_a_sidebar_is_no_answer_column() -> None:
    r = parsers.parse(sidebar_pdf(), "printed.pdf")
    assert_read(r, "proposer_name", "proposer_department", "proposer_phone", "request_type", "target_learners",
                "learning_outcomes", "delivery_format", "estimated_hours")
