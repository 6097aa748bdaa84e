"""Builders for round 17a (blind). Form mechanisms: content controls, legacy form fields,
tracked changes + comments, text boxes, Fill & Sign PDFs, fillable PDFs and their printed copies."""
import json, os, re, subprocess, tempfile, shutil
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]
OPTS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed – letter to follow"),
                           ("in_discussion", "In discussion"), ("none", "No partner yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
# official form: (section, [(key, label, hint)])
FORM = [
    ("Section A – The proposal", [
        ("proposal_title", "Proposed Title", ""),
        ("request_type", "Type of Request", "Tick one"),
        ("existing_program_name", "Existing Program Name", "Only if converting an existing program"),
    ]),
    ("Section B – Proposer", [
        ("proposer_name", "Name of Proposer", ""),
        ("proposer_title", "Position / Title", ""),
        ("proposer_department", "Department / Program", ""),
        ("proposer_email", "Email", ""),
        ("proposer_phone", "Phone / Extension", ""),
    ]),
    ("Section C – Need and learners", [
        ("target_learners", "Target Learners", "Who is this for?"),
        ("rationale", "Rationale / Need", "Labour market need or identified skills gap"),
    ]),
    ("Section D – Competencies and outcomes [R1]", [
        ("competencies", "Competencies / Skills Targeted", ""),
        ("learning_outcomes", "Learning Outcomes", "By the end learners will be able to …"),
        ("competency_framework", "Competency Framework Alignment", "e.g. professional body profile"),
    ]),
    ("Section E – Assessment [R2]", [
        ("summative_assessment", "Summative Assessment", "How will achievement be evidenced?"),
    ]),
    ("Section F – Partner endorsement [R3]", [
        ("partner_name", "Industry / Employment Partner", ""),
        ("partner_contact", "Partner Contact Name and Email", ""),
        ("endorsement_status", "Endorsement Status", "Tick one"),
    ]),
    ("Section G – Strategic fit [R4]", [
        ("education_plan_alignment", "Alignment with Michener's Education Plan", ""),
    ]),
    ("Section H – Logistics", [
        ("delivery_format", "Delivery Format", ""),
        ("estimated_hours", "Estimated Hours", ""),
        ("proposed_start", "Proposed Start", ""),
        ("expected_enrolment", "Expected Enrolment per Year", ""),
        ("resources_required", "Resources Required", ""),
        ("submission_date", "Date Submitted", ""),
    ]),
]
FORM_TITLE = "Micro-Course / Credential Concept Form"
FORM_FR = {"proposal_title": "Titre proposé / Proposed Title", "request_type": "Type de demande / Type of Request",
           "existing_program_name": "Programme existant / Existing Program Name",
           "proposer_name": "Nom du proposant / Name of Proposer", "proposer_title": "Poste / Position / Title",
           "proposer_department": "Département / Department / Program", "proposer_email": "Courriel / Email",
           "proposer_phone": "Téléphone / Phone", "target_learners": "Apprenants visés / Target Learners",
           "rationale": "Justification / Rationale / Need",
           "competencies": "Compétences visées / Competencies / Skills Targeted",
           "learning_outcomes": "Résultats d'apprentissage / Learning Outcomes",
           "competency_framework": "Référentiel / Competency Framework Alignment",
           "summative_assessment": "Évaluation sommative / Summative Assessment",
           "partner_name": "Partenaire / Industry / Employment Partner",
           "partner_contact": "Personne-ressource / Partner Contact",
           "endorsement_status": "Appui / Endorsement Status",
           "education_plan_alignment": "Lien avec le Plan d'éducation / Alignment with Michener's Education Plan",
           "delivery_format": "Mode de prestation / Delivery Format", "estimated_hours": "Heures / Estimated Hours",
           "proposed_start": "Début prévu / Proposed Start",
           "expected_enrolment": "Inscriptions par an / Expected Enrolment per Year",
           "resources_required": "Ressources / Resources Required", "submission_date": "Date / Date Submitted"}
OPTS_FR = {"request_type": ["Nouveau microprogramme / New micro-credential", "Conversion d'un programme / Convert an existing program",
                            "Microcours / Micro-course"],
           "endorsement_status": ["Lettre jointe / Letter attached", "Confirmé, lettre à suivre / Confirmed",
                                  "En discussion / In discussion", "Aucun / None"],
           "delivery_format": ["En ligne / Online", "En présentiel / In person", "Hybride / Hybrid"]}


def label_of(key, fr=False):
    if fr:
        return FORM_FR[key]
    for _, rows in FORM:
        for k, l, h in rows:
            if k == key:
                return l
    raise KeyError(key)


def shown(d, key):
    """What the document shows for a key: d['show'][key] if given, else the expected value."""
    if key in d.get("show", {}):
        return d["show"][key]
    v = d["fields"].get(key)
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return str(v)
    return v


def as_lines(v):
    return v if isinstance(v, list) else [v]


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(d, outdir):
    f = d["fields"]
    for k in f:
        assert k in KEYS, k
    exp = {"is_concept_form": d.get("form", True), "shape": d["shape"], "fields": f if d.get("form", True) else {},
           "missing_required": missing(f) if d.get("form", True) else [], "needs_manual_review": False,
           "notes": d["notes"]}
    with open(os.path.join(outdir, d["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ----------------------------------------------------------------------------------- DOCX helpers
def rpr(bold=False, size=None, color=None, font=None):
    s = "<w:rPr>"
    if font:
        s += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        s += "<w:b/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{size*2}"/>'
    return s + "</w:rPr>"


def run_xml(text, bold=False, size=None, color=None, font=None, tag="w:t"):
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        parts = line.split("\t")
        for j, p in enumerate(parts):
            if j:
                out.append("<w:tab/>")
            if p:
                out.append(f'<{tag} xml:space="preserve">{escape(p)}</{tag}>')
    return f"<w:r>{rpr(bold, size, color, font)}{''.join(out)}</w:r>"


def new_doc(font="Calibri", size=10, header=None, footer=None, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.8)
        if header:
            s.header.paragraphs[0].text = header
        if footer:
            s.footer.paragraphs[0].text = footer
    return doc


def form_table(doc, widths=(6.0, 11.0)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    return t


def section_row(t, text, shade="D9E2F3"):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[1])
    c.paragraphs[0].add_run(text).bold = True
    c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return r


def label_cell(cell, label, hint="", fr=False):
    p = cell.paragraphs[0]
    p.add_run(label).bold = True
    if hint:
        hp = cell.add_paragraph()
        rr = hp.add_run(hint)
        rr.italic = True
        rr.font.size = Pt(8)
        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def cell_set_paras(cell, paras_xml):
    """Replace the cell's paragraphs by raw paragraph XML strings."""
    tc = cell._tc
    for p in list(tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
        tc.remove(p)
    for px in paras_xml:
        tc.append(parse_xml(px))


def P(inner, ppr=""):
    return f"<w:p {W} {W14}>{ppr}{inner}</w:p>"


def docx_text_all(path):
    import zipfile
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf8")
            out.append(" ".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)</w:(?:t|delText)>", x)))
    return " ".join(out)


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
