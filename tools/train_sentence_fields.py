"""Train the sentence -> field classifier of parsers/sentence_fields.py (deterministic).

    python tools/train_sentence_fields.py [--cache FILE] [--out parsers/sentence_fields.json] [--skip PART] [FOLDER ...]

(the shipped model: ``python tools/train_sentence_fields.py``, nothing else, after the parsers change; a cache
written by the same parsers gives the same file; ``--skip round15 --out /tmp/x.json``: a model that never saw
the folders whose path holds "round15", to measure a maker on a model trained without it)

Each document with an ``.expected.json`` in the training folders is parsed; the text the parser reads as
prose (its loose lines, the answers under labels, the prose it guessed) is split into sentences the way
:func:`sentence_fields.loose_sentences` splits it, and each sentence is labelled with the text field whose
expected value it holds or mostly lies in (word overlap), else "none" (a sentence that shares only part of its
words with a value is left out: it is neither). The field descriptions of :mod:`meaning` are added as one
sentence each. The lead-ins before a value (``leads``, per field; ``frames``, pooled) are learned from the loose
sentences only, the ones the fallback reads (an answer under a label is whole as a rule). The blind round
(:data:`BLIND`) is never read here.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mailbot_parsers as parsers  # noqa: E402
from mailbot_parsers import sections, sentence_fields  # noqa: E402
from mailbot_parsers.fields import FIELDS  # noqa: E402
from mailbot_parsers.labels import fold  # noqa: E402
from mailbot_parsers.meaning import DESCRIPTIONS  # noqa: E402

TRAINING = ["/work/shared/corpus", "/work/shared/corpus-b", "tests/data/devset/tuning", "tests/data/devset/heldout",
            *(f"tests/data/devset/round{n}/tuning" for n in range(2, 13)),
            *(f"tests/data/devset/round{n}{x}/tuning" for n in range(13, 24) for x in "abc")]  # a missing folder reads nothing
BLIND = "round24"  # the blind round being made: never trained on, never opened
KEYS = tuple(f.key for f in FIELDS if f.type in ("text", "list"))
ALPHA = 0.5       # additive smoothing
# a feature seen fewer times than this is left out of the model (size, and noise): 4 leaves the classifier's
# leave-one-folder-out values as they were at 2 in half the size; the figure model's few features keep 2 (at 4 its
# precision on the yearly enrolment falls below the 90 % that FILLABLE asks)
MIN_COUNT = 4
FIGURE_MIN_COUNT = 2
CONTAINED = 0.7   # share of a sentence's words inside a value: the sentence is (part of) the value
HOLDS = 0.8       # share of a value's words inside a sentence ...
HOLDS_SHARE = 0.5  # ... that is at least this much of the sentence: the sentence is the value with a frame
AMBIGUOUS = 0.3   # a sentence this much inside a value, and no more, is neither the value nor "none"
_WORD = re.compile(r"[a-z0-9]{3,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def label(sentence: str, expected: dict) -> str | None:
    """The field whose expected value the sentence holds or lies in, "none", or None (partly: left out)."""
    own = _words(sentence)
    if not own:
        return None
    best, score, partial = sentence_fields.NONE, 0.0, False
    for key in KEYS:
        v = expected.get(key)
        value = " ".join(v) if isinstance(v, list) else v
        if not isinstance(value, str) or not value.strip():
            continue
        words = _words(value)
        if not words:
            continue
        common = len(own & words)
        inside, holds = common / len(own), common / len(words)
        if (inside >= CONTAINED and common >= 3) or (holds >= HOLDS and inside >= HOLDS_SHARE):
            if inside + holds > score:
                best, score = key, inside + holds
        elif inside >= AMBIGUOUS:
            partial = True
    return None if best == sentence_fields.NONE and partial else best


_RULED: dict[str, list] = {}  # the text fields the rules read in the last document parsed: [value, uncertain]


def _texts(doc: Path) -> tuple[list[str], bool] | None:
    """The sentences of what the parser reads as prose in a document, and whether it reads the document as a
    concept form (None when it reads no text)."""
    seen: list[list[str]] = []
    real = sections._prose

    def spy(ex: sections.Extraction, wrapped: bool) -> None:
        texts = sentence_fields.loose_sentences(list(ex.loose), wrapped)
        for v in [*ex.raw.values(), *ex.guessed_prose]:
            texts.extend(sentence_fields.loose_sentences([v], wrapped))
        seen.append(texts)
        real(ex, wrapped)

    sections._prose = spy  # type: ignore[assignment]
    try:
        result = parsers.parse(doc.read_bytes(), doc.name)
    except parsers.ParseError:
        return None
    finally:
        sections._prose = real  # type: ignore[assignment]
    if result.needs_ocr or not seen:
        return None
    _RULED.clear()
    _RULED.update({k: [v, k in result.uncertain_fields] for k, v in result.fields.items() if k in KEYS
                   and isinstance(v, str) and result.sources[k].method != sentence_fields.METHOD})
    return max(seen, key=lambda t: sum(map(len, t))), result.is_concept_form


CANDIDATES = (*KEYS, *sentence_fields.TYPED)  # the fields the bench measures the fallback on (FILLABLE: those kept)
MIN_LEAD_DOCS = 2  # a lead-in seen before a field's value in this many documents is one writers use ...
LEAD_PRECISION = 0.8  # ... when a cut after it is right this often
PROSE = tuple(k for k in sentence_fields.FILLABLE if k in KEYS)  # fields a sentence states (see FILLABLE)
POOLED_LEAD_DOCS = 3  # an ending right before the values of any field in this many documents serves them all


def typed_label(sentence: str, expected: dict) -> str:
    """The figure or choice field whose expected value the sentence's recogniser reads, else "none"."""
    for key, read in sentence_fields.TYPED.items():
        if expected.get(key) is not None and read(sentence) == expected[key]:
            return key
    return sentence_fields.NONE


def collect(folders: list[str], training: bool = True) -> list[dict]:
    """[{folder, doc, sentence, label, start?}] of every training sentence, in a fixed order."""
    return collect_all(folders)[0]


def collect_all(folders: list[str]) -> tuple[list[dict], list[dict]]:
    """The training sentences (see :func:`collect`) and, per document, what the fallback was asked with and what
    the document's fields are: [{folder, doc, form, loose, wrapped, empty, values, expected}] (for the bench;
    form: whether the parser reads it as a concept form, the only kind whose fields are returned; ruled: the text
    fields the rules read, {key: [value, uncertain]})."""
    real_fallback, real_fillable = sentence_fields.fallback, sentence_fields.FILLABLE
    asked: list[dict] = []

    def recorder(loose: list[str], wrapped: bool, empty: set[str], values: list[str]) -> dict:
        asked.append({"loose": list(loose), "wrapped": wrapped, "empty": sorted(empty), "values": list(values)})
        return {}  # the model being trained reads nothing

    sentence_fields.fallback = recorder  # type: ignore[assignment]
    sentence_fields.FILLABLE = CANDIDATES  # type: ignore[misc]  # every field it might fill is recorded empty or not
    rows: list[dict] = []
    docs: list[dict] = []
    try:
        for folder in folders:
            assert BLIND not in folder, f"{BLIND} is a blind round: never read here"
            base = Path(folder) if Path(folder).is_absolute() else ROOT / folder
            for exp in sorted(base.rglob("*.expected.json")):
                doc = exp.with_name(exp.name[: -len(".expected.json")])
                if not doc.exists() or "emails" in doc.relative_to(base).parts or "_make" in doc.parts:
                    continue
                expected = json.loads(exp.read_text(encoding="utf-8"))
                asked.clear()
                read = _texts(doc)
                if read is None:
                    continue
                texts, form = read
                fields = expected.get("fields", {}) if expected.get("is_concept_form") else {}
                loose: set[str] = set()  # the sentences the fallback reads (not answers under labels)
                if asked:
                    widest = max(asked, key=lambda a: len(a["loose"]))
                    loose = set(sentence_fields.loose_sentences(widest["loose"], widest["wrapped"]))
                    docs.append({"folder": folder, "doc": doc.name, "form": form, **widest,
                                 "expected": {k: fields[k] for k in CANDIDATES if k in fields},
                                 "ruled": dict(_RULED)})
                for s in dict.fromkeys(texts):
                    lab = label(s, fields)
                    if lab == sentence_fields.NONE:
                        lab = typed_label(s, fields)
                    if lab is not None and len(s.split()) >= 2:
                        row = {"folder": folder, "doc": doc.name, "sentence": s, "label": lab, "loose": s in loose}
                        if form:
                            # each figure of the sentence: the field whose expected value it is, or "none"
                            row["figures"] = [next((k for k in sentence_fields.FIGURES if fields.get(k) == n),
                                                   sentence_fields.NONE) for n, _ in sentence_fields.figures(s)]
                        value = fields.get(lab)
                        if isinstance(value, str) and lab in KEYS:
                            # where the value starts in the sentence: after a lead-in, or at its first word
                            same = [w for w, _ in sentence_fields.words_at(s)] == \
                                [w for w, _ in sentence_fields.words_at(value)]
                            start = 0 if same else sentence_fields.lead_of(s, value)
                            if start is not None:
                                row["start"] = start
                        rows.append(row)
    finally:
        sentence_fields.fallback, sentence_fields.FILLABLE = real_fallback, real_fillable  # type: ignore[misc]
    return rows, docs


def train(rows: list[dict], descriptions: bool = True) -> dict:
    """The model's data: classes, documents per class, feature counts per class (binarised), smoothing, and the
    lead-ins writers put before each field's value in at least :data:`MIN_LEAD_DOCS` documents."""
    samples = [(r["sentence"], r["label"]) for r in rows]
    if descriptions:
        samples += [(text, key) for key, text in sorted(DESCRIPTIONS.items()) if key in KEYS]
    classes = sorted({lab for _, lab in samples})
    index = {c: n for n, c in enumerate(classes)}
    docs = [0] * len(classes)
    counts: dict[str, Counter[int]] = {}
    for text, lab in samples:
        c = index[lab]
        docs[c] += 1
        for f in sentence_fields.features(text):
            counts.setdefault(f, Counter())[c] += 1
    kept, totals = _kept(counts, len(classes))
    return {"version": 3, "alpha": ALPHA, "classes": classes, "docs": docs, "counts": kept, "totals": totals,
            "leads": leads(rows), "frames": frames(rows), "figures": figure_model(rows)}


def _kept(counts: dict[str, Counter[int]], n_classes: int, min_count: int = MIN_COUNT) \
        -> tuple[dict[str, str], list[int]]:
    """The features seen at least ``min_count`` times, their counts packed (:func:`sentence_fields.pack`), and
    the total count per class (so that loading needs no pass over them)."""
    kept: dict[str, str] = {}
    totals = [0] * n_classes
    for f, row in sorted(counts.items()):
        if sum(row.values()) >= min_count:
            kept[f] = sentence_fields.pack({str(c): n for c, n in sorted(row.items())})
            for c, n in row.items():
                totals[c] += n
    return kept, totals


def frames(rows: list[dict]) -> list[str]:
    """How the lead-ins that name their field end, pooled over the fields a sentence states (a habit of phrasing:
    "Assessment would be | x", "The learners would be | y"): a last word after which a cut, at the first place the
    words before it name the field, put the value's start right in at least :data:`LEAD_PRECISION` of the loose
    sentences it was tried in, in at least :data:`POOLED_LEAD_DOCS` documents."""
    tried: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    where: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        start = r.get("start")
        if start is None or not r.get("loose", True) or r["label"] not in PROSE:
            continue
        words = [w for w, _ in sentence_fields.words_at(r["sentence"])]
        named = sentence_fields.named_at(words, r["label"])
        seen: set[str] = set()
        for at in range(1, min(sentence_fields.LEAD_WORDS, len(words) - sentence_fields.MIN_REST) + 1):
            e = sentence_fields.frame_ending(words, at)
            if not e or not named[at - 1] or e in seen:
                continue
            seen.add(e)
            tried[e] += 1
            if at == start:
                hits[e] += 1
                where.setdefault(e, set()).add((r["folder"], r["doc"]))
    return sorted(e for e, w in where.items() if len(w) >= POOLED_LEAD_DOCS and hits[e] >= LEAD_PRECISION * tried[e])


def figure_model(rows: list[dict]) -> dict | None:
    """The figure model's data (as :func:`train`'s): each figure of a sentence of a document read as a form,
    by the words around it, labelled with the field whose expected value it is, else "none"."""
    samples = [(feats, lab) for r in rows if r.get("figures")
               for (_, feats), lab in zip(sentence_fields.figures(r["sentence"]), r["figures"])]
    if not samples:
        return None
    classes = sorted({lab for _, lab in samples} | {sentence_fields.NONE})
    index = {c: n for n, c in enumerate(classes)}
    docs = [0] * len(classes)
    counts: dict[str, Counter[int]] = {}
    for feats, lab in samples:
        docs[index[lab]] += 1
        for f in feats:
            counts.setdefault(f, Counter())[index[lab]] += 1
    kept, totals = _kept(counts, len(classes), FIGURE_MIN_COUNT)
    return {"alpha": ALPHA, "classes": classes, "docs": [max(1, d) for d in docs], "counts": kept, "totals": totals}


def leads(rows: list[dict]) -> dict[str, list[str]]:
    """Per field, how the lead-ins before its values end (a word or two: "aimed at", "fits"): an ending where a
    value started in at least :data:`MIN_LEAD_DOCS` documents, and that a cut at the first place it occurs
    would have put right in at least :data:`LEAD_PRECISION` of the sentences it occurs in (a sentence that is
    the value whole counts against every ending it holds)."""
    right: dict[tuple[str, str], set[tuple[str, str]]] = {}
    tried: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for r in rows:
        start = r.get("start")
        if start is None or not r.get("loose", True):
            continue  # (an answer under a label is whole as a rule: the fallback reads loose sentences only)
        words = [w for w, _ in sentence_fields.words_at(r["sentence"])]
        seen: set[str] = set()
        for at in range(1, min(sentence_fields.LEAD_WORDS, len(words) - sentence_fields.MIN_REST) + 1):
            for e in sentence_fields.endings(words, at):
                if e in seen:
                    continue  # a cut is made at an ending's first place only
                seen.add(e)
                tried[(r["label"], e)] += 1
                if at == start:
                    hits[(r["label"], e)] += 1
                    right.setdefault((r["label"], e), set()).add((r["folder"], r["doc"]))
    out: dict[str, set[str]] = {}
    for (key, e), where in sorted(right.items()):
        if len(where) >= MIN_LEAD_DOCS and hits[(key, e)] >= LEAD_PRECISION * tried[(key, e)]:
            out.setdefault(key, set()).add(e)
    # an ending writers close a lead-in with before the values of several fields ("would be", "through", "with")
    # is a habit of phrasing, not of one field: it serves every field whose own sentences do not contradict it
    # (among the fields whose value is a sentence's phrase: a name's or a phone's lead-in is another habit)
    pooled_docs: dict[str, set[tuple[str, str]]] = {}
    pooled_fields: dict[str, set[str]] = {}
    for (key, e), where in right.items():
        if key in PROSE:
            pooled_docs.setdefault(e, set()).update(where)
            pooled_fields.setdefault(e, set()).add(key)
    for e, where in sorted(pooled_docs.items()):
        p_hits, p_tried = sum(hits[(k, e)] for k in PROSE), sum(tried[(k, e)] for k in PROSE)
        if len(where) < POOLED_LEAD_DOCS or len(pooled_fields[e]) < 2 or p_hits < LEAD_PRECISION * p_tried:
            continue
        for key in PROSE:
            if tried[(key, e)] < MIN_LEAD_DOCS or hits[(key, e)] >= LEAD_PRECISION * tried[(key, e)]:
                out.setdefault(key, set()).add(e)
    return {k: sorted(v) for k, v in sorted(out.items())}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=TRAINING)
    ap.add_argument("--cache", help="write (or read, when it exists) the labelled sentences here")
    ap.add_argument("--out", default=str(ROOT / "parsers" / sentence_fields.MODEL_FILE))
    ap.add_argument("--skip", action="append", default=[], metavar="PART",
                    help="train without the folders whose path holds PART (repeatable)")
    args = ap.parse_args()
    folders = [f for f in args.folders if not any(part in f for part in args.skip)]
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        # (a cache holds the folders it was written for: only those asked for now are trained on)
        rows = [r for r in json.loads(cache.read_text(encoding="utf-8"))["rows"] if r["folder"] in folders]
    else:
        rows, docs = collect_all(folders)
        if cache:
            cache.write_text(json.dumps({"rows": rows, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    data = train(rows)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                              encoding="utf-8")
    print(f"{len(rows)} sentences, {Counter(r['label'] for r in rows).most_common()}", file=sys.stderr)
    print(f"{len(data['counts'])} features -> {args.out} ({Path(args.out).stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
