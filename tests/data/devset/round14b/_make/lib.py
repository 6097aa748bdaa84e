"""Block markup -> DOCX (python-docx), pandoc (DOCX / HTML->PDF), LaTeX (pdflatex), reportlab brochure; expected files.

Markup: one line = one block.  '# ' heading 1, '## ' heading 2, '- ' bullet, 'N. ' numbered item,
'| a | b |' table row (first row of a table is its header when the doc says so), any other line a paragraph.
'**x**' is bold inline.  Blank lines are ignored.
"""
import json, os, re, subprocess, tempfile, shutil

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                   "resources_required", "existing_program_name", "submission_date"]


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def parse(markup):
    blocks = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif re.match(r"^\d+\. ", line):
            item = re.sub(r"^\d+\. ", "", line)
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(item)
            else:
                blocks.append(("ol", [item]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line))
    return blocks


def runs(text):
    """split '**bold**' -> [(text, bold)]"""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def plain(text):
    return text.replace("**", "")

# ---------------------------------------------------------------- python-docx

def _add_runs(p, text, font=None, size=None):
    from docx.shared import Pt
    for t, b in runs(text):
        r = p.add_run(t)
        r.bold = b or None
        if font:
            r.font.name = font
        if size:
            r.font.size = Pt(size)


def docx_doc(path, blocks, cover=None, font=None, numbered_headings=False, header_text=None, table_header=True,
             email_header=None, body_size=None):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    if font:
        for sname in ["Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number"]:
            d.styles[sname].font.name = font
    if body_size:
        d.styles["Normal"].font.size = Pt(body_size)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    if email_header:
        for label, val in email_header:
            p = d.add_paragraph()
            r = p.add_run(label + ":\t")
            r.bold = True
            p.add_run(val)
            p.paragraph_format.space_after = Pt(0)
        d.add_paragraph("")
    if cover:
        d.add_paragraph(cover["title"], style="Title")
        if cover.get("subtitle"):
            d.add_paragraph(cover["subtitle"], style="Subtitle")
        for line in cover.get("lines", []):
            p = d.add_paragraph()
            _add_runs(p, line)
            p.paragraph_format.space_after = Pt(0)
        if cover.get("page_break"):
            d.add_page_break()
        else:
            d.add_paragraph("")
    hn = 0
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            txt = val
            if numbered_headings and kind == "h1":
                hn += 1
                txt = f"{hn}. {val}"
            d.add_heading(plain(txt), level=1 if kind == "h1" else 2)
        elif kind == "p":
            _add_runs(d.add_paragraph(), val)
        elif kind == "ul":
            for it in val:
                _add_runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "ol":
            for it in val:
                _add_runs(d.add_paragraph(style="List Number"), it)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = ""
                    _add_runs(c.paragraphs[0], ("**%s**" % txt) if (ri == 0 and table_header) else txt)
            d.add_paragraph("")
    d.save(path)

# ---------------------------------------------------------------- pandoc (markdown)

def to_markdown(blocks, meta=None):
    out = []
    if meta:
        out.append("---")
        for k, v in meta.items():
            out.append(f'{k}: "{v}"')
        out.append("---\n")
    for kind, val in blocks:
        if kind == "h1":
            out.append("# " + val + "\n")
        elif kind == "h2":
            out.append("## " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(val, 1)) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join("---" for _ in val[0]) + "|")
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    return "\n".join(out)


CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;max-width:40em;margin:auto;line-height:1.4}
h1.title{font-size:20pt} h1{font-size:14pt;border-bottom:1px solid #999} h2{font-size:12pt}
table{border-collapse:collapse} td,th{border:1px solid #aaa;padding:3px 6px;vertical-align:top}
p.author,p.date{margin:0;color:#333} @page{size:Letter;margin:2cm}"""


def pandoc_docx(path, blocks, meta=None):
    with tempfile.TemporaryDirectory() as tmp:
        md = os.path.join(tmp, "in.md")
        open(md, "w").write(to_markdown(blocks, meta))
        subprocess.run(["pandoc", md, "-f", "markdown", "-o", path], check=True)


def pandoc_pdf(path, blocks, meta=None):
    from weasyprint import HTML
    with tempfile.TemporaryDirectory() as tmp:
        md = os.path.join(tmp, "in.md")
        open(md, "w").write(to_markdown(blocks, meta))
        css = os.path.join(tmp, "s.css")
        open(css, "w").write(CSS)
        html = os.path.join(tmp, "out.html")
        subprocess.run(["pandoc", md, "-s", "-c", "s.css", "-o", html,
                        "--metadata", "lang=en"], check=True)
        HTML(html, base_url=tmp).write_pdf(path)

# ---------------------------------------------------------------- LaTeX

def tex_esc(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in [("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("{", r"\{"), ("}", r"\}"),
                 ("~", r"\textasciitilde{}"), ("^", r"\^{}")]:
        s = s.replace(a, b)
    s = s.replace("\\textbackslash\\{\\}", r"\textbackslash{}")
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    return s


def latex_pdf(path, blocks, title, author_lines, date, numbered=True, french=False, colspec="|p{4.2cm}|p{10.5cm}|"):
    sec = r"\section" if numbered else r"\section*"
    body = []
    for kind, val in blocks:
        if kind == "h1":
            body.append(sec + "{" + tex_esc(val) + "}")
        elif kind == "h2":
            body.append(r"\subsection*{" + tex_esc(val) + "}")
        elif kind == "p":
            body.append(tex_esc(val) + "\n")
        elif kind in ("ul", "ol"):
            env = "itemize" if kind == "ul" else "enumerate"
            body.append(r"\begin{%s}" % env + "".join("\n  \\item " + tex_esc(i) for i in val) + "\n\\end{%s}" % env)
        elif kind == "table":
            rows = [" & ".join(tex_esc(c) for c in r) + r" \\ \hline" for r in val]
            body.append(r"\begin{center}\begin{tabular}{%s}\hline" % colspec
                        + "\n" + "\n".join(rows) + "\n\\end{tabular}\\end{center}")
    doc = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2.5cm]{geometry}
%s
\title{%s}
\author{%s}
\date{%s}
\begin{document}
\maketitle
%s
\end{document}
""" % ("", tex_esc(title), r" \\ ".join(tex_esc(a) for a in author_lines), tex_esc(date), "\n\n".join(body))
    with tempfile.TemporaryDirectory() as tmp:
        open(os.path.join(tmp, "d.tex"), "w").write(doc)
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "d.tex"], cwd=tmp, capture_output=True, text=True)
        if r.returncode != 0 or not os.path.exists(os.path.join(tmp, "d.pdf")):
            raise RuntimeError(r.stdout[-2000:])
        shutil.copy(os.path.join(tmp, "d.pdf"), path)

# ---------------------------------------------------------------- reportlab brochure

def brochure_pdf(path, blocks, banner, tagline=None, contact_panel=None):
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    W, H = landscape(letter)
    m, gap = 36, 24
    fw = (W - 2 * m - gap) / 2
    frames = [Frame(m, m, fw, H - 2 * m - 60, id="c1"), Frame(m + fw + gap, m, fw, H - 2 * m - 60, id="c2")]

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4e6e"))
        c.rect(0, H - 80, W, 80, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(m, H - 45, banner)
        if tagline:
            c.setFont("Helvetica-Oblique", 11)
            c.drawString(m, H - 66, tagline)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=deco)])
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.HexColor("#1d4e6e"),
                        spaceBefore=6, spaceAfter=3)
    h2 = ParagraphStyle("h2", parent=h1, fontSize=10.5)
    bul = ParagraphStyle("u", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    story = []

    def rl(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    for kind, val in blocks:
        if kind == "h1":
            story.append(Paragraph(rl(val), h1))
        elif kind == "h2":
            story.append(Paragraph(rl(val), h2))
        elif kind == "p":
            story.append(Paragraph(rl(val), body))
        elif kind == "ul":
            story += [Paragraph(rl(i), bul, bulletText="\u2022") for i in val]
            story.append(Spacer(1, 4))
        elif kind == "ol":
            story += [Paragraph(rl(i), bul, bulletText=f"{n}.") for n, i in enumerate(val, 1)]
            story.append(Spacer(1, 4))
        elif kind == "table":
            t = Table([[Paragraph(rl(c), body) for c in r] for r in val], colWidths=[fw * 0.35, fw * 0.65])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6eef4"))]))
            story += [t, Spacer(1, 6)]
    if contact_panel:
        lines = [Paragraph(rl(x), body) for x in contact_panel]
        t = Table([[lines]], colWidths=[fw])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1d4e6e")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f6f9"))]))
        story += [Spacer(1, 8), t]
    doc.build(story)

# ---------------------------------------------------------------- expected

def write_expected(path, d):
    fields = d["fields"]
    exp = {"is_concept_form": d["shape"] != "7", "shape": d["shape"], "fields": fields,
           "missing_required": missing(fields) if d["shape"] != "7" else [],
           "needs_manual_review": False, "notes": d["notes"]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
