"""Write <half>/INDEX.md from the data modules and expected files. python make_index.py tuning|heldout"""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = {"5": "5 – retyped (own genre)", "7": "7 – not a concept form"}
for half in sys.argv[1:] or ["tuning", "heldout"]:
    data = importlib.import_module(half + "_data")
    rows = ["# Round 22b – %s half\n" % half, "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in data.DOCS:
        e = json.load(open(os.path.join(HERE, "..", half, d["file"] + ".expected.json"), encoding="utf-8"))
        rows.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], SHAPE[e["shape"]], "yes" if e["is_concept_form"] else "no",
                                                        ", ".join(e["missing_required"]) or "–", e["notes"].replace("|", "/")))
    open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
    print("wrote", half + "/INDEX.md")
