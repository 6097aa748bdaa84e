"""python make_index.py tuning|heldout -- writes <half>/INDEX.md from the data module."""
import os, sys, importlib
from lib import expected_fields, missing
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SH = {"1": "1 – official DOCX table form", "3": "3 – fillable PDF (AcroForm)", "4": "4 – printed form (no table / fields)",
      "7": "7 – not a concept form"}
for half in sys.argv[1:]:
    mod = importlib.import_module(f"{half}_data")
    L = [f"# Round 16a – {half} half: per-file table", "",
         "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        if d["shape"] == "7":
            form, miss = "no", "–"
        else:
            form = "yes"; m = missing(expected_fields(d)); miss = ", ".join(m) if m else "–"
        L.append(f"| `{d['name']}` | {d['genre']} | {SH[d['shape']]} | {form} | {miss} | {d['notes']} |")
    open(os.path.join(ROOT, half, "INDEX.md"), "w").write("\n".join(L) + "\n")
