"""Write tuning/INDEX.md and heldout/INDEX.md from the data modules and expected files."""
import json, os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SHAPE = {"1": "1 – official DOCX table form", "2": "2 – DOCX with content controls", "3": "3 – fillable PDF (AcroForm)",
         "4": "4 – printed form (no table / fields)", "7": "7 – not a concept form"}
for half in ("tuning", "heldout"):
    docs = importlib.import_module(f"{half}_data").DOCS
    L = [f"# Round 24b – {half} half: per-file table", "",
         "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in docs:
        e = json.load(open(os.path.join(ROOT, half, d["file"] + ".expected.json"), encoding="utf-8"))
        L.append(f"| `{d['file']}` | {d['genre']} | {SHAPE[e['shape']]} | {'yes' if e['is_concept_form'] else 'no'} | "
                 f"{', '.join(e['missing_required']) or '–'} | {e['notes']} |")
    open(os.path.join(ROOT, half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("wrote", half, "INDEX.md")
