"""Shared helpers for round 12: labels, expected-file writer, block renderers, external tools."""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale", "competencies",
         "learning_outcomes", "competency_framework", "summative_assessment", "partner_name", "partner_contact",
         "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start",
         "expected_enrolment", "resources_required", "submission_date"]
NUMERIC = {"estimated_hours", "expected_enrolment"}

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
        "proposer_name": "Nom du proposant / de la proposante",
        "proposer_title": "Poste / titre",
        "proposer_department": "Service / programme",
        "proposer_email": "Courriel",
        "proposer_phone": "Téléphone / poste",
        "request_type": "Type de demande",
        "existing_program_name": "Programme existant (si conversion)",
        "target_learners": "Personnes apprenantes visées",
        "rationale": "Justification / besoin",
        "competencies": "Compétences visées [R1]",
        "learning_outcomes": "Résultats d’apprentissage [R1]",
        "competency_framework": "Référentiel de compétences",
        "summative_assessment": "Évaluation sommative [R2]",
        "partner_name": "Partenaire du milieu / employeur [R3]",
        "partner_contact": "Personne-ressource chez le partenaire (nom et courriel)",
        "endorsement_status": "Statut de l’appui [R3]",
        "education_plan_alignment": "Arrimage au Plan d’éducation de Michener [R4]",
        "delivery_format": "Mode de prestation",
        "estimated_hours": "Nombre d’heures estimé",
        "proposed_start": "Début proposé",
        "expected_enrolment": "Inscriptions prévues par année",
        "resources_required": "Ressources requises",
        "submission_date": "Date",
    },
}
OPTIONS = {
    "en": {
        "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                         ("micro_course", "Micro-course")],
        "endorsement_status": [("letter_attached", "Letter of support attached"),
                               ("confirmed", "Confirmed (letter to follow)"), ("in_discussion", "In discussion"),
                               ("none", "None yet")],
        "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
    },
    "fr": {
        "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d’un programme existant"),
                         ("micro_course", "Microcours")],
        "endorsement_status": [("letter_attached", "Lettre d’appui jointe"), ("confirmed", "Confirmé (lettre à suivre)"),
                               ("in_discussion", "En discussion"), ("none", "Aucun pour l’instant")],
        "delivery_format": [("online", "En ligne"), ("in_person", "En présence"), ("hybrid", "Hybride")],
    },
}
TITLE = {"en": "Micro-Course / Credential Concept Form",
         "fr": "Formulaire de concept – microcours / microcertificat"}
INTRO = {"en": "Please complete every section and email the form to ce@michener.example.",
         "fr": "Veuillez remplir toutes les sections et envoyer le formulaire à ce@michener.example."}


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            prev = items[i - 1]
            out += (" " if prev[-1:] in ".;:,!?)" else "; ") + it
    return out


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    """One document: expected fields `f` (lists in text fields = bullets, joined in the expected file), display
    overrides `disp`, and genre-specific content."""

    def __init__(self, file, genre, shape, lang, route, notes, f=None, disp=None, form=True, review=False, **kw):
        self.file, self.genre, self.shape, self.lang, self.route, self.notes = file, genre, shape, lang, route, notes
        self.f = f or {}
        self.disp = disp or {}
        self.form = form
        self.review = review
        self.kw = kw

    def expected_fields(self):
        out = {}
        for k in ORDER:
            if k not in self.f:
                continue
            v = self.f[k]
            if k != "learning_outcomes" and isinstance(v, list):
                v = join_list(v)
            out[k] = v
        return out

    def missing(self):
        if not self.form:
            return []
        fl = self.expected_fields()
        miss = [k for k in REQUIRED if k not in fl]
        if fl.get("request_type") == "existing_program" and "existing_program_name" not in fl:
            miss.append("existing_program_name")
        return miss

    def expected(self):
        return {"is_concept_form": self.form, "shape": self.shape,
                "fields": self.expected_fields() if self.form else {},
                "missing_required": self.missing(), "needs_manual_review": self.review, "notes": self.notes}

    def show(self, k):
        """Display text/list of a field on an official-form rendering (None = leave blank)."""
        if k in self.disp:
            return self.disp[k]
        return self.f.get(k)


def write_expected(doc, outdir):
    p = os.path.join(outdir, doc.file + ".expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(doc.expected(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- block markup -> HTML / Markdown / groff
# blocks: ("h1"|"h2"|"p"|"pb"(bold-lead paragraph: (lead, text))|"ul"|"ol"|"raw"|"table"(rows, header?)|"br")

def esc(s):
    return html.escape(s, quote=False)


def inline_html(s):
    # **bold** and *italic*
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)\*(?!\w)", r"<i>\1</i>", s)
    return s


def blocks_html(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            out.append(f"<{t}>{inline_html(b[1])}</{t}>")
        elif t == "p":
            out.append(f"<p>{inline_html(b[1])}</p>")
        elif t == "pb":
            out.append(f"<p><b>{inline_html(b[1])}</b> {inline_html(b[2])}</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "lines":
            out.append("<p>" + "<br>".join(inline_html(x) for x in b[1]) + "</p>")
        elif t == "raw":
            out.append(b[1])
        elif t == "table":
            rows = b[1]
            hdr = b[2] if len(b) > 2 else None
            h = "<table>"
            if hdr:
                h += "<tr>" + "".join(f"<th>{inline_html(c)}</th>" for c in hdr) + "</tr>"
            for r in rows:
                h += "<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in r) + "</tr>"
            out.append(h + "</table>")
    return "\n".join(out)


def cell_html(c):
    if isinstance(c, list):
        return "".join(f"<p>{inline_html(x)}</p>" for x in c)
    return inline_html(c)


def md_inline(s):
    return s


def blocks_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "h1":
            out.append("# " + b[1])
        elif t == "h2":
            out.append("## " + b[1])
        elif t == "h3":
            out.append("### " + b[1])
        elif t == "p":
            out.append(b[1])
        elif t == "pb":
            out.append(f"**{b[1]}** {b[2]}")
        elif t == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{n}. " + i for n, i in enumerate(b[1], 1)))
        elif t == "lines":
            out.append("\\\n".join(b[1]))
        elif t == "raw":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- tools

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr[-2000:]}")
    return r


def soffice_convert(src, fmt, outdir, filt=None):
    prof = "file:///tmp/lo-devset12-profile"
    target = fmt if not filt else f"{fmt}:{filt}"
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target, "--outdir", outdir, src],
        timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt)


def chromium_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf_path}", "file://" + html_path], timeout=240)


def pandoc(src, dst, fr="markdown", extra=()):
    run(["pandoc", "-f", fr, "-o", dst, src, *extra], timeout=240)


def tmpdir():
    return tempfile.mkdtemp(prefix="dv12-")
