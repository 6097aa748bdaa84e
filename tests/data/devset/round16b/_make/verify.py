"""Read every document back (python-docx / pypdf, never the parser) and check the expected files."""
import glob, importlib, json, os, re, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = s.replace("--", "–") if False else s
    return re.sub(r"[\s\-–—\u00ad]+", "", s)


def text_of(path):
    if path.endswith(".docx"):
        Document(path)
        z = zipfile.ZipFile(path)
        xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        xml = re.sub(r"<w:tab/>", " ", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')
    r = PdfReader(path)
    return " ".join(p.extract_text() or "" for p in r.pages)


def main():
    total = 0
    for half in sys.argv[1:] or ["tuning", "heldout"]:
        mod = importlib.import_module(f"{half}_data")
        fails = 0
        for d in mod.DOCS:
            path = os.path.join(HERE, "..", half, d["file"])
            exp = json.load(open(path + ".expected.json", encoding="utf-8"))
            errs = []
            if set(exp) != {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}:
                errs.append("keys")
            if not set(exp["fields"]) <= set(lib.KEYS):
                errs.append("field keys")
            if exp["fields"] != d["fields"]:
                errs.append("fields differ from data")
            if exp["is_concept_form"] and exp["missing_required"] != lib.missing(exp["fields"]):
                errs.append("missing_required")
            t = norm(text_of(path))
            if len(t) < 200:
                errs.append("no text")
            for k, v in exp["fields"].items():
                if k in ("request_type", "endorsement_status", "delivery_format", "submission_date"):
                    continue
                pieces = v if isinstance(v, list) else ([str(v)] if not isinstance(v, str) else v.split("; "))
                if isinstance(v, (int, float)) and k in d.get("words", ()):
                    continue
                for p in pieces:
                    if norm(p) not in t:
                        errs.append(f"{k}: {p[:60]!r} not found")
            if errs:
                fails += 1
                print(half, d["file"], errs)
        print(f"{half}: {len(mod.DOCS)} documents, {fails} failures")
        total += fails
    return total


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
