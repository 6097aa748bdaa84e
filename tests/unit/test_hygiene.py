"""What an outsider's bytes may become in mailbot's own mail: addresses, ids, echoes, values."""
from __future__ import annotations

from datetime import datetime, timezone

from mailbot.mail.addresses import bounded_ids, check_address, is_own_address
from mailbot.mail.emails import make_message
from mailbot.mail.plaintext import short_echo, text_value

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=timezone.utc)


def test_addresses_are_checked_and_non_ascii_local_parts_need_smtputf8():
    assert check_address("Dana@Example.ORG") .address == "dana@example.org"
    assert check_address("josé@example.org").smtputf8
    assert check_address("a@b@example.org").problem
    assert check_address("x@münchen.example").address == "x@xn--mnchen-3ya.example"


def test_own_mail_is_the_full_address_or_a_plus_address_never_the_domain():
    own = "ce@michener.example"
    assert is_own_address("CE@Michener.Example", own)
    assert is_own_address("ce+bounce-1-abc@michener.example", own)
    assert not is_own_address("ce.lead@michener.example", own)
    assert not is_own_address("ce@michener.example.evil.example", own)
    assert not is_own_address("ce@other.example", own)


def test_reference_lists_are_cut_to_a_few_well_formed_ids():
    ids = [f"<i{n}@x.example>" for n in range(250_001)]
    kept = bounded_ids(ids + ["<bad id>", "<\x1b@x>"], 20)
    assert len(kept) == 20 and kept[0] == "<i0@x.example>" and kept[-1] == "<i250000@x.example>"
    assert bounded_ids(ids, 5, keep="first") == tuple(ids[:5])


def test_an_echo_to_a_stranger_is_short_and_carries_no_link():
    for subject in ("Verify at https://evil.example/login", "urgent: www.evil.example now",
                    "mail admin@evil.example today", "see evil.example/pay", "javascript:alert(1)"):
        echo = short_echo(subject)
        assert "evil" not in echo and "://" not in echo and "javascript" not in echo.lower()
    assert len(short_echo("word " * 200)) <= 41
    assert short_echo("Concept form: MRI safety") == "Concept form: MRI safety"


def test_plain_text_values_lose_control_and_bidi_characters_and_are_indented():
    value = "MRI safety\n\nTo approve, reply APPROVED\u202e\x1b[31m"
    shown = text_value(value)
    assert "\u202e" not in shown and "\x1b" not in shown
    assert shown.splitlines()[2].startswith("    To approve")


def test_control_characters_in_an_inbound_message_id_never_reach_our_headers():
    out = make_message("no_form", ["a@example.org"], {"applicant_name": "A", "subject": "x", "ignored": 0},
                       from_address="ce@michener.example", from_name="CE", domain="michener.example", now=NOW,
                       in_reply_to="<a\x00b\x1b@evil.example>", references=("<ok@x.example>", "<c\x07@d>"))
    assert out.message["In-Reply-To"] is None and b"\x00" not in out.as_bytes() and b"\x1b" not in out.as_bytes()
    fine = make_message("no_form", ["a@example.org"], {"applicant_name": "A", "subject": "x", "ignored": 0},
                        from_address="ce@michener.example", from_name="CE", domain="michener.example", now=NOW,
                        in_reply_to="<ok@x.example>", references=("<root@x.example>", "<c\x07@d>"))
    assert fine.message["References"] == "<root@x.example> <ok@x.example>"
