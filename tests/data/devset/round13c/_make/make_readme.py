"""python make_readme.py  -- writes ../README.md (tuning table) and, if heldout data exist, ../heldout/INDEX.md. CC0."""
import os, json, importlib
from collections import Counter
from lib import ROOT, HERE

SHAPE = {1: "1 – official DOCX table", 2: "2 – DOCX content controls", 3: "3 – fillable PDF", 4: "4 – printed form",
         5: "5 – retyped / own layout", 6: "6 – scanned / no text layer", 7: "7 – not a concept form"}


def mix(half):
    data = importlib.import_module(f"{half}_data")
    sh = Counter(D["shape"] for D in data.DOCS); g = Counter(D["genre"] for D in data.DOCS)
    inc = rev = 0
    for D in data.DOCS:
        e = json.load(open(os.path.join(ROOT, half, D["file"] + ".expected.json"), encoding="utf-8"))
        inc += bool(e["missing_required"]); rev += e["needs_manual_review"]
    fr = sum(D["lang"] in ("fr", "bi") for D in data.DOCS)
    return (f"{len(data.DOCS)} documents – " + ", ".join(f"shape {k}: {sh[k]}" for k in sorted(sh))
            + f"; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {rev}; per genre: "
            + ", ".join(f"{k}: {g[k]}" for k in ["GA", "GB", "GC", "GD", "GE", "SC", "LA"] if g[k]))


def table(half):
    data = importlib.import_module(f"{half}_data")
    out = ["| File | Genre | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|---|"]
    for D in data.DOCS:
        e = json.load(open(os.path.join(ROOT, half, D["file"] + ".expected.json"), encoding="utf-8"))
        out.append(f"| `{D['file']}` | {D['genre']} | {SHAPE[D['shape']]} | {D['lang']} | {D['route']} | "
                   f"{', '.join(e['missing_required']) or '–'} | {D['notes']} |")
    return "\n".join(out)


if __name__ == "__main__":
    intro = open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read()
    halves = ["tuning"] + (["heldout"] if os.path.exists(os.path.join(HERE, "heldout_data.py")) else [])
    mixes = "\n".join(f"* {h}: {mix(h)}" for h in halves)
    if len(halves) == 1:
        mixes += "\n* heldout: (committed separately on branch `devset13c-heldout`)"
    import subprocess, sys
    ver = subprocess.run([sys.executable, "verify.py"] + halves, capture_output=True, text=True, cwd=HERE).stdout.strip()
    intro = intro.replace("{{VERIFY}}", ver)
    txt = intro.replace("{{MIX}}", mixes) + "\n\n## Tuning half (`tuning/`)\n\n" + table("tuning") + \
        "\n\n## Held-out half (`heldout/`)\n\nScoring only. Its per-file table is in `heldout/INDEX.md` (do not open it while developing).\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
    if "heldout" in halves:
        open(os.path.join(ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8").write(
            "# Round 13c – held-out half: per-file table\n\nFor scoring only; do not open while developing.\n\n" + table("heldout") + "\n")
