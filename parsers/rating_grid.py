"""A rating grid on a printed form: statements down the left, a scale across the top, one mark a row.

Proposal templates ask the proposer to rate statements ("Competency-based", "Partner-informed") on a scale
("Strongly agree | Agree | Neutral | Disagree", "Fort | Moyen | Faible") by an X or a ticked box under one column.
Read as text, the scale's header and the rated rows are short lines with no colon; they join the answer of the
question above them (or of the next label), so an alignment answer starts with "Statement Strongly agree ...".
No field of the contract is a rating, so the grid's rows are no answer: :func:`grid_runs` finds them by their
geometry alone (a header row of three or more short cells, then two or more rows whose cells right of the
statement are only marks, each mark under a header cell), and the reader leaves them out of the page.
"""
from __future__ import annotations

import re

from .pdf_layout import BOX_GLYPHS, BULLETS, Line, rows_of

MIN_SCALE = 3      # cells of a header row that make a scale
MIN_RATED = 2      # rated rows under the header before it is a grid
SCALE_WORDS = 4    # words of one scale cell at most ("Strongly agree", "Tout à fait d'accord")
UNDER = 0.75       # of the header cells' spacing, how far a mark's centre may sit from its column's centre
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _mark(run: Line) -> bool:
    t = run.text.strip()
    return len(t) == 1 and (run.is_mark or t in BOX_GLYPHS) and t not in BULLETS


def _scale_cell(run: Line) -> bool:
    words = _WORD.findall(run.text)
    return 0 < len(words) <= SCALE_WORDS and not any(c.isdigit() for c in run.text) and not _mark(run) \
        and not run.text.rstrip().endswith((":", "?", "."))


def _rated(row: list[Line], centres: list[float], spacing: float) -> bool:
    """Whether ``row`` is a statement followed only by marks, each under a column of the scale."""
    if len(row) < 2 or _mark(row[0]) or not any(c.isalpha() for c in row[0].text):
        return False
    marks = row[1:]
    return all(_mark(m) for m in marks) and all(
        min(abs((m.x0 + m.x1) / 2 - c) for c in centres) <= UNDER * spacing for m in marks)


def grid_runs(runs: list[Line]) -> set[int]:
    """The ids of the runs of the page's rating grids (header, the statement column's heading, rated rows)."""
    rows = rows_of([r for r in runs if r.text.strip()])
    out: set[int] = set()
    for n, row in enumerate(rows):
        # the scale: three or more short cells in a row, the statements' own heading perhaps first ("Statement")
        for cells in (row, row[1:]):
            if len(cells) < MIN_SCALE or not all(_scale_cell(c) for c in cells):
                continue
            centres = [(c.x0 + c.x1) / 2 for c in cells]
            spacing = min(b - a for a, b in zip(centres, centres[1:]))
            rated = []
            for below in rows[n + 1:]:
                if spacing <= 0 or not _rated(below, centres, spacing) or below[0].x1 >= cells[0].x0:
                    break
                rated.append(below)
            if len(rated) >= MIN_RATED:
                break
        else:
            continue
        out.update(id(r) for r in row)
        out.update(id(r) for r in (r for below in rated for r in below))
        # the statements' own heading a little above the scale's cells, alone in the left column ("Statement")
        if n and len(rows[n - 1]) == 1 and rows[n - 1][0].x1 < cells[0].x0 \
                and rows[n - 1][0].y0 - row[0].y1 < max(r.height for r in row) and _scale_cell(rows[n - 1][0]):
            out.add(id(rows[n - 1][0]))
    return out


def row_texts(runs: list[Line], ids: set[int]) -> set[str]:
    """The grid's rows as the text layer reads them (words joined by single spaces), to drop from the stream."""
    grid = [r for r in runs if id(r) in ids]
    return ({" ".join(" ".join(r.text.split()) for r in row) for row in rows_of(grid)}
            | {" ".join(r.text.split()) for r in grid if not _mark(r)})


def without_rows(lines: list[str], texts: set[str]) -> list[str]:
    """``lines`` without those that read as one of the grid's rows."""
    return [ln for ln in lines if " ".join(ln.split()) not in texts]
