"""How well the sentence -> field classifier (parsers/sentence_fields.py) reads sentences it never saw.

    python bench/sentence_fields.py [--cache FILE] [--test-cache FILE]

Leave-one-folder-out over the training folders of tools/train_sentence_fields.py: the model is trained without
one folder and scores that folder's sentences; then the model trained on every training folder scores the
round 13 tuning halves (never trained on). Per field of sentence_fields.FILLABLE: the sentences the classifier
gives that field at the threshold and margin (taken), how many of them are labelled so (precision), and the
share of the field's sentences it takes (recall); at the chosen threshold and at a few others.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tools"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from mailbot_parsers import sentence_fields  # noqa: E402
from train_sentence_fields import TRAINING, collect, train  # noqa: E402

TEST = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "data" / "devset").glob("round13?/tuning"))
SETTINGS = [(0.5, 0.0), (0.8, 0.3), (sentence_fields.THRESHOLD, sentence_fields.MARGIN), (0.99, 0.9)]


def _rows(cache: str | None, folders: list[str], training: bool) -> list[dict]:
    if cache and Path(cache).exists():
        return json.loads(Path(cache).read_text(encoding="utf-8"))
    rows = collect(folders, training=training)
    if cache:
        Path(cache).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def _scored(model: sentence_fields.Model, rows: list[dict]) -> list[tuple[str, str, float, float, int]]:
    out = []
    for r in rows:
        key, p, margin = model.classify(r["sentence"])
        out.append((r["label"], key, p, margin, len(r["sentence"].split())))
    return out


def table(title: str, scored: list[tuple[str, str, float, float, int]]) -> None:
    print(f"== {title}: {len(scored)} sentences")
    for threshold, margin in SETTINGS:
        print(f"-- threshold {threshold}, margin {margin}")
        print(f"{'field':<26} {'labelled':>8} {'taken':>6} {'right':>6} {'prec %':>7} {'recall %':>8}")
        all_taken = all_right = 0
        for key in sentence_fields.FILLABLE:
            labelled = sum(1 for lab, *_ in scored if lab == key)
            taken = [lab for lab, k, p, m, n in scored if k == key and p >= threshold and m >= margin
                     and sentence_fields.MIN_WORDS <= n <= sentence_fields.MAX_WORDS]
            right = sum(1 for lab in taken if lab == key)
            all_taken += len(taken)
            all_right += right
            print(f"{key:<26} {labelled:>8} {len(taken):>6} {right:>6} {100 * right / max(1, len(taken)):>7.1f} "
                  f"{100 * right / max(1, labelled):>8.1f}")
        print(f"{'all fillable':<26} {'':>8} {all_taken:>6} {all_right:>6} {100 * all_right / max(1, all_taken):>7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="labelled training sentences (written by this or the trainer, read when present)")
    ap.add_argument("--test-cache", help="labelled round 13 tuning sentences (likewise)")
    args = ap.parse_args()
    rows = _rows(args.cache, TRAINING, True)
    scored = []
    for folder in TRAINING:
        held = [r for r in rows if r["folder"] == folder]
        model = sentence_fields.Model(train([r for r in rows if r["folder"] != folder]))
        scored.extend(_scored(model, held))
    table("leave one folder out (training folders)", scored)
    test = _rows(args.test_cache, TEST, False)
    model = sentence_fields.Model(train(rows))
    for folder in TEST:
        table(f"{folder} (never trained on)", _scored(model, [r for r in test if r["folder"] == folder]))
    table("round 13 tuning, all", _scored(model, test))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
