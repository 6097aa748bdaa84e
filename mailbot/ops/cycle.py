"""One poll cycle as the service and `poll --once` run it: read the mailbox, send the outbox,
and tell the operator and the monitors how it went (alerts, heartbeat, metrics)."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine

from mailbot.config import Settings
from mailbot.errors import MailbotError, OperatorError, TransientError
from mailbot.intake.poller import PollReport, poll_once
from mailbot.intake.table import Extractor, parse_in_process
from mailbot.mail.outbox import SmtpTransport, flush
from mailbot.mail.pacing import Pacer
from mailbot.mail import alerting as alerts
from mailbot.ops import liveness
from mailbot.store.models import utcnow

log = logging.getLogger(__name__)


@dataclass
class SendResult:
    counts: dict[str, int] = field(default_factory=lambda: {"sent": 0, "retry": 0, "failed": 0, "skipped": 0})
    error: MailbotError | None = None  # OperatorError (login refused) or TransientError (unreachable)

    def add(self, later: SendResult) -> None:
        """Count a later send of the same cycle in this one; its error is kept if there was none."""
        for k, v in later.counts.items():
            self.counts[k] = self.counts.get(k, 0) + v
        self.error = self.error or later.error


@dataclass
class CycleResult:
    report: PollReport | None
    sent: SendResult
    poll_error: MailbotError | None = None

    @property
    def error(self) -> MailbotError | None:
        """The error that decides the exit code: the operator's before the temporary one."""
        errors = [e for e in (self.poll_error, self.sent.error) if e is not None]
        return next((e for e in errors if isinstance(e, OperatorError)), errors[0] if errors else None)

    @property
    def healthy(self) -> bool:
        return self.error is None


def send(engine: Engine, settings: Settings, now: datetime | None = None, *, pacer: Pacer | None = None,
         max_seconds: float | None = None, transport: SmtpTransport | None = None) -> SendResult:
    """Flush the outbox (all of it: a queue held through an outage goes out at once) and record
    SMTP failures and recoveries as alerts. `pacer`, `max_seconds` and `transport` are flush's."""
    result = SendResult()
    when = now or utcnow()
    recovered = False
    # One flush sends everything due; a second one only for the recovery email queued after it.
    for _ in range(2):
        try:
            counts = flush(engine, settings, now=now, pacer=pacer, max_seconds=max_seconds, transport=transport)
        except OperatorError as exc:
            alerts.record_failure(engine, settings, "smtp_refused", str(exc), when)
            result.error = exc
            break
        for k, v in counts.items():
            result.counts[k] = result.counts.get(k, 0) + v
        if counts.get("unreachable"):
            alerts.record_failure(engine, settings, "smtp", "the SMTP server cannot be reached", when)
            result.error = TransientError(
                f"The SMTP server {settings.smtp.host}:{settings.smtp.port} cannot be reached; mail stays queued.")
            break
        more = False
        if counts["sent"] and not recovered:
            alerts.resolve(engine, settings, "smtp_refused", when)
            waiting = _pending(engine, due_by=now)
            # The recovery email joins the end of the queue it reports on; one more batch sends it.
            recovered = alerts.resolve(engine, settings, "smtp", when, waited=(
                f"{result.counts['sent']} queued emails were sent when mail worked again"
                + (f"; {waiting} more are being sent now" if waiting else "")))
            more = recovered
        if not more:
            break
    return result


def _pending(engine: Engine, due_by: datetime | None = None) -> int:
    from sqlalchemy import func
    from sqlmodel import Session, select

    from mailbot.store.models import OutboundMail

    when = due_by or utcnow()
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(OutboundMail).where(
            OutboundMail.status == "pending", OutboundMail.next_attempt_at <= when)).one())


class _Sender:
    """Runs `send` on a thread of its own each time `kick` is called (once more when kicked while
    it runs), so the mail of filed batches goes out while the poll reads and decides the next ones:
    on a backlog the poller's thread is the slowest step, and an SMTP conversation is mostly
    waiting for the server (and, per email, for the claim's commit to reach the disk). The claims
    keep their order and their guarantee (committed before DATA, one process or thread per row);
    the database serialises the claims with the poller's transactions."""

    def __init__(self, send: Callable[[], None]) -> None:
        self._send = send
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._pending = self._stopping = False
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def kick(self) -> None:
        with self._lock:
            self._pending = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="mailbot-send", daemon=True)
                self._thread.start()
        self._wanted.set()

    def _loop(self) -> None:
        while True:
            self._wanted.wait()
            with self._lock:
                pending, self._pending = self._pending, False
                if not self._stopping:
                    self._wanted.clear()
                elif not pending:
                    return
            if pending:
                try:
                    self._send()
                except BaseException as exc:  # noqa: BLE001 -- raised again on the poll's thread by close()
                    self._error = exc
                    return

    def close(self, *, reraise: bool = True) -> None:
        """Wait for the sends asked for so far to end; raise what the thread raised."""
        with self._lock:
            self._stopping = True
        self._wanted.set()
        if self._thread is not None:
            self._thread.join()
        error, self._error = self._error, None
        if error is not None and reraise:
            raise error


def poll_cycle(engine: Engine, settings: Settings, now: datetime | None = None,
               extract: Extractor = parse_in_process, *, pacer: Pacer | None = None,
               max_seconds: float | None = None, readers: int = 1) -> CycleResult:
    """Read new mail, send the outbox, record alerts, ping the heartbeat when all went well.
    `readers`: poll_once's (how many messages' attachments are read at once)."""
    when = now or utcnow()
    report: PollReport | None = None
    poll_error: MailbotError | None = None
    sent = SendResult()
    # One SMTP connection for every send of the cycle (a backlog sends after each batch): no
    # new connection, greeting and EHLO per batch.
    transport = SmtpTransport(settings.smtp)

    def send_filed() -> None:
        # What a filed batch queued goes out while the next batch is read (on the sender's
        # thread; the last time on this one, once that thread has ended), through the same
        # send() as the outbox's flush after the poll: the same counts, alerts and errors. Once a
        # send fails, nothing more is sent in this cycle (as one flush stops at a lost server).
        if sent.error is None:
            sent.add(send(engine, settings, now=now, pacer=pacer, max_seconds=max_seconds, transport=transport))

    # With pacing on, one flush after the poll orders the whole backlog's mail (acknowledgements
    # before staff notices) and no paced wait holds up reading the mailbox. Without, each filed
    # batch's mail is sent on the sender's thread while this one reads on.
    sender = _Sender(send_filed) if not settings.smtp.max_per_minute else None
    try:
        try:
            report = poll_once(engine, settings, now=now, extract=extract, readers=readers,
                               between_batches=sender.kick if sender is not None else None)
        except OperatorError as exc:
            poll_error = exc
            alerts.record_failure(engine, settings, "imap_refused", str(exc), when)
        except TransientError as exc:
            poll_error = exc
            alerts.record_failure(engine, settings, "imap", str(exc), when)
        else:
            alerts.resolve(engine, settings, "imap_refused", when)
            alerts.resolve(engine, settings, "imap", when,
                           waited=f"{report.fetched} new messages were read when the mailbox could be read again")
        if sender is not None:
            sender.close()  # (its sends end before this thread's use the same connection)
        # The outbox goes out even when the mailbox failed: the alert about it is in there.
        send_filed()
    finally:
        if sender is not None:
            sender.close(reraise=False)
        transport.close()
    result = CycleResult(report, sent, poll_error)
    liveness.count(engine, "polls_total", when)
    if not result.healthy:  # the caller reports the error (the service logs it, `poll` prints it)
        liveness.count(engine, "poll_failures_total", when)
    else:
        liveness.ping_heartbeat(settings)
    liveness.write_metrics(engine, settings)
    return result
