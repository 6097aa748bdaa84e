"""Writes <half>/INDEX.md from the data module and the expected files."""
import os, sys, json, importlib
DASH = "\u2013"
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = {"G1": "Writer document, header/footer, numbered headings -> PDF", "G2": "Word DOCX with cover page and contents",
         "G3": "slide deck (pptx) -> Impress PDF", "G4": "spreadsheet project-intake sheet -> Calc PDF",
         "G5": "two-column newsletter page (HTML -> Writer PDF)", "G6": "markdown -> pandoc DOCX",
         "G7": "web-form confirmation page printed to PDF from a browser"}
for half in sys.argv[1:] or ["tuning", "heldout"]:
    data = importlib.import_module(f"{half}_data")
    rows = ["| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for doc in data.DOCS:
        e = json.load(open(os.path.join(HERE, "..", half, doc["file"] + ".expected.json"), encoding="utf-8"))
        rows.append(f"| `{doc['file']}` | {doc['genre']} ({GENRE[doc['genre']]}) | {e['shape']} | {'yes' if e['is_concept_form'] else 'no'} | "
                    f"{', '.join(e['missing_required']) or DASH} | {e['notes']} |")
    open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8").write(
        f"# Round 23b \u2013 {half} half\n\n" + "\n".join(rows) + "\n")
    print("index", half, len(data.DOCS))
