"""Forms that set two fields side by side on a row: "Name | answer | Position | answer".

A printed table with four columns (two label/answer pairs a row, as forms do for short fields) has a
second label column right of the first answers. The two-column reader takes everything right of the
answer column for answers, so a row reads "Marsh-Akande Position / Title Physiotherapist" as one answer.
The second label column shows itself: on several rows a run starting at one x names a field of the form,
with a label at the margin and an answer between. Those rows are cut at that x, and each side is read as
a grid of its own.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .pdf_layout import Line, rows_of
from .stacked import is_label

MIN_ROWS = 3      # rows with a label at the second label column before it counts
SNAP = 4.0        # points: starts this close count as one x
COLUMN_ROWS = 2   # rows with a label at an x, once the page has a second label column, before that x is a label column


def label_columns(pages: list[list[Line]]) -> list[float]:
    """The x of every label column right of the first labels' answers (a second and a third label/answer pair a
    row, as a landscape form sets them): where a label following an answer starts on COLUMN_ROWS rows or more."""
    margin = min((r.x0 for p in pages for r in p), default=0.0)
    starts: list[float] = []
    for p in pages:
        for row in rows_of(p):
            if len(row) < 3 or row[0].x0 > margin + 20 or not is_label(row[0].text):
                continue
            starts += [row[k].x0 for k in range(2, len(row)) if _label_after_answer(row, k)]
    return sorted(at for at, n in _snapped(starts).items() if n >= COLUMN_ROWS)


def _snapped(starts: list[float]) -> Counter[float]:
    """How many of ``starts`` begin at each x, starts within SNAP of the first of a run of starts counted as one x:
    a cell's text starts a point or so apart from row to row, and a fixed grid of x (rounding to multiples of SNAP)
    would cut such a column in two wherever a grid line falls between its starts (282 and 283 apart)."""
    out: Counter[float] = Counter()
    at: float | None = None
    for x in sorted(starts):
        if at is None or x - at > SNAP:
            at = x
        out[at] += 1
    return out


def second_label_column(pages: list[list[Line]]) -> float | None:
    """The x of a second label column, right of the first labels' answers, or None."""
    margin = min((r.x0 for p in pages for r in p), default=0.0)
    starts: list[float] = []
    for p in pages:
        for row in rows_of(p):
            k = _second_label(row, margin)
            if k is not None:
                starts.append(row[k].x0)
    if not starts:
        return None
    at, n = _snapped(starts).most_common(1)[0]
    return at if n >= MIN_ROWS else None


def _second_label(row: list[Line], margin: float, columns: Sequence[float] = ()) -> int | None:
    """Where in a row (left to right) a second label starts after a label at the margin and its answer, or None."""
    if len(row) < 3 or row[0].x0 > margin + 20 or not is_label(row[0].text):
        return None
    return next((k for k in range(2, len(row)) if _label_after_answer(row, k, columns)), None)


def _label_after_answer(row: list[Line], k: int, columns: Sequence[float] = ()) -> bool:
    """Whether the run at ``k`` is a label that follows an answer (not a tick box, not a wrapped label). A run that
    starts a label column, a cell apart from the answer before it, is one even when it reads as no label alone: the
    first line of a label that wraps onto the next row ("Anticipated Start" over "Date", "Estimated" over "Learners")."""
    if row[k].is_mark or is_label(row[k - 1].text):
        return False
    if is_label(row[k].text):
        return True
    apart = (row[k].x0 - row[k - 1].x1) / max(row[k - 1].height, 1.0) >= WRAP_GAP_EM
    return apart and any(abs(row[k].x0 - at) <= SNAP for at in columns)


def pairs_of_row(row: list[Line], margin: float, columns: Sequence[float] = ()) -> list[tuple[str, str]] | None:
    """The (label, answer) pairs of a row that holds two or more, or None. ``columns``: the page's label columns
    (:func:`label_columns`), where a wrapped label's first line starts."""
    pairs = pair_runs(row, margin, columns)
    return None if pairs is None else [(pair[0].text, " ".join(r.text for r in pair[1:])) for pair in pairs]


def pair_runs(row: list[Line], margin: float, columns: Sequence[float] = (), placed: bool = False) -> list[list[Line]] | None:
    """The runs of each pair (the label's run first, then the answer's) of a row that holds two or more, or None.
    ``placed``: a run that starts one of ``columns`` a cell apart from the answer before it starts the row's second
    pair whatever its words (a label the matcher does not know, "Course code"), as it does further on in the row."""
    if _second_label(row, margin, columns if placed else ()) is None:
        return None
    pairs: list[list[Line]] = [[row[0]]]
    for k in range(1, len(row)):
        if len(pairs[-1]) > 1 and _label_after_answer(row, k, columns):
            pairs.append([row[k]])
        else:
            pairs[-1].append(row[k])
    return pairs


WRAP_GAP_EM = 2.0       # white before a run, in ems, that sets it apart as a cell of its own
