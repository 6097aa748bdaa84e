"""A learned fallback: the field a loose sentence states, for fields no rule reader found.

The rule readers (:mod:`prose`, :mod:`bylines`, the label matchers) know the sentence patterns that writers
used so far; the next writer phrases a field otherwise ("It is for MRTs new to cardiac CT", "Learners submit a
video-recorded positioning ..."). A small naive Bayes classifier, trained by ``tools/train_sentence_fields.py``
on the sentences of the development documents (each labelled with the field whose expected value it holds)
and on the fields' descriptions (:data:`meaning.DESCRIPTIONS`), knows more cues than the patterns do.

It is only a fallback: a field the document has a label for, or a value for, is never touched; the sentence
it picks is reported with a confidence below every line that presents a value (:data:`CONFIDENCE`), and
:func:`parsers.parse` counts the field as not located for the review and the missing-field decisions.
The model is package data (``sentence_fields.json``), loaded once, when first needed. With it come two smaller
learned readers of what part of a sentence is the value: how the lead-ins writers put before a field's value
end ("It is meant for | nurses new to the unit"), and which figure of a sentence is the yearly enrolment, by
the words around it ("hybrid, 8 hours, about 100 medics a year": 100).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from . import prose
from .fields import FieldValue
from .labels import fold
from .meaning import DESCRIPTIONS, _stem
from .normalise import clean, delivery_format, to_number, words_to_digits

MODEL_FILE = "sentence_fields.json"
METHOD = "learned"
CONFIDENCE = 0.5  # below calibration's LIFT_FLOOR: no signal lifts it to sure, it is always reported uncertain
# Fields whose value a sentence of prose can be, whole: the ones that say why, how, for whom and with what
# (a name, a title, an address or a date is a phrase the sentence holds, never the sentence itself)
# (and the yearly enrolment, a figure the figure model reads at >= 90 % leave-one-folder-out precision; the hours
# (84 %) and the delivery format (a sentence often names formats it does not choose) do not reach it)
FILLABLE = ("target_learners", "rationale", "competencies", "summative_assessment", "education_plan_alignment",
            "resources_required", "competency_framework", "expected_enrolment")
# Fields whose value is a figure or a choice a sentence states among other words ("we expect about 40 learners a
# year" -> 40, "it would be delivered online" -> online): the classifier picks the sentence, the parser's own
# recogniser of the field's type picks the value out of it (the sentence alone, never its paragraph)
TYPED: dict[str, Callable[[str], FieldValue | None]] = {
    "expected_enrolment": lambda s: to_number(s, "expected_enrolment"),
    "estimated_hours": lambda s: to_number(s, "estimated_hours"),
    "delivery_format": delivery_format,
}
FIGURES = ("expected_enrolment", "estimated_hours")  # ... of which these are figures (read by the figure model)
FIGURE_THRESHOLD = 0.99  # the figure model's probability that a figure is the field's (bench/sentence_fields.py)
# a row of boxes is a checklist the rule readers read, not a sentence
BOXES = re.compile("[\u2610\u2611\u2612\u25a1\u25a0]")
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


_FIGURE = re.compile(r"(?<![\d.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d/:]|[.,]\d)")


def _context(word: str) -> str:
    return "#" if word.isdigit() else _stem(word)  # (another figure beside it: its place, not its value, tells)


def figures(sentence: str) -> list[tuple[int, list[str]]]:
    """Each whole figure a sentence states (spelled-out ones too), with the features of its place: the words
    just before and after it and its size (a year, a percentage and a count read alike otherwise)."""
    t = words_to_digits(clean(sentence))
    out = []
    for m in _FIGURE.finditer(t):
        n = int(m.group(1).replace(",", ""))
        before = [_context(w) for w in _TOKEN.findall(fold(t[max(0, m.start() - 40):m.start()]))][-3:]
        after = [_context(w) for w in _TOKEN.findall(fold(t[m.end():m.end() + 40]))][:3]
        size = "year" if 1900 <= n <= 2100 else f"size{min(len(str(n)), 4)}"
        feats = [size, *(f"b{len(before) - i}:{w}" for i, w in enumerate(before)), *(f"a{i + 1}:{w}" for i, w in
                 enumerate(after)), *(f"b:{w}" for w in before), *(f"a:{w}" for w in after)]
        if t[m.end():m.end() + 2].strip().startswith("%"):
            feats.append("percent")
        out.append((n, list(dict.fromkeys(feats))))
    return out


def loose_paragraphs(loose: list[str], wrapped: bool) -> list[list[str]]:
    """The sentences of each paragraph of a document's loose text, as :func:`prose.read` sees its paragraphs."""
    paras = [p for p in (clean(x) if "\n" not in x else x.strip() for x in loose) if p]
    if wrapped:
        paras = prose.unwrapped(paras)
    return [prose.sentences(p.replace("\n", " ")) for p in paras]


def loose_sentences(loose: list[str], wrapped: bool) -> list[str]:
    return [s for para in loose_paragraphs(loose, wrapped) for s in para]


def pack(row: dict[str, int]) -> str:
    """A feature's counts per class as the model file keeps them: "3:5 7:1"."""
    return " ".join(f"{c}:{n}" for c, n in row.items())


def unpack(row: dict[str, int] | str) -> dict[str, int]:
    if isinstance(row, dict):
        return row
    return {c: int(n) for c, _, n in (x.partition(":") for x in row.split())}


class Model:
    """Binarised multinomial naive Bayes over :func:`features` (counts as trained, smoothed when scored)."""

    def __init__(self, data: dict) -> None:
        self.classes: list[str] = data["classes"]
        alpha: float = data["alpha"]
        # a feature's counts per class: {"3": 5, ...}, or packed as the text "3:5 7:1" (the shipped file: a string
        # is read far faster than an object, and unpacked only for the features a document meets)
        vocab: dict[str, dict[str, int] | str] = data["counts"]
        totals: list[float] = list(data["totals"]) if "totals" in data else [0.0] * len(self.classes)
        if "totals" not in data:
            for row in vocab.values():
                for c, n in unpack(row).items():
                    totals[int(c)] += n
        docs = data["docs"]
        self.prior = [math.log(d / sum(docs)) for d in docs]
        self.counts = vocab
        self.alpha = alpha
        self.denominators = [t + alpha * len(vocab) for t in totals]
        self.loglik: dict[str, list[float]] = {}  # computed when a feature is first met (loading stays cheap)
        # per field, how the lead-ins writers put before its value in the training documents end ("is for")
        self.leads: dict[str, list[str]] = data.get("leads", {})
        # how a lead-in that names its field ends, whatever the field ("Assessment would be | ...")
        self.frames: list[str] = data.get("frames", [])
        # which field a figure in a sentence is, by the words around it (a model of the same kind)
        self.figures: Model | None = Model(data["figures"]) if data.get("figures") else None

    def _loglik(self, feat: str) -> list[float] | None:
        row = self.loglik.get(feat)
        if row is None and feat in self.counts:
            counts = unpack(self.counts[feat])
            row = self.loglik[feat] = [math.log((counts.get(str(c), 0) + self.alpha) / d)
                                       for c, d in enumerate(self.denominators)]
        return row

    def scores(self, sentence: str, feats: list[str] | None = None) -> list[float]:
        out = list(self.prior)
        for f in features(sentence) if feats is None else feats:
            row = self._loglik(f)
            if row is None:
                continue  # a word never seen in training says nothing of the field
            for c in range(len(out)):
                out[c] += row[c]
        return out

    def classify(self, sentence: str, feats: list[str] | None = None) -> tuple[str, float, float]:
        s = self.scores(sentence, feats)
        top = max(s)
        exp = [math.exp(x - top) for x in s]
        total = sum(exp)
        probs = sorted(((e / total, c) for c, e in enumerate(exp)), reverse=True)
        (p, c), q = probs[0], probs[1][0] if len(probs) > 1 else 0.0
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


def trimmed(text: str, key: str = "", leads: dict[str, list[str]] | None = None,
            frames: list[str] | tuple[str, ...] = ()) -> str:
    """The value a sentence (or the sentences of a paragraph) gives, by the conventions of the rule readers:
    a short run-in lead-in before a colon dropped ("What we need: x." -> "x", the phrase after it ends without
    the writer's stop); one sentence that restates its question stated as :func:`prose.unframed` reads it;
    one that opens with a lead-in writers used before this field's values (``leads``, learned) read without it;
    else the text whole, its final full stop kept as written."""
    text = text.strip()
    m = _LEAD_IN.match(text)
    if m and len(m.group("lead").split()) <= LEAD_IN_WORDS:
        rest = m.group("rest").strip()
        return rest.rstrip(".") if rest[:1].islower() and len(prose.sentences(rest)) == 1 else rest
    if not key:
        return text
    framed = prose.unframed(key, text)
    if framed != text or not leads or len(prose.sentences(text)) != 1:
        return framed
    return unled(text, leads.get(key, ()), key, frames)


_WORD = re.compile(r"[^\W_]+")
# at most this many words open a sentence before the value it gives ("It would be a micro-course, not a full
# credential, for | ...": 12 rather than 10 puts two more values right leave-one-folder-out, none more wrong)
LEAD_WORDS = 12
MIN_REST = 3     # ... and at least this many are left of it


def words_at(text: str) -> list[tuple[str, int]]:
    """The words of a text, folded, each with the offset where it ends."""
    out = []
    for m in _WORD.finditer(text):
        for w in _TOKEN.findall(fold(m.group())):
            out.append((w, m.end()))
    return out


def endings(words: list[str], at: int) -> tuple[str, ...]:
    """The lead-in endings a cut after ``at`` words would have: its last word and its last two."""
    return (words[at - 1], " ".join(words[at - 2:at])) if at >= 2 else (words[at - 1],)


FIELD_WORD = 5  # letters of a word of a field's description that name the field in a lead-in ("assess", "learne")


@lru_cache(maxsize=None)
def field_words(key: str) -> frozenset[str]:
    """The word openings that name a field (from its meaning description: "assessed", "évaluation" -> "evalu")."""
    return frozenset(w[:FIELD_WORD] for w in _TOKEN.findall(fold(DESCRIPTIONS.get(key, ""))) if len(w) >= FIELD_WORD)


# the forms of "to be" are one ending for a frame (one verb, however it is conjugated: "Assessment would be | x", "The
# skills we would teach are | y", "The summative piece is | z"), so that the trainer pools what they say ...
BE = frozenset({"be", "is", "are", "was", "were"})
BE_ENDING = "(be)"
# ... except before a participle, where the lead-in goes on ("Achievement would be shown through | x", "Learners
# will be assessed on | y": the passive's verb and its preposition end it, and the value starts after them)
_PARTICIPLE = re.compile(r"^[a-z]{2,}(?:ed|wn)$")


def frame_ending(words: list[str], at: int) -> str:
    """The ending a frame's cut after ``at`` words has: its last word, the forms of "to be" as one (see :data:`BE`),
    or "" where no cut is made (a "to be" before a participle)."""
    word = words[at - 1]
    if word not in BE:
        return word
    return "" if at < len(words) and _PARTICIPLE.match(words[at]) else BE_ENDING


def named_at(words: list[str], key: str) -> list[bool]:
    """For each cut after ``at`` words (index at - 1): whether the words before it name the field ``key``."""
    names, seen, out = field_words(key), False, []
    for w in words:
        seen = seen or w[:FIELD_WORD] in names
        out.append(seen)
    return out


def unled(sentence: str, leads: list[str] | tuple[str, ...], key: str = "",
          frames: list[str] | tuple[str, ...] = ()) -> str:
    """A one-sentence value without the lead-in it opens with, known by how the lead-ins writers put before this
    field's values end (``leads``, learned: "It is aimed at nurses new to the unit." -> "nurses new to the unit"),
    or by a lead-in that names the field ``key`` and ends the way such frames end whatever the field (``frames``,
    learned: "Assessment would be | a bedside checklist", "Learners will be assessed on | ten supervised biopsies"):
    what is left is a phrase, so it ends without the writer's stop."""
    known, framed = set(leads), set(frames)
    words = words_at(sentence)
    plain = [w for w, _ in words]
    named = named_at(plain, key) if key and framed else []
    for at in range(1, min(LEAD_WORDS, len(words) - MIN_REST) + 1):
        if known.intersection(endings(plain, at)) or (named and named[at - 1] and frame_ending(plain, at) in framed):
            rest = sentence[words[at - 1][1]:].lstrip(" ,:;-\u2013\u2014")
            return rest.rstrip().rstrip(".")
    return sentence


def lead_of(sentence: str, value: str) -> int | None:
    """How many words a sentence puts before a value it ends with (None: it does not end with the value, or
    nothing or too much comes before it)."""
    s, v = [w for w, _ in words_at(sentence)], [w for w, _ in words_at(value)]
    if not v or len(s) <= len(v) or s[-len(v):] != v:
        return None
    n = len(s) - len(v)
    return n if n <= LEAD_WORDS else None


def _used(sentence: str, values: list[str]) -> bool:
    """Whether a sentence is (mostly) a value read already: another field's reading owns it."""
    own = set(_TOKEN.findall(fold(sentence)))
    return any(len(own & set(_TOKEN.findall(fold(v)))) >= 0.5 * len(own) for v in values) if own else True


# a sentence that ends in a colon announces what follows (a list, the next paragraph): it is no answer itself, and
# surely not part of the answer before it
_SURE_NONE = (NONE, 1.0, 1.0)


def _said(m: Model, sentence: str, values: list[str]) -> tuple[str, float, float]:
    """What the classifier says of one loose sentence, or "none" for one it should not read (see :func:`fallback`)."""
    if sentence.rstrip().endswith(":"):
        return _SURE_NONE
    if MIN_WORDS <= len(sentence.split()) <= MAX_WORDS and not _used(sentence, values):
        return m.classify(sentence)
    return (NONE, 0.0, 0.0)


def fallback(loose: list[str], wrapped: bool, empty: set[str], values: list[str],
             learned: Model | None = None, fillable: tuple[str, ...] | None = None) -> dict[str, FieldValue]:
    """For each field in ``empty`` (among ``fillable``, by default :data:`FILLABLE`), the value of the loose sentence
    the classifier surely gives it (``learned``: another model than the shipped one; both for the bench)."""
    wanted = empty & set(FILLABLE if fillable is None else fillable)
    if not wanted:
        return {}
    m = learned or model()
    best: dict[str, tuple[float, FieldValue]] = {}
    paras = loose_paragraphs(loose, wrapped)
    if m.figures and wanted & set(FIGURES):
        # a figure is read wherever it stands: one sentence often gives several ("hybrid, 8 hours, about 100 a year")
        for para in paras:
            for sentence in para:
                if BOXES.search(sentence) or len(sentence.split()) > MAX_WORDS:
                    continue
                for n, feats in figures(sentence):
                    key, p, _ = m.figures.classify("", feats)
                    if key in wanted and n > 0 and p >= FIGURE_THRESHOLD and p > best.get(key, (0.0, ""))[0]:
                        best[key] = (p, n)
    for para in paras:
        said = [_said(m, s, values) for s in para]
        n = 0
        while n < len(para):
            key, p, margin = said[n]
            if key not in wanted or p < THRESHOLD or margin < MARGIN:
                n += 1
                continue
            if key in TYPED:
                # a choice is stated in one sentence; a sentence the recogniser reads nothing in gives none (a
                # figure is the figure model's: above)
                value = None if key in FIGURES or BOXES.search(para[n]) else TYPED[key](para[n])
                if value is not None and p > best.get(key, (0.0, ""))[0]:
                    best[key] = (p, value)
                n += 1
                continue
            # an answer may be several sentences: the paragraph on from the one that surely states the field, up
            # to a sentence that surely states something else
            end = n + 1
            # (or that a rule reader gives a role of its own: the proposing sentence, a "we would need")
            while end < len(para) and (said[end][0] == key or not _sure(said[end])) \
                    and not prose.opening_roles(para[end]) - {key}:
                end += 1
            # ... and back over the sentences before it that lean to the same field without being sure of it (an
            # answer's first sentence often sets the scene in words of its own: "Our unit does 900 a year. Staff ...")
            first = n
            while first > 0 and said[first - 1][0] == key and not _sure(said[first - 1]) \
                    and not prose.opening_roles(para[first - 1]) - {key}:
                first -= 1
            if p > best.get(key, (0.0, ""))[0]:
                best[key] = (p, trimmed(" ".join(para[first:end]), key, m.leads, m.frames))
            n = end
    return {k: v for k, (_, v) in best.items()}
