"""The lines OCR read on a scanned page, put back into the form's rows and columns.

Tesseract reads a two-column form column by column: all the labels, then all
the answers, so a label no longer precedes its answer. The boxes it returns keep
the geometry: lines whose vertical middles meet form a row; when many rows have
a second column starting at about the same x, that x is the gutter, and each row
becomes a label (left of the gutter) with its answer (right of it), the way a
table row of a DOCX form is read. Pages without such a gutter are read line by
line, as a "Label: answer" text.
"""
from __future__ import annotations

from statistics import median

from .layout import Block
from .ocr import OcrLine

MIN_TABLE_ROWS = 4  # rows with two columns before a page is taken for a label/answer table
GUTTER_SPREAD = 0.06  # of the page width: how far second columns may start from the gutter and still align


def blocks(lines: list[OcrLine]) -> list[Block]:
    """Blocks in reading order for the section finder; pages are read one after another."""
    out: list[Block] = []
    for page in sorted({line.page for line in lines}):
        out.extend(_page_blocks([line for line in lines if line.page == page]))
    return out


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: ln.middle):
        if rows:
            last = rows[-1]
            mid = median(ln.middle for ln in last)
            if abs(line.middle - mid) <= 0.6 * min(line.height, median(ln.height for ln in last)):
                last.append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda ln: ln.left) for row in rows]


def _gutter(rows: list[list[OcrLine]], width: int) -> int | None:
    """The x where answers start in a label/answer layout, or None when the page has no such layout."""
    starts = [row[1].left for row in rows if len(row) >= 2]
    if len(starts) < MIN_TABLE_ROWS:
        return None
    gutter = median(starts)
    aligned = [x for x in starts if abs(x - gutter) <= GUTTER_SPREAD * width]
    if len(aligned) < MIN_TABLE_ROWS:
        return None
    return int(min(aligned))


def _page_blocks(lines: list[OcrLine]) -> list[Block]:
    if not lines:
        return []
    width = max(ln.right for ln in lines) - min(ln.left for ln in lines)
    gutter = _gutter(_rows(lines), width)
    if gutter is None:
        return [Block(text=ln.text, line=True) for ln in lines]
    slack = GUTTER_SPREAD * width
    out: list[Block] = []
    pair: Block | None = None
    for row in _rows([piece for ln in lines for piece in _split(ln, gutter - slack / 2)]):
        left = " ".join(ln.text for ln in row if ln.right <= gutter)
        answer = " ".join(ln.text for ln in row if ln.right > gutter)
        if left and not answer and len(left) > 0 and min(ln.left for ln in row) < gutter and _heading(row, gutter):
            out.append(Block(text=left, line=True))
            pair = None
            continue
        if left:
            if pair is not None and (not pair.answer or _continues(left)):
                pair.pair_label = f"{pair.pair_label} {left}"
            else:
                pair = Block(pair_label=left)
                out.append(pair)
        if answer:
            if pair is None:
                out.append(Block(text=answer, line=True))
            else:
                pair.answer.append(Block(text=answer, line=True))
    return out


def _split(line: OcrLine, at: float) -> list[OcrLine]:
    """A line Tesseract ran across the gutter ("Proposed Title Paediatric ...") as its label and answer parts."""
    left = [w for w in line.words if w[1] < at]
    right = [w for w in line.words if w[1] >= at]
    if not left or not right:
        return [line]
    return [OcrLine(text=" ".join(w[0] for w in part), page=line.page, left=part[0][1], top=line.top,
                    right=part[-1][2], bottom=line.bottom, words=tuple(part)) for part in (left, right)]


def _heading(row: list[OcrLine], gutter: int) -> bool:
    """A section heading ("C. Learners and need", "3 LEARNERS AND NEED") stands alone left of the gutter."""
    text = " ".join(ln.text for ln in row).strip("|[ ")
    return bool(text) and (text[:1].isdigit() or (text[:1].isalpha() and text[1:3] in (". ", ") "))
                           or (text.isupper() and len(text) > 3))


def _continues(text: str) -> bool:
    """A fragment starting in lower case or with "(" is the rest of a wrapped label ("(tick one)", "existing program)")."""
    first = text.lstrip("|[ ")[:1]
    return first.islower() or first == "("
