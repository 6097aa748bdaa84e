"""python verify.py [tuning|heldout]: open every document without the parser and check the expected files."""
import os, sys, json, glob, re, unicodedata, zipfile, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).lower().replace("’", "'")
    return re.sub(r"[\s\-\u00ad]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        Document(path)
        z = zipfile.ZipFile(path)
        xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)).replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')
    r = PdfReader(path)
    return " ".join((p.extract_text() or "") for p in r.pages)


def pieces(key, v):
    if isinstance(v, list):
        return v
    if key in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
        return []
    if isinstance(v, (int, float)):
        return [str(v)]
    return [x for x in re.split(r"; ", v)]


def check(half):
    data = importlib.import_module(f"{half}_data")
    fails = 0
    names = {d["name"] for d in data.DOCS}
    for spec in data.DOCS:
        path = os.path.join(HERE, "..", half, spec["name"])
        exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        errs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys")
        bad = [k for k in exp["fields"] if k not in lib.FIELD_KEYS]
        if bad:
            errs.append(f"non-FIELDS keys {bad}")
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing_required(exp["fields"]):
            errs.append("missing_required mismatch")
        t = norm(doc_text(path))
        for k, v in exp["fields"].items():
            for p in pieces(k, v):
                if norm(p) not in t:
                    errs.append(f"{k}: not found: {p[:60]!r}")
        print(("FAIL " if errs else "ok   ") + spec["name"] + (" " + "; ".join(errs) if errs else ""))
        fails += bool(errs)
    extra = [f for f in os.listdir(os.path.join(HERE, "..", half)) if not f.endswith(".expected.json")
             and f not in names and f != "INDEX.md"]
    if extra:
        print("unexpected files:", extra); fails += 1
    print(f"{half}: {len(data.DOCS)} documents, {fails} failures")


for h in (sys.argv[1:] or ["tuning", "heldout"]):
    check(h)
