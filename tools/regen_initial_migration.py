"""Regenerate migrations/versions/0001 from the models (allowed only until the first release).

After the first release, add a new revision instead: never edit a released migration.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from mailbot.store.db import MIGRATIONS, _alembic_config, make_engine

for old in (MIGRATIONS / "versions").glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    engine = make_engine(f"sqlite:///{Path(tmp) / 'gen.db'}")
    command.revision(_alembic_config(engine), message="initial schema", autogenerate=True, rev_id="0001")
for new in (MIGRATIONS / "versions").glob("0001_*.py"):
    text = new.read_text().splitlines()
    new.write_text("\n".join(l if not l.startswith("Create Date:") else "Create Date: 2026-11-29" for l in text) + "\n")
