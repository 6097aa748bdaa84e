"""Outgoing bodies are written by mailbot.mail.bodies in one pass: the bytes are exactly those the
email package writes when the same email is built with EmailMessage.set_content, add_alternative
and add_attachment (the way make_message built every email before), for every kind of email."""
from __future__ import annotations

import email.policy
import itertools
import secrets
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

import pytest

from mailbot.mail import emails
from mailbot.mail import language as languages
from mailbot.mail.message import clean_header_text
from mailbot.ops.samples import CONTEXTS, NOW

DOCUMENTS = (("Formulaire é.pdf", "application/pdf", b"%PDF-1.4 x" * 100),
             ('evil"\r\nBcc: x@y.example; name=.docx', "text/html", bytes(range(256)) * 3),
             ("empty.bin", "application/x-thing", b""))


def _stdlib(name: str, to: list[str], ctx: dict[str, Any], language: str, attach_forms: bool,
            attachments: tuple[tuple[str, str, bytes], ...], refs: tuple[str, ...] = ()) -> bytes:
    """The email as the email package builds it (make_message's construction before bodies.py)."""
    subject, text, html = emails.render(name, ctx, language)
    msg = EmailMessage(policy=emails.POLICY.clone(max_line_length=76))
    msg["From"] = formataddr((clean_header_text("Éducation continue", 80), "ce@example.org"))
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = "<x@example.org>"
    msg["In-Reply-To"] = "<a@example.org>"
    msg["References"] = " ".join(refs + ("<a@example.org>",))
    msg["Reply-To"] = "ce+tok@example.org"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot"] = name
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    if attach_forms:
        for filename, data, maintype, subtype in emails._blank_forms():
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for filename, content_type, data in attachments:
        maintype, _, subtype = content_type.lower().partition("/")
        if maintype not in ("application", "image", "audio", "video") or not emails._MIME_TOKEN.fullmatch(subtype):
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=clean_header_text(filename, 150))
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(emails._boundary(text, html))
    msg["Content-Language"] = languages.known(language) if emails.writes_to_outsiders(name) else "en"
    utf8 = any(not r.isascii() for r in to)
    return msg.as_bytes(policy=emails.POLICY.clone(utf8=True) if utf8 else emails.POLICY)


def _both(name: str, to: list[str], ctx: dict[str, Any], language: str, attach_forms: bool,
          attachments: tuple[tuple[str, str, bytes], ...], monkeypatch: pytest.MonkeyPatch,
          refs: tuple[str, ...] = ()) -> tuple[bytes, bytes]:
    counter = itertools.count()
    monkeypatch.setattr(secrets, "token_hex", lambda n=16: f"{next(counter):032x}")  # the same boundaries
    ours = emails.make_message(
        name, to, ctx, from_address="ce@example.org", from_name="Éducation continue", domain="example.org",
        now=NOW, message_id="<x@example.org>", attachments=attachments, language=language,
        reply_to="ce+tok@example.org", in_reply_to="<a@example.org>", references=refs + ("<a@example.org>",),
        attach_forms=attach_forms, auto_submitted="auto-generated").as_bytes()
    counter = itertools.count()
    return ours, _stdlib(name, to, ctx, language, attach_forms, attachments, refs)


@pytest.mark.parametrize("name", sorted(emails.EMAILS))
def test_every_kind_is_the_bytes_the_email_package_writes(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for language in languages.LANGUAGES:
        for forms, attachments in ((False, ()), (False, DOCUMENTS[:1]), (True, DOCUMENTS)):
            ours, theirs = _both(name, ["a@example.org"], CONTEXTS[name], language, forms, attachments, monkeypatch)
            assert ours == theirs, (name, language, forms, len(attachments))


@pytest.mark.parametrize("text", [
    "short ASCII lines\nonly\n",
    "une ligne courte, accentuée\n",
    "a long ASCII line " * 10 + "\n" + "and more\n" * 3,
    "une longue ligne accentuée " * 8 + "\n",
    "é" * 200 + "\n" + "ligne\n" * 20,  # long, mostly non-ASCII: base64 beats quoted-printable
    "a long line " * 12 + "\n" + "line\n" * 20,  # quoted-printable over more than ten lines
    "CR\rand CRLF\r\nline ends\n",
    "",
])
def test_texts_get_the_email_packages_transfer_encoding(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(emails, "render", lambda name, ctx, language="en", folder=None: ("Subject", text, text))
    for to in (["a@example.org"], ["josé@example.org"]):  # the second is written with UTF-8 headers
        ours, theirs = _both("digest", to, {}, "en", True, DOCUMENTS, monkeypatch)
        assert ours == theirs, (text, to)


@pytest.mark.parametrize("count", [1, 8, 10])
def test_references_short_and_long_are_the_same_bytes(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    refs = tuple(f"<{'r' * 90}{n}@example.org>" for n in range(count))  # 10 of them: over 998 characters
    ours, theirs = _both("acknowledgement", ["a@example.org"], CONTEXTS["acknowledgement"], "en", False, (),
                         monkeypatch, refs)
    assert ours == theirs


def test_the_message_reads_back_with_its_parts() -> None:
    out = emails.make_message(
        "no_form", ["a@example.org"], CONTEXTS["no_form"], from_address="ce@example.org", from_name="CE",
        domain="example.org", now=NOW, attachments=DOCUMENTS[:1], attach_forms=True, language="fr")
    parsed = email.message_from_bytes(out.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "multipart/mixed" and parsed["Content-Language"] == "fr"
    names = [p.get_filename() for p in parsed.iter_attachments()]
    assert names == [f for f, _, _, _ in emails._blank_forms()] + ["Formulaire é.pdf"]
    assert next(p for p in parsed.iter_attachments() if p.get_filename() == "Formulaire é.pdf").get_content() \
        == DOCUMENTS[0][2]
    assert "Bonjour" in parsed.get_body(("plain",)).get_content()
