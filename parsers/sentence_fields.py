"""A learned fallback: the field a loose sentence states, for fields no rule reader found.

The rule readers (:mod:`prose`, :mod:`bylines`, the label matchers) know the sentence patterns that writers
used so far; the next writer phrases a field otherwise ("It is for MRTs new to cardiac CT", "Learners submit a
video-recorded positioning ..."). A small naive Bayes classifier, trained by ``tools/train_sentence_fields.py``
on the sentences of the development documents (each labelled with the field whose expected value it holds)
and on the fields' descriptions (:data:`meaning.DESCRIPTIONS`), knows more cues than the patterns do.

It is only a fallback: a field the document has a label for, or a value for, is never touched; the sentence
it picks is reported with a confidence below every line that presents a value (:data:`CONFIDENCE`), and
:func:`parsers.parse` counts the field as not located for the review and the missing-field decisions.
The model is package data (``sentence_fields.json``), loaded once, when first needed.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from . import prose
from .labels import fold
from .meaning import _stem
from .normalise import clean

MODEL_FILE = "sentence_fields.json"
METHOD = "learned"
CONFIDENCE = 0.5  # below calibration's LIFT_FLOOR: no signal lifts it to sure, it is always reported uncertain
# Fields whose value a sentence of prose can be, whole: the ones that say why, how, for whom and with what
# (a name, a title, an address or a date is a phrase the sentence holds, never the sentence itself)
FILLABLE = ("target_learners", "rationale", "competencies", "summative_assessment", "education_plan_alignment",
            "resources_required", "competency_framework")
THRESHOLD = 0.99  # the classifier's probability for the field ...
MARGIN = 0.9      # ... and its lead over the next class (set from bench/sentence_fields.py's leave-one-folder-out)
MIN_WORDS = 5     # a shorter line is a heading, a name or a fragment, not a sentence that states a field
MAX_WORDS = 80
NONE = "none"

_TOKEN = re.compile(r"[a-z0-9]+")
_LEAD_IN = re.compile(r"^(?P<lead>[^:]{2,60}):\s+(?P<rest>\S.*)$", re.S)
LEAD_IN_WORDS = 6  # words before a colon that make a run-in lead-in ("What we need: ...")


def features(sentence: str) -> list[str]:
    """Stemmed, folded word unigrams and bigrams of a sentence (with its opening), each once."""
    words = [_stem(t) for t in _TOKEN.findall(fold(sentence))]
    grams = [*words, *(a + "_" + b for a, b in zip(["^", *words], words))]
    return list(dict.fromkeys(grams))


def loose_paragraphs(loose: list[str], wrapped: bool) -> list[list[str]]:
    """The sentences of each paragraph of a document's loose text, as :func:`prose.read` sees its paragraphs."""
    paras = [p for p in (clean(x) if "\n" not in x else x.strip() for x in loose) if p]
    if wrapped:
        paras = prose.unwrapped(paras)
    return [prose.sentences(p.replace("\n", " ")) for p in paras]


def loose_sentences(loose: list[str], wrapped: bool) -> list[str]:
    return [s for para in loose_paragraphs(loose, wrapped) for s in para]


class Model:
    """Binarised multinomial naive Bayes over :func:`features` (counts as trained, smoothed when scored)."""

    def __init__(self, data: dict) -> None:
        self.classes: list[str] = data["classes"]
        alpha: float = data["alpha"]
        vocab: dict[str, dict[str, int]] = data["counts"]
        totals = [0.0] * len(self.classes)
        for row in vocab.values():
            for c, n in row.items():
                totals[int(c)] += n
        docs = data["docs"]
        self.prior = [math.log(d / sum(docs)) for d in docs]
        self.counts = vocab
        self.alpha = alpha
        self.denominators = [t + alpha * len(vocab) for t in totals]
        self.loglik: dict[str, list[float]] = {}  # computed when a feature is first met (loading stays cheap)

    def _loglik(self, feat: str) -> list[float] | None:
        row = self.loglik.get(feat)
        if row is None and feat in self.counts:
            counts = self.counts[feat]
            row = self.loglik[feat] = [math.log((counts.get(str(c), 0) + self.alpha) / d)
                                       for c, d in enumerate(self.denominators)]
        return row

    def scores(self, sentence: str) -> list[float]:
        out = list(self.prior)
        for f in features(sentence):
            row = self._loglik(f)
            if row is None:
                continue  # a word never seen in training says nothing of the field
            for c in range(len(out)):
                out[c] += row[c]
        return out

    def classify(self, sentence: str) -> tuple[str, float, float]:
        s = self.scores(sentence)
        top = max(s)
        exp = [math.exp(x - top) for x in s]
        total = sum(exp)
        probs = sorted(((e / total, c) for c, e in enumerate(exp)), reverse=True)
        (p, c), (q, _) = probs[0], probs[1]
        return self.classes[c], p, p - q


@lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return Model(data)


def classify(sentence: str) -> tuple[str, float, float]:
    """The field a sentence states (or "none"), the classifier's probability for it and its lead over the next."""
    return model().classify(sentence)


def _sure(said: tuple[str, float, float]) -> bool:
    return said[1] >= THRESHOLD and said[2] >= MARGIN


def trimmed(text: str, key: str = "") -> str:
    """The value a sentence (or the sentences of a paragraph) gives, by the conventions of the rule readers:
    a short run-in lead-in before a colon dropped ("What we need: x." -> "x", the phrase after it ends without
    the writer's stop); one sentence that restates its question stated as :func:`prose.unframed` reads it;
    else the text whole, its final full stop kept as written."""
    text = text.strip()
    m = _LEAD_IN.match(text)
    if m and len(m.group("lead").split()) <= LEAD_IN_WORDS:
        rest = m.group("rest").strip()
        return rest.rstrip(".") if rest[:1].islower() and len(prose.sentences(rest)) == 1 else rest
    return prose.unframed(key, text) if key else text


def _used(sentence: str, values: list[str]) -> bool:
    """Whether a sentence is (mostly) a value read already: another field's reading owns it."""
    own = set(_TOKEN.findall(fold(sentence)))
    return any(len(own & set(_TOKEN.findall(fold(v)))) >= 0.5 * len(own) for v in values) if own else True


def fallback(loose: list[str], wrapped: bool, empty: set[str], values: list[str]) -> dict[str, str]:
    """For each field in ``empty`` (among :data:`FILLABLE`), the loose sentence the classifier surely gives it."""
    wanted = empty & set(FILLABLE)
    if not wanted:
        return {}
    best: dict[str, tuple[float, str]] = {}
    for para in loose_paragraphs(loose, wrapped):
        said = [classify(s) if MIN_WORDS <= len(s.split()) <= MAX_WORDS and not _used(s, values) else (NONE, 0.0, 0.0)
                for s in para]
        n = 0
        while n < len(para):
            key, p, margin = said[n]
            if key not in wanted or p < THRESHOLD or margin < MARGIN:
                n += 1
                continue
            # an answer may be several sentences: the paragraph on from the one that surely states the field, up
            # to a sentence that surely states something else
            end = n + 1
            # (or that a rule reader gives a role of its own: the proposing sentence, a "we would need")
            while end < len(para) and (said[end][0] == key or not _sure(said[end])) \
                    and not prose.opening_roles(para[end]) - {key}:
                end += 1
            if p > best.get(key, (0.0, ""))[0]:
                best[key] = (p, trimmed(" ".join(para[n:end]), key))
            n = end
    return {k: s for k, (_, s) in best.items()}
