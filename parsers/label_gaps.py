"""A label and its answer on one row, apart: "Duration (hours)        6".

Printed forms and forms printed from an app put the label at the left margin and
the answer further right on the same row, right-aligned or at whatever x it
ends up, with no colon between them. The text layer joins the two with a single
space, and the label then seems to run on into its answer ("Duration (hours) 6"
reads as one long label with nothing after it). The page geometry shows the gap.
:func:`split_rows` rewrites such stream lines as "Label: answer".
"""
from __future__ import annotations

import re
import statistics
from collections import Counter

from . import glyphs, side_by_side
from .normalise import clean
from .pdf_layout import Line, _merge_row, rows_of
from .stacked import is_label

MIN_GAP_EM = 2.0  # wider than any space between words of one phrase
MIN_CELL_GAP_EM = 0.3  # the least white between a label and an answer that starts in the page's answer column
COLUMN_ROWS = 3   # rows whose answers start at one x (a label row's own included) before that x is a column
COLUMN_TOL = 2.0  # points an answer's start may be off its column


def _split(page: list[Line]) -> dict[str, str]:
    """Whole rows as the stream reads them -> "label: answer", for the rows of one page with a gap after a label.

    The gap is wide, or the answer starts where the answers of other rows start: a table's answer column
    (an HTML or app print sets its label cells as wide as the widest label, so a long label ends close to
    its answer, closer than the runs of one row that :func:`_merge_row` joins).
    """
    found: list[tuple[float, float, str, list[Line]]] = []  # (gap in ems, answer's x, label, answer runs)
    leads: dict[str, str] = {}  # label -> the section name standing before it on its row
    out: dict[str, str] = {}
    words = [r for r in page if not r.is_mark]
    two_pairs = side_by_side.second_label_column([words]) is not None
    columns = side_by_side.label_columns([words]) if two_pairs else []
    margin = min((r.x0 for r in words), default=0.0)
    rows_down = rows_of(words)
    # where most rows start: the label column, when a column of section names stands left of it on a few rows
    firsts = Counter(round(row[0].x0) for row in rows_down)
    label_x = float(firsts.most_common(1)[0][0]) if firsts and firsts.most_common(1)[0][0] > margin + COLUMN_TOL else None
    for raw in rows_down:
        pairs = side_by_side.pairs_of_row(raw, margin, columns) if two_pairs else None
        if pairs is not None:
            # two fields side by side on the row: a line each. The stream may read such a row cell by cell, a
            # wrapped answer or label going on below its own cell before the next pair starts a line: each run of
            # whole pairs the stream gives as one line reads the same way
            said = [f"{clean(label).rstrip(':')}: {clean(answer)}" for label, answer in pairs]
            for i in range(len(pairs)):
                for j in range(i + 1, len(pairs) + 1):
                    run = " ".join(f"{label} {answer}" for label, answer in pairs[i:j])
                    out.setdefault(clean(run), "\n".join(said[i:j]))
                    if j < len(pairs):
                        # (... and the next label, its answer read after the label's wrapped line)
                        out.setdefault(clean(f"{run} {pairs[j][0]}"), "\n".join([*said[i:j], clean(pairs[j][0])]))
            for (_, answer), (label, _) in zip(pairs, pairs[1:]):
                # (a label wrapped over its cell's lines read first, then its answer run on into the next label)
                out.setdefault(clean(f"{answer} {label}"), f"{clean(answer)}\n{clean(label)}")
            out[clean(" ".join(r.text for r in raw))] = "\n".join(said)
            continue
        row = _merge_row(raw)
        if len(row) >= 3 and label_x is not None and row[0].x1 < label_x - 2 and abs(row[1].x0 - label_x) <= COLUMN_TOL \
                and is_label(row[1].text) and not is_label(row[2].text):
            # a section's name in a column of its own before the label column ("C. Outcomes | Competencies | answer"),
            # which may read like a label itself: a line of its own above the row's label and answer
            found.append(((row[2].x0 - row[1].x1) / row[1].height, row[2].x0, clean(row[1].text), row[2:]))
            leads[clean(row[1].text)] = clean(row[0].text)
            continue
        if len(row) >= 2:
            found.append(((row[1].x0 - row[0].x1) / row[0].height, row[1].x0, clean(row[0].text), row[1:]))
            continue
        # one run once joined: where its pieces meet with some white between them, a cell may end
        for k in range(1, len(raw)):
            gap = (raw[k].x0 - raw[k - 1].x1) / max(raw[k - 1].height, 1.0)
            if MIN_CELL_GAP_EM <= gap < MIN_GAP_EM:
                found.append((gap, raw[k].x0, clean(" ".join(r.text for r in raw[:k])), raw[k:]))
                break
    rows = [(gap, x, text, rest) for gap, x, text, rest in found
            if not text.endswith(":") and is_label(text) and not is_label(rest[0].text)]
    starts = Counter(round(x) for _gap, x, _text, _rest in rows)
    for gap, x, text, rest in rows:
        column = sum(n for at, n in starts.items() if abs(at - x) <= COLUMN_TOL) >= COLUMN_ROWS
        if gap < MIN_GAP_EM and not (column and gap >= MIN_CELL_GAP_EM):
            continue
        answer = " ".join(clean(r.text) for r in rest)
        lead = leads.get(text)
        if lead:
            out[clean(f"{lead} {text} {answer}")] = f"{lead}\n{text}: {answer}"
        else:
            out[clean(text + " " + answer)] = f"{text}: {answer}"
    return out


def split_rows(pages: list[list[str]], geometry: list[list[Line]]) -> list[list[str]]:
    """Stream lines of each page with a label and its answer apart on one row joined by a colon."""
    out = []
    for n, lines in enumerate(pages):
        rows = _split(geometry[n]) if n < len(geometry) else {}
        out.append([part for ln in lines for part in rows.get(clean(ln), ln).split("\n")] if rows else lines)
    return out


WRAP_PITCH = 0.85  # of a page's usual distance between rows: a line this close under an answer wraps it
_LIST_START = re.compile(r"^\s*(?:[\d]{1,2}[.)]|[a-zA-Z][.)]\s|[•\-–*▪◦·]|[" + glyphs.BOXES + r"])")


def _wrapped_rows(page: list[Line]) -> list[tuple[str, str]]:
    """(row, the line under it) of one page where that line wraps the row's answer, and would read as a label.

    A printed form sets its rows further apart than the lines of one answer ("Proposed Title: ... in the
    Emergency" over "Department", a word that names a field on its own). A line at the margin of the row
    above, set closer to it than rows are to each other, under a "Label: answer" row (or under such a
    wrapped line), continues that answer.
    """
    rows = rows_of(_merge_row([r for r in page if not r.is_mark]))
    tops = [max(r.y1 for r in row) for row in rows]
    pitches = [a - b for a, b in zip(tops, tops[1:]) if a > b]
    if len(pitches) < 5:
        return []
    usual = statistics.median(pitches)
    out: list[tuple[str, str]] = []
    answered = False  # the row above is a "Label: answer" row or a line wrapping one
    for above, row, top_above, top in zip(rows, rows[1:], tops, tops[1:]):
        text_above = " ".join(r.text for r in above)
        head, colon, rest = text_above.partition(":")
        answered = answered or bool(colon and rest.strip() and len(head.split()) <= 8)
        text = " ".join(r.text for r in row)
        close = 0 < top_above - top <= WRAP_PITCH * usual and abs(row[0].x0 - above[0].x0) <= 3
        if close and answered and ":" not in text and not _LIST_START.match(text) \
                and not _LIST_START.match(rest) and is_label(text):
            out.append((clean(text_above), clean(text)))
            continue
        answered = close and answered and ":" not in text
    return out


def joined_wraps(pages: list[list[str]], geometry: list[list[Line]]) -> list[list[str]]:
    """Stream lines of each page with an answer's wrapped line that reads like a label joined to the line above."""
    out = []
    for n, lines in enumerate(pages):
        wraps = set(_wrapped_rows(geometry[n])) if n < len(geometry) else set()
        if not wraps:
            out.append(lines)
            continue
        joined: list[str] = []
        for ln in lines:
            if joined and (clean(joined[-1]), clean(ln)) in wraps:
                joined[-1] = joined[-1].rstrip() + " " + ln.strip()
            else:
                joined.append(ln)
        out.append(joined)
    return out
