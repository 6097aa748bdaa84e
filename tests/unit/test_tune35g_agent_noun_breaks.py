"""A hyphenating typesetter breaks an agent noun before its ending ("asses-" over "sors"): joined in such a document."""
from __future__ import annotations

from mailbot_parsers.line_breaks import SOFT_HYPHEN, typeset_breaks, words_of

LINES = ["A practical examination scored by two asses-", "sors, with the instruc-", "tors present; a short test."]


def test_agent_noun_endings_are_a_typesetters_syllables() -> None:
    out = typeset_breaks(LINES, words_of(LINES), True)
    assert out[0].endswith(SOFT_HYPHEN) and out[1].endswith(SOFT_HYPHEN)


def test_without_hyphenation_elsewhere_one_such_break_stays() -> None:
    lines = ["scored by two asses-", "sors on the day."]
    assert typeset_breaks(lines, words_of(lines), False) == lines
