"""A printed question-and-answer table with a "#" column of row numbers, split by a page break mid-row."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import numbered_table_pdf

ROWS = [
    ("1", ["Proposed title"], ["Safe Patient Handling for Porters"]),
    ("2", ["Name of proposer"], ["Oluwaseun Brandvold"]),
    ("3", ["Email"], ["obrandvold@example.org"]),
    ("4", ["Target learners"], ["Porters and patient transport staff", "in acute care"]),
    ("5", ["Rationale / need"], ["Lifting injuries among porters", "doubled in two years."]),
    ("6", ["Competencies /", "skills targeted"], ["Risk assessment before a transfer;", "use of slider sheets; team lifts"]),
    ("7", ["Summative", "assessment"], ["Observed transfers in the simulation", "lab, scored with a checklist."]),
    ("8", ["Industry / employment", "partner"], ["Ontario Safe Handling Association"]),
    ("9", ["Estimated", "hours"], ["12"]),
]


def test_row_numbers_in_a_column_of_their_own_are_no_labels_and_a_row_split_by_the_page_break_is_one_answer() -> None:
    r = parsers.parse(numbered_table_pdf(ROWS, break_after=6), "answers.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["proposer_name"] == "Oluwaseun Brandvold"
    assert f["target_learners"] == "Porters and patient transport staff in acute care"
    assert f["competencies"] == "Risk assessment before a transfer; use of slider sheets; team lifts"
    # question 7 and its answer run on over the page break, under the header row printed again
    assert f["summative_assessment"] == "Observed transfers in the simulation lab, scored with a checklist."
    assert f["partner_name"] == "Ontario Safe Handling Association"
    assert f["estimated_hours"] == 12
