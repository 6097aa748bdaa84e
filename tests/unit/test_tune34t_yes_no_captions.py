"""A grid of options under a "Yes | No" header, one option a row with its two boxes after the caption: a caption of
several words that name one option ("Existing program conversion") is one caption, not two options each with a box.
Read as two options, the row ticked No read "☐ Existing program ☒ conversion": the conversion seemed chosen."""
from __future__ import annotations

from mailbot_parsers import marks
from mailbot_parsers.normalise import choice_code


def test_two_words_of_one_option_keep_the_row_s_yes_no_boxes() -> None:
    row = "Existing program conversion ☐ ☒"
    assert marks.trailing_boxes(row) == row
    # two different options still share the boxes out, one each
    assert marks.trailing_boxes("Online   In person ☐ ☒") == "☐ Online ☒ In person"


def test_the_grid_reads_the_option_ticked_yes() -> None:
    lines = ["Type of request  Yes  No", "New  ☐ ☒", "Existing program conversion  ☐ ☒", "Micro-course  ☒ ☐"]
    out = marks.tick_lines([lines], [[]])[0]
    chosen = [ln for ln in out if ln.startswith("☒")]
    assert len(chosen) == 1
    assert choice_code("request_type", chosen[0][1:].strip()) == "micro_course"
