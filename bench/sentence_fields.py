"""How well the sentence -> field fallback (parsers/sentence_fields.py) reads documents it never saw.

    python bench/sentence_fields.py [--cache FILE] [--all] [--hold PART ...] [--skip PART ...]

Leave-one-folder-out over every folder the trainer reads (tools/train_sentence_fields.py; the blind round is
never read): the model is trained without one folder and reads that folder only. With ``--hold PART``, leave one
group out instead: each PART names a group, the folders whose path holds it ("round15": the three makers of round
15 together; "round15a": one maker), and the model trained without the group reads the group only (a maker it
never saw, the honest measure of a learned reader); the folders of no group are read by none. ``--skip PART``
leaves the folders whose path holds it out of everything (``--skip round15``: the figures before round 15
joined). Two measures:

* sentences: per field, the sentences the classifier gives that field at the threshold and margin (taken), how
  many are labelled so (precision) and the share of the field's sentences it takes (recall);
* values, end to end: per field, the documents where the rules left the field empty and the fallback filled it
  (filled), how many of those values equal the expected value exactly (right), how many hold the expected text
  inside a longer reading (span: the sentence was right, its trimming was not), and how many documents expect
  a value the rules left empty (gaps). With --all, for every field it could fill, not only FILLABLE; and also
  without the learned lead-ins and frames (how much the span trimming brings).
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
from mailbot_parsers.labels import fold  # noqa: E402
from train_sentence_fields import CANDIDATES, TRAINING, collect_all, train  # noqa: E402

HOW = "leave one folder out"  # (or one group: --hold)
SETTINGS = [(0.8, 0.3), (0.95, 0.7), (sentence_fields.THRESHOLD, sentence_fields.MARGIN), (0.999, 0.99)]


def _data(cache: str | None) -> tuple[list[dict], list[dict]]:
    if cache and Path(cache).exists():
        data = json.loads(Path(cache).read_text(encoding="utf-8"))
        return data["rows"], data["docs"]
    rows, docs = collect_all(TRAINING)
    if cache:
        Path(cache).write_text(json.dumps({"rows": rows, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    return rows, docs


def sentence_table(scored: list[tuple[str, str, float, float, int]], keys: tuple[str, ...]) -> None:
    print(f"== sentences, {HOW}: {len(scored)}")
    for threshold, margin in SETTINGS:
        print(f"-- threshold {threshold}, margin {margin}")
        print(f"{'field':<26} {'labelled':>8} {'taken':>6} {'right':>6} {'prec %':>7} {'recall %':>8}")
        all_taken = all_right = 0
        for key in keys:
            labelled = sum(1 for lab, *_ in scored if lab == key)
            taken = [lab for lab, k, p, m, n in scored if k == key and p >= threshold and m >= margin
                     and sentence_fields.MIN_WORDS <= n <= sentence_fields.MAX_WORDS]
            right = sum(1 for lab in taken if lab == key)
            all_taken += len(taken)
            all_right += right
            print(f"{key:<26} {labelled:>8} {len(taken):>6} {right:>6} {100 * right / max(1, len(taken)):>7.1f} "
                  f"{100 * right / max(1, labelled):>8.1f}")
        print(f"{'all':<26} {'':>8} {all_taken:>6} {all_right:>6} {100 * all_right / max(1, all_taken):>7.1f}")


def _inside(expected: object, got: object) -> bool:
    e = " ".join(fold(" ".join(expected) if isinstance(expected, list) else str(expected)).split()).strip(" .")
    return bool(e) and e in " ".join(fold(str(got)).split())


def value_table(title: str, filled: list[tuple[str, str, object, object]], docs: list[dict],
                keys: tuple[str, ...]) -> None:
    print(f"== values, end to end, {HOW}: {title}")
    print(f"{'field':<26} {'gaps':>5} {'filled':>6} {'right':>6} {'span':>5} {'wrong':>6} {'prec %':>7}")
    tf = tr = 0
    for key in keys:
        gaps = sum(1 for d in docs if d["form"] and key in d["empty"] and d["expected"].get(key) not in (None, "", []))
        mine = [(e, g) for k, _, e, g in filled if k == key]
        right = sum(1 for e, g in mine if e == g)
        span = sum(1 for e, g in mine if e != g and e is not None and _inside(e, g))
        tf += len(mine)
        tr += right
        print(f"{key:<26} {gaps:>5} {len(mine):>6} {right:>6} {span:>5} {len(mine) - right - span:>6} "
              f"{100 * right / max(1, len(mine)):>7.1f}")
    print(f"{'all':<26} {'':>5} {tf:>6} {tr:>6} {'':>5} {'':>6} {100 * tr / max(1, tf):>7.1f}")


def agreement_table(judged: list[tuple[str, str, bool, bool]]) -> None:
    """What the classifier says of the rules' own text readings, by whether it agrees (surely gives the sentence
    the field the rule read), disagrees (surely gives it another field) or says nothing sure: how many of each
    are right, and how many are wrong yet presented as answers (not uncertain)."""
    print(f"== the rules' text readings, judged by the classifier ({HOW})")
    print(f"{'verdict':<10} {'read':>5} {'right':>6} {'wrong':>6} {'wrong presented':>16} {'right uncertain':>16}")
    for verdict in ("agrees", "disagrees", "unsure"):
        mine = [(ok, unc) for _, v, ok, unc in judged if v == verdict]
        print(f"{verdict:<10} {len(mine):>5} {sum(ok for ok, _ in mine):>6} {sum(not ok for ok, _ in mine):>6} "
              f"{sum(not ok and not unc for ok, unc in mine):>16} {sum(ok and unc for ok, unc in mine):>16}")


def verdict(model: sentence_fields.Model, key: str, value: str) -> str:
    said = [model.classify(s) for s in sentence_fields.loose_sentences([value], False)
            if sentence_fields.MIN_WORDS <= len(s.split()) <= sentence_fields.MAX_WORDS]
    sure = {k for k, p, m in said if p >= sentence_fields.THRESHOLD and m >= sentence_fields.MARGIN}
    if key in sure:
        return "agrees"
    return "disagrees" if sure - {sentence_fields.NONE} else "unsure"


def figure_table(scored: list[tuple[str, str, float]]) -> None:
    print(f"== figures, {HOW}: {len(scored)}")
    print(f"{'field':<26} {'thresh':>6} {'labelled':>8} {'taken':>6} {'right':>6} {'prec %':>7} {'recall %':>8}")
    for key in sentence_fields.FIGURES:
        for threshold in sorted({0.5, 0.8, 0.9, 0.95, sentence_fields.FIGURE_THRESHOLD, 0.99}):
            labelled = sum(1 for lab, _, _ in scored if lab == key)
            taken = [lab for lab, k, p in scored if k == key and p >= threshold]
            right = sum(1 for lab in taken if lab == key)
            print(f"{key:<26} {threshold:>6} {labelled:>8} {len(taken):>6} {right:>6} "
                  f"{100 * right / max(1, len(taken)):>7.1f} {100 * right / max(1, labelled):>8.1f}")


def lead_table(cuts: list[tuple[str, str]]) -> None:
    """The learned lead-ins on the sentences whose value's start is known: a cut where the value starts (right),
    a cut elsewhere (wrong), no cut where the value starts after a lead-in (missed), none where it is whole."""
    print(f"== lead-ins, {HOW}: {len(cuts)} sentences whose value's start is known")
    print(f"{'field':<26} {'right':>6} {'wrong':>6} {'missed':>7} {'whole kept':>10}")
    for key in sorted({k for k, _ in cuts}):
        c = [v for k, v in cuts if k == key]
        print(f"{key:<26} {c.count('right'):>6} {c.count('wrong'):>6} {c.count('missed'):>7} {c.count('kept'):>10}")


def _cut(model: sentence_fields.Model, r: dict) -> str:
    words = [w for w, _ in sentence_fields.words_at(r["sentence"])]
    cut = sentence_fields.unled(r["sentence"], model.leads.get(r["label"], []), r["label"], model.frames)
    got = [w for w, _ in sentence_fields.words_at(cut)]
    if got == words:
        return "kept" if r["start"] == 0 else "missed"
    return "right" if len(words) - len(got) == r["start"] else "wrong"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="labelled sentences and fallback inputs (written by this or the trainer)")
    ap.add_argument("--all", action="store_true", help="every field the fallback could fill, not only FILLABLE")
    ap.add_argument("--show", action="store_true", help="print each value filled (field, document, expected, read)")
    ap.add_argument("--hold", action="append", default=[], metavar="PART",
                    help="leave this group out (the folders whose path holds PART) instead of each folder; repeatable")
    ap.add_argument("--skip", action="append", default=[], metavar="PART",
                    help="leave the folders whose path holds PART out of training and reading alike; repeatable")
    args = ap.parse_args()
    rows, docs = _data(args.cache)
    rows = [r for r in rows if not any(part in r["folder"] for part in args.skip)]
    docs = [d for d in docs if not any(part in d["folder"] for part in args.skip)]
    groups = [{f for f in dict.fromkeys(r["folder"] for r in rows) if part in f} for part in args.hold] \
        or [{f} for f in dict.fromkeys(r["folder"] for r in rows)]
    if args.hold:
        global HOW
        HOW = "leave one group out (" + ", ".join(args.hold) + ")"
        read = set().union(*groups)
        docs = [d for d in docs if d["folder"] in read]  # (the gaps counted are those of the groups read)
    keys = CANDIDATES if args.all else sentence_fields.FILLABLE
    scored: list[tuple[str, str, float, float, int]] = []
    filled: list[tuple[str, str, object, object]] = []
    plain: list[tuple[str, str, object, object]] = []
    judged: list[tuple[str, str, bool, bool]] = []
    figured: list[tuple[str, str, float]] = []
    cuts: list[tuple[str, str]] = []
    for group in groups:
        model = sentence_fields.Model(train([r for r in rows if r["folder"] not in group]))
        for r in rows:
            if r["folder"] in group:
                key, p, margin = model.classify(r["sentence"])
                scored.append((r["label"], key, p, margin, len(r["sentence"].split())))
                # (the fallback reads loose sentences only: answers under labels are whole as a rule)
                if r.get("start") is not None and r["label"] in keys and r.get("loose", True):
                    cuts.append((r["label"], _cut(model, r)))
                if model.figures and r.get("figures"):
                    for (_, feats), lab in zip(sentence_fields.figures(r["sentence"]), r["figures"]):
                        figured.append((lab, *model.figures.classify("", feats)[:2]))
        for d in docs:
            if d["folder"] not in group or not d["form"]:
                continue  # (a document not read as a form returns no field: what would be filled is never seen)
            for key, (value, unsure) in sorted(d.get("ruled", {}).items()):
                if key in keys and key not in sentence_fields.TYPED:
                    judged.append((key, verdict(model, key, value), d["expected"].get(key) == value, unsure))
            got = sentence_fields.fallback(d["loose"], d["wrapped"], set(d["empty"]), d["values"], model, keys)
            filled.extend((k, d["doc"], d["expected"].get(k), v) for k, v in got.items())
            if args.all:
                (leads, model.leads), (framed, model.frames) = (model.leads, {}), (model.frames, [])
                got = sentence_fields.fallback(d["loose"], d["wrapped"], set(d["empty"]), d["values"], model,
                                               keys)
                plain.extend((k, d["doc"], d["expected"].get(k), v) for k, v in got.items())
                model.leads, model.frames = leads, framed
    sentence_table(scored, keys)
    value_table("as shipped", filled, docs, keys)
    if args.all:
        value_table("without the learned lead-ins and frames", plain, docs, keys)
    lead_table(cuts)
    figure_table(figured)
    agreement_table(judged)
    if args.show:
        for k, doc, e, g in sorted(filled, key=lambda x: (x[0], x[1])):
            print(f"{'OK ' if e == g else 'BAD'} {k:<24} {doc[:50]:<50} | {e!r} | {g!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
