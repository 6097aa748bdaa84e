"""The weekly digest to managers: what is open, what moved, what is late, and whether mailbot is well.

`collect` reads the database into a :class:`Digest` (plain numbers and rows, easy to test);
`render` turns it into subject, text and HTML through `templates/digest.*.j2`; `send_weekly`
records a :class:`~mailbot.store.models.DigestRun` for the ISO week and queues the email in the same
transaction, so each week goes out once: a restart, a missed slot or a second process finds the
run and stops; a crash before the commit leaves nothing behind and the next tick sends it.
"""
from __future__ import annotations

import logging
import os
import socket
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mailbot.review import workflow
from mailbot.config import WEEKDAYS, Settings
from mailbot.mail.emails import REQUIREMENT_TEXT
from mailbot.mail.emails import render as render_template, render_html
from mailbot.faults import CrashHook, crash_hook_from_env
from mailbot.store.events import EventKind
from mailbot.store.reader import Reader, data, when
from mailbot.review.workflow import Stage

if TYPE_CHECKING:  # the ORM is imported where the digest is sent: a preview only reads
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)

#: The funnel, in the order of the published process.
OPEN_STAGES = (
    Stage.RECEIVED, Stage.CE_ASSESSMENT, Stage.AWAITING_APPLICANT, Stage.SMT_CONCEPT_REVIEW,
    Stage.CURRICULUM_QUALITY_REVIEW, Stage.IN_DEVELOPMENT, Stage.FULL_PROPOSAL_RECEIVED,
    Stage.SMT_PROPOSAL_REVIEW, Stage.BOARD_REVIEW,
)
CLOSED_STAGES = (Stage.APPROVED, Stage.DECLINED, Stage.WITHDRAWN)
#: A mailbox not read successfully for this long is shown as a problem.
STALE_MAILBOX = timedelta(hours=2)
#: A scheduled digest more than this late (the service was down) is skipped: next week's comes soon.
CATCH_UP = timedelta(days=2)
#: Completed CE assessments counted in the median.
MEDIAN_WINDOW = timedelta(weeks=12)


def _aware(when: datetime | None) -> datetime | None:
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)


@dataclass
class Line:
    """One application in a list of the digest."""

    reference: str
    title: str
    stage: str
    who: str
    when: datetime | None = None  # the date that matters for the list (local time)
    days: int = 0  # days overdue / waiting / until due
    note: str = ""
    target: datetime | None = None  # local
    deadline: datetime | None = None  # local


@dataclass
class Digest:
    week: str
    start: datetime
    end: datetime
    open_total: int = 0
    funnel: list[dict[str, Any]] = field(default_factory=list)
    closed: list[dict[str, Any]] = field(default_factory=list)
    new: list[Line] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)  # every event shown (EventKind.in_digest)
    overdue: list[Line] = field(default_factory=list)
    due_soon: list[Line] = field(default_factory=list)
    waiting: list[Line] = field(default_factory=list)
    gaps: list[dict[str, Any]] = field(default_factory=list)
    median_assessment_days: float | None = None
    assessments_counted: int = 0
    last_mail_read: datetime | None = None
    mailbox_stale: bool = False
    parked: int = 0  # mail mailbot could not process, waiting for a person
    attention: int = 0  # mail from people left unanswered for staff this week (not parked)
    attention_senders: list[str] = field(default_factory=list)  # who wrote it (never the subjects)
    failed_mail: int = 0
    uncertain_mail: int = 0
    security_warning: str = ""  # while [security] sender_check = "none"
    # Answers the caps withheld this week: {"at", "template", "to", "reason"}
    suppressed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def decided(self) -> int:
        """How many of the events shown are decisions (a deferral is shown, not counted)."""
        return sum(1 for e in self.decisions if e["decided"])

    @property
    def healthy(self) -> bool:
        return not self.problems

    @property
    def problems(self) -> list[str]:
        """What an operator should look at, one short phrase each (empty when all is well)."""
        out = []
        if self.mailbox_stale:
            out.append("the mailbox was last read " + (self.last_mail_read.strftime("%a %-d %b %H:%M")
                                                         if self.last_mail_read else "never"))
        if self.parked:
            out.append(f"{self.parked} message{'s' if self.parked != 1 else ''} parked for a person")
        if self.failed_mail:
            out.append(f"{self.failed_mail} email{'s' if self.failed_mail != 1 else ''} could not be sent")
        if self.uncertain_mail:
            out.append(f"{self.uncertain_mail} email{'s' if self.uncertain_mail != 1 else ''} may not have been sent")
        return out

    def context(self) -> dict[str, Any]:
        return {"d": self}


def digest_slot(settings: Settings, now: datetime) -> datetime:
    """This week's digest time (configured weekday and time, local) as an aware UTC datetime."""
    tz = settings.timezone
    local = now.astimezone(tz)
    day = local.date() - timedelta(days=local.weekday()) + timedelta(days=WEEKDAYS.index(settings.schedule.digest_day))
    hh, mm = (int(x) for x in settings.schedule.digest_time.split(":"))
    return datetime.combine(day, time(hh, mm)).replace(tzinfo=tz).astimezone(UTC)


def week_key(settings: Settings, now: datetime) -> str:
    """The ISO week of `now` in local time, e.g. 2026-W49: the unit of "once a week"."""
    iso = now.astimezone(settings.timezone).isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


class AppView(NamedTuple):
    """What the digest reads of an application: these columns, not whole rows (it reads thousands)."""

    id: int
    reference: str
    title: str
    stage: str
    applicant_name: str
    applicant_email: str
    received_at: datetime | None
    stage_entered_at: datetime | None
    paused_at: datetime | None
    target_at: datetime | None
    deadline_at: datetime | None
    requirements_unmet: list[str]
    assigned_to: str


_APP_SQL = f"SELECT {', '.join(AppView._fields)} FROM application"


def _apps(reader: Reader) -> list[AppView]:
    return [AppView(i, ref, title, stage, name, address, when(received), when(entered), when(paused), when(target),
                    when(deadline), data(unmet) or [], assigned or "")
            for i, ref, title, stage, name, address, received, entered, paused, target, deadline, unmet, assigned
            in reader.rows(_APP_SQL)]


class EventView(NamedTuple):
    application_id: int | None
    at: datetime
    kind: str
    actor: str
    stage_from: str
    stage_to: str
    comment: str
    data: dict[str, Any]


def _events(reader: Reader, where: str, **params: Any) -> list[EventView]:
    """The events matching `where`, in time order."""
    rows = reader.rows("SELECT application_id, at, kind, actor, stage_from, stage_to, comment, data FROM event "
                       f"WHERE {where} ORDER BY at, id", **params)
    return [EventView(app_id, when(at) or datetime.min.replace(tzinfo=UTC), kind, actor, stage_from or "",
                      stage_to or "", comment or "", data(values) or {})
            for app_id, at, kind, actor, stage_from, stage_to, comment, values in rows]


def _who(app: AppView) -> str:
    return app.applicant_name or app.applicant_email


def _line(app: AppView, tz: Any, when: datetime | None, days: int = 0, note: str = "") -> Line:
    target, deadline = _aware(app.target_at), _aware(app.deadline_at)
    return Line(app.reference, app.title, workflow.label(app.stage), _who(app),
                when.astimezone(tz) if when else None, days, note,
                target.astimezone(tz) if target else None, deadline.astimezone(tz) if deadline else None)


SUPPRESSED_LISTED = 50  # a storm of forged mail must not make the digest itself a storm


def collect(source: Reader | Session, settings: Settings, now: datetime) -> Digest:
    """Everything the digest shows, for the 7 days that end at `now`, read from `source` (a
    read-only Reader, or the Session of the transaction that records the digest)."""
    reader = source if isinstance(source, Reader) else Reader.of_session(source)
    tz = settings.timezone
    start = now - timedelta(days=7)
    d = Digest(week=week_key(settings, now), start=start.astimezone(tz), end=now.astimezone(tz))
    # Every application, as the columns the digest reads (converting whole rows was most of its time).
    apps = _apps(reader)
    by_id: dict[Any, AppView] = {a.id: a for a in apps}
    # Stages counted as text, each turned into a Stage once: not once per application.
    by_stage = Counter(a.stage for a in apps)
    closed = {stage for stage in by_stage if workflow.is_terminal(stage)}
    open_apps = [a for a in apps if a.stage not in closed]
    d.open_total = len(open_apps)

    counts = {s: 0 for s in OPEN_STAGES + CLOSED_STAGES}
    for stage, n in by_stage.items():
        counts[Stage(stage)] = counts.get(Stage(stage), 0) + n
    biggest = max([counts[s] for s in OPEN_STAGES] + [1])
    d.funnel = [{"stage": s.value, "label": workflow.label(s), "count": counts[s],
                 "pct": round(100 * counts[s] / biggest)}
                for s in OPEN_STAGES if counts[s] or s not in (Stage.RECEIVED, Stage.FULL_PROPOSAL_RECEIVED)]
    d.closed = [{"stage": s.value, "label": workflow.label(s), "count": counts[s]} for s in CLOSED_STAGES]

    d.new = sorted((_line(a, tz, _aware(a.received_at)) for a in apps if (_aware(a.received_at) or now) >= start),
                   key=lambda l: l.when or now)

    events = _events(reader, "kind IN :kinds AND at >= :start AND at <= :now",
                     kinds=[str(k) for k in EventKind.where("in_digest")], start=start, now=now)
    for e in events:
        app = by_id.get(e.application_id)
        kind = EventKind(e.kind)
        before = workflow.label(e.stage_from) if e.stage_from else ""
        after = workflow.label(e.stage_to) if e.stage_to else ""
        d.decisions.append({
            "at": (_aware(e.at) or now).astimezone(tz), "reference": app.reference if app else "",
            "title": app.title if app else "", "keyword": (e.data or {}).get("keyword", ""), "actor": e.actor,
            "from": before, "to": after, "decided": kind.counts_as_decision and not (e.data or {}).get("undone"),
            "what": f"{before} -> {after}" if kind.moves_stage else e.comment,
            "good": e.stage_to not in (Stage.DECLINED, Stage.WITHDRAWN),
        })

    def days(a: datetime, b: datetime) -> int:  # whole local calendar days from a to b
        return (b.astimezone(tz).date() - a.astimezone(tz).date()).days

    soon = now + timedelta(days=7)
    for a in open_apps:
        target, deadline = _aware(a.target_at), _aware(a.deadline_at)
        if a.paused_at is not None or a.stage == Stage.AWAITING_APPLICANT:
            since = _aware(a.paused_at) or _aware(a.stage_entered_at) or now
            d.waiting.append(_line(a, tz, since, days(since, now)))
            continue
        if deadline is not None and deadline < now:
            d.overdue.append(_line(a, tz, deadline, days(deadline, now),
                                   f"waiting for {_waiting_for(settings, a)}"))
        elif target is not None and target < now:
            d.due_soon.append(_line(a, tz, deadline or target, days(now, deadline or target), "target passed"))
        elif target is not None and target < soon:
            d.due_soon.append(_line(a, tz, target, days(now, target), "target"))
        elif deadline is not None and deadline < soon:
            d.due_soon.append(_line(a, tz, deadline, days(now, deadline), "deadline"))
    d.overdue.sort(key=lambda l: -l.days)
    d.due_soon.sort(key=lambda l: (l.note != "target passed", l.when or now))  # past target first
    d.waiting.sort(key=lambda l: -l.days)

    for code, text in REQUIREMENT_TEXT.items():
        refs = [a.reference for a in open_apps if code in (a.requirements_unmet or [])]
        d.gaps.append({"code": code, "text": text.split(": ", 1)[-1], "count": len(refs), "references": refs})

    durations = _assessment_days(reader, by_id, now)
    d.assessments_counted = len(durations)
    d.median_assessment_days = round(statistics.median(durations), 1) if durations else None

    last = when(reader.value("SELECT last_success_at FROM mailbox_state WHERE folder = :folder",
                             folder=settings.imap.inbox))
    d.last_mail_read = last.astimezone(tz) if last else None
    d.mailbox_stale = last is None or now - last > STALE_MAILBOX
    d.parked = int(reader.value("SELECT count(*) FROM inbound_message WHERE target_folder = 'attention' "
                                "AND parked_at IS NOT NULL") or 0)
    left = reader.rows("SELECT r.raw, m.from_addr FROM inbound_message m "
                       "LEFT JOIN inbound_raw r ON r.inbound_id = m.id WHERE m.target_folder = 'attention' AND m.parked_at IS NULL AND m.received_at >= :start "
                       "AND m.received_at <= :now ORDER BY m.received_at", start=start, now=now)
    d.attention = len(left)
    d.attention_senders = _senders(left)
    mail = dict(reader.rows("SELECT status, count(*) FROM outbound_mail WHERE status IN ('failed', 'uncertain') "
                            "GROUP BY status"))
    d.failed_mail, d.uncertain_mail = int(mail.get("failed", 0)), int(mail.get("uncertain", 0))
    from mailbot.review.senders import warning

    d.security_warning = warning(settings) or ""
    withheld = reader.rows("SELECT created_at, template, recipients, last_error FROM outbound_mail "
                           "WHERE status = 'suppressed' AND created_at >= :start ORDER BY id "
                           f"LIMIT {SUPPRESSED_LISTED}", start=start)
    if withheld:
        from mailbot.mail.addresses import redact

        d.suppressed = [{"at": (when(at) or now).astimezone(tz), "template": template,
                         "to": ", ".join(redact(a) for a in data(recipients) or []), "reason": reason or ""}
                        for at, template, recipients, reason in withheld]
    return d


def _senders(rows: list[tuple[Any, ...]]) -> list[str]:
    """Each sender once, as "Name <address>" when the From header gave a name, with a count
    when they wrote more than once. `rows`: (raw message, From address)."""
    from mailbot.mail.message import parse_message

    counts: dict[str, int] = {}
    for raw, from_addr in rows:
        head = bytes(raw or b"").split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        name = parse_message(head).from_name if head else ""
        who = f"{name} <{from_addr}>" if name and from_addr else (name or from_addr or "(unknown sender)")
        counts[who] = counts.get(who, 0) + 1
    return [who if n == 1 else f"{who} ({n})" for who, n in counts.items()]


def _waiting_for(settings: Settings, app: AppView) -> str:
    role = workflow.deciding_role(app.stage)
    if getattr(app, "assigned_to", ""):
        return app.assigned_to
    return {"ce": "CE", "smt": "the SMT", "board": "the Board", "applicant": "the applicant"}.get(
        role.value if role else "", "mailbot")


def _assessment_days(reader: Reader, by_id: dict[Any, AppView], now: datetime) -> list[float]:
    """Days from receipt to the CE decision (time waiting for the applicant left out) for
    assessments decided in the last 12 weeks."""
    out = []
    rows = _events(reader, "kind IN :kinds AND stage_from = :assessed AND stage_to != :waiting "
                           "AND at >= :since AND at <= :now",
                   kinds=[str(k) for k in EventKind.where("counts_as_decision")],
                   assessed=Stage.CE_ASSESSMENT.value, waiting=Stage.AWAITING_APPLICANT.value,
                   since=now - MEDIAN_WINDOW, now=now)
    pauses = _pause_events(reader, {e.application_id for e in rows if e.application_id in by_id})
    for e in rows:
        app = by_id.get(e.application_id)
        if app is None or e.data.get("undone"):
            continue
        paused = _paused_before(pauses.get(app.id, []), _aware(e.at) or now)
        seconds = ((_aware(e.at) or now) - (_aware(app.received_at) or now)).total_seconds() - paused
        out.append(max(seconds, 0) / 86400)
    return out


#: Application ids per query: well under any database's limit of parameters in one statement.
_IDS_PER_QUERY = 500


def _pause_events(reader: Reader, app_ids: set[Any]) -> dict[Any, list[EventView]]:
    """The events entering or leaving 'awaiting applicant' of these applications, in time order,
    read in a few queries (the digest covers thousands of applications)."""
    out: dict[Any, list[EventView]] = {}
    ids = sorted(app_ids)
    waiting = Stage.AWAITING_APPLICANT.value
    for first in range(0, len(ids), _IDS_PER_QUERY):
        for e in _events(reader, "application_id IN :ids AND (stage_to = :waiting OR stage_from = :waiting)",
                         ids=ids[first:first + _IDS_PER_QUERY], waiting=waiting):
            out.setdefault(e.application_id, []).append(e)
    return out


def _paused_before(events: list[EventView], until: datetime) -> float:
    """Seconds spent waiting for the applicant before `until`, from an application's stage events."""
    total, since = 0.0, None
    for e in events:
        at = _aware(e.at) or until
        if at > until:
            break
        if e.stage_to == Stage.AWAITING_APPLICANT.value and since is None:
            since = at
        elif e.stage_from == Stage.AWAITING_APPLICANT.value and since is not None:
            total += (at - since).total_seconds()
            since = None
    return total


def render(settings: Settings, digest: Digest) -> tuple[str, str, str]:
    """(subject, text, html) of the digest email."""
    return render_template("digest", digest.context(), folder=settings.templates_folder)


def write_preview(reader: Reader, settings: Settings, now: datetime, path: Path) -> Digest:
    """Write the digest for `now` as an HTML file; sends and records nothing."""
    digest = collect(reader, settings, now)
    # The HTML part only: the subject and plain text are a third of the rendering and a preview shows neither.
    path.write_text(render_html("digest", digest.context(), folder=settings.templates_folder), encoding="utf-8")
    return digest


def send_weekly(engine: Engine, settings: Settings, now: datetime, *, force: bool = False,
                crash: CrashHook | None = None) -> str:
    """Queue this week's digest once. Returns "queued", "already sent", "not due" (before this
    week's digest time) or "missed" (more than CATCH_UP after it); `force` sends at any time of
    the week. The outbox flush sends it."""
    crash = crash or crash_hook_from_env()
    slot = digest_slot(settings, now)
    if not force and now < slot:
        return "not due"
    if not force and now > slot + CATCH_UP:
        return "missed"
    # Here, not at the top: the queues import the review commands, and the ORM, which a preview never needs.
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import select

    from mailbot.clock.queue import write_weekly_queues
    from mailbot.mail.outbox import enqueue
    from mailbot.store.db import session_scope
    from mailbot.store.models import DigestRun

    key = week_key(settings, now)
    recipients = list(settings.staff.managers)
    if not recipients:
        log.warning("no [staff] managers configured: the weekly digest is not sent")
        return "no managers"
    try:
        with session_scope(engine) as session:
            if session.exec(select(DigestRun).where(DigestRun.week == key)).first() is not None:
                return "already sent"
            run = DigestRun(week=key, status="queued", claimed_at=now,
                            claimed_by=f"{socket.gethostname()}:{os.getpid()}")
            session.add(run)
            session.flush()  # a second process inserting the same week fails here
            digest = collect(session, settings, now)
            out = enqueue(session, settings, "digest", recipients, digest.context(),
                          dedupe_key=f"digest:{key}", now=now)
            write_weekly_queues(session, settings, now, key)  # the people who must act, same run
            if out is not None:
                session.flush()
                run.outbound_id = out.id
            session.add(run)
            crash("digest_recorded")
    except IntegrityError:
        return "already sent"
    crash("digest_queued")
    log.info("weekly digest %s queued for %d manager(s)", key, len(recipients))
    return "queued"


def sync_runs(engine: Engine) -> None:
    """Mark queued digest runs sent once their email left the outbox."""
    from sqlmodel import select

    from mailbot.store.db import session_scope
    from mailbot.store.models import DigestRun, OutboundMail

    with session_scope(engine) as session:
        for run in session.exec(select(DigestRun).where(DigestRun.status == "queued")).all():
            mail = session.get(OutboundMail, run.outbound_id) if run.outbound_id else None
            if mail is not None and mail.status in ("sent", "failed", "uncertain"):
                run.status, run.sent_at = mail.status, mail.sent_at
                session.add(run)
