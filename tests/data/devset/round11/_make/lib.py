"""Round 11 helpers: expected-file writer, official labels, producing routes.

Made blind: from shared/concept-form/FIELDS.md and the READMEs only.  Every
expected value comes from the data modules (tuning_data.py / heldout_data.py).
"""
import html
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type",
            "target_learners", "rationale", "competencies", "learning_outcomes",
            "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department",
        "proposer_email", "proposer_phone", "request_type", "existing_program_name",
        "target_learners", "rationale", "competencies", "learning_outcomes",
        "competency_framework", "summative_assessment", "partner_name", "partner_contact",
        "endorsement_status", "education_plan_alignment", "delivery_format",
        "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "submission_date"]
CHOICES = {"request_type": ["new", "existing_program", "micro_course"],
           "endorsement_status": ["letter_attached", "confirmed", "in_discussion", "none"],
           "delivery_format": ["online", "in_person", "hybrid"]}

LABELS = {
    "en": {
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
    },
    "fr": {
        "proposal_title": "Titre proposé du microcours / microcertificat",
        "proposer_name": "Nom de la personne proposante",
        "proposer_title": "Poste / titre",
        "proposer_department": "Service / programme",
        "proposer_email": "Courriel",
        "proposer_phone": "Téléphone / poste",
        "request_type": "Type de demande",
        "existing_program_name": "Nom du programme existant (s'il y a lieu)",
        "target_learners": "Apprenants visés",
        "rationale": "Justification / besoin",
        "competencies": "Compétences visées [R1]",
        "learning_outcomes": "Résultats d'apprentissage [R1]",
        "competency_framework": "Référentiel de compétences",
        "summative_assessment": "Évaluation sommative [R2]",
        "partner_name": "Partenaire (industrie / employeur) [R3]",
        "partner_contact": "Personne-ressource du partenaire (nom et courriel)",
        "endorsement_status": "Statut de l'appui [R3]",
        "education_plan_alignment": "Alignement avec le Plan d'éducation de Michener [R4]",
        "delivery_format": "Mode de prestation",
        "estimated_hours": "Nombre d'heures estimé",
        "proposed_start": "Début proposé",
        "expected_enrolment": "Inscriptions prévues par année",
        "resources_required": "Ressources requises",
        "submission_date": "Date de soumission",
    },
}
# bilingual label = "English / Français"
LABELS["bi"] = {k: LABELS["en"][k] + " / " + LABELS["fr"][k] for k in KEYS}

OPTIONS = {
    "en": {"request_type": [("new", "New micro-credential"),
                            ("existing_program", "Convert an existing program"),
                            ("micro_course", "Micro-course")],
           "endorsement_status": [("letter_attached", "Letter of support attached"),
                                  ("confirmed", "Confirmed (letter to follow)"),
                                  ("in_discussion", "In discussion"),
                                  ("none", "None yet")],
           "delivery_format": [("online", "Online"), ("in_person", "In person"),
                               ("hybrid", "Hybrid")]},
    "fr": {"request_type": [("new", "Nouveau microcertificat"),
                            ("existing_program", "Conversion d'un programme existant"),
                            ("micro_course", "Microcours")],
           "endorsement_status": [("letter_attached", "Lettre d'appui jointe"),
                                  ("confirmed", "Confirmé (lettre à suivre)"),
                                  ("in_discussion", "En discussion"),
                                  ("none", "Aucun pour l'instant")],
           "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"),
                               ("hybrid", "Hybride")]},
}
OPTIONS["bi"] = {k: [(c, a + " / " + b) for (c, a), (_, b) in zip(OPTIONS["en"][k], OPTIONS["fr"][k])]
                 for k in OPTIONS["en"]}

FORM_TITLE = {"en": "Micro-Course / Credential Concept Form",
              "fr": "Formulaire de concept – microcours / microcertificat",
              "bi": "Micro-Course / Credential Concept Form / Formulaire de concept"}


def J(items):
    """A list written in a text field: items joined with '; ', or one space after
    an item that already ends in punctuation (shared README)."""
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def missing_required(fields):
    miss = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    return miss


def expected(doc):
    """Expected-file dict from a data-module document."""
    if not doc["form"]:
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": doc.get("nmr", False), "notes": doc["notes"]}
    f = {}
    for k in KEYS:
        if k in doc["fields"]:
            f[k] = doc["fields"][k]
    bad = set(doc["fields"]) - set(KEYS)
    assert not bad, (doc["file"], bad)
    for k, codes in CHOICES.items():
        if k in f:
            assert f[k] in codes, (doc["file"], k, f[k])
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f,
            "missing_required": doc.get("missing", missing_required(f)),
            "needs_manual_review": doc.get("nmr", False), "notes": doc["notes"]}


def write_expected(outdir, doc):
    with open(os.path.join(outdir, doc["file"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- display
def display(doc, key):
    """What the form shows for a key: doc['show'] overrides the expected value.
    Returns None (empty), a str, or a list of str (lines/bullets)."""
    show = doc.get("show", {})
    if key in show:
        return show[key]
    v = doc["fields"].get(key)
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return str(v)
    return v


def boxes(doc, key, lang, on="☒", off="☐", sep="   "):
    chosen = doc.get("show", {}).get(key + "_box", doc["fields"].get(key))
    return sep.join((on if code == chosen else off) + " " + word for code, word in OPTIONS[lang][key])


# ---------------------------------------------------------------- HTML form
def esc(s):
    return html.escape(s, quote=False)


def answer_html(v, numbered=False):
    if v is None:
        return "&nbsp;"
    if isinstance(v, list):
        tag = "ol" if numbered else "ul"
        return "<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % esc(i) for i in v), tag)
    return "".join("<p>%s</p>" % esc(p) for p in v.split("\n\n"))


def form_html(doc, lang="en", css="", boxchars=("☒", "☐"), head_extra="", foot_extra="", numbered_outcomes=True):
    rows = []
    for k in KEYS:
        lab = LABELS[lang][k]
        if k in CHOICES:
            ans = "<p>%s</p>" % esc(boxes(doc, k, lang, *boxchars))
        else:
            ans = answer_html(display(doc, k), numbered=(k == "learning_outcomes" and numbered_outcomes))
        rows.append("<tr><td class='lab'><b>%s</b></td><td class='ans'>%s</td></tr>" % (esc(lab), ans))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "%s<h1>%s</h1><table border='1' cellpadding='4' cellspacing='0'>%s</table>%s</body></html>"
            % (esc(FORM_TITLE[lang]), css, head_extra, esc(FORM_TITLE[lang]), "".join(rows), foot_extra))


def page_html(body, css="", title="Document"):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (esc(title), css, body))


# ---------------------------------------------------------------- tools
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s %s" % (cmd[0], r.stdout[-2000:], r.stderr[-2000:]))
    return r


def soffice(src, fmt, outdir, infilter=None):
    """LibreOffice headless conversion; returns the output path."""
    prof = "file:///tmp/lo-devset11-profile"
    cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless"]
    if infilter:
        cmd += ["--infilter=" + infilter]
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    run(cmd, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(html_path, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out_pdf, "file://" + html_path], timeout=300)


def pandoc(src, out, frm, extra=()):
    run(["pandoc", "-f", frm, "-o", out, src] + list(extra), timeout=600)


def lualatex(tex_path, outdir):
    for _ in range(2):
        run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", outdir, tex_path],
            timeout=600)
    return os.path.join(outdir, os.path.splitext(os.path.basename(tex_path))[0] + ".pdf")


def story_pdf(html_text, out_pdf, css="", paper="letter", margin=54):
    """HTML laid out by MuPDF's Story engine (PyMuPDF) and written to PDF."""
    import pymupdf
    mediabox = pymupdf.paper_rect(paper)
    where = mediabox + (margin, margin, -margin, -margin)
    story = pymupdf.Story(html=html_text, user_css=css)
    writer = pymupdf.DocumentWriter(out_pdf)
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()


def tmpdir():
    return tempfile.mkdtemp(prefix="devset11-")


def move(src, dst):
    shutil.move(src, dst)
    return dst
