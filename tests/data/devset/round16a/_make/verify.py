"""python verify.py [tuning|heldout ...] -- reads documents back WITHOUT the parser and checks expected files."""
import os, sys, json, re, zipfile, unicodedata, importlib
from lib import KEYS, REQUIRED, expected_fields, missing, join_items

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
TOP = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8")
                out.append(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
        return "\n".join(out)
    import pypdf
    r = pypdf.PdfReader(path)
    t = "\n".join(p.extract_text() or "" for p in r.pages)
    f = r.get_fields() or {}
    t += "\n" + "\n".join(str(v.get("/V", "")) for v in f.values())
    return t


def main(halves):
    for half in halves:
        mod = importlib.import_module(f"{half}_data")
        fails = 0
        for doc in mod.DOCS:
            p = os.path.join(ROOT, half, doc["name"])
            e = json.load(open(p + ".expected.json", encoding="utf8"))
            errs = []
            if set(e) != TOP: errs.append("top keys")
            if any(k not in KEYS for k in e["fields"]): errs.append("bad key")
            if doc["shape"] != "7":
                if e["fields"] != expected_fields(doc): errs.append("fields != data")
                if e["missing_required"] != missing(e["fields"]): errs.append("missing")
            t = norm(doc_text(p))
            if len(t) < 200: errs.append("little text")
            for k, v in e["fields"].items():
                if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                    continue
                raw = doc["fields"][k]
                pieces = raw if isinstance(raw, list) else [str(raw)]
                for pc in pieces:
                    if norm(pc) not in t:
                        errs.append(f"{k}: not in text: {pc[:50]!r}")
            if errs: fails += 1
            print(("FAIL " if errs else "ok   ") + doc["name"], "; ".join(errs))
        print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")


if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning", "heldout"])
