"""Printed rows of options whose boxes come after all the captions in the text layer.

Some printers draw a row's boxes as one run after its captions ("Online  In person  Hybrid☐ ☐ ☒"); read as it
stands, no box is beside its caption and the first option passes for the chosen one. The boxes keep the
captions' order, so the n-th box is the n-th caption's. Wordings here are the contract's option words in other
orders and languages, not a devset line.
"""
from __future__ import annotations

from mailbot_parsers import marks
from mailbot_parsers.normalise import choice_code


def test_each_trailing_box_goes_to_the_caption_in_the_same_place() -> None:
    line = marks.trailing_boxes("Hybrid   Online   In person ☐ ☐ ☒")
    assert line == "☐ Hybrid ☐ Online ☒ In person"
    page = marks.tick_lines([["Delivery Format", "Hybrid   Online   In person ☐ ☐ ☒"]], [[]])[0]
    assert page == ["Delivery Format", "☐ Hybrid ☐ Online ☒ In person"]


def test_the_status_row_and_a_french_row_are_read_the_same_way() -> None:
    status = marks.trailing_boxes("None yet  In discussion  Confirmed☐ ☒ ☐")
    assert status.startswith("☐ None yet ☒ In discussion")
    assert marks.trailing_boxes("En ligne  En personne  Hybride ☒ ☐ ☐").startswith("☒ En ligne ☐ En personne")


def test_a_row_whose_boxes_do_not_match_its_captions_is_left_alone() -> None:
    # two boxes for three captions: which box is whose cannot be known
    assert marks.trailing_boxes("Online  In person  Hybrid ☐ ☒") == "Online  In person  Hybrid ☐ ☒"
    # words between the captions: not a row of options
    odd = "Online for theory, then In person for the lab ☐ ☒"
    assert marks.trailing_boxes(odd) == odd
    assert choice_code("delivery_format", marks.trailing_boxes("Yes  No ☒ ☐")) is None
