"""Forms that print what a line is for UNDER it: the answer on a line, its label in small type beneath (a signature
block's habit: "Imogen Castellanos" over "Name of Proposer").

Every reader of the parser expects a label before its answer, above it or left of it. On a page whose labels are
captions (:func:`empty_answers.captioned`) each caption is lifted to just above the answer it captions (the line
over it and the lines that line wraps from), so the page reads as a form whose labels stand over their answers;
the text moves nowhere else.
"""
from __future__ import annotations

from dataclasses import replace

from .empty_answers import caption_lines
from .pdf_layout import Line

WRAP_GAP = 1.0  # line heights: a line this close over an answer's top line is the same answer, wrapped


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
        moved[id(cap)] = replace(cap, y0=y0, y1=y0 + (cap.y1 - cap.y0), base=cap.base and y0 + (cap.base - cap.y0))
    return [moved.get(id(r), r) for r in page]
