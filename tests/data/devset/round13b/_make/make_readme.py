"""python make_readme.py – writes ../README.md (and ../heldout/INDEX.md when heldout_data.py exists)."""
import os, importlib, subprocess, sys
from collections import Counter
from lib import expected

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
LANG = {"en": "en", "fr": "fr", "bi": "bi"}


def mix(docs):
    sh = Counter(d["shape"] for d in docs)
    g = Counter(d["genre"] for d in docs)
    fr = sum(d["lang"] in ("fr", "bi") for d in docs)
    inc = sum(bool(expected(d)["missing_required"]) for d in docs)
    rev = sum(expected(d)["needs_manual_review"] for d in docs)
    return (f"{len(docs)} documents – " + ", ".join(f"shape {k}: {sh[k]}" for k in sorted(sh)) +
            f"; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {rev}; "
            "per genre: " + ", ".join(f"{k}: {g[k]}" for k in sorted(g)))


def table(docs):
    out = ["| File | Genre | Shape | Lang | Route / tool | Missing required | What it is / tests |",
           "|---|---|---|---|---|---|---|"]
    for d in docs:
        ex = expected(d)
        shape = {"5": "5 – retyped / own layout", "7": "7 – not a concept form"}[d["shape"]]
        mr = ", ".join(ex["missing_required"]) or "–"
        out.append(f"| `{d['file']}` | {d['genre']} | {shape} | {d['lang']} | {d['route']} | {mr} | {d['notes']} |")
    return "\n".join(out)


tun = importlib.import_module("tuning_data").DOCS
has_h = os.path.exists(os.path.join(HERE, "heldout_data.py"))
hel = importlib.import_module("heldout_data").DOCS if has_h else None
parts = [open(os.path.join(HERE, "README_intro.md")).read().rstrip(), "", "Mix:", "", "* tuning: " + mix(tun)]
if hel:
    parts.append("* heldout: " + mix(hel))
else:
    parts.append("* heldout: committed separately (see branch `devset13b-heldout`)")
parts += ["", open(os.path.join(HERE, "README_conventions.md")).read().rstrip(), ""]
res = subprocess.run([sys.executable, os.path.join(HERE, "verify.py")], capture_output=True, text=True, cwd=HERE)
parts += ["Result of `python verify.py`:", "", "```", "\n".join(l for l in res.stdout.splitlines() if ": " in l and "documents" in l), "```", ""]
parts += ["## Tuning half (`tuning/`)", "", table(tun), ""]
parts += ["## Held-out half (`heldout/`)", "",
          "Scoring only. Its per-file table is in `heldout/INDEX.md` (do not open it while developing).", ""]
open(os.path.join(ROOT, "README.md"), "w").write("\n".join(parts))
if hel:
    idx = ["# Held-out half, round 13b – per-file table (scoring only; do not open while developing)", "",
           "* heldout: " + mix(hel), "", table(hel), ""]
    hd = getattr(importlib.import_module("heldout_data"), "DECISIONS", "")
    if hd:
        idx += ["## Decisions that concern held-out files only", "", hd.strip(), ""]
    open(os.path.join(ROOT, "heldout", "INDEX.md"), "w").write("\n".join(idx))
print("README written")
