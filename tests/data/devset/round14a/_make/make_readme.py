"""python make_readme.py -- writes tuning/INDEX.md and heldout/INDEX.md from the data modules."""
import os, sys, json, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for half in ("tuning", "heldout"):
    try:
        mod = importlib.import_module(half + "_data")
    except ImportError:
        continue
    L = ["# Round 14a, %s half: per-file table" % half, "",
         "| File | Genre | Shape | Lang | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = json.load(open(os.path.join(base, half, d["file"].rsplit(".", 1)[0] + ".expected.json")))
        L.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], d["shape"], d["lang"],
                 ", ".join(e["missing_required"]) or "–", d["notes"]))
    open(os.path.join(base, half, "INDEX.md"), "w").write("\n".join(L) + "\n")
    print(half, "INDEX.md written")
