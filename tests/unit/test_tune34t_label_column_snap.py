"""Label columns of a landscape form (three label/answer pairs a row) whose labels start a point apart from row to
row (282, 283): one column. Rounded to a fixed grid of x, such starts fell on both sides of a grid line and the
column was counted as two, each too thin to be a column."""
from __future__ import annotations

from mailbot_parsers.pdf_layout import Line
from mailbot_parsers.side_by_side import label_columns, second_label_column

ROWS = [(("Name of Proposer", "Ilse Marchetti-Obi"), ("Email", "imarchetti@example.org"), ("Phone", "416-555-0111")),
        (("Position / Title", "Charge Technologist"), ("Department", "Core Laboratory"), ("Date Submitted", "2026-11-30")),
        (("Proposed Title", "Blood Gas Quality Control"), ("Estimated Hours", "8"), ("Proposed Start", "May 2027"))]


def _page(seconds: tuple[float, ...]) -> list[Line]:
    runs: list[Line] = []
    for n, row in enumerate(ROWS):
        y = 700.0 - 24 * n
        for x, (label, answer) in zip((42.0, seconds[n], 522.0), row):
            runs.append(Line(page=0, x0=x, y0=y, x1=x + 5.0 * len(label), y1=y + 10, text=label))
            runs.append(Line(page=0, x0=x + 87, y0=y, x1=x + 87 + 5.0 * len(answer), y1=y + 10, text=answer))
    return runs


def test_starts_a_point_apart_are_one_column() -> None:
    page = _page((283.0, 282.0, 283.0))
    assert second_label_column([page]) is not None
    assert len([x for x in label_columns([page]) if 280 <= x <= 286]) == 1


def test_a_page_of_single_pairs_has_no_second_column() -> None:
    page = [r for r in _page((283.0, 282.0, 283.0)) if r.x0 < 250]
    assert second_label_column([page]) is None
