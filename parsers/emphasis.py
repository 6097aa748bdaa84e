"""Which lines of a PDF are set apart as headings by their typography.

A retyped form's headings are in the applicant's own words ("Why this course"), and a
PDF keeps no heading style for them; what shows them is the type: a bold face, or a size
above the body text's. A line set that way is given the ``bold`` flag of its block, so
the section finder ends the answer above it as it does for a bold DOCX paragraph.
"""
from __future__ import annotations

import re
import statistics
import unicodedata

from .labels import match_label
from .layout import Block
from .normalise import clean
from .pdf_layout import Line, rows_of

_BULLETS = "•◦▪▫●○‣⁃∙·"
LARGER = 1.15        # a size this much above the body's reads as a heading
# ... and in type set by a program (a word processor's or LaTeX's styles: 14 pt body, 16 pt headings; 10.5 and 12) a
# smaller step does; a text layer OCR laid over a scan sizes lines by what it recognised, where such steps are noise
LARGER_TYPESET = 1.1
MAX_WORDS = 10       # a heading is a short line; a long bold line is emphasised prose
DISPLAY = 1.6        # a size this much above the body's is a title's display type
LABEL_SURE = 0.85    # how surely the line over a run names a field for the run to be its answer
BOX_LINES_MIN = 2    # runs of smaller type under a box heading, within BOX_REACH
NEIGHBOUR_ROWS = 4   # rows over and under a run in which its column's neighbours are looked for
BOX_REACH = 4.0      # line heights around a box's heading within which the lines above and under it are its neighbours


def emphasised_lines(pages: list[list[Line]], larger: float = LARGER) -> dict[str, float]:
    """The cleaned texts of the rows set in bold or in a larger size, short enough to be headings, with their size.

    A text that also appears set plainly (the same words as a heading and in an answer) is left out.
    """
    runs = [r for p in pages for r in p if r.size > 0]
    if not runs:
        return {}
    # the body's size: the median over characters, so that many short labels do not outweigh the prose
    body = statistics.median_low([r.size for r in runs for _ in range(max(len(r.text), 1))])
    loud: dict[str, float] = {}
    plain: set[str] = set()
    for p in pages:
        rows = rows_of(p)
        for k, row in enumerate(rows):
            text = clean(" ".join(r.text for r in row))
            if not text:
                continue
            glyphs = sum(len(r.text) for r in row)
            size = sum(r.size * len(r.text) for r in row) / max(glyphs, 1)
            above, below = rows[max(k - NEIGHBOUR_ROWS, 0):k], rows[k + 1:k + 1 + NEIGHBOUR_ROWS]
            set_apart = all(r.bold for r in row) or size >= larger * body \
                or (len(row) == 1 and size >= body and _over_smaller_text(row[0], above, below, larger))
            if set_apart and len(text.split()) <= MAX_WORDS:
                loud[text] = size
            else:
                plain.add(text)
            if len(row) > 1:
                # a heading beside a box of facts shares its row, and the text layer may keep it a line of its own
                for r in row:
                    t = clean(r.text)
                    if (r.bold or r.size >= larger * body or r.size >= body and _over_smaller_text(r, above, below, larger)) \
                            and len(t.split()) <= MAX_WORDS:
                        loud.setdefault(t, r.size)
                    else:
                        plain.add(t)
    return {t: size for t, size in loud.items() if t not in plain}


def _over_smaller_text(run: Line, above: list[list[Line]], below: list[list[Line]], larger: float) -> bool:
    """Whether a run heads a box of smaller type in its own column: a sidebar's box heading ("At a glance",
    "Contact") is set larger than the sidebar's small print under it, though no larger than the main column's body
    text, so the page's body size alone does not show it. The lines under it, as far as two rows down, are all
    smaller (two lines or more under it, within a few line heights); the nearest line over it is smaller too and no label: the last line of a paragraph goes on from a line
    of its own size, and an answer set larger than the labels around it stands under its label."""
    def near(rows: list[list[Line]]) -> list[Line]:
        return [r for row in rows for r in row if r.x0 < run.x1 and r.x1 > run.x0 and r.size > 0
                and min(abs(run.y0 - r.y1), abs(r.y0 - run.y1)) < BOX_REACH * run.height]
    under = near(below)
    over = near(above)
    if len(under) < BOX_LINES_MIN or run.size < larger * max(r.size for r in under) or any(r.bold for r in [*under, *over]):
        return False  # (a line between bold labels in smaller type is their answer, however large its type)
    if not over:
        return True
    nearest = min(over, key=lambda r: r.y0 - run.y1)
    found = match_label(clean(nearest.text).rstrip(":"))
    return run.size - nearest.size >= 0.5 and (found is None or found.score < LABEL_SURE)


_BULLET_LINE = re.compile(r"^\s*[•●▪◦]\s+\S")


def headed_blocks(lines: list[str], pages: list[list[Line]], typeset: bool = False) -> list[Block]:
    """The text lines as blocks, a heading (a line set apart with plain text under it) flagged bold.

    Lines set apart one after another are a drawing's captions, a table's bold cells or a title
    block, not a heading over its answer: they stay plain, as they were read before; only a heading
    set larger than the set-apart line under it (a heading over a box of bold labels) stands.
    """
    loud = emphasised_lines(pages, LARGER_TYPESET if typeset else LARGER)
    # (a line may end in the question mark or colon that wrapped onto a line of its own, see pdf_form)
    sizes = [loud.get(clean(ln), loud.get(clean(ln)[:-1].rstrip()) if clean(ln)[-1:] in "?:!？：" else None)
             for ln in lines]
    lines, sizes = _display_wraps(lines, sizes, _body_size(pages))

    titles = page_titles(pages)

    def heading(n: int) -> bool:
        size = sizes[n]
        if size is None or n + 1 >= len(lines):
            return False
        if clean(lines[n]) in titles:
            return True
        below, above = sizes[n + 1], sizes[n - 1] if n else None
        return (below is None or below * LARGER <= size) and (above is None or size * LARGER <= above)

    out: list[Block] = []
    for n, ln in enumerate(lines):
        if n and _bullet_only(lines[n - 1]):
            # the bullet drawn as a glyph of its own (a symbol font's "•" often reads back as a control
            # character) on a line above its item: the item is a list item
            out.append(Block(text="• " + ln.strip(), line=True, list_item=True))
        elif not (_bullet_only(ln) and n + 1 < len(lines)):
            # (a line opened by a bullet glyph and its item, "• Storage, thawing and warming", is a list item too)
            out.append(Block(text=ln, line=True, bold=heading(n), list_item=bool(_BULLET_LINE.match(ln))))
    return out


def page_titles(pages: list[list[Line]]) -> set[str]:
    """The texts that open a page as its title: the page's first row, short, all in bold and at least as large as
    every row under it, over rows that are not all bold (a slide's title over its one fact, set a point or two
    larger in a deck that sets some facts larger than others). Where a slide's fact is as large as the titles, the
    size steps that show other headings do not show this one; the page it opens does. A text that also opens no
    page, or is set plainly elsewhere, is left out."""
    titles: set[str] = set()
    seen: set[str] = set()
    for p in pages:
        rows = rows_of(p)
        for k, row in enumerate(rows):
            text = clean(" ".join(r.text for r in row))
            if not text:
                continue
            if k == 0 and len(rows) > 1 and all(r.bold for r in row) and len(text.split()) <= MAX_WORDS \
                    and all(max(r.size for r in row) >= r.size for other in rows[1:] for r in other) \
                    and any(not r.bold for other in rows[1:] for r in other):
                titles.add(text)
            else:
                seen.add(text)
    return titles - seen


def _body_size(pages: list[list[Line]]) -> float:
    sizes = [r.size for p in pages for r in p if r.size > 0 for _ in range(max(len(r.text), 1))]
    return statistics.median_low(sizes) if sizes else 0.0


def _display_wraps(lines: list[str], sizes: list[float | None], body: float) -> tuple[list[str], list[float | None]]:
    """A title set in display type over several lines ("Flexible Bronchoscopy" / "Assisting for Respiratory" /
    "Therapists") as one line: consecutive lines of one size well above the body's, none ending its sentence."""
    out: list[str] = []
    out_sizes: list[float | None] = []
    for ln, size in zip(lines, sizes):
        prev = out_sizes[-1] if out_sizes else None
        if prev is not None and size == prev and body > 0 and size >= DISPLAY * body \
                and not re.search(r"[.:;!?]$", out[-1].strip()):
            out[-1] = out[-1].rstrip() + " " + ln.strip()
            continue
        out.append(ln)
        out_sizes.append(size)
    return out, out_sizes


def _bullet_only(line: str) -> bool:
    """A line that is one bullet glyph: a list bullet separated from its item.

    A symbol font's bullet comes back as a control or private-use character; a dash alone is an
    answer left empty, not a bullet.
    """
    t = line.strip()
    return len(t) == 1 and (t in _BULLETS or unicodedata.category(t) in ("Cc", "Co"))
