"""Helpers for round 13b (blind): expected-file writer and producing routes."""
import json, os, subprocess, shutil, tempfile

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
        "proposer_phone", "request_type", "target_learners", "rationale", "competencies",
        "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
        "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
        "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def expected(doc):
    if doc["shape"] == "7":
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    f = {k: doc["fields"][k] for k in KEYS if k in doc["fields"]}
    assert set(f) == set(doc["fields"]), set(doc["fields"]) - set(f)
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f, "missing_required": missing(f),
            "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(outdir, doc):
    with open(os.path.join(outdir, doc["file"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def soffice_convert(src, fmt, outdir, filt=None):
    """LibreOffice headless conversion with its own profile."""
    tgt = fmt if not filt else f"{fmt}:{filt}"
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-13b", "--headless",
                    "--convert-to", tgt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    return os.path.join(outdir, base)


def chromium_pdf(html, out):
    d = tempfile.mkdtemp(prefix="c13b-")
    p = os.path.join(d, "page.html")
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={d}/prof", f"--print-to-pdf={out}", "file://" + p],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(d, ignore_errors=True)


def via_soffice_pdf(src_builder, out, suffix):
    """Build a source file (pptx/xlsx/odt...) in a temp dir and export it to PDF with LibreOffice."""
    d = tempfile.mkdtemp(prefix="s13b-")
    src = os.path.join(d, "src" + suffix)
    src_builder(src)
    pdf = soffice_convert(src, "pdf", d)
    shutil.move(pdf, out)
    shutil.rmtree(d, ignore_errors=True)
