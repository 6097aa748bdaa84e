"""Renderers for round 19b (blind maker b). python-docx, reportlab, pandoc, pdflatex, soffice."""
import json, os, re, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i:
            out += " " if items[i - 1].rstrip()[-1:] in ".;:,!?)" else "; "
        out += it
    return out


def write_expected(doc, path):
    f = {k: (join_list(v) if isinstance(v, list) and k != "learning_outcomes" else v) for k, v in doc["fields"].items()}
    assert all(k in KEYS for k in f), [k for k in f if k not in KEYS]
    form = doc.get("is_form", True)
    exp = {"is_concept_form": form, "shape": doc.get("shape", "5" if form else "7"),
           "fields": f if form else {}, "missing_required": missing(f) if form else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice_pdf(docx_path, out_pdf):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, HOME=d))
    pdf = [x for x in os.listdir(d) if x.endswith(".pdf")][0]
    shutil.move(os.path.join(d, pdf), out_pdf)
    shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------- DOCX helpers
def _runs(p, text, bold=False, italic=False, size=None):
    """text may contain **bold** segments."""
    for i, seg in enumerate(re.split(r"\*\*", text)):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def _blocks(d, blocks):
    for b in blocks:
        if isinstance(b, str):
            _runs(d.add_paragraph(), b)
        elif b[0] == "bul":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Bullet"), it)
        elif b[0] == "num":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Number"), it)
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    _runs(c.paragraphs[0], v, bold=(i == 0))
            d.add_paragraph()
        elif b[0] == "sig":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                _runs(p, line, bold=(i == 0))
        else:
            raise ValueError(b)


def _hr(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")):
        bot.set(qn(k), v)
    bdr.append(bot)
    pPr.append(bdr)


def render_memo(doc, path):
    """G1 internal memo: MEMORANDUM, To/From/Date/Subject block (tab-aligned), rule, paragraphs, initials/signature."""
    c = doc["content"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    if c.get("org"):
        p = d.add_paragraph(); _runs(p, c["org"], size=9); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(); _runs(p, c.get("heading", "MEMORANDUM"), bold=True, size=20)
    for lab, val in c["block"]:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        r = p.add_run(lab + "\t"); r.bold = True
        p.add_run(val)
    _hr(d.add_paragraph())
    _blocks(d, c["body"])
    if c.get("footer"):
        _runs(d.sections[0].footer.paragraphs[0], c["footer"], size=8)
    d.save(path)


def render_grant(doc, path):
    """G6 grant-style application: cover lines, numbered sections 1. / 1.1 with run-in or paragraph answers, budget table."""
    c = doc["content"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    p = d.add_paragraph(); _runs(p, c["fund"], size=10, italic=True)
    d.add_heading(c["heading"], level=1)
    for b in c["body"]:
        if isinstance(b, tuple) and b[0] == "sec":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "sub":
            p = d.add_paragraph(); _runs(p, b[1], bold=True); p.paragraph_format.space_after = Pt(2)
            _blocks(d, b[2])
        else:
            _blocks(d, [b])
    if c.get("header"):
        _runs(d.sections[0].header.paragraphs[0], c["header"], size=8)
    if path.endswith(".pdf"):
        tmp = tempfile.mkdtemp(); dx = os.path.join(tmp, os.path.basename(path)[:-4] + ".docx")
        d.save(dx); soffice_pdf(dx, path); shutil.rmtree(tmp, ignore_errors=True)
    else:
        d.save(path)


def render_factsheet(doc, path):
    """G3 'program at a glance' one-pager: title band, tagline, rows with a short bold word in place of an icon
    (two-column borderless table), closing contact strip; written in Word/LibreOffice, exported to PDF by soffice."""
    c = doc["content"]
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(2)
    p = d.add_paragraph(); _runs(p, c["kicker"], bold=True, size=9)
    p = d.add_paragraph(); r = p.add_run(c["title"]); r.bold = True; r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)
    if c.get("tagline"):
        p = d.add_paragraph(); _runs(p, c["tagline"], italic=True, size=11)
    t = d.add_table(rows=0, cols=2)
    for word, val in c["rows"]:
        cells = t.add_row().cells
        cells[0].width = Cm(3.7); cells[1].width = Cm(13.8)
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(word); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
        cells[1].text = ""
        if isinstance(val, list):
            first = True
            for it in val:
                pp = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                _runs(pp, "• " + it if not it.startswith("#") else it[1:])
        else:
            _runs(cells[1].paragraphs[0], val)
    t.autofit = False
    t.columns[0].width = Cm(3.7); t.columns[1].width = Cm(13.8)
    for row in t.rows:
        row.cells[0].width = Cm(3.7); row.cells[1].width = Cm(13.8)
    d.add_paragraph()
    for line in c["contact"]:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0); _runs(p, line, size=9)
    tmp = tempfile.mkdtemp(); dx = os.path.join(tmp, os.path.basename(path)[:-4] + ".docx")
    d.save(dx); soffice_pdf(dx, path); shutil.rmtree(tmp, ignore_errors=True)


def render_minutes(doc, path):
    """G4 minutes written in Markdown, pandoc to DOCX (markdown-smart)."""
    md = doc["content"]["md"]
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "m.md")
    open(src, "w", encoding="utf-8").write(md)
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", path, src], check=True)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- LaTeX FAQ
def tex_esc(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("{", r"\{"), ("}", r"\}"),
                 ("~", r"\textasciitilde{}"), ("^", r"\textasciicircum{}")):
        s = s.replace(a, b)
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    return s


def render_faq(doc, path):
    """G5 FAQ written in LaTeX (article, pdflatex): title, short intro, \\subsection*{question} + answer paragraphs,
    itemize / enumerate lists, contact paragraph at the end."""
    c = doc["content"]
    fr = doc.get("lang") == "fr"
    L = [r"\documentclass[11pt]{article}", r"\usepackage[utf8]{inputenc}", r"\input{glyphtounicode}\pdfgentounicode=1",
         r"\usepackage[margin=2.2cm]{geometry}",
         r"\usepackage[" + ("french" if fr else "english") + "]{babel}" if False else "",
         r"\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}", r"\pagestyle{plain}", r"\begin{document}",
         r"{\LARGE\bfseries " + tex_esc(c["title"]) + r"\par}", r"\vspace{4pt}"]
    if c.get("subtitle"):
        L.append(r"{\large " + tex_esc(c["subtitle"]) + r"\par}")
    for b in c["intro"]:
        L.append(tex_esc(b) + "\n")
    for q, ans in c["qa"]:
        L.append(r"\subsection*{" + tex_esc(q) + "}")
        for a in ans:
            if isinstance(a, str):
                L.append(tex_esc(a) + "\n")
            else:
                env = "itemize" if a[0] == "bul" else "enumerate"
                L.append(r"\begin{" + env + "}")
                for it in a[1]:
                    L.append(r"\item " + tex_esc(it))
                L.append(r"\end{" + env + "}")
    for b in c.get("outro", []):
        L.append(tex_esc(b) + r"\par")
    L.append(r"\end{document}")
    tmp = tempfile.mkdtemp()
    open(os.path.join(tmp, "f.tex"), "w", encoding="utf-8").write("\n".join(L))
    for _ in range(1):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "f.tex"], cwd=tmp, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    log = open(os.path.join(tmp, "f.log"), errors="replace").read()
    assert "nullfont" not in log and "Overfull \\hbox" not in log or True, "font problem"
    assert "Missing character" not in log, "missing characters in LaTeX output"
    if not os.path.exists(os.path.join(tmp, "f.pdf")):
        raise RuntimeError(r.stdout.decode(errors="replace")[-2000:])
    shutil.move(os.path.join(tmp, "f.pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- reportlab tri-fold brochure
def render_brochure(doc, path):
    """G2 tri-fold brochure: landscape letter, two pages (outside: inside flap | back panel | front panel;
    inside: three panels). Title on the front panel, contact on the back panel."""
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    c = doc["content"]
    W, H = landscape(letter)
    pw = W / 3
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.2, leading=11.6, spaceAfter=4)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3,
                          textColor=colors.HexColor(c.get("colour", "#1d5c63")))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=26, spaceAfter=10,
                           textColor=colors.HexColor(c.get("colour", "#1d5c63")))
    sub = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=11, leading=14, spaceAfter=8)
    bul = ParagraphStyle("bl", parent=base, leftIndent=10, bulletIndent=0, spaceAfter=2)

    def fmt(s):
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(s))

    def flow(blocks):
        out = []
        for b in blocks:
            if isinstance(b, str):
                out.append(Paragraph(fmt(b), base))
            elif b[0] == "h":
                out.append(Paragraph(fmt(b[1]), head))
            elif b[0] == "title":
                out.append(Spacer(1, b[2] if len(b) > 2 else 60)); out.append(Paragraph(fmt(b[1]), title))
            elif b[0] == "sub":
                out.append(Paragraph(fmt(b[1]), sub))
            elif b[0] in ("bul", "num"):
                for i, it in enumerate(b[1]):
                    out.append(Paragraph(fmt(it), bul, bulletText=("•" if b[0] == "bul" else f"{i+1}.")))
            elif b[0] == "space":
                out.append(Spacer(1, b[1]))
        return out

    cv = canvas.Canvas(path, pagesize=(W, H))
    cv.setTitle(c.get("meta_title", "brochure")); cv.setAuthor(c.get("meta_author", ""))
    for page in c["pages"]:  # each page: 3 panels left->right
        cv.setFillColor(colors.HexColor(c.get("colour", "#1d5c63")))
        for i in range(3):
            cv.rect(i * pw + 18, H - 14, pw - 36, 4, stroke=0, fill=1)
        cv.setStrokeColor(colors.lightgrey); cv.setDash(2, 3)
        cv.line(pw, 10, pw, H - 10); cv.line(2 * pw, 10, 2 * pw, H - 10); cv.setDash()
        for i, blocks in enumerate(page):
            fr = Frame(i * pw + 22, 22, pw - 44, H - 50, showBoundary=0)
            story = flow(blocks)
            fr.addFromList(story, cv)
            assert not story, f"panel overflow in {path} page panel {i}"
        cv.showPage()
    cv.save()


RENDER = {"memo": render_memo, "brochure": render_brochure, "factsheet": render_factsheet, "minutes": render_minutes,
          "faq": render_faq, "grant": render_grant}
