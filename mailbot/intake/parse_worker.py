"""The parse worker process of `intake.sandbox`, and the frames both sides speak over its pipes.

The worker imports this module and the parsers, nothing else of mailbot: every module it loads
is resident in each worker for its whole life (the idle service holds one), so the mail, store
and review layers, which only the parent uses, stay out of it.

Frames: an 8-byte big-endian length, then a pickle. Requests are (op, data, filename,
content_type, max_bytes); replies are (status, payload..., peak RSS in kB).
"""
from __future__ import annotations

import gc
import os
import pickle
import select
import struct
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import mailbot_parsers

# 512 MiB of address space: RSS can never exceed it, which is the hostile set's bound, and the
# worker needs about 100 MiB to start and 250 MiB for the worst legitimate PDF.
DEFAULT_MEMORY_BYTES = 512 * 1024 * 1024
# A full collection takes 50-120 ms with pypdf and lxml loaded (before gc.freeze() moved the
# modules' objects out of its way); the same measurement shows no memory difference between one
# every 25 and one every 100 attachments.
FULL_COLLECTION_EVERY = 100
# Young collections during a parse: at CPython's default (700 allocations) they cost the worker ~7 %
# of its CPU on the backlog bench; every answer ends with one anyway, so a parse's garbage is
# still freed per attachment.
YOUNG_THRESHOLD = 10_000
# A worker that has served since its last full collection and then hears nothing for this long is
# idle (between polls): it collects its whole heap and hands freed memory back to the system, so the
# idle service's footprint is one clean worker, not one holding a backlog's garbage.
IDLE_COLLECT_SECONDS = 2.0
_HEADER = struct.Struct("!Q")
_MAX_FRAME = 256 * 1024 * 1024  # a reply larger than this is a broken worker, not a result


class WorkerDied(Exception):
    """The worker process exited or closed its pipe before answering."""


class WorkerTimeout(Exception):
    """The worker did not answer within the time limit."""


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


def write_frame(fd: int, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_frame(fd: int, deadline: float | None = None) -> Any:
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


def _error_tuple(exc: mailbot_parsers.ParseError) -> tuple[str, str, str, str, str]:
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


def serve() -> None:
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
    # The libraries' objects live as long as the worker: out of every collection's sight.
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    # bench/throughput.py --profile: the parses of this worker under cProfile, written at EOF.
    profile_dir = os.environ.get("MAILBOT_BENCH_WORKER_PROFILE")
    profiler = None
    if profile_dir:
        import cProfile

        profiler = cProfile.Profile()
    write_frame(proto_out, ("ready", os.getpid()))
    served = 0
    untidy = False  # served since the last full collection
    while True:
        if untidy and not select.select([proto_in], [], [], IDLE_COLLECT_SECONDS)[0]:
            release_memory()
            untidy = False
            continue
        try:
            request = read_frame(proto_in)
        except WorkerDied:
            if profiler is not None:
                profiler.dump_stats(os.path.join(str(profile_dir), f"worker-{os.getpid()}.prof"))
            return
        op, data, filename, content_type, max_bytes = request
        if profiler is not None:
            profiler.enable()
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
        if profiler is not None:
            profiler.disable()
        del data, request
        peak = _peak_rss_kb(resource)
        try:
            write_frame(proto_out, (*reply, peak))
        except MemoryError:
            write_frame(proto_out, ("limit", "memory", peak))
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
