"""Which schema revisions this code knows, read from the migration files without Alembic or
SQLAlchemy, and what a read-only command says about a database's revision.

Read-only commands (status, list, the digest preview) need only this from the migration chain;
importing Alembic would cost them about half a second and SQLAlchemy about as much again.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mailbot.errors import OperatorError

MIGRATIONS = Path(__file__).with_name("migrations")


@lru_cache(maxsize=1)  # the files do not change while a process runs
def _chain() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it revises, read from the migration files' own assignments.

    Read as text (`ast`), not through Alembic. A unit test checks this against Alembic's own reading."""
    import ast

    chain: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") \
                            and node.value is not None:
                        values[target.id] = ast.literal_eval(node.value)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            downs = [down] if isinstance(down, str) else list(down) if isinstance(down, (tuple, list)) else []
            chain[revision] = tuple(d for d in downs if isinstance(d, str))
    return chain


def code_heads() -> list[str]:
    """The newest schema revision(s) this code knows."""
    chain = _chain()
    revised = {d for downs in chain.values() for d in downs}
    return sorted(r for r in chain if r not in revised)


def known_revisions() -> set[str]:
    return set(_chain())


def newer_schema_error(current: str | None) -> OperatorError | None:
    """The one sentence for a database a newer mailbot wrote (its revision is unknown here), else None."""
    if current is None or current in known_revisions():
        return None
    return OperatorError(
        f"The database is at schema {current}, newer than this mailbot knows ({', '.join(code_heads())}): "
        "a newer mailbot has used it. Install that version again, or restore a backup made before the upgrade.")


def not_current_error(current: str | None) -> OperatorError | None:
    """For read-only commands, which never migrate: what to do when the schema at revision
    `current` (None: no mailbot tables) is not the one this code needs, else None."""
    newer = newer_schema_error(current)
    if newer is not None:
        return newer
    if current is None:
        return OperatorError("The database has no mailbot tables yet; run `mailbot db upgrade` (or `mailbot run`) first.")
    if current not in code_heads():
        return OperatorError(
            f"The database schema is at {current}, this mailbot needs {', '.join(code_heads())}; "
            "run `mailbot db upgrade` (after `mailbot db backup`).")
    return None
