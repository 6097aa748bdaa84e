"""An answer typed into the label cell: "Estimated Hours: 16 (8 online, 8 lab)" with the answer cell left empty.

Applicants who cannot find the answer cell (it is narrow, or the label cell is wide and looks like a line to
write on) type after the label's colon. Read as a table row, the whole text is the label and the answer is
empty: the field looks asked and unanswered, and the applicant is told it is missing. When the answer cell is
empty and the label cell reads "Label: text", with the words before the colon a field's label, the text after
the colon is the answer.
"""
from __future__ import annotations

import re

from .labels import names_field
from .layout import Block

LABEL_SCORE = 0.9  # how surely the words before the colon must name a field
_TYPED = re.compile(r"^\s*([^:\n]{2,80}?)\s*[:：]\s+(\S.*)$", re.S)


def split_typed(label: str, answer: list[Block]) -> tuple[str, list[Block]]:
    """(label, answer) of a table row, with an answer typed after the label's colon moved to the answer."""
    if any(b.text.strip() for b in answer):
        return label, answer
    m = _TYPED.match(label)
    if m is None or not names_field(m.group(1), LABEL_SCORE):
        return label, answer
    lines = [ln.strip() for ln in m.group(2).splitlines() if ln.strip()]
    return m.group(1), [Block(text=ln) for ln in lines]
