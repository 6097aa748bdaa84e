"""A web form printed to PDF: numbered part names over labels set above their answers are headings, not questions."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.questions import question_pairs
from mailbot_parsers.sections import extract
from mailbot_parsers.stacked import labels_over_answers

WEB_PRINT = ["Concept Form", "1. Proposer", "NAME OF PROPOSER", "Ada Eze", "EMAIL", "ada@example.org",
             "2. Proposal", "PROPOSED TITLE", "Wound care basics", "TARGET LEARNERS", "Community nurses",
             "TYPE OF REQUEST", "☒ Micro-course ☐ New micro-credential",
             "3. Delivery", "ESTIMATED HOURS", "6", "PROPOSED START", "May 2027"]


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(text=t, line=True) for t in lines]


def test_labels_over_answers_counts_label_lines_with_an_answer_below() -> None:
    assert labels_over_answers(_blocks(WEB_PRINT[2:6])) == 2
    # a label over another label answers nothing
    assert labels_over_answers(_blocks(["NAME OF PROPOSER", "EMAIL"])) == 0


def test_numbered_part_names_over_stacked_labels_are_no_questions() -> None:
    assert not any(b.question for b in question_pairs(_blocks(WEB_PRINT)))
    fields = extract(_blocks(WEB_PRINT)).fields
    assert fields["proposer_name"] == "Ada Eze"
    assert fields["proposal_title"] == "Wound care basics"
    assert fields["estimated_hours"] == 6


def test_a_questionnaire_keeps_its_numbered_questions() -> None:
    asked = ["1. What is the title?", "Wound care basics", "2. Who is proposing it?", "Ada Eze, nurse educator",
             "3. Who are the learners?", "Community nurses",
             "4. Proposer's email", "ada@example.org"]
    assert sum(b.question for b in question_pairs(_blocks(asked))) == 4
