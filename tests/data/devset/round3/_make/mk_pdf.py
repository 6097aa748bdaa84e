# -*- coding: utf-8 -*-
"""PDF routes: HTML form -> LibreOffice fillable PDF, reportlab AcroForms, two-column, margin labels,
header/footer, flattened boxes, rotated/landscape pages, char-by-char text, scans."""
import os, random, subprocess, tempfile, shutil, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib.units import inch, cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate, SimpleDocTemplate, PageBreak, NextPageTemplate
from common import *

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", DJ + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outcomes_text(form, marker="{n}. ", sep="\n"):
    return sep.join(marker.format(n=i + 1) + o for i, o in enumerate(form["f"].get("learning_outcomes", [])))


def keys_of(form):
    f = form["f"]
    return [k for k in ORDER if k != "existing_program_name" or f.get("request_type") == "existing_program"]


# ---------------- HTML form -> LibreOffice -> fillable PDF ----------------
def html_fillable(form, path, names, title, intro, marker="{n}. "):
    from html import escape as h
    lang = form["lang"]; L = LABELS_FR if lang == "fr" else LABELS_EN; O = OPTS_FR if lang == "fr" else OPTS_EN
    f = form["f"]
    rows = []
    for k in keys_of(form):
        if k in O:
            boxes = " ".join(f'<input type="checkbox" name="{names[k]}_{c}" value="Oui" {"checked" if f.get(k) == c else ""}> {h(t)}&nbsp;&nbsp;'
                             for c, t in O[k])
            rows.append(f"<tr><td><b>{h(L[k])}</b></td><td>{boxes}</td></tr>")
        elif k == "learning_outcomes":
            rows.append(f'<tr><td><b>{h(L[k])}</b></td><td><textarea name="{names[k]}" rows="6" cols="58">{h(outcomes_text(form, marker))}</textarea></td></tr>')
        elif k in ("rationale", "competencies", "target_learners", "summative_assessment", "education_plan_alignment", "resources_required"):
            rows.append(f'<tr><td><b>{h(L[k])}</b></td><td><textarea name="{names[k]}" rows="4" cols="58">{h(written(form, k))}</textarea></td></tr>')
        else:
            rows.append(f'<tr><td><b>{h(L[k])}</b></td><td><input type="text" name="{names[k]}" size="58" value="{h(written(form, k))}"></td></tr>')
    html = (f'<html><head><meta charset="utf-8"><title>{h(title)}</title></head><body style="font-family:Liberation Sans">'
            f'<h2>{h(title)}</h2><p>{h(intro)}</p><form name="concept"><table border="1" cellpadding="4">{"".join(rows)}</table></form></body></html>')
    tmp = tempfile.mkdtemp(dir="/tmp")
    src = os.path.join(tmp, "form.html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, "form.pdf"), path)
    shutil.rmtree(tmp)


# ---------------- reportlab AcroForm ----------------
def acro_form(form, path, names, choice, labels=None, tooltips=False, page=letter, marker="{n}. ", title=None):
    """choice: key -> ('radio', {code: export}) | ('check', {code: name}) | ('combo', {code: text})"""
    lang = form["lang"]; L = dict(LABELS_FR if lang == "fr" else LABELS_EN); L.update(labels or {})
    O = OPTS_FR if lang == "fr" else OPTS_EN
    f = form["f"]
    c = canvas.Canvas(path, pagesize=page)
    W, Hh = page
    af = c.acroForm
    y = Hh - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title or ("Formulaire de concept – microcours / microcertificat" if lang == "fr" else "Micro-Course / Credential Concept Form"))
    y -= 26
    for k in keys_of(form):
        multi = k in ("target_learners", "rationale", "competencies", "learning_outcomes", "summative_assessment",
                      "education_plan_alignment", "resources_required", "partner_contact")
        h = 70 if k == "learning_outcomes" else (44 if multi else 18)
        if k in choice:
            h = 18
        if y - h < 50:
            c.showPage(); y = Hh - 50
        c.setFont("Helvetica", 8.5)
        lab_lines = simpleSplit(L[k], "Helvetica", 8.5, 130)
        for j, ln in enumerate(lab_lines):
            c.drawString(50, y - 10 - 10 * j, ln)
        tip = L[k] if tooltips else None
        if k in choice:
            mode, mp = choice[k]
            x = 190
            for code, txt in O[k]:
                kw = dict(tooltip=tip) if tip else {}
                if mode == "radio":
                    af.radio(name=names[k], value=mp[code], selected=(f.get(k) == code), x=x, y=y - 14, size=11, buttonStyle="circle", **kw)
                elif mode == "check":
                    af.checkbox(name=mp[code], checked=(f.get(k) == code), x=x, y=y - 14, size=11, buttonStyle="check", **kw)
                if mode in ("radio", "check"):
                    c.setFont("Helvetica", 8); c.drawString(x + 14, y - 11, txt)
                    x += 14 + c.stringWidth(txt, "Helvetica", 8) + 14
            if mode == "combo":
                kw = dict(tooltip=tip) if tip else {}
                opts = [t for _, t in O[k]]
                af.choice(name=names[k], value=mp.get(f.get(k), ""), options=[""] + [mp[cd] for cd, _ in O[k]],
                          x=190, y=y - 16, width=220, height=15, fontSize=9, fieldFlags="combo", **kw)
            y -= h + 8
            continue
        val = outcomes_text(form, marker) if k == "learning_outcomes" else written(form, k)
        kw = dict(tooltip=tip) if tip else {}
        af.textfield(name=names[k], value=val, x=190, y=y - h, width=W - 240, height=h, fontSize=8 if multi else 9,
                     fieldFlags="multiline" if multi else "", borderWidth=0.5, **kw)
        y -= h + 8
    c.save()


# ---------------- drawing helpers ----------------
def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def check_glyph(c, x, y, on, style):
    """style: 'zapf' (✔ in square), 'X' ..."""
    c.rect(x, y, 8, 8, stroke=1, fill=0)
    if on:
        if style == "zapf":
            c.setFont("ZapfDingbats", 8); c.drawString(x + 0.8, y + 1, "4")
        else:
            c.setFont("Helvetica-Bold", 8); c.drawString(x + 1.5, y + 1.2, "X")


def boxes_form(form, path, page=letter, check="zapf", yes_no_circle=False, label_map=None, title="Micro-Course / Credential Concept Form"):
    f = form["f"]; L = dict(LABELS_EN); L.update(label_map or {})
    c = canvas.Canvas(path, pagesize=page)
    W, Hh = page
    left, right = 48, W - 48
    y = Hh - 50

    def newpage():
        nonlocal y
        c.showPage(); y = Hh - 50
    c.setFont("Helvetica-Bold", 13); c.drawString(left, y, title); y -= 14
    c.setFont("Helvetica", 7.5); c.drawString(left, y, "Continuing Education · The Michener Institute of Education at UHN · form CE-07 (flattened)"); y -= 18
    for k in keys_of(form):
        if k in OPTS_EN:
            if y < 70: newpage()
            c.setFont("Helvetica-Bold", 7.5); c.drawString(left, y, L[k].upper()); y -= 13
            if k == "endorsement_status" and yes_no_circle:
                c.setFont("Helvetica", 9)
                c.drawString(left + 4, y, "Letter of support attached?")
                c.drawString(left + 150, y, "Yes"); c.drawString(left + 190, y, "No")
                on_x = left + 150 if f.get(k) == "letter_attached" else left + 190
                c.ellipse(on_x - 4, y - 3, on_x + 18, y + 9)
                y -= 20
                continue
            x = left + 4
            for code, txt in OPTS_EN[k]:
                if check == "paren":
                    s = f"({'X' if f.get(k) == code else ' '}) {txt}"
                    c.setFont("Helvetica", 9); c.drawString(x, y, s); x += c.stringWidth(s, "Helvetica", 9) + 16
                else:
                    check_glyph(c, x, y - 1, f.get(k) == code, check)
                    c.setFont("Helvetica", 9); c.drawString(x + 12, y, txt); x += 12 + c.stringWidth(txt, "Helvetica", 9) + 16
            y -= 20
            continue
        val = written(form, k)
        if k == "learning_outcomes":
            lines = []
            for i, o in enumerate(val or []):
                ws = wrap(f"{i + 1}. {o}", "Helvetica", 9, right - left - 14)
                lines += ws
        else:
            lines = wrap(val, "Helvetica", 9, right - left - 10) if val else []
        bh = max(16, 11 * len(lines) + 6)
        if y - bh - 14 < 50: newpage()
        c.setFont("Helvetica-Bold", 7.5); c.drawString(left, y, L[k].upper()); y -= 4
        c.setLineWidth(0.6); c.rect(left, y - bh, right - left, bh, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        for j, ln in enumerate(lines):
            c.drawString(left + 5, y - 11 - 11 * j, ln)
        y -= bh + 12
    c.save()


def margin_form(form, path, on="■", off="□"):
    """labels in a narrow left margin, answers right-aligned, drawn word by word."""
    f = form["f"]; L = dict(LABELS_EN)
    L.update({"proposer_name": "Contact Name", "rationale": "Why is this needed?", "summative_assessment": "Assessment of Outcomes",
              "partner_name": "Partner Organization", "delivery_format": "Format", "estimated_hours": "Duration (hours)",
              "submission_date": "Date"})
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4)
    y = Hh - 60; R = W - 50; colw = 330
    c.setFont("DVB", 13); c.drawRightString(R, y, "Micro-Course / Credential Concept Form"); y -= 28

    def draw_right_words(line, y, font="DV", size=9.5):
        # draw each word separately, right-aligned as a whole line
        words = line.split(" ")
        wid = c.stringWidth(line, font, size)
        x = R - wid
        c.setFont(font, size)
        for w in words:
            c.drawString(x, y, w)
            x += c.stringWidth(w + " ", font, size)
    for k in keys_of(form):
        if k in OPTS_EN:
            lines = ["   ".join(f"{on if f.get(k) == cd else off} {t}" for cd, t in OPTS_EN[k])]
        elif k == "learning_outcomes":
            lines = []
            for i, o in enumerate(f.get(k, [])):
                lines += wrap(f"{i + 1}. {o}", "DV", 9.5, colw)
        else:
            v = written(form, k)
            lines = wrap(v, "DV", 9.5, colw) if v else []
        need = 13 * max(1, len(lines)) + 10
        if y - need < 50:
            c.showPage(); y = Hh - 60
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        for j, ln in enumerate(wrap(L[k], "DV", 7, 120)):
            c.drawString(40, y - 9 * j, ln)
        c.setFillColor(colors.black)
        for ln in lines:
            draw_right_words(ln, y); y -= 13
        if not lines:
            y -= 13
        y -= 10
    c.save()


def chars_form(form, path, marker="✓"):
    """every glyph drawn on its own, uneven spacing."""
    rnd = random.Random(7)
    f = form["f"]
    W, Hh = letter
    c = canvas.Canvas(path, pagesize=letter)
    y = Hh - 56; left = 54; maxw = W - 110

    def draw(text, font, size, x, y):
        for ch in text:
            c.setFont(font, size); c.drawString(x, y, ch)
            x += c.stringWidth(ch, font, size) + (rnd.uniform(0.3, 1.1) if ch != " " else rnd.uniform(1.5, 3.5))
        return x
    draw("MICRO-COURSE / CREDENTIAL CONCEPT FORM", "DVB", 12, left, y); y -= 26
    L = dict(LABELS_EN)
    for k in keys_of(form):
        if k in OPTS_EN:
            val = f"{marker} " + dict(OPTS_EN[k])[f[k]] if k in f else ""
            lines = [val] if val else []
        elif k == "learning_outcomes":
            lines = []
            for i, o in enumerate(f.get(k, [])):
                lines += wrap(f"{i + 1}. {o}", "DV", 9, maxw * 0.86)
        else:
            v = written(form, k)
            lines = wrap(v, "DV", 9, maxw * 0.86 - 150) if v else []
        if y - 13 * (len(lines) + 1) < 50:
            c.showPage(); y = Hh - 56
        x = draw(L[k] + ":", "DVB", 9, left, y)
        if k == "learning_outcomes" or len(lines) > 2:
            y -= 13
            for ln in lines:
                draw(ln, "DV", 9, left + 12, y); y -= 13
        else:
            for j, ln in enumerate(lines):
                draw(ln, "DV", 9, left + 160, y); y -= 13
            if not lines:
                y -= 13
        y -= 5
    c.save()


# ---------------- fpdf2 printouts with running header/footer ----------------
def fpdf_printout(form, path, header_text, footer_fmt, fmt="Letter", on="(X)", off="( )", label_map=None, total_pages=None, font_size=10, gaps=None):
    from fpdf import FPDF
    f = form["f"]; L = dict(LABELS_EN); L.update(label_map or {})

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8); self.cell(0, 6, header_text, new_x="LMARGIN", new_y="NEXT", align="C"); self.ln(3)

        def footer(self):
            self.set_y(-14); self.set_font("DV", "", 8)
            self.cell(0, 8, footer_fmt.format(n=self.page_no(), t="{nb}"), align="C")
    pdf = P(format=fmt); pdf.alias_nb_pages()
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page(); pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Micro-Course / Credential Concept Form", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for k in keys_of(form):
        if gaps and gaps.get(k):
            pdf.ln(gaps[k] / 4)
        if gaps and gaps.get("*"):
            pdf.ln(gaps["*"] / 8)
        pdf.set_font("DV", "B", font_size)
        if k in OPTS_EN:
            pdf.write(5.5, L[k] + ": "); pdf.set_font("DV", "", font_size)
            pdf.write(5.5, "   ".join(f"{on if f.get(k) == cd else off} {t}" for cd, t in OPTS_EN[k])); pdf.ln(7.5)
        elif k == "learning_outcomes":
            pdf.write(5.5, L[k] + ":"); pdf.ln(6); pdf.set_font("DV", "", font_size)
            for i, o in enumerate(f.get(k, [])):
                pdf.set_x(pdf.l_margin + 6); pdf.multi_cell(0, 5.5, f"{i + 1}. {o}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.write(5.5, L[k] + ": "); pdf.set_font("DV", "", font_size); pdf.write(5.5, written(form, k)); pdf.ln(7.5)
    pdf.output(path)


# ---------------- scan ----------------
def scan(src_pdf, dst_pdf, dpi=150, angle=0.8, seed=1, grey=True, contrast=1.0):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(src_pdf)
    imgs = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=True, fillcolor=250)
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.002)):
            x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = rnd.choice((0, 60, 120))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = ImageEnhance.Contrast(im).enhance(contrast)
        imgs.append(im)
    tmpj = []
    imgs[0].save(dst_pdf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=70)
