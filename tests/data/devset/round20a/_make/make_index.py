import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for half in sys.argv[1:]:
    mod = importlib.import_module(half + "_data")
    rows = ["# Round 20a – %s half: per-file table" % half, "",
            "| File | Genre | Shape | Form? | Language | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        form = d.get("form", True)
        miss = ", ".join(lib.missing(d["f"])) if form else ""
        rows.append("| `%s.%s` | %s | %s | %s | %s | %s | %s |" % (d["name"], d["ext"], d["genre"],
                    lib.SHAPE[d["genre"]] if form else "7", "yes" if form else "no", d["lang"], miss or "–", d["notes"]))
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(rows) + "\n")
