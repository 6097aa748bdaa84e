"""Renderers for round 16c (blind maker c). Each document spec is a dict from tuning_data.py / heldout_data.py.

Genres:
  G1  python-docx table whose label column is not on the left (answer | label, or EN label | answer | FR label)
  G2  reportlab landscape PDF: three pairs of label/answer columns, long answers full width, checkbox grids
  G3  python-docx: numbered sections with lettered sub-questions (a), (b), (i) + rubric table criterion|evidence|comment
  G4  reportlab 'browser print' of a web form: labels above input boxes, grey placeholder text in unfilled boxes
  G5  openpyxl XLSX (Field | Response | Notes) printed to PDF by LibreOffice Calc
  G6  look-alike (accreditation self-study tables) via python-docx (DOCX, or PDF by LibreOffice)
"""
import json, os, subprocess, shutil, tempfile

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FIELD_KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
              "proposer_phone", "request_type", "target_learners", "rationale", "competencies",
              "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
              "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
              "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
              "existing_program_name", "submission_date"]
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]


def missing_required(fields):
    miss = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    return miss


def write_expected(spec, path):
    fields = spec.get("fields", {})
    form = spec.get("form", True)
    exp = {"is_concept_form": form, "shape": spec["shape"], "fields": fields if form else {},
           "missing_required": missing_required(fields) if form else [],
           "needs_manual_review": False, "notes": spec["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def soffice_pdf(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo16c-")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- DOCX helpers
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _cell_write(cell, value, bold=False, size=None, italic=False, grey=False, list_style="bullet"):
    """value: str (paragraphs split on \n\n, line breaks on \n) or list (one paragraph per item)."""
    cell.text = ""
    first = cell.paragraphs[0]
    items = value if isinstance(value, list) else str(value).split("\n\n")
    for i, item in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        if isinstance(value, list):
            if list_style == "bullet":
                item = "• " + item
            elif list_style == "num":
                item = f"{i + 1}. " + item
            elif list_style == "dash":
                item = "- " + item
        lines = item.split("\n")
        for j, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold; r.italic = italic
            if size: r.font.size = Pt(size)
            if grey: r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if j < len(lines) - 1:
                r.add_break()


def _base_doc(font="Calibri", size=11, landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    return d


def _para(d, text, bold=False, size=None, style=None, italic=False, grey=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if grey: r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    return p


def _header_footer(d, header=None, footer=None):
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


# ---------------------------------------------------------------- G1
def render_g1(spec, path):
    d = _base_doc(spec.get("font", "Calibri"))
    _header_footer(d, spec.get("header"), spec.get("footer"))
    for t in spec.get("top", []):
        _para(d, t[0], bold=t[1] if len(t) > 1 else False, size=t[2] if len(t) > 2 else None)
    layout = spec["layout"]  # 'right' (answer | label) or 'middle' (EN label | answer | FR label)
    for block in spec["blocks"]:
        if block[0] == "para":
            _para(d, block[1], italic=block[2] if len(block) > 2 else False)
            continue
        if block[0] == "section":
            _para(d, block[1], bold=True, size=12)
            continue
        rows = block[1]
        ncol = 2 if layout == "right" else 3
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if block[0] == "table_head":
            cells = t.add_row().cells
            for c, h in zip(cells, block[2]):
                _cell_write(c, h, bold=True); _shade(c, "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            if layout == "right":
                value, label = row[0], row[1]
                _cell_write(cells[0], value, list_style=spec.get("list_style", "bullet"))
                _cell_write(cells[1], label, bold=True); _shade(cells[1], "F2F2F2")
            else:
                en, value, fr = row[0], row[1], row[2]
                _cell_write(cells[0], en, bold=True); _shade(cells[0], "F2F2F2")
                _cell_write(cells[1], value, list_style=spec.get("list_style", "bullet"))
                _cell_write(cells[2], fr, bold=True, italic=True); _shade(cells[2], "F2F2F2")
        widths = [Cm(12), Cm(5)] if layout == "right" else [Cm(4.5), Cm(8.5), Cm(4.5)]
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = w
        d.add_paragraph()
    for t in spec.get("bottom", []):
        _para(d, t)
    _save_docx(d, spec, path)


def _save_docx(d, spec, path):
    if spec["fmt"] == "docx":
        d.save(path)
    else:
        tmpd = tempfile.mkdtemp(prefix="g16c-")
        src = os.path.join(tmpd, os.path.splitext(os.path.basename(path))[0] + ".docx")
        d.save(src)
        soffice_pdf(src, tmpd)
        shutil.move(src[:-5] + ".pdf", path)
        shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- G3
def render_g3(spec, path):
    d = _base_doc(spec.get("font", "Calibri"))
    _header_footer(d, spec.get("header"), spec.get("footer"))
    for t in spec.get("top", []):
        _para(d, t[0], bold=t[1] if len(t) > 1 else False, size=t[2] if len(t) > 2 else None)
    for block in spec["blocks"]:
        kind = block[0]
        if kind == "heading":
            d.add_heading(block[1], level=1)
        elif kind == "q":  # lettered sub-question: (marker, question, answer)
            marker, q, ans = block[1], block[2], block[3]
            inline = len(block) > 4 and block[4] == "inline"
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6 if not marker.startswith("(i") and not marker.startswith("(v") else 1.2)
            r = p.add_run(f"{marker} {q}"); r.bold = True
            if inline and isinstance(ans, str):
                p.add_run(" " + ans)
                continue
            items = ans if isinstance(ans, list) else ans.split("\n\n")
            for i, it in enumerate(items):
                pp = d.add_paragraph()
                pp.paragraph_format.left_indent = Cm(1.2 if not marker.startswith("(i") else 1.8)
                if isinstance(ans, list):
                    it = spec.get("list_marks", ["–"])[0] + " " + it if spec.get("list_marks", ["–"])[0] != "roman" \
                        else f"({_roman(i + 1)}) " + it
                pp.add_run(it)
        elif kind == "para":
            _para(d, block[1])
        elif kind == "rubric":
            heads, rows = block[1], block[2]
            t = d.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, heads):
                _cell_write(c, h, bold=True); _shade(c, "DDEBF7")
            for row in rows:
                cells = t.add_row().cells
                for i, (c, v) in enumerate(zip(cells, row)):
                    _cell_write(c, v, bold=(i == 0), italic=(i == len(row) - 1), list_style="dash")
            widths = [Cm(4), Cm(9), Cm(4)]
            for r in t.rows:
                for c, w in zip(r.cells, widths):
                    c.width = w
            d.add_paragraph()
    for t in spec.get("bottom", []):
        _para(d, t)
    _save_docx(d, spec, path)


def _roman(n):
    return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n]


# ---------------------------------------------------------------- G6 (look-alike)
def render_g6(spec, path):
    d = _base_doc(spec.get("font", "Calibri"), landscape=spec.get("landscape", False))
    _header_footer(d, spec.get("header"), spec.get("footer"))
    for t in spec.get("top", []):
        _para(d, t[0], bold=t[1] if len(t) > 1 else False, size=t[2] if len(t) > 2 else None)
    for block in spec["blocks"]:
        if block[0] == "heading":
            d.add_heading(block[1], level=2)
        elif block[0] == "para":
            _para(d, block[1])
        elif block[0] == "table":
            heads, rows = block[1], block[2]
            t = d.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, heads):
                _cell_write(c, h, bold=True); _shade(c, "E2EFDA")
            for row in rows:
                for c, v in zip(t.add_row().cells, row):
                    _cell_write(c, v, list_style="bullet")
            d.add_paragraph()
    _save_docx(d, spec, path)


# ---------------------------------------------------------------- reportlab common
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                 ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, base + f))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rl_value(v, bullet="•"):
    if isinstance(v, list):
        return "<br/>".join(f"{bullet} " + _esc(x) for x in v)
    return "<br/>".join(_esc(x) for x in str(v).split("\n"))


# ---------------------------------------------------------------- G2
def render_g2(spec, path):
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    _rl_fonts()
    body = ParagraphStyle("b", fontName="DVC", fontSize=8.5, leading=10.5)
    lab = ParagraphStyle("l", fontName="DVCB", fontSize=8, leading=10, textColor=colors.HexColor("#1F3864"))
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=17)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, textColor=colors.white)
    small = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9, textColor=colors.HexColor("#555555"))
    W = landscape(letter)[0] - 72
    story = [Paragraph(_esc(spec["heading"]), h1)]
    if spec.get("subheading"):
        story.append(Paragraph(_esc(spec["subheading"]), small))
    story.append(Spacer(1, 6))

    def band(text):
        t = Table([[Paragraph(_esc(text), h2)]], colWidths=[W])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(spec.get("colour", "#2F5597")))]))
        return t

    for block in spec["blocks"]:
        kind = block[0]
        if kind == "band":
            story.append(band(block[1]))
        elif kind == "triples":  # list of (label, value) pairs laid out three pairs per row
            pairs = block[1]
            data = []
            for i in range(0, len(pairs), 3):
                row = []
                for lbl, val in pairs[i:i + 3]:
                    row += [Paragraph(_esc(lbl), lab), Paragraph(_rl_value(val), body)]
                while len(row) < 6:
                    row += ["", ""]
                data.append(row)
            cw = [W * 0.12, W * 0.213] * 3
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F8")),
                                   ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEF2F8")),
                                   ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#EEF2F8"))]))
            story.append(t)
        elif kind == "wide":  # list of (label, value) full width
            data = [[Paragraph(_esc(l), lab), Paragraph(_rl_value(v, spec.get("bullet", "•")), body)] for l, v in block[1]]
            t = Table(data, colWidths=[W * 0.18, W * 0.82])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F8"))]))
            story.append(t)
        elif kind == "grids":  # several checkbox grids side by side: [(title, [(option, yes_bool)])]
            cells = []
            for title, opts in block[1]:
                data = [[Paragraph("<b>%s</b>" % _esc(title), lab), Paragraph("<b>Yes</b>", lab),
                         Paragraph("<b>No</b>", lab)]]
                for opt, yes in opts:
                    data.append([Paragraph(_esc(opt), body), "☒" if yes else "☐", "☐" if yes else "☒"])
                g = Table(data, colWidths=[W / len(block[1]) * 0.62, W / len(block[1]) * 0.14,
                                           W / len(block[1]) * 0.14])
                g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (1, 1), (-1, -1), "DV"),
                                       ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF2F8"))]))
                cells.append(g)
            outer = Table([cells], colWidths=[W / len(cells)] * len(cells))
            outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(outer)
        elif kind == "text":
            story.append(Paragraph(_esc(block[1]), small))
        story.append(Spacer(1, 5))

    def foot(c, doc):
        c.saveState(); c.setFont("DV", 7)
        c.drawString(36, 20, spec.get("footer", ""))
        c.drawRightString(landscape(letter)[0] - 36, 20, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=landscape(letter), leftMargin=36, rightMargin=36, topMargin=32,
                            bottomMargin=36, title=spec.get("pdf_title", ""), author=spec.get("pdf_author", ""))
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- G4
def render_g4(spec, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _rl_fonts()
    PW, PH = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(spec.get("page_title", ""))
    page = [1]
    total = spec.get("pages", 2)
    X0, BW = 72, PW - 144

    def chrome():
        c.setFont("DV", 7.5); c.setFillColorRGB(0, 0, 0)
        c.drawString(24, PH - 18, spec["printed"])
        c.drawCentredString(PW / 2, PH - 18, spec["page_title"])
        c.drawString(24, 14, spec["url"])
        c.drawRightString(PW - 24, 14, f"{page[0]}/{total}")

    def wrap(text, font, size, width):
        out = []
        for para in text.split("\n"):
            line = ""
            for w in para.split(" "):
                t = (line + " " + w).strip()
                if stringWidth(t, font, size) <= width:
                    line = t
                else:
                    out.append(line); line = w
            out.append(line)
        return out

    y = [PH - 50]

    def need(h):
        if y[0] - h < 40:
            c.showPage(); page[0] += 1; chrome(); y[0] = PH - 50

    chrome()
    c.setFillColorRGB(0.12, 0.25, 0.45); c.rect(X0 - 10, y[0] - 34, BW + 20, 40, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 15); c.drawString(X0, y[0] - 20, spec["form_title"])
    y[0] -= 52
    c.setFillColorRGB(0.25, 0.25, 0.25); c.setFont("DV", 8.5)
    for ln in wrap(spec.get("form_intro", ""), "DV", 8.5, BW):
        c.drawString(X0, y[0], ln); y[0] -= 11
    y[0] -= 6
    for block in spec["blocks"]:
        kind = block[0]
        if kind == "section":
            need(40)
            c.setFillColorRGB(0.12, 0.25, 0.45); c.setFont("DVB", 11.5); c.drawString(X0, y[0], block[1])
            c.setStrokeColorRGB(0.7, 0.75, 0.85); c.line(X0, y[0] - 4, X0 + BW, y[0] - 4)
            y[0] -= 22
            continue
        # field: ('field', label, value or None, placeholder, kind2) kind2 in text|area|select|radio
        _, label, value, placeholder = block[:4]
        ftype = block[4] if len(block) > 4 else "text"
        req = label.endswith("*")
        if ftype == "radio":
            opts = value  # list of (option, selected)
            need(16 + 15 * len(opts))
            c.setFillColorRGB(0.15, 0.15, 0.15); c.setFont("DVB", 9)
            c.drawString(X0, y[0], label.rstrip("*").rstrip())
            if req:
                c.setFillColorRGB(0.8, 0.1, 0.1); c.drawString(X0 + stringWidth(label.rstrip("*").rstrip(), "DVB", 9) + 2, y[0], "*")
            y[0] -= 15
            for opt, sel in opts:
                c.setStrokeColorRGB(0.4, 0.4, 0.4); c.setFillColorRGB(1, 1, 1)
                c.circle(X0 + 6, y[0] + 3, 4.5, stroke=1, fill=0)
                if sel:
                    c.setFillColorRGB(0.1, 0.35, 0.75); c.circle(X0 + 6, y[0] + 3, 2.5, stroke=0, fill=1)
                c.setFillColorRGB(0.1, 0.1, 0.1); c.setFont("DV", 9)
                c.drawString(X0 + 16, y[0], ("◉ " if sel else "○ ") + opt if spec.get("radio_glyphs") else opt)
                y[0] -= 14
            y[0] -= 8
            continue
        text = value if value is not None else placeholder
        if isinstance(text, list):
            text = "\n".join(("- " + t) for t in text)
        lines = wrap(text, "DV", 9, BW - 14) if text else [""]
        minlines = 1 if ftype in ("text", "select") else max(3, len(lines))
        nlines = max(minlines, len(lines))
        bh = 8 + 12 * nlines
        need(bh + 20)
        c.setFillColorRGB(0.15, 0.15, 0.15); c.setFont("DVB", 9)
        lab = label.rstrip("*").rstrip()
        c.drawString(X0, y[0], lab)
        if req:
            c.setFillColorRGB(0.8, 0.1, 0.1); c.drawString(X0 + stringWidth(lab, "DVB", 9) + 2, y[0], "*")
        y[0] -= 6
        c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setFillColorRGB(1, 1, 1)
        c.roundRect(X0, y[0] - bh, BW, bh, 3, stroke=1, fill=0)
        if ftype == "select":
            c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("DV", 8); c.drawString(X0 + BW - 14, y[0] - 13, "▾")
        if value is None:
            c.setFillColorRGB(0.62, 0.62, 0.62)
        else:
            c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("DV", 9)
        ty = y[0] - 14
        for ln in lines:
            c.drawString(X0 + 7, ty, ln); ty -= 12
        y[0] -= bh + 14
    for ln in spec.get("after", []):
        need(14)
        c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("DV", 8); c.drawString(X0, y[0], ln); y[0] -= 12
    c.save()
    return page[0]


# ---------------------------------------------------------------- G5
def render_g5(spec, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = spec.get("sheet", "Concept form")
    thin = Side(style="thin", color="999999")
    row = 1
    for t in spec.get("top", []):
        ws.cell(row=row, column=1, value=t).font = Font(bold=(row == 1), size=13 if row == 1 else 10)
        row += 1
    row += 0
    heads = spec["columns"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=row, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=spec.get("colour", "305496")); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    row += 1
    n = 0
    for r in spec["rows"]:
        if r[0] == "band":
            ws.cell(row=row, column=1, value=r[1]).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(heads))
            ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            row += 1
            continue
        n += 1
        label, resp, note = r
        vals = ([n] if heads[0] in ("#", "No.", "Item") else []) + [label, resp, note]
        for i, v in enumerate(vals, 1):
            if isinstance(v, list):
                v = "\n".join(spec.get("cell_bullet", "") + x for x in v)
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if i == len(vals) - 2:
                c.font = Font(bold=True)
            if i == len(vals):
                c.font = Font(italic=True, color="595959")
        widths_ = spec.get("widths", [5, 28, 70, 30])[-len(heads):]
        nl = 1
        for v, w in zip(vals, widths_):
            parts = v if isinstance(v, list) else str(v).split("\n")
            nl = max(nl, sum(1 + len(str(x)) // max(1, int(w * 1.1)) for x in parts))
        ws.row_dimensions[row].height = 15 * nl + 2
        row += 1
    widths = spec.get("widths", [5, 28, 70, 30])
    for i, w in enumerate(widths[-len(heads):], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = None
    if spec.get("sheet_footer"):
        ws.oddFooter.left.text = spec["sheet_footer"]
    tmpd = tempfile.mkdtemp(prefix="g16c-")
    src = os.path.join(tmpd, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    wb.save(src)
    soffice_pdf(src, tmpd)
    shutil.move(src[:-5] + ".pdf", path)
    shutil.rmtree(tmpd, ignore_errors=True)


RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4, "G5": render_g5, "G6": render_g6}
