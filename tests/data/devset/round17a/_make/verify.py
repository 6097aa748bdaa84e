"""Reads every document back WITHOUT the parser and checks the expected files (python verify.py [tuning|heldout])."""
import sys, os, json, re, zipfile, unicodedata, importlib
import docx, pypdf
from lib import KEYS, missing

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\u2002", " ")
    return re.sub(r"[\s\-‐–]+", "", s)


def docx_text(path):
    docx.Document(path)  # opens
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
            x = z.read(n).decode("utf8")
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(out)


def pdf_text(path):
    r = pypdf.PdfReader(path)
    out = [p.extract_text() or "" for p in r.pages]
    for p in r.pages:
        for a in p.get("/Annots", []) or []:
            a = a.get_object()
            if a.get("/Contents"):
                out.append(str(a["/Contents"]))
    for k, v in (r.get_fields() or {}).items():
        if isinstance(v.get("/V"), str):
            out.append(v["/V"])
    return "\n".join(out)


def main(halves):
    bad = 0
    for half in halves:
        mod = importlib.import_module(f"{half}_data")
        n = 0
        for d in mod.DOCS:
            n += 1
            path = os.path.join(ROOT, half, d["name"])
            exp = json.load(open(path + ".expected.json", encoding="utf-8"))
            errs = []
            if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
                errs.append("keys")
            if any(k not in KEYS for k in exp["fields"]):
                errs.append("field key")
            if exp["is_concept_form"] and exp["missing_required"] != missing(exp["fields"]):
                errs.append("missing_required")
            text = docx_text(path) if path.endswith(".docx") else pdf_text(path)
            if not text.strip():
                errs.append("no text")
            T = norm(text)
            for k, v in exp["fields"].items():
                if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                    continue
                pieces = v if isinstance(v, list) else (v.split("; ") if isinstance(v, str) else [str(v)])
                for pc in pieces:
                    if norm(pc) not in T:
                        errs.append(f"{k}: {pc[:50]!r} not found")
            for k, v in d.get("absent_text", {}).items():
                pass
            print(("OK  " if not errs else "FAIL") + f" {half}/{d['name']}" + ("" if not errs else ": " + "; ".join(errs)))
            bad += bool(errs)
        print(f"{half}: {n} documents, {sum(1 for _ in [])}" if False else f"{half}: {n} documents checked")
    print("failures:", bad)


if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning", "heldout"])
