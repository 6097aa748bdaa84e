"""Check round 11 without the parser: python verify.py [tuning|heldout]

For each document of a half: the expected file is valid JSON with exactly the required keys,
equals the data module, missing_required matches the fields; the document opens (python-docx /
pypdf); image-only PDFs have no text layer; every expected text value (item by item for
'; '-joined lists), each outcome, and the per-document `checks` strings occur in the document's
text (DOCX: every XML part under word/, w:delText dropped; PDF: pypdf + pypdfium2 text and
AcroForm /V values; the kept source page for scans).  Matching is after NFKC, lower-casing and
dropping whitespace, hyphens and soft hyphens; a value found only when all punctuation is
ignored as well is reported as a warning (looked at by hand).
"""
import importlib
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import logging
logging.getLogger("pypdf").setLevel(logging.ERROR)

KEYSET = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:(br|tab|cr)\b[^>]*/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                import html
                out.append(html.unescape(x))
    return "\n".join(out)


def pdf_text(path):
    import pypdf
    import pypdfium2
    out = []
    r = pypdf.PdfReader(path)
    for p in r.pages:
        out.append(p.extract_text() or "")
    try:
        flds = r.get_fields() or {}
        for k, v in flds.items():
            val = v.get("/V")
            if val is not None:
                out.append(str(val))
    except Exception:
        pass
    pdf = pypdfium2.PdfDocument(path)
    for i in range(len(pdf)):
        out.append(pdf[i].get_textpage().get_text_range())
    return "\n".join(out)


def n1(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00ad", "")
    return re.sub(r"[\s\-‐‑–—]+", "", s)


def n2(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def items(key, v):
    if isinstance(v, list):
        return v
    if isinstance(v, (int, float)):
        return []  # numbers: written forms are in `checks`
    if key in lib.CHOICES or key == "submission_date":
        return []  # codes / ISO dates: written forms in `checks` or the form's boxes
    if "; " in v:
        return v.split("; ")
    return [v]


def check_half(half):
    try:
        mod = importlib.import_module("tuning_data" if half == "tuning" else "heldout_data")
    except ImportError:
        print("%s: no data module on this branch" % half)
        return 0, 0
    outdir = os.path.join(lib.ROOT, half)
    prefix = "" if half == "tuning" else "heldout_"
    fails = 0
    for doc in mod.DOCS:
        errs, warns = [], []
        path = os.path.join(outdir, doc["file"])
        if not os.path.exists(path):
            errs.append("missing document")
        ep = path + ".expected.json"
        try:
            with open(ep, encoding="utf-8") as fh:
                exp = json.load(fh)
            if set(exp) != KEYSET:
                errs.append("keys %s" % sorted(exp))
            if exp != lib.expected(doc):
                errs.append("expected file differs from data module")
            if exp["is_concept_form"] and "missing" not in doc and exp["missing_required"] != lib.missing_required(exp["fields"]):
                errs.append("missing_required inconsistent")
            if not exp["is_concept_form"] and (exp["fields"] or exp["missing_required"]):
                errs.append("non-form with fields")
        except Exception as e:  # noqa: BLE001
            errs.append("expected file: %s" % e)
            exp = None
        text = ""
        if not errs or os.path.exists(path):
            try:
                if path.endswith(".docx"):
                    import docx
                    docx.Document(path)
                    text = docx_text(path)
                else:
                    import pypdf
                    pypdf.PdfReader(path).pages[0]
                    text = pdf_text(path)
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %s" % e)
        if doc.get("shape") == "6":
            if n2(text):
                errs.append("scan has a text layer")
            src = os.path.join(HERE, prefix + "src_" + doc["file"])
            text = pdf_text(src) if os.path.exists(src) else ""
            if not text:
                errs.append("scan source missing")
        t1, t2 = n1(text), n2(text)
        if exp and exp["is_concept_form"]:
            for k, v in exp["fields"].items():
                for it in items(k, v):
                    if n1(it) in t1:
                        continue
                    if n2(it) in t2:
                        warns.append("%s found only ignoring punctuation: %r" % (k, it[:70]))
                    else:
                        errs.append("%s not found: %r" % (k, it[:90]))
        for c in doc.get("checks", []):
            if n1(c) not in t1:
                errs.append("check not found: %r" % c)
        status = "FAIL" if errs else "ok"
        if errs or warns:
            print("%s  %s" % (status, doc["file"]))
            for e in errs + warns:
                print("      " + e)
        fails += bool(errs)
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))
    return len(mod.DOCS), fails


def main():
    halves = sys.argv[1:] or ["tuning", "heldout"]
    tot = tf = 0
    for h in halves:
        n, f = check_half(h)
        tot += n; tf += f
    print("TOTAL: %d documents, %d failures" % (tot, tf))
    sys.exit(1 if tf else 0)


if __name__ == "__main__":
    main()
