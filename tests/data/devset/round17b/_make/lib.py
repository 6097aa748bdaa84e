"""Renderers for round 17b (blind maker b). Each genre turns a content dict into a DOCX or PDF.

Block markup used in several genres: a str is a paragraph; ("bullets", [..]) a bulleted list;
("numbered", [..]) a numbered list; ("table", [[cells], ...]) a ruled table (first row = header);
("bold", "Label", "text") a paragraph with a bold run-in label.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
        "proposer_phone", "request_type", "target_learners", "rationale", "competencies", "learning_outcomes",
        "competency_framework", "summative_assessment", "partner_name", "partner_contact", "endorsement_status",
        "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
        "resources_required", "existing_program_name", "submission_date"]


def missing_required(fields):
    miss = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    return miss


def soffice_pdf(src, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_blocks(container, blocks, doc=None):
    """container: Document or table cell."""
    for b in blocks:
        if isinstance(b, str):
            container.add_paragraph(b)
        elif b[0] == "bullets":
            for it in b[1]:
                container.add_paragraph(it, style="List Bullet")
        elif b[0] == "numbered":
            for it in b[1]:
                container.add_paragraph(it, style="List Number")
        elif b[0] == "bold":
            p = container.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(" " + b[2])
        elif b[0] == "table":
            rows = b[1]
            t = container.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = val
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                        _shade(c, "D9E2F3")
            if doc is not None:
                doc.add_paragraph()
        elif b[0] == "heading":
            if doc is not None:
                doc.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        else:
            raise ValueError(b)


# ---------------------------------------------------------------- G1 pitch deck (python-pptx -> LibreOffice PDF)
def make_deck(c, out_pdf):
    from pptx import Presentation
    from pptx.util import Pt as PPt
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = c["title"]
    s.placeholders[1].text = "\n".join(c["subtitle_lines"])
    for heading, items in c["slides"]:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = heading
        tf = s.placeholders[1].text_frame
        first = True
        for it in items:
            lvl = 0
            if it.startswith("  "):
                lvl, it = 1, it.strip()
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.text = it
            p.level = lvl
        # shrink long slides
        n = sum(len(i) for i in items)
        size = 24 if n < 250 else 20 if n < 420 else 16 if n < 650 else 13
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = PPt(size if p.level == 0 else size - 2)
        if c.get("footer"):
            tb = s.shapes.add_textbox(PPt(20), prs.slide_height - PPt(36), prs.slide_width - PPt(40), PPt(24))
            tb.text_frame.text = c["footer"]
            tb.text_frame.paragraphs[0].runs[0].font.size = PPt(10)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.splitext(os.path.basename(out_pdf))[0] + ".pptx")
        prs.save(src)
        pdf = soffice_pdf(src, d)
        shutil.move(pdf, out_pdf)


# ---------------------------------------------------------------- G2 e-mail printed to PDF (HTML -> LibreOffice)
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_email(c, out_pdf):
    h = ["<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
         "td.k{font-weight:bold;text-align:right;padding-right:6px;vertical-align:top}"
         "table.hdr{border-bottom:1px solid #888;margin-bottom:10px}</style></head><body>"]
    if c.get("account"):
        h.append("<p><b>%s</b></p><hr>" % _esc(c["account"]))
    h.append("<p style='font-size:13pt'><b>%s</b></p>" % _esc(c["subject_big"]))
    h.append("<table class='hdr'>")
    for k, v in c["headers"]:
        h.append("<tr><td class='k'>%s</td><td>%s</td></tr>" % (_esc(k), _esc(v)))
    h.append("</table>")
    inlist = None
    for b in c["body"]:
        if b.startswith("- ") or b.startswith("# "):
            tag = "ul" if b.startswith("- ") else "ol"
            if inlist != tag:
                if inlist:
                    h.append("</%s>" % inlist)
                h.append("<%s>" % tag)
                inlist = tag
            h.append("<li>%s</li>" % _esc(b[2:]))
            continue
        if inlist:
            h.append("</%s>" % inlist)
            inlist = None
        h.append("<p>%s</p>" % _esc(b).replace("\n", "<br>"))
    if inlist:
        h.append("</%s>" % inlist)
    h.append("<p>%s</p>" % "<br>".join(_esc(x) for x in c["signature"]))
    h.append("</body></html>")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.splitext(os.path.basename(out_pdf))[0] + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(h))
        with tempfile.TemporaryDirectory() as prof:
            subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                            "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(src[:-5] + ".pdf", out_pdf)


# ---------------------------------------------------------------- G3 two-column executive summary (pdflatex)
def _tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}", "|": r"\textbar{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def _tex_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_tex(b) + "\n")
        elif b[0] in ("bullets", "numbered"):
            env = "itemize" if b[0] == "bullets" else "enumerate"
            out.append("\\begin{%s}\\setlength{\\itemsep}{0pt}\n" % env +
                       "".join("\\item %s\n" % _tex(i) for i in b[1]) + "\\end{%s}\n" % env)
        elif b[0] == "bold":
            out.append("\\textbf{%s} %s\n" % (_tex(b[1]), _tex(b[2])))
        out.append("\n")
    return "".join(out)


def make_exec(c, out_pdf):
    lang = c.get("lang", "english")
    main = []
    for heading, blocks in c["main"]:
        main.append("\\subsubsection*{%s}\\vspace{-2pt}\n%s" % (_tex(heading), _tex_blocks(blocks)))
    side = ["{\\large\\bfseries %s}\\par\\medskip\n" % _tex(c["sidebar_title"])]
    for k, v in c["sidebar"]:
        side.append("\\textbf{%s}\\\\ %s\\par\\smallskip\n" % (_tex(k), _tex(v)))
    side.append("\\medskip\\hrule\\medskip\n\\textbf{%s}\\par\n" % _tex(c["contact_title"]))
    side.append("\\\\\n".join(_tex(x) for x in c["contact"]) + "\\par\n")
    doc = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=1.5cm]{geometry}
\usepackage{color}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{side}{rgb}{0.92,0.94,0.97}
\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\small %s}\par
{\LARGE\bfseries %s}\par
\smallskip {\large %s}\par
\medskip\hrule\medskip
\noindent\begin{minipage}[t]{0.63\textwidth}\vspace{0pt}\small
%s
\end{minipage}\hfill
\begin{minipage}[t]{0.33\textwidth}\vspace{0pt}
\colorbox{side}{\begin{minipage}[t]{0.92\linewidth}\vspace{0pt}\small\raggedright
%s
\end{minipage}}
\end{minipage}
%s
\end{document}
""" % (_tex(c["kicker"]), _tex(c["title"]), _tex(c["subtitle"]), "".join(main), "".join(side),
       ("\\par\\vfill{\\footnotesize %s}" % _tex(c["footer"])) if c.get("footer") else "")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "es.tex")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "es.tex"], cwd=d, capture_output=True)
        if r.returncode:
            raise RuntimeError(r.stdout.decode()[-2000:])
        shutil.move(os.path.join(d, "es.pdf"), out_pdf)


# ---------------------------------------------------------------- G4 business case (python-docx; DOCX or LibreOffice PDF)
def make_bcase(c, out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = c.get("font", "Calibri")
    st.font.size = Pt(11)
    doc.add_heading(c["title"], level=0)
    if c.get("subtitle"):
        p = doc.add_paragraph(c["subtitle"])
        p.runs[0].italic = True
    for b in c.get("meta", []):
        if isinstance(b, tuple):
            p = doc.add_paragraph()
            p.add_run(b[0]).bold = True
            p.add_run(" " + b[1])
            p.paragraph_format.space_after = Pt(0)
        else:
            p = doc.add_paragraph(b)
            p.paragraph_format.space_after = Pt(0)
    for heading, blocks in c["sections"]:
        doc.add_heading(heading, level=1)
        add_blocks(doc, blocks, doc)
    for line in c.get("closing", []):
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    if c.get("footer"):
        doc.sections[0].footer.paragraphs[0].text = c["footer"]
    if out.endswith(".pdf"):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, os.path.splitext(os.path.basename(out))[0] + ".docx")
            doc.save(src)
            shutil.move(soffice_pdf(src, d), out)
    else:
        doc.save(out)


# ---------------------------------------------------------------- G5 first-person narrative (markdown -> pandoc DOCX, or -> LibreOffice PDF)
def make_narr(c, out):
    with tempfile.TemporaryDirectory() as d:
        md = os.path.join(d, "n.md")
        with open(md, "w", encoding="utf-8") as f:
            f.write(c["md"])
        base = os.path.splitext(os.path.basename(out))[0]
        dx = os.path.join(d, base + ".docx")
        subprocess.run(["pandoc", md, "-f", "markdown", "-o", dx], check=True)
        if out.endswith(".pdf"):
            shutil.move(soffice_pdf(dx, d), out)
        else:
            shutil.move(dx, out)


# ---------------------------------------------------------------- G6 lean-canvas-like grid of boxes (python-docx table; DOCX or PDF)
def make_canvas(c, out):
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    doc.styles["Normal"].font.size = Pt(9)
    doc.styles["Normal"].font.name = c.get("font", "Arial")
    p = doc.add_paragraph()
    r = p.add_run(c["title"])
    r.bold = True
    r.font.size = Pt(16)
    for line in c.get("header_lines", []):
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    for row in c["rows"]:
        t = doc.add_table(rows=1, cols=len(row))
        t.style = "Table Grid"
        for j, (label, blocks) in enumerate(row):
            cell = t.cell(0, j)
            cell.paragraphs[0].add_run(label.upper()).bold = True
            _shade(cell, c.get("shade", "FFF2CC"))
            add_blocks(cell, blocks)
    for line in c.get("footer_lines", []):
        doc.add_paragraph(line)
    if out.endswith(".pdf"):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, os.path.splitext(os.path.basename(out))[0] + ".docx")
            doc.save(src)
            shutil.move(soffice_pdf(src, d), out)
    else:
        doc.save(out)


MAKERS = {"deck": make_deck, "email": make_email, "exec": make_exec, "bcase": make_bcase, "narr": make_narr,
          "canvas": make_canvas}


def write_expected(path, d):
    fields = d["fields"]
    for k in fields:
        assert k in KEYS, k
    exp = {"is_concept_form": d["shape"] != "7", "shape": d["shape"], "fields": fields,
           "missing_required": missing_required(fields) if d["shape"] != "7" else [],
           "needs_manual_review": False, "notes": d["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
