"""Check that every expected value is really present in its document.

Reads DOCX XML text (w:t, including content controls, headers), PDF text
(pypdf and pypdfium2) and AcroForm values. Does not use mailbot."""
import glob
import json
import os
import re
import sys
import zipfile

import pypdf
import pypdfium2

from common import FORMS, ROOT


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def squash(s):
    return re.sub(r"[\s\-\u00ad\ufffe\u2010\u2011]+", "", s.replace("\u2019", "'")).lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml", n):
            x = z.read(n).decode("utf8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<w:br[^>]*/>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))


def pdf_texts(path):
    r = pypdf.PdfReader(path)
    t1 = "\n".join(p.extract_text() or "" for p in r.pages)
    pdf = pypdfium2.PdfDocument(path)
    t2 = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    fields = r.get_fields() or {}
    vals = []
    for k, f in fields.items():
        v = f.get("/V")
        if v is not None:
            vals.append(str(v))
    return t1, t2, "\n".join(vals), len(r.pages), bool(fields)


def check(doc_path, exp_path, doc_id=None):
    exp = json.load(open(exp_path))
    problems = []
    if doc_path.endswith(".docx"):
        texts = [docx_text(doc_path)]
        info = ""
    else:
        t1, t2, fv, npages, has_fields = pdf_texts(doc_path)
        texts = [t1 + "\n" + fv, t2 + "\n" + fv]
        info = f"pages={npages} fields={has_fields}"
    f = FORMS.get(doc_id, {}) if doc_id else {}
    disp = f.get("disp", {})
    for k, v in exp["fields"].items():
        if k in ("request_type", "endorsement_status", "delivery_format"):
            continue
        if k in ("estimated_hours", "expected_enrolment", "submission_date"):
            if k in disp:
                v = disp[k]
            else:
                continue  # written in a sentence; checked by eye
        items = v if isinstance(v, list) else [str(v)]
        for it in items:
            for ti, t in enumerate(texts):
                if norm(it) not in norm(t) and squash(it) not in squash(t):
                    problems.append(f"  [{ti}] {k}: {it[:70]!r}")
    return info, problems


def main():
    by_file = {v["file"]: k for k, v in FORMS.items()}
    bad = 0
    for exp_path in sorted(glob.glob(os.path.join(ROOT, "*", "*.expected.json"))):
        doc = exp_path[: -len(".expected.json")]
        name = os.path.basename(doc)
        if len(sys.argv) > 1 and not any(a in name for a in sys.argv[1:]):
            continue
        info, probs = check(doc, exp_path, by_file.get(name))
        print(("OK  " if not probs else "BAD ") + name, info)
        for p in probs:
            print(p)
        bad += bool(probs)
    print("files with problems:", bad)


if __name__ == "__main__":
    main()
