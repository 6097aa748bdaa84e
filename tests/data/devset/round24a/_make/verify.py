"""Check every expected file against its document's text (no parser). python verify.py [tuning|heldout]"""
import glob, json, os, re, sys, unicodedata, zipfile
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
from lib import REQUIRED, KEYS
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CHOICES = {"request_type": {"new", "existing_program", "micro_course"},
           "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
           "delivery_format": {"online", "in_person", "hybrid"}}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\u00ad", "")
    return re.sub(r"[\s\-–—\"“”«»|*•\uf0b7]+", "", s)


def doc_text(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            parts.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(parts))


def loose(p, text):
    """PDF label cells that wrap put label words inside an answer: allow up to 40 characters between words."""
    words = [norm(w) for w in p.split() if norm(w)]
    rx = ".{0,40}?".join(re.escape(w) for w in words)
    return re.search(rx, text) is not None


def pieces(key, v):
    if isinstance(v, list):
        return v
    if isinstance(v, str):
        return [x for x in v.split("; ")]
    return []


def check(half):
    mod = importlib.import_module(half + "_data")
    meta = {d["name"]: d for d in mod.DOCS}
    fails = 0
    shapes, genres = Counter(), Counter()
    inc = look = fr = 0
    files = sorted(glob.glob(os.path.join(HERE, "..", half, "*.expected.json")))
    for ef in files:
        doc = ef[:-len(".expected.json")]
        name = os.path.basename(doc)
        e = json.load(open(ef, encoding="utf-8"))
        errs = []
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys %s" % sorted(e))
        f = e["fields"]
        for k, v in f.items():
            if k not in KEYS:
                errs.append("unknown key " + k)
            if k in CHOICES and v not in CHOICES[k]:
                errs.append("bad choice %s=%s" % (k, v))
            if k in ("estimated_hours", "expected_enrolment") and not isinstance(v, int):
                errs.append("not int " + k)
            if k == "submission_date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                errs.append("bad date")
        miss = [k for k in REQUIRED if k not in f] if e["is_concept_form"] else []
        if e["is_concept_form"] and f.get("request_type") == "existing_program" and "existing_program_name" not in f:
            miss.append("existing_program_name")
        if sorted(miss) != sorted(e["missing_required"]):
            errs.append("missing_required mismatch %s" % miss)
        if not e["is_concept_form"] and (f or e["missing_required"] or e["shape"] != "7"):
            errs.append("look-alike not empty / not shape 7")
        text = norm(doc_text(doc))
        for k, v in f.items():
            if k in CHOICES or k in ("estimated_hours", "expected_enrolment", "submission_date"):
                continue
            for p in pieces(k, v):
                if norm(p) not in text and not loose(p, text):
                    errs.append("not in text: %s: %r" % (k, p[:70]))
        m = meta[name]
        shapes[e["shape"]] += 1; genres[m["genre"]] += 1
        inc += bool(e["missing_required"]); look += (not e["is_concept_form"]); fr += (m["lang"] != "en")
        if errs:
            fails += 1
            print("FAIL", name); [print("   ", x) for x in errs]
    print("%s: %d documents, %d failures" % (half, len(files), fails))
    print("  shapes %s; incomplete %d; look-alikes %d; French %d; genres %s" % (
        dict(sorted(shapes.items())), inc, look, fr, dict(sorted(genres.items()))))


for h in (sys.argv[1:] or ["tuning", "heldout"]):
    check(h)
