"""Read every document back (no parser) and check expected files against the data modules."""
import importlib
import json
import os
import re
import sys
import unicodedata
import zipfile

from pypdf import PdfReader

import lib

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    import docx
    docx.Document(path)
    z = zipfile.ZipFile(path)
    parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
    return "\n".join(re.sub(r"<[^>]+>", "", p) for p in parts)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')
    return re.sub(r"[\s\-\u2010\u2011\u00ad\u2022\uf0b7\u25cf\u25aa\u2013]+", "", s)


def check(half):
    mod = importlib.import_module(half + "_data")
    fails = 0
    for d in mod.DOCS:
        path = os.path.join(HERE, "..", half, d["name"])
        exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        probs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            probs.append("keys")
        if any(k not in lib.KEYS for k in exp["fields"]):
            probs.append("field keys")
        if exp["fields"] != d["fields"]:
            probs.append("fields differ from data")
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing_required(exp["fields"]):
            probs.append("missing_required")
        t = norm(text_of(path))
        if len(t) < 200:
            probs.append("little text")
        for k, v in exp["fields"].items():
            if isinstance(v, (int, float)):
                continue
            if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                continue
            pieces = v if isinstance(v, list) else v.split("; ")
            for p in pieces:
                if norm(p) not in t:
                    probs.append("%s not found: %r" % (k, p[:60]))
        if probs:
            fails += 1
            print("FAIL", d["name"], probs)
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))


if __name__ == "__main__":
    for h in sys.argv[1:] or ["tuning", "heldout"]:
        check(h)
