"""An answer typed into the label cell: "Estimated Hours: 16 (8 online, 8 lab)" with the answer cell left empty.

Applicants who cannot find the answer cell (it is narrow, or the label cell is wide and looks like a line to
write on) type after the label's colon. Read as a table row, the whole text is the label and the answer is
empty: the field looks asked and unanswered, and the applicant is told it is missing. When the answer cell is
empty and the label cell reads "Label: text", with the words before the colon a field's label, the text after
the colon is the answer. Without a colon ("Email jdoe@example.org", "Phone / Extension 416-555-0157") only a
value whose form says what it is, an email address or a telephone number ending the cell, is told from the
label's own words.
"""
from __future__ import annotations

import re

from .labels import names_field
from .layout import Block
from .normalise import PHONE

LABEL_SCORE = 0.9  # how surely the words before the colon must name a field
_TYPED = re.compile(r"^\s*([^:\n]{2,80}?)\s*[:：]\s+(\S.*)$", re.S)
# a label run straight into an email address or a telephone number, the whole rest of the cell
_TYPED_CONTACT = re.compile(r"^\s*([^:\n@\d]{2,80}?)\s+([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|"
                            r"[+(]?\d[\d\s().-]{6,}\d(?:\s*(?:ext\.?|x|extension|poste)\s*\d{1,6})?)\s*$", re.I)


def split_typed(label: str, answer: list[Block]) -> tuple[str, list[Block]]:
    """(label, answer) of a table row, with an answer typed after the label's colon moved to the answer."""
    if any(b.text.strip() for b in answer):
        return label, answer
    m = _TYPED.match(label)
    if m is None:
        m = _TYPED_CONTACT.match(label)
        if m is not None and "@" not in m.group(2) and not PHONE.fullmatch(m.group(2).strip()):
            m = None  # digits that are no telephone number (a code, a year): part of the label, as far as we know
    if m is None or not names_field(m.group(1), LABEL_SCORE):
        return label, answer
    lines = [ln.strip() for ln in m.group(2).splitlines() if ln.strip()]
    return m.group(1), [Block(text=ln) for ln in lines]


# A box of a canvas or a one-page summary laid out as a table ("Problem" in bold over the text of the box, all in
# one cell): the cell's own bold heading is the label of the rest of the cell.
HEADING_WORDS = 5


def headed_cell(blocks: list[Block]) -> Block | None:
    """The cell as a label and its answer when its first paragraph is a short bold heading over plain text."""
    texts = [b for b in blocks if b.is_pair or b.text.strip()]
    if len(texts) < 2 or texts[0].is_pair or any(b.is_pair for b in texts[1:]):
        return None
    head = texts[0].text.strip()
    if not texts[0].bold or "\n" in head or not 0 < len(head.split()) <= HEADING_WORDS or head.endswith((".", ";", ",")):
        return None
    if any(b.bold for b in texts[1:]):
        return None  # (bold lines below it: a cell of several headings, or all bold, is no box with its heading)
    return Block(pair_label=head.rstrip(":").strip(), answer=texts[1:])
