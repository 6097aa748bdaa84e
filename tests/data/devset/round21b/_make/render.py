import os, random, shutil, subprocess, tempfile
from lib import *
from xml.sax.saxutils import escape as xesc

# ---------------- G1: InDesign-like PDF (reportlab) ----------------
def g1(d, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.colors import HexColor
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(d["f"].get("proposal_title", "Concept form")); c.setCreator("Adobe InDesign 19.2 (Windows)")
    acc = HexColor(d.get("extra", {}).get("accent", "#7a1f3d"))
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.2, leading=13.2)
    L, LW, R = 54, 150, 216  # label column x, width; answer column x
    RW = W - R - 54
    page = [1]
    def head():
        c.setFillColor(acc); c.rect(0, H - 14, W, 14, stroke=0, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 15); c.drawString(L, H - 58, d["extra"].get("heading", "Micro-Course / Credential Concept Form"))
        c.setFont("Helvetica", 8.5); c.setFillColor(HexColor("#666666"))
        c.drawString(L, H - 72, d["extra"].get("sub", "Continuing Education  ·  The Michener Institute of Education at UHN"))
        c.setFont("Helvetica", 7.5); c.drawRightString(W - 54, 30, f"{page[0]}")
        c.drawString(L, 30, d["extra"].get("foot", "CE concept form · rev. 2026"))
        c.setFillColor(HexColor("#000000"))
        return H - 100
    def smallcaps(x, y, text, size=8.6):
        # small caps: first letter of each word full size, rest reduced, all upper case
        words = text.split(" "); lines = [""]; 
        for w_ in words:
            t = (lines[-1] + " " + w_).strip()
            if c.stringWidth(t.upper(), "Helvetica", size) > LW - 8 and lines[-1]:
                lines.append(w_)
            else:
                lines[-1] = t
        yy = y
        for ln in lines:
            t = c.beginText(x, yy); t.setFillColor(acc)
            for i, w_ in enumerate(ln.split(" ")):
                if not w_: continue
                t.setFont("Helvetica", size)
                t.textOut((" " if i else "") + w_[0].upper())
                t.setFont("Helvetica", size * 0.78); t.textOut(w_[1:].upper())
            c.drawText(t)
            yy -= size + 3
        c.setFillColor(HexColor("#000000"))
        return y - yy
    y = head()
    lab = labels(d)
    for k in order(d):
        v = shown(d, k)
        if k in CHOICE and d["extra"].get("boxes"):
            v = "    ".join(opts_line(d, k))
        if isinstance(v, list):
            paras = [Paragraph(xesc(("%d. " % (i + 1) if k == "learning_outcomes" else "• ") + it), body) for i, it in enumerate(v)]
        else:
            paras = [Paragraph(xesc(p), body) for p in (v.split("\n") if v else [""])]
        hts = [p.wrap(RW, 1000)[1] for p in paras]
        need = max(sum(hts) + 3 * (len(paras) - 1), 26) + 14
        if y - need < 54:
            c.showPage(); page[0] += 1; y = head()
        smallcaps(L, y - 9, lab[k])
        yy = y
        for p, h in zip(paras, hts):
            p.drawOn(c, R, yy - h); yy -= h + 3
        y = min(yy, y - 26) - 6
        c.setStrokeColor(HexColor("#b5b5b5")); c.setLineWidth(0.35); c.line(L, y, W - 54, y); y -= 10
    c.save()

# ---------------- G2: spreadsheet form (openpyxl -> LibreOffice PDF) ----------------
def g2(d, path):
    import openpyxl, math
    from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = d["extra"].get("sheet", "Concept form")
    ws.column_dimensions["A"].width = 26
    for col in "BCDEF": ws.column_dimensions[col].width = 13
    thin = Side(style="thin", color="999999"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, d["extra"].get("heading", "Micro-Course / Credential Concept Form")).font = Font(bold=True, size=14)
    ws.row_dimensions[r].height = 22; r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, d["extra"].get("sub", "Continuing Education – please complete every row and email to ce@michener.example")).font = Font(italic=True, size=9, color="555555")
    r += 2
    lab = labels(d)
    rows = d.get("rows") or [(k, None) for k in order(d)]
    for k, given in rows:
        if given is not None:  # free rows (look-alike): k is the label, given the answer; "#" starts a section band
            if k.startswith("#"):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                cl = ws.cell(r, 1, k[1:]); cl.font = Font(bold=True, color="FFFFFF")
                cl.fill = PatternFill("solid", fgColor=d["extra"].get("fill", "1F4E79")); r += 1; continue
            lab[k] = k; v = given
        if k in d["extra"].get("sections", {}):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            cl = ws.cell(r, 1, d["extra"]["sections"][k]); cl.font = Font(bold=True, color="FFFFFF")
            cl.fill = PatternFill("solid", fgColor=d["extra"].get("fill", "1F4E79")); r += 1
        if given is None:
            v = shown(d, k)
        if given is None and k in CHOICE and d["extra"].get("boxes", True):
            v = "   ".join(opts_line(d, k))
        if isinstance(v, list):
            v = "\n".join((f"{i+1}) " if k == "learning_outcomes" else "- ") + it for i, it in enumerate(v))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        a = ws.cell(r, 1, lab[k]); a.font = Font(bold=True, size=11); a.alignment = Alignment(wrap_text=True, vertical="top")
        b = ws.cell(r, 2, v); b.font = Font(size=11); b.alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, 7): ws.cell(r, col).border = bd
        lines = sum(max(1, math.ceil(len(p) / 66)) for p in str(v).split("\n"))
        llines = max(1, math.ceil(len(lab[k]) / 25))
        ws.row_dimensions[r].height = max(lines, llines) * 15 + 6
        r += 1
    ws.print_area = f"A1:F{r}"
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.scale = 78; ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "Page &P of &N"
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, os.path.basename(path)[:-4] + ".xlsx")
    wb.save(src); soffice_pdf(src, tmp)
    shutil.move(src[:-5] + ".pdf", path); shutil.rmtree(tmp)

# ---------------- G3: DOCX, whole form in one single-cell table, tab stops ----------------
def g3(d, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    doc = docx.Document(); st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    p = doc.add_paragraph(); r = p.add_run(d["extra"].get("heading", "Micro-Course / Credential Concept Form")); r.bold = True; r.font.size = Pt(15)
    if d["extra"].get("sub"): doc.add_paragraph(d["extra"]["sub"]).runs[0].italic = True
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"; cell = t.cell(0, 0)
    cell.paragraphs[0].text = ""
    first = [True]
    def para():
        if first[0]:
            first[0] = False; return cell.paragraphs[0]
        return cell.add_paragraph()
    TAB = Inches(d["extra"].get("tab", 2.1))
    def fmt(p):
        pf = p.paragraph_format; pf.tab_stops.add_tab_stop(TAB); pf.left_indent = TAB; pf.first_line_indent = -TAB
        pf.space_after = Pt(3)
    lab = labels(d); sep = d["extra"].get("sep", ":")
    for k in order(d):
        if k in d["extra"].get("sections", {}):
            p = para(); rr = p.add_run(d["extra"]["sections"][k]); rr.bold = True; rr.font.color.rgb = RGBColor(0x2E, 0x55, 0x8C)
            p.paragraph_format.space_before = Pt(8)
        v = shown(d, k)
        if k in CHOICE:
            v = opts_line(d, k)
            p = para(); fmt(p); p.add_run(lab[k] + sep).bold = True; p.add_run("\t" + "    ".join(v)); continue
        if isinstance(v, list):
            p = para(); fmt(p); p.add_run(lab[k] + sep).bold = True
            for i, it in enumerate(v):
                mk = f"{i+1}." if k == "learning_outcomes" else "–"
                if i == 0: p.add_run(f"\t{mk} {it}")
                else:
                    q = para(); fmt(q); q.add_run(f"\t{mk} {it}")
            continue
        p = para(); fmt(p); p.add_run(lab[k] + sep).bold = True
        parts = v.split("\n") if v else [""]
        p.add_run("\t" + parts[0])
        for extra in parts[1:]:
            q = para(); fmt(q); q.add_run("\t" + extra)
    if d["extra"].get("office"):
        doc.add_paragraph()
        p = doc.add_paragraph(); p.add_run(d["extra"]["office"]).italic = True
    doc.core_properties.author = d["f"].get("proposer_name", "")
    doc.save(path)

# ---------------- G4: label then answer in colour on the same line (DOCX) / Print-to-PDF glyph runs ----------------
def colon(l):
    return l if l[-1] in ":?" else l + ":"

def g4_lines(d):
    lab = labels(d); out = []
    for k in order(d):
        v = shown(d, k)
        if isinstance(v, list):
            out.append((colon(lab[k]), "")); 
            for i, it in enumerate(v):
                out.append(("", (f"{i+1}. " if k == "learning_outcomes" else "• ") + it))
        else:
            ps = v.split("\n") if v else [""]
            out.append((colon(lab[k]), ps[0]))
            for q in ps[1:]: out.append(("", q))
    return out

def g4(d, path):
    if path.endswith(".pdf"):
        return g4pdf(d, path)
    import docx
    from docx.shared import Pt, RGBColor
    doc = docx.Document(); st = doc.styles["Normal"]; st.font.name = d["extra"].get("font", "Arial"); st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run(d["extra"].get("heading", "MICRO-COURSE / CREDENTIAL CONCEPT FORM")); r.bold = True; r.font.size = Pt(13)
    if d["extra"].get("sub"): doc.add_paragraph(d["extra"]["sub"])
    col = RGBColor.from_string(d["extra"].get("colour", "1F4EA0"))
    for lab_, ans in g4_lines(d):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4)
        if lab_: p.add_run(lab_ + " ").bold = d["extra"].get("bold_labels", True)
        if ans:
            rr = p.add_run(ans); rr.font.color.rgb = col
            if not lab_: p.paragraph_format.left_indent = Pt(18)
    doc.save(path)

def g4pdf(d, path):
    """Imitates 'Microsoft Print to PDF': every word (and some single glyphs) placed as its own positioned run."""
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor
    rnd = random.Random(d["name"])
    W, H = letter; c = canvas.Canvas(path, pagesize=letter)
    c.setCreator("Microsoft: Print To PDF"); c.setProducer("Microsoft: Print To PDF"); c.setTitle("Microsoft Word - " + d["extra"].get("docname", "concept form.docx"))
    FS = 10; LM = 72; RM = W - 72
    col = HexColor("#" + d["extra"].get("colour", "1F4EA0"))
    y = [H - 72]
    def newline(dy=FS * 1.32):
        y[0] -= dy
        if y[0] < 72:
            c.showPage(); y[0] = H - 72
    def line(parts, indent=0):
        x = LM + indent
        t = c.beginText(x, y[0])
        for font, colour, text in parts:
            t.setFillColor(colour)
            for w in text.split(" "):
                if not w: continue
                ww = c.stringWidth(w, font, FS)
                if x + ww > RM:
                    c.drawText(t); newline(); x = LM + indent; t = c.beginText(x, y[0]); t.setFillColor(colour)
                t.setFont(font, FS)
                if rnd.random() < 0.18 and len(w) > 3:  # glyph by glyph, each glyph positioned
                    xx = x
                    for ch in w:
                        t.setTextOrigin(xx, y[0]); t.textOut(ch); xx += c.stringWidth(ch, font, FS) + 0.06
                else:
                    t.setTextOrigin(x, y[0]); t.textOut(w)
                x += ww + c.stringWidth(" ", font, FS) * rnd.choice([0.92, 1.0, 1.08, 1.21])
        c.drawText(t)
        newline()
    c.setFont("Helvetica-Bold", 13); c.drawString(LM, y[0], d["extra"].get("heading", "MICRO-COURSE / CREDENTIAL CONCEPT FORM")); newline(22)
    if d["extra"].get("sub"): line([("Helvetica", HexColor("#000000"), d["extra"]["sub"])]); newline(4)
    for lab_, ans in g4_lines(d):
        parts = []
        if lab_: parts.append(("Helvetica-Bold", HexColor("#000000"), lab_))
        if ans: parts.append(("Helvetica", col, ans))
        line(parts, 0 if lab_ else 18); y[0] -= 3
    c.save()

# ---------------- G5: two proposers side by side (DOCX) ----------------
def g5(d, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    doc = docx.Document(); st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run(d["extra"].get("heading", "Micro-Course / Credential Concept Form")); r.bold = True; r.font.size = Pt(14)
    if d["extra"].get("sub"): doc.add_paragraph(d["extra"]["sub"])
    lab = labels(d); co = d["extra"]["co"]
    contact = ["proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone"]
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    hdr = d["extra"].get("cols", ["", "Lead proposer", "Co-lead"])
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for rr in t.rows[0].cells[i].paragraphs[0].runs: rr.bold = True
    for k in contact:
        row = t.add_row().cells; row[0].text = lab[k]; row[1].text = shown(d, k); row[2].text = co.get(k, "")
        row[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    t2 = doc.add_table(rows=0, cols=2); t2.style = "Table Grid"
    for k in order(d):
        if k in contact: continue
        row = t2.add_row().cells; row[0].text = lab[k]; row[0].paragraphs[0].runs[0].bold = True
        v = shown(d, k)
        if k in CHOICE:
            opts = opts_line(d, k); row[1].paragraphs[0].text = opts[0]
            for o in opts[1:]: row[1].add_paragraph(o)
            continue
        if isinstance(v, list):
            row[1].paragraphs[0].text = (("1. " if k == "learning_outcomes" else "• ") + v[0])
            for i, it in enumerate(v[1:]): row[1].add_paragraph((f"{i+2}. " if k == "learning_outcomes" else "• ") + it)
            continue
        ps = v.split("\n") if v else [""]
        row[1].paragraphs[0].text = ps[0]
        for q in ps[1:]: row[1].add_paragraph(q)
    for tb in (t, t2):
        for row in tb.rows:
            row.cells[0].width = Inches(1.9)
    doc.save(path)

# ---------------- G6: numbered questions, indented answers (pdflatex) ----------------
def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)

def g6(d, path):
    lab = labels(d)
    L = [r"\documentclass[11pt]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
         r"\usepackage[margin=1in]{geometry}", r"\renewcommand{\labelenumi}{(\alph{enumi})}",
         r"\setlength{\parindent}{0pt}", r"\pagestyle{plain}", r"\begin{document}",
         r"{\Large\bfseries " + tex(d["extra"].get("heading", "Micro-Course / Credential Concept Form")) + r"}\par\medskip"]
    if d["extra"].get("sub"): L.append(r"{\small " + tex(d["extra"]["sub"]) + r"}\par\bigskip")
    n = 0
    for k in order(d):
        if k in d["extra"].get("sections", {}):
            L.append(r"\medskip{\large\bfseries " + tex(d["extra"]["sections"][k]) + r"}\par\smallskip")
        n += 1
        L.append(r"\textbf{%d.\ %s}\par" % (n, tex(lab[k])))
        v = shown(d, k)
        L.append(r"\begin{list}{}{\leftmargin=2.2em\rightmargin=0pt\itemsep=2pt\topsep=3pt}\item[]")
        if isinstance(v, list):
            mk = "arabic*)" if k == "learning_outcomes" else None
            L.append(r"\begin{enumerate}" if k == "learning_outcomes" else r"\begin{itemize}")
            for it in v: L.append(r"\item " + tex(it))
            L.append(r"\end{enumerate}" if k == "learning_outcomes" else r"\end{itemize}")
        else:
            ps = v.split("\n") if v else [r"\mbox{}"]
            L.append("\n\n".join(tex(p) if p != r"\mbox{}" else p for p in ps))
        L.append(r"\end{list}\smallskip")
    L.append(r"\end{document}")
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "doc.tex")
    open(src, "w", encoding="utf-8").write("\n".join(L))
    res = subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp, capture_output=True, text=True, timeout=120)
    log = open(os.path.join(tmp, "doc.log"), encoding="latin-1").read()
    assert "Missing character" not in log and os.path.exists(os.path.join(tmp, "doc.pdf")), res.stdout[-2000:]
    shutil.move(os.path.join(tmp, "doc.pdf"), path); shutil.rmtree(tmp)

RENDER = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5, "G6": g6}
