"""python make_index.py tuning|heldout – writes <half>/INDEX.md from the data module."""
import sys, os, importlib
from lib import missing
HERE = os.path.dirname(os.path.abspath(__file__))
ROUTE = {"cc": "python-docx + raw w:sdt XML (Word content controls)",
         "legacy": "python-docx + raw FORMTEXT/FORMCHECKBOX field XML, forms protection",
         "edited": "python-docx + raw w:ins/w:del / VML text-box XML; comments via python-docx 1.2",
         "fillsign": "reportlab blank form + PyMuPDF FreeText annotations",
         "fillsign_overlay": "reportlab blank form with the answers drawn over the lines",
         "fillable": "reportlab blank form + PyMuPDF AcroForm widgets",
         "lookalike_cc": "python-docx + raw w:sdt XML (Word content controls)"}
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
rows = ["| File | Genre | Shape | Lang | Route | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
for d in mod.DOCS:
    route = ROUTE[d["kind"]] + (" -> printed to PDF by poppler pdftocairo" if d.get("mode") == "printed" else "")
    m = ", ".join(missing(d["fields"])) if d.get("form", True) else "– (not a form)"
    rows.append(f"| `{d['name']}` | {d['genre']} | {d['shape']} | {d['lang']} | {route} | {m or '–'} | {d['notes']} |")
open(os.path.join(os.path.dirname(HERE), half, "INDEX.md"), "w").write(
    f"# Round 17a – {half} half: per-file table\n\n" + "\n".join(rows) + "\n")
