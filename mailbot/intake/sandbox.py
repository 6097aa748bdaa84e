"""Isolated attachment parsing: `parsers.parse` runs in a separate worker process with limits.

A hostile attachment (a zip bomb, a PDF whose references loop, a file that makes a C library
crash) can only hurt the worker: the poller gets a ParsedDocument with a polite error and moves on.

Design: one long-lived worker process per Sandbox (`intake.parse_worker`), spoken to over its
stdin/stdout with length-prefixed pickle frames. The worker is reused across attachments (interpreter start plus
importing pypdf/python-docx/lxml costs far more than a parse) and replaced when it

- does not answer within `timeout` seconds (killed: parsing code cannot be interrupted safely
  from inside, so the limit is enforced from outside the parsing process),
- dies (a segfault, the address-space limit turned into a hard crash, os._exit),
- has served `recycle_after` attachments (python-docx leaves cyclic garbage behind).

Limits inside the worker: RLIMIT_AS (address space; a MemoryError inside the worker becomes an
"unreadable" answer), RLIMIT_CPU as a backstop, and no core files. Inputs over `max_bytes` are
rejected before they are sent to the worker at all.

A plain subprocess (not multiprocessing) keeps the worker independent of how the parent was
started (`python -m pytest`, the `mailbot` console script, a scheduler thread).
"""
from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import mailbot_parsers as parsers
from mailbot.intake.parse_worker import (
    DEFAULT_MEMORY_BYTES,
    WorkerDied,
    WorkerTimeout,
    read_frame,
    write_frame,
)
from mailbot.mail.message import Attachment, clean_header_text

if TYPE_CHECKING:
    from mailbot.intake.table import ParsedDocument

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
# OCR reads up to 6 pages at 1-5 s each (20 s at most per page inside Tesseract): the scan job's
# own limit, far above a parse's, and never on the intake path.
DEFAULT_SCAN_TIMEOUT = 150.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A restart costs the worker ~1 s of CPU (interpreter, imports, the parsers' first-use set-up):
# 2 ms per attachment when recycled every 500, 5 ms at 200. Measured over 540 backlog
# attachments in one process, RSS grows from 75 to 115 MB whatever the full-collection interval
# (25 or 100): recycling, not the collector, is what bounds it.
DEFAULT_RECYCLE_AFTER = 500
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1])


class Unreadable(parsers.ParseError):
    """The parser did not finish within the sandbox's limits (time, memory) or its process died."""

    code = "unreadable"

    def _default_message(self, filename: str) -> str:
        name = f"'{filename}'" if filename else "you sent"
        return (f"We could not read the file {name} safely (it took too long or needed too much "
                "memory to open); please save it again as a Word document (.docx) or a PDF and resend it.")


@dataclass(frozen=True)
class SandboxStats:
    """Counters for logs and the benchmark."""

    parsed: int
    timeouts: int
    crashes: int
    workers_started: int
    last_peak_rss_kb: int


# ---- the parent side ----------------------------------------------------------------------------

def _rebuild_error(fields: tuple[str, str, str, str, str]) -> parsers.ParseError:
    name, code, detail, filename, user_message = fields
    cls = getattr(parsers, name, None)
    if not (isinstance(cls, type) and issubclass(cls, parsers.ParseError)):
        cls = parsers.ParseError
    err = cls(detail, filename, user_message)
    if err.code != code:  # a subclass the parent does not know by name: keep the worker's code
        err.code = code
    return err


class Sandbox:
    """Parse attachments in a reused, limited worker process.

    `extract(att)` has the contract of `mailbot.intake.table.parse_in_process`: it never raises for a
    bad attachment; it returns ParsedDocument(att, result=...) or ParsedDocument(att, error=...),
    where the error is a parsers.ParseError (an `Unreadable` when a limit was hit or the worker
    died). Not thread-safe: one Sandbox per poller.
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, memory_bytes: int = DEFAULT_MEMORY_BYTES,
                 max_bytes: int = DEFAULT_MAX_BYTES, recycle_after: int = DEFAULT_RECYCLE_AFTER,
                 start_timeout: float = 30.0, scan_timeout: float = DEFAULT_SCAN_TIMEOUT) -> None:
        self.timeout = timeout
        self.scan_timeout = scan_timeout
        self.memory_bytes = memory_bytes
        self.max_bytes = max_bytes
        self.recycle_after = recycle_after
        self.start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._served = 0
        self._parsed = self._timeouts = self._crashes = self._started = 0
        self._last_peak_rss_kb = 0

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker (EOF on its stdin, then a kill if it does not leave promptly)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()

    @property
    def worker_pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    @property
    def stats(self) -> SandboxStats:
        return SandboxStats(self._parsed, self._timeouts, self._crashes, self._started, self._last_peak_rss_kb)

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def _worker(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None and self._served < self.recycle_after:
            return self._proc
        self._kill()  # dead, or served enough attachments to be recycled
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PROJECT_ROOT, env.get("PYTHONPATH", "")) if p)
        env["MAILBOT_SANDBOX_MEMORY"] = str(self.memory_bytes)
        env["MAILBOT_SANDBOX_CPU"] = str(max(int(max(self.timeout, self.scan_timeout) * 3), 30))
        proc = subprocess.Popen(
            [sys.executable, "-c", "from mailbot.intake.parse_worker import serve; serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True,
        )
        assert proc.stdout is not None
        try:
            hello = read_frame(proc.stdout.fileno(), time.monotonic() + self.start_timeout)
        except (WorkerDied, WorkerTimeout):
            proc.kill()
            proc.wait()
            raise RuntimeError("The attachment sandbox worker did not start; run `python -c \"import parsers\"` to see why.") from None
        if not (isinstance(hello, tuple) and hello[0] == "ready"):
            proc.kill()
            proc.wait()
            raise RuntimeError(f"The attachment sandbox worker sent {hello!r} instead of a greeting.")
        self._proc, self._served = proc, 0
        self._started += 1
        return proc

    # -- parsing -----------------------------------------------------------------------------
    def parse(self, data: bytes, filename: str = "", content_type: str | None = None) -> parsers.ParseResult:
        """Like parsers.parse, in the worker: returns a ParseResult or raises a ParseError."""
        return self._request("parse", data, filename, content_type, self.timeout)

    def read_scan(self, data: bytes, filename: str = "") -> parsers.ParseResult:
        """Like parsers.read_scan (OCR, seconds a page), in the worker, within ``scan_timeout``.
        Raises a ParseError (``OcrUnavailable`` when Tesseract is not installed)."""
        return self._request("read_scan", data, filename, None, self.scan_timeout)

    def _request(self, op: str, data: bytes, filename: str, content_type: str | None,
                 timeout: float) -> parsers.ParseResult:
        if len(data) > self.max_bytes:
            # Never ship an oversize input to the worker: the limit is the parent's promise.
            raise parsers.TooLarge(f"{len(data)} bytes is over the {self.max_bytes}-byte limit", filename)
        proc = self._worker()
        assert proc.stdin is not None and proc.stdout is not None
        self._served += 1
        started = time.monotonic()
        try:
            write_frame(proc.stdin.fileno(), (op, data, filename, content_type, self.max_bytes))
            reply = read_frame(proc.stdout.fileno(), started + timeout)
        except WorkerTimeout:
            self._timeouts += 1
            self._kill()
            log.warning("attachment %s: no %s result within %.0f s; worker killed",
                        clean_header_text(filename, 80), op, timeout)
            raise Unreadable(f"no result within {timeout:.0f} s", filename) from None
        except (WorkerDied, BrokenPipeError, OSError, pickle.UnpicklingError, EOFError):
            self._crashes += 1
            code = proc.poll()
            self._kill()
            log.warning("attachment %s: the parsing worker died (exit %s)", clean_header_text(filename, 80), code)
            raise Unreadable(f"the parsing process died (exit {code})", filename) from None
        self._last_peak_rss_kb = int(reply[-1])
        status = reply[0]
        if status == "ok":
            self._parsed += 1
            result = reply[1]
            assert isinstance(result, parsers.ParseResult)
            return result
        if status == "error":
            raise _rebuild_error(reply[1])
        # A limit was hit or the parser had a bug: the worker's heap may be in a poor state.
        self._kill()
        log.warning("attachment %s: %s %s", clean_header_text(filename, 80), status, clean_header_text(str(reply[1]), 200))
        raise Unreadable(f"{status}: {reply[1]}", filename)

    def extract(self, att: Attachment) -> ParsedDocument:
        """An intake Extractor: never raises for a bad attachment."""
        # Imported here so the worker, which imports this module, never loads SQLModel (0.8 s).
        from mailbot.intake.table import ParsedDocument

        try:
            return ParsedDocument(att, result=self.parse(att.data, att.filename, att.content_type))
        except parsers.ParseError as exc:
            return ParsedDocument(att, error=exc)


class SandboxPool:
    """Up to `workers` Sandboxes shared by threads: one reads a backlog's attachments on each core.

    `extract` has the contract of `Sandbox.extract` and is thread-safe: each call borrows an idle
    sandbox, and a new worker process starts only when every existing one is busy and fewer than
    `workers` exist (so a poll that reads one message at a time never pays for a second worker).
    Each worker keeps the limits of its own Sandbox (time, memory, recycling). `trim` stops every
    worker but one, so an idle service holds the memory of one worker whatever a backlog needed.
    """

    def __init__(self, workers: int = 1, **options: Any) -> None:
        self.workers = max(1, workers)
        self._options = options
        self._lock = threading.Condition()
        self._all: list[Sandbox] = []
        self._idle: list[Sandbox] = []

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _lent(self) -> Iterator[Sandbox]:
        """An idle sandbox (a new one when all are busy and fewer than `workers` exist), given back after."""
        with self._lock:
            while not self._idle and len(self._all) >= self.workers:
                self._lock.wait()
            if self._idle:
                sandbox = self._idle.pop()
            else:
                sandbox = Sandbox(**self._options)
                self._all.append(sandbox)
        try:
            yield sandbox
        finally:
            with self._lock:
                self._idle.append(sandbox)
                self._lock.notify()

    def extract(self, att: Attachment) -> ParsedDocument:
        with self._lent() as sandbox:
            return sandbox.extract(att)

    def read_scan(self, data: bytes, filename: str = "") -> parsers.ParseResult:
        """`Sandbox.read_scan` in a borrowed worker."""
        with self._lent() as sandbox:
            return sandbox.read_scan(data, filename)

    def trim(self) -> None:
        """Stop the idle workers but one (none is in use between polls)."""
        with self._lock:
            extra = self._idle[1:]
            del self._idle[1:]
            self._all = [s for s in self._all if s not in extra]
        for sandbox in extra:
            sandbox.close()

    def close(self) -> None:
        with self._lock:
            sandboxes, self._all, self._idle = self._all, [], []
        for sandbox in sandboxes:
            sandbox.close()

    @property
    def stats(self) -> SandboxStats:
        """Counters summed over the workers; the peak RSS is the largest of them."""
        with self._lock:
            every = [s.stats for s in self._all]
        return SandboxStats(sum(s.parsed for s in every), sum(s.timeouts for s in every),
                            sum(s.crashes for s in every), sum(s.workers_started for s in every),
                            max((s.last_peak_rss_kb for s in every), default=0))
