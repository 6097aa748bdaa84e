"""A bulleted list printed with an item wrapped onto a line of its own: the line that goes on in lower case is the
item's rest, not an item."""
from __future__ import annotations

from mailbot_parsers.normalise import to_list


def test_a_wrapped_bullet_item_is_one_item() -> None:
    lines = [("• Distinguish febrile, allergic and septic reactions", False), ("from their signs and timing", False),
             ("• Carry out the first steps at the bedside when a", False), ("reaction is suspected", False),
             ("• Submit a complete hemovigilance report", False)]
    assert to_list(lines) == ["Distinguish febrile, allergic and septic reactions from their signs and timing",
                              "Carry out the first steps at the bedside when a reaction is suspected",
                              "Submit a complete hemovigilance report"]


def test_unmarked_lines_of_an_unbulleted_list_stay_items() -> None:
    lines = [("Measure blood pressure", False), ("record the result", False), ("Explain it to the client", False)]
    assert to_list(lines) == ["Measure blood pressure", "record the result", "Explain it to the client"]
    # (a capitalised line without a marker after bullets may be an item typed without one: it stays apart)
    lines = [("• Measure blood pressure", False), ("• Record the result", False), ("Explain it to the client", False)]
    assert to_list(lines) == ["Measure blood pressure", "Record the result", "Explain it to the client"]
