"""Renderers for round 18b (blind). Each doc: dict with name, genre, lang, f (expected fields), x (display extras)."""
import json, os, subprocess, tempfile
from xml.sax.saxutils import escape as E

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]


def req_phrase(f, lang="en"):
    r = f.get("request_type")
    if lang == "fr":
        return {"new": "un tout nouveau microprogramme", "micro_course": "un microcours",
                "existing_program": "la conversion de notre programme existant, %s, en microprogramme" % f.get("existing_program_name", "")}.get(r)
    return {"new": "a brand-new micro-credential", "micro_course": "a micro-course",
            "existing_program": "to convert our existing %s into a micro-credential" % f.get("existing_program_name", "")}.get(r)


def endo_phrase(f, lang="en"):
    s, p = f.get("endorsement_status"), f.get("partner_name")
    if lang == "fr":
        return {"letter_attached": "%s appuie le projet ; la lettre d'appui est jointe." % p,
                "confirmed": "%s a donné son accord ; la lettre suivra." % p,
                "in_discussion": "Nous sommes en discussion avec %s ; rien n'est confirmé pour l'instant." % p,
                "none": "Nous n'avons encore approché aucun partenaire."}.get(s)
    return {"letter_attached": "%s has endorsed the course and their letter of support is attached." % p,
            "confirmed": "%s has agreed to endorse it; the letter will follow." % p,
            "in_discussion": "We are talking with %s, but nothing is confirmed yet." % p,
            "none": "We have not yet approached an industry partner."}.get(s)


def deliv_phrase(f, lang="en"):
    d = f.get("delivery_format")
    if lang == "fr":
        return {"online": "entièrement en ligne", "in_person": "en présentiel", "hybrid": "en mode hybride"}.get(d)
    return {"online": "fully online", "in_person": "in person", "hybrid": "blended (online modules plus on-site practice)"}.get(d)


def write_expected(path, doc):
    f = {k: v for k, v in doc["f"].items() if v not in (None, "", [])}
    form = doc.get("form", True)
    exp = {"is_concept_form": form, "shape": "5" if form else "7", "fields": f if form else {},
           "missing_required": [k for k in REQUIRED if k not in f] if form else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


# ---------------- G1 letter of intent on letterhead (python-docx) ----------------
def g1_letter(doc, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    f, x, fr = doc["f"], doc["x"], doc["lang"] == "fr"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]; r = p.add_run(x["org"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    hp = hdr.add_paragraph(x["org_addr"]); hp.runs[0].font.size = Pt(9)
    d.add_paragraph(x["date_text"])
    for line in (["Bureau de la formation continue" if fr else "Continuing Education Office",
                  "The Michener Institute of Education at UHN", "222 St. Patrick Street, Toronto ON"]):
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    re_ = d.add_paragraph(); r = re_.add_run(("Objet : lettre d'intention – " if fr else "Re: Letter of intent – ") + f["proposal_title"]); r.bold = True
    for lab, val in x.get("re_lines", []):
        q = d.add_paragraph(); q.paragraph_format.left_indent = Pt(28); q.paragraph_format.space_after = Pt(0)
        q.add_run(lab + " ").bold = True; q.add_run(val)
    d.add_paragraph()
    d.add_paragraph(x["salutation"])
    for para in x["paras"]:
        if isinstance(para, list):
            for it in para:
                d.add_paragraph(it, style="List Number")
        else:
            d.add_paragraph(para)
    d.add_paragraph(x["closing"])
    d.add_paragraph()
    for line in x["sig"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    d.save(out)


# ---------------- G2 slide handout, 3 slides a page with note lines (reportlab) ----------------
def g2_handout(doc, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Frame
    from reportlab.lib.styles import ParagraphStyle
    x = doc["x"]
    slides = x["slides"]
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle(x["deck_title"])
    W, H = letter
    sw, sh = 280, 210
    tst = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=15, textColor="#203864")
    bst = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.5, leftIndent=8, bulletIndent=0)
    big = ParagraphStyle("g", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor="#203864")
    sub = ParagraphStyle("s", fontName="Helvetica", fontSize=9.5, leading=12)
    pages = [slides[i:i + 3] for i in range(0, len(slides), 3)]
    for pn, pg in enumerate(pages):
        c.setFont("Helvetica", 8); c.drawString(40, H - 30, x["deck_title"]); c.drawRightString(W - 40, H - 30, x["handout_date"])
        for i, s in enumerate(pg):
            y0 = H - 50 - (i + 1) * (sh + 22)
            c.setStrokeColor("#888888"); c.rect(40, y0, sw, sh)
            c.setFillColor("#203864"); c.rect(40, y0 + sh - 6, sw, 6, fill=1, stroke=0); c.setFillColor("black")
            if s.get("title_slide"):
                flow = [Paragraph(E(s["title"]), big)] + [Paragraph(E(l), sub) for l in s["lines"]]
            else:
                flow = [Paragraph(E(s["title"]), tst)] + [Paragraph(E(b), bst, bulletText="•") for b in s["bullets"]]
            fr = Frame(46, y0 + 4, sw - 12, sh - 14, showBoundary=0)
            fr.addFromList(flow, c)
            assert not flow, "slide overflow: %s" % doc["name"]
            for k in range(9):
                yy = y0 + sh - 14 - k * 22
                c.setStrokeColor("#BBBBBB"); c.line(340, yy, W - 40, yy)
            c.setFont("Helvetica", 7); c.setFillColor("#666666"); c.drawString(40, y0 - 10, "Slide %d" % (pn * 3 + i + 1)); c.setFillColor("black")
        c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 20, "Page %d of %d" % (pn + 1, len(pages)))
        c.showPage()
    c.save()


# ---------------- G3 conference-style poster (reportlab, one large page) ----------------
def g3_poster(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Frame
    from reportlab.lib.styles import ParagraphStyle
    x = doc["x"]
    W, H = 36 * 72, 24 * 72
    c = canvas.Canvas(out, pagesize=(W, H)); c.setTitle(x["poster_title"])
    c.setFillColor(x.get("color", "#0B5563")); c.rect(0, H - 230, W, 230, fill=1, stroke=0)
    c.setFillColor("white")
    tst = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=72, leading=80, textColor="white", alignment=1)
    ast = ParagraphStyle("A", fontName="Helvetica", fontSize=30, leading=36, textColor="white", alignment=1)
    Frame(60, H - 230, W - 120, 220).addFromList([Paragraph(E(x["poster_title"]), tst), Paragraph(E(x["byline"]), ast)], c)
    hs = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=34, leading=40, textColor=x.get("color", "#0B5563"), spaceBefore=18, spaceAfter=8)
    bs = ParagraphStyle("b", fontName="Helvetica", fontSize=24, leading=31, spaceAfter=8)
    ls = ParagraphStyle("l", parent=bs, leftIndent=30, bulletIndent=4, spaceAfter=4)
    ncol = x.get("ncol", 3)
    colw = (W - 80 - (ncol - 1) * 40) / ncol
    frames = [Frame(40 + i * (colw + 40), 150, colw, H - 400, showBoundary=0) for i in range(ncol)]
    for fr_, sections in zip(frames, x["columns"]):
        flow = []
        for head, body in sections:
            flow.append(Paragraph(E(head), hs))
            if isinstance(body, list):
                flow += [Paragraph(E(b), ls, bulletText="\u25aa") for b in body]
            else:
                flow.append(Paragraph(E(body), bs))
        fr_.addFromList(flow, c)
        assert not flow, "poster column overflow: %s" % doc["name"]
    c.setFillColor("#333333"); c.rect(0, 0, W, 120, fill=1, stroke=0)
    fs = ParagraphStyle("f", fontName="Helvetica", fontSize=24, leading=30, textColor="white", alignment=1)
    Frame(60, 10, W - 120, 105).addFromList([Paragraph(E(l), fs) for l in x["footer"]], c)
    c.showPage(); c.save()


# ---------------- G4 interview Q&A transcript, markdown -> pandoc DOCX ----------------
def g4_qa(doc, out):
    x = doc["x"]
    md = ["---", 'title: "%s"' % x["md_title"], "---", ""]
    if x.get("intro"):
        md += ["*" + x["intro"] + "*", ""]
    for who, text in x["turns"]:
        if isinstance(text, list):
            md += ["**%s:** %s" % (who, text[0]), ""] + ["%d. %s" % (i + 1, t) for i, t in enumerate(text[1])] + [""]
        else:
            md += ["**%s:** %s" % (who, text), ""]
    md += x.get("tail", [])
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as t:
        t.write("\n".join(md) + "\n")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", t.name, "-o", out], check=True)
    os.unlink(t.name)


# ---------------- G5 another institution's template reused (python-docx table) ----------------
def g5_template(doc, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    x = doc["x"]
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph(); r = p.add_run(x["inst"]); r.bold = True; r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    d.add_heading(x["tmpl_title"], level=1)
    if x.get("tmpl_note"):
        q = d.add_paragraph(); rr = q.add_run(x["tmpl_note"]); rr.italic = True; rr.font.size = Pt(8)
    for sec, rows in x["sections"]:
        d.add_heading(sec, level=2)
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in rows:
            cells = t.add_row().cells
            cells[0].text = ""; cells[0].paragraphs[0].add_run(lab).bold = True
            sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), "E7EEF5"); cells[0]._tc.get_or_add_tcPr().append(sh)
            if isinstance(val, list):
                cells[1].text = val[0]
                for v in val[1:]:
                    cells[1].add_paragraph(v)
            else:
                cells[1].text = val
    if x.get("footer"):
        d.sections[0].footer.paragraphs[0].text = x["footer"]
    d.save(out)


# ---------------- G6 e-mail thread printed to PDF (reportlab) ----------------
def g6_thread(doc, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    x = doc["x"]
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
    q = ParagraphStyle("q", fontName="Helvetica", fontSize=9.5, leading=12.5, textColor="#444444")
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
    s = ParagraphStyle("s", fontName="Helvetica", fontSize=8, leading=10, textColor="#555555")
    story = [Paragraph(E(x["account"]), s), HRFlowable(width="100%"), Paragraph(E(x["subject"]), h)]
    rows = [[Paragraph("<b>%s</b>" % E(k), body), Paragraph(E(v), body)] for k, v in x["headers"]]
    t = Table(rows, colWidths=[70, 400]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story += [t, Spacer(1, 10)]
    for para in x["body"]:
        if isinstance(para, list):
            story += [Paragraph(E(it), body, bulletText="%d." % (i + 1)) for i, it in enumerate(para)]
        else:
            story.append(Paragraph(E(para).replace("\n", "<br/>"), body))
    for qm in x["quoted"]:
        story.append(Spacer(1, 6))
        for line in qm:
            story.append(Paragraph(E(line) if line else "&gt;", q))
    story.append(Spacer(1, 12)); story.append(Paragraph("1 of 1 messages printed", s))
    SimpleDocTemplate(out, pagesize=letter, title=x["subject"], leftMargin=54, rightMargin=54, topMargin=48, bottomMargin=48).build(story)


# ---------------- G7 look-alike in Word ----------------
def g7_lookalike(doc, out):
    from docx import Document
    x = doc["x"]
    d = Document()
    d.add_heading(x["title"], level=1)
    for kind, val in x["blocks"]:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for v in val:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "kv":
            for k, v in val:
                p = d.add_paragraph(); p.add_run(k + ": ").bold = True; p.add_run(v)
    d.save(out)


RENDER = {"G1": (g1_letter, "docx"), "G2": (g2_handout, "pdf"), "G3": (g3_poster, "pdf"), "G4": (g4_qa, "docx"),
          "G5": (g5_template, "docx"), "G6": (g6_thread, "pdf"), "G7": (g7_lookalike, "docx")}
