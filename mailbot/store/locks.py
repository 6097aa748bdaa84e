"""One mailbot at a time per database: a file lock for SQLite, an advisory lock for PostgreSQL.

Two pollers on one mailbox would each fetch the same message; unique constraints (content hash,
outbox dedupe keys) already stop a second application or a second email, but the loser's work
is wasted and its error noise hides real problems. So a poll first takes an instance lock and
skips the run when another instance holds it.

Both kinds of lock belong to the process (an open file / a database session): if the holder is
killed, the operating system or the server releases it, so a crash never leaves a stale lock.
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine, make_url

from mailbot.errors import OperatorError
from mailbot.store.engine import make_engine

log = logging.getLogger(__name__)

SKIPPED_MESSAGE = "another mailbot is already polling; skipped"


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for pg_try_advisory_lock, derived from the lock's name."""
    return int.from_bytes(hashlib.sha256(f"mailbot:{name}".encode()).digest()[:8], "big", signed=True)


def sqlite_lock_path(url: str) -> Path | None:
    """`<database file>.lock` for a file-backed SQLite URL; None for an in-memory database."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database).resolve().with_name(Path(database).name + ".lock")


class InstanceLock:
    """A non-blocking, process-owned lock named `name` for the database at `url`.

    `acquire()` returns True when this process now holds the lock, False when another process
    does; it never waits. Use as a context manager: `with InstanceLock(url, engine) as held:`.
    Databases other than SQLite and PostgreSQL are not locked (acquire returns True and logs why).
    """

    def __init__(self, url: str, engine: Engine | None = None, name: str = "poll") -> None:
        self.url = url
        self.engine = engine
        self.name = name
        self.held = False
        self._fd: int | None = None
        self._conn: Connection | None = None

    def acquire(self) -> bool:
        if self.held:
            return True
        backend = make_url(self.url).get_backend_name()
        if backend == "sqlite":
            self.held = self._acquire_file()
        elif backend == "postgresql":
            self.held = self._acquire_advisory()
        else:
            log.warning("no instance lock for %s databases: run a single mailbot", backend)
            self.held = True
        return self.held

    def _acquire_file(self) -> bool:
        import fcntl

        path = sqlite_lock_path(self.url)
        if path is None:  # an in-memory database cannot be shared between processes anyway
            return True
        path = path.with_name(path.name if self.name == "poll" else f"{path.name}.{self.name}")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise OperatorError(f"Cannot create the lock file {path} ({exc.strerror}); check that the database folder is writable.") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        # The holder's pid helps an operator who finds the file; the lock itself is the flock.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def _acquire_advisory(self) -> bool:
        if self.engine is None:
            self.engine = make_engine(self.url)
        conn = self.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": advisory_key(self.name)}).scalar())
            # A session-level advisory lock outlives the transaction; ending it keeps the held
            # connection from sitting "idle in transaction".
            conn.commit()
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        if self._fd is not None:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": advisory_key(self.name)})
                self._conn.commit()
            except Exception:  # the session is gone: the server released the lock with it
                pass
            finally:
                # invalidate() closes the DBAPI connection instead of pooling it, so the lock
                # can never survive inside the pool even if the unlock failed.
                self._conn.invalidate()
                self._conn.close()
                self._conn = None
        self.held = False

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


@contextmanager
def poll_lock(url: str, engine: Engine | None = None) -> Iterator[bool]:
    """`with poll_lock(url, engine) as held:` - held is False when another instance is polling."""
    lock = InstanceLock(url, engine, "poll")
    try:
        yield lock.acquire()
    finally:
        lock.release()
