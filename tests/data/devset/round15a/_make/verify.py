"""python verify.py  -> checks every document opens and every expected value occurs in its text (no parser used)."""
import html, glob, json, os, re, sys, unicodedata, zipfile, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-\u00ad]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        Document(path)
        z = zipfile.ZipFile(path)
        return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf8")) for n in z.namelist()
                        if n.startswith("word/") and n.endswith(".xml")))
    r = PdfReader(path)
    t = " ".join(p.extract_text() or "" for p in r.pages)
    f = r.get_fields() or {}
    t += " " + " ".join(str(v.get("/V", "")) for v in f.values())
    for hf in (lib.FOOT, "Continuing Education – Michener Institute"):  # running header/footer lines between page breaks
        t = t + ""  # removed after normalisation in check()
    return t


def check(half):
    mod = importlib.import_module(f"{half}_data")
    fails = 0
    for d in mod.DOCS:
        p = os.path.join(HERE, "..", half, d["file"])
        e = json.load(open(p + ".expected.json", encoding="utf-8"))
        errs = []
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            errs.append("keys")
        if any(k not in lib.KEYS for k in e["fields"]):
            errs.append("bad field key")
        if e["is_concept_form"] and e["missing_required"] != lib.missing(e["fields"]):
            errs.append("missing_required")
        t = norm(doc_text(p))
        if p.endswith(".pdf"):  # running header/footer lines fall between the lines of a cell split by a page break
            for hf in (lib.FOOT, "Continuing Education – Michener Institute"):
                t = t.replace(norm(hf), "")
        if len(t) < 200:
            errs.append("little text")
        for k, v in e["fields"].items():
            if k in d.get("verify_interleaved", []):  # label text interleaved in PDF text (said in the notes)
                continue
            if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                continue
            items = v if isinstance(v, list) else (v.split("; ") if isinstance(v, str) else [str(v)])
            for it in items:
                if norm(str(it)) not in t:
                    errs.append(f"{k}: {it[:60] if isinstance(it, str) else it}")
        if errs:
            fails += 1
            print("FAIL", d["file"], errs)
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")


for h in sys.argv[1:] or ["tuning", "heldout"]:
    check(h)
