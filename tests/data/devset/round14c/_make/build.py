"""Build round 14c: python build.py tuning|heldout.  Each document in the data module is a dict:
file, genre, lang, title, meta (furniture), qa = [(section, question, answer, spec)], fields given by spec,
notes.  spec: None | "key" (value = the answer; list -> list for learning_outcomes, else '; '-joined) | {key: value}."""
import sys, os, json, subprocess, tempfile, html, shutil, importlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]


def fields_of(doc):
    f = {}
    for sec, q, a, spec in doc.get("qa", []):
        if spec is None:
            continue
        if isinstance(spec, str):
            if isinstance(a, list):
                f[spec] = list(a) if spec == "learning_outcomes" else "; ".join(a)
            else:
                f[spec] = a
        else:
            f.update(spec)
    f.update(doc.get("extra_fields", {}))
    return f


def expected(doc):
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    f = fields_of(doc)
    miss = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        miss.append("existing_program_name")
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}


def lines_of(a, style="num"):
    if not isinstance(a, list):
        return [a]
    if style == "num":
        return ["%d. %s" % (i + 1, x) for i, x in enumerate(a)]
    if style == "paren":
        return ["%d) %s" % (i + 1, x) for i, x in enumerate(a)]
    if style == "dash":
        return ["- " + x for x in a]
    if style == "letter":
        return ["%s) %s" % ("abcdefgh"[i], x) for i, x in enumerate(a)]
    return ["\u2022 " + x for x in a]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, a, style, bold=False, size=10):
    cell.text = ""
    ls = lines_of(a, style)
    for i, l in enumerate(ls):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(l); r.bold = bold; r.font.size = Pt(size)


def base_docx(font="Calibri"):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(1.8)
    return d


# ---------- G1: grid, labels in a header row, answers in the row below (python-docx) ----------
def g1(doc, path):
    d = base_docx(doc.get("font", "Calibri"))
    for l in doc.get("meta", {}).get("head", []):
        p = d.add_paragraph(); r = p.add_run(l); r.font.size = Pt(9)
    h = d.add_paragraph(); r = h.add_run(doc["title"]); r.bold = True; r.font.size = Pt(15)
    for l in doc.get("meta", {}).get("intro", []):
        d.add_paragraph(l)
    ncol = doc.get("meta", {}).get("ncol", 3)
    # groups: list of lists of qa indices, given by meta 'rows' or chunked
    rows = doc["meta"]["rows"]
    t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
    for grp in rows:
        if isinstance(grp, str):  # section band
            c = t.add_row().cells; m = c[0].merge(c[-1]); set_cell(m, grp, None, bold=True, size=11); shade(m, "1F4E79")
            for r in m.paragraphs[0].runs: r.font.color.rgb = RGBColor(255, 255, 255)
            continue
        hc = t.add_row().cells; ac = t.add_row().cells
        if len(grp) == 1:
            hc = [hc[0].merge(hc[-1])]; ac = [ac[0].merge(ac[-1])]
        elif len(grp) == 2 and ncol == 3:
            hc = [hc[0], hc[1].merge(hc[2])]; ac = [ac[0], ac[1].merge(ac[2])]
        for j, i in enumerate(grp):
            sec, q, a, spec = doc["qa"][i]
            set_cell(hc[j], q, None, bold=True, size=9); shade(hc[j], "D9E2F3")
            set_cell(ac[j], a, doc.get("meta", {}).get("list", "num"))
    for l in doc.get("meta", {}).get("foot", []):
        d.add_paragraph(l)
    d.save(path)


# ---------- G3: numbered questionnaire, questions in the writer's words, answers below (python-docx) ----------
def g3(doc, path):
    d = base_docx(doc.get("font", "Calibri"))
    h = d.add_paragraph(); r = h.add_run(doc["title"]); r.bold = True; r.font.size = Pt(14)
    for l in doc.get("meta", {}).get("intro", []):
        d.add_paragraph(l)
    n = 0
    for sec, q, a, spec in doc["qa"]:
        if q is None:
            for l in lines_of(a, "dash"): d.add_paragraph(l)
            continue
        n += 1
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8)
        r = p.add_run("%d. %s" % (n, q)); r.bold = True
        for l in lines_of(a, doc.get("meta", {}).get("list", "bullet")):
            d.add_paragraph(l)
    for l in doc.get("meta", {}).get("foot", []):
        d.add_paragraph(l)
    d.save(path)


# ---------- reportlab helpers ----------
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

E = lambda s: html.escape(s, quote=False)


def g2(doc, path):
    """three-column table Section | Question | Answer (reportlab)."""
    ss = getSampleStyleSheet(); fn = doc.get("font", "Helvetica")
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=fn, fontSize=9, leading=11.5)
    bold = ParagraphStyle("bb", parent=body, fontName=fn + "-Bold" if fn != "Times-Roman" else "Times-Bold")
    story = [Paragraph(E(doc["title"]), ParagraphStyle("t", parent=bold, fontSize=14, leading=18)), Spacer(1, 6)]
    for l in doc.get("meta", {}).get("intro", []):
        story += [Paragraph(E(l), body), Spacer(1, 4)]
    hdr = doc["meta"].get("cols", ["Section", "Question", "Answer"])
    data = [[Paragraph(E(x), bold) for x in hdr]]
    last = None
    for sec, q, a, spec in doc["qa"]:
        ans = "<br/>".join(E(l) for l in lines_of(a, doc["meta"].get("list", "num")))
        data.append([Paragraph(E(sec) if sec != last else "", bold), Paragraph(E(q), body), Paragraph(ans, body)])
        last = sec
    t = Table(data, colWidths=[90, 150, 300], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8"))]))
    story.append(t)
    for l in doc.get("meta", {}).get("foot", []):
        story += [Spacer(1, 6), Paragraph(E(l), body)]
    SimpleDocTemplate(path, pagesize=LETTER, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40,
                      title=doc["title"]).build(story)


def g5(doc, path):
    """interview-style Q:/A: transcript (reportlab)."""
    ss = getSampleStyleSheet(); fn = doc.get("font", "Helvetica")
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=fn, fontSize=10, leading=13.5, spaceAfter=3)
    bfn = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[fn]
    story = [Paragraph(E(doc["title"]), ParagraphStyle("t", parent=body, fontName=bfn, fontSize=13, leading=17)), Spacer(1, 4)]
    for l in doc.get("meta", {}).get("intro", []):
        story.append(Paragraph(E(l), body))
    story.append(Spacer(1, 6))
    qp, ap = doc["meta"].get("prefix", ("Q:", "A:"))
    for sec, q, a, spec in doc["qa"]:
        if q is not None:
            story.append(Paragraph("<font name='%s'>%s</font> %s" % (bfn, E(qp), E(q)), body))
        ls = lines_of(a, doc["meta"].get("list", "dash"))
        if isinstance(a, list):
            lead = doc.get("leads", {}).get(q)
            if lead:
                story.append(Paragraph("%s %s" % (E(ap), E(lead)), body))
            else:
                ls[0] = ap + " " + ls[0] if False else ls[0]
            for l in ls:
                story.append(Paragraph(E(l), ParagraphStyle("i", parent=body, leftIndent=18)))
        else:
            story.append(Paragraph("%s %s" % (E(ap), E(a)), body))
        story.append(Spacer(1, 3))
    for l in doc.get("meta", {}).get("foot", []):
        story.append(Paragraph(E(l), body))
    SimpleDocTemplate(path, pagesize=LETTER, leftMargin=54, rightMargin=54, topMargin=50, bottomMargin=50,
                      title=doc["title"]).build(story)


def soffice(src, outdir, filt="pdf"):
    prof = "file:///tmp/lo-profile-14c"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", filt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def g4(doc, path):
    """spreadsheet: openpyxl XLSX -> LibreOffice Calc PDF export."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = doc["meta"].get("sheet", "Concept")
    thin = Side(style="thin", color="999999")
    ws.column_dimensions["A"].width = doc["meta"].get("wa", 30); ws.column_dimensions["B"].width = doc["meta"].get("wb", 70)
    ws["A1"] = doc["title"]; ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:B1")
    r = 2
    for l in doc["meta"].get("intro", []):
        ws.cell(r, 1, l).font = Font(italic=True, size=9); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); r += 1
    hdr = doc["meta"].get("cols", ["Item", "Response"])
    for j, h in enumerate(hdr):
        c = ws.cell(r, j + 1, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="4F6228")
    r += 1
    last = None
    for sec, q, a, spec in doc["qa"]:
        if sec and sec != last and doc["meta"].get("bands", True):
            c = ws.cell(r, 1, sec); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D8E4BC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); r += 1
        last = sec
        ws.cell(r, 1, q).font = Font(bold=True)
        v = "\n".join(lines_of(a, doc["meta"].get("list", "dash"))) if isinstance(a, list) else a
        c = ws.cell(r, 2, v)
        for cc in (ws.cell(r, 1), c):
            cc.alignment = Alignment(wrap_text=True, vertical="top"); cc.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        # row height as Excel would set it after typing (about 1 char per width unit, 15 pt a line)
        wa = doc["meta"].get("wa", 30); wb_ = doc["meta"].get("wb", 70)
        na = -(-len(str(q)) // int(wa * 0.95))
        nb = sum(max(1, -(-len(l) // int(wb_ * 0.95))) for l in str(v).split("\n"))
        ws.row_dimensions[r].height = 15 * max(na, nb, 1) + 2
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"
    tmp = tempfile.mkdtemp()
    x = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    wb.save(x); soffice(x, tmp)
    shutil.move(x[:-5] + ".pdf", path)


def g6(doc, path):
    """online survey response printed: HTML -> LibreOffice Writer/Web PDF."""
    m = doc["meta"]
    h = ["<html><head><meta charset='utf-8'><title>%s</title><style>body{font-family:'Liberation Sans';font-size:10pt}"
         ".q{font-weight:bold;margin-top:10pt;margin-bottom:1pt}.req{color:#b00020;font-size:8pt}.fur{color:#666;font-size:8pt}"
         ".a{margin-left:14pt;margin-top:0}</style></head><body>" % E(m["tool"])]
    h.append("<p class='fur'>%s</p>" % E(m["tool"]))
    h.append("<h2>%s</h2>" % E(doc["title"]))
    for l in m.get("intro", []):
        h.append("<p class='fur'>%s</p>" % E(l))
    pages = m["pages"]; npg = len(set(p for p in pages))
    last = None; n = 0
    for (sec, q, a, spec), pg in zip(doc["qa"], pages):
        if pg != last:
            h.append("<hr/><p class='fur'>Page %d of %d</p><h3>%s</h3>" % (pg, npg, E(sec)))
            last = pg
        n += 1
        star = " <span class='req'>*</span>" if (spec and (spec if isinstance(spec, str) else list(spec)[0]) in REQUIRED) else ""
        qt = ("%d. " % n if m.get("numbered") else "") + E(q) + star
        h.append("<p class='q'>%s</p>" % qt)
        if star and m.get("required_word"):
            h.append("<p class='req'>Required</p>")
        ls = lines_of(a, m.get("list", "dash"))
        h.append("<p class='a'>%s</p>" % "<br/>".join(E(l) for l in ls))
    for l in m.get("foot", []):
        h.append("<p class='fur'>%s</p>" % E(l))
    h.append("</body></html>")
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "r.html")
    open(src, "w", encoding="utf-8").write("\n".join(h))
    soffice(src, tmp, "pdf:writer_web_pdf_Export")
    shutil.move(os.path.join(tmp, "r.pdf"), path)


# ---------- look-alikes ----------
def minutes_docx(doc, path):
    d = base_docx()
    for l in doc["blocks"]:
        if l[0] == "h":
            p = d.add_paragraph(); r = p.add_run(l[1]); r.bold = True; r.font.size = Pt(13)
        elif l[0] == "p":
            d.add_paragraph(l[1])
        elif l[0] == "t":
            rows = l[1]; t = d.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                c = t.add_row().cells
                for j, v in enumerate(row):
                    set_cell(c[j], v, "bullet", bold=(i == 0), size=9.5)
                    if i == 0: shade(c[j], "D9E2F3")
    d.save(path)


def letter_pdf(doc, path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=8)
    story = []
    for l in doc["blocks"]:
        if l[0] == "h":
            story.append(Paragraph("<b>%s</b>" % E(l[1]), body))
        elif l[0] == "p":
            story.append(Paragraph(E(l[1]).replace("\n", "<br/>"), body))
        elif l[0] == "t":
            t = Table([[Paragraph(E(v), body) for v in row] for row in l[1]], colWidths=[150, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    SimpleDocTemplate(path, pagesize=LETTER, leftMargin=72, rightMargin=72, topMargin=60, bottomMargin=60).build(story)


ROUTES = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5, "G6": g6}


def build(half):
    mod = importlib.import_module(half + "_data")
    out = os.path.join(ROOT, half)
    for doc in mod.DOCS:
        p = os.path.join(out, doc["file"])
        if doc["genre"] == "G7":
            (minutes_docx if p.endswith(".docx") else letter_pdf)(doc, p)
        else:
            ROUTES[doc["genre"]](doc, p)
        base = p.rsplit(".", 1)[0]
        with open(base + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(doc), fh, ensure_ascii=False, indent=2); fh.write("\n")
        print("built", doc["file"])


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    build(sys.argv[1])
