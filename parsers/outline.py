"""An outline pasted from an outliner app: the top-level bullets are the writer's labels, the bullets under each its answer.

"course" over "Fetal Heart Rate Monitoring …", "who" over "labour & delivery nurses …": nested bullets with no
heading at all. Read flat, every bullet is a list item of one long list and the short top-level words are lost
among the answers. Here the outline's structure is kept: where a run of bullets holds several short top-level
items each with deeper items under it, each such item becomes a label and its deeper items its answer. A deeper
item that is itself "label: answer" ("type: micro-course" under the title) states a field of its own and is
kept as its own line after the answer.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .layout import Block

OUTLINE_MIN = 3          # top-level items with items under them: fewer is a list with a sub-point, not an outline
LABEL_WORDS = 4          # a top-level item longer than this is a point of its own, not a label
_LABELLED = re.compile(r"^\s*[^\W\d_][\w /&'’-]{0,30}:\s+\S")


def list_level(style_name: str, ilvl: str | None) -> int:
    """A list paragraph's depth: its numbering level, else the number of a "List Bullet 2" style, else 0."""
    if ilvl is not None and ilvl.isdigit():
        return int(ilvl)
    m = re.search(r"(\d)\s*$", style_name)
    return max(int(m.group(1)) - 1, 0) if m else 0


def _label_like(text: str) -> bool:
    t = text.strip()
    return 0 < len(t.split()) <= LABEL_WORDS and not t.endswith((".", ";", ",")) and not _LABELLED.match(t)


def fold(blocks: list[Block], levels: Mapping[int, int]) -> list[Block]:
    """``blocks`` with each outline run (see the module's note) read as labels and answers."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and id(blocks[j]) in levels and not blocks[j].is_pair and blocks[j].list_item:
            j += 1
        if j == i:
            out.append(blocks[i])
            i += 1
            continue
        out.extend(_run(blocks[i:j], [levels[id(b)] for b in blocks[i:j]]))
        i = j
    return out


def _run(items: list[Block], depth: list[int]) -> list[Block]:
    top = min(depth)
    heads = [n for n, d in enumerate(depth) if d == top]
    parents = [n for n in heads if n + 1 < len(items) and depth[n + 1] > top]
    if len(parents) < OUTLINE_MIN or not all(_label_like(items[n].text) for n in parents):
        return items
    out: list[Block] = []
    for k, n in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(items)
        below = items[n + 1:end]
        if not below:
            out.append(items[n])
            continue
        first = min(depth[n + 1:end])
        answer = [replace(b, list_item=True) for b, d in zip(below, depth[n + 1:end])
                  if d == first or not _LABELLED.match(b.text)]
        stated = [replace(b, list_item=False) for b, d in zip(below, depth[n + 1:end])
                  if d > first and _LABELLED.match(b.text)]
        out.append(Block(pair_label=items[n].text.strip(), answer=answer))
        out.extend(stated)
    return out
