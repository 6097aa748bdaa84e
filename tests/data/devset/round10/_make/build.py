"""Build one half of round 10: python build.py tuning|heldout [file-substring]"""
import importlib
import os
import shutil
import sys
import tempfile

from lib import (ROOT, HERE, fields_from_answers, missing_of, write_expected, soffice, chromium_pdf, pdflatex,
                 gs_redistill, gs_scan, shown_text, CHOICES, ORDER, V, O, L, P)
import routes

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def expected_for(d):
    if d.get("notform"):
        return {}
    if "answers" in d:
        return fields_from_answers(d["answers"])
    return dict(d["expected"])


def build_official_docx(d, out):
    if d.get("lo_resave"):
        tmp = tempfile.mkdtemp(prefix="b10-")
        src = os.path.join(tmp, "form.docx")
        routes.official_docx(src, d["answers"], d.get("opts", {}))
        odt = soffice(src, "odt", tmp)
        os.remove(src)
        res = soffice(odt, "docx", tmp, "MS Word 2007 XML")
        shutil.move(res, out)
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        routes.official_docx(out, d["answers"], d.get("opts", {}))


def build_official_pdf(d, out, src_keep=None):
    tmp = tempfile.mkdtemp(prefix="b10-")
    src = os.path.join(tmp, "form.docx")
    if d.get("printout"):
        routes.blocks_docx(src, d["printout"], d.get("opts", {}))
    else:
        routes.official_docx(src, d["answers"], d.get("opts", {}))
    pdf = soffice(src, "pdf", tmp, "writer_pdf_Export")
    if d.get("gs"):
        gs_redistill(pdf, out)
    else:
        shutil.move(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)


def build_scan(d, out, src_keep):
    tmp = tempfile.mkdtemp(prefix="b10-")
    src = os.path.join(tmp, "form.docx")
    if d.get("printout"):
        routes.blocks_docx(src, d["printout"], d.get("opts", {}))
    else:
        routes.official_docx(src, d["answers"], d.get("opts", {}))
    pdf = soffice(src, "pdf", tmp, "writer_pdf_Export")
    shutil.copy(pdf, src_keep)
    gs_scan(pdf, out, dpi=150, angle=d.get("angle", 0.6), seed=d.get("seed", 3))
    shutil.rmtree(tmp, ignore_errors=True)


def build_acroform(d, out):
    names = d["names"]
    if names == "keys":
        names = {k: k for k in ORDER}
    tmp = tempfile.mkdtemp(prefix="b10-")
    blank = os.path.join(tmp, "blank.pdf")
    tall = {"rationale": 60, "competencies": 48, "learning_outcomes": 70, "summative_assessment": 40,
            "education_plan_alignment": 40, "target_learners": 30, "resources_required": 30}
    routes.acroform_blank(blank, names, dict(exports=d["exports"], choice_mode=d["choice_mode"], tall=tall))
    values, checks = {}, {}
    for k, val in d["answers"].items():
        if val is None:
            continue
        if k in CHOICES:
            code = val.expected if isinstance(val, V) else val
            exp = d["exports"][k][code]
            if d["choice_mode"] == "radio":
                checks[names[k]] = exp
            else:
                checks[f"{names[k]}_{exp}"] = "Yes"
        else:
            values[names[k]] = shown_text(val)
    if d["filler"] == "pikepdf":
        routes.fill_pikepdf(blank, out, values, checks)
    else:
        routes.fill_pypdf(blank, out, values, checks)
    shutil.rmtree(tmp, ignore_errors=True)


EMAIL_CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:28px;color:#222}
.bar{font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4px;margin-bottom:14px}
h1{font-size:15pt;font-weight:normal;margin:0 0 10px}
table.hdr td{padding:1px 8px 1px 0;font-size:10pt;vertical-align:top} table.hdr td.k{font-weight:bold}
.msg{border-top:1px solid #ddd;margin-top:12px;padding-top:10px} p{margin:0 0 9px} ul{margin-top:0}
.sig{white-space:pre-line}
"""


def build_html_email(d, out):
    from html import escape
    rows = "".join(f"<tr><td class='k'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in d["header"])
    subj = dict(d["header"]).get("Subject:", "")
    blocks = [("raw", f"<div class='bar'>Outlook &nbsp;·&nbsp; {escape(d.get('mailbox', 'Mail'))}</div>"),
              ("raw", f"<h1>{escape(subj)}</h1><table class='hdr'>{rows}</table><div class='msg'>")]
    for kind, data in d["body"]:
        if kind == "p" and "\n" in data:
            blocks.append(("raw", f"<p class='sig'>{escape(data)}</p>"))
        else:
            blocks.append((kind, data))
    blocks.append(("raw", "</div>"))
    tmp = tempfile.mkdtemp(prefix="b10-")
    h = os.path.join(tmp, "mail.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(routes.blocks_html(blocks, d.get("css", EMAIL_CSS), subj))
    chromium_pdf(h, out)
    shutil.rmtree(tmp, ignore_errors=True)


def build_html(d, out):
    tmp = tempfile.mkdtemp(prefix="b10-")
    h = os.path.join(tmp, "page.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(d["html"])
    chromium_pdf(h, out)
    shutil.rmtree(tmp, ignore_errors=True)


def build_blocks_docx(d, out):
    opts = d.get("opts", {})
    if d.get("lo_resave"):
        tmp = tempfile.mkdtemp(prefix="b10-")
        src = os.path.join(tmp, "doc.docx")
        routes.blocks_docx(src, d["blocks"], opts)
        odt = soffice(src, "odt", tmp)
        os.remove(src)
        res = soffice(odt, "docx", tmp, "MS Word 2007 XML")
        shutil.move(res, out)
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        routes.blocks_docx(out, d["blocks"], opts)


def build_blocks_pdf_lo(d, out):
    tmp = tempfile.mkdtemp(prefix="b10-")
    src = os.path.join(tmp, "doc.docx")
    routes.blocks_docx(src, d["blocks"], d.get("opts", {}))
    pdf = soffice(src, "pdf", tmp, "writer_pdf_Export")
    if d.get("gs"):
        gs_redistill(pdf, out)
    else:
        shutil.move(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)


def build_pptx(d, out):
    from pptx import Presentation
    from pptx.util import Inches, Pt
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, (title, bullets) in enumerate(d["slides"]):
        if i == 0:
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = title
            s.shapes.title.left, s.shapes.title.top = Inches(0.6), Inches(0.8)
            s.shapes.title.width, s.shapes.title.height = Inches(12), Inches(2.0)
            for p_ in s.shapes.title.text_frame.paragraphs:
                for r_ in p_.runs:
                    r_.font.size = Pt(36)
            body = s.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.6), Inches(3.0), Inches(12), Inches(4.0)
            tf = body.text_frame
            tf.text = bullets[0]
            for b in bullets[1:]:
                tf.add_paragraph().text = b
            for p in tf.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(20)
        else:
            s = prs.slides.add_slide(prs.slide_layouts[1])
            s.shapes.title.text = title
            s.shapes.title.left, s.shapes.title.width = Inches(0.6), Inches(12)
            s.shapes.title.top, s.shapes.title.height = Inches(0.4), Inches(1.2)
            body = s.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.8), Inches(12), Inches(5.2)
            tf = body.text_frame
            tf.text = bullets[0]
            for b in bullets[1:]:
                tf.add_paragraph().text = b
    tmp = tempfile.mkdtemp(prefix="b10-")
    src = os.path.join(tmp, "deck.pptx")
    prs.save(src)
    pdf = soffice(src, "pdf", tmp, "impress_pdf_Export")
    shutil.move(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)


def build_purchase_order(d, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 10, "PURCHASE ORDER  PO-2026-3318", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for line in ["The Michener Institute of Education at UHN – Procurement Services",
                 "222 St. Patrick Street, Toronto ON · procurement@michener.example · 416-555-0110",
                 "Order date: 2026-11-27     Required by: 2027-01-15     Terms: Net 30",
                 "Vendor: Lifecast Simulation Supply Inc., 88 Dockside Road, Hamilton ON · orders@example.com",
                 "Ship to: Simulation Centre, Room 2-210 (attn. Marcus Ekwueme-Dahl)",
                 "Requisitioned by: Continuing Education – for the micro-credential 'Haemorrhage Control and "
                 "Tourniquet Application for Community Responders'",
                 "Cost centre: CE-4410 (course development)"]:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(col_widths=(12, 90, 20, 30, 30), text_align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT")) as t:
        for row in [("Line", "Description", "Qty", "Unit price", "Amount"),
                    ("1", "Bleeding-control task trainer, thigh with junctional wound", "4", "1,240.00", "4,960.00"),
                    ("2", "Commercial training tourniquets (pack of 10)", "3", "310.00", "930.00"),
                    ("3", "Haemostatic training gauze (case of 50)", "2", "185.00", "370.00"),
                    ("4", "Simulated blood concentrate, 4 L", "2", "64.50", "129.00")]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    for line in ["Subtotal: 6,389.00    HST 13%: 830.57    TOTAL (CAD): 7,219.57",
                 "Approved by: Rosalind Achterberg, Program Manager, Continuing Education – 2026-11-27",
                 "Budget holder: Dr. Farah Okonkwo-Reyes, Director – 2026-11-28",
                 "Please quote the PO number on all invoices. Questions: procurement@michener.example"]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


def build_latex(d, out):
    pdflatex(d["latex"], out)


BUILDERS = {"official_docx": build_official_docx, "cc_docx": lambda d, o: routes.cc_docx(o, d["answers"], d["opts"]),
            "acroform": build_acroform, "official_pdf": build_official_pdf, "html_email": build_html_email,
            "html": build_html, "blocks_docx": build_blocks_docx, "blocks_pdf_lo": build_blocks_pdf_lo,
            "pptx": build_pptx, "purchase_order": build_purchase_order, "latex": build_latex}


def main():
    half = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    mod = importlib.import_module(f"{half}_data")
    outdir = os.path.join(ROOT, half)
    os.makedirs(outdir, exist_ok=True)
    prefix = "src_" if half == "tuning" else "heldout_src_"
    for d in mod.DOCS:
        if only and only not in d["file"]:
            continue
        out = os.path.join(outdir, d["file"])
        print("building", d["file"], flush=True)
        if d["kind"] in ("scan_official",):
            build_scan(d, out, os.path.join(HERE, prefix + d["file"]))
        else:
            BUILDERS[d["kind"]](d, out)
        fields = expected_for(d)
        is_form = not d.get("notform")
        missing = d.get("missing_override", missing_of(fields)) if is_form else []
        review = d["shape"] == "6" or d.get("review", False)
        notes = d["tricky"]
        write_expected(out, is_form, d["shape"], fields, missing, review, notes)


if __name__ == "__main__":
    main()
