"""Choice boxes of printed forms whose marks are only drawn, or whose box glyphs are drawn apart from the options."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from tests.printed_samples import CHOICES_READ, boxes_apart_pdf, drawn_choices_pdf


@pytest.mark.parametrize("style", ["cross", "dot", "square"])
def test_a_mark_drawn_in_a_box_chooses_the_option_beside_it(style: str) -> None:
    result = parsers.parse(drawn_choices_pdf(style), "concept.pdf")
    assert result.is_concept_form
    for key, code in CHOICES_READ.items():
        assert result.fields.get(key) == code, key


def test_the_same_dot_before_every_option_chooses_none() -> None:
    from mailbot_parsers.pdf_form import read_pdf

    text = read_pdf(drawn_choices_pdf("bullets"), "concept.pdf")
    assert "☒" not in text.text and not any("☒" in a.text for b in text.blocks for a in b.answer)


@pytest.mark.parametrize("boxes_first", [False, True])
def test_box_glyphs_drawn_apart_from_their_options_tick_the_option_they_stand_before(boxes_first: bool) -> None:
    result = parsers.parse(boxes_apart_pdf(boxes_first), "concept.pdf")
    assert result.is_concept_form
    for key, code in CHOICES_READ.items():
        assert result.fields.get(key) == code, key
