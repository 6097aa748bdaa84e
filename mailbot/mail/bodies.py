"""The MIME body of an outgoing email (text, HTML, attachments), written in one pass exactly as
the email package writes it.

Building the body with EmailMessage.set_content / add_alternative / add_attachment parses each
Content-* header it sets, rebuilds the tree for every part added, and serialising splits every
encoded line again: about half the CPU of an email in a backlog. Our bodies have one shape
(multipart/alternative of text and HTML, inside multipart/mixed when files are attached), so the
parts are written here with the email package's own choices: the same transfer encoding for a
text (7bit, 8bit, quoted-printable or base64 by the same rules), base64 in lines of 76, the same
header order (the MIME-Version line EmailMessage.set_content adds to every part but the first
included), CRLF line ends. tests/unit/test_outgoing_bodies.py compares the bytes with the email
package's for every kind of email. A header that carries outside text (an attachment's file
name) still goes through the email package's header classes, which encode and fold it.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from email import quoprimime
from email.message import EmailMessage
from email.policy import EmailPolicy
from functools import lru_cache

LINE = 76  # RFC 2045: encoded lines of at most 76 characters
_BREAK = re.compile(rb"\r\n|\r|\n")
_CRLF = b"\r\n"


def _lines_crlf(payload: bytes) -> bytes:
    # As the generator writes a payload: every line break as CRLF.
    return _BREAK.sub(_CRLF, payload)


def _text_payload(content: str) -> tuple[str, bytes]:
    """(transfer encoding, encoded body) of a UTF-8 text part: email.contentmanager's heuristics
    for an SMTP policy (8bit allowed) and lines of LINE."""
    lines = content.encode("utf-8").splitlines()
    normal = b"\n".join(lines) + b"\n"
    if max((len(x) for x in lines), default=0) <= LINE:
        return ("7bit" if normal.isascii() else "8bit"), normal
    # quoprimime.body_encode encodes each line on its own (line breaks are never quoted), so the
    # body's encoding is its lines' encodings, one per line; `sniff` is the first ten's.
    qp = [_qp_line(line.decode("latin-1")) for line in lines]
    sniff_qp = "\n".join(qp[:10]) + "\n"
    if len(sniff_qp) > len(binascii.b2a_base64(_CRLF.join(lines[:10]) + _CRLF)):
        return "base64", base64.encodebytes(_CRLF.join(lines) + _CRLF)
    return "quoted-printable", ("\n".join(qp) + "\n").encode("latin-1")


def _qp_line(line: str) -> str:
    # A template's HTML repeats from email to email: its lines are encoded once (character by
    # character in Python, the costliest step of writing a body).
    return _qp_known(line) if len(line) <= _QP_KEPT_LENGTH else quoprimime.body_encode(line, LINE)


_QP_KEPT_LENGTH = 2000


@lru_cache(maxsize=4096)
def _qp_known(line: str) -> str:
    return quoprimime.body_encode(line, LINE)


def _text_part(subtype: str, content: str, first: bool) -> bytes:
    cte, payload = _text_payload(content)
    head = f'Content-Type: text/{subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: {cte}\r\n'
    if not first:
        head += "MIME-Version: 1.0\r\n"
    return head.encode("ascii") + _CRLF + _lines_crlf(payload)


def attachment_part(data: bytes, maintype: str, subtype: str, filename: str,
                    policy: EmailPolicy[EmailMessage]) -> bytes:
    """One attached file as a body part (headers folded by `policy`, base64 lines of LINE)."""
    head = EmailMessage(policy=policy)
    head["Content-Type"] = f"{maintype}/{subtype}"
    head["Content-Transfer-Encoding"] = "base64"
    head["Content-Disposition"] = "attachment"
    head.set_param("filename", filename, header="Content-Disposition", replace=True)
    head["MIME-Version"] = "1.0"
    headers = b"".join(policy.fold_binary(k, v) for k, v in head.raw_items())
    return headers + _CRLF + base64.encodebytes(data).replace(b"\n", _CRLF)


def _multipart(boundary: str, parts: Sequence[bytes]) -> bytes:
    """The body of a multipart entity, as the generator lays it out (no preamble, no epilogue)."""
    dash = b"--" + boundary.encode("ascii")
    return dash + _CRLF + (_CRLF + dash + _CRLF).join(parts) + _CRLF + dash + b"--" + _CRLF


def body(text: str, html: str, attachments: Sequence[bytes], boundaries: Sequence[str]) -> tuple[str, bytes]:
    """(Content-Type of the whole email, its body as bytes). `attachments`: parts written by
    `attachment_part`; `boundaries`: one per multipart level, outermost first (two when there
    are attachments)."""
    alternative = _multipart(boundaries[-1], [_text_part("plain", text, True), _text_part("html", html, False)])
    if not attachments:
        return f'multipart/alternative; boundary="{boundaries[-1]}"', alternative
    inner = (f'Content-Type: multipart/alternative; boundary="{boundaries[-1]}"\r\n\r\n').encode("ascii") + alternative
    return f'multipart/mixed; boundary="{boundaries[0]}"', _multipart(boundaries[0], [inner, *attachments])
