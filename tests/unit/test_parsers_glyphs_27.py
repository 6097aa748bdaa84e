"""Every reader of tick boxes and tick marks knows every glyph of the one table (mailbot_parsers.glyphs)."""
from __future__ import annotations

import pytest

from mailbot_parsers import calibration, glyphs, normalise, pdf_layout

BOXES = [g.char for g in glyphs.TABLE if g.role in (glyphs.TICKED_BOX, glyphs.EMPTY_BOX)]
TICKED = [g.char for g in glyphs.TABLE if g.role in (glyphs.TICKED_BOX, glyphs.TICK)]


@pytest.mark.parametrize("char", BOXES)
def test_a_line_starting_with_any_box_glyph_is_a_tick_box_line(char: str) -> None:
    state, caption = normalise.checkbox_state(f"{char} Online")
    assert caption == "Online"
    assert state is (char in glyphs.TICKED_BOXES)


@pytest.mark.parametrize("char", BOXES)
def test_the_pdf_reader_knows_every_box_glyph(char: str) -> None:
    assert char in pdf_layout.BOX_GLYPHS


@pytest.mark.parametrize("char", TICKED + list(glyphs.RADIOS_ON))
def test_a_lone_ticked_glyph_is_a_mark_on_a_flat_pdf(char: str) -> None:
    line = pdf_layout.Line(page=0, x0=0, y0=0, x1=5, y1=5, text=char)
    assert line.is_mark


@pytest.mark.parametrize("char", TICKED + list(glyphs.RADIOS_ON))
def test_the_one_ticked_option_of_a_printed_menu_is_its_answer(char: str) -> None:
    empty = glyphs.RADIOS_OFF[0] if char in glyphs.RADIOS_ON else glyphs.EMPTY_BOXES[0]
    assert calibration.menu_mark("delivery_format", f"{empty} In person {char} Online {empty} Hybrid") == "online"


def test_word_tick_box_codes_are_ticked_or_empty_never_both() -> None:
    assert glyphs.SYM_TICKED and glyphs.SYM_EMPTY and not glyphs.SYM_TICKED & glyphs.SYM_EMPTY
