"""A printed table whose header row names its answer column, with columns of its own before the questions.

A proposal copied into a table of the writer's own ("Section | What we were asked | Our answer", "Part | Prompt |
Response", a spreadsheet printed to PDF) groups its questions under a first column of section names set on the
first row of each group. Read by geometry as a two-column form, that first column is taken for the labels and the
questions for the start of the answers ("What skills does it build? Supporting ..."). The header row says which
column holds the answers, and the column just left of it holds what they answer; the columns further left are the
writer's grouping, never a field's value, and the header row itself is no question (the same reading the DOCX
reader gives such a table, see :mod:`answer_columns`). A spreadsheet printed as "Field | Response | Notes" has the
writer's own column right of the answers instead: the notes beside the answers are dropped the same way.
"""
from __future__ import annotations

from .answer_columns import column_role
from .bilingual import language_heading
from .pdf_layout import Line, rows_of

COLUMNS_MIN = 3   # header cells: a question and an answer column, and at least one of the writer's own before them
COLUMNS_MAX = 6
EDGE = 4.0        # points left of a heading's left edge that its column's cells may start at
SPANS = 20.0      # points a run at the left may reach into the question column before it is a line across the table
COLUMN_GAP_EM = 3.0  # white, in ems, between the answers' heading and the next, when that next is a column of its own
ROWS_MIN = 4      # rows with an answer beside a question before the header row is taken to head a table


def _header(row: list[Line]) -> int | None:
    """The index of the answer column, when ``row`` heads a table in three or more columns with exactly one heading
    that calls its cells the answers ("Our answer", "Response") and two or more columns before it, or one that
    calls its cells the questions ("Field") before it and the writer's own after it; else None."""
    if not COLUMNS_MIN <= len(row) <= COLUMNS_MAX:
        return None
    roles = [column_role(r.text) for r in row]
    if "" in roles or roles.count("answer") != 1:
        return None
    at = roles.index("answer")
    if at >= 2 and all(language_heading(r.text) for r in row[:at]):
        # "English | Français | Answer": the columns before the answers are the questions in two languages, not
        # the writer's grouping (see translated_labels)
        return None
    if at >= 2:
        return at
    # the questions in the first column and the writer's own columns right of the answers ("Field | Response |
    # Notes", a spreadsheet printed to PDF): a note beside an answer is commentary, never part of it
    # (... a column of its own, set apart: "Response (continued)" on a later page is one heading, read in two runs)
    if at == 1 and roles[0] == "question" and row[2].x0 - row[1].x1 >= COLUMN_GAP_EM * max(row[1].height, 1.0):
        return at
    return None


def question_and_answer_pages(pages: list[list[Line]]) -> tuple[list[str], list[list[Line]], list[str]] | None:
    """(the lines above the table, the pages with only the question and answer columns left, the lines across the
    page under the table) when a header row names the answer column with two or more columns before it; None for
    any other page layout (read as it stands)."""
    for n, page in enumerate(pages):
        rows = rows_of(page)
        for k, row in enumerate(rows):
            at = _header(row)
            if at is not None:
                return _kept(pages, n, rows, k, row, at)
    return None


def _kept(pages: list[list[Line]], n: int, rows: list[list[Line]], k: int, header: list[Line],
          at: int) -> tuple[list[str], list[list[Line]], list[str]] | None:
    left = header[at - 1].x0 - EDGE
    right = header[at + 1].x0 - EDGE if at + 1 < len(header) else float("inf")
    answer = header[at].x0 - EDGE
    heads = {" ".join(r.text.split()) for r in header}
    before = [" ".join(r.text for r in row) for p in pages[:n] for row in rows_of(p)]
    before += [" ".join(r.text for r in row) for row in rows[:k]]
    kept: list[list[Line]] = []
    after: list[str] = []
    answered = 0
    for m, page in enumerate(pages[n:]):
        out: list[Line] = []
        for row in rows_of(page)[k + 1:] if m == 0 else rows_of(page):
            if {" ".join(r.text.split()) for r in row} == heads:
                continue  # the header row repeated on the next page
            across = [r for r in row if r.x0 < left and r.x1 > left + EDGE + SPANS]
            if across:
                # a line across the table's columns: under the table, the writer's closing words (a banner row
                # between its rows is a grouping like the first column's)
                after.append(" ".join(r.text for r in row))
                continue
            if after:
                # (rows of the columns again after a line across: the table goes on, the line was a banner)
                after = []
            cells = [r for r in row if left <= r.x0 < right]
            answered += any(r.x0 >= answer for r in cells) and any(r.x0 < answer for r in cells)
            out.extend(cells)
        kept.append(out)
    if answered < ROWS_MIN:
        return None
    return before, kept, after
