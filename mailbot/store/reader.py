"""Read-only access to the database through its driver alone, for the commands that only read
(`status`, `list`, the digest preview).

Those commands run a few fixed SELECTs over up to tens of thousands of applications and must
answer within a second. Importing SQLAlchemy costs about 0.4 s of that (sqlmodel 0.7 s) and
converting rows through it most of the rest, so here the driver answers directly: the standard
library's sqlite3 for `sqlite:///` URLs, psycopg for `postgresql://` and `postgresql+psycopg://`.
Any other URL goes through SQLAlchemy's engine: slower, the same answers.

The SQL is written once with `:name` parameters and rewritten to the driver's parameter style.
Values come back as the driver gives them: `when` and `data` turn them into what the models
return (aware UTC datetimes, JSON values) from SQLite's text or psycopg's values.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from mailbot.errors import OperatorError
from mailbot.store.revisions import not_current_error

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

#: How much of a SQLite file a reader maps (SQLite caps it at its compile-time SQLITE_MAX_MMAP_SIZE).
MMAP_BYTES = 1 << 30
#: `:name`, not `::` (a PostgreSQL cast) nor the middle of a word.
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class Reader:
    """One DBAPI connection that only reads; `rows` and `value` run one SELECT each."""

    def __init__(self, connection: Any, paramstyle: str, errors: type[Exception],
                 close: Callable[[], None] | None = None, *, text_times: bool = False) -> None:
        self.connection = connection
        self.paramstyle = paramstyle
        #: SQLite: times are stored as text (UTC, no offset), compared as text.
        self.text_times = text_times
        #: The driver's DBAPI `Error`: what a failing SELECT raises.
        self.errors = errors
        self._close = close

    @classmethod
    def of_session(cls, session: Session) -> Reader:
        """A reader inside `session`'s transaction (it sees what the session wrote: pending
        changes are flushed first). Closing it leaves the session's connection open."""
        session.flush()
        bind = session.get_bind()
        dbapi = bind.dialect.dbapi
        assert dbapi is not None
        raw = session.connection().connection.dbapi_connection
        return cls(raw, bind.dialect.paramstyle, dbapi.Error, text_times=bind.dialect.name == "sqlite")

    @classmethod
    def of_engine(cls, engine: Engine) -> Reader:
        """A reader on one of `engine`'s pooled connections (for code that holds an engine);
        closing the reader gives the connection back."""
        raw = engine.raw_connection()
        dbapi = engine.dialect.dbapi
        assert dbapi is not None
        return cls(raw.dbapi_connection, engine.dialect.paramstyle, dbapi.Error, raw.close,
                   text_times=engine.dialect.name == "sqlite")

    def _bind(self, sql: str, params: dict[str, Any]) -> tuple[str, Any]:
        named: dict[str, Any] = {}
        positional: list[Any] = []
        style = self.paramstyle

        def one(name: str, value: Any) -> str:
            if isinstance(value, datetime):
                value = self.stored_time(value)
            if style in ("named", "pyformat"):
                named[name] = value
                return f":{name}" if style == "named" else f"%({name})s"
            positional.append(value)
            return "?" if style == "qmark" else "%s" if style == "format" else f":{len(positional)}"

        def placeholder(match: re.Match[str]) -> str:
            name = match.group(1)
            value = params[name]
            if isinstance(value, (list, tuple, set, frozenset)):
                items = list(value) or [None]  # `IN ()` is not SQL; `IN (NULL)` matches nothing
                return "(" + ", ".join(one(f"{name}_{i}", v) for i, v in enumerate(items)) + ")"
            return one(name, value)

        if style in ("pyformat", "format"):
            sql = sql.replace("%", "%%")  # a literal % in these styles is written %%
        query = _PARAM.sub(placeholder, sql)
        return query, named if style in ("named", "pyformat") else positional

    def stored_time(self, at: datetime) -> Any:
        """`at` as the database holds it, so a comparison in SQL compares times: on SQLite the
        text sqlmodel's UTCDateTime writes (UTC, always with microseconds), elsewhere aware UTC."""
        utc = at.astimezone(UTC) if at.utcoffset() is not None else at.replace(tzinfo=UTC)
        return f"{utc:%Y-%m-%d %H:%M:%S.%f}" if self.text_times else utc

    def _execute(self, sql: str, params: dict[str, Any]) -> Any:
        query, args = self._bind(sql, params)
        cursor = self.connection.cursor()
        cursor.execute(query, args)
        return cursor

    def rows(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        """Every row of one SELECT, as tuples. A list or tuple parameter is an IN list: `IN :kinds`."""
        cursor = self._execute(sql, params)
        try:
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def value(self, sql: str, **params: Any) -> Any:
        """The first column of the first row, or None when there is no row."""
        rows = self.rows(sql, **params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def when(value: Any) -> datetime | None:
    """A time column's value in UTC, as sqlmodel's UTCDateTime returns it: SQLite stores UTC as
    text without an offset, psycopg returns an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        try:  # the text SQLite holds: parsing it with the offset is ten times faster than adding one after
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:  # text that names its own offset
            value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def data(value: Any) -> Any:
    """A JSON column's value: SQLite stores text, psycopg returns it decoded."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def shown_url(url: str) -> str:
    """`url` without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _sqlite_path(url: str) -> str | None:
    """The file of a plain `sqlite:///PATH` URL (None for a URL with options or no file)."""
    scheme, _, rest = url.partition("://")
    if scheme not in ("sqlite", "sqlite+pysqlite") or not rest.startswith("/") or "?" in rest:
        return None
    path = unquote(rest[1:])
    return path if path and path != ":memory:" else None


def _connect(url: str) -> Reader | None:
    """A reader on `url`; None for a SQLite file that does not exist (opening it would create it)."""
    scheme = url.partition("://")[0]
    path = _sqlite_path(url)
    if path is not None:
        import sqlite3

        if not Path(path).exists():
            return None
        # mode=ro: a read-only command cannot write, even by mistake; the 30 s wait matches the engine's.
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=30)
        # Pages read through a memory map rather than copied into SQLite's small page cache: each
        # application row carries its extracted fields (~2 kB), and a scan of 10,000 took 95 ms
        # without, 15 ms with (SQLite's "Memory-Mapped I/O" page; Linux's cache is unified).
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        return Reader(conn, "named", sqlite3.Error, conn.close, text_times=True)
    if scheme in ("postgresql", "postgresql+psycopg"):
        import psycopg
        from psycopg.types.string import TextLoader

        pg = psycopg.connect("postgresql://" + url.partition("://")[2])
        pg.read_only = True
        for json_type in ("json", "jsonb"):  # as text: `data` decodes it at half psycopg's cost per value
            pg.adapters.register_loader(json_type, TextLoader)
        return Reader(pg, "pyformat", psycopg.Error, pg.close)
    from mailbot.store.engine import make_engine

    return Reader.of_engine(make_engine(url))


def _revision(reader: Reader) -> str | None:
    """The schema revision Alembic recorded, None when there is none (no mailbot tables)."""
    try:
        return reader.value("SELECT version_num FROM alembic_version")
    except reader.errors:
        reader.connection.rollback()  # PostgreSQL refuses further statements in a failed transaction
        return None


def open_reader(url: str) -> Reader:
    """A reader on the database at `url`, whose schema must be the one this code knows (read-only
    commands never migrate). Raises OperatorError with one sentence saying what to do."""
    try:
        reader = _connect(url)
    except ImportError as exc:
        raise OperatorError(f"The database driver is not installed ({exc.name or exc}); "
                            "pip install 'mailbot[postgres]' for PostgreSQL.") from None
    except OperatorError:
        raise
    except Exception as exc:  # the driver's own error for a file or server it cannot open
        raise OperatorError(f"The database at {shown_url(url)} cannot be opened ({exc}); "
                            "check [database] url.") from None
    problem = not_current_error(_revision(reader) if reader is not None else None)
    if problem is not None:
        if reader is not None:
            reader.close()
        raise problem
    assert reader is not None  # no reader: no schema, a problem raised above
    return reader

