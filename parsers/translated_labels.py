"""Forms that print each label twice, in two languages, one column each: "Name of Proposer | Nom du proposant | answer".

A bilingual form kept as a spreadsheet (or a three-column table) sets the label in one language in the first
column, its translation in the second, and the answer in the third. The two-column reader finds the second column's
common left edge first and takes it for the answers: every row then pairs a label with its own translation, the
grid is rejected as labels beside labels (:func:`stacked.labels_at_answer_edge`), and the stream reads each label
row with its answer cut off wherever the print put multi-line cells. The translation column shows itself: on
several rows the run that starts there names the same field as the label at the margin of that row. Its runs
(with the lines they wrap onto) are the labels again and no answer, so they are set aside and the answer column
right of them is read against the first labels.
"""
from __future__ import annotations

from .labels import match_label
from .pdf_layout import Line, rows_of

MIN_ROWS = 4        # rows whose two label cells name the same field before a column counts as a translation
LABEL_SCORE = 0.9   # how surely each of the two cells must name its field
SNAP = 4.0          # points: left edges this close start one column
MARGIN_SLACK = 20.0  # points right of the page's margin a label of the first column may start


def translation_column(pages: list[list[Line]], x: float) -> bool:
    """Whether the column starting at ``x`` holds the labels of the margin's column again, in another language."""
    runs = [r for p in pages for r in p]
    if not runs:
        return False
    margin = min(r.x0 for r in runs)
    same = 0
    for p in pages:
        for row in rows_of(p):
            first = row[0]
            if first.is_mark or first.x0 > margin + MARGIN_SLACK or first.x1 >= x - 2:
                continue
            second = next((r for r in row[1:] if abs(r.x0 - x) <= SNAP and not r.is_mark), None)
            if second is None:
                continue
            a, b = _named(first.text), _named(second.text)
            if a is not None and a == b:
                same += 1
    return same >= MIN_ROWS


def without_column(pages: list[list[Line]], x: float) -> list[list[Line]]:
    """The pages without the runs that start at ``x`` (the translation column and the lines its cells wrap onto)."""
    return [[r for r in p if abs(r.x0 - x) > SNAP] for p in pages]


def _named(text: str) -> str | None:
    m = match_label(text.strip().rstrip(":/").strip())
    return m.key if m is not None and m.score >= LABEL_SCORE and not m.key.startswith("_") else None
