"""python verify.py -- reads every document back (no parser) and checks the expected files."""
import os, sys, json, re, zipfile, unicodedata, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader
import docx

KEYS = {"proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"}
CHOICE = {"request_type", "endorsement_status", "delivery_format", "submission_date"}

def squash(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-–]+", "", s)

def text_of(path):
    if path.endswith(".docx"):
        docx.Document(path)
        z = zipfile.ZipFile(path)
        import html; return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf8"))) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    r = PdfReader(path)
    t = " ".join(p.extract_text() or "" for p in r.pages)
    for k, v in (r.get_fields() or {}).items():
        t += " " + str(v.get("/V", ""))
    return t

def main():
    base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for half in ("tuning", "heldout"):
        try:
            mod = importlib.import_module(half + "_data")
        except ImportError:
            continue
        fails = 0
        for d in mod.DOCS:
            p = os.path.join(base, half, d["file"]); e = json.load(open(p.rsplit(".", 1)[0] + ".expected.json"))
            bad = []
            if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}: bad.append("keys")
            if set(e["fields"]) - KEYS: bad.append("field keys")
            t = squash(text_of(p))
            for k, v in e["fields"].items():
                if k in CHOICE: continue
                vals = v if isinstance(v, list) else ([str(v)] if k in ("estimated_hours", "expected_enrolment") else v.split("; "))
                for x in vals:
                    if squash(str(x)) not in t: bad.append("%s: %r" % (k, x))
            if bad:
                fails += 1; print(half, d["file"], bad)
        print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))

main()
