"""Shared helpers and renderers for round 22b (genres G1-G6). Content lives in *_data.py."""
import json, os, re, subprocess, shutil, tempfile

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start",
                   "expected_enrolment", "resources_required", "existing_program_name", "submission_date"]
ENUMS = {"request_type": {"new", "existing_program", "micro_course"},
         "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
         "delivery_format": {"online", "in_person", "hybrid"}}
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def joined(items):
    """A list in a text field, joined as the corpus README says."""
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def expected(d):
    f = d.get("f", {})
    if d.get("shape") == "7":
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": d["notes"]}
    miss = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        miss.append("existing_program_name")
    return {"is_concept_form": True, "shape": d.get("shape", "5"), "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": d["notes"]}


def write_expected(path, d):
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected(d), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset22b", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


# ---------------------------------------------------------------- G1 / G5: python-docx
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


_TC_ID = [100]


def _add_marked_text(par, text, author="", bold=False):
    """Add text with {+inserted+} and {-deleted-} tracked-change markup (G5)."""
    parts = re.split(r"(\{\+.*?\+\}|\{-.*?-\})", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("{+"):
            _TC_ID[0] += 1
            ins = OxmlElement("w:ins"); ins.set(qn("w:id"), str(_TC_ID[0])); ins.set(qn("w:author"), author)
            ins.set(qn("w:date"), "2027-01-20T10:15:00Z")
            r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = part[2:-2]
            if bold:
                rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
            r.append(t); ins.append(r); par._p.append(ins)
        elif part.startswith("{-"):
            _TC_ID[0] += 1
            de = OxmlElement("w:del"); de.set(qn("w:id"), str(_TC_ID[0])); de.set(qn("w:author"), author)
            de.set(qn("w:date"), "2027-01-20T10:16:00Z")
            r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = part[2:-2]
            r.append(t); de.append(r); par._p.append(de)
        else:
            run = par.add_run(part); run.bold = bold
    return par


def docx_blocks(doc, blocks, tracked_author=None, comment_author=None):
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph(style="Title"); _add_marked_text(p, b[1], tracked_author or "")
        elif kind == "sub":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif kind in ("h", "h2"):
            doc.add_heading(b[1], level=1 if kind == "h" else 2)
        elif kind in ("p", "lp"):
            p = doc.add_paragraph()
            if kind == "lp":
                p.add_run(b[1]).bold = True
                text, opts = b[2], (b[3] if len(b) > 3 else {})
            else:
                text, opts = b[1], (b[2] if len(b) > 2 else {})
            _add_marked_text(p, text, tracked_author or "")
            if opts.get("comment") and comment_author:
                runs = p.runs or [p.add_run("")]
                doc.add_comment(runs, text=opts["comment"], author=comment_author, initials="".join(w[0] for w in comment_author.split()))
        elif kind in ("ul", "ol"):
            for it in b[1]:
                p = doc.add_paragraph(style="List Bullet" if kind == "ul" else "List Number")
                _add_marked_text(p, it, tracked_author or "")
        elif kind in ("table", "box"):
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    par = c.paragraphs[0]
                    lines = val.split("\n")
                    for k, ln in enumerate(lines):
                        if k:
                            par = c.add_paragraph()
                        run = par.add_run(ln)
                        if (kind == "table" and i == 0 and opts.get("header", True)) or (kind == "box" and j == 0):
                            run.bold = True
                    if kind == "table" and i == 0 and opts.get("header", True):
                        _shade(c, opts.get("fill", "D9E2F3"))
                    if kind == "box":
                        _shade(c, opts.get("fill", "F2F2F2"))
            if opts.get("widths"):
                for row in t.rows:
                    for j, w in enumerate(opts["widths"]):
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
        elif kind == "sig":
            for ln in b[1]:
                doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
        else:
            raise ValueError(kind)


def render_docx(d, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = d.get("font", "Calibri"); st.font.size = Pt(d.get("size", 11))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if d.get("header"):
        hp = sec.header.paragraphs[0]; hp.text = d["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if d.get("footer"):
        sec.footer.paragraphs[0].text = d["footer"]
    docx_blocks(doc, d["blocks"], d.get("tracked_author"), d.get("comment_author"))
    doc.core_properties.author = d.get("author", "")
    doc.core_properties.title = d.get("doc_title", "")
    doc.save(path)


# ---------------------------------------------------------------- G2: Markdown -> pandoc -> ODT -> soffice PDF
def blocks_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("# " + b[1] + "\n")
        elif k == "sub":
            out.append("*" + b[1] + "*\n")
        elif k == "h":
            out.append("## " + b[1] + "\n")
        elif k == "h2":
            out.append("### " + b[1] + "\n")
        elif k == "p":
            out.append(b[1] + "\n")
        elif k == "lp":
            out.append("**" + b[1].strip() + "** " + b[2] + "\n")
        elif k == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif k == "ol":
            out.append("\n".join(f"{i}. " + it for i, it in enumerate(b[1], 1)) + "\n")
        elif k in ("table", "box"):
            rows = b[1]
            if k == "box":
                rows = [["", ""]] + rows if False else rows
            hdr = rows[0]
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "|".join("---" for _ in hdr) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            out.append("")
        elif k == "sig":
            out.append("\\\n".join(b[1]) + "\n")
        else:
            raise ValueError(k)
    return "\n".join(out)


def render_pandoc_pdf(d, path):
    tmp = tempfile.mkdtemp(prefix="g2-")
    stem = os.path.splitext(os.path.basename(path))[0]
    md = os.path.join(tmp, "src.md")
    meta = "---\ntitle: \"%s\"\nauthor: \"%s\"\nlang: %s\n---\n\n" % (d["doc_title"].replace('"', "'"), d.get("author", ""), d.get("lang", "en-CA"))
    open(md, "w", encoding="utf-8").write(meta + blocks_md(d["blocks"]))
    odt = os.path.join(tmp, stem + ".odt")
    subprocess.run(["pandoc", md, "-o", odt], check=True)
    pdf = soffice_pdf(odt, tmp)
    shutil.move(pdf, path)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- G3: logic model, reportlab landscape
def render_logic_model(d, path):
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", DEJAVU + "DejaVuSansCondensed-Bold.ttf"))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=8, leading=9.6)
    hdr = ParagraphStyle("h", parent=body, fontName="DVB", fontSize=9.5, textColor=colors.white)
    ttl = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=15, leading=18, textColor=colors.HexColor(d.get("accent", "#1F4E79")))
    meta = ParagraphStyle("m", parent=body, fontSize=8.5, leading=10.5)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    story = [Paragraph(esc(d["heading"]), ttl), Spacer(1, 3)]
    # meta strip: list of (label, value) in a grid of 2-3 columns
    m = d["meta"]; per = d.get("meta_cols", 3)
    rows = []
    for i in range(0, len(m), per):
        chunk = m[i:i + per]
        rows.append([Paragraph("<b>%s</b> %s" % (esc(l), esc(v)), meta) for l, v in chunk] + [""] * (per - len(chunk)))
    mt = Table(rows, colWidths=[(landscape(letter)[0] - 72) / per] * per)
    mt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9FB6CD"))]))
    story += [mt, Spacer(1, 6)]
    cols = d["columns"]  # list of (header, [cell items or paragraphs])
    cw = (landscape(letter)[0] - 72) / len(cols)

    def cell(items):
        out = []
        for it in items:
            if it.startswith("## "):
                out.append(Paragraph("<b>%s</b>" % esc(it[3:]), body))
            elif it.startswith("- "):
                out.append(Paragraph(esc(it[2:]), body, bulletText="•"))
            else:
                out.append(Paragraph(esc(it), body))
            out.append(Spacer(1, 2))
        return out
    t = Table([[Paragraph(esc(h), hdr) for h, _ in cols], [cell(items) for _, items in cols]], colWidths=[cw] * len(cols))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(d.get("accent", "#1F4E79"))),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F9DB9")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    for lbl, txt in d.get("bottom", []):
        story.append(Paragraph("<b>%s</b> %s" % (esc(lbl), esc(txt)), meta))
        story.append(Spacer(1, 2))
    foot = d.get("footer", "")

    def onpage(c, doc):
        c.saveState(); c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(36, 20, foot); c.drawRightString(landscape(letter)[0] - 36, 20, "Page %d" % doc.page); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(letter), leftMargin=36, rightMargin=36, topMargin=30, bottomMargin=34,
                            title=d.get("doc_title", ""), author=d.get("author", ""), creator="Microsoft® Excel® for Microsoft 365" if d.get("fake_excel") else "ReportLab")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- G4: e-mail thread printed to PDF, fpdf2
def render_email_thread(d, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("S", "", DEJAVU + "DejaVuSans.ttf"); pdf.add_font("S", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("S", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_title(d.get("doc_title", "")); pdf.set_creator(d.get("creator", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome"))
    pdf.set_producer(d.get("producer", "Skia/PDF m120"))
    pdf.add_page()
    W = pdf.w - 36
    style = d.get("style", "outlook")
    if style == "gmail":
        pdf.set_font("S", "", 7); pdf.set_text_color(90, 90, 90)
        pdf.cell(W / 2, 4, d.get("print_stamp", "")); pdf.cell(W / 2, 4, "Gmail - " + d["subject"], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3); pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "B", 10); pdf.cell(0, 6, d.get("account", ""), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(180, 180, 180); pdf.line(18, pdf.get_y() + 1, 18 + W, pdf.get_y() + 1); pdf.ln(4)
        pdf.set_font("S", "B", 13); pdf.multi_cell(W, 6.5, d["subject"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "", 8); pdf.cell(0, 5, "%d messages" % len(d["messages"]), new_x="LMARGIN", new_y="NEXT")
        pdf.line(18, pdf.get_y() + 1, 18 + W, pdf.get_y() + 1); pdf.ln(4)
    else:
        pdf.set_font("S", "B", 11); pdf.cell(0, 6, d.get("account", ""), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.6); pdf.line(18, pdf.get_y() + 1, 18 + W, pdf.get_y() + 1); pdf.set_line_width(0.2); pdf.ln(4)

    def body(lines, indent=0, quoted=False):
        pdf.set_font("S", "", 9.5)
        pdf.set_text_color(80, 80, 80) if quoted else pdf.set_text_color(0, 0, 0)
        for ln in lines:
            x = 18 + indent
            if ln == "":
                pdf.ln(3); continue
            pdf.set_x(x)
            if ln.startswith("- ") or ln.startswith("• "):
                pdf.set_x(x + 4); pdf.multi_cell(W - indent - 4, 4.6, "• " + ln[2:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(W - indent, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    msgs = d["messages"]  # newest first for outlook, oldest first for gmail
    for i, m in enumerate(msgs):
        if style == "gmail":
            pdf.set_font("S", "B", 9.5); pdf.cell(W * 0.6, 5, m["from_name"] + " ", new_x="RIGHT")
            pdf.set_font("S", "", 8); pdf.cell(W * 0.4, 5, m["sent"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("S", "", 8); pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 4, "<" + m["from_addr"] + ">", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 4, "To: " + m["to"] + (("\u2003Cc: " + m["cc"]) if m.get("cc") else ""), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0); pdf.ln(2)
            body(m["body"])
            if m.get("quote"):
                pdf.set_font("S", "", 8); pdf.set_text_color(120, 120, 120); pdf.cell(0, 4, "[Quoted text hidden]", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
            pdf.ln(2); pdf.set_draw_color(200, 200, 200); pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y()); pdf.ln(4)
        else:
            if i > 0:
                pdf.set_draw_color(180, 180, 180); pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y()); pdf.ln(2)
            labels = m.get("labels", ("From:", "Sent:", "To:", "Cc:", "Subject:"))
            LW = 29 if m.get("attach_label", "") == "Pièces jointes :" else 24
            for lab, key in zip(labels, ("from", "sent", "to", "cc", "subject")):
                if not m.get(key):
                    continue
                pdf.set_font("S", "B", 9.5); pdf.cell(LW, 5, lab)
                pdf.set_font("S", "", 9.5); pdf.multi_cell(W - LW, 5, m[key], new_x="LMARGIN", new_y="NEXT")
            if m.get("attach"):
                pdf.set_font("S", "B", 9.5); pdf.cell(LW, 5, m.get("attach_label", "Attachments:"))
                pdf.set_font("S", "", 9.5); pdf.multi_cell(W - LW, 5, m["attach"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            body(m["body"], quoted=(i > 0 and d.get("grey_quotes", False)))
            pdf.ln(3)
    pdf.output(path)


# ---------------------------------------------------------------- G6: one-pager, HTML -> soffice PDF
def _html_blocks(blocks):
    import html
    e = html.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("<p style='color:%s;font-size:20pt;margin-bottom:0'><b>%s</b></p>" % ("#7A1F3D", e(b[1])))
        elif k == "sub":
            out.append("<p style='color:#666;font-style:italic;margin-top:2pt'>%s</p>" % e(b[1]))
        elif k == "h":
            out.append("<h2 style='color:#7A1F3D;font-size:12pt;border-bottom:1px solid #7A1F3D;margin-bottom:2pt'>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3 style='font-size:10pt;margin-bottom:1pt'>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p style='font-size:9.5pt;margin-top:1pt'>%s</p>" % e(b[1]))
        elif k == "lp":
            out.append("<p style='font-size:9.5pt;margin-top:1pt'><b>%s</b> %s</p>" % (e(b[1]), e(b[2])))
        elif k in ("ul", "ol"):
            out.append("<%s style='font-size:9.5pt'>%s</%s>" % (k, "".join("<li>%s</li>" % e(i) for i in b[1]), k))
        elif k in ("table", "box"):
            rows = b[1]
            s = "<table border='1' cellpadding='3' cellspacing='0' style='border-collapse:collapse;font-size:8.5pt' width='100%'>"
            for i, r in enumerate(rows):
                s += "<tr>" + "".join(("<th bgcolor='#EADBE0' align='left'>%s</th>" if (k == "table" and i == 0) else "<td>%s</td>") % e(c).replace("\n", "<br/>") for c in r) + "</tr>"
            out.append(s + "</table>")
        elif k == "sig":
            out.append("<p style='font-size:9pt'>%s</p>" % "<br/>".join(e(x) for x in b[1]))
        else:
            raise ValueError(k)
    return "\n".join(out)


def render_onepager(d, path):
    import html
    tmp = tempfile.mkdtemp(prefix="g6-")
    stem = os.path.splitext(os.path.basename(path))[0]
    side = ""
    for box_title, blocks in d["sidebar"]:
        side += ("<p style='font-size:10pt;color:#7A1F3D;margin-top:8pt;margin-bottom:0;border-top:2px solid #7A1F3D'><b>%s</b></p>%s") % (
            html.escape(box_title), _html_blocks(blocks).replace("9.5pt", "8.5pt"))
    lang = d.get("lang", "en-CA")
    doc = ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s</title>"
           "<style>body{font-family:'Liberation Sans',Arial;}</style></head><body>"
           "%s<table width='100%%' cellpadding='4' cellspacing='0'><tr><td width='66%%' valign='top'>%s</td>"
           "<td width='34%%' valign='top' bgcolor='#F3ECEE'>%s</td></tr></table>%s</body></html>") % (
        lang, html.escape(d.get("doc_title", "")), _html_blocks(d.get("top", [])), _html_blocks(d["main"]), side,
        _html_blocks(d.get("bottom", [])))
    src = os.path.join(tmp, stem + ".html")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset22b", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, stem + ".pdf"), path)
    shutil.rmtree(tmp)


RENDER = {"G1": render_docx, "G2": render_pandoc_pdf, "G3": render_logic_model, "G4": render_email_thread,
          "G5": render_docx, "G6": render_onepager}
