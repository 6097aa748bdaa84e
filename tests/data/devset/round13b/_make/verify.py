"""python verify.py [tuning|heldout] – checks expected files and documents (no parser involved).

For each document: the expected file is valid JSON with exactly the required keys and equals what the data
module gives; missing_required matches fields; the document opens (python-docx / pypdf) and has a text layer;
every expected text value (list items and '; '-joined items one by one), each outcome, and the written form of
each number occur in the document text after normalisation (NFKC, lower case, ' = ’, whitespace, hyphens and
dashes dropped)."""
import json, os, re, sys, unicodedata, importlib, zipfile
from lib import expected, missing, KEYS

HERE = os.path.dirname(os.path.abspath(__file__))
REQ_KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
CHOICES = {"request_type": {"new", "existing_program", "micro_course"},
           "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
           "delivery_format": {"online", "in_person", "hybrid"}}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\uf0b7", "")
    return re.sub(r"[\s\-–—‐\u00ad]+", "", s)


def text_of(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)  # opens
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:(p|br|tab)\b[^>]*/?>", " ", x)
                parts.append(re.sub(r"<[^>]+>", "", x))
        return " ".join(parts)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        return " ".join(p.extract_text() or "" for p in r.pages)
    raise ValueError(path)


def check(half):
    mod = importlib.import_module(f"{half}_data")
    fails = 0
    folder = os.path.join(HERE, "..", half)
    names = {d["file"] for d in mod.DOCS}
    on_disk = {f for f in os.listdir(folder) if not f.endswith(".expected.json") and not f.endswith(".md")}
    if names != on_disk:
        print("  file set differs:", names ^ on_disk); fails += 1
    for d in mod.DOCS:
        p = os.path.join(folder, d["file"])
        errs = []
        try:
            ex = json.load(open(p + ".expected.json", encoding="utf-8"))
        except Exception as exc:
            print("FAIL", d["file"], "expected json:", exc); fails += 1; continue
        if set(ex) != REQ_KEYS:
            errs.append(f"keys {set(ex) ^ REQ_KEYS}")
        if ex != expected(d):
            errs.append("expected file differs from data module")
        if ex["missing_required"] != (missing(ex["fields"]) if ex["is_concept_form"] else []):
            errs.append("missing_required wrong")
        for k, v in ex["fields"].items():
            if k not in KEYS:
                errs.append(f"unknown key {k}")
            if k in CHOICES and v not in CHOICES[k]:
                errs.append(f"bad choice {k}={v}")
        try:
            t = norm(text_of(p))
        except Exception as exc:
            errs.append(f"does not open: {exc}"); t = ""
        if len(t) < 200:
            errs.append("no/short text layer")
        for k, v in ex["fields"].items():
            if k in CHOICES:
                continue
            if k == "submission_date":
                continue  # written form differs (checked by eye, listed in notes)
            items = v if isinstance(v, list) else ([str(v)] if k in ("estimated_hours", "expected_enrolment")
                                                  else [x for x in v.split("; ")])
            for it in items:
                if norm(it) not in t:
                    errs.append(f"{k}: not in document: {it[:70]!r}")
        if d.get("date_text") and norm(d["date_text"]) not in t:
            errs.append(f"date text {d['date_text']!r} not in document")
        if errs:
            fails += 1
            print("FAIL", d["file"]); [print("   ", x) for x in errs]
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")
    return fails


if __name__ == "__main__":
    halves = sys.argv[1:] or [h for h in ("tuning", "heldout") if os.path.exists(os.path.join(HERE, f"{h}_data.py"))]
    sys.exit(1 if sum(check(h) for h in halves) else 0)
