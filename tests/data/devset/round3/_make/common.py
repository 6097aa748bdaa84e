"""Shared helpers for the round-3 dev set (written without reading the parser)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
         "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
         "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
         "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]

LABELS_EN = {
    "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
    "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone",
    "request_type": "Type of Request", "existing_program_name": "Existing Program Name",
    "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted", "learning_outcomes": "Learning Outcomes",
    "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment",
    "partner_name": "Industry / Employment Partner", "partner_contact": "Partner Contact",
    "endorsement_status": "Endorsement Status", "education_plan_alignment": "Alignment with Michener's Education Plan",
    "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
    "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
    "submission_date": "Date Submitted"}
LABELS_FR = {
    "proposal_title": "Titre proposé", "proposer_name": "Nom du proposant", "proposer_title": "Poste / titre",
    "proposer_department": "Service / programme", "proposer_email": "Courriel", "proposer_phone": "Téléphone",
    "request_type": "Type de demande", "existing_program_name": "Programme existant à convertir",
    "target_learners": "Apprenants visés", "rationale": "Justification / besoin",
    "competencies": "Compétences ciblées", "learning_outcomes": "Résultats d'apprentissage",
    "competency_framework": "Référentiel de compétences", "summative_assessment": "Évaluation sommative",
    "partner_name": "Partenaire (industrie / employeur)", "partner_contact": "Personne-ressource du partenaire",
    "endorsement_status": "Statut de l'appui", "education_plan_alignment": "Alignement avec le plan d'éducation de Michener",
    "delivery_format": "Mode de prestation", "estimated_hours": "Nombre d'heures estimé", "proposed_start": "Début proposé",
    "expected_enrolment": "Inscriptions prévues par année", "resources_required": "Ressources requises",
    "submission_date": "Date"}
OPTS_EN = {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                            ("micro_course", "Micro-course")],
           "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed (letter to follow)"),
                                  ("in_discussion", "In discussion"), ("none", "None yet")],
           "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]}
OPTS_FR = {"request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                            ("micro_course", "Microcours")],
           "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé (lettre à venir)"),
                                  ("in_discussion", "En discussion"), ("none", "Aucun pour l'instant")],
           "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")]}


def missing(f):
    m = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        m.append("existing_program_name")
    return m


def checkline(key, value, lang="en", on="☒", off="☐", sep="   "):
    opts = (OPTS_FR if lang == "fr" else OPTS_EN)[key]
    return sep.join(f"{on if c == value else off} {t}" for c, t in opts)


def written(form, key):
    """The text the applicant wrote for a key (overrides in form['w'])."""
    w = form.get("w", {})
    if key in w:
        return w[key]
    v = form["f"].get(key)
    if v is None:
        return ""
    if isinstance(v, list):
        return v
    return str(v)


def write_expected(form, path):
    f = {k: form["f"][k] for k in ORDER if k in form["f"]}
    exp = {"is_concept_form": form.get("is_form", True), "shape": form["shape"], "fields": f,
           "missing_required": missing(f) if form.get("is_form", True) else [],
           "needs_manual_review": form.get("manual", False), "notes": form["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def out(form):
    return os.path.join(ROOT, form["half"], form["file"])
