"""The long-running service: APScheduler wiring only. The jobs live in their own modules.

Jobs (each idempotent; the database is the schedule, so a restart or a second process neither
repeats nor skips anything):

- poll      every ``[schedule] poll_interval_seconds``: read new mail, then send what it queued;
- flush     every ``flush_interval_seconds``: send queued mail (retries fall due here);
- ocr       every ``flush_interval_seconds``: read scanned attachments waiting for OCR (its own
            sandbox worker, outside the shared lock: a scan never delays the poll);
- sweep     every ``sweep_interval_seconds``: reminders and escalations due now, and the weekly
            digest if its time has passed and it was not sent (catch-up after downtime);
- digest    cron, ``digest_day`` at ``digest_time`` in ``[schedule] timezone``.

An IMAP IDLE thread wakes the poll as soon as the server reports new mail (``idle = true``).
The periodic poll stays the source of truth: IDLE on some servers goes quiet for hours.
SIGTERM or SIGINT stops the service cleanly: running jobs finish, IDLE is ended, exit 0.
"""
from __future__ import annotations

import logging
import select as _select
import signal
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine

from mailbot.config import Settings
from mailbot.errors import MailbotError
from mailbot.store.models import utcnow

if TYPE_CHECKING:
    from mailbot.intake.ocr_jobs import ScanReader

log = logging.getLogger(__name__)

def _monotonic() -> float:
    import time

    return time.monotonic()


#: Re-issue IDLE well before the 29-minute limit of RFC 2177 servers.
IDLE_RENEW_SECONDS = 25 * 60
#: ... and this often when imaplib's read buffer cannot be inspected: announcements that came with
#: "+ idling" are then read only when IDLE ends (see _unread_idle_responses).
IDLE_RENEW_BLIND_SECONDS = 30


@dataclass
class TickReport:
    reminders_sent: int = 0
    reminders_cancelled: int = 0
    digest: str = "not due"
    scans_read: int = 0
    mail: dict[str, int] = field(default_factory=dict)
    purged: int = 0  # stored messages and documents dropped by [retention]


def tick(engine: Engine, settings: Settings, now: datetime, read_scan: ScanReader | None = None) -> TickReport:
    """Do whatever is due at `now`: reminders and escalations, the weekly digest, scans waiting for
    OCR (when `read_scan` is given), the outbox. The same work the service's sweep, OCR and flush
    jobs do; `mailbot tick --now` runs it once."""
    from mailbot.clock import digest
    from mailbot.clock import reminders
    from mailbot.intake import ocr_jobs
    from mailbot.ops import alerts, cycle
    from mailbot.store import maintenance

    report = TickReport()
    swept = reminders.sweep(engine, settings, now)
    report.reminders_sent, report.reminders_cancelled = swept.sent, swept.cancelled
    report.digest = digest.send_weekly(engine, settings, now)
    alerts.check_secret_expiry(engine, settings, now)
    report.purged = maintenance.purge(engine, settings, now).total
    if read_scan is not None:
        report.scans_read = ocr_jobs.run(engine, settings, read_scan, now=now).read
    report.mail = cycle.send(engine, settings, now=now).counts
    digest.sync_runs(engine)
    return report


def _unread_idle_responses(client: Any) -> bool | None:
    """Whether the IDLE connection already holds response bytes a select() on its socket cannot see.

    imaplib reads the socket through a buffer. Dovecot answers an IDLE command with "+ idling" and,
    in the same packet, the EXISTS of mail that landed since the last command (after SELECT, or
    between two IDLEs): reading the "+ idling" line pulls those lines into the buffer too, and the
    socket then looks quiet until the next renewal. True when bytes wait there, False when none do,
    None when this imaplib keeps its buffer where we do not look (the caller then renews IDLE often:
    idle_done() reads whatever is buffered).
    """
    import ssl

    imap = getattr(client, "_imap", None)
    readbuf = getattr(imap, "_readbuf", None)
    if isinstance(readbuf, list):  # Python 3.14+: imaplib's own list of received chunks
        return any(readbuf)
    # Python 3.11-3.13: a BufferedReader over the socket (an instance attribute; on 3.14 "file" is
    # a property that warns, never reached here).
    peek = getattr(vars(imap).get("file") if imap is not None else None, "peek", None)
    if peek is None:
        return None
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)  # peek returns what is buffered, else tries one read that must not block
    try:
        return bool(peek(1))
    except (BlockingIOError, ssl.SSLWantReadError):
        return False
    finally:
        sock.settimeout(timeout)


class IdleWaker(threading.Thread):
    """Holds an IMAP IDLE on the inbox and calls `wake()` when the server reports new mail."""

    def __init__(self, settings: Settings, wake: Any, stop: threading.Event) -> None:
        super().__init__(name="imap-idle", daemon=True)
        self.settings, self.wake, self.stop_event = settings, wake, stop

    def run(self) -> None:
        backoff = 5.0
        while not self.stop_event.is_set():
            try:
                self._session()
                backoff = 5.0
            except Exception as exc:  # noqa: BLE001 -- the poll is the source of truth: log, wait, reconnect
                log.warning("IMAP IDLE stopped (%s); reconnecting in %.0f s; polling continues", exc, backoff)
                if self.stop_event.wait(backoff):
                    return
                backoff = min(backoff * 2, 300.0)

    def _session(self) -> None:
        from mailbot.mail.mailbox import Mailbox

        with Mailbox(self.settings.imap) as mb:
            client = mb.client
            assert client is not None
            if b"IDLE" not in client.capabilities():
                log.info("the IMAP server does not offer IDLE; relying on the poll every %d s",
                         self.settings.schedule.poll_interval_seconds)
                self.stop_event.wait()
                return
            selected = client.select_folder(mb.server_name(self.settings.imap.inbox), readonly=True)
            log.info("IMAP IDLE on %s: new mail wakes the poll", self.settings.imap.inbox)
            if int(selected.get(b"EXISTS", 0)):
                # Mail that came while no IDLE listened (after the poll's last search and before this
                # SELECT: at start-up, or while reconnecting) gets no EXISTS of its own. The poll knows
                # what it has read: at worst one pass that finds nothing new.
                log.info("IMAP IDLE: %s holds mail; polling now", self.settings.imap.inbox)
                self.wake()
            while not self.stop_event.is_set():
                client.idle()
                unread = _unread_idle_responses(client)
                renew_at = _monotonic() + (IDLE_RENEW_SECONDS if unread is not None else IDLE_RENEW_BLIND_SECONDS)
                try:
                    # select() on the socket, never idle_check(): it breaks on responses split
                    # across TCP segments (imapclient #519). Wake every second to notice a stop.
                    while not unread and not self.stop_event.is_set() and _monotonic() < renew_at:
                        unread = bool(_select.select([client.socket()], [], [], 1.0)[0])
                finally:
                    responses = client.idle_done()[1]
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    log.info("IMAP IDLE: new mail; polling now")
                    self.wake()


class Service:
    """The scheduler and its jobs. `run()` blocks until SIGTERM/SIGINT (or `stop()`)."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        self.engine, self.settings = engine, settings
        self.stopping = threading.Event()
        self._wake_lock = threading.Lock()
        self._poll_again = threading.Event()
        self._db_lock = threading.Lock()  # jobs touch the outbox: one at a time keeps SQLite calm
        self.scheduler = BackgroundScheduler(
            timezone=settings.timezone,
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        self.idle: IdleWaker | None = None
        from mailbot.intake.sandbox import Sandbox, SandboxPool
        from mailbot.mail.pacing import Pacer

        # One send pace for every job of the service ([smtp] max_per_minute is per mailbox).
        self.pacer = Pacer(settings.smtp.max_per_minute)
        # A paced flush after a poll stops after this long so that new mail is read meanwhile;
        # what is left goes out with the next flush, answers to applicants first.
        self.flush_seconds = float(settings.schedule.poll_interval_seconds) if settings.smtp.max_per_minute else None

        # Parsing workers for the life of the service, each replaced when an attachment kills it;
        # more than one only while a poll reads several messages at once (trimmed after each poll).
        self.sandbox = SandboxPool(settings.intake.parse_workers)
        from mailbot.intake.caps import ParseCache

        # A file seen again (a resend, a retried message) is not parsed again by the same parser.
        self.parse_cache = ParseCache(self.sandbox.extract)
        self.ocr_sandbox = Sandbox()  # OCR's own worker: a long reading never blocks a parse

    # -- jobs -----------------------------------------------------------------------------
    def poll_job(self) -> None:
        from mailbot.ops.cycle import poll_cycle
        from mailbot.store.locks import SKIPPED_MESSAGE, poll_lock

        # Mail that arrives while a poll runs is read by one more pass, not left for the next interval.
        while True:
            self._poll_again.clear()
            try:
                with self._db_lock, poll_lock(self.settings.database_url, self.engine) as held:
                    if not held:  # a second mailbot on this database is polling
                        log.info(SKIPPED_MESSAGE)
                        return
                    try:
                        result = poll_cycle(self.engine, self.settings, extract=self.parse_cache, pacer=self.pacer,
                                            max_seconds=self.flush_seconds, readers=self.sandbox.workers)
                    finally:
                        self.sandbox.trim()  # the idle service keeps one worker's memory
                        from mailbot.intake.parse_worker import release_memory

                        release_memory()  # and the service its own: a backlog's freed pages go back
                    report = result.report
                    if report is not None and report.fetched:
                        log.info("poll: read %d message(s): %s", report.fetched, report.outcomes)
                        self._run_now("ocr")  # a scan just recorded is read without waiting an interval
                    if result.error is not None:
                        log.error("poll failed: %s", result.error)
                        return
            except Exception as exc:  # noqa: BLE001 -- a failed poll must not stop the service
                log.error("poll failed: %s", exc)
                return
            if not self._poll_again.is_set() or self.stopping.is_set():
                return

    def flush_job(self) -> None:
        from mailbot.clock import digest
        from mailbot.ops.cycle import send

        with self._db_lock:
            counts = send(self.engine, self.settings, pacer=self.pacer, max_seconds=self.flush_seconds).counts
            digest.sync_runs(self.engine)
        if any(counts.get(k) for k in ("sent", "retry", "failed")):
            log.info("outbox: %s", counts)

    def sweep_job(self) -> None:
        with self._db_lock:
            report = tick(self.engine, self.settings, utcnow())
        if report.reminders_sent or report.digest == "queued":
            log.info("sweep: %d reminder(s) sent, digest %s", report.reminders_sent, report.digest)

    def ocr_job(self) -> None:
        """Read scans waiting for OCR, in a worker of their own, outside the lock the other jobs
        share: a scan takes seconds a page and must never hold up the poll. Claims are rows in the
        database, so this job and a `mailbot tick` elsewhere never read one scan twice."""
        from mailbot.intake import ocr_jobs
        from mailbot.mail.outbox import flush

        try:
            report = ocr_jobs.run(self.engine, self.settings, self.ocr_sandbox.read_scan)
        except Exception as exc:  # noqa: BLE001 -- a failed run must not stop the service
            log.error("OCR job failed: %s", exc)
            return
        finally:
            # Scans are rare and a reading takes seconds a page, next to which starting a worker
            # (~1 s) is small: the idle service does not keep a second worker's memory for them.
            self.ocr_sandbox.close()
        if report.read or report.failed:
            log.info("OCR: read %d scan(s), %d unreadable: %s", report.read, report.failed, report.outcomes)
            with self._db_lock:
                flush(self.engine, self.settings)

    def digest_job(self) -> None:
        self.sweep_job()  # the digest goes out through the same idempotent path

    def _run_now(self, job_id: str) -> None:
        # APScheduler's shutdown holds its job-store lock while it waits for running jobs, and
        # modify_job needs that lock: a job waking another during shutdown would wait for ever.
        # So no job is woken once stopping is set, and stopping is set under the same lock.
        with self._wake_lock:
            if self.stopping.is_set():
                return
            try:
                self.scheduler.modify_job(job_id, next_run_time=datetime.now(UTC))
            except Exception as exc:  # noqa: BLE001 -- not started (tests call jobs directly)
                log.debug("could not wake the %s job: %s", job_id, exc)

    def wake_poll(self) -> None:
        """Run the poll now (called from the IDLE thread)."""
        self._poll_again.set()
        self._run_now("poll")

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        from apscheduler.triggers.cron import CronTrigger

        sc = self.settings.schedule
        now = datetime.now(UTC)
        hh, mm = (int(x) for x in sc.digest_time.split(":"))
        self.scheduler.add_job(self.poll_job, "interval", seconds=sc.poll_interval_seconds, id="poll",
                               next_run_time=now)
        self.scheduler.add_job(self.flush_job, "interval", seconds=sc.flush_interval_seconds, id="flush")
        self.scheduler.add_job(self.ocr_job, "interval", seconds=sc.flush_interval_seconds, id="ocr",
                               next_run_time=now)
        self.scheduler.add_job(self.sweep_job, "interval", seconds=sc.sweep_interval_seconds, id="sweep",
                               next_run_time=now)
        self.scheduler.add_job(self.digest_job, CronTrigger(day_of_week=sc.digest_day, hour=hh, minute=mm,
                                                            timezone=self.settings.timezone), id="digest")
        self.scheduler.start()
        if sc.idle:
            self.idle = IdleWaker(self.settings, self.wake_poll, self.stopping)
            self.idle.start()
        log.info("mailbot running: poll every %d s%s, flush every %d s, reminders every %d s, digest %s %s %s",
                 sc.poll_interval_seconds, " + IMAP IDLE" if sc.idle else "", sc.flush_interval_seconds,
                 sc.sweep_interval_seconds, sc.digest_day, sc.digest_time, self.settings.timezone.key)

    def stop(self) -> None:
        self.stopping.set()

    def reload(self) -> bool:
        """Reread the config file (SIGHUP, `systemctl reload`); keep the old one if the new one is
        wrong. Jobs read self.settings at each run, so the next poll uses the new staff list."""
        from mailbot.config import load_settings
        from mailbot.mail import overrides
        from mailbot.ops.liveness import reloading_message, sd_notify
        from mailbot.ops.samples import CONTEXTS
        from mailbot.ops.status import orphaned_assignments
        from mailbot.store.reader import Reader

        sd_notify(reloading_message())
        try:
            new = load_settings(self.settings.path)
        except MailbotError as exc:
            log.error("configuration NOT reloaded, the running one stays: %s", exc)
            sd_notify("READY=1")
            return False
        if new.database_url != self.settings.database_url:
            log.error("configuration NOT reloaded: [database] url changed; restart mailbot for that")
            sd_notify("READY=1")
            return False
        with self._db_lock:
            try:  # under the lock: no email is being built while the checked templates are loaded
                overrides.check(new.templates_folder, CONTEXTS)
            except MailbotError as exc:
                log.error("configuration NOT reloaded, the running one stays: %s", exc)
                sd_notify("READY=1")
                return False
            self.settings = new
            # The pace is per mailbox: a new limit applies from the next send, the window is kept.
            self.pacer.per_minute = max(new.smtp.max_per_minute, 0)
            self.flush_seconds = float(new.schedule.poll_interval_seconds) if new.smtp.max_per_minute else None
        log.info("configuration reloaded from %s: %d CE, %d SMT, %d board, %d manager addresses", new.path,
                 len(new.staff.ce), len(new.staff.smt), len(new.staff.board), len(new.staff.managers))
        with Reader.of_engine(self.engine) as reader:
            orphans = orphaned_assignments(reader, new)
        for line in orphans:
            log.warning("%s", line)
        sd_notify("READY=1")
        return True

    def run(self) -> int:
        """Start, block until a stop signal, shut down cleanly. Returns the exit code (0)."""
        from mailbot.ops.liveness import sd_notify, watchdog_interval

        reload_wanted = threading.Event()

        def on_signal(signum: int, _frame: Any) -> None:
            log.info("received %s: stopping", signal.Signals(signum).name)
            self.stopping.set()

        def on_hup(_signum: int, _frame: Any) -> None:
            reload_wanted.set()  # the main loop reloads; a signal handler must not take locks

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, on_hup)
        watchdog = watchdog_interval()
        try:
            self.start()
            sd_notify("READY=1\nSTATUS=polling " + self.settings.mailbox_address)
            last_ping = 0.0
            while not self.stopping.wait(min(1.0, watchdog or 1.0)):
                if reload_wanted.is_set():
                    reload_wanted.clear()
                    log.info("received SIGHUP: reloading the configuration")
                    self.reload()
                # The watchdog says the main loop and the scheduler live; a dead scheduler
                # thread stops the pings and systemd restarts the service.
                if watchdog and self.scheduler.running and _monotonic() - last_ping >= watchdog:
                    sd_notify("WATCHDOG=1")
                    last_ping = _monotonic()
        finally:
            sd_notify("STOPPING=1")
            with self._wake_lock:  # a wake-up in progress finishes before the shutdown takes its lock
                self.stopping.set()
            if self.scheduler.running:
                self.scheduler.shutdown(wait=True)  # running jobs finish their current step
            if self.idle is not None:
                self.idle.join(timeout=10)
            self.sandbox.close()
            self.ocr_sandbox.close()
            for s, handler in previous.items():
                signal.signal(s, handler)
            log.info("mailbot stopped")
        return 0
