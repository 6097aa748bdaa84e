"""Due reminder rows -> reminder and escalation emails, each exactly once.

The sweep (healthchecks' ``sendalerts`` pattern): pick due rows, claim each with a conditional
UPDATE (``... WHERE id = :id AND claimed_at IS NULL``; rowcount 0 means another process has it),
and in the same transaction check it still applies, queue its mail in the outbox (dedupe key per
row and recipient) and mark it sent or cancelled. A crash rolls the whole step back; a restart or
a second process cannot send a row twice, and a missed run is caught up by the next one.

A row is cancelled rather than sent when the application has left that stage entry, when a
later reminder of the same kind of audience is also due (after downtime: one email, not two),
or when everyone it would go to has already acted on the application in this stage.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, overload

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.clock.due import PAUSE_STAGE, schedule_reminders
from mailbot.config import Settings
from mailbot.mail.outbox import enqueue
from mailbot.review import commands, tokens, workflow
from mailbot.review.people import reviewers
from mailbot.store.db import session_scope
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Event, OutboundMail, Reminder

log = logging.getLogger(__name__)



@dataclass
class SweepReport:
    sent: int = 0
    cancelled: int = 0
    created: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


@overload
def _aware(when: datetime) -> datetime: ...
@overload
def _aware(when: datetime | None) -> datetime | None: ...
def _aware(when: datetime | None) -> datetime | None:
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)


def acted_since(session: Session, app: Application, since: datetime) -> set[str]:
    """Lower-cased actors of events that count as acting (a decision, a note) on `app` at or after `since`."""
    rows = session.exec(select(Event.actor).where(
        Event.application_id == app.id, col(Event.kind).in_(EventKind.where("counts_as_acting")), Event.at >= since,
    )).all()
    return {a.strip().lower() for a in rows if a}


def backfill(session: Session, settings: Settings, now: datetime) -> int:
    """Create reminder rows for open applications whose current stage entry has none (written
    before the clock existed, or by code that did not call clock.on_stage_entered)."""
    have = set(session.exec(select(Reminder.application_id, Reminder.stage, Reminder.stage_entry)).all())
    created = 0
    for app in session.exec(select(Application).where(col(Application.paused_at).is_(None))).all():
        if workflow.is_terminal(app.stage) or app.stage == PAUSE_STAGE or (app.id, app.stage, app.stage_entry) in have:
            continue
        if settings.schedule.window(app.stage) is None:
            continue
        if app.target_at is None and app.deadline_at is None:
            from mailbot.clock.due import due_dates

            app.target_at, app.deadline_at = due_dates(settings, app.stage, _aware(app.stage_entered_at) or now)
            session.add(app)
        created += len(schedule_reminders(session, settings, app, now))
    return created


def sweep(engine: Engine, settings: Settings, now: datetime, batch: int = 100) -> SweepReport:
    """Send every reminder and escalation due at `now`. Safe to run at any time, any number of
    times, in several processes at once."""
    report = SweepReport()
    with session_scope(engine) as session:
        report.created = backfill(session, settings, now)
    worker = f"{socket.gethostname()}:{os.getpid()}"
    seen: set[int] = set()
    while True:
        with Session(engine) as session:
            ids = [i for i in session.exec(
                select(Reminder.id).where(
                    Reminder.due_at <= now,
                    col(Reminder.sent_at).is_(None), col(Reminder.cancelled_at).is_(None),
                    col(Reminder.claimed_at).is_(None),
                ).order_by(col(Reminder.due_at), col(Reminder.id)).limit(batch)
            ).all() if i not in seen]
        if not ids:
            break
        for rid in ids:
            assert rid is not None
            seen.add(rid)
            outcome = _process(engine, settings, rid, now, worker)
            if outcome is None:
                continue
            if outcome == "sent":
                report.sent += 1
            else:
                report.cancelled += 1
                report.reasons[outcome] = report.reasons.get(outcome, 0) + 1
    if report.sent or report.cancelled:
        log.info("reminders: %d sent, %d cancelled %s", report.sent, report.cancelled, report.reasons or "")
    return report


def _claim(session: Session, rid: int, now: datetime, worker: str) -> bool:
    result = session.exec(
        update(Reminder)
        .where(col(Reminder.id) == rid, col(Reminder.claimed_at).is_(None))
        .values(claimed_at=now, claimed_by=worker)
    )
    return int(result.rowcount or 0) == 1


def _process(engine: Engine, settings: Settings, rid: int, now: datetime, worker: str) -> str | None:
    """Claim and finish one row in one transaction. Returns "sent", a cancel reason, or None
    when another process holds the row."""
    with session_scope(engine) as session:
        if not _claim(session, rid, now, worker):
            return None
        row = session.get(Reminder, rid)
        assert row is not None
        session.refresh(row)
        app = session.get(Application, row.application_id)
        reason = _why_not(session, settings, row, app, now)
        recipients: list[str] = []
        if reason is None and app is not None:
            recipients = _recipients(settings, row, app)
            acted = acted_since(session, app, _aware(app.stage_entered_at) or now)
            recipients = [r for r in recipients if r.lower() not in acted]
            if not recipients:
                reason = "everyone had already acted"
        if reason is not None:
            row.cancelled_at, row.note = now, reason
            session.add(row)
            return reason
        assert app is not None
        first_id = None
        for to in recipients:
            out = _enqueue(session, settings, row, app, to, now)
            if out is not None and first_id is None:
                session.flush()
                first_id = out.id
        row.sent_at, row.outbound_id = now, first_id
        row.note = f"to {len(recipients)} recipient(s)"
        session.add(row)
        log.info("queued %s for %s (%s)", row.kind, app.reference, app.stage)
        return "sent"


def _why_not(session: Session, settings: Settings, row: Reminder, app: Application | None, now: datetime) -> str | None:
    if app is None:
        return "the application no longer exists"
    if app.stage != row.stage or app.stage_entry != row.stage_entry:
        return "the application moved on"
    if app.paused_at is not None:
        return "the clock is paused"
    if row.kind == "before_target":
        later = session.exec(select(Reminder).where(
            Reminder.application_id == row.application_id, Reminder.stage == row.stage,
            Reminder.stage_entry == row.stage_entry, Reminder.kind == "at_target",
        )).first()
        if later is not None and _aware(later.due_at) <= now:
            return "superseded by the at-target reminder"
    return None


def _recipients(settings: Settings, row: Reminder, app: Application) -> list[str]:
    if row.kind == "escalation":
        return list(settings.staff.managers) or list(settings.staff.ce)
    return reviewers(settings, app)


def context(settings: Settings, row: Reminder, app: Application, now: datetime,
            to: str | None = None) -> dict[str, Any]:
    """The template context of one reminder or escalation email."""
    tz = settings.timezone
    role = workflow.deciding_role(app.stage)
    keywords = commands.decision_keywords(app.stage, role)
    target, deadline = _aware(app.target_at), _aware(app.deadline_at)
    entered = _aware(app.stage_entered_at) or now
    mailto: dict[str, str] = {}
    if to and keywords and row.kind != "escalation":
        from urllib.parse import quote

        reply = tokens.reply_address(settings.mailbox_address, tokens.make_token(settings.secret, int(app.id or 0), app.stage, to))
        mailto = {k: f"mailto:{reply}?subject={quote(f'{k} [{app.reference}]')}" for k in keywords}
    return {
        "kind": row.kind,
        "app": app,
        "stage": workflow.describe(app.stage),
        "received": (_aware(app.received_at) or now).astimezone(tz),
        "entered": entered.astimezone(tz),
        "days_in_stage": max((now - entered).days, 0),
        "target_date": target.astimezone(tz) if target else None,
        "deadline_date": deadline.astimezone(tz) if deadline else None,
        "days_left": max((target.astimezone(tz).date() - now.astimezone(tz).date()).days, 0) if target else None,
        "days_overdue": max((now.astimezone(tz).date() - deadline.astimezone(tz).date()).days, 0) if deadline else None,
        "waiting_for": ", ".join(reviewers(settings, app)) or workflow.deciding_role(app.stage) or "",
        "keywords": keywords,
        "mailto": mailto,
    }


def _enqueue(session: Session, settings: Settings, row: Reminder, app: Application, to: str,
             now: datetime) -> OutboundMail | None:
    template = "escalation" if row.kind == "escalation" else "reminder"
    reply_to = None
    if template == "reminder":
        reply_to = tokens.reply_address(settings.mailbox_address,
                                        tokens.make_token(settings.secret, int(app.id or 0), app.stage, to))
    return enqueue(
        session, settings, template, [to], context(settings, row, app, now, to),
        # The due time is part of the key: a rescheduled row is sent again for its new date.
        dedupe_key=f"reminder:{row.id}:{_aware(row.due_at):%Y%m%dT%H%M}:{to}", now=now, application_id=app.id, reply_to=reply_to,
        stage=app.stage,
        message_id=tokens.make_message_id(template, app.reference, settings.mailbox_domain, secrets.token_hex(6)),
    )

