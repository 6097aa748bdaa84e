"""Answers given as "see note n", with the note's text at the page foot.

A typeset form whose answer cell is too small for a long answer ("Rationale / Need: see note 1") gives the answer
in a "Notes" block at the foot of the page, each note opened by its number ("1 Syncope units in the region ...").
The reference is no answer; the note is. :func:`resolved` puts each referenced note's text in the place of its
reference and takes the notes block out of the reading (it is no part of the answer printed above it).

Only a note that the page's text holds under a "Notes" heading, under its number, and only once in the document,
replaces a reference: a reference left unresolved stays as it reads (an answer the office sees as written).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout import Block
from .normalise import clean

# "see note 1", "(see note 2 below)", "See footnote 3 at the foot of the page.", French "voir note 1"
_REFERENCE = re.compile(r"^\(?\s*(?:see|voir(?:\s+la)?)\s+(?:foot)?notes?\s+(\d{1,2})"
                        r"(?:\s+(?:below|ci-dessous|(?:at|in)\s+the\s+(?:foot|bottom|end)(?:\s+of\s+(?:the|this)\s+page)?"
                        r"|au\s+bas\s+de\s+(?:la|cette)\s+page))?\s*\)?\s*\.?$", re.IGNORECASE)
_HEADING = re.compile(r"^(?:foot)?notes?\s*:?$|^remarques?\s*:?$", re.IGNORECASE)
# a note under its number: "1 Syncope units ...", "2. ...", or a superscript number the text layer glued to the
# note's first word ("1Syncope units ...")
_NOTE = re.compile(r"^(\d{1,2})(?:[.)]?\s+|(?=[^\W\d_]))(\S.*)$")
NOTE_LINES_MAX = 8  # printed lines of one note at most (a notes block is a few lines at the page foot)


def page_notes(pages: list[list[str]]) -> tuple[dict[str, str], set[str]]:
    """The notes the pages' foot blocks hold (number -> text, the lines of a note joined) and the notes block's
    lines as printed (to take them out of the reading). A number found twice is ambiguous and left out."""
    notes: dict[str, str] = {}
    seen: set[str] = set()
    twice: set[str] = set()
    printed: set[str] = set()
    for lines in pages:
        texts = [ln.strip() for ln in lines]
        heads = [k for k, t in enumerate(texts) if _HEADING.match(t)]
        if not heads:
            continue
        current: str | None = None
        parts: dict[str, list[str]] = {}
        for t in texts[heads[-1] + 1:]:
            if not t:
                continue
            m = _NOTE.match(t)
            if m is not None and (current is None or int(m.group(1)) == int(current) + 1):
                current = m.group(1)
                parts[current] = [m.group(2)]
            elif current is not None and len(parts[current]) < NOTE_LINES_MAX:
                parts[current].append(t)
            else:
                break  # lines no note of the block holds: no notes block as this module reads one
            printed.add(clean(t))
        for number, body in parts.items():
            (twice if number in seen else seen).add(number)
            notes[number] = clean(" ".join(body))
    return {n: t for n, t in notes.items() if n not in twice}, printed


def resolved(blocks: list[Block], pages: list[list[str]]) -> list[Block]:
    """The blocks with each "see note n" answer replaced by note n's text, and the notes block's own lines left
    out; the blocks as they are when no answer refers to a note the pages hold."""
    if not any(_reference(b) for b in blocks):
        return blocks
    notes, printed = page_notes(pages)
    if not notes:
        return blocks
    out: list[Block] = []
    for b in blocks:
        ref = _reference(b)
        if ref is not None and ref in notes:
            if b.is_pair:
                b = replace(b, answer=[replace(b.answer[0], text=notes[ref])])
            else:
                m = _TAIL_REFERENCE.search(b.text)
                assert m is not None
                b = replace(b, text=b.text[:m.start()] + m.group(1) + notes[ref])
        elif not b.is_pair and (clean(b.text) in printed or _HEADING.match(clean(b.text))):
            continue  # the notes block: read in its answers' places
        out.append(b)
    return out


# a line "Label: see note 1" (a form read as lines rather than as a table)
_TAIL_REFERENCE = re.compile(r"(:\s*)\(?\s*see\s+(?:foot)?notes?\s+(\d{1,2})\s*\)?\s*\.?\s*$", re.IGNORECASE)


# an answer that opens by pointing at a note, numbered or not ("see notes", "see note 2 for details")
_POINTER = re.compile(r"^\(?\s*(?:see|voir)\s+(?:the\s+|la\s+|les\s+)?(?:foot)?notes?\b", re.IGNORECASE)
POINTER_WORDS = 10  # words of an answer that only points at a note, at most


def note_reference(text: str) -> bool:
    """Whether a whole answer only points at a note ("see note 2", "see notes below")."""
    return _POINTER.match(text.strip()) is not None and len(text.split()) <= POINTER_WORDS


def _reference(b: Block) -> str | None:
    """The note number an answer refers to ("see note 2"), else None."""
    if b.is_pair:
        m = _REFERENCE.match(" ".join(a.text.strip() for a in b.answer).strip()) if b.answer else None
        return m.group(1) if m else None
    tail = _TAIL_REFERENCE.search(b.text) if "\n" not in b.text else None
    return tail.group(2) if tail else None
