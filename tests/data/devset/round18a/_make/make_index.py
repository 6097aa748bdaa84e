"""python make_index.py tuning|heldout : writes <half>/INDEX.md"""
import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
rows = ["# round18a/%s: per-file table\n" % half, "| File | Genre | Shape | Lang | Missing required | What it is / tests |",
        "|---|---|---|---|---|---|"]
for d in mod.DOCS:
    ext = lib.BUILDERS[d["genre"]][1] or d["ext"]
    e = lib.expected(d)
    rows.append("| %s.%s | %s | %s | %s | %s | %s |" % (d["name"], ext, d["genre"], e["shape"], d.get("lang", "en"),
                ", ".join(e["missing_required"]) or "–", e["notes"].replace("|", "/")))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(rows) + "\n")
