"""Minutes whose items are headed "Item 3 – Audience" (not "3. Audience"): the decision recorded under each item
answers its heading, as under numbered headings (wording made up here)."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.minutes import records_as_answers


def test_item_headings_carry_the_decisions_under_them() -> None:
    blocks = [Block(text="Item 1 – Assessment", line=True),
              Block(text="Decision: an observed pump set-up scored with a checklist.", line=True),
              Block(text="Agenda item 2: Education Plan", line=True),
              Block(text="Decision: it fits the plan's community-care goal.", line=True)]
    out = records_as_answers(blocks)
    assert [b.text for b in out][1::2] == ["an observed pump set-up scored with a checklist.",
                                           "it fits the plan's community-care goal."]


def test_a_line_that_only_mentions_an_item_is_no_heading() -> None:
    blocks = [Block(text="Items were reviewed in order.", line=True), Block(text="Decision: none.", line=True),
              Block(text="Other business", line=True), Block(text="Decision: none.", line=True)]
    assert records_as_answers(blocks) == blocks
