"""Rewrite config.example.toml and the README's settings table from the declaration in mailbot/config.py.

Run after adding or changing a setting: `python tools/config_docs.py`.
tests/unit/test_config_declaration.py fails until both files match the declaration.
"""
from __future__ import annotations

import re
from pathlib import Path

from mailbot.ops.settings_docs import README_BEGIN, README_END, example_toml, settings_table

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    (ROOT / "mailbot" / "config.example.toml").write_text(example_toml(), encoding="utf-8")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_BEGIN) + ".*?" + re.escape(README_END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no {README_BEGIN!r} ... {README_END!r} block to fill")
    readme.write_text(pattern.sub(lambda _: settings_table(), text), encoding="utf-8")
    print("wrote mailbot/config.example.toml (config.example.toml links to it) and the README settings table")


if __name__ == "__main__":
    main()
