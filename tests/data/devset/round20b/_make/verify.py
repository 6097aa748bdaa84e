"""python verify.py – reads every document back (python-docx / pypdf, not the parser) and checks expected files."""
import os, sys, re, json, zipfile, unicodedata, importlib
import docx, pypdf
from lib import KEYS, REQUIRED, L, P, D, expected_value
import build

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_KEYS = [k for k in KEYS if k not in ("request_type", "endorsement_status", "delivery_format", "estimated_hours",
                                          "expected_enrolment", "submission_date")]


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-‐‑–—«»“”\"•◦○◉\uf0b7]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        docx.Document(path)
        z = zipfile.ZipFile(path)
        parts = [z.read(n).decode("utf8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"</w:p>", "\n", p)) for p in parts).replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')
    r = pypdf.PdfReader(path)
    pages = [(p.extract_text() or "").split("\n") for p in r.pages]
    if len(pages) > 1:
        # running headers/footers (same line on every page, page numbers aside) are not part of any value
        common = set.intersection(*[{re.sub(r"\d+", "#", ln.strip()) for ln in pg} for pg in pages])
        pages = [[ln for ln in pg if re.sub(r"\d+", "#", ln.strip()) not in common] for pg in pages]
    return " ".join("\n".join(pg) for pg in pages)


def check(half):
    mod = importlib.import_module(f"{half}_data")
    outdir = os.path.join(HERE, "..", half)
    fails = 0
    for doc in mod.DOCS:
        name = doc["file"] + build.ext(doc)
        path = os.path.join(outdir, name)
        exp = json.load(open(path + ".expected.json"))
        assert set(exp) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
        assert set(exp["fields"]) <= set(KEYS)
        req = list(REQUIRED) + (["existing_program_name"] if exp["fields"].get("request_type") == "existing_program" else [])
        if exp["is_concept_form"]:
            assert exp["missing_required"] == [k for k in req if k not in exp["fields"]], name
        t = norm(doc_text(path))
        bad = []
        for k in TEXT_KEYS:
            if k not in exp["fields"]:
                continue
            raw = doc["f"][k]
            if k == "learning_outcomes":
                pieces = exp["fields"][k]
            elif isinstance(raw, L):
                pieces = raw.flat()
            else:
                pieces = [exp["fields"][k]]
            for pc in pieces:
                if norm(pc) not in t:
                    bad.append((k, pc[:60]))
        if bad:
            fails += 1
            print("FAIL", name, bad)
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")


if __name__ == "__main__":
    for h in sys.argv[1:] or ["tuning", "heldout"]:
        check(h)
