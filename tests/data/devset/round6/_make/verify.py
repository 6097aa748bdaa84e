"""Check every document of a half without the parser: it opens, and each expected value occurs in its text.

/tmp/venv-devset6/bin/python verify.py tuning|heldout
"""
from __future__ import annotations

import json
import re
import sys
import zipfile

from lib import MAKE, ROOT, REQUIRED

CHOICES = {"request_type", "endorsement_status", "delivery_format"}


def docx_text(path) -> str:
    import docx  # opens the file: proves python-docx can read it
    docx.Document(str(path))
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|comments)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
                x = re.sub(r"<w:(br|tab|cr)/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:t(?: [^>]*)?>(.*?)</w:t>", lambda m: "\x00" + m.group(1) + "\x01", x, flags=re.S)
                x = re.sub(r"<[^>]+>", "", x)
                x = x.replace("\x00", "").replace("\x01", "")
                out.append(x)
    import html
    return html.unescape("\n".join(out))


def pdf_text(path) -> str:
    import pypdf
    import pypdfium2 as pdfium
    r = pypdf.PdfReader(str(path))
    parts = [p.extract_text() or "" for p in r.pages]
    f = r.get_fields() or {}
    for k, v in f.items():
        val = v.get("/V")
        if val is not None:
            parts.append(f"{k}={val}")
    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        parts.append(tp.get_text_range())
    return "\n".join(parts)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "").replace("\ufffe", "")).strip()


def squash(s: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", s)


def main(half: str) -> int:
    rows = json.loads((MAKE / f"checks_{half}.json").read_text(encoding="utf-8"))
    bad = 0
    for row in rows:
        path = ROOT / half / row["name"]
        exp = json.loads((ROOT / half / (row["name"] + ".expected.json")).read_text(encoding="utf-8"))
        src = MAKE / row["src"] if row.get("src") else path
        try:
            text = docx_text(src) if src.suffix == ".docx" else pdf_text(src)
            if src != path:
                import pypdf
                pypdf.PdfReader(str(path)).pages[0]
        except Exception as e:  # noqa: BLE001
            print(f"OPEN FAIL {row['name']}: {e}")
            bad += 1
            continue
        t, sq = norm(text), squash(text)
        wants = []
        for k, v in exp["fields"].items():
            if k in CHOICES:
                continue
            if isinstance(v, list):
                wants += v
            else:
                wants.append(str(v) if k != "submission_date" else None)
        wants += row["checks"]
        def found(w):
            if w in t or squash(w) in sq:
                return True
            # a list answer is written as separate items; its expected value joins them with '; '
            parts = w.split("; ")
            if len(parts) > 1 and all(p in t or squash(p) in sq for p in parts):
                return True
            # an answer split by a page break (running header/footer in between): each sentence must occur
            sents = [x for x in re.split(r"(?<=\.) ", w) if x]
            if len(sents) > 1 and all(x in t or squash(x) in sq for x in sents):
                pieces.append(w)
                return True
            return False
        pieces = []
        missing = [w for w in wants if w and not found(w)]
        soft = [w for w in wants if w and w not in t and squash(w) in sq]
        # missing_required consistent with fields
        if exp["is_concept_form"] and not exp["needs_manual_review"]:
            want_miss = [k for k in REQUIRED if k not in exp["fields"]]
            if exp["fields"].get("request_type") == "existing_program" and "existing_program_name" not in exp["fields"]:
                want_miss.append("existing_program_name")
            if want_miss != exp["missing_required"]:
                print(f"MISSING_REQUIRED MISMATCH {row['name']}")
                bad += 1
        status = "ok" if not missing else "FAIL"
        print(f"{status:4} {row['name']}" + (f"  (found only ignoring spaces/hyphens: {len(soft)})" if soft else "")
              + (f"  (found sentence by sentence: {len(pieces)})" if pieces else ""))
        for m in missing:
            print("     not found:", m[:100])
        bad += bool(missing)
    print("bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
