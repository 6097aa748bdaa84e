"""python make_index.py - writes ../tuning/INDEX.md and ../heldout/INDEX.md from the expected files."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SHAPES = {"1": "1 – official DOCX table form", "3": "3 – fillable PDF (AcroForm)", "4": "4 – printed form (no table / fields)",
          "5": "5 – retyped form", "7": "7 – not a concept form"}
for half in ("tuning", "heldout"):
    mod = importlib.import_module(half + "_data")
    d = os.path.join(HERE, "..", half)
    rows = ["# Round 23a – %s half" % half, "",
            "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for doc in mod.DOCS:
        e = json.load(open(os.path.join(d, doc["file"] + ".expected.json"), encoding="utf-8"))
        rows.append("| `%s` | %s | %s | %s | %s | %s |" % (doc["file"], doc["genre"], SHAPES[e["shape"]],
                    "yes" if e["is_concept_form"] else "no", ", ".join(e["missing_required"]) or "–", e["notes"]))
    open(os.path.join(d, "INDEX.md"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
    print("wrote", half, len(mod.DOCS))
