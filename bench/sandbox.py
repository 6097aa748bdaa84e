"""What isolation costs: per-attachment time in the sandbox worker vs in-process, on the corpus.

    python bench/sandbox.py [CORPUS_DIR] [--runs N]

Prints, per file, the median in-process parse time, the median sandboxed time (worker already
running) and the difference; then the worker start-up cost and the totals. The difference is
the price of pickling the bytes and the result across a pipe.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mailbot.intake.table import parse_in_process
from mailbot.mail.message import Attachment
from mailbot.intake.sandbox import Sandbox

SHARED = Path(os.environ.get("MAILBOT_SHARED", ROOT / "tests" / "data" / "shared"))


def _median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(SHARED / "corpus"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    files = [p for p in sorted(Path(args.corpus).glob("*")) if p.suffix.lower() in (".docx", ".pdf", ".doc")]
    if not files:
        print(f"error: no .docx/.pdf/.doc files in {args.corpus}", file=sys.stderr)
        return 1
    with Sandbox() as sb:
        t = time.perf_counter()
        sb._worker()
        startup = (time.perf_counter() - t) * 1000
        rows = []
        for path in files:
            att = Attachment(path.name, "application/octet-stream", path.read_bytes())
            parse_in_process(att)  # warm imports and caches on both sides before timing
            sb.extract(att)
            inproc = _median_ms(lambda a=att: parse_in_process(a), args.runs)
            boxed = _median_ms(lambda a=att: sb.extract(a), args.runs)
            rows.append((path.name, len(att.data), inproc, boxed))
        print(f"{'file':<60} {'KB':>6} {'in-proc ms':>10} {'sandbox ms':>10} {'overhead':>9}")
        for name, size, a, b in rows:
            print(f"{name[:60]:<60} {size // 1024:>6} {a:>10.1f} {b:>10.1f} {b - a:>+9.1f}")
        overheads = [b - a for _, _, a, b in rows]
        print(f"\nworker start-up (once per poll run): {startup:.0f} ms; peak worker RSS {sb.stats.last_peak_rss_kb // 1024} MB")
        print(f"overhead per attachment: median {statistics.median(overheads):+.1f} ms, max {max(overheads):+.1f} ms; "
              f"total in-process {sum(r[2] for r in rows):.0f} ms vs sandbox {sum(r[3] for r in rows):.0f} ms "
              f"for {len(rows)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
