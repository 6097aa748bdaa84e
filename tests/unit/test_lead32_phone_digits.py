"""The phone matcher is asked only about texts with digits enough for a number; the shortest numbers are still read."""
from __future__ import annotations

from mailbot_parsers import composite


def test_the_shortest_foreign_number_still_reaches_the_matcher() -> None:
    # a country code of three digits and a national number of four: the fewest digits a valid number has
    assert composite._phones("Niue office +683 4002") == ["+683 4002"]
    assert sum(map(str.isdigit, "+683 4002")) == composite.MATCHER_DIGITS


def test_texts_with_few_digits_keep_what_the_patterns_read() -> None:
    assert composite._phones("Call 555-0122") == ["555-0122"]
    assert composite._phones("ext. 1234 only") == ["ext. 1234"]
    assert composite._phones("Page 3 of 12, 25 November 2026") == []
