"""Read every document back WITHOUT the parser and check the expected files (python verify.py)."""
import json, os, re, sys, unicodedata, zipfile, glob
import pypdf
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KEYS, REQUIRED

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-‐–—«»•▪\u00ad]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)
        z = zipfile.ZipFile(path)
        return " ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf8")) for n in z.namelist()
                        if n.startswith("word/") and n.endswith(".xml"))
    r = pypdf.PdfReader(path)
    return " ".join(p.extract_text() or "" for p in r.pages)


def main():
    import html
    for half in ("tuning", "heldout"):
        files = sorted(f for f in glob.glob(os.path.join(HERE, "..", half, "*")) if f.endswith((".docx", ".pdf")))
        fails = 0
        for f in files:
            exp = json.load(open(f + ".expected.json", encoding="utf-8"))
            probs = []
            if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
                probs.append("keys")
            if any(k not in KEYS for k in exp["fields"]):
                probs.append("field keys")
            miss = [k for k in REQUIRED if k not in exp["fields"]]
            if exp["fields"].get("request_type") == "existing_program" and "existing_program_name" not in exp["fields"]:
                miss.append("existing_program_name")
            if exp["is_concept_form"] and miss != exp["missing_required"]:
                probs.append("missing_required")
            txt = doc_text(f)
            if f.endswith(".docx"):
                txt = html.unescape(txt)
            t = norm(txt)
            for k, v in exp["fields"].items():
                if k in ("request_type", "delivery_format", "endorsement_status", "submission_date",
                         "estimated_hours", "expected_enrolment"):
                    continue
                pieces = v if isinstance(v, list) else re.split(r"; (?=\S)", v)
                for p in pieces:
                    if norm(p) not in t:
                        probs.append(f"{k}: {p[:50]!r}")
            if probs:
                fails += 1
                print("FAIL", os.path.basename(f), probs)
        print(f"{half}: {len(files)} documents, {fails} failures")


main()
