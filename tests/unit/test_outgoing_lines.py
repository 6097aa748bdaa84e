"""Outgoing bodies keep to RFC 2045's 76-character encoded lines; headers copied from inbound mail stay unfolded."""
from __future__ import annotations

import email
import email.policy

from mailbot.mail import emails
from mailbot.ops.samples import CONTEXTS, NOW


def test_encoded_body_lines_are_at_most_76_and_references_are_not_folded() -> None:
    refs = tuple(f"<{'r' * 60}{n}@example.org>" for n in range(8))
    out = emails.make_message(
        "acknowledgement", ["a@example.org"], CONTEXTS["acknowledgement"], from_address="ce@example.org",
        from_name="CE", domain="example.org", now=NOW, message_id="<x@example.org>",
        attachments=(("form.pdf", "application/pdf", bytes(range(256)) * 40),),
        in_reply_to=refs[-1], references=refs)
    raw = out.as_bytes()
    head, _, _ = raw.partition(b"\r\n\r\n")
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    encoded = [p for p in parsed.walk() if p["Content-Transfer-Encoding"] in ("base64", "quoted-printable")]
    assert any(p["Content-Transfer-Encoding"] == "base64" for p in encoded)
    for part in encoded:
        lines = str(part.get_payload()).splitlines()
        assert max(len(line) for line in lines) <= 76, part.get_content_type()
    references = next(line for line in head.split(b"\r\n") if line.startswith(b"References:"))
    assert references.count(b"@example.org>") == len(refs)  # one line, never refolded or encoded
