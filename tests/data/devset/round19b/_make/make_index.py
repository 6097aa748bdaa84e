"""python make_index.py tuning|heldout -> ../<half>/INDEX.md"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
GEN = {"G1": "internal memo", "G2": "tri-fold brochure", "G3": "program-at-a-glance fact sheet", "G4": "department meeting minutes",
       "G5": "FAQ document", "G6": "grant-style application"}
L = [f"# Round 19b, {half} half: per-file table", "",
     "| File | Genre | Shape | Form? | Lang | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
for d in mod.DOCS:
    form = d.get("is_form", True)
    miss = ", ".join(lib.missing(d["fields"])) if form else "–"
    L.append(f"| `{d['name']}` | {d['genre']} – {GEN[d['genre']]} | {d.get('shape', '5' if form else '7')} | {'yes' if form else 'no'} | {d['lang']} | {miss or '–'} | {d['notes']} |")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(L) + "\n")
print("\n".join(L[:3]))
