"""A line end inside a hyphenated token: an email address wrapped at its hyphen ("cwhitford-" / "osei@...") is one
address, and a figure joined to its word by a hyphen ("a 20-" / "question quiz") keeps the hyphen, not a space."""
from __future__ import annotations

from mailbot_parsers.line_breaks import joined
from mailbot_parsers.normalise import find_email, find_emails


def test_an_address_wrapped_at_its_hyphen_is_whole() -> None:
    assert find_email("I can be reached at cwhitford-\nosei@example.org.") == "cwhitford-osei@example.org"
    assert find_emails("reach me at cwhitford- osei@example.org") == ["cwhitford-osei@example.org"]


def test_a_dash_between_words_is_no_wrap() -> None:
    assert find_email("Ada Roy - ada@example.org") == "ada@example.org"
    assert find_email("a.b-c@example.org") == "a.b-c@example.org"


def test_a_figure_and_its_word_keep_their_hyphen() -> None:
    assert joined("plus a 20-", "question online quiz") == "plus a 20-question online quiz"
    assert joined("about 20 -", "question") == "about 20 - question"
