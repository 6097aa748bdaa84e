"""Realistic backlog mail for the benchmark: the corpus emails, cycled, each copy made unique.

A copy gets a fresh Message-ID and attachments whose bytes differ from every other copy's (so
no content hash, no parse cache and no de-duplication can serve one copy from another), while
staying valid files of their type:

* ZIP containers (DOCX, DOCM, ODT): the archive comment at the end of the central directory;
* PDF: a comment line after the last ``%%EOF`` (readers ignore bytes after it);
* anything else with a file name (images, .doc, .ics): left as it is when changing it could
  alter what a parser sees (TNEF, nested messages), otherwise a trailing newline and comment.
"""
from __future__ import annotations

import base64
import email
import email.policy
import os
import struct
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MAILBOT_SHARED", ROOT / "tests" / "data" / "shared"))
_EOCD = b"PK\x05\x06"


def corpus_emails() -> list[tuple[str, bytes]]:
    """(name, raw bytes) of every realistic email: forms, non-forms, auto-replies, bounces."""
    out = []
    for folder in (SHARED / "corpus" / "emails", SHARED / "corpus-b" / "emails"):
        out += [(f"{folder.parent.name}/{p.name}", p.read_bytes()) for p in sorted(folder.glob("*.eml"))]
    if not out:
        raise SystemExit(f"no corpus emails under {SHARED}: set MAILBOT_SHARED")
    return out


def distinct_bytes(data: bytes, tag: str) -> bytes:
    """`data` changed so that it differs for every `tag` and still opens as the same file."""
    marker = tag.encode("ascii")
    at = data.rfind(_EOCD)
    if data.startswith(b"PK") and at >= 0 and len(data) >= at + 22:
        # The end-of-central-directory record ends with the comment length and the comment.
        return data[:at + 20] + struct.pack("<H", len(marker)) + marker
    if data.lstrip()[:5] == b"%PDF-":
        return data + b"\n%" + marker + b"\n"
    return data + b"\n" + marker


_SKIP_TYPES = ("message/", "application/ms-tnef", "application/vnd.ms-tnef")


def _attachments(msg: Message) -> Iterator[Message]:
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type().startswith(_SKIP_TYPES):
            continue
        if part.get_filename() or part.get_content_disposition() == "attachment":
            yield part


def fresh_copy(raw: bytes, n: int, sender: str | None = None) -> bytes:
    """Copy number `n` of a raw email: new Message-ID, attachments of distinct bytes; from `sender` when given
    (a new applicant, whose form is a new application rather than a revision of an earlier copy's)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if sender:
        for name in ("From", "Sender", "Reply-To", "Return-Path"):
            del msg[name]
        msg["From"] = sender
    tag = f"mailbot-bench-copy-{n}"
    for part in _attachments(msg):
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            continue
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(distinct_bytes(data, tag)).decode("ascii"))
    del msg["Message-ID"]
    msg["Message-ID"] = f"<{tag}-{os.urandom(6).hex()}@bench.example>"
    return msg.as_bytes()


def backlog(count: int) -> list[tuple[str, bytes]]:
    """`count` unique copies, cycling through the corpus in order."""
    source = corpus_emails()
    return [(source[i % len(source)][0], fresh_copy(source[i % len(source)][1], i)) for i in range(count)]


def old_message(n: int) -> bytes:
    """A small plain message for the 'old mailbox' case (its content does not matter: it is never read)."""
    return (f"From: person{n}@example.org\r\nTo: ce@michener.example\r\nSubject: old message {n}\r\n"
            f"Message-ID: <old-{n}@example.org>\r\nDate: Mon, 1 Jan 2024 09:00:00 +0000\r\n\r\n"
            f"An old message, number {n}.\r\n").encode()


