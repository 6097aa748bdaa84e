"""Check round 10 without the parser: python verify.py [tuning|heldout ...]

For every document: the expected file is valid JSON with the required keys, equals what the data module gives,
missing_required matches the fields, the document opens (python-docx / pypdf), image-only PDFs have no text layer,
and every expected text value (item by item), outcome, and the written forms in `checks` occur in the document's
text (DOCX: every XML part of word/; PDF: pypdf + pypdfium2 text, AcroForm /V values; scans: the kept source).
"""
import importlib
import json
import os
import re
import sys
import unicodedata
import zipfile

from lib import ROOT, HERE, REQUIRED, ORDER, missing_of
import build

KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-‐‑–—_]+", "", s)


def docx_text(path):
    from docx import Document
    Document(path)  # opens?
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:tab/>|<w:br/>|</w:p>", " ", x)
                out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape(" ".join(out))


def pdf_text(path):
    from pypdf import PdfReader
    import pypdfium2 as pdfium
    r = PdfReader(path)
    parts = [p.extract_text() or "" for p in r.pages]
    for k, v in (r.get_fields() or {}).items():
        if v.get("/V") is not None:
            parts.append(str(v.get("/V")))
    d = pdfium.PdfDocument(path)
    for i in range(len(d)):
        parts.append(d[i].get_textpage().get_text_range())
    return " ".join(parts), r


def check_half(half):
    mod = importlib.import_module(f"{half}_data")
    folder = os.path.join(ROOT, half)
    fails = []
    prefix = "src_" if half == "tuning" else "heldout_src_"
    names = set()
    for d in mod.DOCS:
        f = d["file"]
        names.add(f)
        path = os.path.join(folder, f)
        errs = []
        try:
            exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        except Exception as e:  # noqa
            fails.append((f, [f"expected file: {e}"]))
            continue
        if set(exp) != KEYS:
            errs.append(f"keys {sorted(exp)}")
        fields = build.expected_for(d)
        if exp["fields"] != {k: fields[k] for k in ORDER if k in fields}:
            errs.append("fields differ from data module")
        if set(exp["fields"]) - set(ORDER):
            errs.append("unknown keys")
        if exp["is_concept_form"]:
            want = d.get("missing_override", missing_of(exp["fields"]))
            if exp["missing_required"] != want:
                errs.append(f"missing_required {exp['missing_required']} != {want}")
        elif exp["fields"] or exp["missing_required"]:
            errs.append("non-form with fields")
        for k in ("estimated_hours", "expected_enrolment"):
            if k in exp["fields"] and not isinstance(exp["fields"][k], (int, float)):
                errs.append(f"{k} not a number")
        if "submission_date" in exp["fields"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", exp["fields"]["submission_date"]):
            errs.append("date not ISO")
        # open and read
        try:
            if f.endswith(".docx"):
                text = docx_text(path)
            else:
                text, r = pdf_text(path)
                if d["shape"] == "6":
                    if squash(text):
                        errs.append("scan has a text layer")
                    text, _ = pdf_text(os.path.join(HERE, prefix + f))
                    if not exp["needs_manual_review"]:
                        errs.append("scan without manual review")
        except Exception as e:  # noqa
            errs.append(f"does not open: {e}")
            fails.append((f, errs))
            continue
        hay = squash(text)
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours",
                     "expected_enrolment", "submission_date"):
                continue
            items = v if isinstance(v, list) else re.split(r"; |(?<=\)) ", v)
            for it in items:
                if squash(it) not in hay:
                    errs.append(f"{k}: not found: {it[:60]!r}")
        for c in d.get("checks", []):
            if squash(c) not in hay:
                errs.append(f"check not found: {c!r}")
        if errs:
            fails.append((f, errs))
    on_disk = {x for x in os.listdir(folder) if not x.endswith(".expected.json") and not x.endswith(".md")}
    if on_disk != names:
        fails.append(("(folder)", [f"files on disk differ: {sorted(on_disk ^ names)}"]))
    return len(mod.DOCS), fails


def main():
    halves = sys.argv[1:] or [h for h in ("tuning", "heldout") if os.path.exists(os.path.join(HERE, f"{h}_data.py"))]
    total = nf = 0
    lines = []
    for h in halves:
        n, fails = check_half(h)
        total += n
        nf += len(fails)
        lines.append(f"{h}: {n} documents, {len(fails)} failures")
        for f, errs in fails:
            lines.append(f"  FAIL {f}")
            for e in errs:
                lines.append(f"     {e}")
    lines.append(f"TOTAL: {total} documents, {nf} failures")
    print("\n".join(lines))
    return 1 if nf else 0


if __name__ == "__main__":
    sys.exit(main())
