"""A writer who says in their own voice that no partner was approached names no partner, and none endorses it."""
from __future__ import annotations

from mailbot_parsers import prose
from mailbot_parsers.normalise import choice_code


def test_no_partner_approached_in_the_first_person() -> None:
    assert prose.no_one_named("We have not approached an external partner yet.")
    assert prose.no_one_named("I haven't contacted anyone yet.")
    assert choice_code("endorsement_status", "We have not approached an external partner yet.") == "none"


def test_a_partner_named_after_the_negation_is_a_partner() -> None:
    assert not prose.no_one_named("We have not approached the Kingston Heart Society yet.")
    assert choice_code("endorsement_status", "The Society has agreed; letter to follow.") != "none"
