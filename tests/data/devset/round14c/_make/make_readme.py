"""Write tuning/INDEX.md and heldout/INDEX.md from the data modules (python make_readme.py tuning|heldout)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import expected
import importlib

for half in sys.argv[1:]:
    mod = importlib.import_module(half + "_data")
    out = ["# Round 14c, %s half: per-file table" % half, ""]
    if half == "heldout":
        out += ["Scoring only: do not open this table, the documents, their expected files or `_make/heldout_data.py` while developing.", ""]
    out += ["| File | Genre | Shape | Lang | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = expected(d)
        out.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], e["shape"], d["lang"],
                   ", ".join(e["missing_required"]) or "–", d["notes"].replace("|", "\\|")))
    open(os.path.join(ROOT, half, "INDEX.md"), "w").write("\n".join(out) + "\n")
    print(half, len(mod.DOCS))
