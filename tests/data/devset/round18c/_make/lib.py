"""Renderers for round 18c (blind). Each genre renders a document from a data dict; expected files come from the same dict."""
import json, os, re, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

REQ = {"new": "New micro-credential", "existing_program": "Convert an existing program", "micro_course": "Micro-course"}
DEL = {"online": "Online", "in_person": "In person", "hybrid": "Hybrid"}
END = {"letter_attached": "Letter of support attached", "confirmed": "Confirmed, letter to follow",
       "in_discussion": "In discussion", "none": "None yet"}
REQ_FR = {"new": "Nouveau microcertificat", "existing_program": "Conversion d'un programme existant", "micro_course": "Microcours"}
DEL_FR = {"online": "En ligne", "in_person": "En présence", "hybrid": "Hybride"}
END_FR = {"letter_attached": "Lettre d'appui jointe", "confirmed": "Confirmé, lettre à suivre",
          "in_discussion": "En discussion", "none": "Aucun"}
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]


def g(d, k, default=""):
    v = d["f"].get(k)
    return default if v is None else v


def s(v):
    if isinstance(v, list):
        return v
    return "" if v is None else str(v)


def expected(d):
    if d.get("lookalike"):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": d["notes"]}
    f = {k: d["f"][k] for k in KEYS if d["f"].get(k) not in (None, "", [])}
    miss = [k for k in REQUIRED if k not in f]
    return {"is_concept_form": True, "shape": d["shape"], "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": d["notes"]}


def soffice_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset18c", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- docx helpers

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, size=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p


def label(cell, text):
    cell_text(cell, text, bold=True, size=9); shade(cell, "E7E6E6")


def checks(codes_labels, chosen, on="☒", off="☐", sep="   "):
    return sep.join(f"{on if c == chosen else off} {l}" for c, l in codes_labels.items())

# ---------------------------------------------------------------- G1: official-form-like DOCX, 4-cell rows, glyph matrices, nested tables

def render_g1(d, path):
    f = d["f"]; doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2)
    h = doc.add_paragraph(); r = h.add_run("The Michener Institute of Education at UHN"); r.font.size = Pt(9)
    t = doc.add_paragraph(); r = t.add_run("Micro-Course / Credential Concept Form"); r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph("Continuing Education. Complete all sections and return to the CE office. Rev. " + d.get("rev", "2026-09"))
    doc.add_paragraph().add_run("Section 1 – Proposer").bold = True
    contact = [("Name of Proposer", g(d, "proposer_name"), "Position / Title", g(d, "proposer_title")),
               ("Department / Program", g(d, "proposer_department"), "E-mail Address", g(d, "proposer_email")),
               ("Phone / Extension", g(d, "proposer_phone"), "Date Submitted", d.get("date_text", ""))]
    if d.get("nested_contact"):
        outer = doc.add_table(rows=1, cols=2); outer.style = "Table Grid"
        label(outer.cell(0, 0), "Proposer details")
        inner_cell = outer.cell(0, 1); inner_cell.paragraphs[0].add_run("(all fields)").font.size = Pt(7)
        inner = inner_cell.add_table(rows=0, cols=2); inner.style = "Table Grid"
        for a, b, c, e in contact:
            for lab, val in ((a, b), (c, e)):
                row = inner.add_row().cells; cell_text(row[0], lab, bold=True, size=8); cell_text(row[1], s(val))
    else:
        tb = doc.add_table(rows=0, cols=4); tb.style = "Table Grid"
        for a, b, c, e in contact:
            row = tb.add_row().cells; label(row[0], a); cell_text(row[1], s(b)); label(row[2], c); cell_text(row[3], s(e))
    doc.add_paragraph().add_run("Section 2 – The proposal").bold = True
    tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"

    def row2(lab, val):
        row = tb.add_row().cells; label(row[0], lab); cell_text(row[1], s(val)); return row
    row2("Proposed Title", g(d, "proposal_title"))
    row = tb.add_row().cells; label(row[0], "Type of Request")
    if d.get("matrix_nested"):
        m = row[1].add_table(rows=2, cols=3); m.style = "Table Grid"
        for i, (c, l) in enumerate(REQ.items()):
            cell_text(m.cell(0, i), l, size=8)
            cell_text(m.cell(1, i), "☒" if g(d, "request_type") == c else "☐")
    else:
        cell_text(row[1], checks(REQ, g(d, "request_type")))
    row2("Existing Program Name (if converting)", g(d, "existing_program_name"))
    for k, lab in d["g1_order"]:
        if k == "learning_outcomes":
            row = tb.add_row().cells; label(row[0], lab)
            row[1].paragraphs[0].add_run("Learners will be able to:").italic = True
            inner = row[1].add_table(rows=0, cols=2); inner.style = "Table Grid"
            for i, o in enumerate(g(d, k, []), 1):
                c = inner.add_row().cells; cell_text(c[0], str(i)); cell_text(c[1], o)
        else:
            row2(lab, g(d, k))
    row = tb.add_row().cells; label(row[0], "Endorsement Status"); cell_text(row[1], checks(END, g(d, "endorsement_status")))
    doc.add_paragraph().add_run("Section 3 – Delivery").bold = True
    tb2 = doc.add_table(rows=0, cols=4); tb2.style = "Table Grid"
    r = tb2.add_row().cells; label(r[0], "Delivery Format")
    m = r[1].merge(r[3]); cell_text(m, checks(DEL, g(d, "delivery_format")))
    r = tb2.add_row().cells; label(r[0], "Estimated Hours"); cell_text(r[1], s(d.get("hours_text", g(d, "estimated_hours"))))
    label(r[2], "Expected Enrolment per Year"); cell_text(r[3], s(d.get("enrol_text", g(d, "expected_enrolment"))))
    r = tb2.add_row().cells; label(r[0], "Proposed Start"); cell_text(r[1], s(g(d, "proposed_start")))
    label(r[2], "Resources Required"); cell_text(r[3], s(g(d, "resources_required")))
    doc.add_paragraph("For CE office use: received ____  assessed ____")
    doc.save(path)

# ---------------------------------------------------------------- G2: reportlab printed form, captions under answer lines, page break continuation

def render_g2(d, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
    W, H = letter; L, R = 60, W - 60
    title = g(d, "proposal_title")
    on, off = d.get("glyphs", ("■", "□"))

    def build(total):
        c = canvas.Canvas(path, pagesize=letter); c.setTitle(title)
        st = {"y": H - 90, "page": 1}

        def chrome():
            c.setFont("DV", 8); c.setFillGray(0.35)
            c.drawString(L, H - 40, d.get("run_head", "Concept Form") + " – " + title)
            c.drawRightString(R, 30, f"Page {st['page']} of {total}")
            c.drawString(L, 30, d.get("foot", "Michener CE · Micro-Course / Credential Concept Form"))
            c.setFillGray(0)
        chrome()

        def need(h):
            if st["y"] - h < 70:
                c.setFont("DV", 8); c.drawRightString(R, 52, "(continued on next page)")
                c.showPage(); st["page"] += 1; chrome(); st["y"] = H - 70
                c.setFont("DV", 8); c.drawString(L, st["y"], "(continued)"); st["y"] -= 22

        def field(pairs):
            # pairs: list of (value, caption); drawn side by side with caption UNDER the line
            need(40)
            n = len(pairs); wcol = (R - L - 20 * (n - 1)) / n
            for i, (val, cap) in enumerate(pairs):
                x = L + i * (wcol + 20)
                c.setFont("DV", 10); c.drawString(x + 2, st["y"], s(val))
                c.line(x, st["y"] - 4, x + wcol, st["y"] - 4)
                c.setFont("DV", 7); c.setFillGray(0.4); c.drawString(x, st["y"] - 13, cap); c.setFillGray(0)
            st["y"] -= 38

        def block(val, cap):
            lines = []
            if isinstance(val, list):
                for i, o in enumerate(val, 1):
                    lines += simpleSplit(f"{i}. {o}", "DV", 10, R - L - 16)
            else:
                lines = simpleSplit(s(val), "DV", 10, R - L - 4) if s(val) else [""]
            for j, ln in enumerate(lines):
                need(16 if j < len(lines) - 1 else 34)
                c.setFont("DV", 10); c.drawString(L + 2, st["y"], ln); c.line(L, st["y"] - 4, R, st["y"] - 4); st["y"] -= 15
            c.setFont("DV", 7); c.setFillGray(0.4); c.drawString(L, st["y"] + 2, cap); c.setFillGray(0); st["y"] -= 20

        def boxes(cap, mapping, chosen):
            need(34)
            c.setFont("DV", 10); c.drawString(L + 2, st["y"], "    ".join(f"{on if k == chosen else off} {v}" for k, v in mapping.items()))
            c.line(L, st["y"] - 4, R, st["y"] - 4)
            c.setFont("DV", 7); c.setFillGray(0.4); c.drawString(L, st["y"] - 13, cap); c.setFillGray(0); st["y"] -= 38

        c.setFont("DVB", 14); c.drawString(L, st["y"], d.get("g2_heading", "Micro-Course / Credential Concept Form")); st["y"] -= 30
        for item in d["g2_layout"]:
            kind = item[0]
            if kind == "h":
                need(30); c.setFont("DVB", 11); c.drawString(L, st["y"], item[1]); st["y"] -= 22
            elif kind == "row":
                field([(d.get(k + "_text", g(d, k)) if k != "submission_date" else d.get("date_text", ""), cap) for k, cap in item[1]])
            elif kind == "block":
                block(g(d, item[1]), item[2])
            elif kind == "boxes":
                mp = {"request_type": REQ, "delivery_format": DEL, "endorsement_status": END}[item[1]]
                boxes(item[2], mp, g(d, item[1]))
            elif kind == "break":
                need(10_000)
        c.save(); return st["page"]
    n = build(1); build(n)

# ---------------------------------------------------------------- G3: pdflatex with lineno

def tex_esc(t):
    t = s(t)
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"),
                 ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}")]:
        t = t.replace(a, b)
    return t


def render_g3(d, path):
    """Word document with line numbering in the margin (w:lnNumType), exported to PDF by LibreOffice."""
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    sect = doc.sections[0]; sect.left_margin = Cm(2.8)
    ln = OxmlElement("w:lnNumType"); ln.set(qn("w:countBy"), "1"); ln.set(qn("w:restart"), d.get("ln_restart", "continuous")); ln.set(qn("w:distance"), "340")
    sp = sect._sectPr; pg = sp.find(qn("w:pgMar")); pg.addnext(ln)
    def cb(mp, chosen):
        return "    ".join(("[x] " if k == chosen else "[ ] ") + v for k, v in mp.items())
    doc.add_heading(g(d, "proposal_title"), level=1)
    p = doc.add_paragraph(); p.add_run(d["g3_sub"]).italic = True
    for x in d["g3_meta"]:
        doc.add_paragraph(x)
    for k, head, lead in d["g3_sections"]:
        doc.add_heading(head, level=2)
        if k == "learning_outcomes":
            doc.add_paragraph(lead)
            for o in g(d, k, []):
                doc.add_paragraph(o, style="List Number")
        elif k == "request_type":
            doc.add_paragraph(lead); doc.add_paragraph(cb(REQ, g(d, k)))
            if g(d, "existing_program_name"):
                doc.add_paragraph("Program to be converted: " + g(d, "existing_program_name"))
        elif k == "delivery_format":
            doc.add_paragraph(cb(DEL, g(d, k)))
            if lead: doc.add_paragraph(lead)
        elif k == "endorsement_status":
            doc.add_paragraph(lead); doc.add_paragraph(cb(END, g(d, k)))
        elif k == "raw":
            doc.add_paragraph(lead)
        elif s(g(d, k)):
            doc.add_paragraph((lead + " " if lead else "") + s(g(d, k)))
    if d.get("g3_close"):
        doc.add_paragraph(d["g3_close"])
    tmpd = tempfile.mkdtemp(); dp = os.path.join(tmpd, d["name"] + ".docx"); doc.save(dp)
    if path.endswith(".pdf"):
        soffice_pdf(dp, path)
    else:
        shutil.move(dp, path)
    shutil.rmtree(tmpd)

# ---------------------------------------------------------------- G4: bilingual table English | French | answer, X in a cell

def render_g4(d, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    p = doc.add_paragraph(); r = p.add_run(d["g4_heading"]); r.bold = True; r.font.size = Pt(13)
    doc.add_paragraph(d["g4_intro"])
    tb = doc.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for i, h in enumerate(["English", "Français", d.get("ans_head", "Answer / Réponse")]):
        cell_text(tb.cell(0, i), h, bold=True); shade(tb.cell(0, i), "D9E2F3")
    for item in d["g4_rows"]:
        k, en, fr = item
        if k in ("request_type", "delivery_format", "endorsement_status"):
            mp, mpf = {"request_type": (REQ, REQ_FR), "delivery_format": (DEL, DEL_FR), "endorsement_status": (END, END_FR)}[k]
            row = tb.add_row().cells; cell_text(row[0], en, bold=True); cell_text(row[1], fr, bold=True)
            cell_text(row[2], "(X)", size=7)
            for c in mp:
                row = tb.add_row().cells
                cell_text(row[0], "   " + mp[c]); cell_text(row[1], "   " + mpf[c]); cell_text(row[2], "X" if g(d, k) == c else "")
            continue
        row = tb.add_row().cells; cell_text(row[0], en, bold=True); cell_text(row[1], fr, bold=True)
        if k == "learning_outcomes":
            ps = row[2].paragraphs[0]
            for i, o in enumerate(g(d, k, [])):
                para = ps if i == 0 else row[2].add_paragraph()
                para.add_run(f"{chr(97 + i)}) {o}")
        elif k == "submission_date":
            cell_text(row[2], d.get("date_text", ""))
        else:
            cell_text(row[2], s(d.get(k + "_text", g(d, k))))
    doc.add_paragraph(d.get("g4_foot", ""))
    if path.endswith(".pdf"):
        tmpd = tempfile.mkdtemp(); dp = os.path.join(tmpd, os.path.basename(path)[:-4] + ".docx"); doc.save(dp)
        soffice_pdf(dp, path); shutil.rmtree(tmpd)
    else:
        doc.save(path)

# ---------------------------------------------------------------- G5: lettered questions, lettered answers at the end (pandoc)

def render_g5(d, path):
    md = ["% " + d["g5_doc_title"], "% " + d["g5_author_line"], "% " + d["date_text"], ""]
    md.append(d["g5_intro"] + "\n")
    md.append("## " + d.get("g5_qhead", "Questions") + "\n")
    for i, (k, q) in enumerate(d["g5_q"]):
        md.append(f"**{chr(65 + i)}.** {q}\n")
    md.append("## " + d.get("g5_ahead", "Answers") + "\n")
    for i, (k, q) in enumerate(d["g5_q"]):
        L = chr(65 + i)
        if k == "learning_outcomes":
            md.append(f"**{L}.** " + d.get("lo_lead", "") + "\n")
            md.extend(f"- {o}" for o in g(d, k, [])); md.append("")
        elif isinstance(k, tuple):
            md.append(f"**{L}.** " + d["g5_combo"][i] + "\n")
        elif k in ("request_type", "delivery_format", "endorsement_status"):
            md.append(f"**{L}.** " + d[k + "_answer"] + "\n")
        else:
            v = s(g(d, k))
            md.append(f"**{L}.** " + (v if v else d.get("blank_answer", "")) + "\n")
    md.append(d.get("g5_close", ""))
    src = "\n".join(md).replace("'", "'")
    tmp = tempfile.mkdtemp(); mp = os.path.join(tmp, "x.md")
    with open(mp, "w") as fh:
        fh.write(src)
    dx = os.path.join(tmp, "x.docx")
    subprocess.run(["pandoc", mp, "-f", "markdown-smart", "-o", dx], check=True)
    if path.endswith(".pdf"):
        soffice_pdf(dx, path)
    else:
        shutil.move(dx, path)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- G6: look-alike Word form

def render_g6(d, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run(d["g6_title"]); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph(d["g6_intro"])
    for sec, rows in d["g6_sections"]:
        doc.add_paragraph().add_run(sec).bold = True
        tb = doc.add_table(rows=0, cols=4 if any(len(x) == 4 for x in rows) else 2); tb.style = "Table Grid"
        for x in rows:
            c = tb.add_row().cells
            if len(x) == 4:
                label(c[0], x[0]); cell_text(c[1], x[1]); label(c[2], x[2]); cell_text(c[3], x[3])
            elif len(tb.columns) == 4:
                label(c[0], x[0]); m = c[1].merge(c[3]); cell_text(m, x[1])
            else:
                label(c[0], x[0]); cell_text(c[1], x[1])
    doc.add_paragraph(d.get("g6_foot", ""))
    doc.save(path)

RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4, "G5": render_g5, "G6": render_g6}


def build(d, outdir):
    path = os.path.join(outdir, d["name"] + "." + d["ext"])
    RENDER[d["genre"]](d, path)
    with open(path + ".expected.json", "w") as fh:
        json.dump(expected(d), fh, ensure_ascii=False, indent=2); fh.write("\n")
    return path
