"""Write tuning/INDEX.md and heldout/INDEX.md from the data modules and expected files."""
import importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SHAPES = {"1": "1 – official DOCX table form", "4": "4 – printed form / plain text", "5": "5 – retyped form",
          "7": "7 – not a concept form"}
for half in ("tuning", "heldout"):
    mod = importlib.import_module(half + "_data")
    rows = ["# round 24a – %s half" % half, "",
            "| File | Genre | Shape | Lang | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = json.load(open(os.path.join(HERE, "..", half, d["name"] + ".expected.json"), encoding="utf-8"))
        rows.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (
            d["name"], d["genre"], SHAPES[e["shape"]], d["lang"], "yes" if e["is_concept_form"] else "no",
            ", ".join(e["missing_required"]) or "–", e["notes"]))
    with open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote", half, len(mod.DOCS))
