"""Write tuning/INDEX.md and heldout/INDEX.md from the data modules and expected files."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

SHAPE = {"1": "1 – official DOCX table form", "3": "3 – fillable PDF (AcroForm)", "4": "4 – printed form (no table / fields)",
         "5": "5 – retyped form", "7": "7 – not a concept form"}
for half in ("tuning", "heldout"):
    data = importlib.import_module(f"{half}_data")
    out = [f"# Round 24c – {half}/ per-file table", "",
           "| File | Genre | Shape | Form? | Language | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
    for d in data.DOCS:
        e = json.load(open(os.path.join(lib.ROOT, half, d["file"] + ".expected.json"), encoding="utf-8"))
        out.append(f"| `{d['file']}` | {d['genre']} | {SHAPE[e['shape']]} | {'yes' if e['is_concept_form'] else 'no'} | "
                   f"{'French / bilingual' if d.get('french') else 'English'} | {', '.join(e['missing_required']) or '–'} | {e['notes']} |")
    open(os.path.join(lib.ROOT, half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("wrote", half, len(data.DOCS))
