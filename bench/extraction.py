"""Score the parsers on a corpus folder against its ``.expected.json`` files.

    python bench/extraction.py [CORPUS_DIR] [--runs N]

Per document: classification right?, manual-review right?, and field-level exact
match after normalisation (every key present in the expected or the extracted
fields counts once; a wrong or extra field is an error). Results are grouped by
shape (from the corpus README table) and followed by parse times (median of N runs).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mailbot_parsers as parsers  # noqa: E402

SHARED = Path(os.environ.get("MAILBOT_SHARED", ROOT / "tests" / "data" / "shared"))
SHAPE_ORDER = ["1", "2", "3", "4", "5", "6", "7", "doc", "?"]
SHAPE_NAMES = {"1": "official DOCX table", "2": "content controls", "3": "fillable PDF", "4": "printed",
               "5": "retyped", "6": "scanned", "7": "not a form", "doc": "legacy .doc", "?": "unknown"}


@dataclass
class DocScore:
    name: str
    shape: str
    class_ok: bool
    review_ok: bool
    fields_total: int
    fields_ok: int
    wrong: list[str]
    error: str
    median_ms: float
    file_type: str


def shapes_from_readme(corpus: Path) -> dict[str, str]:
    """File name -> shape code, read from the README's attachments table."""
    out: dict[str, str] = {}
    readme = corpus / "README.md"
    if not readme.exists():
        return out
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|\s*([^|]+)\|", line)
        if not m:
            continue
        shape = m.group(2).strip()
        code = shape.split()[0] if shape[:1].isdigit() else ("doc" if "doc" in shape.lower() else "?")
        out[m.group(1)] = code
    return out


def score_document(path: Path, expected: dict, shape: str, runs: int) -> DocScore:
    data = path.read_bytes()
    result = None
    error = ""
    times = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        try:
            result = parsers.parse(data, path.name)
        except parsers.ParseError as exc:
            error = exc.code
        times.append((time.perf_counter() - t0) * 1000)
    exp_fields = expected.get("fields", {})
    if result is None:
        keys = set(exp_fields) if not expected.get("needs_manual_review") else set()
        return DocScore(path.name, shape, False, False, len(keys), 0, sorted(keys), error, statistics.median(times), "?")
    class_ok = result.is_concept_form == expected["is_concept_form"]
    review_ok = result.needs_manual_review == expected.get("needs_manual_review", False)
    if expected.get("needs_manual_review") or not expected["is_concept_form"]:
        # the file cannot be read (scan, .doc) or is not a form: nothing should be extracted
        keys = set(result.fields)
        wrong = sorted(keys)
        total = len(keys)
    else:
        keys = set(exp_fields) | set(result.fields)
        wrong = sorted(k for k in keys if exp_fields.get(k) != result.fields.get(k))
        total = len(keys)
    return DocScore(path.name, shape, class_ok, review_ok, total, total - len(wrong), wrong, error,
                    statistics.median(times), result.file_type)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(SHARED / "corpus"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("-v", "--verbose", action="store_true", help="show wrong fields")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    shapes = shapes_from_readme(corpus)
    scores: list[DocScore] = []
    for exp_path in sorted(corpus.glob("*.expected.json")):
        doc = exp_path.with_name(exp_path.name[: -len(".expected.json")])
        if not doc.exists():
            continue
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        scores.append(score_document(doc, expected, shapes.get(doc.name, "?"), args.runs))

    print(f"{'shape':<26} {'docs':>4} {'fields':>7} {'field acc %':>11} {'class ok':>9} {'review ok':>9}")
    for shape in SHAPE_ORDER:
        group = [s for s in scores if s.shape == shape]
        if not group:
            continue
        total = sum(s.fields_total for s in group)
        ok = sum(s.fields_ok for s in group)
        acc = 100.0 * ok / total if total else 100.0
        print(f"{shape + ' ' + SHAPE_NAMES[shape]:<26} {len(group):>4} {total:>7} {acc:>11.1f} "
              f"{sum(s.class_ok for s in group):>5}/{len(group):<3} {sum(s.review_ok for s in group):>5}/{len(group):<3}")
    total = sum(s.fields_total for s in scores)
    ok = sum(s.fields_ok for s in scores)
    print(f"{'all':<26} {len(scores):>4} {total:>7} {100.0 * ok / max(total, 1):>11.1f} "
          f"{sum(s.class_ok for s in scores):>5}/{len(scores):<3} {sum(s.review_ok for s in scores):>5}/{len(scores):<3}")
    false_forms = [s.name for s in scores if s.shape == "7" and not s.class_ok]
    print(f"non-forms taken for forms: {len(false_forms)} {false_forms if false_forms else ''}")

    print(f"\nparse time (median of {args.runs} runs)")
    for s in scores:
        flag = "" if s.class_ok and s.review_ok and not s.wrong else "  <-- " + ",".join(
            (["class"] if not s.class_ok else []) + (["review"] if not s.review_ok else []) + s.wrong)
        err = f" [{s.error}]" if s.error else ""
        print(f"  {s.median_ms:8.1f} ms  {s.shape:>3}  {s.name}{err}{flag if args.verbose or flag else ''}")
    docx_forms = [s.median_ms for s in scores if s.file_type == "docx" and s.shape in ("1", "2", "4", "5")]
    pdf_text = [s.median_ms for s in scores if s.file_type == "pdf" and s.shape in ("4",)]
    pdf_fill = [s.median_ms for s in scores if s.file_type == "pdf" and s.shape in ("3",)]
    if docx_forms:
        print(f"\nmedian DOCX form parse: {statistics.median(docx_forms):.1f} ms ({len(docx_forms)} docs)")
    if pdf_text:
        print(f"median text-PDF form parse: {statistics.median(pdf_text):.1f} ms ({len(pdf_text)} docs)")
    if pdf_fill:
        print(f"median fillable-PDF parse: {statistics.median(pdf_fill):.1f} ms ({len(pdf_fill)} docs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
