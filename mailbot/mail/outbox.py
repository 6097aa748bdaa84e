"""The outbox: rows written with the change that causes them, sent later, exactly once.

Sending one row:  MAIL FROM + RCPT TO  ->  claim the row (conditional UPDATE, committed)  ->  DATA
->  mark sent. A crash before the claim leaves the row pending (sent later); a crash after it
leaves the row 'sending', which a later flush turns into 'uncertain' instead of sending it twice.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import smtplib
import socket
import ssl
import time
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import String, bindparam, case, cast, func, or_, update
from sqlalchemy import select as columns_of
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings, SmtpSettings
from mailbot.mail.addresses import Checked, check_address, redact
from mailbot.mail.message import clean_header_text
from mailbot.store.db import session_scope
from mailbot.mail.emails import make_message
from mailbot.mail.pacing import Pacer
from mailbot.mail.retry import classify, verdict
from mailbot.errors import OperatorError, TransientError
from mailbot.faults import CrashHook, crash_hook_from_env
from mailbot.store.models import OutboundBody, OutboundMail, utcnow

log = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=10)
_MSGID = re.compile(r"<[^<>\s]{1,500}>")


def verp_address(settings: Settings, row_id: int) -> str:
    """The envelope sender for one outgoing email: bounces come back to an address that names
    the row (signed, so a forged bounce cannot mark someone else's mail as bounced)."""
    local, domain = settings.mailbox_address.split("@", 1)
    mac = hmac.new(settings.secret, f"bounce:{row_id}".encode(), hashlib.sha256).hexdigest()[:10]
    return f"{local}+bounce-{row_id}-{mac}@{domain}"


_VERP = re.compile(r"\+bounce-(\d{1,12})-([0-9a-f]{10})@", re.IGNORECASE)


def verp_row_id(settings: Settings, address: str) -> int | None:
    """The outbox row a VERP bounce address names, or None (not ours, or a bad signature)."""
    m = _VERP.search(address)
    if not m or address.lower().split("+", 1)[0] != settings.mailbox_address.split("@", 1)[0].lower():
        return None
    row_id = int(m.group(1))
    return row_id if hmac.compare_digest(verp_address(settings, row_id).lower(), address.lower().strip("<>")) else None


class Recent(NamedTuple):
    """What the caps read of an automated answer sent in the last day."""

    recipients: list[str]
    thread_root: str
    subject: str


def enqueue(
    session: Session,
    settings: Settings,
    template: str,
    to: list[str],
    ctx: dict[str, Any],
    *,
    dedupe_key: str,
    now: datetime,
    application_id: int | None = None,
    inbound_id: int | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    reply_to: str | None = None,
    auto_submitted: str = "auto-generated",
    attach_forms: bool = False,
    stage: str = "",
    message_id: str | None = None,
    unsolicited: bool = False,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    language: str = "en",
) -> OutboundMail | None:
    """Render and queue one email in the caller's transaction (in ``language`` when it goes to an
    applicant or another outsider: mailbot.mail.emails.render). Returns None if already queued
    (same dedupe_key), if the recipient has hit the daily automated-mail cap, if the answer is
    ``unsolicited`` (to a sender with no application) and the global hourly cap is reached, or
    if no recipient address is valid (then a failed row says why)."""
    if session.exec(_QUEUED, params={"key": dedupe_key}).first():
        return None
    checked = [check_address(a) for a in to if a]
    recipients = sorted({c.address for c in checked if not c.problem})
    if not recipients:
        if checked:
            _record_invalid(session, settings, template, dedupe_key, [c for c in checked if c.problem],
                            application_id, inbound_id, now)
        return None
    cap = settings.outbox.per_correspondent_daily_cap
    staff = settings.staff.all_addresses()
    suppressed: str | None = None
    recent: list[Recent] = []
    # The caps are for answers to inbound mail (the loop risk); updates caused by a staff
    # decision are not answers and always go out.
    is_answer = auto_submitted == "auto-replied" and not set(recipients) & staff
    root = (references[:1] or (in_reply_to,))[0] or ""
    thread_cap = settings.outbox.per_thread_daily_cap
    if is_answer and (cap or thread_cap):
        recent = _recent_answers(session, recipients, root if thread_cap else "", bool(thread_cap), now)
        count = sum(1 for r in recent if set(r.recipients) & set(recipients))
        if cap and count >= cap:
            suppressed = f"daily cap reached ({count} automated emails to this correspondent in a day, cap {cap})"
    if unsolicited and suppressed is None:
        suppressed = _unsolicited_cap_reason(session, settings, now)
    out = make_message(
        template, recipients, ctx,
        from_address=settings.mailbox_address, from_name=settings.mailbox_name,
        domain=settings.mailbox_domain, now=now, in_reply_to=in_reply_to,
        references=references, reply_to=reply_to, auto_submitted=auto_submitted,
        attach_forms=attach_forms, message_id=message_id, attachments=attachments,
        templates_folder=settings.templates_folder, language=language,
    ) if suppressed is None else None
    if is_answer and suppressed is None and out is not None and thread_cap:
        suppressed = _thread_cap_reason(recent, recipients, root, out.subject, thread_cap)
    if suppressed is not None:
        log.warning("not sending %s to %s: %s", template, ", ".join(redact(r) for r in recipients), suppressed)
        session.add(OutboundMail(
            dedupe_key=dedupe_key, template=template, message_id=f"<suppressed-{dedupe_key}@mailbot.invalid>",
            recipients=recipients, status="suppressed", application_id=application_id,
            inbound_id=inbound_id, created_at=now, last_error=suppressed[:500], auto_submitted=auto_submitted,
            unsolicited=unsolicited, subject=f"({template})",
        ))
        return None
    assert out is not None
    row = OutboundMail(
        dedupe_key=dedupe_key,
        template=template,
        message_id=out.message_id,
        envelope_from=settings.mailbox_address,
        recipients=recipients,
        subject=out.subject,
        content=OutboundBody(body=out.as_bytes()),
        application_id=application_id,
        stage=stage,
        auto_submitted=auto_submitted,
        thread_root=root,
        inbound_id=inbound_id,
        created_at=now,
        next_attempt_at=now,
        unsolicited=unsolicited,
    )
    session.add(row)
    return row


def _recent_answers(session: Session, recipients: list[str], root: str, by_domain: bool,
                    now: datetime) -> list[Recent]:
    """The automated answers of the last day the caps could count for an answer to `recipients`:
    those to one of them, in the conversation `root` (when given), and with `by_domain` those to
    any address of their domains. A superset of what the caps count (they check each row again),
    found in SQL, so a backlog does not read back every answer of the day for each new one.

    The test is on the JSON text of the recipients column: json.dumps encodes a list element by
    element, so an address in the list appears there exactly as json.dumps writes it alone (SQLite's
    LIKE also ignores ASCII case: more rows, never fewer)."""
    text = cast(OutboundMail.recipients, String)
    wanted = [text.contains(json.dumps(a), autoescape=True) for a in recipients]
    if by_domain:  # '@' + the domain + the closing quote: the end of an address of that domain
        wanted += [text.contains("@" + json.dumps(d)[1:], autoescape=True)
                   for d in sorted({r.rsplit("@", 1)[-1] for r in recipients})]
    if root:
        wanted.append(col(OutboundMail.thread_root) == root)
    # Only the columns the caps read (not the bodies).
    return [Recent(list(r), t, s) for r, t, s in session.exec(
        select(OutboundMail.recipients, OutboundMail.thread_root, OutboundMail.subject)
        .where(OutboundMail.created_at >= now - timedelta(days=1), OutboundMail.status != "suppressed",
               OutboundMail.auto_submitted == "auto-replied", or_(*wanted))
    ).all()]


def _record_invalid(session: Session, settings: Settings, template: str, dedupe_key: str, bad: list[Checked],
                    application_id: int | None, inbound_id: int | None, now: datetime) -> None:
    """A row that can never be sent: kept as 'failed' with the reason, so `status` shows it."""
    reason = "; ".join(f"{redact(c.address)}: {c.problem}" for c in bad)[:500]
    log.warning("not queuing %s: no valid recipient (%s)", template, reason)
    row = OutboundMail(
        dedupe_key=dedupe_key, template=template, message_id=f"<invalid-{dedupe_key}@mailbot.invalid>",
        recipients=[clean_header_text(c.address, 200) for c in bad], status="failed",
        application_id=application_id, inbound_id=inbound_id, created_at=now,
        last_error=f"not sent: {reason}"[:500],
    )
    session.add(row)
    session.flush()
    tell_staff_of_failure(session, settings, row, now)


def _unsolicited_cap_reason(session: Session, settings: Settings, now: datetime) -> str | None:
    """The global hourly cap on answers to senders who have no application: per address and per
    thread caps do not bound how many different (forged) addresses one can make us write to.

    Reaching it raises the operator alert of its cause (once while it holds; CE staff hear when no
    operator is set); the first answer under the cap again closes it."""
    # Imported here: the alert engine queues its own email through this module.
    from mailbot.mail.alerting import UNSOLICITED_CAP, raise_alert, resolve

    cap = settings.outbox.unsolicited_hourly_cap
    if not cap:
        return None
    since = now - timedelta(hours=1)
    count = int(session.exec(select(func.count()).select_from(OutboundMail).where(
        col(OutboundMail.unsolicited).is_(True), OutboundMail.created_at >= since,
        OutboundMail.status != "suppressed")).one())
    if count < cap:
        resolve(session, settings, UNSOLICITED_CAP, now, waited="answers to senders with no application go out again")
        return None
    raise_alert(session, settings, UNSOLICITED_CAP,
                f"The hourly cap on answers to senders with no application ({cap}) was reached. Further answers "
                "of this kind are not sent for the rest of the hour; each one is listed in the weekly digest. "
                "Many different senders in one hour usually means forged mail.", now)
    return f"hourly cap on answers to senders with no application reached ({count} in the last hour, cap {cap})"


def tell_staff_of_failure(session: Session, settings: Settings, row: OutboundMail, now: datetime) -> None:
    """CE staff hear once that an email about an application will never arrive.

    Answers to senders with no application are not reported one by one (forged senders would
    turn that into a flood); `mailbot status` and the digest count them.
    """
    if row.application_id is None or row.template in ("delivery_failed", "operator_alert"):
        return
    from mailbot.store.models import Application

    app = session.get(Application, row.application_id)
    enqueue(session, settings, "delivery_failed", list(settings.staff.ce), {
        "template": row.template, "recipients": [redact(r) for r in row.recipients],
        "reason": row.last_error, "reference": app.reference if app else "", "title": app.title if app else "",
        "row_id": row.id,
    }, dedupe_key=f"delivery-failed:{row.id}", now=now, application_id=row.application_id)


def _thread_cap_reason(recent: list[Recent], recipients: list[str], root: str | None,
                       subject: str, cap: int) -> str | None:
    """The per-thread cap: at most `cap` automated answers a day in one
    conversation, whoever the recipients are, so it holds when a loop rotates addresses.

    A conversation is recognised twice over, because either may lie: by its root Message-ID
    (our References[0] / In-Reply-To) and by the normalised subject sent to the same domain.
    """
    from mailbot.mail.message import normalised_subject

    topic = normalised_subject(subject)
    domains = {r.rsplit("@", 1)[-1] for r in recipients}
    by_root = by_topic = 0
    for r in recent:
        if root and r.thread_root == root:
            by_root += 1
        if topic and normalised_subject(r.subject) == topic and {x.rsplit("@", 1)[-1] for x in r.recipients} & domains:
            by_topic += 1
    if by_root >= cap:
        return f"thread cap reached ({by_root} automated answers in this conversation in a day, cap {cap})"
    if by_topic >= cap:
        return f"thread cap reached ({by_topic} automated answers on this subject in a day, cap {cap})"
    return None


class SmtpTransport:
    """One SMTP connection, opened lazily, used for a whole flush (or, passed to each flush of a
    poll, for all of that poll's sends: see `flush`)."""

    def __init__(self, settings: SmtpSettings, *, tokens: Any = None) -> None:
        self.settings = settings
        self.tokens = tokens  # a mailbot.mail.oauth.TokenProvider for auth = "oauth2"; default: per [oauth2]
        self.conn: smtplib.SMTP | None = None

    def open(self) -> smtplib.SMTP:
        if self.conn is not None:
            return self.conn
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            # Only a TLS connection needs a context (loading the CA store costs ~70 ms of CPU).
            ctx = ssl.create_default_context(cafile=s.cafile) if s.security != "none" else None
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ctx)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    conn.starttls(context=ctx)
            if s.auth == "oauth2":
                self._xoauth2(conn)
            elif s.username and s.auth != "none":
                conn.login(s.username, s.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            if s.auth == "oauth2":
                raise OperatorError(
                    f"The SMTP server {where} refused the OAuth2 token for {s.username} ({exc.smtp_code}); check that the app "
                    "registration has SMTP.SendAsApp, that SMTP AUTH is enabled for this mailbox, and [smtp] username."
                ) from None
            raise OperatorError(
                f"The SMTP server {where} refused the login for {s.username}; check [smtp] username and the password in the environment variable named by [smtp] password_env."
            ) from None
        except ssl.SSLError as exc:
            raise OperatorError(f"TLS with the SMTP server {where} failed ({exc.reason or exc}); check [smtp] security and port.") from None
        except socket.gaierror:
            raise OperatorError(f"The SMTP host {s.host} cannot be resolved; check [smtp] host.") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransientError(f"The SMTP server {where} cannot be reached ({exc}); mail stays queued and is retried.") from None
        self.conn = conn
        return conn

    def _xoauth2(self, conn: smtplib.SMTP) -> None:
        from mailbot.mail.oauth import SMTP_SCOPE, provider_for, xoauth2_string

        s = self.settings
        assert s.oauth2 is not None and s.username, "config guarantees [oauth2] and a username"
        tokens = self.tokens or provider_for(s.oauth2)
        scope = s.oauth2.scope or SMTP_SCOPE
        initial = xoauth2_string(s.username, tokens.token(scope))
        # smtplib calls this with no argument for the initial response; a 334 challenge after
        # it carries the server's JSON error, which XOAUTH2 answers with an empty line.
        try:
            conn.ehlo_or_helo_if_needed()
            conn.auth("XOAUTH2", lambda challenge=None: initial if challenge is None else "")
        except smtplib.SMTPAuthenticationError:
            tokens.invalidate(scope)
            raise

    def check(self) -> None:
        """Before a connection kept from an earlier flush is used again: a NOOP, and a connection
        the server has closed meanwhile (idle timeout) is dropped, so the next send opens a new
        one instead of taking the dead one for an unreachable server."""
        if self.conn is None:
            return
        try:
            code, _ = self.conn.noop()
        except (OSError, smtplib.SMTPException):
            code = 0
        if code != 250:
            self.close()

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except Exception:
                try:
                    self.conn.close()
                except Exception:
                    pass
            self.conn = None


def mark_stale_claims(engine: Engine, now: datetime) -> int:
    """Rows left 'sending' by a dead process: we cannot know whether DATA completed."""
    with session_scope(engine) as session:
        result = session.exec(
            update(OutboundMail)
            .where(col(OutboundMail.status) == "sending", col(OutboundMail.claimed_at) < now - STALE_CLAIM)
            .values(status="uncertain", last_error="the process stopped while sending; check whether it arrived")
        )
        n = int(result.rowcount or 0)
    if n:
        log.error("%d outgoing emails may or may not have been sent (process stopped mid-send); see `mailbot status`", n)
    return n


def _due_ids(engine: Engine, now: datetime, skip: set[int]) -> list[int]:
    """Pending rows that are due, answers to inbound mail first (an applicant waits for the
    acknowledgement; staff notices and digests can follow), then in the order they were queued."""
    answers_first = case((col(OutboundMail.auto_submitted) == "auto-replied", 0), else_=1)
    with Session(engine) as session:
        ids = session.exec(
            select(OutboundMail.id)
            .where(OutboundMail.status == "pending", OutboundMail.next_attempt_at <= now)
            .order_by(answers_first, col(OutboundMail.id))
        ).all()
    return [i for i in ids if i is not None and i not in skip]


def flush(engine: Engine, settings: Settings, now: datetime | None = None,
          crash: CrashHook | None = None, *, pacer: Pacer | None = None,
          max_seconds: float | None = None, transport: SmtpTransport | None = None) -> dict[str, int]:
    """Send every due pending row (rows queued while it runs too), each at most once per call,
    answers to applicants first. Returns counts by result (sent, retry, failed, skipped; and
    unreachable = 1 when the server could not be reached, see mailbot.mail.retry). Never raises
    for a single bad row; raises OperatorError when the server refuses our login.

    `pacer` spaces the sends ([smtp] max_per_minute; one per call unless the caller keeps one
    across calls); `max_seconds` stops a long paced flush so that the caller can read new mail.
    `transport`: a connection the caller keeps across flushes (and closes); by default one is
    opened for this flush and closed at its end.

    Commits: one per email. Marking email N 'sent' is written in the same transaction that
    claims email N+1 (or at the end): a process killed in between leaves N 'sending', which
    becomes 'uncertain' (checked by a person), never sent twice. The row is read and claimed with
    plain statements (no ORM session): in a backlog the ORM's per-email set-up cost more CPU than
    the SMTP conversation."""
    now = now or utcnow()
    crash = crash or crash_hook_from_env()
    pacer = pacer or Pacer(settings.smtp.max_per_minute)
    stop_at = None if max_seconds is None else time.monotonic() + max_seconds
    mark_stale_claims(engine, now)
    counts = {"sent": 0, "retry": 0, "failed": 0, "skipped": 0}
    worker = f"{socket.gethostname()}:{os.getpid()}"
    tried: set[int] = set()
    just_sent: list[int] = []  # sent, not yet marked: written with the next transaction

    def settle(db: Connection) -> None:
        if just_sent:
            db.execute(_MARK_SENT, {"ids": list(just_sent), "when": now})
            just_sent.clear()

    own = transport is None
    if transport is None:
        transport = SmtpTransport(settings.smtp)
    else:
        transport.check()
    try:
        server_down = False
        while not server_down:
            due = _due_ids(engine, now, tried)
            if not due:
                break
            ahead: dict[int, Any] = {}
            for n, row_id in enumerate(due):
                if stop_at is not None and time.monotonic() > stop_at:
                    server_down = True  # out of time: the rest waits for the next flush
                    break
                tried.add(row_id)
                if row_id not in ahead:
                    # The next few rows in one SELECT. What it reads may be stale by the time a
                    # row is sent: the claim below sends only a row still pending.
                    with engine.connect() as db:
                        ahead = {r.id: r for r in db.execute(_TO_SEND, {"ids": due[n:n + _READ_AHEAD]})}
                row = ahead.get(row_id)
                if row is None or row.status != "pending":
                    counts["skipped"] += 1
                    continue
                try:
                    pacer.wait()
                    conn = transport.open()
                    conn.ehlo_or_helo_if_needed()
                    envelope = verp_address(settings, row_id) if settings.outbox.verp else row.envelope_from
                    options: list[str] = []
                    if any(not r.isascii() for r in row.recipients):
                        if not conn.has_extn("smtputf8"):
                            raise Undeliverable(
                                "the recipient's address has non-ASCII characters and the SMTP server "
                                f"{settings.smtp.host} does not offer SMTPUTF8, so it cannot be sent")
                        options.append("SMTPUTF8")
                    code, resp = conn.mail(envelope, options)
                    if code >= 400:
                        raise smtplib.SMTPSenderRefused(code, resp, envelope)
                    accepted = []
                    for rcpt in row.recipients:
                        code, resp = conn.rcpt(rcpt)
                        if code < 400:
                            accepted.append(rcpt)
                        elif code < 500:
                            raise smtplib.SMTPResponseException(code, resp)
                    if not accepted:
                        raise smtplib.SMTPRecipientsRefused({r: (550, b"refused") for r in row.recipients})
                    with engine.begin() as db:
                        settle(db)
                        claimed = db.execute(_CLAIM, {"row_id": row_id, "worker": worker, "when": now})
                    if not claimed.rowcount:
                        conn.rset()
                        counts["skipped"] += 1
                        continue
                    crash("before_data")
                    code, resp = _data(conn, row.body or b"")
                    if code >= 400:
                        raise smtplib.SMTPDataError(code, resp)
                    crash("after_data")
                    just_sent.append(row_id)
                    counts["sent"] += 1
                    log.info("sent %s %s to %s", row.template, row.message_id,
                             ", ".join(redact(r) for r in row.recipients))
                except OperatorError:
                    raise
                except Exception as exc:  # one row must never stop the outbox: classify, record, go on
                    kind = "permanent" if _permanent(exc) else classify(exc)
                    # retry.classify is the one place that says the server is gone (smtplib's errors are OSErrors too).
                    connection_lost = kind == "unreachable"
                    if connection_lost or not isinstance(exc, Undeliverable):
                        transport.close()  # the session may be mid-transaction: start the next row afresh
                    with session_scope(engine) as session:
                        settle(session.connection())
                        fresh = session.get(OutboundMail, row_id)
                        if fresh is None:
                            continue
                        fresh.last_error = str(exc)[:500]
                        # Claimed, then no SMTP answer to DATA (a timeout, a dropped connection): the
                        # server may have queued it. Resending could deliver it twice, so a person decides.
                        if fresh.status == "sending" and not isinstance(exc, smtplib.SMTPResponseException):
                            fresh.status = "uncertain"
                            fresh.last_error = f"no answer to DATA ({exc}); check whether it arrived"[:500]
                            counts["failed"] += 1
                            log.error("%s %s may or may not have been sent: %s", fresh.template, fresh.message_id, exc)
                        else:
                            # A claimed row's attempt was counted by the claim.
                            before = fresh.attempts - (1 if fresh.status == "sending" else 0)
                            v = verdict(settings, kind, attempts=before, created_at=fresh.retry_from or fresh.created_at,
                                        next_attempt_at=fresh.next_attempt_at, now=now, error=str(exc))
                            fresh.status, fresh.attempts, fresh.next_attempt_at = v.status, v.attempts, v.next_attempt_at
                            counts["failed" if v.status == "failed" else "retry"] += 1
                            (log.error if v.status == "failed" else log.warning)(
                                "%s %s: %s", fresh.template, fresh.message_id, v.log_line)
                            if v.status == "failed":
                                tell_staff_of_failure(session, settings, fresh, now)
                        session.add(fresh)
                    if connection_lost:
                        counts["unreachable"] = counts.get("unreachable", 0) + 1
                        server_down = True  # the server is down: leave the rest for the next flush
                        break
    finally:
        if just_sent:
            with engine.begin() as db:
                settle(db)
        if own:
            transport.close()
    return counts


# Is an email of this dedupe key queued already? Built once: enqueue asks it for every email.
_QUEUED = select(OutboundMail.id).where(OutboundMail.dedupe_key == bindparam("key"))
# The statements of sending one row, built once (a backlog runs them for every email).
_TO_SEND = columns_of(
    col(OutboundMail.id), col(OutboundMail.status), col(OutboundMail.envelope_from), col(OutboundMail.recipients),
    col(OutboundBody.body), col(OutboundMail.template), col(OutboundMail.message_id),
).select_from(OutboundMail).outerjoin(OutboundBody, col(OutboundBody.outbound_id) == OutboundMail.id).where(
    col(OutboundMail.id).in_(bindparam("ids", expanding=True)))
# Rows read per SELECT: bodies held at once are bounded, the statement is paid once per few emails.
_READ_AHEAD = 16
# The claim: only a row still pending, so two processes never both send it.
_CLAIM = update(OutboundMail).where(
    col(OutboundMail.id) == bindparam("row_id"), col(OutboundMail.status) == "pending",
).values(status="sending", claimed_by=bindparam("worker"), claimed_at=bindparam("when"),
         attempts=col(OutboundMail.attempts) + 1)
_MARK_SENT = update(OutboundMail).where(col(OutboundMail.id).in_(bindparam("ids", expanding=True))).values(
    status="sent", sent_at=bindparam("when"), last_error="")


def _data(conn: smtplib.SMTP, body: bytes) -> tuple[int, bytes]:
    """smtplib.SMTP.data for a body of CRLF lines, with its dot-stuffing done by two byte
    replacements instead of a multi-line regular expression run over the whole body (a backlog
    sends megabytes of attached documents). Same bytes on the wire, same answers and errors."""
    conn.putcmd("data")
    code, reply = conn.getreply()
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    # RFC 5321 4.5.2: a line that begins with "." gets one more; `(?m)^\.` is the start of the
    # body and every position after a LF.
    stuffed = body.replace(b"\n.", b"\n..")
    if stuffed.startswith(b"."):
        stuffed = b"." + stuffed
    if not stuffed.endswith(b"\r\n"):
        stuffed += b"\r\n"
    conn.send(stuffed + b".\r\n")
    return conn.getreply()


class Undeliverable(Exception):
    """This email can never be sent as it is (the reason is the message); other rows can."""


def _permanent(exc: Exception) -> bool:
    """Retrying cannot help: a 5xx answer, every recipient refused, or an email that cannot be
    expressed on this connection (a non-ASCII address without SMTPUTF8, an unencodable value)."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    return isinstance(exc, (smtplib.SMTPRecipientsRefused, Undeliverable, UnicodeError, ValueError))



def queued_since(session: Session, *, key_prefix: str, recipient: str, application_id: int | None,
                 since: datetime) -> bool:
    """Was an email whose dedupe key starts with ``key_prefix`` queued to ``recipient`` about
    ``application_id`` since ``since`` (suppressed ones aside)?"""
    rows = session.exec(select(OutboundMail.recipients).where(
        col(OutboundMail.dedupe_key).startswith(key_prefix), OutboundMail.application_id == application_id,
        OutboundMail.created_at >= since, OutboundMail.status != "suppressed")).all()
    return any(recipient.lower() in [r.lower() for r in recipients] for recipients in rows)



def problems(session: Session) -> list[OutboundMail]:
    """Outgoing mail a person may need to look at: anything not (yet) sent."""
    return list(session.exec(
        select(OutboundMail).where(col(OutboundMail.status).in_(
            ("pending", "failed", "uncertain", "bounced", "suppressed"))).order_by(col(OutboundMail.id))).all())


def requeue(session: Session, row_id: int, now: datetime) -> str:
    """Send a failed or uncertain email again (a person decided it did not arrive).
    Returns one sentence saying what happened."""
    row = session.get(OutboundMail, row_id)
    if row is None:
        return f"There is no outgoing email with id {row_id}."
    if row.status not in ("failed", "uncertain"):
        return f"Email {row_id} is {row.status}; only failed or uncertain emails can be sent again."
    row.status, row.attempts, row.next_attempt_at, row.claimed_at, row.retry_from = "pending", 0, now, None, now
    row.last_error = f"requeued by an operator at {now.isoformat(timespec='seconds')}"
    session.add(row)
    return f"Email {row_id} ({row.template} to {', '.join(row.recipients)}) will be sent by the next flush."


def requeue_all(session: Session, status: str, now: datetime) -> list[int]:
    """Send every email of one status ('failed' or 'uncertain') again; returns their ids."""
    if status not in ("failed", "uncertain"):
        raise ValueError(status)
    ids = [int(i) for i in session.exec(
        select(OutboundMail.id).where(OutboundMail.status == status).order_by(col(OutboundMail.id))).all() if i is not None]
    for row_id in ids:
        requeue(session, row_id, now)
    return ids
