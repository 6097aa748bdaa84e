"""Renderers for round 21b (blind maker b). Each document dict:
name, genre, shape, f (expected field values), x (display wording of choices/numbers/dates),
lab (label overrides), order (optional field order), extra (genre-specific), notes, is_form."""
import json, os, re, subprocess, tempfile, random

ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
         "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
         "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
         "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
LAB = {"proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
       "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone / Extension",
       "request_type": "Type of Request", "existing_program_name": "Existing Program Name",
       "target_learners": "Target Learners", "rationale": "Rationale / Need",
       "competencies": "Competencies / Skills Targeted", "learning_outcomes": "Learning Outcomes",
       "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment",
       "partner_name": "Industry / Employment Partner", "partner_contact": "Partner Contact",
       "endorsement_status": "Endorsement Status", "education_plan_alignment": "Alignment with Michener's Education Plan",
       "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
       "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
       "submission_date": "Date Submitted"}
LAB_FR = {"proposal_title": "Titre proposé", "proposer_name": "Nom du proposant", "proposer_title": "Poste / Titre",
          "proposer_department": "Service / Programme", "proposer_email": "Courriel", "proposer_phone": "Téléphone / Poste",
          "request_type": "Type de demande", "existing_program_name": "Programme existant à convertir",
          "target_learners": "Apprenants visés", "rationale": "Justification / Besoin",
          "competencies": "Compétences visées", "learning_outcomes": "Résultats d'apprentissage",
          "competency_framework": "Cadre de compétences", "summative_assessment": "Évaluation sommative",
          "partner_name": "Partenaire du milieu / organisme externe", "partner_contact": "Personne-ressource du partenaire",
          "endorsement_status": "État de l'appui", "education_plan_alignment": "Lien avec le Plan d'éducation de Michener",
          "delivery_format": "Mode de prestation", "estimated_hours": "Nombre d'heures estimé",
          "proposed_start": "Début proposé", "expected_enrolment": "Inscriptions prévues par année",
          "resources_required": "Ressources requises", "submission_date": "Date de soumission"}
OPTS = {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                         ("micro_course", "Micro-course")],
        "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed, letter to follow"),
                               ("in_discussion", "In discussion"), ("none", "Not yet approached")],
        "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid / blended")]}
OPTS_FR = {"request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                            ("micro_course", "Microcours")],
           "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé, lettre à suivre"),
                                  ("in_discussion", "En discussion"), ("none", "Pas encore sollicité")],
           "delivery_format": [("online", "En ligne"), ("in_person", "En présence"), ("hybrid", "Hybride")]}
CHOICE = ("request_type", "endorsement_status", "delivery_format")


def labels(d):
    base = dict(LAB_FR if d.get("lang") == "fr" else LAB)
    if d.get("lang") == "bi":
        base = {k: f"{LAB_FR[k]} / {LAB[k]}" for k in LAB}
    base.update(d.get("lab", {}))
    return base


def order(d):
    o = d.get("order") or ORDER
    return [k for k in o if k != "existing_program_name" or d["f"].get("request_type") == "existing_program"
            or "existing_program_name" in (d.get("order") or [])]


def shown(d, k):
    """The answer as it appears in the document: str, or list of str (list items)."""
    f, x = d["f"], d.get("x", {})
    if k in x:
        return x[k]
    if k not in f:
        return ""
    v = f[k]
    if k in ("estimated_hours", "expected_enrolment"):
        return str(v)
    return v


def opts_line(d, k, box=True):
    opts = (OPTS_FR if d.get("lang") in ("fr",) else OPTS)[k]
    if d.get("lang") == "bi":
        opts = [(c, f"{a} / {b}") for (c, a), (_, b) in zip(OPTS_FR[k], OPTS[k])]
    sel = d["f"].get(k)
    return [("☒ " if c == sel else "☐ ") + t for c, t in opts]


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out


def expected(d):
    fields = {}
    for k in ORDER:
        if k in d["f"]:
            v = d["f"][k]
            if isinstance(v, list) and k != "learning_outcomes":
                v = join_list(v)
            fields[k] = v
    if not d.get("is_form", True):
        fields = {}
    miss = [k for k in REQUIRED if k not in fields] if d.get("is_form", True) else []
    if d.get("is_form", True) and fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    return {"is_concept_form": d.get("is_form", True), "shape": d["shape"], "fields": fields,
            "missing_required": miss, "needs_manual_review": False, "notes": d["notes"]}


def write_expected(d, path):
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected(d), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
