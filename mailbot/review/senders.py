"""Is the sender of a decision vouched for by the mail system? One setting, three answers.

A decision needs two proofs (mailbot/review/decisions.py): of the thread (the reply token or a
reply to the review email mailbot sent that person) and of the sender, here. Anyone can write
any From address, and a reply token leaks with every forward, so neither proof is enough alone.

``[security] sender_check``:

- ``microsoft365``: Exchange Online stamps ``X-MS-Exchange-Organization-AuthAs: Internal`` (with
  ``-AuthSource`` and ``-AuthMechanism``) on mail a user of the organisation submitted, and its
  header firewall removes every ``X-MS-Exchange-Organization-*`` header from mail arriving from
  outside. So one ``AuthAs: Internal`` with its companions proves an internal sender. Mail from
  outside the organisation (a reviewer at a partner) counts when the topmost
  Authentication-Results header, which Exchange writes without an authserv-id, shows a DMARC
  pass for the From domain and Exchange's own ``AuthAs`` header is present (so the message did
  pass through Exchange and the topmost header is Exchange's).
- ``authserv:<id>[,<id>]``: RFC 8601 Authentication-Results from one of the named servers with an
  aligned DMARC (or DKIM/SPF) pass; see mailbot/review/authresults.py.
- ``none``: every From is believed. For the loopback demo and tests; `mailbot check` and the
  weekly digest warn while it is on.
"""
from __future__ import annotations

from dataclasses import dataclass

from mailbot.config import Settings
from mailbot.mail.message import InboundMail
from mailbot.review import authresults

__all__ = ["Vouch", "describe", "vouch", "warning"]


@dataclass(frozen=True)
class Vouch:
    """``ok`` when the mail system vouches for the From address; ``reason`` says why not (or how)."""

    ok: bool
    reason: str


def _single(mail: InboundMail, name: str) -> str | None:
    """The one value of an organisation header; None when absent or present more than once."""
    value = mail.header(name)
    if not value or "\n" in value:
        return None
    return value.strip()


def _internal(mail: InboundMail) -> bool:
    authas = _single(mail, "x-ms-exchange-organization-authas")
    return (authas is not None and authas.lower() == "internal"
            and bool(_single(mail, "x-ms-exchange-organization-authsource"))
            and bool(_single(mail, "x-ms-exchange-organization-authmechanism")))


def _microsoft365(mail: InboundMail, domain: str) -> Vouch:
    if _internal(mail):
        return Vouch(True, "Exchange Online authenticated the sender inside the organisation")
    if _single(mail, "x-ms-exchange-organization-authas") is None:
        return Vouch(False, "the message does not carry Exchange Online's authentication stamp")
    verdict = authresults.microsoft_verdict(list(mail.auth_results))
    if authresults.aligned_pass(verdict, domain):
        return Vouch(True, f"Exchange Online recorded a DMARC pass for {domain}")
    return Vouch(False, f"Exchange Online did not authenticate the sender (no internal stamp, no DMARC pass for {domain})")


def vouch(settings: Settings, mail: InboundMail) -> Vouch:
    """Does the mail system vouch for ``mail.sender`` under ``settings.sender_check``?"""
    if mail.sender is None:
        return Vouch(False, "the From header is missing or ambiguous")
    domain = mail.sender.rsplit("@", 1)[1]
    if settings.sender_check == "none":
        return Vouch(True, "sender_check is none: the From address is believed")
    if settings.sender_check == "microsoft365":
        return _microsoft365(mail, domain)
    verdict = authresults.dmarc_verdict(list(mail.auth_results), set(settings.sender_check_ids))
    if verdict.authserv_id is None:
        return Vouch(False, f"no Authentication-Results header from {', '.join(settings.sender_check_ids)}")
    if authresults.aligned_pass(verdict, domain):
        return Vouch(True, f"{verdict.authserv_id} recorded an aligned pass for {domain}")
    return Vouch(False, f"{verdict.authserv_id} did not record a DMARC (or aligned DKIM/SPF) pass for {domain}")


def describe(settings: Settings) -> str:
    """One sentence for `mailbot check` and the digest: which check applies."""
    if settings.sender_check == "microsoft365":
        return "sender check: microsoft365 (Exchange Online's internal stamp, or its DMARC pass)"
    if settings.sender_check == "authserv":
        return f"sender check: Authentication-Results from {', '.join(settings.sender_check_ids)}"
    return "sender check: none"


def warning(settings: Settings) -> str | None:
    """The warning shown while decisions are believed on the From address alone, else None."""
    if settings.sender_check != "none":
        return None
    return ("[security] sender_check is \"none\": a forged From address with a leaked reply token can make "
            "decisions; set it to \"microsoft365\" or \"authserv:<your mail server>\".")
