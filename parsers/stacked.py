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
RUNNING_WORDS = 6     # words of a line of running text filled out to its column's right edge
RUNNING_SHARE = 0.6   # share of a column's words in such lines for the column to be running text
RUNNING_LINES = 4
SIDEBAR_SHARE = 0.6   # a sidebar is at most this wide, against the column of text beside it
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


def beside_running_text(pages: list[list[Line]], x: float) -> bool:
    """Whether the supposed answer column at ``x`` is a sidebar beside a column of running text (an executive summary
    or a newsletter page: headings and paragraphs at the margin, a narrow "At a glance" box of short facts beside
    them). Level rows there pair a paragraph's line with a fact of the sidebar; no line of the text is a label.

    Running text by its words: most of them stand in lines filled out to the column's edge (a paragraph's last line
    and its heading are short, so counting lines would not tell); and the column at ``x`` is narrow beside it (a
    table's questions may wrap to their cell's edge too, but their answer column is as wide as theirs)."""
    runs = [r for p in pages for r in p if r.text.strip() and not r.is_mark]
    left = [r for r in runs if r.x1 < x - 2]
    right = [r for r in runs if r.x0 >= x - 4]
    if len(left) < RUNNING_LINES or not right:
        return False
    margin, edge = min(r.x0 for r in left), max(r.x1 for r in left)
    full = [r for r in left if len(r.text.split()) >= RUNNING_WORDS and r.x1 >= edge - 0.15 * (edge - margin)]
    words = sum(len(r.text.split()) for r in left)
    width = max(r.x1 for r in right) - x
    return len(full) >= RUNNING_LINES and sum(len(r.text.split()) for r in full) >= RUNNING_SHARE * words \
        and width <= SIDEBAR_SHARE * (edge - margin)


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
