"""A table whose header row holds the labels and whose rows below hold the answers.

A landscape "practicalities" table reads across: "Request type | Delivery | Total hours"
in one row, the answers under each. Read line by line it becomes a row of labels and
a row of answers that nothing ties together. Here each header cell takes the text
below it in its column (the cells whose x-range overlaps it most), down to the next
header row or a gap, and the page comes back as lines, "Label: answer" for each cell.
"""
from __future__ import annotations

from .labels import names_field
from .meaning import resolve
from .normalise import CHECKED, UNCHECKED, clean
from .pdf_layout import Line, rows_of

HEADER_MIN = 2      # label cells a row needs to count as a header row
LABEL_SCORE = 0.9   # how surely a cell must name a field to count as a label
# A row of this many cells or more is a table's header, not two fields of a form set side by side: a summary
# table with the fields as its columns ("Title | Kind | Lead | For | Need | ...") and one row of answers under
# them. Its labels are short words of the writer's own, so they count when their meaning names a field
WIDE_ROW = 5
SMALL_TABLE = 3     # label cells, each naming a field of its own, a single header row over its answers needs
MEANING_SCORE = 0.85
ROW_GAP = 2.5       # line heights of empty space that end a table's body
SNAP = 4.0          # points: left edges this close start one column
SEATED_SHARE = 0.75  # of a page's labels, those in rows of labels over answers before it reads as such a table


def _is_label(text: str) -> bool:
    t = clean(text).rstrip(":").strip()
    if not t or len(t.split()) > 6:
        return False
    return names_field(t, LABEL_SCORE)


def _field_meant(text: str) -> str | None:
    """The field a short cell names by its meaning, if it names one surely."""
    t = clean(text).rstrip(":").strip()
    if not t or len(t.split()) > 6:
        return None
    m = resolve(t)
    return m.key if m is not None and m.score >= MEANING_SCORE and not m.key.startswith("_") else None


def _is_header(row: list[Line], flags: list[bool] | None = None) -> bool:
    labels = sum(flags) if flags is not None else sum(1 for r in row if _is_label(r.text))
    if len(row) >= WIDE_ROW and labels * 2 < len(row) + 1:
        # the columns of a table name different fields; a row of one question's options side by side ("Letter
        # attached | Endorsement confirmed | In discussion | None yet") names one field several times
        labels = _distinct_fields(row)
    return len(row) >= HEADER_MIN and labels >= HEADER_MIN and labels * 2 >= len(row) + 1


def _type(run: Line) -> tuple[float, bool]:
    return round(run.size, 1), run.bold


def label_flags(rows: list[list[Line]]) -> list[list[bool]]:
    """For each run of each row, whether it is a label: one that names a field, or one set in the type of such a
    label beside it over answers set in another type.

    A form's own template puts fields of its own among the concept form's ("Course name | Course code" over the two
    answers): the extra label names nothing of the form, but it is set as its neighbour is (a spreadsheet's heading
    cells in a smaller face than the answers typed under them), and read as an answer it would swallow the row of
    answers into the named label's. Where labels and answers share one type, the type tells nothing."""
    flags = [[_is_label(r.text) for r in row] for row in rows]
    for n, row in enumerate(rows[:-1]):
        if len(row) < HEADER_MIN or all(flags[n]) or not any(flags[n]):
            continue
        types = {_type(r) for r, f in zip(row, flags[n]) if f and r.size > 0}
        below = rows[n + 1]
        if not types or any(_type(c) in types or c.size <= 0 for c in below):
            continue
        for k, r in enumerate(row):
            text = clean(r.text)
            if not flags[n][k] and _type(r) in types and 0 < len(text.split()) <= 6 \
                    and text[0] not in CHECKED + UNCHECKED \
                    and any(min(c.x1, r.x1) - max(c.x0, r.x0) > 0 for c in below):
                flags[n][k] = True
    return flags


def _lone_label(row: list[Line], flags: list[bool], header: list[Line]) -> bool:
    """Whether a row under a header row's answers is the next field's label, alone on its row at the header's left
    edge: a question set full width under a row of pairs, whose answer is its own and not the columns'."""
    return len(row) == 1 and flags[0] and abs(row[0].x0 - header[0].x0) <= SNAP


def _distinct_fields(row: list[Line]) -> int:
    return len({k for k in map(_field_meant, (r.text for r in row)) if k is not None})


_OPEN_END = ("(", ",", "/", "-", "&", "–")


def _continues(header: list[Line], label: list[str], row: list[Line], last: list[Line]) -> bool:
    """Whether ``row``, right under a header row (or its last continuation ``last``), is the header's labels
    wrapped onto another line rather than the first answers: it stands as close as a line of the header,
    fills fewer than half its columns (the first row of answers starts under most of them), and each of its
    cells goes on from an open label ("Lead (title, unit," over "email, phone)") or starts as no answer starts
    (in lower case, or with a "/" or a closing bracket)."""
    gap = min(r.y0 for r in last) - max(r.y1 for r in row)
    if gap > max(r.height for r in row) or len(row) * 2 >= len(header):
        return False
    for cell in row:
        n = _column(header, cell)
        head = label[n].rstrip()
        opened = head.endswith(_OPEN_END) or head.count("(") > head.count(")")
        if not (opened or cell.text[:1].islower() or cell.text[:1] in "/)]&"):
            return False
    return True


def _column(header: list[Line], cell: Line) -> int:
    """The header cell whose column (its left edge to the next cell's) overlaps ``cell`` most."""
    best, best_overlap = 0, float("-inf")
    for n, h in enumerate(header):
        right = header[n + 1].x0 if n + 1 < len(header) else max(h.x1, cell.x1)
        overlap = min(right, cell.x1) - max(h.x0, cell.x0)
        if overlap > best_overlap:
            best, best_overlap = n, overlap
    return best


def page_text(runs: list[Line], lines_apart: bool = False, labels_apart: bool = False) -> list[str]:
    """The page's lines top to bottom, a header-row table read as one "Label: answer" line per cell.

    With ``lines_apart`` a cell's answer keeps its lines (the first after the label): a list stays a list. With
    ``labels_apart`` too, each label stands on a line of its own over its answer's lines."""
    out: list[str] = []
    rows = rows_of(runs)
    flags = label_flags(rows)
    i = 0
    while i < len(rows):
        row = rows[i]
        if not _is_header(row, flags[i]):
            out.append(" ".join(r.text for r in row))
            i += 1
            continue
        answers: list[list[str]] = [[] for _ in row]
        labels = [r.text for r in row]
        last = row
        i += 1
        while len(row) >= WIDE_ROW and i < len(rows) and _continues(row, labels, rows[i], last):
            for cell in rows[i]:
                n = _column(row, cell)
                labels[n] = f"{labels[n]} {cell.text}"
            last = rows[i]
            i += 1
        while i < len(rows) and not _is_header(rows[i], flags[i]) and not _lone_label(rows[i], flags[i], row):
            below = rows[i]
            gap = min(r.y0 for r in last) - max(r.y1 for r in below)
            if gap > ROW_GAP * max(r.height for r in below):
                break
            for cell in below:
                answers[_column(row, cell)].append(cell.text)
            last = below
            i += 1
        wide = len(row) >= WIDE_ROW
        for label, answer in zip(labels, answers):
            if wide and answer:
                # a narrow column wraps its answer into short lines that are not its items (where the writer broke
                # a line cannot be told from where the width did, within a few points): one answer, unwrapped
                out.append(f"{label.rstrip(':')}: {unwrap(answer)}")
                continue
            if lines_apart and labels_apart:
                out.append(f"{label.rstrip(':')}:")  # (a label's colon: an unknown one still ends the answer above)
                out.extend(answer)
                continue
            if lines_apart and answer:
                out.append(f"{label.rstrip(':')}: {answer[0]}")
                out.extend(answer[1:])
                continue
            out.append(f"{label.rstrip(':')}: {' '.join(answer)}".rstrip())
    return out


def unwrap(lines: list[str]) -> str:
    """The text of a cell wrapped into lines by its width: a word broken after its hyphen ("micro-" over
    "credential") or a token longer than the cell (an address) is joined again without a space."""
    out = ""
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        tail = out.rsplit(" ", 1)[-1]
        glued = out.endswith("-") and out[-2:-1].isalpha() or ("@" in tail and " " not in ln and "@" not in ln)
        out = out + ln if glued or not out else f"{out} {ln}"
    return out


def reads_across(runs: list[Line]) -> bool:
    """Whether an upright page holds a table read across: rows of labels over their answers (see
    :func:`answered_headers`), or one wide header row with the fields as columns over answers in most of them."""
    if answered_headers(runs) >= HEADER_MIN:
        return True
    rows = rows_of(runs)
    for n, row in enumerate(rows[:-1]):
        if len(row) >= WIDE_ROW and _is_header(row) and _distinct_fields(row) * 2 >= len(row) + 1:
            below = [c for r in rows[n + 1:n + 6] for c in r]
            return len({_column(row, c) for c in below}) * 2 >= len(row)
        if len(row) >= SMALL_TABLE and all(_is_label(r.text) for r in row) and _distinct_fields(row) == len(row) \
                and len(rows[n + 1]) >= len(row) - 1 and not any(_is_label(c.text) for c in rows[n + 1]) \
                and len({_column(row, c) for c in rows[n + 1]}) >= len(row) - 1:
            # a small table of its own ("Format | Hours | Learners / year | Start" over one row of answers, a
            # slide's logistics): each a field of its own, their answers right under nearly all of them
            return True
    return False


def answered_headers(runs: list[Line]) -> int:
    """How many header rows of the page have a row of answers right under them, in two columns or more.

    A form printed upright may set its fields that way too ("Proposed title | Name of proposer" over the
    two answers); read line by line, both labels and both answers would run together."""
    return _seated_rows(runs)[0]


def labels_on_lines(runs: list[Line]) -> bool:
    """Whether a page read across also sets labels alone on their rows over their answers (full-width questions
    between its rows of pairs): its pairs are best written as it writes those, each label on a line of its own."""
    count, lone = _seated_rows(runs)
    return count > 0 and lone > 0


def _seated_rows(runs: list[Line]) -> tuple[int, int]:
    """The page's header rows over answers (0 when too few of its labels stand in such rows) and its labels alone
    on their rows at the table's left edge."""
    rows = rows_of(runs)
    # (most pages have no row of two labels or more: reading every run as a label is left for those that do)
    if sum(1 for row in rows if len(row) >= HEADER_MIN and all(_is_label(r.text) for r in row)) < HEADER_MIN:
        return 0, 0
    named = label_flags(rows)
    all_named = [all(flags) for flags in named]
    count = seated = lone = 0
    edges = [row[0].x0 for row, flags in zip(rows, all_named) if flags and len(row) >= HEADER_MIN]
    for n, row in enumerate(rows[:-1]):
        if len(row) == 1 and all_named[n] and not any(named[n + 1]) \
                and any(abs(row[0].x0 - x) <= SNAP for x in edges):
            # a label alone on its row at the table's left edge, over its answer (a full-width question between
            # the rows of pairs), stands over its answer as the table's labels do, beside nothing of another column
            seated += 1
            lone += 1
            continue
        if len(row) < HEADER_MIN or not all_named[n]:
            continue
        # every cell of the row a label, none of the rows below it one (a table whose rows read "Section |
        # Question | Answer" has labels and answers side by side in one row: it is no such table), and the
        # answers under it, down to the next row of labels, stand in two of its columns or more
        below: list[Line] = []
        for k in range(n + 1, len(rows)):
            if all_named[k]:
                break
            if any(named[k]):
                below = []
                break
            below.extend(rows[k])
        if below and len({_column(row, c) for c in below}) >= 2:
            count += 1
            seated += len(row)
    # in such a table the labels go in rows; a page set in two columns of "label over answer" fields has a
    # few labels level by chance, most beside an answer line or text of the other column
    labels = sum(sum(flags) for flags in named)
    return (count, lone) if seated >= SEATED_SHARE * labels else (0, 0)
