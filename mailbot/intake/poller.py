"""One pass over the mailbox: fetch new mail by UID, record it, route it, commit, then file it.

The poller makes no decision about a message: the rule table (`intake.table.RULES`) does, even
for a message too large to download (its head rows read only the size) or one whose body the
server refuses. Order per message (each step survives a crash at any point):
 1. record the raw message (state 'received') before any side effect: the whole message, or
    its headers and size when the body is not downloaded;
 2. route it and write the outcome, the application and the outbox rows in one transaction
    (state 'handled');
 3. move it to its folder (state 'filed').
A message whose handling keeps failing is parked after `max_attempts` tries. Staff hear about
parked messages in one summary email per poll.
"""
from __future__ import annotations

import hashlib
from collections import Counter
import logging
import re
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.store.db import session_scope
from mailbot.errors import OperatorError, TransientError
from mailbot.faults import CrashHook, crash_hook_from_env
from mailbot.intake.table import (
    ATTENTION,
    IGNORED,
    PROCESSED,
    Context,
    Envelope,
    Extractor,
    Reader,
    decided_before_download,
    parse_in_process,
    route,
)
from mailbot.intake.readahead import ReadAhead
from mailbot.mail.mailbox import BodyUnavailable, Mailbox, MessageMeta
from mailbot.mail.message import InboundMail, clean_header_text, parse_message
from mailbot.store.models import InboundMessage, InboundRaw, MailboxState, utcnow
from mailbot.mail.outbox import enqueue

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
    readers: int = 1,
    between_batches: Callable[[], None] | None = None,
) -> PollReport:
    """Read every new message once. Raises OperatorError/TransientError for server problems.
    `readers` > 1 reads that many messages' attachments at once: `extract` must then be
    thread-safe (a SandboxPool; see intake/readahead.py). `between_batches` is called on this
    thread each time a batch is filed while later ones remain, the next batch's attachments
    being read meanwhile (the cycle sends what the filed batch queued: ops/cycle.py)."""
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
        with ReadAhead(extract, settings, readers) as reader:
            # Batch N is filed (and its mail sent) once batch N+1 is recorded, and batch N+2 is
            # fetched and handed to the parse workers before N+1 is decided: the workers, the
            # slowest step of a backlog, go from N+1's last attachment to N+2's first without
            # waiting for this thread to decide N+1 and fetch N+2. Each batch is still recorded
            # after the one before it is decided, as when batches went one at a time.
            batches = _batches(kept, settings)
            fetched = _fetch_ahead(mb, engine, settings, next(batches, None), uidvalidity, reader)
            previous: _Batch | None = None
            while fetched is not None:
                batch = _prepare_batch(engine, settings, fetched, uidvalidity, now, crash, reader, report)
                if previous is not None:
                    _finish_batch(mb, engine, settings, previous, crash, reader, report)
                    if between_batches is not None:
                        between_batches()
                previous = batch
                fetched = _fetch_ahead(mb, engine, settings, next(batches, None), uidvalidity, reader)
                _decide_batch(engine, settings, batch, crash, reader, report)
            if previous is not None:
                _finish_batch(mb, engine, settings, previous, crash, reader, report)
        _advance(engine, s.inbox, high)
        if report.backlog_skipped:
            log.info("left %d messages that arrived before the backlog cut-off in %s", report.backlog_skipped, s.inbox)
    report_parked(engine, settings, now or utcnow())
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


@dataclass
class _Batch:
    """A batch between its steps: its messages as fetched, each one's (row id, attempt number)
    as recorded, and the (meta, row id) of those handled (to be filed)."""

    items: list[_Fetched]
    rows: list[tuple[int, int]]
    when: datetime
    handled: list[tuple[MessageMeta, int]] = field(default_factory=list)


def _fetch_ahead(mb: Mailbox, engine: Engine, settings: Settings, metas: list[MessageMeta] | None,
                 uidvalidity: int, reader: ReadAhead) -> list[_Fetched] | None:
    """Fetch a batch (None when there is none) and start reading the attachments of its
    messages that are new to the database: a new message's first attempt is what recording it
    will count, so it is read as it would be once recorded. A message recorded before (a crash,
    a retry, one about to be parked) is read only once `_prepare_batch` has counted its attempt."""
    if metas is None:
        return None
    items = _fetch_batch(mb, settings, metas)
    digests = {item.meta.uid: _digest(item, uidvalidity) for item in items if item.raw is not None}
    if digests:
        with Session(engine) as session:
            known = set(session.exec(select(InboundMessage.content_hash).where(
                col(InboundMessage.content_hash).in_(set(digests.values())))).all())
        reader.ahead(item.mail for item in items if digests.get(item.meta.uid, "") not in known | {""})
    return items


def _prepare_batch(engine: Engine, settings: Settings, fetched: list[_Fetched], uidvalidity: int,
                   now: datetime | None, crash: CrashHook, reader: ReadAhead, report: PollReport) -> _Batch:
    """Record a fetched batch (step 1), and read the attachments of the messages to handle."""
    when = now or utcnow()
    items: list[_Fetched] = []
    for item in fetched:
        if item.raw is None:
            _count(report, "vanished")
        else:
            items.append(item)
    rows = _record_all(engine, items, uidvalidity, when)
    crash("recorded")
    # The parse workers read the batch's attachments while earlier work goes on; a read started
    # for a message that needs no handling after all (another process handled it) is dropped.
    wanted = [0 < attempts <= settings.intake.max_attempts for _, attempts in rows]
    reader.forget(item.mail for item, want in zip(items, wanted) if not want)
    reader.ahead(item.mail for item, want in zip(items, wanted) if want)
    return _Batch(items, rows, when)


def _decide_batch(engine: Engine, settings: Settings, batch: _Batch, crash: CrashHook, reader: ReadAhead,
                  report: PollReport) -> None:
    """Step 2 for a batch: each message is handled on its own (one failing message never stops
    the others), in one transaction when none fails (see `_decide_together`)."""
    items, rows, when = batch.items, batch.rows, batch.when
    todo = [(item, row_id) for item, (row_id, attempts) in zip(items, rows) if attempts]
    tries = [a for _, a in rows]
    if _together(todo, tries):
        reader.wait(item.mail for item, _ in todo)
    if _decide_together(engine, settings, todo, tries, when, crash, reader):
        batch.handled = [(item.meta, row_id) for item, (row_id, _) in zip(items, rows)]
        return
    for item, (row_id, attempts) in zip(items, rows):
        try:
            if attempts:
                _attempt(engine, settings, item.mail, item.envelope, row_id, attempts, when, crash, reader)
            batch.handled.append((item.meta, row_id))
        except OperatorError:
            raise
        except TransientError as exc:
            report.errors.append(str(exc))
            raise
        except Exception as exc:  # one bad message must never stop the poll
            log.exception("message uid %d failed: %s", item.meta.uid, exc)
            report.errors.append(f"uid {item.meta.uid}: {exc}")


def _finish_batch(mb: Mailbox, engine: Engine, settings: Settings, batch: _Batch, crash: CrashHook,
                  reader: ReadAhead, report: PollReport) -> None:
    """Step 3 for a batch: its reads are dropped and its handled messages filed."""
    reader.forget(item.mail for item in batch.items)
    for kind in _file(mb, engine, settings, batch.handled, crash):
        _count(report, kind)


def _count(report: PollReport, kind: str) -> None:
    report.fetched += 1
    report.outcomes[kind] = report.outcomes.get(kind, 0) + 1


@dataclass
class _Fetched:
    """One message as the table needs it: the whole message, or only its headers when a
    head-of-table rule decides from the size or the server refuses the body (`envelope` says)."""

    meta: MessageMeta
    raw: bytes | None  # None: the message vanished from the server
    envelope: Envelope
    error: BaseException | None = None  # it could not be recorded: record what the server said
    mail: InboundMail = field(init=False)

    def __post_init__(self) -> None:
        # Parsed once, here: recording and the rules read the same value.
        self.mail = parse_message(self.raw or b"")


def _fetch_batch(mb: Mailbox, settings: Settings, metas: list[MessageMeta]) -> list[_Fetched]:
    """One FETCH for every body to download; a message the batch did not bring (vanished, body
    left out, or the server refused the command) is asked for alone, as `_fetch` does."""
    whole = [m.uid for m in metas if not decided_before_download(Envelope(m.size), settings)]
    try:
        raws = mb.fetch_raw_many(whole)
    except BodyUnavailable as exc:
        log.warning("the server refused a FETCH of %d messages (%s): fetching them one by one", len(whole), exc)
        raws = {}
    out = []
    for meta in metas:
        raw = raws.get(meta.uid)
        if raw is not None:
            out.append(_Fetched(meta, raw, Envelope(meta.size)))
            continue
        try:
            out.append(_Fetched(meta, *_fetch(mb, settings, meta)))
        except (OperatorError, TransientError):
            raise
        except Exception as exc:  # a poll never moves past a message without recording it
            log.exception("message uid %d could not be fetched: %s", meta.uid, exc)
            out.append(_Fetched(meta, b"", Envelope(meta.size, "not recorded"), error=exc))
    return out


def _fetch(mb: Mailbox, settings: Settings, meta: MessageMeta) -> tuple[bytes | None, Envelope]:
    """One message as the table needs it (see `_Fetched`)."""
    if decided_before_download(Envelope(meta.size), settings):
        return mb.fetch_header(meta.uid) or b"", Envelope(meta.size, "not downloaded")
    try:
        return mb.fetch_raw(meta.uid), Envelope(meta.size)
    except BodyUnavailable as exc:
        log.warning("the server would not deliver message uid %d: %s", meta.uid, exc)
        try:
            head = mb.fetch_header(meta.uid) or b""
        except TransientError:
            head = b""
        return head, Envelope(meta.size, clean_header_text(str(exc), 200) or "refused")


def _record_all(engine: Engine, items: list[_Fetched], uidvalidity: int, now: datetime) -> list[tuple[int, int]]:
    """Step 1 for a batch, in one transaction: (row id, attempt number) per message; the
    attempt number is 0 when the message needs no handling (already handled or filed)."""
    try:
        with session_scope(engine) as session:
            return _record_many(session, items, uidvalidity, now)
    except (OperatorError, TransientError):
        raise
    except Exception:  # noqa: BLE001 -- one message spoilt the batch (or a second process raced us): one at a time
        return [_record_one(engine, item, uidvalidity, now) for item in items]


def _record_one(engine: Engine, item: _Fetched, uidvalidity: int, now: datetime) -> tuple[int, int]:
    for _ in range(2):
        try:
            with session_scope(engine) as session:
                return _record(session, item, uidvalidity, now)
        except IntegrityError:  # a second process recorded it a moment ago: read its row
            continue
        except (OperatorError, TransientError):
            raise
        except Exception as exc:  # a poll never moves past a message without recording it
            log.exception("message uid %d could not be recorded: %s", item.meta.uid, exc)
            item = _Fetched(item.meta, b"", Envelope(item.meta.size, "not recorded"), error=exc)
    with session_scope(engine) as session:
        return _record(session, item, uidvalidity, now)


def _record_many(session: Session, items: list[_Fetched], uidvalidity: int, now: datetime) -> list[tuple[int, int]]:
    """`_record` for each message, in order. The messages new to the database (the whole of a
    backlog) are inserted with one statement, their first attempt counted; a message seen before,
    or twice in this batch, goes through `_record` (its earlier row decides what happens)."""
    digests = [_digest(item, uidvalidity) for item in items]
    seen = Counter(digests)
    known = set(session.exec(select(InboundMessage.content_hash).where(
        col(InboundMessage.content_hash).in_(digests))).all()) if digests else set()
    new = [i for i, d in enumerate(digests) if seen[d] == 1 and d not in known]
    out: dict[int, tuple[int, int]] = {}
    if new:
        values = [_row_values(items[i], digests[i], uidvalidity, now) | {"attempts": 1} for i in new]
        ids = session.connection().execute(
            insert(InboundMessage).returning(col(InboundMessage.id), sort_by_parameter_order=True), values).scalars()
        out = {i: (row_id, 1) for i, row_id in zip(new, ids) if row_id is not None}
        if out:  # each record's bytes, in their own table (see InboundRaw)
            session.connection().execute(insert(InboundRaw), [{"inbound_id": row_id, "raw": _raw_value(items[i])}
                                                              for i, (row_id, _) in out.items()])
        _supersede_partials(session, [(row_id, items[i].mail.message_id) for i, (row_id, _) in out.items()
                                      if items[i].error is None and not items[i].envelope.missing_body])
    return [out[i] if i in out else _record(session, item, uidvalidity, now) for i, item in enumerate(items)]


def _digest(item: _Fetched, uidvalidity: int) -> str:
    """The key a message is recorded under (see `_record`)."""
    meta, raw = item.meta, item.raw or b""
    if item.error is not None:
        return hashlib.sha256(f"unrecorded:{uidvalidity}:{meta.uid}:{meta.size}".encode()).hexdigest()
    if item.envelope.missing_body:
        return hashlib.sha256(f"partial:{meta.size}:".encode() + raw).hexdigest()
    return item.mail.content_hash


def _row_values(item: _Fetched, digest: str, uidvalidity: int, now: datetime) -> dict[str, Any]:
    """The columns of a new record of `item` (its bytes: `_raw_value`, in `InboundRaw`)."""
    meta, raw, mail = item.meta, item.raw or b"", item.mail
    if item.error is not None:
        return dict(content_hash=digest, uidvalidity=uidvalidity, uid=meta.uid, size=meta.size,
                    internal_date=meta.internal_date, received_at=now,
                    last_error=clean_header_text(f"{type(item.error).__name__}: {item.error}", 500))
    return dict(content_hash=digest, message_id=clean_header_text(mail.message_id, 300),
                uidvalidity=uidvalidity, uid=meta.uid, internal_date=meta.internal_date, received_at=now,
                from_addr=mail.sender or "", subject=mail.subject[:300],
                size=meta.size if item.envelope.missing_body else len(raw))


def _raw_value(item: _Fetched) -> bytes:
    """The bytes kept of a new record of `item`: none for one that could not be read."""
    return b"" if item.error is not None else item.raw or b""


def _record(session: Session, item: _Fetched, uidvalidity: int, now: datetime) -> tuple[int, int]:
    """The message is in the database before anything else happens, with the attempt about to
    be made counted (so a message that kills the process is parked after `max_attempts`).

    A partial record (headers only: the body was not downloaded) is keyed by its size and
    headers; a message that could not be read at all by what the server said of it (UID, size,
    date). A message filed for attention or ignored that comes back under a new UID was put
    back in the inbox by a person: it is handled again as new."""
    meta = item.meta
    digest = _digest(item, uidvalidity)
    row = session.exec(select(InboundMessage).where(InboundMessage.content_hash == digest)).first()
    if row is None:
        row = InboundMessage(**_row_values(item, digest, uidvalidity, now))
        session.add(row)
        session.flush()
        assert row.id is not None
        session.add(InboundRaw(inbound_id=row.id, raw=_raw_value(item)))
        if item.error is None and not item.envelope.missing_body:
            assert row.id is not None
            _supersede_partials(session, [(row.id, row.message_id)])
    elif row.uid != meta.uid or row.uidvalidity != uidvalidity:
        if row.state == "filed" and row.target_folder in (ATTENTION, IGNORED):
            log.info("message %d was moved back to the inbox: handling it again", row.id)
            row.reason = clean_header_text(f"moved back to the inbox (was {row.kind}: {row.reason})", 500)
            row.state, row.attempts, row.kind, row.outcome, row.target_folder = "received", 0, "", "", ""
            row.parked_at = row.reported_at = None
        row.uid, row.uidvalidity = meta.uid, uidvalidity
    if row.state == "received":
        row.attempts += 1
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id, row.attempts if row.state == "received" else 0


def _supersede_partials(session: Session, rows: list[tuple[int, str]]) -> None:
    """The whole message is here now (a person moved it back after the limit was raised, or the
    server delivers it again): its earlier headers-only record is no longer parked. `rows`: the
    (row id, Message-ID) of messages just recorded in full."""
    first: dict[str, int] = {}
    for row_id, message_id in rows:
        if not message_id.endswith("@mailbot.invalid>"):
            first.setdefault(message_id, row_id)
    if not first:
        return
    for old in session.exec(select(InboundMessage).where(
            col(InboundMessage.message_id).in_(list(first)), col(InboundMessage.parked_at).is_not(None),
            col(InboundMessage.kind).in_(("too_large", "unavailable")))).all():
        old.parked_at = None
        old.reason = clean_header_text(f"read in full as message {first[old.message_id]} (was: {old.reason})", 500)
        session.add(old)


def _attempt(engine: Engine, settings: Settings, mail: InboundMail, envelope: Envelope, row_id: int, attempts: int,
             now: datetime, crash: CrashHook, read: Reader) -> None:
    """Step 2 for one recorded message, or park it when it has failed too often."""
    if attempts > settings.intake.max_attempts:
        with Session(engine) as session:
            row = session.get(InboundMessage, row_id)
            last_error = row.last_error if row is not None else ""
        _park(engine, settings, row_id,
              f"handling failed {attempts - 1} times: {last_error or 'the process stopped'}", now)
        return
    try:
        _decide(engine, settings, mail, row_id, now, crash, read, envelope)
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
        # The columns filing reads, not the raw messages.
        rows = {row_id: (kind, state, folder) for row_id, kind, state, folder in session.exec(
            select(InboundMessage.id, InboundMessage.kind, InboundMessage.state, InboundMessage.target_folder)
            .where(col(InboundMessage.id).in_(ids))).all()}
    moves: dict[str, list[int]] = {}
    to_mark: list[int] = []
    kinds = []
    for meta, row_id in handled:
        kind, state, target = rows[row_id]
        kinds.append(kind or state)
        if state == "handled":
            moves.setdefault(folder_for(settings, target), []).append(meta.uid)
            to_mark.append(row_id)
        elif state == "filed":
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


def _together(todo: list[tuple[_Fetched, int]], attempts: list[int]) -> bool:
    """Whether a batch is decided in one transaction: two or more messages, each read for the first time."""
    return len(todo) >= 2 and all(a <= 1 for a in attempts)


def _decide_together(engine: Engine, settings: Settings, todo: list[tuple[_Fetched, int]], attempts: list[int],
                     now: datetime, crash: CrashHook, read: Reader) -> bool:
    """Step 2 for a whole batch in one transaction (one commit, so one disk sync, instead of
    one per message); False, with nothing written, when the batch must be handled one message
    at a time instead.

    Only a batch read for the first time qualifies: a message whose earlier attempt failed or
    stopped the process is handled on its own, so a message that keeps failing is parked after
    `max_attempts` without holding back the others. Any error rolls the whole batch back and the
    caller handles each message on its own as before (the documents read stay with the reader).
    A crash before the commit loses the batch's decisions only: each message is recorded and
    nothing of it was sent or moved, so the next poll handles it again."""
    if not _together(todo, attempts):
        return False
    try:
        with Session(engine, expire_on_commit=False) as session:
            ids = [row_id for _, row_id in todo]
            # The batch's records in one SELECT: each message's `session.get` finds its row loaded
            # (held here: the session keeps unchanged objects only while someone refers to them).
            records = session.exec(select(InboundMessage).where(col(InboundMessage.id).in_(ids))).all()
            for item, row_id in todo:
                _decide(engine, settings, item.mail, row_id, now, crash, read, item.envelope, session=session)
            crash("before_commit")
            session.commit()
            del records
    except (OperatorError, TransientError):
        raise
    except Exception as exc:  # noqa: BLE001 -- one message failed: each is handled (and fails) on its own
        log.info("a batch of %d messages is handled one at a time: %s: %s", len(todo), type(exc).__name__,
                 clean_header_text(str(exc), 200))
        return False
    crash("handled")
    return True


def _decide(engine: Engine, settings: Settings, mail: InboundMail, row_id: int | None, now: datetime,
            crash: CrashHook, read: Reader, envelope: Envelope, *, session: Session | None = None) -> None:
    """Step 2: route and write every consequence in one transaction (`session`'s, committed by
    the caller, when given)."""
    if session is not None:
        _write_decision(session, settings, mail, row_id, now, read, envelope)
        return
    with session_scope(engine) as own:
        _write_decision(own, settings, mail, row_id, now, read, envelope)
        crash("before_commit")
    crash("handled")


def _write_decision(session: Session, settings: Settings, mail: InboundMail, row_id: int | None, now: datetime,
                    read: Reader, envelope: Envelope) -> None:
    ctx = Context(mail=mail, settings=settings, session=session, now=now, read=read,
                  envelope=envelope, inbound_id=row_id)
    outcome = route(ctx)
    row = session.get(InboundMessage, row_id)
    assert row is not None
    row.kind, row.outcome, row.reason = outcome.kind, outcome.folder, outcome.reason[:500]
    row.target_folder, row.state = outcome.folder, "handled"
    row.application_id = outcome.application_ids[0] if outcome.application_ids else None
    if outcome.parked:
        row.parked_at, row.reported_at = now, None
    session.add(row)


def _park(engine: Engine, settings: Settings, row_id: int | None, reason: str, now: datetime) -> None:
    """A message that keeps failing goes to the attention folder, parked; the poll's summary tells staff."""
    with session_scope(engine) as session:
        row = session.get(InboundMessage, row_id)
        assert row is not None
        row.state, row.target_folder, row.kind, row.outcome = "handled", ATTENTION, "poison", ATTENTION
        row.reason = clean_header_text(reason, 500)
        row.parked_at, row.reported_at = now, None
        session.add(row)
    log.error("parked message %s in the attention folder: %s", row_id, clean_header_text(reason, 300))


def report_parked(engine: Engine, settings: Settings, now: datetime) -> int:
    """One email to CE staff about every message parked since the last summary; returns how many.

    Staff see each message by the short id mailbot gave it (the row id), and the command to
    release it refers to that id only: no text an outsider chose is ever inside a command."""
    with session_scope(engine) as session:
        rows = session.exec(select(InboundMessage).where(
            col(InboundMessage.parked_at).is_not(None), col(InboundMessage.reported_at).is_(None))
            .order_by(col(InboundMessage.id))).all()
        if not rows:
            return 0
        items = [{"id": r.id, "sender": r.from_addr or "(unknown sender)", "subject": r.subject or "(no subject)",
                  "reason": r.reason, "kind": r.kind} for r in rows]
        if settings.staff.ce:
            enqueue(session, settings, "parked_summary", list(settings.staff.ce), {
                "messages": items, "folder": settings.imap.attention_folder,
            }, dedupe_key=f"parked:{rows[0].id}:{rows[-1].id}:{len(rows)}:{now.isoformat()}", now=now)
        for r in rows:
            r.reported_at = now
            session.add(r)
    log.warning("%d message(s) parked in %s; CE staff were told in one summary", len(items),
                settings.imap.attention_folder)
    return len(items)


MESSAGE_ID = re.compile(r"<[!-;=?-~]{1,500}>")  # RFC 5322 msg-id: printable ASCII, no '<', '>' or spaces


def valid_message_id(value: str) -> bool:
    """A Message-ID as RFC 5322 writes it, and nothing else (it is matched against the server)."""
    return bool(MESSAGE_ID.fullmatch(value)) and value.count("@") == 1


def reprocess(engine: Engine, settings: Settings, message_id: str | None = None) -> int:
    """Put parked messages back in the inbox to be handled afresh; returns how many moved.

    Without `message_id`, every poison message (one that failed `max_attempts` times); with it,
    that message whatever the reason it was parked. Its record keeps its history; only the
    attempt counter and outcome are reset, so the content-hash check cannot mistake it for a
    duplicate."""
    if message_id is not None and not valid_message_id(message_id):
        raise OperatorError(f"{clean_header_text(message_id, 80)!r} is not a Message-ID such as <abc@example.org>")
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
                fresh.parked_at = fresh.reported_at = None
                session.add(fresh)
            moved += 1
    return moved
