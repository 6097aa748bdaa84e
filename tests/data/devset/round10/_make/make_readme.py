"""Write ../README.md (tuning table) and, when heldout_data.py exists, ../heldout/INDEX.md."""
import importlib
import json
import os

from lib import ROOT, HERE

SHAPES = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF",
          "4": "4 – printed", "5": "5 – retyped / own layout", "6": "6 – scanned / no text layer",
          "7": "7 – not a concept form"}


def rows(half):
    mod = importlib.import_module(f"{half}_data")
    out = []
    for d in mod.DOCS:
        exp = json.load(open(os.path.join(ROOT, half, d["file"] + ".expected.json"), encoding="utf-8"))
        miss = ", ".join(exp["missing_required"]) or "–"
        out.append((d, exp, miss))
    return out


def mix(half):
    rs = rows(half)
    c = {}
    for d, e, _ in rs:
        c[d["shape"]] = c.get(d["shape"], 0) + 1
    fr = sum(1 for d, _, _ in rs if d["lang"] != "en")
    inc = sum(1 for _, e, _ in rs if e["missing_required"])
    rev = sum(1 for _, e, _ in rs if e["needs_manual_review"])
    shapes = ", ".join(f"shape {k}: {c[k]}" for k in sorted(c))
    return (f"{len(rs)} documents – {shapes}; French or bilingual: {fr}; incomplete (non-empty "
            f"missing_required): {inc}; needs_manual_review: {rev}")


def table(half):
    lines = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |",
             "|---|---|---|---|---|---|"]
    for d, e, miss in rows(half):
        lines.append(f"| `{d['file']}` | {SHAPES[d['shape']]} | {d['lang']} | {d['route']} | {miss} | "
                     f"{d['tricky']} |")
    return "\n".join(lines)


def main():
    intro = open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read()
    planned = open(os.path.join(HERE, "heldout_mix.txt"), encoding="utf-8").read().strip()
    if os.path.exists(os.path.join(HERE, "heldout_data.py")):
        planned = mix("heldout")
    txt = intro.replace("@@MIX_TUNING@@", mix("tuning")).replace("@@MIX_HELDOUT@@", planned)
    res = os.path.join(HERE, "verify_result.txt")
    txt = txt.replace("@@VERIFY@@", open(res).read().strip() if os.path.exists(res) else "(not run yet)")
    txt += "\n\n## Tuning half (`tuning/`)\n\n" + table("tuning") + "\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
    if os.path.exists(os.path.join(HERE, "heldout_data.py")):
        hi = open(os.path.join(HERE, "heldout_INDEX_intro.md"), encoding="utf-8").read()
        hi += "\n\n" + table("heldout") + "\n"
        open(os.path.join(ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8").write(hi)


if __name__ == "__main__":
    main()
