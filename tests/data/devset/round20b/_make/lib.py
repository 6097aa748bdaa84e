"""Renderers for round 20b (maker b). Blind: written from FIELDS.md and README conventions only."""
import json, os, re, subprocess, shutil, tempfile, datetime

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]


class D:
    """A value shown differently from its expected form: D(expected, shown)."""
    def __init__(self, exp, show):
        self.exp, self.show = exp, show


class P:
    """Several paragraphs."""
    def __init__(self, *paras):
        self.paras = list(paras)


class L:
    """Bulleted / numbered list; items may be (parent, [children]) for nested lists."""
    def __init__(self, *items, numbered=False):
        self.items, self.numbered = list(items), numbered

    def flat(self):
        out = []
        for it in self.items:
            if isinstance(it, tuple):
                out.append(it[0]); out.extend(it[1])
            else:
                out.append(it)
        return out


def join_items(items):
    s = items[0]
    for it in items[1:]:
        s += (" " if s[-1] in ".;:,!?)" else "; ") + it
    return s


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def expected_value(v):
    if isinstance(v, D):
        return v.exp
    if isinstance(v, P):
        return ws(" ".join(v.paras))
    if isinstance(v, L):
        return ws(join_items(v.flat()))
    if isinstance(v, str):
        return ws(v)
    return v


def outcomes_expected(v):
    return [ws(o[0] if isinstance(o, tuple) else o) for o in v]


def expected(doc):
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    f = {}
    for k, v in doc["f"].items():
        assert k in KEYS, k
        if v in (None, "", []):
            continue
        f[k] = outcomes_expected(v) if k == "learning_outcomes" else expected_value(v)
    req = list(REQUIRED)
    if f.get("request_type") == "existing_program":
        req.append("existing_program_name")
    missing = [k for k in req if k not in f]
    return {"is_concept_form": True, "shape": doc["shape"], "fields": {k: f[k] for k in KEYS if k in f},
            "missing_required": missing, "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(doc, outdir, fname):
    with open(os.path.join(outdir, fname + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def show_date(iso, style="long", lang="en"):
    y, m, d = map(int, iso.split("-"))
    if lang == "fr":
        return f"{d} {MONTHS_FR[m-1]} {y}"
    if style == "long":
        return f"{MONTHS_EN[m-1]} {d}, {y}"
    if style == "dmy":
        return f"{d} {MONTHS_EN[m-1]} {y}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    return iso


def shown(v):
    """Plain shown text of a scalar value."""
    if isinstance(v, D):
        return v.show
    return str(v)


# ---------------------------------------------------------------- labels
LABELS = {
    "en": {
        "proposal_title": ("Proposed Title", "(working title is fine)"),
        "proposer_name": ("Name of Proposer", None),
        "proposer_title": ("Position / Title", None),
        "proposer_department": ("Department / Program", None),
        "proposer_email": ("Email", None),
        "proposer_phone": ("Phone / Extension", None),
        "request_type": ("Type of Request", "(select one)"),
        "existing_program_name": ("Existing Program Name", "(only if converting an existing program)"),
        "target_learners": ("Target Learners", "(who, what level, how many)"),
        "rationale": ("Rationale / Need", "(labour market need or identified skills gap; attach evidence if available)"),
        "competencies": ("Competencies / Skills Targeted [R1]", "(list the skills learners will practise)"),
        "learning_outcomes": ("Learning Outcomes [R1]", "(3–6 outcomes; say how each is assessed)"),
        "competency_framework": ("Competency Framework Alignment", "(e.g. national competency profile, professional body)"),
        "summative_assessment": ("Summative Assessment [R2]", "(how will achievement of the outcomes be evidenced?)"),
        "partner_name": ("Industry / Employment Partner [R3]", None),
        "partner_contact": ("Partner Contact", "(name and email)"),
        "endorsement_status": ("Endorsement Status [R3]", None),
        "education_plan_alignment": ("Alignment with Michener's Education Plan [R4]", None),
        "delivery_format": ("Delivery Format", None),
        "estimated_hours": ("Estimated Hours", "(total learning hours)"),
        "proposed_start": ("Proposed Start", None),
        "expected_enrolment": ("Expected Enrolment per Year", None),
        "resources_required": ("Resources Required", "(space, equipment, faculty, budget)"),
        "submission_date": ("Date Submitted", None),
    },
    "fr": {
        "proposal_title": ("Titre proposé", "(titre de travail accepté)"),
        "proposer_name": ("Nom du proposant / de la proposante", None),
        "proposer_title": ("Poste / Titre", None),
        "proposer_department": ("Département / Programme", None),
        "proposer_email": ("Courriel", None),
        "proposer_phone": ("Téléphone / Poste", None),
        "request_type": ("Type de demande", "(choisir une option)"),
        "existing_program_name": ("Nom du programme existant", "(seulement en cas de conversion)"),
        "target_learners": ("Apprenants visés", "(qui, quel niveau, combien)"),
        "rationale": ("Justification / Besoin", "(besoin du marché du travail ou lacune de compétences)"),
        "competencies": ("Compétences visées [R1]", None),
        "learning_outcomes": ("Résultats d'apprentissage [R1]", "(3 à 6 résultats)"),
        "competency_framework": ("Référentiel de compétences", "(p. ex. ordre professionnel)"),
        "summative_assessment": ("Évaluation sommative [R2]", None),
        "partner_name": ("Partenaire du milieu / organisme externe [R3]", None),
        "partner_contact": ("Personne-ressource du partenaire", "(nom et courriel)"),
        "endorsement_status": ("Statut de l'appui [R3]", None),
        "education_plan_alignment": ("Arrimage au Plan d'éducation de Michener [R4]", None),
        "delivery_format": ("Mode de prestation", None),
        "estimated_hours": ("Nombre d'heures estimé", None),
        "proposed_start": ("Début proposé", None),
        "expected_enrolment": ("Inscriptions prévues par année", None),
        "resources_required": ("Ressources requises", None),
        "submission_date": ("Date de soumission", None),
    },
}

SECTIONS = {
    "en": [("Section A – Proposal and proposer", ["proposal_title", "proposer_name", "proposer_title",
                                                 "proposer_department", "proposer_email", "proposer_phone",
                                                 "request_type", "existing_program_name"]),
           ("Section B – Learners and need", ["target_learners", "rationale"]),
           ("Section C – Competencies, outcomes and assessment", ["competencies", "learning_outcomes",
                                                                 "competency_framework", "summative_assessment"]),
           ("Section D – Partner endorsement and alignment", ["partner_name", "partner_contact",
                                                              "endorsement_status", "education_plan_alignment"]),
           ("Section E – Delivery and resources", ["delivery_format", "estimated_hours", "proposed_start",
                                                  "expected_enrolment", "resources_required"]),
           ("Section F – Submission", ["submission_date"])],
    "fr": [("Section A – Proposition et proposant(e)", ["proposal_title", "proposer_name", "proposer_title",
                                                       "proposer_department", "proposer_email", "proposer_phone",
                                                       "request_type", "existing_program_name"]),
           ("Section B – Apprenants et besoin", ["target_learners", "rationale"]),
           ("Section C – Compétences, résultats et évaluation", ["competencies", "learning_outcomes",
                                                                "competency_framework", "summative_assessment"]),
           ("Section D – Appui du partenaire et arrimage", ["partner_name", "partner_contact",
                                                           "endorsement_status", "education_plan_alignment"]),
           ("Section E – Prestation et ressources", ["delivery_format", "estimated_hours", "proposed_start",
                                                   "expected_enrolment", "resources_required"]),
           ("Section F – Soumission", ["submission_date"])],
}

OPTIONS = {
    "en": {
        "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                         ("micro_course", "Micro-course")],
        "endorsement_status": [("letter_attached", "Letter of support attached"),
                               ("confirmed", "Endorsement confirmed – letter to follow"),
                               ("in_discussion", "In discussion"), ("none", "No endorsement yet")],
        "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid / blended")],
    },
    "fr": {
        "request_type": [("new", "Nouveau microprogramme"), ("existing_program", "Conversion d'un programme existant"),
                         ("micro_course", "Microcours")],
        "endorsement_status": [("letter_attached", "Lettre d'appui jointe"),
                               ("confirmed", "Appui confirmé – lettre à suivre"),
                               ("in_discussion", "En discussion"), ("none", "Aucun appui pour l'instant")],
        "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
    },
}
CHOICES = ("request_type", "endorsement_status", "delivery_format")


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo20b_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
