"""Helpers for the tests without servers (the time-travel ones first): a settings object, a SQLite file,
applications moved by hand, an inbound message recorded and routed through the intake rule table."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from apphelpers import write_config
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload
from sqlmodel import Session, select

from mailbot.clock.due import on_stage_entered
from mailbot.config import Settings, load_settings
from mailbot.intake.table import Context, Extractor, Outcome, parse_in_process, route
from mailbot.mail.message import parse_message
from mailbot.store.db import open_database, session_scope
from mailbot.store.models import Application, Event, InboundMessage, InboundRaw, OutboundMail

TORONTO = ZoneInfo("America/Toronto")
NO_SERVER = SimpleNamespace(port=1, user="nobody", password="x")


def local(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    """A Toronto wall-clock time as an aware datetime."""
    return datetime(y, m, d, hh, mm, tzinfo=TORONTO)


def make_env(folder: Path, schedule: str = "", *, dovecot=None, smtp=None, staff_ce=None) -> tuple[Settings, Engine]:  # type: ignore[no-untyped-def]
    """Settings and a migrated SQLite database; `schedule` is extra TOML for the [schedule] section."""
    cfg = write_config(folder, dovecot or NO_SERVER, smtp or NO_SERVER, staff_ce=staff_ce)
    text = cfg.read_text().replace('timezone = "America/Toronto"\n', 'timezone = "America/Toronto"\n' + schedule + "\n", 1)
    cfg.write_text(text)
    settings = load_settings(cfg)
    return settings, open_database(settings.database_url)


def route_mail(engine: Engine, settings: Settings, msg: EmailMessage | bytes, now: datetime,
               extract: Extractor = parse_in_process) -> Outcome:
    """What the poller does with one new message, without a mailbox: record it (an InboundMessage
    row), walk the rule table over it, commit; the rule's Outcome."""
    raw = msg if isinstance(msg, bytes) else msg.as_bytes()
    mail = parse_message(raw)
    with session_scope(engine) as s:
        row = InboundMessage(content_hash=mail.content_hash, message_id=mail.message_id, from_addr=mail.sender or "",
                             subject=mail.subject, size=len(raw), received_at=now)
        s.add(row)
        s.flush()
        s.add(InboundRaw(inbound_id=row.id, raw=raw))
        s.flush()
        return route(Context(mail, settings, s, now, extract=extract))


_counter = [0]


def new_app(engine: Engine, settings: Settings, now: datetime, stage: str = "ce_assessment", **kw) -> int:  # type: ignore[no-untyped-def]
    _counter[0] += 1
    with session_scope(engine) as s:
        app = Application(reference=kw.pop("reference", f"MC-2026-{_counter[0]:04d}"), stage=stage,
                          applicant_email=kw.pop("applicant_email", "lead@hospital.example"),
                          applicant_name=kw.pop("applicant_name", "Dana Lead"), title=kw.pop("title", "Wound care"),
                          received_at=kw.pop("received_at", now), stage_entered_at=now, **kw)
        s.add(app)
        s.flush()
        on_stage_entered(s, settings, app, now)
        return int(app.id)  # type: ignore[arg-type]


def move(engine: Engine, settings: Settings, app_id: int, stage: str, now: datetime, *, actor: str = "",
         keyword: str = "", kind: str = "decision") -> None:
    """What the workflow does on a decision: new stage, an Event, then clock.on_stage_entered."""
    with session_scope(engine) as s:
        app = s.get(Application, app_id)
        assert app is not None
        before = app.stage
        app.stage = stage
        on_stage_entered(s, settings, app, now)
        s.add(Event(application_id=app_id, at=now, kind=kind, actor=actor, stage_from=before, stage_to=stage,
                    data={"keyword": keyword}))


def note(engine: Engine, app_id: int, actor: str, now: datetime) -> None:
    with session_scope(engine) as s:
        s.add(Event(application_id=app_id, at=now, kind="note", actor=actor, comment="looking at it"))


def get_app(engine: Engine, app_id: int) -> Application:
    with Session(engine) as s:
        app = s.get(Application, app_id)
        assert app is not None
        return app


def mails(engine: Engine, *templates: str) -> list[OutboundMail]:
    with Session(engine) as s:
        # With their bytes (OutboundBody): the tests read them after the session has closed.
        rows = s.exec(select(OutboundMail).options(selectinload(OutboundMail.content))  # type: ignore[arg-type]
                      .order_by(OutboundMail.id)).all()  # type: ignore[arg-type]
        return [r for r in rows if not templates or r.template in templates]


def hours(start: datetime, end: datetime, step: int = 3):  # type: ignore[no-untyped-def]
    t = start
    while t <= end:
        yield t
        t += timedelta(hours=step)


def utc(d: datetime) -> datetime:
    return d.astimezone(UTC)
