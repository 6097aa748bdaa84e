"""Train the sentence -> field classifier of parsers/sentence_fields.py (deterministic).

    python tools/train_sentence_fields.py [--cache FILE] [--out parsers/sentence_fields.json] [FOLDER ...]

Each document with an ``.expected.json`` in the training folders is parsed; the text the parser reads as
prose (its loose lines, the answers under labels, the prose it guessed) is split into sentences the way
:func:`sentence_fields.loose_sentences` splits it, and each sentence is labelled with the text field whose
expected value it holds or mostly lies in (word overlap), else "none" (a sentence that shares only part of its
words with a value is left out: it is neither). The field descriptions of :mod:`meaning` are added as one
sentence each. Round 13 (a blind round) is never read here.
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
            *(f"tests/data/devset/round{n}/tuning" for n in range(2, 13))]
KEYS = tuple(f.key for f in FIELDS if f.type in ("text", "list"))
ALPHA = 0.5       # additive smoothing
MIN_COUNT = 2     # a feature seen fewer times than this is left out of the model (size, and noise)
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


def _texts(doc: Path) -> list[str] | None:
    """The sentences of what the parser reads as prose in a document (None when it reads no text)."""
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
    return max(seen, key=lambda t: sum(map(len, t)))


def collect(folders: list[str], training: bool = True) -> list[dict]:
    """[{folder, doc, sentence, label}] of every training sentence, in a fixed order (``training=False``: sentences
    to score the model on, which may come from a round it never saw)."""
    real_fallback = sentence_fields.fallback
    sentence_fields.fallback = lambda *a, **k: {}  # type: ignore[assignment]  # the model being trained reads nothing
    rows: list[dict] = []
    try:
        for folder in folders:
            assert not training or "round13" not in folder, "round 13 is a blind round: never trained on"
            base = Path(folder) if Path(folder).is_absolute() else ROOT / folder
            for exp in sorted(base.rglob("*.expected.json")):
                doc = exp.with_name(exp.name[: -len(".expected.json")])
                if not doc.exists() or "emails" in doc.relative_to(base).parts or "_make" in doc.parts:
                    continue
                expected = json.loads(exp.read_text(encoding="utf-8"))
                texts = _texts(doc)
                if texts is None:
                    continue
                fields = expected.get("fields", {}) if expected.get("is_concept_form") else {}
                for s in dict.fromkeys(texts):
                    lab = label(s, fields)
                    if lab is not None and len(s.split()) >= 2:
                        rows.append({"folder": folder, "doc": doc.name, "sentence": s, "label": lab})
    finally:
        sentence_fields.fallback = real_fallback  # type: ignore[assignment]
    return rows


def train(rows: list[dict], descriptions: bool = True) -> dict:
    """The model's data: classes, documents per class, feature counts per class (binarised), smoothing."""
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
    kept = {f: {str(c): n for c, n in sorted(row.items())} for f, row in sorted(counts.items())
            if sum(row.values()) >= MIN_COUNT}
    return {"version": 1, "alpha": ALPHA, "classes": classes, "docs": docs, "counts": kept}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=TRAINING)
    ap.add_argument("--cache", help="write (or read, when it exists) the labelled sentences here")
    ap.add_argument("--out", default=str(ROOT / "parsers" / sentence_fields.MODEL_FILE))
    args = ap.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = collect(args.folders)
        if cache:
            cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    data = train(rows)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                              encoding="utf-8")
    print(f"{len(rows)} sentences, {Counter(r['label'] for r in rows).most_common()}", file=sys.stderr)
    print(f"{len(data['counts'])} features -> {args.out} ({Path(args.out).stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
