"""A person's name asked in two parts, as web forms and survey services ask it: "First name" / "Last name" (or
"Given name" / "Family name", "Prénom" / "Nom de famille"), each with its own answer. The two parts are one answer,
the proposer's name, given first name first whatever the order of the rows; each part alone is only half a name,
which the label reader would otherwise take for the whole of it (or for nothing).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout import Block
from .normalise import clean

_FIRST = re.compile(r"^(?:first|given|fore)\s*name|^pr[ée]nom$", re.I)
_LAST = re.compile(r"^(?:last|family)\s*name|^surname$|^nom(?:\s+de\s+famille)?$", re.I)
_LABEL_END = re.compile(r"[\s:*：]+$")
PART_WORDS = 4  # words of one part of a name at most


def _part(b: Block) -> tuple[str, str] | None:
    """("first" or "last", the answer) of a pair that asks one part of a name and holds a one-line answer."""
    if not b.is_pair:
        return None
    label = _LABEL_END.sub("", clean(b.pair_label or ""))
    kind = "first" if _FIRST.match(label) else "last" if _LAST.match(label) else None
    answers = [clean(a.text) for a in b.answer if not a.is_pair and clean(a.text)]
    if kind is None or len(answers) != 1 or len(answers[0].split()) > PART_WORDS or "@" in answers[0] \
            or any(c.isdigit() for c in answers[0]):
        return None
    return kind, answers[0]


def joined(blocks: list[Block]) -> list[Block]:
    """The blocks with each first-name pair and the last-name pair right before or after it made one "Name" pair."""
    out: list[Block] = []
    n = 0
    while n < len(blocks):
        one = _part(blocks[n])
        two = _part(blocks[n + 1]) if one is not None and n + 1 < len(blocks) else None
        if one is not None and two is not None and {one[0], two[0]} == {"first", "last"}:
            first, last = (one[1], two[1]) if one[0] == "first" else (two[1], one[1])
            out.append(replace(blocks[n], pair_label="Name", answer=[replace(blocks[n].answer[0], text=f"{first} {last}")]))
            n += 2
            continue
        out.append(blocks[n])
        n += 1
    return out
