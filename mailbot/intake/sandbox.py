"""Isolated attachment parsing: `parsers.parse` runs in a separate worker process with limits.

A hostile attachment (a zip bomb, a PDF whose references loop, a file that makes a C library
crash) can only hurt the worker: the poller gets a ParsedDocument with a polite error and moves on.

Design: one long-lived worker process per Sandbox, spoken to over its stdin/stdout with
length-prefixed pickle frames. The worker is reused across attachments (interpreter start plus
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

import gc
import logging
import os
import pickle
import select
import struct
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
from mailbot.mail.message import Attachment, clean_header_text

if TYPE_CHECKING:
    from mailbot.intake.table import ParsedDocument

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
# OCR reads up to 6 pages at 1-5 s each (20 s at most per page inside Tesseract): the scan job's
# own limit, far above a parse's, and never on the intake path.
DEFAULT_SCAN_TIMEOUT = 150.0
# 512 MiB of address space: RSS can never exceed it, which is the hostile set's bound, and the
# worker needs about 100 MiB to start and 250 MiB for the worst legitimate PDF.
DEFAULT_MEMORY_BYTES = 512 * 1024 * 1024
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A restart costs the worker ~1 s of CPU (interpreter, imports, the parsers' first-use set-up):
# 2 ms per attachment when recycled every 500, 5 ms at 200. Measured over 540 backlog
# attachments in one process, RSS grows from 75 to 115 MB whatever the full-collection interval
# (25 or 100): recycling, not the collector, is what bounds it.
DEFAULT_RECYCLE_AFTER = 500
# A full collection takes 50-120 ms with pypdf and lxml loaded; the same measurement shows no
# memory difference between one every 25 and one every 100 attachments.
FULL_COLLECTION_EVERY = 100
# A worker that has served since its last full collection and then hears nothing for this long is
# idle (between polls): it collects its whole heap and hands freed memory back to the system, so the
# idle service's footprint is one clean worker, not one holding a backlog's garbage.
IDLE_COLLECT_SECONDS = 2.0
_HEADER = struct.Struct("!Q")
_MAX_FRAME = 256 * 1024 * 1024  # a reply larger than this is a broken worker, not a result
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1])


class Unreadable(parsers.ParseError):
    """The parser did not finish within the sandbox's limits (time, memory) or its process died."""

    code = "unreadable"

    def _default_message(self, filename: str) -> str:
        name = f"'{filename}'" if filename else "you sent"
        return (f"We could not read the file {name} safely (it took too long or needed too much "
                "memory to open); please save it again as a Word document (.docx) or a PDF and resend it.")


class WorkerDied(Exception):
    """The worker process exited or closed its pipe before answering."""


class WorkerTimeout(Exception):
    """The worker did not answer within the time limit."""


@dataclass(frozen=True)
class SandboxStats:
    """Counters for logs and the benchmark."""

    parsed: int
    timeouts: int
    crashes: int
    workers_started: int
    last_peak_rss_kb: int


# ---- the worker side ----------------------------------------------------------------------------

def _read_exact(fd: int, n: int, deadline: float | None = None) -> bytes:
    """n bytes from fd. Raises WorkerTimeout past `deadline` (time.monotonic), WorkerDied on EOF."""
    chunks: list[bytes] = []
    remaining = n
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise WorkerTimeout()
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                raise WorkerTimeout()
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise WorkerDied()
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _write_frame(fd: int, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_frame(fd: int, deadline: float | None = None) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    if size > _MAX_FRAME:
        raise WorkerDied()
    return pickle.loads(_read_exact(fd, size, deadline))


def _apply_limits(memory_bytes: int, cpu_seconds: int) -> None:
    import resource

    for limit, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CPU, cpu_seconds),
                         (resource.RLIMIT_CORE, 0)):
        try:
            _soft, hard = resource.getrlimit(limit)
            new = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(limit, (new, hard))
        except (ValueError, OSError) as exc:  # e.g. a container that forbids it: parse anyway, say so
            print(f"mailbot sandbox: cannot set limit {limit}: {exc}", file=sys.stderr)


def _error_tuple(exc: parsers.ParseError) -> tuple[str, str, str, str, str]:
    # Exceptions with custom __init__ signatures do not round-trip through pickle reliably;
    # send the fields and rebuild on the parent side.
    return (type(exc).__name__, exc.code, exc.detail, exc.filename, exc.user_message)


def _peak_rss_kb(resource: Any) -> int:
    """This process's peak RSS in kB since exec. ru_maxrss would also count the pages of the
    parent that were resident in the forked child before exec (the parent may be large)."""
    try:
        with open("/proc/self/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _worker_main() -> None:
    """Serve parse requests on stdin/stdout until EOF. Runs in the child process only."""
    import resource

    # The protocol owns the original stdout; anything a library prints goes to stderr instead.
    proto_out = os.dup(1)
    os.dup2(2, 1)
    proto_in = 0
    memory = int(os.environ.get("MAILBOT_SANDBOX_MEMORY", str(DEFAULT_MEMORY_BYTES)))
    cpu = int(os.environ.get("MAILBOT_SANDBOX_CPU", "120"))
    import docx  # noqa: F401  (warm the import cache: the first attachment should not pay for it)
    import pypdf  # noqa: F401

    import mailbot_parsers as p  # import before the limit so the libraries' own mappings are counted once
    _apply_limits(memory, cpu)
    _write_frame(proto_out, ("ready", os.getpid()))
    served = 0
    untidy = False  # served since the last full collection
    while True:
        if untidy and not select.select([proto_in], [], [], IDLE_COLLECT_SECONDS)[0]:
            release_memory()
            untidy = False
            continue
        try:
            request = _read_frame(proto_in)
        except WorkerDied:
            return
        op, data, filename, content_type, max_bytes = request
        try:
            if op == "read_scan":
                result = p.read_scan(data, filename)
            else:
                result = p.parse(data, filename, content_type, max_bytes=max_bytes)
            reply: tuple[Any, ...] = ("ok", result)
        except p.ParseError as exc:
            reply = ("error", _error_tuple(exc))
        except MemoryError:
            reply = ("limit", "memory")
        except RecursionError:
            reply = ("limit", "recursion")
        except Exception as exc:  # a parser bug: report it as unreadable, keep serving
            reply = ("bug", f"{type(exc).__name__}: {exc}"[:500])
        del data, request
        peak = _peak_rss_kb(resource)
        try:
            _write_frame(proto_out, (*reply, peak))
        except MemoryError:
            _write_frame(proto_out, ("limit", "memory", peak))
        del reply
        # python-docx leaves cyclic garbage: the young generation goes after every answer and the
        # full heap every FULL_COLLECTION_EVERY answers (see there for the cost).
        served += 1
        untidy = bool(served % FULL_COLLECTION_EVERY)
        gc.collect(0 if untidy else 2)


def release_memory() -> None:
    """Collect the whole heap and return the freed pages to the system (glibc keeps them otherwise)."""
    gc.collect(2)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the collection alone
        pass


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
            [sys.executable, "-c", "from mailbot.intake.sandbox import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True,
        )
        assert proc.stdout is not None
        try:
            hello = _read_frame(proc.stdout.fileno(), time.monotonic() + self.start_timeout)
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
            _write_frame(proc.stdin.fileno(), (op, data, filename, content_type, self.max_bytes))
            reply = _read_frame(proc.stdout.fileno(), started + timeout)
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
