"""The form's own guidance left in an answer cell ("[Describe the learners: profession, setting]") is no answer.

Templates print a hint in each answer cell, set apart from what the applicant types: grey (often italic and
smaller) or in Word's "Placeholder Text" style. Applicants often type their answer below it instead of replacing
it. A paragraph whose every visible run is set that way is guidance; it is dropped from an answer cell when the
applicant's typed text follows it, and when it stands alone wholly in brackets (the template untouched, nothing
typed). A paragraph in that grey that is not bracketed and has nothing typed after it is kept: an applicant who
types over the hint writes in its formatting, and that text is the answer.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from .colours import neutral_grey
from .layout import Block
from .strict_ooxml import W

_w = f"{{{W}}}"

GREY_RANGE = (0x59, 0xC8)  # a grey between dark grey (not black text) and light grey (still legible)
_BRACKETED = re.compile(r"^\s*(?:\[[^\[\]]+\]|\([^()]+\)|<[^<>]+>|«[^«»]+»)\s*$", re.S)


def _grey(hex_value: str) -> bool:
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", hex_value):
        return False
    r, g, b = (int(hex_value[i:i + 2], 16) for i in (0, 2, 4))
    return neutral_grey(r, g, b, GREY_RANGE)


def run_is_guidance(rpr: etree._Element | None, styles: dict[str, tuple[str, bool]]) -> bool:
    """Whether a run is set as a template's hint: grey text, or Word's placeholder-text character style."""
    if rpr is None:
        return False
    style = rpr.find(f"{_w}rStyle")
    if style is not None:
        sid = style.get(f"{_w}val", "")
        name = styles.get(sid, (sid, False))[0]
        if "placeholder" in name.lower().replace(" ", "") or "placeholder" in sid.lower():
            return True
    color = rpr.find(f"{_w}color")
    return color is not None and _grey(color.get(f"{_w}val", ""))


def bracketed(text: str) -> bool:
    return bool(_BRACKETED.match(text))


def without(blocks: list[Block], guidance: Iterable[int]) -> list[Block]:
    """An answer cell's paragraphs without the template's guidance (see the module's note)."""
    ids = set(guidance)
    hints = [b for b in blocks if id(b) in ids and not b.is_pair]
    if not hints:
        return blocks
    typed = [b for b in blocks if (b.is_pair or b.text.strip()) and id(b) not in ids]
    if typed:
        first = next(n for n, b in enumerate(blocks) if b is typed[0])
        # the hints above the applicant's first typed paragraph, and a bracketed hint anywhere (grey words further
        # down may be part of the answer)
        return [b for n, b in enumerate(blocks) if not (id(b) in ids and (n < first or bracketed(b.text)))]
    if all(bracketed(b.text) for b in hints if b.text.strip()):
        return [b for b in blocks if id(b) not in ids]
    return blocks


def bracketed_hints(blocks: list[Block], guidance: Iterable[int]) -> list[Block]:
    """Body paragraphs without those that are a template's hint set as guidance: a bracketed one anywhere, and the
    hints right under a section's heading that the applicant's typed paragraph follows (a template's sections in
    the body, "Describe the problem this project addresses." in grey under "Background", the answer typed below
    it, as in an answer cell)."""
    ids = set(guidance)

    def hint(b: Block) -> bool:
        return id(b) in ids and not b.is_pair and b.heading is None

    shown = [b for b in blocks if b.is_pair or b.text.strip()]
    dropped: set[int] = set()
    for n, b in enumerate(shown):
        if not hint(b):
            continue
        if bracketed(b.text):
            dropped.add(id(b))
            continue
        above = next((a for a in reversed(shown[:n]) if not hint(a)), None)
        below = next((a for a in shown[n + 1:] if not hint(a)), None)
        if above is not None and above.heading is not None and below is not None and not below.is_pair \
                and below.heading is None:
            dropped.add(id(b))
    return [b for b in blocks if id(b) not in dropped]
