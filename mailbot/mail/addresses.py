"""Email addresses and Message-ID lists as values an outsider controls. Pure code.

Three questions asked of inbound addresses and ids before they reach SMTP or the database:
is this address deliverable syntax (RFC 5321, or RFC 6531 with a non-ASCII local part), is it
one of mailbot's own addresses, and which few well-formed Message-IDs of a header are worth a
database query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

__all__ = ["Checked", "bounded_ids", "check_address", "is_own_address", "needs_smtputf8"]

#: In-Reply-To names one message (RFC 5322 3.6.4); a few tolerate clients that list more.
MAX_IN_REPLY_TO = 5
#: References: the root and the most recent ancestors identify a thread; mailbot itself sends 11.
MAX_REFERENCES = 20
_MSGID = re.compile(r"<([^<>\s@\x00-\x1f\x7f]{1,200})@([^<>\s@\x00-\x1f\x7f]{1,200})>")


@dataclass(frozen=True)
class Checked:
    """An address as the outbox may use it. ``problem`` is one sentence when it cannot be used."""

    address: str
    smtputf8: bool = False
    problem: str = ""


def check_address(address: str) -> Checked:
    """Syntax of one recipient (no DNS): the normalised address and whether it needs SMTPUTF8."""
    try:
        valid = validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return Checked(address, problem=f"the address is not valid ({exc})")
    # A non-ASCII domain has an ASCII (IDNA) form; only a non-ASCII local part needs SMTPUTF8.
    ascii_form = valid.ascii_email
    if ascii_form is not None:
        return Checked(ascii_form.lower() if ascii_form.isascii() else ascii_form)
    return Checked(valid.normalized, smtputf8=True)


def needs_smtputf8(address: str) -> bool:
    return not address.isascii()


def is_own_address(address: str, mailbox_address: str) -> bool:
    """The mailbox itself or one of its plus-addresses (reply tokens, VERP), in any case.

    Colleagues share the domain, so the domain alone never makes an address ours.
    """
    a = address.strip().strip("<>").lower()
    local, _, domain = a.rpartition("@")
    own_local, _, own_domain = mailbox_address.lower().rpartition("@")
    if not local or domain != own_domain:
        return False
    return local == own_local or local.split("+", 1)[0] == own_local


def bounded_ids(ids: tuple[str, ...] | list[str], limit: int, *, keep: str = "last") -> tuple[str, ...]:
    """At most ``limit`` distinct well-formed Message-IDs (``<left@right>``), in order.

    ``keep="first"`` keeps the first ones (In-Reply-To), ``"last"`` the root and the most recent
    (References: the root names the thread, the tail its latest messages).
    """
    seen: set[str] = set()
    good: list[str] = []
    for value in ids:
        if value in seen or not _MSGID.fullmatch(value):
            continue
        seen.add(value)
        good.append(value)
        if keep == "first" and len(good) >= limit:
            break
    if len(good) <= limit:
        return tuple(good)
    return (good[0], *good[-(limit - 1):]) if limit > 1 else (good[0],)


def redact(address: str) -> str:
    """An address as logs and digests show it: the first two letters of the local part, the domain."""
    local, _, domain = address.partition("@")
    return f"{local[:2]}…@{domain}" if domain else "…"
