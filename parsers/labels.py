"""Scoring label matcher: which field does a piece of label text name?

Labels are compared as weighted token sets (a Dice coefficient), after folding case
and accents, dropping numbering ("3.", "Q3", "Section B"), requirement markers
("[R1]"), punctuation and filler words, and mapping spelling variants and
abbreviations to one form. Word order therefore does not matter, and a label
that adds or drops a generic word ("Status", "Name") still scores high.

Besides the contract fields, three pseudo keys exist: ``_contact`` (a combined
"Contact:" line holding email and phone), ``_subject`` (a memo "Re:" line that
names the proposal) and ``_noise`` (labels that end a section but hold no field,
such as the office-use box).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import french
from .fields import FIELDS

PSEUDO_LABELS: dict[str, tuple[str, ...]] = {
    "_contact": ("Contact", "Contact Details", "Contact Information", "Contact Info", "Reach me at"),
    "_subject": ("Re", "Subject", "Regarding", "RE"),
    "_noise": ("To", "Cc", "For CE office use only", "Office use only", "For office use", "Reference no",
               "Date received", "Reviewed by", "Decision", "Signature", "Logistics", "Contact information for CE",
               "Attachments", "Enclosures", "Cc:"),
}

# Extra wording that only makes sense inside a section about the partner.
CONTEXT_PREFIX: dict[str, str] = {
    "partner_name": "partner",
    "partner_contact": "partner",
    "endorsement_status": "partner",
}
_EXTRA_VARIANTS: dict[str, tuple[str, ...]] = {
    "endorsement_status": ("Partner Status", "Partner Endorsement Status"),
    "partner_contact": ("Partner Email", "Partner Phone", "Partner Contact Details"),
}

_STOPWORDS = frozenset(
    "a an the of for and or to in on with per your our is are be will this that at as what how which "
    "e g eg etc if please i we you it its do does into any all michener s many much want would like can could "
    "should being been has have was were there they their them us my me about".split()
) | french.STOPWORDS
# Spelling variants and abbreviations, applied to single tokens before stemming.
_CANON: dict[str, str] = {
    "enrollment": "enrolment", "enrollments": "enrolment", "enrolments": "enrolment", "enroll": "enrolment",
    "organisation": "organization", "organisations": "organization", "org": "organization",
    "programme": "program", "programmes": "program", "dept": "department", "depts": "department",
    "tel": "telephone", "ed": "education", "educ": "education", "hrs": "hour", "hr": "hour", "h": "hour", "yr": "year", "years": "year",
    "annual": "year", "annually": "year", "yearly": "year", "est": "estimated", "approx": "estimated",
    "no": "number", "num": "number", "nbr": "number", "mail": "email", "e": "", "objectives": "objective",
    "learner": "learner", "learners": "learner", "students": "learner", "student": "learner",
    "participants": "participant", "skill": "skill", "audiences": "audience", "microcredential": "credential",
    "micro": "micro", "endorse": "endorsement", "endorsed": "endorsement", "phone": "phone", "telephone": "phone", "cell": "mobile",
    "organization": "organization", "employer": "employer", "competency": "competency",
    "competencies": "competency", "outcome": "outcome", "outcomes": "outcome",
    # word families a person uses interchangeably in a label
    "kind": "type", "sort": "type", "main": "lead", "primary": "lead", "principal": "lead",
    "assess": "assessment", "assessed": "assessment", "assessing": "assessment", "assessments": "assessment",
    "deliver": "delivery", "delivered": "delivery", "delivering": "delivery",
    # who endorses (the partner) and the endorsement itself (its status) stay apart
    "endorsing": "endorser", "endorsers": "endorser", "endorses": "endorsement", "endorsements": "endorsement",
    "converted": "convert", "converting": "convert", "conversion": "convert", "converts": "convert",
    "needed": "need", "needs": "need", "partnering": "partner", "partnership": "partner", "partners": "partner",
    "attendees": "participant", "attendee": "participant", "starting": "start", "commencement": "start",
    "strategic": "strategy", "strategies": "strategy", "justify": "justification", "resourcing": "resource",
    "enrolled": "enrolment", "enrol": "enrolment", "registrations": "enrolment",
    "organisational": "organization", "organizational": "organization", "aligns": "alignment", "align": "alignment",
    "aligned": "alignment", "evidenced": "evidence", "submitting": "submitted", "submits": "submitted",
    "contribute": "provide", "contributes": "provide", "contributing": "provide", "provides": "provide",
    # the need a course answers is, in a grant application's or a canvas's words, "the problem" it solves
    "problem": "need", "problems": "need",
    # how many a class or a cohort seats ("Class size", a fact sheet's one-word "SEATS")
    "size": "enrolment", "seats": "enrolment", "seat": "enrolment",
    "gained": "gain", "gains": "gain", "acquired": "acquire", "covered": "cover", "covers": "cover",
}
# French words read as the English token they translate (an English spelling of the same word wins)
_CANON.update({w: e for w, e in french.CANON.items() if w not in _CANON})
# Words that say little on their own, so they count half.
_WEAK = frozenset({"name", "status", "detail", "details", "information", "type", "proposed", "total",
                   "number", "estimated", "expected", "required", "title", "date", "contact",
                   # the whole document is a proposal for a credential: these words say little in a label
                   "by", "from", "credential", "course", "micro", "proposal",
                   # "who" says a person or a group is asked for, not which one (the proposer, the learners, the partner)
                   "who"})
# A word that no label of any field uses (e.g. "held" in "Position held") counts for little.
_OOV_WEIGHT = 0.25
# A label that contains a whole variant of a field, every other word of which that field's labels
# also use ("Department or unit", "Who is the audience?"), scores this much.
_CONTAIN_SCORE = 0.96

_NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|question|item)\s+[a-z0-9]{1,3}\b\s*[.):\-–—]?\s*|q\s*\d{1,3}[a-z]?\b\s*[.):\-–—]?\s*"
    # a sub-part of a numbered question ("3a.", "2.1", "4.b)") is numbered like the question
    r"|(?:\d{1,2}[a-z]?(?:\.\d{1,2}[a-z]?|\.[a-z])*|[a-z]|[ivx]{1,4})\s*[.):]\s+|\d{1,2}(?:\.\d{1,2})+\s+"
    r"|\(\s*(?:\d{1,2}|[a-z])\s*\)\s*)",
    re.IGNORECASE,
)
# Questions in the applicant's own words say what they ask by their grammar as much as by their nouns. A need
# that the writer has ("what we need", "what will you need from CE", "de quoi avez-vous besoin") is a resource
# asked for, not the learners' need that justifies the course; "for whom" asks for the audience, "about you" for
# the proposer, what people "walk away with" for what they gain. Each such phrase reads as the word of the field
# it asks about ("why do we need it" still asks why).
_ROLES = (
    (re.compile(r"\b(?:we|you|i)(?:'ll|'d|\s+(?:will|would|shall|may|might|do|still|also|really))*\s+"
                r"need(?:s|ed)?\b|\bneed(?:s|ed)?(?=\s+from\b)|\bavez[- ]vous\s+besoin\b|\bavons\s+besoin\b"
                # ... and so is what the course itself needs ("What it needs", "What would the course need")
                r"|\bwhat\s+(?:(?:will|would|does)\s+)?(?:it|this|the\s+(?:course|program(?:me)?|micro[- ]?\w+))"
                r"(?:'ll|'d|\s+(?:will|would|might))?\s+needs?\b"), " resource "),
    (re.compile(r"\bfor\s+whom\b|\bpour\s+qui\b|\bpersonnes\s+(?:visees|ciblees)\b"), " audience "),
    (re.compile(r"\babout\s+(?:you|yourself)\b|\bwho\s+are\s+you\b|\ba\s+propos\s+de\s+vous\b"), " proposer "),
    # "who" with nothing but stop words after it asks nothing by its words alone: "who is it for" asks for the
    # audience, "who we are" / "who am I" for the writer
    (re.compile(r"\bwho\s+(?:(?:is|are|would|will|could|should|can|might)\s+)?(?:(?:it|this|that|the\s+course|the\s+"
                r"program|they)\s+)?(?:be\s+)?(?:meant\s+|designed\s+|intended\s+)?for\b|\bwho\s+(?:it|this|they)(?:\s+(?:is|are)|'s|'re)\s+"
                r"(?:meant\s+|designed\s+|intended\s+)?for\b"), " audience "),
    (re.compile(r"\bwho\s+(?:we\s+are|i\s+am|are\s+we|am\s+i)\b"), " proposer "),
    (re.compile(r"\b(?:walk|come|go|leave|take)s?\s+away\s+with\b|\btake[- ]?aways?\b"), " gain "),
)
_ROLE_CUES = ("need", "besoin", "qui", "whom", "you", "vous", "away", "personnes", "who")


def _by_role(folded: str) -> str:
    """The label with each phrase of :data:`_ROLES` read as its field's word (a "why" question is left as it is)."""
    if not any(c in folded for c in _ROLE_CUES) or _NUMBERING.sub("", folded).lstrip().startswith(("why", "pourquoi")):
        return folded
    for role, word in _ROLES:
        folded = role.sub(word, folded)
    return folded


_BRACKETS = re.compile(r"\[[^\]]*\]")
_PARENS = re.compile(r"\([^)]*\)")
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Case- and accent-folded text, for comparisons only."""
    if text.isascii():  # most text: NFKD and casefold change nothing an ASCII lower() does not
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    # (combining marks are never ASCII: only the other characters are looked at, most text has few)
    return _NOT_ASCII.sub(_unless_combining, text).casefold()


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _unless_combining(m: re.Match[str]) -> str:
    return "" if unicodedata.combining(m.group()) else m.group()


def _stem(tok: str) -> str:
    tok = _CANON.get(tok, tok)
    if len(tok) > 4 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
        return tok[:-1]
    return tok


def tokens(text: str, keep_parens: bool = True) -> tuple[str, ...]:
    """Content tokens of a label, numbering and markers removed."""
    return _token_pair(text)[0 if keep_parens else 1]


@lru_cache(maxsize=8192)
def _token_pair(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens of ``text`` with its parenthesised words and without them (the same tuple when it has none).

    A label is asked for both, and the same labels and variants are tokenised again and again
    across a document's passes: the folding and numbering are done once for both, once per text.
    """
    t = fold(french.without_homographs(text)).replace("e-mail", "email").replace("’", "'")
    t = _by_role(t)
    t = _BRACKETS.sub(" ", t)
    t = t.strip(" \t*:#-–—")
    prev = None
    while prev != t:
        prev = t
        t = _NUMBERING.sub("", t, count=1)
    with_parens = _content_tokens(t)
    return with_parens, (_content_tokens(_PARENS.sub(" ", t)) if "(" in t else with_parens)


def _content_tokens(t: str) -> tuple[str, ...]:
    out = []
    for raw in _TOKEN.findall(t):
        if raw in _STOPWORDS or (len(raw) == 1 and raw.isalpha()):
            continue  # (a letter alone is an initial, a list letter or French inversion: "s'adresse-t-il")
        tok = _stem(raw)
        if tok and tok not in _STOPWORDS:
            out.append(tok)
    return tuple(dict.fromkeys(out))


def _weight(toks: frozenset[str]) -> float:
    return sum(0.5 if t in _WEAK else 1.0 for t in toks)


@dataclass(frozen=True)
class LabelMatch:
    key: str
    score: float
    variant: str


@dataclass(frozen=True)
class _Variant:
    key: str
    text: str
    toks: frozenset[str]
    weight: float


def _build_variants() -> tuple[tuple[_Variant, ...], dict[str, tuple[int, ...]]]:
    variants: list[_Variant] = []
    entries: list[tuple[str, str]] = []
    for f in FIELDS:
        entries += [(f.key, lab) for lab in f.labels]
        entries += [(f.key, lab) for lab in _EXTRA_VARIANTS.get(f.key, ())]
        entries += [(f.key, lab) for lab in french.LABELS.get(f.key, ())]
        # the key itself, so tags and field names such as "proposer_email" match
        entries.append((f.key, f.key.replace("_", " ")))
    for key, labs in PSEUDO_LABELS.items():
        entries += [(key, lab) for lab in (*labs, *french.PSEUDO_LABELS.get(key, ()))]
    for key, lab in entries:
        for keep in (True, False):
            toks = frozenset(tokens(lab, keep_parens=keep))
            if toks:
                variants.append(_Variant(key, lab, toks, _weight(toks)))
    index: dict[str, list[int]] = {}
    for i, v in enumerate(variants):
        for t in v.toks:
            index.setdefault(t, []).append(i)
    return tuple(variants), {t: tuple(ix) for t, ix in index.items()}


_VARIANTS, _INDEX = _build_variants()
# a generic word that names a field only as the whole label (see ``Field.whole_labels``): matched whole or not at all,
# so it is no variant the scoring above shares words with
_WHOLE: dict[frozenset[str], LabelMatch] = {
    frozenset(tokens(lab)): LabelMatch(f.key, 1.0, lab) for f in FIELDS for lab in f.whole_labels}


def _vocabularies() -> dict[str, frozenset[str]]:
    vocab: dict[str, set[str]] = {}
    for v in _VARIANTS:
        vocab.setdefault(v.key, set()).update(v.toks)
    return {k: frozenset(t) for k, t in vocab.items()}


_VOCAB = _vocabularies()


def _label_weight(toks: frozenset[str]) -> float:
    return sum(0.5 if t in _WEAK else (1.0 if t in _INDEX else _OOV_WEIGHT) for t in toks)


def _contained(toks: frozenset[str], cands: Iterable[int]) -> LabelMatch | None:
    """A field one of whose variants lies wholly inside the label, scored by how much of the label it explains."""
    best: LabelMatch | None = None
    total = _label_weight(toks)
    seen: set[str] = set()
    for i in sorted(cands):
        v = _VARIANTS[i]
        if v.key in seen or not v.toks <= toks or v.weight < 1.0:
            continue
        seen.add(v.key)
        explained = _label_weight(toks & _VOCAB[v.key])
        score = round(_CONTAIN_SCORE * explained / total, 4)
        if best is None or score > best.score + 1e-9:
            best = LabelMatch(v.key, score, v.text)
    return best


def _score_tokens(toks: frozenset[str], not_keys: frozenset[str] = frozenset()) -> LabelMatch | None:
    if not toks:
        return None
    whole = _WHOLE.get(toks)
    if whole is not None and whole.key not in not_keys:
        return whole
    # the weight each candidate variant shares with the label, summed token by token through the index
    # (weights are multiples of a half: any order of summing gives the same float)
    shared: dict[int, float] = {}
    for t in toks:
        ix = _INDEX.get(t)
        if ix:
            w = 0.5 if t in _WEAK else 1.0
            for i in ix:
                shared[i] = shared.get(i, 0.0) + w
    best: LabelMatch | None = None
    best_score = 0.0
    w_label = _weight(toks)
    for i in sorted(shared):
        v = _VARIANTS[i]
        if v.key in not_keys:
            continue
        score = 2.0 * shared[i] / (w_label + v.weight)
        if best is None or score > best_score + 1e-9:
            best_score = round(score, 4)
            best = LabelMatch(v.key, best_score, v.text)
    if best is not None and best.score < _CONTAIN_SCORE and len(toks) <= 8:
        c = _contained(toks, [i for i in shared if _VARIANTS[i].key not in not_keys])
        if c is not None and c.score > best.score:
            best = c
    return best


# a lead-in that stops on its modal verb, the learners its subject ("Participants will", "Learners who finish can",
# "What graduates can do")
_WILL_LEAD_IN = re.compile(r"(?i)(?:\b(?:learners?|participants?|students?|trainees?|attendees?|graduates?|candidates?)\b"
                           # (or whoever the course is taken by, said by what they do with it: "Nurses who finish it")
                           r"|\b[^\W\d_]+s\s+who\s+(?:finish|complete|pass|attend|take|successfully)\w*\b)"
                           r"[^.:;]{0,60}?\b(?:will|shall|can|should)(?:\s+do)?\s*[:?]?\s*$")


def outcomes_lead_in(text: str) -> bool:
    """Whether a label is a lead-in that stops on its modal verb, the learners its subject ("Participants will")."""
    return bool(_WILL_LEAD_IN.search(text))


ABLE_QUALIFIED = 0.9  # how surely a label naming outcomes names the learning outcomes when its bracket says whose
_QUALIFIER = re.compile(r"\(([^()]{3,60})\)\s*:?\s*$")
# "(learners will be able to)", "(learners can…)", "(participants should be able to...)"
_ABLE_LEAD_IN = re.compile(r"(?i)^\s*(?:the\s+)?(?:learners?|participants?|students?|trainees?|graduates?)\s+"
                           r"(?:will|can|shall|should)(?:\s+be\s+able\s+to)?\s*(?:…|\.\.\.)?\s*$")


_NOT_WHO = frozenset(f.key for f in FIELDS if f.type in ("date", "number"))


_THIRD_PARTY = re.compile(r"(?i)^\W*(?:their|its|leur)\s+(?:\w+\s+){0,2}?(?:contact|person|representative|name)\b")


@lru_cache(maxsize=4096)
def match_label(text: str, context: str | None = None) -> LabelMatch | None:
    """The best field for label ``text`` (None when nothing shares a word with it).

    ``context`` is the key of the section the label appears in; inside a partner
    section "Contact" or "Status" are read as the partner's.
    """
    if len(text) > 160:
        return None
    if not (context or "").startswith("partner") and contact_parts(text) is not None:
        # "Name / Role / Department", "Your name, role and contact": one label asking for several of the proposer's
        # pieces at once asks for their contact block, whose answer is split piece by piece
        return LabelMatch("_contact", 1.0, "Contact")
    best: LabelMatch | None = None
    with_parens, without = _token_pair(text)
    for toks in (with_parens,) if without is with_parens else (with_parens, without):
        # "who" asks for a person or a group: never for a date or a number ("Who is submitting" is no date)
        m = _score_tokens(frozenset(toks), _NOT_WHO if "who" in toks else frozenset())
        if m and (best is None or m.score > best.score):
            best = m
    if best is not None and best.key == "target_learners" and outcomes_lead_in(text):
        # "Participants will:", "Learners will:": the learners are the subject of a sentence the list below goes
        # on, what they will do; the words ask for the outcomes, not for who the learners are
        best = LabelMatch("learning_outcomes", best.score, best.variant)
    if best is not None and best.key == "learning_outcomes" and best.score < ABLE_QUALIFIED \
            and (q := _QUALIFIER.search(text)) is not None and _ABLE_LEAD_IN.match(q.group(1)):
        # "Short-term outcomes (learners will be able to)": the bracket says the outcomes are what the learners do,
        # which a qualifier the wordings lack ("Short-term", "Expected") makes no less sure
        best = LabelMatch("learning_outcomes", ABLE_QUALIFIED, best.variant)
    if best is not None and best.key == "proposal_title" and (context or "").startswith("proposer_") \
            and with_parens == ("title",):
        # "Title" alone on the row under the proposer's name (or email, or unit): in a block of contact rows the
        # word asks for that person's title, their job, not the course's (the course's is asked where it names the
        # course: "Course title", or "Title" above the proposer's rows)
        best = LabelMatch("proposer_title", best.score, best.variant)
    if best is not None and best.key == "proposer_name" and _THIRD_PARTY.search(text):
        # "Their contact person", "Its contact": a form that asks the proposer as "you" asks for another party's
        # person (the partner's, asked right after the partner) in the third person
        best = LabelMatch("partner_contact", best.score, best.variant)
    prefix = CONTEXT_PREFIX.get(context or "")
    if prefix and best is not None and (best.score < 1.0 or best.key.startswith("_")):
        m = _score_tokens(frozenset(tokens(f"{prefix} {text}")))
        if m and m.score >= best.score and m.key in CONTEXT_PREFIX:
            best = m
    return best


# where a label that lists what it asks parts its items: "Name / Role / Department", "Your name, role and contact",
# "Contact (title · department · email · phone)", "Nom, fonction et coordonnées"
_ASKED_ITEMS = re.compile(r"\s*[,/·•|&;()]\s*|\s+[-–—]\s+|\s+(?:and|et)\s+", re.IGNORECASE)
_PERSON_PIECES = frozenset({"proposer_name", "proposer_title", "proposer_department", "proposer_email",
                            "proposer_phone", "_contact"})
CONTACT_ITEMS_MIN = 3  # items a label lists before it asks for a contact block (two, "Name / Title", are read apart)
ITEM_WORDS = 3  # words of one listed item ("Your name", "job title"): a longer part is a phrase, not a list's item


@lru_cache(maxsize=4096)
def contact_parts(text: str) -> tuple[str, ...] | None:
    """The proposer's pieces a label lists, in its order: "Name / Role / Department" -> (proposer_name,
    proposer_title, proposer_department); "Contact (title · department · email · phone)" -> (_contact,
    proposer_title, ...). None unless three or more items each name one of the proposer's pieces, one of them the
    person or their contact as a whole (a label listing only the course's things, or naming the partner, is none)."""
    if len(text) > 120 or not _ASKED_ITEMS.search(text):
        return None
    items = [i for i in (p.strip(" .:?*") for p in _ASKED_ITEMS.split(text)) if i]
    if len(items) < CONTACT_ITEMS_MIN or any(len(i.split()) > ITEM_WORDS for i in items):
        return None
    keys: list[str] = []
    for item in items:
        m = match_label(item, "proposer_name")  # (among the proposer's pieces "title" is their job's)
        if m is None or m.score < 0.9 or m.key not in _PERSON_PIECES:
            return None
        keys.append(m.key)
    if not {"proposer_name", "_contact"} & set(keys) or len(set(keys)) < 2:
        return None
    return tuple(keys)


def names_field(text: str, min_score: float) -> bool:
    """Whether ``text`` is the label of a field of the form (not of a pseudo-key such as a heading),
    matched at ``min_score`` or better."""
    m = match_label(text)
    return m is not None and m.score >= min_score and not m.key.startswith("_")


def one_language(text: str) -> str:
    """'Nom du proposant / Name of proposer' -> 'Name of proposer': the half of a bilingual label we know.

    For text that is one label (a table cell, a paragraph, the words before a colon; not PDF lines
    joined in a guess), two halves joined by a slash are the same label twice; the half that is a
    listed wording on its own (with a word of substance: "Proposal" alone is not) stands for it.
    Text that is not two short halves, or that is known as a whole, comes back unchanged.
    """
    sides = [x.strip() for x in text.split(" / ")]
    if len(sides) < 2 or not all(sides) or len(text.split()) > 14:
        return text
    whole = match_label(text.rstrip(":"))
    if whole is not None and whole.score >= 0.9:
        return text
    named = {m.key for m in (match_label(x) for x in sides) if m is not None and m.score >= 0.95}
    if len(named) > 1:
        return text  # "Format / hours / start": a list of several fields' labels, not one label twice
    # "Partenaire / Endorsing Partner / External Body": either language may itself hold a slash
    halves = [h for k in range(1, len(sides)) for h in (" / ".join(sides[:k]), " / ".join(sides[k:]))]
    for half in halves:
        m = match_label(half.rstrip(":"))
        if m is not None and m.score >= 0.95 and not m.key.startswith("_") and _substantial(half):
            return half
    return text


def _substantial(text: str) -> bool:
    return _weight(frozenset(tokens(text))) >= 1.0


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def split_identifier(name: str) -> str:
    """'ProposedTitle_2' -> 'Proposed Title 2': field names and tags as words."""
    name = name.rsplit(".", 1)[-1]
    return " ".join(_CAMEL.sub(" ", name).replace("_", " ").replace("-", " ").split())


# Abbreviations people use in form-field names and tags (not in labels, where they would be ambiguous).
_ID_ABBREV: dict[str, str] = {
    "addr": "address", "ext": "extension", "nm": "name", "tgt": "target", "prop": "proposed", "pos": "position",
    "comp": "competency", "comps": "competencies", "summ": "summative", "assess": "assessment", "ed": "education",
    "edu": "education", "educ": "education", "res": "resources", "fmt": "format", "prog": "program",
    "los": "learning outcomes", "lo": "learning outcome", "ilos": "learning outcomes", "desc": "description",
    "info": "information", "enrol": "enrolment", "exp": "expected", "yr": "year", "ph": "phone",
    "ttl": "title", "fw": "framework", "fwk": "framework", "deliv": "delivery", "del": "delivery",
    "endorse": "endorsement", "stat": "status", "sts": "status", "exist": "existing", "ptnr": "partner",
    "pt": "partner", "org": "organization", "rat": "rationale", "just": "justification", "submit": "submission",
    "dt": "date", "rsrc": "resources", "rsrcs": "resources", "aud": "audience", "lrnrs": "learners",
}


def expand_identifier(name: str) -> str:
    """'reqType' -> 'request Type', 'resReq' -> 'resources required': an identifier's abbreviations spelled out."""
    whole = name.rsplit(".", 1)[-1].strip().lower()
    if whole in _ID_ABBREV:
        return _ID_ABBREV[whole]
    words = split_identifier(name).split()
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        if low == "req":
            out.append("request" if n + 1 < len(words) else "required")
        else:
            out.append(_ID_ABBREV.get(low, w))
    return " ".join(out)


def match_identifier(name: str) -> LabelMatch | None:
    """Match a form-field name or content-control tag to a key."""
    from .fields import FIELDS_BY_KEY

    if name in FIELDS_BY_KEY:
        return LabelMatch(name, 1.0, name)
    low = name.strip().lower()
    if low in FIELDS_BY_KEY:
        return LabelMatch(low, 1.0, name)
    plain = match_label(split_identifier(name))
    expanded = match_label(expand_identifier(name))
    if expanded is not None and (plain is None or expanded.score > plain.score):
        plain = expanded
    glued = _glued_key(name)
    if glued is not None and (plain is None or glued.score > plain.score):
        return glued
    return plain


# A name that is a key written without its separators ("proposaltitle", as a tool that drops underscores from
# field names leaves it), or a list's key in the singular with the item's number ("learningoutcome2")
GLUED_ITEM = 0.95


def _glued_key(name: str) -> LabelMatch | None:
    from .fields import FIELDS_BY_KEY

    low = re.sub(r"[^a-z0-9]", "", name.rsplit(".", 1)[-1].lower())
    for key, f in FIELDS_BY_KEY.items():
        glued = key.replace("_", "")
        if low == glued:
            return LabelMatch(key, 1.0, name)
        numbered = re.fullmatch(r"([a-z]+?)(\d{1,2})", low)
        if f.type == "list" and numbered and numbered.group(1) in (glued, glued.rstrip("s")):
            return LabelMatch(key, GLUED_ITEM, name)
    return None
