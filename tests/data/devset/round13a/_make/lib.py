"""Shared helpers for round 13a: block markup -> DOCX / reportlab PDF / HTML (Chromium) / LaTeX / LibreOffice,
and the expected-file writer. Blocks: ("p", text) ("h", text) ("ul", [..]) ("ol", [..]) ("right", text)
("lines", [..]) one paragraph with line breaks, ("table", [[..],..]) ruled table, ("hdr", [..]) page-header lines.
**x** marks bold inside text."""
import html, json, os, re, shutil, subprocess, tempfile

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework", "partner_contact",
                   "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
                   "existing_program_name", "submission_date"]
LO = "-env:UserInstallation=file:///tmp/lo-13a"


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def expected(doc):
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": doc["shape"], "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    f = doc["fields"]
    for k in f:
        assert k in KEYS, k
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f, "missing_required": missing(f),
            "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(doc, outdir):
    with open(os.path.join(outdir, doc["file"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def parts(text):
    """split **bold** markup -> [(text, bold)]"""
    out = []
    for i, seg in enumerate(text.split("**")):
        if seg:
            out.append((seg, i % 2 == 1))
    return out


# ---------------- python-docx ----------------
def to_docx(doc, path, font="Calibri", size=11):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)

    def runs(p, text):
        for seg, b in parts(text):
            r = p.add_run(seg)
            r.bold = b
    for blk in doc["blocks"]:
        kind, val = blk[0], blk[1]
        if kind == "hdr":
            hp = d.sections[0].header.paragraphs[0]
            for i, line in enumerate(val):
                if i:
                    hp.add_run().add_break()
                r = hp.add_run(line)
                r.bold = i == 0
        elif kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            runs(d.add_paragraph(), val)
        elif kind == "right":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            runs(p, val)
        elif kind == "lines":
            p = d.add_paragraph()
            for i, line in enumerate(val):
                if i:
                    p.add_run().add_break()
                runs(p, line)
        elif kind in ("ul", "ol"):
            for it in val:
                runs(d.add_paragraph(style="List Bullet" if kind == "ul" else "List Number"), it)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.paragraphs[0].text = ""
                    runs(c.paragraphs[0], txt)
        else:
            raise ValueError(kind)
    d.core_properties.author = doc.get("author", "")
    d.save(path)


# ---------------- reportlab ----------------
def to_reportlab(doc, path, font="Helvetica"):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=12, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=10)

    def mk(text):
        t = html.escape(text, quote=False)
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    story = []
    hdr = []
    for blk in doc["blocks"]:
        kind, val = blk[0], blk[1]
        if kind == "hdr":
            hdr = val
        elif kind == "title":
            story.append(Paragraph(mk(val), title))
        elif kind == "h":
            story.append(Paragraph(mk(val), head))
        elif kind == "p":
            story.append(Paragraph(mk(val), body))
        elif kind == "right":
            story.append(Paragraph(mk(val), ParagraphStyle("r", parent=body, alignment=2)))
        elif kind == "lines":
            story.append(Paragraph("<br/>".join(mk(x) for x in val), body))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(mk(x), body), leftIndent=18) for x in val]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start="\u2022" if kind == "ul" else None, leftIndent=18, bulletFontName=font))
        elif kind == "table":
            cells = [[Paragraph(mk(c), body) for c in row] for row in val]
            w = [1.6 * inch, 4.9 * inch] if len(val[0]) == 2 else None
            t = Table(cells, colWidths=w, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "memohead":
            rows = [[Paragraph("<b>%s</b>" % mk(a), body), Paragraph(mk(b), body)] for a, b in val]
            t = Table(rows, colWidths=[0.9 * inch, 5.6 * inch], hAlign="LEFT")
            t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 10))
        else:
            raise ValueError(kind)

    def onpage(c, d):
        c.saveState()
        c.setFont(font, 8)
        for i, line in enumerate(hdr):
            c.drawString(0.9 * inch, letter[1] - 0.5 * inch - i * 10, line)
        c.drawRightString(letter[0] - 0.9 * inch, 0.5 * inch, "Page %d" % d.page)
        c.restoreState()
    sd = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                           topMargin=0.9 * inch, bottomMargin=0.8 * inch, title=doc.get("pdf_title", ""),
                           author=doc.get("author", ""))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------- HTML ----------------
def blocks_html(blocks):
    def mk(text):
        t = html.escape(text, quote=False)
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    out = []
    for blk in blocks:
        kind, val = blk[0], blk[1]
        if kind == "title":
            out.append("<h1>%s</h1>" % mk(val))
        elif kind == "h":
            out.append("<h3>%s</h3>" % mk(val))
        elif kind == "p":
            out.append("<p>%s</p>" % mk(val))
        elif kind == "right":
            out.append('<p style="text-align:right">%s</p>' % mk(val))
        elif kind == "lines":
            out.append("<p>%s</p>" % "<br>".join(mk(x) for x in val))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mk(x) for x in val), kind))
        elif kind == "table":
            out.append('<table class="t">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % mk(c) for c in row) for row in val))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def chromium_pdf(html_text, path):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "page.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html_text)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + path, "file://" + src], check=True, capture_output=True, timeout=120)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   capture_output=True, timeout=180)


def html_to_pdf_lo(html_text, path):
    """HTML -> LibreOffice Writer/Web -> PDF"""
    with tempfile.TemporaryDirectory() as td:
        base = os.path.splitext(os.path.basename(path))[0].replace(" ", "_")[:40] or "doc"
        src = os.path.join(td, base + ".html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html_text)
        soffice_convert(src, "pdf:writer_web_pdf_Export", td)
        shutil.move(os.path.join(td, base + ".pdf"), path)


# ---------------- LaTeX ----------------
def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    s = "".join(rep.get(ch, ch) for ch in s)
    return re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)


def to_latex(doc, path, preamble_extra=""):
    body = []
    for blk in doc["blocks"]:
        kind, val = blk[0], blk[1]
        if kind == "title":
            body.append(r"{\LARGE\bfseries %s\par}\medskip" % tex_esc(val))
        elif kind == "h":
            body.append(r"\subsection*{%s}" % tex_esc(val))
        elif kind == "p":
            body.append(tex_esc(val) + "\n")
        elif kind == "right":
            body.append(r"\begin{flushright}%s\end{flushright}" % tex_esc(val))
        elif kind == "lines":
            body.append(r"\noindent " + r"\\ ".join(tex_esc(x) for x in val) + "\n")
        elif kind in ("ul", "ol"):
            env = "itemize" if kind == "ul" else "enumerate"
            body.append(r"\begin{%s}" % env + "".join(r"\item %s " % tex_esc(x) for x in val) + r"\end{%s}" % env)
        elif kind == "table":
            n = len(val[0])
            spec = "|l|p{11cm}|" if n == 2 else "|" + "l|" * n
            rows = r"\hline " + "".join(" & ".join(tex_esc(c) for c in row) + r" \\ \hline " for row in val)
            body.append(r"\begin{tabular}{%s}%s\end{tabular}" % (spec, rows) + "\n")
        elif kind == "box":
            body.append(r"\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep\relax}{%s}}" % tex_esc(val) + "\n")
        else:
            raise ValueError(kind)
    src = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=0.8in]{geometry}\usepackage{helvet}
\renewcommand{\familydefault}{\sfdefault}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{empty}
%s
\begin{document}
%s
\end{document}
""" % (preamble_extra, "\n".join(body))
    with tempfile.TemporaryDirectory() as td:
        with open(os.path.join(td, "d.tex"), "w", encoding="utf-8") as fh:
            fh.write(src)
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "d.tex"], cwd=td, capture_output=True, timeout=120)
        if r.returncode:
            raise RuntimeError(r.stdout[-2000:])
        shutil.copy(os.path.join(td, "d.pdf"), path)
