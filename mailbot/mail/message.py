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
from functools import cached_property
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr

from mailbot.mail.htmltext import html_to_text

from mailbot.mail.addresses import MAX_IN_REPLY_TO, MAX_REFERENCES, bounded_ids

log = logging.getLogger(__name__)
# flufl.bounce logs a traceback whenever one of its detectors trips over an ordinary message
# (no From header, an 8-bit one); the scan still answers, so those logs are noise.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

MAX_DEPTH = 25
MAX_PARTS = 400
# Decoded attachment bytes kept per message: beyond this the rest is dropped and the message is
# marked truncated (the raw message is stored whole; this bounds what the parsers are handed).
MAX_TOTAL_BYTES = 60 * 1024 * 1024
BOUNCE_SCAN_BYTES = 512 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_WS = re.compile(r"\s+")
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")
_REF_WINDOW = 16_384  # characters read from each end of a reference header: room for MAX_REFERENCES ids
ORGANIZATION_HEADERS = ("x-ms-exchange-organization-authas", "x-ms-exchange-organization-authsource",
                        "x-ms-exchange-organization-authmechanism")
_MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,500}>")  # control characters never belong in an id


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
            return _unfolded(value, decode)
    return None


def _unfolded(value: object, decode: bool) -> str:
    text = _FOLD.sub("", _unescape_8bit(str(value))).replace("\r", "").replace("\n", "")
    return _decode_words(text) if decode else text


_FOLD = re.compile(r"\r?\n(?=[ \t])")


class _Head:
    """The top-level header block indexed once by lower-case name (values in arrival order), so
    that reading some thirty headers does not walk the whole block for each one. Reads as
    `_raw_header` and `_raw_headers` do."""

    def __init__(self, msg: Message) -> None:
        self._values: dict[str, list[object]] = {}
        for key, value in msg.raw_items():
            self._values.setdefault(key.lower(), []).append(value)

    def first(self, name: str, decode: bool = True) -> str | None:
        values = self._values.get(name)
        return _unfolded(values[0], decode) if values else None

    def every(self, name: str) -> list[str]:
        return [_unescape_8bit(str(v)).replace("\r", "").replace("\n", " ") for v in self._values.get(name, ())]


def _header_text(part: Message, name: str) -> str:
    """A header of a MIME part as plain text, "" when absent. compat32 hands back a Header
    object (not a str) for raw 8-bit bytes, which the str-only helpers cannot split."""
    return _raw_header(part, name, decode=False) or ""


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

    @cached_property  # read by storage names, duplicate checks and records: hashed once
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
    # Facts about the whole MIME tree, enclosed messages included (a forwarded bounce or report
    # shows itself only there): every content type and report-type, and each enclosed From.
    part_types: tuple[str, ...] = ()
    report_types: tuple[str, ...] = ()
    enclosed_senders: tuple[str, ...] = ()
    unparseable: bool = False  # nothing but the bytes and what headers could be read
    # The bytes the bounce detectors read (see `failed_recipients`); empty when they read nothing.
    bounce_source: bytes = field(default=b"", repr=False, compare=False)

    @cached_property
    def failed_recipients(self) -> tuple[str, ...]:
        """Recipients a bounce detector (flufl.bounce) reads as failed: it knows real bounce formats,
        but also misreads some human mail, so it is one signal among others, never alone.

        Read on first use only: the detectors walk every line of every part (they were two fifths
        of a backlog poll's time) and only a message with a bounce-like subject asks."""
        if not self.bounce_source:
            return ()
        return _failed_recipients(email.message_from_bytes(self.bounce_source, policy=email.policy.compat32))

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


def _param(part: Message, param: str, header: str) -> str:
    """One parameter (RFC 2231 continuations and charsets joined) of a header, as text; "" when absent.

    The parameter is read from a copy of the header as text, so raw 8-bit bytes (UTF-8 or
    Latin-1) become characters instead of a Header object the stdlib cannot split."""
    value = _header_text(part, header)
    if not value:
        return ""
    probe = Message()
    probe[header] = value
    try:
        got = probe.get_param(param, header=header)
    except Exception:  # a parameter list no reading can make sense of
        return ""
    if isinstance(got, tuple):  # RFC 2231 (charset, language, value)
        try:
            got = email.utils.collapse_rfc2231_value(got)
        except Exception:
            got = str(got[2])
    return _unescape_8bit(got) if isinstance(got, str) else ""


def _filename(part: Message) -> str:
    name = _param(part, "filename", "content-disposition") or _param(part, "name", "content-type")
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
    """Read raw RFC 5322 bytes into an InboundMail. Never raises: a message no reading can make
    sense of comes back `unparseable`, with whatever headers could be read."""
    try:
        return _parse(raw)
    except Exception as exc:  # real mail breaks the stdlib in ways no one has listed yet
        log.warning("a message could not be parsed (%s: %s); recorded as unparseable", type(exc).__name__, exc)
        return _unparseable(raw, exc)


def _unparseable(raw: bytes, exc: BaseException) -> InboundMail:
    content_hash = hashlib.sha256(raw).hexdigest()
    sender, subject, mid, from_header = None, "", "", ""
    try:
        from email.parser import BytesHeaderParser

        head = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw, headersonly=True)
        from_header = _raw_header(head, "from") or ""
        sender = strict_single_address(_raw_header(head, "from", decode=False))
        subject = clean_header_text(_raw_header(head, "subject") or "", 300)
        mid = next(iter(_MSGID.findall(_raw_header(head, "message-id") or "")), "")
    except Exception:  # not even the header block: the bytes alone are kept
        pass
    return InboundMail(
        raw_size=len(raw), content_hash=content_hash,
        message_id=mid or f"<no-id-{content_hash[:24]}@mailbot.invalid>", subject=subject,
        from_header=clean_header_text(from_header, 300), sender=sender, from_name="", to=(), cc=(),
        reply_to=None, in_reply_to=(), references=(), date="", headers={}, auth_results=(), content_type="",
        report_type="", text="", attachments=(),
        problems=(f"the message could not be read ({type(exc).__name__})",), unparseable=True,
    )


def _failed_recipients(msg: Message) -> tuple[str, ...]:
    try:
        from flufl.bounce import all_failures

        permanent, temporary = all_failures(msg)
    except Exception:  # a detector's bug on an odd message is not a bounce
        return ()
    found = {a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a) for a in permanent | temporary}
    return tuple(sorted(clean_header_text(a, 200) for a in found))[:20]


def _parse(raw: bytes) -> InboundMail:
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
    head = _Head(msg)
    headers: dict[str, str] = {}
    for name in (
        "auto-submitted", "precedence", "x-autoreply", "x-autorespond", "x-auto-response-suppress",
        "list-id", "list-unsubscribe", "x-mailbot", "return-path", "x-failed-recipients",
        "x-ms-exchange-generated-message-source", "x-ms-exchange-inbox-rules-loop", "feedback-id",
        "x-loop", "delivered-to", "x-original-to", "content-type", "x-autogenerated",
        "x-autoreply-from", "x-mail-autoreply", "x-autoresponse", "x-precedence", "x-post-messageclass",
    ):
        v = head.first(name)
        if v is not None:
            headers[name] = v
    # Exchange's organisation headers (the sender check): every copy is kept, one per line, so
    # a message carrying two can be refused rather than believed by whichever came first.
    for name in ORGANIZATION_HEADERS:
        values = head.every(name)
        if values:
            headers[name] = "\n".join(clean_header_text(v, 300) for v in values)
    # Addresses are read from the undecoded header: an encoded-word can hide a display name
    # full of CR/LF and commas, but never an address.
    sender = strict_single_address(head.first("from", decode=False))
    from_header = head.first("from") or ""
    if from_header and sender is None:
        problems.append("From header is missing or names more than one address")
    from_name = clean_header_text(parseaddr(from_header)[0], 120)
    if from_name.count(",") == 1:  # Outlook's "Last, First"
        last, first = (p.strip() for p in from_name.split(","))
        from_name = f"{first} {last}".strip()

    def addrs(name: str) -> tuple[str, ...]:
        vals = head.every(name)
        return tuple(a.lower() for _, a in getaddresses([_decode_words(v) for v in vals]) if "@" in a)

    reply_to_list = addrs("reply-to")
    # Cut to a few well-formed ids before anything can query them: a header of 250,000 ids
    # must not become one SQL statement with 250,000 parameters.
    # Ids are never encoded-words: read undecoded, and only the ends that can hold the ids kept.
    irt_raw = head.first("in-reply-to", decode=False) or ""
    refs_raw = head.first("references", decode=False) or ""
    if len(refs_raw) > 2 * _REF_WINDOW:
        refs_raw = refs_raw[:_REF_WINDOW].rpartition(">")[0] + "> <" + refs_raw[-_REF_WINDOW:].partition("<")[2]
    irt = bounded_ids(_MSGID.findall(irt_raw[:_REF_WINDOW]), MAX_IN_REPLY_TO, keep="first")
    refs = bounded_ids(_MSGID.findall(refs_raw), MAX_REFERENCES)
    mid_match = _MSGID.findall(head.first("message-id") or "")
    content_hash = hashlib.sha256(raw).hexdigest()
    message_id = mid_match[0] if mid_match else f"<no-id-{content_hash[:24]}@mailbot.invalid>"

    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    returned_headers = ""
    has_calendar = False
    truncated = too_deep
    ctype = msg.get_content_type()
    report_type = _param(msg, "report-type", "content-type") if ctype == "multipart/report" else ""

    # Iterative walk: (part, depth, origin). A bounce's returned original is never mined for forms.
    stack: list[tuple[Message, int, str]] = [(msg, 0, "direct")]
    seen = 0
    total = 0
    part_types: list[str] = []
    report_types: list[str] = []
    enclosed: list[str] = []
    while stack:
        part, depth, origin = stack.pop()
        seen += 1
        if seen > MAX_PARTS or depth > MAX_DEPTH:
            truncated = True
            problems.append("the message structure is nested too deeply or has too many parts")
            break
        pctype = part.get_content_type()
        part_types.append(pctype)
        if pctype == "multipart/report":
            report_types.append(_param(part, "report-type", "content-type").lower())
        if depth and _header_text(part, "from"):  # the head of an enclosed message
            enclosed.append(clean_header_text(_raw_header(part, "from") or "", 300).lower())
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
        disposition = _header_text(part, "content-disposition").split(";")[0].strip().lower()
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
                inline=disposition == "inline" or bool(_header_text(part, "content-id")),
            )
        )

    text = "\n".join(t for t in texts if t.strip())
    if not text.strip() and htmls:
        text = html_to_text("\n".join(htmls))

    subject = clean_header_text(head.first("subject") or "", 300)
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
        date=clean_header_text(head.first("date") or "", 80),
        headers=headers,
        auth_results=tuple(head.every("authentication-results")),
        content_type=ctype,
        report_type=str(report_type).lower(),
        text=text,
        attachments=tuple(attachments),
        returned_headers=returned_headers,
        has_calendar=has_calendar,
        truncated=truncated,
        problems=tuple(problems),
        part_types=tuple(dict.fromkeys(part_types)),
        report_types=tuple(dict.fromkeys(report_types)),
        enclosed_senders=tuple(dict.fromkeys(enclosed))[:20],
        # The detectors read every part (seconds on a message with megabytes of attachments); a
        # bounce they alone recognise quotes nothing and is small, larger ones enclose the original.
        bounce_source=b"" if too_deep or len(raw) > BOUNCE_SCAN_BYTES else raw,
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
