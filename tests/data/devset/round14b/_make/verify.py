"""Read every document back WITHOUT the parser and check the expected files against the data modules and the text."""
import json, os, re, sys, zipfile, unicodedata, importlib
import lib
HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        xml = "".join(z.read(n).decode("utf8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        return re.sub(r"<[^>]+>", "", xml)
    from pypdf import PdfReader
    return "".join(p.extract_text() or "" for p in PdfReader(path).pages)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
    return re.sub(r"[\s\-\u00ad]+", "", s)


def check(half):
    mod = importlib.import_module(half + "_data")
    fails = 0
    for d in mod.DOCS:
        p = os.path.join(HERE, "..", half, d["name"] + "." + d["ext"])
        e = json.load(open(os.path.join(HERE, "..", half, d["name"] + ".expected.json")))
        assert set(e) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}
        assert set(e["fields"]) <= set(lib.KEYS), set(e["fields"]) - set(lib.KEYS)
        assert e["fields"] == d["fields"]
        assert e["missing_required"] == (lib.missing(d["fields"]) if d["shape"] != "7" else [])
        t = norm(text_of(p))
        for k, v in d["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                continue
            vals = v if isinstance(v, list) else [str(v)]
            if k == "competencies" or k == "resources_required":
                vals = v.split("; ")
            for x in vals:
                if norm(x) not in t:
                    fails += 1
                    print("MISSING", half, d["name"], k, repr(x)[:90])
    print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")


if __name__ == "__main__":
    for h in sys.argv[1:] or ["tuning", "heldout"]:
        check(h)
