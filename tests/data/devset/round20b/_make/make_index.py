"""python make_index.py tuning|heldout – writes <half>/INDEX.md from the data module and the expected files."""
import os, sys, json, importlib
import build

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = {"1": "1 – official DOCX table form", "4": "4 – printed form (no table / fields)", "7": "7 – not a concept form"}

for half in sys.argv[1:]:
    mod = importlib.import_module(f"{half}_data")
    out = [f"# Round 20b – {half} half: per-file table", "",
           "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for doc in mod.DOCS:
        name = doc["file"] + build.ext(doc)
        exp = json.load(open(os.path.join(HERE, "..", half, name + ".expected.json")))
        out.append(f"| `{name}` | {doc['genre']} | {SHAPE[exp['shape']]} | {'yes' if exp['is_concept_form'] else 'no'} | "
                   f"{', '.join(exp['missing_required']) or '–'} | {exp['notes']} |")
    open(os.path.join(HERE, "..", half, "INDEX.md"), "w").write("\n".join(out) + "\n")
    print(half, len(mod.DOCS))
