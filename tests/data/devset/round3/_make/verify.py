# -*- coding: utf-8 -*-
"""Read every document back WITHOUT the bot's parser and check each expected value is in it.
DOCX: text of w:t in document/headers/footers/comments excluded, w:delText excluded (= changes accepted), text boxes included.
PDF: pypdf + pypdfium2 text, plus AcroForm /V values. Scans: the source PDF before rasterising (src_*.pdf)."""
import sys, os, json, re, zipfile, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from forms_tuning import T
from forms_heldout import H
import pypdf, pypdfium2 as pdfium
from lxml import etree
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BYFILE = {f["file"]: f for f in T + H}


def norm(s):
    return " ".join(s.replace("\u00a0", " ").replace("\u2002", " ").split())


def docx_text(path):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
            root = etree.fromstring(z.read(n))
            for p in root.iter(WNS + "p"):
                if p.getparent() is not None and p.getparent().tag == WNS + "txbxContent" and any(a.tag.endswith("Fallback") for a in p.iterancestors()):
                    continue  # count text boxes once (DrawingML choice, not the VML fallback)
                buf = []
                for el in p.iter():
                    if el.tag == WNS + "t":
                        # skip nested paragraphs' text: only direct descendants not inside another w:p below p
                        anc = next(el.iterancestors(WNS + "p"))
                        if anc is p:
                            buf.append(el.text or "")
                    elif el.tag in (WNS + "br", WNS + "tab") and next(el.iterancestors(WNS + "p")) is p:
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def pdf_text(path):
    r = pypdf.PdfReader(path)
    a = "\n".join(p.extract_text() or "" for p in r.pages)
    d = pdfium.PdfDocument(path)
    b = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    vals = []
    for k, v in (r.get_fields() or {}).items():
        if v.get("/V") is not None:
            vals.append(f"[{k}={v.get('/V')}]")
    return a, b, "\n".join(vals)


def check(path, form):
    exp = json.load(open(path + ".expected.json", encoding="utf-8"))
    src = path
    if exp.get("needs_manual_review"):
        src = os.path.join(HERE, "src_" + form["id"] + ".pdf")
    if src.endswith(".docx"):
        texts = [docx_text(src)]
    else:
        texts = list(pdf_text(src))
    blob = [norm(t) for t in texts]
    nospace = [re.sub(r"\s", "", t) for t in texts]
    bad = []
    for k, v in exp["fields"].items():
        vals = v if isinstance(v, list) else [str(v)]
        if k in ("request_type", "endorsement_status", "delivery_format"):
            w = form.get("w", {}).get(k)
            vals = [w] if w else []
        if k in ("estimated_hours", "expected_enrolment", "submission_date"):
            vals = [written(form, k)]
        for x in vals:
            x = norm(x)
            if not any(x in b for b in blob):
                if any(re.sub(r"\s", "", x) in n for n in nospace):
                    bad.append(f"{k}: only without spaces")
                else:
                    bad.append(f"{k}: NOT FOUND {x[:60]!r}")
    return bad, texts


if __name__ == "__main__":
    total = 0
    for half in ("tuning", "heldout"):
        for p in sorted(glob.glob(os.path.join(ROOT, half, "*.expected.json"))):
            doc = p[:-len(".expected.json")]
            name = os.path.basename(doc)
            form = BYFILE.get(name)
            exp = json.load(open(p, encoding="utf-8"))
            assert exp["missing_required"] == (missing(exp["fields"]) if exp["is_concept_form"] else [])
            if form is None:
                print(f"[{half}] {name}: not a form (no field check)"); continue
            bad, texts = check(doc, form)
            total += len(bad)
            print(f"[{half}] {name}: {'OK' if not bad else bad}")
    print("problems:", total)
