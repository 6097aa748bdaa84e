"""Type-check mailbot and its parsers under their installed import names.

The parsers live in the top-level folder `parsers/` but install as `mailbot_parsers`
(pyproject.toml [tool.setuptools.package-dir]); mypy cannot follow setuptools' editable
mapping, so this script shows mypy the installed layout through symlinks in a temporary folder.
Usage: python tools/typecheck.py  (configuration: pyproject.toml [tool.mypy])
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mailbot-typecheck-") as tmp:
        os.symlink(ROOT / "mailbot", Path(tmp) / "mailbot")
        os.symlink(ROOT / "parsers", Path(tmp) / "mailbot_parsers")
        cmd = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
               "-p", "mailbot", "-p", "mailbot_parsers"]
        return subprocess.call(cmd, cwd=tmp)


if __name__ == "__main__":
    sys.exit(main())
