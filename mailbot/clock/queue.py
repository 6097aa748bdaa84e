"""The weekly "waiting for you" email: each person who must act gets their open items.

On the digest's schedule (``[schedule] digest_day`` / ``digest_time``), every CE, SMT and Board
address with at least one application waiting for them (people.reviewers: the assigned reviewer,
or everyone holding the stage's role) gets one email: those items oldest first, with due dates,
overdue marks and the reply keywords of each as buttons signed for them. ``[staff]
queue_opt_out`` lists the addresses that do not want it. The week's emails are written in the
transaction that records the week's digest run (:func:`mailbot.clock.digest.send_weekly`): a
restart, a later sweep or a second process finds the run and writes nothing (someone whose first
item arrives after the run hears of it next week). No digest (no ``[staff] managers``), no queue.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.mail.outbox import enqueue
from mailbot.review import commands, tokens, workflow
from mailbot.review.people import acting_role, reviewers
from mailbot.store.models import Application

__all__ = ["Item", "queues", "write_weekly_queues"]

log = logging.getLogger(__name__)


@dataclass
class Item:
    """One application waiting for the recipient."""

    app: Application
    stage: str
    waiting_since: datetime  # local
    target: datetime | None  # local
    deadline: datetime | None  # local
    overdue_days: int
    keywords: list[str]
    reply: str  # the recipient's personal reply address for this application and stage
    mailto: dict[str, str]


def _aware(when: datetime | None) -> datetime | None:
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)


def queues(session: Session, settings: Settings, now: datetime) -> dict[str, list[Item]]:
    """Every person (lower-cased address) with open items, and those items oldest first.
    People in ``[staff] queue_opt_out`` are left out."""
    tz = settings.timezone
    opted_out = {a.lower() for a in settings.staff.queue_opt_out}
    out: dict[str, list[Item]] = {}
    apps = session.exec(select(Application).order_by(col(Application.stage_entered_at), col(Application.id))).all()
    for app in apps:
        if workflow.is_terminal(app.stage):
            continue  # CE may REOPEN a closed application, but nothing waits for it
        role = acting_role(app.stage)
        keywords = commands.decision_keywords(app.stage, role)
        target, deadline = _aware(app.target_at), _aware(app.deadline_at)
        since = _aware(app.stage_entered_at) or now
        overdue = (now.astimezone(tz).date() - deadline.astimezone(tz).date()).days if deadline and deadline < now else 0
        for person in reviewers(settings, app):
            if person in opted_out:
                continue
            reply = tokens.reply_address(settings.mailbox_address,
                                         tokens.make_token(settings.secret, int(app.id or 0), app.stage, person))
            out.setdefault(person, []).append(Item(
                app, workflow.describe(app.stage), since.astimezone(tz),
                target.astimezone(tz) if target else None, deadline.astimezone(tz) if deadline else None,
                overdue, keywords, reply,
                {k: f"mailto:{reply}?subject={quote(f'{k} [{app.reference}]')}" for k in keywords},
            ))
    return out


def write_weekly_queues(session: Session, settings: Settings, now: datetime, week: str) -> int:
    """Queue this week's "waiting for you" emails in the caller's transaction; how many.
    Called by mailbot.clock.digest.send_weekly in the transaction that records the week's digest
    run, so they go out exactly when the digest does, once a week (each key names the week too)."""
    queued = 0
    for person, items in queues(session, settings, now).items():
        ctx: dict[str, Any] = {"items": items, "week": week, "overdue": sum(1 for i in items if i.overdue_days)}
        if enqueue(session, settings, "weekly_queue", [person], ctx, dedupe_key=f"queue:{week}:{person}",
                   now=now) is not None:
            queued += 1
    if queued:
        log.info("weekly queue %s: %d email(s) queued", week, queued)
    return queued
