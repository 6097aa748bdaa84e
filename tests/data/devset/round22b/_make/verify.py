"""Check every expected file against its document's own text (no parser). python verify.py [half...]"""
import importlib, json, os, re, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def doc_text(path):
    if path.endswith(".docx"):
        import docx  # opens it = readable
        docx.Document(path)
        z = zipfile.ZipFile(path); txt = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and "comments" not in n:
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)  # accepted view
                txt += re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x)
        import html
        return html.unescape(" ".join(txt))
    return " ".join(p.extract_text() or "" for p in PdfReader(path).pages)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("\uf0b7", "")
    return re.sub(r"[\s\-‐‑–—\"“”«»•·]+", "", s)


def pieces(key, v):
    if isinstance(v, list):
        return v
    if isinstance(v, (int, float)) or key in lib.ENUMS or key == "submission_date":
        return []  # checked by reading the content
    return [p for p in re.split(r"; ", v)]


def main(halves):
    for half in halves:
        data = importlib.import_module(half + "_data")
        fails = 0; mix = {}
        for d in data.DOCS:
            path = os.path.join(HERE, "..", half, d["file"])
            exp = json.load(open(path + ".expected.json", encoding="utf-8"))
            assert set(exp) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, d["file"]
            assert all(k in lib.KEYS for k in exp["fields"]), d["file"]
            for k, v in exp["fields"].items():
                if k in lib.ENUMS:
                    assert v in lib.ENUMS[k], (d["file"], k, v)
            miss = [k for k in lib.REQUIRED if k not in exp["fields"]] if exp["is_concept_form"] else []
            if exp["fields"].get("request_type") == "existing_program" and "existing_program_name" not in exp["fields"]:
                miss.append("existing_program_name")
            assert miss == exp["missing_required"], d["file"]
            t = norm(doc_text(path))
            for k, v in exp["fields"].items():
                for p in pieces(k, v):
                    if norm(p) not in t:
                        fails += 1; print("  FAIL", d["file"], k, repr(p[:70]))
            key = (exp["shape"], d["genre"])
            mix[d["genre"]] = mix.get(d["genre"], 0) + 1
        shapes = {}
        for d in data.DOCS:
            shapes[d.get("shape", "5")] = shapes.get(d.get("shape", "5"), 0) + 1
        inc = sum(1 for d in data.DOCS if d.get("shape", "5") != "7" and lib.expected(d)["missing_required"])
        fr = sum(1 for d in data.DOCS if d.get("lang", "en").startswith("fr"))
        print(f"{half}: {len(data.DOCS)} documents, {fails} failures")
        print(f"  shapes {dict(sorted(shapes.items()))}; incomplete {inc}; look-alikes {shapes.get('7', 0)}; French {fr}; genres {dict(sorted(mix.items()))}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning", "heldout"])
