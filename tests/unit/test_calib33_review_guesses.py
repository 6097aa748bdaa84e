"""The review of a whole form rests on real signs of trouble; guesses only bear them out (calib33)."""
from __future__ import annotations

from mailbot_parsers import REVIEW_TROUBLE_MIN, _needs_review


def test_two_real_signs_beside_guesses_do_not_send_a_form_to_review() -> None:
    # a memo that states no partner and no type of request, its title and phone read as guesses: each of these
    # is reported uncertain on its own, and nothing says that the values presented as sure were misread
    guesses = ["proposal_title", "proposer_phone", "proposer_title", "expected_enrolment", "delivery_format"]
    assert not _needs_review(["partner_name", "request_type"], [], guesses, 19)
    assert not _needs_review(["partner_name"], ["competencies"], guesses, 19)


def test_enough_real_signs_still_send_a_form_to_review() -> None:
    assert REVIEW_TROUBLE_MIN == 3
    assert _needs_review(["partner_name", "request_type"], ["competencies"], [], 19)
    # in a long form three real signs are a small share: the guesses beside them bear them out
    assert not _needs_review(["partner_name", "request_type", "rationale"], [], [], 22)
    assert _needs_review(["partner_name", "request_type", "rationale"], [], ["proposer_title", "proposal_title"], 22)


def test_a_real_sign_counts_once_however_it_was_met() -> None:
    # a required answer both unfound and doubted (two readings of one field) is one field in trouble
    assert not _needs_review(["partner_name", "request_type"], ["partner_name"], ["proposal_title"] * 8, 19)
