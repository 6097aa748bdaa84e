"""Scanned documents read by OCR in the background, so a scan never slows other mail.

The database is the schedule: intake writes one :class:`~mailbot.store.models.OcrJob` row per
scanned attachment it keeps, in the transaction that records the message. :func:`run` claims one
row at a time with a conditional UPDATE (a second process, or a run after a crash, cannot take a
row another holds unless its claim is older than the time limit), reads the scan outside any
transaction (seconds a page, in the parse sandbox's worker), then applies the result in one
transaction that first checks the claim is still its own. Every email it queues has a dedupe
key naming the job, so nothing is sent twice.

What a reading does:

- the scan belongs to an application waiting for it (the email said it sent a form): a concept
  form fills the application's fields, all of them uncertain (a person confirms what OCR read);
  anything else (a letter, another document, a picture) is recorded as "not a form", and the
  application keeps nothing claimed missing. Staff hear either way.
- the scan came with an application that has its form already (a letter scanned beside it) or in
  a later reply: a form read from it is a revision; anything else is recorded for staff.
- the scan came alone, with no word that it is a form (nobody was answered): a concept form
  becomes an application now, acknowledged now; anything else stays with its message in the
  attention folder and nobody is emailed.
"""
from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

import mailbot_parsers as parsers
from mailbot.config import Settings
from mailbot.mail.emails import field_label
from mailbot.mail.message import parse_message
from mailbot.review import decisions, formdata
from mailbot.store.db import session_scope
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Document, Event, InboundMessage, OcrJob, raw_of, utcnow

log = logging.getLogger(__name__)

__all__ = ["OcrReport", "ScanReader", "queue", "run"]

#: Reads one scan: bytes and file name -> a ParseResult, or raises a ParseError.
ScanReader = Callable[[bytes, str], parsers.ParseResult]

#: A claim older than this was left by a process that died mid-reading: another run may take it.
STALE_CLAIM = timedelta(minutes=15)
# the sandbox's time or memory limit, a dead worker, or a page's OCR past its time limit (the same
# page reads in seconds once the machine is less busy): worth another try, up to max_attempts
_TRANSIENT = ("unreadable", "ocr_timeout")
_NOT_FORM = {"letter_of_support": "a letter", "image": "a picture with no readable text", "blank": "a blank page"}


@dataclass
class OcrReport:
    read: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


def queue(session: Session, document: Document, now: datetime) -> None:
    """A row asking for ``document`` to be read by OCR (in the caller's transaction)."""
    assert document.id is not None
    session.add(OcrJob(document_id=document.id, created_at=now))


def pending(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(OcrJob.id).where(col(OcrJob.state).in_(("pending", "claimed")))).all())


def _claim(engine: Engine, worker: str, now: datetime) -> int | None:
    """The id of one job this worker now holds, or None when nothing is waiting."""
    stale = now - STALE_CLAIM
    waiting = or_(col(OcrJob.state) == "pending",
                  and_(col(OcrJob.state) == "claimed", col(OcrJob.claimed_at) < stale))
    with session_scope(engine) as session:
        for job_id in session.exec(select(OcrJob.id).where(waiting).order_by(col(OcrJob.id)).limit(5)).all():
            if job_id is None:
                continue
            taken = session.exec(
                update(OcrJob).where(col(OcrJob.id) == job_id, waiting)
                .values(state="claimed", claimed_by=worker, claimed_at=now, attempts=col(OcrJob.attempts) + 1))
            if taken.rowcount == 1:
                return int(job_id)
    return None


def run(engine: Engine, settings: Settings, read: ScanReader, now: datetime | None = None, *,
        limit: int = 50) -> OcrReport:
    """Read every scan waiting for OCR (at most ``limit``). Safe to run in several processes."""
    report = OcrReport()
    worker = secrets.token_hex(6)
    for _ in range(limit):
        when = now or utcnow()
        job_id = _claim(engine, worker, when)
        if job_id is None:
            break
        with Session(engine) as session:
            job = session.get(OcrJob, job_id)
            assert job is not None
            doc = session.get(Document, job.document_id)
            data, filename, attempts = (doc.data or b"", doc.filename, job.attempts) if doc else (b"", "", 0)
        result: parsers.ParseResult | None = None
        error: parsers.ParseError | None = None
        try:
            result = read(data, filename)
        except parsers.ParseError as exc:
            error = exc
        with session_scope(engine) as session:
            job = session.get(OcrJob, job_id)
            if job is None or job.state != "claimed" or job.claimed_by != worker:
                continue  # another run took it over after our claim went stale; its result counts
            if error is not None and error.code in _TRANSIENT and attempts < settings.intake.max_attempts:
                job.state, job.claimed_by, job.last_error = "pending", "", error.detail[:500]
                session.add(job)
                log.warning("OCR of document %d: %s; will try again", job.document_id, error.code)
                continue
            _finish(session, settings, job, result, error, when)
        key = job.outcome if result is not None else "failed"
        report.outcomes[key] = report.outcomes.get(key, 0) + 1
        if result is not None:
            report.read += 1
        else:
            report.failed += 1
    return report


def _finish(session: Session, settings: Settings, job: OcrJob, result: parsers.ParseResult | None,
            error: parsers.ParseError | None, now: datetime) -> None:
    """Record what OCR showed, update the application, tell whoever must hear (one transaction)."""
    doc = session.get(Document, job.document_id)
    assert doc is not None
    job.done_at = now
    if result is None:
        assert error is not None
        job.state, job.outcome, job.last_error = "failed", "", f"{error.code}: {error.detail}"[:500]
        doc.parse_result = {**doc.parse_result, "ocr_error": error.code}
    else:
        job.state, job.outcome = "done", result.kind
        doc.parse_result = {**result.to_json(), "kind": result.kind, "read_by": "ocr"}
        doc.role = "form" if result.is_concept_form else (
            "letter_of_support" if result.kind == "letter_of_support" else "other")
    session.add(job)
    session.add(doc)
    log.info("OCR of document %d (%s): %s", doc.id, doc.inbound_id, job.outcome or job.last_error)
    if doc.application_id is not None:
        app = session.get(Application, doc.application_id)
        assert app is not None
        _update_application(session, settings, app, doc, job, result, error, now)
    elif result is not None and result.is_concept_form:
        _late_submission(session, settings, doc, job, result, now)


def _update_application(session: Session, settings: Settings, app: Application, doc: Document, job: OcrJob,
                        result: parsers.ParseResult | None, error: parsers.ParseError | None, now: datetime) -> None:
    waiting = app.awaiting == "ocr" and app.version == doc.version
    later = doc.inbound_id != app.source_message_id  # sent in a reply: a revision
    changed: list[str] = []
    applied = bool(result is not None and result.is_concept_form and (waiting or later or app.awaiting))
    if applied:
        if not waiting:
            app.version += 1  # a scanned revision: a new reading (staff corrections it leaves alone stand)
        changed = formdata.apply_reading(app, formdata.Reading.of(result, by="ocr"))
        app.needs_manual_review = True  # a person confirms every value OCR read
        app.awaiting = ""
        what = "a concept form; its fields were read by OCR and are all uncertain until a person confirms them"
    elif result is not None and result.is_concept_form:
        # A second form scanned beside the one that was read: the readable one stays the reading.
        what = "a concept form beside the form already read; its values were not used (compare them by hand)"
    elif result is not None:
        what = f"not a concept form (OCR shows {_NOT_FORM.get(result.kind, 'another kind of document')})"
    else:
        assert error is not None
        what = ("not read: OCR is not installed on the server" if isinstance(error, parsers.OcrUnavailable)
                else "not read: OCR could not read the file")
    if waiting:
        app.awaiting = ""  # nothing more will come from this scan: what is known is known
    session.add(app)
    session.add(Event(application_id=app.id, at=now, kind=EventKind.OCR_READ, actor="mailbot",
                      inbound_id=doc.inbound_id, comment=f"{doc.filename}: {what}",
                      data={"document_id": doc.id, "outcome": job.outcome, "changed": changed,
                            "error": job.last_error[:200]}))
    session.flush()
    decisions.tell_reviewers(session, settings, app, now, "fields_read", {
        "event": "ocr", "filename": doc.filename, "kind": job.outcome, "what": what,
        "is_form": applied, "failed": result is None,
        "no_form_left": waiting and not (result is not None and result.is_concept_form),
        "answered": [], "rows": formdata.field_rows(app),
        "missing": [field_label(k) for k in app.missing_required],
        "uncertain": [field_label(k) for k in app.uncertain_fields],
    }, key=f"ocr:{job.id}", inbound_id=doc.inbound_id)


def _late_submission(session: Session, settings: Settings, doc: Document, job: OcrJob,
                     result: parsers.ParseResult, now: datetime) -> None:
    """A scan that came alone turned out to be a concept form: it becomes an application now."""
    from mailbot.intake.table import NewApplication, ack_item, acknowledge, create_application

    inbound = session.get(InboundMessage, doc.inbound_id)
    raw = raw_of(session, doc.inbound_id)
    if inbound is None or raw is None:
        return
    mail = parse_message(raw)
    if mail.sender is None:
        return
    title = str(result.fields.get("proposal_title") or doc.filename)[:300]
    new = NewApplication(formdata.Reading.of(result, by="ocr"), doc.filename, title, manual=True)
    app = create_application(session, settings, mail, inbound, now, new)
    doc.application_id = app.id
    session.add(doc)
    for other in session.exec(select(Document).where(Document.inbound_id == inbound.id,
                                                     col(Document.application_id).is_(None))).all():
        other.application_id = app.id
        session.add(other)
    inbound.application_id, inbound.kind = app.id, "submission"
    session.add(inbound)
    acknowledge(session, settings, mail, inbound, now, [app], [ack_item(app, new, [], [])])
    session.add(Event(application_id=app.id, at=now, kind=EventKind.OCR_READ, actor="mailbot",
                      inbound_id=inbound.id, comment=f"{doc.filename}: a concept form, read by OCR"))
    decisions.request_review(session, settings, app, now, key=f"{app.id}:new", inbound_id=inbound.id,
                             documents=[doc.filename], problem="a scan read by OCR: every value is uncertain")
