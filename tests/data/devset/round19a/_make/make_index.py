"""Writes tuning/INDEX.md and heldout/INDEX.md from the data modules and expected files."""
import json, os, sys, importlib
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
ROUTE = {"G1": "python-docx + content-control XML (w:sdt, w14:checkbox)", "G2": "python-docx + legacy form-field XML (FORMTEXT / FORMCHECKBOX, forms protection)",
         "G3": "python-docx + anchored DrawingML text boxes (wps, optional VML fallback)", "G4": "Google-Docs-style DOCX XML (python-docx 1.2 for comments)",
         "G5": "HTML form -> LibreOffice 7.4 PDF export (form fields), as written", "G5n": "HTML form -> LibreOffice 7.4 PDF export; /AP removed with pypdf, NeedAppearances true",
         "G6f": "HTML form -> LibreOffice 7.4 PDF export, flattened with pypdf (values drawn as page text)", "G6a": "reportlab blank form + pypdf FreeText annotations", "G7": "python-docx"}
for half in ("tuning", "heldout"):
    mod = importlib.import_module(half + "_data")
    out = ["# Round 19a – %s half: per-file table" % half, "",
           "| File | Genre | Shape | Lang | Route | Missing required | What it tests |", "|---|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = json.load(open(os.path.join(here, "..", half, d["file"] + ".expected.json"), encoding="utf8"))
        out.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], e["shape"], d.get("lang", "en"),
                   ROUTE[d["route"]], ", ".join(e["missing_required"]) or "–", d["notes"]))
    open(os.path.join(here, "..", half, "INDEX.md"), "w", encoding="utf8").write("\n".join(out) + "\n")
    print(half, len(mod.DOCS))
