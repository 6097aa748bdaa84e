"""Producing routes of round 11 (each takes a data-module document and an output path)."""
import copy
import os
import re
import shutil

from lib import (KEYS, CHOICES, LABELS, OPTIONS, FORM_TITLE, display, boxes, form_html, page_html,
                 esc, soffice, chromium_pdf, pandoc, lualatex, story_pdf, tmpdir, run)

FORM_CSS = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}"
            "table{border-collapse:collapse;width:100%}td{vertical-align:top;border:1px solid #444;padding:4px}"
            "td.lab{width:34%;background:#e8e8e8}h1{font-size:14pt}p{margin:0 0 4px 0}")


# ------------------------------------------------------------------ python-docx form
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _fill_cell(cell, v, numbered=False, font=None):
    cell.paragraphs[0].text = ""
    if v is None:
        return
    paras = []
    if isinstance(v, list):
        for i, it in enumerate(v):
            paras.append(("%d. " % (i + 1) if numbered else "• ") + it)
    else:
        paras = v.split("\n\n")
    first = True
    for ptxt in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ptxt)
        if font:
            r.font.name = font


def docx_form(doc, path, lang="en", font="Calibri", boxchars=("☒", "☐"), hints=None):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Michener Continuing Education – " + FORM_TITLE[lang]
    d.sections[0].footer.paragraphs[0].text = "CE-F-031 v3 (2026)"
    d.add_heading(FORM_TITLE[lang], level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in KEYS:
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(LABELS[lang][k]).bold = True
        if hints and k in hints:
            hr = row[0].add_paragraph().add_run(hints[k]); hr.italic = True; hr.font.size = Pt(8)
        _shade(row[0], "E7E6E6")
        if k in CHOICES:
            row[1].paragraphs[0].text = boxes(doc, k, lang, *boxchars)
        else:
            _fill_cell(row[1], display(doc, k), numbered=(k == "learning_outcomes"))
        row[0].width = Cm(6); row[1].width = Cm(11)
    d.add_paragraph()
    d.add_paragraph("For CE office use only: Received ____  Reviewed by ____  MC no. ____")
    d.save(path)


def docx_lo_roundtrip(doc, path, lang="en"):
    """python-docx form -> LibreOffice ODT -> LibreOffice DOCX ('ODT re-saved as DOCX')."""
    td = tmpdir()
    src = os.path.join(td, "form.docx")
    docx_form(doc, src, lang=lang, font=doc.get("font", "Liberation Serif"), hints=doc.get("hints"))
    odt = soffice(src, "odt", td)
    os.remove(src)
    out = soffice(odt, "docx:MS Word 2007 XML", td)
    shutil.move(out, path)


def pandoc_html_docx(doc, path, lang="en"):
    """The form written as an HTML page, turned into DOCX by pandoc."""
    td = tmpdir()
    h = os.path.join(td, "form.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(form_html(doc, lang, FORM_CSS, boxchars=doc.get("boxchars", ("☒", "☐"))))
    pandoc(h, path, "html", ["-t", "docx"])


def docxtpl_form(doc, path, lang="en"):
    """A Word template with Jinja tags (made with python-docx) filled by docxtpl."""
    import docx
    from docx.shared import Pt
    from docxtpl import DocxTemplate, Listing
    td = tmpdir()
    tpl = os.path.join(td, "template.docx")
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading(FORM_TITLE[lang], level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    ctx = {}
    for k in KEYS:
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(LABELS[lang][k]).bold = True
        _shade(row[0], "DDEBF7")
        if k in CHOICES:
            for code, word in OPTIONS[lang][k]:
                var = "%s_%s" % (k, code)
                p = row[1].paragraphs[0] if code == OPTIONS[lang][k][0][0] else row[1].add_paragraph()
                p.add_run("{{ %s }} %s" % (var, word))
                chosen = doc.get("show", {}).get(k + "_box", doc["fields"].get(k))
                ctx[var] = "☒" if chosen == code else "☐"
        else:
            row[1].paragraphs[0].add_run("{{ %s }}" % k)
            v = display(doc, k)
            if v is None:
                ctx[k] = ""
            elif isinstance(v, list):
                if k == "learning_outcomes":
                    ctx[k] = Listing("\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(v)))
                else:
                    ctx[k] = Listing("\n".join("- " + x for x in v))
            else:
                ctx[k] = Listing(v.replace("\n\n", "\n"))
    d.add_paragraph("Generated from the CE concept form template (merge).")
    d.save(tpl)
    tp = DocxTemplate(tpl)
    tp.render(ctx)
    tp.save(path)


# ------------------------------------------------------------------ content controls
def cc_form(doc, path, lang="en"):
    import docx
    from docx.shared import Pt
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading(FORM_TITLE[lang], level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"

    def x(s):
        return esc(s).replace('"', "&quot;")

    for k in KEYS:
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(LABELS[lang][k]).bold = True
        v = display(doc, k)
        if k in CHOICES:
            code = doc["fields"].get(k)
            items = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (x(w), c) for c, w in OPTIONS[lang][k])
            shown = dict(OPTIONS[lang][k]).get(code)
            ctl = '<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>%s</w:dropDownList>' % items
            v = shown
        elif k == "submission_date":
            ctl = '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="MMMM d, yyyy"/><w:lid w:val="en-US"/></w:date>' % doc["fields"].get(k, "2026-01-01") if v else '<w:date><w:dateFormat w:val="MMMM d, yyyy"/></w:date>'
        else:
            ctl = '<w:text w:multiLine="1"/>'
        if v is None or v == "":
            content = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r>'
            plc = "<w:showingPlcHdr/>"
        else:
            lines = v if isinstance(v, list) else v.split("\n\n")
            if k == "learning_outcomes" and isinstance(v, list):
                lines = ["%d. %s" % (i + 1, s) for i, s in enumerate(v)]
            runs = []
            for i, ln in enumerate(lines):
                if i:
                    runs.append("<w:r><w:br/></w:r>")
                runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % x(ln))
            content = "".join(runs)
            plc = ""
        xml = ('<w:sdt xmlns:w="%s"><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s%s</w:sdtPr>'
               '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (W, x(LABELS[lang][k]), k, plc, ctl, content))
        row[1].paragraphs[0]._p.append(etree.fromstring(xml))
    d.save(path)


# ------------------------------------------------------------------ fillable PDFs
def acro_blank(path, lang="en", names=None, title=None):
    """A blank fillable form drawn with reportlab: text fields named after the keys
    (or `names`), one check box per option."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase import pdfmetrics
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    names = names or {}
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    y = H - 60
    c.setFont("DejaVu", 13); c.drawString(50, y, title or FORM_TITLE[lang]); y -= 26
    tall = {"rationale": 70, "competencies": 50, "learning_outcomes": 70, "summative_assessment": 45,
            "education_plan_alignment": 45, "target_learners": 30, "resources_required": 30}
    for k in KEYS:
        h = tall.get(k, 16)
        need = h + 22 if k not in CHOICES else 34
        if y - need < 50:
            c.showPage(); y = H - 60
        c.setFont("DejaVu", 8.5); c.drawString(50, y, LABELS[lang][k]); y -= 4
        if k in CHOICES:
            x = 55
            for code, word in OPTIONS[lang][k]:
                nm = names.get(k + "_" + code, "chk_%s_%s" % (k, code))
                c.acroForm.checkbox(name=nm, x=x, y=y - 14, size=10, buttonStyle="cross", borderWidth=1,
                                    tooltip=word, checked=False)
                c.drawString(x + 14, y - 12, word)
                x += 30 + c.stringWidth(word, "DejaVu", 8.5)
            y -= 30
        else:
            flags = "multiline" if h > 20 else ""
            c.acroForm.textfield(name=names.get(k, k), x=50, y=y - h, width=W - 100, height=h, fontSize=8,
                                 borderWidth=1, fieldFlags=flags, tooltip=LABELS[lang][k], value="")
            y -= h + 16
    c.save()


def fill_pymupdf(blank, path, doc, lang="en", names=None, bake=False):
    """Fill the blank form with PyMuPDF (MuPDF generates the appearances)."""
    import pymupdf
    names = names or {}
    vals = {}
    for k in KEYS:
        if k in CHOICES:
            chosen = doc.get("show", {}).get(k + "_box", doc["fields"].get(k))
            for code, _ in OPTIONS[lang][k]:
                vals[names.get(k + "_" + code, "chk_%s_%s" % (k, code))] = (code == chosen)
        else:
            v = display(doc, k)
            if v is None:
                continue
            if isinstance(v, list):
                if k == "learning_outcomes":
                    v = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(v))
                else:
                    v = "\n".join("- " + s for s in v)
            vals[names.get(k, k)] = v.replace("\n\n", "\n")
    pdf = pymupdf.open(blank)
    for page in pdf:
        for w in page.widgets():
            if w.field_name in vals:
                val = vals[w.field_name]
                if w.field_type == pymupdf.PDF_WIDGET_TYPE_CHECKBOX:
                    w.field_value = w.on_state() if val else "Off"
                else:
                    w.field_value = val
                w.update()
    if bake:
        pdf.bake()
    pdf.save(path, garbage=3, deflate=True)


def tex_escape(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def hyperref_form(doc, path, lang="en"):
    """A fillable PDF typeset by LuaLaTeX with hyperref form fields, values preset."""
    td = tmpdir()
    lines = [r"\documentclass[10pt]{article}", r"\usepackage[margin=2cm,letterpaper]{geometry}",
             r"\usepackage{fontspec}", r"\setmainfont{DejaVu Sans}", r"\usepackage{hyperref}",
             r"\pagestyle{empty}\setlength{\parindent}{0pt}", r"\begin{document}",
             r"{\Large %s}\par\medskip" % tex_escape(FORM_TITLE[lang]), r"\begin{Form}"]

    def tv(s):  # value for a hyperref key=value: braces protect commas
        return "{" + tex_escape(s).replace("\n", " ") + "}"

    for k in KEYS:
        lab = tex_escape(LABELS[lang][k])
        if k in CHOICES:
            lines.append(r"\textbf{%s}\par" % lab)
            chosen = doc.get("show", {}).get(k + "_box", doc["fields"].get(k))
            parts = []
            for code, word in OPTIONS[lang][k]:
                parts.append(r"\CheckBox[name=%s_%s,width=9pt,height=9pt,checked=%s,bordercolor=0 0 0]{} %s" % (
                    k, code, "true" if code == chosen else "false", tex_escape(word)))
            lines.append(r"\quad ".join(parts) + r"\par\medskip")
            continue
        v = display(doc, k)
        if k == "learning_outcomes":
            lines.append(r"\textbf{%s}\par" % lab)
            items = v or []
            for i in range(max(4, len(items))):
                val = items[i] if i < len(items) else ""
                lines.append(r"\TextField[name=learning_outcome_%d,width=16cm,height=12pt,value=%s]{%d.}\par" % (
                    i + 1, tv(val), i + 1))
            lines.append(r"\medskip")
            continue
        if isinstance(v, list):
            v = "; ".join(v)
        multi = k in ("rationale", "competencies", "summative_assessment", "education_plan_alignment",
                      "target_learners", "resources_required")
        h = "36pt" if multi else "12pt"
        lines.append(r"\textbf{%s}\par" % lab)
        lines.append(r"\TextField[name=%s,width=17cm,height=%s,%svalue=%s]{}\par\medskip" % (
            k, h, "multiline=true," if multi else "", tv(v or "")))
    lines += [r"\end{Form}", r"\end{document}"]
    tex = os.path.join(td, "form.tex")
    with open(tex, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    pdf = lualatex(tex, td)
    shutil.move(pdf, path)


# ------------------------------------------------------------------ printed forms
def story_print(doc, path, lang="en", boxchars=("☒", "☐")):
    h = form_html(doc, lang, "", boxchars=boxchars)
    css = ("body{font-family:sans-serif;font-size:9pt}table{border-collapse:collapse}"
           "td{border:1px solid black;padding:3px;vertical-align:top}td.lab{width:160px;background-color:#eeeeee}"
           "h1{font-size:13pt}p{margin:0}")
    story_pdf(h, path, css=css)


def md_print(doc, path, lang="en"):
    """'Label: answer' printout: Markdown -> pandoc -> LuaLaTeX PDF."""
    out = ["# " + FORM_TITLE[lang], ""]
    for k in KEYS:
        lab = LABELS[lang][k]
        if k in CHOICES:
            out.append("**%s:** %s" % (lab, boxes(doc, k, lang, "[X]", "[ ]", "  ").replace("[", "\\[").replace("]", "\\]")))
            out.append("")
            continue
        v = display(doc, k)
        if isinstance(v, list):
            out.append("**%s:**" % lab)
            out.append("")
            for i, it in enumerate(v):
                out.append(("%d. " % (i + 1) if k == "learning_outcomes" else "- ") + it)
            out.append("")
        else:
            out.append("**%s:** %s" % (lab, (v or "").replace("\n\n", "\n\n")))
            out.append("")
    td = tmpdir()
    md = os.path.join(td, "form.md")
    with open(md, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    pandoc(md, path, "markdown-smart", ["--pdf-engine=lualatex", "-V", "mainfont=DejaVu Serif",
                                  "-V", "geometry:margin=2.2cm", "-V", "papersize=letter"])


# ------------------------------------------------------------------ retyped documents
def html_chromium(body, path, css="", title="Document"):
    td = tmpdir()
    h = os.path.join(td, "page.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(page_html(body, css, title))
    chromium_pdf(h, path)


def html_lo(body, path, fmt, css="", title="Document"):
    """An HTML page opened by LibreOffice Writer and saved as PDF or DOCX."""
    td = tmpdir()
    h = os.path.join(td, "page.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(page_html(body, css, title))
    f = "pdf:writer_pdf_Export" if fmt == "pdf" else "docx:MS Word 2007 XML"
    out = soffice(h, f, td, infilter="HTML (StarWriter)")
    shutil.move(out, path)


def md_pandoc(md_text, path, extra=()):
    td = tmpdir()
    md = os.path.join(td, "doc.md")
    with open(md, "w", encoding="utf-8") as fh:
        fh.write(md_text)
    pandoc(md, path, "markdown-smart", list(extra))


def html_story(body, path, css="", paper="letter"):
    story_pdf(page_html(body, "", "x"), path, css=css, paper=paper)


def slides_handout(slides, path, footer=""):
    """python-pptx deck -> LibreOffice Impress PDF -> 3-slides-per-page handout (PyMuPDF)."""
    from pptx import Presentation
    from pptx.util import Inches, Pt
    import pymupdf
    td = tmpdir()
    prs = Presentation()
    prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
    for i, (title, bullets) in enumerate(slides):
        layout = prs.slide_layouts[0 if i == 0 else 1]
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = title
        body = s.placeholders[1].text_frame
        body.text = bullets[0] if bullets else ""
        for b in bullets[1:]:
            body.add_paragraph().text = b
        for p in body.paragraphs:
            for r in p.runs:
                r.font.size = Pt(20 if i else 22)
    pp = os.path.join(td, "deck.pptx")
    prs.save(pp)
    pdf = soffice(pp, "pdf:impress_pdf_Export", td)
    src = pymupdf.open(pdf)
    out = pymupdf.open()
    per = 3
    for start in range(0, len(src), per):
        page = out.new_page(width=612, height=792)
        for j in range(per):
            n = start + j
            if n >= len(src):
                break
            top = 50 + j * 235
            r = pymupdf.Rect(40, top, 340, top + 169)
            page.show_pdf_page(r, src, n)
            page.draw_rect(r, color=(0.5, 0.5, 0.5), width=0.5)
            for ln in range(7):
                yy = top + 12 + ln * 23
                page.draw_line((360, yy), (572, yy), color=(0.6, 0.6, 0.6), width=0.5)
        page.insert_text((40, 770), "%s   Page %d" % (footer, start // per + 1), fontsize=8)
    out.save(path, garbage=3, deflate=True)


def scan_from_pdf(src_pdf, path, angle=0.8, dpi=150):
    """Print-and-scan: pages rendered with mutool draw, degraded with ImageMagick, put
    back as an image-only PDF (ImageMagick, or Pillow if ImageMagick cannot write PDF)."""
    td = tmpdir()
    run(["mutool", "draw", "-r", str(dpi), "-c", "gray", "-o", os.path.join(td, "p%d.png"), src_pdf])
    pages = sorted(f for f in os.listdir(td) if f.endswith(".png"))
    jpgs = []
    for i, p in enumerate(pages):
        j = os.path.join(td, "s%d.jpg" % i)
        run(["convert", os.path.join(td, p), "-background", "white", "-rotate", str(angle if i % 2 == 0 else -angle / 2),
             "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.4", "-level", "8%,92%",
             "-colorspace", "Gray", "-quality", "62", j])
        jpgs.append(j)
    from PIL import Image
    ims = [Image.open(j).convert("L") for j in jpgs]
    ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])
