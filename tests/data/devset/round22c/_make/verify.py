"""Check each expected file against the document text (no parser used). python verify.py"""
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile

from lib import KEYS, REQUIRED

HERE = os.path.dirname(os.path.abspath(__file__))
CHOICE = {"request_type": {"new", "existing_program", "micro_course"},
          "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
          "delivery_format": {"online", "in_person", "hybrid"}}


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u2010-\u2015\u00ad'\"\u201c\u201d\u2022\uf0b7\u2610\u2612]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        txt = " ".join(re.sub(r"<[^>]+>", " ", p) for p in parts)
        import html
        return html.unescape(txt)
    import pypdf
    r = pypdf.PdfReader(path)
    txt = " ".join(p.extract_text() or "" for p in r.pages)
    fields = r.get_fields() or {}
    txt += " " + " ".join(str(f.get("/V", "")) for f in fields.values() if f.get("/V") not in (None, "/Off"))
    return txt


def pieces(key, v):
    if isinstance(v, list):
        return v
    if key in ("competencies", "resources_required", "target_learners", "rationale") and "; " in v:
        return v.split("; ")
    return [v]


def check(path):
    errs = []
    exp = json.load(open(path + ".expected.json", encoding="utf-8"))
    if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
        errs.append("keys " + str(sorted(exp)))
    text = squash(doc_text(path))
    f = exp["fields"]
    for k, v in f.items():
        if k not in KEYS:
            errs.append("unknown key " + k)
        if k in CHOICE:
            if v not in CHOICE[k]:
                errs.append(f"bad code {k}={v}")
            continue
        if k == "submission_date":
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                errs.append("date " + v)
            continue
        if k in ("estimated_hours", "expected_enrolment"):
            if not isinstance(v, (int, float)) or squash(str(v)) not in text:
                errs.append(f"number {k}={v}")
            continue
        if k == "learning_outcomes" and not isinstance(v, list):
            errs.append("outcomes not a list")
        for p in pieces(k, v):
            if squash(p) not in text:
                errs.append(f"not in text: {k}: {p[:60]}")
    if exp["is_concept_form"]:
        miss = [k for k in REQUIRED if k not in f]
        if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
            miss.append("existing_program_name")
        if miss != exp["missing_required"]:
            errs.append("missing_required mismatch")
    elif f or exp["missing_required"] or exp["shape"] != "7":
        errs.append("non-form with fields")
    return exp, errs


def main():
    halves = sys.argv[1:] or ["tuning", "heldout"]
    for half in halves:
        docs = sorted(p for p in glob.glob(os.path.join(HERE, "..", half, "*"))
                      if not p.endswith((".json", ".md")))
        fails, shapes, inc, look, fr = 0, {}, 0, 0, 0
        for p in docs:
            exp, errs = check(p)
            shapes[exp["shape"]] = shapes.get(exp["shape"], 0) + 1
            inc += bool(exp["missing_required"])
            look += not exp["is_concept_form"]
            fr += "French" in exp["notes"]
            if errs:
                fails += 1
                print("FAIL", os.path.basename(p), *errs, sep="\n  ")
        print(f"{half}: {len(docs)} documents, {fails} failures; shapes "
              + ", ".join(f"{k}: {v}" for k, v in sorted(shapes.items()))
              + f"; incomplete: {inc}; look-alikes: {look}; French: {fr}")


if __name__ == "__main__":
    main()
