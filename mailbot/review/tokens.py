"""Signed reply tokens for plus-addressing, and Message-ID helpers. Pure code: no I/O.

Every email mailbot sends to a person about an application carries a reply address
``ce+<token>@michener.ca``. The token names the application and the stage the email was
about, and is signed for that one recipient: a reply that comes back through the token proves
the sender received that email (or was forwarded it by someone who did: the recipient check
then fails unless the forwarder's address is the sender's). Forging one needs the secret.

Format (version 1): base32, lower case, no padding, of 16 bytes::

    version (1) | application id (4, big-endian) | stage code (1) | HMAC-SHA256 truncated (10)

The MAC covers the first 6 bytes and the lower-cased recipient address. 80 bits of MAC make a
guessed token hopeless at mail speeds. Lower-case base32 is used because mail servers and
clients may change the case of a local part; :func:`verify_token` accepts either case.

A token does not expire by itself: it names a stage, and the caller rejects a decision when
the application is no longer in that stage.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass
from email.utils import parseaddr

__all__ = [
    "STAGE_CODES",
    "TokenClaims",
    "make_message_id",
    "make_token",
    "parse_message_id",
    "reply_address",
    "token_from_address",
    "verify_token",
]

_VERSION = 1
_MAC_BYTES = 10  # 80 bits
_PAYLOAD = 6
_TOKEN_LEN = 26  # base32 of 16 bytes, padding removed
_TOKEN_RE = re.compile(r"[a-z2-7]{%d}" % _TOKEN_LEN)
_DOMAIN_TAG = b"mailbot reply token\x00"  # separates this use of the secret from any other

#: Stage names in token order. APPEND ONLY: a token stores the index, so reordering or
#: removing an entry would make issued tokens name the wrong stage.
STAGE_CODES: tuple[str, ...] = (
    "received",
    "ce_assessment",
    "awaiting_applicant",
    "smt_concept_review",
    "curriculum_quality_review",
    "in_development",
    "full_proposal_received",
    "smt_proposal_review",
    "board_review",
    "approved",
    "declined",
    "withdrawn",
)


@dataclass(frozen=True)
class TokenClaims:
    """What a verified token proves: mailbot wrote to this recipient about this application at this stage."""

    application_id: int
    stage: str


def _recipient_key(recipient: str) -> bytes:
    # Addresses are compared case-insensitively: servers may change the case of either part.
    # A display name ("Priya <priya@x>") is ignored; the address alone is what we mailed.
    address = parseaddr(recipient)[1] or recipient
    return address.strip().lower().encode("utf-8")


def _mac(secret: bytes, payload: bytes, recipient: str) -> bytes:
    message = _DOMAIN_TAG + payload + b"\x00" + _recipient_key(recipient)
    return hmac.new(secret, message, hashlib.sha256).digest()[:_MAC_BYTES]


def make_token(secret: bytes, application_id: int, stage: str, recipient: str) -> str:
    """A 26-character lower-case token for ``recipient`` about ``application_id`` at ``stage``.

    Raises ValueError for an empty secret, an id outside 0..2**32-1 or an unknown stage:
    those are programming errors, not something a sender can cause.
    """
    if not secret:
        raise ValueError("make_token needs a non-empty secret")
    if not 0 <= application_id < 2**32:
        raise ValueError(f"application id {application_id} does not fit in a reply token")
    try:
        code = STAGE_CODES.index(str(stage))
    except ValueError:
        raise ValueError(f"unknown stage {stage!r}: add it to the end of tokens.STAGE_CODES") from None
    payload = bytes([_VERSION]) + application_id.to_bytes(4, "big") + bytes([code])
    raw = payload + _mac(secret, payload, recipient)
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def verify_token(secret: bytes, token: str, recipient: str) -> TokenClaims | None:
    """The claims of ``token`` if it was made with ``secret`` for ``recipient``, else None.

    None covers every failure alike (wrong length or alphabet, unknown version or stage,
    another recipient, another secret, any changed character) so callers cannot leak which.
    The MAC is compared in constant time.
    """
    token = token.strip().lower()
    if not secret or not _TOKEN_RE.fullmatch(token):
        return None
    try:
        raw = base64.b32decode(token.upper() + "======")
    except (binascii.Error, ValueError):
        return None
    # 26 base32 characters hold 130 bits for our 128: two spare bits in the last character.
    # Only the canonical spelling is accepted, so no two tokens mean the same thing.
    if base64.b32encode(raw).decode("ascii").rstrip("=").lower() != token:
        return None
    payload, mac = raw[:_PAYLOAD], raw[_PAYLOAD:]
    if len(mac) != _MAC_BYTES or not hmac.compare_digest(mac, _mac(secret, payload, recipient)):
        return None
    # Checked after the MAC: a valid MAC over an unknown version or stage means a newer or
    # older mailbot made it, which we cannot interpret.
    if payload[0] != _VERSION or payload[5] >= len(STAGE_CODES):
        return None
    return TokenClaims(int.from_bytes(payload[1:5], "big"), STAGE_CODES[payload[5]])


def _split(address: str) -> tuple[str, str]:
    local, at, domain = parseaddr(address)[1].strip().rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"{address!r} is not an email address")
    return local, domain


def reply_address(mailbox_address: str, token: str) -> str:
    """``local+token@domain`` for the bot's ``mailbox_address`` (e.g. ce+<token>@michener.ca)."""
    local, domain = _split(mailbox_address)
    return f"{local}+{token}@{domain}"


def token_from_address(address: str, mailbox_address: str) -> str | None:
    """The plus part of ``address`` (lower-cased) when its base is ``mailbox_address``, else None.

    Local part and domain are compared case-insensitively. ``address`` may carry a display
    name ("CE <ce+abc@michener.ca>"). An address of another mailbox, one without a plus part
    or with an empty one gives None; whether the token is valid is :func:`verify_token`'s job.
    """
    try:
        local, domain = _split(address)
        base_local, base_domain = _split(mailbox_address)
    except ValueError:
        return None
    base, plus, tag = local.partition("+")
    if not plus or not tag or base.lower() != base_local.lower() or domain.lower() != base_domain.lower():
        return None
    return tag.lower()


_ID_PART = re.compile(r"[^a-z0-9-]+")


def _id_part(value: str, name: str) -> str:
    cleaned = _ID_PART.sub("-", value.lower()).strip("-")
    if not cleaned:
        raise ValueError(f"Message-ID {name} {value!r} has no usable characters")
    return cleaned


def make_message_id(kind: str, reference: str, domain: str, unique: str) -> str:
    """``<reference.kind.unique@domain>``, e.g. ``<mc-2026-0007.review.3f9a@ce.michener.ca>``.

    Parts are lower-cased and reduced to letters, digits and hyphens so the dots stay
    unambiguous for :func:`parse_message_id`. ``unique`` must differ for every email (an
    outbound row id or a random hex string). Finding which application a reply answers must
    still go through the record of sent Message-IDs: anyone can write a Message-ID like this.
    """
    domain = domain.strip().strip("<>@").lower()
    if not domain or any(c in domain for c in "<>@ \t\r\n"):
        raise ValueError(f"Message-ID domain {domain!r} is not a domain")
    return f"<{_id_part(reference, 'reference')}.{_id_part(kind, 'kind')}.{_id_part(unique, 'unique')}@{domain}>"


def parse_message_id(message_id: str, domain: str) -> tuple[str, str, str] | None:
    """(reference, kind, unique) of a Message-ID :func:`make_message_id` made for ``domain``, else None.

    The reference comes back upper-cased (``MC-2026-0007``). A hint only: see :func:`make_message_id`.
    """
    match = re.fullmatch(
        r"\s*<?([a-z0-9-]+)\.([a-z0-9-]+)\.([a-z0-9-]+)@([^<>@\s]+?)>?\s*", message_id, re.IGNORECASE
    )
    if not match or match.group(4).lower() != domain.strip().lower():
        return None
    return match.group(1).upper(), match.group(2).lower(), match.group(3).lower()
