"""The built wheel: only import names that begin with `mailbot`, and the data the code loads at run time."""
from __future__ import annotations

import importlib
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_installs_only_mailbot_import_names(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                          "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("mailbot-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith((".dist-info", ".data"))}
    assert top == {"mailbot", "mailbot_parsers"}
    for needed in ("mailbot/templates/acknowledgement.txt.j2", "mailbot/templates/forms/",
                   "mailbot/store/migrations/env.py", "mailbot/store/migrations/versions/0001_initial_schema.py",
                   "mailbot_parsers/__init__.py"):
        assert any(n.startswith(needed) for n in names), f"{needed} is not in the wheel"
    # The console script points at a function that exists.
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    script = zipfile.ZipFile(wheel).read(entry_points).decode()
    target = script.split("mailbot =", 1)[1].split()[0]
    module, _, func = target.partition(":")
    assert callable(getattr(importlib.import_module(module), func))
