"""The SQLAlchemy engine for a database URL: the one place that knows per-backend connection settings."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

from mailbot.errors import OperatorError

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry


def make_engine(url: str) -> Engine:
    """An engine for `url`. SQLite gets WAL and a busy timeout so a poll and a CLI call can overlap."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL, said here because a build may default WAL to NORMAL (SQLITE_DEFAULT_WAL_SYNCHRONOUS).
            # NORMAL would save an fsync per commit and survives a crash of mailbot, but after a power
            # loss or an OS crash the last commits may roll back (SQLite's PRAGMA synchronous docs),
            # while what followed them already happened outside: an outbox claim lost after its DATA
            # was sent would send the email again; a handled state lost after its MOVE would leave the
            # message filed and never answered.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        # SQLAlchemy imports the driver when the engine is made: say which package brings it.
        hint = ("pip install 'mailbot[postgres]' and use a postgresql+psycopg:// URL" if url.startswith("postgres")
                else f"install the Python driver for {url.split(':', 1)[0]}")
        raise OperatorError(f"The database driver is not installed ({exc.name or exc}); {hint}.") from None
