"""Read every document back without the parser and check the expected files (python verify.py [tuning|heldout])."""
import json, os, re, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import docx, pypdf

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(p):
    if p.endswith(".docx"):
        docx.Document(p)
        z = zipfile.ZipFile(p)
        xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        import html
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    r = pypdf.PdfReader(p)
    return " ".join(pg.extract_text() or "" for pg in r.pages)


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).lower().replace("’", "'").replace("&apos;", "'").replace("&amp;", "&")
    s = s.replace("&quot;", '"')
    return re.sub(r"[\s\-–—«»•\u00ad\uf0b7▪]+", "", s)


def check(half):
    d = os.path.join(HERE, "..", half)
    fails = n = 0
    for f in sorted(os.listdir(d)):
        if not (f.endswith(".docx") or f.endswith(".pdf")):
            continue
        n += 1
        exp = json.load(open(os.path.join(d, f + ".expected.json"), encoding="utf-8"))
        assert set(exp) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, f
        assert all(k in lib.KEYS for k in exp["fields"]), f
        if exp["is_concept_form"]:
            assert exp["missing_required"] == lib.missing(exp["fields"]), f
        t = norm(text_of(os.path.join(d, f)))
        assert len(t) > 200, f
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment",
                     "submission_date"):
                continue
            pieces = v if isinstance(v, list) else v.split("; ")
            for piece in pieces:
                if norm(piece) not in t:
                    fails += 1
                    print("MISSING", f, k, repr(piece[:80]))
    print(f"{half}: {n} documents, {fails} failures")


for h in (sys.argv[1:] or ["tuning", "heldout"]):
    check(h)
