"""Read every document back (no parser) and check expected files against the data modules and the document text."""
import html, glob, importlib, json, os, re, sys, unicodedata, zipfile
from lib import REQUIRED
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone", "request_type",
        "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
        "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start",
        "expected_enrolment", "resources_required", "existing_program_name", "submission_date"]
NONTEXT = {"request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment", "submission_date"}
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u2013\u2014\u2022\u25aa\u00ab\u00bb]+", "", s)
def text(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    import docx; docx.Document(path)
    z = zipfile.ZipFile(path)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", z.read(n).decode("utf8"))) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
base = os.path.dirname(os.path.abspath(__file__))
for half in sys.argv[1:] or ["tuning", "heldout"]:
    mod = importlib.import_module(half + "_data"); fails = 0
    for doc in mod.DOCS:
        p = glob.glob(os.path.join(base, "..", half, doc["name"] + ".*[fx]"))[0]
        exp = json.load(open(p + ".expected.json"))
        t = norm(text(p)); errs = []
        assert set(exp) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
        errs += [k for k in exp["fields"] if k not in KEYS]
        if exp["is_concept_form"]:
            if exp["missing_required"] != [k for k in REQUIRED if k not in exp["fields"]]: errs.append("missing_required")
            for k, v in exp["fields"].items():
                if k in NONTEXT: continue
                pieces = v if isinstance(v, list) else (v.split("; ") if k in ("competencies", "rationale") else [v])
                for pc in pieces:
                    if norm(pc) not in t: errs.append("%s: %r" % (k, pc[:50]))
        if errs: fails += 1; print(half, doc["name"], errs)
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))
