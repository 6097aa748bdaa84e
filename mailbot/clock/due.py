"""The clock: due dates of each stage, business days, and the reminder rows they imply.

The database is the schedule. Entering a stage writes `Application.target_at` / `deadline_at`
and one :class:`~mailbot.store.models.Reminder` row per reminder the stage will need (before the
target, at the target, escalation after the deadline); the sweep in :mod:`mailbot.clock.reminders`
sends due rows. Nothing here sends mail or reads the wall clock: `now` is always passed in.

Days are calendar days, or business days when ``[schedule] business_days`` is true: Monday to
Friday, minus Ontario statutory holidays (the `holidays` package, ``CA`` / ``ON``) and the
configured office closures. Times keep their local wall-clock time across DST changes.

While an application waits for the applicant (MORE INFO) the CE assessment clock is paused;
when the applicant answers, the target and deadline move later by the time spent waiting.
"""
from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlmodel import Session, col, select

from mailbot.config import ScheduleSettings, Settings
from mailbot.store.models import Application, Reminder
from mailbot.review.workflow import Role, Stage, deciding_role, is_terminal

if TYPE_CHECKING:  # holidays is imported on first use
    from holidays import HolidayBase

__all__ = [
    "KINDS", "add_days", "due_dates", "is_business_day", "on_stage_entered", "reminder_times", "reschedule",
    "schedule_reminders",
]

log = logging.getLogger(__name__)

#: Reminder kinds in the order they fall due. Each kind has its own row, so its own "sent once".
KINDS = ("before_target", "at_target", "escalation")

#: Stages whose clock is the CE assessment's, paused rather than restarted.
PAUSE_STAGE = Stage.AWAITING_APPLICANT
PAUSED_CLOCK_STAGE = Stage.CE_ASSESSMENT


@lru_cache(maxsize=8)
def _closed_dates(closures: tuple[str, ...]) -> frozenset[date]:
    out: set[date] = set()
    for item in closures:
        first, _, last = item.partition("..")
        d, end = date.fromisoformat(first.strip()), date.fromisoformat((last or first).strip())
        while d <= end:
            out.add(d)
            d += timedelta(days=1)
    return frozenset(out)


@lru_cache(maxsize=1)
def _ontario() -> HolidayBase:
    import holidays

    return holidays.CA(subdiv="ON")


def is_business_day(schedule: ScheduleSettings, day: date) -> bool:
    """Monday to Friday, not an Ontario statutory holiday (if enabled), not an office closure."""
    if day.weekday() >= 5 or day in _closed_dates(schedule.office_closures):
        return False
    return not (schedule.statutory_holidays and day in _ontario())


def holiday_name(schedule: ScheduleSettings, day: date) -> str | None:
    """Why `day` is not a working day (a holiday's name, "office closure", "weekend"), or None."""
    if day in _closed_dates(schedule.office_closures):
        return "office closure"
    if schedule.statutory_holidays and day in _ontario():
        return str(_ontario().get(day))
    return "weekend" if day.weekday() >= 5 else None


def add_days(settings: Settings, start: datetime, days: int) -> datetime:
    """`start` moved by `days` (negative: earlier) calendar or business days, same local time.

    Business days: the result is the `days`-th business day after (or before) the local date of
    `start`. Returned in UTC.
    """
    tz = settings.timezone
    local = start.astimezone(tz)
    if not settings.schedule.business_days:
        naive = local.replace(tzinfo=None) + timedelta(days=days)
    else:
        step = 1 if days >= 0 else -1
        d, left = local.date(), abs(days)
        while left:
            d += timedelta(days=step)
            if is_business_day(settings.schedule, d):
                left -= 1
        naive = datetime.combine(d, local.time())
    return naive.replace(tzinfo=tz).astimezone(UTC)


def next_business_moment(settings: Settings, when: datetime) -> datetime:
    """`when`, or the same local time on the next business day if it falls on a day off
    (only in business-day mode; calendar mode returns `when`)."""
    if not settings.schedule.business_days:
        return when
    local = when.astimezone(settings.timezone)
    d = local.date()
    while not is_business_day(settings.schedule, d):
        d += timedelta(days=1)
    return datetime.combine(d, local.time()).replace(tzinfo=settings.timezone).astimezone(UTC)


def due_dates(settings: Settings, stage: str, start: datetime) -> tuple[datetime | None, datetime | None]:
    """(target, deadline) for a stage entered at `start`; None where the stage has no such limit."""
    window = settings.schedule.window(str(stage))
    if window is None:
        return None, None
    target = add_days(settings, start, window.target_days) if window.target_days else None
    deadline = add_days(settings, start, window.deadline_days) if window.deadline_days else None
    return target, deadline


def reminder_times(settings: Settings, stage: str, target: datetime | None,
                   deadline: datetime | None, entered: datetime) -> dict[str, datetime]:
    """When each reminder kind falls due for a stage entry. A kind is left out when it does not
    apply: no target/deadline, a "before" reminder that would fall before the stage began, or
    reminders to reviewers in a stage that waits for the applicant or for mailbot."""
    out: dict[str, datetime] = {}
    role = deciding_role(stage)
    if role is None:
        return out
    if role in (Role.CE, Role.SMT, Role.BOARD) and target is not None:
        lead = settings.schedule.reminder_lead_days
        before = add_days(settings, target, -lead) if lead else None
        if before is not None and entered < before < target:
            out["before_target"] = before
        out["at_target"] = target
    if deadline is not None:
        # The escalation is for the day after the deadline passed, not the moment it passes.
        out["escalation"] = next_business_moment(settings, deadline + timedelta(days=1))
    return out


def _cancel_others(session: Session, app: Application, now: datetime, keep_entry: int | None) -> int:
    """Cancel open reminder rows of this application except those of entry `keep_entry`."""
    stmt = update(Reminder).where(
        col(Reminder.application_id) == app.id,
        col(Reminder.sent_at).is_(None),
        col(Reminder.cancelled_at).is_(None),
    )
    if keep_entry is not None:
        stmt = stmt.where(col(Reminder.stage_entry) != keep_entry)
    result = session.exec(stmt.values(cancelled_at=now, note=f"the application moved to {app.stage}"))
    return int(result.rowcount or 0)


def schedule_reminders(session: Session, settings: Settings, app: Application, now: datetime, *,
                       fresh: bool = False) -> list[Reminder]:
    """Create the missing reminder rows of the application's current stage entry (idempotent).
    `fresh`: the application was inserted in this transaction, so it has no reminder rows yet."""
    if app.id is None:
        session.flush()
    times = reminder_times(settings, app.stage, app.target_at, app.deadline_at,
                           _aware(app.stage_entered_at) if app.stage_entered_at else now)
    existing = set() if fresh else {
        kind for kind in session.exec(select(Reminder.kind).where(
            Reminder.application_id == app.id, Reminder.stage == app.stage, Reminder.stage_entry == app.stage_entry,
        )).all()
    }
    rows = []
    assert app.id is not None
    for kind, due in times.items():
        if kind in existing:
            continue
        row = Reminder(application_id=app.id, stage=app.stage, kind=kind, stage_entry=app.stage_entry,
                       due_at=due, created_at=now)
        session.add(row)
        rows.append(row)
    return rows


def reschedule(session: Session, settings: Settings, app: Application, now: datetime, *,
               by: timedelta | None = None, to: tuple[datetime | None, datetime | None] | None = None,
               reason: str) -> tuple[datetime | None, datetime | None]:
    """Move the current stage's target and deadline ``by`` later (or ``to`` given dates, as UNDO
    restores them), and its reminders with them.

    The stage entry stays the same (nothing restarts); each reminder row of the entry gets its
    new due time and is open again, so a reminder already sent for the old date is sent again
    for the new one (its outbox key names the due time). A kind that no longer applies is
    cancelled. Dates that fall on a day off move to the next business day (business-day mode).
    Returns the new (target, deadline); does not commit. (``to`` dates are used as given.)
    """
    def later(when: datetime | None) -> datetime | None:
        return next_business_moment(settings, _aware(when) + (by or timedelta(0))) if when is not None else None

    if to is not None:
        app.target_at, app.deadline_at = to
    else:
        assert by is not None, "reschedule needs by= or to="
        app.target_at, app.deadline_at = later(app.target_at), later(app.deadline_at)
    session.add(app)
    entered = _aware(app.stage_entered_at) if app.stage_entered_at else now
    times = reminder_times(settings, app.stage, app.target_at, app.deadline_at, entered)
    rows = session.exec(select(Reminder).where(
        Reminder.application_id == app.id, Reminder.stage == app.stage, Reminder.stage_entry == app.stage_entry,
    )).all()
    for row in rows:
        if row.kind in times:
            row.due_at = times.pop(row.kind)
            row.sent_at = row.cancelled_at = row.claimed_at = None
            row.claimed_by, row.outbound_id, row.note = "", None, f"rescheduled: {reason}"[:500]
        elif row.sent_at is None and row.cancelled_at is None:
            row.cancelled_at, row.note = now, f"no longer applies after {reason}"[:500]
        session.add(row)
    assert app.id is not None
    for kind, due in times.items():
        session.add(Reminder(application_id=app.id, stage=app.stage, kind=kind, stage_entry=app.stage_entry,
                             due_at=due, created_at=now))
    log.info("application %s: rescheduled by %s (%s); target %s, deadline %s",
             app.reference, by, reason, app.target_at, app.deadline_at)
    return app.target_at, app.deadline_at


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def on_stage_entered(session: Session, settings: Settings, app: Application, now: datetime) -> None:
    """Set app.target_at / app.deadline_at for its (new) current stage from the configured windows
    (business or calendar days), cancel reminder rows of other stages, create the reminder rows
    for this stage (before target, at target, escalation after deadline). For AWAITING_APPLICANT,
    pause the CE assessment clock instead (record paused_at); when the app re-enters CE_ASSESSMENT
    from AWAITING_APPLICANT, resume: extend target/deadline by the paused duration.

    Call it in the transaction that changes `app.stage`, after setting the new stage. It sets
    `app.stage_entered_at = now` and counts the entry (`app.stage_entry`); it does not commit.
    """
    stage = Stage(app.stage)
    app.stage_entry = (app.stage_entry or 0) + 1
    app.stage_entered_at = now
    # A row not yet inserted has no reminders to cancel or to find: it is inserted once, with its
    # dates, and its reminders are added without asking the database (statements a new application).
    fresh = app.id is None
    if not fresh:
        _cancel_others(session, app, now, keep_entry=app.stage_entry)

    if stage == PAUSE_STAGE:
        # Keep the CE target and deadline as they were: the pause only moves them on resume.
        if app.paused_at is None:
            app.paused_at = now
        log.info("application %s: CE assessment clock paused while waiting for the applicant", app.reference)
    elif stage == PAUSED_CLOCK_STAGE and app.paused_at is not None:
        paused = max(now - _aware(app.paused_at), timedelta(0))
        app.paused_seconds = (app.paused_seconds or 0) + int(paused.total_seconds())
        app.paused_at = None
        if app.target_at is None and app.deadline_at is None:
            app.target_at, app.deadline_at = due_dates(settings, stage, now)
        else:
            app.target_at = next_business_moment(settings, _aware(app.target_at) + paused) if app.target_at else None
            app.deadline_at = next_business_moment(settings, _aware(app.deadline_at) + paused) if app.deadline_at else None
        log.info("application %s: CE assessment clock resumed after %s; target %s, deadline %s",
                 app.reference, paused, app.target_at, app.deadline_at)
    else:
        if app.paused_at is not None:  # withdrawn or reopened while waiting: the pause ends here
            app.paused_seconds = (app.paused_seconds or 0) + int(max(now - _aware(app.paused_at), timedelta(0)).total_seconds())
            app.paused_at = None
        if is_terminal(stage):
            app.target_at, app.deadline_at = None, None
        else:
            app.target_at, app.deadline_at = due_dates(settings, stage, now)
    session.add(app)
    if fresh:
        session.flush()
    if stage != PAUSE_STAGE:
        schedule_reminders(session, settings, app, now, fresh=fresh)
