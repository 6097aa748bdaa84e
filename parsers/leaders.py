"""Dot leaders: the row of dots a printed form runs from a label to its answer or to the end of its blank.

"Proposed Title .................. Falls Prevention" is a label and its answer; the dots do a colon's
work. Read as words, they glue the label to its answer (or, on a blank, leave "Estimated hours
........" as a label nobody recognises). :func:`as_colon` writes such a line as "Label: answer".
"""
from __future__ import annotations

import re

# four dots or more (spaced or not, full stops or middle dots), or two ellipsis characters or more
_LEADER = re.compile(r"\s*(?:(?:[.·∙]\s?){4,}|(?:…\s?){2,})+\s*")
_AFTER_WORD = re.compile(r"[^\W_]|[)?]")


def as_colon(text: str) -> str:
    """The line with its first dot leader after a label made a colon ("Label: answer", "Label:" on a blank)."""
    m = _LEADER.search(text)
    if m is None or m.start() == 0:
        return text
    before, after = text[:m.start()], text[m.end():]
    if before.rstrip().endswith((":", "：")):
        return before.rstrip() + (" " + after if after else "")
    if not _AFTER_WORD.match(before[-1]):
        return text
    return before + ": " + after if after else before + ":"
