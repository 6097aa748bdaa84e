"""Read every document back without the parser and check expected files (python verify.py)."""
import os, sys, json, re, unicodedata, zipfile, importlib
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import expected, REQUIRED
FIELDS = set("""proposal_title proposer_name proposer_title proposer_department proposer_email proposer_phone request_type
target_learners rationale competencies learning_outcomes competency_framework summative_assessment partner_name partner_contact
endorsement_status education_plan_alignment delivery_format estimated_hours proposed_start expected_enrolment resources_required
existing_program_name submission_date""".split())
CHOICE = {"request_type", "endorsement_status", "delivery_format", "submission_date"}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u00ad]+", "", s)


def text(p):
    if p.endswith(".pdf"):
        return "".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    z = zipfile.ZipFile(p)
    return " ".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf8")) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))


for half in sys.argv[1:] or ["tuning", "heldout"]:
    if not os.path.exists(os.path.join(HERE, half + "_data.py")):
        continue
    mod = importlib.import_module(half + "_data"); fails = 0
    for doc in mod.DOCS:
        p = os.path.join(ROOT, half, doc["file"]); base = p.rsplit(".", 1)[0]
        e = json.load(open(base + ".expected.json", encoding="utf-8"))
        prob = []
        if e != expected(doc): prob.append("expected differs from data")
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}: prob.append("keys")
        if set(e["fields"]) - FIELDS: prob.append("bad keys %s" % (set(e["fields"]) - FIELDS))
        t = norm(text(p))
        for k, v in e["fields"].items():
            if k in CHOICE: continue
            vals = v if isinstance(v, list) else ([str(v)] if k in ("estimated_hours", "expected_enrolment") else [x for x in v.split("; ")])
            for x in vals:
                if norm(x) not in t: prob.append("%s not found: %s" % (k, x[:60]))
        if e["is_concept_form"] and e["missing_required"] != [k for k in REQUIRED if k not in e["fields"]] + (
                ["existing_program_name"] if e["fields"].get("request_type") == "existing_program" and "existing_program_name" not in e["fields"] else []):
            prob.append("missing_required mismatch")
        fails += bool(prob)
        for x in prob: print(half, doc["file"], "::", x)
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))
