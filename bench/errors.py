"""Count the remaining field errors of printed and retyped forms (shapes 4-5) by field and by cause.

    python bench/errors.py [CORPUS_DIR ...] [--shapes 4,5] [-v]

Every field of a text-layer concept form whose extracted value differs from the expected one is put in
one kind of error, judged from the two values alone (and the document's other expected values):

* form not taken: the document was not read as a concept form (or could not be read) at all;
* missed: expected, nothing extracted;  extra: extracted, nothing expected;
* cut short: the extracted text is the start (or a part) of the expected one;
* ran on: the extracted text starts with the expected one and goes on (into the next answer);
* other field's text: the extracted text is (mostly) another field's expected answer;
* list joined/split: the same words, items joined or split differently (or a list read as text);
* list items: the same number of items, some item's text differs;
* final full stop: the same text but for a sentence's closing full stop (the expected files differ on it:
  rounds 4-8 mostly leave it off, the older rounds keep it);
* normalisation: the same words after case, punctuation and space folding;
* byline: a name, title or department holding (part of) another of the three;
* wrong choice / wrong number / wrong date: a coded value that differs;
* other: different text.

``-v`` lists every error with the expected and extracted values (shortened). Uncertain values and values on a
document sent to review are counted too (columns ``unc`` and ``rev``): a silent error is neither.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import mailbot_parsers as parsers  # noqa: E402
from extraction import expected_documents, shapes_from_readme  # noqa: E402

BYLINE = ("proposer_name", "proposer_title", "proposer_department")
CODED = {"request_type": "wrong choice", "endorsement_status": "wrong choice", "delivery_format": "wrong choice",
         "estimated_hours": "wrong number", "expected_enrolment": "wrong number", "submission_date": "wrong date"}


def fold(value: Any) -> str:
    """Words only: case, punctuation and spacing folded (a list's items joined)."""
    text = " ".join(value) if isinstance(value, list) else str(value)
    return " ".join(re.findall(r"\w+", text.casefold()))


def kind(key: str, exp: Any, got: Any, others: dict[str, Any], taken: bool = True) -> str:
    if not taken:
        return "form not taken"
    if got is None:
        return "missed"
    if exp is None:
        return "extra"
    if key in CODED:
        return CODED[key]
    fe, fg = fold(exp), fold(got)
    if isinstance(exp, list) or isinstance(got, list):
        if fe == fg:
            return "list joined/split"
        if isinstance(exp, list) and isinstance(got, list) and len(exp) == len(got):
            if any(fold(a) == fold(b) for a, b in zip(exp, got)):
                return "list items"
    if fe == fg:
        if isinstance(exp, str) and isinstance(got, str) and exp.rstrip(".") == got.rstrip("."):
            return "final full stop"
        return "normalisation"
    if key in BYLINE:
        for other in BYLINE:
            ov = others.get(other)
            if other != key and ov and fold(ov) and fold(ov) in fg:
                return "byline"
    if fg and fe.startswith(fg):
        return "cut short"
    if fe and fg.startswith(fe):
        return "ran on"
    for other, ov in others.items():
        if other == key or ov in (None, "", []):
            continue
        fo = fold(ov)
        if fo and (fg == fo or (len(fg) > 8 and fg in fo) or fo in fg and not fe in fg):
            return "other field's text"
    if fe and fe in fg:
        return "text around it"
    if fg and fg in fe:
        return "cut short"
    return "other"


def short(value: Any, width: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--shapes", default="4,5")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    shapes_wanted = set(args.shapes.split(","))
    errors: list[tuple[str, str, str, Any, Any, bool, bool]] = []
    scored = 0
    for corpus in map(Path, args.corpus):
        shapes = shapes_from_readme(corpus)
        for doc, exp_path in expected_documents(corpus):
            expected = json.loads(exp_path.read_text(encoding="utf-8"))
            shape = str(expected.get("shape") or shapes.get(doc.name, "?")).split()[0]
            if shape not in shapes_wanted or not expected.get("is_concept_form"):
                continue
            exp = expected.get("fields", {})
            try:
                result = parsers.parse(doc.read_bytes(), doc.name)
            except parsers.ParseError:
                result = None
            got = dict(result.fields) if result is not None else {}
            unc = set(getattr(result, "uncertain_fields", ())) if result is not None else set()
            rev = bool(result is None or result.needs_manual_review)
            taken = result is not None and result.is_concept_form
            keys = set(exp) | set(got)
            scored += len(keys)
            where = f"{corpus.name if corpus.name != 'tuning' else corpus.parent.name}/{doc.name}"
            for k in sorted(keys):
                if exp.get(k) != got.get(k):
                    errors.append((where, k, kind(k, exp.get(k), got.get(k), exp, taken), exp.get(k), got.get(k),
                                   k in unc, rev))
    by_kind = Counter(e[2] for e in errors)
    by_field: dict[str, Counter[str]] = defaultdict(Counter)
    for e in errors:
        by_field[e[1]][e[2]] += 1
    kinds = [k for k, _ in by_kind.most_common()]
    print(f"{len(errors)} wrong or missed of {scored} fields scored (shapes {args.shapes}); "
          f"uncertain {sum(e[5] for e in errors)}, on a document sent to review {sum(e[6] for e in errors)}, "
          f"silent {sum(1 for e in errors if not e[5] and not e[6])}")
    print()
    print(f"{'kind':<20} {'n':>4} {'unc':>4} {'rev':>4}")
    for k in kinds:
        group = [e for e in errors if e[2] == k]
        print(f"{k:<20} {len(group):>4} {sum(e[5] for e in group):>4} {sum(e[6] for e in group):>4}")
    print()
    abbrev = {k: k.split()[0][:6] for k in kinds}
    print(f"{'field':<26} {'n':>3}  " + " ".join(f"{abbrev[k]:>6}" for k in kinds))
    for field, c in sorted(by_field.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{field:<26} {sum(c.values()):>3}  " + " ".join(f"{c.get(k, 0) or '':>6}" for k in kinds))
    if args.verbose:
        for k in kinds:
            print(f"\n== {k}")
            for where, key, _, e, g, u, r in (e for e in errors if e[2] == k):
                flag = ("U" if u else "-") + ("R" if r else "-")
                print(f"  {flag} {where[:70]} :: {key}\n      exp {short(e)}\n      got {short(g)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
