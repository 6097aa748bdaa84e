"""How brittle is the concept-form decision? A perturbation measure.

Every development document (and every real public document, none a concept form) is parsed once; what the classifier
saw (the labels found, the keys read with a value, the text, the heading) is recorded at ``_result``. The decision is
then made again with each single read field taken away from both the labels and the values, and, separately, with
the first sentence that proposes a course taken out of the text. A concept form that flips to "not a form" is what a
new writer meets when one answer is phrased so that no reader finds it; a non-form that flips to "form" is a look-alike
one field away from being taken. Counts and the rule that decided each flip are printed.

usage: bench/classify_margin.py [--save CACHE | --load CACHE] [FOLDER ...]
(no folders: the shared corpora, every devset tuning folder and the real documents)
"""
from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from collections.abc import Collection
from pathlib import Path

import mailbot_parsers as parsers
from mailbot_parsers import classify as C
from mailbot_parsers.fields import REQUIRED_KEYS
from extraction import expected_documents  # (bench/ is the script's folder)

ROOT = Path(__file__).resolve().parent.parent
DEV = ["/work/shared/corpus", "/work/shared/corpus-b", "tests/data/devset/tuning", "tests/data/devset/heldout",
       *[f"tests/data/devset/round{i}/tuning" for i in range(2, 13)]]

Seen = tuple[set[str], str, set[str], str]  # labels, text, answered, heading


def _capture(path: Path) -> Seen | None:
    """What the classifier saw on the last call of ``_result`` for this file (None: never reached, e.g. a scan)."""
    calls: list[Seen] = []
    original = parsers._result

    def spy(ex, text, file_type, heading="", printed=None):  # type: ignore[no-untyped-def]
        result = original(ex, text, file_type, heading=heading, printed=printed)
        answered = {k for k, v in ex.fields.items() if not parsers.misfit(k, v, ex.raw.get(k, ""))
                    and ex.sources[k].method != parsers._LEARNED and not parsers.placeholder(v, ex.fields)}
        calls.append((set(ex.labels_seen), text, answered, heading))
        return result

    parsers._result = spy  # type: ignore[assignment]
    try:
        parsers.parse(path.read_bytes(), path.name)
    except Exception:  # noqa: BLE001 - an unreadable file is simply not measured
        return None
    finally:
        parsers._result = original  # type: ignore[assignment]
    return calls[-1] if calls else None


def decide(labels: set[str], text: str, answered: Collection[str], heading: str) -> str | None:
    """The route that takes the document as a concept form, as ``_result`` decides (None: not a form)."""
    real = {k for k in labels if not k.startswith("_")}
    labelled = len(real) >= 4 and C.form_score(labels, text) >= 10
    if labelled and C._asked_and_answered(real, text, answered, heading):
        return "labels"
    if C._stated_proposal(real, text, answered, heading, labelled):
        return "stated"
    first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if C.unread_form(labels, text, first_line):
        return "unread"
    if C.tentative_proposal(labels, text, answered, heading):
        return "tentative"
    return None


def why_not(labels: set[str], text: str, answered: set[str], heading: str) -> str:
    """The first check of the label route a document fails, and whether it states a proposal at all."""
    real = {k for k in labels if not k.startswith("_")}
    voice = "proposes" if C.proposes(text) else "decides" if C.decides(text) else "silent"
    structure = len(real & set(REQUIRED_KEYS))
    if not (len(real) >= 4 and C.form_score(labels, text) >= 10):
        gate = "too few labels"
    elif len(real) * 1000 < C.LABEL_DENSITY * len(text.split()):
        gate = "label density"
    elif len((real | answered) - C.GENERIC) < C.PROPOSAL_MIN:
        gate = "PROPOSAL_MIN"
    elif not (real | answered) & C.CASE_FOR_COURSE and not C._titled(text):
        gate = "no case for course"
    elif structure < C.STRUCTURE_MIN and C.speaks_about_a_proposal(text, "existing_program_name" in answered) \
            and not C.proposes(text):
        gate = "speaks about a proposal"
    elif structure < C.STRUCTURE_MIN and len(answered) < C.BLANK_VALUES:
        gate = "BLANK_VALUES"
    elif structure < C.STRUCTURE_MIN and len(answered - C.GENERIC) < C.PROPOSAL_ANSWERS_MIN:
        gate = "PROPOSAL_ANSWERS_MIN"
    elif structure < C.STRUCTURE_MIN and not answered & real & (C.SPECIFIC | {"target_learners"}) \
            and not C._titled(text):
        gate = "unspecific"
    elif structure < C.STRUCTURE_MIN and C.requirements_answered(answered) < C.REQUIREMENTS_MIN \
            and not (C._titled(text) or C.self_named(text)):
        gate = "REQUIREMENTS_MIN"
    elif C.heading_kind(heading):
        gate = "heading kind"
    else:
        gate = "?"
    stated = len((real | answered) - C.GENERIC)
    return f"{gate}; voice={voice}; own answers={stated}"


_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def without_proposing_sentence(text: str) -> str | None:
    """The text with its first sentence that proposes (or decides on) a course taken out; None if it has none."""
    for m in _SENTENCE.finditer(text):
        s = m.group()
        if s.strip() and (C.proposes(s) or C.decides(s)):
            return text[:m.start()] + text[m.end():]
    return None


def collect(folders: list[str], real: bool) -> list[tuple[str, bool, Seen]]:
    docs: list[tuple[str, bool, Seen]] = []
    for folder in folders:
        base = Path(folder) if Path(folder).is_absolute() else ROOT / folder
        for doc, exp_path in expected_documents(base):
            seen = _capture(doc)
            if seen is not None:
                expected = json.loads(exp_path.read_text(encoding="utf-8"))
                docs.append((f"{folder}/{doc.name}", bool(expected["is_concept_form"]), seen))
    if real:
        manifest = ROOT / "tests" / "data" / "real" / "manifest.json"
        for e in json.loads(manifest.read_text(encoding="utf-8")):
            if e["kind"] == "document":
                seen = _capture(ROOT / e["path"])
                if seen is not None:
                    docs.append((e["path"], False, seen))
    return docs


def measure(docs: list[tuple[str, bool, Seen]], verbose: bool) -> None:
    form_flips: Counter[str] = Counter()
    taken_flips: Counter[str] = Counter()
    sentence_flips: Counter[str] = Counter()
    forms_hit: set[str] = set()
    wrong = 0
    field_trials = 0
    n_forms = sum(1 for _, f, _ in docs if f)
    for name, is_form, (labels, text, answered, heading) in docs:
        route = decide(labels, text, answered, heading)
        if (route is not None) != is_form:
            wrong += 1
            if verbose:
                print(f"  (already wrong: {name} route={route})")
            continue
        for key in sorted({k for k in labels if not k.startswith("_")} | answered):
            field_trials += 1
            after = decide(labels - {key}, text, answered - {key}, heading)
            if is_form and after is None:
                why = f"{route} -> none [{why_not(labels - {key}, text, answered - {key}, heading)}]"
                form_flips[why.split(";")[0]] += 1
                forms_hit.add(name)
                if verbose:
                    print(f"  form lost without {key}: {name}: {why}")
            elif not is_form and after is not None:
                taken_flips[after] += 1
                if verbose:
                    print(f"  non-form taken without {key}: {name}: by {after}")
        cut = without_proposing_sentence(text)
        if cut is not None:
            after = decide(labels, cut, answered, heading)
            if (after is None) != (route is None):
                why = f"{route} -> {after}"
                if after is None:
                    why += f" [{why_not(labels, cut, answered, heading)}]"
                sentence_flips[why.split(";")[0]] += 1
                if verbose:
                    print(f"  flips without its proposing sentence: {name}: {why}")
    print(f"documents {len(docs)} (forms {n_forms}), already misclassified {wrong}, field removals {field_trials}")
    print(f"forms lost by one field removed: {sum(form_flips.values())} removals in {len(forms_hit)} forms")
    for why, n in form_flips.most_common():
        print(f"  {n:4d}  {why}")
    print(f"non-forms taken by one field removed: {sum(taken_flips.values())}")
    for why, n in taken_flips.most_common():
        print(f"  {n:4d}  by {why}")
    print(f"flips without the first proposing sentence: {sum(sentence_flips.values())}")
    for why, n in sentence_flips.most_common():
        print(f"  {n:4d}  {why}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--save", help="pickle what the classifier saw (to re-measure a classify.py change quickly)")
    ap.add_argument("--load", help="measure from a pickle written by --save instead of parsing")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.load:
        docs = pickle.loads(Path(args.load).read_bytes())
    else:
        # (only the rounds already scored blind: a round still being made or scored, 19 on, is held out and never read)
        folders = args.folders or DEV + [str(p.relative_to(ROOT)) for p in sorted(ROOT.glob("tests/data/devset/round1[3-8]?/tuning"))]
        docs = collect(folders, not args.no_real)
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(docs))
    measure(docs, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
