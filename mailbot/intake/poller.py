"""One pass over the mailbox: fetch new mail by UID, record it, route it, commit, then file it.

Order per message (each step survives a crash at any point):
 1. record the raw message (state 'received') before any side effect;
 2. route it and write the outcome, the application and the outbox rows in one transaction
    (state 'handled');
 3. move it to its folder (state 'filed').
A message whose handling keeps failing is parked after `max_attempts` tries.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailbot.intake import rules
from mailbot.config import Settings
from mailbot.store.db import session_scope
from mailbot.errors import OperatorError, TransientError
from mailbot.faults import CrashHook, crash_hook_from_env
from mailbot.intake.table import ATTENTION, IGNORED, PROCESSED, Context, Extractor, notify_sender, parse_in_process, route
from mailbot.mail.mailbox import Mailbox, MessageMeta
from mailbot.mail.message import InboundMail, clean_header_text, parse_message
from mailbot.store.models import Event, InboundMessage, MailboxState, OutboundMail, utcnow
from mailbot.mail.outbox import enqueue, verp_row_id

log = logging.getLogger(__name__)


@dataclass
class PollReport:
    fetched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    backlog_skipped: int = 0
    errors: list[str] = field(default_factory=list)


def folder_for(settings: Settings, folder: str) -> str:
    return {
        PROCESSED: settings.imap.processed_folder,
        ATTENTION: settings.imap.attention_folder,
        IGNORED: settings.imap.ignored_folder,
    }[folder]


def _cutoff(settings: Settings, state: MailboxState) -> datetime | None:
    c = settings.intake.backlog_cutoff
    if c == "none":
        return None
    if c == "first-run":
        # INTERNALDATE has one-second resolution: mail from the first run's own second is new.
        return state.first_run_at.replace(microsecond=0)
    when = datetime.fromisoformat(c)
    return when if when.tzinfo else when.replace(tzinfo=settings.timezone)


def poll_once(
    engine: Engine,
    settings: Settings,
    now: datetime | None = None,
    crash: CrashHook | None = None,
    extract: Extractor = parse_in_process,
) -> PollReport:
    """Read every new message once. Raises OperatorError/TransientError for server problems."""
    crash = crash or crash_hook_from_env()
    report = PollReport()
    s = settings.imap
    with Mailbox(s) as mb:
        mb.ensure_folders([s.processed_folder, s.attention_folder, s.ignored_folder])
        uidvalidity = mb.select_inbox()
        with session_scope(engine) as session:
            state = session.get(MailboxState, s.inbox)
            first_run = state is None
            if state is None:
                state = MailboxState(folder=s.inbox, uidvalidity=uidvalidity, first_run_at=now or utcnow())
                session.add(state)
            elif state.uidvalidity != uidvalidity:
                log.warning("UIDVALIDITY of %s changed (%d -> %d): rescanning; content hashes prevent repeats",
                            s.inbox, state.uidvalidity, uidvalidity)
                state.uidvalidity, state.last_uid = uidvalidity, 0
            if first_run and settings.intake.backlog_cutoff == "first-run" and mb.uidnext > 1:
                # Everything already in the inbox at the first run is old: one high-water mark
                # from SELECT instead of reading the date of every message.
                state.last_uid = mb.uidnext - 1
                report.backlog_skipped = mb.exists
            state.last_poll_at = now or utcnow()
            session.add(state)
            cutoff = _cutoff(settings, state)
            last_uid = state.last_uid
            # Messages recorded but never filed (a crash, a failed move) are retried by UID.
            unfinished = {
                m.uid: m for m in session.exec(
                    select(InboundMessage).where(
                        col(InboundMessage.state).in_(("received", "handled")),
                        InboundMessage.uidvalidity == uidvalidity,
                    )
                ).all()
            }
        new_uids = mb.list_uids(last_uid)
        uids = sorted(set(new_uids) | {u for u in unfinished if u <= last_uid})
        present = set(mb.list_uids(0)) if unfinished else set()
        uids = [u for u in uids if u > last_uid or u in present]
        if cutoff is not None and new_uids:
            # SEARCH SINCE narrows by whole days; the edge day is filtered by exact time below.
            recent = mb.uids_since(cutoff.astimezone(settings.timezone).date() - timedelta(days=1), last_uid)
            old = [u for u in uids if u > last_uid and u not in recent and u not in unfinished]
            if old:
                report.backlog_skipped += len(old)
                skip = set(old)
                uids = [u for u in uids if u not in skip]
        high = max(new_uids, default=last_uid)
        kept: list[MessageMeta] = []
        for meta in mb.fetch_meta(uids):
            if cutoff is not None and meta.internal_date is not None and meta.internal_date < cutoff \
                    and meta.uid not in unfinished:
                report.backlog_skipped += 1
            else:
                kept.append(meta)
        for batch in _batches(kept, settings):
            _handle_batch(mb, engine, settings, batch, uidvalidity, now, crash, extract, report)
        _advance(engine, s.inbox, high)
        if report.backlog_skipped:
            log.info("left %d messages that arrived before the backlog cut-off in %s", report.backlog_skipped, s.inbox)
    with session_scope(engine) as session:
        st = session.get(MailboxState, s.inbox)
        if st is not None:
            st.last_success_at = now or utcnow()
            session.add(st)
    return report


# A batch is fetched in one command, recorded in one transaction and filed with one MOVE per
# folder; its size bounds the memory held (raw bytes of every message in it) and the work a
# crash makes the next poll look at again.
BATCH_MESSAGES = 50
BATCH_BYTES = 64 * 1024 * 1024


def _batches(metas: list[MessageMeta], settings: Settings) -> Iterator[list[MessageMeta]]:
    batch: list[MessageMeta] = []
    size = 0
    for meta in metas:
        weight = min(meta.size, settings.intake.max_message_bytes)
        if batch and (len(batch) >= BATCH_MESSAGES or size + weight > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(meta)
        size += weight
    if batch:
        yield batch


def _handle_batch(mb: Mailbox, engine: Engine, settings: Settings, metas: list[MessageMeta], uidvalidity: int,
                  now: datetime | None, crash: CrashHook, extract: Extractor, report: PollReport) -> None:
    """Fetch, record, decide and file a batch of messages; each message is handled on its own
    (one failing message never stops the others), only the round trips are shared."""
    when = now or utcnow()

    def count(kind: str) -> None:
        report.fetched += 1
        report.outcomes[kind] = report.outcomes.get(kind, 0) + 1

    small = []
    for meta in metas:
        if meta.size > settings.intake.max_message_bytes:
            count(_oversize(mb, engine, settings, meta, uidvalidity, when))
        else:
            small.append(meta)
    raws = mb.fetch_raw_many([m.uid for m in small])
    parsed: list[tuple[MessageMeta, bytes, InboundMail]] = []
    for meta in small:
        raw = raws.get(meta.uid)
        if raw is None:
            count("vanished")
            continue
        try:
            parsed.append((meta, raw, parse_message(raw)))
        except Exception as exc:  # parse_message is lenient; this is a bug, not the sender's fault
            log.exception("message uid %d could not be read: %s", meta.uid, exc)
            report.errors.append(f"uid {meta.uid}: {exc}")
    rows = _record_all(engine, parsed, uidvalidity, when)
    crash("recorded")
    handled: list[tuple[MessageMeta, int]] = []
    for (meta, raw, mail), (row_id, attempts) in zip(parsed, rows):
        try:
            if attempts:
                _attempt(engine, settings, mail, row_id, attempts, when, crash, extract)
            handled.append((meta, row_id))
        except OperatorError:
            raise
        except TransientError as exc:
            report.errors.append(str(exc))
            raise
        except Exception as exc:  # one bad message must never stop the poll
            log.exception("message uid %d failed: %s", meta.uid, exc)
            report.errors.append(f"uid {meta.uid}: {exc}")
    for kind in _file(mb, engine, settings, handled, crash):
        count(kind)


def _record_all(engine: Engine, parsed: list[tuple[MessageMeta, bytes, InboundMail]], uidvalidity: int,
                now: datetime) -> list[tuple[int, int]]:
    """Step 1 for a batch, in one transaction: (row id, attempt number) per message; the
    attempt number is 0 when the message needs no handling (already handled or filed)."""
    try:
        with session_scope(engine) as session:
            return [_record(session, raw, mail, meta, uidvalidity, now) for meta, raw, mail in parsed]
    except IntegrityError:  # a second process recorded one of them a moment ago: one at a time
        out = []
        for meta, raw, mail in parsed:
            try:
                with session_scope(engine) as session:
                    out.append(_record(session, raw, mail, meta, uidvalidity, now))
            except IntegrityError:
                with session_scope(engine) as session:
                    out.append(_record(session, raw, mail, meta, uidvalidity, now))
        return out


def _record(session: Session, raw: bytes, mail: InboundMail, meta: MessageMeta, uidvalidity: int,
            now: datetime) -> tuple[int, int]:
    """The message is in the database before anything else happens, with the attempt about to
    be made counted (so a message that kills the process is parked after `max_attempts`)."""
    row = session.exec(select(InboundMessage).where(InboundMessage.content_hash == mail.content_hash)).first()
    if row is None:
        row = InboundMessage(
            content_hash=mail.content_hash, message_id=clean_header_text(mail.message_id, 300),
            uidvalidity=uidvalidity, uid=meta.uid, internal_date=meta.internal_date, received_at=now,
            from_addr=mail.sender or "", subject=mail.subject[:300], size=len(raw), raw=raw,
        )
    elif row.uid != meta.uid or row.uidvalidity != uidvalidity:
        row.uid, row.uidvalidity = meta.uid, uidvalidity
    if row.state == "received":
        row.attempts += 1
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id, row.attempts if row.state == "received" else 0


def _attempt(engine: Engine, settings: Settings, mail: InboundMail, row_id: int, attempts: int, now: datetime,
             crash: CrashHook, extract: Extractor) -> None:
    """Step 2 for one recorded message, or park it when it has failed too often."""
    if attempts > settings.intake.max_attempts:
        with Session(engine) as session:
            row = session.get(InboundMessage, row_id)
            last_error = row.last_error if row is not None else ""
        _park(engine, settings, row_id,
              f"handling failed {attempts - 1} times: {last_error or 'the process stopped'}", now)
        return
    try:
        _decide(engine, settings, mail, row_id, now, crash, extract)
    except Exception as exc:
        with session_scope(engine) as session:
            fresh = session.get(InboundMessage, row_id)
            if fresh is not None:
                fresh.last_error = clean_header_text(f"{type(exc).__name__}: {exc}", 500)
                session.add(fresh)
        if attempts >= settings.intake.max_attempts:
            _park(engine, settings, row_id, f"handling failed {attempts} times: {type(exc).__name__}: {exc}", now)
        else:
            raise


def _file(mb: Mailbox, engine: Engine, settings: Settings, handled: list[tuple[MessageMeta, int]],
          crash: CrashHook) -> list[str]:
    """Step 3 for a batch: one MOVE per folder, then one transaction marking them filed.
    Returns each message's kind (what the report counts)."""
    if not handled:
        return []
    with Session(engine) as session:
        ids = [row_id for _, row_id in handled]
        rows = {r.id: r for r in session.exec(select(InboundMessage).where(col(InboundMessage.id).in_(ids))).all()}
    moves: dict[str, list[int]] = {}
    to_mark: list[int] = []
    kinds = []
    for meta, row_id in handled:
        row = rows[row_id]
        kinds.append(row.kind or row.state)
        if row.state == "handled":
            moves.setdefault(folder_for(settings, row.target_folder), []).append(meta.uid)
            to_mark.append(row_id)
        elif row.state == "filed":
            # An identical copy of a message already handled: file it with its twin, send nothing.
            moves.setdefault(settings.imap.ignored_folder, []).append(meta.uid)
    if to_mark:
        crash("before_move")
    for folder, uids in moves.items():
        mb.move_many(uids, folder)
    if to_mark:
        with session_scope(engine) as session:
            session.exec(update(InboundMessage).where(col(InboundMessage.id).in_(to_mark),
                                                      col(InboundMessage.state) == "handled").values(state="filed"))
        crash("moved")
    return kinds


def _advance(engine: Engine, folder: str, uid: int) -> None:
    with session_scope(engine) as session:
        st = session.get(MailboxState, folder)
        if st is not None and uid > st.last_uid:
            st.last_uid = uid
            session.add(st)


def _decide(engine: Engine, settings: Settings, mail: InboundMail, row_id: int | None, now: datetime,
            crash: CrashHook, extract: Extractor) -> None:
    """Step 2: route and write every consequence in one transaction."""
    with session_scope(engine) as session:
        ctx = Context(mail=mail, settings=settings, session=session, now=now, extract=extract)
        outcome = route(ctx)
        row = session.get(InboundMessage, row_id)
        assert row is not None
        row.kind, row.outcome, row.reason = outcome.kind, outcome.folder, outcome.reason[:500]
        row.target_folder, row.state = outcome.folder, "handled"
        row.application_id = outcome.application_ids[0] if outcome.application_ids else None
        session.add(row)
        if outcome.kind == "bounce":
            _match_bounce(session, settings, mail, row, now)
        crash("before_commit")
    crash("handled")


def _match_bounce(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage,
                  now: datetime) -> None:
    """Mark the outgoing mail a bounce reports on as 'bounced' (never answered, never resent),
    with an event on its application so staff see that the applicant did not get it."""
    ids = rules.bounced_message_ids(mail)
    verp_ids = [i for i in (verp_row_id(settings, a) for a in mail.addressed_to) if i is not None]
    if not ids and not verp_ids:
        return
    query = select(OutboundMail).where(
        or_(col(OutboundMail.message_id).in_(ids), col(OutboundMail.id).in_(verp_ids)))
    for out in session.exec(query).all():
        out.status, out.last_error = "bounced", clean_header_text(f"bounced: {mail.subject}", 500)
        session.add(out)
        if out.application_id is not None:
            session.add(Event(application_id=out.application_id, at=now, kind="bounce", actor=mail.sender or "",
                              inbound_id=inbound.id, comment=f"{out.template} {out.message_id} bounced"))
        log.info("%s: bounce for our %s %s", inbound.message_id, out.template, out.message_id)


def _park(engine: Engine, settings: Settings, row_id: int | None, reason: str, now: datetime) -> None:
    """A message that keeps failing goes to the attention folder; CE staff are told once."""
    with session_scope(engine) as session:
        row = session.get(InboundMessage, row_id)
        assert row is not None
        row.state, row.target_folder, row.kind, row.outcome = "handled", ATTENTION, "poison", ATTENTION
        row.reason = clean_header_text(reason, 500)
        session.add(row)
        enqueue(session, settings, "parked_message", list(settings.staff.ce), {
            "sender": row.from_addr or "(unknown sender)", "subject": row.subject, "message_id": row.message_id,
            "reason": row.reason, "folder": settings.imap.attention_folder,
        }, dedupe_key=f"parked:{row.id}:{row.attempts}", now=now, inbound_id=row.id)
    log.error("parked message %s in the attention folder: %s", row_id, clean_header_text(reason, 300))


def reprocess(engine: Engine, settings: Settings, message_id: str | None = None) -> int:
    """Put parked messages back in the inbox to be handled afresh; returns how many moved.

    Without `message_id`, every poison message (one that failed `max_attempts` times); with it,
    that message whatever the reason it was parked. Its record keeps its history; only the
    attempt counter and outcome are reset, so the content-hash check cannot mistake it for a
    duplicate."""
    with Session(engine) as session:
        q = select(InboundMessage).where(InboundMessage.target_folder == ATTENTION)
        q = q.where(InboundMessage.message_id == message_id) if message_id else q.where(InboundMessage.kind == "poison")
        rows = session.exec(q).all()
    moved = 0
    s = settings.imap
    with Mailbox(s) as mb:
        mb.ensure_folders([s.attention_folder])
        for row in rows:
            if not mb.move_back(s.attention_folder, row.message_id, s.inbox):
                log.warning("message %s is no longer in %s; left as it is", row.message_id, s.attention_folder)
                continue
            with session_scope(engine) as session:
                fresh = session.get(InboundMessage, row.id)
                assert fresh is not None
                fresh.state, fresh.attempts, fresh.kind, fresh.outcome, fresh.target_folder = "received", 0, "", "", ""
                fresh.reason = f"reprocessed (was: {row.reason})"[:500]
                session.add(fresh)
            moved += 1
    return moved


def _oversize(mb: Mailbox, engine: Engine, settings: Settings, meta: MessageMeta, uidvalidity: int,
              now: datetime) -> str:
    """Too large to download: record the headers only, park it, tell a human sender once."""
    header_bytes = mb.fetch_header(meta.uid) or b""
    mail = parse_message(header_bytes)
    key = f"oversize:{meta.size}:{mail.message_id}"
    digest = hashlib.sha256(key.encode() + header_bytes).hexdigest()
    with session_scope(engine) as session:
        row = session.exec(select(InboundMessage).where(InboundMessage.content_hash == digest)).first()
        if row is None:
            row = InboundMessage(
                content_hash=digest, message_id=clean_header_text(mail.message_id, 300), uidvalidity=uidvalidity,
                uid=meta.uid, internal_date=meta.internal_date, received_at=now, from_addr=mail.sender or "",
                subject=mail.subject[:300], size=meta.size, raw=header_bytes, kind="too_large",
                outcome=ATTENTION, target_folder=ATTENTION, state="handled",
                reason=f"message of {meta.size} bytes is over the {settings.intake.max_message_bytes}-byte limit",
            )
            session.add(row)
            session.flush()
            if mail.sender and not rules.is_automated(mail) and not rules.is_bounce(mail):
                notify_sender(session, settings, mail, int(row.id or 0),
                              f"the email is too large ({meta.size // (1024 * 1024)} MB) for us to process.", now)
        row_id = row.id
        state = row.state
    if state == "handled":
        mb.move(meta.uid, settings.imap.attention_folder)
        with session_scope(engine) as session:
            fresh = session.get(InboundMessage, row_id)
            assert fresh is not None
            fresh.state = "filed"
            session.add(fresh)
    return "too_large"
