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

from .pdf_layout import Line, rows_of
from .stacked import is_label

MIN_ROWS = 3      # rows with a label at the second label column before it counts
SNAP = 4.0        # points: starts this close count as one x


def second_label_column(pages: list[list[Line]]) -> float | None:
    """The x of a second label column, right of the first labels' answers, or None."""
    margin = min((r.x0 for p in pages for r in p), default=0.0)
    starts: Counter[float] = Counter()
    for p in pages:
        for row in rows_of(p):
            k = _second_label(row, margin)
            if k is not None:
                starts[round(row[k].x0 / SNAP) * SNAP] += 1
    if not starts:
        return None
    at, n = starts.most_common(1)[0]
    return at if n >= MIN_ROWS else None


def _second_label(row: list[Line], margin: float) -> int | None:
    """Where in a row (left to right) a second label starts after a label at the margin and its answer, or None."""
    if len(row) < 3 or row[0].x0 > margin + 20 or not is_label(row[0].text):
        return None
    return next((k for k in range(2, len(row)) if _label_after_answer(row, k)), None)


def _label_after_answer(row: list[Line], k: int) -> bool:
    """Whether the run at ``k`` is a label that follows an answer (not a tick box, not a wrapped label)."""
    return not row[k].is_mark and not is_label(row[k - 1].text) and is_label(row[k].text)


def pairs_of_row(row: list[Line], margin: float) -> list[tuple[str, str]] | None:
    """The (label, answer) pairs of a row that holds two or more, or None."""
    if _second_label(row, margin) is None:
        return None
    pairs: list[list[Line]] = [[row[0]]]
    for k in range(1, len(row)):
        if len(pairs[-1]) > 1 and _label_after_answer(row, k):
            pairs.append([row[k]])
        else:
            pairs[-1].append(row[k])
    return [(pair[0].text, " ".join(r.text for r in pair[1:])) for pair in pairs]
