import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
HERE = os.path.dirname(os.path.abspath(__file__))
ROUTES = {"docx": "python-docx -> DOCX", "docx_pdf": "python-docx -> LibreOffice PDF", "pandoc_docx": "pandoc markdown -> DOCX",
          "pandoc_pdf": "pandoc markdown -> DOCX -> LibreOffice PDF", "latex": "pdflatex"}
for half in sys.argv[1:]:
    mod = importlib.import_module(f"{half}_data")
    out = [f"# Round 16b – {half} half: per-file table", "",
           "| File | Genre | Route | Shape | Form? | Topic (title) | Missing required | What it tests |", "|---|---|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        f = d["fields"]
        miss = ", ".join(lib.missing(f)) if d["shape"] != "7" else "–"
        out.append(f"| `{d['file']}` | {d['genre']} | {ROUTES[d['route']]} | {d['shape']} | {'yes' if d['shape'] != '7' else 'no'} | "
                   f"{f.get('proposal_title', '(not a form)')} | {miss or '–'} | {d['notes']} |")
    open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(half, len(mod.DOCS))
