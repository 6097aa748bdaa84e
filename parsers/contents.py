"""A document's table of contents: the list of its own headings, each with the page it starts on.

A proposal written in a word processor often opens with one ("1. Summary ....... 2", "4. Competencies addressed<tab>3"):
every entry names a section that follows, so the entries are no answers, and read as lines they look like labels
("Competencies addressed 2" over "Learning outcomes 3" would make the next entry the competencies' answer). The table
is known by its structure, never by its wording: several entries in a row, each a short text ending in a page number,
the numbers never going back, and most of the texts standing again later in the document as lines of their own (the
headings they list).
"""
from __future__ import annotations

import re

from .layout import Block

MIN_ENTRIES = 3         # entries in a row at least: two lines ending in numbers may be anything
SHARE_FOUND = 0.6       # ... of which this share stands again later as a line of its own
MAX_ENTRY_WORDS = 12    # a heading, not a sentence that happens to end in a number
MAX_TITLE_WORDS = 3     # the table's own title ("Table of Contents")
# "4. Competencies addressed 2", "Competencies addressed ........ 2", "2.1 Need … 3": an optional section number, the
# heading, leader dots or spaces, the page number at the end
_ENTRY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<head>[^\W\d_].*?)\s*(?:[.·…_]{2,}\s*|…\s*|:\s*|\s)(?P<page>\d{1,3})\s*$")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]+\.)\s+")


def _key(text: str) -> str:
    """A heading's words, without its section number, case or punctuation: an entry and the heading it lists meet."""
    return " ".join(re.findall(r"[^\W_]+", _NUMBERING.sub("", text).lower()))


def _entry(block: Block) -> tuple[str, int] | None:
    if block.is_pair or "\n" in block.text.strip():
        return None
    m = _ENTRY.match(block.text)
    if not m or len(m.group("head").split()) > MAX_ENTRY_WORDS:
        return None
    return _key(m.group("head")), int(m.group("page"))


def _title_before(blocks: list[Block], first: int) -> int | None:
    """The index of the table's own title just above its first entry ("Contents", "Table of Contents"): a short line
    of words alone, no value (no digit, no colon, no sentence's end), that no later line repeats; else None."""
    for n in range(first - 1, -1, -1):
        b = blocks[n]
        if not b.text.strip() and not b.is_pair:
            continue
        text = b.text.strip()
        if b.is_pair or b.list_item or len(text.split()) > MAX_TITLE_WORDS or re.search(r"[\d:@.!?]", text):
            return None
        later = {_key(x.text) for x in blocks[first:] if not x.is_pair}
        return None if _key(text) in later else n
    return None


def contents_lines(blocks: list[Block]) -> set[int]:
    """The indices of the blocks that are a table of contents' entries (see the module's note); empty when none."""
    found: set[int] = set()
    run: list[tuple[int, str, int]] = []

    def close(end: int) -> None:
        if len(run) < MIN_ENTRIES or any(b[2] < a[2] for a, b in zip(run, run[1:])):
            return
        later = {_key(b.text) for b in blocks[end:] if not b.is_pair and b.text.strip()}
        if sum(1 for _, head, _ in run if head and head in later) >= SHARE_FOUND * len(run):
            found.update(n for n, _, _ in run)
            title = _title_before(blocks, run[0][0])
            if title is not None:
                found.add(title)

    for n, b in enumerate(blocks):
        if not b.text.strip() and not b.is_pair:
            continue  # (a blank paragraph between two entries)
        entry = _entry(b)
        if entry is not None:
            run.append((n, *entry))
            continue
        close(n)
        run = []
    close(len(blocks))
    return found


def without_contents(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the entries of a table of contents (see the module's note)."""
    drop = contents_lines(blocks)
    return [b for n, b in enumerate(blocks) if n not in drop] if drop else blocks
