"""python make_index.py tuning|heldout -> ../<half>/INDEX.md (per-file table) and prints the mix line for the README."""
import collections, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
HERE = os.path.dirname(os.path.abspath(__file__))
lines = [f"# Round 15a – {half} half: per-file table", ""]
if half == "heldout":
    lines += ["Scoring only: do not open these documents, their expected files or this table while developing.", ""]
lines += ["| File | Genre | Shape | Lang | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
shapes, genres = collections.Counter(), collections.Counter()
fr = inc = 0
for d in mod.DOCS:
    m = lib.missing(d["exp"]) if d["shape"] != "7" else []
    shapes[d["shape"]] += 1; genres[d["genre"]] += 1
    fr += d["lang"] != "en"; inc += bool(m)
    lines.append(f"| `{d['file']}` | {d['genre']} | {d['shape']} | {d['lang']} | {', '.join(m) or '–'} | {d['notes']} |")
open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"* {half}: {len(mod.DOCS)} documents – " + ", ".join(f"shape {k}: {v}" for k, v in sorted(shapes.items()))
      + f"; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: 0; per genre: "
      + ", ".join(f"{k}: {v}" for k, v in sorted(genres.items())))
