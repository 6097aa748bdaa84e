"""The sender check, on real Exchange Online headers and on forgeries; the settings that choose it."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import settings_from_dict
from mailbot.errors import ConfigError
from mailbot.mail.message import parse_message
from mailbot.review import authresults, senders

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "security"


def _mail(headers: str, sender: str):  # type: ignore[no-untyped-def]
    lines = [line for line in headers.splitlines() if not line.lower().startswith("from:")]
    raw = "\n".join([f"From: {sender}", "To: ce@michener.example", "Subject: Re: [MC-2026-0001]",
                     "Message-ID: <x@y.example>", *lines, "", "SUPPORTED", ""])
    return parse_message(raw.replace("\n", "\r\n").encode())


def _settings(sender_check: dict[str, str] | None = None, host: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
    data = {
        "mailbox": {"address": "ce@michener.example"},
        "imap": {"host": host, "username": "ce", "password_env": "P"},
        "smtp": {"host": "127.0.0.1", "auth": "none"},
        "database": {"url": "sqlite:///:memory:"},
        "staff": {"ce": ["ce.lead@michener.example"]},
    }
    if sender_check is not None:
        data["security"] = sender_check
    return settings_from_dict(data, Path("/tmp/x.toml"), {"P": "pw"})


def test_microsofts_authentication_results_without_authserv_id_are_parsed():
    text = (SAMPLES / "exo-external-github.txt").read_text()
    header = text.split("\nFrom:")[0].split(":", 1)[1]
    authserv_id, results = authresults.parse_header(header)
    assert authserv_id == ""
    assert [r["method"] for r in results] == ["spf", "dkim", "dmarc"]
    verdict = authresults.microsoft_verdict([header])
    assert verdict.pass_ and authresults.aligned_pass(verdict, "github.com")
    assert not authresults.aligned_pass(verdict, "michener.example")
    amd = (SAMPLES / "exo-x-ms-results-amd.txt").read_text().split(":", 1)[1]
    assert authresults.aligned_pass(authresults.microsoft_verdict([amd]), "amd.com")


def test_an_rfc8601_header_naming_a_server_is_not_taken_for_microsofts():
    assert authresults.microsoft_verdict(["mx.michener.example; dmarc=pass header.from=michener.example"]) \
        == authresults.Verdict()


@pytest.mark.parametrize("sample", ["exchange-internal-intel.txt", "exchange-internal-outlook.txt"])
def test_exchanges_internal_stamp_vouches_for_the_sender(sample):
    mail = _mail((SAMPLES / sample).read_text(), "ce.lead@michener.example")
    assert senders.vouch(_settings({"sender_check": "microsoft365"}), mail).ok


def test_a_forged_internal_stamp_from_a_real_phishing_message_is_refused():
    mail = _mail((SAMPLES / "phish-forged-internal.txt").read_text(), "ce.lead@michener.example")
    assert not senders.vouch(_settings({"sender_check": "microsoft365"}), mail).ok


def test_two_internal_stamps_are_refused_rather_than_believed():
    stamp = (SAMPLES / "exchange-internal-intel.txt").read_text()
    mail = _mail(stamp + "X-MS-Exchange-Organization-AuthAs: Internal\n", "ce.lead@michener.example")
    assert not senders.vouch(_settings({"sender_check": "microsoft365"}), mail).ok


def test_an_external_reviewer_counts_with_exchanges_dmarc_pass_for_their_domain():
    text = (SAMPLES / "exo-external-github.txt").read_text()
    s = _settings({"sender_check": "microsoft365"})
    assert senders.vouch(s, _mail(text, "notifications@github.com")).ok
    assert not senders.vouch(s, _mail(text, "ce.lead@michener.example")).ok  # a pass for another domain
    # Without Exchange's own stamp the topmost header may be anyone's.
    bare = "\n".join(line for line in text.splitlines() if "AuthAs" not in line)
    assert not senders.vouch(s, _mail(bare, "notifications@github.com")).ok


def test_a_from_alone_is_never_vouched_for_unless_the_check_is_off():
    mail = _mail("", "ce.lead@michener.example")
    assert not senders.vouch(_settings({"sender_check": "microsoft365"}), mail).ok
    assert not senders.vouch(_settings({"sender_check": "authserv:mx.michener.example"}), mail).ok
    off = _settings({"sender_check": "none"})
    assert senders.vouch(off, mail).ok and senders.warning(off)


def test_sender_check_defaults_to_microsoft365_on_microsoft_365_and_is_required_elsewhere():
    assert _settings(host="outlook.office365.com").sender_check == "microsoft365"
    with pytest.raises(ConfigError, match="sender_check is missing.*microsoft365.*authserv.*none"):
        _settings(host="imap.example.org")
    s = _settings({"sender_check": "authserv:MX.Michener.Example, mx2.michener.example"})
    assert (s.sender_check, s.sender_check_ids) == ("authserv", ("mx.michener.example", "mx2.michener.example"))


@pytest.mark.parametrize("old", [{"require_dmarc": True}, {"trusted_authserv_ids": ["mx.michener.example"]}])
def test_a_config_with_the_replaced_keys_is_refused_naming_the_new_one(old):
    with pytest.raises(ConfigError, match="no longer read.*sender_check"):
        _settings({"sender_check": "none", **old})


@pytest.mark.parametrize("bad", ["authserv:", "microsoft", "none:x", "authserv:a b"])
def test_an_unknown_sender_check_is_refused(bad):
    with pytest.raises(ConfigError, match="sender_check must be one of"):
        _settings({"sender_check": bad})
