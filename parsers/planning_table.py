"""A planning table: a row of column headings over columns of bulleted items ("Inputs | Activities | Outputs |
Outcomes", a logic model, a project charter's planning grid), with a strip of "Label: value" pairs above it.

Such a page is set in columns that each hold a list, and a strip of two or three "Label: value" pairs a row over
them. Read line by line, the headings run together into one line, every column's first heading is far from its
items, and a strip row reads "Prepared by: <name> Role: <title> Unit: <unit>", its wrapped ends on a line of their
own. The page's geometry tells the columns apart: the headings stand on one row, each at the left edge of the
items under it, and the items start with a bullet. Each column is read top to bottom as its heading (a label line)
over its items, a bullet's wrapped lines joined to it; each strip pair is read as a line of its own with the lines
wrapped under its value.

What the columns mean is left to the label reader: a heading that names a field heads its items; one that names
none ends the column before it, so its items are never read as another column's.
"""
from __future__ import annotations

import re

from .labels import names_field
from .pdf_layout import Line, rows_of

COLUMNS_MIN = 3     # headings a row needs to head a planning table
HEADING_WORDS = 5   # a heading is a few words ("Short-term outcomes")
EDGE = 14.0         # points a column's bullets may stand left of its heading's left edge
BULLETED_MIN = 2    # columns that start with a bullet right under the headings
ROW_GAP = 2.5       # line heights of white that end the table
LABEL_SCORE = 0.9   # how surely a cell names a field to count as a label, not an answer
_BULLETS = frozenset("•◦▪‣∙·-–*")
_SUB_HEAD = "\x00"  # marks a column's sub-heading among its items
_PAIR_LABEL = re.compile(r"^[^\W\d][\w .,/&'’()-]{0,40}:$")


def _bullet(run: Line) -> bool:
    return run.text.strip() in _BULLETS and len(run.text.strip()) == 1


def _heading(run: Line) -> bool:
    t = run.text.strip()
    return bool(t) and len(t.split()) <= HEADING_WORDS and not t.endswith(":") and not _bullet(run) \
        and not any(ch.isdigit() for ch in t)


def _column(heads: list[Line], run: Line) -> int:
    """The column a run stands in: the last heading whose left edge (less EDGE) is at or left of it."""
    n = 0
    for k, h in enumerate(heads):
        if run.x0 >= h.x0 - EDGE:
            n = k
    return n


def _header_row(rows: list[list[Line]]) -> int | None:
    """The index of the row of headings: COLUMNS_MIN short headings or more, apart from each other, over items
    that start with a bullet under BULLETED_MIN of them or more within the next rows."""
    for i, row in enumerate(rows[:-1]):
        if len(row) < COLUMNS_MIN or not all(_heading(r) for r in row):
            continue
        if any(b.x0 - a.x1 < 2 * a.height for a, b in zip(row, row[1:])):
            continue  # words of one line, not headings of columns
        bulleted: set[int] = set()
        for below in rows[i + 1:i + 4]:
            for r in below:
                if _bullet(r) and abs(r.x0 - row[_column(row, r)].x0) <= EDGE:
                    bulleted.add(_column(row, r))
        if len(bulleted) >= BULLETED_MIN:
            return i
    return None


def _strip_lines(rows: list[list[Line]]) -> list[str]:
    """Rows of "Label: value" pairs set side by side: each pair a line, a value's wrapped lines joined to it.
    Rows that hold no such pair stay as they are."""
    out: list[str] = []
    cells: list[tuple[float, list[str]]] = []

    def flush() -> None:
        out.extend(" ".join(parts) for _x, parts in cells)
        cells.clear()

    for row in rows:
        starts = [k for k, r in enumerate(row) if _PAIR_LABEL.match(r.text.strip())]
        if len(starts) >= 2 or (starts and cells):
            flush()
            if starts[0] > 0:
                out.append(" ".join(r.text for r in row[:starts[0]]))
            for a, b in zip(starts, starts[1:] + [len(row)]):
                cells.append((row[a].x0, [r.text.strip() for r in row[a:b]]))
            continue
        if cells and all(r.x0 >= cells[0][0] - EDGE for r in row):
            # a value's wrapped line, under the pair whose label stands left of it
            for r in row:
                k = max((n for n, (x, _p) in enumerate(cells) if r.x0 >= x - EDGE), default=0)
                cells[k][1].append(r.text.strip())
            continue
        flush()
        out.append(" ".join(r.text for r in row))
    flush()
    return out


def page_text(runs: list[Line]) -> tuple[list[str], list[str]] | None:
    """The page's lines with its planning table read column by column, and the lines that head its columns; None
    when the page holds no such table."""
    rows = rows_of(runs)
    h = _header_row(rows)
    if h is None:
        return None
    heads = rows[h]
    titles = [r.text.strip() for r in heads]
    i = h + 1
    # a heading's second line ("(learners will be able to)"), before the first bullet
    while i < len(rows) and not any(_bullet(r) for r in rows[i]) \
            and all(r.text.strip()[:1] in "([" or r.text.strip()[:1].islower() for r in rows[i]):
        for r in rows[i]:
            n = _column(heads, r)
            titles[n] = f"{titles[n]} {r.text.strip()}"
        i += 1
    items: list[list[list[str]]] = [[] for _ in heads]
    last = rows[i - 1]
    end = len(rows)
    for k in range(i, len(rows)):
        row = rows[k]
        gap = min(r.y0 for r in last) - max(r.y1 for r in row)
        spans = any(_column(heads, r) + 1 < len(heads) and r.x1 > heads[_column(heads, r) + 1].x0 + EDGE for r in row)
        if gap > ROW_GAP * max(r.height for r in row) or spans:
            end = k
            break
        opened: set[int] = set()
        for r in row:
            n = _column(heads, r)
            if _bullet(r):
                items[n].append([])
                opened.add(n)
            elif r.bold and _heading(r):
                # a sub-heading inside a column, bold as the column's own heading ("Need" / "Priority group" under
                # "Situation", "Evidence of achievement" under "Evidence and impact"): it heads the lines under it
                items[n].append([_SUB_HEAD + r.text.strip()])
                items[n].append([])
            elif not items[n]:
                items[n].append([r.text.strip()])
            else:
                items[n][-1].append(r.text.strip())
        last = row
    if sum(1 for column in items if column and all(_worded(" ".join(item)) for item in column)) < COLUMNS_MIN:
        # a table of figures ("Item | One-time | Annual" over amounts) reads row by row: each row one thing
        return None
    out = _strip_lines(rows[:h])
    heads_read: list[str] = []
    for title, column in zip(titles, items):
        heads_read.append(title.rstrip(":"))
        out.append(heads_read[-1])
        for k, item in enumerate(column):
            if item and item[0].startswith(_SUB_HEAD):
                heads_read.append(item[0][len(_SUB_HEAD):])
                out.append(heads_read[-1])
            elif item:
                # (the lines right under a sub-heading are its paragraph; an item a bullet opens is a list's item)
                under = k > 0 and column[k - 1][:1] != [] and column[k - 1][0].startswith(_SUB_HEAD)
                out.append(_joined(item) if under else "• " + _joined(item))
    out.extend(_strip_lines(rows[end:]))
    return out, heads_read


def _worded(text: str) -> bool:
    """Whether an item is said in words (two words of letters or more), not a figure."""
    return sum(1 for w in text.split() if sum(ch.isalpha() for ch in w) >= 2) >= 2


def headed_columns(rows: list[list[str]]) -> bool:
    """Whether a table's cells (their texts, row by row) are a planning table with one row of cells: COLUMNS_MIN
    short headings or more over as many cells, COLUMNS_MIN of them or more said in words."""
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) < COLUMNS_MIN:
        return False
    heads = [t.strip() for t in rows[0]]
    # (a heading's bracket says whose or which, "(learners will be able to)": its words are no more of a heading)
    if not all(h and len(re.sub(r"\([^()]*\)", "", h).split()) <= HEADING_WORDS and not h.endswith(":") and not any(ch.isdigit() for ch in h)
               for h in heads):
        return False
    # (a second row of labels is no row of answers: "Proposed Title | Target Learners | ...")
    return sum(1 for t in rows[1] if _worded(t)) >= COLUMNS_MIN \
        and 2 * sum(1 for t in rows[1] if names_field(t.strip().rstrip(":"), LABEL_SCORE)) < len(rows[1])


def _joined(parts: list[str]) -> str:
    text = ""
    for p in parts:
        text = text + p if text.endswith("-") and text[-2:-1].isalpha() and not text.endswith(" -") else \
            (f"{text} {p}" if text else p)
    return text
