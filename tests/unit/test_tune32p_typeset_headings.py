"""A heading set one step above the body in a document a program typeset (14 pt body, 16 pt headings) ends the
answer above it; the same step in a text layer OCR laid over a scan stays noise."""
from __future__ import annotations

from mailbot_parsers.emphasis import headed_blocks
from mailbot_parsers.pdf_layout import Line

_PAGE = [("Education Plan", 16.0), ("It serves the plan's focus on community care.", 14.0), ("Logistics", 16.0),
         ("Online, 6 hours, from May 2027, about 40 a year.", 14.0)]


def _pages() -> list[list[Line]]:
    return [[Line(0, 72, 700 - 20 * n, 72 + 6 * len(text), 712 - 20 * n, text, size=size)
             for n, (text, size) in enumerate(_PAGE)]]


def test_a_heading_one_step_larger_heads_its_own_block_in_typeset_text() -> None:
    blocks = headed_blocks([t for t, _ in _PAGE], _pages(), typeset=True)
    assert [b.text for b in blocks if b.bold] == ["Education Plan", "Logistics"]


def test_the_same_step_in_an_ocr_layer_is_no_heading() -> None:
    blocks = headed_blocks([t for t, _ in _PAGE], _pages(), typeset=False)
    assert not [b.text for b in blocks if b.bold]
