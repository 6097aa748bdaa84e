"""Read every document back without the parser and check expected files against the text."""
import sys, os, json, re, glob, zipfile, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader
import docx

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(p):
    if p.endswith(".docx"):
        docx.Document(p)
        z = zipfile.ZipFile(p)
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        return " ".join(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", z.read(n).decode("utf-8"))) for n in parts)
    return " ".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def norm(s):
    import html
    s = html.unescape(unicodedata.normalize("NFKC", s)).lower().replace("’", "'").replace("\u2019", "'")
    return re.sub(r"[\s\-‐‑–—«»“”\"•\uf0b7◉○☐☒]+", "", s)


def check(half):
    fails = 0; n = 0
    for e in sorted(glob.glob(os.path.join(HERE, "..", half, "*.expected.json"))):
        doc = e[: -len(".expected.json")]; n += 1
        exp = json.load(open(e, encoding="utf-8"))
        errs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys")
        bad = [k for k in exp["fields"] if k not in lib.KEYS]
        if bad: errs.append("unknown keys %s" % bad)
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing(exp["fields"]):
            errs.append("missing_required mismatch")
        t = norm(text_of(doc))
        if len(t) < 200: errs.append("little text")
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours",
                     "expected_enrolment", "submission_date"):
                continue
            pieces = v if isinstance(v, list) else v.split("; ")
            for pc in pieces:
                if norm(pc) not in t:
                    errs.append("%s not found: %r" % (k, pc[:60]))
        if errs:
            fails += 1; print(os.path.basename(doc), errs)
    print("%s: %d documents, %d failures" % (half, n, fails))

for h in sys.argv[1:] or ["tuning", "heldout"]:
    check(h)
