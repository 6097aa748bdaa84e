"""Check every expected file against its document's own text (no parser involved) and print the mix."""
import importlib, json, os, re, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader

KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
FIELD_KEYS = set(lib.REQUIRED) | {"proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                                  "partner_contact", "delivery_format", "estimated_hours", "proposed_start",
                                  "expected_enrolment", "resources_required", "existing_program_name", "submission_date"}
CHOICES = {"request_type": {"new", "existing_program", "micro_course"},
           "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
           "delivery_format": {"online", "in_person", "hybrid"}}
DROP = re.compile(r"[\s\-‐‑‒–—―'’‘\"“”«»|*•\u00ad\uf0b7·]+")


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return DROP.sub("", s)


def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
                x = z.read(n).decode("utf-8")
                out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape(" ".join(out))
    r = PdfReader(path)
    t = " ".join(p.extract_text() or "" for p in r.pages)
    for k, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v:
            t += " " + str(v)
    return t


def check(half):
    data = importlib.import_module(f"{half}_data")
    fails = 0; shapes = {}; inc = look = fr = 0; genres = {}
    for d in data.DOCS:
        p = os.path.join(lib.ROOT, half, d["file"])
        e = json.load(open(p + ".expected.json", encoding="utf-8"))
        errs = []
        if set(e) != KEYS:
            errs.append(f"keys {set(e) ^ KEYS}")
        T = norm(text_of(p))
        for k, v in e["fields"].items():
            if k not in FIELD_KEYS:
                errs.append(f"unknown key {k}")
            if k in CHOICES:
                if v not in CHOICES[k]:
                    errs.append(f"{k}={v} not a code")
                continue
            if k in ("estimated_hours", "expected_enrolment"):
                if not isinstance(v, int) or str(v) not in T:
                    errs.append(f"{k}={v!r} not an int found in text")
                continue
            if k == "submission_date":
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", v) or v[:4] not in T or str(int(v[8:])) not in T:
                    errs.append(f"date {v}")
                continue
            pieces = v if isinstance(v, list) else re.split(r"; ", v)
            for piece in pieces:
                if norm(piece) not in T:
                    errs.append(f"{k}: {piece[:60]!r} not in text")
        if e["missing_required"] != (lib.missing(e["fields"]) if e["is_concept_form"] else []):
            errs.append("missing_required inconsistent")
        if not e["is_concept_form"] and (e["fields"] or e["shape"] != "7"):
            errs.append("look-alike with fields / shape")
        shapes[e["shape"]] = shapes.get(e["shape"], 0) + 1
        inc += bool(e["missing_required"]); look += not e["is_concept_form"]; fr += d.get("french", False)
        genres[d["genre"]] = genres.get(d["genre"], 0) + 1
        if errs:
            fails += 1; print("FAIL", d["file"]); [print("   ", x) for x in errs]
    print(f"{half}: {len(data.DOCS)} documents, {fails} failures")
    print(f"  shapes {dict(sorted(shapes.items()))}; incomplete {inc}; look-alikes {look}; French {fr}; genres {dict(sorted(genres.items()))}")
    return fails


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    sys.exit(sum(check(h) for h in halves if os.path.exists(os.path.join(os.path.dirname(__file__), f"{h}_data.py"))))
