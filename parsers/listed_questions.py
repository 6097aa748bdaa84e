"""Questions asked in one list and answered in another, keyed by the same letters or numbers.

Some applicants copy the office's questions as a list ("A. Working title?", "B. Lead proposer?", ...) and answer
under a later heading with the same keys ("A. Digital Cytology ...", "B. Wen-Li Tsao"). Read in order, every
question stands with the next question after it, so each looks unanswered. Such a document proves no field empty
by a label with nothing after it: the answer is keyed elsewhere. :func:`answered_by_key` tells when a text has
that shape; the parse result then calls no such field missing (it stays unlocated, uncertain, for a person).
(answer_key.py reads the answers of a key written "1 = Proposed title", and of such a list when its answers open
lines of their own under the same keys, from :func:`key_of` and :func:`asks` here.)
"""
from __future__ import annotations

import re

from .labels import match_label

KEY_RUN = 5     # keys in a row, each on its own line, before a list is a list of questions answered elsewhere
WRAP_LINES = 2  # lines a question may wrap onto before its next key
LABEL_SCORE = 0.9  # how surely a keyed line must name a field to count as a question
_KEY = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?(\d{1,2}|[A-Za-z])\s*[.):]\s*(?=\S|$)")


def key_of(line: str) -> str | None:
    """The key ("A", "12") that opens ``line``, upper-cased; None when none does."""
    m = _KEY.match(line)
    return m.group(1).upper() if m else None


def body_of(line: str) -> str:
    """A keyed line without its key."""
    return _KEY.sub("", line, count=1).strip()


def asks(line: str) -> bool:
    """Whether a keyed line is a question: it ends with a question mark or names a field as a label does."""
    body = body_of(line)
    if body.endswith(("?", "?:")):
        return True
    m = match_label(body.rstrip(":").strip()) if body else None
    return m is not None and m.score >= LABEL_SCORE and not m.key.startswith("_")


def next_key(key: str) -> str:
    """The key after ``key`` in a list ("B" after "A", "3" after "2")."""
    return str(int(key) + 1) if key.isdigit() else chr(ord(key) + 1)


def answered_by_key(text: str) -> bool:
    """Whether ``text`` lists at least :data:`KEY_RUN` keyed lines in sequence (each key on its own line, a question
    wrapping onto at most :data:`WRAP_LINES` lines) and later starts lines with the same keys in the same order."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    keys = [key_of(ln) for ln in lines]
    for start, first in enumerate(keys):
        if first not in ("A", "1"):
            continue
        run, at, i, want = [first], [start], start, next_key(first)
        while True:
            nxt = next((j for j in range(i + 1, min(i + 2 + WRAP_LINES, len(lines))) if keys[j] is not None), None)
            if nxt is None or keys[nxt] != want:
                break
            run.append(want)
            at.append(nxt)
            i, want = nxt, next_key(want)
        # (a numbered list of outcomes or skills runs in sequence too: the questions' list asks)
        if len(run) < KEY_RUN or 2 * sum(asks(lines[j]) for j in at) < len(at):
            continue
        # the same keys again, in order, after the list: the answers
        later = iter(k for k in keys[i + 1:] if k is not None)
        if all(any(k == key for k in later) for key in run[:KEY_RUN]):
            return True
    return False
