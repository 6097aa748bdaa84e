"""Renderers for round 21a (blind). Each document is a dict: name, genre, form, f (expected field values),
x (wordings of choices, figures and dates as written in the document), notes."""
import json, os, re, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", DJ + "DejaVuSansCondensed.ttf"))

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]


def missing(f):
    m = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        m.append("existing_program_name")
    return m


def expected(d):
    if not d["form"]:
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": d["notes"]}
    return {"is_concept_form": True, "shape": "5", "fields": d["f"], "missing_required": missing(d["f"]),
            "needs_manual_review": False, "notes": d["notes"]}


def soffice_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset21a", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    shutil.rmtree(tmp)


def g(d, k):
    return d["f"].get(k)

# ---------------- G1: research-protocol style proposal (Markdown -> pandoc DOCX, optionally LibreOffice PDF)

def render_g1(d, out):
    f, x = d["f"], d["x"]
    L = [f"# {f['proposal_title']}", "", f"*{x['subtitle']}*", ""]
    L += [f"**{x.get('lead_label', 'Principal proposer')}:** {f['proposer_name']}, {f['proposer_title']}, {f['proposer_department']}  ",
          f"**Version:** {x['version']} -- {x['date']}", ""]
    n = 0
    def h(t):
        nonlocal n
        n += 1
        L.extend([f"## {n}. {t}" if x.get("numbered", True) else f"## {t}", ""])
    for sec in x["order"]:
        if sec == "background":
            h("Background")
            L += [f["rationale"], ""]
            L += ["### Population", "", f["target_learners"], ""]
        elif sec == "objectives":
            h("Objectives")
            L += [x["lo_leadin"], ""] + [f"{i+1}. {o}" for i, o in enumerate(f["learning_outcomes"])] + [""]
            L += [f"Competencies targeted: {f['competencies']}", ""]
            if "competency_framework" in f:
                L += [f"Reference framework: {f['competency_framework']}", ""]
        elif sec == "method":
            h("Method")
            L += [f"- Design: {x['req']}", f"- Delivery: {x['fmt']}", f"- Duration: {x['hours']}",
                  f"- Participants: {x['enrol']}", f"- Start: {f['proposed_start']}"]
            if "existing_program_name" in f:
                L += [f"- Programme being converted: {f['existing_program_name']}"]
            L += [""]
        elif sec == "evaluation":
            h("Evaluation")
            L += [f"**Summative assessment.** {f['summative_assessment']}", ""]
            if x.get("eval_extra"):
                L += [f"**Programme evaluation.** {x['eval_extra']}", ""]
        elif sec == "partners":
            h("Partners")
            if "partner_name" in f:
                L += [f"- Partner: {f['partner_name']}", f"- Status: {x['endo']}"]
                if "partner_contact" in f:
                    L += [f"- Contact: {f['partner_contact']}"]
                L += [""]
            else:
                L += [x["no_partner"], ""]
        elif sec == "alignment":
            if "education_plan_alignment" in f:
                h("Fit with Michener's Education Plan")
                L += [f["education_plan_alignment"], ""]
        elif sec == "resources":
            h("Resources")
            L += [f["resources_required"], ""]
    L += ["---", "", f"Correspondence: {f['proposer_email']} | {f['proposer_phone']}", ""]
    md = "\n".join(L)
    tmp = tempfile.mkdtemp()
    p = os.path.join(tmp, "in.md")
    open(p, "w").write(md)
    target = out if out.endswith(".docx") else os.path.join(tmp, "protocol.docx")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-o", target, p], check=True)
    if out.endswith(".pdf"):
        soffice_pdf(target, out)
    shutil.rmtree(tmp)

# ---------------- G2: one-page SBAR note (python-docx, optionally LibreOffice PDF)

def render_g2(d, out):
    f, x = d["f"], d["x"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = x.get("font", "Calibri"); st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(1.6); s.left_margin = s.right_margin = Cm(2)
    t = doc.add_paragraph(); r = t.add_run("SBAR"); r.bold = True; r.font.size = Pt(18)
    r = t.add_run("  " + x["sbar_sub"]); r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
    for a, b in x["head"]:
        c = tb.add_row().cells; c[0].text = a; c[1].text = b
        c[0].paragraphs[0].runs[0].bold = True
    for letter_, label, items in x["blocks"]:
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
        r = p.add_run(f"{letter_} – {label}"); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullets":
                for b in it[1]:
                    doc.add_paragraph(b, style="List Bullet")
            elif isinstance(it, tuple) and it[0] == "num":
                for b in it[1]:
                    doc.add_paragraph(b, style="List Number")
            elif isinstance(it, tuple) and it[0] == "lab":
                p = doc.add_paragraph(); r = p.add_run(it[1] + " "); r.bold = True; p.add_run(it[2])
            else:
                doc.add_paragraph(it)
    for line in x.get("sig", []):
        p = doc.add_paragraph(line); p.paragraph_format.space_after = Pt(0)
    if out.endswith(".pdf"):
        tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "SBAR note.docx"); doc.save(p); soffice_pdf(p, out); shutil.rmtree(tmp)
    else:
        doc.save(out)

# ---------------- G3: intake web portal ticket printed (reportlab)

def render_g3(d, out):
    if d["x"].get("npages") is None:  # first pass counts the pages printed in the footer
        d["x"]["npages"] = 0
        d["x"]["npages"] = _render_g3(d, out, count=True)
    _render_g3(d, out)


def _render_g3(d, out, count=False):
    x = d["x"]
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle(x["ptitle"])
    page = [1]
    M = 40
    def chrome():
        c.setFont("DV", 7); c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(M, H - 18, x["print_date"]); c.drawCentredString(W / 2, H - 18, x["ptitle"])
        c.drawString(M, 14, x["url"]); c.drawRightString(W - M, 14, f"{page[0]}/{x['npages']}")
    chrome()
    y = H - 40
    c.setFillColorRGB(0.13, 0.29, 0.53); c.rect(M, y - 26, W - 2 * M, 26, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 12); c.drawString(M + 8, y - 18, x["portal"])
    c.setFont("DV", 8); c.drawRightString(W - M - 8, y - 17, x["user_bar"])
    y -= 44
    c.setFillColorRGB(0, 0, 0); c.setFont("DVB", 14); c.drawString(M, y, x["ticket_head"]); y -= 18
    c.setFont("DV", 8.5)
    for a, b in x["meta"]:
        c.setFillColorRGB(0.4, 0.4, 0.4); c.drawString(M, y, a); c.setFillColorRGB(0, 0, 0); c.drawString(M + 95, y, b); y -= 12
    y -= 8
    c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(M, y - 2, W - 2 * M, 14, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0); c.setFont("DVB", 9); c.drawString(M + 4, y + 2, x["form_head"]); y -= 20
    bw = W - 2 * M
    for cap, val in x["fields"]:
        if isinstance(val, list):
            lines = []
            for v in val:
                lines += simpleSplit(v, "DV", 9, bw - 12) or [""]
        else:
            lines = []
            for para in val.split("\n"):
                lines += simpleSplit(para, "DV", 9, bw - 12) or [""]
        need = 14 + 12 * len(lines) + 10 + 8
        if y - need < 40:
            c.showPage(); page[0] += 1; chrome(); y = H - 40
        c.setFont("DVB", 8.5); c.setFillColorRGB(0.15, 0.15, 0.15); c.drawString(M, y, cap); y -= 6
        bh = 12 * len(lines) + 8
        c.setStrokeColorRGB(0.7, 0.7, 0.7); c.setFillColorRGB(0.98, 0.98, 0.98); c.rect(M, y - bh, bw, bh, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0); c.setFont("DV", 9)
        yy = y - 12
        for ln in lines:
            c.drawString(M + 6, yy, ln); yy -= 12
        y -= bh + 14
    c.setFont("DV", 8); c.setFillColorRGB(0.4, 0.4, 0.4)
    for ln in x.get("tail", []):
        if y < 50:
            c.showPage(); page[0] += 1; chrome(); y = H - 40
        c.drawString(M, y, ln); y -= 11
    if count:
        return page[0]
    assert page[0] == x["npages"], (d["name"], page[0])
    c.save()

# ---------------- G4: two-column Word table "Question we were asked | Our answer" (python-docx)

def render_g4(d, out):
    x = d["x"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = x.get("font", "Calibri"); st.font.size = Pt(10.5)
    doc.add_heading(x["heading"], level=1)
    for p in x["intro"]:
        doc.add_paragraph(p)
    tb = doc.add_table(rows=1, cols=2); tb.style = "Table Grid"
    h = tb.rows[0].cells; h[0].text = x["colq"]; h[1].text = x["cola"]
    for c_ in h:
        c_.paragraphs[0].runs[0].bold = True
    for q, a in x["rows"]:
        c = tb.add_row().cells
        c[0].text = q
        if isinstance(a, list):
            c[1].text = ""
            first = True
            for it in a:
                if first:
                    c[1].paragraphs[0].text = it; first = False
                else:
                    c[1].add_paragraph(it)
        else:
            c[1].text = a
    for line in x["sig"]:
        p = doc.add_paragraph(line); p.paragraph_format.space_after = Pt(0)
    doc.save(out)

# ---------------- G5: letter from two co-proposers (pdflatex)

def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def render_g5(d, out):
    x = d["x"]
    babel = r"\usepackage[french]{babel}" if x.get("fr") else ""
    body = []
    for p in x["paras"]:
        if isinstance(p, tuple) and p[0] == "enum":
            body.append(r"\begin{enumerate}" + "".join(r"\item " + tex(i) for i in p[1]) + r"\end{enumerate}")
        else:
            body.append(tex(p) + "\n")
    sig = r"\noindent\begin{minipage}[t]{0.48\textwidth}\raggedright " + r"\\".join(tex(s) for s in x["sig1"]) + \
          r"\end{minipage}\hfill\begin{minipage}[t]{0.48\textwidth}\raggedright " + r"\\".join(tex(s) for s in x["sig2"]) + r"\end{minipage}"
    src = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
""" + babel + r"""
\usepackage[margin=2.3cm]{geometry}\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\large\bfseries """ + tex(x["letterhead"]) + r"""}\\ \small """ + tex(x["lh2"]) + r"""\normalsize

\vspace{10pt}""" + tex(x["date"]) + r"""

""" + r"\\".join(tex(a) for a in x["to"]) + r"""

\textbf{""" + tex(x["re"]) + r"""}

""" + "\n\n".join(body) + r"""

""" + tex(x["closing"]) + r"""

\vspace{18pt}
""" + sig + r"""
\end{document}
"""
    tmp = tempfile.mkdtemp()
    open(os.path.join(tmp, "l.tex"), "w").write(src)
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "l.tex"], cwd=tmp, capture_output=True, text=True, errors="replace")
    log = open(os.path.join(tmp, "l.log"), errors="replace").read()
    assert "Missing character" not in log and os.path.exists(os.path.join(tmp, "l.pdf")), (d["name"], r.stdout[-1500:])
    shutil.move(os.path.join(tmp, "l.pdf"), out); shutil.rmtree(tmp)

# ---------------- G6: Google Slides deck exported to PDF, one fact per slide, no notes (reportlab, 16:9)

def render_g6(d, out):
    x = d["x"]
    W, H = 720, 405
    c = canvas.Canvas(out, pagesize=(W, H)); c.setTitle(x["deck"])
    acc = x.get("accent", (0.0, 0.45, 0.55))
    for kind, title, body in x["slides"]:
        c.setFillColorRGB(*acc); c.rect(0, 0, 18, H, fill=1, stroke=0)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        if kind == "title":
            lines = simpleSplit(title, "DVB", 28, W - 120)
            y = 250
            c.setFont("DVB", 28)
            for ln in lines:
                c.drawString(60, y, ln); y -= 34
            c.setFont("DV", 14); y -= 10
            for ln in body:
                c.drawString(60, y, ln); y -= 20
            assert y > 20
        else:
            c.setFont("DVB", 22); c.drawString(50, H - 60, title)
            y = H - 110
            for it in body:
                bullet = it.startswith("• ")
                txt = it[2:] if bullet else it
                size = 16 if len(body) > 2 or len(txt) > 90 else 20
                lines = simpleSplit(txt, "DV", size, W - 140)
                c.setFont("DV", size)
                for i, ln in enumerate(lines):
                    if bullet and i == 0:
                        c.drawString(52, y, "•")
                    c.drawString(70 if bullet else 50, y, ln); y -= size * 1.35
                y -= 8
            assert y > 15, (d["name"], title)
        c.showPage()
    c.save()


RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4, "G5": render_g5, "G6": render_g6}


def build(docs, outdir):
    for d in docs:
        p = os.path.join(outdir, d["name"])
        RENDER[d["genre"]](d, p)
        with open(p + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(d), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("built", d["name"])
