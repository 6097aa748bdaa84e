"""python make_index.py tuning|heldout : write <half>/INDEX.md from the data module."""
import importlib, os, sys
half = sys.argv[1]; mod = importlib.import_module(half + "_data")
ext = {"G1": "docx", "G2": "pdf", "G3": "pdf", "G4": "docx", "G5": "docx", "G6": "pdf", "G7": "docx"}
rows = ["# round18b / %s: per-file table" % half, "", "| File | Genre | Shape | Lang | Topic / title | missing_required | Notes |", "|---|---|---|---|---|---|---|"]
from lib import REQUIRED
for d in mod.DOCS:
    form = d.get("form", True); f = d["f"]
    miss = ", ".join(k for k in REQUIRED if k not in f) if form else ""
    rows.append("| %s.%s | %s | %s | %s | %s | %s | %s |" % (d["name"], ext[d["genre"]], d["genre"], "5" if form else "7", d["lang"],
                f.get("proposal_title", d["x"].get("title", "")), miss or "-", d["notes"]))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(rows) + "\n")
