"""Write <half>/INDEX.md from the data module."""
import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
HERE = os.path.dirname(os.path.abspath(__file__))
for half in sys.argv[1:]:
    mod = importlib.import_module(half + "_data")
    L = ["# Round 15b, %s half: per-file table" % half, "",
         "| File | Genre | Shape | Form? | Missing required | Topic (title) | What it tests |", "|---|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        form = d.get("form", True)
        miss = ", ".join(lib.missing(d["fields"])) if form else ""
        L.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], d["shape"], "yes" if form else "no",
                 miss or "–", d["fields"].get("proposal_title", "(not a form)"), d["notes"].replace("|", "/")))
    open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
