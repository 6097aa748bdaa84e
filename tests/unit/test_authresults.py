"""Authentication-Results: only the topmost trusted header counts."""
from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from mailbot.review.authresults import Check, Verdict, aligned, aligned_pass, dmarc_verdict, parse_header

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "shared" / "hostile"
TRUSTED = {"mx.michener.example"}

PASS = "mx.michener.example; dkim=pass header.d=michener.example; spf=pass smtp.mailfrom=michener.example; dmarc=pass header.from=michener.example"
FAIL = "mx.michener.example; dkim=fail header.d=michener.example; spf=fail smtp.mailfrom=example.com; dmarc=fail header.from=michener.example"


def _headers(path: Path) -> list[str]:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return [str(h) for h in message.get_all("Authentication-Results", [])]


def test_the_spoofed_staff_decision_fails():
    headers = _headers(HOSTILE / "A11-spoofed-staff-decision.eml")
    verdict = dmarc_verdict(headers, TRUSTED)
    assert verdict.authserv_id == "mx.michener.example"
    assert not verdict.pass_
    assert verdict.dmarc == Check("fail", "michener.example")
    assert verdict.dkim == (Check("fail", "michener.example"),)
    assert verdict.spf == Check("fail", "example.com")
    assert not aligned_pass(verdict, "michener.example")


def test_a_pass_passes():
    verdict = dmarc_verdict([PASS], TRUSTED)
    assert verdict.pass_ and aligned_pass(verdict, "michener.example")


def test_a_forged_pass_below_the_trusted_header_is_ignored():
    verdict = dmarc_verdict([FAIL, PASS], TRUSTED)
    assert not verdict.pass_ and not aligned_pass(verdict, "michener.example")


def test_a_forged_pass_with_an_untrusted_authserv_id_above_is_ignored():
    forged = PASS.replace("mx.michener.example;", "mx.evil.example;")
    verdict = dmarc_verdict([forged, FAIL], TRUSTED)
    assert verdict.authserv_id == "mx.michener.example" and not verdict.pass_


def test_a_lookalike_authserv_id_is_not_trusted():
    for fake in ("mx.michener.example.evil.net", "evil-mx.michener.example", "\"mx.michener.example \""):
        assert dmarc_verdict([PASS.replace("mx.michener.example", fake, 1)], TRUSTED) == Verdict()


def test_missing_header_gives_an_empty_failing_verdict():
    verdict = dmarc_verdict([], TRUSTED)
    assert verdict == Verdict() and not verdict.pass_
    assert not aligned_pass(verdict, "michener.example")


def test_unknown_authserv_id_only():
    verdict = dmarc_verdict([PASS.replace("mx.michener.example", "mx.unknown.example", 1)], TRUSTED)
    assert verdict.authserv_id is None and not aligned_pass(verdict, "michener.example")


def test_no_trusted_ids_configured_trusts_nothing():
    assert dmarc_verdict([PASS], set()) == Verdict()


def test_authserv_id_and_names_are_case_insensitive():
    verdict = dmarc_verdict(["MX.Michener.Example; DMARC=Pass header.from=Michener.Example"], {"mx.michener.EXAMPLE"})
    assert verdict.pass_ and verdict.dmarc == Check("pass", "michener.example")


def test_comments_versions_quotes_and_folding_are_understood():
    header = (
        "Authentication-Results: mx.michener.example 1 (postfix (v3));\r\n"
        "\tdkim=pass (2048-bit key; unprotected) header.d=michener.example header.s=sel1\r\n"
        "\t header.b=\"abc;def\";\r\n"
        "  spf/1 = pass (sender SPF authorized) smtp.mailfrom=\"bounce@mail.michener.example\";\r\n"
        "  dmarc=pass (p=reject dis=none) header.from=michener.example reason=\"aligned; ok\""
    )
    authserv_id, results = parse_header(header)
    assert authserv_id == "mx.michener.example"
    assert [r["method"] for r in results] == ["dkim", "spf", "dmarc"]
    assert results[0]["header.b"] == "abc;def"
    assert results[2]["reason"] == "aligned; ok"
    verdict = dmarc_verdict([header], TRUSTED)
    assert verdict.spf == Check("pass", "mail.michener.example")
    assert verdict.pass_


def test_a_comment_cannot_smuggle_a_result():
    header = "mx.michener.example; dmarc=fail (dmarc=pass; dkim=pass) header.from=michener.example"
    assert not dmarc_verdict([header], TRUSTED).pass_


def test_no_result_header():
    verdict = dmarc_verdict(["mx.michener.example; none"], TRUSTED)
    assert verdict.authserv_id == "mx.michener.example"
    assert verdict.dmarc is None and not aligned_pass(verdict, "michener.example")


def test_several_dkim_signatures_are_kept():
    header = "mx.michener.example; dkim=fail header.d=michener.example; dkim=pass header.d=mailer.example; dkim=pass header.i=@michener.example"
    verdict = dmarc_verdict([header], TRUSTED)
    assert verdict.dkim == (Check("fail", "michener.example"), Check("pass", "mailer.example"), Check("pass", "michener.example"))
    assert aligned_pass(verdict, "michener.example")


@pytest.mark.parametrize("header,expected", [
    ("mx.michener.example; dkim=pass header.d=michener.example", True),
    ("mx.michener.example; dkim=pass header.d=michener.example; dmarc=none", True),
    ("mx.michener.example; dkim=pass header.d=michener.example; dmarc=temperror", True),
    ("mx.michener.example; dkim=pass header.d=ce.michener.example", True),
    ("mx.michener.example; spf=pass smtp.mailfrom=bounce@michener.example", True),
    ("mx.michener.example; dkim=pass header.d=michener.example; dmarc=fail", False),
    ("mx.michener.example; dkim=pass header.d=example.com", False),
    ("mx.michener.example; dkim=pass header.d=notmichener.example", False),
    ("mx.michener.example; dkim=pass header.d=example", False),
    ("mx.michener.example; dkim=pass", False),
    ("mx.michener.example; dkim=neutral header.d=michener.example; spf=softfail smtp.mailfrom=michener.example", False),
    ("mx.michener.example; spf=pass smtp.mailfrom=example.com", False),
])
def test_aligned_pass_without_dmarc(header, expected):
    assert aligned_pass(dmarc_verdict([header], TRUSTED), "michener.example") is expected


def test_aligned():
    assert aligned("michener.example", "MICHENER.example")
    assert aligned("ce.michener.example", "michener.example")
    assert aligned("michener.example", "ce.michener.example")
    assert not aligned("example", "michener.example")
    assert not aligned(None, "michener.example")
    assert not aligned("hener.example", "michener.example")


def test_garbage_never_raises():
    for header in ("", ";;;", "(((", '"unterminated', "mx.michener.example; =pass", "mx.michener.example; dkim", "x" * 100_000):
        dmarc_verdict([header], TRUSTED)


def test_the_autoreply_loop_fixture_passes_for_its_own_domain():
    text = (HOSTILE / "A12-autoreply-loop.mbox").read_text()
    first = text.split("\nFrom MAILER-DAEMON")[0].split("\n", 1)[1]
    verdict = dmarc_verdict(_headers_from_text(first), TRUSTED)
    assert verdict.pass_ and aligned_pass(verdict, "example.org")



def test_a_dmarc_pass_for_another_from_domain_does_not_count():
    verdict = dmarc_verdict(["mx.michener.example; dmarc=pass header.from=example.org"], TRUSTED)
    assert verdict.pass_
    assert not aligned_pass(verdict, "michener.example")
    assert aligned_pass(dmarc_verdict(["mx.michener.example; dmarc=pass"], TRUSTED), "michener.example")


def _headers_from_text(text: str) -> list[str]:
    message = email.message_from_string(text, policy=policy.default)
    return [str(h) for h in message.get_all("Authentication-Results", [])]
