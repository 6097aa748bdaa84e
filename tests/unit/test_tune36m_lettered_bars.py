"""Section bars named after a bare letter ("A Proposer", "B The proposal", "C Learning design"): a run of them in
the alphabet's order is the form's sections, and a bar right under an answer (a column's flow) ends that answer.
One such line alone is an answer's words. Wording made up here."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import _lettered_sections


def _lines(*texts: str) -> list[Block]:
    return [Block(text=t, line=True) for t in texts]


def test_a_run_of_lettered_bars_is_found() -> None:
    blocks = _lines("A Proposer", "Working Title", "Gait Analysis Basics", "B The proposal", "Type of Request",
                    "A New Course", "Rationale", "Clinics wait.", "C Learning design", "D Logistics")
    assert _lettered_sections(blocks) == frozenset({0, 3, 8, 9})


def test_a_lone_letter_line_is_no_bar() -> None:
    blocks = _lines("Type of Request", "A New Course", "Rationale", "B Team Needs More")
    assert _lettered_sections(blocks) == frozenset()
