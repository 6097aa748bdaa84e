"""Printed forms: a label line left blank, and questions in the applicant's own words ending in a colon."""
from __future__ import annotations

import mailbot_parsers as parsers

from tests.parser_samples import text_pdf

HEAD = [
    "Micro-Course / Credential Concept Form",
    "Proposed Title", "Frozen Section Techniques",
    "Submitted by", "Gwendolyn Price",
    "E-mail address", "gprice@trillium.example.org",
    "This proposal is for", "[ ] New micro-credential [ ] Convert an existing program [X] Micro-course",
]
TAIL = [
    "Competencies / Skills targeted", "Cryostat operation; rapid staining.",
    "Learning outcomes", "a) Cut a frozen section", "b) Perform a rapid stain",
    "How will achievement be evidenced?", "Timed practical assessed by a pathologist.",
    "Industry partner", "Trillium Ridge Health",
    "Status of partner endorsement", "[X] Letter of support attached [ ] None yet",
    "How does this fit the Education Plan?", "Specialised lab competencies.",
]


def test_a_label_left_blank_does_not_swallow_the_next_label_of_a_printed_form() -> None:
    lines = [*HEAD, "Program to be converted", "Learner population", "Histotechnologists new to the room.",
             "Rationale / Need", "Training takes months on the job.", *TAIL]
    result = parsers.parse(text_pdf([lines]), "form.pdf")
    assert "existing_program_name" not in result.fields
    assert result.fields["target_learners"] == "Histotechnologists new to the room."


def test_a_question_in_own_words_ending_in_a_colon_starts_a_section_even_after_a_blank_label() -> None:
    lines = [*HEAD, "Who is this for?:", "Nuclear medicine technologists.",
             "Need for the offering:", "Inspections found gaps in spill response.", *TAIL,
             "Budget / Resources:", "Dated:", "2026-02-13"]
    result = parsers.parse(text_pdf([lines]), "form.pdf")
    assert result.fields["target_learners"] == "Nuclear medicine technologists."
    assert result.fields["rationale"] == "Inspections found gaps in spill response."
    assert result.fields.get("submission_date") == "2026-02-13"
    assert "resources_required" not in result.fields


def test_asking_how_you_will_know_learners_learned_it_asks_for_the_summative_assessment() -> None:
    from mailbot_parsers.meaning import resolve

    for label in ("How will you know they have learned it?", "How will learning be assessed?"):
        m = resolve(label, "Recorded role-play and a scenario-based quiz.")
        assert m is not None and m.key == "summative_assessment", label
    for label in ("What will learners be able to do?", "What will learners learn?"):
        m = resolve(label, "Position patients; adapt positioning.")
        assert m is not None and m.key == "learning_outcomes", label


def test_a_printed_numbered_list_whose_items_wrap_is_a_list_not_a_questionnaire() -> None:
    lines = [*HEAD[:7], "Type of Request", "[X] New micro-credential", "Target Learners", "Technologists.",
             "Learning Outcomes",
             "1. Prepare samples by protein precipitation and", "solid-phase extraction.",
             "2. Review a calibration curve and internal standard", "response.",
             "3. Identify common chromatography faults from", "the trace.",
             "4. Decide whether a result can be released using", "ion ratios.",
             *TAIL[5:]]
    result = parsers.parse(text_pdf([lines]), "form.pdf")
    assert "learning_outcomes" not in result.missing_required
    assert result.fields["learning_outcomes"][0] == "Prepare samples by protein precipitation and solid-phase extraction."
    assert len(result.fields["learning_outcomes"]) == 4


def test_printed_tick_boxes_that_all_read_empty_do_not_prove_the_choice_empty() -> None:
    lines = [*HEAD[:7], "Type of Request", "[ ] New micro-credential [ ] Convert an existing program [ ] Micro-course",
             "Target Learners", "Technologists.", *TAIL]
    result = parsers.parse(text_pdf([lines]), "form.pdf")
    assert "request_type" not in result.fields
    assert "request_type" not in result.missing_required
    assert "request_type" in result.uncertain_fields
