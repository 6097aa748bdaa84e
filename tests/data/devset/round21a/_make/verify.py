"""Reads every document back without the parser and checks the expected files (python verify.py [half ...])."""
import html, json, os, re, sys, unicodedata, zipfile, glob
from pypdf import PdfReader
from docx import Document
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import missing
FIELDS = set("""proposal_title proposer_name proposer_title proposer_department proposer_email proposer_phone request_type
target_learners rationale competencies learning_outcomes competency_framework summative_assessment partner_name
partner_contact endorsement_status education_plan_alignment delivery_format estimated_hours proposed_start
expected_enrolment resources_required existing_program_name submission_date""".split())
TOP = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-‐‑–—«»\"“”•·]+", "", s)
def text(p):
    if p.endswith(".docx"):
        Document(p)
        z = zipfile.ZipFile(p)
        return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode()) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")))
    return " ".join(pg.extract_text() for pg in PdfReader(p).pages)
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for half in sys.argv[1:] or ["tuning", "heldout"]:
    fails = 0; n = 0
    for e in sorted(glob.glob(os.path.join(base, half, "*.expected.json"))):
        n += 1
        doc = e[:-len(".expected.json")]; ex = json.load(open(e)); t = norm(text(doc)); errs = []
        if set(ex) != TOP: errs.append("top keys")
        if set(ex["fields"]) - FIELDS: errs.append("bad keys")
        if ex["is_concept_form"] and ex["missing_required"] != missing(ex["fields"]): errs.append("missing_required")
        for k, v in ex["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment", "submission_date"):
                continue
            parts = v if isinstance(v, list) else [v]
            for pc in parts:
                if norm(pc) not in t and not all(norm(q) in t for q in pc.split("; ")):
                    errs.append(f"{k}: {pc[:50]}")
        if errs: fails += 1; print(os.path.basename(doc), errs)
    print(f"{half}: {n} documents, {fails} failures")
