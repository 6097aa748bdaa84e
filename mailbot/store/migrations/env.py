"""Alembic environment: run against the engine mailbot passes in (no alembic.ini needed)."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
import mailbot.store.oprows  # noqa: F401

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
