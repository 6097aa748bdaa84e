"""Check round 9 WITHOUT the parser: every document opens, the expected file equals the data module, missing_required agrees
with the fields, scans have no text layer, and every expected text value / outcome / number / written check occurs in the
document text (NFKC, lower-case, spaces and hyphens ignored). Usage: python verify.py [tuning|heldout ...]"""
import os, re, sys, json, importlib, difflib
import lib, logging
logging.disable(logging.CRITICAL)
from lib import norm, docx_text, pdf_text, pdf_has_text, missing, expected_record


def strip_accents(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\u00b4\u0060\u02c6\u00a8\u02dc\u00b8\u02d8\u02c7\u02d9^~]", "", s)


def doc_text(path, d):
    if path.endswith(".docx"):
        return docx_text(path)
    return pdf_text(path)


def opens(path):
    if path.endswith(".docx"):
        try:
            import docx
            docx.Document(path)
            return "python-docx"
        except Exception as e:
            import zipfile
            with zipfile.ZipFile(path) as z:
                assert "word/document.xml" in z.namelist()
                assert z.testzip() is None
            return f"zip only (python-docx: {type(e).__name__})"
    import pypdf
    r = pypdf.PdfReader(path)
    assert len(r.pages) >= 1
    return f"pypdf {len(r.pages)} p."


def check_half(half, mod):
    M = importlib.import_module(mod)
    res = []
    fails = 0
    for d in M.DOCS:
        path = os.path.join(lib.ROOT, half, d["file"])
        errs = []
        notes = []
        if not os.path.exists(path):
            res.append(f"FAIL {half}/{d['file']}: missing file"); fails += 1; continue
        try:
            notes.append(opens(path))
        except Exception as e:
            errs.append(f"does not open: {e}")
        exp = json.load(open(path + ".expected.json", encoding="utf-8"))
        if exp != expected_record(d):
            errs.append("expected file differs from data module")
        if exp["is_concept_form"] and d.get("missing_override") is None and exp["missing_required"] != missing(exp["fields"]):
            errs.append("missing_required disagrees with fields")
        src = os.path.join(lib.HERE, ("heldout_src_" if half == "heldout" else "src_") + d["file"])
        if d.get("scan"):
            if pdf_has_text(path):
                errs.append("scan has a text layer")
            text = pdf_text(src)
            notes.append("values checked on the source page")
        elif d.get("ocr") or d.get("outlines"):
            text = pdf_text(src)
            got = pdf_text(path)
            if d.get("outlines"):
                if pdf_has_text(path):
                    errs.append("outline PDF has a text layer")
                notes.append("no text layer; values checked on the source")
            else:
                ratio = difflib.SequenceMatcher(None, norm(text)[:6000], norm(got)[:6000]).ratio()
                notes.append(f"OCR text layer vs source similarity {ratio:.2f}; values checked on the source")
        else:
            text = doc_text(path, d)
        T = norm(text)
        if d.get("loose_accents"):
            T = strip_accents(T)
        for k, v in exp["fields"].items():
            if k in ("request_type", "endorsement_status", "delivery_format"):
                continue
            if isinstance(v, list):
                items = v
            elif isinstance(v, int):
                items = [str(v)]
            elif k == "submission_date":
                continue
            else:
                items = [p for i in v.split("; ") for p in re.split(r"(?<=[.;:,!?)]) ", i)]
            if k in d.get("composed", {}):
                items = d["composed"][k]
            for it in items:
                n_it = strip_accents(norm(it)) if d.get("loose_accents") else norm(it)
                if n_it not in T:
                    errs.append(f"{k}: not found: {it[:70]!r}")
        for c in d.get("checks", []):
            n_c = strip_accents(norm(c)) if d.get("loose_accents") else norm(c)
            if n_c not in T:
                errs.append(f"check not found: {c!r}")
        if errs:
            fails += 1
            res.append(f"FAIL {half}/{d['file']}: " + " | ".join(errs))
        else:
            res.append(f"ok   {half}/{d['file']} ({'; '.join(notes)})")
    return res, fails, len(M.DOCS)


if __name__ == "__main__":
    halves = sys.argv[1:] or ["tuning", "heldout"]
    total = 0; tf = 0; lines = []
    for h in halves:
        mod = "tuning_data" if h == "tuning" else "heldout_data"
        try:
            r, f, n = check_half(h, mod)
        except ModuleNotFoundError:
            continue
        lines += r; total += n; tf += f
        lines.append(f"{h}: {n} documents, {f} failures")
    lines.append(f"TOTAL: {total} documents, {tf} failures")
    print("\n".join(lines))
