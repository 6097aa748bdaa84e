"""Building blocks for round 9 documents (python-docx helpers, zip post-processing, PDF helpers, scan simulation)."""
import io, os, re, zipfile, random, subprocess, tempfile, copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from lib import LABELS, LABELS_FR, OPTIONS, OPTIONS_FR, ORDER

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def set_cell_shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def text_value(F, k, sep_list="bullets"):
    v = F.get(k)
    return v


def options_line(key, chosen, fr=False, ticks=None, on="☒", off="☐", sep="   "):
    opts = (OPTIONS_FR if fr else OPTIONS)[key]
    chosen_set = set(ticks) if ticks is not None else ({chosen} if chosen else set())
    return sep.join(f"{on if code in chosen_set else off} {word}" for code, word in opts)


def fill_cell_answer(cell, F, k, x=None, fr=False, first_par=None):
    """Write the answer of key k into a docx cell (lists -> one paragraph per item with '• ' / '1.')."""
    x = x or {}
    v = F.get(k)
    p = first_par if first_par is not None else cell.paragraphs[0]
    def para(text):
        nonlocal p
        if p is None:
            p = cell.add_paragraph()
        p.add_run(text)
        q = p
        p = None
        return q
    if k in OPTIONS:
        para(options_line(k, v, fr=fr, ticks=x.get({"request_type": "request_ticks"}.get(k, "_"))))
        return
    if k == "estimated_hours" and "hours_text" in x:
        para(x["hours_text"]); return
    if k == "expected_enrolment" and "enrol_text" in x:
        para(x["enrol_text"]); return
    if k == "submission_date" and "date_text" in x:
        para(x["date_text"]); return
    if v is None or v == "":
        return
    if k == "learning_outcomes":
        for i, o in enumerate(v, 1):
            para(f"{i}. {o}")
        return
    if isinstance(v, list):
        if k == "rationale":
            for item in v:
                para(item)
        else:
            for item in v:
                para(f"• {item}")
        return
    para(str(v))


def official_table_doc(F, x=None, fr=False, title=None, intro=None, keys=None, label_width=6.0):
    x = x or {}
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    labels = LABELS_FR if fr else LABELS
    doc.add_heading(title or ("Formulaire de concept – Microcours / Microcertificat" if fr else
                              "Micro-Course / Credential Concept Form"), level=1)
    p = doc.add_paragraph(intro or ("Formation continue, Institut Michener. Remplir et envoyer à ce@michener.example." if fr else
                                    "Continuing Education, The Michener Institute. Complete and email to ce@michener.example."))
    keys = keys or ORDER
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in keys:
        r = t.add_row()
        r.cells[0].width = Cm(label_width); r.cells[1].width = Cm(17 - label_width)
        r.cells[0].paragraphs[0].add_run(labels[k]).bold = True
        set_cell_shade(r.cells[0])
        fill_cell_answer(r.cells[1], F, k, x, fr=fr)
    return doc, t


# ---------------- zip post-processing ----------------
def rewrite_zip(path, fn):
    """fn(name, bytes) -> bytes or None (drop). Returns nothing; file rewritten in place."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            nd = fn(info.filename, data)
            if nd is not None:
                z.writestr(info.filename, nd)
    open(path, "wb").write(out.getvalue())


def add_zip_files(path, files):
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)


def add_override(ct_xml, partname, ctype):
    return ct_xml.replace("</Types>", f'<Override PartName="{partname}" ContentType="{ctype}"/></Types>')


def add_rel(rels_xml, rid, rtype, target):
    return rels_xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/></Relationships>')


# ---------------- PDF helpers ----------------
def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def rasterize(pdf, dpi=150):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(d)):
        out.append(d[i].render(scale=dpi / 72).to_pil())
    return out


def scan_look(img, angle=0.6, noise=10, seed=1, jpeg=True):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = np.random.default_rng(seed)
    g = img.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    a = np.asarray(g).astype("float32")
    a = a * 0.93 + 12 + rnd.normal(0, noise, a.shape)
    # speckle
    mask = rnd.random(a.shape) < 0.0006
    a[mask] = 40
    a = np.clip(a, 0, 255).astype("uint8")
    g = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
    return g


def images_to_pdf(images, path, dpi=150, quality=70):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = None
    for im in images:
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        if c is None:
            c = canvas.Canvas(path, pagesize=(pw, ph))
        else:
            c.setPageSize((pw, ph))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=quality); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()


# ---------------- blank official form on a flat PDF page (reportlab) ----------------
TALL = {"target_learners": 40, "rationale": 78, "competencies": 64, "learning_outcomes": 92, "summative_assessment": 50,
        "education_plan_alignment": 46, "resources_required": 40, "competency_framework": 28, "partner_contact": 20}


def draw_blank_form(path, labels, options, title, subtitle, order=ORDER, tall=None, font="Helvetica", label_fn=None):
    """Draws the blank form. Returns layout: key -> dict(page, rect=(x0,y0,x1,y1)) and for choices 'opts': code->(page,x,y,size)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    tall = tall or TALL
    c = canvas.Canvas(path, pagesize=A4)
    W, Hh = A4
    layout = {}
    page = 0
    def header():
        c.setFont(font + "-Bold", 14); c.drawString(40, Hh - 50, title)
        c.setFont(font, 8.5); c.drawString(40, Hh - 64, subtitle)
        c.setFont(font, 7.5); c.drawRightString(W - 40, 30, f"CE-FRM-07 · page {page + 1}")
    header()
    y = Hh - 84
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for k in order:
        lab = labels[k]
        lines = wrap(lab, font + "-Bold", 8, 152)
        h = max(tall.get(k, 20), len(lines) * 9.5 + 6)
        rel = []
        if k in options:
            xx, row = 208, 0
            for code, word in options[k]:
                wlen = stringWidth(word, font, 8.5)
                if xx + 14 + wlen > 550:
                    xx, row = 208, row + 1
                rel.append((code, word, xx, row))
                xx += 24 + wlen
            h = max(h, (row + 1) * 14 + 8)
        if y - h < 50:
            c.showPage(); page += 1; header(); y = Hh - 84
        c.setFillGray(0.9); c.rect(40, y - h, 160, h, stroke=0, fill=1); c.setFillGray(0)
        c.setLineWidth(0.6); c.rect(40, y - h, 515, h, stroke=1, fill=0); c.line(200, y - h, 200, y)
        c.setFont(font + "-Bold", 8)
        for i, ln in enumerate(lines):
            c.drawString(44, y - 11 - i * 9.5, ln)
        if k in options:
            opts = {}
            for code, word, xx, row in rel:
                yy = y - 13 - row * 14
                c.rect(xx, yy - 1, 8, 8, stroke=1, fill=0)
                c.setFont(font, 8.5); c.drawString(xx + 12, yy, word)
                opts[code] = (page, xx, yy - 1, 8)
            layout[k] = dict(page=page, rect=(203, y - h + 2, 553, y - 2), opts=opts)
        else:
            layout[k] = dict(page=page, rect=(203, y - h + 2, 553, y - 2))
        y -= h
    c.setFont(font, 7.5)
    c.drawString(40, y - 18, "For CE office use only:  Received ________  Reference MC-______  Reviewer ________")
    c.showPage(); c.save()
    return layout
