"""Outgoing emails reuse parsed headers that repeat from email to email (mailbot.mail.emails):
the bytes sent are exactly those the standard header factory gives, however often a header
object serves."""
from __future__ import annotations

import email.policy
import itertools
import secrets

import pytest

from mailbot.mail import emails
from mailbot.mail import language as languages
from mailbot.ops.samples import CONTEXTS, NOW

STANDARD = email.policy.SMTP.clone(max_line_length=998)
DOCUMENT = (("Formulaire é.pdf", "application/pdf", b"%PDF-1.4 x" * 100),)


def _bytes(name: str, language: str, policy: email.policy.EmailPolicy, monkeypatch: pytest.MonkeyPatch,
           attachments: tuple[tuple[str, str, bytes], ...]) -> bytes:
    counter = itertools.count()
    monkeypatch.setattr(secrets, "token_hex", lambda n=16: f"{next(counter):032x}")  # the same boundaries
    monkeypatch.setattr(emails, "POLICY", policy)
    out = emails.make_message(
        name, ["a@example.org"], CONTEXTS[name], from_address="ce@example.org", from_name="Éducation continue",
        domain="example.org", now=NOW, message_id="<x@example.org>", attachments=attachments, language=language,
        reply_to="ce+tok@example.org", in_reply_to="<a@example.org>", references=("<a@example.org>",),
        attach_forms=name == "no_form")
    return out.as_bytes()


@pytest.mark.parametrize("name", sorted(emails.EMAILS))
def test_every_kind_is_the_same_bytes_as_with_the_standard_header_factory(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reusing = emails.POLICY
    assert isinstance(reusing.header_factory, emails._RepeatedHeaders)
    for language in languages.LANGUAGES:
        for attachments in ((), DOCUMENT):
            first = _bytes(name, language, reusing, monkeypatch, attachments)
            again = _bytes(name, language, reusing, monkeypatch, attachments)  # served from remembered headers
            assert first == again == _bytes(name, language, STANDARD, monkeypatch, attachments)


def test_headers_that_differ_per_email_are_not_remembered() -> None:
    factory = emails._RepeatedHeaders()
    for n in range(3):
        factory("Subject", f"subject {n}")
        factory("Content-Type", f'multipart/mixed; boundary="b{n}"')
        factory("Content-Type", f'application/pdf; name="f{n}.pdf"')
    assert factory._known == {}
    assert factory("X-Mailbot", "acknowledgement") is factory("X-Mailbot", "acknowledgement")
