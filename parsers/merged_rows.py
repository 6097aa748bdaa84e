"""A label cell merged down over several rows: "Learning Outcomes" beside "1. | Explain ...", "2. | Perform ...".

Word forms often give a list answer one row an item, with the label cell merged vertically over all of
them and a narrow column of item numbers. Read row by row, the first row pairs the label with "1."
and the rows below it have no label at all. Here such a group becomes one row: the label cell and,
as its answer, every row's answer cell in order (the item numbers are only numbering).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

Block = TypeVar("Block")

_ITEM_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[.):]?|\(?[a-z][.)]|[ivx]{1,5}[.)])\s*$", re.I)


def _answers(cells: Sequence[list[Block]], text: Callable[[list[Block]], str]) -> list[list[Block]]:
    return [c for c in cells if text(c).strip() and not _ITEM_NUMBER.match(text(c))]


def fold_merged_rows(rows: list[list[list[Block]]], continues: Sequence[bool],
                     text: Callable[[list[Block]], str]) -> list[list[list[Block]]]:
    """``rows`` with each label merged over the rows below (``continues[n]``: row n's first cell is the
    continuation of a vertically merged cell) read as one row [label, all the group's answers]."""
    if len(continues) != len(rows) or not any(continues):
        return rows
    out: list[list[list[Block]]] = []
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and continues[j]:
            j += 1
        group = rows[i:j]
        head = _answers(group[0], text)
        below = [_answers(r, text) for r in group[1:]]
        # the head row: a label and one answer; each row below: one answer; every row numbered as an item (a
        # note on the row below a merged label, "(tentative)", is no item of a list)
        numbered = all(any(_ITEM_NUMBER.match(text(c)) for c in r) for r in group)
        if j - i >= 2 and numbered and len(head) == 2 and all(len(b) == 1 for b in below):
            out.append([head[0], [blk for cell in (head[1], *(b[0] for b in below)) for blk in cell]])
        else:
            out.extend(group)
        i = j
    return out
