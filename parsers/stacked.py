"""Forms that stack each label above its answer, in boxes or in two columns.

The side-by-side reader (:func:`pdf_layout.answer_column`) looks for a common
left edge where answers start beside their labels. A form printed as two
columns of boxes (or as newspaper columns) also has such an edge, but what
starts there are more labels, each with its answer below it. Pairing rows
across that edge joins one label with a neighbour's label and leaves real
answers as loose lines, so the acknowledgement would call filled fields missing.
Such pages are read in stream order instead, where each answer follows its label.
"""
from __future__ import annotations

from .labels import names_field
from .normalise import CHECKED, UNCHECKED
from .pdf_layout import Line

LABEL_SCORE = 0.9
MIN_LABELS = 3
MIN_SHARE = 0.2  # of the runs starting at the answer edge


def is_label(text: str) -> bool:
    """Whether a run of text names a field of the form (a tick box and its caption do not)."""
    t = text.strip().rstrip(":").strip()
    if not t or t[0] in CHECKED + UNCHECKED:
        return False
    return names_field(t, LABEL_SCORE)


def labels_at_answer_edge(pages: list[list[Line]], x: float) -> bool:
    """Whether the runs starting at the supposed answer column are, in good part, labels themselves."""
    starts = [r for p in pages for r in p if abs(r.x0 - x) <= 4 and not r.is_mark]
    labels = sum(1 for r in starts if is_label(r.text))
    return labels >= MIN_LABELS and labels >= MIN_SHARE * len(starts)
