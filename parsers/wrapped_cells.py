"""Cells that wrap in a row of two fields side by side: "Position | Senior Technologist, Bone Health" over "Program".

A printed form with two label/answer pairs a row (see :mod:`side_by_side`) keeps each cell as narrow as its column,
so a long answer, or a long label, goes on onto a second line of its own cell. The text layer gives those lines as
lines of their own, in whatever order the program drew them: the wrapped end of the second answer after the whole
row ("... Bone Health" then "Program"), or each cell's lines one after the other ("Department /", "School", "Medical
Imaging – Nuclear", "Medicine and Bone Density", "Email ..."). Read as stream lines, the end of the answer is lost or
read as a line of its own, and a wrapped label's second word becomes an answer. The page's geometry shows each cell:
a line set close under the row (closer than the grid's rows are to each other) whose runs all start where one of the
row's labels or answers starts is that cell's next line. :func:`joined` gives the stream lines of such a row, when
they come one after another, as one "Label: answer" line a pair with each cell whole.
"""
from __future__ import annotations

import re
from collections import Counter

from .normalise import clean, find_email
from .pdf_layout import Line, rows_of
from .side_by_side import SNAP, label_columns, pair_runs, second_label_column

CELL_WHITE = 0.6  # line heights of white under a row, at most, before a line in its cells' columns wraps a cell


def _grouped(page: list[Line], columns: list[float]) -> list[tuple[Counter[str], str, list[str]]]:
    """(the words of a row of pairs and of its cells' wrapped lines, its first label's text, the row as "Label:
    answer" lines) for each row of pairs on the page whose cells wrap. ``columns``: the document's label columns."""
    words = [r for r in page if not r.is_mark]
    margin = min((r.x0 for r in words), default=0.0)
    rows = rows_of(words)
    out: list[tuple[Counter[str], str, list[str]]] = []
    i = 0
    while i < len(rows):
        # (the document's label columns known, a row's second label is one by its place: only rows whose cells wrap,
        # and whose stream lines add up to the row's words, are read anew)
        pairs = pair_runs(rows[i], margin, columns, placed=True)
        if pairs is None or any(len(p) < 2 for p in pairs):
            i += 1
            continue
        # each cell: its first run's x, and the runs it holds (a pair is the label's cell, then the answer's)
        cells: list[tuple[float, list[Line]]] = []
        for p in pairs:
            cells += [(p[0].x0, [p[0]]), (p[1].x0, list(p[1:]))]
        above = rows[i]
        j = i + 1
        while j < len(rows):
            row = rows[j]
            white = min(r.y0 for r in above) - max(r.y1 for r in row)
            slots = [next((n for n, (x, _) in enumerate(cells) if abs(r.x0 - x) <= SNAP), -1) for r in row]
            if white > CELL_WHITE * max(r.height for r in above) or -1 in slots:
                break
            for r, n in zip(row, slots):
                cells[n][1].append(r)
            above = row
            j += 1
        if j > i + 1:
            said = [f"{clean(' '.join(r.text for r in label)).rstrip(':')}: {_cell_text(answer, _edge(words, x))}"
                    for (_, label), (x, answer) in zip(cells[0::2], cells[1::2])]
            runs = [r for row in rows[i:j] for r in row]
            out.append((Counter(w for r in runs for w in clean(r.text).split()), clean(cells[0][1][0].text), said))
        i = j
    return out


def _edge(page: list[Line], x: float) -> float:
    """The right end of the column whose runs start at ``x`` on the page: where its widest line ends."""
    return max((r.x1 for r in page if abs(r.x0 - x) <= SNAP), default=x)


def _cell_text(lines: list[Line], edge: float) -> str:
    """A cell's lines as one answer. An email address is too long for a narrow cell and is cut where the cell ends,
    with no hyphen ("imelda.va" over "squez-orr@example.com", "name@michener.examp" over "le"): a line that reaches
    ``edge``, the right end of the cell's column, and ends on a piece of an address joins the next with no space."""
    out = clean(lines[0].text) if lines else ""
    for above, line in zip(lines, lines[1:]):
        text = clean(line.text)
        tail, head = out.rsplit(" ", 1)[-1], text.split(" ", 1)[0]
        glued = tail + head
        piece = ("@" in tail) != ("@" in head) and ("@" in tail or re.search(r"\w[._]\w", tail) is not None)
        cut = piece and above.x1 >= edge - above.height and find_email(glued) == glued.rstrip(".,;")
        out = out + ("" if cut else " ") + text
    return out


def joined(pages: list[list[str]], geometry: list[list[Line]]) -> list[list[str]]:
    """Stream lines of each page with each row of pairs whose cells wrap given as its pairs' lines, cells whole: the
    stream lines that start with the row's first label and hold, one after another, exactly the row's words and its
    wrapped lines' words. Lines that do not add up so stay as they are."""
    # (the form's grid is the document's: a page with only two rows of pairs on it, the rest a ratings grid and a
    # signature table, is read as the pages before it)
    words = [[r for r in page if not r.is_mark] for page in geometry]
    if second_label_column(words) is None:
        return pages
    columns = label_columns(words)
    out = []
    for n, lines in enumerate(pages):
        groups = _grouped(geometry[n], columns) if n < len(geometry) else []
        if not groups:
            out.append(lines)
            continue
        kept: list[str] = []
        k = 0
        while k < len(lines):
            taken = _taken(lines, k, groups)
            if taken is None:
                kept.append(lines[k])
                k += 1
                continue
            end, said = taken
            kept += said
            k = end
        out.append(kept)
    return out


def _taken(lines: list[str], k: int, groups: list[tuple[Counter[str], str, list[str]]]) -> tuple[int, list[str]] | None:
    """(the index after the stream lines from ``k`` that hold a group's words exactly, the group's lines), or None."""
    first = clean(lines[k])
    for words, label, said in groups:
        if not first.startswith(label):
            continue
        left = Counter(words)
        end = k
        while end < len(lines) and left.total():
            have = Counter(clean(lines[end]).split())
            if have - left:
                break
            left -= have
            end += 1
        if not left.total():
            return end, said
    return None
