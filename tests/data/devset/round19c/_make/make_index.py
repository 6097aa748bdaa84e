"""python make_index.py tuning|heldout -> ../<half>/INDEX.md (per-file table)"""
import os, sys, json, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
rows = ["| File | Genre | Shape | Form? | Missing required | Topic / what it tests |", "|---|---|---|---|---|---|"]
for d in mod.DOCS:
    ext = lib.RENDER[d["genre"]][1]
    e = lib.expected(d)
    miss = ", ".join(e["missing_required"]) or "–"
    lang = " (French)" if d.get("lang") == "fr" else ""
    rows.append(f"| `{d['name']}.{ext}` | {d['genre']} | {e['shape']} | {'yes' if e['is_concept_form'] else 'no'} | {miss} | {d['notes']}{lang} |")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md")
open(out, "w", encoding="utf-8").write(f"# Round 19c – {half} half: per-file table\n\n" + "\n".join(rows) + "\n")
print(out)
