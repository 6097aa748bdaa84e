"""CPU time of one parse() per document over folders (what a parse worker pays per attachment), slowest first.

    python bench/parse_cpu.py [--profile OUT.prof] [--top N] FOLDER...

Prints the median and mean CPU per document and the N slowest documents; with --profile, a cProfile of the
parses only (reading the files is not counted). Every file below the folders is parsed except expected
files, notes and generators (.json, .md, .py, .txt, .sh, .toml, anything under _make/).
"""
from __future__ import annotations

import argparse
import cProfile
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mailbot_parsers import parse  # noqa: E402
from mailbot_parsers.errors import ParseError  # noqa: E402

SKIP = {".json", ".md", ".py", ".txt", ".sh", ".toml"}


def documents(folders: list[str]) -> list[pathlib.Path]:
    return [p for folder in folders for p in sorted(pathlib.Path(folder).rglob("*"))
            if p.is_file() and p.suffix.lower() not in SKIP and "_make" not in p.parts and not p.name.startswith(".")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", help="folders whose documents are parsed (recursively)")
    ap.add_argument("--profile", metavar="OUT.prof", help="also write a cProfile of the parses to this file")
    ap.add_argument("--top", type=int, default=10, help="how many of the slowest documents to list (10)")
    args = ap.parse_args()
    prof = cProfile.Profile() if args.profile else None
    times: list[tuple[float, str]] = []
    for p in documents(args.folders):
        data = p.read_bytes()
        start = time.process_time()
        if prof:
            prof.enable()
        try:
            parse(data, p.name)
        except ParseError:
            pass
        if prof:
            prof.disable()
        times.append((time.process_time() - start, str(p)))
    cpu = [t for t, _ in times]
    print(f"{len(cpu)} documents: CPU per parse median {statistics.median(cpu) * 1000:.1f} ms, "
          f"mean {statistics.mean(cpu) * 1000:.1f} ms, total {sum(cpu):.1f} s")
    for t, name in sorted(times, reverse=True)[:args.top]:
        print(f"  {t * 1000:9.1f} ms  {name}")
    if prof and args.profile:
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
