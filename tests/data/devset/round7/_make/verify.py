"""Check a half without any parser: each file opens; every expected value and check string occurs in its text.
python verify.py tuning|heldout"""
import json, os, re, sys, unicodedata, importlib, glob
from lib import ROOT, HERE, doc_text, missing

CHOICES = ("request_type", "endorsement_status", "delivery_format")
SKIP = CHOICES + ("estimated_hours", "expected_enrolment", "submission_date")


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def loose(s):
    return re.sub(r"[\s\-‐‑]+", "", norm(s))


def found(v, T, L):
    n = norm(v)
    if n in T:
        return "ok"
    if loose(v) in L:
        return "loose"
    w = v.split()
    for i in range(3, len(w) - 2):  # one answer cut in two by a page break (footer / repeated header between)
        if norm(" ".join(w[:i])) in T and norm(" ".join(w[i:])) in T:
            return "split"
    return None


def main(half):
    mod = importlib.import_module("tuning_data" if half == "tuning" else "heldout_data")
    folder = os.path.join(ROOT, half)
    bad = 0
    by_name = {d.name: d for d in mod.D.values()}
    for exp in sorted(glob.glob(os.path.join(folder, "*.expected.json"))):
        name = os.path.basename(exp)[:-len(".expected.json")]
        e = json.load(open(exp, encoding="utf-8"))
        path = os.path.join(folder, name)
        assert os.path.exists(path), path
        t = doc_text(path)
        if e["shape"] == "6":
            src = os.path.join(HERE, "src_" + name)
            t = doc_text(src)
            import pypdf
            pypdf.PdfReader(path)
        T, L = norm(t), loose(t)
        probs = []
        if not e["is_concept_form"]:
            assert e["fields"] == {} and e["missing_required"] == []
        elif not e["needs_manual_review"]:
            if sorted(e["missing_required"]) != sorted(missing(e["fields"])):
                probs.append(f"missing_required mismatch {e['missing_required']} vs {missing(e['fields'])}")
        loose_hits = []
        for k, v in e["fields"].items():
            if k in SKIP:
                continue
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                r = found(x, T, L)
                if r is None and k == "competencies" and "; " in x:
                    r = "ok" if all(found(p, T, L) for p in x.split("; ")) else None
                if r is None:
                    probs.append(f"{k}: {x!r}")
                elif r in ("loose", "split"):
                    loose_hits.append(k + ("(split)" if r == "split" else ""))
        d = by_name.get(name)
        for c in (d.checks if d else []):
            if found(c, T, L) is None:
                probs.append(f"check: {c!r}")
        status = "PASS" if not probs else "FAIL"
        if probs:
            bad += 1
        print(f"{status} [{e['shape']}] {name}" + (f"  (loose: {','.join(loose_hits)})" if loose_hits else ""))
        for p in probs:
            print("     ", p)
    print("files failing:", bad)


if __name__ == "__main__":
    main(sys.argv[1])
