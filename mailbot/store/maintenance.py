"""Database operations for the operator: schema state, backup, what is stored, retention.

Retention drops the *content* of stored mail (the raw message, attachment bytes) and keeps the
row: the content hash on it is what stops a message read again from being handled twice, and the
audit trail still says what arrived when. The mailbox keeps its own copy in its folders.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.errors import OperatorError
from mailbot.store.db import current_revision, session_scope
from mailbot.store.models import Application, Document, InboundMessage, InboundRaw, OutboundBody, OutboundMail
from mailbot.store.revisions import code_heads, known_revisions, newer_schema_error, not_current_error  # noqa: F401 (known_revisions: re-exported)

log = logging.getLogger(__name__)

#: The final stages (mailbot.review.workflow.TERMINAL); the store sits below review, so named here.
CLOSED_STAGES = ("approved", "declined", "withdrawn")


# --- schema -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    heads: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        return self.current in self.heads

    def newer_than_code(self) -> bool:
        return newer_schema_error(self.current) is not None


def schema_state(engine: Engine) -> SchemaState:
    from sqlalchemy.exc import OperationalError

    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise OperatorError(
            f"The database at {engine.url.render_as_string(hide_password=True)} cannot be opened ({exc.orig}); "
            "check [database] url.") from None
    return SchemaState(current, tuple(code_heads()))


def require_current_schema(engine: Engine) -> None:
    """For read-only commands: never migrate, say what to do when the schema is not current."""
    error = not_current_error(schema_state(engine).current)
    if error is not None:
        raise error


# --- backup -------------------------------------------------------------------------------------


def backup(engine: Engine, target: Path) -> int:
    """Copy a SQLite database to `target` with SQLite's online backup API (consistent while the
    service writes). Returns the size in bytes. PostgreSQL: raises OperatorError naming pg_dump."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        safe = url.set(drivername="postgresql").render_as_string(hide_password=True)
        raise OperatorError(
            f"Back up PostgreSQL with its own tools: pg_dump --format=custom --file {target} '{safe}' "
            "(the password from PGPASSWORD or ~/.pgpass); restore with pg_restore --clean --dbname '...'.")
    if url.database in (None, "", ":memory:"):
        raise OperatorError("An in-memory database cannot be backed up.")
    if target.exists():
        raise OperatorError(f"{target} already exists; name a new file so no backup is overwritten.")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, timeout=30)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target.stat().st_size


# --- size ---------------------------------------------------------------------------------------


@dataclass
class StoredKind:
    what: str
    rows: int
    bytes: int


def stored(engine: Engine) -> list[StoredKind]:
    """What the database holds, by kind, with the bytes of stored content."""
    out: list[StoredKind] = []
    with Session(engine) as session:
        raw_len = func.coalesce(func.sum(func.length(InboundRaw.raw)), 0)
        attached = col(InboundMessage.application_id).is_not(None)
        with_raw = select(func.count(), raw_len).select_from(InboundMessage).outerjoin(
            InboundRaw, col(InboundRaw.inbound_id) == InboundMessage.id)
        for label, cond in (("raw mail of applications", attached), ("raw mail of no application", ~attached)):
            rows, size = session.exec(with_raw.where(cond)).one()
            out.append(StoredKind(label, int(rows), int(size)))
        purged = session.exec(select(func.count()).select_from(InboundMessage).outerjoin(
            InboundRaw, col(InboundRaw.inbound_id) == InboundMessage.id).where(col(InboundRaw.raw).is_(None))).one()
        out.append(StoredKind("messages whose content was purged", int(purged), 0))
        rows, size = session.exec(select(func.count(), func.coalesce(func.sum(func.length(Document.data)), 0))).one()
        out.append(StoredKind("documents (attachments)", int(rows), int(size)))
        rows, size = session.exec(select(func.count(), func.coalesce(func.sum(func.length(OutboundBody.body)), 0))
                                  .select_from(OutboundMail).outerjoin(
                                      OutboundBody, col(OutboundBody.outbound_id) == OutboundMail.id)).one()
        out.append(StoredKind("outgoing emails", int(rows), int(size)))
        out.append(StoredKind("applications", int(session.exec(select(func.count()).select_from(Application)).one()), 0))
    return out


# --- retention ----------------------------------------------------------------------------------


@dataclass
class Purged:
    unattached_messages: int = 0
    unattached_documents: int = 0
    closed_messages: int = 0
    closed_documents: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.unattached_messages + self.unattached_documents + self.closed_messages + self.closed_documents


def purge(engine: Engine, settings: Settings, now: datetime) -> Purged:
    """Drop stored content past [retention]: raw mail of no application after `unattached_days`;
    documents and raw mail of applications closed `documents_days` ago. 0 keeps for ever."""
    r = settings.retention
    done = Purged()
    with session_scope(engine) as session:
        if r.unattached_days:
            before = now - timedelta(days=r.unattached_days)
            # Only messages whose handling is over: one still being handled needs its bytes.
            old = select(InboundMessage.id).where(
                col(InboundMessage.application_id).is_(None), col(InboundMessage.received_at) < before,
                col(InboundMessage.state) == "filed")
            done.unattached_documents = _rowcount(session.exec(
                update(Document).where(col(Document.application_id).is_(None), col(Document.inbound_id).in_(old),
                                       col(Document.data).is_not(None)).values(data=None)))
            done.unattached_messages = _rowcount(session.exec(
                update(InboundRaw).where(col(InboundRaw.inbound_id).in_(old), col(InboundRaw.raw).is_not(None))
                .values(raw=None)))
        if r.documents_days:
            before = now - timedelta(days=r.documents_days)
            closed = select(Application.id).where(col(Application.stage).in_(CLOSED_STAGES),
                                                  col(Application.stage_entered_at) < before)
            done.closed_documents = _rowcount(session.exec(
                update(Document).where(col(Document.application_id).in_(closed), col(Document.data).is_not(None))
                .values(data=None)))
            closed_filed = select(InboundMessage.id).where(col(InboundMessage.application_id).in_(closed),
                                                           col(InboundMessage.state) == "filed")
            done.closed_messages = _rowcount(session.exec(
                update(InboundRaw).where(col(InboundRaw.inbound_id).in_(closed_filed),
                                         col(InboundRaw.raw).is_not(None)).values(raw=None)))
    if done.total:
        log.info("retention: dropped the content of %d messages and %d documents of no application "
                 "(older than %d days), %d messages and %d documents of closed applications",
                 done.unattached_messages, done.unattached_documents, r.unattached_days,
                 done.closed_messages, done.closed_documents)
    return done


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
