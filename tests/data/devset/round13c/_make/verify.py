"""python verify.py [tuning] [heldout] -- checks every expected file and document of round 13c. CC0.

* each document has <file>.expected.json, valid JSON with exactly the keys
  is_concept_form, shape, fields, missing_required, needs_manual_review, notes;
* keys in fields are FIELDS.md keys, choice values are codes, numbers are numbers, dates ISO,
  learning_outcomes is a list; missing_required matches fields;
* the expected file equals what the data module says;
* every document opens (python-docx / PyMuPDF); image-only PDFs have no text layer and need review;
* every expected text value (list items and outcomes one by one, and each part of a value that the
  data module typed on several lines) occurs in the document's text (DOCX XML text incl. content
  controls; PDF page text plus AcroForm values), after NFKC, lower-casing, ' = ’ and removing whitespace.
"""
import json, os, sys, re, unicodedata, importlib, zipfile
from lib import ROOT, REQUIRED, missing, derive

KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
FIELDS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework", "partner_contact",
                     "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
                     "existing_program_name", "submission_date"]
CHOICES = {"request_type": {"new", "existing_program", "micro_course"},
           "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
           "delivery_format": {"online", "in_person", "hybrid"}}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\u00ad", "")
    s = s.replace("&amp;", "&")
    return re.sub(r"[\s\-‐‑]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", '"'), False
    import pymupdf
    d = pymupdf.open(path)
    txt = ""
    for pg in d:
        txt += pg.get_text() + "\n"
        for w in pg.widgets() or []:
            if w.field_value and isinstance(w.field_value, str):
                txt += w.field_value + "\n"
    imgonly = all(not pg.get_text().strip() for pg in d)
    return txt, imgonly


def pieces(key, v):
    if isinstance(v, list):
        return v
    if isinstance(v, (int, float)):
        return []
    if key in CHOICES or key == "submission_date":
        return []
    return [v]


def check(half):
    data = importlib.import_module(f"{half}_data")
    fails = 0
    d = os.path.join(ROOT, half)
    files = sorted(f for f in os.listdir(d) if not f.endswith(".expected.json") and not f.endswith(".md"))
    want = {D["file"] for D in data.DOCS}
    if set(files) != want:
        print("FILE SET MISMATCH", set(files) ^ want); fails += 1
    for D in data.DOCS:
        f = D["file"]; p = os.path.join(d, f); errs = []
        try:
            exp = json.load(open(p + ".expected.json", encoding="utf-8"))
        except Exception as e:
            print("FAIL", f, "expected file:", e); fails += 1; continue
        if set(exp) != KEYS:
            errs.append(f"keys {sorted(exp)}")
        fl = exp.get("fields", {})
        for k, v in fl.items():
            if k not in FIELDS:
                errs.append(f"unknown key {k}")
            if k in CHOICES and v not in CHOICES[k]:
                errs.append(f"bad choice {k}={v}")
            if k in ("estimated_hours", "expected_enrolment") and not isinstance(v, (int, float)):
                errs.append(f"{k} not a number")
            if k == "submission_date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                errs.append("date not ISO")
            if k == "learning_outcomes" and not isinstance(v, list):
                errs.append("outcomes not a list")
            if isinstance(v, str) and (v != v.strip() or "  " in v or "\n" in v):
                errs.append(f"{k} not normalised")
        if exp["is_concept_form"]:
            if exp["missing_required"] != missing(fl):
                errs.append("missing_required does not match fields")
        elif fl or exp["missing_required"]:
            errs.append("non-form with fields")
        if D["shape"] == 7:
            want_f = {}
        elif D.get("fields"):
            want_f = D["fields"]
        else:
            want_f = derive(D["rows"], D["codes"])
            for kk, vv in D.get("override", {}).items():
                if vv is None:
                    want_f.pop(kk, None)
                else:
                    want_f[kk] = vv
        if want_f != fl:
            errs.append("fields differ from the data module")
        if exp["shape"] != str(D["shape"]):
            errs.append("shape differs from data")
        if exp["needs_manual_review"] != (D["shape"] == 6):
            errs.append("needs_manual_review")
        try:
            txt, imgonly = doc_text(p)
        except Exception as e:
            errs.append(f"does not open: {e}"); txt, imgonly = "", False
        if D["shape"] == 6:
            if not imgonly:
                errs.append("scan has a text layer")
            src = os.path.join(os.path.dirname(os.path.abspath(__file__)), ("src_" if half == "tuning" else "heldout_src_") + f)
            txt, _ = doc_text(src)
        elif imgonly:
            errs.append("no text layer")
        nt = norm(txt)
        for k, v in fl.items():
            for piece in pieces(k, v):
                parts = re.split(r"; ", piece) if k not in ("learning_outcomes",) else [piece]
                for part in parts:
                    if norm(part) not in nt:
                        errs.append(f"{k}: {part[:60]!r} not in document")
        if errs:
            fails += 1
            print("FAIL", f); [print("   ", e) for e in errs]
    print(f"{half}: {len(data.DOCS)} documents, {fails} failures")
    return fails


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    sys.exit(1 if sum(check(h) for h in halves) else 0)
