"""What one failed send means for its outbox row: the retry policy, apart from the send loop.

Three kinds of failure:

- unreachable: no SMTP conversation about this row happened (connection refused, timeout, TLS
  dropped, 421 at the greeting). The outage is the server's, not the email's: it uses up no
  attempt and the row stays due, so the queue drains at the first flush after recovery.
- temporary: the server answered this row with 4xx (throttling, greylisting). Counted and backed
  off; failed only when the row is older than ``[outbox] outage_window_days`` *and* has had
  ``[outbox] max_attempts`` answered attempts.
- permanent: a 5xx answer. Failed at once; a person decides (``mailbot outbox --retry``).

Past the outage window an unreachable row fails too, so nothing waits for ever.
"""
from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from mailbot.config import Settings
from mailbot.errors import TransientError

Failure = Literal["unreachable", "temporary", "permanent"]


def classify(exc: BaseException) -> Failure:
    """The kind of failure an exception from the send loop stands for."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return "permanent" if codes and min(codes) >= 500 else "temporary"
    if isinstance(exc, smtplib.SMTPConnectError):
        return "unreachable"
    if isinstance(exc, smtplib.SMTPResponseException):
        if exc.smtp_code == 421:  # "service not available, closing channel": the server is going away
            return "unreachable"
        return "permanent" if exc.smtp_code >= 500 else "temporary"
    if isinstance(exc, (TransientError, OSError, smtplib.SMTPServerDisconnected)):
        return "unreachable"
    return "temporary"


@dataclass(frozen=True)
class Verdict:
    status: Literal["pending", "failed"]
    attempts: int
    next_attempt_at: datetime
    log_line: str  # one sentence, true whatever the outcome


def verdict(settings: Settings, kind: Failure, *, attempts: int, created_at: datetime, next_attempt_at: datetime,
            now: datetime, error: str) -> Verdict:
    """The row's new state after a failure of `kind`. `attempts` counts attempts before this one."""
    window = timedelta(days=settings.outbox.outage_window_days)
    waited = now - created_at
    if kind == "permanent":
        return Verdict("failed", attempts + 1, next_attempt_at,
                       f"the server refused it for good ({error}); not retried")
    tries = attempts + (kind == "temporary")
    if waited > window and (kind == "unreachable" or tries >= settings.outbox.max_attempts):
        return Verdict("failed", tries, next_attempt_at,
                       f"not sent within the {settings.outbox.outage_window_days:g}-day outage window after "
                       f"{tries} answered attempts ({error}); giving up")
    if kind == "unreachable":
        # Not an attempt; the row stays due, so it goes with the first flush that reaches the server.
        return Verdict("pending", attempts, min(next_attempt_at, now),
                       f"the SMTP server cannot be reached ({error}); stays queued")
    delay = min(settings.outbox.backoff_seconds * (2 ** max(tries - 1, 0)), settings.outbox.backoff_max_seconds)
    return Verdict("pending", tries, now + timedelta(seconds=delay),
                   f"the server asked to try later ({error}); retry {tries} in {delay:.0f} s")
