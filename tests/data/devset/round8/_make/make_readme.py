"""Write ../README.md (tuning table) and, if heldout_data exists, ../heldout/INDEX.md."""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import HERE, ROOT, expected_of

SHAPE = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF", "4": "4 – printed",
         "5": "5 – retyped / own layout", "6": "6 – scanned", "7": "7 – not a concept form"}


def mix(docs, name):
    c = {}
    for d in docs:
        c[d["shape"]] = c.get(d["shape"], 0) + 1
    fr = sum(d["lang"] != "en" for d in docs)
    inc = sum(bool(expected_of(d)["missing_required"]) for d in docs)
    rev = sum(bool(d.get("review")) for d in docs)
    parts = ", ".join(f"shape {s}: {c.get(s, 0)}" for s in "1234567")
    return (f"* {name}: {len(docs)} documents – {parts}; French or bilingual: {fr}; incomplete (non-empty "
            f"missing_required): {inc}; needs_manual_review: {rev}")


def table(docs):
    out = []
    for d in docs:
        e = expected_of(d)
        miss = ", ".join(e["missing_required"]) or "–"
        route = d["route"].replace("|", "/")
        out.append(f"| `{d['file']}` | {SHAPE[d['shape']]} | {d['lang']} | {route} | {miss} | {d['notes']} |")
    return "\n".join(out) + "\n"


def main():
    tun = importlib.import_module("tuning_data").DOCS
    try:
        held = importlib.import_module("heldout_data").DOCS
    except ImportError:
        held = None
    mixes = mix(tun, "tuning")
    if held:
        mixes += "\n" + mix(held, "heldout")
    else:
        mixes += "\n* heldout: committed separately (see `heldout/INDEX.md` on branch `devset8-heldout`)"
    result = open(os.path.join(HERE, "verify_result.txt")).read().strip() if os.path.exists(
        os.path.join(HERE, "verify_result.txt")) else ""
    intro = open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read()
    intro = intro.replace("{MIX}", mixes).replace("{RESULT}", result)
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(intro + table(tun))
    if held:
        hi = open(os.path.join(HERE, "heldout_INDEX_intro.md"), encoding="utf-8").read()
        hdr = ("\n| File | Shape | Lang | Route / tool | Missing required | What it is / tests |\n"
               "|---|---|---|---|---|---|\n")
        open(os.path.join(ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8").write(hi + hdr + table(held))


if __name__ == "__main__":
    main()
