"""Renderers for round 20a (blind maker a). Each document dict: name, genre, ext, lang, form, notes,
f (expected field values), x (rendering extras: wording of choices, figures in words, dates as written)."""
import json, os, re, subprocess, tempfile, shutil
from xml.sax.saxutils import escape as xesc

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                   "resources_required", "existing_program_name", "submission_date"]
SHAPE = {"G1": "5", "G2": "5", "G3": "5", "G4": "5", "G5": "5", "G6": "5"}


def missing(f):
    m = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        m.append("existing_program_name")
    return m


def write_expected(d, path):
    if d.get("form", True):
        exp = {"is_concept_form": True, "shape": SHAPE[d["genre"]], "fields": d["f"],
               "missing_required": missing(d["f"]), "needs_manual_review": False, "notes": d["notes"]}
    else:
        exp = {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
               "needs_manual_review": False, "notes": d["notes"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice_pdf(docx, outdir):
    prof = "file:///tmp/lo-devset20a-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def joinlist(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out

# ---------------------------------------------------------------- G1 cover letter + key-facts table (python-docx)
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK

L1 = {
    "en": dict(dear="Dear Continuing Education team,", facts="Key facts at a glance", sinc="Sincerely,",
               rows=[("Course title", "proposal_title"), ("Type of proposal", "@req_label"),
                     ("Program to be converted", "existing_program_name"), ("Delivery", "@fmt_label"),
                     ("Total learning hours", "@hours_text"), ("Learners per year", "@enrol_text"),
                     ("First offering", "proposed_start"), ("Framework", "competency_framework"),
                     ("Learning outcomes", "learning_outcomes"), ("Partner", "partner_name"),
                     ("Endorsement", "@endorse_label"), ("Partner contact", "partner_contact"),
                     ("What we can provide", "resources_required")]),
    "fr": dict(dear="Madame, Monsieur,", facts="L'essentiel en un coup d'œil", sinc="Veuillez agréer mes salutations distinguées.",
               rows=[("Titre du cours", "proposal_title"), ("Type de demande", "@req_label"),
                     ("Programme à convertir", "existing_program_name"), ("Mode de prestation", "@fmt_label"),
                     ("Durée totale", "@hours_text"), ("Personnes par année", "@enrol_text"),
                     ("Première offre", "proposed_start"), ("Référentiel", "competency_framework"),
                     ("Résultats d'apprentissage", "learning_outcomes"), ("Partenaire", "partner_name"),
                     ("Appui", "@endorse_label"), ("Personne-ressource du partenaire", "partner_contact"),
                     ("Ressources offertes", "resources_required")]),
}


def lst(d, spec):
    """A list given as "@outcomes" (the learning outcomes) or "@<extra key>" or a literal list."""
    if isinstance(spec, str) and spec.startswith("@"):
        return d["f"]["learning_outcomes"] if spec == "@outcomes" else d["x"][spec[1:]]
    return spec


def _val(d, key):
    if key.startswith("@"):
        return d["x"].get(key[1:])
    return d["f"].get(key)


def g1(d, path):
    f, x, L = d["f"], d["x"], L1[d["lang"]]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = x.get("font", "Calibri"); st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run(x["letterhead"]); r.bold = True; r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph(x["address"])
    doc.add_paragraph(x["date_text"])
    doc.add_paragraph("Continuing Education\nThe Michener Institute of Education at UHN\nce@michener.example")
    p = doc.add_paragraph(); p.add_run(x["re_line"]).bold = True
    doc.add_paragraph(L["dear"])
    for para in x["paras"]:
        doc.add_paragraph(para.format(**f, **x))
    doc.add_paragraph(L["sinc"])
    sig = [f.get("proposer_name"), f.get("proposer_title"), f.get("proposer_department"), f.get("proposer_email"),
           x.get("phone_line", f.get("proposer_phone"))]
    doc.add_paragraph("\n".join(s for s in sig if s))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    h = doc.add_heading(L["facts"], level=1)
    rows = [(lab, _val(d, k)) for lab, k in L["rows"] if _val(d, k)]
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for lab, v in rows:
        c = t.add_row().cells
        c[0].text = ""; c[0].paragraphs[0].add_run(lab).bold = True
        if isinstance(v, list):
            c[1].text = "• " + v[0]
            for it in v[1:]:
                c[1].add_paragraph("• " + it)
        else:
            c[1].text = v
    for row in t.rows:
        row.cells[0].width = Cm(4.5); row.cells[1].width = Cm(12)
    _save_docx(doc, d, path)


def _save_docx(doc, d, path):
    if d["ext"] == "docx":
        doc.save(path)
    else:
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
        doc.save(src); soffice_pdf(src, tmp)
        shutil.move(src[:-5] + ".pdf", path); shutil.rmtree(tmp)

# ---------------------------------------------------------------- G2 project charter template (python-docx)

def g2(d, path):
    f, x = d["f"], d["x"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = x.get("header", "Project Charter template v3.2 – replace the grey guidance text")
    t0 = doc.add_paragraph(); r = t0.add_run("PROJECT CHARTER"); r.bold = True; r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x2E, 0x54, 0x8B)
    for sect in x["sections"]:
        doc.add_heading(sect[0], level=2)
        for block in sect[1:]:
            kind = block[0]
            if kind == "table":
                hdr, rows = block[1], block[2]
                t = doc.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
                if hdr:
                    c = t.add_row().cells
                    for i, hh in enumerate(hdr):
                        c[i].text = ""; c[i].paragraphs[0].add_run(hh).bold = True
                for row in rows:
                    c = t.add_row().cells
                    for i, v in enumerate(row):
                        v = v.format(**f, **x) if isinstance(v, str) else v
                        if i == 0 and not hdr:
                            c[i].text = ""; c[i].paragraphs[0].add_run(v).bold = True
                        else:
                            c[i].text = v
            elif kind == "p":
                doc.add_paragraph(block[1].format(**f, **x))
            elif kind == "guide":
                p = doc.add_paragraph(); r = p.add_run(block[1]); r.italic = True
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            elif kind == "bullets":
                for it in lst(d, block[1]):
                    doc.add_paragraph(it.format(**f, **x), style="List Bullet")
            elif kind == "numbers":
                for it in lst(d, block[1]):
                    doc.add_paragraph(it.format(**f, **x), style="List Number")
    _save_docx(doc, d, path)

# ---------------------------------------------------------------- G3 slides printed as Notes Pages (reportlab)
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))


def _para(c, text, x0, y0, w, h, style):
    fr = Frame(x0, y0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    items = [Paragraph(xesc(t), style) for t in text]
    fr.addFromList(items, c)
    assert not items, "overflow"


def g3(d, path):
    f, x = d["f"], d["x"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(x["deck"]); c.setAuthor(f.get("proposer_name", ""))
    notes_st = ParagraphStyle("n", fontName="DVS", fontSize=11.5, leading=15.5, spaceAfter=7)
    bul_st = ParagraphStyle("b", fontName="DV", fontSize=15, leading=19, leftIndent=16, bulletIndent=0, spaceAfter=5)
    sx, sw, sh = 1.25 * inch, 6.0 * inch, 4.5 * inch
    sy = H - 0.8 * inch - sh
    n = len(x["slides"])
    for i, s in enumerate(x["slides"], 1):
        c.setLineWidth(0.8); c.rect(sx, sy, sw, sh)
        c.setFillColorRGB(*x.get("band", (0.13, 0.33, 0.45))); c.rect(sx, sy + sh - 0.85 * inch, sw, 0.85 * inch, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 20 if i > 1 else 17)
        tl = s["title"].format(**f, **x)
        _para(c, [tl], sx + 0.3 * inch, sy + sh - 0.8 * inch, sw - 0.6 * inch, 0.7 * inch,
              ParagraphStyle("t", fontName="DVB", fontSize=19 if i > 1 else 16, leading=21, textColor=(1, 1, 1)))
        c.setFillColorRGB(0, 0, 0)
        body = [b.format(**f, **x) for b in lst(d, s.get("bullets", []))]
        fr = Frame(sx + 0.35 * inch, sy + 0.2 * inch, sw - 0.7 * inch, sh - 1.2 * inch, 0, 0, 0, 0)
        items = []
        if s.get("lead"):
            items.append(Paragraph(xesc(s["lead"]), ParagraphStyle("l", fontName="DV", fontSize=14, leading=18, spaceAfter=6)))
        items += [Paragraph(xesc(b), bul_st, bulletText="•") for b in body]
        fr.addFromList(items, c); assert not items, "slide overflow " + tl
        c.setFont("DV", 8); c.drawRightString(sx + sw - 6, sy + 6, str(i))
        notes = [t.format(**f, **x) for t in s["notes"]]
        _para(c, notes, 1.0 * inch, 0.9 * inch, W - 2.0 * inch, sy - 1.2 * inch, notes_st)
        c.setFont("DV", 8); c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(1.0 * inch, 0.5 * inch, x["deck"]); c.drawRightString(W - 1.0 * inch, 0.5 * inch, str(i))
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()

# ---------------------------------------------------------------- G4 deep outline: Markdown -> pandoc DOCX

def g4(d, path):
    f, x = d["f"], d["x"]
    lines = ["# " + x["heading"].format(**f, **x), ""]
    if x.get("intro"):
        lines += [x["intro"].format(**f, **x), ""]

    def emit(node, depth):
        if isinstance(node, str):
            lines.append("    " * depth + "- " + node.format(**f, **x))
        else:
            lines.append("    " * depth + "- " + node[0].format(**f, **x))
            for ch in lst(d, node[1]):
                emit(ch, depth + 1)
    for top in x["outline"]:
        emit(top, 0)
    lines.append("")
    if x.get("closing"):
        lines += [x["closing"].format(**f, **x), ""]
    md = "\n".join(lines)
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "o.md")
    open(src, "w", encoding="utf-8").write(md)
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", src, "-o", path], check=True)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- G5 online-form response printout (reportlab)

def g5(d, path):
    f, x = d["f"], d["x"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(x["form_title"])
    q_st = ParagraphStyle("q", fontName="DV", fontSize=11.5, leading=15)
    a_st = ParagraphStyle("a", fontName="DV", fontSize=10.5, leading=14, textColor=(0.13, 0.13, 0.13))
    o_st = ParagraphStyle("o", fontName="DV", fontSize=10.5, leading=15)
    cw = 6.4 * inch; cx = (W - cw) / 2
    state = {"y": H - 0.6 * inch, "page": 1}

    def header():
        c.setFont("DV", 7.5); c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(0.4 * inch, H - 0.3 * inch, x.get("stamp", ""))
        c.drawRightString(W - 0.4 * inch, H - 0.3 * inch, x["form_title"])
        c.drawString(0.4 * inch, 0.3 * inch, x.get("url", "https://docs.example.com/forms/d/e/1FAIpQLSf/viewresponse"))
        c.drawRightString(W - 0.4 * inch, 0.3 * inch, "%d" % state["page"])
        c.setFillColorRGB(0.94, 0.92, 0.97); c.rect(0, 0.45 * inch, W, H - 0.9 * inch, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)

    def card(flows, extra_top=0, accent=False, hint=None):
        widths = [fl.wrap(cw - 0.5 * inch, 1000)[1] for fl in flows]
        h = sum(widths) + 8 * (len(flows) - 1) + 0.45 * inch + extra_top
        if state["y"] - h < 0.7 * inch:
            c.showPage(); state["page"] += 1; header(); state["y"] = H - 0.6 * inch
        y0 = state["y"] - h
        c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.roundRect(cx, y0, cw, h, 6, fill=1, stroke=1)
        if accent:
            c.setFillColorRGB(0.40, 0.23, 0.72); c.rect(cx, y0 + h - 8, cw, 8, fill=1, stroke=0)
        if hint:
            c.setFont("DV", 7.5); c.setFillColorRGB(0.5, 0.5, 0.5)
            c.drawRightString(cx + cw - 0.2 * inch, y0 + h - 0.2 * inch, hint)
        c.setFillColorRGB(0, 0, 0)
        yy = y0 + h - 0.22 * inch - extra_top
        for fl, hh in zip(flows, widths):
            fl.drawOn(c, cx + 0.25 * inch, yy - hh); yy -= hh + 8
        state["y"] = y0 - 0.15 * inch

    header()
    top = [Paragraph(xesc(x["form_title"]), ParagraphStyle("T", fontName="DV", fontSize=20, leading=24))]
    for t in x.get("form_desc", []):
        top.append(Paragraph(xesc(t.format(**f, **x)), a_st))
    card(top, extra_top=6, accent=True)
    for q in x["questions"]:
        qt, kind, ans = q[0], q[1], q[2]
        req = q[3] if len(q) > 3 else False
        flows = [Paragraph(xesc(qt) + (' <font color="#d93025">*</font>' if req else ""), q_st)]
        if kind in ("Multiple choice", "Checkboxes"):
            opts, chosen = ans
            for o in opts:
                mark = ("☒" if kind == "Checkboxes" else "◉") if o in chosen else ("☐" if kind == "Checkboxes" else "○")
                flows.append(Paragraph(mark + "  " + xesc(o), o_st))
        else:
            a = ans.format(**f, **x) if isinstance(ans, str) else "<br/>".join(xesc(s.format(**f, **x)) for s in ans)
            if isinstance(ans, str):
                a = xesc(a)
            flows.append(Paragraph(a if a else '<font color="#9aa0a6">(no answer)</font>', a_st))
        card(flows, hint=kind)
    c.showPage(); c.save()

# ---------------------------------------------------------------- G6 e-mail answered inline, printed (pdflatex)

def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def g6(d, path):
    f, x = d["f"], d["x"]
    out = [r"\documentclass[10pt]{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
           r"\usepackage{lmodern}", r"\usepackage[margin=0.8in]{geometry}",
           r"\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}", r"\pagestyle{plain}", r"\begin{document}"]
    out.append(r"{\large\bfseries " + tex(x["client_line"]) + r"}\par\hrule\vspace{4pt}")
    out.append(r"\begin{tabular}{@{}rl@{}}")
    for k, v in x["headers"]:
        out.append(r"\textbf{" + tex(k) + r"} & " + tex(v.format(**f, **x)) + r" \\")
    out.append(r"\end{tabular}\par\vspace{2pt}\hrule\vspace{8pt}")
    for blk in x["body"]:
        if blk[0] == "q":
            lines = [tex("> " + ln) for ln in blk[1]]
            out.append(r"\\".join(lines) + r"\par")
        elif blk[0] == "a":
            out.append(tex(blk[1].format(**f, **x)) + r"\par")
        elif blk[0] == "list":
            out.append(r"\\".join(tex(s.format(**f, **x)) for s in blk[1]) + r"\par")
        elif blk[0] == "sig":
            out.append(r"\\".join(tex(s.format(**f, **x)) for s in blk[1]) + r"\par")
    out.append(r"\end{document}")
    tmp = tempfile.mkdtemp()
    open(os.path.join(tmp, "m.tex"), "w", encoding="utf-8").write("\n".join(out))
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "m.tex"], cwd=tmp, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, errors="replace")
    log = open(os.path.join(tmp, "m.log"), errors="replace").read()
    assert "Missing character" not in log, "missing char"
    assert os.path.exists(os.path.join(tmp, "m.pdf")), r.stdout[-2000:]
    shutil.move(os.path.join(tmp, "m.pdf"), path); shutil.rmtree(tmp)


RENDER = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5, "G6": g6}
