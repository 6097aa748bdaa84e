"""Check the round-8 documents WITHOUT the parser.

For every document of the chosen half(s): the file opens (python-docx / pypdf); the expected file equals what the data
module gives; missing_required agrees with the fields (or is a documented manual-review override); every expected text
value (a '; '-joined value item by item) and each outcome occurs in the document text (DOCX XML text without w:delText
and without VML fallbacks; PDF text from pypdf + pypdfium2 + AcroForm /V values; for scans the source page), compared
after NFKC, lower-casing and dropping spaces and hyphens; the written forms of choices, numbers and dates (`disp`) occur
too; scans have no text layer.
Usage: python verify.py [tuning] [heldout]
"""
import os, sys, json, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)
        return docx_text(path)
    import pypdf
    pypdf.PdfReader(path)
    return pdf_text(path)


def check_half(half, modname):
    mod = importlib.import_module(modname)
    bad = 0
    listed = set()
    for d in mod.DOCS:
        path = os.path.join(ROOT, half, d["file"])
        listed.add(d["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING FILE", path)
            bad += 1
            continue
        try:
            txt = doc_text(path)
        except Exception as e:  # noqa
            errs.append(f"does not open: {e}")
            txt = ""
        exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        if exp != expected_of(d):
            errs.append("expected file differs from data module")
        if exp["is_concept_form"]:
            mr = missing_required(exp["fields"])
            if exp["missing_required"] != mr and not exp["needs_manual_review"]:
                errs.append(f"missing_required {exp['missing_required']} != {mr}")
            if exp["missing_required"] != mr:
                extra = set(exp["missing_required"]) ^ set(mr)
                if not all(k in REQUIRED for k in extra):
                    errs.append("override lists a non-required key")
        else:
            if exp["fields"] or exp["missing_required"]:
                errs.append("non-form with fields")
        if d["shape"] == "6":
            if pdf_has_text(path):
                errs.append("scan has a text layer")
            src = os.path.join(HERE, ("heldout_src_" if half == "heldout" else "src_") + d["file"])
            txt = pdf_text(src)
        if exp["is_concept_form"]:
            T = norm(txt)
            F = exp["fields"]
            for k, v in F.items():
                if k in CHOICES or k in NUMBERS or k == "submission_date":
                    w = d.get("disp", {}).get(k)
                    if w is None:
                        if k in NUMBERS:
                            w = str(v)
                        elif k == "submission_date":
                            errs.append("no written date given")
                            continue
                        else:
                            continue  # option box: checked by the route (option words on the page)
                    if norm(w) not in T:
                        errs.append(f"{k}: written form {w!r} not found")
                    continue
                items = v if isinstance(v, list) else [x for x in v.split("; ")]
                for it in items:
                    if norm(it) not in T:
                        errs.append(f"{k}: {it[:70]!r} not found")
        status = "ok " if not errs else "ERR"
        bad += bool(errs)
        print(f"{status} {half}/{d['file']}")
        for e in errs:
            print("      ", e)
    on_disk = {f for f in os.listdir(os.path.join(ROOT, half)) if not f.endswith(".expected.json") and not f.endswith(".md")}
    for f in sorted(on_disk - listed):
        print("UNLISTED FILE", half, f)
        bad += 1
    return bad


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    total = 0
    for h in halves:
        total += check_half(h, "tuning_data" if h == "tuning" else "heldout_data")
    print("FAILURES:", total)
    sys.exit(1 if total else 0)
