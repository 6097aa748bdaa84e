"""Renderers and expected-file writer for round 24c (blind maker c)."""
import json, os, subprocess, shutil, tempfile
from dataclasses import dataclass

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FONT = "/usr/share/fonts/truetype/dejavu/"


@dataclass
class Strike:      # answer corrected in place: old text struck through, new text after it
    old: str
    new: str


@dataclass
class Hint:        # the template's grey hint text, left as it was
    text: str


@dataclass
class Note:        # a comment / margin note beside an answer (never a value)
    answer: object
    note: str


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(path, doc):
    f = doc.get("fields", {}) if doc["kind"] == "form" else {}
    exp = {"is_concept_form": doc["kind"] == "form", "shape": doc["shape"], "fields": f,
           "missing_required": missing(f) if doc["kind"] == "form" else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice(src, outdir, fmt="pdf"):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset24c", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


# ---------------------------------------------------------------- DOCX helpers
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

GREY = RGBColor(0x80, 0x80, 0x80)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def put_answer(doc, cell_or_doc, ans, first_par=None):
    """Write an answer into a cell (or the document body). Returns list of runs (for comments)."""
    runs = []

    def newpar():
        nonlocal first_par
        if first_par is not None:
            p = first_par; first_par = None; return p
        return cell_or_doc.add_paragraph()

    if isinstance(ans, Note):
        rs = put_answer(doc, cell_or_doc, ans.answer, first_par)
        if rs:
            doc.add_comment(rs, text=ans.note, author="R. Tiwari-Holm", initials="RTH")
        return rs
    if ans is None or ans == "":
        newpar(); return runs
    if isinstance(ans, Hint):
        p = newpar(); r = p.add_run(ans.text); r.italic = True; r.font.color.rgb = GREY; runs.append(r); return runs
    if isinstance(ans, Strike):
        p = newpar(); r = p.add_run(ans.old); r.font.strike = True; runs.append(r)
        p.add_run(" "); r2 = p.add_run(ans.new); runs.append(r2); return runs
    if isinstance(ans, tuple) and ans[0] == "check":
        _, opts, chosen = ans
        for o in opts:
            p = newpar(); r = p.add_run(("☒ " if o in chosen else "☐ ") + o); runs.append(r)
        return runs
    if isinstance(ans, tuple) and ans[0] in ("num", "bul"):
        for i, it in enumerate(ans[1]):
            p = newpar()
            if isinstance(it, Strike):
                pre = f"{i+1}. " if ans[0] == "num" else "• "
                p.add_run(pre); r = p.add_run(it.old); r.font.strike = True; p.add_run(" "); runs.append(p.add_run(it.new))
            else:
                runs.append(p.add_run((f"{i+1}. " if ans[0] == "num" else "• ") + it))
        return runs
    if isinstance(ans, tuple) and ans[0] == "pars":
        for it in ans[1]:
            rs = put_answer(doc, cell_or_doc, it, newpar()); runs += rs
        return runs
    if isinstance(ans, tuple) and ans[0] == "mix":   # several runs in one paragraph; strings or Strike
        p = newpar()
        for it in ans[1]:
            if isinstance(it, Strike):
                r = p.add_run(it.old); r.font.strike = True; runs.append(r); p.add_run(" "); runs.append(p.add_run(it.new))
            else:
                runs.append(p.add_run(it))
        return runs
    p = newpar(); runs.append(p.add_run(str(ans))); return runs


def table_form_docx(path, d):
    """Genre F1: the official two-column table form."""
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = d.get("font", "Calibri"); st.font.size = Pt(10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.text = d["header"]; hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.text = d["footer"]; fp.runs[0].font.size = Pt(8)
    h = doc.add_paragraph(); r = h.add_run(d["heading"]); r.bold = True; r.font.size = Pt(15)
    if d.get("subheading"):
        p = doc.add_paragraph(); r = p.add_run(d["subheading"]); r.italic = True; r.font.size = Pt(9)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for row in d["rows"]:
        if row[0] == "SECTION":
            c = t.add_row().cells; m = c[0].merge(c[1]); m.text = ""
            rr = m.paragraphs[0].add_run(row[1]); rr.bold = True; shade(m, "D9E2F3"); continue
        label, ans = row[0], row[1]
        c = t.add_row().cells
        c[0].width = Cm(5.5); c[1].width = Cm(11.5)
        c[0].text = ""; lr = c[0].paragraphs[0].add_run(label); lr.bold = True; shade(c[0], "F2F2F2")
        if len(row) > 2:  # label hint
            hp2 = c[0].add_paragraph(); hr = hp2.add_run(row[2]); hr.italic = True; hr.font.size = Pt(8); hr.font.color.rgb = GREY
        put_answer(doc, c[1], ans, c[1].paragraphs[0])
    for line in d.get("after", []):
        doc.add_paragraph(line)
    if d.get("office"):
        doc.add_paragraph()
        ot = doc.add_table(rows=0, cols=2); ot.style = "Table Grid"
        c = ot.add_row().cells; m = c[0].merge(c[1]); m.text = "For CE office use only"; shade(m, "EDEDED")
        for lab in ("Received", "Reference #", "Reviewer"):
            c = ot.add_row().cells; c[0].text = lab; c[1].text = ""
    doc.save(path)


def retyped_docx(path, d):
    """Genre F4: retyped proposal in the applicant's words (headings, own order, comments)."""
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = d.get("font", "Cambria"); st.font.size = Pt(11)
    doc.add_heading(d["title"], level=0)
    for line in d.get("top", []):
        put_answer(doc, doc, line)
    for head, ans in d["sections"]:
        doc.add_heading(head, level=2)
        put_answer(doc, doc, ans)
    for line in d.get("after", []):
        put_answer(doc, doc, line)
    doc.save(path)


def printed_pdf(path, d):
    """Genre F2: the table form 'printed' to PDF by LibreOffice (strike and hint survive as text)."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
    table_form_docx(src, d)
    out = soffice(src, tmp)
    shutil.move(out, path)


# ---------------------------------------------------------------- AcroForm (F3)
def acroform_pdf(path, d):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSans-Bold.ttf"))
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(d["heading"]); c.setAuthor(d.get("author", "Michener CE"))
    W, H = letter
    form = c.acroForm
    y = H - 60

    def top():
        c.setFont("DVB", 13); c.drawString(50, H - 45, d["heading"])
        c.setFont("DV", 7); c.drawString(50, 25, d["footer"])

    top(); y = H - 75
    for row in d["rows"]:
        if row[0] == "SECTION":
            if y < 120:
                c.showPage(); top(); y = H - 75
            c.setFillColorRGB(0.85, 0.89, 0.95); c.rect(45, y - 4, W - 90, 16, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0); c.setFont("DVB", 9); c.drawString(50, y, row[1]); y -= 24; continue
        label, name, kind, val = row[:4]
        hgt = row[4] if len(row) > 4 else 18
        need = hgt + 16
        if y - need < 50:
            c.showPage(); top(); y = H - 75
        c.setFont("DVB", 8.5); c.drawString(50, y, label)
        if kind == "text":
            form.textfield(name=name, x=200, y=y - hgt + 10, width=W - 250, height=hgt, value=val or "",
                           fontName="Helvetica", fontSize=8 if hgt > 18 else 9, borderWidth=0.5,
                           fieldFlags="multiline" if hgt > 18 else "", tooltip=label)
            y -= hgt + 8
        elif kind == "radio":
            opts, chosen = val
            x = 200
            for code, text in opts:
                form.radio(name=name, value=code, selected=(code == chosen), x=x, y=y - 3, size=10,
                           buttonStyle="cross", borderWidth=0.5)
                c.setFont("DV", 8); c.drawString(x + 13, y - 1, text); x += 13 + c.stringWidth(text, "DV", 8) + 14
            y -= 22
    c.save()
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.Root.AcroForm.NeedAppearances = True
        pdf.docinfo["/Producer"] = "Adobe Acrobat Pro (64-bit) 24.2.20759"
        pdf.save(path)


# ---------------------------------------------------------------- look-alikes
def letter_pdf(path, d):
    """Genre L1: letter of support on letterhead (reportlab platypus)."""
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", FONT + "DejaVuSans.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14.5, spaceAfter=9)

    def head(c, doc_):
        W, H = letter
        c.setFillColorRGB(*d.get("colour", (0.1, 0.3, 0.45)))
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 16); c.drawString(55, H - 40, d["org"])
        c.setFont("DVS", 8); c.drawString(55, H - 56, d["org_line"])
        c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("DVS", 7); c.drawCentredString(W / 2, 28, d["org_footer"])

    doc_ = SimpleDocTemplate(path, pagesize=letter, topMargin=110, leftMargin=60, rightMargin=60,
                             title=d["pdf_title"], author=d["signer"])
    story = [Paragraph(x, body) for x in d["paras"]]
    doc_.build(story, onFirstPage=head, onLaterPages=head)


def docx_to_pdf(path, build_docx):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
    build_docx(src)
    out = soffice(src, tmp)
    shutil.move(out, path)


def cv_docx(src, d):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    p = doc.add_paragraph(); r = p.add_run(d["name"]); r.bold = True; r.font.size = Pt(20)
    doc.add_paragraph(d["contact"])
    for head, items in d["sections"]:
        doc.add_heading(head, level=2)
        for it in items:
            if isinstance(it, tuple):
                p = doc.add_paragraph(); r = p.add_run(it[0]); r.bold = True
                if it[1]:
                    p.add_run("\t" + it[1])
                for b in it[2:]:
                    doc.add_paragraph(b, style="List Bullet")
            else:
                doc.add_paragraph(it, style="List Bullet" if d.get("bullets") else None)
    doc.save(src)


def syllabus_docx(path, d):
    """Genre L3: a draft syllabus / lesson plan of the proposed course."""
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = d["header"]
    doc.add_heading(d["title"], level=1)
    for line in d["intro"]:
        doc.add_paragraph(line)
    for head, body in d["sections"]:
        doc.add_heading(head, level=2)
        if isinstance(body, tuple) and body[0] == "table":
            t = doc.add_table(rows=1, cols=len(body[1])); t.style = "Light Grid Accent 1"
            for i, hname in enumerate(body[1]):
                t.rows[0].cells[i].text = hname
            for row in body[2]:
                cs = t.add_row().cells
                for i, v in enumerate(row):
                    cs[i].text = v
        elif isinstance(body, list):
            for it in body:
                doc.add_paragraph(it, style="List Number" if d.get("numbered") else "List Bullet")
        else:
            doc.add_paragraph(body)
    doc.save(path)


def mailprint_pdf(path, d):
    """Genre L4: a mail-client item saved as a small PDF (meeting invitation print, signature card)."""
    from fpdf import FPDF
    pdf = FPDF(format=d.get("format", "letter"))
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creator(d.get("creator", "Microsoft® Outlook® for Microsoft 365")); pdf.set_title(d["pdf_title"])
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    if d.get("kind_mail") == "invite":
        pdf.set_font("DV", "B", 12); pdf.cell(0, 8, d["owner"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0); pdf.line(10, pdf.get_y(), 200, pdf.get_y()); pdf.ln(3)
        for k, v in d["head"]:
            pdf.set_font("DV", "B", 9); pdf.cell(40, 5.5, k)
            pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("DV", "", 9.5)
        for para in d["body"]:
            pdf.multi_cell(0, 5.2, para, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    else:  # signature card
        pdf.set_auto_page_break(False)
        pdf.set_fill_color(*d["colour"]); pdf.rect(10, 10, 40, 40, style="F")
        pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 22); pdf.set_xy(10, 22); pdf.cell(40, 12, d["mono"], align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(56, 12)
        for i, line in enumerate(d["lines"]):
            pdf.set_x(56); pdf.set_font("DV", "B" if i == 0 else "", 12 if i == 0 else 9)
            pdf.cell(0, 6 if i == 0 else 4.6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y() + 4, 54)); pdf.set_font("DV", "", 6.5); pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(0, 3.4, d["small"])
    pdf.output(path)


def budget_pdf(path, d):
    """Genre L5: a budget spreadsheet (openpyxl) exported to PDF by LibreOffice Calc."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook(); ws = wb.active; ws.title = d["sheet"]
    ws["A1"] = d["title"]; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = d["sub"]; ws["A2"].font = Font(italic=True, size=9)
    r = 4
    for i, h in enumerate(d["cols"]):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
    first = r + 1
    for row in d["rows"]:
        r += 1
        if row[0] == "SECTION":
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7"); continue
        desc, qty, unit = row
        ws.cell(r, 1, desc); ws.cell(r, 2, qty); ws.cell(r, 3, unit); ws.cell(r, 4, f"=B{r}*C{r}")
        ws.cell(r, 3).number_format = '"$"#,##0.00'; ws.cell(r, 4).number_format = '"$"#,##0.00'
    r += 2
    ws.cell(r, 1, "Total").font = Font(bold=True); ws.cell(r, 4, f"=SUM(D{first}:D{r-2})").font = Font(bold=True)
    ws.cell(r, 4).number_format = '"$"#,##0.00'
    for note in d["notes_rows"]:
        r += 1; ws.cell(r + 1, 1, note).font = Font(size=8, italic=True)
    ws.column_dimensions["A"].width = 58; ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 13; ws.column_dimensions["D"].width = 14
    for row in ws.iter_rows(min_row=5):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&A – page &P of &N"
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    wb.save(src)
    out = soffice(src, tmp)
    shutil.move(out, path)


RENDER = {
    "F1": lambda p, d: table_form_docx(p, d),
    "F2": lambda p, d: printed_pdf(p, d),
    "F3": lambda p, d: acroform_pdf(p, d),
    "F4": lambda p, d: retyped_docx(p, d),
    "L1": lambda p, d: letter_pdf(p, d),
    "L2": lambda p, d: docx_to_pdf(p, lambda s: cv_docx(s, d)),
    "L3": lambda p, d: syllabus_docx(p, d),
    "L4": lambda p, d: mailprint_pdf(p, d),
    "L5": lambda p, d: budget_pdf(p, d),
}
