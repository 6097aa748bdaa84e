"""A printed two-column table whose cells centre each label on its answer: the ruled row, not the label's top,
says which answer lines are its own."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import ruled_table_pdf


def test_each_answer_line_belongs_to_the_label_in_its_ruled_row_even_above_the_labels_top() -> None:
    r = parsers.parse(ruled_table_pdf(), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "Porters and patient transport staff in acute care who move patients between units"
    assert f["rationale"] == ("Lifting injuries among porters doubled in two years and most happened during "
                              "bed-to-stretcher transfers.")
    assert f["competencies"] == "Risk assessment before a transfer; use of slider sheets; team lifts"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer",
                                      "Lead a team lift with clear commands"]
    assert f["summative_assessment"] == "Observed transfers in the simulation lab, scored with a checklist."
    assert not r.needs_manual_review
