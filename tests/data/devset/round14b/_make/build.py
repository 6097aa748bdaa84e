"""python build.py tuning|heldout  -> documents + expected files in ../<half>/"""
import os, sys, importlib
import lib

HERE = os.path.dirname(os.path.abspath(__file__))


def build(d, out):
    path = os.path.join(out, d["name"] + "." + d["ext"])
    blocks = lib.parse(d["markup"])
    r = d["route"]
    if r == "docx_report":
        lib.docx_doc(path, blocks, cover=d.get("cover"), font="Calibri")
    elif r == "gdocs":
        lib.docx_doc(path, blocks, cover=d.get("cover"), font="Arial", numbered_headings=True, table_header=False)
    elif r == "email_docx":
        lib.docx_doc(path, blocks, email_header=d["email_header"], font="Calibri", body_size=11)
    elif r == "pandoc_docx":
        lib.pandoc_docx(path, blocks, d.get("meta"))
    elif r == "pandoc_pdf":
        lib.pandoc_pdf(path, blocks, d.get("meta"))
    elif r == "latex":
        lib.latex_pdf(path, blocks, d["title"], d["author_lines"], d["date"], numbered=d.get("numbered", True))
    elif r == "brochure":
        lib.brochure_pdf(path, blocks, d["banner"], d.get("tagline"), d.get("contact_panel"))
    else:
        raise ValueError(r)
    lib.write_expected(path + ".expected.json".replace(".expected", ".expected") if False else
                       os.path.join(out, d["name"] + ".expected.json"), d)
    return path


if __name__ == "__main__":
    half = sys.argv[1]
    mod = importlib.import_module(half + "_data")
    out = os.path.join(HERE, "..", half)
    os.makedirs(out, exist_ok=True)
    for d in mod.DOCS:
        print(build(d, out))
