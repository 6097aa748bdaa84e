"""Shared helpers for round 9 (blind). Expected files are written from the data modules only."""
import json, os, re, subprocess, shutil, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
        "proposer_phone", "request_type", "target_learners", "rationale", "competencies", "learning_outcomes",
        "competency_framework", "summative_assessment", "partner_name", "partner_contact", "endorsement_status",
        "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
        "resources_required", "existing_program_name", "submission_date"]

# official label wording (English) and option words
LABELS = {
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
ORDER = list(LABELS)
OPTIONS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed – letter to follow"),
                           ("in_discussion", "In discussion"), ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
LABELS_FR = {
    "proposal_title": "Titre proposé du microcours / microcertificat",
    "proposer_name": "Nom du proposant / de la proposante",
    "proposer_title": "Poste / titre",
    "proposer_department": "Département / programme",
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
    "partner_name": "Partenaire du milieu / employeur [R3]",
    "partner_contact": "Personne-ressource chez le partenaire (nom et courriel)",
    "endorsement_status": "Statut de l'appui [R3]",
    "education_plan_alignment": "Lien avec le Plan d'éducation de Michener [R4]",
    "delivery_format": "Mode de prestation",
    "estimated_hours": "Nombre d'heures estimé",
    "proposed_start": "Début proposé",
    "expected_enrolment": "Inscriptions prévues par année",
    "resources_required": "Ressources requises",
    "submission_date": "Date de soumission",
}
OPTIONS_FR = {
    "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                     ("micro_course", "Microcours")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé – lettre à venir"),
                           ("in_discussion", "En discussion"), ("none", "Aucun pour l'instant")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
}
LIST_KEYS_TEXT = {"competencies", "resources_required", "rationale", "target_learners", "summative_assessment",
                  "education_plan_alignment"}


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        it = it.strip()
        if i == 0:
            out = it
        elif out.rstrip()[-1:] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def expected_fields(F):
    """F: content dict (lists allowed for text fields) -> expected 'fields'."""
    out = {}
    for k in KEYS:
        if k not in F or F[k] in (None, "", []):
            continue
        v = F[k]
        if k == "learning_outcomes":
            out[k] = [ws(x) for x in v]
        elif isinstance(v, list):
            out[k] = join_list([ws(x) for x in v])
        elif isinstance(v, int):
            out[k] = v
        else:
            out[k] = ws(str(v))
    return out


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def expected_record(doc):
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    fields = expected_fields(doc["F"])
    miss = doc.get("missing_override")
    if miss is None:
        miss = missing(fields)
    return {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": miss,
            "needs_manual_review": bool(doc.get("review", False)), "notes": doc["notes"]}


def write_expected(doc, half):
    rec = expected_record(doc)
    p = os.path.join(ROOT, half, doc["file"] + ".expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return rec


def out_path(doc, half):
    return os.path.join(ROOT, half, doc["file"])


def soffice_convert(src, fmt, outdir, filt=None):
    prof = "file:///tmp/lo-devset9-profile"
    target = fmt if not filt else f"{fmt}:{filt}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt)


# ---------------- plain-text readers for verify ----------------
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "")
    s = s.lower()
    return re.sub(r"[\s\-\u2010\u2011\u2013\u2014_]+", "", s)


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not (n.endswith(".xml") or n.endswith(".html") or n.endswith(".htm") or n.endswith(".mht")):
                continue
            if n.startswith("word/") or n.startswith("customXml/item") or n.startswith("docProps/"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x, flags=re.S)
                x = re.sub(r"<w:(p|tab|br|cr)\b[^>]*/?>", " ", x)
                x = re.sub(r"<[^>]+>", "", x)
                import html as _h
                parts.append(_h.unescape(x))
    return "\n".join(parts)


def pdf_text(path):
    parts = []
    import pypdf
    r = pypdf.PdfReader(path)
    for pg in r.pages:
        try:
            parts.append(pg.extract_text() or "")
        except Exception as e:  # noqa
            parts.append("")
        for a in pg.get("/Annots") or []:
            a = a.get_object()
            if "/Contents" in a:
                parts.append(str(a["/Contents"]))
    try:
        fl = r.get_fields() or {}
        for k, v in fl.items():
            val = v.get("/V")
            if val is not None:
                parts.append(str(val))
            opt = v.get("/Opt")
            if opt is not None:
                parts.append(str(opt))
    except Exception:
        pass
    try:
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        for i in range(len(d)):
            parts.append(d[i].get_textpage().get_text_range())
    except Exception:
        pass
    return "\n".join(parts)


def pdf_has_text(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return any((pg.extract_text() or "").strip() for pg in r.pages)
