"""A column merged down beside each section of a form's table: an office-use box, a reviewer's column.

A three-column edition of a form sets "Item | Response | Office use only" over its rows, and the last column is one
cell merged down the whole of each section ("Reviewed: ☐ / Initials: ___ / Date: ___"). Read row by row, that cell
joins the first row of its section as if it were more of that row's answer (or a label of its own). An answer
belongs to its row: a cell that spans several rows of labels and answers answers none of them, and when the table's
last column is made only of such cells (beside a header row and section bands across the table) the column is no
part of the form's answers. Geometry, not wording: the header's words are not read.
"""
from __future__ import annotations

from lxml import etree

from .strict_ooxml import W

_w = f"{{{W}}}"
MIN_COLUMNS = 3     # a label, its answer and the side column
MIN_SPANS = 2       # the side column's cells merged down two sections at least (one merge is a layout accident)
MERGED_SHARE = 0.8  # of the rows with a cell in the last column: this many merged down (a header row aside)


def _span(tc: etree._Element) -> int:
    pr = tc.find(f"{_w}tcPr")
    gs = pr.find(f"{_w}gridSpan") if pr is not None else None
    try:
        return max(1, int(gs.get(f"{_w}val", "1"))) if gs is not None else 1
    except ValueError:
        return 1


def _merge(tc: etree._Element) -> str | None:
    pr = tc.find(f"{_w}tcPr")
    vm = pr.find(f"{_w}vMerge") if pr is not None else None
    if vm is None:
        return None
    return "restart" if vm.get(f"{_w}val") == "restart" else "continue"


def placed_cells(tr: etree._Element) -> list[tuple[int, etree._Element]]:
    """The row's cells, each with the grid column it starts at (cells wrapped in content controls included)."""
    out: list[tuple[int, etree._Element]] = []
    col = 0

    def walk(parent: etree._Element) -> None:
        nonlocal col
        for child in parent:
            if child.tag == f"{_w}tc":
                out.append((col, child))
                col += _span(child)
            elif child.tag in (f"{_w}sdt", f"{_w}customXml"):
                inner = child.find(f"{_w}sdtContent") if child.tag == f"{_w}sdt" else child
                if inner is not None:
                    walk(inner)
    walk(tr)
    return out


def merged_side_column(rows: list[etree._Element]) -> int | None:
    """The grid column of the table's last column when it is made of cells merged down beside several rows, else
    None."""
    placed = [placed_cells(tr) for tr in rows]
    width = max((col + _span(tc) for cells in placed for col, tc in cells), default=0)
    if width < MIN_COLUMNS:
        return None
    last = width - 1
    own = [tc for cells in placed for col, tc in cells if col == last and _span(tc) == 1]
    if not own:
        return None
    # (the rows a side cell runs down hold a label and an answer each, beside it)
    if any(_merge(tc) == "continue" and sum(1 for c, _ in cells if c != last) < MIN_COLUMNS - 1
           for cells in placed for col, tc in cells if col == last):
        return None
    merges = [_merge(tc) for tc in own]
    starts = merges.count("restart")
    merged = starts + merges.count("continue")
    if starts < MIN_SPANS or merges.count("continue") < starts or merged < MERGED_SHARE * (len(own) - 1):
        return None
    return last
