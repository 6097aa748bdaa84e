"""Renderers and helpers for round 24b (blind). Content lives in tuning_data.py / heldout_data.py."""
import json, os, re, subprocess, shutil, textwrap, copy
REQ = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
       "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
       "education_plan_alignment"]
ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
         "request_type", "existing_program_name", "target_learners", "rationale", "competencies", "learning_outcomes",
         "competency_framework", "summative_assessment", "partner_name", "partner_contact", "endorsement_status",
         "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
         "resources_required", "submission_date"]
LAB_EN = {
 "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
 "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone / Extension",
 "request_type": "Type of Request", "existing_program_name": "Existing Program Name (if converting)",
 "target_learners": "Target Learners", "rationale": "Rationale / Need",
 "competencies": "Competencies / Skills Targeted [R1]", "learning_outcomes": "Learning Outcomes [R1]",
 "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment [R2]",
 "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact Name and Email",
 "endorsement_status": "Endorsement Status [R3]", "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
 "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
 "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
 "submission_date": "Date Submitted"}
LAB_FR = {
 "proposal_title": "Titre proposé / Proposed Title", "proposer_name": "Nom du proposant / Name of Proposer",
 "proposer_title": "Poste / Position", "proposer_department": "Service ou programme / Department / Program",
 "proposer_email": "Courriel / Email", "proposer_phone": "Téléphone / Phone",
 "request_type": "Type de demande / Type of Request",
 "existing_program_name": "Programme existant (si conversion) / Existing Program Name",
 "target_learners": "Apprenants visés / Target Learners", "rationale": "Justification / Rationale",
 "competencies": "Compétences visées / Competencies [R1]", "learning_outcomes": "Résultats d’apprentissage / Learning Outcomes [R1]",
 "competency_framework": "Référentiel de compétences / Competency Framework",
 "summative_assessment": "Évaluation sommative / Summative Assessment [R2]",
 "partner_name": "Partenaire du milieu / Industry Partner [R3]", "partner_contact": "Personne-ressource du partenaire / Partner Contact",
 "endorsement_status": "Statut de l’appui / Endorsement Status [R3]",
 "education_plan_alignment": "Lien avec le Plan d’éducation de Michener / Education Plan Alignment [R4]",
 "delivery_format": "Mode de prestation / Delivery Format", "estimated_hours": "Nombre d’heures / Estimated Hours",
 "proposed_start": "Début prévu / Proposed Start", "expected_enrolment": "Inscriptions prévues par année / Expected Enrolment",
 "resources_required": "Ressources requises / Resources Required", "submission_date": "Date de soumission / Date Submitted"}
OPT_EN = {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"), ("micro_course", "Micro-course")],
          "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed – letter to follow"),
                                 ("in_discussion", "In discussion"), ("none", "None yet")],
          "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]}
OPT_FR = {"request_type": [("new", "Nouvelle microcertification / New"), ("existing_program", "Conversion d’un programme / Convert existing"), ("micro_course", "Microcours / Micro-course")],
          "endorsement_status": [("letter_attached", "Lettre d’appui jointe / Letter attached"), ("confirmed", "Confirmé – lettre à venir / Confirmed"),
                                 ("in_discussion", "En discussion / In discussion"), ("none", "Aucun / None")],
          "delivery_format": [("online", "En ligne / Online"), ("in_person", "En personne / In person"), ("hybrid", "Hybride / Hybrid")]}
CHOICES = ("request_type", "endorsement_status", "delivery_format")
PUNCT = tuple(".;:,!?)")

def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0: out = it
        else: out += (" " if items[i-1].rstrip().endswith(PUNCT) else "; ") + it
    return out

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

def expected(doc):
    if not doc.get("is_form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    F = doc["F"]; fields = {}
    for k in ORDER:
        v = F.get(k)
        if v in (None, "", []): continue
        if k == "learning_outcomes": fields[k] = [norm(x) for x in v]
        elif isinstance(v, list): fields[k] = norm(join_list(v))
        elif isinstance(v, int): fields[k] = v
        else: fields[k] = norm(v)
    req = list(REQ) + (["existing_program_name"] if fields.get("request_type") == "existing_program" else [])
    miss = [k for k in REQ + ["existing_program_name"] if k in req and k not in fields]
    return {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}

def disp(doc, k):
    """Display text of a non-choice answer as lines (list) or string; '' if empty."""
    D = doc.get("D", {})
    if k in D: return D[k]
    v = doc["F"].get(k)
    if v in (None, []): return ""
    if isinstance(v, int): return str(v)
    return v

def as_lines(doc, k, numbered=True, bullet="• "):
    d = disp(doc, k)
    if isinstance(d, list):
        if k == "learning_outcomes" and numbered: return [f"{i+1}. {x}" for i, x in enumerate(d)]
        return [bullet + x for x in d]
    return [d] if d else []

def write_expected(doc, path):
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2); fh.write("\n")

def soffice(args, cwd):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset24b", "--headless"] + args,
                   cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
