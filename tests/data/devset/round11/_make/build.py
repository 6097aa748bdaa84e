"""Build one half of round 11: python build.py tuning|heldout [name-prefix]"""
import importlib
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import routes as R
from lib import ROOT, HERE, tmpdir, write_expected, form_html


def blocks_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = doc.get("font", "Georgia"); d.styles["Normal"].font.size = Pt(11)
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = doc["header"]
    for kind, val in doc["blocks"]:
        if kind in ("h1", "h2"):
            d.add_heading(val, level=int(kind[1]))
        elif kind in ("p", "pb"):
            p = d.add_paragraph()
            for i, ln in enumerate(val.split("\n")):
                r = p.add_run(ln)
                r.bold = kind == "pb"
                if i < len(val.split("\n")) - 1:
                    r.add_break()
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbers":
            for it in val:
                d.add_paragraph(it, style="List Number")
    d.save(path)


def table_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading(doc["title"], level=1)
    ncol = len(doc["rows"][0])
    t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
    if doc.get("headers"):
        cells = t.add_row().cells
        for c, h in zip(cells, doc["headers"]):
            c.paragraphs[0].add_run(h).bold = True
    for row in doc["rows"]:
        cells = t.add_row().cells
        for j, (c, v) in enumerate(zip(cells, row)):
            lines = v.split("\n")
            for i, ln in enumerate(lines):
                p = c.paragraphs[0] if i == 0 else c.add_paragraph()
                r = p.add_run(ln)
                if doc.get("headers") is None and j == 0:
                    r.bold = True
    d.save(path)


def invoice_pdf(doc, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 10, doc["inv"]["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for ln in doc["inv"]["head"]:
        pdf.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(col_widths=(90, 20, 30, 30)) as t:
        for r in doc["inv"]["lines"]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    for ln in doc["inv"]["foot"]:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def app_pdf(doc, path):
    """A fillable application form (reportlab) filled with PyMuPDF."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    import pymupdf
    td = tmpdir(); blank = os.path.join(td, "blank.pdf")
    c = canvas.Canvas(blank, pagesize=letter)
    W, H = letter
    y = H - 60
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "Application for Admission – Advanced Standing"); y -= 16
    c.setFont("Helvetica", 9); c.drawString(50, y, "Office of the Registrar · complete all fields"); y -= 24
    for i, (lab, _) in enumerate(doc["app"]):
        h = 60 if lab.startswith("Statement") else 16
        c.setFont("Helvetica", 9); c.drawString(50, y, lab); y -= 4
        c.acroForm.textfield(name="field_%02d" % (i + 1), x=50, y=y - h, width=W - 100, height=h, fontSize=9,
                             borderWidth=1, fieldFlags="multiline" if h > 20 else "", value="")
        y -= h + 16
    c.save()
    pdf = pymupdf.open(blank)
    vals = {"field_%02d" % (i + 1): v for i, (_, v) in enumerate(doc["app"])}
    for page in pdf:
        for w in page.widgets():
            w.field_value = vals[w.field_name]
            w.update()
    pdf.save(path, garbage=3, deflate=True)


def build_doc(doc, outdir, prefix):
    path = os.path.join(outdir, doc["file"])
    r = doc["route"]
    lang = doc.get("lang") if doc.get("lang") in ("en", "fr", "bi") else "en"
    if r == "pandoc_html_docx":
        R.pandoc_html_docx(doc, path, lang)
    elif r == "docx_lo_roundtrip":
        R.docx_lo_roundtrip(doc, path, lang)
    elif r == "docxtpl_form":
        R.docxtpl_form(doc, path, lang)
    elif r == "cc_form":
        R.cc_form(doc, path, lang)
    elif r in ("acro_pymupdf", "acro_pymupdf_bake"):
        td = tmpdir(); blank = os.path.join(td, "blank.pdf")
        R.acro_blank(blank, lang, names=doc.get("names"), title=doc.get("form_title"))
        R.fill_pymupdf(blank, path, doc, lang, names=doc.get("names"), bake=(r == "acro_pymupdf_bake"))
    elif r == "hyperref_form":
        R.hyperref_form(doc, path, lang)
    elif r == "story_print":
        R.story_print(doc, path, lang, boxchars=doc.get("boxchars", ("☒", "☐")))
    elif r == "md_print":
        R.md_print(doc, path, lang)
    elif r == "html_chromium":
        R.html_chromium(doc["body"], path, doc.get("css", ""), doc["file"])
    elif r == "html_lo_pdf":
        R.html_lo(doc["body"], path, "pdf", doc.get("css", ""), doc["file"])
    elif r == "html_lo_docx":
        R.html_lo(doc["body"], path, "docx", doc.get("css", ""), doc["file"])
    elif r == "html_story":
        R.html_story(doc["body"], path, doc.get("css", ""))
    elif r == "md_docx":
        R.md_pandoc(doc["md"], path, ["-t", "docx"])
    elif r == "md_pdf":
        R.md_pandoc(doc["md"], path, ["--pdf-engine=lualatex", "-V", "mainfont=DejaVu Sans", "-V", "geometry:margin=2.2cm"])
    elif r == "slides_handout":
        R.slides_handout(doc["slides"], path, doc.get("footer", ""))
    elif r == "blocks_docx":
        blocks_docx(doc, path)
    elif r == "table_docx":
        table_docx(doc, path)
    elif r == "app_pdf":
        app_pdf(doc, path)
    elif r == "invoice_pdf":
        invoice_pdf(doc, path)
    elif r == "scan_form":
        td = tmpdir()
        h = os.path.join(td, "form.html")
        with open(h, "w", encoding="utf-8") as fh:
            fh.write(doc["scan_html"] if doc.get("scan_html") else form_html(doc, lang, R.FORM_CSS))
        src = os.path.join(HERE, prefix + "src_" + doc["file"])
        lib.chromium_pdf(h, src)
        R.scan_from_pdf(src, path)
    else:
        raise ValueError(r)
    write_expected(outdir, doc)
    return path


def main():
    half = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    mod = importlib.import_module("tuning_data" if half == "tuning" else "heldout_data")
    outdir = os.path.join(ROOT, half)
    os.makedirs(outdir, exist_ok=True)
    prefix = "" if half == "tuning" else "heldout_"
    for doc in mod.DOCS:
        if only and not doc["file"].startswith(only):
            continue
        print("building", doc["file"], flush=True)
        build_doc(doc, outdir, prefix)


if __name__ == "__main__":
    main()
