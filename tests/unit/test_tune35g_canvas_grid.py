"""A canvas drawn as a grid of bordered boxes, rows of capital headings with each box's text under its heading."""
from __future__ import annotations

from mailbot_parsers.columns import box_blocks, boxed
from mailbot_parsers.pdf_layout import Line


def _run(x: float, y: float, text: str) -> Line:
    return Line(page=0, x0=x, y0=y, x1=x + 6 * len(text), y1=y + 9, text=text)


def _page(rows: list[list[tuple[float, str]]]) -> list[Line]:
    # rows 11 points apart: no band of white between the rows of boxes, as in a bordered grid
    return [_run(x, 700 - 11 * n, t) for n, row in enumerate(rows) for x, t in row]


CANVAS = [
    [(40, "Course canvas - Wound Care Basics for Home Care Nurses")],
    [(40, "PROBLEM"), (280, "LEARNERS"), (520, "SKILLS")],
    [(58, "Pressure injuries rising"), (280, "Home care nurses and"), (520, "Staging")],
    [(58, "No common dressing policy"), (280, "personal support workers"), (520, "Dressing choice")],
    [(40, "OUTCOMES"), (280, "PARTNER"), (520, "LOGISTICS")],
    [(58, "Stage a pressure injury"), (280, "Wound Care Canada"), (538, "Hybrid: 2 h online + 4 h lab =")],
    [(58, "Choose a dressing"), (280, "Letter of support attached"), (538, "6 h")],
]


def test_each_box_is_read_whole_under_its_heading() -> None:
    boxes = boxed(_page(CANVAS))
    assert boxes is not None
    assert ["LEARNERS", "Home care nurses and", "personal support workers"] in boxes
    assert ["OUTCOMES", "Stage a pressure injury", "Choose a dressing"] in boxes


def test_a_line_ending_on_an_operator_goes_on() -> None:
    texts = [b.text for b in box_blocks([["LOGISTICS", "Hybrid: 2 h online + 4 h lab =", "6 h"]])]
    assert texts == ["LOGISTICS", "Hybrid: 2 h online + 4 h lab = 6 h"]


def test_a_symbol_font_bullet_marks_a_list() -> None:
    blocks = box_blocks([["SKILLS", "\uf0b7 Staging", "\uf0b7 Dressing choice"]])
    assert [(b.text, b.list_item) for b in blocks[1:]] == [("Staging", True), ("Dressing choice", True)]


def test_a_table_header_row_is_no_grid() -> None:
    table = [[(40, "ITEM"), (300, "RESPONSE")], [(40, "Proposed title"), (300, "Wound care")],
             [(40, "Target learners"), (300, "Home care nurses")], [(40, "ITEM"), (300, "RESPONSE")],
             [(40, "Estimated hours"), (300, "6")]]
    assert boxed(_page(table)) is None


def test_a_web_form_with_a_label_alone_on_its_row_is_no_grid() -> None:
    form = [[(40, "NAME OF PROPOSER"), (300, "EMAIL")], [(40, "Ada Eze"), (300, "ada@example.org")],
            [(40, "PROPOSED TITLE")], [(40, "Wound care basics")],
            [(40, "TARGET LEARNERS"), (300, "ESTIMATED HOURS")], [(40, "Home care nurses"), (300, "6")]]
    assert boxed(_page(form)) is None


def test_a_line_the_boxs_edge_wrapped_is_joined() -> None:
    rows = [list(r) for r in CANVAS]
    rows[4] = [*rows[4][:2], (520, "FRAMEWORK")]
    rows[5] = [*rows[5][:2], (520, "International Continence Society (ICS) Good")]
    rows[6] = [*rows[6][:2], (520, "Urodynamic Practices")]
    boxes = boxed(_page(rows))
    assert boxes is not None
    assert ["FRAMEWORK", "International Continence Society (ICS) Good Urodynamic Practices"] in boxes
    assert ["SKILLS", "Staging", "Dressing choice"] in boxes  # (short lines: each a line of its own)
