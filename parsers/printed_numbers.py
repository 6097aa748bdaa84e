"""A page's or a slide's number, printed on a line of its own, read into an answer.

A deck printed as notes pages sets each slide's number at the foot of the slide's frame, between the slide's bullets
and the speaker's notes; a report may print its page number between two paragraphs of one answer. Read as text,
the number stands alone between the words before it and a capitalised word after it ("... DXA technologists 2 The
short version ..."): the answer then runs across a border (a slide into its notes, a page into the next), and what
its end is, is a guess. The document's own text tells the number was printed alone on its line.
"""
from __future__ import annotations

import re

from .fields import FieldValue

# a bare number between a word or a closing mark and a capitalised word, with no sentence's end before it
_BETWEEN = re.compile(r"(?<=[^\W\d_]|[.)\]’'\"])\s+(\d{1,3})\s+(?=[A-Z][a-z])")


def read_into(value: FieldValue, text: str) -> bool:
    """Whether a text or list value holds, mid-way, a number that the document's ``text`` prints on a line alone."""
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    alone: set[str] | None = None
    for item in items:
        for m in _BETWEEN.finditer(str(item)):
            if alone is None:
                alone = {ln.strip() for ln in text.splitlines() if ln.strip().isdigit()}
            if m.group(1) in alone:
                return True
    return False
