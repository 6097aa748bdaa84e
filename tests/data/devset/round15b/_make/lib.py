"""Block markup -> documents (python-docx, LaTeX twocolumn, reportlab slides, HTML e-mail via LibreOffice, pandoc)."""
import json, os, re, subprocess, tempfile, html, shutil

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


def write_expected(path, doc):
    f = doc.get("fields", {})
    form = doc.get("form", True)
    exp = {"is_concept_form": form, "shape": doc["shape"], "fields": f if form else {},
           "missing_required": missing(f) if form else [], "needs_manual_review": False, "notes": doc["notes"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------- DOCX (Word) ----------------
def to_docx(doc, out, font=None):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    if font:
        st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(11)
    for b in doc["blocks"]:
        kind, val = b[0], b[1]
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind == "subtitle":
            d.add_paragraph(val, style="Subtitle")
        elif kind in ("h1", "h2"):
            d.add_heading(val, level=1 if kind == "h1" else 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bp":  # bold lead-in + text
            p = d.add_paragraph(); r = p.add_run(val[0]); r.bold = True; p.add_run(val[1])
        elif kind == "lines":  # one paragraph per line, tight
            for ln in val:
                p = d.add_paragraph(ln); p.paragraph_format.space_after = Pt(0)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbers":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0])); t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
            d.add_paragraph("")
        elif kind == "hdr":  # e-mail header lines
            for k, v in val:
                p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
                r = p.add_run(k + ": "); r.bold = True; p.add_run(v)
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.core_properties.author = doc.get("author", "")
    d.save(out)


def docx_to_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset15b", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)


# ---------------- LaTeX twocolumn ----------------
def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(c, c) for c in s).replace("\u2013", "--").replace("\u2014", "---")


def to_latex(doc, out_pdf):
    L = [r"\documentclass[10pt,twocolumn]{article}", r"\usepackage[utf8]{inputenc}",
         r"\usepackage[margin=2cm]{geometry}", r"\input{glyphtounicode}", r"\pdfgentounicode=1", r"\usepackage[french,english]{babel}" if doc.get("lang") == "fr" else "",
         r"\begin{document}"]
    if doc.get("lang") == "fr":
        L.append(r"\selectlanguage{french}")
    m = doc["latex"]
    L += [r"\title{%s}" % tex_esc(m["title"]), r"\author{%s}" % r" \\ ".join(tex_esc(a) for a in m["author"]),
          r"\date{%s}" % tex_esc(m["date"]), r"\maketitle"]
    for b in doc["blocks"]:
        kind, val = b[0], b[1]
        if kind in ("h1",):
            L.append(r"\section*{%s}" % tex_esc(val))
        elif kind == "h2":
            L.append(r"\subsection*{%s}" % tex_esc(val))
        elif kind == "p":
            L.append(tex_esc(val) + "\n")
        elif kind == "bp":
            L.append(r"\textbf{%s}%s" % (tex_esc(val[0]), tex_esc(val[1])) + "\n")
        elif kind in ("bullets", "numbers"):
            env = "itemize" if kind == "bullets" else "enumerate"
            L.append(r"\begin{%s}" % env)
            L += [r"\item %s" % tex_esc(i) for i in val]
            L.append(r"\end{%s}" % env)
        elif kind == "table":
            L.append(r"\noindent\begin{tabular}{@{}p{0.32\columnwidth}p{0.6\columnwidth}@{}}\hline")
            L += [r"%s & %s \\" % (tex_esc(a), tex_esc(c)) for a, c in val]
            L.append(r"\hline\end{tabular}" + "\n")
        else:
            raise ValueError(kind)
    L.append(r"\end{document}")
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "doc.tex"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp, check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "doc.pdf"), out_pdf)


# ---------------- slides (reportlab, 16:9) ----------------
def to_slides(doc, out_pdf):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Frame, ListFlowable, ListItem
    W, H = 960, 540
    c = canvas.Canvas(out_pdf, pagesize=(W, H))
    c.setTitle(doc["slides"][0][1])
    accent = HexColor(doc.get("accent", "#1f4e79"))
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=17, leading=22, spaceAfter=8)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=6)
    n = 0
    for sl in doc["slides"]:
        n += 1
        kind = sl[0]
        if kind == "cover":
            c.setFillColor(accent); c.rect(0, 0, W, H, fill=1, stroke=0)
            c.setFillColor(white); c.setFont("Helvetica-Bold", 34)
            fr = Frame(60, 200, W - 120, 220, showBoundary=0)
            fr.addFromList([Paragraph(html.escape(sl[1]), ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=34,
                                                                         leading=40, textColor=white))], c)
            y = 170
            c.setFont("Helvetica", 16)
            for ln in sl[2]:
                c.drawString(60, y, ln); y -= 22
        else:
            title, items = sl[1], sl[2]
            c.setFillColor(accent); c.rect(0, H - 80, W, 80, fill=1, stroke=0)
            c.setFillColor(white); c.setFont("Helvetica-Bold", 26); c.drawString(40, H - 52, title)
            c.setFillColor(black)
            st = small if sum(len(i) for i in items) > 600 else body
            flow = []
            for it in items:
                if isinstance(it, tuple) and it[0] == "p":
                    flow.append(Paragraph(html.escape(it[1]), st))
                elif isinstance(it, tuple) and it[0] == "table":
                    from reportlab.platypus import Table, TableStyle
                    t = Table([[Paragraph(html.escape(a), st), Paragraph(html.escape(b), st)] for a, b in it[1]],
                              colWidths=[250, W - 370])
                    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#999999")),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    flow.append(t)
                else:
                    flow.append(ListFlowable([ListItem(Paragraph(html.escape(it), st), leftIndent=18)],
                                             bulletType="bullet", start="\u2022", leftIndent=18))
            fr = Frame(40, 40, W - 80, H - 140, showBoundary=0)
            rest = fr.addFromList(flow, c)
            if flow:
                raise RuntimeError("slide overflow: " + title)
        c.setFont("Helvetica", 10); c.setFillColor(HexColor("#777777"))
        c.drawRightString(W - 20, 14, str(n))
        c.showPage()
    c.save()


# ---------------- e-mail printed to PDF (HTML -> LibreOffice Writer) ----------------
def to_email_pdf(doc, out_pdf):
    e = doc["email"]
    parts = ["<html><head><meta charset='utf-8'><title>%s</title></head><body style='font-family:Calibri,Arial'>"
             % html.escape(e["subject"])]
    parts.append("<p style='border-bottom:2px solid black;font-size:14pt'><b>%s</b></p>" % html.escape(e["account"]))
    parts.append("<table>")
    for k, v in e["hdr"]:
        parts.append("<tr><td><b>%s:</b></td><td>%s</td></tr>" % (html.escape(k), html.escape(v)))
    parts.append("</table><br>")
    for b in doc["blocks"]:
        kind, val = b[0], b[1]
        if kind == "p":
            parts.append("<p>%s</p>" % html.escape(val))
        elif kind == "lines":
            parts.append("<p>" + "<br>".join(html.escape(x) for x in val) + "</p>")
        elif kind == "bullets":
            parts.append("<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in val) + "</ul>")
        elif kind == "numbers":
            parts.append("<ol>" + "".join("<li>%s</li>" % html.escape(x) for x in val) + "</ol>")
        elif kind == "quote":
            parts.append("<blockquote style='border-left:2px solid #888;padding-left:8px;color:#555'>"
                         + "<br>".join(html.escape(x) for x in val) + "</blockquote>")
        else:
            raise ValueError(kind)
    parts.append("</body></html>")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "mail.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset15b", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "mail.pdf"), out_pdf)


# ---------------- pandoc markdown -> DOCX ----------------
def to_pandoc_docx(doc, out):
    md = doc["markdown"]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "in.md")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(md)
    subprocess.run(["pandoc", src, "-o", out], check=True)


def build(doc, outdir):
    route = doc["route"]
    out = os.path.join(outdir, doc["file"])
    if route == "docx":
        to_docx(doc, out, doc.get("font"))
    elif route == "docx2pdf":
        tmp = os.path.join(tempfile.mkdtemp(), os.path.splitext(doc["file"])[0] + ".docx")
        to_docx(doc, tmp, doc.get("font")); docx_to_pdf(tmp, out)
    elif route == "latex":
        to_latex(doc, out)
    elif route == "slides":
        to_slides(doc, out)
    elif route == "email":
        to_email_pdf(doc, out)
    elif route == "pandoc":
        to_pandoc_docx(doc, out)
    else:
        raise ValueError(route)
    write_expected(out + ".expected.json", doc)
    return out
