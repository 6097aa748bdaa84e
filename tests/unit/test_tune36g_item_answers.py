"""A list of "Label: answer" items (minutes recording a proposal's facts): the last item's answer ends with the list."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import Section, _item_answered, extract


def test_the_paragraph_after_a_list_of_labelled_items_is_no_part_of_the_last_answer() -> None:
    blocks = [
        Block(text="3. Micro-credential proposal tabled by Odile Brennan", heading=2),
        Block(text="Odile Brennan tabled a proposal; the following facts were recorded."),
        Block(text="Learners: practising perfusionists returning to the pump after a long absence.", list_item=True),
        Block(text="Need: few perfusionists have rehearsed circuit emergencies since training.", list_item=True),
        Block(text="Format: online, six hours in all.", list_item=True),
        Block(text="Resources: two simulation circuits and the perfusion lab for a day.", list_item=True),
        Block(text="O. Brennan read out the draft outcomes, which the department welcomed."),
    ]
    ex = extract(blocks)
    assert ex.fields.get("resources_required", "").startswith("two simulation circuits and the perfusion lab")
    assert "draft outcomes" not in str(ex.fields.get("resources_required"))
    assert ex.fields.get("delivery_format") == "online"


def test_only_a_labelled_list_item_ends_with_its_list() -> None:
    opened = Section("resources_required", "Resources", "label_line", 1.0, inline=True)
    item = Block(text="Resources: two simulation circuits.", list_item=True)
    after = Block(text="O. Brennan read out the draft outcomes.")
    assert _item_answered(opened, after, item)
    # (a paragraph "Resources: ..." is no list item; a list item under it goes on with the answer)
    assert not _item_answered(opened, after, Block(text="Resources: two simulation circuits."))
    assert not _item_answered(opened, Block(text="a second circuit", list_item=True), item)
    # (an item of another label before it opened no such answer)
    assert not _item_answered(opened, after, Block(text="Format: online.", list_item=True))
