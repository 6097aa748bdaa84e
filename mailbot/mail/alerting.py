"""Alerts to the operator: an email to ``[alerts] operator`` and an optional JSON POST to
``[alerts] webhook``, once per problem and once more when it is over.

The one place every operator alert goes through, whichever layer notices the problem (the
service's outages in mailbot.ops, the outbox's hourly cap here in mailbot.mail): the rate limit
(``[alerts] max_per_hour``), one open alert per cause, and the email and webhook are decided here.

The database is the schedule: each failure episode of a cause is an ``OperatorAlert`` row, open
until the cause works again, so a restart or a second process never raises the same alert twice.
A cause fails "for N minutes" (``[alerts] after_minutes``) before anyone is told; a refused login
or an explicit ``raise_alert`` is told at once. Email cannot report its own outage: the alert
email is queued in the outbox (it goes as soon as SMTP works again, before the recovery email),
and the webhook, which needs no SMTP, carries the same alert at once.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.store.db import session_scope
from mailbot.store.models import utcnow
from mailbot.store.oprows import OperatorAlert

log = logging.getLogger(__name__)

WEBHOOK_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Cause:
    """What a cause is called in an alert, whether it waits for `after_minutes`, and whether CE
    staff hear of it when no ``[alerts] operator`` is set (a cap that holds back their mail)."""

    title: str
    immediate: bool
    staff_fallback: bool = False


#: The cause of the outbox's global hourly cap on answers to senders with no application.
UNSOLICITED_CAP = "unsolicited_cap"

CAUSES: dict[str, Cause] = {
    "imap": Cause("the mailbox cannot be read", immediate=False),
    "imap_refused": Cause("the IMAP server refuses mailbot (login or configuration)", immediate=True),
    "smtp": Cause("mail cannot be sent (the SMTP server cannot be reached)", immediate=False),
    "smtp_refused": Cause("the SMTP server refuses mailbot (login or configuration)", immediate=True),
    UNSOLICITED_CAP: Cause("answers to senders with no application are held back (the hourly cap was reached)",
                           immediate=True, staff_fallback=True),
}


def _cause(name: str) -> Cause:
    if name.startswith("secret_expiry:"):
        return Cause("the OAuth2 client secret expires soon", immediate=True)
    return CAUSES.get(name, Cause(name.replace("_", " "), immediate=True))


def _open(session: Session, cause: str) -> OperatorAlert | None:
    return session.exec(select(OperatorAlert).where(OperatorAlert.open_key == cause)).first()


def _fmt(settings: Settings, when: datetime) -> str:
    return when.astimezone(settings.timezone).strftime("%Y-%m-%d %H:%M %Z")


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min"]
    return " ".join(p for p in parts if p)


def record_failure(target: Session | Engine, settings: Settings, cause: str, error: str,
                   now: datetime | None = None, *, text: str | None = None) -> bool:
    """Note that `cause` failed at `now`. Returns True when this call told the operator.

    Opens the cause's episode on its first failure; tells the operator once the episode is
    `after_minutes` old (at once for immediate causes), within `max_per_hour`."""
    now = now or utcnow()
    if isinstance(target, Session):
        return _failure(target, settings, cause, error, now, text)
    with session_scope(target) as session:
        return _failure(session, settings, cause, error, now, text)


def raise_alert(target: Session | Engine, settings: Settings, cause: str, text: str,
                now: datetime | None = None) -> bool:
    """Tell the operator `text` now, unless `cause` already has an open alert. For alerts that are
    not outages (a cap reached, a secret about to expire); close it with `resolve(...)` when the condition is over, or leave
    it open to say it only once. Returns True when the operator was told."""
    return record_failure(target, settings, cause, text, now, text=text)


def _failure(session: Session, settings: Settings, cause: str, error: str, now: datetime, text: str | None) -> bool:
    alert = _open(session, cause)
    if alert is None:
        alert = OperatorAlert(cause=cause, open_key=cause, first_failure_at=now, last_failure_at=now)
        session.add(alert)
        session.flush()
    alert.failures += 1
    alert.last_failure_at = max(alert.last_failure_at, now)
    alert.last_error = error[:2000]
    session.add(alert)
    if alert.raised_at is not None:
        if alert.webhook_at is None and settings.alerts.webhook:  # the first POST failed: try again
            _post(settings, alert, _payload(settings, alert, "alert", text))
        return False
    c = _cause(cause)
    if not c.immediate and now - alert.first_failure_at < timedelta(minutes=settings.alerts.after_minutes):
        return False
    told = session.exec(select(func.count()).select_from(OperatorAlert)
                        .where(col(OperatorAlert.raised_at) >= now - timedelta(hours=1))).one()
    if told >= settings.alerts.max_per_hour:
        log.error("alert held back (%d alerts in the last hour, [alerts] max_per_hour): %s: %s", told, c.title, error)
        return False
    alert.raised_at = now
    body = text or (f"mailbot has a problem since {_fmt(settings, alert.first_failure_at)}: {c.title}. "
                    "Applicants and staff may be waiting.")
    # INFO: the alert itself goes by email and webhook; the failure was logged where it happened.
    log.info("ALERT %s: %s (%s)", cause, c.title, error)
    to = _recipients(settings, c)
    if to:
        from mailbot.mail.outbox import enqueue  # here: `status` reads alerts and never sends (jinja2, smtplib)

        enqueue(session, settings, "operator_alert", to, _context(settings, alert, "alert", body),
                dedupe_key=f"alert:{alert.id}:raised", now=now, auto_submitted="auto-generated")
    _post(settings, alert, _payload(settings, alert, "alert", body))
    return True


def resolve(target: Session | Engine, settings: Settings, cause: str, now: datetime | None = None,
            waited: str = "") -> bool:
    """`cause` works again. Returns True when a recovery message went out (the operator had been
    told of this episode); a blip nobody was told about is closed silently."""
    now = now or utcnow()
    if isinstance(target, Session):
        return _resolve(target, settings, cause, now, waited)
    with session_scope(target) as session:
        return _resolve(session, settings, cause, now, waited)


def _resolve(session: Session, settings: Settings, cause: str, now: datetime, waited: str) -> bool:
    alert = _open(session, cause)
    if alert is None:
        return False
    alert.open_key, alert.resolved_at, alert.recovery_note = None, now, waited[:2000]
    session.add(alert)
    if alert.raised_at is None:
        return False
    log.info("RECOVERED %s after %s: %s", cause, _duration(now - alert.first_failure_at), waited)
    to = _recipients(settings, _cause(cause))
    if to:
        from mailbot.mail.outbox import enqueue

        enqueue(session, settings, "operator_alert", to, _context(settings, alert, "recovery", ""),
                dedupe_key=f"alert:{alert.id}:recovered", now=now, auto_submitted="auto-generated")
    _post(settings, alert, _payload(settings, alert, "recovery", None), recovery=True)
    return True


def _recipients(settings: Settings, cause: Cause) -> list[str]:
    if settings.alerts.operator:
        return [settings.alerts.operator]
    return list(settings.staff.ce) if cause.staff_fallback else []


def _context(settings: Settings, alert: OperatorAlert, event: str, text: str) -> dict[str, Any]:
    end = alert.resolved_at
    return {
        "event": event, "title": _cause(alert.cause).title, "text": text,
        "started": _fmt(settings, alert.first_failure_at), "ended": _fmt(settings, end) if end else "",
        "duration": _duration(end - alert.first_failure_at) if end else "", "waited": alert.recovery_note,
        "error": alert.last_error, "mailbox": settings.mailbox_address, "config": settings.path.name,
    }


def _payload(settings: Settings, alert: OperatorAlert, event: str, text: str | None) -> dict[str, Any]:
    c = _cause(alert.cause)
    if event == "recovery":
        assert alert.resolved_at is not None
        line = (f"mailbot ({settings.mailbox_address}) recovered: {c.title}; from {_fmt(settings, alert.first_failure_at)} "
                f"to {_fmt(settings, alert.resolved_at)}." + (f" {alert.recovery_note}" if alert.recovery_note else ""))
    else:
        line = f"mailbot ({settings.mailbox_address}) needs attention: {text or c.title} Error: {alert.last_error}"
    return {
        "text": line,  # what Slack and Teams incoming webhooks show
        "event": event, "cause": alert.cause, "title": c.title, "mailbox": settings.mailbox_address,
        "started_at": alert.first_failure_at.isoformat(),
        "ended_at": alert.resolved_at.isoformat() if alert.resolved_at else None,
        "error": alert.last_error, "waited": alert.recovery_note,
    }


def _post(settings: Settings, alert: OperatorAlert, payload: dict[str, Any], *, recovery: bool = False) -> bool:
    """POST the payload to [alerts] webhook; True when the server took it (2xx)."""
    url = settings.alerts.webhook
    if not url:
        return False
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "User-Agent": "mailbot"})
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
            ok = 200 <= response.status < 300
    except (urllib.error.URLError, OSError, ValueError) as exc:
        log.warning("the alert webhook did not take the %s alert (%s); will try again", alert.cause, exc)
        return False
    if ok and not recovery:
        alert.webhook_at = utcnow()
    return ok
