"""Reads every document back without the parser and checks expected values occur in it."""
import sys, os, json, re, unicodedata, zipfile, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import ORDER, REQUIRED, expected
import pypdf, docx
KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-–—«»\"“”•\u00ad\uf0b7]", "", s)
def text(p):
    if p.endswith(".pdf"):
        r = pypdf.PdfReader(p); return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)
    docx.Document(p)
    z = zipfile.ZipFile(p)
    return "\n".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf8")) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")), 0
for half in sys.argv[1:] or ["tuning", "heldout"]:
    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
    mod = importlib.import_module(f"{half}_data"); fails = 0
    for d in mod.DOCS:
        p = os.path.join(base, d["name"]); e = json.load(open(p + ".expected.json", encoding="utf-8"))
        assert set(e) == KEYS and set(e["fields"]) <= set(ORDER), d["name"]
        miss = [k for k in REQUIRED if k not in e["fields"]] if e["is_concept_form"] else []
        if e["fields"].get("request_type") == "existing_program" and "existing_program_name" not in e["fields"]: miss.append("existing_program_name")
        assert miss == e["missing_required"], d["name"]
        t, npg = text(p); nt = norm(t)
        for k, v in e["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment", "submission_date"): continue
            pieces = v if isinstance(v, list) else re.split(r"; ", v)
            for piece in pieces:
                if norm(piece) not in nt:
                    fails += 1; print("MISSING", d["name"], k, piece[:70])
        print(("%2d pages " % npg if npg else "  docx   ") + d["name"])
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")
