"""Comb fields: an answer written one character a box ("6 4 7 - 5 5 5 - 0 1 6 3").

A form sets a phone number or a date as a row of boxes (a table row of one-character cells, drawn squares on a
printed page), one digit or separator a box. Read as text, each box becomes a word of its own, so the answer
comes out spaced letter by letter and no typed recogniser knows it. :func:`unboxed` writes the boxes' characters
as the one answer they spell. A caption of the boxes' own ("D D M M Y Y Y Y" under a date's boxes, as forms print
it) says how the digits of a date split; with no separators and no caption a run of digits stays as it is (which
order an eight-digit date is written in is not known then).
"""
from __future__ import annotations

import re

COMB_BOXES_MIN = 6  # boxes of a comb at least (a phone's or a date's digits; fewer single characters are no comb)
COMB_DIGITS_MIN = 4  # digits among them at least: the combs read here hold numbers (a phone, a date)

_BOX = re.compile(r"[0-9()+\-/.]")  # what one box of a number's comb holds: a digit or a separator
_CAPTION_BOX = re.compile(r"[DMYJA]")  # a date comb's caption, one letter a box (D D M M Y Y Y Y; French J J M M A A A A)


def unboxed(text: str) -> str:
    """The text with a comb of single characters joined into the answer they spell ("1 8 / 1 1 / 2 0 2 6" ->
    "18/11/2026"; with its caption "3 0 1 0 2 0 2 6 D D M M Y Y Y Y" -> "30/10/2026"); any other text as it is."""
    tokens = text.split()
    if len(tokens) < COMB_BOXES_MIN or any(len(t) != 1 for t in tokens):
        return text
    caption: list[str] = []
    while tokens and _CAPTION_BOX.fullmatch(tokens[-1]):
        caption.insert(0, tokens.pop())
    if not tokens or not all(_BOX.fullmatch(t) for t in tokens) or sum(t.isdigit() for t in tokens) < COMB_DIGITS_MIN:
        return text
    if caption and len(caption) != len(tokens):
        return text  # a caption that does not box the same characters is not the comb's own
    if caption:
        return _as_captioned(tokens, caption) or text
    return "".join(tokens)


def _as_captioned(digits: list[str], caption: list[str]) -> str | None:
    """The date a caption spells out ("D D M M Y Y Y Y" over "3 0 1 0 2 0 2 6"): day/month/year in the caption's
    order, written "30/10/2026" with the day first (or "2026-10-30" when the year leads), so that the date reader
    is told which digits are the day."""
    groups: dict[str, str] = {}
    order: list[str] = []
    for d, c in zip(digits, caption):
        c = {"J": "D", "A": "Y"}.get(c, c)
        if not d.isdigit():
            return None
        if c not in groups:
            order.append(c)
            groups[c] = ""
        elif order[-1] != c:
            return None  # a caption whose letters come back after another's is no date's
        groups[c] += d
    if sorted(order) != ["D", "M", "Y"] or len(groups["Y"]) != 4 or len(groups["D"]) > 2 or len(groups["M"]) > 2:
        return None
    if order[0] == "Y":
        return f"{groups['Y']}-{groups['M']}-{groups['D']}"
    return f"{groups['D']}/{groups['M']}/{groups['Y']}"
