"""Summarise py-spy's raw output (bench/throughput.py --profile FILE --profile-clock py-spy): the
share of CPU samples per process, and per function (inclusive and own) in each process.

    python bench/spysum.py FILE [--top 40] [--match TEXT]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

_PROCESS = re.compile(r"^process (\d+):\"?(.*?)\"?$")
_LINE = re.compile(r":\d+\)$")
# Leaves where a thread waits, not computes: py-spy's idle detection misses some of them (a
# thread-pool thread waiting for work, a select on the parse worker's pipe).
WAITS = ("_worker (concurrent/futures/thread.py)", "Condition.wait (threading.py)",
         "_read_exact (mailbot/intake/parse_worker.py)", "serve (mailbot/intake/parse_worker.py)")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--match", default="", help="only functions whose name contains this text")
    args = ap.parse_args()
    inclusive: dict[str, Counter[str]] = defaultdict(Counter)
    own: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    with open(args.file) as f:
        for line in f:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not stack:
                continue
            frames = stack.split(";")
            proc = "?"
            while frames and _PROCESS.match(frames[0]):  # the innermost process is the one sampled
                command = _PROCESS.match(frames[0]).group(2)  # type: ignore[union-attr]
                proc = "parse workers" if "parse_worker" in command else "mailbot" if "mailbot" in command else command[:40]
                frames = frames[1:]
            frames = [_LINE.sub(")", fr) for fr in frames if not fr.startswith("thread ")]
            n = int(count)
            if frames and frames[-1] in WAITS:
                total["(waiting, dropped)"] += n
                continue
            total[proc] += n
            if frames:
                own[proc][frames[-1]] += n
            for fr in set(frames):
                inclusive[proc][fr] += n
    grand = sum(total.values())
    for proc, n in total.most_common():
        print(f"== {proc}: {n} samples ({n / grand:.1%} of all)")
        for title, table in (("inclusive", inclusive[proc]), ("own", own[proc])):
            print(f"  -- {title}")
            shown = 0
            for name, c in table.most_common():
                if args.match and args.match not in name:
                    continue
                print(f"  {c:7d} {c / n:6.1%}  {name}")
                shown += 1
                if shown >= args.top:
                    break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
