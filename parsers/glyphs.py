"""The characters a form shows a tick box, a radio button or a tick mark with, by role.

A flattened PDF, a copied form and a Word document say "this option is chosen" with a
character: ☒ or ■ for a ticked box, ☐ for an empty one, ◉ and ○ for radio buttons, a lone
✓ beside the option. Several readers look for them: the line cleaner (:mod:`normalise`),
the PDF geometry reader (:mod:`pdf_layout`), the menu readers of :mod:`calibration`, the
wrap joiner (:mod:`label_gaps`) and the Word reader, which meets them as font code points
(``w:sym``). Each kept a list of its own and the lists drifted apart, so a glyph one reader
knew was plain text to the next. :data:`TABLE` is the one list: every reader's set is
derived from it by role, and a new glyph is added here, once.
"""
from __future__ import annotations

from typing import NamedTuple

TICKED_BOX = "ticked box"
EMPTY_BOX = "empty box"
RADIO_ON = "radio on"
RADIO_OFF = "radio off"
TICK = "tick"          # a mark set beside an option (or inside its box) on its own


class Glyph(NamedTuple):
    char: str
    role: str
    # the w:sym codes (Wingdings, Wingdings 2, MS Gothic) with which Word draws it, upper-case hex
    sym: tuple[str, ...] = ()


TABLE: tuple[Glyph, ...] = (
    Glyph("☒", TICKED_BOX, ("2612", "F078", "F0FD", "F053")),
    Glyph("☑", TICKED_BOX, ("F0FE",)),
    Glyph("■", TICKED_BOX),
    Glyph("▣", TICKED_BOX),
    Glyph("⊠", TICKED_BOX),  # (TeX's \boxtimes, amssymb)
    Glyph("☐", EMPTY_BOX, ("2610", "F06F", "F0A8", "F0A3")),
    Glyph("□", EMPTY_BOX),
    Glyph("▢", EMPTY_BOX),
    Glyph("❏", EMPTY_BOX),
    Glyph("❑", EMPTY_BOX, ("F071",)),
    Glyph("◉", RADIO_ON),
    Glyph("●", RADIO_ON),
    Glyph("⦿", RADIO_ON),
    Glyph("○", RADIO_OFF),
    Glyph("◯", RADIO_OFF),
    Glyph("❍", RADIO_OFF),
    Glyph("◦", RADIO_OFF),
    Glyph("✓", TICK),
    Glyph("✔", TICK),
    Glyph("✗", TICK, ("F0FB",)),
    Glyph("✘", TICK),
    Glyph("✕", TICK),
    Glyph("✖", TICK),
)


def chars(*roles: str) -> str:
    """The glyphs of the given roles, in table order (a string, to test ``in`` or to set in a regex class)."""
    return "".join(g.char for g in TABLE if g.role in roles)


def sym_codes(*roles: str) -> frozenset[str]:
    """The Word ``w:sym`` codes of the glyphs of the given roles."""
    return frozenset(code for g in TABLE if g.role in roles for code in g.sym)


TICKED_BOXES = chars(TICKED_BOX)
EMPTY_BOXES = chars(EMPTY_BOX)
BOXES = chars(TICKED_BOX, EMPTY_BOX)       # check boxes drawn as characters, ticked or not
TICKED = chars(TICKED_BOX, TICK)            # a glyph that says "chosen" wherever it stands
RADIOS_ON = chars(RADIO_ON)
RADIOS_OFF = chars(RADIO_OFF)
ALL = chars(TICKED_BOX, EMPTY_BOX, RADIO_ON, RADIO_OFF, TICK)
SYM_TICKED = sym_codes(TICKED_BOX, TICK)
SYM_EMPTY = sym_codes(EMPTY_BOX)
