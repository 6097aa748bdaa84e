"""Read-only commands read the migration chain without Alembic: the same answer as Alembic's."""
from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from mailbot.store import maintenance
from mailbot.store.db import MIGRATIONS


def _alembic() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def test_the_heads_read_from_the_files_are_alembics_heads() -> None:
    assert maintenance.code_heads() == sorted(_alembic().get_heads())


def test_the_known_revisions_read_from_the_files_are_alembics() -> None:
    assert maintenance.known_revisions() == {s.revision for s in _alembic().walk_revisions()}


def test_a_read_only_check_never_imports_alembic() -> None:
    import subprocess
    import sys

    code = ("import sys; from mailbot.store import maintenance; maintenance.code_heads(); "
            "maintenance.known_revisions(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
