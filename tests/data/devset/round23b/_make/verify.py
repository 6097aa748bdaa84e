"""Checks every expected file against its document's own text (no parser involved) and prints the mix."""
import os, re, sys, json, zipfile, unicodedata, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import REQUIRED

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]
CHOICES = {"request_type": {"new", "existing_program", "micro_course"},
           "endorsement_status": {"letter_attached", "confirmed", "in_discussion", "none"},
           "delivery_format": {"online", "in_person", "hybrid"}}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u2010-\u2015\"'\u201c\u201d\u2022*|]+", "", s)


def text_of(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
            x = re.sub(r"</w:p>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))


def check(half):
    d = os.path.join(HERE, "..", half)
    data = importlib.import_module(f"{half}_data")
    fails = 0; shapes = Counter(); genres = Counter(); inc = look = fr = 0
    for doc in data.DOCS:
        p = os.path.join(d, doc["file"]); e = json.load(open(p + ".expected.json", encoding="utf-8"))
        assert set(e) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, p
        shapes[e["shape"]] += 1; genres[doc["genre"]] += 1
        inc += bool(e["missing_required"]); look += not e["is_concept_form"]; fr += doc.get("lang") == "fr"
        t = norm(text_of(p)); f = e["fields"]
        miss = [k for k in REQUIRED if k not in f] if e["is_concept_form"] else []
        if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
            miss.append("existing_program_name")
        if miss != e["missing_required"]:
            print("MISSING MISMATCH", doc["file"]); fails += 1
        for k, v in f.items():
            if k not in KEYS:
                print("BAD KEY", doc["file"], k); fails += 1; continue
            if k in CHOICES:
                if v not in CHOICES[k]:
                    print("BAD CHOICE", doc["file"], k, v); fails += 1
                continue
            if k in ("estimated_hours", "expected_enrolment"):
                if not isinstance(v, int):
                    print("NOT INT", doc["file"], k, v); fails += 1
                continue
            if k == "submission_date":
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    print("BAD DATE", doc["file"], v); fails += 1
                continue
            pieces = v if isinstance(v, list) else (v.split("; ") if k in ("competencies", "rationale", "resources_required") else [v])
            for piece in pieces:
                if norm(piece) not in t:
                    print("NOT FOUND", doc["file"], k, piece[:70]); fails += 1
        if "learning_outcomes" in f and not isinstance(f["learning_outcomes"], list):
            print("OUTCOMES NOT LIST", doc["file"]); fails += 1
    print(f"{half}: {len(data.DOCS)} documents, {fails} failures")
    print(f"  shapes {dict(sorted(shapes.items()))}; incomplete {inc}; look-alikes {look}; French {fr}; genres {dict(sorted(genres.items()))}")
    return fails


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    sys.exit(1 if sum(check(h) for h in halves if os.path.exists(os.path.join(HERE, f"{h}_data.py"))) else 0)
