"""Renderers G1-G7 and the expected-file writer for round 23b (blind maker devset23b)."""
import json, os, subprocess, shutil, tempfile, html

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
FONT = "/usr/share/fonts/truetype/dejavu/"


def expected(doc):
    f = dict(doc["f"])
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    miss = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        miss.append("existing_program_name")
    return {"is_concept_form": True, "shape": doc.get("shape", "5"), "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(outdir, doc):
    with open(os.path.join(outdir, doc["file"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice(src, outdir, fmt="pdf"):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset23b", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _items(body):
    return body if isinstance(body, list) else [body]

# Block content forms: str (paragraph), list of str (bullets), ("num", [..]) numbered list,
# ("table", [[..],[..]]) table with header row, ("paras", [..]) several paragraphs.

def kind(body):
    if isinstance(body, str):
        return "p", [body]
    if isinstance(body, list):
        return "bullets", body
    return body[0], body[1]


# ---------------- G1: LibreOffice Writer-style document, header/footer, numbered headings -> PDF
def _docx_page_field(par):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    for t, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = par.add_run()
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)


def _docx_blocks(d, blocks, numbered=True, level_style="Heading 1"):
    for i, (head, body) in enumerate(blocks, 1):
        d.add_heading((f"{i}. " if numbered else "") + head, level=1)
        k, items = kind(body)
        if k == "p":
            d.add_paragraph(items[0])
        elif k == "paras":
            for x in items:
                d.add_paragraph(x)
        elif k == "bullets":
            for x in items:
                d.add_paragraph(x, style="List Bullet")
        elif k == "num":
            for x in items:
                d.add_paragraph(x, style="List Number")
        elif k == "lead":
            d.add_paragraph(items[0])
            for x in items[1:]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "leadnum":
            d.add_paragraph(items[0])
            for x in items[1:]:
                d.add_paragraph(x, style="List Number")
        elif k == "table":
            t = d.add_table(rows=0, cols=len(items[0])); t.style = "Table Grid"
            for row in items:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            d.add_paragraph("")


def g1(doc, outdir):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = doc["header"]
    fp = sec.footer.paragraphs[0]; fp.text = doc.get("footer", "") + " \u2014 page "; _docx_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading(doc["title"], level=0)
    if doc.get("subtitle"):
        p = d.add_paragraph(doc["subtitle"]); p.runs[0].italic = True
    for line in doc.get("top", []):
        d.add_paragraph(line)
    _docx_blocks(d, doc["blocks"], numbered=True)
    for line in doc.get("bottom", []):
        d.add_paragraph(line)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(doc["file"])[0] + ".docx")
    d.save(src)
    # round-trip through ODT so the PDF is a Writer document export
    soffice(src, tmp, "odt")
    soffice(src[:-5] + ".odt", outdir, "pdf")
    shutil.rmtree(tmp)


# ---------------- G2: Word document with cover page, table of contents, section headings (DOCX)
def g2(doc, outdir):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    d = Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    for _ in range(5):
        d.add_paragraph("")
    p = d.add_paragraph(); r = p.add_run(doc["title"]); r.bold = True; r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    if doc.get("subtitle"):
        p = d.add_paragraph(); r = p.add_run(doc["subtitle"]); r.font.size = Pt(14); r.italic = True
    for _ in range(6):
        d.add_paragraph("")
    for line in doc.get("top", []):
        d.add_paragraph(line)
    d.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph(doc.get("toc_title", "Table of Contents"), style="TOC Heading" if "TOC Heading" in [s.name for s in d.styles] else "Heading 1")
    for i, (head, _b) in enumerate(doc["blocks"], 1):
        p = d.add_paragraph(f"{i}.\t{head}\t{2 + (i - 1) // 4}")
    d.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
    numbered = doc.get("numbered", False)
    _docx_blocks(d, doc["blocks"], numbered=numbered)
    for line in doc.get("bottom", []):
        d.add_paragraph(line)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.footer.paragraphs[0].text = doc.get("footer", "")
    d.save(os.path.join(outdir, doc["file"]))


def _widen(s):
    from pptx.util import Inches
    phs = list(s.placeholders)
    title_slide = phs[1].placeholder_format.type != 7 and phs[1].placeholder_format.idx == 1 and s.slide_layout.name == "Title Slide"
    geo = [(2.0, 1.6), (3.8, 2.4)] if title_slide else [(0.4, 1.2), (1.8, 5.2)]
    for ph, (top, h) in zip(phs, geo):
        ph.left = Inches(0.8); ph.width = Inches(11.7); ph.top = Inches(top); ph.height = Inches(h)


# ---------------- G3: slide deck (python-pptx) exported by LibreOffice Impress to PDF
def g3(doc, outdir):
    from pptx import Presentation
    from pptx.util import Pt, Inches
    prs = Presentation(); prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = doc["title"]
    _widen(s)
    s.placeholders[1].text = "\n".join(doc.get("top", []))
    for head, body in doc["blocks"]:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = head
        _widen(s)
        tf = s.placeholders[1].text_frame
        k, items = kind(body)
        if k == "table":
            items = [f"{a}: {b}" for a, b in items[1:]] if len(items[0]) == 2 else [" | ".join(r) for r in items]
        first = True
        for x in items:
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.text = x
            p.font.size = Pt(20 if len(items) < 5 else 16)
    if doc.get("bottom"):
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = doc.get("bottom_title", "Contact")
        tf = s.placeholders[1].text_frame
        for i, x in enumerate(doc["bottom"]):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph(); p.text = x
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(doc["file"])[0] + ".pptx")
    prs.save(src)
    soffice(src, outdir, "pdf")
    shutil.rmtree(tmp)


# ---------------- G4: spreadsheet "project intake" sheet (openpyxl) -> Calc PDF
def g4(doc, outdir):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = doc.get("sheet", "Intake")
    ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 70
    ws["A1"] = doc["title"]; ws["A1"].font = Font(bold=True, size=14)
    row = 2
    if doc.get("subtitle"):
        ws.cell(row=2, column=1, value=doc["subtitle"]).font = Font(italic=True); row = 3
    row += 1
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="DDE7F0")
    for head, body in doc["blocks"]:
        if head.startswith("##"):
            c = ws.cell(row=row, column=1, value=head[2:].strip()); c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="2F5D7C")
            ws.cell(row=row, column=2).fill = PatternFill("solid", fgColor="2F5D7C")
            row += 1; continue
        k, items = kind(body)
        if k == "num":
            val = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
        elif k == "bullets":
            val = "\n".join(f"\u2022 {x}" for x in items)
        elif k in ("lead", "leadnum"):
            val = items[0] + "\n" + "\n".join(f"- {x}" for x in items[1:])
        else:
            val = "\n".join(items)
        a = ws.cell(row=row, column=1, value=head); b = ws.cell(row=row, column=2, value=val)
        a.fill = fill; a.font = Font(bold=True)
        for c in (a, b):
            c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        lines = sum(max(1, len(x) // 62 + 1) for x in val.split("\n"))
        ws.row_dimensions[row].height = 15 * lines + 2
        row += 1
    for line in doc.get("bottom", []):
        row += 1; ws.cell(row=row, column=1, value=line)
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = None
    ws.oddFooter.center.text = doc.get("footer", "&P of &N")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(doc["file"])[0] + ".xlsx")
    wb.save(src)
    soffice(src, outdir, "pdf")
    shutil.rmtree(tmp)


def _html_body(body):
    k, items = kind(body)
    e = html.escape
    if k == "p":
        return f"<p>{e(items[0])}</p>"
    if k == "paras":
        return "".join(f"<p>{e(x)}</p>" for x in items)
    if k == "bullets":
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"
    if k == "num":
        return "<ol>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ol>"
    if k == "lead":
        return f"<p>{e(items[0])}</p><ul>" + "".join(f"<li>{e(x)}</li>" for x in items[1:]) + "</ul>"
    if k == "leadnum":
        return f"<p>{e(items[0])}</p><ol>" + "".join(f"<li>{e(x)}</li>" for x in items[1:]) + "</ol>"
    if k == "table":
        return "<table border='1' cellpadding='3' cellspacing='0'>" + "".join(
            "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in items) + "</table>"


# ---------------- G5: two-column newsletter page (HTML -> LibreOffice Writer -> PDF)
def g5(doc, outdir):
    e = html.escape
    blocks = doc["blocks"]; half = doc.get("split", (len(blocks) + 1) // 2)
    def col(bs):
        return "".join(f"<h3 style='color:#7a2e0e'>{e(h)}</h3>{_html_body(b)}" for h, b in bs)
    side = "".join(f"<p style='font-size:9pt'>{e(x)}</p>" for x in doc.get("top", []))
    page = f"""<html><head><meta charset="utf-8"><title>{e(doc['title'])}</title></head>
<body style="font-family:'Liberation Sans';font-size:10pt">
<table width="100%" cellpadding="6" bgcolor="#7a2e0e"><tr><td><font color="#ffffff" size="5"><b>{e(doc['masthead'])}</b></font><br>
<font color="#ffffff" size="2">{e(doc['issue'])}</font></td></tr></table>
<h1 style="font-size:20pt">{e(doc['title'])}</h1>
<p><i>{e(doc.get('subtitle', ''))}</i></p>{side}
<table width="100%" cellpadding="8" cellspacing="0"><tr>
<td width="50%" valign="top">{col(blocks[:half])}</td>
<td width="50%" valign="top" bgcolor="#f6efe9">{col(blocks[half:])}</td></tr></table>
{''.join(f'<p style="font-size:9pt">{e(x)}</p>' for x in doc.get('bottom', []))}
<hr><p style="font-size:8pt">{e(doc.get('footer', ''))}</p></body></html>"""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(doc["file"])[0] + ".html")
    open(src, "w", encoding="utf-8").write(page)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset23b", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)


# ---------------- G6: markdown -> pandoc -> DOCX
def _md_body(body):
    k, items = kind(body)
    if k == "p":
        return items[0] + "\n"
    if k == "paras":
        return "\n\n".join(items) + "\n"
    if k == "bullets":
        return "\n".join(f"- {x}" for x in items) + "\n"
    if k == "num":
        return "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)) + "\n"
    if k == "lead":
        return items[0] + "\n\n" + "\n".join(f"* {x}" for x in items[1:]) + "\n"
    if k == "leadnum":
        return items[0] + "\n\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(items[1:], 1)) + "\n"
    if k == "table":
        w = len(items[0])
        out = "| " + " | ".join(items[0]) + " |\n|" + "---|" * w + "\n"
        return out + "".join("| " + " | ".join(r) + " |\n" for r in items[1:])


def g6(doc, outdir):
    md = "---\n" + "".join(f"{k}: \"{v}\"\n" for k, v in doc.get("meta", {}).items()) + "---\n\n"
    for x in doc.get("top", []):
        md += x + "\n\n"
    for h, b in doc["blocks"]:
        md += f"## {h}\n\n" + _md_body(b) + "\n"
    for x in doc.get("bottom", []):
        md += x + "\n\n"
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "proposal.md")
    open(src, "w", encoding="utf-8").write(md)
    subprocess.run(["pandoc", src, "-f", "markdown", "-t", "docx", "-o", os.path.join(outdir, doc["file"])], check=True)
    shutil.rmtree(tmp)


# ---------------- G7: web-form confirmation page "printed to PDF" from a browser, greyish scan look, text layer
def g7(doc, outdir):
    from fpdf import FPDF
    url = doc["url"]; stamp = doc["stamp"]; ptitle = doc["page_title"]

    class P(FPDF):
        def header(self):
            self.set_fill_color(236, 234, 228); self.rect(0, 0, 216, 280, "F")
            self.set_font("S", "", 7); self.set_text_color(80, 80, 80)
            self.set_xy(8, 5); self.cell(60, 4, stamp); self.set_xy(80, 5); self.cell(80, 4, ptitle)
            self.set_xy(18, 14); self.set_text_color(40, 40, 40)

        def footer(self):
            self.set_font("S", "", 7); self.set_text_color(80, 80, 80)
            self.set_xy(8, 271); self.cell(150, 4, url)
            self.set_xy(190, 271); self.cell(18, 4, f"{self.page_no()}/{{nb}}")

    pdf = P(format="letter"); pdf.set_auto_page_break(True, 16); pdf.set_margins(18, 14, 18)
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf"); pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36")
    pdf.set_producer("Skia/PDF m131")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("S", "B", 9); pdf.set_fill_color(40, 70, 110); pdf.set_text_color(255, 255, 255)
    pdf.cell(180, 8, "  " + doc["site"], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(40, 40, 40); pdf.ln(3)
    pdf.set_font("S", "B", 14); pdf.multi_cell(180, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    for x in doc.get("top", []):
        pdf.multi_cell(180, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for head, body in doc["blocks"]:
        if head.startswith("##"):
            pdf.ln(2); pdf.set_font("S", "B", 11); pdf.set_fill_color(215, 212, 204); pdf.set_text_color(30, 30, 30)
            pdf.cell(180, 7, head[2:].strip(), fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1); continue
        k, items = kind(body)
        if k == "num":
            txt = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
        elif k == "bullets":
            txt = "\n".join(f"\u2022 {x}" for x in items)
        elif k in ("lead", "leadnum"):
            txt = items[0] + "\n" + "\n".join(f"\u2022 {x}" for x in items[1:])
        else:
            txt = "\n".join(items)
        pdf.set_font("S", "B", 8.5); pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(180, 4.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "", 9.5); pdf.set_text_color(30, 30, 30)
        pdf.multi_cell(180, 5, txt, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.ln(3); pdf.set_font("S", "", 8)
    for x in doc.get("bottom", []):
        pdf.multi_cell(180, 4.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(outdir, doc["file"]))


RENDER = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5, "G6": g6, "G7": g7}
