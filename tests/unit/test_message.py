"""Inbound parsing: strict sender addresses, bounded MIME walks, clean header text."""
from __future__ import annotations

import gzip
import time

import pytest
from apphelpers import HOSTILE

from mailbot.mail import message
from mailbot.mail.message import clean_header_text, parse_message, strict_single_address


# CVE-2023-27043: email.utils.parseaddr/getaddresses read some of these as a different address
# than a mail server would. Any doubt means "no sender": such a message never authorises anything.
@pytest.mark.parametrize("header", [
    'alice@example.org, bob@example.org',
    '"alice@example.org" <bob@example.org>, mallory@evil.example',
    'alice@example.org <bob@example.org>',
    '"priya.shah@michener.example"@evil.example',
    'priya.shah@michener.example@evil.example',
    'a@michener.example (comment) b@evil.example',
    '<priya.shah@michener.example>, <x@evil.example>',
    'Priya <priya.shah@michener.example> <x@evil.example>',
    '=?utf-8?q?priya.shah=40michener.example?= <x@evil.example>, y@evil.example',
    'group: a@example.org, b@example.org;',
    'priya.shah@michener',
    '',
    'no address here',
    'a\x00b@example.org',
])
def test_ambiguous_or_multiple_from_addresses_give_no_sender(header: str) -> None:
    assert strict_single_address(header) is None


@pytest.mark.parametrize(("header", "address"), [
    ('Priya Shah <Priya.Shah@Michener.Example>', "priya.shah@michener.example"),
    ('"Shah, Priya" <priya.shah@michener.example>', "priya.shah@michener.example"),
    ('priya.shah@michener.example', "priya.shah@michener.example"),
    ('"Dana \\"D\\" Whitfield" <dana@example.org>', "dana@example.org"),
    ('=?utf-8?b?RGFuYQ0KQmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?= <dana@example.org>', "dana@example.org"),
])
def test_one_plain_address_is_the_sender(header: str, address: str) -> None:
    assert strict_single_address(header) == address


def test_a_from_with_two_addresses_is_parsed_as_no_sender() -> None:
    mail = parse_message(b"From: a@example.org, b@example.org\r\nSubject: x\r\n\r\nhi")
    assert mail.sender is None and mail.problems
    with pytest.raises(ValueError):
        mail.reply_to_address  # noqa: B018 - never answered


def test_reply_to_never_redirects_answers() -> None:
    mail = parse_message(b"From: dana@example.org\r\nReply-To: victim@example.com\r\nSubject: x\r\n\r\nhi")
    assert mail.reply_to_address == "dana@example.org"


def test_header_text_is_one_line_without_controls_or_bidi_and_capped() -> None:
    dirty = "Hello\r\nBcc: victim@example.com\x00\u202eevil\u2066 " + "x" * 500
    clean = clean_header_text(dirty, 200)
    assert "\r" not in clean and "\n" not in clean and "\x00" not in clean and "\u202e" not in clean
    assert len(clean) <= 200 and clean.startswith("Hello Bcc:")


def test_the_header_injection_message_yields_single_line_fields() -> None:
    mail = parse_message((HOSTILE / "A10-header-injection.eml").read_bytes())
    assert mail.sender == "dana.whitfield@example.org"
    for value in (mail.subject, mail.from_name, mail.from_header, *(a.filename for a in mail.attachments)):
        assert "\r" not in value and "\n" not in value
    assert len(mail.subject) <= 300
    assert mail.to == ("ce@michener.example",)


def test_a_100_deep_multipart_is_walked_without_recursion_and_marked_truncated() -> None:
    start = time.monotonic()
    mail = parse_message((HOSTILE / "A09-multipart-depth-100.eml").read_bytes())
    assert time.monotonic() - start < 2
    assert mail.truncated and mail.sender is not None


def test_1000_nested_parts_do_not_exhaust_the_stack() -> None:
    depth = 1000
    parts = [f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)]
    tail = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = ("From: a@example.org\r\nSubject: deep\r\nMIME-Version: 1.0\r\n" + "".join(parts)
           + "Content-Type: text/plain\r\n\r\nhi" + tail).encode()
    try:
        mail = parse_message(raw)
    except RecursionError:
        pytest.fail("parse_message must never raise on malformed input")
    assert mail.truncated or mail.problems or mail.sender == "a@example.org"


def test_too_many_parts_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message, "MAX_PARTS", 10)
    body = "".join(f"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=f{i}.bin\r\n\r\nx\r\n"
                   for i in range(50))
    raw = f'From: a@example.org\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n{body}--b--\r\n'.encode()
    mail = parse_message(raw)
    assert mail.truncated and len(mail.attachments) < 10


def test_the_total_attachment_size_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message, "MAX_TOTAL_BYTES", 1000)
    body = "".join(f"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=f{i}.bin\r\n\r\n{'y' * 600}\r\n"
                   for i in range(3))
    raw = f'From: a@example.org\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n{body}--b--\r\n'.encode()
    mail = parse_message(raw)
    assert mail.truncated and len(mail.attachments) == 1


def test_malformed_mime_is_read_leniently_and_the_form_is_kept() -> None:
    mail = parse_message((HOSTILE / "A13-malformed-mime-charsets.eml").read_bytes())
    assert mail.sender == "camille.roy@example.com"
    assert any(a.data.startswith(b"PK") for a in mail.attachments), "the good form survives the broken parts"
    assert "\udc80" not in mail.subject and mail.subject.startswith("Formulaire")


def test_raw_8bit_headers_become_text() -> None:
    mail = parse_message("From: Zoë <zoe@example.org>\r\nSubject: Pièce jointe\r\n\r\nhi".encode("latin-1"))
    assert mail.subject == "Pièce jointe" and mail.from_name == "Zoë"


def test_the_41_mib_message_parses_without_error() -> None:
    raw = gzip.decompress((HOSTILE / "A08-attachment-30mb.eml.gz").read_bytes())
    mail = parse_message(raw)
    assert mail.sender is not None and mail.raw_size == len(raw)
