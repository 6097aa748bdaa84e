"""Speaker turns: a transcript or a chat printed as "RC: question" / "JSA: answer" lines.

An intake call's transcript asks the form's questions in one speaker's turns and
answers them in the other's. The speaker tags are no labels: once they are taken
off, the asker's turns are questions in the asker's own words and the other
speaker's turns are the answers under them, which the section finder reads as it
reads any questions-and-answers document. A turn of the asker that says more than
its question ("Thanks for making time. Can you start with what you'd call it?")
keeps only the question.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .layout import Block

# "RC:", "JSA:", "Rui:", "Rui Castellanos:", "[10:32] Rui C.:" - a tag of one to three short words before a colon
_TAG = re.compile(r"^\s*(?:\[[\d:.\s]+(?:[AP]M)?\]\s*)?(?P<tag>[A-ZÀ-Þ][\w.'’-]{0,20}(?:\s+[A-ZÀ-Þ][\w.'’-]{0,20}){0,2})\s*:\s+"
                  r"(?P<rest>\S.*)$", re.S)
TURNS_MIN = 3      # turns of each of two speakers, at least
TAGGED_SHARE = 0.4  # ... and this share of the document's paragraphs open with a speaker's tag
_QUESTION = re.compile(r"[^.!?]*\?\s*$")


def untagged(blocks: list[Block]) -> list[Block]:
    """The blocks with the speaker tags of a two-speaker dialogue taken off (unchanged when it is none)."""
    tags = [_tag(b) for b in blocks]
    counts = Counter(t for t in tags if t)
    speakers = [t for t, n in counts.most_common(2) if n >= TURNS_MIN]
    texts = sum(1 for b in blocks if not b.is_pair and b.text.strip())
    if len(speakers) < 2 or sum(counts[s] for s in speakers) < TAGGED_SHARE * max(texts, 1):
        return blocks
    asks = {s: sum(1 for b, t in zip(blocks, tags) if t == s and b.text.rstrip().endswith("?")) for s in speakers}
    asker = max(speakers, key=lambda s: asks[s])
    if asks[asker] < TURNS_MIN:
        return blocks
    out: list[Block] = []
    for b, t in zip(blocks, tags):
        if t not in speakers:
            out.append(b)
            continue
        rest = _TAG.match(b.text).group("rest").strip()  # type: ignore[union-attr]
        if t == asker:
            q = _QUESTION.search(rest)
            # the asker's turn is a question in the asker's words: set apart like a heading over its answer, it
            # ends the answer before it even when it asks nothing the form asks ("Best way to reach you?")
            out.append(replace(b, text=q.group(0).strip(), heading=2) if q else replace(b, text=rest))
        else:
            out.append(replace(b, text=rest))
    return out


# "Q:" / "A:" mark a questionnaire's questions and answers, not two people (questions.py reads those)
_NOT_SPEAKERS = re.compile(r"(?i)^(?:[a-z]\d*|q\d+|question|answer|r[ée]ponse|response|note|re|subject|objet)$")


def _tag(b: Block) -> str | None:
    if b.is_pair or b.heading is not None:
        return None
    m = _TAG.match(b.text)
    return m.group("tag") if m and not _NOT_SPEAKERS.match(m.group("tag")) else None
