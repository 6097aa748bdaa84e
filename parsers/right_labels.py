"""Printed forms that set each label to the RIGHT of its answer.

Some printing tools put the answer in a wide column at the left margin and its
label after it, right-aligned against the right margin (often small and grey) or
in a narrow column of its own.
Read in stream order the answer comes before its label, so every answer is taken
for the previous field's. The geometry says what belongs together: the labels are
short runs that end (or start) at one common edge with a wide gap before them, and an
answer is the paragraph of left-column lines that starts on its label's row (or
that the label's row falls into: a label centred on a long answer).

:func:`blocks` returns the page content as label/answer pairs in reading order, or
[] when the pages are not laid out that way.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import glyphs
from .labels import match_label, names_field
from .layout import Block
from .normalise import clean
from .pdf_layout import COLUMN_GAP, Line, rows_of

MIN_LABELS = 4        # right-aligned labels before pages count as laid out this way
EDGE_TOL = 3.0        # points a right-aligned label's end may stray from the common edge
LABEL_WORDS = 8       # a label is a short phrase
MIN_GAP_EM = 2.0      # between an answer's end and a label on its row: wider than any space between words
PARAGRAPH_GAP = 0.8   # line heights of white space that end one answer's paragraph
LABEL_SCORE = 0.85    # how surely a run must name a field to count for the layout (not to be read)
STACKED_SHARE = 0.25  # of the labels, those with a line of the same column right under them, at most


# "answer<TAB>Label": the text, the tab(s) that carry the label to a stop at the right margin, the label
_TABBED = re.compile(r"^\s*([^\t]*\S)[ ]*\t+[ ]*([^\t\n]*[^\s\t])\s*$")


def tabbed(text: str) -> str | None:
    """A typed paragraph "answer<TAB>Label" (a right-aligned tab stop sets the label against the margin) as
    "Label: answer", or None when the text after its last tab is no field's label or the text before it is one
    (then the tab lines an answer up behind its label, the usual way round).

    One such paragraph is no layout ("Jane Doe<TAB>Date" under a signature line): :func:`retyped` decides for
    the document as a whole."""
    m = _TABBED.match(text)
    if m is None or "\n" in m.group(1):
        return None
    answer, label = m.group(1).strip(), m.group(2)
    if not _named(label) or _named(answer) or not _label_shaped(label):
        return None
    return f"{clean(label).rstrip(':')}: {answer}"


def retyped(found: list[tuple[Block, str]]) -> None:
    """Rewrite the paragraphs :func:`tabbed` read as "Label: answer" when there are enough of them to show a
    document typed with its labels right of the answers (the answers' later paragraphs, without a tab, then
    continue the answer above them as after any "Label: answer" line)."""
    if len(found) < MIN_LABELS:
        return
    for block, text in found:
        block.text = text


def _named(text: str) -> bool:
    t = clean(text).rstrip(":").strip()
    return bool(t) and len(t.split()) <= LABEL_WORDS and names_field(t, LABEL_SCORE)


def _label_shaped(text: str) -> bool:
    t = clean(text)
    # (a "Label: answer" line holds its own answer: it is no label of the text left of it)
    return 0 < len(t.split()) <= LABEL_WORDS and not t.endswith((".", ";", ",")) and any(c.isalpha() for c in t) \
        and ":" not in t.rstrip(":")


def _right_labels(page: list[Line]) -> list[Line]:
    """The runs of one page (or page half) that end at its common right edge, set apart from what is left of them."""
    words = [r for r in page if not r.is_mark and r.text.strip()]
    if len(words) < 2 * MIN_LABELS:
        return []
    margin = min(r.x0 for r in words)
    right = [r for r in words if r.x0 > margin + COLUMN_GAP and _label_shaped(r.text)]
    if len(right) < MIN_LABELS:
        return []
    # the labels' common edge: their right ends (set flush right) or their starts (a column of its own);
    # rounded positions vary by a point or two, so the runs near the most common one count
    ends, end_n = Counter(round(r.x1) for r in right).most_common(1)[0]
    starts, start_n = Counter(round(r.x0) for r in right).most_common(1)[0]
    if end_n >= start_n:
        labels = [r for r in right if abs(r.x1 - ends) <= EDGE_TOL]
        # (a form built of one table a section may set each section's labels flush against its own table's
        # edge: another edge of runs that name fields, EDGE_LABELS_MIN of them or more, is a label edge too)
        labels.extend(_other_edges([r for r in right if abs(r.x1 - ends) > EDGE_TOL]))
        labels = _wrapped_labels_joined(sorted(labels, key=lambda r: (r.page, -r.cy)))
    else:
        labels = [r for r in right if abs(r.x0 - starts) <= EDGE_TOL]
    # a column of labels holds one short line a field, set apart from the next; lines set one under the
    # other at line spacing there are a column of text (a page set in two columns of running text). A ticked
    # grid's options under their label ("☐ Online ☒ Hybrid") are no such text.
    column = [(r.x0, r.x1, r.y1, r) for r in words if r.x0 > margin + COLUMN_GAP and not _option(r)]
    stacked = 0
    # (two labels that each name a field, one right under the other, are two rows of one-line answers set
    # tight, no column of text)
    named = {id(r) for r in labels if _named(r.text)}
    for lab in labels:
        bottom, reach, start, end = lab.y0, PARAGRAPH_GAP * lab.height, lab.x0, lab.x1
        stacked += any(r is not lab and 0 <= bottom - y1 < reach and x0 < end and x1 > start
                       and not (id(r) in named and id(lab) in named) for x0, x1, y1, r in column)
    if stacked > STACKED_SHARE * len(labels):
        return []
    out = []
    for lab in labels:
        beside = [r for r in words if r is not lab and r.same_row(lab) and r.x1 <= lab.x0 + 1]
        if beside and lab.x0 - max(r.x1 for r in beside) < MIN_GAP_EM * lab.height:
            continue  # a run of the same line of text, not a label set apart from it
        if any(r is not lab and r.same_row(lab) and r.x0 > lab.x1 for r in words):
            continue  # something further right: the run does not end the row
        out.append(lab)
    return out


EDGE_LABELS_MIN = 3  # runs that end at another common edge and name fields before that edge holds labels too


def _other_edges(runs: list[Line]) -> list[Line]:
    """The runs of ``runs`` that end at a common edge of their own, EDGE_LABELS_MIN or more there naming fields."""
    out: list[Line] = []
    left = list(runs)
    while left:
        edge, _n = Counter(round(r.x1) for r in left).most_common(1)[0]
        at = [r for r in left if abs(r.x1 - edge) <= EDGE_TOL]
        left = [r for r in left if abs(r.x1 - edge) > EDGE_TOL]
        if sum(1 for r in at if _named(r.text)) >= EDGE_LABELS_MIN:
            out.extend(at)
    return out


def _option(run: Line) -> bool:
    """A run that opens with a box or a radio button: an option of a ticked grid."""
    t = run.text.strip()
    return bool(t) and t[0] in _BOX_GLYPHS


_BOX_GLYPHS = frozenset(glyphs.TICKED + glyphs.EMPTY_BOXES + glyphs.RADIOS_ON + glyphs.RADIOS_OFF)


def _wrapped_labels_joined(labels: list[Line]) -> list[Line]:
    """The labels (top down) with a label wrapped onto a second line at the same edge joined into one ("Competencies /
    Skills" over "Targeted"): the line under a label is its rest when the two together name a field as well as either
    does alone, and better than one of them does (two labels each in full, one under the other, read no better
    together: "Expected Enrolment per Year" over "Resources Required")."""
    out: list[Line] = []
    for lab in labels:
        prev = out[-1] if out else None
        if prev is not None and prev.page == lab.page and 0 <= prev.y0 - lab.y1 < PARAGRAPH_GAP * prev.height \
                and abs(prev.x1 - lab.x1) <= EDGE_TOL:
            whole, upper, lower = (match_label(clean(t)) for t in (f"{prev.text} {lab.text}", prev.text, lab.text))
            scores = [m.score if m is not None else 0.0 for m in (upper, lower)]
            if whole is not None and not whole.key.startswith("_") and whole.score >= LABEL_SCORE \
                    and whole.key in {m.key for m in (upper, lower) if m is not None} \
                    and whole.score >= max(scores) and whole.score > min(scores):
                out[-1] = replace(prev, text=f"{prev.text.rstrip()} {lab.text.strip()}", y0=lab.y0,
                                  x0=min(prev.x0, lab.x0))
                continue
        out.append(lab)
    return out


def _is_layout(pages: list[list[Line]], labels: list[list[Line]]) -> bool:
    """Whether the right-aligned runs are the form's labels: enough of them, and they read as labels
    more than the text left of them does (a form with labels at the margin and right-aligned answers
    has a common right edge too)."""
    found = [lab for page in labels for lab in page]
    if len(found) < MIN_LABELS:
        return False
    named = sum(1 for lab in found if _named(lab.text))
    left = sum(1 for page, labs in zip(pages, labels) for r in page
               if r not in labs and any(r.same_row(lab) for lab in labs) and _named(r.text))
    return named >= MIN_LABELS * 3 // 4 and named > 2 * left


def _paragraphs(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Rows (top down) grouped into paragraphs: a gap wider than PARAGRAPH_GAP line heights starts one."""
    out: list[list[list[Line]]] = []
    for row in rows:
        top = max(r.y1 for r in row)
        height = max(r.height for r in row)
        if out:
            above = min(r.y0 for r in out[-1][-1])
            if above - top < PARAGRAPH_GAP * height:
                out[-1].append(row)
                continue
        out.append([row])
    return out


APART_GAP = 2.5  # line heights of white space above a paragraph that no label owns: set apart from any answer


def _page_items(page: list[Line], labels: list[Line]) -> list[tuple[float, Line | None, list[list[Line]]]]:
    """(top, label or None, answer rows) of one page, top down; a None label holds rows before any label, or rows
    that no label owns (a section's heading, a footer): those are items of their own (see :func:`blocks`)."""
    # (a label wrapped over two lines is read as one run: its lines are no answer's)
    rest = [r for r in page if r not in labels and not any(
        lab.page == r.page and lab.x0 - 1 <= r.x0 and r.x1 <= lab.x1 + 1 and lab.y0 - 1 <= r.y0 and r.y1 <= lab.y1 + 1
        for lab in labels)]
    rows = rows_of(rest)
    owned: dict[int, list[list[Line]]] = {id(lab): [] for lab in labels}
    ordered = sorted(labels, key=lambda r: -r.cy)
    free: list[list[Line]] = []  # rows before the page's first label
    apart: list[tuple[float, Line | None, list[list[Line]]]] = []
    margin = min((r.x0 for r in rest), default=0.0)
    current: Line | None = None
    above = None  # the bottom of the paragraph before
    for para in _paragraphs(rows):
        top, bottom = max(r.y1 for r in para[0]), min(r.y0 for r in para[-1])
        inside = [lab for lab in ordered if bottom - 1 <= lab.cy <= top + 1
                  or any(lab.same_row(r) for row in para for r in row)]
        gap, above = (above - top if above is not None else 0.0), bottom
        pending = [lab for lab in ordered if lab.cy > top + 1 and not owned[id(lab)]
                   and (current is None or lab.cy < current.cy)]
        if not inside and pending:
            # a label on a row of its own over the paragraph under it ("Delivery Format (tick one)" over its grid
            # of options): the paragraph is that label's answer
            current = pending[-1]
        elif not inside and current is not None and (
                gap > APART_GAP * max(r.height for r in para[0])
                or all(r.x0 > margin + COLUMN_GAP for row in para for r in row)):
            # a paragraph set well apart from the answer above it, or set right where the labels stand (a section's
            # heading), that no label owns: no part of that answer
            apart.append((top, None, para))
            current = None
            continue
        for n, row in enumerate(para):
            starts = [lab for lab in inside if any(lab.same_row(r) for r in row)]
            if starts:
                current = starts[0]
            elif n == 0 and inside:
                current = inside[0]  # a label level with the middle of its answer
            if current is None and (apart or any(owned.values())):
                apart.append((max(r.y1 for r in row), None, [row]))  # after a part set apart, before a label
            elif current is None:
                free.append(row)
            else:
                owned[id(current)].append(row)
    items: list[tuple[float, Line | None, list[list[Line]]]] = []
    if free:
        items.append((max(r.y1 for r in free[0]), None, free))
    items.extend(sorted([*((lab.y1, lab, owned[id(lab)]) for lab in ordered), *apart], key=lambda item: -item[0]))
    return items


def blocks(pages: list[list[Line]]) -> list[Block]:
    """The pages (two-up sheets split and running lines dropped, see :func:`pdf_layout.sheets_as_pages` and
    :func:`pdf_layout.without_furniture`) as label/answer pairs when their labels sit right of their answers;
    [] otherwise."""
    labels = [_right_labels(page) for page in pages]
    if not _is_layout(pages, labels):
        return []
    out: list[Block] = []
    for page, labs in zip(pages, labels):
        for k, (_top, lab, rows) in enumerate(_page_items(page, labs)):
            lines = [Block(text=text, line=True) for text in _row_texts(rows)]
            if lab is not None:
                out.append(Block(pair_label=clean(lab.text), answer=lines))
            elif k == 0 and out and out[-1].is_pair:
                out[-1].answer.extend(lines)  # an answer running on from the page before
            else:
                out.extend(Block(text=b.text, line=True, bold=all(r.bold for r in row))
                           for b, row in zip(lines, rows))
    return out


def _row_texts(rows: list[list[Line]]) -> list[str]:
    """Each row's text; a grid of options whose cells wrap ("☒ Letter of support" over "attached", beside "☐
    Confirmed, letter to" over "follow") read option by option, each with the rest of its words under it (read
    row by row, the rests would pile up after the last option, and "attached" would follow "No partner yet")."""
    out: list[str] = []
    n = 0
    while n < len(rows):
        row = rows[n]
        if len(row) >= 2 and all(_option(r) for r in row):
            cells = [[clean(r.text)] for r in row]
            while n + 1 < len(rows) and not any(_option(r) for r in rows[n + 1]) \
                    and (under := _under(rows[n + 1], row)) is not None:
                for cell, more in zip(cells, under):
                    cell.extend(more)
                n += 1
            out.append(" ".join(" ".join(cell) for cell in cells))
        else:
            out.append(" ".join(clean(r.text) for r in row))
        n += 1
    return out


def _under(row: list[Line], options: list[Line]) -> list[list[str]] | None:
    """The runs of ``row`` by the option each stands under (it starts within the option's width, right of its box),
    or None when a run stands under no option."""
    ordered = sorted(options, key=lambda r: r.x0)
    found: list[list[str]] = [[] for _ in ordered]
    for r in row:
        at = [k for k, o in enumerate(ordered) if o.x0 - EDGE_TOL <= r.x0 < (ordered[k + 1].x0 if k + 1 < len(ordered) else o.x1)]
        if not at:
            return None
        found[at[0]].append(clean(r.text))
    return [found[ordered.index(o)] for o in options]


def table_rows(pages: list[list[Line]]) -> dict[str, str]:
    """A small table set inside a page with its labels in the SECOND column ("9 | Hours", "Autumn 2027 | Start"),
    as a one-page pitch's "at a glance" box has it: each row's text as the stream reads it ("9 Hours") mapped to
    "Label: answer". Only a run of rows that is a table by its geometry counts: MIN_LABELS rows or more one under
    the other, each of two runs set apart by a wide gap, the left runs starting at one edge and the right runs at
    another (or ending at one), and the right runs naming fields where the left ones do not."""
    out: dict[str, str] = {}
    for page in pages:
        run: list[tuple[Line, Line]] = []
        for row in [*rows_of([r for r in page if not r.is_mark and r.text.strip()]), []]:
            pair = _label_right(row)
            if pair is not None and (not run or _same_columns(run[-1], pair)):
                run.append(pair)
                continue
            _flip(run, out)
            run = [pair] if pair is not None else []
    return out


def _label_right(row: list[Line]) -> tuple[Line, Line] | None:
    """(answer, label) of a row made of two runs with a wide gap between them and a label's shape on the right."""
    if len(row) != 2:
        return None
    left, right = row
    if right.x0 - left.x1 < MIN_GAP_EM * max(left.height, right.height) or not _label_shaped(right.text):
        return None
    return left, right


def _same_columns(a: tuple[Line, Line], b: tuple[Line, Line]) -> bool:
    return abs(a[0].x0 - b[0].x0) <= EDGE_TOL and (abs(a[1].x0 - b[1].x0) <= EDGE_TOL or abs(a[1].x1 - b[1].x1) <= EDGE_TOL)


def _flip(run: list[tuple[Line, Line]], out: dict[str, str]) -> None:
    if len(run) < MIN_LABELS:
        return
    named = sum(1 for _, lab in run if _named(lab.text))
    # (a table with its labels first names fields on the left: it is read the usual way round)
    if named < MIN_LABELS * 3 // 4 or named <= 2 * sum(1 for ans, _ in run if _named(ans.text)):
        return
    for ans, lab in run:
        out[" ".join(f"{clean(ans.text)} {clean(lab.text)}".split())] = f"{clean(lab.text).rstrip(':')}: {clean(ans.text)}"


def flipped(lines: list[str], pages: list[list[Line]]) -> list[str]:
    """The text lines with the rows of :func:`table_rows` written label first."""
    rows = table_rows(pages) if len(lines) >= MIN_LABELS else {}
    if not rows:
        return lines
    return [rows.get(" ".join(clean(ln).split()), ln) for ln in lines]
