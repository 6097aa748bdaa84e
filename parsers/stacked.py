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
from .layout import Block
from .normalise import CHECKED, UNCHECKED
from .pdf_layout import Line

LABEL_SCORE = 0.9
MIN_LABELS = 3
MIN_SHARE = 0.2  # of the runs starting at the answer edge
STACKED_LABEL_WORDS = 8  # a label set above its box ("EXPECTED ENROLMENT PER YEAR") is a short line


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


def labels_over_answers(blocks: list[Block]) -> int:
    """How many printed lines among ``blocks`` are a label alone with its answer on the line below (a web form or a
    box form printed to PDF: "NAME OF PROPOSER" over "Diego Saldanha"). A numbered line over two or more of them
    names a part of the form ("1. Proposer"), no question answered by all the part holds."""
    count = 0
    for b, nb in zip(blocks, blocks[1:]):
        t = b.text.strip()
        if b.is_pair or not b.line or "\n" in t or len(t.split()) > STACKED_LABEL_WORDS or t.endswith("?") \
                or not is_label(t):
            continue
        below = nb.text.strip()
        # (the line below answers it: it is no label itself, or it is the label's ticked options)
        if not nb.is_pair and below and (below[0] in CHECKED + UNCHECKED or not is_label(below)):
            count += 1
    return count
