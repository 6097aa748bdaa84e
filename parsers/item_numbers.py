"""A column of item numbers at the left of a printed question table: "# | What you asked | Our answer".

A sheet or table exported to PDF keeps its numbering column ("1", "2", ... under "#" or "No."). Its
numbers are runs of their own, left of the question text and a little off its baseline, so a reader
of the label column takes each number for a label of its own and pairs the answer with "7" instead of
"What can they do afterwards?". The numbers only count the rows, but they show where each row starts
(a question wrapped over two lines has one number): the column comes out of the page, and each number
becomes the top border of its row, as a drawn table rule would be.
"""
from __future__ import annotations

import re

from .pdf_layout import Line, Rule

MIN_NUMBERS = 3   # numbered rows that make a numbering column
CENTRED = 1.5     # line heights a number centred in its row may sit below the row's first label line
# "7", "7.", "b)", "2.3", a sheet's reference codes ("A1", "B12", "Q3") and a section row's bare letter ("C"), and the
# column's own header ("#", "No.", "Ref")
_NUMBER = re.compile(r"(?:\d{1,3}[.)]?|[a-z][.)]?|[a-z]{1,2}\.?\d{1,3}[a-z]?[.)]?|\d{1,2}(?:\.\d{1,2})+\.?"
                     r"|#|no\.?|n[°º]|item|r[ée]f\.?)", re.I)


def number_column(pages: list[list[Line]], answer_x: float) -> tuple[list[list[Line]], list[Rule]]:
    """``pages`` without the runs of a numbering column left of the labels, and a border above each numbered
    row; (``pages``, []) when there is no such column."""
    left = [r for p in pages for r in p if r.x1 < answer_x - 2]
    numbers = [r for r in left if _NUMBER.fullmatch(r.text.strip())]
    words = [r for r in left if not _NUMBER.fullmatch(r.text.strip())]
    if len(numbers) < MIN_NUMBERS or not words:
        return pages, []
    # where the label text of the numbered rows starts (a title or a heading above the table may stand further left)
    beside = [w for w in words if any(w.page == n.page and w.same_row(n) for n in numbers)]
    text_x = min(r.x0 for r in beside or words)
    # the column: numbers wholly left of where the label text starts, and no label text that far left
    column = [r for r in numbers if r.x1 <= text_x - 2]
    if len(column) < MIN_NUMBERS:
        return pages, []
    margin = min(r.x0 for r in column)
    borders = []
    for n in column:
        level = [w for w in words if w.page == n.page and w.same_row(n)]
        if not level:
            # a number centred on a label wrapped over two lines: the row starts at the label line just above it
            above = [w for w in words if w.page == n.page and 0 < w.cy - n.cy <= CENTRED * max(n.height, w.height)]
            level = [min(above, key=lambda w: w.cy - n.cy)] if above else []
        top = max([n.y1, *(w.y1 for w in level)])
        borders.append(Rule(n.page, top + 0.5, margin, answer_x - 2))
    dropped = {id(r) for r in column}
    return [[r for r in p if id(r) not in dropped] for p in pages], borders
