"""Shared helpers and renderers for round 23a (blind). Content lives in tuning_data.py / heldout_data.py."""
import json, os, re, shutil, subprocess, tempfile

from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
CHOICES = {"request_type": ["new", "existing_program", "micro_course"],
           "endorsement_status": ["letter_attached", "confirmed", "in_discussion", "none"],
           "delivery_format": ["online", "in_person", "hybrid"]}
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]


def join_items(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out


def expected(doc):
    """Expected fields from a document's content: list-valued text fields are joined, outcomes stay a list."""
    if doc["shape"] == "7":
        return {}
    f = {}
    for k in KEYS:
        if k not in doc["f"]:
            continue
        v = doc["f"][k]
        if isinstance(v, list) and k != "learning_outcomes":
            v = join_items(v)
        if isinstance(v, str):
            v = re.sub(r"\s+", " ", v).strip()
        elif isinstance(v, list):
            v = [re.sub(r"\s+", " ", x).strip() for x in v]
        f[k] = v
    return f


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(doc, outdir, fname):
    fields = expected(doc)
    exp = {"is_concept_form": doc["shape"] != "7", "shape": doc["shape"], "fields": fields,
           "missing_required": missing(fields) if doc["shape"] != "7" else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(os.path.join(outdir, fname + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def disp(doc, k):
    """Text as shown in the document for key k (choices, numbers and dates need a wording in doc['show'])."""
    if k in doc.get("show", {}):
        return doc["show"][k]
    v = doc["f"][k]
    if isinstance(v, (int, float)):
        return str(v)
    if k in CHOICES or k == "submission_date":
        raise ValueError("no wording for %s in %s" % (k, doc["file"]))
    return v


def to_pdf(src, outdir, name):
    tmpd = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset23a", "--headless", "--convert-to", "pdf",
                    "--outdir", tmpd, src], check=True, capture_output=True)
    pdf = [p for p in os.listdir(tmpd) if p.endswith(".pdf")][0]
    shutil.move(os.path.join(tmpd, pdf), os.path.join(outdir, name))
    shutil.rmtree(tmpd)


# ----------------------------------------------------------------- official form (G1 DOCX, G2 PDF via Word->PDF)
OFFICIAL = {
    "proposal_title": ("Proposed Title", "Working title of the micro-course or credential"),
    "proposer_name": ("Name of Proposer", ""),
    "proposer_title": ("Position / Title", ""),
    "proposer_department": ("Department / Program", ""),
    "proposer_email": ("Email", ""),
    "proposer_phone": ("Phone / Extension", ""),
    "request_type": ("Type of Request", "Check one"),
    "existing_program_name": ("Existing Program Name", "Only if converting an existing program"),
    "target_learners": ("Target Learners", "Who is this for? Profession, setting, level"),
    "rationale": ("Rationale / Need", "Labour market need or identified skills gap"),
    "competencies": ("Competencies / Skills Targeted [R1]", "List the skills learners will demonstrate"),
    "learning_outcomes": ("Learning Outcomes [R1]", "By the end learners will be able to…"),
    "competency_framework": ("Competency Framework Alignment", "e.g. professional body profile"),
    "summative_assessment": ("Summative Assessment [R2]", "How will achievement be evidenced?"),
    "partner_name": ("Industry / Employment Partner [R3]", ""),
    "partner_contact": ("Partner Contact Name and Email", ""),
    "endorsement_status": ("Endorsement Status [R3]", ""),
    "education_plan_alignment": ("Alignment with Michener's Education Plan [R4]", ""),
    "delivery_format": ("Delivery Format", ""),
    "estimated_hours": ("Estimated Hours", "Total learning hours"),
    "proposed_start": ("Proposed Start", ""),
    "expected_enrolment": ("Expected Enrolment per Year", ""),
    "resources_required": ("Resources Required", "Staff, space, equipment, budget"),
    "submission_date": ("Date Submitted", ""),
}
OFFICIAL_FR = {
    "proposal_title": ("Titre proposé / Proposed Title", ""),
    "proposer_name": ("Nom du proposant / Name of Proposer", ""),
    "proposer_title": ("Poste / Position", ""),
    "proposer_department": ("Service ou programme / Department", ""),
    "proposer_email": ("Courriel / Email", ""),
    "proposer_phone": ("Téléphone / Phone", ""),
    "request_type": ("Type de demande / Type of Request", ""),
    "existing_program_name": ("Programme existant / Existing Program Name", ""),
    "target_learners": ("Apprenants visés / Target Learners", ""),
    "rationale": ("Justification / Rationale", ""),
    "competencies": ("Compétences visées / Competencies [R1]", ""),
    "learning_outcomes": ("Résultats d'apprentissage / Learning Outcomes [R1]", ""),
    "competency_framework": ("Référentiel de compétences / Framework", ""),
    "summative_assessment": ("Évaluation sommative / Summative Assessment [R2]", ""),
    "partner_name": ("Partenaire / Industry Partner [R3]", ""),
    "partner_contact": ("Personne-ressource du partenaire / Partner Contact", ""),
    "endorsement_status": ("Appui / Endorsement Status [R3]", ""),
    "education_plan_alignment": ("Plan d'éducation / Education Plan Alignment [R4]", ""),
    "delivery_format": ("Mode de prestation / Delivery Format", ""),
    "estimated_hours": ("Heures / Estimated Hours", ""),
    "proposed_start": ("Début prévu / Proposed Start", ""),
    "expected_enrolment": ("Inscriptions par an / Expected Enrolment", ""),
    "resources_required": ("Ressources / Resources Required", ""),
    "submission_date": ("Date", ""),
}
OPTIONS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"),
                           ("confirmed", "Confirmed – letter to follow"), ("in_discussion", "In discussion"),
                           ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid / blended")],
}
OPTIONS_FR = {
    "request_type": [("new", "Nouveau microprogramme / New micro-credential"),
                     ("existing_program", "Conversion d'un programme / Convert an existing program"),
                     ("micro_course", "Microcours / Micro-course")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe / Letter attached"),
                           ("confirmed", "Confirmé / Confirmed"), ("in_discussion", "En discussion / In discussion"),
                           ("none", "Aucun / None")],
    "delivery_format": [("online", "En ligne / Online"), ("in_person", "En présence / In person"),
                        ("hybrid", "Hybride / Hybrid")],
}
SECTIONS = {"proposal_title": "Section A – Proposal and proposer", "request_type": "Section B – The proposal",
            "competencies": "Section C – Institutional requirements (R1–R4)", "delivery_format": "Section D – Delivery"}
SECTIONS_FR = {"proposal_title": "A – Proposition / Proposal", "request_type": "B – Description",
               "competencies": "C – Exigences / Requirements (R1–R4)", "delivery_format": "D – Prestation / Delivery"}


def _shade(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _cell_text(cell, text, bold=False, size=None, color=None, italic=False, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def official_docx(doc, path):
    """Shape 1: the official two-column table form filled in Word."""
    fr = doc.get("lang") == "fr"
    labels = OFFICIAL_FR if fr else OFFICIAL
    opts = OPTIONS_FR if fr else OPTIONS
    sections = SECTIONS_FR if fr else SECTIONS
    style = doc.get("style", {})
    d = Document()
    st = d.styles["Normal"]; st.font.name = style.get("font", "Calibri"); st.font.size = Pt(style.get("size", 10.5))
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "The Michener Institute of Education – Continuing Education"
    sec.footer.paragraphs[0].text = style.get("footer", "CE-F-014 Micro-Course / Credential Concept Form · v3.2 · rev. 2026")
    h = d.add_paragraph(); r = h.add_run("Formulaire de concept – microcours / microprogramme\nMicro-Course / Credential Concept Form" if fr
                                         else "Micro-Course / Credential Concept Form"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Remplissez chaque section et envoyez le formulaire à ce@michener.example. / Complete every section and e-mail the form to ce@michener.example." if fr else
                    "Complete all sections and e-mail the form to ce@michener.example. Required items are needed before an assessment can start. Every micro-credential must meet requirements R1–R4.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k in doc["order"]:
        if k in sections and not style.get("no_sections"):
            row = t.add_row(); c = row.cells[0].merge(row.cells[1]); _cell_text(c, sections[k], bold=True); _shade(c, "D9E2F3")
        row = t.add_row(); lc, ac = row.cells
        lab, hint = labels[k]
        lab = doc.get("labels", {}).get(k, lab)
        _cell_text(lc, lab, bold=True)
        if hint and not fr:
            _cell_text(lc, hint, size=8, color="808080", italic=True, first=False)
        _shade(lc, "F2F2F2")
        if k in opts:
            code = doc["f"].get(k)
            layout = style.get("boxes", "lines")
            if layout == "lines":
                for i, (c_, txt) in enumerate(opts[k]):
                    _cell_text(ac, ("☒ " if c_ == code else "☐ ") + txt, first=(i == 0))
            else:
                _cell_text(ac, "   ".join(("☒ " if c_ == code else "☐ ") + txt for c_, txt in opts[k]))
            if k in doc.get("show", {}):
                _cell_text(ac, doc["show"][k], first=False)
            continue
        if k not in doc["f"]:
            helptxt = doc.get("help_rows", {}).get(k)
            if helptxt:
                _cell_text(ac, helptxt, color="7F7F7F", italic=True)
            continue
        v = doc["f"][k]
        if isinstance(v, list):
            mode = doc.get("listmode", {}).get(k, "bullets")
            lead = doc.get("leadin", {}).get(k)
            first = True
            if lead:
                _cell_text(ac, lead); first = False
            if mode == "breaks":
                p = ac.paragraphs[0] if first else ac.add_paragraph()
                for i, it in enumerate(v):
                    r = p.add_run(("- " + it)); 
                    if i < len(v) - 1:
                        r.add_break()
            else:
                for i, it in enumerate(v):
                    mark = {"bullets": "• ", "numbers": "%d. " % (i + 1), "paren": "%d) " % (i + 1),
                            "letters": "%s) " % "abcdefghij"[i], "style": ""}[mode]
                    p = ac.paragraphs[0] if first else ac.add_paragraph()
                    first = False
                    if mode == "style":
                        p.style = d.styles["List Bullet"]
                    p.add_run(mark + it)
        else:
            txt = disp(doc, k)
            paras = txt.split("\n\n")
            for i, para in enumerate(paras):
                p = ac.paragraphs[0] if i == 0 else ac.add_paragraph()
                lines = para.split("\n")
                for j, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if j < len(lines) - 1:
                        r.add_break()
    for row in t.rows:
        row.cells[0].width = Cm(6); row.cells[1].width = Cm(11)
    d.add_paragraph()
    o = d.add_table(rows=2, cols=2); o.style = "Table Grid"
    c = o.rows[0].cells[0].merge(o.rows[0].cells[1]); _cell_text(c, "Réservé au bureau de la FC / For CE office use only" if fr else "For CE office use only", bold=True); _shade(c, "EDEDED")
    o.rows[1].cells[0].text = "Received: ________  File no.: MC-____"
    o.rows[1].cells[1].text = "Reviewer: ________  Decision: ☐ Supported ☐ Not supported"
    d.core_properties.author = doc["f"].get("proposer_name", "CE Office")
    d.core_properties.title = "Micro-Course / Credential Concept Form"
    d.save(path)


# ----------------------------------------------------------------- fillable PDF (G3)
def acroform_pdf(doc, path):
    """Shape 3: AcroForm filled in a PDF reader (values with appearance streams)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    names = doc.get("fieldnames", {})
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(doc.get("pdftitle", "Concept Form (fillable)"))
    c.setAuthor(doc["f"].get("proposer_name", ""))
    c.setCreator(doc.get("creator", "Adobe Acrobat Pro (64-bit) 24.1"))
    try:
        c.setProducer(doc.get("producer", "Adobe Acrobat Pro (64-bit) 24.1"))
    except Exception:
        pass
    form = c.acroForm
    labels = dict(OFFICIAL); labels.update({k: (v, "") for k, v in doc.get("labels", {}).items()})
    y = [H - 60]
    page = [1]

    def header():
        c.setFillColorRGB(0.12, 0.25, 0.45); c.rect(40, H - 50, W - 80, 26, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 13)
        c.drawString(48, H - 42, "Micro-Course / Credential Concept Form")
        c.setFont("Helvetica", 8); c.drawRightString(W - 48, H - 42, "Michener Institute · Continuing Education")
        c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica", 7)
        c.drawString(40, 25, "CE-F-014 fillable · page %d" % page[0])
        y[0] = H - 70

    def need(hgt):
        if y[0] - hgt < 45:
            c.showPage(); page[0] += 1; header()

    header()
    c.setFont("Helvetica", 8.5)
    c.drawString(40, y[0], "Type in the boxes, save, and e-mail the file to ce@michener.example.")
    y[0] -= 18
    long_keys = {"target_learners", "rationale", "competencies", "learning_outcomes", "summative_assessment",
                 "education_plan_alignment", "resources_required", "competency_framework"}
    for k in doc["order"]:
        lab = labels[k][0]
        nm = names.get(k, k)
        if k in OPTIONS:
            opts = OPTIONS[k]
            need(30)
            c.setFont("Helvetica-Bold", 9); c.drawString(40, y[0] - 10, lab)
            x = 210; yy = y[0] - 14
            style = doc.get("choice_style", "radio")
            for code, txt in opts:
                sel = doc["f"].get(k) == code
                exportv = doc.get("exports", {}).get(code, code)
                if style == "radio":
                    form.radio(name=nm, value=exportv, selected=sel, x=x, y=yy, size=10, buttonStyle="circle",
                               borderWidth=0.8)
                else:
                    form.checkbox(name=nm + "_" + exportv, checked=sel, x=x, y=yy, size=10, buttonStyle="check",
                                  borderWidth=0.8)
                c.setFont("Helvetica", 8); c.drawString(x + 13, yy + 2, txt)
                x += 14 + c.stringWidth(txt, "Helvetica", 8) + 12
                if x > W - 120:
                    x = 210; yy -= 14; y[0] -= 14
            y[0] -= 28
            continue
        v = doc["f"].get(k)
        if v is None:
            val = ""
        elif isinstance(v, list):
            mode = doc.get("listmode", {}).get(k, "lines")
            if mode == "numbers":
                val = "\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(v))
            else:
                val = "\n".join("- " + it for it in v)
        else:
            val = disp(doc, k)
        hgt = doc.get("heights", {}).get(k, 46 if k in long_keys else 16)
        need(hgt + 16)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y[0] - 11, lab[:40])
        if len(lab) > 40:
            c.drawString(40, y[0] - 22, lab[40:])
        multi = hgt > 20
        form.textfield(name=nm, value=val, x=210, y=y[0] - hgt, width=W - 250, height=hgt, fontSize=7.5 if multi else 9,
                       fontName="Helvetica", borderWidth=0.6, fillColor=None,
                       fieldFlags="multiline" if multi else "", tooltip=lab)
        y[0] -= hgt + 10
    c.save()


# ----------------------------------------------------------------- retyped Word doc (G4)
def retyped_docx(doc, path):
    """Shape 5: the form retyped as plain paragraphs – bold label line, answer below."""
    d = Document()
    st = d.styles["Normal"]; st.font.name = doc.get("font", "Calibri"); st.font.size = Pt(11)
    t = d.add_paragraph(); r = t.add_run(doc.get("doctitle", "Concept Form")); r.bold = True; r.font.size = Pt(14)
    if doc.get("subtitle"):
        d.add_paragraph(doc["subtitle"])
    for k in doc["order"]:
        lab = doc["labels"][k]
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(lab); rr.bold = True
        if k not in doc["f"]:
            d.add_paragraph("")
            continue
        v = doc["f"][k]
        if isinstance(v, list):
            lead = doc.get("leadin", {}).get(k)
            if lead:
                d.add_paragraph(lead)
            mode = doc.get("listmode", {}).get(k, "dash")
            for i, it in enumerate(v):
                if mode == "style":
                    d.add_paragraph(it, style="List Bullet")
                elif mode == "numstyle":
                    d.add_paragraph(it, style="List Number")
                elif mode == "numbers":
                    d.add_paragraph("%d. %s" % (i + 1, it))
                else:
                    d.add_paragraph("- " + it)
        else:
            for para in disp(doc, k).split("\n\n"):
                d.add_paragraph(para)
    for extra in doc.get("tail", []):
        d.add_paragraph(extra)
    d.core_properties.author = doc["f"].get("proposer_name", "")
    d.save(path)


# ----------------------------------------------------------------- proposal letter (G5)
def letter_docx(doc, path):
    """Shape 5: a short proposal letter answering most questions in prose. doc['letter'] is a list of
    paragraphs with {key} placeholders, filled with the display wording of each key."""
    d = Document()
    st = d.styles["Normal"]; st.font.name = doc.get("font", "Cambria"); st.font.size = Pt(11)
    for ln in doc.get("letterhead", []):
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(fill(doc, ln)); r.font.size = Pt(9)
    d.add_paragraph()
    for para in doc["letter"]:
        txt = fill(doc, para)
        if txt.startswith("##"):
            p = d.add_paragraph(); r = p.add_run(txt[2:].strip()); r.bold = True
        elif txt.startswith("* "):
            d.add_paragraph(txt[2:], style="List Bullet")
        elif txt.startswith("# "):
            d.add_paragraph(txt[2:], style="List Number")
        else:
            d.add_paragraph(txt)
    d.core_properties.author = doc["f"].get("proposer_name", "")
    d.save(path)


def fill(doc, s):
    def rep(m):
        k = m.group(1)
        if k.startswith("item:"):
            _, key, i = k.split(":")
            return doc["f"][key][int(i)]
        return disp(doc, k)
    return re.sub(r"\{([a-z_:0-9]+)\}", rep, s)


# ----------------------------------------------------------------- bullet-point proposal pasted into Word (G6)
def bullets_docx(doc, path):
    """Shape 5: 'Title – …', 'Who – …' bullets pasted into Word; sub-bullets for lists."""
    d = Document()
    st = d.styles["Normal"]; st.font.name = doc.get("font", "Aptos"); st.font.size = Pt(11)
    if doc.get("intro"):
        for ln in doc["intro"]:
            d.add_paragraph(fill(doc, ln))
    sep = doc.get("sep", " – ")
    for k in doc["order"]:
        lab = doc["labels"][k]
        v = doc["f"].get(k)
        if isinstance(v, list):
            d.add_paragraph(lab + sep.rstrip(), style="List Bullet")
            for it in v:
                d.add_paragraph(it, style="List Bullet 2")
        elif v is None:
            d.add_paragraph(lab + sep + "TBD", style="List Bullet") if k in doc.get("tbd", []) else None
        else:
            d.add_paragraph(lab + sep + disp(doc, k), style="List Bullet")
    for ln in doc.get("outro", []):
        d.add_paragraph(fill(doc, ln))
    d.core_properties.author = doc["f"].get("proposer_name", "")
    d.save(path)
