"""Reply tokens: round trip, and None for every kind of tampering."""
from __future__ import annotations

import pytest

from mailbot.review.tokens import (
    STAGE_CODES,
    TokenClaims,
    make_message_id,
    make_token,
    parse_message_id,
    reply_address,
    token_from_address,
    verify_token,
)
from mailbot.review.workflow import Stage

SECRET = b"0123456789abcdef-test-secret"
RECIPIENT = "Priya.Shah@michener.ca"
ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"


@pytest.fixture
def token() -> str:
    return make_token(SECRET, 7, "smt_concept_review", RECIPIENT)


def test_round_trip(token):
    assert verify_token(SECRET, token, RECIPIENT) == TokenClaims(7, "smt_concept_review")


def test_token_is_short_lowercase_base32(token):
    assert len(token) == 26
    assert set(token) <= set(ALPHABET)


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_round_trips(stage):
    token = make_token(SECRET, 2**32 - 1, stage, RECIPIENT)
    assert verify_token(SECRET, token, RECIPIENT) == TokenClaims(2**32 - 1, stage.value)


def test_every_workflow_stage_has_a_token_code():
    assert {s.value for s in Stage} <= set(STAGE_CODES)


def test_changing_any_character_is_rejected(token):
    for i in range(len(token)):
        for c in ALPHABET:
            if c != token[i]:
                assert verify_token(SECRET, token[:i] + c + token[i + 1 :], RECIPIENT) is None, (i, c)


def test_truncated_extended_or_garbage_tokens_are_rejected(token):
    for bad in (token[:-1], token + "a", "", "x" * 26, token.replace(token[0], "1"), token + "=", "é" * 26):
        assert verify_token(SECRET, bad, RECIPIENT) is None


def test_another_recipient_is_rejected(token):
    assert verify_token(SECRET, token, "someone.else@michener.ca") is None
    assert verify_token(SECRET, token, "priya.shah@michener.ca.evil.example") is None


def test_another_secret_is_rejected(token):
    assert verify_token(b"another secret of the same kind", token, RECIPIENT) is None
    assert verify_token(b"", token, RECIPIENT) is None


def test_case_is_folded_for_token_and_recipient(token):
    assert verify_token(SECRET, token.upper(), "PRIYA.SHAH@MICHENER.CA") == TokenClaims(7, "smt_concept_review")
    assert verify_token(SECRET, token, "Priya Shah <priya.shah@Michener.ca>") is not None


def test_tokens_differ_per_recipient_application_and_stage():
    tokens = {
        make_token(SECRET, 7, "smt_concept_review", RECIPIENT),
        make_token(SECRET, 7, "smt_concept_review", "amara@michener.ca"),
        make_token(SECRET, 8, "smt_concept_review", RECIPIENT),
        make_token(SECRET, 7, "board_review", RECIPIENT),
    }
    assert len(tokens) == 4


@pytest.mark.parametrize("args", [(-1, "received"), (2**32, "received"), (1, "nonsense")])
def test_make_token_refuses_what_it_cannot_encode(args):
    with pytest.raises(ValueError):
        make_token(SECRET, *args, RECIPIENT)
    with pytest.raises(ValueError):
        make_token(b"", 1, "received", RECIPIENT)


def test_reply_address_round_trips_through_a_lowercasing_server(token):
    address = reply_address("ce@michener.ca", token)
    assert address == f"ce+{token}@michener.ca"
    assert token_from_address(address, "ce@michener.ca") == token
    assert token_from_address(address.upper(), "CE@Michener.CA") == token
    assert token_from_address(f"Continuing Education <{address}>", "ce@michener.ca") == token


@pytest.mark.parametrize("address", [
    "ce@michener.ca",  # no plus part
    "ce+@michener.ca",  # empty plus part
    "ce+abc@other.example",  # other domain
    "cex+abc@michener.ca",  # other mailbox with the same prefix
    "board+abc@michener.ca",  # other mailbox
    "not an address",
    "",
])
def test_token_from_address_ignores_other_mailboxes(address):
    assert token_from_address(address, "ce@michener.ca") is None


def test_message_ids():
    mid = make_message_id("review", "MC-2026-0007", "ce.michener.example", "3f9a")
    assert mid == "<mc-2026-0007.review.3f9a@ce.michener.example>"
    assert parse_message_id(mid, "CE.Michener.example") == ("MC-2026-0007", "review", "3f9a")
    assert parse_message_id(mid, "michener.example") is None
    assert parse_message_id("<CAEAC96024B0F3B645F668101C566552@mail.example.com>", "ce.michener.example") is None


def test_message_id_parts_are_sanitised():
    mid = make_message_id("Stage Change", "MC-2026-0007", "michener.ca", "a.b@c")
    assert mid == "<mc-2026-0007.stage-change.a-b-c@michener.ca>"
    with pytest.raises(ValueError):
        make_message_id("review", "MC-1", "michener.ca", "...")
    with pytest.raises(ValueError):
        make_message_id("review", "MC-1", "bad domain", "1")
