"""Round 16a generator library: renders the official concept form through several office routes.

Data (tuning_data.py / heldout_data.py): each document is a dict
  name, genre, shape, fields (values as the applicant wrote them: text, list of items,
  codes for choices, ints, ISO date), disp (key -> display text overriding the default),
  opts (genre switches), notes.
Expected files are written from `fields` (lists joined by the README rule).
"""
import json, os, random, subprocess, shutil, tempfile

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
        "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
        "competencies", "learning_outcomes", "competency_framework", "summative_assessment",
        "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
        "resources_required", "submission_date"]

LABELS = {
    "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer",
    "proposer_title": "Position / Title", "proposer_department": "Department / Program",
    "proposer_email": "Email", "proposer_phone": "Phone / Extension",
    "request_type": "Type of Request", "existing_program_name": "Existing Program Name (if converting)",
    "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted [R1]", "learning_outcomes": "Learning Outcomes [R1]",
    "competency_framework": "Competency Framework Alignment",
    "summative_assessment": "Summative Assessment [R2]",
    "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact Name and Email",
    "endorsement_status": "Endorsement Status [R3]",
    "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
    "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours",
    "proposed_start": "Proposed Start", "expected_enrolment": "Expected Enrolment per Year",
    "resources_required": "Resources Required", "submission_date": "Date Submitted",
}
LABELS_FR = {
    "proposal_title": "Titre proposé / Proposed Title", "proposer_name": "Nom du proposant / Name of Proposer",
    "proposer_title": "Poste / Position", "proposer_department": "Service / Department",
    "proposer_email": "Courriel / Email", "proposer_phone": "Téléphone / Phone",
    "request_type": "Type de demande / Type of Request",
    "existing_program_name": "Programme existant / Existing Program",
    "target_learners": "Apprenants visés / Target Learners", "rationale": "Justification / Rationale",
    "competencies": "Compétences visées / Competencies [R1]",
    "learning_outcomes": "Résultats d'apprentissage / Learning Outcomes [R1]",
    "competency_framework": "Référentiel / Competency Framework",
    "summative_assessment": "Évaluation sommative / Summative Assessment [R2]",
    "partner_name": "Partenaire / Partner [R3]", "partner_contact": "Personne-ressource / Partner Contact",
    "endorsement_status": "Statut de l'appui / Endorsement Status [R3]",
    "education_plan_alignment": "Lien avec le Plan d'éducation / Education Plan Alignment [R4]",
    "delivery_format": "Mode de prestation / Delivery Format", "estimated_hours": "Heures / Hours",
    "proposed_start": "Début prévu / Proposed Start", "expected_enrolment": "Inscriptions par an / Learners per Year",
    "resources_required": "Ressources / Resources", "submission_date": "Date",
}
SECTIONS = [
    ("A. Proposer", ["proposal_title", "proposer_name", "proposer_title", "proposer_department",
                     "proposer_email", "proposer_phone"]),
    ("B. The Proposal", ["request_type", "existing_program_name", "target_learners", "rationale",
                         "competencies", "learning_outcomes", "competency_framework", "summative_assessment"]),
    ("C. Partner and Alignment", ["partner_name", "partner_contact", "endorsement_status",
                                  "education_plan_alignment"]),
    ("D. Logistics", ["delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                      "resources_required", "submission_date"]),
]
SECTIONS_FR = [("A. Proposant / Proposer", SECTIONS[0][1]), ("B. Projet / Proposal", SECTIONS[1][1]),
               ("C. Partenaire / Partner", SECTIONS[2][1]), ("D. Logistique / Logistics", SECTIONS[3][1])]

CHOICES = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed, letter to follow"),
                           ("in_discussion", "In discussion"), ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
CHOICES_FR = {
    "request_type": [("new", "Nouveau microcertificat / New"), ("existing_program", "Conversion d'un programme / Convert"),
                     ("micro_course", "Microcours / Micro-course")],
    "endorsement_status": [("letter_attached", "Lettre jointe / Letter attached"), ("confirmed", "Confirmé / Confirmed"),
                           ("in_discussion", "En discussion / In discussion"), ("none", "Aucun / None")],
    "delivery_format": [("online", "En ligne / Online"), ("in_person", "En personne / In person"),
                        ("hybrid", "Hybride / Hybrid")],
}
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def join_items(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out


def expected_fields(doc):
    exp = {}
    for k, v in doc["fields"].items():
        if v is None or v == "" or v == []:
            continue
        if k == "learning_outcomes":
            exp[k] = list(v)
        elif isinstance(v, list):
            exp[k] = join_items(v)
        else:
            exp[k] = v
    return exp


def missing(exp):
    m = [k for k in REQUIRED if k not in exp]
    if exp.get("request_type") == "existing_program" and "existing_program_name" not in exp:
        m.append("existing_program_name")
    return m


def write_expected(doc, path):
    if doc["shape"] == "7":
        e = {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
             "needs_manual_review": False, "notes": doc["notes"]}
    else:
        exp = expected_fields(doc)
        e = {"is_concept_form": True, "shape": doc["shape"], "fields": exp, "missing_required": missing(exp),
             "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
        f.write("\n")


def choice_text(doc, k, fr=False):
    """Default display of a choice: one line of tick boxes."""
    v = doc["fields"].get(k)
    opts = (CHOICES_FR if fr else CHOICES)[k]
    return "   ".join((BOX_ON if c == v else BOX_OFF) + " " + lab for c, lab in opts)


def display(doc, k, fr=False):
    """Returns a list of paragraphs (str) or ('list', items, style)."""
    if k in doc.get("disp", {}):
        d = doc["disp"][k]
        return d
    v = doc["fields"].get(k)
    if k in CHOICES:
        return choice_text(doc, k, fr)
    if v is None or v == "" or v == []:
        return ""
    if k == "learning_outcomes":
        st = doc.get("opts", {}).get("lo_style", "num")
        return ("list", v, st)
    if isinstance(v, list):
        return ("list", v, doc.get("opts", {}).get("list_style", "bullet"))
    return str(v)


def as_lines(d):
    """Display -> plain text lines (for PDF/image routes)."""
    if isinstance(d, tuple):
        _, items, st = d
        out = []
        for i, it in enumerate(items):
            m = {"num": f"{i+1}. ", "paren": f"{i+1}) ", "bullet": "\u2022 ", "dash": "- ",
                 "alpha": f"{'abcdefghij'[i]}) "}[st]
            out.append(m + it)
        return out
    if isinstance(d, list):
        return list(d)
    return d.split("\n") if d else [""]


# ---------------------------------------------------------------- DOCX helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def fill_cell(cell, d, font=None, size=None, first=True):
    """Put display d into a cell (replacing its first empty paragraph)."""
    paras = []
    if isinstance(d, tuple):
        _, items, st = d
        for i, it in enumerate(items):
            m = {"num": f"{i+1}. ", "paren": f"{i+1}) ", "bullet": "\u2022\t", "dash": "- ",
                 "alpha": f"{'abcdefghij'[i]}) "}[st]
            paras.append(m + it)
    elif isinstance(d, list):
        paras = d
    else:
        paras = d.split("\n") if d else [""]
    p0 = cell.paragraphs[0] if first and cell.paragraphs and not cell.paragraphs[0].text else None
    for i, t in enumerate(paras):
        p = p0 if (i == 0 and p0 is not None) else cell.add_paragraph()
        r = p.add_run(t)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if size:
            r.font.size = Pt(size)
    return cell


def label_run(cell, text, bold=True, size=10, font=None, hint=None):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if font:
        r.font.name = font
    if hint:
        p2 = cell.add_paragraph(); r2 = p2.add_run(hint); r2.italic = True; r2.font.size = Pt(8)
        r2.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "808080")
        b.append(x)
    tblPr.append(b)


def soffice_pdf(docx_path, pdf_path):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    src = os.path.join(out, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(src, pdf_path)
    shutil.rmtree(out, ignore_errors=True)
