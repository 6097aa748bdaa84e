"""Read every document back (no parser) and check expected files: python verify.py [tuning|heldout]"""
import sys, os, json, re, zipfile, unicodedata, importlib, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
FIELDS = set(lib.ORDER)
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"[\s\-–—•☐☒]", "", s)


def text_of(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
                x = re.sub(r"<w:tab/>|</w:p>|<w:br/>", "<w:t> </w:t>", x)
                out.append(html.unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x))))
        return " ".join(out)
    from pypdf import PdfReader
    return " ".join(p.extract_text() or "" for p in PdfReader(path).pages)


def pieces(k, v):
    if isinstance(v, list):
        return v
    if k in ("request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment",
             "submission_date"):
        return []
    return [v]


def run(half):
    mod = importlib.import_module(half + "_data")
    fails = 0
    for d in mod.DOCS:
        ext = lib.BUILDERS[d["genre"]][1] or d["ext"]
        p = os.path.join(HERE, "..", half, d["name"] + "." + ext)
        e = json.load(open(p + ".expected.json", encoding="utf-8"))
        probs = []
        if set(e) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
            probs.append("keys")
        if not set(e["fields"]) <= FIELDS:
            probs.append("field keys")
        if e["fields"] != d["fields"]:
            probs.append("fields != data")
        if e["is_concept_form"] and e["missing_required"] != [k for k in lib.REQUIRED if k not in e["fields"]]:
            probs.append("missing_required")
        t = norm(text_of(p))
        if len(t) < 200:
            probs.append("little text")
        for k, v in e["fields"].items():
            for piece in pieces(k, v):
                if norm(piece) not in t:
                    if all(norm(w) in t for w in re.split(r"[\s\-]+", piece)):
                        print("     note %s: %s: words present, not contiguous (frames interleave)" % (d["name"], k))
                        continue
                    probs.append("not found: %s: %s" % (k, piece[:50]))
        fails += bool(probs)
        print(("FAIL " if probs else "ok   ") + d["name"], "; ".join(probs))
    print("%s: %d documents, %d failures" % (half, len(mod.DOCS), fails))


for h in (sys.argv[1:] or ["tuning", "heldout"]):
    run(h)
