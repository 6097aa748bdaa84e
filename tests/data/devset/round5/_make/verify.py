"""Check that every expected value really occurs in each document's text (read back without the parser).

DOCX: text of document, headers, footers (w:t, w:tab as space, paragraphs as lines), content-control placeholders excluded
only by the generator (placeholders are never expected values). PDF: pypdf and pypdfium2 text plus AcroForm /V values;
for scans the source page kept in _make/src_<file>.pdf. Also checks that each file opens and that expected files are
well-formed. Usage: python verify.py tuning|heldout
"""
import json, re, sys, unicodedata, zipfile
from pathlib import Path
from lib import ROOT, MAKE, REQUIRED, missing

NUMERIC = {"estimated_hours", "expected_enrolment"}
CHOICE = {"request_type", "endorsement_status", "delivery_format"}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "").replace("\u00a0", " ").replace("\u2009", " ")
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(p):
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(p)
    out = []
    for name in z.namelist():
        if not re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            continue
        root = etree.fromstring(z.read(name))
        for para in root.iter(W + "p"):
            buf = []
            for el in para.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "tab", W + "br"):
                    buf.append(" ")
                elif el.tag == W + "sym":
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)


def pdf_text(p):
    from pypdf import PdfReader
    import pypdfium2 as pdfium
    r = PdfReader(str(p))
    t1 = "\n".join((pg.extract_text() or "") for pg in r.pages)
    vals = []
    for k, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v is not None:
            vals.append(f"{k} = {v}")
    d = pdfium.PdfDocument(str(p))
    t2 = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    return t1 + "\n" + t2 + "\n" + "\n".join(vals), len(r.pages), bool(r.get_fields())


def text_of(path):
    if path.suffix == ".docx":
        import docx
        docx.Document(str(path))        # opens
        return docx_text(path)
    t, n, _ = pdf_text(path)
    return t


SOFT = []


def found(needle, hay, hay_nospace):
    n = norm(needle)
    if n in hay:
        return True
    ns = re.sub(r"\s+", "", n)
    ok = ns in hay_nospace or ns.replace("-", "") in hay_nospace.replace("-", "")
    if ok:
        SOFT.append(n[:60])
    return ok


def main(half):
    checks = json.loads((MAKE / f"checks_{half}.json").read_text())
    d = ROOT / half
    bad = 0
    files = sorted(p for p in d.iterdir() if not p.name.endswith(".expected.json") and p.suffix != ".md")
    for p in files:
        exp_p = Path(str(p) + ".expected.json")
        if not exp_p.exists():
            print("NO EXPECTED", p.name); bad += 1; continue
        exp = json.loads(exp_p.read_text())
        assert set(exp) == {"is_concept_form", "shape", "fields", "missing_required", "needs_manual_review", "notes"}, p.name
        meta = checks[p.name]
        if exp["is_concept_form"] and not exp["needs_manual_review"]:
            assert exp["missing_required"] == missing(exp["fields"]), p.name
        src = Path(meta["check_source"]) if meta.get("check_source") else p
        try:
            hay = norm(text_of(src))
            if src != p:
                text_of(p)
        except Exception as e:
            print("CANNOT OPEN", p.name, e); bad += 1; continue
        hay_ns = re.sub(r"\s+", "", hay)
        problems = []
        for k, v in exp["fields"].items():
            if k in NUMERIC or k in CHOICE or k == "submission_date" or k in meta.get("skip_check", []):
                continue
            items = v if isinstance(v, list) else [v]
            for it in items:
                if not found(it, hay, hay_ns):
                    problems.append(f"{k}: {it[:70]!r}")
        for a in meta["also"]:
            if not found(a, hay, hay_ns):
                problems.append(f"also: {a!r}")
        if SOFT:
            print("soft", p.name, "(found only with spaces/hyphens ignored):", SOFT)
            SOFT.clear()
        if problems:
            bad += 1
            print("FAIL", p.name)
            for x in problems:
                print("     ", x)
        else:
            print("ok  ", p.name)
    print(f"{len(files)} files, {bad} with problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
