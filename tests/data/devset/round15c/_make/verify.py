"""python verify.py tuning|heldout – reads documents back (no parser) and checks expected files."""
import sys, os, json, re, unicodedata, zipfile, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader
import docx
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-–]+", "", s)
half = sys.argv[1]; d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
fails = 0; n = 0
for ej in sorted(glob.glob(os.path.join(d, "*.expected.json"))):
    doc = ej[:-len(".expected.json")]; n += 1
    e = json.load(open(ej, encoding="utf-8"))
    assert set(e) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, ej
    assert set(e["fields"]) <= set(lib.KEYS), ej
    if doc.endswith(".docx"):
        docx.Document(doc)
        z = zipfile.ZipFile(doc); txt = " ".join(re.sub(r"<[^>]+>", " ", z.read(x).decode("utf8")) for x in z.namelist() if x.startswith("word/") and x.endswith(".xml"))
        import html; txt = html.unescape(txt)
    else:
        txt = " ".join(p.extract_text() or "" for p in PdfReader(doc).pages)
    T = norm(txt)
    if not T: print("NO TEXT", doc); fails += 1
    for k, v in e["fields"].items():
        if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
            continue
        vals = v if isinstance(v, list) else ([str(v)] if not isinstance(v, str) else re.split(r"; ", v))
        for x in vals:
            if norm(str(x)) not in T:
                print("MISSING", os.path.basename(doc), k, repr(x)[:80]); fails += 1
print(f"{half}: {n} documents, {fails} failures")
