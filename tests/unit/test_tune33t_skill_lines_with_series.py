"""Skills typed one a line in a cell or a content control (the writer's own line breaks), one of them holding its
own series ("recognising and tagging bleeding, ulcers, polyps and strictures"): each line is an item all the same.
A line that ends with a comma, or a line holding a sentence's stop, is still one text cut over lines."""
from __future__ import annotations

from mailbot_parsers.normalise import to_value


def test_a_skill_a_line_may_hold_its_own_commas() -> None:
    lines = [("small-bowel landmarks on capsule video", False),
             ("recognising and tagging bleeding, ulcers, polyps and strictures", False),
             ("writing a structured pre-read summary", False)]
    assert to_value("competencies", lines) == ("small-bowel landmarks on capsule video; recognising and tagging "
                                               "bleeding, ulcers, polyps and strictures; writing a structured "
                                               "pre-read summary")


def test_lines_cut_at_a_comma_or_holding_a_stop_stay_one_text() -> None:
    cut = [("recognising bleeding, ulcers,", False), ("polyps and strictures", False)]
    assert to_value("competencies", cut) == "recognising bleeding, ulcers, polyps and strictures"
    stopped = [("tagging findings. reporting them", False), ("writing a summary", False)]
    assert to_value("competencies", stopped) == "tagging findings. reporting them writing a summary"
