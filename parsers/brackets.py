"""A form letter filled in by replacing the text in its brackets: "I, [Jane Roy], propose a [micro-course] ...".

The applicant's answers stand inside the template's square brackets, every sentence around them is the
template's. Where a document holds many bracketed answers (tick boxes, "[X]", "[ ]", are no such answer), the
brackets are taken away and the sentences read as written; a bracket still holding the template's own prompt
("[resources, if any]", "[your name]") is no answer and goes with its words.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout import Block

# a bracketed answer: some words that are no tick box ("[X]", "[ ]", "[x ]")
# (nor are a form's own markers beside its labels: "[R1]" says which requirement a question serves)
# (nor a chat's or a log's time stamps, "[11/19/2026 2:03 PM]", nor a paper's citations, "[12]", "[3, 4]")
# (nor a replier's initials opening the answers typed into someone's message, "[WA] Micro-course")
_FILLED = re.compile(r"\[(?!\s*[xX✓✔*]?\s*\])(?!\s*[A-Z]{1,2}\d{1,2}\s*\])(?![A-Z]{2,3}\])(?![^\[\]\n]*\d{1,2}:\d{2})"
                     r"(?!\s*\d+(?:\s*[,–-]\s*\d+)*\s*\])([^\[\]\n]{2,400})\]")
FILLED_MIN = 5        # bracketed answers a document needs to be a filled form letter
FILLED_BLOCKS = 3     # ... spread over this many paragraphs at least
# what a template's prompt says where the answer goes ("[your name]", "[resources, if any]", "[insert date]")
_PROMPT = re.compile(r"^\s*(?:your\b|insert\b|enter\b|type\b|add\b|name\s+of\b|.*\bif\s+any\b|.*\bif\s+applicable\b)", re.I)


def unbracketed(blocks: list[Block]) -> list[Block]:
    """The blocks with a filled form letter's brackets taken away (unchanged when it is no such letter)."""
    counts = [len(_FILLED.findall(b.text)) for b in blocks if not b.is_pair]
    if sum(counts) < FILLED_MIN or sum(1 for n in counts if n) < FILLED_BLOCKS:
        return blocks
    return [b if b.is_pair or "[" not in b.text else replace(b, text=_FILLED.sub(_answer, b.text)) for b in blocks]


def _answer(m: re.Match[str]) -> str:
    inner = m.group(1)
    return "" if _PROMPT.match(inner) else inner
