"""python build.py tuning|heldout [name ...]  -- writes documents and expected files."""
import os, sys, random, importlib, tempfile
from lib import *

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HINTS = {
    "learning_outcomes": "List 3–6 measurable outcomes (By the end learners will be able to …)",
    "summative_assessment": "How will achievement of the outcomes be evidenced?",
    "partner_name": "Name the external body endorsing this credential",
    "education_plan_alignment": "Refer to the Education Plan priorities",
    "rationale": "Labour market need / identified skills gap",
}


def sec_list(doc):
    return SECTIONS_FR if doc.get("opts", {}).get("fr") else SECTIONS


def lab(doc, k):
    o = doc.get("opts", {})
    if k in o.get("labels", {}):
        return o["labels"][k]
    return (LABELS_FR if o.get("fr") else LABELS)[k]


# ------------------------------------------------------------------ G1: Word official form, merged cells, nested table
def render_g1(doc, path):
    o = doc.get("opts", {}); fr = o.get("fr", False)
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Michener Institute of Education at UHN – Continuing Education"
    sec.footer.paragraphs[0].text = "CE-F-014 Micro-Course / Credential Concept Form – rev. 2026-09"
    h = d.add_paragraph(); r = h.add_run("Micro-Course / Credential Concept Form"); r.bold = True; r.font.size = Pt(16)
    if not o.get("no_instructions"):
        d.add_paragraph("Complete every section. Required items are marked [R1]–[R4]. Return the form to "
                        "ce@michener.example as a Word or PDF file.").runs[0].italic = True
    nested = o.get("nested_logistics", True)
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    in_label = o.get("answer_in_label", {})
    extra = o.get("extra_rows", [])
    for title, keys in sec_list(doc):
        row = t.add_row(); c = row.cells[0].merge(row.cells[2]); shade(c, "1F3864")
        rr = c.paragraphs[0].add_run(title); rr.bold = True; rr.font.color.rgb = RGBColor(255, 255, 255)
        if nested and title.startswith("D"):
            row = t.add_row()
            g = row.cells[0]; label_run(g, title.split(". ", 1)[1])
            lc = row.cells[1]; label_run(lc, "Logistics (complete the table)")
            ac = row.cells[2]
            nt = ac.add_table(rows=0, cols=2); nt.style = "Table Grid"
            for k in keys:
                if k in o.get("omit_rows", []):
                    continue
                nr = nt.add_row(); label_run(nr.cells[0], lab(doc, k), size=9)
                fill_cell(nr.cells[1], display(doc, k, fr))
            set_col_widths(nt, [Cm(3.6), Cm(6.0)])
            continue
        first_cell = None
        for k in keys:
            if k in o.get("omit_rows", []):
                continue
            row = t.add_row()
            if first_cell is None:
                first_cell = row.cells[0]; label_run(first_cell, title.split(". ", 1)[1]); shade(first_cell, "D9E2F3")
            else:
                first_cell = first_cell.merge(row.cells[0])
            lc, ac = row.cells[1], row.cells[2]; shade(lc, "F2F2F2")
            if k in in_label:
                label_run(lc, lab(doc, k) + ": ", bold=True)
                lc.paragraphs[0].add_run(in_label[k])
            else:
                label_run(lc, lab(doc, k), hint=None if o.get("no_instructions") else HINTS.get(k))
                fill_cell(ac, display(doc, k, fr))
            for after, elab, etext in extra:
                if after == k:
                    row = t.add_row(); first_cell = first_cell.merge(row.cells[0])
                    label_run(row.cells[1], elab); fill_cell(row.cells[2], etext)
    set_col_widths(t, [Cm(2.6), Cm(5.0), Cm(10.0)])
    d.add_paragraph()
    if not o.get("no_office_box"):
        ob = d.add_table(rows=2, cols=2); ob.style = "Table Grid"
        ob.cell(0, 0).merge(ob.cell(0, 1)).paragraphs[0].add_run("For CE office use only").bold = True
        ob.cell(1, 0).text = "Received:"; ob.cell(1, 1).text = "Reference:"
    d.save(path)


# ------------------------------------------------------------------ G2: Google-Docs-style, tables inside tables
def render_g2(doc, path):
    o = doc.get("opts", {}); fr = o.get("fr", False)
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    p = d.add_paragraph(); r = p.add_run(o.get("doc_title", "Micro-Course / Credential Concept Form")); r.bold = True
    r.font.size = Pt(18); r.font.name = "Arial"
    if o.get("subtitle"):
        d.add_paragraph(o["subtitle"])
    outer = d.add_table(rows=0, cols=1); outer.style = "Table Grid"
    extra = o.get("extra_rows", [])
    for title, keys in sec_list(doc):
        cell = outer.add_row().cells[0]
        rr = cell.paragraphs[0].add_run(title); rr.bold = True; rr.font.name = "Arial"; rr.font.size = Pt(12)
        shade(cell, "EFEFEF")
        inner = cell.add_table(rows=0, cols=2); inner.style = "Table Grid"
        for k in keys:
            if k in o.get("omit_rows", []):
                continue
            row = inner.add_row()
            label_run(row.cells[0], lab(doc, k), font="Arial", size=10)
            fill_cell(row.cells[1], display(doc, k, fr), font="Arial", size=10)
            for after, elab, etext in extra:
                if after == k:
                    row = inner.add_row(); label_run(row.cells[0], elab, font="Arial", size=10)
                    fill_cell(row.cells[1], etext, font="Arial", size=10)
        set_col_widths(inner, [Cm(5.0), Cm(11.0)])
        cell.add_paragraph()
    for line in o.get("closing", []):
        d.add_paragraph(line)
    d.save(path)


# ------------------------------------------------------------------ G4: LibreOffice Writer form exported to PDF (printed)
def render_g4(doc, path):
    o = doc.get("opts", {}); fr = o.get("fr", False)
    tmp = tempfile.mkdtemp(); dx = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
    d = Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(10)
    p = d.add_paragraph(); r = p.add_run("MICRO-COURSE / CREDENTIAL CONCEPT FORM"); r.bold = True; r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Continuing Education · Michener Institute").alignment = WD_ALIGN_PARAGRAPH.CENTER
    in_label = o.get("answer_in_label", {})
    extra = o.get("extra_rows", [])
    t = d.add_table(rows=0, cols=2); set_borders(t)
    for title, keys in sec_list(doc):
        row = t.add_row(); c = row.cells[0].merge(row.cells[1]); shade(c, "DDDDDD")
        c.paragraphs[0].add_run(title.upper()).bold = True
        for k in keys:
            if k in o.get("omit_rows", []):
                continue
            row = t.add_row()
            if k in in_label:
                label_run(row.cells[0], lab(doc, k) + " ", size=10)
                row.cells[0].paragraphs[0].add_run(in_label[k])
            else:
                label_run(row.cells[0], lab(doc, k), size=10)
                fill_cell(row.cells[1], display(doc, k, fr))
            for after, elab, etext in extra:
                if after == k:
                    row = t.add_row(); label_run(row.cells[0], elab, size=10); fill_cell(row.cells[1], etext)
    set_col_widths(t, [Cm(7.4), Cm(9.6)])
    for line in o.get("closing", []):
        d.add_paragraph(line)
    d.save(dx)
    soffice_pdf(dx, path)


# ------------------------------------------------------------------ G3: fillable PDF, coded widget names
def render_g3(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor, black, white
    o = doc.get("opts", {}); fr = o.get("fr", False)
    prefix = o.get("prefix", "f")
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    c.setTitle(o.get("pdf_title", "Concept Form"))
    form = c.acroForm
    y = H - 50
    n = [0]

    def head():
        c.setFont("Helvetica-Bold", 15); c.drawString(50, H - 45, "Micro-Course / Credential Concept Form")
        c.setFont("Helvetica", 8); c.drawString(50, H - 58, "Fillable version – type in the boxes, save, and e-mail to ce@michener.example")

    head(); y = H - 80
    for title, keys in sec_list(doc):
        if y < 120:
            c.showPage(); head(); y = H - 80
        c.setFillColor(HexColor("#2E4A62")); c.rect(45, y - 4, W - 90, 16, fill=1, stroke=0)
        c.setFillColor(white); c.setFont("Helvetica-Bold", 10); c.drawString(50, y, title); c.setFillColor(black)
        y -= 22
        for k in keys:
            if k in o.get("omit_rows", []):
                continue
            n[0] += 1
            code = f"{prefix}{n[0]:02d}"
            if k in CHOICES:
                opts = (CHOICES_FR if fr else CHOICES)[k]
                hgt = 30
                if y - hgt < 50:
                    c.showPage(); head(); y = H - 80
                c.setFont("Helvetica-Bold", 9); c.drawString(50, y, lab(doc, k)); y -= 16
                x = 55
                for j, (code_v, text) in enumerate(opts):
                    form.checkbox(name=f"{code}_{'abcd'[j]}", x=x, y=y - 3, size=10,
                                  checked=(doc["fields"].get(k) == code_v), buttonStyle="cross",
                                  borderColor=black, fillColor=white, textColor=black, forceBorder=True)
                    c.setFont("Helvetica", 8.5); c.drawString(x + 14, y - 1, text)
                    x += 14 + c.stringWidth(text, "Helvetica", 8.5) + 18
                y -= 20
                continue
            lines = [l.replace("\u2022 ", "- ") for l in as_lines(display(doc, k, fr))]
            val = "\n".join(lines) if lines != [""] else ""
            if k in o.get("blank", []):
                val = ""
            long = k in ("rationale", "competencies", "learning_outcomes", "summative_assessment",
                         "education_plan_alignment", "target_learners", "resources_required", "competency_framework")
            nl = max(len(lines), 1) + sum(len(l) // 95 for l in lines)
            hgt = 16 if not long else max(30, 11 * nl + 8)
            if y - hgt - 14 < 50:
                c.showPage(); head(); y = H - 80
            c.setFont("Helvetica-Bold", 9); c.drawString(50, y, lab(doc, k)); y -= 4 + hgt
            kw = dict(name=code, x=50, y=y, width=W - 100, height=hgt, value=val, fontName="Helvetica",
                      fontSize=8 if long else 9, borderColor=HexColor("#7F7F7F"), fillColor=HexColor("#EEF3FA"),
                      textColor=black, forceBorder=True, tooltip=None)
            if long:
                kw["fieldFlags"] = "multiline"
            form.textfield(**kw)
            y -= 14
    c.setFont("Helvetica", 7); c.drawString(50, 30, "CE-F-014 fillable · v4")
    c.save()
    import pypdf
    from pypdf.generic import NameObject, BooleanObject
    w = pypdf.PdfWriter(clone_from=path)
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.write(path)


# ------------------------------------------------------------------ G5: scanned page images with an OCR text layer
def render_g5(doc, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    import textwrap
    o = doc.setdefault("opts", {}); fr = o.get("fr", False)
    o.setdefault("labels", {}).update({k: v for k, v in {
        "education_plan_alignment": "Education Plan Alignment [R4]",
        "competencies": "Competencies / Skills [R1]",
        "partner_name": "Industry / Employment Partner [R3]",
        "partner_contact": "Partner Contact (name, email)"}.items() if k not in o["labels"]})
    rnd = random.Random(doc["name"])
    # lay out lines: (x_pt, text, bold)
    lines = [(50, "Micro-Course / Credential Concept Form", True), (50, "", False)]
    for title, keys in sec_list(doc):
        lines.append((50, title, True))
        for k in keys:
            if k in o.get("omit_rows", []):
                continue
            lab_w = [lab(doc, k)]
            ans = []
            for l in as_lines(display(doc, k, fr)):
                ans += textwrap.wrap(l, 56) or [""]
            for i in range(max(len(lab_w), len(ans))):
                lines.append(("row", lab_w[i] if i < len(lab_w) else "", ans[i] if i < len(ans) else ""))
        lines.append((50, "", False))
    for extra in o.get("closing", []):
        lines.append((50, extra, False))
    W, H = letter; lh = 12.5; per_page = int((H - 100) / lh)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    c = canvas.Canvas(path, pagesize=letter)
    c.setCreator("ScanSnap Manager #S1300i"); c.setProducer("ABBYY FineReader Engine 12")
    fpath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; fbold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    dpi = 150; sc = dpi / 72
    f1 = ImageFont.truetype(fpath, int(8.5 * sc)); f2 = ImageFont.truetype(fbold, int(9 * sc))
    for pg in pages:
        img = Image.new("L", (int(W * sc), int(H * sc)), 250)
        dr = ImageDraw.Draw(img)
        y = 60
        text_ops = []
        for ln in pg:
            if ln[0] == "row":
                _, a, b = ln
                dr.text((50 * sc, y * sc), a, font=f2, fill=20)
                dr.text((272 * sc, y * sc), b, font=f1, fill=25)
                dr.line((267 * sc, (y - 2) * sc, 267 * sc, (y + lh - 2) * sc), fill=120)
                text_ops.append((50, y, a, b))
            else:
                x, t_, bold = ln
                dr.text((x * sc, y * sc), t_, font=f2 if bold else f1, fill=15)
                text_ops.append((x, y, t_, None))
            y += lh
        for _ in range(1500):
            dr.point((rnd.randrange(img.width), rnd.randrange(img.height)), fill=rnd.randrange(80, 200))
        img = img.rotate(rnd.uniform(-0.6, 0.6), fillcolor=245).filter(ImageFilter.GaussianBlur(0.5))
        tmpf = tempfile.mktemp(suffix=".jpg"); img.save(tmpf, quality=55)
        c.drawImage(ImageReader(tmpf), 0, 0, W, H)
        # invisible OCR text, word by word, with OCR-like spacing
        for x, y0, a, b in text_ops:
            yy = H - y0 - 8
            t = c.beginText(); t.setTextRenderMode(3); t.setFont("Helvetica", 8.5)
            t.setTextOrigin(x, yy)
            cur = x
            for xx, s_ in ((x, a), (272, b)):
                if not s_:
                    continue
                s_ = s_.replace(BOX_ON, "[X]").replace(BOX_OFF, "[ ]")
                if xx != cur:
                    t.moveCursor(xx - cur, 0); cur = xx
                out = [w + (" " * rnd.choice([1, 1, 1, 2, 3])) for w in s_.split(" ")]
                t.textOut("".join(out).rstrip())
            c.drawText(t)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ G6: look-alike table form (DOCX)
def render_g6(doc, path):
    o = doc["opts"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = o.get("header", "")
    p = d.add_paragraph(); r = p.add_run(o["title"]); r.bold = True; r.font.size = Pt(15)
    for line in o.get("intro", []):
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in o["rows"]:
        row = t.add_row()
        if b is None:
            c = row.cells[0].merge(row.cells[1]); shade(c, "D9D9D9"); c.paragraphs[0].add_run(a).bold = True
        else:
            label_run(row.cells[0], a); fill_cell(row.cells[1], b)
    set_col_widths(t, [Cm(5.5), Cm(11)])
    for line in o.get("closing", []):
        d.add_paragraph(line)
    d.save(path)


RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4, "G5": render_g5, "G6": render_g6}


def main():
    half = sys.argv[1]
    mod = importlib.import_module(f"{half}_data")
    only = set(sys.argv[2:])
    outdir = os.path.join(ROOT, half); os.makedirs(outdir, exist_ok=True)
    for doc in mod.DOCS:
        if only and doc["name"] not in only:
            continue
        p = os.path.join(outdir, doc["name"])
        RENDER[doc["genre"]](doc, p)
        write_expected(doc, p)
        print("built", doc["name"])


if __name__ == "__main__":
    main()
