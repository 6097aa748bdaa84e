"""Read every document back without the parser and check the expected files (python verify.py [tuning heldout])."""
import json, os, re, sys, unicodedata, zipfile
import docx
from pypdf import PdfReader
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KEYS, REQUIRED

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-–—«»•\u2002\uf0b7]", "", s)

def doc_text(path):
    if path.endswith(".docx"):
        docx.Document(path)
        z = zipfile.ZipFile(path)
        t = ""
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
                x = z.read(n).decode("utf8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x)
                t += re.sub(r"<[^>]+>", "", x)
        return t
    rd = PdfReader(path)
    t = "".join(p.extract_text() or "" for p in rd.pages)
    for p in rd.pages:
        for a in p.get("/Annots", []) or []:
            a = a.get_object()
            for k in ("/Contents", "/V"):
                if k in a and isinstance(a[k], str):
                    t += "\n" + a[k]
    return t

fails = 0
for half in sys.argv[1:] or ["tuning", "heldout"]:
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
    n = 0
    for fn in sorted(os.listdir(d)):
        if not fn.endswith((".docx", ".pdf")):
            continue
        n += 1
        e = json.load(open(os.path.join(d, fn + ".expected.json"), encoding="utf8"))
        assert set(e) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, fn
        assert set(e["fields"]) <= set(KEYS), fn
        miss = [k for k in REQUIRED if k not in e["fields"]]
        if e["fields"].get("request_type") == "existing_program" and "existing_program_name" not in e["fields"]:
            miss.append("existing_program_name")
        if e["is_concept_form"]:
            assert miss == e["missing_required"], fn
        T = norm(doc_text(os.path.join(d, fn)))
        for k, v in e["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours",
                     "expected_enrolment", "submission_date"):
                continue
            pieces = v if isinstance(v, list) else re.split(r"; ", v)
            for p in pieces:
                if norm(p) not in T:
                    fails += 1
                    print("MISSING", half, fn, k, p[:60])
    print(half, n, "documents,", fails, "failures so far")
