"""Several e-mail addresses in a document that names no proposer (a fact box's partner contact beside the author's
block, read out of order): the first address found is a guess at the proposer's, below what other signals lift to
sure; with the proposer's name known, or one address alone, it is read as before."""
from __future__ import annotations

from mailbot_parsers.sections import Extraction, _fill_gaps


def _email_confidence(loose: list[str]) -> float:
    ex = Extraction(loose=loose)
    _fill_gaps(ex, None)
    return ex.sources["proposer_email"].confidence


def test_the_first_of_several_unnamed_addresses_is_a_guess() -> None:
    assert _email_confidence(["aiko.bs@example.com", "hdelacroix@example.org"]) < 0.6


def test_one_address_is_read_as_before() -> None:
    assert _email_confidence(["Questions: hdelacroix@example.org"]) == 0.6
