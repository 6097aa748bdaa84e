"""Score the parsers on corpus folders against their ``.expected.json`` files.

    python bench/extraction.py [CORPUS_DIR ...] [--runs N] [-v] [--real]

Per document: classification right?, manual review right?, and field-level exact
match after normalisation (every key present in the expected or the extracted
fields counts once; a wrong or extra field is an error). Besides accuracy it
prints how honest the parser is:

* wrong values presented as answers: returned, not marked uncertain, and wrong
  (share of the values returned);
* errors not flagged: fields wrong or missed on a document that is not flagged
  for review and not marked uncertain (share of the fields scored);
* uncertain share (fields marked uncertain / fields scored) and the share of
  text-layer forms sent to manual review;
* false "missing": a required field listed as missing although the expected
  file has it filled.

Shapes come from the corpus README's table (or a ``shape`` key in the expected
file). Scanned forms (shape 6) are scored through ``mailbot_parsers.read_scan``
on a separate line when that OCR entry point exists; a scan's classification and
review flag are what OCR decides (``read_scan``), as in the service's background job.

Speed: median wall time per shape and file type, and the median and mean CPU time of
one parse of a text-layer document (what the intake's parse workers pay per
attachment; a change that reads more should quote it before and after).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mailbot_parsers as parsers  # noqa: E402

SHARED = Path(os.environ.get("MAILBOT_SHARED", ROOT / "tests" / "data" / "shared"))
SHAPE_ORDER = ["1", "2", "3", "4", "5", "6", "7", "doc", "?"]
SHAPE_NAMES = {"1": "official DOCX table", "2": "content controls", "3": "fillable PDF", "4": "printed",
               "5": "retyped", "6": "scanned", "7": "not a form", "doc": "legacy .doc", "?": "unknown"}
TEXT_LAYER = ("1", "2", "3", "4", "5")


@dataclass
class DocScore:
    name: str
    shape: str
    class_ok: bool
    review_ok: bool
    flagged: bool
    fields_total: int
    fields_ok: int
    wrong: list[str]
    returned: int = 0
    wrong_presented: list[str] = field(default_factory=list)
    silent_errors: list[str] = field(default_factory=list)
    uncertain: int = 0
    false_missing: list[str] = field(default_factory=list)
    error: str = ""
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # CPU ms of this process, per run
    file_type: str = "?"
    # (key, value right?, doubts, supports) of each value returned: what each calibration signal was right about
    judged: list[tuple[str, bool, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    review_expected: bool = False

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) if self.times else 0.0


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


def _timed(fn: Callable[[], Any], runs: int) -> tuple[Any, str, list[float], list[float]]:
    """The result (or error code) of ``fn`` and, per run, its wall and CPU milliseconds."""
    result, error, times, cpu = None, "", [], []
    for _ in range(max(1, runs)):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            result = fn()
        except parsers.ParseError as exc:
            error = exc.code
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return result, error, times, cpu


_OCR_READS: dict[Path, Any] = {}
_OCR_SECONDS_A_PAGE: dict[Path, float] = {}


def ocr_read(path: Path) -> Any:
    """What ``read_scan`` makes of a scan (once per file: OCR takes seconds), or None when it cannot run."""
    if path not in _OCR_READS:
        read_scan = getattr(parsers, "read_scan", None)
        start = time.perf_counter()
        try:
            _OCR_READS[path] = read_scan(path.read_bytes(), path.name) if read_scan else None
        except parsers.ParseError:
            _OCR_READS[path] = None
        if _OCR_READS[path] is not None:
            _OCR_SECONDS_A_PAGE[path] = (time.perf_counter() - start) / _ocr_pages(path)
    return _OCR_READS[path]


def _ocr_pages(path: Path) -> int:
    """How many pages OCR reads of this scan (a picture is one page)."""
    import pypdfium2 as pdfium

    from mailbot_parsers.ocr import MAX_OCR_PAGES

    try:
        with open(path, "rb") as f:
            return max(1, min(len(pdfium.PdfDocument(f.read())), MAX_OCR_PAGES))
    except pdfium.PdfiumError:
        return 1


# Typographic and straight quotes are one answer: the shared corpora keep typography as written, while some makers typed
# straight quotes in their expected files for documents a typesetter (pdflatex, pandoc's smart quotes) curled.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def same(expected: Any, read: Any) -> bool:
    """Whether a value read is the expected one, quotes folded (see _QUOTES)."""
    if isinstance(expected, str) and isinstance(read, str):
        return expected.translate(_QUOTES) == read.translate(_QUOTES)
    if isinstance(expected, list) and isinstance(read, list):
        return len(expected) == len(read) and all(same(a, b) for a, b in zip(expected, read))
    return expected == read


def score_document(path: Path, expected: dict, shape: str, runs: int) -> DocScore:
    data = path.read_bytes()
    result, error, times, cpu = _timed(lambda: parsers.parse(data, path.name), runs)
    exp_fields = expected.get("fields", {})
    if result is None:
        keys = set(exp_fields) if not expected.get("needs_manual_review") else set()
        return DocScore(path.name, shape, False, False, True, len(keys), 0, sorted(keys), error=error,
                        times=times, cpu=cpu)
    # a scan is classified by what OCR reads on it, as the service does in its background job (parse() only
    # says "scan, awaiting OCR"); its fields are scored on the separate OCR line, never here
    decided = ocr_read(path) if result.needs_ocr else None
    final = decided if decided is not None else result
    class_ok = final.is_concept_form == expected["is_concept_form"]
    review_ok = final.needs_manual_review == expected.get("needs_manual_review", False)
    flagged = result.needs_manual_review
    uncertain = set(getattr(result, "uncertain_fields", []))
    text_layer = not result.needs_ocr and result.file_type in ("docx", "pdf")
    if not expected["is_concept_form"] or (expected.get("needs_manual_review") and not text_layer):
        # the file is not a form, or cannot be read as text (scan, .doc): nothing should be extracted. A text-layer
        # form that needs a person for one ambiguous answer is scored on its fields like any other
        wrong = sorted(result.fields)
        return DocScore(path.name, shape, class_ok, review_ok, flagged, len(wrong), 0, wrong,
                        returned=len(result.fields), wrong_presented=[k for k in wrong if k not in uncertain],
                        silent_errors=[] if flagged else [k for k in wrong if k not in uncertain],
                        error=error, times=times, cpu=cpu, file_type=result.file_type)
    keys = set(exp_fields) | set(result.fields)
    wrong = sorted(k for k in keys if not same(exp_fields.get(k), result.fields.get(k)))
    presented = [k for k in wrong if k in result.fields and k not in uncertain]
    silent = [] if flagged else [k for k in wrong if k not in uncertain]
    false_missing = [k for k in result.missing_required if k in exp_fields]
    judged = []
    for k in result.fields:
        src = result.sources.get(k)
        judged.append((k, k not in wrong, tuple(getattr(src, "doubts", ())), tuple(getattr(src, "supports", ()))))
    return DocScore(path.name, shape, class_ok, review_ok, flagged, len(keys), len(keys) - len(wrong), wrong,
                    returned=len(result.fields), wrong_presented=presented, silent_errors=silent,
                    uncertain=len(uncertain & keys), false_missing=false_missing, error=error, times=times, cpu=cpu,
                    file_type=result.file_type, judged=judged,
                    review_expected=bool(expected.get("needs_manual_review")))


def score_scan(path: Path, expected: dict) -> tuple[int, int]:
    """(fields right, fields scored) of OCR against what a person reads on the scan."""
    exp_fields = expected.get("fields", {})
    result = ocr_read(path)
    if result is None:
        return 0, len(exp_fields)
    keys = set(exp_fields) | set(result.fields)
    return sum(1 for k in keys if same(exp_fields.get(k), result.fields.get(k))), len(keys)


def expected_documents(corpus: Path) -> Iterator[tuple[Path, Path]]:
    """(document, its expected file) below ``corpus``, emails folders left out.

    The expected file is named after the whole file name (``form.docx.expected.json``, as the shared corpora
    do) or after its stem (``form.expected.json``, as some makers write it); an expected file whose document
    cannot be found is said on stderr, never skipped in silence (a folder that scores 0 of 0 measures nothing).
    """
    for exp_path in sorted(corpus.rglob("*.expected.json")):
        name = exp_path.name[: -len(".expected.json")]
        if "emails" in exp_path.relative_to(corpus).parts:
            continue
        doc = exp_path.with_name(name)
        if not doc.is_file():
            by_stem = [p for p in exp_path.parent.iterdir()
                       if p.stem == name and p.is_file() and not p.name.endswith(".json")]
            if len(by_stem) != 1:
                print(f"bench: no single document for {exp_path} (skipped)", file=sys.stderr)
                continue
            doc = by_stem[0]
        yield doc, exp_path


def load(corpus: Path, runs: int) -> tuple[list[DocScore], list[tuple[Path, dict]]]:
    shapes = shapes_from_readme(corpus)
    scores: list[DocScore] = []
    scans: list[tuple[Path, dict]] = []
    for doc, exp_path in expected_documents(corpus):
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        shape = str(expected.get("shape") or shapes.get(doc.name, "?"))
        shape = shape.split()[0] if shape[:1].isdigit() else shape
        scores.append(score_document(doc, expected, shape, runs))
        if shape == "6" and expected.get("is_concept_form"):
            scans.append((doc, expected))
    return scores, scans


def _pct(n: float, d: float) -> float:
    return 100.0 * n / d if d else 0.0


def report(title: str, scores: list[DocScore], scans: list[tuple[Path, dict]], verbose: bool,
           list_docs: bool = True) -> None:
    print(f"== {title}")
    print(f"{'shape':<26} {'docs':>4} {'fields':>7} {'acc %':>6} {'class ok':>9} {'review ok':>9} "
          f"{'med ms':>7} {'p95 ms':>7}")
    for shape in SHAPE_ORDER:
        group = [s for s in scores if s.shape == shape]
        if not group:
            continue
        total = sum(s.fields_total for s in group)
        ok = sum(s.fields_ok for s in group)
        times = sorted(t for s in group for t in s.times)
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0
        print(f"{shape + ' ' + SHAPE_NAMES.get(shape, shape):<26} {len(group):>4} {total:>7} "
              f"{_pct(ok, total) if total else 100.0:>6.1f} {sum(s.class_ok for s in group):>5}/{len(group):<3} "
              f"{sum(s.review_ok for s in group):>5}/{len(group):<3} {statistics.median(times):>7.1f} {p95:>7.1f}")
    forms = [s for s in scores if s.shape in TEXT_LAYER]
    for label, shape_set in (("shapes 1-3", ("1", "2", "3")), ("shapes 4-5", ("4", "5"))):
        g = [s for s in forms if s.shape in shape_set]
        if g:
            print(f"{label}: {_pct(sum(s.fields_ok for s in g), sum(s.fields_total for s in g)):.1f} % of "
                  f"{sum(s.fields_total for s in g)} fields right")
    total = sum(s.fields_total for s in scores)
    ok = sum(s.fields_ok for s in scores)
    returned = sum(s.returned for s in scores)
    presented = sum(len(s.wrong_presented) for s in scores)
    silent = sum(len(s.silent_errors) for s in scores)
    uncertain = sum(s.uncertain for s in forms)
    form_fields = sum(s.fields_total for s in forms)
    review = sum(s.flagged for s in forms)
    false_missing = [(s.name, k) for s in scores for k in s.false_missing]
    print(f"fields right: {ok}/{total} = {_pct(ok, total):.1f} %")
    print(f"wrong values presented as answers: {presented}/{returned} returned = {_pct(presented, returned):.1f} %")
    print(f"errors not flagged: {silent}/{total} = {_pct(silent, total):.1f} %")
    print(f"uncertain: {uncertain}/{form_fields} fields of text-layer forms = {_pct(uncertain, form_fields):.1f} %")
    print(f"manual review: {review}/{len(forms)} text-layer forms = {_pct(review, len(forms)):.1f} %")
    print(f"false \"missing\": {len(false_missing)} {false_missing if false_missing else ''}")
    false_forms = [s.name for s in scores if s.shape == "7" and not s.class_ok]
    print(f"non-forms taken for forms: {len(false_forms)} {false_forms if false_forms else ''}")
    read_scan = getattr(parsers, "read_scan", None)
    if read_scan is not None and scans:
        right = scored = 0
        for path, expected in scans:
            r, n = score_scan(path, expected)
            right, scored = right + r, scored + n
        print(f"OCR of scanned forms (read_scan): {right}/{scored} = {_pct(right, scored):.1f} % of fields right")
        seconds = sorted(_OCR_SECONDS_A_PAGE[p] for p, _ in scans if p in _OCR_SECONDS_A_PAGE)
        if seconds:
            print(f"OCR time a page (wall, scans of this folder): median {statistics.median(seconds):.2f} s, "
                  f"max {seconds[-1]:.2f} s")
    docx = [s.median_ms for s in scores if s.file_type == "docx" and s.shape in TEXT_LAYER]
    pdf_text = [s.median_ms for s in scores if s.file_type == "pdf" and s.shape in ("4", "5")]
    pdf_fill = [s.median_ms for s in scores if s.file_type == "pdf" and s.shape == "3"]
    for label, xs in (("DOCX form", docx), ("text-PDF form", pdf_text), ("fillable-PDF", pdf_fill)):
        if xs:
            print(f"median {label} parse: {statistics.median(xs):.1f} ms ({len(xs)} docs)")
    cpu = [statistics.median(s.cpu) for s in scores if s.shape in TEXT_LAYER and s.cpu]
    if cpu:
        # the figure the intake's parse workers pay per attachment: a change that reads more must say what it costs
        print(f"median parse CPU per text-layer document: {statistics.median(cpu):.1f} ms, mean "
              f"{statistics.fmean(cpu):.1f} ms ({len(cpu)} docs; this process's CPU time, median of the runs)")
    if scores:
        slowest = max(scores, key=lambda s: max(s.times, default=0.0))
        print(f"max parse time: {max(slowest.times, default=0.0):.1f} ms ({slowest.name})")
    for s in scores if list_docs else []:
        bad = (["class"] if not s.class_ok else []) + (["review"] if not s.review_ok else []) + s.wrong
        if bad or verbose:
            err = f" [{s.error}]" if s.error else ""
            marks = ",".join(k + ("!" if k in s.wrong_presented else "") for k in bad)
            print(f"  {s.median_ms:8.1f} ms  {s.shape:>3}  {s.name}{err}  {'<-- ' + marks if bad else ''}")
    print()


def calibration_report(title: str, scores: list[DocScore]) -> None:
    """How often each doubt and each support of the calibration was right, on the text-layer forms of one folder.

    A doubt is worth its uncertain fields when the values it doubts are mostly wrong; "alone" counts the values
    it is the only doubt of (what dropping it would make sure). A support is worth its lift when the values it
    made sure are right. The review lines say why forms went to a person: per doubt, on how many forms that
    should not go it was present."""
    forms = [s for s in scores if s.shape in TEXT_LAYER]
    doubts: dict[str, list[int]] = {}  # name -> [right, wrong, right alone, wrong alone]
    supports: dict[str, list[int]] = {}  # name -> [right, wrong]
    for s in forms:
        for _key, right, ds, ss in s.judged:
            for d in ds:
                row = doubts.setdefault(d, [0, 0, 0, 0])
                row[0 if right else 1] += 1
                if len(ds) == 1:
                    row[2 if right else 3] += 1
            for u in ss:
                supports.setdefault(u, [0, 0])[0 if right else 1] += 1
    print(f"== calibration: {title}")
    for name, (r, w, ra, wa) in sorted(doubts.items()):
        print(f"  doubt   {name:<18} doubts {r + w:>3}: {w:>3} wrong, {r:>3} right "
              f"({_pct(w, r + w):5.1f} % wrong); alone {ra + wa:>3}: {wa:>3} wrong")
    for name, (r, w) in sorted(supports.items()):
        print(f"  support {name:<18} makes sure {r + w:>3}: {r:>3} right, {w:>3} wrong")
    flagged = [s for s in forms if s.flagged]
    false_alarms = [s for s in flagged if not s.review_expected]
    causes: dict[str, int] = {}
    for s in false_alarms:
        for d in {d for _k, _r, ds, _s in s.judged for d in ds}:
            causes[d] = causes.get(d, 0) + 1
    print(f"  review: {len(flagged)} forms flagged, {len(flagged) - len(false_alarms)} expected; the doubts present on "
          f"the {len(false_alarms)} others: " + ", ".join(f"{k} {v}" for k, v in sorted(causes.items(), key=lambda x: -x[1])))
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", nargs="*", default=[str(SHARED / "corpus")])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every document")
    ap.add_argument("--real", action="store_true", help="also time parse() over the real documents of tests/data/real")
    ap.add_argument("--calibration", action="store_true",
                    help="per folder, how often each calibration doubt and support was right")
    args = ap.parse_args(argv)
    everything: list[DocScore] = []
    all_scans: list[tuple[Path, dict]] = []
    for corpus in args.corpus:
        scores, scans = load(Path(corpus), args.runs)
        everything += scores
        all_scans += scans
        report(corpus, scores, scans, args.verbose)
        if args.calibration:
            calibration_report(corpus, scores)
    if len(args.corpus) > 1:
        report("all folders", everything, all_scans, False, list_docs=False)
    if args.real:
        real_documents()
    return 0


def real_documents() -> None:
    """Parse time of the real public documents (none a concept form) from tests/data/real/manifest.json."""
    manifest = ROOT / "tests" / "data" / "real" / "manifest.json"
    entries = [e for e in json.loads(manifest.read_text(encoding="utf-8")) if e["kind"] == "document"]
    times: list[tuple[float, str]] = []
    forms = []
    for e in entries:
        path = ROOT / e["path"]
        result, error, ts, _ = _timed(lambda: parsers.parse(path.read_bytes(), path.name), 1)
        times.append((ts[0], path.name))
        if result is not None and result.is_concept_form:
            forms.append(path.name)
    times.sort()
    print(f"== real documents ({len(times)}, tests/data/real)")
    print(f"taken for concept forms: {len(forms)} {forms if forms else ''}")
    print(f"median parse: {statistics.median(t for t, _ in times):.1f} ms; max parse time: {times[-1][0]:.1f} ms "
          f"({times[-1][1]})")


if __name__ == "__main__":
    raise SystemExit(main())
