"""Round 10 helpers: value types, expected-file writer, official labels, converters.

Made blind: from FIELDS.md and the READMEs' conventions only.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]

ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
         "competencies", "learning_outcomes", "competency_framework", "summative_assessment",
         "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
         "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
         "resources_required", "submission_date"]

CHOICES = {"request_type", "endorsement_status", "delivery_format"}
NUMBERS = {"estimated_hours", "expected_enrolment"}
NO_VALUE = {"", "n/a", "na", "tbd", "-", "—", "s.o.", "to be determined", "à déterminer"}


# ---------------------------------------------------------------- value types
class V:
    """A value shown one way and expected another (None = no value)."""
    def __init__(self, shown, expected):
        self.shown, self.expected = shown, expected


class L(list):
    """A bulleted list in a text field (expected: items joined by '; ' or ' ')."""


class P(list):
    """An answer in several paragraphs (expected: joined with one space)."""


class O(list):
    """Learning outcomes (expected: a list)."""


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def join_items(items):
    out = ""
    for i, it in enumerate(items):
        it = norm(it)
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def expected_of(key, val):
    """Expected value of one answer spec (None = absent)."""
    if val is None:
        return None
    if isinstance(val, V):
        return val.expected
    if isinstance(val, O):
        return [norm(x) for x in val]
    if isinstance(val, L):
        return join_items(val)
    if isinstance(val, P):
        return norm(" ".join(val))
    if isinstance(val, (int, float)):
        return val
    s = norm(str(val))
    if s.lower() in NO_VALUE:
        return None
    return s


def shown_text(val):
    if val is None:
        return ""
    if isinstance(val, V):
        return "" if val.shown is None else str(val.shown)
    if isinstance(val, (O, L, P)):
        return "\n".join(val)
    return str(val)


def fields_from_answers(answers):
    f = {}
    for k in ORDER:
        if k in answers:
            e = expected_of(k, answers[k])
            if e is not None and e != [] and e != "":
                f[k] = e
    return f


def missing_of(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(path, is_form, shape, fields, missing, review, notes, extra=None):
    d = {"is_concept_form": is_form, "shape": shape,
         "fields": {k: fields[k] for k in ORDER if k in fields} if is_form else {},
         "missing_required": missing if is_form else [],
         "needs_manual_review": review, "notes": notes}
    if extra:
        d.update(extra)
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return d


# ---------------------------------------------------------------- labels
LABELS_EN = {
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
LABELS_FR = {
    "proposal_title": "Titre proposé du microcours / microcertificat",
    "proposer_name": "Nom du proposant ou de la proposante",
    "proposer_title": "Poste / titre",
    "proposer_department": "Service / programme",
    "proposer_email": "Courriel",
    "proposer_phone": "Téléphone / poste",
    "request_type": "Type de demande",
    "existing_program_name": "Programme existant (en cas de conversion)",
    "target_learners": "Apprenants visés",
    "rationale": "Justification / besoin",
    "competencies": "Compétences visées [R1]",
    "learning_outcomes": "Résultats d'apprentissage [R1]",
    "competency_framework": "Référentiel de compétences",
    "summative_assessment": "Évaluation sommative [R2]",
    "partner_name": "Partenaire (industrie / employeur) [R3]",
    "partner_contact": "Personne-ressource du partenaire (nom et courriel)",
    "endorsement_status": "Statut de l'appui [R3]",
    "education_plan_alignment": "Lien avec le Plan d'éducation de Michener [R4]",
    "delivery_format": "Mode de prestation",
    "estimated_hours": "Nombre d'heures estimé",
    "proposed_start": "Début proposé",
    "expected_enrolment": "Inscriptions prévues par année",
    "resources_required": "Ressources requises",
    "submission_date": "Date de soumission",
}
OPTIONS_EN = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"),
                           ("confirmed", "Confirmed – letter to follow"), ("in_discussion", "In discussion"),
                           ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
OPTIONS_FR = {
    "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                     ("micro_course", "Microcours")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé – lettre à suivre"),
                           ("in_discussion", "En discussion"), ("none", "Aucun pour l'instant")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
}
SECTIONS_EN = [("About you", ["proposal_title", "proposer_name", "proposer_title", "proposer_department",
                              "proposer_email", "proposer_phone"]),
               ("The proposal", ["request_type", "existing_program_name", "target_learners", "rationale"]),
               ("Requirements R1–R4", ["competencies", "learning_outcomes", "competency_framework",
                                       "summative_assessment", "partner_name", "partner_contact",
                                       "endorsement_status", "education_plan_alignment"]),
               ("Practical details", ["delivery_format", "estimated_hours", "proposed_start",
                                      "expected_enrolment", "resources_required", "submission_date"])]
SECTIONS_FR = [("À votre sujet", SECTIONS_EN[0][1]), ("La proposition", SECTIONS_EN[1][1]),
               ("Exigences R1 à R4", SECTIONS_EN[2][1]), ("Détails pratiques", SECTIONS_EN[3][1])]


def choice_code(val):
    if isinstance(val, V):
        return val.expected
    return val


# ---------------------------------------------------------------- converters
def soffice(src, fmt, outdir, filt=None):
    """LibreOffice headless conversion; returns the output path."""
    prof = tempfile.mkdtemp(prefix="lo-devset10-")
    target = fmt if filt is None else f"{fmt}:{filt}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt)


def chromium_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="chr-devset10-")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def pdflatex(tex_source, pdf_path):
    d = tempfile.mkdtemp(prefix="tex-devset10-")
    with open(os.path.join(d, "doc.tex"), "w", encoding="utf-8") as fh:
        fh.write(tex_source)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], cwd=d,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=400)
    if r.returncode != 0:
        raise RuntimeError(r.stdout.decode("utf-8", "replace")[-3000:])
    shutil.copy(os.path.join(d, "doc.pdf"), pdf_path)
    shutil.rmtree(d, ignore_errors=True)


def gs_redistill(src_pdf, dst_pdf):
    """A 'Print to PDF' through a Ghostscript PDF printer driver."""
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.4", "-dPDFSETTINGS=/printer", f"-sOutputFile={dst_pdf}", src_pdf],
                   check=True, timeout=300)


def gs_scan(src_pdf, dst_pdf, dpi=150, angle=0.6, seed=1):
    """Rasterise with Ghostscript (grey), add skew/noise with Pillow, save image-only PDF."""
    import random
    from PIL import Image, ImageFilter
    d = tempfile.mkdtemp(prefix="scan-devset10-")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pnggray", f"-r{dpi}",
                    f"-sOutputFile={d}/p%02d.png", src_pdf], check=True, timeout=300)
    rnd = random.Random(seed)
    pages = []
    for name in sorted(os.listdir(d)):
        im = Image.open(os.path.join(d, name)).convert("L")
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 900):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice([0, 60, 110])
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: 255 if v > 235 else int(v * 0.95))
        pages.append(im.convert("L"))
        angle = -angle * 0.7
    pages[0].save(dst_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=70)
    shutil.rmtree(d, ignore_errors=True)


def ascii_key(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^0-9a-zà-ÿœ]", "", s)
