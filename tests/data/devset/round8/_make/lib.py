"""Round 8 devset helpers: expected-file writer, official labels/options, tool helpers, text readers.

Written without looking at the parser; expected values come from the data modules only.
"""
import json, os, re, subprocess, shutil, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEY_ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
             "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
             "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
             "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
             "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]

OFFICIAL = {
    "proposal_title": "Proposed Title of Micro-Course / Credential",
    "proposer_name": "Name of Proposer",
    "proposer_title": "Position / Title",
    "proposer_department": "Department / Program",
    "proposer_email": "Email",
    "proposer_phone": "Phone / Extension",
    "request_type": "Type of Request",
    "existing_program_name": "Existing Program Name (if converting)",
    "target_learners": "Target Learners",
    "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted [R1]",
    "learning_outcomes": "Learning Outcomes [R1]",
    "competency_framework": "Competency Framework Alignment",
    "summative_assessment": "Summative Assessment [R2]",
    "partner_name": "Industry / Employment Partner [R3]",
    "partner_contact": "Partner Contact Name and Email",
    "endorsement_status": "Endorsement Status [R3]",
    "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
    "delivery_format": "Delivery Format",
    "estimated_hours": "Estimated Hours",
    "proposed_start": "Proposed Start",
    "expected_enrolment": "Expected Enrolment per Year",
    "resources_required": "Resources Required",
    "submission_date": "Date Submitted",
}
OFFICIAL_FR = {
    "proposal_title": "Titre proposé du microcours / microcertificat",
    "proposer_name": "Nom du proposant",
    "proposer_title": "Poste / titre",
    "proposer_department": "Service / programme",
    "proposer_email": "Courriel",
    "proposer_phone": "Téléphone / poste",
    "request_type": "Type de demande",
    "existing_program_name": "Programme existant (si conversion)",
    "target_learners": "Apprenants visés",
    "rationale": "Justification / besoin",
    "competencies": "Compétences visées [R1]",
    "learning_outcomes": "Résultats d'apprentissage [R1]",
    "competency_framework": "Référentiel de compétences",
    "summative_assessment": "Évaluation sommative [R2]",
    "partner_name": "Partenaire du milieu de travail [R3]",
    "partner_contact": "Personne-ressource du partenaire (nom et courriel)",
    "endorsement_status": "État de l'appui [R3]",
    "education_plan_alignment": "Lien avec le Plan d'éducation de Michener [R4]",
    "delivery_format": "Mode de prestation",
    "estimated_hours": "Nombre d'heures estimé",
    "proposed_start": "Début proposé",
    "expected_enrolment": "Inscriptions prévues par année",
    "resources_required": "Ressources requises",
    "submission_date": "Date de soumission",
}
OPTIONS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed – letter to follow"),
                           ("in_discussion", "In discussion"), ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
OPTIONS_FR = {
    "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                     ("micro_course", "Microcours")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé – lettre à suivre"),
                           ("in_discussion", "En discussion"), ("none", "Aucun pour l'instant")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présence"), ("hybrid", "Hybride")],
}
CHOICES = ("request_type", "endorsement_status", "delivery_format")
NUMBERS = ("estimated_hours", "expected_enrolment")


def option_line(key, code, on="☒", off="☐", sep="   ", fr=False):
    opts = (OPTIONS_FR if fr else OPTIONS)[key]
    return sep.join(f"{on if c == code else off} {w}" for c, w in opts)


def missing_required(fields):
    miss = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    return miss


def expected_of(doc):
    fields = {k: doc["fields"][k] for k in KEY_ORDER if k in doc.get("fields", {})}
    form = doc.get("form", True)
    if not form:
        fields = {}
    miss = doc.get("missing") if "missing" in doc else (missing_required(fields) if form else [])
    return {"is_concept_form": form, "shape": doc["shape"], "fields": fields, "missing_required": miss,
            "needs_manual_review": bool(doc.get("review", False)), "notes": doc["notes"]}


def write_expected(path, doc):
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected_of(doc), f, ensure_ascii=False, indent=1)
        f.write("\n")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr[-800:]}")
    return r


def soffice(src, fmt, outdir, filt=None):
    """Convert with headless LibreOffice; returns the output path."""
    prof = tempfile.mkdtemp(prefix="lo8-")
    target = fmt if not filt else f"{fmt}:{filt}"
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
         "--outdir", outdir, src], timeout=240)
    shutil.rmtree(prof, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


def chromium_pdf(html_path, out_pdf):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-pdf-header-footer", f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(html_path)], timeout=180)


# ---------------------------------------------------------------- readers for verify

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "").replace("\uf0b7", "")
    s = s.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"[\s\-‐‑–—_]+", "", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
                x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", " ", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                           .replace("&quot;", '"').replace("&apos;", "'"))
    return "\n".join(out)


def pdf_text(path):
    import pypdf, pypdfium2
    out = []
    r = pypdf.PdfReader(path)
    for p in r.pages:
        out.append(p.extract_text() or "")
    try:
        for k, v in (r.get_fields() or {}).items():
            if v.get("/V") is not None:
                out.append(str(v.get("/V")))
    except Exception:
        pass
    pdf = pypdfium2.PdfDocument(path)
    for i in range(len(pdf)):
        out.append(pdf[i].get_textpage().get_text_range())
    return "\n".join(out)


def pdf_has_text(path):
    import pypdf
    return any((p.extract_text() or "").strip() for p in pypdf.PdfReader(path).pages)
