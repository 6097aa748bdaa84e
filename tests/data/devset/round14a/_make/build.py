"""python build.py tuning|heldout -- builds the documents and expected files of one half."""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

def main(half):
    mod = importlib.import_module(half + "_data")
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), half)
    os.makedirs(out, exist_ok=True)
    for d in mod.DOCS:
        path = os.path.join(out, d["file"])
        r = d["route"]
        if r == "lo_docx":
            lib.lo_docx(d, path)
        elif r == "lo_pdf":
            lib.lo_docx(d, None, also_pdf=path)
        elif r in ("gdocs", "sdt"):
            lib.docx_form(d, path, r)
        elif r == "acro":
            lib.acro_pdf(d, path)
        elif r == "flat":
            lib.acro_pdf(d, path, flatten=True)
        base = path.rsplit(".", 1)[0]
        lib.write_expected(base + ".expected.json", d)
        print("built", d["file"])

if __name__ == "__main__":
    main(sys.argv[1])
