"""Check documents open, expected files parse and match the data modules, values occur in the documents."""
import sys, os, json, re, zipfile, unicodedata, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader
import docx

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(path):
    if path.endswith(".docx"):
        docx.Document(path)
        z = zipfile.ZipFile(path)
        t = " ".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf8")) for n in z.namelist()
                     if n.startswith("word/") and n.endswith(".xml"))
        import html
        return html.unescape(t)
    r = PdfReader(path)
    return " ".join(p.extract_text() or "" for p in r.pages)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", s)


def check(half):
    mod = importlib.import_module(half + "_data")
    fails = 0
    for d in mod.DOCS:
        p = os.path.join(HERE, "..", half, d["file"])
        exp = json.load(open(p + ".expected.json", encoding="utf-8"))
        errs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys")
        bad = [k for k in exp["fields"] if k not in lib.KEYS]
        if bad:
            errs.append("non-FIELDS keys %s" % bad)
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing(exp["fields"]):
            errs.append("missing_required")
        if exp["is_concept_form"] and exp["fields"] != d["fields"]:
            errs.append("fields differ from data module")
        T = norm(text_of(p))
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                continue
            if isinstance(v, (int, float)):
                if not d.get("numbers_in_words") and norm(str(v)) not in T:
                    errs.append("number %s=%s" % (k, v))
                continue
            items = v if isinstance(v, list) else re.split(r"; |(?<=[.;:,!?)]) ", v)
            for it in items:
                if norm(it) not in T:
                    errs.append("%s: %r" % (k, it[:60]))
        print(("FAIL " if errs else "ok   ") + d["file"] + ("  " + " | ".join(errs) if errs else ""))
        fails += bool(errs)
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))


for h in sys.argv[1:] or ["tuning", "heldout"]:
    check(h)
