"""Printed forms that set each answer on the lines BELOW its label, indented.

A definition-list print (reStructuredText or Markdown through pandoc, a word
processor's "hanging" style) puts the label at the left margin and the answer on
the next lines, indented by a fixed step: "A1. Name of proposer" then, further
right, "Gwendolyn Achterberg". Forms of this kind often number their questions
by section ("A1.", "B3.", "F6."), which the label matcher takes for words, and
their section headings name fields too ("Section C - Competencies and outcomes").
The indent says which lines answer which label without reading any wording: a
margin line followed by indented lines is a label and its answer; a margin line
followed by another margin line is a heading.

:func:`blocks` returns the pages as label/answer pairs in reading order, or []
when they are not laid out that way.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .labels import names_field
from .marks import row_text
from .layout import Block
from .normalise import clean
from .pdf_layout import Line, rows_of

MIN_LABELS = 4        # labels with an indented answer under them before pages count as laid out this way
MIN_INDENT = 8.0      # points right of the margin where an indented answer starts, at least ...
MAX_INDENT = 100.0    # ... and at most (further right is a centred title or a right-hand column)
MARGIN_TOL = 3.0
LABEL_WORDS = 12
LABEL_SCORE = 0.85    # how surely a label must name a field to count for the layout (not to be read)
LARGER = 1.15         # a row set this much above the body's size is a heading
SHARE_OF_MARGIN = 0.75  # of the plain rows at the margin, the labels over an indented answer are at least
# a question's number: "A1.", "B3)", "12.", "2.1", "Q4." (read as a word it would spoil the label's match)
_NUMBER = re.compile(r"^\(?(?:[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})*|Q\d{1,2})[a-z]?[.):]?\s+(?=\S)")


@dataclass
class _Row:
    x0: float
    text: str
    runs: list[Line]

    @property
    def height(self) -> float:
        return max(r.height for r in self.runs)

    @property
    def y0(self) -> float:
        return min(r.y0 for r in self.runs)

    @property
    def y1(self) -> float:
        return max(r.y1 for r in self.runs)


def unnumbered(label: str) -> str:
    """'A1. Name of proposer' -> 'Name of proposer': a question's number is no part of its label."""
    return _NUMBER.sub("", label, count=1)


def _label_shaped(text: str) -> bool:
    t = clean(text)
    return 0 < len(t.split()) <= LABEL_WORDS and not re.search(r"[.;,]$", t) and any(c.isalpha() for c in t)


def _named(text: str) -> bool:
    t = unnumbered(clean(text)).rstrip(":?").strip()
    return bool(t) and names_field(t, LABEL_SCORE)


def _page_rows(page: list[Line]) -> list[_Row]:
    rows = rows_of([r for r in page if r.text.strip()])
    return [_Row(min(r.x0 for r in row), clean(row_text(row)), row) for row in rows]


def _margin_and_indent(rows: list[_Row]) -> tuple[float, float] | None:
    """The left margin the labels start at and the x where the answers under them start."""
    starts = Counter(round(r.x0 / 2) * 2 for r in rows)
    margins = sorted(x for x, n in starts.items() if n >= MIN_LABELS)
    if not margins:
        return None
    margin = margins[0]
    indents = Counter(x for r in rows for x in [round(r.x0 / 2) * 2] if margin + MIN_INDENT <= x <= margin + MAX_INDENT)
    if not indents:
        return None
    return float(margin), float(indents.most_common(1)[0][0])


def blocks(pages: list[list[Line]]) -> list[Block]:
    """The pages (two-up sheets split and running lines dropped, see :func:`pdf_layout.sheets_as_pages` and
    :func:`pdf_layout.without_furniture`) as label/answer pairs when each answer is indented under its label;
    [] otherwise."""
    rows = [row for page in pages for row in _page_rows(page)]
    found = _margin_and_indent(rows)
    if found is None:
        return []
    margin, indent = found

    def at_margin(r: _Row) -> bool:
        return abs(r.x0 - margin) <= MARGIN_TOL

    def indented(r: _Row) -> bool:
        return indent - MARGIN_TOL <= r.x0 <= margin + MAX_INDENT

    def size_of(row: _Row) -> float:
        return sum(r.size * len(r.text) for r in row.runs) / max(sum(len(r.text) for r in row.runs), 1)

    labels = [n for n, r in enumerate(rows[:-1]) if at_margin(r) and _label_shaped(r.text) and indented(rows[n + 1])]
    sizes = [r.size for row in rows for r in row.runs if r.size > 0]
    body = statistics.median_low(sizes) if sizes else 0.0
    # a template often sets its labels smaller than the answers typed under them: a section heading is then loud
    # beside the labels it heads though hardly larger than the answers, so the smaller of the two sizes is the measure
    label_sizes = [size_of(rows[n]) for n in labels if size_of(rows[n]) > 0]
    if label_sizes:
        body = min(body, statistics.median_low(label_sizes)) if body > 0 else statistics.median_low(label_sizes)

    def loud(row: _Row) -> bool:
        return all(r.bold for r in row.runs) or (body > 0 and size_of(row) >= LARGER * body)

    named = sum(1 for n in labels if _named(rows[n].text))
    if len(labels) < MIN_LABELS or named < MIN_LABELS * 3 // 4 or named * 2 < len(labels):
        return []
    # in this layout the plain lines at the margin are the labels (headings are set apart, answers indented);
    # numbered questions written as sentences, with lettered sub-parts under them, are another layout
    plain = [r for r in rows if at_margin(r) and not loud(r)]
    if len(labels) < SHARE_OF_MARGIN * len(plain):
        return []
    out: list[Block] = []
    opened = set(labels)
    for n, row in enumerate(rows):
        if n in opened:
            out.append(Block(pair_label=unnumbered(row.text), answer=[]))
        elif indented(row) and out and out[-1].is_pair:
            out[-1].answer.append(Block(text=row.text, line=True))  # (also an answer running on from the page before)
        else:
            out.append(Block(text=row.text, line=True, bold=loud(row)))
    return out
