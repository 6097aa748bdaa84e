"""Rendering routes for round 8 (python-docx tables, content controls, AcroForms, HTML, spreadsheets, decks, scans)."""
import os, io, copy, random, shutil, tempfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm, Inches
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from lib import OFFICIAL, OFFICIAL_FR, OPTIONS, OPTIONS_FR, KEY_ORDER, CHOICES, NUMBERS, option_line, soffice, run

FORM_TITLE = "Micro-Course / Credential Concept Form"
FORM_SUB = "Michener Institute of Education at UHN – Continuing Education"


def disp_of(d, key):
    """Display text of a field for form-like routes (outcomes returned as list)."""
    if key in d.get("disp", {}):
        return d["disp"][key]
    v = d["fields"].get(key)
    if v is None:
        return None
    if isinstance(v, int):
        return str(v)
    return v


def new_doc(font="Calibri", size=10.5, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell_lines(cell, lines, bold=False, size=None, color=None):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def header_footer(doc, header=None, footer=None):
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


# ------------------------------------------------------------------ content controls
def sdt_run(tag, alias, text, placeholder=False, extra_pr=""):
    from xml.sax.saxutils import escape
    t = escape(text)
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{random.randint(100000, 999999999)}"/>{ph}{extra_pr}</w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r></w:sdtContent></w:sdt>')


# ------------------------------------------------------------------ scans
def scan_pdf(src_pdf, out_pdf, dpi=150, twoup=False, rotate=0.6, seed=1, bilevel=False, fax_header=None):
    import pypdfium2, numpy as np
    from PIL import Image, ImageFilter, ImageDraw, ImageFont
    rnd = np.random.default_rng(seed)
    pdf = pypdfium2.PdfDocument(src_pdf)
    imgs = [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    if twoup:
        w, h = imgs[0].size
        sheet = Image.new("L", (int(h * 1.0), int(w * 0.78)), 255)  # landscape sheet
        scale = sheet.size[1] / h * 0.94
        sw, sh = int(w * scale), int(h * scale)
        for k, im in enumerate(imgs[:2]):
            sheet.paste(im.resize((sw, sh)), (int(sheet.size[0] * 0.04) + k * (sheet.size[0] // 2), int(sheet.size[1] * 0.03)))
        imgs = [sheet]
    out = []
    for im in imgs:
        if fax_header:
            d = ImageDraw.Draw(im)
            try:
                f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", int(dpi / 9))
            except Exception:
                f = None
            d.text((int(dpi * 0.3), int(dpi * 0.12)), fax_header, fill=0, font=f)
        im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a += rnd.normal(0, 12, a.shape)
        speck = rnd.random(a.shape) < 0.0015
        a[speck] = 0
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        if bilevel:
            im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(im.convert("L") if not bilevel else im)
    out[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=out[1:])
