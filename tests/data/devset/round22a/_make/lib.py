"""Shared tables for round 22a: field order, official labels, option wordings, expected-file writer."""
import json, re

ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
         "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
         "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
         "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]

SECTIONS = {"proposal_title": "Section A – Proposer", "request_type": "Section B – The Proposal",
            "competencies": "Section C – Institutional Requirements", "delivery_format": "Section D – Delivery and Resources"}
SECTIONS_FR = {"proposal_title": "Section A – Proposeur / Proposer", "request_type": "Section B – Proposition / Proposal",
               "competencies": "Section C – Exigences / Requirements", "delivery_format": "Section D – Prestation / Delivery"}

LABELS = {
    "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
    "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone",
    "request_type": "Type of Request", "existing_program_name": "Existing Program Name",
    "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted [R1]", "learning_outcomes": "Learning Outcomes [R1]",
    "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment [R2]",
    "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact",
    "endorsement_status": "Endorsement Status [R3]",
    "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
    "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
    "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
    "submission_date": "Date"}

LABELS_FR = {
    "proposal_title": "Titre proposé / Proposed Title", "proposer_name": "Nom du proposeur / Name of Proposer",
    "proposer_title": "Poste / Position / Title", "proposer_department": "Service ou programme / Department / Program",
    "proposer_email": "Courriel / Email", "proposer_phone": "Téléphone / Phone",
    "request_type": "Type de demande / Type of Request",
    "existing_program_name": "Programme existant / Existing Program Name",
    "target_learners": "Apprenants visés / Target Learners", "rationale": "Justification / Rationale / Need",
    "competencies": "Compétences visées / Competencies / Skills Targeted [R1]",
    "learning_outcomes": "Résultats d'apprentissage / Learning Outcomes [R1]",
    "competency_framework": "Référentiel de compétences / Competency Framework Alignment",
    "summative_assessment": "Évaluation sommative / Summative Assessment [R2]",
    "partner_name": "Partenaire / Industry / Employment Partner [R3]",
    "partner_contact": "Personne-ressource du partenaire / Partner Contact",
    "endorsement_status": "Statut de l'appui / Endorsement Status [R3]",
    "education_plan_alignment": "Alignement avec le Plan d'éducation / Alignment with Michener's Education Plan [R4]",
    "delivery_format": "Mode de prestation / Delivery Format", "estimated_hours": "Heures estimées / Estimated Hours",
    "proposed_start": "Début proposé / Proposed Start",
    "expected_enrolment": "Inscriptions prévues par année / Expected Enrolment per Year",
    "resources_required": "Ressources requises / Resources Required", "submission_date": "Date"}

OPTIONS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"),
                           ("confirmed", "Confirmed – letter to follow"), ("in_discussion", "In discussion"),
                           ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
OPTIONS_FR = {
    "request_type": [("new", "Nouveau microcertificat / New micro-credential"),
                     ("existing_program", "Conversion d'un programme existant / Convert an existing program"),
                     ("micro_course", "Microcours / Micro-course")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe / Letter of support attached"),
                           ("confirmed", "Confirmé, lettre à suivre / Confirmed – letter to follow"),
                           ("in_discussion", "En discussion / In discussion"), ("none", "Aucun / None yet")],
    "delivery_format": [("online", "En ligne / Online"), ("in_person", "En présentiel / In person"),
                        ("hybrid", "Hybride / Hybrid")],
}

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
CHOICES = set(OPTIONS)
NUMBERS = {"estimated_hours", "expected_enrolment"}


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        it = ws(it)
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def expected_fields(doc):
    """doc.f holds content; lists are items (learning_outcomes stays a list, other lists are joined)."""
    out = {}
    for k in ORDER:
        if k not in doc["f"]:
            continue
        v = doc["f"][k]
        if k == "learning_outcomes":
            out[k] = [ws(x) for x in v]
        elif isinstance(v, list):
            out[k] = join_list(v)
        elif isinstance(v, (int, float)):
            out[k] = v
        else:
            out[k] = ws(v)
    return out


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(path, doc):
    if doc["shape"] == "7":
        e = {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
             "needs_manual_review": False, "notes": doc["notes"]}
    else:
        fl = expected_fields(doc)
        e = {"is_concept_form": True, "shape": doc["shape"], "fields": fl, "missing_required": missing(fl),
             "needs_manual_review": False, "notes": doc["notes"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return e


def shown(doc, k):
    """The answer as written on the form (string or list of paragraphs/items)."""
    x = doc.get("x", {})
    if k in x:
        return x[k]
    return doc["f"].get(k)
