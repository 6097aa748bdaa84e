"""python make_readme.py: write ../README.md (and ../heldout/INDEX.md when heldout_data.py exists)."""
import collections
import importlib
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import ROOT, HERE  # noqa: E402

SHAPE = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF",
         "4": "4 – printed form", "5": "5 – retyped / own layout", "6": "6 – scanned / no text layer",
         "7": "7 – not a concept form"}


def mix(docs):
    c = collections.Counter(d.shape for d in docs)
    fr = sum(1 for d in docs if d.lang in ("fr", "bi"))
    inc = sum(1 for d in docs if d.form and d.missing())
    rev = sum(1 for d in docs if d.review)
    g = collections.Counter(d.genre for d in docs)
    shapes = ", ".join(f"shape {s}: {c[s]}" for s in sorted(c))
    genres = ", ".join(f"{k}: {g[k]}" for k in sorted(g, key=lambda x: int(x[1:])))
    return (f"{len(docs)} documents – {shapes}; French or bilingual: {fr}; incomplete (non-empty missing_required): "
            f"{inc}; needs_manual_review: {rev}; per genre: {genres}")


def table(docs):
    rows = ["| File | Genre | Shape | Lang | Route / tool | Missing required | What it is / tests |",
            "|---|---|---|---|---|---|---|"]
    for d in docs:
        miss = ", ".join(d.missing()) or "–"
        rows.append(f"| `{d.file}` | {d.genre} | {SHAPE[d.shape]} | {d.lang} | {d.route} | {miss} | {d.notes} |")
    return "\n".join(rows)


def verify_out(half):
    r = subprocess.run([sys.executable, os.path.join(HERE, "verify.py"), half], capture_output=True, text=True)
    return r.stdout.strip().splitlines()[-2]


def main():
    tun = importlib.import_module("tuning_data").DOCS
    has_h = os.path.exists(os.path.join(HERE, "heldout_data.py"))
    held = importlib.import_module("heldout_data").DOCS if has_h else None
    parts = [open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read().rstrip(), ""]
    parts.append("Mix:\n")
    parts.append(f"* tuning: {mix(tun)}")
    if held:
        parts.append(f"* heldout: {mix(held)}")
    else:
        parts.append("* heldout: committed separately (branch `devset12-heldout`); its counts are added here then.")
    parts.append("")
    parts.append(open(os.path.join(HERE, "README_conventions.md"), encoding="utf-8").read().rstrip())
    ver = [verify_out("tuning")] + ([verify_out("heldout")] if held else [])
    parts.append(f"""
## How the files were made and checked

`_make/` holds the generator scripts, for the record: `lib.py` (labels and option words in English, French and
bilingual, expected-file writer, block markup → HTML / Markdown, LibreOffice / Chromium / pandoc helpers), `routes.py`
(one producing route per genre), `tuning_data.py` / `heldout_data.py` (content and expected values of each document),
`build.py` (`python build.py tuning|heldout`), `verify.py` (the check below), `make_readme.py`, `README_intro.md`,
`README_conventions.md`. Tools: python-docx 1.2, reportlab 4, pikepdf, pypdf, pypdfium2, Pillow, odfpy; pandoc 2.17;
LibreOffice 7.4 headless (Writer, Writer/Web); Chromium headless; TeX Live pdflatex; ImageMagick 6. Re-running gives
equivalent, not byte-identical files.

`_make/verify.py` reads every document back without the parser (DOCX: text of every XML part of `word/`, `w:delText`
dropped; PDF: text with pypdf and pypdfium2 plus AcroForm `/V` values; the kept source page for image-only PDFs), after
NFKC normalisation, lower-casing, unifying ' and ’ and dropping whitespace and hyphens; it checks that each expected
file is valid JSON with exactly the keys above and equals the data module, that `missing_required` matches the fields,
that each file opens (python-docx / pypdf), that image-only PDFs have no text layer, and that every expected text value
(item by item), each outcome, and the written form of each number and date occur in the document. Choice codes were
checked by looking at the rendered pages and the `/V` values.

Result of `python verify.py`:

```
""" + "\n".join(ver) + """
```
""")
    parts.append("\n## Tuning half (`tuning/`)\n")
    parts.append(table(tun))
    if held:
        parts.append("\n## Held-out half (`heldout/`)\n\nScoring only. Its per-file table is in `heldout/INDEX.md` "
                     "(do not open it while developing).")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(parts) + "\n")
    if held:
        intro = open(os.path.join(HERE, "heldout_INDEX_intro.md"), encoding="utf-8").read().rstrip()
        open(os.path.join(ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8").write(
            intro + "\n\n" + f"Mix: {mix(held)}\n\n" + table(held) + "\n")


if __name__ == "__main__":
    main()
