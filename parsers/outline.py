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
from collections.abc import Callable, Mapping
from dataclasses import replace

from .labels import match_label
from .layout import Block

OUTLINE_MIN = 3          # top-level items with items under them: fewer is a list with a sub-point, not an outline
SECTION_LEVEL = 2        # the heading level a three-level outline's top item is read as (a section's heading)
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


def _sectioned(items: list[Block], depth: list[int]) -> bool:
    """Whether the items under a top-level item are questions each over its answer: every item of their own top
    level is short like a label and has deeper items under it (a section of a three-level outline)."""
    top = min(depth)
    heads = [n for n, d in enumerate(depth) if d == top]
    return max(depth) > top and all(_label_like(items[n].text) and n + 1 < len(items) and depth[n + 1] > top
                                    for n in heads)


def _in_section(section: str, block: Block) -> Block:
    """A section's question read with the section's name when that names another field wholly: "Organisation" under
    "Partner" is the partner's, "Alignment" under "Education Plan" the plan's (a question that its section's name
    does not change keeps its own words)."""
    if block.pair_label is None:
        return block
    alone = match_label(block.pair_label)
    within = match_label(f"{section} {block.pair_label}")
    if within is not None and within.score >= 1.0 and (alone is None or alone.key != within.key):
        return replace(block, pair_label=f"{section}: {block.pair_label}")
    return block


def _run(items: list[Block], depth: list[int], minimum: int = OUTLINE_MIN) -> list[Block]:
    top = min(depth)
    heads = [n for n, d in enumerate(depth) if d == top]
    parents = [n for n in heads if n + 1 < len(items) and depth[n + 1] > top]
    if len(parents) < minimum or not all(_label_like(items[n].text) for n in parents):
        return items
    ends = [heads[k + 1] if k + 1 < len(heads) else len(items) for k in range(len(heads))]
    # (three levels when most of the top items are sections of questions: one name over a contact block's lines in a
    # two-level outline is no section)
    sections = {n for n, end in zip(heads, ends) if n + 1 < end and _sectioned(items[n + 1:end], depth[n + 1:end])}
    if 2 * len(sections) < len(parents):
        sections = set()
    out: list[Block] = []
    for n, end in zip(heads, ends):
        below = items[n + 1:end]
        if not below:
            out.append(items[n])
            continue
        first = min(depth[n + 1:end])
        if n in sections:
            # (three levels: the item names a section, the items under it are its questions, each over its answer)
            out.append(replace(items[n], list_item=False, heading=SECTION_LEVEL))
            out.extend(_in_section(items[n].text.strip(), b) for b in _run(below, depth[n + 1:end], minimum=1))
            continue
        answer = [replace(b, list_item=True) for b, d in zip(below, depth[n + 1:end])
                  if d == first or not _LABELLED.match(b.text)]
        stated = [replace(b, list_item=False) for b, d in zip(below, depth[n + 1:end])
                  if d > first and _LABELLED.match(b.text)]
        out.append(Block(pair_label=items[n].text.strip(), answer=answer))
        out.extend(stated)
    return out


# A mind map exported to Word as a numbered outline: each branch a heading ("4 Outcomes"), its sub-branches headings
# numbered under it ("4.1 Run a walk test …"), leaves plain paragraphs. The sub-branches are the branch's answer, not
# headings of sections of their own.
_OUTLINE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)")


def _number(block: Block) -> str | None:
    m = _OUTLINE_NUMBER.match(block.text)
    return m.group(1) if m else None


def _below(block: Block, level: int) -> bool:
    """Whether a block stands under a heading of ``level`` (a paragraph, or a heading of a deeper level)."""
    heading = block.heading
    return heading is None or heading > level


def fold_headings(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each numbered heading that has numbered sub-headings under it read as a label and answer."""
    spans: list[tuple[int, int]] = []  # (parent heading, end) of each branch
    i = 0
    while i < len(blocks):
        b = blocks[i]
        num = _number(b) if b.heading and not b.is_pair and "." not in (_number(b) or ".") else None
        if num is None:
            i += 1
            continue
        level = b.heading or 0
        j = i + 1
        while j < len(blocks) and not blocks[j].is_pair and _below(blocks[j], level):
            j += 1
        subs = [blocks[k] for k in range(i + 1, j) if blocks[k].heading is not None]
        if subs and all((_number(s) or "").startswith(num + ".") for s in subs) and _label_like(_OUTLINE_NUMBER.sub("", b.text)):
            spans.append((i, j))
            i = j
        else:
            i += 1
    if len(spans) < OUTLINE_MIN:
        return blocks

    def section(start: int, end: int) -> list[Block]:
        answer: list[Block] = []
        stated: list[Block] = []
        for b in blocks[start + 1:end]:
            text = _OUTLINE_NUMBER.sub("", b.text) if b.heading is not None else b.text
            line = replace(b, text=text, heading=None, bold=False, list_item=b.heading is not None)
            if _LABELLED.match(text):
                stated.append(replace(line, list_item=False))
            else:
                answer.append(line)
        return [Block(pair_label=blocks[start].text.strip(), answer=answer), *stated]
    return _spliced(blocks, spans, section)


def _spliced(blocks: list[Block], spans: list[tuple[int, int]],
             read: Callable[[int, int], list[Block]]) -> list[Block]:
    """``blocks`` with each span (start, end), in order and apart, replaced by what ``read`` makes of it."""
    out: list[Block] = []
    last = 0
    for start, end in spans:
        out.extend(blocks[last:start])
        out.extend(read(start, end))
        last = end
    out.extend(blocks[last:])
    return out


# An application written in numbered sections ("1. Applicant") whose numbered sub-items ("1.1 Lead applicant",
# "1.2 Unit") are run-in heads, each over its own answer paragraphs: the sub-items are the form's questions and the
# section's heading only groups them. Read as one section, the heading's field would take every sub-item's answer
# ("Applicant" swallowing the unit, the contact and the date); read as plain lines, a sub-item in words no list
# holds ("1.3 Kind of offering") would run its answer into the answer above. Word sets them in bold; a printed
# page shows them by their numbers alone, which run in order (1.1, 1.2, 1.3, then 2.1 ...).
SUB_ITEMS = 3            # numbered sub-items with answers under them: fewer is a document's own numbering
_SUB_NUMBER = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s+(?=[^\W\d_])")


def _sub_number(block: Block) -> tuple[int, int] | None:
    """(section, item) of a run-in head numbered "2.3 Intended learners" (bold, or a printed line), else None."""
    m = _SUB_NUMBER.match(block.text)
    if m is None or block.heading is not None or block.is_pair or block.list_item or not (block.bold or block.line):
        return None
    return (int(m.group(1)), int(m.group(2))) if _label_like(block.text[m.end():]) else None


def _section_head(block: Block) -> bool:
    """Whether a block is a numbered section's heading ("2. Need and audience"): it ends the answer above it."""
    m = _SECTION_NUMBER.match(block.text)
    # (a printed line's number needs its full stop: "1 December 2026" is an answer, "1. Summary" a heading)
    return block.heading is not None or m is not None and not block.is_pair and not block.list_item \
        and (block.bold or "." in m.group(0)) and _label_like(block.text[m.end():])


def fold_sub_items(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each numbered sub-item (see above) that has plain blocks under it read as a label and answer."""
    items: list[int] = []
    last: tuple[int, int] | None = None
    for i, b in enumerate(blocks):
        num = _sub_number(b)
        if num is None:
            continue
        # (the numbers run in order: a section's first item, or the item after the last one)
        if num[1] == 1 and (last is None or num[0] > last[0]) or last is not None and num == (last[0], last[1] + 1):
            items.append(i)
            last = num
    heads: list[tuple[int, int]] = []  # (sub-item, end of its answer)
    for k, i in enumerate(items):
        stop = items[k + 1] if k + 1 < len(items) else len(blocks)
        j = i + 1
        while j < stop and not blocks[j].is_pair and not _section_head(blocks[j]) \
                and not (blocks[j].bold and not blocks[j].line):
            j += 1
        if j > i + 1:
            heads.append((i, j))
    if len(heads) < SUB_ITEMS:
        return blocks
    return _spliced(blocks, heads, lambda start, end: [
        Block(pair_label=blocks[start].text.strip(), answer=blocks[start + 1:end], line=blocks[start].line)])
