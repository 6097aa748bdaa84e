"""Round 7 authoring routes (python-docx, raw WordprocessingML, reportlab, pypdf, groff, enscript, LibreOffice)."""
import copy, io, os, random, subprocess, tempfile, html
from xml.sax.saxutils import escape
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from lib import OFFICIAL, CHOICE_OPTS, boxes, soffice, ps2pdf

FORM_HEAD = "Micro-Course / Credential Concept Form"
FORM_SUB = "Continuing Education – The Michener Institute of Education at UHN"


def answer_lines(doc, key, on="☒", off="☐", opts=None):
    """The answer of one official row as a list of lines."""
    if key in CHOICE_OPTS:
        code = doc.E.get(key)
        if code is None and key not in doc.W:
            return [boxes(key, None, on, off, opts=opts)]
        if key in doc.W and doc.W[key] is not None and not isinstance(doc.W[key], str):
            return list(doc.W[key])
        return [boxes(key, code, on, off, opts=opts)]
    v = doc.disp(key)
    if v is None:
        return [""]
    if isinstance(v, list):
        return v
    return [v]


def list_lines(key, v, style):
    if v == [""]:
        return v
    if key == "learning_outcomes" and isinstance(v, list):
        if style == "num":
            return [f"{i+1}. {x}" for i, x in enumerate(v)]
        if style == "paren":
            return [f"{i+1}) {x}" for i, x in enumerate(v)]
        if style == "dash":
            return [f"- {x}" for x in v]
        return [f"• {x}" for x in v]
    if key == "competencies" and isinstance(v, list):
        return [f"• {x}" for x in v] if style != "dash" else [f"- {x}" for x in v]
    return v


def rows(doc, labels=None, on="☒", off="☐", style="num", opts=None, keys=None):
    labels = dict(labels or {})
    out = []
    for key, lab in OFFICIAL:
        if keys is not None and key not in keys:
            continue
        lab = labels.get(key, lab)
        if lab is None:
            continue
        lines = answer_lines(doc, key, on, off, opts=(opts or {}).get(key))
        if key == "competencies" and not doc.comp_list:
            out.append((key, lab, lines))
        else:
            out.append((key, lab, list_lines(key, lines, style)))
    return out


# ---------------- DOCX ----------------
def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def docx_head(d, title=FORM_HEAD, sub=FORM_SUB):
    p = d.add_paragraph()
    r = p.add_run(title); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph(sub)


def put_lines(cell, lines, color=None, font=None, first_para=True):
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if (i == 0 and first_para) else cell.add_paragraph()
        r = p.add_run(ln)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font


def official_table_docx(doc, path, labels=None, color="1F3A93", font=None, style="num", head=True, widths=(6, 11)):
    d = docx.Document()
    if head:
        docx_head(d)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for key, lab, lines in rows(doc, labels, style=style):
        c = t.add_row().cells
        c[0].text = lab
        c[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(c[0], "E8EEF7")
        put_lines(c[1], lines, color, font)
    for r in t.rows:
        r.cells[0].width = Cm(widths[0]); r.cells[1].width = Cm(widths[1])
    d.add_paragraph("Please email the completed form to ce@michener.example.")
    d.save(path)
    return path


def cc_run(tag, alias, text, dropdown=None, date=None):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    extra = ""
    if dropdown:
        items = "".join(f'<w:listItem w:displayText="{escape(v)}" w:value="{escape(v)}"/>' for v in dropdown)
        extra = f"<w:dropDownList>{items}</w:dropDownList>"
    if date:
        extra = f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-CA"/><w:calendar w:val="gregorian"/></w:date>'
    return parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/>{extra}</w:sdtPr>'
                     f'<w:sdtContent><w:r><w:rPr><w:color w:val="2E4057"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------------- PDF (reportlab) ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------- groff / enscript ----------------
def groff_pdf(src, pdf, macros="-ms", pre=("-t",)):
    with tempfile.NamedTemporaryFile("w", suffix=".ms", delete=False, encoding="utf-8") as f:
        f.write(src); name = f.name
    ps = name + ".ps"
    with open(ps, "wb") as out:
        subprocess.run(["groff", "-k", "-Kutf8", *pre, macros, "-Tps", name], stdout=out, check=True)
    ps2pdf(ps, pdf)


def enscript_pdf(text, pdf, args=(), txtname="form.txt"):
    name = os.path.join(tempfile.mkdtemp(), txtname)
    with open(name, "w", encoding="latin-1") as f:
        f.write(text)
    ps = name + ".ps"
    subprocess.run(["enscript", "-q", "-X", "latin1", *args, "-o", ps, txtname], check=True, cwd=os.path.dirname(name))
    ps2pdf(ps, pdf)


def groff_esc(s):
    s = s.replace("\\", "\\e")
    lines = []
    for ln in s.split("\n"):
        if ln.startswith(".") or ln.startswith("'"):
            ln = "\\&" + ln
        lines.append(ln)
    return "\n".join(lines)


# ---------------- HTML -> LibreOffice ----------------
def html_to(htmltext, base, outdir, fmt="pdf", filt=None):
    tmp = tempfile.mkdtemp()
    p = os.path.join(tmp, base + ".html")
    open(p, "w", encoding="utf-8").write(htmltext)
    if fmt == "pdf":
        return soffice(p, "pdf", outdir, filt or "writer_pdf_Export", infilter="HTML (StarWriter)")
    return soffice(p, fmt, outdir, filt, infilter="HTML (StarWriter)")


def docx_to_pdf(docx_path, outdir, name):
    tmp = tempfile.mkdtemp()
    p = os.path.join(tmp, name + ".docx")
    import shutil
    shutil.copy(docx_path, p)
    return soffice(p, "pdf", outdir)


# ---------------- scans ----------------
def render_pages(pdf, dpi=150):
    import pypdfium2
    d = pypdfium2.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(d))]


def phone_photo(img, seed=1):
    """A phone photo of a printed page: perspective, a shadow gradient, table background, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter, ImageEnhance
    rnd = random.Random(seed)
    w, h = img.size
    W, H = int(w * 1.25), int(h * 1.2)
    bg = Image.new("RGB", (W, H), (92, 78, 64))
    page = img.copy()
    # perspective: map page corners to a trapezoid
    ox, oy = int(w * 0.1), int(h * 0.08)
    quad = [(ox + 40, oy + 10), (ox + w - 30, oy + 60), (ox + w + 20, oy + h - 20), (ox - 20, oy + h + 30)]
    import numpy as np
    def coeffs(src, dst):
        m = []
        for (x, y), (X, Y) in zip(dst, src):
            m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        A = np.array(m, float); B = np.array([c for p in src for c in p], float)
        return np.linalg.solve(A, B).tolist()
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    mask = Image.new("L", (w, h), 255)
    c = coeffs(src, quad)
    warped = page.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC)
    wm = mask.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC)
    bg.paste(warped, (0, 0), wm)
    # shadow: darker towards one corner
    shade = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(shade)
    for i in range(0, W, 8):
        dr.rectangle([i, 0, i + 8, H], fill=int(110 * max(0, 1 - i / (W * 0.7))))
    shade = shade.filter(ImageFilter.GaussianBlur(40))
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    bg = Image.composite(dark, bg, shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg = ImageEnhance.Color(bg).enhance(0.9)
    return bg


def images_to_pdf(imgs, pdf, quality=70, dpi=150):
    buf = []
    for im in imgs:
        b = io.BytesIO(); im.save(b, "JPEG", quality=quality); b.seek(0)
        from PIL import Image
        buf.append(Image.open(b).convert("RGB"))
    buf[0].save(pdf, "PDF", save_all=True, append_images=buf[1:], resolution=dpi)
