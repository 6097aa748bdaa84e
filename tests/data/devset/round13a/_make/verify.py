"""python verify.py [tuning] [heldout]: checks every expected file and document of the half (no parser involved)."""
import glob, importlib, json, os, re, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", s)


def doc_text(path):
    if path.endswith(".docx"):
        import docx  # noqa: F401  (opens the file)
        docx.Document(path)
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:(p|br|tab)\b[^>]*/?>", " ", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape(" ".join(out))
    import pypdf
    r = pypdf.PdfReader(path)
    return " ".join(p.extract_text() or "" for p in r.pages)


def check(half):
    data = importlib.import_module(half + "_data")
    out = os.path.join(HERE, "..", half)
    fails = 0
    names = {d["file"] for d in data.DOCS}
    on_disk = {os.path.basename(p) for p in glob.glob(os.path.join(out, "*")) if not p.endswith(".expected.json") and not p.endswith(".md")}
    if names != on_disk:
        print("FILES DIFFER", names ^ on_disk); fails += 1
    for d in data.DOCS:
        path = os.path.join(out, d["file"])
        errs = []
        try:
            exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        except Exception as e:
            print("FAIL", d["file"], "expected json:", e); fails += 1; continue
        if set(exp) != KEYS:
            errs.append("keys %s" % sorted(exp))
        if exp != json.loads(json.dumps(lib.expected(d))):
            errs.append("expected file differs from data module")
        if exp["is_concept_form"] and exp["missing_required"] != lib.missing(exp["fields"]):
            errs.append("missing_required inconsistent")
        try:
            t = norm(doc_text(path))
        except Exception as e:
            errs.append("does not open: %s" % e); t = ""
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                continue
            vals = v if isinstance(v, list) else (v.split("; ") if isinstance(v, str) else [str(v)])
            for item in vals:
                if norm(item) not in t:
                    errs.append("%s not in text: %r" % (k, item[:70]))
        if d.get("date_written") and norm(d["date_written"]) not in t:
            errs.append("date text not found")
        if errs:
            fails += 1
            print("FAIL", d["file"]); [print("   ", e) for e in errs]
    print("%s: %d documents, %d failures" % (half, len(data.DOCS), fails))
    return fails


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    sys.exit(1 if sum(check(h) for h in halves) else 0)
