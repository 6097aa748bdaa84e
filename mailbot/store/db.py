"""Engine, sessions and schema migrations (Alembic, versioned from the first release)."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from mailbot.errors import OperatorError
from mailbot.store.engine import make_engine
from mailbot.store.locks import InstanceLock
from mailbot.store.revisions import MIGRATIONS, newer_schema_error

if TYPE_CHECKING:  # alembic is imported where it is used
    from alembic.config import Config

log = logging.getLogger(__name__)


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version; safe to call on every start."""
    from alembic import command

    try:
        command.upgrade(_alembic_config(engine), "head")
    except OperationalError as exc:
        raise OperatorError(
            f"The database at {engine.url.render_as_string(hide_password=True)} cannot be opened or migrated "
            f"({exc.orig}); check [database] url and that the folder is writable."
        ) from None


def current_revision(engine: Engine) -> str | None:
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_database(url: str, wait_seconds: float = 120.0, *, migrate: bool = True) -> Engine:
    """An engine on an up-to-date schema. Processes starting together migrate one at a time.

    migrate=False (read-only commands) never changes the schema: it raises OperatorError saying
    to run `mailbot db upgrade` when the schema is behind."""
    import time

    from mailbot.store import maintenance

    engine = make_engine(url)
    if not migrate:
        maintenance.require_current_schema(engine)
        return engine
    state = maintenance.schema_state(engine)
    newer = newer_schema_error(state.current)
    if newer is not None:  # one sentence instead of Alembic's traceback
        raise newer
    if state.up_to_date:
        # Nothing to migrate: Alembic (with Mako and Pygments) is never imported, and a long-running
        # service does not carry ~9 MB of modules it used for one no-op at start.
        log.debug("database schema at %s, this version's: nothing to migrate", state.current)
        return engine
    lock = InstanceLock(url, engine, "migrate")
    deadline = time.monotonic() + wait_seconds
    while not lock.acquire():
        if time.monotonic() > deadline:
            raise OperatorError("Another mailbot has been migrating the database for minutes; "
                                "check for a stuck process, then start again.")
        time.sleep(0.1)
    try:
        upgrade(engine)
    finally:
        lock.release()
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
