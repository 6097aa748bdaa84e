"""Renderers G1-G5 (round 22c)."""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from lib import opt_line

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SOFFICE_ENV = "-env:UserInstallation=file:///tmp/lo-devset22c"


def list_lines(it, doc):
    v = it["value"]
    if it["key"] == "learning_outcomes" or it.get("numbered"):
        mk = doc.get("outcome_marker", "{n}. ")
        return [mk.format(n=i + 1, a="abcdefghij"[i]) + x for i, x in enumerate(v)]
    mk = doc.get("bullet", "\u2022 ")
    return [mk + x for x in v]


def answer_lines(it, doc):
    if it["t"] == "opt":
        return [opt_line(it)]
    v = it["value"]
    if isinstance(v, list):
        lead = [it["lead"]] if it.get("lead") else []
        return lead + list_lines(it, doc)
    return v.split("\n\n") if v else [""]


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", SOFFICE_ENV, "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- G1: reportlab partner-college template
def g1(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    accent = colors.HexColor(doc.get("accent", "#1f4e79"))
    lab = ParagraphStyle("lab", fontName="DVB", fontSize=8, leading=10)
    ans = ParagraphStyle("ans", fontName="DV", fontSize=9, leading=11.5)
    sec = ParagraphStyle("sec", fontName="DVB", fontSize=9.5, leading=12, textColor=colors.white)
    W = letter[0] - 36 * mm
    cw = [0.17 * W, 0.33 * W, 0.17 * W, 0.33 * W]
    story = [Paragraph(escape(doc["org"]), ParagraphStyle("o", fontName="DVB", fontSize=14, leading=17,
                                                           textColor=accent)),
             Paragraph(escape(doc["form_title"]), ParagraphStyle("t", fontName="DVB", fontSize=12, leading=15)),
             Paragraph(escape(doc.get("instructions", "")), ParagraphStyle("i", fontName="DV", fontSize=7.5,
                                                                             leading=9.5)),
             Spacer(1, 6)]

    def P(text, st):
        return Paragraph(escape(text).replace("\n", "<br/>"), st)

    rows, style = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    pend = []

    def flush():
        while pend:
            a = pend.pop(0)
            b = pend.pop(0) if pend else None
            r = len(rows)
            row = [P(a["label"], lab), P("\n".join(answer_lines(a, doc)), ans)]
            if b:
                row += [P(b["label"], lab), P("\n".join(answer_lines(b, doc)), ans)]
            else:
                row += ["", ""]
                style.append(("SPAN", (1, r), (3, r)))
            style.append(("BACKGROUND", (0, r), (0, r), colors.HexColor("#eef2f7")))
            if b:
                style.append(("BACKGROUND", (2, r), (2, r), colors.HexColor("#eef2f7")))
            rows.append(row)

    for it in doc["items"]:
        if it["t"] in ("f", "opt") and it["short"]:
            pend.append(it)
            continue
        flush()
        r = len(rows)
        if it["t"] == "sec":
            rows.append([P(it["text"], sec), "", "", ""])
            style += [("SPAN", (0, r), (3, r)), ("BACKGROUND", (0, r), (3, r), accent)]
        elif it["t"] in ("f", "opt"):
            rows.append([P(it["label"], lab), "", "", ""])
            rows.append([P("\n".join(answer_lines(it, doc)), ans), "", "", ""])
            style += [("SPAN", (0, r), (3, r)), ("SPAN", (0, r + 1), (3, r + 1)),
                      ("BACKGROUND", (0, r), (3, r), colors.HexColor("#eef2f7"))]
        elif it["t"] == "likert":
            rows.append([P(it["title"], lab), "", "", ""])
            style += [("SPAN", (0, r), (3, r)), ("BACKGROUND", (0, r), (3, r), colors.HexColor("#eef2f7"))]
            n = len(it["scale"])
            sw = 0.4 * W / n
            data = [[P("Statement", lab)] + [P(s, lab) for s in it["scale"]]]
            for st, k in it["rows"]:
                data.append([P(st, ans)] + [P("X" if k == j else "", ans) for j in range(n)])
            t = Table(data, colWidths=[0.6 * W - 12] + [sw] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            rows.append([t, "", "", ""])
            style.append(("SPAN", (0, r + 1), (3, r + 1)))
        elif it["t"] == "sig":
            rows.append([P(it["title"], sec), "", "", ""])
            style += [("SPAN", (0, r), (3, r)), ("BACKGROUND", (0, r), (3, r), accent)]
            rows.append([P("Role", lab)] + [P(c, lab) for c in it["cols"]])
            for role in it["roles"]:
                rows.append([P(role, ans), "", "", ""])
    flush()
    t = Table(rows, colWidths=cw, repeatRows=0)
    t.setStyle(TableStyle(style))
    story.append(t)

    def footer(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(18 * mm, 10 * mm, doc.get("footer", ""))
        c.drawRightString(letter[0] - 18 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    d = SimpleDocTemplate(path, pagesize=letter, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=18 * mm, title=doc["form_title"], author=doc.get("author", ""),
                          creator=doc.get("creator", "Microsoft Word"))
    d.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- G2: fillable PDF (reportlab AcroForm)
def wname(label):
    out = "".join(ch if ch.isalnum() or ch in " _-" else "" for ch in label).strip()
    return out[:60]


def g2(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    doc = dict(doc)
    doc.setdefault("bullet", "- ")
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(doc["form_title"])
    c.setAuthor(doc.get("author", ""))
    c.setCreator(doc.get("creator", "Writer"))
    Wd, Ht = letter
    x0, x1 = 50, Wd - 50
    form = c.acroForm
    used = set()
    real = {}
    page = [1]

    def uniq(n):
        base, k = n, 2
        while n in used:
            n = f"{base}_{k}"
            k += 1
        used.add(n)
        return n

    def header():
        c.setFillColor(colors.HexColor(doc.get("accent", "#3b3b6d")))
        c.rect(0, Ht - 60, Wd, 60, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(x0, Ht - 30, doc["org"])
        c.setFont("Helvetica", 10)
        c.drawString(x0, Ht - 47, doc["form_title"])
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(x0, 25, doc.get("footer", ""))
        c.drawRightString(x1, 25, f"Page {page[0]}")
        return Ht - 80

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    y = header()
    if doc.get("instructions"):
        c.setFont("Helvetica-Oblique", 8)
        for ln in wrap(doc["instructions"], "Helvetica-Oblique", 8, x1 - x0):
            c.drawString(x0, y, ln)
            y -= 10
        y -= 6

    def need(h):
        nonlocal y
        if y - h < 45:
            c.showPage()
            page[0] += 1
            y = header()

    for it in doc["items"]:
        if it["t"] == "sec":
            need(40)
            y -= 6
            c.setFont("Helvetica-Bold", 10.5)
            c.setFillColor(colors.HexColor(doc.get("accent", "#3b3b6d")))
            c.drawString(x0, y, it["text"])
            c.setFillColor(colors.black)
            c.line(x0, y - 3, x1, y - 3)
            y -= 20
        elif it["t"] == "f" and it["short"]:
            need(24)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y + 4, it["label"])
            v = it["value"] if isinstance(it["value"], str) else "\n".join(list_lines(it, doc))
            form.textfield(name=uniq(wname(it["label"])), tooltip=it["label"], value=v, x=200, y=y - 2,
                           width=x1 - 200, height=17, maxlen=None, fontName="Helvetica", fontSize=9, borderWidth=0.6,
                           borderColor=colors.grey, fillColor=colors.HexColor("#f4f6fb"))
            y -= 24
        elif it["t"] == "f":
            v = it["value"]
            text = v if isinstance(v, str) else "\n".join(([it["lead"]] if it.get("lead") else []) + list_lines(it, doc))
            nl = sum(max(1, len(wrap(p, "Helvetica", 9, x1 - x0 - 8))) for p in text.split("\n")) if text else 2
            h = max(30, 11 * nl + 8)
            need(h + 18)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y, it["label"])
            y -= 4
            nm = uniq(wname(it["label"]))
            shown_ap = "\n".join("\n".join(wrap(p, "Helvetica", 9, x1 - x0 - 8)) for p in text.split("\n"))
            real[nm] = text
            form.textfield(name=nm, tooltip=it["label"], value=shown_ap, x=x0, y=y - h, maxlen=None,
                           width=x1 - x0, height=h, fontName="Helvetica", fontSize=9, fieldFlags="multiline",
                           borderWidth=0.6, borderColor=colors.grey, fillColor=colors.HexColor("#f4f6fb"))
            y -= h + 14
        elif it["t"] == "opt":
            need(24)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y + 4, it["label"])
            x = 200 if it["short"] or len(it["options"]) <= 3 else x0
            if x == x0:
                y -= 14
            for t, code in it["options"]:
                w = stringWidth(t, "Helvetica", 8.5) + 26
                if x + w > x1:
                    x = x0 if it["short"] is False else 200
                    y -= 16
                form.checkbox(name=uniq(wname(it["label"] + " " + t)), tooltip=t, x=x, y=y, size=10,
                              checked=(code == it["chosen"]), buttonStyle="cross", borderWidth=0.6)
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 14, y + 2, t)
                x += w
            y -= 22
        elif it["t"] == "likert":
            n = len(it["scale"])
            need(30 + 18 * len(it["rows"]))
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y, it["title"])
            y -= 14
            sx = x1 - 60 * n
            c.setFont("Helvetica-Bold", 7)
            for j, s in enumerate(it["scale"]):
                c.drawCentredString(sx + 60 * j + 30, y, s)
            y -= 16
            for ri, (st, k) in enumerate(it["rows"]):
                c.setFont("Helvetica", 8)
                lines = wrap(st, "Helvetica", 8, sx - x0 - 6)
                for li, ln in enumerate(lines):
                    c.drawString(x0, y - 10 * li + 2, ln)
                for j in range(n):
                    form.checkbox(name=uniq(wname(f"{it['title'][:30]} {ri + 1} {it['scale'][j]}")),
                                  tooltip=it["scale"][j], x=sx + 60 * j + 25, y=y, size=10,
                                  checked=(k == j), buttonStyle="check", borderWidth=0.6)
                y -= max(18, 10 * len(lines) + 6)
            y -= 6
        elif it["t"] == "sig":
            need(30 + 26 * len(it["roles"]))
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x0, y, it["title"])
            y -= 18
            for role in it["roles"]:
                c.setFont("Helvetica", 8.5)
                c.drawString(x0, y + 3, role)
                for j, col in enumerate(it["cols"]):
                    xx = 210 + j * 115
                    c.setFont("Helvetica", 6.5)
                    c.drawString(xx, y - 8, col)
                    form.textfield(name=uniq(wname(f"{role} {col}")), tooltip=f"{role} {col}", value="", x=xx,
                                   y=y, width=105, height=14, fontName="Helvetica", fontSize=8, borderWidth=0.5)
                y -= 26
    c.save()
    # set NeedAppearances so viewers redraw the long values with wrapping
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.Root.AcroForm.NeedAppearances = True
        for fld in pdf.Root.AcroForm.Fields:
            nm = str(fld.get("/T", ""))
            if nm in real:
                fld.V = pikepdf.String(real[nm])
        pdf.save(path)


# ---------------------------------------------------------------- G3: spreadsheet -> PDF (labels above answers)
def g3(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Proposal")
    widths = [16, 16, 16, 16, 16, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEF"[i]].width = w
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    labfill = PatternFill("solid", fgColor=doc.get("labfill", "DCE6F1"))
    secfill = PatternFill("solid", fgColor=doc.get("secfill", "4F6228"))
    wrap = Alignment(wrap_text=True, vertical="top")
    r = [1]

    def put(c1, c2, text, font=None, fill=None, height=None):
        row = r[0]
        ws.merge_cells(f"{c1}{row}:{c2}{row}")
        cell = ws[f"{c1}{row}"]
        cell.value = text
        cell.alignment = wrap
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        for col in "ABCDEF"["ABCDEF".index(c1):"ABCDEF".index(c2) + 1]:
            ws[f"{col}{row}"].border = box
        return cell

    def est(text, chars):
        n = 0
        for p in str(text).split("\n"):
            n += max(1, -(-len(p) // chars))
        return n * 13 + 4

    ws.merge_cells("A1:F1")
    ws["A1"] = doc["org"]
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A2"] = doc["form_title"]
    ws["A2"].font = Font(bold=True, size=12)
    r[0] = 3
    if doc.get("instructions"):
        ws.merge_cells("A3:F3")
        ws["A3"] = doc["instructions"]
        ws["A3"].font = Font(italic=True, size=8)
        ws["A3"].alignment = wrap
        ws.row_dimensions[3].height = est(doc["instructions"], 120)
        r[0] = 4
    r[0] += 1
    pend = []

    def text_of(it):
        return "\n".join(answer_lines(it, doc))

    def flush():
        while pend:
            a = pend.pop(0)
            b = pend.pop(0) if pend else None
            put("A", "C", a["label"], Font(bold=True, size=9), labfill)
            if b:
                put("D", "F", b["label"], Font(bold=True, size=9), labfill)
            r[0] += 1
            put("A", "C", text_of(a), Font(size=10))
            h = est(text_of(a), 50)
            if b:
                put("D", "F", text_of(b), Font(size=10))
                h = max(h, est(text_of(b), 50))
            ws.row_dimensions[r[0]].height = max(16, h)
            r[0] += 1

    for it in doc["items"]:
        if it["t"] in ("f", "opt") and it["short"]:
            pend.append(it)
            continue
        flush()
        if it["t"] == "sec":
            put("A", "F", it["text"], Font(bold=True, color="FFFFFF", size=10), secfill)
            r[0] += 1
        elif it["t"] in ("f", "opt"):
            put("A", "F", it["label"], Font(bold=True, size=9), labfill)
            r[0] += 1
            t = text_of(it)
            put("A", "F", t, Font(size=10))
            ws.row_dimensions[r[0]].height = max(16, est(t, 105))
            r[0] += 1
        elif it["t"] == "likert":
            put("A", "F", it["title"], Font(bold=True, size=9), labfill)
            r[0] += 1
            n = len(it["scale"])
            first = 6 - n
            cols = "ABCDEF"
            put("A", cols[first - 1], "Statement", Font(bold=True, size=8))
            for j, s in enumerate(it["scale"]):
                cell = ws[f"{cols[first + j]}{r[0]}"]
                cell.value = s
                cell.font = Font(bold=True, size=8)
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
                cell.border = box
            r[0] += 1
            for st, k in it["rows"]:
                put("A", cols[first - 1], st, Font(size=9))
                ws.row_dimensions[r[0]].height = max(16, est(st, 17 * first))
                for j in range(n):
                    cell = ws[f"{cols[first + j]}{r[0]}"]
                    cell.value = "X" if k == j else None
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                    cell.border = box
                r[0] += 1
        elif it["t"] == "sig":
            put("A", "F", it["title"], Font(bold=True, color="FFFFFF", size=10), secfill)
            r[0] += 1
            for j, col in enumerate(("Role",) + tuple(it["cols"])):
                c = "ABCDEF"[j if j == 0 else j + 1]
                if j == 0:
                    put("A", "B", col, Font(bold=True, size=8))
                else:
                    cell = ws[f"{'CDE'[j - 1]}{r[0]}"]
                    cell.value = col
                    cell.font = Font(bold=True, size=8)
                    cell.border = box
            r[0] += 1
            for role in it["roles"]:
                put("A", "B", role, Font(size=9))
                for cc in "CDE":
                    ws[f"{cc}{r[0]}"].border = box
                ws.row_dimensions[r[0]].height = 22
                r[0] += 1
    flush()
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.left.text = doc.get("footer", "")
    tmp = tempfile.mkdtemp(prefix="g3-")
    base = os.path.splitext(os.path.basename(path))[0]
    x = os.path.join(tmp, base + ".xlsx")
    wb.save(x)
    soffice_pdf(x, tmp)
    shutil.move(os.path.join(tmp, base + ".pdf"), path)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- G4 / G5: python-docx
def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _cell_text(cell, lines, size=10, bold=False):
    from docx.shared import Pt
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.font.size = Pt(size)
        run.bold = bold


def g4(doc, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = doc["org"]
    hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = doc.get("footer", "")
    h = d.add_paragraph()
    r = h.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor.from_string(doc.get("accent", "7B2C2C"))
    if doc.get("instructions"):
        p = d.add_paragraph()
        r = p.add_run(doc["instructions"])
        r.italic = True
        r.font.size = Pt(8.5)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    acc = doc.get("accent", "7B2C2C")
    pend = []

    def flush():
        while pend:
            a = pend.pop(0)
            b = pend.pop(0) if pend else None
            cells = t.add_row().cells
            _cell_text(cells[0], [a["label"]], 9, True)
            _shade(cells[0], "EDEDED")
            _cell_text(cells[1], answer_lines(a, doc))
            if b:
                _cell_text(cells[2], [b["label"]], 9, True)
                _shade(cells[2], "EDEDED")
                _cell_text(cells[3], answer_lines(b, doc))
            else:
                m = cells[1].merge(cells[3])
                _cell_text(m, answer_lines(a, doc))

    for it in doc["items"]:
        if it["t"] in ("f", "opt") and it["short"]:
            pend.append(it)
            continue
        flush()
        if it["t"] == "sec":
            cells = t.add_row().cells
            m = cells[0].merge(cells[3])
            _cell_text(m, [it["text"]], 10, True)
            m.paragraphs[0].runs[-1].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(m, acc)
        elif it["t"] in ("f", "opt"):
            cells = t.add_row().cells
            _cell_text(cells[0], [it["label"]], 9, True)
            _shade(cells[0], "EDEDED")
            m = cells[1].merge(cells[3])
            _cell_text(m, answer_lines(it, doc))
    flush()
    # likert / sig as separate tables after the main one, in order of appearance after main
    for it in doc["items"]:
        if it["t"] == "likert":
            d.add_paragraph()
            p = d.add_paragraph()
            p.add_run(it["title"]).bold = True
            n = len(it["scale"])
            lt = d.add_table(rows=1, cols=n + 1)
            lt.style = "Table Grid"
            _cell_text(lt.rows[0].cells[0], ["Statement"], 8.5, True)
            for j, s in enumerate(it["scale"]):
                _cell_text(lt.rows[0].cells[j + 1], [s], 8.5, True)
            for stt, k in it["rows"]:
                cells = lt.add_row().cells
                _cell_text(cells[0], [stt], 9)
                for j in range(n):
                    _cell_text(cells[j + 1], ["\u2612" if k == j else "\u2610"], 10)
                    cells[j + 1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif it["t"] == "sig":
            d.add_paragraph()
            p = d.add_paragraph()
            r = p.add_run(it["title"])
            r.bold = True
            r.font.size = Pt(11)
            stbl = d.add_table(rows=1, cols=len(it["cols"]) + 1)
            stbl.style = "Table Grid"
            for j, col in enumerate(("Role",) + tuple(it["cols"])):
                _cell_text(stbl.rows[0].cells[j], [col], 9, True)
            for role in it["roles"]:
                cells = stbl.add_row().cells
                _cell_text(cells[0], [role], 9)
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc["form_title"]
    d.save(path)


def g5(doc, path):
    """Labels in a row above each answer; section-numbered; DOCX printed to PDF by LibreOffice."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Liberation Serif")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = doc["org"]
    sec.footer.paragraphs[0].text = doc.get("footer", "")
    p = d.add_paragraph()
    r = p.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(16)
    if doc.get("instructions"):
        p = d.add_paragraph()
        r = p.add_run(doc["instructions"])
        r.italic = True
        r.font.size = Pt(9)
    acc = RGBColor.from_string(doc.get("accent", "215E21"))
    for it in doc["items"]:
        if it["t"] == "sec":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(it["text"])
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = acc
        elif it["t"] in ("f", "opt"):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(it["label"])
            r.bold = True
            r.font.size = Pt(9.5)
            lines = answer_lines(it, doc)
            for ln in lines:
                q = d.add_paragraph(ln)
                q.paragraph_format.left_indent = Cm(0.8)
                q.paragraph_format.space_after = Pt(2)
            if lines == [""]:
                q.add_run("")
        elif it["t"] == "likert":
            p = d.add_paragraph()
            r = p.add_run(it["title"])
            r.bold = True
            r.font.size = Pt(9.5)
            n = len(it["scale"])
            lt = d.add_table(rows=1, cols=n + 1)
            lt.style = "Table Grid"
            _cell_text(lt.rows[0].cells[0], [doc.get("stmt_word", "Statement")], 8.5, True)
            for j, s in enumerate(it["scale"]):
                _cell_text(lt.rows[0].cells[j + 1], [s], 8.5, True)
            for stt, k in it["rows"]:
                cells = lt.add_row().cells
                _cell_text(cells[0], [stt], 9.5)
                for j in range(n):
                    _cell_text(cells[j + 1], ["\u2612" if k == j else "\u2610"], 10)
        elif it["t"] == "sig":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(it["title"])
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = acc
            for role in it["roles"]:
                d.add_paragraph(role + ":  " + "   ".join(f"{c} ____________" for c in it["cols"]))
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc["form_title"]
    tmp = tempfile.mkdtemp(prefix="g5-")
    base = os.path.splitext(os.path.basename(path))[0]
    x = os.path.join(tmp, base + ".docx")
    d.save(x)
    soffice_pdf(x, tmp)
    shutil.move(os.path.join(tmp, base + ".pdf"), path)
    shutil.rmtree(tmp)


RENDER = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5}
