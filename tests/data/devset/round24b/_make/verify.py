"""Check every expected file against its document (no parser): python verify.py"""
import json, os, re, sys, zipfile, unicodedata, html, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import REQ, ORDER
import pypdf
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
CODES = {"request_type": {"new", "existing_program", "micro_course"},
         "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
         "delivery_format": {"online", "in_person", "hybrid"}}
def squash(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-‐‑–—_\"“”«»|*•●\uf0b7·]+", "", s)
def doc_text(p):
    if p.endswith(".docx"):
        z = zipfile.ZipFile(p); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
                x = z.read(n).decode("utf-8")
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", x)))
        return "\n".join(out)
    r = pypdf.PdfReader(p); out = [pg.extract_text() or "" for pg in r.pages]
    for k, v in (r.get_fields() or {}).items():
        if isinstance(v.get("/V"), str): out.append(v["/V"])
    return "\n".join(out)
def pieces(k, v):
    if isinstance(v, list): return v
    if k in ("competencies", "rationale", "resources_required") and "; " in v: return v.split("; ")
    return [v]
tot_fail = 0
for half in ("tuning", "heldout"):
    try: data = importlib.import_module(f"{half}_data").DOCS
    except ModuleNotFoundError: continue
    fails = []; shapes = collections.Counter(); genres = collections.Counter(); inc = look = fr = 0
    files = sorted(f for f in os.listdir(os.path.join(ROOT, half)) if not f.endswith((".json", ".md")))
    meta = {d["file"]: d for d in data}
    if set(files) != set(meta): fails.append(("files", sorted(set(files) ^ set(meta))))
    for f in files:
        p = os.path.join(ROOT, half, f); e = json.load(open(p + ".expected.json", encoding="utf-8")); d = meta.get(f, {})
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}: fails.append((f, "keys"))
        shapes[e["shape"]] += 1; genres[d.get("genre")] += 1
        if not e["is_concept_form"]:
            look += 1
            if e["fields"] or e["missing_required"] or e["shape"] != "7": fails.append((f, "look-alike not empty"))
            continue
        if d.get("lang") == "fr": fr += 1
        if e["missing_required"]: inc += 1
        F = e["fields"]
        req = REQ + (["existing_program_name"] if F.get("request_type") == "existing_program" else [])
        if sorted(e["missing_required"]) != sorted(k for k in req if k not in F): fails.append((f, "missing_required"))
        text = squash(doc_text(p))
        for k, v in F.items():
            if k not in ORDER: fails.append((f, "key " + k)); continue
            if k in CODES:
                if v not in CODES[k]: fails.append((f, k, v))
                continue
            if k in ("estimated_hours", "expected_enrolment"):
                if not isinstance(v, int) or str(v) not in text: fails.append((f, k, v))
                continue
            if k == "submission_date":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): fails.append((f, k, v))
                continue
            if k == "learning_outcomes" and not isinstance(v, list): fails.append((f, k, "not a list"))
            for pc in pieces(k, v):
                if squash(pc) not in text: fails.append((f, k, pc[:70]))
    print(f"{half}: {len(files)} documents, {len(fails)} failures")
    for x in fails: print("  FAIL", x)
    print(f"  shapes {dict(sorted(shapes.items()))}; incomplete {inc}; look-alikes {look}; French {fr}; genres {dict(sorted(genres.items()))}")
    tot_fail += len(fails)
sys.exit(1 if tot_fail else 0)
