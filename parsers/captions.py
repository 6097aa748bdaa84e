"""Forms that print what a line is for UNDER it: the answer on a line, its label in small type beneath (a signature
block's habit: "Imogen Castellanos" over "Name of Proposer").

Every reader of the parser expects a label before its answer, above it or left of it. On a page whose labels are
captions (:func:`empty_answers.captioned`) each caption is lifted to just above the answer it captions (the line
over it and the lines that line wraps from), so the page reads as a form whose labels stand over their answers;
the text moves nowhere else.

Such a form often sets two or three short fields in a row ("Name | Position / Title | Telephone", each over its
own caption): read row by row, their lifted captions make one line of labels and their answers another, which no
label-then-answer reading pairs. :func:`reading` reads each caption of such a row with the text under it in its
own column, caption then answer, the way a person reads a column of the row.
"""
from __future__ import annotations

from dataclasses import replace

from .empty_answers import LiftedCaption, caption_lines, label_key
from .pdf_layout import Line, reading_lines, rows_of

WRAP_GAP = 1.0  # line heights: a line this close over an answer's top line is the same answer, wrapped
ROW_GAP = 2.5   # line heights of empty space under a row of captions' answers that ends them


def lifted(page: list[Line]) -> list[Line]:
    """The page with each caption moved to just above the answer it captions (see the module's docstring)."""
    moved: dict[int, Line] = {}
    pairs = caption_lines(page)
    caps = {id(c) for c, _ in pairs}
    for cap, first in pairs:
        top = first
        while True:
            # the answer wraps upwards: a line right over its top, in its column, that is no caption or label
            over = [a for a in page if id(a) not in caps and a.y0 >= top.y1 - 1 and a.y0 - top.y1 < WRAP_GAP * top.height
                    and a.x0 < cap.x1 and a.x1 > cap.x0 and not a.same_row(top) and abs(a.x0 - top.x0) <= 2 * top.height]
            if not over:
                break
            nxt = min(over, key=lambda a: a.y0)
            if nxt.size and top.size and abs(nxt.size - top.size) > 0.6:
                break  # another type: a heading or another field's caption, not the answer's first line
            top = nxt
        gap = max(first.y0 - cap.y1, 1.0)
        y0 = top.y1 + gap
        # (marked as lifted: the page keeps the sign that its labels were printed under their answers)
        moved[id(cap)] = replace(LiftedCaption(**vars(cap), origin=cap.y1), y0=y0, y1=y0 + (cap.y1 - cap.y0),
                                 base=cap.base and y0 + (cap.base - cap.y0))
    return [moved.get(id(r), r) for r in page]


def caption_rows(page: list[Line]) -> int:
    """How many rows of the page (as :func:`lifted` left it) hold two captions or more side by side."""
    return sum(1 for row in rows_of(page) if sum(isinstance(r, LiftedCaption) for r in row) >= 2)


def reading(page: list[Line], first: bool = True) -> list[str]:
    """The lines of a page read with its captions lifted: a row of captions side by side read column by column,
    each caption followed by the lines under it in its column (down to the next row holding a caption or a label,
    a line in bold, or a gap); every other row as :func:`pdf_layout.reading_lines` reads it. What no caption can
    own is left out (see :func:`_answers_only`); ``first`` says whether the page is the document's first."""
    out: list[str] = []
    rows = rows_of(_answers_only(page, first))
    i = 0
    while i < len(rows):
        row = rows[i]
        i += 1
        if sum(isinstance(r, LiftedCaption) for r in row) < 2 or not all(isinstance(r, LiftedCaption) for r in row):
            out.extend(reading_lines(row))
            continue
        answers: list[list[list[Line]]] = [[] for _ in row]
        last = row
        while i < len(rows):
            below = rows[i]
            gap = min(r.y0 for r in last) - max(r.y1 for r in below)
            if gap > ROW_GAP * max(r.height for r in below) \
                    or any(isinstance(r, LiftedCaption) or r.bold or label_key(r.text) is not None for r in below):
                break
            cells: dict[int, list[Line]] = {}
            for cell in below:
                cells.setdefault(_column(row, cell), []).append(cell)
            for n, runs in cells.items():
                answers[n].append(runs)
            last = below
            i += 1
        for cap, lines in zip(row, answers):
            out.append(cap.text)
            out.extend(text for runs in lines for text in reading_lines(runs))
    return out


def _column(row: list[Line], cell: Line) -> int:
    """The caption of ``row`` whose column (its left edge to the next caption's) holds the start of ``cell``: an
    answer starts at its caption's edge, wherever a long one runs on to."""
    n = 0
    for k, cap in enumerate(row):
        if cell.x0 >= cap.x0 - cap.height:
            n = k
    return n


def _answers_only(page: list[Line], first: bool) -> list[Line]:
    """The page less the lines that can be no caption's answer: each answer stands right over its caption, so a
    line under the page's last caption (where it was printed) is the page's footer ("(continued on next page)", a
    page number), and on a page after the first, a plain line over its first caption's answer is a running header
    ("(continued)"); read on, either would join the answer read before it. A line that names a field stays (a
    label the lifting did not take for a caption, with its answer under it), and so does a bold heading."""
    caps = [r for r in page if isinstance(r, LiftedCaption)]
    if not caps:
        return page
    low = min(c.origin - c.height for c in caps)
    top = max(c.y1 for c in caps)

    # (a label among the lines under the last caption: the page goes on as a form there, and nothing there is left)
    tail = any(r.y1 < low and label_key(r.text) is not None for r in page)

    def owned(r: Line) -> bool:
        if r.bold or isinstance(r, LiftedCaption) or label_key(r.text) is not None:
            return True
        if r.y1 < low - ROW_GAP * r.height:
            return tail
        return first or r.y0 <= top

    return [r for r in page if owned(r)]
