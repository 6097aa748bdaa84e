"""Word gaps that a PostScript print converted by Ghostscript draws with character and word spacing instead of
spaces, and ligature glyphs: read as the words a person sees on the page."""
from __future__ import annotations

from tests.unit.test_parsers_pdftext import enc, fast, line, make_pdf

from mailbot_parsers.pdf_form import LIGATURES


def test_a_character_spacing_as_wide_as_a_space_separates_words() -> None:
    # "Emergenc" then "yN" with Tc 3 (the test font's space is 3 units at size 10): the gap is "y N"
    body = f"{enc('Emergenc')} Tj 3 Tc {enc('yN')} Tj 0 Tc {enc('etwork')} Tj"
    assert fast(make_pdf([line(700, body)])) == ["Emergency Network"]


def test_a_space_closed_by_negative_spacing_is_a_kern() -> None:
    body = f"-1 Tc -1.5 Tw {enc('Tw o')} Tj 0 Tc 0 Tw"
    assert fast(make_pdf([line(700, body)])) == ["Two"]


def test_ordinary_spacing_is_unchanged() -> None:
    body = f"0.2 Tc {enc('Two demonstration units')} Tj"
    assert fast(make_pdf([line(700, body)])) == ["Two demonstration units"]


def test_ligature_glyphs_are_their_letters() -> None:
    assert "conﬁrmation by ﬂow".translate(LIGATURES) == "confirmation by flow"
