import sys, os, importlib, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import expected
GN = {"G1": "InDesign-style PDF", "G2": "spreadsheet form → PDF", "G3": "single-cell table DOCX", "G4": "coloured answers after labels",
      "G5": "Lead | Co-lead DOCX", "G6": "numbered questions (LaTeX)"}
for half in sys.argv[1:]:
    mod = importlib.import_module(f"{half}_data")
    L = [f"# round21b/{half} – per-file table", "", "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = expected(d)
        L.append(f"| `{d['name']}` | {d['genre']} – {GN[d['genre']]} | {d['shape']} | {'yes' if e['is_concept_form'] else 'no'} | "
                 f"{', '.join(e['missing_required']) or '–'} | {d['notes']} |")
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
