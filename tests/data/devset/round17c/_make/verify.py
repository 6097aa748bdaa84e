"""Read every document back (no parser) and check expected files against the data modules and the document text."""
import json, os, re, sys, unicodedata, zipfile
from pypdf import PdfReader
import build

FIELDS = set("""proposal_title proposer_name proposer_title proposer_department proposer_email proposer_phone request_type
target_learners rationale competencies learning_outcomes competency_framework summative_assessment partner_name
partner_contact endorsement_status education_plan_alignment delivery_format estimated_hours proposed_start
expected_enrolment resources_required existing_program_name submission_date""".split())
CHOICE = {"request_type", "endorsement_status", "delivery_format", "submission_date"}


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("--", "\u2013")
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", s)


def doc_text(p):
    if p.endswith(".pdf"):
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    import docx
    docx.Document(p)
    z = zipfile.ZipFile(p)
    return "\n".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf8")) for n in z.namelist()
                     if n.startswith("word/") and n.endswith(".xml"))


def main(half):
    mod = __import__(f"{half}_data")
    root = os.path.join(build.ROOT, half)
    fails = 0
    for d in mod.DOCS:
        fn = os.path.join(root, f"{d['name']}.{d['ext']}")
        exp = json.load(open(fn + ".expected.json", encoding="utf-8"))
        probs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            probs.append("keys")
        if not set(exp["fields"]) <= FIELDS:
            probs.append("unknown field keys")
        if d["form"]:
            f = build.expected_fields(d)
            if f != exp["fields"] or build.missing(f) != exp["missing_required"]:
                probs.append("fields/missing differ from data module")
        txt = squash(doc_text(fn))
        if len(txt) < 200:
            probs.append("little text")
        for k, v in exp["fields"].items():
            if k in CHOICE or isinstance(v, (int, float)) or k in d.get("verify_split", []):
                continue
            pieces = v if isinstance(v, list) else v.split("; ")
            for pc in pieces:
                if squash(pc) not in txt:
                    probs.append(f"{k}: {pc[:50]!r} not found")
        print(("OK  " if not probs else "FAIL") + " " + os.path.basename(fn), "; ".join(probs))
        fails += bool(probs)
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")


if __name__ == "__main__":
    main(sys.argv[1])
