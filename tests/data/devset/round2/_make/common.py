"""Shared helpers for the round-2 development set generator (made here, CC0)."""
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

from forms_tuning import T  # noqa: E402
from forms_heldout import H  # noqa: E402

ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department",
         "proposer_email", "proposer_phone", "request_type", "existing_program_name",
         "target_learners", "rationale", "competencies", "learning_outcomes",
         "competency_framework", "summative_assessment", "partner_name", "partner_contact",
         "endorsement_status", "education_plan_alignment", "delivery_format",
         "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
         "submission_date"]
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type",
            "target_learners", "rationale", "competencies", "learning_outcomes",
            "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]

FORMS = {}
FORMS.update(T)
FORMS.update(H)


def half_of(doc_id):
    return "tuning" if doc_id.startswith("t") else "heldout"


def out_path(doc_id, name=None):
    return os.path.join(ROOT, half_of(doc_id), name or FORMS[doc_id]["file"])


def para(v):
    """Expected value of a text answer: paragraphs joined with a space."""
    return " ".join(p.strip() for p in v.split("\n\n"))


def write_expected(doc_id, is_form=True, notes=None, shape=None, name=None):
    path = out_path(doc_id, name) + ".expected.json"
    if not is_form:
        d = {"is_concept_form": False, "shape": shape or "7", "fields": {},
             "missing_required": [], "needs_manual_review": False, "notes": notes}
    else:
        f = FORMS[doc_id]
        fields = {}
        for k in ORDER:
            if k in f["fields"]:
                v = f["fields"][k]
                fields[k] = para(v) if isinstance(v, str) else v
        missing = [k for k in REQUIRED if k not in fields]
        if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
            missing.append("existing_program_name")
        d = {"is_concept_form": True, "shape": f["shape"], "fields": fields,
             "missing_required": missing, "needs_manual_review": False,
             "notes": notes or f["notes"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def val(doc_id, key, default=""):
    """The text shown in the document for a key ('' when the key is empty)."""
    f = FORMS[doc_id]
    if key in f.get("disp", {}):
        return f["disp"][key]
    v = f["fields"].get(key)
    if v is None:
        return default
    if isinstance(v, list):
        return v
    return str(v)


OPT = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"),
                           ("confirmed", "Endorsement confirmed"),
                           ("in_discussion", "In discussion"), ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
OPT_FR = {
    "request_type": [("new", "Nouveau microcrédit"), ("existing_program", "Conversion d'un programme existant"),
                     ("micro_course", "Microcours")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Appui confirmé"),
                           ("in_discussion", "En discussion"), ("none", "Aucun pour l'instant")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
}


def boxes(doc_id, key, on="☒", off="☐", sep="   ", opts=None):
    opts = opts or OPT
    cur = FORMS[doc_id]["fields"].get(key)
    return sep.join(f"{on if code == cur else off} {label}" for code, label in opts[key])


def soffice(src, fmt, outdir):
    """Convert with LibreOffice headless; returns the output path."""
    prof = tempfile.mkdtemp(prefix="lo-prof-")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def lo_resave_docx(docx_path):
    """Round-trip a DOCX through LibreOffice (docx -> odt -> docx) so that the
    final file is written by LibreOffice, replacing docx_path."""
    tmp = tempfile.mkdtemp(prefix="lo-rt-")
    src = os.path.join(tmp, "doc.docx")
    shutil.copy(docx_path, src)
    odt = soffice(src, "odt", tmp)
    os.remove(src)
    out = soffice(odt, "docx:MS Word 2007 XML", tmp)
    shutil.move(out, docx_path)
    shutil.rmtree(tmp, ignore_errors=True)


def lo_docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="lo-pdf-")
    src = os.path.join(tmp, "doc.docx")
    shutil.copy(docx_path, src)
    out = soffice(src, "pdf", tmp)
    shutil.move(out, pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)
