"""A numbered question closed by a required-answer mark or a colon keeps an answer that opens in lower case."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.questions import question_pairs

LINES = ["1. Proposed Title *", "Stool microscopy refresher", "2. Name of Proposer *", "Gus Ross",
         "3. Competencies / Skills Targeted *", "concentration and trichrome staining", "reporting",
         "4. Target Audience:", "generalist technologists in community labs", "5. Summative Assessment *",
         "An image-based exam."]


def _pairs(lines: list[str]) -> dict[str, list[str]]:
    out = question_pairs([Block(text=t, line=True) for t in lines])
    return {b.pair_label: [a.text for a in b.answer] for b in out if b.is_pair}


def test_a_required_question_over_a_lower_case_answer_is_a_question() -> None:
    pairs = _pairs(LINES)
    assert pairs["Competencies / Skills Targeted"] == ["concentration and trichrome staining", "reporting"]
    assert pairs["Target Audience:"] == ["generalist technologists in community labs"]


def test_a_wrapped_numbered_item_still_wraps() -> None:
    items = ["Outcomes", "1. Prepare and stain the smears at the bedside with the", "rapid kit and a timer.",
             "2. Judge adequacy against the written", "criteria of the laboratory.", "3. Call the result.",
             "4. Triage the material."]
    assert _pairs(items) == {}
