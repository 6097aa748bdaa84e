"""python verify.py [tuning|heldout]: check expected files and documents without any parser.

* every document has <file>.expected.json, valid JSON with exactly the required keys, equal to the data module;
* missing_required matches the fields; not-a-form files have {} and [];
* every document opens (python-docx / pypdf); image-only PDFs have no text layer;
* every expected text value (list items one by one), each outcome, and the written form of numbers and dates
  occur in the document's text (DOCX XML text of word/*.xml without w:delText; PDF text from pypdf and pypdfium2
  plus AcroForm /V values; for scans the kept source page), compared after NFKC, lower-casing and dropping
  whitespace, hyphens and typographic/straight quote differences.
"""
import importlib
import json
import os
import re
import sys
import unicodedata
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import ROOT, HERE, REQUIRED  # noqa: E402

KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("\u00ad", "")
    return re.sub(r"[\s\-–‐]+", "", s)


def docx_text(p):
    import docx
    docx.Document(p)
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:(p|br|tab)[ />]", " \\g<0>", x)
                out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape(" ".join(out))


def pdf_text(p):
    import pypdf
    import pypdfium2 as pdfium
    r = pypdf.PdfReader(p)
    t1 = " ".join((pg.extract_text() or "") for pg in r.pages)
    vals = []
    for k, v in (r.get_fields() or {}).items():
        if v.get("/V") is not None:
            vals.append(f"{k}={v.get('/V')}")
    pd = pdfium.PdfDocument(p)
    t2 = " ".join(pd[i].get_textpage().get_text_range() for i in range(len(pd)))
    return t1, t2, " ".join(vals)


def check_half(half):
    data = importlib.import_module(f"{half}_data")
    outdir = os.path.join(ROOT, half)
    fails = 0
    names = {d.file for d in data.DOCS}
    on_disk = {f for f in os.listdir(outdir) if not f.endswith(".expected.json") and f != "INDEX.md"}
    if on_disk != names:
        print(f"{half}: files on disk differ from the data module: {sorted(on_disk ^ names)}")
        fails += 1
    for d in data.DOCS:
        problems = []
        p = os.path.join(outdir, d.file)
        try:
            exp = json.load(open(p + ".expected.json", encoding="utf-8"))
        except Exception as e:
            print("FAIL", d.file, "expected file:", e)
            fails += 1
            continue
        if set(exp) != KEYS:
            problems.append(f"keys {sorted(exp)}")
        if exp != d.expected():
            problems.append("expected file differs from data module")
        fl = exp["fields"]
        if exp["is_concept_form"]:
            miss = [k for k in REQUIRED if k not in fl]
            if fl.get("request_type") == "existing_program" and "existing_program_name" not in fl:
                miss.append("existing_program_name")
            if miss != exp["missing_required"]:
                problems.append(f"missing_required {exp['missing_required']} != {miss}")
        elif fl or exp["missing_required"]:
            problems.append("non-form with fields")
        # read the document
        try:
            if p.endswith(".docx"):
                texts = [docx_text(p)]
            else:
                texts = list(pdf_text(p))
        except Exception as e:
            print("FAIL", d.file, "does not open:", e)
            fails += 1
            continue
        if d.review:
            if norm(" ".join(texts[:2])):
                problems.append("scan has a text layer")
            texts = list(pdf_text(os.path.join(HERE, ("heldout_" if half == "heldout" else "") + d.kw["src_name"])))
        hay = norm(" ".join(texts))
        if exp["is_concept_form"]:
            for k, v in d.f.items():
                if k in ("request_type", "endorsement_status", "delivery_format"):
                    continue
                if k in ("estimated_hours", "expected_enrolment", "submission_date"):
                    w = d.disp.get(k, str(v))
                    w = w if isinstance(w, str) else str(w)
                    if norm(w.split(" (dd")[0]) not in hay:
                        problems.append(f"{k}: written form {w!r} not found")
                    continue
                items = v if isinstance(v, list) else [v]
                for it in items:
                    if norm(it) not in hay:
                        problems.append(f"{k}: {it[:70]!r} not found")
        if problems:
            fails += 1
            print("FAIL", d.file)
            for pr in problems:
                print("     ", pr)
    print(f"{half}: {len(data.DOCS)} documents, {fails} failures")
    return len(data.DOCS), fails


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    tot = totf = 0
    for h in halves:
        if not os.path.exists(os.path.join(HERE, f"{h}_data.py")):
            continue
        n, f = check_half(h)
        tot += n
        totf += f
    print(f"TOTAL: {tot} documents, {totf} failures")
    sys.exit(1 if totf else 0)
