"""Refresh the repository's copy of the shared test data (tests/data/shared/) from ../shared/.

The tests read only the copy, so a fresh clone tests on its own; run this when ../shared/ changes:
    python tools/refresh_test_data.py [--source ../shared]
It mirrors the folders below exactly (files that vanished upstream are removed from the copy).
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "tests" / "data" / "shared"
FOLDERS = ("concept-form", "corpus", "corpus-b", "hostile")


def refresh(source: Path) -> int:
    """Mirror FOLDERS from `source` into TARGET; return how many files changed."""
    changed = 0
    for name in FOLDERS:
        src, dst = source / name, TARGET / name
        if not src.is_dir():
            raise SystemExit(f"{src} is missing: pass --source with the folder that holds {', '.join(FOLDERS)}.")
        wanted = {p.relative_to(src) for p in src.rglob("*") if p.is_file()}
        for rel in sorted(wanted):
            out = dst / rel
            if out.is_file() and filecmp.cmp(src / rel, out, shallow=False):
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src / rel, out)
            changed += 1
        for stale in [p for p in dst.rglob("*") if p.is_file() and p.relative_to(dst) not in wanted]:
            stale.unlink()
            changed += 1
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared", help="the shared folder (default: ../shared)")
    args = ap.parse_args(argv)
    n = refresh(args.source.resolve())
    print(f"tests/data/shared: {n} file(s) updated from {args.source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
