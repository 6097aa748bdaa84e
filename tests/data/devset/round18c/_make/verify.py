"""Reads every document back without the parser and checks the expected files (python verify.py [tuning|heldout])."""
import json, os, re, sys, unicodedata, zipfile, importlib, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from docx import Document
import pypdf
FIELDKEYS = set(lib.KEYS)
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u2013\u2014•·]+", "", t)


def text_of(p):
    if p.endswith(".docx"):
        Document(p)
        z = zipfile.ZipFile(p)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf8"))) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    r = pypdf.PdfReader(p)
    return " ".join(pg.extract_text() for pg in r.pages)


def pieces(v):
    if isinstance(v, list):
        return v
    if isinstance(v, (int, float)):
        return []
    return [x for x in str(v).split("; ")]


for half in sys.argv[1:] or ["tuning", "heldout"]:
    try:
        mod = importlib.import_module(half + "_data")
    except ImportError:
        continue
    fails = 0
    for d in mod.DOCS:
        p = os.path.join(HERE, "..", half, d["name"] + "." + d["ext"])
        e = json.load(open(p + ".expected.json"))
        errs = []
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys")
        if not set(e["fields"]) <= FIELDKEYS:
            errs.append("field keys")
        if e != lib.expected(d):
            errs.append("differs from data")
        if e["is_concept_form"] and e["missing_required"] != [k for k in lib.REQUIRED if k not in e["fields"]]:
            errs.append("missing_required")
        txt = norm(text_of(p))
        if d["ext"] == "pdf" and len(txt) < 200:
            errs.append("no text layer")
        dig = d["genre"] == "G3" and d["ext"] == "pdf"
        T = re.sub(r"\d", "", txt) if dig else txt
        for k, v in e["fields"].items():
            if k in ("request_type", "delivery_format", "endorsement_status", "submission_date"):
                continue
            if isinstance(v, (int, float)):
                if str(v) not in txt and k + "_text" not in d:
                    errs.append(f"{k} number not in text")
                continue
            for piece in pieces(v):
                q = norm(piece)
                if dig:
                    q = re.sub(r"\d", "", q)
                if q not in T:
                    errs.append(f"{k}: {piece[:40]!r} not in text")
        if errs:
            fails += 1
            print(half, d["name"], errs)
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")
