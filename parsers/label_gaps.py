"""A label and its answer on one row, apart: "Duration (hours)        6".

Printed forms and forms printed from an app put the label at the left margin and
the answer further right on the same row, right-aligned or at whatever x it
ends up, with no colon between them. The text layer joins the two with a single
space, and the label then seems to run on into its answer ("Duration (hours) 6"
reads as one long label with nothing after it). The page geometry shows the gap.
:func:`split_rows` rewrites such stream lines as "Label: answer".
"""
from __future__ import annotations

from .normalise import clean
from .pdf_layout import Line, _merge_row, _rows
from .stacked import _is_label

MIN_GAP_EM = 2.0  # wider than any space between words of one phrase


def _split(page: list[Line]) -> dict[str, str]:
    """Whole rows as the stream reads them -> "label: answer", for the rows of one page with a gap after a label."""
    out: dict[str, str] = {}
    for row in _rows(_merge_row([r for r in page if not r.is_mark])):
        if len(row) < 2:
            continue
        label, rest = row[0], row[1:]
        gap = rest[0].x0 - label.x1
        text = clean(label.text)
        if gap < MIN_GAP_EM * label.height or text.endswith(":") or not _is_label(text) or _is_label(rest[0].text):
            continue
        answer = " ".join(clean(r.text) for r in rest)
        out[clean(text + " " + answer)] = f"{text}: {answer}"
    return out


def split_rows(pages: list[list[str]], geometry: list[list[Line]]) -> list[list[str]]:
    """Stream lines of each page with a label and its answer apart on one row joined by a colon."""
    out = []
    for n, lines in enumerate(pages):
        rows = _split(geometry[n]) if n < len(geometry) else {}
        out.append([rows.get(clean(ln), ln) for ln in lines] if rows else lines)
    return out
