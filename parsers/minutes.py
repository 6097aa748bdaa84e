"""Minutes of a meeting that are themselves the proposal: under each item's heading ("3. Audience") the group's
decision is recorded as "Decision: the course is meant for ...". The record's marker is the minutes' furniture,
not a question of the form: the sentence after it answers the heading above it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout import Block

# the words minutes set before what a group decided (English and French)
_RECORD = re.compile(r"^\s*(?:decision|decided|agreed|resolved|d[ée]cision|convenu|r[ée]solu)\s*[:：]\s*(?=\S)", re.I)
# ("3. Audience", "Item 3 – Audience", "Agenda item 3: Audience", "Point 3 – Public cible")
_NUMBERED_HEADING = re.compile(r"^\s*(?:(?i:(?:agenda\s+)?item|point)\s+\d{1,2}\s*[.):–—-]?|\d{1,2}[.)])\s+\S")
HEADING_WORDS = 8
RECORDS_MIN = 2  # decisions recorded under headings before a document reads as minutes (a review form has one verdict)


def _heading(b: Block) -> bool:
    """Whether a block is an item's heading: styled as one, set in bold, or a short numbered line."""
    if b.is_pair or not b.text.strip() or len(b.text.split()) > HEADING_WORDS:
        return False
    return b.heading is not None or (b.bold and not b.list_item) or bool(_NUMBERED_HEADING.match(b.text))


def records_as_answers(blocks: list[Block]) -> list[Block]:
    """The blocks with the decision marker taken off each record that opens an item's answer, right under its
    heading, in a document that records decisions so under two headings or more."""
    at = [n for n, b in enumerate(blocks) if n and not b.is_pair and _RECORD.match(b.text) and _heading(blocks[n - 1])]
    if len(at) < RECORDS_MIN:
        return blocks
    out = list(blocks)
    for n in at:
        out[n] = replace(blocks[n], text=_RECORD.sub("", blocks[n].text, count=1))
    return out
