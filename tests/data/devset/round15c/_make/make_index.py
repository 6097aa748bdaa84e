"""python make_index.py tuning|heldout – writes <half>/INDEX.md from the data module."""
import sys, os, importlib, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
half = sys.argv[1]; mod = importlib.import_module(f"{half}_data")
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
L = [f"# Round 15c – {half} half: per-file table", "",
     "| File | Genre | Shape | Form? | Language | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
for doc in mod.DOCS:
    fn = doc["name"] + "." + doc["ext"]
    e = json.load(open(os.path.join(d, fn + ".expected.json"), encoding="utf-8"))
    L.append(f"| `{fn}` | {doc['genre']} | {doc['shape']} | {'yes' if e['is_concept_form'] else 'no'} | {doc.get('lang','en')} | "
             f"{', '.join(e['missing_required']) or '–'} | {doc['notes']} |")
open(os.path.join(d, "INDEX.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
