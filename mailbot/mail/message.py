"""An inbound message as a value: ids, sender, text, attachments. No policy, no I/O.

Parsing is lenient (real mail is broken in every possible way) but bounded: the MIME tree is
walked iteratively with a depth and part-count cap, so a hostile message cannot exhaust the stack.
"""
from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr

from mailbot.mail.htmltext import html_to_text

log = logging.getLogger(__name__)

MAX_DEPTH = 25
MAX_PARTS = 400
# Decoded attachment bytes kept per message: beyond this the rest is dropped and the message is
# marked truncated (the raw message is stored whole; this bounds what the parsers are handed).
MAX_TOTAL_BYTES = 60 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_WS = re.compile(r"\s+")
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")
_MSGID = re.compile(r"<[^<>\s]{1,500}>")


def clean_header_text(value: str, max_len: int = 200) -> str:
    """Text safe to put in an outgoing header or a log line: one line, no control/bidi chars."""
    value = _CONTROL.sub(" ", value)
    value = _WS.sub(" ", value).strip()
    if len(value) > max_len:
        value = value[: max_len - 1].rstrip() + "…"
    return value


def _decode_words(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # unknown charsets, broken encoded-words: keep the raw text
        return value


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes (illegal, common) arrive as surrogate escapes: read them as UTF-8,
    else Latin-1, so they become text rather than unencodable surrogates."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _raw_header(msg: Message, name: str, decode: bool = True) -> str | None:
    """The header as it arrived (unfolded), RFC 2047-decoded unless decode=False; None when absent.

    raw_items() avoids the structured header classes, which raise on some malformed inputs.
    """
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            value = re.sub(r"\r?\n(?=[ \t])", "", _unescape_8bit(str(value))).replace("\r", "").replace("\n", "")
            return _decode_words(value) if decode else value
    return None


def _raw_headers(msg: Message, name: str) -> list[str]:
    return [
        _unescape_8bit(str(v)).replace("\r", "").replace("\n", " ")
        for k, v in msg.raw_items()
        if k.lower() == name.lower()
    ]


def strict_single_address(header: str | None) -> str | None:
    """The one address in a From/Sender header, or None when there is not exactly one, unambiguously.

    CVE-2023-27043: some interpreters' parseaddr splits "a@x.org"@evil.com-style inputs
    differently. We accept the header only when two independent readings agree on one address
    and the header holds exactly one unquoted '@'.
    """
    if not header:
        return None
    # RFC 2047 words may only stand in a display name; replace them so their decoded-looking
    # payload (colons, '@', CR/LF) cannot be mistaken for address syntax.
    header = _ENCODED_WORD.sub("x", header)
    pairs = getaddresses([header])
    if len(pairs) != 1:
        return None
    addr = pairs[0][1].strip()
    _, addr2 = parseaddr(header)
    if not addr or addr.lower() != addr2.strip().lower():
        return None
    # Count '@' outside quoted strings and comments.
    depth, quoted, ats, prev = 0, False, 0, ""
    for ch in header:
        if ch == '"' and prev != "\\" and depth == 0:
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")" and depth:
            depth -= 1
        elif ch == "@" and not quoted and depth == 0:
            ats += 1
        prev = ch
    if ats != 1:
        return None
    local, _, domain = addr.rpartition("@")
    if not local or not domain or "." not in domain or any(c in addr for c in " ,;<>\"()[]\\"):
        return None
    if _CONTROL.search(addr):
        return None
    return addr.lower()


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    origin: str = "direct"  # direct | forwarded | tnef | inline
    inline: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class InboundMail:
    raw_size: int
    content_hash: str
    message_id: str
    subject: str
    from_header: str
    sender: str | None  # None when From is missing or ambiguous: never authorises, never answered
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    date: str
    headers: dict[str, str]
    auth_results: tuple[str, ...]
    content_type: str
    report_type: str
    text: str
    attachments: tuple[Attachment, ...]
    returned_headers: str = ""  # for bounces: the headers of the message that bounced
    has_calendar: bool = False
    truncated: bool = False  # the MIME walk hit a cap
    problems: tuple[str, ...] = field(default_factory=tuple)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    @property
    def addressed_to(self) -> list[str]:
        """Every address the message was delivered to: To, Cc and the delivery headers, where a
        plus address (reply token, bounce address) survives even when To was rewritten."""
        extra = [self.header("delivered-to"), self.header("x-original-to")]
        return list(self.to) + list(self.cc) + [a.strip().strip("<>").lower() for a in extra if a]

    @property
    def reply_to_address(self) -> str:
        """Where answers go: the sender. A Reply-To could point our mail at a third party."""
        if self.sender is None:
            raise ValueError("a message without an unambiguous sender is never answered")
        return self.sender

    @property
    def thread_ids(self) -> tuple[str, ...]:
        return self.in_reply_to + tuple(r for r in self.references if r not in self.in_reply_to)


def _decoded_payload(part: Message) -> bytes | None:
    """The transfer-decoded body of a leaf part; None for a multipart one (raises on a broken encoding)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else None


def _part_text(part: Message) -> str:
    try:
        payload = _decoded_payload(part)
    except Exception:
        payload = None
    if payload is None:
        p = part.get_payload()
        return p if isinstance(p, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", errors="replace")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        ctype_name = part.get_param("name")
        if isinstance(ctype_name, tuple):  # RFC 2231 triple
            name = email.utils.collapse_rfc2231_value(ctype_name)
        elif isinstance(ctype_name, str):
            name = ctype_name
    if not name:
        return ""
    # Header folding (CRLF + space) is not part of the name; what remains is made single-line.
    name = re.sub(r"\r?\n(?=[ \t])", "", name)
    return clean_header_text(_decode_words(name), 255)


def _tnef_attachments(data: bytes) -> list[Attachment]:
    try:
        from tnefparse.tnef import TNEF
    except ImportError:  # pragma: no cover - tnefparse is a declared dependency
        return []
    try:
        tnef = TNEF(data)
    except Exception as exc:
        log.warning("winmail.dat could not be decoded: %s", exc)
        return []
    out = []
    for att in tnef.attachments:
        name = att.long_filename() or att.name or "attachment"
        if isinstance(name, bytes):
            name = name.decode("utf-8", errors="replace")
        out.append(Attachment(str(name), "application/octet-stream", bytes(att.data), origin="tnef"))
    return out


def parse_message(raw: bytes) -> InboundMail:
    """Read raw RFC 5322 bytes into an InboundMail. Never raises on malformed input."""
    problems: list[str] = []
    too_deep = False
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except RecursionError:
        # The stdlib parser recurses per nesting level (~1000 levels exhaust the stack). Keep the
        # headers, so the message is still recorded and answered once, and drop the body.
        from email.parser import BytesHeaderParser

        msg = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        msg.set_payload("")
        too_deep = True
        problems.append("the message structure is nested too deeply or has too many parts")
    headers: dict[str, str] = {}
    for name in (
        "auto-submitted", "precedence", "x-autoreply", "x-autorespond", "x-auto-response-suppress",
        "list-id", "list-unsubscribe", "x-mailbot", "return-path", "x-failed-recipients",
        "x-ms-exchange-generated-message-source", "x-ms-exchange-inbox-rules-loop", "feedback-id",
        "x-loop", "delivered-to", "x-original-to", "content-type", "x-autogenerated",
        "x-autoreply-from", "x-mail-autoreply", "x-autoresponse", "x-precedence", "x-post-messageclass",
    ):
        v = _raw_header(msg, name)
        if v is not None:
            headers[name] = v
    # Addresses are read from the undecoded header: an encoded-word can hide a display name
    # full of CR/LF and commas, but never an address.
    sender = strict_single_address(_raw_header(msg, "from", decode=False))
    from_header = _raw_header(msg, "from") or ""
    if from_header and sender is None:
        problems.append("From header is missing or names more than one address")
    from_name = clean_header_text(parseaddr(from_header)[0], 120)
    if from_name.count(",") == 1:  # Outlook's "Last, First"
        last, first = (p.strip() for p in from_name.split(","))
        from_name = f"{first} {last}".strip()

    def addrs(name: str) -> tuple[str, ...]:
        vals = _raw_headers(msg, name)
        return tuple(a.lower() for _, a in getaddresses([_decode_words(v) for v in vals]) if "@" in a)

    reply_to_list = addrs("reply-to")
    irt = tuple(_MSGID.findall(_raw_header(msg, "in-reply-to") or ""))
    refs = tuple(_MSGID.findall(_raw_header(msg, "references") or ""))[-50:]
    mid_match = _MSGID.findall(_raw_header(msg, "message-id") or "")
    content_hash = hashlib.sha256(raw).hexdigest()
    message_id = mid_match[0] if mid_match else f"<no-id-{content_hash[:24]}@mailbot.invalid>"

    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    returned_headers = ""
    has_calendar = False
    truncated = too_deep
    ctype = msg.get_content_type()
    report_type = (msg.get_param("report-type") or "") if ctype == "multipart/report" else ""
    if isinstance(report_type, tuple):
        report_type = email.utils.collapse_rfc2231_value(report_type)

    # Iterative walk: (part, depth, origin). A bounce's returned original is never mined for forms.
    stack: list[tuple[Message, int, str]] = [(msg, 0, "direct")]
    seen = 0
    total = 0
    while stack:
        part, depth, origin = stack.pop()
        seen += 1
        if seen > MAX_PARTS or depth > MAX_DEPTH:
            truncated = True
            problems.append("the message structure is nested too deeply or has too many parts")
            break
        pctype = part.get_content_type()
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                if pctype == "message/rfc822" or pctype.startswith("message/"):
                    if report_type and depth >= 1:
                        returned_headers = str(payload[0])[:4000] if payload else ""
                        continue
                    stack.extend((sub, depth + 1, "forwarded") for sub in reversed(payload) if isinstance(sub, Message))
                else:
                    stack.extend((sub, depth + 1, origin) for sub in reversed(payload) if isinstance(sub, Message))
            continue
        if pctype in ("text/rfc822-headers",):
            returned_headers = _part_text(part)[:4000]
            continue
        if pctype == "message/delivery-status":
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        name = _filename(part)
        if pctype == "text/calendar" or name.lower().endswith(".ics"):
            has_calendar = True
        is_body_text = pctype in ("text/plain", "text/html") and not name and disposition != "attachment"
        if is_body_text:
            if origin == "direct":
                (texts if pctype == "text/plain" else htmls).append(_part_text(part))
            continue
        try:
            data = _decoded_payload(part) or b""
        except Exception:
            data = b""
            problems.append(f"an attachment could not be decoded: {clean_header_text(name, 80)}")
        if name.lower() == "winmail.dat" or pctype == "application/ms-tnef":
            attachments.extend(_tnef_attachments(data))
            continue
        if not name and pctype == "text/calendar":
            name = "invite.ics"
        if not name and not data:
            continue
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            truncated = True
            problems.append("the attachments are larger in total than we accept")
            break
        attachments.append(
            Attachment(
                filename=name or f"unnamed.{pctype.split('/')[-1][:10]}",
                content_type=pctype,
                data=data,
                origin=origin,
                inline=disposition == "inline" or bool(part.get("Content-ID")),
            )
        )

    text = "\n".join(t for t in texts if t.strip())
    if not text.strip() and htmls:
        text = html_to_text("\n".join(htmls))

    subject = clean_header_text(_raw_header(msg, "subject") or "", 300)
    return InboundMail(
        raw_size=len(raw),
        content_hash=content_hash,
        message_id=message_id,
        subject=subject,
        from_header=clean_header_text(from_header, 300),
        sender=sender,
        from_name=from_name,
        to=addrs("to"),
        cc=addrs("cc"),
        reply_to=reply_to_list[0] if len(reply_to_list) == 1 else None,
        in_reply_to=irt,
        references=refs,
        date=clean_header_text(_raw_header(msg, "date") or "", 80),
        headers=headers,
        auth_results=tuple(_raw_headers(msg, "authentication-results")),
        content_type=ctype,
        report_type=str(report_type).lower(),
        text=text,
        attachments=tuple(attachments),
        returned_headers=returned_headers,
        has_calendar=has_calendar,
        truncated=truncated,
        problems=tuple(problems),
    )


# ---- subjects: the same conversation whatever prefixes and list tags a client adds ----------------

REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|antw|réf|rif|fw|fwd|tr)\s*(\[\d+\])?\s*:\s*)", re.IGNORECASE)


_TAG = re.compile(r"^\s*\[[^\]]{0,40}\]\s*")


def normalised_subject(subject: str) -> str:
    """The subject without reply/forward prefixes and list tags, lower-case, single-spaced:
    the same for every message of one conversation however many times it went round."""
    prev = None
    s = subject
    while s != prev:
        prev = s
        s = _TAG.sub("", strip_reply_prefixes(s))
    return " ".join(s.lower().split())


def strip_reply_prefixes(subject: str) -> str:
    while True:
        m = REPLY_PREFIX.match(subject)
        if not m:
            return subject.strip()
        subject = subject[m.end():]
