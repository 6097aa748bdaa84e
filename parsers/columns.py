"""The reading order of a page laid out in boxes side by side: a one-slide pitch, a flyer, a poster.

A slide sets its text in boxes, two or three to a row, each a heading over a few
lines; the text layer reads it row by row straight across the boxes ("Partner
Virtual care and workforce upskilling Online"), so no heading keeps its answer.
The page's white space shows the boxes: a horizontal band of white across the
whole width separates rows of boxes, and a vertical gutter of white down the
whole of a row separates the boxes in it (a recursive X-Y cut). Each box is
then read top to bottom, the boxes of a row left to right.

A two-column form (labels left, answers right) has a gutter too; what sets
boxes apart is that the text left of the gutter is running text, not labels:
see :func:`boxed`.
"""
from __future__ import annotations

import re
import statistics

from .labels import match_label
from .layout import Block
from .pdf_layout import Line, _merge_row, rows_of

BAND_GAP = 2.0      # white between rows of boxes, in body line heights
GUTTER = 2.0        # white between boxes of a row, in body line heights
TEXT_WORDS = 4      # words a line, on average, under the heading of the box left of a gutter: running text
MIN_BOX_ROWS = 2    # a heading and a line under it at least
HEADING_WORDS = 6   # a box's first line this short, with lines under it, is the box's heading
TEXT_BANDS = 2      # rows of boxes of text on the page: one gutter may be a table's or a form's
WORD_LENGTH = 2.5   # mean characters a word below which the text is spaced out letter by letter
HEAD_ROWS = 2       # rows of box headings in capitals on a page set as a canvas grid (one is a table's header)
HEAD_NAMING = 0.5   # share of those headings that name a field of the form, as a canvas's boxes do
HEAD_SCORE = 0.5    # (how surely: "Fit with Michener" names the plan's alignment in part)


def _height(runs: list[Line]) -> float:
    return statistics.median(r.height for r in runs) if runs else 10.0


def _bands(runs: list[Line], gap: float) -> list[list[Line]]:
    """Runs split where a horizontal band of white at least ``gap`` high crosses the whole region."""
    out: list[list[Line]] = []
    bottom = None
    for r in sorted(runs, key=lambda r: -r.y1):
        if out and bottom is not None and r.y1 < bottom - gap:
            out.append([r])
        elif out:
            out[-1].append(r)
        else:
            out.append([r])
        bottom = r.y0 if bottom is None or len(out[-1]) == 1 else min(bottom, r.y0)
    return out


def _boxes(runs: list[Line], gutter: float) -> list[list[Line]]:
    """Runs split where a vertical gutter of white at least ``gutter`` wide runs down the whole region."""
    out: list[list[Line]] = []
    right = None
    for r in sorted(runs, key=lambda r: r.x0):
        if out and right is not None and r.x0 > right + gutter:
            out.append([r])
        elif out:
            out[-1].append(r)
        else:
            out.append([r])
        right = r.x1 if len(out[-1]) == 1 else max(right or r.x1, r.x1)
    return out


def regions(runs: list[Line], height: float | None = None, depth: int = 0) -> list[list[Line]]:
    """The page's runs cut into boxes, in reading order (X-Y cut: rows of boxes first, then boxes in a row)."""
    h = height or _height(runs)
    if depth > 6 or len(runs) <= 1:
        return [runs]
    bands = _bands(runs, BAND_GAP * h)
    if len(bands) > 1:
        return [box for band in bands for box in regions(band, h, depth + 1)]
    boxes = _boxes(runs, GUTTER * h)
    if len(boxes) > 1:
        return [box for col in boxes for box in regions(col, h, depth + 1)]
    return [runs]


def _lines(box: list[Line]) -> list[str]:
    return [" ".join(r.text for r in row) for row in rows_of(_merge_row(box))]


def boxed(page: list[Line]) -> list[list[str]] | None:
    """The page's boxes as lists of text lines in reading order, or None when the page is not set in boxes.

    A page is set in boxes when some row of it is cut by a gutter into boxes of text: each has a
    heading and lines under it, and under its heading the box left of the gutter holds running text
    (TEXT_WORDS words a line on average), not a column of labels beside their answers; TEXT_BANDS rows
    of such boxes at least.
    """
    runs = [r for r in page if r.text.strip()]
    if len(runs) < 6:
        return None
    words = " ".join(r.text for r in runs).split()
    if sum(len(w) for w in words) < WORD_LENGTH * max(len(words), 1):
        return None  # text set letter by letter (a spaced-out print): its gaps are no gutters
    h = _height(runs)
    texty = 0
    for band in _bands(runs, BAND_GAP * h):
        boxes = _boxes(band, GUTTER * h)
        if len(boxes) < 2:
            continue
        first = _lines(boxes[0])
        rows = [len(_lines(b)) for b in boxes]
        body = [len(t.split()) for t in first[1:]]
        if min(rows) >= MIN_BOX_ROWS and len(first[0].split()) <= HEADING_WORDS \
                and sum(body) >= TEXT_WORDS * len(body):
            texty += 1
    if texty < TEXT_BANDS:
        return _heading_grid(runs, h)
    return [_lines(box) for box in regions(runs, h)]


def _capital_head(run: Line) -> bool:
    t = run.text.strip()
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(t.split()) <= HEADING_WORDS


def _heading_grid(runs: list[Line], h: float) -> list[list[str]] | None:
    """A canvas drawn as a grid of bordered boxes with little white between them (a lean canvas): no band of white
    parts its rows, but each row of boxes starts with a row of headings in capitals ("PROBLEM", "LEARNERS",
    "SKILLS"), and each box's text stands under its heading, from its heading's left edge to the next one's. Boxes
    read whole, the rows' boxes left to right; None unless the whole page after the first headings is such rows.

    A table's header row ("ITEM  RESPONSE") is one such row, so HEAD_ROWS of them are asked for, most of their
    headings naming fields of the form; a heading alone on its row (a box as wide as the page, a web form's label
    over its input) is no part of such a grid, so a page with one is left to the other readers."""
    rows = rows_of([r for r in runs if r.text.strip()])
    heads = [n for n, row in enumerate(rows) if all(_capital_head(r) for r in row)]
    grid = [n for n in heads if len(rows[n]) >= 2]
    if len(grid) < HEAD_ROWS or any(n > grid[0] for n in heads if n not in grid):
        return None
    named = [r for n in grid for r in rows[n] if (m := match_label(r.text.strip())) and m.score >= HEAD_SCORE]
    if len(named) < HEAD_NAMING * sum(len(rows[n]) for n in grid):
        return None
    boxes: list[list[str]] = []
    before = [r for row in rows[:grid[0]] for r in row]
    if before:
        boxes.append(_lines(before))
    for k, n in enumerate(grid):
        end = grid[k + 1] if k + 1 < len(grid) else len(rows)
        edges = [r.x0 for r in rows[n]]
        cells: list[list[Line]] = [[] for _ in edges]
        for row in rows[n + 1:end]:
            for r in row:
                # (a bullet or a number sits a little left of its heading's edge)
                col = max((c for c, x in enumerate(edges) if r.x0 >= x - GUTTER * h), default=0)
                cells[col].append(r)
        if not all(cells):
            return None  # a heading with nothing under it: a header row over a table, not a row of boxes
        # (the last box ends at the page's right margin, as wide as its left one; the widest line may stop short of it)
        sheet = max(r.sheet for r in runs)
        right = sheet - min(r.x0 for r in runs) if sheet else max(r.x1 for r in runs)
        limits = [edges[c + 1] - h if c + 1 < len(edges) else right for c in range(len(edges))]
        boxes.extend([rows[n][c].text.strip(), *_unwrapped(cell, limit)] for c, (cell, limit) in enumerate(zip(cells, limits)))
    return boxes


def _unwrapped(cell: list[Line], limit: float) -> list[str]:
    """A box's lines, each line that the box's edge wrapped joined to the one before: the next line's first word
    would have run past ``limit`` had it been set on the line before ("International Continence Society (ICS) Good"
    over "Urodynamic Practices", a name in capitals the lower-case test of :func:`_joined` cannot see)."""
    out: list[str] = []
    end: float | None = None
    for row in rows_of(_merge_row(cell)):
        text = " ".join(r.text for r in row).strip()
        first = row[0]
        word = text.split()[0] if text else ""
        width = (first.x1 - first.x0) * (len(word) + 1) / max(len(first.text), 1)
        if out and end is not None and word[:1].isalpha() and not first.is_mark and end + width > limit:
            out[-1] = f"{out[-1]} {text}"
        elif text:
            out.append(text)
        end = row[-1].x1
    return out


# (and the bullets a Symbol or Wingdings font draws from its private code points, as Word exports them)
_ARROWS = "→➔➜►▸▶-–•·▪◦\uf0b7\uf0a7"


def box_blocks(boxes: list[list[str]]) -> list[Block]:
    """Each box as blocks: its first line the heading, its lines with the wraps joined, a list when it is one.

    The box's edge ends its heading's answer, whatever the typography says. Lines of a box that each start
    a new phrase (a capital or an arrow, no full stop before the next) are the items of a list.
    """
    out: list[Block] = []
    for box in boxes:
        lines = [t.strip() for t in box if t.strip()]
        if not lines:
            continue
        head = lines[0] if len(lines) > 1 and len(lines[0].split()) <= HEADING_WORDS else None
        body = _joined(lines[1:] if head else lines)
        # (the box's wraps are joined here: its blocks are paragraphs, not a PDF's loose lines)
        if head:
            out.append(Block(text=head, bold=True))
        listed = len(body) >= 2 and all(_starts_phrase(t) and not t.endswith((".", ":")) for t in body)
        for t in body:
            item = t.lstrip(_ARROWS).strip() if listed else t
            out.append(Block(text=item, list_item=listed))
    return out


def _starts_phrase(text: str) -> bool:
    t = text.lstrip(_ARROWS).strip()
    return bool(t) and t[0].isupper() and not any(ch in text for ch in "@") and sum(c.isdigit() for c in t) < 5


# a line that ends on a comma or a word that needs more ("both", "and", "of") goes on in the next one
_OPEN_END = re.compile(r"(?:[,=+&]|\b(?:and|or|both|the|of|to|for|with|a|an|in|on|by|from|between|than))\s*$", re.I)


def _joined(lines: list[str]) -> list[str]:
    """A box's lines with each wrap joined: a line that goes on in lower case or in brackets continues the last."""
    out: list[str] = []
    for t in lines:
        if out and (t[:1].islower() or t[:1] == "(" or _OPEN_END.search(out[-1])) and not out[-1].endswith((".", ":")):
            out[-1] = out[-1] + " " + t
        else:
            out.append(t)
    return out


PANELS = 3          # a folded leaflet's panels a side: a tri-fold (a letter sheet folded in three)
PANEL_EVEN = 0.15   # how far the panels' left edges may stray from an even spacing, as a share of a panel's pitch
PANEL_LINES = 3     # lines a panel at least


def panels(page: list[Line]) -> list[list[Line]] | None:
    """A folded leaflet's side as its panels, left to right; None for any other page.

    A tri-fold brochure prints three panels side by side on each side of a landscape sheet, each read top to
    bottom on its own, with several headed sections down each panel. The rows of a panel line up with the rows
    of its neighbours only by chance, so the readers that pair a line with the line beside it (a label and its
    answer) pair one panel's heading with another panel's text. What marks the panels is the page's geometry:
    gutters of white down the WHOLE height of the page cut it into PANELS columns whose left edges are evenly
    spaced (the folds are), each holding a few lines of running text.
    """
    runs = [r for r in page if r.text.strip()]
    if len(runs) < PANELS * PANEL_LINES:
        return None
    h = _height(runs)
    cols = _boxes(runs, GUTTER * h)
    if len(cols) != PANELS or any(len(_lines(c)) < PANEL_LINES for c in cols):
        return None
    lefts = [min(r.x0 for r in c) for c in cols]
    pitch = (lefts[-1] - lefts[0]) / (PANELS - 1)
    if pitch <= 0 or any(abs(x - (lefts[0] + k * pitch)) > PANEL_EVEN * pitch for k, x in enumerate(lefts)):
        return None
    words = [len(t.split()) for c in cols for t in _lines(c)]
    if sum(words) < TEXT_WORDS * len(words):
        return None  # columns of short cells (a table's), not panels of running text
    return [sorted(c, key=lambda r: (-r.y1, r.x0)) for c in cols]


def folded_lines(pages: list[list[Line]]) -> list[str] | None:
    """A folded leaflet's text lines in reading order, panel by panel; None unless every page is a side of panels.

    A tri-fold is imposed so that the cover is the right-hand panel of the outside (first) side, the back
    panel the middle one and the flap the left one; the inside side reads left to right. So the cover is read
    first (its title is the document's), then the inside, then the flap and the back (the contact block)."""
    sides = [panels(page) for page in pages if page]
    if not sides or not all(sides):
        return None
    order: list[tuple[list[Line], float]] = []
    for n, side in enumerate(sides):
        assert side is not None
        lefts = [min(r.x0 for r in p) for p in side]
        pitch = (lefts[-1] - lefts[0]) / (PANELS - 1)
        # each panel's right edge: a panel is as wide as the folds' pitch less the margins on either side of its
        # text, the sheet's own left margin on the first panel
        edges = [x + pitch - 2 * lefts[0] for x in lefts]
        panels_ = list(zip(side, edges))
        order.extend([panels_[-1], *panels_[:-1]] if n == 0 and len(sides) > 1 else panels_)
    if len(sides) > 1:
        # (the outside's flap and back after the inside)
        order = [order[0], *order[PANELS:], *order[1:PANELS]]
    return [t for panel, edge in order for t in _panel_lines(panel, edge) if t.strip()]


def _panel_lines(panel: list[Line], edge: float) -> list[str]:
    """A panel's text lines, each line of plain text that the panel's edge wrapped joined to the one before: the
    next line's first word would have run past the panel's right edge had it been set there ("Regional Blood
    Services, Kingsway General" over "Hospital"). A heading, a title's display lines and a list's items are left
    as they are: only a plain line under a plain line of the same size that starts where it starts is a wrap."""
    # (a panel's widest line ends at its edge or short of it, never past it)
    limit = max(edge, max(r.x1 for r in panel))
    out: list[str] = []
    last: list[Line] = []
    for row in rows_of(_merge_row(panel)):
        text = " ".join(r.text for r in row).strip()
        if not text:
            continue
        first = row[0]
        word = text.split()[0]
        width = (first.x1 - first.x0) * (len(word) + 1) / max(len(first.text), 1)
        if out and last and word[:1].isalpha() and not any(r.bold for r in (*row, *last)) \
                and abs(first.x0 - last[0].x0) <= 0.5 * first.height and abs(first.size - last[0].size) < 0.5 \
                and last[-1].x1 + width > limit:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        last = row
    return out
