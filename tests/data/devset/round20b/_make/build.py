"""python build.py tuning|heldout  – renders the documents and writes the expected files."""
import os, sys, shutil, tempfile, importlib
from lib import write_expected, soffice
import render_docx, render_web, render_tex

HERE = os.path.dirname(os.path.abspath(__file__))

G1 = dict(ans_color="1F4E9A", ans_font="Calibri", ans_size=11, help="line2", sections="shaded", outcomes="table",
          lists="word", choices="x")
G2 = dict(form_font="Times New Roman", form_size=10, help="line2", sections="plain", outcomes="numbered",
          lists="typed", choices="delete", endorse="options")
G5 = dict(form_font="Arial", form_size=10, help="brackets", sections="headings", outcomes="numbered", lists="typed",
          choices="delete", label_w=5.0, ans_w=12.0)


def ext(doc):
    return ".pdf" if doc["genre"] in ("G3", "G4", "G5") else ".docx"


def build_one(doc, outdir):
    name = doc["file"] + ext(doc)
    out = os.path.join(outdir, name)
    g = doc["genre"]
    if g in ("G1", "G2", "G5"):
        base = dict({"G1": G1, "G2": G2, "G5": G5}[g]); base.update(doc.get("style", {}))
        st = render_docx.Style(**base)
        if g == "G1":
            render_docx.render(doc, out, st)
        else:
            tmp = tempfile.mkdtemp(prefix="b20b_")
            src = os.path.join(tmp, "form.docx")
            render_docx.render(doc, src, st)
            if g == "G2":
                soffice(src, "rtf", tmp)
                os.remove(src)
                os.makedirs(os.path.join(tmp, "o"))
                soffice(os.path.join(tmp, "form.rtf"), "docx:MS Word 2007 XML", os.path.join(tmp, "o"))
                shutil.copy(os.path.join(tmp, "o", "form.docx"), out)
            else:
                soffice(src, "pdf", tmp)
                shutil.copy(os.path.join(tmp, "form.pdf"), out)
            shutil.rmtree(tmp)
    elif g == "G3":
        render_web.render(doc, out, doc["style"])
    elif g == "G4":
        render_tex.render(doc, out, doc.get("style", {}))
    write_expected(doc, outdir, name)
    return name


if __name__ == "__main__":
    half = sys.argv[1]
    mod = importlib.import_module(f"{half}_data")
    outdir = os.path.join(HERE, "..", half)
    only = sys.argv[2:]
    for doc in mod.DOCS:
        if only and doc["file"] not in only:
            continue
        print(build_one(doc, outdir))
