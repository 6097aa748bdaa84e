"""Run the real public documents of tests/data/real through the parsers in a child process.

The child reports, per document, what it was taken for, how long it took and the
process's peak resident memory so far, so a test can bound time and memory without
the test process's own allocations in the figure. Used by tests/unit/test_real_documents.py
(``parse``) and tests/integration/test_real_scans.py (``read_scan``).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "tests" / "data" / "real" / "manifest.json"

_CHILD = r'''
import json, resource, sys, time, traceback
import mailbot_parsers as parsers
entry = sys.argv[1]


def peak_mb():
    # VmHWM belongs to this program's own memory map; ru_maxrss on Linux also carries the peak of
    # the parent that forked it (kept across exec), so under a large pytest process it says nothing
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu():
    # this process's CPU time plus that of the programs it ran (Tesseract): a budget of work that a
    # loaded machine (parallel tests, other jobs) does not stretch the way it stretches wall time
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


for path in sys.stdin.read().splitlines():
    data = open(path, "rb").read()
    name = path.rsplit("/", 1)[-1]
    out = {"path": path}
    t0 = time.perf_counter()
    c0 = cpu()
    try:
        r = getattr(parsers, entry)(data, name)
        out.update(form=r.is_concept_form, kind=r.kind, needs_ocr=r.needs_ocr)
    except parsers.ParseError as exc:
        out.update(form=False, kind="error:" + exc.code)
    except Exception:
        out.update(form=False, kind="traceback", traceback=traceback.format_exc())
    out["seconds"] = time.perf_counter() - t0
    out["cpu_seconds"] = cpu() - c0
    out["peak_mb"] = peak_mb()
    print(json.dumps(out), flush=True)
'''


def documents() -> list[str]:
    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return [e["path"] for e in entries if e["kind"] == "document"]


def run(paths: list[str], entry: str = "parse", timeout: float = 900) -> list[dict]:
    """One dict per document: path, form, kind, seconds (wall), cpu_seconds, peak_mb (and traceback when one was raised)."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, entry], input="\n".join(paths), capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or len(rows) != len(paths):
        done = {r["path"] for r in rows}
        left = [p for p in paths if p not in done]
        raise AssertionError(f"the parser process died (exit {proc.returncode}) at {left[:1]}: {proc.stderr[-2000:]}")
    return rows
