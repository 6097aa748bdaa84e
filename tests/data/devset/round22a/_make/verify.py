"""Check every expected file against its document's own text (no parser): python verify.py [tuning|heldout]"""
import os, sys, json, re, zipfile, unicodedata, importlib
from pypdf import PdfReader
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\u00ad", "")
    return re.sub(r"[\s\-‐‑–—'\"“”«»•\uf0b7·]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)  # opens
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>|<w:br/>|</w:p>", " ", x)
                parts.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape(" ".join(parts)), {}
    r = PdfReader(path)
    t = " ".join(p.extract_text() or "" for p in r.pages)
    fields = {k: v.get("/V") for k, v in (r.get_fields() or {}).items()}
    t += " " + " ".join(str(v) for v in fields.values() if v is not None)
    return t, fields


def check_half(half):
    mod = importlib.import_module(f"{half}_data")
    d = os.path.join(HERE, "..", half)
    fails = 0
    mix = {"shape": {}, "genre": {}, "incomplete": 0, "lookalike": 0, "french": 0, "review": 0}
    for doc in mod.DOCS:
        p = os.path.join(d, doc["name"])
        e = json.load(open(p + ".expected.json", encoding="utf-8"))
        errs = []
        if set(e) != KEYS:
            errs.append(f"keys {sorted(e)}")
        for k in e["fields"]:
            if k not in lib.ORDER:
                errs.append(f"unknown key {k}")
        if e["is_concept_form"] and e["missing_required"] != lib.missing(e["fields"]):
            errs.append("missing_required mismatch")
        text, ff = doc_text(p)
        nt = norm(text)
        for k, v in e["fields"].items():
            if k in lib.CHOICES or k in lib.NUMBERS or k == "submission_date":
                shown = lib.shown(doc, k)
                if k in lib.CHOICES:
                    if v not in dict(lib.OPTIONS[k]):
                        errs.append(f"bad code {k}={v}")
                    continue
                if norm(str(shown)) not in nt:
                    errs.append(f"{k}: shown form {shown!r} not found")
                continue
            pieces = v if isinstance(v, list) else (doc["f"][k] if isinstance(doc["f"][k], list) else [v])
            for piece in pieces:
                if norm(piece) not in nt:
                    errs.append(f"{k}: {piece[:60]!r} not found")
        mix["shape"][e["shape"]] = mix["shape"].get(e["shape"], 0) + 1
        mix["genre"][doc["genre"]] = mix["genre"].get(doc["genre"], 0) + 1
        mix["incomplete"] += bool(e["missing_required"])
        mix["lookalike"] += e["shape"] == "7"
        mix["french"] += doc.get("lang") == "fr"
        mix["review"] += e["needs_manual_review"]
        if ff and "-v" in sys.argv:
            print("   fields:", {k: v for k, v in ff.items() if v is not None and not isinstance(v, str) or
                                  (isinstance(v, str) and v.startswith("/"))})
        if errs:
            fails += 1
            print(f"FAIL {half}/{doc['name']}:")
            for x in errs:
                print("    ", x)
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures; shapes {dict(sorted(mix['shape'].items()))}; "
          f"genres {dict(sorted(mix['genre'].items()))}; incomplete {mix['incomplete']}; look-alikes "
          f"{mix['lookalike']}; French/bilingual {mix['french']}; manual review {mix['review']}")
    return fails


if __name__ == "__main__":
    halves = [a for a in sys.argv[1:] if not a.startswith("-")] or ["tuning", "heldout"]
    sys.exit(sum(check_half(h) for h in halves if os.path.exists(os.path.join(HERE, f"{h}_data.py"))))
