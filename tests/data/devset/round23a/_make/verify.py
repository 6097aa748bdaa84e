"""python verify.py [tuning heldout] - checks expected files against the documents' own text (no parser)."""
import json, os, re, sys, unicodedata, zipfile, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

RUNNING = ["The Michener Institute of Education – Continuing Education",
           "CE-F-014 Micro-Course / Credential Concept Form · v3.2 · rev. 2026"]
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\u00ad", "")
    return re.sub(r"[\s\-–—‐‑\"“”'«»•\uf0b7☐☒]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        from docx import Document
        Document(path)  # opens
        out = []
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
                    x = z.read(n).decode("utf-8")
                    x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                    x = re.sub(r"</w:p>|<w:br/>|<w:tab/>", " ", x)
                    out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape(" ".join(out))
    from pypdf import PdfReader
    r = PdfReader(path)
    txt = " ".join(p.extract_text() or "" for p in r.pages)
    for k, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v is not None:
            txt += " " + str(v)
    return txt


def check(half):
    mod = importlib.import_module(half + "_data")
    d = os.path.join(HERE, "..", half)
    fails = 0
    shapes, genres = Counter(), Counter()
    inc = look = fr = 0
    files = sorted(f for f in os.listdir(d) if not f.endswith(".json") and f != "INDEX.md")
    bydoc = {x["file"]: x for x in mod.DOCS}
    for fn in files:
        exp = json.load(open(os.path.join(d, fn + ".expected.json"), encoding="utf-8"))
        probs = []
        if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            probs.append("keys %s" % sorted(exp))
        for k, v in exp["fields"].items():
            if k not in lib.KEYS:
                probs.append("unknown key " + k)
            if k in lib.CHOICES and v not in lib.CHOICES[k]:
                probs.append("bad choice %s=%s" % (k, v))
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing(exp["fields"]):
            probs.append("missing_required mismatch")
        if not exp["is_concept_form"] and (exp["fields"] or exp["missing_required"]):
            probs.append("look-alike with fields")
        t = norm(doc_text(os.path.join(d, fn)))
        # running header / footer of a PDF page break inside a table row are layout, not part of a value
        for run in RUNNING + [bydoc[fn].get("style", {}).get("footer", "")]:
            if run:
                t = t.replace(norm(run), "")
        for k, v in exp["fields"].items():
            if k in lib.CHOICES or k in ("estimated_hours", "expected_enrolment", "submission_date"):
                continue  # checked by reading the content
            pieces = v if isinstance(v, list) else re.split(r"(?<=[.;:,!?)])\s|;\s", v)
            for pc in pieces:
                if pc.strip() and norm(pc) not in t:
                    probs.append("%s not found: %r" % (k, pc[:60]))
        for k in ("estimated_hours", "expected_enrolment"):
            if k in exp["fields"] and not isinstance(exp["fields"][k], (int, float)):
                probs.append(k + " not a number")
        if "submission_date" in exp["fields"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", exp["fields"]["submission_date"]):
            probs.append("date not ISO")
        if probs:
            fails += 1
            print("FAIL", half, fn)
            for p in probs:
                print("   ", p)
        shapes[exp["shape"]] += 1
        genres[bydoc[fn]["genre"]] += 1
        inc += bool(exp["missing_required"]); look += exp["shape"] == "7"; fr += bydoc[fn].get("lang") == "fr"
    print("%s: %d documents, %d failures" % (half, len(files), fails))
    print("  shapes %s; incomplete %d; look-alikes %d; French %d; genres %s" % (
        dict(sorted(shapes.items())), inc, look, fr, dict(sorted(genres.items()))))


if __name__ == "__main__":
    for h in (sys.argv[1:] or ["tuning", "heldout"]):
        check(h)
