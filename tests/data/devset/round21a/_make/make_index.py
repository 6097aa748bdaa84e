"""python make_index.py tuning|heldout -> ../<half>/INDEX.md"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import expected
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
L = [f"# Round 21a – {half} half", "", "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
for d in mod.DOCS:
    e = expected(d)
    L.append(f"| `{d['name']}` | {d['genre']} | {e['shape']} | {'yes' if e['is_concept_form'] else 'no'} | "
             f"{', '.join(e['missing_required']) or '–'} | {d['notes']} |")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(L) + "\n")
