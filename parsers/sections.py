"""Find labelled sections in reading order and turn them into field values.

A section starts at a label (a table label cell, a ``Label: answer`` line, a
heading or bold line that names a field, or a PDF line that starts with a label)
and runs until the next label or structural heading. Text outside every
section is kept as "loose" text, which later fills gaps that retyped forms
leave (an email in a sentence, a memo's "Re:" line, a signature block).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial

from . import answer_key, contents, french, glyphs, line_breaks, memo, name_parts
from .brackets import unbracketed
from .bilingual import english_lines, language
from .fields import CHOICE_KEYS, FIELDS_BY_KEY, REQUIREMENTS, FieldValue
from .labels import _STOPWORDS as _LABEL_STOPWORDS, LabelMatch, contact_parts, fold, match_label, one_language, outcomes_lead_in, tokens
from .layout import Block, Direct
from .meaning import DESCRIPTIONS, ORG, PERSON, answer_fit, coverage, resolve
from .normalise import (
    BULLET_GLYPHS, BULLETED, INLINE_BOX, _COHORTS,
    CE_MAILBOX, PHONE, checkbox_state, choice_code, clean, find_email, find_emails, is_empty, strip_marker, to_date,
    to_number, to_value, words_to_digits, only_contact, typed_mark, typed_ticks, choice_unclear, CHECKED, UNCHECKED, answered_options, choice_codes, short_form, phrase_lines,
)
from .bylines import as_signed, runs_on_joined, author_line, byline, contact_clause, endorser, introduction, partner_line, person_line, signature, signed_block
from .composite import (contact_line, in_asked_order, logistics, partner_answer, phones, role_and_unit, role_beside_unit, role_word,
                        start_of, without_status)
from . import prose, sentence_fields
from .dialogue import untagged
from .questions import question_pairs
from .minutes import records_as_answers
from .result import FieldSource

# How sure a label must be before it starts a section, by how the label is presented.
PAIR_MIN = 0.75
INLINE_MIN = 0.8
EMPHASISED_MIN = 0.75
PLAIN_MIN = 0.85
EMBEDDED_MIN = 0.9
RECORD_LABEL = 0.6  # a column's name over the first of several records: whose record it is, is a guess
SURE_LABEL = 0.85  # below this a label found with nothing after it does not prove the field empty
OPENING_LINES = 3  # the paragraphs that head a document (title, byline, dateline)
PROGRAM_WORDS = 16  # the most words of a program's name set under the option that converts it
# "Brand-new micro-credential", "an all-new micro-credential": new, said with more force
_NEW_KIND = re.compile(r"\b(?:brand|all|entirely|completely)[-\s]new\s+", re.I)
KIND_ITEM_WORDS = 8  # the most words of a list item that only states the kind of course
TITLE_PAGE_WORDS = 12  # the most words of a title page's line
OPENING_COVER = 6  # ... the lines of a title page before its first heading or label (title and byline wrapped)
REQUIRED_MARKS = 3  # lines ending in a lone "*" that make it a form service's print, whose required questions end so
ASKED_FORM = 4  # "Question? answer" lines that make a document a questionnaire answered that way
ASKED_WORDS = 8  # the most words such a question has (a longer sentence ending in "?" is the applicant's prose)
COLON_FORM = 6  # "Label: answer" lines that make a document a form written that way
QUESTION_AFTER_MIN = 0.5  # a question after an answer's sentences that asks another field this surely ends it
WRAPPED_SHARE = 0.75  # a line this long of the page's full width may have wrapped its last words onto the next
MEANING_MIN = 0.6  # a label read by meaning (description + answer type) rather than a listed wording

# a printed line that opens in lower case and ends a sentence before a label and its colon on the same line
_SENTENCE_THEN_LABEL = re.compile(r"^([a-z][^:\n]{0,80}?[.!?])\s+([A-Z][^:.\n]{0,40}?)\s*[:：]\s*(?:\S|$)")
_COLON = re.compile(r"^\s*([^:\n]{1,80}?)\s*[:：]\s*(.*)$", re.S)
_REQUIRED_MARK = re.compile(r"\s+\*\s*$")  # "Who is it for? *": a form service marks a required question so
_HINT_AFTER_QUESTION = re.compile(r"(?<=\?)\s*\([^()]{1,60}\)\s*$")  # "Which skills? (one per line)": how to answer
# ... and a question that lists a choice's options before its answer, which the list may make long
_ASKED_OPTIONS = re.compile(r"^\s*([^?:\n]{3,200}\?)\s+(\S.*)$", re.S)
_ASKED = re.compile(r"^\s*([^?:\n]{3,80}\?)\s+(\S.*)$", re.S)  # "What are you proposing?  [x] New ..."
# "Working title — Trauma-informed practice": a spaced dash after a few words does a colon's work
# a second "Label: answer" set beside the first with a wide gap of spaces
_SIDE_BY_SIDE = re.compile(r"\s{3,}(?=[A-Z][\w.'’/-]*(?:\s[\w.'’/-]+){0,3}\s?:\s)")
_DASHED = re.compile(r"^\s*([^—–:\n]{1,60}?)\s+[—–]\s+(\S.*)$", re.S)
# "Type - micro-course": a spaced hyphen typed for the dash (on a phone, in plain text); a separator only in a
# document that sets HYPHEN_LINES lines or more that way, a capitalised word or three before it
_HYPHENED = re.compile(r"^\s*([A-ZÀ-Þ][^-—–:\n]{0,40}?)\s+-\s+(\S.*)$", re.S)
HYPHEN_LINES = 3
# "Title – …", "Who – …", "Why – …": a list of points each opened by a word or two and a spaced dash. Where this many
# such lines open with a listed wording, the document is written that way, and the other heads are labels too
DASH_FORM_LINES = 5
DASH_FORM_LISTED = 3
DASH_HEAD_WORDS = 3
# "Audience. Charge nurses who ...": a run-in heading, its full stop doing a colon's work (a listed wording only)
_RUN_IN = re.compile(r"^\s*([^\W\d_][^.:;,!?\n]{0,40}?)\.\s+(?=[A-ZÀ-Þ(\d])(\S.*)$", re.S)
RUN_IN_WORDS = 4
# in a document set with run-in heads the answer after one may start in lower case ("Skills. recognising ...")
_RUN_IN_STYLED = re.compile(r"^\s*([^\W\d_][^.:;,!?\n]{0,40}?)\.\s+(?=[^\W\d_(]|\d)(\S.*)$", re.S)
_PARTNER_KEYS = ("partner_name", "partner_contact", "endorsement_status")
# "3a. Kind – a micro-course": a numbered sub-part before the dash is a label, even in words no list holds
_SUBPART = re.compile(r"^\s*\(?\d{1,2}(?:[a-z]|\.\d{1,2})[.)]?\s", re.I)
# a full stop that ends an abbreviation ("Approx. 20 a year", "Dr. Roy") heads no run-in
_ABBREVIATION = re.compile(r"(?i)\b(?:approx|est|no|nos|dept|tel|ext|vs|etc|dr|dre|mr|mrs|ms|mx|st|prof|inc|ltd|co|"
                           r"jr|sr|fig|vol|min|max|avg|ca|cf|ref|p|pp|[a-z])$")
DASHED_WORDS = 6
DASHED_MIN = 0.9  # a dash separates less surely than a colon: only a listed wording before it is a label
_MEMO = re.compile(r"^(?:re\s*:|memo(?:randum)?\s*$)", re.I)
NUMBERED_QUESTION_WORDS = 20  # a numbered question ("6. Is this a new ..., or a micro-course?") may be this long
_TRAILING_NUMBER = re.compile(r"^(.*\D)\s+\d[\d,.]*$")
def _contact_row(text: str) -> bool:
    """Whether a line is a row of contact pieces ("a@b.org · 416-555-0189 · 28 November 2026"): an address or a
    number in it, and its last piece an address, a number or a date -- a row that ends a byline as a full stop
    ends a paragraph."""
    pieces = [p.strip(" ,.;") for p in re.split(r"\s[·•|]\s", text.strip())]
    if len(pieces) < 2 or not (find_emails(text) or phones(text)):
        return False
    last = pieces[-1]
    return bool(find_emails(last) or phones(last) or (_words(last) <= 4 and to_date(last)))


def _option_as_label(key: str, label: str, rest: str) -> bool:
    """Whether a choice field's "label" is nothing but one of its options ("Blended", "Hybride") with a description
    after it, not a yes/no or a box that answers for that option alone."""
    f = FIELDS_BY_KEY.get(key)
    if f is None or f.type != "choice" or not rest.strip() or _YES_NO_AFTER.match(rest.strip()) \
            or checkbox_state(rest)[0] is not None:
        return False
    codes, left = choice_codes(key, strip_marker(clean(label))[0])
    # (or a sentence that names one option before its colon: "We picture a hybrid format: online theory, then two
    # days on site" states the option, and the rest describes it; a question that names one, "Has the partner
    # endorsed it?", asks, and states nothing)
    return len(codes) == 1 and (not re.search(r"[^\W\d_]", left)
                                or _words(label) >= OPTION_SENTENCE_WORDS and "?" not in label)


OPTION_SENTENCE_WORDS = 4


_YES_NO_AFTER = re.compile(r"(?:yes|no|oui|non|on|off|true|false)\b", re.I)  # an option's box printed as its value
_MAIL_HEADER = re.compile(r"^(?:from|sent|date|to|cc|subject)\s*:", re.I)
_SENT_BESIDE = re.compile(r"\S\s+(?:sent|date)\s*:\s*\S", re.I)
# a section's number before its name: "B) ...", "Part 2 - ...", or, without a mark after the number, the name set
# apart by a gap (a tab stop: "PART 1  PROPOSAL") or in capitals ("SECTION 3 PARTNER / FIT")
# (a section's letter in brackets, "[C] LEARNING DESIGN", is how a form typed in a plain-text editor tags its sections)
_STRUCTURAL = re.compile(r"^\s*(?:(?:section|part)?\s*[A-H][.)]\s+|\[[A-H]\]\s+|(?i:section|part)\s+(?:\d{1,2}|[A-H])"
                         r"(?:\s*[.):—–-]\s+|\s{2,}|\s+(?=[A-Z]{2,}\b)))\S")
_TAIL_LABEL = re.compile(r"(?:^|[,;]\s+|\bthe\s+)((?:[\w’'-]+\s+){0,2}[\w’'-]+):\s+(\S.{2,})$")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_UNDERLINE = re.compile(r"([=\-~])\1{2,}")  # a typed rule under a title, as long as the title (give or take)
UNDERLINE_SLACK = 2


def _underlined(text: str, nb: Block) -> bool:
    """Whether the printed line ``nb`` is a typed rule under the short line ``text``, about as long as it."""
    rule = nb.text.strip()
    return nb.line and not nb.is_pair and bool(text) and _words(text) <= 8 and not text.endswith(":") \
        and _UNDERLINE.fullmatch(rule) is not None and abs(len(rule) - len(text)) <= UNDERLINE_SLACK


_RULE_LINE = re.compile(r"(?:([=\-~*#])\1{9,}\s*)+")  # ten or more of one typed rule character, the line alone
_STATEMENT_END = re.compile(r"[.!]\s*$")
_OFFICE = re.compile(r"\b(?:office|staff)\s+use\b", re.I)
# a line that ends in "by" after the date it was signed, the signer's name on the lines below ("Submitted by"
# alone is a form's label for the proposer's name and stays one)
_SIGN_OFF = re.compile(r"^\s*(?:submitted|prepared|proposed|sent|signed|written|drafted|compiled)\s+(?!by\b)[^:]{1,40}?"
                       r"\bby\s*:?\s*$", re.I)
# a line that opens as a byline does ("Submitted by", "Prepared by", "Questions? Contact")
_BYLINE_START = re.compile(r"^\s*(?:(?:submitted|prepared|proposed|pitched|written|compiled|drafted|presented)\s+by\b"
                           r"|questions\s*[?:])", re.I)
BYLINE_LINE_WORDS = 40
_SET_APART = re.compile(r"\s[–—|·]\s|\(")  # a name set apart on a line by a spaced dash, a bar, a dot or brackets
_ENUMERATED = re.compile(r"^\s*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+\S", re.I)  # "(a) ", "(iv) ", "(2) "
_BARE_DATE = re.compile(r"[\d\s,./-]*(?:[^\W\d_]+\.?)?[\d\s,./-]*")  # "1 March 2026": figures and one word
_DATE_LINE = re.compile(r"(?i:le\s+|on\s+)?" + _BARE_DATE.pattern)  # "Le 20 novembre 2026", "3 March 2027"
SIGNATURE_LINES = 6  # name, role, unit, organisation, email, phone
SIGNED_LINE_WORDS = 14  # a name with its role and unit signed on one line ("Ada Roy, Nurse Educator, Wound Care")
BLOCK_ABOVE = 2  # lines above the last ones where a signed block may start (its role wrapped, a date under it)
# a cover page's byline, the name alone after its verb ("Submitted by Ada Roy"), over the author's contact lines
_COVER_BYLINE = re.compile(r"^\s*(?:prepared|submitted|proposed|put\s+forward|written|compiled|drafted|presented)\s+by\b", re.I)
COVER_LINE_WORDS = 12  # the longest line of a cover block (a line of prose ends it)
# what a mail client adds under a message ("Sent from my phone", "Sent with Proton Mail secure email.")
_MAIL_FOOTER = re.compile(r"^\s*(?:sent|envoy[ée]) (?:from|with|via|using|de|avec|depuis)\b", re.I)
_CLOSING = re.compile(r"^\s*(?:thank you|thanks|with thanks|many thanks|sincerely|regards|kind regards|best regards|"
                      r"warm regards|best wishes|respectfully|yours|cheers"
                      r"|warmly|best(?=\s*,?\s*(?:\n|$))|with (?:kind|best|warm) (?:regards|wishes)"
                      r"|merci|cordialement|salutations|bien [àa] vous|veuillez (?:agr[ée]er|recevoir)|recevez"
                      r"|je vous prie d['’]agr[ée]er)\b", re.I)  # (and in French)
_EMBEDDED = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\s[–—-]\s))([^\W\d_](?:[^\W\d_]|[ /'’-]){0,40}?):\s+")
# a requirement's tag of the official form ("[R1]" .. "[R4]"), with the stop or colon a print set after it
_REQUIREMENT_TAG = re.compile(r"\s*(?:\[R\d\]\s*)+[.:]?\s*")
_LOGISTICS = ("delivery_format", "estimated_hours", "proposed_start", "expected_enrolment")
_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:hours|hrs|hr|h|" + french.HOURS + r")\b", re.I)
_PER_YEAR = re.compile(r"(\d+)\s*(?:learners|students|participants|people|" + french.PEOPLE + r")?\s*"
                       r"(?:(?:a|per|/|each)\s*year|" + french.PER_YEAR + ")", re.I)
# a yearly count and nothing else ("16 per year", "about 25 learners a year")
_YEARLY_COUNT = re.compile(r"(?:(?:about|around|approximately|approx\.|roughly|up\s+to|~)\s*)?" + _PER_YEAR.pattern + r"\.?",
                           re.I)
# an enrolment given as a span and nothing more ("15-20", "about 15 to 20 learners a year")
_COUNT_RANGE = re.compile(r"(?:(?:about|around|approximately|approx\.|roughly|between)\s+)?\d+\s*(?:-|–|—|to|and)\s*\d+"
                          r"(?:\s+[a-zà-ÿ]+){0,2}(?:\s*(?:a|per|/|each)\s*year)?\.?", re.I)
_SENTENCE_STOP = re.compile(r"(?:\)|@\S+|\b[^\W\d_]{4,})\.$")
# an answer that opens on a figure, maybe approximate ("about 120 nurses a year", "two cohorts of ten per year")
_OPENS_ON_COUNT = re.compile(r"(?:(?:about|around|approximately|approx\.|roughly|up\s+to|some|~)\s*)?\d", re.I)
COUNT_ANSWER_WORDS = 12  # a count with where or how it is grouped; a longer answer describes the learners too


def _count_first(value: str) -> int | None:
    """The learners a year of a short answer that opens on their count, else None (whom it describes is unsaid)."""
    digits = words_to_digits(value.strip())
    if len(value.split()) > COUNT_ANSWER_WORDS or not _OPENS_ON_COUNT.match(digits):
        return None
    count = logistics(value).get("expected_enrolment")
    return count if isinstance(count, int) else None
TITLE_WORDS = 20  # words of a title wrapped over two lines, at most
_DANGLING = frozenset(_LABEL_STOPWORDS - {"on"}) | {"from", "&", "+"}
# words a sentence never ends on (articles, prepositions, conjunctions): a line of prose stopping on one was wrapped
_OPEN_ENDS = frozenset("a an the of for and or to in with into from by at as per your our their its my & "
                       "le la les un une des du de et ou à au aux pour avec en dans sur par".split())
# (not the full stop of a title before a name: "Contact: Dr. Elena Marchetti")
_FULL_STOP = re.compile(r"(?<=[a-z0-9)à-ÿ])(?<!\bDr)(?<!\bDre)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bMx)(?<!\bProf)(?<!\bSt)"
                        r"\.\s+(?=[A-ZÀ-Þ])")


@dataclass
class Section:
    key: str
    label: str
    method: str
    confidence: float
    lines: list[tuple[str, bool]] = field(default_factory=list)
    wrapped: bool = False  # PDF lines: join wraps before reading values
    rank: float = 0.0  # how prominent the label was (see _rank)
    meaning: bool = False  # the label was read by what it means, not as a wording the contract lists
    inline: bool = False  # opened by a "Label: answer" line
    bulleted: bool = False  # ... set as an item of a list ("• Learners: nurses in urology clinics.")
    loose_at: int = 0  # how many loose paragraphs stood before it: where its own prose goes back among them
    # opened by the words a sentence starts with ("For assessment, each learner ..."): the answer is that sentence
    in_sentence: bool = False


@dataclass
class Extraction:
    """Fields found, where they came from, and how many distinct labels were seen."""

    fields: dict[str, FieldValue] = field(default_factory=dict)
    sources: dict[str, FieldSource] = field(default_factory=dict)
    labels_seen: set[str] = field(default_factory=set)
    loose: list[str] = field(default_factory=list)
    title_candidates: list[str] = field(default_factory=list)
    kind_items: list[str] = field(default_factory=list)  # list items taken out of an answer: they state the kind
    # keys whose label has an answer the parser could not turn into a value: not empty, not read
    unread: set[str] = field(default_factory=set)
    # keys whose answer says in words that there is none yet ("No partner yet", "not decided"): empty by the
    # applicant's own statement, wherever the page sets it
    said_none: set[str] = field(default_factory=set)
    # every value the document gave for a key, kept or not, and the answer text a kept value was read
    # from: calibration doubts a field read twice with different values, or a choice named ambiguously
    offered: dict[str, list[tuple[FieldValue, float]]] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    # every label read, by key: how it was read (method, label text, confidence, read by meaning): the
    # classifier weighs how surely a document asks the contract's questions, not only which it asks
    label_reads: dict[str, list[tuple[str, str, float, bool]]] = field(default_factory=dict)
    # the paragraphs after the first under a label read unsurely: prose whose sentences may state other fields
    guessed_prose: list[str] = field(default_factory=list)
    # the answers (whole) under labels of text fields read by a guess: their opening sentence may say what is asked
    guessed_answers: list[str] = field(default_factory=list)
    guessed_at: list[tuple[int, list[str]]] = field(default_factory=list)  # ... and where in the loose text it stood
    # a printed answer's lines joined into its paragraphs by their width (prose.unwrapped), by key: where a list
    # of short lines under a lead-in stands apart from the sentence before it
    paragraphs: dict[str, str] = field(default_factory=dict)
    # "Label: answer" lines whose label names no field ("Me: Ada Roy, ..."), label and answer as written
    unnamed: list[str] = field(default_factory=list)
    # where in the loose text a caption naming the proposer stood alone ("Lead proposer" under a signature)
    proposer_captions: list[int] = field(default_factory=list)

    def put(self, key: str, value: FieldValue | None, source: FieldSource, override: bool = False) -> bool:
        if value is None or value == "" or value == []:
            return False
        self.offered.setdefault(key, []).append((value, source.confidence))
        if key in self.fields and not override:
            return False
        self.fields[key] = value
        self.sources[key] = source
        return True


CAPITAL_LABELS_MIN = 5  # "LABEL: answer" lines with the label in capitals before capitals mark every label


_LETTERED = re.compile(r"([A-H])\s+([A-Z][\w’'-]*(?:\s+[\w’'&/-]+){0,4})")
LETTERED_MIN = 3  # section names opened by a bare letter, in the alphabet's order from A, before they are a run


def _lettered_sections(blocks: list[Block]) -> frozenset[int]:
    """The lines that name a section after its bare letter ("A Proposer", "B The proposal", "C Learning design"),
    when three or more of them run A, B, C ... in the document's order: a form's lettered section bars. One such
    line alone ("A new micro-credential") is an answer's words, and so is a run out of order."""
    found = [(k, m.group(1)) for k, b in enumerate(blocks) if b.line and not b.is_pair
             and (m := _LETTERED.fullmatch(b.text.strip()))]
    run: list[int] = []
    for k, letter in found:
        if ord(letter) - ord("A") == len(run):
            run.append(k)
    return frozenset(run) if len(run) >= LETTERED_MIN else frozenset()


def _capital_label(text: str) -> bool:
    """Words before a colon written in capitals, as a typed form's labels are ("WHO'S ASKING", "ED PLAN")."""
    t = text.strip()
    return 0 < _words(t) <= 4 and t.isupper() and sum(c.isalpha() for c in t) >= 2


_INLINE_TAG = re.compile(r"^\[([A-Z]{2,3})\]\s+(?=\S)")
INLINE_TAGS_MIN = 3  # answers opened with the same initials before they are an inline reply's


def _inline_tag(blocks: list[Block]) -> str:
    """The initials that open three or more lines of the document ("[DK] Micro-course"), else ""."""
    lines = [a for b in blocks for a in (b.answer if b.is_pair else [b])]
    seen = Counter(m.group(1) for b in lines for m in [_INLINE_TAG.match(b.text.strip())] if m)
    tag, n = seen.most_common(1)[0] if seen else ("", 0)
    return tag if n >= INLINE_TAGS_MIN else ""


def _untagged(b: Block, tag: str) -> Block:
    if b.is_pair:
        return replace(b, answer=[_untagged(a, tag) for a in b.answer])
    m = _INLINE_TAG.match(b.text.strip())
    return replace(b, text=b.text.strip()[m.end():]) if m and m.group(1) == tag else b


def _initials_of(sender: str, tag: str) -> bool:
    """Whether a mail header's sender ("Dagny Kovalenko-Mensah <dk@...>") has these initials (DK, or DKM with
    each part of a double name)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", sender.split("<", 1)[0])
    if len(words) < 2:
        return False
    whole = "".join(w[0] for w in words).upper()
    parts = "".join(p[0] for w in words for p in w.split("-")).upper()
    return tag in (whole, parts, (words[0][0] + words[-1][0]).upper())


def _senders(sections: list[Section]) -> list[Section]:
    """The sections with the sender of each message of a thread settled: the sender of the message that holds the
    answers (the most answers before the next sender's header) proposes, any other sender is noise. A message with
    an older one below it (section "_from") proposes only when it holds more answers than every other; else (a
    forward's envelope, a note on top) the innermost message's sender does, as a forward names its author."""
    heads = [n for n, s in enumerate(sections) if s.key == "_from" or (s.key == "proposer_name" and s.label == "From")]
    if not any(sections[n].key == "_from" for n in heads):
        return sections
    bounds = [*heads[1:], len(sections)]
    answers = [sum(1 for t in sections[n + 1:end] if not t.key.startswith("_")) for n, end in zip(heads, bounds)]
    most = max(answers)
    chosen = next((n for n, a in zip(heads, answers) if a == most), heads[-1]) \
        if answers.count(most) == 1 and sections[heads[answers.index(most)]].key == "_from" else None
    out = []
    for n, s in enumerate(sections):
        if n in heads:
            if chosen is not None:
                s = replace(s, key="proposer_name" if n == chosen else "_noise")
            elif s.key == "_from":
                s = replace(s, key="_noise")
        out.append(s)
    return out


def _proposing_message(sections: list[Section]) -> Section | None:
    """The "Sent:" header of the message of a thread that holds the proposal: the one followed by the most
    answers before the next header. A forward or a reply on top of it ("passing this along", "thanks, here
    is the date") was sent later than the applicant submitted; the first header when none holds answers."""
    best: Section | None = None
    best_n = -1
    for i, s in enumerate(sections):
        if s.key != "_sent":
            continue
        n = 0
        for t in sections[i + 1:]:
            if t.key == "_sent":
                break
            n += not t.key.startswith("_")
        if n > best_n:
            best, best_n = s, n
    return best


def _broken_word(b: Block) -> bool:
    """Whether a printed line ends in the first part of a word broken at its hyphen ("Micro-")."""
    t = b.text.rstrip()
    return b.line and not b.is_pair and len(t) > 1 and t.endswith("-") and t[-2].isalpha()


# "technique. The skills we want to build are:": the end of the line above's sentence, then a lead-in of a line's own
_SENTENCE_TAIL = re.compile(r"^(?P<tail>[a-z][^.!?:;]{0,80}[.!?])\s+(?P<rest>[A-Z][^.!?]{2,120}?)\s*:?$")


def _list_ended(lines: list[tuple[str, bool]], b: Block) -> bool:
    """Whether a printed line ends the bulleted list that is the answer so far: a sentence of its own (a capital,
    several words, no bullet) under items whose last one is complete (no comma, dash or "and" carries it over). A
    wrapped item goes on in lower case; the writer's next paragraph is no part of the list."""
    # (an item is a line flagged as one or a line opened by its bullet or number, "1. Prepare ...")
    if b.list_item or len(lines) < 2 or not all(item or strip_marker(t)[1] for t, item in lines):
        return False
    text, last = b.text.strip(), lines[-1][0].rstrip()
    if strip_marker(text)[1] or not text[:1].isupper():
        return False
    if _lead_in(text):
        return True  # the writer's next lead-in ("Nurses who finish it will:"): it opens a list of its own
    return (_words(text) >= SENTENCE_WORDS
            and not re.search(r"(?:[,;:/&+–—-]|\b(?:and|or|of|to|for|with|the|a|an|in|et|ou|de))$", last, re.I))


LEAD_IN_WORDS = 12  # a sentence that introduces a list is short


def _named_strongly(text: str) -> bool:
    """Whether a line reads as a field's label (the next question under a prompt, not its answer)."""
    m = match_label(text)
    return m is not None and m.score >= PROMPT_NAMES


def _lead_in(text: str) -> bool:
    """A short sentence of several words ending in a colon: it introduces what follows it (a list, an answer)."""
    t = text.strip()
    return t.endswith(":") and 3 <= _words(t) <= LEAD_IN_WORDS and t[:1].isupper()


def _words(text: str) -> int:
    return len(text.split())


def _is_label_shaped(text: str) -> bool:
    t = text.strip()
    if t.endswith((";", ",")):
        return False  # an item of a list, not a label
    # a question is a label ("Who is the audience?"); a sentence that ends in a full stop is not
    return 0 < _words(t) <= 12 and not _ends_statement(t.rstrip(")")) or t.endswith(":") \
        or (t.endswith("?") and _words(t) <= NUMBERED_QUESTION_WORDS and bool(_NUMBERED.match(t)))


def _ends_statement(t: str) -> bool:
    """A full stop ends a sentence, unless it ends an abbreviation ("Tel.", "Phone / ext.")."""
    if not _STATEMENT_END.search(t):
        return False
    if t.endswith("!"):
        return True
    last = re.findall(r"[^\W\d_]+", t)
    return not last or len(last[-1]) > 4 or _words(t) > 8


PROMPT_WORDS = 5  # words of a template's second prompt under its label ("Explain the alignment") at most
PROMPT_NAMES = 0.7  # how surely a line under a label must name another field to be that field's label, no prompt
_PROMPT_TOPIC = frozenset(tokens("course micro credential proposal proposed form"))
OPTIONS_ASKED = 0.8  # how sure a question that lists a choice's options, answered with one of them, asks that choice


def _options_asked(question: str, answer: str) -> LabelMatch | None:
    """The choice a question asks by listing two or more of its options ("Is this a new micro-credential, a
    conversion of an existing program, or a micro-course?"), when the answer names one of those options; else
    None. A questionnaire in the writer's words asks a choice so as often as by its name."""
    if not question.rstrip().endswith(("?", "？")):
        return None
    for key in CHOICE_KEYS:
        listed, _ = choice_codes(key, question)
        if len(listed) >= 2 and choice_code(key, answer) in listed:
            return LabelMatch(key, OPTIONS_ASKED, question)
        named = len(listed) == 1 or key == "request_type" and bool(_KIND_NAMED.search(question))
        if named and _EITHER_OR.search(question) and _words(answer) <= CHOICE_ANSWER_WORDS \
                and choice_code(key, answer) is not None:
            # "Is it a full micro-credential or something smaller?" - "Something smaller – a micro-course.": a
            # question that names one option against another in its own words, answered by an option, asks that choice
            return LabelMatch(key, OPTIONS_ASKED, question)
    return None


_EITHER_OR = re.compile(r"(?i)\s(?:or|ou)\s")
# a kind of offering named in a question ("a full micro-credential", "a short course"): the request type's options
_KIND_NAMED = re.compile(r"(?i)\b(?:micro-?\s?(?:credential|course|certificat)s?|microcertificats?|credentials?|"
                         r"courses?|programs?|programmes?)\b")
CHOICE_ANSWER_WORDS = 12  # an answer that picks an option, in a phrase


_BOX_LABEL = re.compile(r"^\s*([^\W\d][\w'’ /&-]{0,30}?)\s*:\s+\S")
BOX_LINES = 2  # "Label: value" lines under a heading, one after the other, that make it a box of labelled lines


def _labelled_lines_below(blocks: list[Block]) -> bool:
    """Whether the lines under a heading are each a short label and its value ("Kind: New micro-credential" /
    "Delivery: Face-to-face"), each label naming a field: a box of facts under its heading."""
    if len(blocks) < BOX_LINES:
        return False
    for b in blocks[:BOX_LINES]:
        m = _BOX_LABEL.match(b.text) if b.line and not b.is_pair else None
        found = match_label(m.group(1)) if m else None
        if found is None or found.score < MEANING_MIN or found.key.startswith("_"):
            return False
    return True


def _label_match(text: str, context: str | None, minimum: float) -> LabelMatch | None:
    m = match_label(text.strip().rstrip(":").strip(), context)
    if (m is None or m.score < minimum) and JOINED_LABEL >= minimum:
        m = _joined_label(text.strip().rstrip(":").strip(), context) or m
    if m is None or m.score < minimum or _addressee(text, m):
        return None
    return m


JOINED_LABEL = 0.9  # how surely two labels joined by "and" ask their two fields together
_JOIN = re.compile(r"\s+(?:and|&|et|/)\s+|\s*&\s*", re.I)


def _joined_label(text: str, context: str | None) -> LabelMatch | None:
    """Two questions under one label, each half a label of one of the proposer's pieces word for word ("Lead &
    department", "Poste et service"): the label asks both, and is read as the first (its answer gives the pieces in
    that order: see _joined_pieces). None unless both halves are exact labels of two different fields."""
    found = _joined_matches(text, context)
    if found is None or any(m.key not in _PERSON_PIECES for m in found):
        # (only the proposer's pieces: "Assessment and partner", "Skills and outcomes" head answers that treat each
        # topic in sentences of their own, which the meaning and prose readers part better than one label can)
        return None
    return LabelMatch(found[0].key, JOINED_LABEL, found[0].variant)


def _joined_matches(text: str, context: str | None = None) -> tuple[LabelMatch, LabelMatch] | None:
    parts = _JOIN.split(text.strip().rstrip(":").strip())
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    a, b = (match_label(p.strip(), context) for p in parts)
    if a is None or b is None or a.key == b.key:
        return None
    if any(m.score < 1.0 or m.key not in FIELDS_BY_KEY for m in (a, b)):
        return None
    return a, b


_PERSON_PIECES = ("proposer_name", "proposer_title", "proposer_department")


def _joined_pieces(s: Section, lines: list[tuple[str, bool]]) -> dict[str, FieldValue]:
    """The answer to a label that joins two of the proposer's pieces ("Lead & department", "Poste et service"),
    given a paragraph each in the label's order: the first paragraph answers the first (a lead's name may carry the
    role after it: "Ana Roy, Safety Officer"), the second the second. {} for any other answer."""
    found = _joined_matches(s.label) if not s.wrapped and not s.inline else None
    if found is None or any(m.key not in _PERSON_PIECES for m in found):
        return {}  # (see _joined_label)
    paras = [clean(t).strip(" ,;") for t, _ in lines if t.strip()]
    if len(paras) != 2:
        return {}
    first: dict[str, FieldValue] = dict(person_line(paras[0])) if found[0].key == "proposer_name" else {}
    if found[1].key in first or found[0].key not in first:
        first = {found[0].key: paras[0]}
    return {**first, found[1].key: paras[1]}


_TO_WHOM = re.compile(r"(?i)\b(?:for|to|pour|[àa])\s*[:：]?\s*$")
_BY_WHOM = re.compile(r"(?i)\b(?:by|par)\s*$")
# "Q&A with the proposer – <course>", "Interview with the applicant": the person named as whom the document was made
# with titles the document; it does not ask for their name
_WITH_WHOM = re.compile(r"(?i)\b(?:with|avec)\s+(?:the\s+|l[ea']\s*)?[^\W\d_]+[\s:–—-]*$")


PRINTED_HEADING_WORDS = 4  # words of a printed line set as a heading in the applicant's words ("The problem")
MAIL_HEADER_PAIRS = 3  # header rows set as label and answer (From, Sent, To, Subject) that make an email's header


def _header_lines(blocks: list[Block]) -> list[Block]:
    """Blocks with an email header read as label/answer pairs (a printed message's header grid) turned back into its
    "From: ..." lines; the blocks as they are when no such run of pairs stands among them."""
    def row(b: Block) -> tuple[str, str] | None:
        label = clean(b.pair_label or "").rstrip(":") if b.is_pair else ""
        if not label or not _MAIL_HEADER.match(label + ":"):
            return None
        text = ""
        for part in (a.text.strip() for a in b.answer if not a.is_pair and a.text.strip()):
            # (an address wrapped at its hyphen, "<ana-" over "roy@example.org>", joins without a space)
            text = text + part if text.endswith("-") and text[-2:-1].isalpha() else f"{text} {part}".strip()
        return (label, text) if text else None

    return _header_grid(blocks, row)


# a header grid's row printed as a line with no colon ("From Ana Roy <aroy@example.org>", "Date Thu 2026-11-26 10:41")
# (a print may set some rows with their colon, "Date: December 1, 2026 8:03 AM", among those without)
_BARE_HEADER = re.compile(r"^(?P<label>from|sent|date|to|cc|subject)(?:\s*:\s*|\s+)(?=\S)(?P<value>[^:]*\S.*)$", re.I)


def _bare_header_lines(blocks: list[Block]) -> list[Block]:
    """A mail print's header grid whose labels stand with no colon beside their values, read as lines (a label
    column set apart from its values): a run of at least three such lines, the sender's with an address, each label
    once, is the message's header, turned into its "From: ..." lines; the blocks as they are otherwise."""
    def row(b: Block) -> tuple[str, str] | None:
        m = _BARE_HEADER.match(clean(b.text)) if b.line and not b.is_pair and not b.list_item else None
        return (m.group("label"), m.group("value")) if m else None

    return _header_grid(blocks, row, each_once=True)


def _header_grid(blocks: list[Block], row: Callable[[Block], tuple[str, str] | None],
                 each_once: bool = False) -> list[Block]:
    """Each run of at least MAIL_HEADER_PAIRS blocks that ``row`` reads as (header name, value), the sender's value
    with an address (a memo's "From:" names a person or a unit, and its grid stays a table), turned into "Name: value"
    lines; with ``each_once`` a run that names a header twice is no message's header."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        rows: list[tuple[str, str]] = []
        while k + len(rows) < len(blocks) and (found := row(blocks[k + len(rows)])) is not None:
            rows.append(found)
        labels = [label.lower() for label, _ in rows]
        sender = next((value for label, value in rows if label.lower() == "from"), "")
        if len(rows) < MAIL_HEADER_PAIRS or "@" not in sender or (each_once and len(set(labels)) < len(labels)):
            out.append(blocks[k])
            k += 1
            continue
        out.extend(Block(text=f"{label}: {value}", line=True) for label, value in rows)
        k += len(rows)
    return out


# "From: Roy, Ana <aroy@example.org>": a mail program's display name, family name first
_INVERTED_SENDER = re.compile(r"^(?P<head>from\s*:\s*)(?P<family>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?),\s*"
                              r"(?P<given>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+)?)\s*(?P<addr><[^<>\s]+@[^<>\s]+>)\s*$",
                              re.I)


def _sender_in_order(blocks: list[Block]) -> list[Block]:
    """The sender of an email header written "Family, Given <address>" as "Given Family <address>", when the address
    spells one of the names (a person's, not "Lab, Core <core@...>"), and the line stands among other header lines."""
    out = list(blocks)
    for k, b in enumerate(blocks):
        m = _INVERTED_SENDER.match(b.text.strip()) if not b.is_pair else None
        if m is None or not m.group("family")[:1].isupper() or not m.group("given")[:1].isupper():
            continue
        near = blocks[max(0, k - 3):k + 4]
        if sum(1 for n in near if not n.is_pair and _MAIL_HEADER.match(n.text.strip())) < MAIL_HEADER_PAIRS \
                or not _spells_name(m.group("addr").strip("<>"), m.group("family")):
            continue
        out[k] = replace(b, text=f"{m.group('head')}{m.group('given')} {m.group('family')} {m.group('addr')}")
    return out


def _addressee(text: str, m: LabelMatch) -> bool:
    """"Prepared for:" read as "Prepared by": the label names whom the document is for, not who wrote it."""
    return bool(_TO_WHOM.search(text.strip()) and _BY_WHOM.search(m.variant.strip()))


class _Segmenter:
    def __init__(self, blocks: list[Block]) -> None:
        # an email's header printed as a grid ("From:" beside the sender, "Sent:" beside the date, as a mail program's
        # memo-style print sets it) is read as the header lines it stands for
        blocks = self.blocks = _sender_in_order(_bare_header_lines(_header_lines(blocks)))
        self.sections: list[Section] = []
        self.current: Section | None = None
        self.loose: list[str] = []
        self.titles: list[str] = []
        self.title_at = -1  # the block read as the document's title by its place and type alone
        # a form written as "Label: answer" lines: there a "Label:" with nothing after it is an empty field,
        # and the "Label: answer" line below it is the next field rather than its answer
        self.colon_form = sum(1 for b in blocks if _answered_label_line(b)) >= COLON_FORM
        if self.colon_form:
            # a printed form set in two columns, each line read across both: "Phone: 416-555-0193 Resources
            # Required:" holds two "Label: answer" pairs, the second one starting at a label in full
            self.blocks = blocks = [part for b in blocks for part in _beside_labels(b)]
        # a document written as "Question? answer" lines (a reply that answers the office's questions in its own
        # words, one per line): there such a line inside an answer starts the next answer, not more prose
        self.asked_form = sum(1 for b in blocks if _asked_line(b)) >= ASKED_FORM
        # a document whose paragraphs open with run-in heads ("Background. Two incidents ..."): there every such
        # head starts a topic, in words no list holds too (see _run_in_style)
        self.run_in_style = _run_in_style(blocks)
        # a briefing note in the SBAR order (Situation, Background, Assessment, Recommendation): its "Assessment" is
        # the writer's reading of the situation, never how learners are assessed
        self.sbar = len({h for h in map(_sbar_head, blocks) if h}) == len(_SBAR_HEADS)
        self.width: int | None = None  # see _line_width
        # answers typed inline into someone else's message, each opened with the replier's initials ("[DK] ..."):
        # the tag is no part of the answer, and it names who wrote the answers (see _answerer)
        # a form typed as "LABEL: answer" lines with its labels in capitals ("WHY: ...", "FOR: ..."): there a line
        # opened by words in capitals and a colon is the next label, known or not
        # a typed document whose answers wrap with a hanging indent ("Target learners: nurses who" / "    set up ..."):
        # its wraps are indented, so a line back at the margin is none
        self.hanging = sum(1 for a, b in itertools.pairwise(self.blocks) if a.line and b.line and not a.is_pair
                           and not b.is_pair and _answered_label_line(a) and b.text[:1] == " "
                           and b.text[:len(b.text) - len(b.text.lstrip())].count(" ") >= HANGING_INDENT) >= HANGING_MIN
        self.hyphen_dashes = sum(1 for b in self.blocks if not b.is_pair and (h := _HYPHENED.match(b.text.strip()))
                                 and _words(h.group(1)) <= 3) >= HYPHEN_LINES
        self.dash_form = _dash_form(self.blocks)
        self.capital_labels = sum(1 for b in self.blocks if not b.is_pair and (c := _COLON.match(b.text.strip()))
                                  and _capital_label(c.group(1))) >= CAPITAL_LABELS_MIN
        self.inline_tag = _inline_tag(self.blocks)
        self.answerer_sent = False  # the last mail header's sender wrote the inline answers
        if self.inline_tag:
            self.blocks = blocks = [_untagged(b, self.inline_tag) for b in self.blocks]
        # a form service's print marks each required question with a trailing "*": such a line is a question in full,
        # never a label with its answer after it, and the marker and the hint after its question mark are no words
        # of it ("Which skills will it build? (one per line) *")
        marked = [k for k, b in enumerate(self.blocks) if not b.is_pair and "\n" not in b.text.strip()
                  and _REQUIRED_MARK.search(b.text) and _words(b.text) > 1]
        self.marked: frozenset[int] = frozenset(marked if len(marked) >= REQUIRED_MARKS else ())
        if self.marked:
            self.blocks = blocks = [
                replace(b, text=_HINT_AFTER_QUESTION.sub("", _REQUIRED_MARK.sub("", b.text))) if k in self.marked
                else b for k, b in enumerate(self.blocks)]

        self.lettered = _lettered_sections(self.blocks)

    # -- section bookkeeping -------------------------------------------------
    def open(self, key: str, label: str, method: str, conf: float, first: str = "", wrapped: bool = False) -> Section:
        """Start a section and make it the current one; returns it."""
        sec = self.current = Section(key, label, method, conf, wrapped=wrapped, loose_at=len(self.loose))
        self.sections.append(sec)
        # an answer typed on the lines under its label with line breaks ("Learning Outcomes:" then "- item"
        # lines in one pasted paragraph) keeps its lines: each may be a list item
        sec.lines.extend((part, False) for part in first.split("\n") if part.strip())
        return sec

    def close(self) -> None:
        self.current = None

    def add(self, text: str, list_item: bool) -> None:
        if self.current is not None:
            self.current.lines.append((text, list_item))
        elif text.strip():
            self.loose.append(text)

    @property
    def ctx(self) -> str | None:
        return self.current.key if self.current else None

    # -- the walk -------------------------------------------------------------
    def run(self) -> list[Section]:
        i = 0
        blocks = self.blocks
        while i < len(blocks):
            b = blocks[i]
            if b.is_pair:
                self._pair(b)
                i += 1
                continue
            text = b.text.strip()
            if b.line and not b.bold and i + 1 < len(blocks) and _underlined(text, blocks[i + 1]):
                # a plain-text document's section title, underlined with a typed rule ("PROPOSER" / "--------"):
                # set apart as a bold line is (a heading, or a label over its answer; never a wrapped line of the
                # answer above it)
                b = blocks[i] = replace(b, bold=True)
            if self.current is not None and _item_answered(self.current, b, blocks[i - 1] if i else None):
                # a list of "Label: answer" items (minutes' record of a proposal's facts): the last item's answer
                # ends with the list, not in the paragraph after it
                self.close()
            if not text:
                if self.current is not None and self._signature_after(i):
                    # a blank line, then the writer's name, role and contact to the end: a signature block, no
                    # part of the last answer
                    self.close()
                i += 1
                continue
            if (b.heading == 0 or b.heading == 1 and not self.sections and not self.titles) and not b.line:
                # a Title paragraph, or the document's first top-level heading, may name the proposal
                self.titles.append(clean(text))
                self.title_at = i
            elif b.line and b.bold and not self.sections and not self.titles and not self.loose \
                    and (tm := _COLON.match(text)) and _title_case(tm.group(1)) and tm.group(2)[:1].islower() \
                    and "\n" not in text and _words(text) <= TITLE_WORDS and _words(tm.group(1)) >= 2 \
                    and not _generic_title(tm.group(1)):
                # (one word before the colon, "Interview: proposed micro-course on ...", names the kind of document)
                # a typeset title and its subtitle after a colon, in bold on the first line ("In Vivo Dosimetry for
                # Radiation Therapists: converting a workshop into a micro-credential"): the document's title, never
                # a label whose answer would swallow the byline under it
                # (kept out of the loose text: a line as wide as the page would make the column's lines look short)
                self.titles.append(clean(tm.group(1)))
                self.title_at = i
                i += 1
                continue
            elif b.line and b.bold and not self.sections and not self.titles and not self.loose \
                    and _sentence_case_title(text) and _label_match(clean(text), self.ctx, 1.0) is None:
                # a title in sentence case, bold on the first line, as French writes one ("Application du fluorure
                # diamine d'argent en hygiène dentaire communautaire"): the document's title, no label
                self.titles.append(clean(text))
                self.loose.append(clean(text))
                self.title_at = i
                i += 1
                continue
            elif b.line and self.titles and not self.sections and len(self.loose) <= 1 and i <= self.title_at + 2 \
                    and ((tm := _COLON.match(text)) and _generic_title(tm.group(1)) and tm.group(2)[:1].islower()
                         or _generic_title(text)) \
                    and "\n" not in text and _words(text) <= TITLE_WORDS:
                # the line under the title that says what kind of document it is ("Business case: converting an
                # existing offering", "A proposed micro-credential"): a subtitle, no label of the lines under it
                self.loose.append(clean(text))
                i += 1
                continue
            elif b.line and not self.sections and not self.titles and not self.loose and _title_case(text):
                # a PDF has no styles: its first line, when it is a short Title Case phrase, is the title's place
                nb = blocks[i + 1] if i + 1 < len(blocks) else None
                below = blocks[i + 2] if i + 2 < len(blocks) else None
                # (or a title whose last word the line could not hold: one capitalised word alone on the next
                # line, no kind of document, with no Title Case line (nor an address) after it: "... for Registered
                # Practical" / "Nurses" / "Prepared by ...")
                orphan = nb is not None and len(nb.text.split()) == 1 and _words(text) >= ORPHAN_AFTER \
                    and nb.text.strip().lower() not in _DOCUMENT_WORDS \
                    and (below is None or not below.line or not _title_case(below.text) or "@" in below.text)
                if (text.split()[-1].lower() in _DANGLING or b.text != b.text.rstrip() or orphan) and nb is not None \
                        and nb.line and not nb.is_pair and _title_case(nb.text) \
                        and _words(text + " " + nb.text) <= TITLE_WORDS:
                    # a title wrapped after a word that cannot end one ("... for" / "Neurophysiology Technologists"),
                    # or where the producer left the space it broke the line at ("... for Health " / "Professions
                    # Simulation": a line that ends a paragraph ends with no space)
                    self.titles.append(clean(text + " " + nb.text))
                    self.loose.append(self.titles[-1])
                    i += 2
                    continue
                self.titles.append(clean(text))
                if b.bold and _label_match(clean(text), self.ctx, 1.0) is None:
                    # the bold first line in title case names the course ("Urodynamic Testing for Continence
                    # Nurses"): a word of it that names a field makes it no label over the byline below it (a
                    # label in full, "Proposed Title", still is one)
                    self.loose.append(clean(text))
                    self.title_at = i
                    i += 1
                    continue
            elif b.bold and not self.sections and not self.titles and not self.loose and _title_case(text):
                # an export that keeps no heading styles (Google Docs) sets the title as a bold first paragraph
                self.titles.append(clean(text))
                self.title_at = i
            if not b.line and not self.sections and not self.loose and i == self._first_text() and text.isupper() \
                    and _words(text) <= KIND_LINE_WORDS and ":" not in text and _weak_label(text):
                # a document's first paragraph in capitals names its kind ("NOTE DE SERVICE", "MEMORANDUM"): no
                # label, however like one a word of it reads ("service" is no department here)
                self.loose.append(text)
                i += 1
                continue
            if b.line and (_RULE_LINE.fullmatch(text) or i and _underlined(blocks[i - 1].text.strip(), b)):
                # a rule typed across the page ("=====", "-----"): a plain-text form's divider, which ends the
                # answer above it and is no word of any answer
                self.close()
                i += 1
                continue
            if _PAGE_MARK.fullmatch(text):
                i += 1  # "Slide 3", "Page 2 of 4": where a page or slide starts, no part of the answer around it
                continue
            if _OFFICE.search(text) and _words(text) <= 8:
                self.close()
                self.open("_noise", text, "label_line", 1.0)
                i += 1
                continue
            if i in self.lettered:
                # "C Learning design": a section bar of the document's lettered run (A, B, C ...), which ends the
                # answer above it (a bar set in a column's flow lands right under the last answer)
                self.close()
                i += 1
                continue
            after = self._after_section_name(i) if b.line and _STRUCTURAL.match(text) else 0
            if after:
                i += after
                continue
            if b.line and _STRUCTURAL.match(text) and _words(text) <= 8 and not _SENTENCE_END.search(text):
                self.close()
                i += 1
                continue
            if _SIGN_OFF.match(text) and _words(text) <= 8:
                # "Submitted 20 February 2026 by" over a name, a role, a unit and contact lines: the signature
                # ends the answer above it and is read as one byline
                self.close()
                i = self._sign_off(i)
                continue
            if self.current is not None and self.current.lines and _words(text) <= BYLINE_LINE_WORDS \
                    and _BYLINE_START.match(text) and {"proposer_name"} <= byline(text).keys() \
                    and (find_emails(text) or phones(text)):
                # "Submitted by Ada Eze, Role, Unit · ada@x.org · 613-…" after the last answer: the writer's byline
                # ends that answer (read with the loose text, as a byline anywhere is)
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if self.current is not None and self.current.lines and _BARE_DATE.fullmatch(text) and to_date(text) \
                    and FIELDS_BY_KEY.get(self.current.key) is not None \
                    and FIELDS_BY_KEY[self.current.key].type == "text" and self._last(i):
                # a full date alone on the document's last line is the date it was signed, not the end of the
                # last answer
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if self.current is not None and self.current.lines and self.current.key in ("proposer_email", "proposer_phone") \
                    and _DATE_LINE.fullmatch(text) and to_date(text):
                # "Courriel : a@b.org — Tél. : 647-555-0117" over "Le 20 novembre 2026": a cover block's date on the
                # line under the contact line, no part of the address's answer (read with the loose text, as a dateline)
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if text in ("--", "-- ") and self.current is not None and i + 1 < len(self.blocks):
                # an e-mail's signature delimiter ("-- " on a line of its own, as mail clients set it): what follows
                # is the sender's signature, one byline, no part of the last answer
                self.close()
                self.loose.extend(clean(t) for bl in self.blocks[i + 1:] for t in bl.text.split("\n") if t.strip()
                                  and not (_MAIL_FOOTER.match(t.strip()) and _words(t) <= 8))
                i = len(self.blocks)
                continue
            if self.current is not None and self.current.lines and self._courtesy(i):
                # "Happy to meet to discuss." alone right before "Best regards,": the writer's courtesy ahead of the
                # closing, no part of the last answer (read with the loose text)
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if _CLOSING.match(text) and (_words(text) <= 12 or "\n" in text and _closing(text)):
                # (a closing line may have the signature under it in the same paragraph: "Best regards,\nName\n...")
                self.close()
                self.loose.append(text)
                i += 1
                if self._signature_after(i - 1):
                    # the writer's name, role, unit and contact to the end: one byline, whatever a line of it reads
                    # like ("Professional Standards, Tamarack ..." is a unit, no label)
                    self.loose.extend(clean(t) for bl in blocks[i:] for t in bl.text.split("\n") if t.strip()
                                      and not (_MAIL_FOOTER.match(t.strip()) and _words(t) <= 8))
                    i = len(blocks)
                continue
            if _MAIL_FOOTER.match(text) and _words(text) <= 8 and self._last(i):
                i += 1  # "Sent with X Mail": the mail client's own last line, nobody's answer
                continue
            if b.line and text[:1].islower() and i and _broken_word(self.blocks[i - 1]):
                # the rest of a word that the line above broke at a hyphen ("[X] Micro-" over "course"): it goes
                # on with that line and starts no label, however like a label's first word it reads
                self.add(text, b.list_item)
                i += 1
                continue
            if self.sbar and _sbar_head(b) == "assessment":
                # (what it says goes to the document's sentences, as under any heading that names no field)
                self.close()
                self.open("_noise", "Assessment", "heading", 0.0, _COLON.sub(r"\2", text, 1) if ":" in text else "")
                i += 1
                continue
            opened = len(self.sections)
            open_line = b.line and self.current is None and bool(self.loose) and i > 0 and blocks[i - 1].line \
                and not blocks[i - 1].is_pair and clean(blocks[i - 1].text) == clean(self.loose[-1]) \
                and not re.search(r"[.!?:;]\s*$", self.loose[-1])
            consumed = self._label(i) if b.heading != 0 or b.line else 0
            tail = _SENTENCE_TAIL.match(self.sections[opened].label.strip()) \
                if consumed and open_line and len(self.sections) > opened else None
            if tail:
                # a printed line that ends the sentence the line above left open, then opens a label of its own
                # ("... with inconsistent" / "technique. The skills we want to build are:"): the sentence's end
                # goes back to the line above, and the label is the rest
                self.loose[-1] = self.loose[-1].rstrip() + " " + tail.group("tail")
                self.sections[opened].label = tail.group("rest")
            if consumed:
                i += consumed
                if self.current is None or not self.current.lines:
                    # (a hint stands between a label and its answer; after "Why: ... 2 events in 2026", a line
                    # "(no harm)" goes on with the answer)
                    i = self._skip_prompt(self._skip_hints(i))
                continue
            head = _run_in_head(b) if self.run_in_style else None
            if head is not None:
                # a run-in head of the document's own style that names no field: a topic of its own, whose
                # sentences are read for what they state, and no part of the answer above it
                self.close()
                self.open("_noise", head.group(1), "heading", 0.0, head.group(2))
                i += 1
                continue
            if (b.heading is not None and not b.line) or (b.line and b.bold and _words(text) <= 8):
                # a heading that names no field ends the section (a structural heading; a PDF line set in
                # bold or large type)
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if self.current is not None and self.current.lines and (self.current.rank > 0 or self.current.inline) \
                    and not b.line and b.bold \
                    and not b.list_item and _rank(b) >= self.current.rank and _words(text) <= 8 \
                    and not _SENTENCE_END.search(text) and "\n" not in text:
                # set apart as prominently as the label that opened this answer: the next heading (one that
                # names no field, "Practicalities"), not a line of the answer
                self.close()
                self.loose.append(text)
                i += 1
                continue
            if b.line and _STRUCTURAL.match(text) and _words(text) <= 8 and not _SENTENCE_END.search(text):
                self.close()
                i += 1
                continue
            if self.current is not None and not self.current.key.startswith(("proposer_", "partner_", "_contact")) \
                    and ("|" in text or "@" in text) and signature([text]):
                self.close()  # a contact block ("Name | Role | Unit | address") under a title is no part of it
            if self.current is not None and self.current.lines and self.current.key in FIELDS_BY_KEY \
                    and self.current.key not in _LOGISTICS and len(logistics(text)) >= 3:
                # "I picture it as a hybrid course of 14 hours, for 30 learners a year" after another answer
                # starts a new topic: it is no part of that answer
                self.close()
            if self.current is not None and self.current.lines and (_sibling_item(self.current.label, text)
                                                                    or _next_number(self.current.label, text)):
                # "• Title – X" over "• Type – micro-course": the next item of a list of labelled answers, in
                # words no list of ours holds; it is no part of the answer above
                self.close()
            if self.current is not None and (not b.line and self._complete(i)
                                             or b.line and _list_ended(self.current.lines, b)):
                self.close()
                lead = match_label(text.rstrip(": ")) if _lead_in(text) else None
                if _lead_in(text) and outcomes_lead_in(text):
                    # (the learners the subject of "will:", what they will do the list under it)
                    lead = LabelMatch("learning_outcomes", lead.score if lead is not None else MEANING_MIN, text)
                if lead is not None and not lead.key.startswith("_") and (
                        lead.score >= MEANING_MIN or lead.key == "learning_outcomes" and outcomes_lead_in(text)):
                    # the lead-in that ended the list above opens the next answer ("Nurses who finish it will:")
                    self.open(lead.key, text.rstrip(": "), "label_line", lead.score)
                    i += 1
                    continue
            if self.current is not None and self.current.inline and self.current.lines and self.hanging and b.line \
                    and not b.is_pair and not b.list_item and b.text[:1] not in (" ", "\t"):
                # (see hanging above: "Proposed start: TBD" / "-- sent from the office --" is a remark of its own)
                self.close()
            if self.current is None:
                self.loose.append(text)
            else:
                for part in text.split("\n"):
                    self.add(part, b.list_item)
            i += 1
        return self.sections

    def _first_text(self) -> int:
        """The index of the document's first block with text."""
        return next((n for n, b in enumerate(self.blocks) if b.is_pair or b.text.strip()), -1)

    def _complete(self, i: int) -> bool:
        """Whether the current answer is complete before the paragraph at ``i`` (a DOCX paragraph, not a PDF line):
        a typed value given on its label's line ("Date: 25 November 2026") is one value, and the paragraphs under
        it are the document's sentences; a bulleted list of answers ends at the first plain sentence after it, and
        a list at a word or two over the next "Label: answer" line ("Summary" over "Working title: ...")."""
        cur, b = self.current, self.blocks[i]
        f = FIELDS_BY_KEY.get(cur.key) if cur is not None else None
        if cur is None or f is None or not cur.lines or b.list_item or strip_marker(b.text)[1]:
            return False
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        labelled = _COLON.match(nxt.text.strip()) if nxt is not None and not nxt.is_pair else None
        if f.type == "list" and len(cur.lines) >= 2 and _words(b.text) <= 2 and not re.search(r"[.;:,!?]\s*$", b.text) \
                and labelled is not None and match_label(labelled.group(1)) is not None:
            return True
        if f.type in _ONE_VALUE and cur.inline and len(cur.lines) == 1 and _words(b.text) >= SENTENCE_WORDS \
                and to_value(cur.key, cur.lines) is not None:
            return True
        if cur.key.startswith("proposer_") and cur.inline and len(cur.lines) == 1 and "," in cur.lines[0][0] \
                and _SENTENCE_END.search(b.text.strip()) and _words(b.text) >= 4 and b.text.strip()[:1].isupper():
            # "Who we are. Name, Role, Unit" is one line of who; the sentence under it says something else
            return True
        if len(cur.lines) >= 2 and all(li or strip_marker(t)[1] for t, li in cur.lines) and _lead_in(b.text):
            return True  # a list of items, then the writer's next lead-in ("À la fin, la personne pourra :")
        return f.type == "list" and len(cur.lines) >= 2 and all(li or strip_marker(t)[1] for t, li in cur.lines) \
            and _words(b.text) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(b.text.strip()))

    def _after_section_name(self, i: int) -> int:
        """Read the field a section heading's line goes on with ("A. Proposer Proposed Title Falls Prevention
        ..." where a landscape print set the section's name in the cell left of the first row); 0 when the
        line is the heading alone. The section's name is one to three words; what follows must read as a
        label line on its own."""
        b = self.blocks[i]
        m = _STRUCTURAL.match(b.text.strip())
        assert m is not None
        words = b.text.strip()[m.end() - 1:].split()
        for k in range(1, min(4, len(words))):
            self.blocks[i] = Block(text=" ".join(words[k:]), line=True)
            try:
                consumed = self._label(i)
            finally:
                self.blocks[i] = b
            if consumed:
                return consumed
        return 0

    def _courtesy(self, i: int) -> bool:
        """Block ``i`` is a short sentence of its own (the block before it ends a sentence) with a letter's closing
        right after it: a courtesy ahead of the closing ("Happy to meet to discuss." / "Best regards,")."""
        text = self.blocks[i].text.strip()
        if not (text[:1].isupper() and _words(text) <= COURTESY_WORDS and re.search(r"[.!]$", text)) \
                or re.search(r"[\d@]|[.!?]\s", text) or i == 0 \
                or not re.search(r"[.!?]$", self.blocks[i - 1].text.strip()):
            return False
        before = self.blocks[i - 1].text.strip()
        if before[:1].isupper() and _words(before) <= COURTESY_WORDS:
            return False  # (the last of a run of short sentences a line each: a list's items, "Re-pad a splint.")
        after = next((b.text.strip() for b in self.blocks[i + 1:] if b.text.strip()), "")
        return bool(_CLOSING.match(after)) and _words(after) <= 12

    def _signature_after(self, i: int) -> bool:
        """Whether the blocks after block i, to the end of the document, are only a signature block: a few short
        plain lines, a person's name first, and an address or a number among them."""
        rest = [b for b in self.blocks[i + 1:] if b.is_pair or b.text.strip()]
        if rest and not rest[-1].is_pair and _MAIL_FOOTER.match(rest[-1].text.strip()) and _words(rest[-1].text) <= 8:
            rest = rest[:-1]  # (the mail client's footer under it is no line of it)
        if not rest or len(rest) > SIGNATURE_LINES or any(b.is_pair or b.heading is not None for b in rest):
            return False
        texts = [b.text.strip() for b in rest]
        if any(_words(t) > 10 or _SENTENCE_END.search(t) for t in texts):
            return False
        found = signed_block(texts)
        return bool(found) and bool({"proposer_email", "proposer_phone"} & set(found))

    def _last(self, i: int) -> bool:
        """Whether block i is the last block with text."""
        return not any(b.is_pair or b.text.strip() for b in self.blocks[i + 1:])

    def _sign_off(self, i: int) -> int:
        """Keep a sign-off line and the short lines under it together as one loose paragraph; returns
        the index after them."""
        lines = [self.blocks[i].text.strip()]
        verb, _, when = lines[0].partition(" ")
        when = re.sub(r"(?i)^on\s+|\s*\bby\s*:?\s*$", "", when)
        if when and to_date(when):
            # the date it was signed is the submission date, as surely as a "Submitted:" label says
            self.open("submission_date", verb, "label_line", 0.9, when)
            self.close()
        j = i + 1
        while j < len(self.blocks) and len(lines) <= SIGNATURE_LINES:
            b = self.blocks[j]
            t = b.text.strip()
            if b.is_pair or not t or b.heading is not None or b.bold or _words(t) > 8 or _COLON.match(t) \
                    and not find_email(t):
                break
            lines.append(t)
            j += 1
        self.loose.append("\n".join(lines))
        return j

    def _pair(self, b: Block) -> None:
        self.close()
        label = clean(b.pair_label or "")
        answer = clean(" ".join(a.text for a in b.answer if not a.is_pair))
        if _REQUIREMENT_TAG.fullmatch(label) and self.sections and self.sections[-1].method == "table":
            # "Competencies / Skills Targeted" over "[R1]" in the label column: the label's tag wrapped onto the
            # next row, and the answer beside it goes on with the answer above
            self.sections[-1].lines.extend((part, a.list_item) for a in b.answer if not a.is_pair
                                           for part in a.text.split("\n") if part.strip())
            return
        # the row above is the context of a question that refers to it ("Who is your contact there?" under the partner)
        # (and a row under the proposer's is one of their contact rows: "Title" there is theirs)
        ctx = self.sections[-1].key if self.sections and (self.sections[-1].key in _PARTNER_KEYS
                                                          or self.sections[-1].key.startswith("proposer_")) else None
        m = _label_match(label, ctx, PAIR_MIN)
        if m is None or m.score < 0.9:
            # not a listed wording: what the label asks and what the answer is decide together
            r = resolve(label.rstrip(":").strip(), answer[:300], ctx)
            if r is not None and r.score >= MEANING_MIN and (m is None or r.score > m.score):
                m = r
        if m is None:
            m = _options_asked(label, answer)
        if m is None:
            if _words(label) > 8:
                self.loose.append(label)
            # the answer to a question the parser cannot place is still the applicant's text
            self.loose.extend(a.text for a in b.answer if not a.is_pair and a.text.strip())
            return
        # PDF lines of a printed form's answer column wrap like any PDF line
        # (a record's column name with nothing under it proves no field of the form empty either)
        sec = self.open(m.key, label, "question" if b.question else "table",
                        min(m.score, RECORD_LABEL) if b.record else m.score, wrapped=any(a.line for a in b.answer))
        sec.meaning = _by_meaning(m)
        for a in b.answer:
            if a.is_pair:
                continue
            for part in a.text.split("\n"):
                sec.lines.append((part, a.list_item))
        self.close()

    def _option_under_its_label(self, line: str) -> bool:
        """Whether ``line``, right under a choice's label with nothing read yet, is one of that choice's options
        ("Endorsement Status" / "Letter attached", a form service printing the chosen option as text): it answers
        that label, and starts no label wrapped over the next line ("Letter attached" / "Alignment with ...");
        an option may share its words with a wording of the label ("Letter of Support Attached?"), which asks
        nothing new right under its own label. A line that is the label of another field is that label."""
        cur = self.current
        if cur is None or cur.lines or FIELDS_BY_KEY.get(cur.key) is None or FIELDS_BY_KEY[cur.key].type != "choice":
            return False
        if _words(line) > OPTION_WORDS or line.rstrip().endswith(("?", ":")) or choice_code(cur.key, line) is None:
            return False
        m = _label_match(line, self.ctx, PLAIN_MIN)
        return m is None or m.key == cur.key

    def _skip_prompt(self, i: int) -> int:
        """Skip a template's second prompt under a label it restates ("Alignment with the plan" / "Explain the
        alignment" / the answer): a short line without a full stop, right after the label, that repeats one of
        the label's own words (the course's topic words aside) and has a sentence under it, which is the answer."""
        blocks, current = self.blocks, self.current
        if current is None or current.lines or i + 1 >= len(blocks):
            return i
        prompt, after = blocks[i], blocks[i + 1]
        if prompt.is_pair or after.is_pair or not prompt.line or not after.line:
            return i
        text = prompt.text.strip()
        if not 2 <= _words(text) <= PROMPT_WORDS or re.search(r"[.;,:!]$", text) or _ends_statement(text) \
                or not (_ends_statement(after.text.strip()) or _words(after.text) > PROMPT_WORDS):
            return i
        # (the answer a sentence of its own under it, not the rest of a sentence the line began nor the next
        # question; a "Label: answer" line is no prompt; nor another field's label: "Contact at partner" left
        # empty over "Status of partner endorsement")
        rest = after.text.strip()
        if not rest[:1].isupper() or rest.endswith(("?", ":")) or ":" in text or _named_strongly(rest):
            return i
        named = match_label(text)
        if named is not None and named.key != current.key and named.score >= PROMPT_NAMES:
            return i
        shared = (set(tokens(text)) & set(tokens(current.label))) - _PROMPT_TOPIC
        return i + 1 if shared else i

    def _skip_hints(self, i: int) -> int:
        """Skip a parenthesised hint such as '(tick one)' right after a label."""
        blocks = self.blocks
        if i < len(blocks) and not blocks[i].is_pair and blocks[i].text.strip().startswith("(") \
                and not _ENUMERATED.match(blocks[i].text):  # "(a) Delivery format: ..." is the next item
            for j in range(i, min(i + 4, len(blocks))):
                if blocks[j].is_pair:
                    return i
                if ")" in blocks[j].text:
                    if blocks[j].text.strip().endswith(")"):
                        return j + 1
                    return i
        return i

    def _printed_heading(self, i: int) -> bool:
        """Whether PDF line i is set as a heading though the text layer keeps no bold: a few capitalised words closing
        no sentence, alone between the end of a paragraph (or of a list item, or a label's answer) and a line that
        opens one."""
        b = self.blocks[i]
        t = b.text.strip()
        if not b.line or b.is_pair or not 1 <= _words(t) <= PRINTED_HEADING_WORDS or not t[:1].isupper() \
                or re.search(r"[.,;:!?)\]–—-]$", t) or re.search(r"\d", t) or i == 0 or i + 1 >= len(self.blocks):
            return False
        before, after = self.blocks[i - 1], self.blocks[i + 1]
        if before.is_pair or after.is_pair or not before.line or not after.line:
            return False
        return bool(re.search(r"[.!?:]$", before.text.strip()) or _contact_row(before.text)) \
            and after.text.strip()[:1].isupper()

    def _in_mail_header(self, i: int) -> bool:
        """Whether block i sits in an email header block (From/Sent/To/Subject lines together)."""
        near = self.blocks[max(0, i - 3):i + 4]
        if any(_MEMO.match(b.text.strip()) for b in near if not b.is_pair):
            return False  # a memo's own header ("MEMORANDUM", "Re:"): its From is the proposer
        return sum(1 for b in near if not b.is_pair and _MAIL_HEADER.match(b.text.strip())) >= 3

    def _forwarded_below(self, i: int) -> bool:
        """Whether another email header block (a forwarded message's) follows the one at block i."""
        return any(not b.is_pair and b.text.strip().lower().startswith("from") and _MAIL_HEADER.match(b.text.strip())
                   and self._in_mail_header(j) for j, b in enumerate(self.blocks[i + 4:], i + 4))

    def _bracket_wrapped(self, i: int) -> int:
        """A printed label wrapped inside its bracket, the answer after the bracket's end on the next line
        ("Partenaire (industrie /" over "employeur) [R3] Réseau de soins ..."): 2 when read so, else 0."""
        b = self.blocks[i]
        text = b.text.strip()
        if not b.line or text.count("(") <= text.count(")") or i + 1 >= len(self.blocks) or _words(text) > 8:
            return 0
        nb = self.blocks[i + 1]
        m = re.match(r"^([^()]{0,40}\))((?:\s*\[R\d\])*)\s*[:.]?\s+(\S.*)$", nb.text.strip())
        if nb.is_pair or not nb.line or m is None:
            return 0
        label = f"{text} {m.group(1)}{m.group(2)}"
        lm = _label_match(label, self.ctx, PLAIN_MIN)
        if lm is None or lm.key.startswith("_"):
            return 0
        self.close()
        self.open(lm.key, label, "label_line", lm.score, m.group(3), wrapped=True)
        return 2

    def _wrapped_word(self, i: int, key: str) -> bool:
        """Whether printed line i, a word or two that name a field ("Department", "Unit", "Program"), is the rest
        of the answer line above it that wrapped: that line stops mid-phrase (no closing punctuation) and either
        the document writes its labels with a colon and this one has none, or the field it names was answered
        already (a form asks each question once)."""
        b = self.blocks[i]
        text = b.text.strip()
        if not b.line or b.bold or b.heading is not None or b.list_item or _words(text) > 2 or ":" in text \
                or self.current is None or not self.current.lines or not self.current.wrapped or i == 0:
            return False
        above = self.blocks[i - 1]
        if above.is_pair or not above.line or re.search(r"[.:;!?)\]]\s*$", above.text) \
                or not above.text.strip().endswith(self.current.lines[-1][0].strip()):
            return False
        if any(sec.key == key and sec.lines for sec in self.sections):
            return True
        if text[:1].islower() and not text.endswith("?"):
            # "... to lab" / "standard": a label set on a line of its own opens with a capital (a question's wrapped
            # end, "Whose idea is it and how do we" / "reach them?", is still the question)
            return True
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        labelled = _COLON.match(nxt.text.strip()) if nxt is not None and nxt.line and not nxt.is_pair else None
        if labelled is not None and match_label(labelled.group(1)) is not None and self.current.inline \
                and _COLON.match(above.text.strip()):
            # "From: Ana Roy, Manager, Screening – Regional Cancer" / "Program" / "Date: ...": between two labels
            # written with their colon, a label without one and with no answer before the next is the line above,
            # wrapped
            return True
        # (a short line above ended where its writer ended it: "Name: Ada Roy" over "Department")
        return self.colon_form and len(above.text.strip()) >= WRAPPED_SHARE * self._line_width()

    def _line_width(self) -> int:
        """The length of the page's full lines (the 90th percentile of its printed lines' lengths)."""
        if self.width is None:
            lengths = sorted(len(b.text.strip()) for b in self.blocks if b.line and not b.is_pair)
            self.width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
        return self.width

    def _answer_below(self, i: int) -> str:
        """The plain paragraphs after a label, up to the next pair or label set apart (bold, heading)."""
        out: list[str] = []
        for b in self.blocks[i:i + 6]:
            head = _COLON.match(b.text.strip()) if not b.is_pair and _answered_label_line(b) else None
            if head is not None and _label_match(head.group(1), None, INLINE_MIN) \
                    and (out or not any(choice_code(k, head.group(1)) for k in CHOICE_KEYS)):
                # another field's "Label: answer" line is no answer to the label above it; but an answer that opens
                # on one of a choice's options ("Conversion of an existing program: <its name>") states that
                # option, with its detail after the colon, whatever field the option's words also name
                break
            if b.is_pair or b.heading is not None or (b.bold and not b.list_item) or not b.text.strip():
                if out or b.is_pair or b.heading is not None or b.bold:
                    break
                continue
            out.append(clean(b.text))
            if sum(len(t) for t in out) > 300:
                break
        return " ".join(out)

    def _named(self, text: str) -> bool:
        """Whether the field ``text`` is a label of has had a label already (or it names none)."""
        m = match_label(text.strip().rstrip(":").strip())
        return m is None or any(s.key == m.key for s in self.sections)

    def _choice_asked_after(self, key: str, question: str, below: int) -> str | None:
        """The choice field that goes with ``key`` (one requirement's fields) and that no label has named, when
        ``question`` asks something ("?") and the short answer below it picks one of that choice's options."""
        if not question.rstrip().endswith("?"):
            return None
        answer = self._answer_below(below)
        if not answer or _words(answer) > CHOICE_ANSWER_WORDS:
            return None
        taken = {s.key for s in self.sections} | ({self.current.key} if self.current is not None else set())
        group = next((keys for keys in REQUIREMENTS.values() if key in keys), ())
        return next((k for k in group if k in CHOICE_KEYS and k not in taken and choice_code(k, answer)), None)

    def _same_section(self, m: LabelMatch) -> bool:
        # a sub-heading inside a long answer that names the same field is part of the answer
        return self.current is not None and self.current.key == m.key and bool(self.current.lines)

    def _inline_label(self, i: int, cm: re.Match[str] | None) -> int:
        """Open a section for a "Label: answer" line split at ``cm``: 1 if it did, -1 if the line is an answer."""
        text = self.blocks[i].text.strip()
        b = self.blocks[i]
        if cm and _words(cm.group(1)) <= 9 and not re.search(r"https?$|\d$", cm.group(1)) \
                and cm.group(1).count("(") <= cm.group(1).count(")") \
                and not any(t.isdigit() for t in tokens(cm.group(1))):
            # (a figure inside the words before a colon makes them a sentence: "About 25 hours in total: ...";
            # a colon inside brackets the words opened, "... suivra (personne-ressource : X)", ends no label)
            dash = cm.re is _DASHED or cm.re is _HYPHENED or cm.re is _RUN_IN or cm.re is _RUN_IN_STYLED
            m = _label_match(cm.group(1) if b.line else one_language(cm.group(1)), self.ctx,
                             DASHED_MIN if dash else INLINE_MIN)
            fresh = self.current is not None and not self.current.lines
            empty_before = fresh and self.colon_form and self.current is not None and self.current.inline
            # a heading titles a part of the document, and its part may open with a "Label: answer" line of a field
            # of its own ("Goals and Objectives" / "Type of initiative: a new micro-credential."): a choice whose
            # answer names one of the field's options is that field's, not the heading's first line
            # (words before the colon that end a sentence hold the heading's answer first: "Greater Toronto Preceptor
            # Network. Endorsement status: Confirmed" under "Endorsing partner")
            under_heading = fresh and self.current is not None and self.current.method == "heading" \
                and not self.current.inline and not re.search(r"[.!?;]\s", cm.group(1))
            # right after a label, a line is its answer unless it starts with a listed wording
            # (the words before a dash must be a listed wording: "Continuing Education – The Institute" is a header)
            dash_head = i in self.dash_form and cm.re is _DASHED and _dash_head(cm.group(1))
            if m is None and (not dash or cm.re in (_RUN_IN, _RUN_IN_STYLED, _HYPHENED) or _SUBPART.match(cm.group(1))
                              or dash_head) \
                    and _words(cm.group(1)) <= 6 and cm.group(2).strip() \
                    and (not fresh or empty_before or dash_head or under_heading):
                # (in a list of dashed points a document asks each question once: a head read by meaning goes to a
                # field no point above has answered, "Numbers – 2 cohorts x 12" after "Hours – 30")
                taken = frozenset(s.key for s in self.sections) if dash_head else frozenset()
                r = resolve(cm.group(1).strip(), clean(cm.group(2))[:300], self.ctx, taken)
                m = r if r is not None and r.score >= MEANING_MIN + 0.1 else None
                if m is not None and under_heading and fresh and not (empty_before or dash_head) and not (
                        m.key in CHOICE_KEYS and m.key != self.current.key  # type: ignore[union-attr]
                        and _words(cm.group(2)) <= CHOICE_ANSWER_WORDS and choice_code(m.key, cm.group(2))):
                    m = None
            elif m is None and not dash and b.line and _words(cm.group(1)) <= 8 and not cm.group(2).strip():
                # a printed form's "Question in own words:" line with its answer on the lines below (a line
                # that ends in a colon is no answer, even right after a label left blank)
                answer = self._answer_below(i + 1)
                r = resolve(cm.group(1).strip(), answer[:300], self.ctx) if answer else None
                m = r if r is not None and r.score >= MEANING_MIN + 0.1 else None
            if m is not None and (_addressee(cm.group(1), m) or m.key == "proposer_name" and (
                    _TO_WHOM.search(cm.group(1)) or _WITH_WHOM.search(cm.group(1)))):
                m = None  # "Prepared for: the intake review": whom it is for, never who proposes it
            rest = cm.group(2).strip()
            capital = self.capital_labels and _capital_label(cm.group(1))
            # in a form written as "Label: answer" paragraphs, a field answered on its label's line ends there: the
            # next paragraph "Type: Micro-course", in words no list holds, is another field, not more of that answer
            # (though the answer above makes its words read as a sub-heading of the same field)
            answered_before = self.colon_form and not b.line and cm.re is _COLON and self.current is not None \
                and self.current.inline and len(self.current.lines) == 1 and _words(cm.group(1)) <= 3 \
                and cm.group(1)[:1].isupper() and (m is None or self._same_section(m) and FIELDS_BY_KEY.get(
                    m.key) is not None and FIELDS_BY_KEY[m.key].type != "list"
                    and _label_match(cm.group(1), None, INLINE_MIN) is None)
            if answered_before and self.current is not None:
                r = resolve(cm.group(1).strip(), clean(rest)[:300], self.ctx)
                m = r if r is not None and r.score >= MEANING_MIN + 0.1 and r.key != self.current.key else None
                answered_before = m is None
            if m is None and rest and answered_before:
                # (what it says is read as the document's other sentences are: "Aim: We propose a new micro-credential")
                self.close()
                self.loose.append(text)
                return 1
            # (in a header of "Key: value" lines, a ticket's or a record's, a person's or a number's answer is a line
            # or two: the next "Key: value" line, in words that name no field, is the next key, "Assignee: ...")
            header_key = self.colon_form and b.line and cm.re is _COLON and self.current is not None \
                and self.current.inline and (self.current.key.startswith("proposer_") or _typed_key(self.current.key)) \
                and _unknown_label_line(text)
            # (in a document typed as "Label - answer" lines, each such line is the next label, known or not)
            if m is None and rest and (empty_before or cm.re is _ASKED and self.asked_form or capital or header_key
                                       or cm.re is _HYPHENED or dash_head or self.hyphen_dashes and b.line and cm.re is _COLON
                                       and _words(cm.group(1)) <= 3 and cm.group(1)[:1].isupper()):
                # a label in words the parser does not know: it still ends the empty field above it (and a question
                # of a questionnaire answered line by line ends the answer above it)
                self.close()
                # (a label in capitals that names no field is a topic, whose line may still state the logistics)
                self.open("_noise" if capital and not empty_before else "_unknown", cm.group(1), "label_line", 0.0, rest)
                return 1
            if m is None and cm.re is _COLON and _words(cm.group(1)) <= 2 and only_contact(rest):
                # "Correspondence: a.roy@example.org | 416-555-0132": a line that gives only an address and a number
                # after a word no list holds gives the writer's contact, whatever the word (and ends the answer above)
                m = LabelMatch("_contact", INLINE_MIN, "")
            if m is None and rest and not self.run_in_style and cm.re is _RUN_IN and _bold_head(b, cm.group(1)) \
                    and self.current is not None and self.current.lines:
                # "Programme evaluation. Participants will ..." after "Summative assessment. An observed ...": a head
                # the writer set in bold before plain text starts a paragraph of its own, even in words that name no
                # field; it ends the answer above as a listed head would (a document of such heads reads them so as its
                # style: see _run_in_style), and says what it says
                m = LabelMatch("_noise", 0.0, "")
            if m and cm.re in (_RUN_IN, _RUN_IN_STYLED) and m.key.startswith("_"):
                if m.key != "_noise":
                    return 0
                # "Logistics. We see it as ...": a topic that names no field, over what it states
                self.close()
                sec = self.open("_noise", cm.group(1), "label_line", m.score, rest, wrapped=b.line)
                j = i + 1
                while j < len(self.blocks) and self.blocks[j].line and self.blocks[j].text.strip()[:1].islower():
                    sec.lines.append((self.blocks[j].text, False))  # the sentence wraps on; the next one is prose
                    j += 1
                self.close()
                return j - i
            if m and FIELDS_BY_KEY.get(m.key) is not None and FIELDS_BY_KEY[m.key].type == "choice" and rest \
                    and not choice_code(m.key, rest) and checkbox_state(rest)[0] is None:
                # "Proposal: Inclusive Clinical Teaching": a choice label whose answer names no choice is not one
                return 0
            cur = self.current
            if m and fresh and cur is not None and FIELDS_BY_KEY.get(cur.key) is not None \
                    and FIELDS_BY_KEY[cur.key].type == "choice" and choice_code(cur.key, cm.group(1)):
                return -1  # "Convert an existing program: ..." under "Type of request" is its answer
            if m and cur is not None and cur.lines and FIELDS_BY_KEY.get(cur.key) is not None \
                    and FIELDS_BY_KEY[cur.key].type == "choice" and _YES_NO_AFTER.match(rest) \
                    and answered_options(cur.key, " ".join(t for t, _ in cur.lines[-1:]) + " " + text) is not None:
                return -1  # "... Convert an existing" over "program: No  Micro-course: Yes": the options wrap on
            if m and not (self._same_section(m) and cm.group(2).strip()):
                self.close()
                score = m.score
                if _MAIL_HEADER.match(text) and (self._in_mail_header(i) or _SENT_BESIDE.search(text)):
                    # a forwarded message's sender is whoever forwarded it: the form's own label is surer (so is a
                    # quoted message's header run onto one line, "From: Ana Roy <ana@x.org>  Sent: 13 Nov")
                    score = min(score, 0.6)
                first = cm.group(2)
                # (only after a label in the writer's words, and not as a lead-in of the answer's own: "Alignment with
                # the Education Plan: Education Plan:" / "competency-based credentials ...")
                gloss = match_label(rest.rstrip(".").strip()) if rest and _words(rest) <= GLOSS_WORDS \
                    and m.score < 1.0 and not rest.rstrip().endswith(":") else None
                if gloss is not None and gloss.key == m.key and gloss.score >= 1.0 and FIELDS_BY_KEY.get(m.key) is not None \
                        and FIELDS_BY_KEY[m.key].type in ("text", "list"):
                    # "Proving it: summative assessment": the words after the colon name the question again (a
                    # choice's label after the colon, "Endorsement: Letter of support", may be its option: kept)
                    first = ""
                if _option_as_label(m.key, cm.group(1), rest):
                    # "• Blended: online + sim lab": the option itself heads the line and the rest describes it; the
                    # answer is the whole line, not the parts it names after the colon
                    first = strip_marker(clean(cm.group(1)))[0] + ": " + first
                sec = self.open(m.key, cm.group(1), "label_line", score, first, wrapped=b.line)
                sec.meaning, sec.inline, sec.bulleted = _by_meaning(m), True, b.list_item
                if m.key in ("_subject", "_noise") and rest:
                    self.close()  # a memo's "Re:" or "To:" line is one line; the body after it is no answer
                return 1
        return 0

    def _label(self, i: int) -> int:
        """Try to read a label at block i; returns how many blocks it consumed (0 = none)."""
        b, cur = self.blocks[i], self.current
        text = b.text.strip()
        if b.line and not b.is_pair and _APP_BAR.search(text):
            # "Michener Service Portal  Signed in as h.roy · Help · Sign out": a web application's own bar, printed
            # with the page; it labels nothing and answers nothing
            self.close()
            return 1
        before = self.blocks[i - 1].text.split() if i and self.blocks[i - 1].line and not self.blocks[i - 1].is_pair \
            else []
        if b.line and not b.bold and cur is not None and cur.lines and before \
                and before[-1] in _OPEN_ENDS and cur.lines[-1][0].split()[-1:] == before[-1:]:
            # a printed answer line that stops on a word no sentence ends on ("... one of the" / "Education Plan's
            # growth areas."): the next line goes on with it, however like a label its first words read (as written:
            # "in the OR" ends on an abbreviation)
            return 0
        wrap = _SENTENCE_THEN_LABEL.match(text) if b.line and not b.is_pair and cur is not None and cur.lines \
            and not re.search(r"[.!?:]\s*$", cur.lines[-1][0]) else None
        sure = match_label(wrap.group(2)) if wrap is not None else None
        if cur is not None and wrap is not None and sure is not None and sure.score >= SURE_LABEL:
            # "... its signed letter of support" / "is attached. Contact: Ana Roy": the printed line ends the
            # sentence above before its own label; that end is the answer's, the label starts at the capital
            # (undone unless the label is read there)
            cur.lines.append((wrap.group(1), False))
            self.blocks[i] = replace(b, text=text[wrap.start(2):])
            n = self._label_at(i)
            if n == 0:
                self.blocks[i] = b
                cur.lines.remove((wrap.group(1), False))
            return n
        return self._label_at(i)

    def _label_at(self, i: int) -> int:
        b = self.blocks[i]
        text = b.text.strip()
        if self.asked_form and not b.is_pair and (om := _ASKED_OPTIONS.match(_ITEM_MARK.sub("", text, count=1))) \
                and (lm := _options_asked(om.group(1), om.group(2))) is not None:
            # "7. Is this a new micro-credential, a conversion of an existing program, or a micro-course? A new
            # micro-credential.": in a questionnaire answered line by line, a question that lists a choice's options
            # (however long the list makes it) asks that choice, and the words after it answer it
            self.close()
            self.open(lm.key, om.group(1), "label_line", lm.score, om.group(2))
            self.close()
            return 1
        first_line = text.split("\n", 1)[0]
        if checkbox_state(first_line)[0] is not None:
            return 0  # a tick-box caption is an option, never a label
        # 1. "Label: answer" (or "Label — answer"; the separator that comes first is tried first)
        cm = _COLON.match(text)
        if (cm is None or "?" in cm.group(1)) \
                and (self.current is None or INLINE_BOX.search(text) or self.asked_form and _asked_line(b)):
            # a question and its answer on one line; inside an answer, a question is the applicant's prose
            # (unless the document is written that way). A question mark before the colon ends the question: the
            # colon is the answer's ("How will achievement be evidenced? A practical exam: each learner ...")
            cm = _ASKED.match(text) or cm
        dm = _DASHED.match(text) or (_HYPHENED.match(text) if self.hyphen_dashes else None)
        # a title line ("Micro-Course / Credential – Concept Form") uses dashes too: only a plain line's dash
        dashed = dm is not None and _words(dm.group(1)) <= DASHED_WORDS and b.heading is None and not b.bold
        seps = [dm, cm] if dashed else [cm]
        rm = (_RUN_IN_STYLED if self.run_in_style else _RUN_IN).match(text) if b.heading is None else None
        # (a head typed in bold before plain sentences is one however many words it has: "Fit with the Education Plan.")
        if rm is not None and (_words(rm.group(1)) <= RUN_IN_WORDS or _bold_head(b, rm.group(1))) \
                and not _ABBREVIATION.search(rm.group(1)) \
                and rm.group(1)[:1].isupper() \
                and (cm is None or rm.end(1) < cm.end(1)):
            seps.append(rm)
        if cm is not None and _MAIL_HEADER.match(text) and self._in_mail_header(i):
            header = cm.group(1).strip().lower()
            if header == "from" and self.inline_tag:
                self.answerer_sent = _initials_of(cm.group(2), self.inline_tag)
                if not self.answerer_sent:
                    # a message whose questions another answered inline: its sender asked, and proposes nothing
                    self.close()
                    self.open("_noise", cm.group(1), "label_line", 0.6, cm.group(2))
                    self.close()
                    return 1
                # (the sender whose initials open the inline answers wrote them: read as any sender below)
            elif header == "from" and self._forwarded_below(i):
                # the sender of a message with an older one below it: the outer envelope of a forward (whoever
                # forwarded it, the message below names the author), or a reply that answers the older message
                # (its sender wrote the answers): which one, the answers under each header tell (see _senders)
                self.close()
                self.open("_from", cm.group(1), "label_line", 0.6, cm.group(2))
                self.close()
                return 1
            if header in ("to", "cc", "sent", "date"):
                # the envelope of a forwarded message: who it went to is noise, when it was sent is a weak date
                # (of inline answers, the date their writer sent them)
                self.close()
                dated = header in ("sent", "date") and (not self.inline_tag or self.answerer_sent)
                self.open("_sent" if dated else "_noise", cm.group(1), "label_line", 0.6, cm.group(2))
                self.close()
                return 1
        marked = i in self.marked
        for cm in [] if marked else seps:
            done = self._inline_label(i, cm)
            if done:
                return max(done, 0)
        done = self._bracket_wrapped(i)
        if done:
            return done
        # 2. the whole paragraph (or, for PDF lines, up to four lines) is a label
        # (in a document of run-in heads, "Outcomes." alone over its items is such a head with nothing after it)
        head_alone = self.run_in_style and _words(first_line) <= RUN_IN_WORDS \
            and bool(_HEAD_ALONE.fullmatch(first_line.strip()))
        typed_answer = self.current is not None and not self.current.lines and b.line \
            and _typed_key(self.current.key) and _plausible(self.current.key, first_line) \
            and _label_match(first_line, self.ctx, PLAIN_MIN) is None
        typed_answer = typed_answer or self._option_under_its_label(first_line)
        # ("Phone number" / "416-555-0184" / "About the course": the number under a typed field's label answers it,
        # and starts no label wrapped over the lines after it)
        if (_is_label_shaped(first_line) or head_alone) and "\n" not in text and not typed_answer:
            best: tuple[LabelMatch, int, str] | None = None
            span = 4 if b.line else 1
            joined = ""
            for n in range(span):
                if i + n >= len(self.blocks):
                    break
                nb = self.blocks[i + n]
                if nb.is_pair or (n and (_words(nb.text) > 7 or not nb.line)):
                    break
                if n and re.search(r"[:：]\s*\S", nb.text):
                    break  # a line with a label and its answer ("Status: Letter attached") wraps no label above it
                if n and _underlined(self.blocks[i + n - 1].text.strip(), nb):
                    break  # an underlined title is whole on its line
                if n and (i + n - 1) in self.marked:
                    break  # the required marker ended the question on the line above
                joined = (joined + " " + nb.text.strip()).strip()
                if not b.line:
                    joined = one_language(joined)  # a paragraph is one label, in one language or two
                # (a required question's marker sets its line apart as a bold face does)
                emphasised = b.heading is not None or b.bold or (i + n) in self.marked
                minimum = EMPHASISED_MIN if emphasised else PLAIN_MIN
                if self.current is not None and not self.current.lines and not emphasised:
                    # right after a label, a line is its answer unless it is exactly a label, or (a printed
                    # form's label left blank) surely the label of a field no label has named yet
                    minimum = 0.9 if b.line and not self._named(joined) else 0.99
                # (a label set above the answer being read starts a topic of its own: the words around it do not
                # narrow what it means, as "Contact" under a partner's lines is the partner's, but over them is not)
                # (so does a box's heading set as its neighbour's is: a one-pager's sidebar boxes "Partner" and
                # "Contact", each a heading over its own lines, are two topics)
                ctx = None if self.current is not None and self.current.lines and b.line \
                    and (_rank(b) > self.current.rank or 1.0 <= _rank(b) == self.current.rank) else self.ctx
                m = _label_match(joined, ctx, minimum)
                if m and (best is None or m.score > best[0].score or (m.score >= best[0].score and m.key == best[0].key)):
                    best = (m, n + 1, joined)
            if best is not None and best[1] > 1 and self.current is not None and self.current.lines:
                # the first line has no word of the label matched and adds nothing to what the lines under it
                # make alone: it ends the answer above ("... with a" / "rubric" / "Partner Organization"),
                # where "Industry / Employment" / "Partner" is one label wrapped
                tail = " ".join(self.blocks[i + k].text.strip() for k in range(1, best[1]))
                alone = _label_match(tail, self.ctx, PLAIN_MIN)
                if alone is not None and alone.key == best[0].key and alone.score >= best[0].score \
                        and not set(tokens(first_line)) & set(tokens(best[0].variant)):
                    best = None
            fresh = self.current is not None and not self.current.lines
            # a sub-heading (ranked below the heading that opened the answer) is part of that answer
            outranked = self.current is not None and _rank(b) < self.current.rank \
                and not (first_line.rstrip().endswith("?") and _NUMBERED.match(first_line))  # (a numbered question is the next one)
            if best is None and not fresh and not outranked and i != self.title_at and (b.heading is not None or b.bold
                                                                 or first_line.rstrip().endswith("?")
                                                                 or self._printed_heading(i)):
                # a label set apart (bold, a heading, a question) in the applicant's own words: what it asks
                # and what the paragraph under it answers decide together
                answer = self._answer_below(i + 1)
                taken = frozenset(s.key for s in self.sections)
                # (a box's heading over its own "Label: value" lines, "Key facts" over "Kind: New ..." / "Length: 12
                # hours": it names the box, and the lines under it answer their own labels, not it)
                r = resolve(first_line.rstrip(":").strip(), answer[:300], self.ctx, taken) \
                    if answer and not _labelled_lines_below(self.blocks[i + 1:i + 3]) else None
                stated = prose.opening_roles(answer) if r is not None and r.key in taken else set()
                if r is not None and len(stated) == 1 and not stated & taken \
                        and FIELDS_BY_KEY.get(next(iter(stated))) is not None:
                    # a question the document has answered already ("Why Michener" after "The gap"), over an answer
                    # whose first sentence states another, unanswered field by its grammar ("It extends the
                    # Education Plan's commitment to ..."): a document asks each question once, so it asks that one
                    r = LabelMatch(next(iter(stated)), MEANING_MIN, r.variant)
                if r is not None and r.score >= MEANING_MIN:
                    best = (r, 1, first_line)
            if best and best[0].key == "_contact" and best[0].score < 1.0 and b.line:
                # a heading read as "contact" ("Who we want to reach") over lines with no address or number in them:
                # what it asks is told by its words and its answer together
                answer = self._answer_below(i + best[1])
                if answer and not find_email(answer) and not PHONE.search(answer):
                    r = resolve(best[2].rstrip(":").strip(), answer[:300], self.ctx)
                    best = (r, best[1], best[2]) if r is not None and r.score >= MEANING_MIN \
                        and not r.key.startswith("_") else None
            if best and best[0].key in _LOGISTICS and best[0].key in logistics(best[2]):
                best = None  # "40 learners a year" names the field and states its value: an answer, no label
            if best and best[1] == 1 and FIELDS_BY_KEY.get(best[0].key) is not None \
                    and FIELDS_BY_KEY[best[0].key].type == "number" and (bare := _TRAILING_NUMBER.match(first_line)):
                alone = _label_match(bare.group(1), self.ctx, PLAIN_MIN)
                if alone is not None and alone.key == best[0].key and alone.score >= best[0].score:
                    best = None  # "Expected Enrolment per Year 150": the label, then its figure (read below)
            if best and best[1] == 1 and self._wrapped_word(i, best[0].key):
                best = None  # "... in the Emergency" / "Department": the end of the answer's line, wrapped
            if best:
                m, n, joined = best
                if self.current is not None and self.current.key == m.key and _only_proposing(self.current):
                    # a memo's "Purpose" over "This memo proposes a micro-course ..." and nothing else, then
                    # "Background": the first answer is the proposing sentence (read as prose), the heading after
                    # it asks the question the label seemed to
                    self.current.key, self.current.method = "_noise", "heading"
                if self._same_section(m) and self.current is not None and _rank(b) <= self.current.rank \
                        and (other := self._choice_asked_after(m.key, first_line, i + n)) is not None:
                    # "Partner" / "Grand River Network" / "Has the partner signed on?" / "Not yet – still discussing":
                    # a question about the field just answered, whose answer picks an option of the choice that goes
                    # with that field, asks that choice (a document asks each question once)
                    m = LabelMatch(other, MEANING_MIN, m.variant)
                if self._same_section(m) and _rank(b) <= self.current.rank:  # type: ignore[union-attr]
                    # (a heading set above the label that opened the answer, "Who it is for" after "• Learners: ~20
                    # per year", starts a new one)
                    return 0
                self.close()
                method = "heading" if b.heading is not None else "label_line"
                sec = self.open(m.key, joined, method, m.score, wrapped=b.line)
                sec.rank, sec.meaning = _rank(b), _by_meaning(m)
                f = FIELDS_BY_KEY.get(m.key)
                if f is not None and f.type == "choice" and (any(c in CHECKED for c in joined) or (
                        best[1] == 1 and BULLETED.match(joined) and self.current is not None)) \
                        and choice_code(m.key, joined):
                    # "• Letter of support ✓ (attached)": the tick says the line states its own answer (so does a
                    # bullet among another answer's: "Partner" / "• Oakmont Clinic" / "• Letter of support attached")
                    sec.lines.append((joined, False))
                return n
        if marked:
            # a required question no label names: whatever answers it, it is no part of the answer above
            self.close()
            return 0
        # 3. PDF line that starts with a label and goes on with the answer (in a short paragraph, only a
        #    typed answer: "Submitted 1 March 2026", "Email ada@example.org")
        if b.line or (_words(text) <= 8 and "\n" not in text):
            # a tick box starts the answer even when the print glued it to the label ("Status☐ Letter ...")
            words = re.sub(r"(?<=\S)(?=[" + CHECKED + UNCHECKED + "])", " ", first_line).split()
            if _ENUMERATED.match(first_line):
                # "(b) Hours 6", "(iv) Learners per year about 90": a lettered sub-part's label runs in after its marker
                words = words[1:]
            for k in range(min(8, len(words) - 1), 0, -1):
                prefix = " ".join(words[:k])
                if not prefix[:1].isupper():
                    break
                if words[k - 1].lower() in _DANGLING:
                    continue  # "Name of the | person submitting": a label does not end on "of the"
                if _HONORIFIC.fullmatch(words[k - 1]):
                    continue  # "Partner contact M. Armand Roy": the title opens the answer's name

                if any(w[0] in CHECKED + UNCHECKED or w.startswith("[") for w in words[:k]):
                    continue  # a label ends before the first tick box (a glyph, or "[ ]" typed as brackets)
                m = match_label(prefix)
                if not m or m.score < 1.0 or m.key.startswith("_") and m.key != "_contact":
                    continue
                if m.key == "proposer_name" and _WITH_WHOM.search(prefix):
                    continue  # "Q&A with the proposer – <course>": a title, not the proposer's label
                rest = " ".join(words[k:])
                below = self.current is not None and not self.current.inline  # (an answer set under its label)
                if (k == 1 or not b.line or below and _one_word(words[:k])) and not _plausible(m.key, rest):
                    # (a single word opening a line is as likely the first word of a sentence, and so, inside an
                    # answer set under its label, is one word behind an article or a preposition: "The public health
                    # laboratory raised ..."; after a "Label: sentence" line, "The skills involved are ..." may
                    # name the next topic as that line named its own)
                    continue
                if b.line and rest[:1].islower() and words[0].lower() in _SUBJECTS:
                    continue  # "It fits the Education Plan's commitment to ...": a sentence's subject, no label
                if _PREDICATE.match(rest):
                    continue  # "Our service would like to propose ...": the words are a sentence's subject, no label
                if set(tokens(prefix)) != set(tokens(m.variant)) and set(tokens(prefix, False)) != set(tokens(m.variant, False)):
                    continue
                if self.current is not None and self.current.key != m.key and not self.current.lines \
                        and any(sec.key == m.key and sec.lines for sec in self.sections):
                    # the first line under a label, opening with words that name a field the form has answered
                    # already ("Our program trains ..." under "Rationale"): a form asks each question once, so it
                    # is the answer to the label above
                    continue
                if self.current is not None and self.current.key == m.key and not self.current.lines \
                        and set(tokens(prefix)) < set(tokens(self.current.label)):
                    # the first line under a label, starting with some of that label's words ("Alignment with
                    # Michener's Education Plan" / "Education Plan commitment to ..."): its answer, echoing it
                    break
                tag = _REQUIREMENT_TAG.match(rest)
                if tag:
                    # "Summative Assessment [R2]. supervised ...": the requirement's tag is the label's, not the answer's
                    prefix, rest = prefix + " " + tag.group(0).strip(), rest[tag.end():]
                whole = match_label((prefix + " " + rest).strip().rstrip(".:").strip()) if _words(rest) <= 3 else None
                if _LABEL_GOES_ON.match(rest) and _words(rest) <= 3 and _is_label_shaped(first_line):
                    # "Your department and site": a rest that opens on a joining word goes on with the label's
                    # words (an answer does not start "and ..."); the line is the label in full, its answer below
                    whole = m
                if whole is not None and whole.key == m.key and whole.score >= m.score:
                    # "Competency Framework Alignment." with nothing after it: the label in full, and no answer
                    prefix, rest = (prefix + " " + rest).strip(), ""
                # "For assessment, each learner ...": on a printed line, words that open a sentence, closed by its
                # comma, name what the sentence answers: the label of that sentence (see Section.in_sentence)
                in_sentence = b.line and prefix.endswith(",") and rest[:1].islower()
                if prefix.endswith(",") and rest[:1].isupper() and self.current is not None and not self.current.lines:
                    # "Professional Standards, Grey-Bruce Paramedic Services" under "Department / Program": names
                    # in a comma list, the answer awaited below a label; a label is not closed by a comma
                    break
                if m.key != "_contact" and not in_sentence and _sentence_goes_on(prefix, rest):
                    break  # "The skills | involved are ...", "We would assess | them with ...": a sentence, no label
                if b.line and rest[:1].islower() and rest.rstrip().endswith(":") and "\n" not in text \
                        and _words(rest) <= LEAD_IN_REST_WORDS:
                    # "What they need | to be able to do:": the words go on in lower case to the line's colon, a lead-in
                    # whole (read whole above), not a label's words with an answer after them
                    break
                copula = _COPULA.match(rest) if b.line and prefix.split()[0].lower() in _SUBJECT_OPENERS else None
                if copula and m.key != "_contact":
                    # "The skills are a, b and c. They map onto ...": the field named as a printed sentence's subject,
                    # its value after the verb; that sentence is the answer, the writer's prose goes on after it
                    in_sentence, rest = True, rest[copula.end():]
                self.close()
                # (a sentence's subject read as a label is a reading, not a label the form printed)
                sec = self.open(m.key, prefix, "label_line", COPULA_LABEL if copula else 0.9, rest, wrapped=b.line)
                sec.in_sentence = in_sentence
                return 1
        return 0


def _only_proposing(s: Section) -> bool:
    """Whether a text section's answer is the proposing sentence and nothing else (its label's field unanswered)."""
    if s.key in prose.PROPOSAL_ROLES or FIELDS_BY_KEY.get(s.key) is None or FIELDS_BY_KEY[s.key].type != "text":
        return False
    said = prose.sentences(" ".join(t.strip() for t, _ in s.lines if t.strip()))
    return len(said) == 1 and "proposal" in prose.opening_roles(said[0])


def _lines_after(lines: list[tuple[str, bool]], sentence: str) -> list[str]:
    """The printed lines after the one that ends ``sentence`` (the first sentence of their text), the line that ends
    it cut after it."""
    texts = [t.strip() for t, _ in lines if t.strip()]
    seen = ""
    for n, t in enumerate(texts):
        seen = f"{seen} {t}".strip()
        if len(clean(seen)) >= len(clean(sentence)):
            tail = clean(seen)[len(clean(sentence)):].strip()
            return [*([tail] if tail else []), *texts[n + 1:]]
    return []


# the words a sentence opens with when it is the writer's own ("It fits ...", "We would ..."), which no label opens with
_SUBJECTS = frozenset({"it", "this", "that", "we", "i", "they", "these", "those", "he", "she"})


RUN_IN_STYLE_MIN = 4        # paragraphs opening with a run-in head ...
RUN_IN_STYLE_SHARE = 0.3    # ... and their share of the document's paragraphs of prose, for it to be the house style
_NOT_HEADS = frozenset({"yes", "no", "none", "ok", "okay", "note", "nb", "tbd", "n/a", "thanks", "true", "false",
                        "oui", "non", "aucun", "aucune"})


BOLD_HEAD_WORDS = 8


def _bold_head(b: Block, head: str) -> bool:
    """Whether ``head`` (the words before a run-in full stop) is what the paragraph sets in bold before plain text."""
    return bool(b.lead) and _words(head) <= BOLD_HEAD_WORDS and b.lead.rstrip(" .:").strip() == head.strip()


def _run_in_head(b: Block) -> re.Match[str] | None:
    """The run-in head of a paragraph ("Background. Two incidents ..."): a few capitalised words closed by a full
    stop, with a sentence after them; None for a plain paragraph."""
    if b.is_pair or b.heading is not None or b.list_item:
        return None
    m = _RUN_IN_STYLED.match(b.text.strip())
    if m is None or _words(m.group(1)) > RUN_IN_WORDS or not m.group(1)[:1].isupper() \
            or _ABBREVIATION.search(m.group(1)) or m.group(1).strip().lower() in _NOT_HEADS:
        return None
    return m if _words(m.group(2)) >= 3 else None


def _run_in_style(blocks: list[Block]) -> bool:
    """Whether the document sets its paragraphs with run-in heads: several of them, and a fair share of its
    paragraphs of prose. One "Note. ..." in a letter makes no style; a memo of "Purpose." "Background."
    "Content." paragraphs does, and there an unlisted head ends the answer above it as a listed one does."""
    prose_paras = [b for b in blocks if not b.is_pair and b.heading is None and not b.list_item and _words(b.text) >= 4]
    heads = [m.group(1).strip().lower() for m in (_run_in_head(b) for b in prose_paras) if m is not None]
    return len(set(heads)) >= RUN_IN_STYLE_MIN and len(heads) >= RUN_IN_STYLE_SHARE * len(prose_paras)


ORPHAN_AFTER = 6  # words of a first line that fills the title's width before its last word may wrap alone


def _title_case(text: str) -> bool:
    """'Antimicrobial Stewardship for the Microbiology Lab': short, no sentence or label punctuation, capitalised."""
    t = text.strip()
    long_words = [w for w in re.findall(r"[^\W\d_]+", t) if len(w) >= 4]
    if not long_words or _words(t) > 12 or re.search(r"[:,;.!?@]$|^\W", t):
        return False
    return sum(1 for w in long_words if w[0].isupper()) >= 0.75 * len(long_words)


SENTENCE_TITLE_WORDS = (3, 14)


def _sentence_case_title(text: str) -> bool:
    """'Application du fluorure diamine d'argent en hygiène dentaire communautaire': a capital first, then words in
    lower case, a few to a dozen, with no punctuation of a sentence, a label or a list in it."""
    t = text.strip()
    low, high = SENTENCE_TITLE_WORDS
    # (a dash sets a kind of document after a name, "Working Group – minutes and action log": no title alone)
    return "\n" not in t and low <= _words(t) <= high and t[:1].isupper() and not re.search(r"[:;,.!?@()–—|]", t) \
        and not _title_case(t) and not _ASKING_WORD.match(t)


# a heading that opens as a question does ("Who we want to reach", "Pourquoi ce cours"): a label, never a title
_ASKING_WORD = re.compile(r"(?i)(?:who|whom|whose|what|why|how|when|where|which|qui|que|quoi|pourquoi|comment|quand|"
                          r"o[uù]|quel(?:le)?s?|combien)\b")


_CONVERTS = re.compile(r"\b(?:conver(?:t|ts|ted|ting|sion)|existing\s+program|unbundl|repackag)", re.I)
# a kind of course named only to be denied, to the end of its clause: "(not a conversion of an existing program)",
# "this is not a conversion of ...", "rather than converting ...", "instead of a ..."
_DENIED = re.compile(r"\(\s*(?:not|rather\s+than|instead\s+of)\b[^)]*\)"
                     r"|\b(?:not|rather\s+than|instead\s+of)\b[^.;:,()!?]*", re.I)


def _affirmed(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` outside the clauses that deny what they name (see _DENIED)."""
    return bool(pattern.search(_DENIED.sub(" ", text)))


def _without_status_lines(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A partner's answer without its last lines that only state the endorsement (a code of it named, and no
    address, person or organisation in them); the first line always stays."""
    end = len(lines)
    while end > 1:
        t = lines[end - 1][0].strip()
        if not t or "@" in t or PERSON.search(t) or ORG.search(t) or choice_code("endorsement_status", t) is None:
            break
        end -= 1
    return lines[:end]


def _run_in(text: str) -> tuple[str, str] | None:
    """(label, rest) of a line that opens with a short run-in label ("Prerequisites: current BLS ...")."""
    cm = _COLON.match(text.strip().lstrip("•*–-▪◦· ").strip())
    if cm is None or not cm.group(2).strip() or _words(cm.group(1)) > LINE_LABEL_WORDS \
            or not cm.group(1)[:1].isupper():
        return None
    return cm.group(1), cm.group(2)


def _learners_only(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The learners' answer without the run-in labelled paragraphs after it ("Prerequisites: ...", "Group size:
    ..."): an outline's learners section also states what the learners must bring, each under a label of its own,
    which is a property of the learners, not who they are. Only when the answer itself opens unlabelled or under a
    label naming the learners ("Intended for: ..."), which is dropped; a section made of labelled parts alike
    ("Primary: nurses" / "Secondary: RTs") is left whole."""
    if not lines:
        return lines
    first = _run_in(lines[0][0])
    if first is not None:
        lm = match_label(first[0], "target_learners")
        if lm is None or lm.key != "target_learners":
            return lines
        if lines[0][1] and all(li for _, li in lines):
            # "• Who: X" among a logic model's other outputs ("• Four offerings of 30"): the labelled item is the
            # learners, the items beside it are other outputs
            return [(first[1], lines[0][1])]
        lines = [(first[1], lines[0][1]), *lines[1:]]
    for n, (t, _) in enumerate(lines[1:], start=1):
        later = _run_in(t)
        if later is None:
            continue
        lm = match_label(later[0], "target_learners")
        if lm is None or lm.key != "target_learners":
            return lines[:n]
    return lines


def _before_next_label(key: str, value: str) -> str:
    """A short answer without another field's label and value run on after it ("January 2027 Submitted 30 April
    2026": a printed line that set the next label beside the answer)."""
    words = value.split()
    for n, w in enumerate(words[1:], start=1):
        if w[:1].isupper() and n + 1 < len(words):
            m = match_label(w)
            if m is not None and m.score >= 0.9 and not m.key.startswith("_") and m.key != key:
                return " ".join(words[:n]).rstrip(" ,;")
    return value


def _asks_another(key: str, question: str) -> bool:
    """Whether a question asks, by its meaning, for another field than ``key``."""
    # at least half explained: after an answer's own sentences a question is rarely the applicant's, so less than a
    # label standing alone needs is enough ("What skills, and what will people be able to do?" asks two fields)
    m = resolve(question)
    return m is not None and m.score >= QUESTION_AFTER_MIN and not m.key.startswith("_") and m.key != key


_ITEM_MARK = re.compile(r"^(?:q\s*)?\d{1,2}\s*[.)]\s+", re.I)


def _item_answered(current: Section, b: Block, before: Block | None) -> bool:
    """Whether ``current`` was opened by the "Label: answer" list item just before a plain paragraph ``b``."""
    if not current.inline or b.list_item or b.line or b.heading is not None or before is None \
            or not before.list_item or before.is_pair or before.line:
        return False
    cm = _COLON.match(before.text.strip())
    return cm is not None and clean(cm.group(1)) == clean(current.label)


def _asked_line(b: Block) -> bool:
    """Whether a block opens with a short question and goes on with its answer ("Who would sit it? Ward nurses")."""
    # (the question's number first, "2. Who is proposing it? Precious Nwosu", is no part of its words)
    cm = None if b.is_pair else _ASKED.match(_ITEM_MARK.sub("", b.text.strip(), count=1))
    return cm is not None and _words(cm.group(1)) <= ASKED_WORDS and cm.group(1)[:1].isupper() \
        and not cm.group(2).lstrip()[:1].islower()


_ITEM_NUMBER = re.compile(r"^(.*?\D)\s*[#(]?(\d{1,2})[).:]?\s*$")


def _numbered_items(sections: list[Section]) -> list[Section]:
    """Runs of one list field's label numbered one by one ("Outcome 1", "Outcome 2", ...), each over one item,
    as one section whose items are those answers: a sheet that gives every item a row of its own."""
    out: list[Section] = []
    run: list[Section] = []

    def flush() -> None:
        if len(run) >= 2:
            first = run[0]
            items = [(" ".join(clean(t) for t, _ in s.lines if t.strip()), True) for s in run]
            out.append(Section(first.key, first.label, first.method, min(s.confidence for s in run),
                               [(t, li) for t, li in items if t], rank=first.rank, meaning=first.meaning,
                               inline=first.inline, loose_at=first.loose_at))
        else:
            out.extend(run)
        run.clear()

    for s in sections:
        m = _ITEM_NUMBER.match(clean(s.label))
        f = FIELDS_BY_KEY.get(s.key)
        if m is None or f is None or f.type != "list":
            flush()
            out.append(s)
            continue
        if run:
            prev = _ITEM_NUMBER.match(clean(run[-1].label))
            if prev is None or run[-1].key != s.key or fold(prev.group(1)) != fold(m.group(1)) \
                    or int(m.group(2)) != int(prev.group(2)) + 1:
                flush()
        run.append(s)
    flush()
    return out


GLOSS_WORDS = 4  # words after a label's colon that may only name its field again, the form's own wording
ENDORSER_WORDS = 10  # an organisation's name alone on an endorsement's first line
HANGING_INDENT = 2  # spaces before a typed answer's wrapped line that make a hanging indent
HANGING_MIN = 2  # answers wrapped so before a document is read as typed that way
LISTED_MIN = 2  # items under a lead-in that make it a list of its own


def _skills_split_off(sections: list[Section]) -> list[Section]:
    """One heading over two lists, each under its own lead-in ("What will they be able to do" over "Skills we want
    to build:" and its bullets, then "By the end, the nurse will be able to:" and the outcomes): the first list is
    the skills its lead-in names, set apart as an answer of its own; the outcomes are what comes after it (or the
    section the outcomes' lead-in opened). Only where no label of the document asks for the skills."""
    if any(s.key == "competencies" for s in sections):
        return sections
    out: list[Section] = []
    for s in sections:
        texts = [t.strip() for t, _ in s.lines]
        lead = _label_match(texts[0], None, EMPHASISED_MIN) if s.key == "learning_outcomes" and texts \
            and _lead_in(texts[0]) and not outcomes_lead_in(texts[0]) and not prose.LEAD_IN.search(texts[0]) else None
        if lead is None or lead.key != "competencies":
            out.append(s)
            continue
        end = next((k for k in range(1, len(texts)) if texts[k].endswith(":")), len(texts))
        if end - 1 < LISTED_MIN:
            out.append(s)
            continue
        out.append(replace(s, key="competencies", label=texts[0].rstrip(":"), confidence=min(s.confidence, lead.score),
                           lines=s.lines[:end]))
        if end < len(s.lines):
            out.append(replace(s, lines=s.lines[end:]))
    return out


SUB_HEADINGS_MIN = 2  # sub-headings in a long answer before a line that names a field there may be another of them


def _sub_headed(sections: list[Section]) -> list[Section]:
    """A line naming a field inside a long answer written under sub-headings of its own ("Fit with the Education
    Plan" among "Summary", "The consequences", "Risks") is another of those sub-headings when the document asks that
    field again further on under a label of its own (a document asks each question once): it and what it holds go
    back into the answer it interrupted."""
    out: list[Section] = []
    for n, s in enumerate(sections):
        prev = out[-1] if out else None
        if prev is not None and FIELDS_BY_KEY.get(s.key) is not None and FIELDS_BY_KEY.get(prev.key) is not None \
                and prev.key != s.key and not s.inline and s.wrapped and prev.wrapped \
                and any(o.key == s.key and o.lines for o in sections[n + 1:]) \
                and _sub_headings(prev.lines) >= SUB_HEADINGS_MIN:
            prev.lines.extend([(s.label, False), *s.lines])
            continue
        out.append(s)
    return out


def _sub_headings(lines: list[tuple[str, bool]]) -> int:
    """Lines of an answer that head the paragraph under them: short, capitalised, unpunctuated, set between the
    end of one sentence and the start of the next."""
    texts = [t.strip() for t, li in lines]
    count = 0
    for k in range(1, len(texts) - 1):
        t, before, after = texts[k], texts[k - 1], texts[k + 1]
        if t and _words(t) <= 8 and t[:1].isupper() and not re.search(r"[.,;:!?]$", t) \
                and re.search(r"[.!?]$", before) and after[:1].isupper() and not lines[k][1]:
            count += 1
    return count


def _answered_label_line(b: Block) -> bool:
    """Whether a block is a short "Label: answer" line with the answer filled in."""
    cm = None if b.is_pair else _COLON.match(b.text.strip())
    return cm is not None and _words(cm.group(1)) <= 6 and bool(cm.group(2).strip())


def _by_meaning(m: LabelMatch) -> bool:
    return m.variant == DESCRIPTIONS.get(m.key)


def _rank(b: Block) -> float:
    """How prominent a label paragraph is: a heading above bold text above a plain line."""
    if b.heading is not None:
        return 10.0 - b.heading
    return 1.0 if b.bold else 0.0


# a sentence that is an infinitive of purpose naming the document's own act: proposing or asking ("To propose to CE a
# new credential ..., and to seek its assessment")
_PURPOSE_CLAUSE = re.compile(r"(?i)^\s*to\s+(?:propose|request|seek|submit|present|ask|put\s+forward|obtain)\b")


def _one_word(words: list[str]) -> bool:
    """Whether the words opening a line are one word, or one behind little words ("The public", "For learners,");
    a label's own little word after its word ("Submitted by") makes two."""
    return all(w.lower() in _RUNS_ON for w in words[:-1])


OPTION_WORDS = 6  # words of a choice's option printed as text ("Convert an existing program")


def _typed_key(key: str) -> bool:
    """Whether a field's answer has a type of its own (an address, a number, a date, a phone number)."""
    f = FIELDS_BY_KEY.get(key)
    return f is not None and (f.type in ("email", "number", "date") or key == "proposer_phone")


# a verb that goes on from a sentence's subject ("Our service would like ..."): no answer opens with one
# (a copula may: "Our partner is Lakeview Hospital", "The summative assessment will be an observed practical")
_PREDICATE = re.compile(r"(?:would|will|has|have|had|can|could|should|may|might|must|shall)\s+(?!be\b)\S")
# words that join a label's words to more of them ("Your department and site"): no answer opens with one
_LABEL_GOES_ON = re.compile(r"(?:and|or|&|\+)\s+\S")
# A line of prose opens with a label's words as often as a form's line does ("The skills involved are ...", "We would
# assess them with ...", "It fits the Education Plan's emphasis on ..."). A label names a thing; a sentence opens with
# its subject's article or pronoun, or has its verb right there, and goes on in lower case after the label's words.
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "our", "my", "your", "their", "its", "this", "these", "those", "we", "i",
                              "it", "they", "you", "he", "she", "for", "please", "le", "la", "les", "l", "au", "aux",
                              "ce", "cette", "ces", "nous", "je", "notre", "nos", "mon", "ma", "mes"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may",
                          "might", "must", "has", "have", "had", "does", "do", "est", "sont", "sera", "seront"})


COPULA_LABEL = 0.6  # how sure a label read as the subject of "The skills are ..." is
LEAD_IN_REST_WORDS = 10  # words after a label's that may still belong to the lead-in line it opens
_COPULA = re.compile(r"(?:is|are|would\s+be|will\s+be)\s+(?=[a-z])")


def _sentence_goes_on(prefix: str, rest: str) -> bool:
    """Whether a line that opens with a label's words (``prefix``) is a sentence going on in ``rest``: the rest
    continues in lower case after no mark of a label's end ("Target Learners. community ..." is a run-in label), and
    the words open a sentence (an article, a pronoun) or hold its verb ("Learners will be able to ...")."""
    words = prefix.lower().replace("’", "'").split()
    after = rest.lower().split()[:2]
    if not words or not rest[:1].islower() or not re.search(r"[\w),]$", prefix):
        return False
    if (after[:1] in (["is"], ["are"], ["est"], ["sera"]) or after in (["will", "be"], ["would", "be"])) \
            and not _AUXILIARIES & set(words):
        # "Our partner | is Toronto General Hospital", "The summative assessment | will be an observed dressing change":
        # the field named, then its value
        return False
    return prefix.endswith(",") or words[0].split("'")[0] in _SUBJECT_OPENERS \
        or bool(_AUXILIARIES & {*words, *after})


def _plausible(key: str, value: str) -> bool:
    """Whether a value could belong to a typed field (guards one-word PDF labels)."""
    f = FIELDS_BY_KEY.get(key)
    if key == "_contact":
        return "@" in value
    if f is None:
        return False
    if f.type == "email":
        return "@" in value
    if f.type in ("number", "date") or key == "proposer_phone":
        return any(c.isdigit() for c in value)
    if f.type == "choice":
        return checkbox_state(value)[0] is not None and choice_code(key, value) is not None
    return False


ITEM_LINES_MIN = 3  # lines of a list answer, each a capitalised item, before they are items without markers
# words a line cannot end on when its sentence ends there (articles, prepositions, conjunctions)
_RUNS_ON = frozenset("a an the of for and or nor to in on with at by from into as than that which who whose "
                     "de du des la le les et ou à au aux pour par en sur avec dans".split())


def _item_a_line(lines: list[tuple[str, bool]]) -> bool:
    """Whether a PDF list answer sets one item a line with no marker: three lines or more, each starting with a
    capital and none running on into the next (no comma, dash or little word at its end, no full stop inside)."""
    texts = [t.strip() for t, _ in lines if t.strip()]
    if len(texts) < ITEM_LINES_MIN or any(strip_marker(t)[1] or checkbox_state(t)[0] is not None for t in texts):
        return False
    for t in texts:
        last = re.findall(r"[^\W\d_]+", t.lower())[-1:]
        if not t[0].isupper() or t[-1] in ",;:-–—/&" or (last and last[0] in _RUNS_ON) \
                or re.search(r"[.!?]\s", t):
            return False
    return True


FITS_SHARE = 0.9  # of the page's full line: a line and the next line's first word this long would have fit on it


def full_line(blocks: list[Block]) -> int:
    """The length of a printed page's full lines, read from the lines the page wrapped: the longest of the lines
    after which a sentence goes on in lower case on the next line (in one answer cell, or line after line; the
    longest, as the lines of a list in lower case go on so too). 0 when no line of the document wrapped so (nothing
    then shows how wide a line may run)."""
    runs = [[a.text.strip() for a in b.answer if a.line] for b in blocks if b.is_pair]
    runs.append([b.text.strip() for b in blocks if b.line and not b.is_pair])
    wrapped = sorted(len(t) for run in runs for t, after in zip(run, run[1:]) if t and after[:1].islower())
    return wrapped[-1] if wrapped else 0


def _phrase_a_line(lines: list[tuple[str, bool]], full: int, lead: int = 0) -> bool:
    """Whether a PDF answer sets one phrase a line with no marker ("concentration and trichrome staining" /
    "recognition of common protozoa" / "reporting", a form service's print of a box typed one skill a line): two
    lines or more, each a phrase (see normalise.phrase_lines), and each but the last ended by the writer, not by
    the page: it stops short of the page's full lines by more than the next line's first word.

    ``lead``: the characters printed before the first line's answer on its line (a run-in "Label: " the answer
    follows), which the page's width counts too."""
    texts = [t.strip() for t, _ in lines if t.strip()]
    if len(texts) < 2 or not full or any(strip_marker(t)[1] or checkbox_state(t)[0] is not None for t in texts):
        return False
    fits = all((lead if n == 0 else 0) + len(t) + 1 + len(texts[n + 1].split()[0]) <= FITS_SHARE * full
               for n, t in enumerate(texts[:-1]))
    return fits and phrase_lines(texts)


def _sentence_a_line(lines: list[tuple[str, bool]]) -> list[str] | None:
    """The items of a PDF list answer set one sentence an item with no marker, a long one wrapping: every sentence
    ends at the end of a line and the next opens with a capital on a new one, and no line holds the end of one
    sentence and the start of another. None when the lines are not set so (or are one item)."""
    texts = [t.strip() for t, _ in lines if t.strip()]
    if len(texts) < 2 or any(strip_marker(t)[1] or checkbox_state(t)[0] is not None for t in texts):
        return None
    items: list[str] = []
    open_item = ""
    for t in texts:
        if re.search(r"[.!?]\s+\S", t):
            return None  # two sentences on one line: a paragraph, not a sentence a line
        if not open_item and not t[0].isupper():
            return None
        open_item = (open_item + " " + t).strip()
        if _SENTENCE_END.search(t):
            items.append(open_item)
            open_item = ""
    if open_item or len(items) < 2 or len(items) == len(texts):
        return None  # (a sentence a line, none wrapping, is read as such already)
    return items


def _prose_after(key: str, lines: list[tuple[str, bool]]) -> tuple[int, list[str]] | None:
    """(how many printed lines the answer keeps, the paragraphs after it) when a paragraph after the answer's first
    (by the printed lines' width) opens with a sentence that states other fields by its grammar and not this one."""
    texts = [" ".join(t.split()) for t, _ in lines if t.strip()]
    paras = prose.unwrapped(texts, fitted=True)
    if len(paras) < 2 or any(strip_marker(t)[1] for t in texts):
        return None
    for k in range(1, len(paras)):
        stated = prose.opening_roles(paras[k]) - {"proposal"}
        if stated and key not in stated and stated & set(FIELDS_BY_KEY):
            return _lines_in(texts, paras[:k]), paras[k:]
    if len(paras) == 2 and _SENTENCE_CLOSED.search(paras[0]) and not _SENTENCE_CLOSED.search(paras[1]):
        # the answer's paragraph closed, then a paragraph that stops mid-sentence ("... six hours, so" and no
        # more: the rest of its sentence was read under another field): the writer's next paragraph, no answer
        return _lines_in(texts, paras[:1]), paras[1:]
    return None


_SENTENCE_CLOSED = re.compile(r"[.!?)»”\"]\s*$")


def _lines_in(texts: list[str], paras: list[str]) -> int:
    """How many of the printed lines ``texts`` the paragraphs ``paras`` (joined from their start) were made of."""
    joined = " ".join(paras)
    seen = ""
    for n, t in enumerate(texts):
        seen = f"{seen} {t}".strip()
        if len(seen) >= len(joined):
            return n + 1
    return len(texts)


_BARE_NUMBER = re.compile(r"^(\s*)(\d{1,2})\s+(?=[A-ZÀ-Þ])")
# ... or in lower case, as items that go on from a lead-in do ("pourra :" / "1 choisir ..."): three at least in
# order, so that two lines opening with a count ("1 hour ...", "2 hours ...") are no list
_BARE_NUMBER_LOWER = re.compile(r"^(\s*)(\d{1,2})\s+(?=[^\W\d_])")
BARE_LOWER_ITEMS_MIN = 3


def _bare_numbers_marked(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Lines numbered 1, 2, 3 ... with no full stop or bracket after the number ("1 Apply the protocol ..."): a
    numbered list whose marks the print set apart by space alone, given the mark a list item has ("1. Apply ...").
    Only when the numbers run on from 1 in order (a line opening with a figure is often a count: "3 hours ...")."""
    for mark, least in ((_BARE_NUMBER, MARKED_ITEMS_MIN), (_BARE_NUMBER_LOWER, BARE_LOWER_ITEMS_MIN)):
        at = [n for n, (t, _) in enumerate(lines) if mark.match(t)]
        numbers = [int(mark.match(lines[n][0]).group(2)) for n in at]  # type: ignore[union-attr]
        if len(at) < least or numbers != list(range(1, len(numbers) + 1)):
            continue
        out = list(lines)
        for n in at:
            out[n] = (mark.sub(r"\1\2. ", out[n][0], count=1), out[n][1])
        return out
    return lines


# "1.1 diodes", "2.3\tstaining": a sub-item's outline number opening a line (its group's number, its own)
_SUB_NUMBER = re.compile(r"^(\s*)(\d{1,2})\.(\d{1,2})[.)]?(?:\t|\s+)(?=\S)")


def _sub_numbers_marked(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Lines numbered as an outline's sub-items ("1. Preparation" / "1.1 media ..." / "1.2 device ..."): items of
    the list under their group's item, given the mark a list item has (a bullet), their outline numbers no part of
    their text. Only when they run in outline order, each group's from 1 and its groups in order (a line opening
    with a decimal, "1.5 hours of ...", is a quantity, not a list)."""
    at = [(n, m) for n, (t, _) in enumerate(lines) if (m := _SUB_NUMBER.match(t))]
    if len(at) < MARKED_ITEMS_MIN:
        return lines
    last = (0, 0)
    for _, m in at:
        group, own = int(m.group(2)), int(m.group(3))
        if not ((group == last[0] and own == last[1] + 1) or (group > last[0] and own == 1)):
            return lines
        last = (group, own)
    out = list(lines)
    for n, m in at:
        out[n] = (f"{m.group(1)}• {out[n][0][m.end():]}", True)
    return out


MARKED_ITEMS_MIN = 2  # marked items of a list before the lines after its last item may be read apart from it


def _after_marked_list(lines: list[tuple[str, bool]]) -> tuple[int, list[str]] | None:
    """(how many printed lines the list keeps, the paragraphs printed after its last item joined by their width),
    or None.

    A PDF sets a bulleted or numbered list and then the next paragraph with no mark between: the last item ends
    on a line that ends its sentence short of the full width, and the paragraph after it opens with a capital."""
    texts = [t.strip() for t, _ in lines if t.strip()]
    marked = [n for n, t in enumerate(texts) if strip_marker(t)[1]]
    if len(marked) < MARKED_ITEMS_MIN or marked[-1] == len(texts) - 1:
        return None
    paras = prose.unwrapped(texts[marked[-1]:])
    tail = paras[1:]
    if not tail or not tail[0][:1].isupper() or not _SENTENCE_END.search(paras[0]):
        return None
    kept = len(texts) - sum(1 for t in texts[marked[-1]:] if any(t in p for p in tail))
    return kept, tail


# the bar a web application prints at the top of each page: who is signed in, and the link to sign out
_APP_BAR = re.compile(r"(?i)\b(?:signed|logged)\s+in\s+as\b.{0,80}\b(?:sign|log)\s*(?:out|off)\b")
STATUS_LINE_WORDS = 8  # a line that says where the endorsement stands in a few words ("In discussion – no letter yet")


def _status_opening(text: str) -> str | None:
    """The endorsement state a short answer opens on ("In discussion – no letter yet" -> in_discussion), else None."""
    t = text.strip()
    if not t or _words(t) > STATUS_LINE_WORDS or ORG.search(t):
        return None
    opening = " ".join(re.split(r"\s+[–—-]\s+|[,;:(.]", t)[0].split())
    return choice_code("endorsement_status", opening)


def _after_partner(sections: list["Section"], s: "Section") -> bool:
    """Whether the field asked right before section ``s`` is the partner (labels that name no field aside)."""
    k = next((n for n, other in enumerate(sections) if other is s), 0)
    before = next((other.key for other in reversed(sections[:k]) if not other.key.startswith("_")), "")
    return before in ("partner_name", "partner_contact")


def _status_line_apart(lines: list[tuple[str, bool]]) -> tuple[str, str] | None:
    """(organisation, status) of a printed answer of two lines, an organisation's name over a short line that opens
    on the state of its endorsement; None for any other answer (a name wrapped over two lines among them)."""
    rows = [t.strip() for t, _ in lines if t.strip()]
    if len(rows) != 2 or not ORG.search(rows[0]) or choice_code("endorsement_status", rows[0]) is not None \
            or _words(rows[1]) > STATUS_LINE_WORDS or ORG.search(rows[1]) or not rows[1][:1].isupper() \
            or rows[0].split()[-1].lower() in _RUNS_ON or rows[0].endswith(("–", "—", "-", ",", "(")):
        return None  # (a line in lower case, or after one that stops on "of" or a dash, goes on with the one above)
    return (rows[0], rows[1]) if _status_opening(rows[1]) is not None else None


def _unwrap(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join PDF lines that wrap; a bullet, number or tick box starts a new item."""
    out: list[list] = []
    for text, li in lines:
        t = text.strip()
        if not t:
            continue
        starts_item = strip_marker(t)[1] or checkbox_state(t)[0] is not None
        if not out or starts_item or out[-1][0].endswith(":"):
            out.append([t, li or starts_item])
            continue
        prev = out[-1][0]
        if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
            out[-1][0] = prev + t
        elif prev.endswith("\u00ad"):
            out[-1][0] = prev[:-1] + t
        else:
            out[-1][0] = line_breaks.joined(prev, t)
    return [(t, li) for t, li in out]


LINE_LABEL_WORDS = 4  # words of a label that opens a line of a heading's answer


def _line_label(text: str, key: str) -> tuple[LabelMatch, str] | None:
    """(label, answer) of a line that opens with another field's own label, word for word, and its answer."""
    cm = _COLON.match(text.strip())
    if cm is None or not cm.group(2).strip() or _words(cm.group(1)) > LINE_LABEL_WORDS:
        return None
    lm = match_label(cm.group(1), key)
    if lm is None or lm.score < 1.0 or lm.key == key or lm.key.startswith("_"):
        return None
    return lm, cm.group(2).strip().rstrip(".;, ").strip()


# a question run on after an answer, then its own short answer ("... Program Letter of support attached? Yes"): the
# capitalised words that open the question, and the answer of a few words after its mark
_ASKED_AFTER = re.compile(r"([A-Z][^?.;:]{2,60}\?)\s+([^?]{1,40})$")
_WORD_START = re.compile(r"(?<=\s)[A-Z]")
ASKED_AFTER_WORDS = 4  # words of the short answer after a run-on question ("Yes", "Yes, attached")


def _before_asked(text: str, key: str) -> tuple[str, list[tuple[LabelMatch, str]]]:
    """An answer without another field's question and its short answer set on its line after it ("Greenway
    Stewardship Program Letter of support attached? Yes", a model's top strip read as one line): a question that is
    another field's label word for word ends the answer (the shortest such question, from the last capital before
    the mark)."""
    if "?" not in text:
        return text, []
    for start in sorted((w.start() for w in _WORD_START.finditer(text)), reverse=True):
        m = _ASKED_AFTER.match(text, start)
        if m is None or _words(m.group(2)) > ASKED_AFTER_WORDS:
            continue
        lm = match_label(m.group(1), key)
        if lm is not None and lm.score >= 1.0 and lm.key != key and not lm.key.startswith("_"):
            head = text[:m.start()].strip().rstrip("–—-,;:").strip()
            # a choice asked yes or no ("Letter of support attached? Yes") is answered by the question's own option
            # when the answer affirms it; any other answer is the question's to read, not this one's
            said = m.group(2).strip().rstrip(".").strip()
            code = choice_code(lm.key, m.group(1)) if FIELDS_BY_KEY[lm.key].type == "choice" \
                and _YES.fullmatch(said) else None
            return head, ([(lm, code)] if code else [])
    return text, []


_YES = re.compile(r"(?i)yes|oui|y|✓|✔|x")  # an answer that affirms a yes-or-no question


def _split_embedded(text: str, key: str) -> tuple[str, list[tuple[LabelMatch, str]]]:
    """'Org – contact: X. Status: Y' -> ('Org', [(partner_contact, 'X'), (endorsement_status, 'Y')])."""
    found: list[tuple[re.Match, LabelMatch]] = []
    for mm in _EMBEDDED.finditer(text):
        if mm.start() == 0:
            continue
        lm = match_label(mm.group(1), key)
        if lm and lm.score >= EMBEDDED_MIN and lm.key != key and not lm.key.startswith("_"):
            found.append((mm, lm))
    if not found:
        return _before_asked(text, key)
    head = text[: found[0][0].start()].strip().rstrip("–—-,;:").strip()
    parts = []
    for n, (mm, lm) in enumerate(found):
        end = found[n + 1][0].start() if n + 1 < len(found) else len(text)
        value = text[mm.end():end].strip()
        if FIELDS_BY_KEY[lm.key].type != "text" or lm.key in _LOGISTICS:
            # a short typed value ends with its sentence, or with its item of a list run on with semicolons
            # ("en ligne; début souhaité : Printemps 2027; environ 150 personnes par année")
            value = _FULL_STOP.split(value, 1)[0].split(";", 1)[0]
        elif lm.key == "partner_contact":
            person, *after = _FULL_STOP.split(value, 1)
            if after and choice_code("endorsement_status", after[0]):
                value = person  # the sentence after the person states the endorsement, not who they are
        parts.append((lm, value.rstrip(".;, ").strip()))
    return head, parts


def _subject_title(text: str) -> str:
    """'Micro-credential concept – CPET Fundamentals' -> 'CPET Fundamentals'."""
    t = clean(text)
    # (a hyphen inside a word, "micro-credential", separates nothing)
    # ('Micro-credential canvas: …', 'Micro-credential on a page: …': the kind of credential and the kind of page)
    # ('Briefing note: …', 'Memo: …', 'Letter of intent – …': the kind of document before the colon or the dash)
    m = re.match(r"^(.{0,60}?\b(?:concept|proposal|submission|form|micro-?credential|micro-?course|proposition|"
                 r"formulaire|microcours|microcertificat|briefing|memo(?:randum)?|letter\s+of\s+intent|lettre\s+d['’]intention)\b"
                 r"[^–—:]{0,30}?)(?:\s*:\s+|\s+[–—-]\s+)(.+)$",
                 t, re.I)
    if not m:
        return t
    # (the name quoted after the colon: « Approche … ». / "Wound Care Basics".)
    quoted = re.fullmatch(r"[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]\s*\.?", m.group(2).strip())
    return quoted.group(1) if quoted else m.group(2).strip()


_DOCUMENT_WORDS = frozenset({"micro", "course", "credential", "microcredential", "idea", "concept", "form", "proposal",
                             "submission", "application", "memo", "memorandum", "new", "draft",
                             # the other names a writer gives the kind of document ("Business Case", "Briefing note",
                             # "One-pager", "Pitch"), and the small words between them ("Pitch for a new course")
                             "business", "case", "pitch", "briefing", "brief", "note", "one", "pager", "overview",
                             "summary", "executive", "a", "an", "the", "for", "of", "proposed"})


# the names a layout gives its own kind of page, besides the document words ("Course canvas", "Pitch deck", "Fact sheet")
# ... and a planning grid's ("Logic model", "Planning table")
_PAGE_WORDS = _DOCUMENT_WORDS | {"canvas", "lean", "deck", "slides", "sheet", "fact", "factsheet", "flyer", "page",
                                 "logic", "model", "planning", "table", "grid"}


def _genre_named(title: str) -> str:
    """'Business Case: Head-Up Tilt Testing' -> 'Head-Up Tilt Testing': a title that opens on the document's kind,
    every word of it a word that names a kind of document or page, then a colon or a spaced dash, is the name after it
    (the title as it is otherwise)."""
    m = re.match(r"^([^:–—]{2,40}?)(?:\s*:\s+|\s+[–—-]\s+)(\S.{3,})$", title)
    if m and all(w in _PAGE_WORDS for w in re.findall(r"[^\W\d_]+", fold(m.group(1)))):
        return m.group(2).strip()
    return title


def _genre_after(title: str) -> str:
    """'Burn Wound Care – proposed micro-credential' -> 'Burn Wound Care': the document's kind after a spaced dash at
    the end of a title, every word of it a word naming a kind of document or page, is no part of the name."""
    m = re.match(r"^(\S.{3,}?)\s+[–—-]\s+([^–—:]{2,40})$", title)
    words = re.findall(r"[^\W\d_]+", fold(m.group(2))) if m else []
    if words[:1] and words[0] in _PAGE_QUALIFIERS and len(words) > 1:
        words = words[1:]  # "– Program Logic Model": the page's kind said of a program is still the page's kind
    if m and all(w in _PAGE_WORDS for w in words):
        return m.group(1).strip()
    return title


_PAGE_QUALIFIERS = frozenset({"program", "programme", "programs"})  # what a planning page is of


OTHER_ANSWER_CHARS = 20  # length of another field's answer before finding it inside a value means something


def _others_answers_dropped(ex: Extraction, directs: list[Direct]) -> None:
    """Drop a value read from the text for a field whose own tagged slot (a content control, a form field) was left
    empty, when the value holds another field's answer as its own slot gives it: the text after the empty slot's
    label ran on into the next questions and their answers ("How will achievement be evidenced?" over the
    competencies' label and answer), which is no answer to it. The field stays empty, as its slot says."""
    empty = {d.key for d in directs if d.value is None and not d.unread and not d.fallback}
    answers = [clean(str(v)) for d in directs if not d.fallback
               for v in (d.value if isinstance(d.value, list) else [d.value])
               if isinstance(v, str) and len(v) >= OTHER_ANSWER_CHARS]
    for key in empty & set(ex.fields):
        value = ex.fields[key]
        text = clean("; ".join(value) if isinstance(value, list) else str(value))
        if any(a in text for a in answers):
            del ex.fields[key]
            del ex.sources[key]


def _generic_title(text: str) -> bool:
    """'Micro-course idea': a heading that names the kind of document, not the proposal."""
    return not set(re.findall(r"[a-z]+", text.lower())) - _DOCUMENT_WORDS


def extract(blocks: list[Block], directs: list[Direct] | None = None) -> Extraction:
    """Fields from reading-order blocks plus values read from named slots (which win)."""
    ex = Extraction()
    for d in directs or []:
        if d.fallback:
            continue  # (put after the text is read, below)
        ex.labels_seen.add(d.key)
        ex.label_reads.setdefault(d.key, []).append((d.method, d.label, d.confidence, False))
        if FIELDS_BY_KEY[d.key].type == "text" and isinstance(d.value, str) and prose.no_answer_yet(d.value):
            # a form field (or content control) filled with "TBD": it says there is no answer yet, as the same
            # words under a printed label do (empty, not unread)
            d = replace(d, value=None)
        if ex.put(d.key, d.value, FieldSource(d.method, d.label, d.confidence), override=False) and d.raw:
            ex.raw[d.key] = d.raw
        if d.unread:
            ex.unread.add(d.key)
    blocks = memo.without_addressee(blocks)  # (a memo's "To:" line: whom it is sent to, no field of the form)
    blocks = contents.without_contents(blocks)  # (a table of contents lists the headings that follow: no answers)
    full = full_line(blocks)
    seg = _Segmenter(question_pairs(untagged(_soft_lines(_radio_groups(records_as_answers(unbracketed(name_parts.joined(
        answer_key.keyed_answers(blocks)))))))))
    sections = _senders(_sub_headed(_skills_split_off(_numbered_items(seg.run()))))
    ex.loose = seg.loose
    ex.title_candidates = seg.titles
    subject: str | None = None
    sure_empty: set[str] = set()
    weak_empty: set[str] = set()
    prev_empty = ""  # the key of the section just before when it held nothing
    proposing = _proposing_message(sections)
    for s in sections:
        if s.key.startswith("_"):
            if s.key == "_noise" and s.method == "heading":
                # a heading that names no field ("Logistics"): what it holds may still state fields
                ex.loose.extend(t for t, _ in s.lines if t.strip())
            elif s.key == "_noise" and not _MAIL_HEADER.match(s.label + ":") and not _OFFICE.search(s.label):
                # the same for a line that only names a topic ("Logistics" set in bold on a printed page, or
                # "Logistics: online, 6 h, ..."): a sentence under it that states several of format, hours, start
                # and intake is about them
                said = english_lines(_unwrap(s.lines) if s.wrapped else s.lines)
                # (and the lines together: a slide's bullets "• Hybrid" / "• 5 h" / "• Start: Spring 2028", one a line)
                for t in [*(t for t, _ in said), *([" ; ".join(t for t, _ in said)] if len(said) > 1 else [])]:
                    stated = logistics(t)
                    for fact, val in stated.items() if len(stated) >= 2 else ():
                        if isinstance(val, (str, int, float)):
                            ex.put(fact, val, FieldSource("composite", clean(s.label), 0.8))
                # (and a line among them that only names the kind of course, "• New micro-credential" over "• In
                # person" / "• 10 hours": read as a line that states the kind anywhere is, see _fill_gaps)
                named_kinds = [t for t, _ in said if _words(t) <= KIND_ITEM_WORDS and prose.kind_line(t)]
                if len(said) > 1 and len(named_kinds) == 1:
                    ex.kind_items.append(named_kinds[0])
            if s.key == "_sent" and s is proposing:
                # when a forwarded form was sent: a weak submission date, and no label of the form itself
                ex.put("submission_date", to_value("submission_date", s.lines), FieldSource("label_line", s.label, 0.6))
            if s.key == "_unknown" and s.method == "label_line":
                ex.unnamed.append(f"{clean(s.label)}: " + " ".join(t for t, _ in s.lines if t.strip()))
            if s.key == "_subject":
                subject = " ".join(t for t, _ in s.lines)
            elif s.key == "_contact":
                _contact(ex, "\n".join(t for t, _ in s.lines), s)
                at = sections.index(s)
                if at and sections[at - 1].key in _PARTNER_KEYS and "partner_contact" not in ex.fields \
                        and 1.0 <= s.rank == sections[at - 1].rank:
                    # (a bare "Contact" box right after the partner's box: read as the writer's, but whether the
                    # partner's contact was meant, or is there at all, a person checks; never "missing")
                    ex.unread.add("partner_contact")
            continue
        if s.key == "competency_framework" and coverage(s.label).get("education_plan_alignment", 0.0) >= 0.5 \
                and "education_plan_alignment" not in ex.fields \
                and prose.names_the_plan(" ".join(t for t, _ in s.lines)):
            # "Alignment" over "This responds to the Education Plan's emphasis on ...": a label that asks for either
            # alignment is answered by the one its answer names
            s = replace(s, key="education_plan_alignment")
        ex.labels_seen.add(s.key)
        ex.label_reads.setdefault(s.key, []).append((s.method, clean(s.label), s.confidence, s.meaning))
        f = FIELDS_BY_KEY[s.key]
        signer = ex.fields.get("proposer_name")
        if f.type in ("text", "list") and isinstance(signer, str) and s.key != "proposer_name" and len(s.lines) > 1 \
                and s.wrapped:
            # the proposer's name alone on a printed line under the last answer, their role, unit and address under
            # it: a signature, no part of the answer (it is read as the proposer's own contact block). (A paragraph
            # answer that runs on into the signature ran on past its end, and says so: see calibration's ran_on)
            cut = next((n for n, (t, _) in enumerate(s.lines) if n and clean(t) == signer and any(
                find_email(u) or PHONE.search(u) for u, _ in s.lines[n + 1:n + 1 + SIGNATURE_LINES])), None)
            if cut is not None:
                ex.loose.extend(t for t, _ in s.lines[cut:] if t.strip())
                s = replace(s, lines=s.lines[:cut])
        if s.wrapped and f.type == "text" and s.method == "label_line" and s.inline \
                and (tail := _prose_after(s.key, s.lines)):
            # "Assessment: a simulated visit ..., scored on a checklist." then, on a line of its own, "We're still
            # talking with X about endorsing it": a paragraph after the answer's own that states other fields
            kept, after = tail
            ex.guessed_prose.extend(after)
            ex.guessed_at.append((s.loose_at, after))
            s = replace(s, lines=[ln for ln in s.lines if ln[0].strip()][:kept])
        if f.type == "list" or s.key == "competencies":
            # (an outline's sub-items, "1.1 ..." under "1. ...", are items too, in any print)
            s = replace(s, lines=_sub_numbers_marked(s.lines))
        if s.wrapped and (f.type == "list" or s.key == "competencies"):
            # (the skills too: a list by what they are, "1 Pre-procedure assessment" / "2 Capnography ...")
            s = replace(s, lines=_bare_numbers_marked(s.lines))
        if s.wrapped and f.type == "list" and (tail := _after_marked_list(s.lines)):
            # a paragraph after the last marked item, set apart by the short line that ended that item: the
            # writer's prose again (what it states is read as prose), no part of the last item
            kept, after = tail
            ex.guessed_prose.extend(after)
            ex.guessed_at.append((s.loose_at, after))
            s = replace(s, lines=[ln for ln in s.lines if ln[0].strip()][:kept])
        if s.key == "proposal_title" and s.method != "table" and (
                cut := next((k for k, (t, _) in enumerate(s.lines) if k and _unknown_label_line(t, bare=True)), 0)):
            # a title wrapped over two lines, then "Course code:" over its own answer: a template's field of its own,
            # in words no list holds, asks a question of its own (a title is a line or two, never a label)
            ex.loose.extend(t for t, _ in s.lines[cut:] if t.strip())
            s = replace(s, lines=s.lines[:cut])
        if s.wrapped and (f.type == "list" or s.key == "competencies") and _item_a_line(s.lines):
            # (the skills too, a list by what they are though the contract types them as text: "Skills (one per
            # line)" answered with an item a printed line; a name or a title wrapped over lines is no list)
            lines = english_lines([(t, True) for t, _ in s.lines if t.strip()])
        elif s.wrapped and s.key == "competencies" and _phrase_a_line(s.lines, full,
                                                                      len(s.label) + 2 if s.inline else 0):
            # ... and skills in lower case, a phrase a line, where each line ends short of the page's width
            lines = english_lines([(t, True) for t, _ in s.lines if t.strip()])
        elif s.wrapped and f.type == "list" and (items := _sentence_a_line(s.lines)):
            lines = english_lines([(t, True) for t in items])
        elif s.wrapped and s.key == "partner_name" and (named_then := _status_line_apart(s.lines)) is not None:
            # "Lumen Vision Services" over "In discussion – no letter yet" (a slide's partner and where things
            # stand, a line each): the organisation's line is the name, the line under it says the status
            lines = [(named_then[0], False), (named_then[1], False)]
        else:
            lines = english_lines(_unwrap(s.lines) if s.wrapped else s.lines)
        if s.in_sentence and lines:
            # the answer of words that open a sentence is that sentence; the writer's prose goes on after it
            opening = prose.sentences(" ".join(t for t, _ in lines))
            if len(opening) > 1:
                # (the paragraphs after it, by the printed lines' width, as the writer's other prose is read)
                after = prose.unwrapped(_lines_after(s.lines, opening[0]))
                ex.guessed_prose.extend(after)
                ex.guessed_at.append((s.loose_at, after))
            lines = [(opening[0].rstrip("."), False)] if opening else lines
        if f.type == "text" and s.inline and not s.wrapped and len(lines) > 1 and lines[0][0].strip()[:1].islower() \
                and _SENTENCE_END.search(lines[0][0]) and all(t.strip()[:1].isupper() for t, _ in lines[1:] if t.strip()):
            # "The skills we would cover: a, b and c." then "Each technologist would process ...": the run-in answer
            # ends with the writer's sentence; the paragraphs after it are prose again (read for what they state)
            after = [t for t, _ in lines[1:] if t.strip()]
            ex.guessed_prose.extend(after)
            ex.guessed_at.append((s.loose_at, after))
            lines = lines[:1]
        number = PHONE.match(lines[0][0].strip()) if s.key == "proposer_phone" and lines else None
        rest = lines[0][0].strip()[number.end():] if number else ""
        if number and (len(lines) > 1 and not rest.strip(" .;,") or re.match(r"[.;]\s+[A-Z]", rest)):
            # "Phone 514-555-0115." over (or, unwrapped, before) "TYPE – new micro-credential, for ...": the number is
            # the whole answer, and what follows it is the writer's again (read for what it states, not dropped)
            after = [t for t in (rest.lstrip(" .;"), *(t for t, _ in lines[1:])) if t.strip()]
            ex.guessed_prose.extend(after)
            ex.guessed_at.append((s.loose_at, after))
            lines = [(number.group(0), lines[0][1])]
        if s.key.startswith("proposer_") and len(lines) > 1:
            # "Submitted by Name, Role, Unit · a@b.org" / "· 416-… · date" / "1. We ask Continuing Education to ...":
            # a byline is a line or two of pieces; the numbered paragraph of sentences after it is the writer's prose
            cut = next((n for n, (t, _) in enumerate(lines) if n and _NUMBERED_PROSE.match(t.strip())
                        and not (find_emails(t) or phones(t))), None)
            if cut is not None:
                after = [t for t, _ in lines[cut:] if t.strip()]
                ex.guessed_prose.extend(after)
                ex.guessed_at.append((s.loose_at, after))
                lines = lines[:cut]
        contact_after: list[str] = []  # (a contact's answer: the sentence after it, read for what it states)
        if s.key == "partner_contact" and len(s.lines) > 1 and not s.in_sentence:
            # "Contact: Dr. Ada Roy, Medical Director (aroy@example.com)" over "A signed letter of support is attached
            # to this proposal.": a contact is a person's name, role and address; a sentence after it is the writer's
            # (found on the lines as printed, before a print's wrapped lines are joined)
            cut = next((n for n, (t, _) in enumerate(s.lines) if n and _contact_sentence(t)
                        and s.lines[n - 1][0].strip() and not s.lines[n - 1][0].rstrip().endswith((",", "-"))), None)
            if cut is not None:
                contact_after = [t for t, _ in s.lines[cut:] if t.strip()]
                ex.guessed_prose.extend(contact_after)
                ex.guessed_at.append((s.loose_at, contact_after))
                lines = english_lines(_unwrap(s.lines[:cut]) if s.wrapped else s.lines[:cut])
        pieces = _joined_pieces(s, lines) or _pieces(s.key, lines)
        if s.key == "proposer_name" and s.wrapped and len(s.lines) > 1 and "proposer_department" in pieces:
            # "Présenté par : Name, Role" over "Unit": a byline set one piece a line, which the unwrapped reading
            # runs together ("Role Unit" as the unit); read a line a piece when that reading gives the role apart
            # and the unwrapped unit is only the role and the unit run together
            apart = _pieces(s.key, [(t, li) for t, li in s.lines if t.strip()])
            role, unit = str(apart.get("proposer_title", "")), str(apart.get("proposer_department", ""))
            if role and unit and clean(str(pieces["proposer_department"])) == clean(role + " " + unit) \
                    and "proposer_title" not in pieces:
                pieces = apart
            elif role and unit and "proposer_title" in pieces and _same_words(
                    f"{pieces['proposer_title']} {pieces['proposer_department']}", f"{role} {unit}") \
                    and any(clean(t).endswith(role) for t, _ in s.lines) \
                    and (len(clean(role)) < len(clean(str(pieces["proposer_title"]))) or _opens_a_unit(unit)):
                # "Applicant: Name, Role" over "Unit, Organisation": the unwrapped reading ran the role on into the
                # unit ("Officer Blood Transfusion Service"); the same words parted where the writer's line ends
                # (only where that shortens the role: "Name, Speech-Language Pathologist, Stroke" / "Rehabilitation
                # Unit, ..." is a line the page wrapped inside the unit, which the commas part right; or where the
                # next line opens a unit's name of its own, "Name, Educator, Neurophysiology" / "Department of ...":
                # no unit's name goes on into "Department of", so the role's last piece is the role's)
                pieces = apart
        if s.method != "table" and f.type in ("text", "choice"):
            lines = _embedded(ex, s, lines)
        if s.key == "proposal_title" and not s.inline and s.method != "table" and len(s.lines) > 1 \
                and all(_BULLET_GLYPH.match(t) for t, _ in s.lines if t.strip()):
            # "THE COURSE" over bullet points: a heading over a list of what the course covers, no title (a title is
            # one line, never several points); the points are the writer's prose
            ex.loose.extend(t for t, _ in s.lines if t.strip())
            continue
        if s.key == "proposal_title" and s.inline and len(lines) > 1 \
                and all(_SENTENCE_END.search(t) and _words(t) >= 6 for t, _ in lines[1:]):
            # "Working title: X" over a paragraph of sentences: a title is one line, the sentences are prose
            ex.loose.extend(t for t, _ in lines[1:])
            lines = lines[:1]
        if s.key == "proposal_title" and s.inline and len(lines) > 1 and _unknown_label_line(lines[1][0]):
            # "Title: X" over "For: nurses who ...": a title is one line, and the next "Label: answer" line, in
            # words no list holds, asks a question of its own
            ex.loose.extend(t for t, _ in lines[1:])
            lines = lines[:1]
        if f.type in ("text", "list") and s.key not in ("request_type", "proposal_title", "existing_program_name") \
                and len([t for t, _ in lines if t.strip()]) >= 2:
            # "• Hospital pharmacists ..." / "• A new micro-credential (not a conversion)" under "Who is it for?":
            # a bullet that only states the kind of course answers the request type, not this question
            kinds = [(n, kind) for n, (t, _) in enumerate(lines) if n and _words(t) <= KIND_ITEM_WORDS
                     and (kind := prose.stated_kind(clean(t).lstrip("•*-– ")) or prose.kind_line(_NEW_KIND.sub("new ", t)))]
            if len(kinds) == 1:
                # (read as a line that states the kind of course anywhere is: see _fill_gaps)
                ex.kind_items.append(lines[kinds[0][0]][0])
                lines = [ln for n, ln in enumerate(lines) if n != kinds[0][0]]
        if f.type == "choice" and (ticked := typed_ticks(s.key, [t for t, _ in lines])):
            # "X Micro-course" or "☐ Micro-course  X" among empty boxes: the typed mark is the tick, and the answer
            # is kept (ex.raw) as the boxes it stands for
            lines = [(t, li) for t, (_, li) in zip(ticked, lines)]
        if s.key in ("partner_name", "partner_contact") and len(lines) > 1:
            # "Contact: X, Role, x@y.org" over "Their letter of support is attached.": a paragraph of its own after
            # the answer that says how far the endorsement has come is the endorsement's answer, not more of who
            kept_lines = _without_status_lines(lines)
            status = choice_code("endorsement_status", " ".join(t for t, _ in lines[len(kept_lines):]))
            if status:
                pieces.setdefault("endorsement_status", status)
            lines = kept_lines
        if s.key == "target_learners" and s.method != "table":
            lines = _learners_only(lines)
        value = to_value(s.key, lines)
        if s.key in ("proposer_department", "proposer_title", "proposer_name") and isinstance(value, str) \
                and any(CE_MAILBOX.match(e) for e in find_emails(value)):
            # "NOTE DE SERVICE" read as a unit's label over "À / To : Formation continue (ce@...)": the office's
            # own mailbox marks the addressee, never the proposer
            ex.labels_seen.discard(s.key)
            ex.label_reads[s.key].pop()
            continue
        if s.key == "proposer_email" and isinstance(value, str) and CE_MAILBOX.match(value):
            # "By email: ce@...": the office's own address says where the letter went, never whose it is
            ex.labels_seen.discard(s.key)
            ex.label_reads[s.key].pop()
            continue
        if s.key == "proposer_name" and isinstance(value, str) and ORG.search(value.split(",")[0]) \
                and not find_email(value) and answer_fit(s.key, value) < 0.5 \
                and any(t.key == "proposer_name" and t is not s for t in sections[sections.index(s) + 1:]):
            # "From: Public Health Nursing, Lakeland ..." over a "Prepared by" block further down: a unit sent it,
            # the person named below wrote it
            continue
        if s.key == "proposer_name" and isinstance(value, str) and answer_fit("submission_date", value) == 1.0 \
                and answer_fit("proposer_name", value) < 0.9:
            # "Prepared: 12 November 2026": the label said when the document was prepared, not by whom; a date
            # names no one (the label was no question for the proposer either)
            ex.labels_seen.discard(s.key)
            ex.label_reads[s.key].pop()
            continue
        if s.key == "target_learners" and isinstance(value, str) and find_email(value):
            # "Destinataire : Formation continue (ce@...)": an addressee with a mailbox is whom the document is sent
            # to; the learners are a group of people, who have no address (nor is the addressee's the proposer's)
            continue
        # "PURPOSE: To propose to CE a short credential ...": what the document is for, which is the proposal itself,
        # not why the course is needed (the need stands under the headings after it): the question was asked, and
        # this answer to it is a guess
        purpose_only = s.key == "rationale" and isinstance(value, str) and all(
            _PURPOSE_CLAUSE.match(t) for t in prose.sentences(value))
        if s.key == "proposal_title" and isinstance(value, str):
            value = _without_kind(value)
        if value is None and prev_empty == s.key and f.type == "choice":
            # "Endorsement Status" then "Letter of support attached": an answer worded like the field's
            # label was read as the label again; it is the empty label's answer
            value = to_value(s.key, [(clean(s.label), False), *lines])
        prev_empty = s.key if value is None and not _has_answer(lines) else ""
        if f.type == "text" and isinstance(value, str) and s.method != "table" and s.key == "proposed_start":
            value = _before_next_label(s.key, value.rstrip("."))
        said_none = still_open = False
        if s.key == "proposed_start" and isinstance(value, str) and (s.meaning or s.confidence < SURE_LABEL) \
                and not start_of(value) and not re.search(r"\d", value):
            value = None  # a label guessed at ("Can you start with ...?") over an answer that names no time
        if isinstance(value, str):
            if s.method != "table" or prose.echoes_question(s.method, s.label):
                # "It is for X." under "Who is it for?": the sentence echoes its question, and the field holds the
                # phrase after the echo. In the form's own cell the answer is kept as written (calibration doubts
                # both where the label asks nothing: see calibration.reframed)
                value = prose.unframed(s.key, value)
            if f.type == "text":
                value = prose.without_pointer(prose.before_question(value, partial(_asks_another, s.key)))
            if f.type == "text" and prose.no_answer_yet(value):
                # "We have not settled this yet": the label's answer says there is none (empty, not unread)
                value, said_none = None, True
            elif f.type == "text" and len(told := prose.sentences(value)) > 1 and any(prose.no_answer_yet(t) for t in told):
                # "Each module ends with a practice quiz. We have not yet decided on a final assessment.": what the
                # answer describes may not be what the question asks (the writer says it is still open): a guess
                still_open = True
        if s.key in ("partner_name", "partner_contact") and isinstance(value, str) and prose.no_one_named(value):
            # "No partner yet – none approached": no partner is named (empty, not unread), and none endorses it
            if choice_code("endorsement_status", value) == "none":
                pieces.setdefault("endorsement_status", "none")
            # (an answer that says the partner was not asked yet leaves the partner unread, for a person: not empty)
            said_none = not prose.partner_unasked(value)
            value = None
        if s.key == "expected_enrolment" and value is not None and _COUNT_RANGE.fullmatch(" ".join(t for t, _ in lines).strip()):
            # "15-20": a span, not the one number the field holds (unread, for a person: not the lower end)
            value = None
        if f.type == "number" and value is not None and prose.undecided_count(" ".join(t for t, _ in lines)):
            # "Not decided – somewhere between 50 and 100": the applicant gives no count yet (empty, not unread)
            value, said_none = None, True
        src = FieldSource(s.method, clean(s.label), round(min(1.0, s.confidence), 3))
        if f.type == "choice" and value is not None and choice_unclear(s.key, lines):
            # several options on the page and nothing setting the chosen one apart (every one ticked alike):
            # a guess, not a reading, and below what calibration lifts back to sure on other signals
            src = FieldSource(s.method, clean(s.label), min(src.confidence, 0.55))
        if purpose_only or still_open:
            src = FieldSource(s.method, clean(s.label), min(src.confidence, 0.55))
        if s.key in pieces:
            value = pieces.pop(s.key)
        if f.type == "text" and s.inline and not s.bulleted and isinstance(value, str) and value[:1].islower() \
                and value.endswith(".") and not _FULL_STOP.search(value) \
                and all(t.strip()[:1].islower() for t, _ in lines[1:]):  # (one sentence, wrapped or not)
            # "Skills: direct pressure, wound packing and handover." goes on in lower case after its label: the rest
            # of the writer's one sentence, a phrase whose full stop ends the sentence, not the answer (as
            # prose.skills_of reads a sentence that names the skills). A list's item "• Learners: nurses in urology."
            # is no sentence of the text: the item holds the answer alone, its full stop as typed
            value = value.rstrip(".")
        if s.key == "competencies" and isinstance(value, str):
            # "Les participants devront : a, b, c et d." - a lead-in naming the learners, then the items of an
            # inline list: the items are the answer, each a list item
            value = _inline_items(value) or value
        if s.key in ("partner_contact", "proposer_name") and isinstance(value, str) and _SENTENCE_STOP.search(value):
            # "Contact: Dr Ama Roy (aroy@example.com)." - a person's name and address end no sentence of their own:
            # the full stop is the sentence's (an initial or a title's abbreviation keeps its own)
            value = value[:-1].rstrip()
        if s.key == "target_learners" and isinstance(value, str) and _YEARLY_COUNT.fullmatch(value.strip()):
            # "Learners: 16 per year" (a slide's bullet, a pitch's glance box): how many learners, not who they are
            count = to_number(value, "expected_enrolment")
            if count is not None:
                pieces["expected_enrolment"], value = count, None
        elif s.key == "target_learners" and isinstance(value, str) and (count := _count_first(value)) is not None:
            # "Participants: two cohorts of ten per year" (a protocol's Method bullet): an answer that opens on a
            # count of people a year says how many, not who; whom the course is for is told elsewhere
            pieces.setdefault("expected_enrolment", count)
            value = None
        if s.method != "table" and isinstance(pieces.get("partner_name"), str):
            pieces["partner_name"] = prose.organisation_of(str(pieces["partner_name"]))
        if s.key == "partner_name" and isinstance(value, str) and s.method != "table":
            value = prose.organisation_of(value)
            # "Medtrana Cardiac (device maker)": a remark in lower case on what the organisation is, no part of its name
            # (an acronym in brackets, "(OCSN)", is)
            value = re.sub(r"(?<=\w)\s*\((?:[a-z][\w'’-]*\s*){1,4}\)(?=\s*(?:[.;,]|$))", "", value)
        if s.key in ("partner_name", "partner_contact") and isinstance(value, str):
            value = without_status(value)
        if s.key in _ROLE_AND_UNIT and isinstance(value, str) and all(
                coverage(s.label).get(k, 0.0) >= 0.3 for k in _ROLE_AND_UNIT):
            # "Role / unit: Genetic Counsellor – Medical Genetics Clinic": a label that asks for both is answered
            # by both, each given separately
            split = role_beside_unit(value)
            if split is not None:
                both = dict(zip(_ROLE_AND_UNIT, split))
                value = both.pop(s.key)
                pieces.update(both)
        guessed = s.meaning or s.confidence < SURE_LABEL  # the label was not surely read
        first = 1
        while s.wrapped and first < len(s.lines) and not _SENTENCE_END.search(s.lines[first - 1][0]) \
                and not strip_marker(s.lines[first][0].strip())[1]:
            first += 1  # ("Type: conversion of our existing SP Trainer" / "Workshop Series": one answer, wrapped)
        if guessed and f.type == "text" and lines:
            ex.guessed_answers.append(" ".join(t for t, _ in lines))
        if guessed and s.method in _PROSE_CUT and len(s.lines) > first:
            # an unsure label over several paragraphs of prose: its sentences may state other fields
            ex.guessed_prose.extend(t for t, _ in s.lines[first:])
            ex.guessed_at.append((s.loose_at, [t for t, _ in s.lines[first:]]))
        by_answer = False
        stated = logistics(" ".join(t for t, _ in lines)) if guessed and s.key not in _LOGISTICS else {}
        if len(stated) >= 3 or len(stated) >= 2 and sum(_words(t) for t, _ in lines) <= LOGISTICS_LINE:
            # a label read by meaning or unsure, over an answer that states format, hours, start and intake:
            # the answer's type outweighs the guess at the label ("Practical details" is no framework); so does
            # a short answer that states two of them and little else ("Fully online, 8 hours in total")
            pieces, value, by_answer = {k: v for k, v in stated.items() if isinstance(v, (str, int, float))}, None, True
        backed = partner_line(" ".join(t for t, _ in lines)) if guessed and not s.key.startswith("partner") \
            and s.key != "endorsement_status" else {}
        if "partner_name" in backed and "endorsement_status" in backed:
            # the same for an organisation named with the state of its endorsement ("Who is backing it?")
            pieces, value, by_answer = dict(backed), None, True
        course = prose.course_named(lines[0][0]) if guessed and lines and s.key not in ("proposal_title", "request_type") \
            else {}
        if course:
            # ... and for an answer that names the course itself ("A brand-new micro-credential, <title>, built on
            # ..." under "What I'd like to build"): it answers what is proposed, not the guessed question
            pieces, value, by_answer = dict(course), None, True
        if guessed and s.key not in _PARTNER_KEYS and isinstance(value, str) \
                and (status := _status_opening(value)) is not None and _after_partner(sections, s):
            # "Where are things with them? In discussion – no letter yet" right after the partner: a question the
            # parser guessed at, answered by the state of the partner's endorsement, asks that state
            pieces, value, by_answer = {"endorsement_status": status}, None, True
        if value is None and s.key in _LOGISTICS:
            value = _mine_logistics(s.key, lines)
        if value == "existing_program" and "existing_program_name" not in pieces:
            named = _converted_program(lines)
            if named:
                pieces["existing_program_name"] = named
        # "Letter attached? No" says no letter, not that nothing was agreed: a later, fuller answer wins
        weaker = f.type == "choice" and ex.fields.get(s.key) == "none" and value not in (None, "none")
        # the same field asked twice: the surer label wins (a title line read by meaning loses to the form's label)
        surer = s.key in ex.sources and src.confidence >= ex.sources[s.key].confidence + 0.2 \
            and ex.sources[s.key].method not in ("content_control", "acroform")
        if ex.put(s.key, value, src, override=weaker or surer):
            ex.raw[s.key] = "\n".join([*(t for t, _ in lines), *contact_after])
            if s.wrapped and not s.in_sentence:
                ex.paragraphs[s.key] = "\n".join(prose.unwrapped([t.strip() for t, _ in s.lines if t.strip()]))
        if said_none:
            ex.said_none.add(s.key)
        if s.key == "proposer_name" and value is None and not _has_answer(lines) and _words(s.label) <= CAPTION_WORDS \
                and s.confidence >= 1.0:
            ex.proposer_captions.append(s.loose_at)
        if value is None and _has_answer(lines) and not said_none:
            ex.unread.add(s.key)
        elif value is None and s.wrapped and f.type == "choice" and _has_boxes(lines):
            # a printed PDF's tick is often drawn over the box as a path or picture, which its text layer
            # does not carry: boxes that read empty there do not prove that none was ticked
            ex.unread.add(s.key)
        elif value is None:
            # an unsure label may not be that field's label: only a sure one with nothing after it proves empty
            (sure_empty if s.confidence >= SURE_LABEL else weak_empty).add(s.key)
        if s.key == "request_type" and value is not None and not by_answer:
            # the sentence that says what is requested often says how, how long, for how many and from when too ("A
            # new micro-credential, delivered online in four hours, for about 220 paramedics a year, beginning Autumn
            # 2027"): the facts it states are read as the pieces of an answer are, none surer than a guess
            facts_told = logistics(" ".join(t for t, _ in lines))
            if len(facts_told) >= 2:
                pieces = {**{k: v for k, v in facts_told.items() if isinstance(v, (str, int, float))}, **pieces}
                by_answer = True
        asked = coverage(s.label)
        for other, v in pieces.items():
            # a piece the label also asks for is as sure as the label; one found only by its shape is not
            conf = src.confidence if asked.get(other, 0.0) >= 0.3 and not by_answer else min(src.confidence, 0.6)
            if other in _SELF_TYPED and _same_subject(s.key, other):
                # ... unless its own type names it: an address or a number in the answer about the proposer is
                # the proposer's, "14 hours" or "30 learners a year" in the answer about logistics is that fact
                conf = max(conf, min(src.confidence, TYPED_PIECE))
            if ex.put(other, v, FieldSource("composite", clean(s.label), round(conf * 0.95, 3))) and not by_answer:
                ex.labels_seen.add(other)  # (a field known only by its answer's shape is no label of the form)
                ex.label_reads.setdefault(other, []).append(("composite", clean(s.label), conf, s.meaning))
        if s.key.startswith("proposer_") and pieces:
            for row, _ in s.lines:
                when = to_date(re.split(r"\s[·•|]\s", row.strip())[-1].strip(" ,.;")) if _contact_row(row) else None
                if when:
                    # "a@b.org · 416-555-0189 · 28 November 2026" closing the byline: the date put to the proposal
                    ex.put("submission_date", when, FieldSource("byline", "contact row", 0.7))
                    break
    ex.unread |= weak_empty - sure_empty
    for key in ex.unread & set(CHOICE_KEYS):
        if key in ex.sources and ex.sources[key].method == "composite" and key in ex.fields:
            # the form's own question for this choice was found with a tick the reader could not read: an option
            # named inside another answer ("6 h: 4 online + 2 lab" under the hours) is no reading of that tick, and
            # the field stays unread (uncertain) rather than answered by a guess calibration would lift to sure
            del ex.fields[key]
            del ex.sources[key]
    _others_answers_dropped(ex, directs or [])
    for d in directs or []:
        if d.fallback and d.key not in ex.labels_seen and ex.put(d.key, d.value, FieldSource(d.method, d.label, d.confidence)):
            ex.labels_seen.add(d.key)
            ex.label_reads.setdefault(d.key, []).append((d.method, d.label, d.confidence, True))
    _prose(ex, wrapped=any(b.line for b in blocks))
    _fill_gaps(ex, subject, [b.text for b in blocks if not b.is_pair])
    _own_contact(ex)
    _unit_after_role(ex)
    _letterhead_unit(ex)
    if "submission_date" not in ex.fields:
        seen: list[str] = []
        dated = _closing_date(blocks, seen)
        if dated and ex.put("submission_date", dated, FieldSource("pattern", "closing date", 0.6)):
            ex.raw["submission_date"] = seen[0]  # (the calibration asks whether the date read reads both ways)
    if "submission_date" not in ex.fields:
        dated = _labelled_date(blocks)
        if dated:
            # (the layout put the label and its date inside another cell's answer: read, but not surely)
            ex.put("submission_date", dated, FieldSource("pattern", "labelled date", 0.7))
    if "submission_date" not in ex.fields:
        made = _made_date(blocks)
        if made is not None:
            # "Micro-course proposal · prepared 1 December 2026", "Updated 26 Nov 2026" in a fact sheet's footer: the
            # document says when it was written, in words surer than a date alone at its top
            ex.put("submission_date", made[0], FieldSource("pattern", "date made", 0.7))
            ex.raw["submission_date"] = made[1]
    if "submission_date" not in ex.fields:
        seen = []
        dated = _opening_date(blocks, seen)
        if dated and ex.put("submission_date", dated, FieldSource("pattern", "date at the top", 0.5)):
            ex.raw["submission_date"] = seen[0]
    # last, a learned guess for the fields no reader found and no label asked (always uncertain: sentence_fields.py)
    empty = {k for k in sentence_fields.FILLABLE if k not in ex.fields and k not in ex.labels_seen}
    read = [x for v in ex.fields.values() for x in (v if isinstance(v, list) else [v]) if isinstance(x, str)]
    for key, value in sentence_fields.fallback(ex.loose, any(b.line for b in blocks), empty, read).items():
        ex.put(key, value, FieldSource(sentence_fields.METHOD, "sentence", sentence_fields.CONFIDENCE))
    return ex


_CLOSING_DATE = re.compile(r"^(?:(?:(?:response|reply|form)\s+)?(?:submitted|dated|signed|sent|soumis|sign[ée]|envoy[ée]e?)"
                           r"(?:\s+(?:on|le))?\s*:?\s*)?(?P<date>.+?)"
                           # (a form service stamps the time too: "Response submitted 2026-11-27 14:41:09 EST")
                           r"(?:[ ,T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,5})?)?$", re.I)
# a poster's or a deck's footer band says when the page was made, and perhaps for what: "Poster prepared November 5,
# 2026", "Poster prepared October 30, 2026 for the concept review"
_PREPARED_DATE = re.compile(r"^(?:poster|handout|deck|slides|one-pager|brief)\s+prepared\s+(?:on\s+)?(?P<date>.+?\d{4})"
                            r"(?:\s+for\s+[^,;:]{3,60})?\.?$", re.I)


_BAND = re.compile(r"\s+[·•|]\s+")
FOOT_BAND_WORDS = 10  # words of the organisation a page's foot band names before its date


def _foot_band_date(line: str) -> list[str]:
    """The date of a page's foot band that names the organisation and the day ("Westbury Community Hospital · 8 March
    2027"): the band's last piece, when the one before it names an organisation (a band of a course's own facts,
    "Online · 6 hours · Fall 2027", names none); else nothing."""
    pieces = _BAND.split(line.strip())
    if len(pieces) != 2 or _words(pieces[0]) > FOOT_BAND_WORDS or not ORG.search(pieces[0]):
        return []
    return [pieces[1]]


def _closing_date(blocks: list[Block], seen: list[str] | None = None) -> str | None:
    """The date a letter or an answer sheet closes with ('Submitted 1 March 2026', a name over '16 février 2026').

    Only the last few paragraphs count, and only a line that is a full date and little else. ``seen`` gets the
    date's own text, as written.
    """
    office = [n for n, b in enumerate(blocks) if not b.is_pair and _OFFICE.search(b.text) and _words(b.text) <= 8]
    # an office-use box at the end holds the office's dates, not the applicant's
    tail = [b for b in blocks[:office[-1] if office else len(blocks)] if not b.is_pair and b.text.strip()][-3:]
    for b in reversed(tail):
        # (a bilingual sheet closes in both languages on one line, "Envoyé le 2 décembre 2026 / Sent December 2,
        # 2026": each half is tried as a line of its own)
        for line in (half for ln in reversed(b.text.split("\n")) for half in [ln, *(ln.split(" / ") if " / " in ln else []),
                                                                                *_foot_band_date(ln)]):
            m = _PREPARED_DATE.match(line.strip()) or _CLOSING_DATE.match(line.strip())
            if m and _words(m.group("date")) <= 4:
                found = to_date(m.group("date"))
                if found:
                    if seen is not None:
                        seen.append(m.group("date"))
                    return found
    return None


# words that make a date the course's or someone else's, not the day the document was written
_OTHER_DATE = re.compile(r"\b(?:start|starts|starting|launch|begin|cohort|from|until|deadline|due|by|meeting|"
                         r"exported|printed|downloaded|intake|term|d[ée]but|commenc)", re.I)


LABELLED_DATE_WORDS = 4  # words of a date's label on its line ("Submission Date", "Date submitted")


def _labelled_date(blocks: list[Block]) -> str | None:
    """A line of the first blocks that is the submission date's own label and a date ("Submission Date Dec 2, 2026"
    in a form service's header), wherever the layout put it (a heading's wrap may take it as its answer); the
    first such line, else None."""
    lines = [t for b in blocks[:OPENING_COVER] for t in (b.text, *(a.text for a in b.answer)) if t.strip()]
    for line in lines:
        words = line.split()
        for k in range(1, min(LABELLED_DATE_WORDS, len(words) - 1) + 1):
            m = match_label(" ".join(words[:k]).rstrip(":"))
            if m is not None and m.key == "submission_date" and m.score >= 1.0:
                found = to_date(" ".join(words[k:]))
                if found:
                    return found
    return None


# A document says when it was made with a verb of writing and a full date, where a footer or a byline states it: at a
# line's or a sentence's start or after a separator ("Proposal · prepared 1 December 2026", "a@b.org | Updated 26 Nov
# 2026", "Prepared by Ada Roy, Educator, on 28 November 2026.", a sign-off row "Prepared by: Ada Roy  A. Roy  March 1,
# 2027" (its label's colon, a signature's initial), "Mis à jour le 24 novembre 2026"; a form service's
# print stamps the reply "Response submitted 19 Nov 2026, 10:42 · a@b.org"). The words between a
# "by" and the date are the writer's name and role (no sentence's end), and one word may name what was made ("Document
# préparé le ...", "Last updated"); a date a sentence gives to something else ("the standard was updated in March
# 2025") is no full date right after the verb, or stands at no such place.
_DAY_FIRST = r"\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d_]{3,9}\.?,?\s+\d{4}"
_MONTH_FIRST = r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
_MADE_DATE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[·•|,;–—(])\s*|\s[-–—]\s)\s*"
    r"(?:[^\W\d_]+\s+)?(?:(?:prepared|updated|revised|drafted|written|submitted)|pr[ée]par[ée]e?|r[ée]vis[ée]e?|r[ée]dig[ée]e?|"
    r"soumise?|mise?\s+[àa]\s+jour)"
    r"(?:\s+(?:by|par)\s*:?\s+(?:[^.!?\n;:|·•]|(?<=\b[A-Z])\.){0,100}?(?:\n[^.!?\n;:|·•]{0,100}?)?,?)?"
    r"\s+(?:on\s+|le\s+)?(?P<date>" + _DAY_FIRST + "|" + _MONTH_FIRST + r"|\d{4}-\d{2}-\d{2})\b", re.I | re.M)


def _made_date(blocks: list[Block]) -> tuple[str, str] | None:
    """The date the document says it was made ("prepared 1 December 2026"), as ISO and as written; the first such
    statement, else None (see _MADE_DATE)."""
    text = "\n".join(b.text for b in blocks if not b.is_pair and b.text.strip())
    for m in _MADE_DATE.finditer(text):
        found = to_date(m.group("date"))
        if found:
            return found, m.group("date")
    return None


def _opening_date(blocks: list[Block], seen: list[str] | None = None) -> str | None:
    """The date a memo, a pitch or a reply is headed with ("... - response to the CE questions - 25 Nov 2026").

    Only the first few paragraphs, and only a short one: a guess, since no label says what the date is. ``seen``
    gets the line the date was read from.
    """
    head = [b for b in blocks if not b.is_pair and b.text.strip()][:OPENING_LINES]
    cover = []
    for b in blocks[:OPENING_COVER]:
        # a title page (a deck's cover: a title and a byline wrapped over two lines each, then the date) heads the
        # document down to its first heading or label
        if b.is_pair or b.heading or b.bold or b.text.rstrip().endswith(",") \
                or _words(b.text) > TITLE_PAGE_WORDS:
            break  # (a letter's greeting, a sentence: a page of text, no title page)
        cover.append(b)
    if len(cover) > OPENING_LINES:
        head = [b for b in cover if b.text.strip()]
    for b in head:
        line = b.text.strip()
        if "\n" in line or _words(line) > 25 or _OTHER_DATE.search(line):
            continue
        found = to_date(line)
        if found:
            if seen is not None:
                seen.append(line)
            return found
    # a cover block longer than the head (a title wrapped, the applicant, the unit, the address and number) dated on
    # a line of its own right under its address or number: the date the block was written
    # (lines of text counted, not paragraphs: a word processor's cover page spaces its block with empty paragraphs)
    opening = [b.text.strip() for b in blocks if not b.is_pair and b.text.strip()][:COVER_BLOCK_LINES]
    for above, line in zip(opening, opening[1:]):
        if "\n" not in line and _words(line) <= DATE_ALONE_WORDS and not _OTHER_DATE.search(line) \
                and (find_emails(above) or phones(above)) and (found := to_date(line)):
            if seen is not None:
                seen.append(line)
            return found
    return None


def _unit_unwrapped(unit: str, loose: list[str]) -> str:
    """A signed unit whose line the signature's narrow column wrapped ("Women's Health Program, Riverside" over
    "Health Sciences Centre"), whole where the document writes the two lines as one line elsewhere (its letterhead);
    else the unit as signed (a second line may be a unit of its own)."""
    lines = [clean(t) for t in loose]
    written = set(lines)
    for n in range(len(lines) - 1):
        if lines[n] == unit and lines[n + 1] and f"{unit} {lines[n + 1]}" in written:
            return f"{unit} {lines[n + 1]}"
    return unit


COVER_BLOCK_LINES = 8  # the lines a document's cover block may take before its date
DATE_ALONE_WORDS = 5  # ("3 March 2027", "Draft of 19 January 2027")


def _soft_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph whose manual line breaks start 'Label: answer' lines is several paragraphs.

    Word users stack "Partner lead: ..." under an answer with Shift+Enter, or set two on one line with
    spaces between ("E-mail: a@b.org     Tel.: 416-555-0100"); read as one paragraph, the labels inside
    it would never be seen. Lines without such a label stay together.
    """
    out: list[Block] = []
    for b in blocks:
        if b.is_pair or b.line or ("\n" not in b.text and not _SIDE_BY_SIDE.search(b.text)):
            out.append(b)
            continue
        lines = [ln for part in b.text.split("\n") for ln in _SIDE_BY_SIDE.split(part) if ln.strip()]
        labelled = [n for n, ln in enumerate(lines) if n and _COLON.match(ln)
                    and _words(_COLON.match(ln).group(1)) <= 6]  # type: ignore[union-attr]
        if not labelled:
            out.append(b)
            continue
        cuts = [0, *labelled, len(lines)]
        for a, z in zip(cuts, cuts[1:]):
            out.append(Block(text="\n".join(lines[a:z]), heading=b.heading, bold=b.bold, list_item=b.list_item))
    return out


_KIND_AFTER = re.compile(r"^(.{8,}?)\s*\(([^()]{3,60})\)\s*$")


def _without_kind(title: str) -> str:
    """"Exercise Prescription in Cardiac Rehabilitation (a new micro-credential)" -> the title: a bracket after it
    that says what kind of request it is describes the proposal, it is no part of its name."""
    m = _KIND_AFTER.match(title)
    if m and _words(m.group(2)) <= 5 and choice_code("request_type", m.group(2)):
        return m.group(1).strip()
    return title


_RADIO_OFF, _RADIO_ON = glyphs.RADIOS_OFF, glyphs.RADIOS_ON


def _radio_groups(blocks: list[Block]) -> list[Block]:
    """A web form's radio buttons as tick boxes: in a line that holds an empty button ("○ Online ● Hybrid"), a
    filled one is the option chosen. (A filled dot alone is a bullet, and stays one.)"""
    def group(texts: list[str]) -> bool:
        return any(c in t for t in texts for c in _RADIO_OFF)

    def ticked(text: str) -> str:
        return text.translate({ord(c): "☐" for c in _RADIO_OFF} | {ord(c): "☒" for c in _RADIO_ON})

    out = []
    for n, b in enumerate(blocks):
        if b.is_pair:
            # the options of one question stand in its answer cell, one a line
            if group([a.text for a in b.answer if not a.is_pair]):
                b = replace(b, answer=[replace(a, text=ticked(a.text)) if not a.is_pair else a for a in b.answer])
        elif b.text and group([x.text for x in blocks[max(0, n - 1):n + 2] if not x.is_pair]):
            b = replace(b, text=ticked(b.text))  # ... or on the lines around the chosen one
        out.append(b)
    return out


_HONORIFIC = re.compile(r"(?:[A-Z]\.|M\.|Mme|Mlle|Dre?\.?|Mrs?\.?|Ms\.?|Mx\.?|Prof\.?)")
_BULLET_GLYPH = re.compile(r"^\s*[" + re.escape(BULLET_GLYPHS) + r"]\s+")
_PAGE_MARK = re.compile(r"(?i)(?:slide|page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?")


def _dash_head(head: str) -> bool:
    """Whether the words before a spaced dash could head a point: a word or three, the first capitalised."""
    return _words(head) <= DASH_HEAD_WORDS and head.strip()[:1].isupper()


def _dash_form(blocks: list[Block]) -> range:
    """The blocks of a document written as a list of "Head – answer" points (see DASH_FORM_LINES), from its first
    point with a listed wording to its last (an empty range when it is not written so): a greeting before the list
    ("Hi team – here is our idea") or a word after it is no point of it."""
    heads = [(k, h.group(1)) for k, b in enumerate(blocks) if not b.is_pair and b.heading is None and not b.bold
             and (h := _DASHED.match(b.text.strip())) and _dash_head(h.group(1)) and h.group(2).strip()]
    listed = [k for k, h in heads if _label_match(h, None, DASHED_MIN) is not None]
    if len(heads) < DASH_FORM_LINES or len(listed) < DASH_FORM_LISTED:
        return range(0)
    return range(listed[0], listed[-1] + 1)


def _sibling_item(label: str, text: str) -> bool:
    """Whether ``text`` is set as the label's own line was: the same bullet, then a few capitalised words and a
    dash or colon before an answer ("• Title – ..." / "• Type – micro-course")."""
    own, this = BULLETED.match(label), BULLETED.match(text)
    if own is None or this is None or own.group(1) != this.group(1):
        return False
    rest = text[this.end():]
    m = _DASHED.match(rest) or _COLON.match(rest)
    return bool(m and m.group(2).strip() and _words(m.group(1)) <= 3 and m.group(1)[:1].isupper())


def _spells_name(email: str, name: str) -> bool:
    """Whether an address's local part holds the person's family name (or a given name of four letters or more)."""
    local = re.sub(r"[^a-z]", "", fold(email.split("@", 1)[0]))
    words = [re.sub(r"[^a-z]", "", fold(w)) for w in re.split(r"[\s-]+", name) if w]
    words = [w for w in words if len(w) >= 4 or w == (words[-1] if words else "")]
    return any(w and w in local for w in words)


_NUMBERED = re.compile(r"^\s*(?:Q\s?)?(?:(\d{1,2})[.)]|([a-z])\))\s+\S")


def _next_number(label: str, text: str) -> bool:
    """Whether ``text`` opens the paragraph numbered after the one whose opening words were the label ("4. By the
    end they would be able to:" then "5. We would assess them ..."): the next point, not more of this answer."""
    own, this = _NUMBERED.match(label), _NUMBERED.match(text)
    if own and this and own.group(1) and this.group(1):
        return int(this.group(1)) == int(own.group(1)) + 1
    # ("b) Your name, role and unit: ..." then "c) Email and phone: ...": the next lettered point)
    return bool(own and this and own.group(2) and this.group(2) and ord(this.group(2)) == ord(own.group(2)) + 1)


_COLON_AT = re.compile(r"[:：](?=\s|$)")
_WORD_BEFORE = re.compile(r"(?:\w[^\w\s]?){3,}")


def _beside_labels(b: Block) -> list[Block]:
    """A printed line cut before each further label written in full with its colon ("Programs: Proposed Start:
    January 2028" -> "Programs:", "Proposed Start: January 2028"; "Phone: 416-555-0193 Resources Required:" ->
    "Phone: 416-555-0193", "Resources Required:"). The colon must follow a listed wording exactly, of two words or
    more, with words of an answer before it on the line; a label that runs from where the line (or the pair before
    it) starts is one label, not an answer and a label."""
    if b.is_pair or not b.line or b.heading is not None or b.bold:
        return [b]
    text = b.text
    colons = list(_COLON_AT.finditer(text))
    if not colons or len(colons) == 1 and not text[colons[0].end():].strip():
        return [b]
    cuts: list[int] = []
    seg = 0  # where the piece of the line that this colon ends starts
    for colon in colons:
        words = list(re.finditer(r"\S+", text[seg:colon.start()]))
        best = None
        spans_all = False
        for k in range(1, min(8, len(words)) + 1):
            start = seg + words[-k].start()
            label = text[start:colon.start()].strip()
            m = match_label(label)
            if m is None or m.score < 1.0 or m.key.startswith("_") or set(tokens(label)) != set(tokens(m.variant)):
                continue
            if start == seg:
                spans_all = True
            elif text[start:start + 1].isupper() and _words(label) >= 2:
                best = start
        if best is not None and not spans_all and _WORD_BEFORE.search(text[seg:best]):
            cuts.append(best)
        seg = colon.end()
    if not cuts:
        return [b]
    bounds = [0, *cuts, len(text)]
    return [Block(text=text[a:z].strip(), line=True, list_item=b.list_item)
            for a, z in zip(bounds, bounds[1:]) if text[a:z].strip()]


_SBAR_HEADS = ("situation", "background", "assessment", "recommendation")
_SBAR_LINE = re.compile(r"^\s*(?:[SBAR]\s*[-–—:.]\s*)?(situation|background|assessment|recommendations?)\s*(?:[:：]|$)",
                        re.I)


def _sbar_head(b: Block) -> str | None:
    """The SBAR head a block opens with ("Situation", "A – Assessment:", "Recommendations"), or None."""
    if b.is_pair:
        return None
    m = _SBAR_LINE.match(b.text.split("\n", 1)[0])
    return m.group(1).lower().rstrip("s") if m else None


_HEAD_ALONE = re.compile(r"[^\W\d_][^.:;,!?\n]{0,40}\.")
_ONE_VALUE = ("date", "email", "phone", "number")
KIND_LINE_WORDS = 4


def _weak_label(text: str) -> bool:
    """Whether a text names no field surely (a full label in capitals, "PROPOSED TITLE", is one)."""
    m = match_label(text.strip())
    return m is None or m.score < 0.9
SENTENCE_WORDS = 6  # words of a paragraph that is a sentence of its own, not the next piece of an answer


def _unknown_label_line(text: str, bare: bool = False) -> bool:
    """A "Label: answer" line whose label is a few capitalised words that name no field the parser knows (with
    ``bare``, a "Label:" line with its answer on the lines below counts too)."""
    m = _COLON.match(text.strip())
    if not (m and (m.group(2).strip() or bare and text.rstrip().endswith(":")) and _words(m.group(1)) <= 3
            and m.group(1)[:1].isupper()):
        return False
    named = match_label(m.group(1))
    # (a bare label is told by its line alone: a wording a list holds only in part, "Course code" for "Course
    # title", names no field either)
    return named is None or bare and not m.group(2).strip() and named.score < INLINE_MIN


# a line that ends in a word broken at its hyphen
_BROKEN_AT_HYPHEN = re.compile(r"[^\W_]-$")


_ROLE_AND_UNIT = ("proposer_title", "proposer_department")
# a lead-in whose subject is the learners ("Participants will:", "Les participants devront :", "Learners can:")
_LEARNERS_LEAD = re.compile(r"(?i)^(?:[\w'’]+\s+){0,3}(?:learners?|participants?|students?|trainees?|apprenant(?:e)?s?|"
                            r"personnes?|graduates?|attendees?)\b[^.:;!?]{0,60}$")
_LAST_ITEM = re.compile(r"\s+(?:and|or|et|ou)\s+(?=\S)")
INLINE_ITEMS = 3  # items, at the least, of an inline list after a lead-in


def _inline_items(value: str) -> str | None:
    """"Participants will: do a, do b, do c and do d." -> "do a; do b; do c; do d" (the lead-in dropped, the items
    of the inline list given as list items); None unless a lead-in naming the learners opens it and three items or
    more, each a phrase in lower case, follow."""
    lead, colon, rest = value.partition(":")
    if not colon or not _LEARNERS_LEAD.match(lead.strip()):
        return None
    parts = [p.strip() for p in rest.strip().rstrip(".").split(", ")]
    last = list(_LAST_ITEM.finditer(parts[-1]))
    if not last:
        return None
    parts[-1:] = [parts[-1][:last[-1].start()], parts[-1][last[-1].end():]]
    if len(parts) < INLINE_ITEMS or not all(len(p.split()) >= 2 and p[:1].islower() for p in parts):
        return None
    return "; ".join(parts)



def _asks_role_alone(src: FieldSource) -> bool:
    """Whether the role was read under a label that asks for the role and not for the person ("Your job title"):
    its answer is the role, whatever its first words look like ("Clinical Chemistry Resource Technologist" names
    no one called Clinical Chemistry)."""
    if src.method not in ("question", "table", "label_line") or not src.label:
        return False
    m = match_label(src.label)
    return m is not None and m.key == "proposer_title" and m.score >= 0.9 \
        and coverage(src.label).get("proposer_name", 0.0) < 0.3


def _same_words(a: str, b: str) -> bool:
    """Whether two readings hold the same words in the same order (commas and spacing aside)."""
    return re.findall(r"[^\W_]+", a.casefold()) == re.findall(r"[^\W_]+", b.casefold())


def _mended(text: str) -> str:
    """A block's lines with each word a typesetter broke at a line's end (a soft hyphen there, see line_breaks) whole
    again: "Eastbrook Com-" over "munity Hospitals" is one piece of a contact block, not two."""
    return text.replace("\u00ad\n", "") if "\u00ad\n" in text else text


def _pieces(key: str, lines: list[tuple[str, bool]]) -> dict[str, FieldValue]:
    """Fields a composite answer to the ``key`` question holds besides (or instead of) its plain value."""
    text = _mended("\n".join(t for t, _ in lines if t.strip()))
    found: dict[str, FieldValue] = {}
    if not text:
        return found
    if key == "proposer_name":
        found.update(person_line(text))
    elif key in ("proposer_email", "proposer_phone"):
        # "Email / phone: a@b.org / 807-555-0120": one answer for both
        email, number = find_email(text), phones(text)
        if key == "proposer_email" and number and email:
            found["proposer_phone"] = number[0]
        elif key == "proposer_phone" and email and number:
            found["proposer_email"] = email
    elif key in ("partner_name", "partner_contact", "endorsement_status"):
        # "Partner and endorsement: Oakmont Centre — Dr. G. Hollis. Letter attached." names the partner too
        found.update(partner_line(text))
        split = partner_answer(text) if "partner_name" in found and "partner_contact" not in found else {}
        if split.get("partner_contact") and split.get("partner_name") == found["partner_name"]:
            # "Network – contact Dr. X (x@y.org). They have agreed to endorse it.": the person named after the
            # organisation in the first sentence, the state of the endorsement in the next
            found["partner_contact"] = split["partner_contact"]
        if isinstance(found.get("partner_name"), str):
            found["partner_name"] = without_status(str(found["partner_name"]))  # "Org (letter to follow)"
        if key == "endorsement_status" and not ORG.search(str(found.get("partner_name", ""))) \
                and found.get("partner_name") != endorser(text):
            found = {}  # only an organisation named there is the partner ("Oakmont Heart Centre — Dr. Hollis")
        if key == "partner_contact" and "partner_contact" not in found:
            found = {}  # a contact answer is the person; only an organisation named before them splits off
        first = clean(text.split("\n")[0]).rstrip(".")
        if key == "endorsement_status" and not found and first[:1].isupper() and ORG.search(first) \
                and _words(first) <= ENDORSER_WORDS \
                and choice_code(key, first) is None and not re.search(r"[.;:!?]", first):
            # "Partner and endorsement" over "Canadian Preparedness Society" (its state on a line of its own, or
            # asked apart): an organisation named alone where the endorsement is asked is the one that endorses
            found["partner_name"] = first
    elif key in _LOGISTICS:
        found.update({k: v for k, v in logistics(text).items() if isinstance(v, (str, int, float))})
        for line in sorted(text.split("\n"), key=_french_line):
            # one fact a line ("Hybrid" / "24 hours" / "January 2027"): each line read alone too (an English line
            # before its French twin: "printemps 2027" over "Spring 2027" is the same start, read in English)
            found.update({k: v for k, v in logistics(line).items() if k not in found and isinstance(v, (str, int, float))})
        if "delivery_format" in found and _has_boxes(lines):
            # tick boxes decide the format, not the first option named
            fmt = to_value("delivery_format", lines)
            if fmt is None:
                found.pop("delivery_format")
            else:
                found["delivery_format"] = fmt
        if key != "proposed_start" or len(found) < 2:
            found.pop(key, None)  # the plain reading of the asked field stands; a start alone keeps its words
    return found


# (the French months spelled unlike their English names: "sept", "oct", "nov", "déc" also abbreviate English ones)
_FRENCH_WHEN = re.compile(r"\b(?:" + french.TERMS + r"|janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|"
                          r"ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b", re.IGNORECASE)


def _french_line(line: str) -> bool:
    """Whether a line is written in French (its function words, or a French month or season named)."""
    return language(line) == "fr" or bool(_FRENCH_WHEN.search(line))


# a name set in quotes inside words that describe it: "our 2-day internal workshop 'Safer Visits: Trauma-Informed
# Practice'" (the quote opens after a space and closes before no letter: an apostrophe, "team's", is none)
_QUOTED = re.compile(r"(?:^|(?<=\s))([\"“‘'])(?P<name>[A-ZÀ-Þ][^\"“”‘’']{2,100}?)([\"”’'])(?!\w)")


# a course named in quotes right after the words that say it is one ("a proposal for a micro-course, "Urodynamic
# Studies for Nurses", to be offered ...", "into a micro-credential titled "Chromosome Banding"")
_COURSE_QUOTED = re.compile(r"\b(?:micro[- ]?(?:course|credential)|course|proposal)\b,?\s+(?:(?:titled|entitled|called|"
                            r"named)\s+)?[\"“](?P<name>[A-ZÀ-Þ][^\"“”]{2,100}?)[\"”]", re.I)


# the heading of a meeting's record (its minutes), which names the meeting, never the course
_MEETING = re.compile(r"\b(?:minutes|meeting|proc[eè]s-verbal|compte\s+rendu|r[ée]union)\b", re.I)


def _course_in_quotes(texts: list[str]) -> str | None:
    """The one course a document names in quotes after the words that say it is a course (see _COURSE_QUOTED)."""
    found = {m.group("name").strip(" ,") for t in texts for m in _COURSE_QUOTED.finditer(clean(t))}
    return found.pop() if len(found) == 1 else None


def _quoted_name(text: str) -> str | None:
    """The one name in quotes of a phrase that describes it in lower-case words before it ("our internal workshop
    'Safer Visits'"); None when the text has no such quote, two of them, or opens with the name itself."""
    found = list(_QUOTED.finditer(text))
    if len(found) != 1 or not text[:1].islower():
        return None
    return found[0].group("name").strip()


def _converted_program(lines: list[tuple[str, bool]]) -> str | None:
    """'[x] Convert an existing program: Perfusion elective CVT-330' -> the program the option names."""
    for n, (text, _) in enumerate(lines):
        for part in INLINE_BOX.split(text):
            state, caption = checkbox_state(part)
            if state is False:
                continue
            option, colon, rest = caption.partition(":")
            if colon and rest.strip() and choice_code("request_type", option) == "existing_program" \
                    and not is_empty(rest):
                return _quoted_name(clean(rest)) or clean(rest).rstrip(".")
            after = next((clean(t) for t, _ in lines[n + 1:] if t.strip()), "")
            if colon and not rest.strip() and choice_code("request_type", option) == "existing_program" \
                    and after and not is_empty(after) and choice_code("request_type", after) is None \
                    and not re.search(r"[.!?]\s+\S", after) and _words(after) <= PROGRAM_WORDS:
                # "Conversion of an existing program:" over the program's name in the next paragraph
                return after.rstrip(".")
    # ... or the answer says in words what it converts ("conversion of our existing SP Trainer Workshop Series")
    return prose.converted_program("\n".join(t for t, _ in lines))


def _has_boxes(lines: list[tuple[str, bool]]) -> bool:
    return any(checkbox_state(part)[0] is not None for text, _ in lines for part in INLINE_BOX.split(text))


def _has_answer(lines: list[tuple[str, bool]]) -> bool:
    """Whether a section holds something written (not blank, N/A, or only empty tick boxes)."""
    for text, _ in lines:
        for part in INLINE_BOX.split(text):
            state, caption = checkbox_state(part)
            if state is False and not typed_mark(caption)[0]:
                continue  # (an empty box beside its caption; one with an X typed after it, "☐ Hybrid  X", answers)
            if state or not is_empty(part):
                return True
    return False


def _embedded(ex: Extraction, s: Section, lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out = []
    for text, li in lines:
        team = _team_contact(text) if s.key == "proposer_name" else None
        if team is not None:
            # "School vaccination team – contact person: C. Mbuyi": the team proposes through its contact, who
            # is the proposer; the team is the proposer's unit
            ex.put("proposer_department", team[0], FieldSource("inline", clean(s.label), 0.7))
            out.append((team[1], li))
            continue
        head, parts = _split_embedded(text, s.key)
        if not parts and out and s.method in ("heading", "question") and (own := _line_label(text, s.key)):
            # a line of its own under a heading's answer that opens with another field's label ("Framework: CAMRT
            # Competency Profile" after the skills' items): that field's answer, not more of the heading's
            head, parts = "", [own]
        for lm, val in parts:
            f = FIELDS_BY_KEY[lm.key]
            v = to_value(lm.key, [(val, False)])
            if f.type == "text" and isinstance(v, str):
                v = v.rstrip(".")
            if lm.key in ("partner_name", "partner_contact") and isinstance(v, str):
                v = without_status(v)  # "contact: X, x@y.org – letter of support attached": the state is not X's
            ex.put(lm.key, v, FieldSource("inline", lm.variant, round(lm.score * 0.9, 3)))
            ex.labels_seen.add(lm.key)
            ex.label_reads.setdefault(lm.key, []).append(("inline", lm.variant, round(lm.score * 0.9, 3), False))
        if head:
            out.append((head, li))
    return out


PIECE_LINES = 4  # lines of a contact block set one piece a line: name, role, unit, then address and number


def _piece_a_line(lines: list[str]) -> int:
    """How many of ``lines`` make a contact block set one piece a line (short lines that end no sentence, the
    last of them holding an address or a number and none before it), else 0."""
    for k, t in enumerate(lines):
        if _words(t) > 8 or _SENTENCE_END.search(t.strip()):
            return 0
        if find_email(t) or PHONE.search(t):
            return k + 1 if k >= 2 else 0
    return 0


def _team_contact(text: str) -> tuple[str, str] | None:
    """(team, person) of a proposer's answer that names a team, then its contact person after a dash and a label
    ("School vaccination team – contact person: C. Mbuyi"); None for any other answer."""
    for mm in _EMBEDDED.finditer(text):
        if mm.start() == 0:
            continue
        lm = match_label(mm.group(1))
        person = text[mm.end():].strip().rstrip(".;")
        team = text[:mm.start()].strip().rstrip("–—-,;:").strip()
        if lm is not None and lm.score >= EMBEDDED_MIN and lm.key in ("proposer_name", "partner_contact") \
                and answer_fit("proposer_name", person) >= 0.9 and answer_fit("proposer_name", team) < 0.9:
            return team, person
    return None


def _mine_logistics(key: str, lines: list[tuple[str, bool]]) -> FieldValue | None:
    text = " ".join(t for t, _ in lines)
    if key == "estimated_hours":
        m = _HOURS.search(text)
        return to_number(m.group(0)) if m else None
    if key == "expected_enrolment":
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if _PER_YEAR.search(sentence) or _COHORTS.search(sentence):
                return to_number(sentence[_first_count(sentence):], key)
        return None
    if key == "delivery_format" and not _has_boxes(lines):
        # (where the answer is a row of tick boxes, the ticked one answers: an option that the boxes leave unticked
        # is named there only to be offered, and a tick beside words no option reads as is unread, not that option)
        return choice_code(key, text)
    return None


def _first_count(sentence: str) -> int:
    """Where the enrolment figures of a sentence begin (skips other numbers such as hours before them)."""
    m = _COHORTS.search(sentence)
    p = _PER_YEAR.search(sentence)
    starts = [x.start() for x in (m, p) if x]
    return min(starts) if starts else 0


# the words a footer band opens with before the date it was made ("Micro-course proposal · "), or its separator alone
_FOOTER_HEAD = re.compile(r"(?:(?<=\s)[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s*[·•|]\s*|\s*[·•|,]\s*)$")
WRAPPED_PIECE = 0.55  # a piece of a printed contact cell parted where its lines break: a guess, never lifted to sure


CONTACT_SENTENCE_WORDS = 5


def _contact_sentence(text: str) -> bool:
    """Whether a line under a contact's answer is a sentence of its own: capitalised, several words with a verb's
    lower-case words among them, ending with its full stop, and no address or number (no piece of a contact)."""
    t = text.strip()
    return t[:1].isupper() and t.endswith(".") and _words(t) >= CONTACT_SENTENCE_WORDS \
        and sum(1 for w in t.split() if w[:1].islower()) >= 3 and not find_emails(t) and not phones(t)


def _opens_a_unit(text: str) -> bool:
    """Whether a line opens with an organisation's head noun and what it is of or for ("Department of Neurology",
    "Centre for Addiction ..."): the start of a unit's name, never the middle of one."""
    m = ORG.match(text.strip())
    return m is not None and re.match(r"\s+(?:of|for)\s+[A-Z]", text.strip()[m.end():]) is not None


def _contact(ex: Extraction, text: str, s: Section) -> None:
    src = FieldSource("label_line", clean(s.label), 0.8)
    text = _mended(text)
    made = _MADE_DATE.search(text)
    if made is not None and made.start() > 0 and not _COVER_BYLINE.match(text):
        # "Micro-course proposal · prepared 1 December 2026" read on after the contact block: the page's footer,
        # which says what the document is (a capitalised phrase of a few words before its separator) and when it
        # was made, is no piece of the person's
        head = text[:made.start()]
        band = _FOOTER_HEAD.search(head)
        text = head[:band.start()] if band else head
    if "\n" in text:
        rows = [ln for ln in text.split("\n") if ln.strip()]
        reached = [n for n, ln in enumerate(rows) if find_email(ln) or PHONE.search(ln)]
        # (a block set one piece a line ends on its address and number: a line under them is the page's foot, "Unit ·
        # 8 March 2027"; a line ending on a little word runs on into the next, "Westbury Children's and" / "Community
        # Hospital")
        if reached and reached[-1] >= 2 and all(find_email(ln) or PHONE.search(ln) for ln in rows[reached[-1] - 1:reached[-1] + 1]):
            rows = rows[:reached[-1] + 1]
        text = "\n".join(runs_on_joined(rows, _RUNS_ON, role_after=1))
    # a contact block over several lines keeps its lines apart ("Name, Role" / "Unit" / "address – number")
    lines = text
    pieces = person_line(text) if "\n" in text else {}
    text = " ".join(text.split("\n"))
    # (a print's lines may be wraps, "Desmond Roy, Chief" / "Radiopharmacist, Nuclear Medicine,": the pieces are
    # read from the line they make together, and only the writer's own lines part them surer than the words in
    # them: "Lead Sonographer, Obstetrics" / "Fetal Assessment Unit, ..." are the role and the unit, one a line)
    joined = (person_line(text) or contact_line(text)) if s.wrapped else contact_line(text)
    if not s.wrapped and "proposer_department" not in joined and "proposer_name" in joined:
        # "Name, Role, Unit, address, tel. 555-0125" on one line: when the signature reader parts the role the
        # contact reader found into the role and the unit, the person and the rest agreeing, both are given
        full = person_line(text)
        if full.get("proposer_name") == joined["proposer_name"] and "proposer_department" in full \
                and joined.get("proposer_title") == f"{full.get('proposer_title')}, {full['proposer_department']}":
            joined = full
    role, ran_on = pieces.get("proposer_title", ""), joined.get("proposer_title", "")
    # ("Ada Roy, Lead Technologist" / "Bone Health Clinic, Westfield Imaging": read as one line, the role runs on into
    # the unit's first words, "Lead Technologist Bone Health Clinic"; the line's end was the writer's, parting them)
    role_kept = bool(role) and ran_on.startswith(role + " ") and role_word(role) and bool(ORG.search(ran_on[len(role):])) \
        and pieces.get("proposer_department", "").startswith(ran_on[len(role) + 1:])
    pieces = pieces if len(pieces) > len(joined) or (pieces and len(pieces) == len(joined) and (not s.wrapped or role_kept)) \
        else joined
    asked = contact_parts(clean(s.label).rstrip(":"))
    ordered = in_asked_order(asked, text) if asked else {}
    if ordered and len(ordered) >= len(pieces):
        # the label lists the pieces in the order the answer gives them ("Name / Role / Department"): where the
        # answer parts into exactly those pieces, the label says which is which, surer than the words in them
        pieces = ordered
    elif asked and s.wrapped:
        # a printed cell under a label that lists the pieces ("Lead (title, unit, email, phone)"): its lines may be
        # the writer's or the cell's wraps, so where the role ends and the unit starts is a guess (an address and a
        # number keep their own type)
        guess = FieldSource("label_line", clean(s.label), WRAPPED_PIECE)
        for k, v in pieces.items():
            if ex.put(k, v, src if k in ("proposer_email", "proposer_phone") else guess):
                ex.labels_seen.add(k)
        return
    if "proposer_name" not in pieces and "\n" in lines:
        # a box of a contact's lines under its heading, one piece a line ("Name" / "Role" / "Unit" / address /
        # number), where a name with a capitalised particle ("Van der Meulen") is no name to the line readers: read
        # as the signature it is set as. Where the role ends and the unit starts is the box's line breaks: a guess
        signed = signature(lines.split("\n"))
        if "proposer_name" in signed:
            guess = FieldSource("label_line", clean(s.label), WRAPPED_PIECE)
            for k, v in signed.items():
                if ex.put(k, v, src if k in ("proposer_email", "proposer_phone") else guess):
                    ex.labels_seen.add(k)
            return
    if pieces:
        for k, v in pieces.items():
            if ex.put(k, v, src):
                ex.labels_seen.add(k)
        return
    email = find_email(text)
    if email:
        ex.put("proposer_email", email, src)
        ex.labels_seen.add("proposer_email")
    rest = text.replace(email, " ") if email else text
    m = PHONE.search(rest)
    # (a local number without its area code, "555-0147", too)
    number = clean(m.group(0)) if m else next(iter(phones(rest)), None)
    if number:
        ex.put("proposer_phone", number, src)


_SELF_TYPED = frozenset({"proposer_email", "proposer_phone", "estimated_hours", "expected_enrolment"})
TYPED_PIECE = 0.9  # a piece of a composite answer recognised by its own type (before the composite discount)


def _same_subject(key: str, other: str) -> bool:
    """Whether two fields are about the same subject: the proposer, or the course's logistics."""
    return key.startswith("proposer_") and other.startswith("proposer_") or key in _LOGISTICS and other in _LOGISTICS


LOGISTICS_LINE_WORDS = 4  # a line that states one practicality alone: "June 2027", "Fall term 2027"
FACT_LINE_WORDS = 8  # a fact box's bullet: "Around one hundred and twenty learners a year"
FACT_LINES_MIN = 3  # lines in a row, each stating another practicality, before they are a fact box's


def _rejoined(loose: list[str]) -> list[str]:
    """Loose text with a printed line that wraps on into the next one (which goes on in lower case, or with the
    figure a date or a count broke off: "... from the autumn" / "2027, for 50 people a year") joined."""
    out: list[str] = []
    for t in loose:
        if out and (t[:1].islower() or t[:1].isdigit()) and not _SENTENCE_END.search(out[-1]):
            # (a number broken at its hyphen, "647-555-" / "0152.", is one number again)
            out[-1] = line_breaks.joined(out[-1], t)
        else:
            out.append(t)
    return out


def _prose(ex: Extraction, wrapped: bool) -> None:
    """Fields that sentences state without a label (see :mod:`prose`).

    An answer that runs on past a sentence opening the list of outcomes ("By the end, participants will be
    able to:") ends there: the items are the outcomes, and what follows them is prose again. Prose fills only
    fields whose label the document never showed: a form that asks and leaves an answer blank stays blank.
    """
    leftover: list[str] = list(ex.guessed_prose)
    for key in [k for k in ex.fields if FIELDS_BY_KEY[k].type == "text" and ex.sources[k].method in _PROSE_CUT]:
        split = prose.outcome_split(ex.raw.get(key, "")) or prose.outcome_split(ex.paragraphs.get(key, ""))
        if split is None:
            continue
        before, items, rest = split
        ex.put("learning_outcomes", items, FieldSource("prose", "outcome list", prose.READ))
        # (skills are a list of phrases, not a sentence: "The course targets three skills: A; B; C." -> "A; B; C")
        value = (prose.skills_of(before) or clean(before)).rstrip(".") if key == "competencies" else clean(before)
        skills = prose.skills_at_end(before) if key != "competencies" else None
        if skills and "competencies" not in ex.fields:
            # the sentence before the outcomes names the skills, whatever answer it ran on from
            value = skills[0]
            ex.put("competencies", skills[1].rstrip("."), FieldSource("prose", "skills before outcomes", prose.READ))
            if value[:1].islower() and value.endswith(".") and not _FULL_STOP.search(value):
                # "The need: we are introducing ... in the field." - the phrase that goes on after its run-in label
                # ends with the writer's sentence, not with a stop of its own (as a whole answer's does)
                value = value.rstrip(".")
        if value:
            ex.fields[key] = value
        else:
            del ex.fields[key]
            del ex.sources[key]
        leftover.extend(rest)
    if "learning_outcomes" in ex.fields and ex.sources["learning_outcomes"].method in _PROSE_CUT:
        # "What they will learn. The course builds three skills: ... These map to ... On completion, participants
        # will be able to:" -- the sentences before the outcomes' lead-in are the writer's, read for what they state
        split = prose.outcome_split(ex.raw.get("learning_outcomes", ""))
        if split is not None and split[0].strip():
            leftover.append(split[0])
    if wrapped and "education_plan_alignment" not in ex.labels_seen:
        for key in [k for k in ex.fields if ex.sources[k].method in _PROSE_CUT and k != "education_plan_alignment"]:
            # "Partner: X endorses the idea ... It fits the Education Plan's emphasis on ...": a later sentence of an
            # answer that names the Education Plan, which no label asks about, states the alignment (a line of a
            # printed letter runs on into the next without a mark of its paragraph's end)
            parts = prose.sentences(ex.raw.get(key, ""))
            at = next((j for j in range(1, len(parts)) if prose.names_the_plan(parts[j])), None)
            if at is None:
                continue
            leftover.extend(parts[at:])
            ex.raw[key] = " ".join(parts[:at])
            held = ex.fields[key]
            if isinstance(held, str) and parts[at] in held:
                ex.fields[key] = held[:held.index(parts[at])].rstrip()
    held_skills = ex.fields.get("competencies")
    mapped = prose.framework_at_end(held_skills) if isinstance(held_skills, str) and "competency_framework" not in ex.fields else None
    if mapped is not None:
        # "a; b; c; d. Mapped to the CAMRT competency profile (2024).": the skills' last sentence names the framework
        ex.fields["competencies"] = mapped[0].rstrip(".") if ";" in mapped[0] else mapped[0]
        ex.put("competency_framework", mapped[1], FieldSource("prose", "framework sentence", prose.READ))
    held_skills = ex.fields.get("competencies")
    if isinstance(held_skills, str) and ex.sources["competencies"].method in (*_PROSE_CUT, "question") \
            and len(prose.sentences(held_skills)) == 1 and (listed := prose.skills_of(held_skills)) and ";" in listed:
        # "3. Skills" over "The course builds three skills: a; b; c.": the sentence's frame is no skill
        ex.fields["competencies"] = listed
    if "resources_required" not in ex.labels_seen and "resources_required" not in ex.fields:
        for key in [k for k in ex.fields if ex.sources[k].method in _PROSE_CUT and FIELDS_BY_KEY[k].type in ("choice", "number")]:
            # "Practicalities. Hybrid, 6 hours ... We bring the phantoms and two trainers.": a sentence of a logistics
            # answer (whose value is a code or a number, not the text) that says what the writer's side provides
            given = next((g for g in map(prose.offered, prose.sentences(ex.raw.get(key, ""))) if g), None)
            if given:
                ex.put("resources_required", given, FieldSource("prose", "offering sentence", prose.READ))
                break
    outcomes = ex.fields.get("learning_outcomes")
    if isinstance(outcomes, list) and len(outcomes) > 2 and prose.only_lead_in(outcomes[0]):
        ex.fields["learning_outcomes"] = outcomes[1:]  # "Outcomes: learners will be able to" over the list
    readings = prose.read(ex.loose, wrapped=wrapped)
    # (read apart: what an answer ran on into is no wrapped line of the letter's last loose line, its signature)
    for key, r in prose.read(leftover, wrapped=wrapped).items():
        readings.setdefault(key, r)
    for key, r in readings.items():
        if key not in ex.labels_seen:
            ex.put(key, r.value, FieldSource("prose", r.role, r.confidence))
    for key in [k for k in ex.fields if ex.sources[k].method in (*_PROSE_CUT, "question")]:
        # a labelled answer that opens with the proposing sentence states the kind, title and learners too
        for other, r in prose.proposal_of(ex.raw.get(key, "")).items():
            if other not in ex.labels_seen:
                ex.put(other, r.value, FieldSource("prose", r.role, r.confidence))
    for key in [k for k in ex.fields if ex.sources[k].method in _PROSE_CUT and FIELDS_BY_KEY[k].type == "choice"]:
        # a heading whose paragraph gave only a choice ("PROPOSAL", "Endorsement and fit") held the writer's prose:
        # its sentences state other fields by their grammar, as a letter's do
        text = ex.paragraphs.get(key) or ex.raw.get(key, "")
        if len(text.split()) < CHOICE_PROSE_WORDS:
            continue  # ("Letter attached.": the choice's own answer, no prose)
        for other, r in prose.read([text.replace("\n", " ")]).items():
            if other != key and other not in ex.labels_seen:
                ex.put(other, r.value, FieldSource("prose", r.role, r.confidence))
    if ex.guessed_prose:
        # (an address or a signature in them is the letter's, as in loose text; the blank keeps them apart
        # from the loose line before, which they did not follow on the page)
        # (in the place they stood: a signature after them is still the document's last lines)
        for at, texts in reversed(ex.guessed_at):
            ex.loose[at:at] = ["", *texts, ""]


_PROSE_CUT = ("label_line", "heading", "inline")
# a numbered paragraph that opens on a sentence ("1. We ask Continuing Education to develop ..."): prose, no piece of
# a contact answer
_NUMBERED_PROSE = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Z](?=(?:.*?\b[a-z][\w'’-]*\s){4})")
CHOICE_PROSE_WORDS = 8  # words of a choice's answer for it to be the writer's prose, read for its sentences' roles
LAST_LINES = 3  # the last loose lines, where a letter's signature sets its number alone on a line
_NUMBER_LINE = re.compile(r"^\s*(?:[TPMCW]|Tel|Ph|Cell|Mob|Mobile|Work|Office)\.?\s*:?\s*(?=[+(\d])[\d\s().+-]{10,20}"
                          r"(?:\s*(?:x|ext\.?)\s*\d{1,6})?\s*$", re.I)
_CONTACT_PIECES = re.compile(r"\s+[|·•/]\s+|\s{2,}")  # what sets an address and a number apart on one row
_LOCAL_NUMBER = re.compile(r"\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,6})?", re.I)
LOGISTICS_LINE = 12  # words: an answer this short that states two logistics facts is about logistics


SIGNED_TYPED = 0.9  # an address or a number in the signer's own block: its type names it, the block names whose


COURTESY_WORDS = 8      # "Happy to meet to discuss.", "Let me know if you have any questions."
CLOSING_WORDS = 6        # "Thank you for your time," / "With best regards,"
CLOSING_FORMULA_WORDS = 14  # a formal closing in one sentence ("Veuillez agréer, Madame, Monsieur, mes salutations ...")


# "Thanks for considering this! – Ada Eze, Charge Nurse, Emergency": a closing, then the signature after a dash on
# its own line
_SIGNED_AFTER_DASH = re.compile(r"^(?P<closing>.{2,80}?[.!,])\s+[–—]\s+(?P<signed>\S.*)$")


def _closing_and_signed(line: str) -> tuple[str, str]:
    """(the closing, the signature after it on the same line) for "Thanks! – Ada Eze, Role"; (line, "") otherwise."""
    m = _SIGNED_AFTER_DASH.match(line)
    if m and _CLOSING.match(m.group("closing")):
        return m.group("closing"), m.group("signed")
    return line, ""


def _closing(text: str) -> bool:
    """Whether a block opens with a letter's closing line: a short one, or a formal closing formula of one sentence
    (the French habit); the name may be signed in the same paragraph, on the lines under the closing, or after a dash
    on the closing's own line."""
    first = _closing_and_signed(text.split("\n", 1)[0].strip())[0]
    if not _CLOSING.match(first):
        return False
    inner = _SENTENCE_END.sub("", first)
    return _words(first) <= CLOSING_WORDS or (_words(first) <= CLOSING_FORMULA_WORDS and not re.search(r"[.!?]\s", inner))


CO_SIGNED = "signed among others"  # the label of a signer's block read under a closing that two people sign
CAPTION_WORDS = 3  # "Lead proposer", "Principal applicant": a caption under a signature is a word or three


def _captioned_signer(lines: list[str]) -> dict[str, str]:
    """The last signer's block under a closing when a caption naming the proposer ("Lead proposer") closes it and
    another signer's block, ended by that signer's address or number, stands above it (a letter signed by two
    co-proposers, one block after the other; the first may be the partner's contact): that block, from its name
    down; {} for any other signature."""
    rows = [clean(r) for entry in lines for r in entry.split("\n") if r.strip()]
    ends = [k for k, row in enumerate(rows[:-1]) if find_emails(row) or phones(row)]
    if not ends or not signed_block(rows[:ends[-1] + 1]).get("proposer_name"):
        return {}
    own = rows[ends[-1] + 1:]
    block = signed_block(own)
    if block.get("proposer_name") != own[0]:
        return {}
    unit = block.get("proposer_department", "")
    at = next((k for k, row in enumerate(own) if unit and row.endswith(unit.split(", ")[-1])), None)
    if at is not None and at + 2 == len(own) and _words(own[-1]) <= 4 and own[-1][:1].isupper() \
            and not _SENTENCE_END.search(own[at]):
        # "Critical Care Respiratory Therapy, Bayfront" / "University Hospital": the column of a signature side by
        # side with another is narrow, and its unit wraps onto the block's last line
        block["proposer_department"] = f"{unit} {own[-1]}"
    return block


_MESSAGE_HEADER = re.compile(r"<[^<>\s]+@[^<>\s]+>")  # "Ada Roy <ada@x.org> Wed, 9:42 AM", "From: Roy, Ada <ada@x.org>"


def _signers(lines: list[str]) -> set[str]:
    """The email addresses the signature under a closing gives, up to the next message of a thread (a header naming
    its sender's address in angle brackets): one per signer's block."""
    out: set[str] = set()
    for line in lines:
        if _MESSAGE_HEADER.search(line):
            break
        out.update(e.casefold() for e in find_emails(line))
    return out


def _after_closing(text: str) -> list[str]:
    """The lines a closing's own paragraph holds under it ("Sincerely,\nAda Eze, RN\nRole"), or after a dash on its
    line ("Thanks! – Ada Eze, RN"): the signature's start."""
    signed = _closing_and_signed(text.split("\n", 1)[0].strip())[1]
    rest = text.split("\n", 1)[1] if "\n" in text else ""
    return [t for t in (signed, rest) if t.strip()]


# "<the course's name> – a micro-credential pitch from ...", "<name> — a proposal for CE": a line that names the course,
# then what the document is
_NAMED_THEN_DOCUMENT = re.compile(r"^(?P<title>[A-ZÀ-Þ][^–—:;]{5,150}?)\s+[–—]\s+(?i:an?|the|our|my|une?|notre)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?i:pitch|proposal|concept|idea|one-pager|outline|brief|summary|"
                                  r"proposition|projet|id[ée]e)\b")


_DOCUMENT_LINE = re.compile(r"^\s*(?:[–—-]\s*)?(?i:an?|the|our|my|une?|notre)\s+(?:[\w-]+\s+){0,3}?(?i:pitch|proposal|concept|"
                            r"idea|one-pager|outline|brief|proposition|projet)\b")


# "Concept pitch to Michener Continuing Education", "A new micro-credential proposed to Michener Continuing
# Education", "Micro-course idea for Michener CE": a line that names the kind of document and whom it is for
_ADDRESSED_DOCUMENT = re.compile(r"^\s*(?:[–—-]\s*)?(?:(?i:an?|the|our|my|une?|notre)\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?i:pitch|proposal|concept|idea|one-pager|outline|brief|summary|proposition|projet|"
                                 r"micro-?course|micro-?credential|microcours|microcertification|course|credential)\b"
                                 r"(?:\s+[\w-]+){0,2}?\s+(?i:to|for|pour|à|au)\s+(?:(?i:the|la)\s+)?"
                                 r"(?i:michener|continuing\s+education|formation\s+continue|CE\b)")
FLYER_OPENING_LINES = 4  # lines at the top of a flyer where it sets its headline, its name and what it is


def _is_document_line(text: str) -> bool:
    """Whether a line says what the document is (and to whom) rather than naming the course."""
    return bool(_DOCUMENT_LINE.match(text) or _ADDRESSED_DOCUMENT.match(text))


def _name_beside_document_line(loose: list[str]) -> str | None:
    """The course's name among a flyer's opening lines: the line in title case right over or under the line that
    says what the document is ("Motivational Interviewing for Diabetes Educators" over "Micro-course idea for
    Michener Continuing Education"; "Concept pitch to ..." over the name); a catchy headline above is no name."""
    lines = [clean(t) for t in loose if clean(t)][:FLYER_OPENING_LINES]
    for n, line in enumerate(lines):
        if not _title_case(line) or _is_document_line(line) or _generic_title(line) or phones(line) or to_date(line) \
                or any(not line[org.end():].strip() for org in ORG.finditer(line)) or re.match(r"[^\W\d_]+:\s", line):
            # (an organisation's name ends on the word that says what it is, "... Health Centre": a course's name may
            # hold such a word before its learners, "... for Pharmacy Technicians"; one word before a colon is a
            # run-in label, "What: ...")
            continue
        if any(0 <= k < len(lines) and _is_document_line(lines[k]) for k in (n - 1, n + 1)):
            if n and lines[n - 1].endswith(":") and _title_case(lines[n - 1][:-1]) and not _is_document_line(lines[n - 1]) \
                    and _words(lines[n - 1]) >= 2:
                # "Nerve Conduction Studies:" over "Upper-Limb Technique for ...": a title set over two lines, its
                # colon parting the name from its subtitle, is one title
                line = f"{lines[n - 1]} {line}"
            # ("A Micro- Credential": a word the page broke at its hyphen, mended)
            return re.sub(r"(?<=[^\W\d_])- (?=[A-Z])", "-", line)
    return None


# a periodical's issue line under its name: pieces parted by dots or bars, one of them a date (or a season and year)
# and one a number of the issue or page ("Staff newsletter · Spring 2027 · Page 3 · Issue date: 8 April 2027")
_ISSUE_PIECE = re.compile(r"^[^\W\d_]{2,8}\.?\s*\d{1,3}$")


def _masthead(loose: list[str], candidate: str) -> bool:
    """Whether a title candidate is a periodical's name: the line under it is an issue line (see _ISSUE_PIECE)."""
    lines = [clean(t) for t in loose if clean(t)]
    at = next((n for n, t in enumerate(lines) if t == clean(candidate)), -1)
    if at < 0 or at + 1 >= len(lines):
        return False
    pieces = [p.strip() for p in re.split(r"\s[·•|]\s", lines[at + 1])]
    return len(pieces) >= 3 and any(_ISSUE_PIECE.match(p) for p in pieces) \
        and any(to_date(p) or re.search(r"\b(?:19|20)\d{2}\b", p) for p in pieces)


SLOGAN_WORDS = 10
NAME_WORDS = 5  # words of a person's name at most (more is a sentence read as a name)
# minutes' attendance lines: "Chair: Name, Role, Unit (address, number)", or the chair marked among those present,
# "Present: Name (chair; Role, Unit; address; number), Name (...)"
_CHAIR_LINE = re.compile(r"^\s*(?i:chair(?:ed\s+by)?|chairperson|pr[ée]sid[ée]e?\s+par|pr[ée]sidence|pr[ée]sident(?:e)?)"
                         r"\s*:\s*(?P<who>\S.*)$", re.S)
_PRESENT_LINE = re.compile(r"^\s*(?i:present|attending|attendees|participants|pr[ée]sent(?:e)?s)\s*:", re.S)
_MARKED_CHAIR = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*\(\s*(?i:chair|chairing|"
                           r"pr[ée]sidente?)\s*(?:[;,]\s*(?P<rest>[^()]*))?\)")
_LINE_LABEL = re.compile(r"^\s*[A-Z][\w'’ -]{1,25}:\s")  # the next attendance line ("Attending:", "Regrets:")
ATTENDANCE_LINES = 4


# "Siobhan Ravindran, Nurse Continence Advisor, Urology Clinic, Bayview Health, presented a proposal for ...", "Wen-Li
# Castellanos (Cytogenetics Technologist, Genetics program) tabled a proposal to ...": minutes name the member who
# brings a proposal to the meeting, their role and unit beside the name
_TABLED = re.compile(r"(?:^|(?<=[.!?]\s))(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
                     r"(?:,\s*(?P<role>[^.;:()@]{3,160}?),|\s*\((?P<paren>[^()@]{3,160})\))?\s+"
                     r"(?:tabled|presented|put\s+forward|brought\s+forward|introduced)\s+(?:a|the|her|his|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:proposal|concept)\b")


# the sentence an answer about the proposer opens with, naming them after its verb ("The proposal comes from Ada Roy,
# Role, Unit.", "It is put forward by Ada Roy, Role.")
_COMES_FROM = re.compile(r"^(?:[\w'’]+\s+){0,4}?(?:comes?\s+from|(?:submitted|proposed|put\s+forward|prepared|led)\s+by)\s+"
                         r"(?P<who>[A-ZÀ-Þ][^.!?]*?)\s*[.!?](?:\s|$)")


def _comes_from(answer: str) -> dict[str, str]:
    """The proposer an answer's first sentence names after its verb, with role and unit (see _COMES_FROM); {} else."""
    m = _COMES_FROM.match(clean(answer))
    if m is None:
        return {}
    found = person_line(m.group("who"))
    return found if found.get("proposer_name") and m.group("who").startswith(found["proposer_name"]) else {}


def tabled_by(loose: list[str]) -> dict[str, str]:
    """The member who tabled a proposal at a meeting, with the role and unit beside the name (see _TABLED); {} when
    no sentence names one so."""
    for line in loose:
        m = _TABLED.search(clean(line))
        if m is not None:
            beside = m.group("role") or m.group("paren") or ""
            found = person_line(m.group("who") + (", " + beside if beside else ""))
            parted = role_and_unit(found["proposer_title"]) if "proposer_department" not in found \
                and "proposer_title" in found else None
            if parted:
                # ("Cytogenetics Technologist, Genetics Technology program": the job, then where it is done)
                found["proposer_title"], found["proposer_department"] = parted
            if found.get("proposer_name") == m.group("who"):
                return found
    return {}


def meeting_chair(loose: list[str]) -> dict[str, str]:
    """The person who chairs a meeting, as its minutes' attendance lines give them (see _CHAIR_LINE), with the role,
    unit, address and number given beside the name; {} where the minutes name no chair so."""
    for n, line in enumerate(loose):
        chair, present = _CHAIR_LINE.match(line), _PRESENT_LINE.match(line)
        if not chair and not present:
            continue
        # (the line wraps on until the next line that opens with a label of its own)
        rest = list(itertools.takewhile(lambda t: t.strip() and not _LINE_LABEL.match(t), loose[n + 1:n + ATTENDANCE_LINES]))
        text = " ".join(clean(t) for t in [line, *rest])
        if chair:
            found = person_line(_CHAIR_LINE.match(text).group("who"))  # type: ignore[union-attr]
        else:
            marked = _MARKED_CHAIR.search(text)
            if marked is None:
                continue
            # (the pieces in the bracket are parted as the writer parted them: "chair; Role, Unit; address")
            found = person_line(marked.group("name") + (", " + marked.group("rest") if marked.group("rest") else ""))
        if found.get("proposer_name"):
            return found
    return {}


def _under_slogan(loose: list[str]) -> str | None:
    """The line in title case right under a document's opening line when that line is a slogan (a short question,
    exclamation or sentence: "Is the stomach empty? Look, don't guess."); None otherwise."""
    lines = [clean(t) for t in loose if clean(t)][:2]
    if len(lines) < 2:
        return None
    slogan, name = lines
    if _words(slogan) > SLOGAN_WORDS or not re.search(r"[?!]|\.$", slogan) or "@" in slogan or to_date(slogan):
        return None
    # (a colon may part a name from its subtitle: "Gastric Ultrasound at the Bedside: Aspiration Risk ...")
    head, _, tail = name.partition(": ")
    if not all(_title_case(p) for p in (head, tail) if p) or ORG.search(name) or phones(name) \
            or _is_document_line(name):
        return None  # ("Concept pitch to Michener Continuing Education" under the slogan says what the document is)
    return name


def _named_under_headline(ex: Extraction) -> str | None:
    """The course's name on the first line under the document's headline when that line goes on to say what the
    document is ("X – a micro-credential pitch from ..."); None otherwise."""
    first = next((clean(t) for t in ex.loose if clean(t)), "")
    if first == clean(ex.title_candidates[0]):
        first = next((clean(t) for t in ex.loose[1:] if clean(t)), "")  # (the headline itself may be a loose line too)
    m = _NAMED_THEN_DOCUMENT.match(first)
    if m:
        return m.group("title").strip() if _title_case(m.group("title")) else None
    # the name alone on its line, and under it the line that says what the document is ("A micro-credential pitch
    # from ...")
    at = next((n for n, t in enumerate(ex.loose) if clean(t) == first), -1)
    second = next((clean(t) for t in ex.loose[at + 1:] if clean(t)), "") if at >= 0 else ""
    return first if first and _title_case(first) and _DOCUMENT_LINE.match(second) else None


def _signed_confidence(key: str, base: float) -> float:
    """A signature block's address and number are read by their type (an address parses as one, a number by
    libphonenumber): as sure as a typed piece of the proposer's answer. Its name, role and unit stay a reading."""
    return SIGNED_TYPED if key in ("proposer_email", "proposer_phone") else base


# the readings that cut the title out of a line that holds more (name, role, unit, address): a signature, a byline,
# a composite answer ("Who's asking: Name, Role, Unit"), a sentence
_PIECED = frozenset({"signature", "byline", "composite", "prose", "pattern"})


def _unit_after_role(ex: Extraction) -> None:
    """A title cut from a line as "Role, Unit[, Organisation]" where no unit was read: the role ends at the comma after its
    job word ("Vascular Access Nurse Consultant, Home and Community Care Education"), the unit follows it. A job
    word alone ("Manager, Patient Service Centres") goes on after its comma, and two roles are one title."""
    title = ex.fields.get("proposer_title")
    if not isinstance(title, str) or "proposer_department" in ex.fields or "," not in title:
        return
    role, _, unit = (p.strip() for p in title.partition(","))
    if len(role.split()) < 2 or not unit or not role_word(role.split()[-1]) or role_word(unit) \
            or not re.search(r"[^\W\d_]{3}", unit) or find_email(unit) or phones(unit):
        return
    src = ex.sources["proposer_title"]
    if src.method not in _PIECED:
        return  # the answer to a question asking for the title is what its writer gave as their title, whole
    ex.put("proposer_title", role, src, override=True)
    ex.put("proposer_department", unit, FieldSource(src.method, src.label, min(src.confidence, 0.8)))


# a sign-off set after a paragraph's last sentence: its end, a spaced dash, then the signer (to the line's end)
_SIGNED_AFTER = re.compile(r"[.!?]\s+[–—]\s+(?P<who>[A-ZÀ-Þ][^–—]+)$")


def _fill_gaps(ex: Extraction, subject: str | None, texts: list[str] | None = None) -> None:
    """Values a retyped form states without a label of their own."""
    # a slide's bullets ("• Ada Roy, Educator" / "• CE pitch, 24 Nov 2026") say nothing of what the lines hold
    ex.loose = [_BULLET_GLYPH.sub("", t) for t in ex.loose]
    for n in range(len(ex.loose) - 1, 0, -1):
        if re.search(r"\d-$", ex.loose[n - 1].rstrip()) and re.match(r"\d", ex.loose[n].strip()):
            # a number the printed line broke at its hyphen ("... | 705-" / "555-0187"): one number again
            ex.loose[n - 1:n + 1] = [ex.loose[n - 1].rstrip() + ex.loose[n].strip()]
    loose = " ".join(ex.loose)
    if "proposal_title" not in ex.fields:
        named = _named_under_headline(ex) if not subject and ex.title_candidates else None
        if subject:
            ex.put("proposal_title", _subject_title(subject), FieldSource("pattern", "Re", 0.7))
        elif named:
            # "Little Patients, Still Images" over "Paediatric Immobilisation in Radiography – a micro-credential
            # pitch from ...": a catchy headline, and under it the line that names the course and the document
            ex.put("proposal_title", named, FieldSource("heading", "line under the headline", 0.6))
        elif (quoted := _course_in_quotes(texts or [])) and any(_MEETING.search(t) for t in ex.title_candidates[:1]):
            # minutes headed as a meeting's: the item that records the proposal names its course in quotes
            ex.put("proposal_title", quoted, FieldSource("pattern", "course in quotes", 0.6))
        else:
            for t in ex.title_candidates:
                if _masthead(ex.loose, t):
                    continue  # (a periodical's name over its issue line: the article's headline is further down)
                # "Walk Tests in Rehab – answers to the concept form questions": the name before the dash
                t = re.sub(r"\s+[–—-]\s+[^–—]*\b(?:concept|form|proposal|answers?|questions?)\b[^–—]*$", "", t,
                           flags=re.I)
                t = _subject_title(t)  # "Proposal: Inclusive Clinical Teaching"
                t = _genre_named(t)  # "Business Case: Tilt Table Testing", "Course canvas - Sedation Monitoring"
                t = _genre_after(t)  # "Burn Wound Care – proposed micro-credential"
                if t and not re.search(r"\b(concept|form|proposal|memo)", t, re.I) and not _generic_title(t):
                    ex.put("proposal_title", t, FieldSource("heading", "document title", 0.6))
                    break
    if "proposal_title" not in ex.fields and not subject:
        beside = _name_beside_document_line(ex.loose)
        if beside:
            # a flyer's opening lines: a headline, the line that says what the document is, and the course's name
            # in title case next to that line
            ex.put("proposal_title", beside, FieldSource("heading", "line beside the document line", 0.6))
    if "proposal_title" not in ex.fields and not subject:
        under = _under_slogan(ex.loose)
        if under:
            # "Is the stomach empty? Look, don't guess." over "Gastric Ultrasound at the Bedside: ...": a pitch's
            # catchy headline is a sentence; the name in title case under it is the course's
            ex.put("proposal_title", under, FieldSource("heading", "line under the headline", 0.6))
    name = ex.fields.get("proposer_name")
    tabled = tabled_by(texts or ex.loose)
    if tabled.get("proposer_name") == name:
        for k in ("proposer_title", "proposer_department"):
            held = ex.fields.get(k)
            if k in tabled and isinstance(held, str) and held != tabled[k] and held.startswith(tabled[k]):
                # "Genetics Technology program, tabled a proposal to convert ...": the piece read on into the sentence
                # that names the member; the sentence's own parting of name, role and unit ends it
                ex.put(k, tabled[k], FieldSource("byline", "tabled by", _signed_confidence(k, 0.7)), override=True)
    if name is None or isinstance(name, str) and (name[:1].islower() or _words(name) > NAME_WORDS):
        # minutes that are the proposal: the member who tabled it, as the item's sentence names them with their role
        # and unit, is who proposes it; else the meeting's chair, with the role, unit and address given beside the
        # name (over a "Name" item heading's sentence read as a name)
        chair = tabled or meeting_chair(ex.loose)
        if chair.get("proposer_name"):
            for k, v in chair.items():
                if k == "proposer_name" or k not in ex.fields or ex.fields.get("proposer_name") == name:
                    ex.put(k, v, FieldSource("byline", "tabled by" if tabled else "meeting chair",
                                             _signed_confidence(k, 0.7)), override=True)
        elif isinstance(name, str) and (said := _comes_from(name)):
            # "The proposal comes from Ada Roy, Educator, Pathology, Metro Hospital. What is it? ...": an FAQ's answer
            # to "Who is proposing this?" says in a sentence whom it comes from (read on past a question no label
            # matched): the person after its verb, their role and unit as the byline parts them
            for k, v in said.items():
                if k == "proposer_name" or k not in ex.fields:
                    ex.put(k, v, FieldSource("byline", "comes from", _signed_confidence(k, 0.7)), override=True)
    if "proposer_name" not in ex.fields:
        for t in _rejoined(ex.loose):
            # "... with Hyacinth Roy, Faculty (hroy@example.org), who has agreed to act as lead proposer": a letter
            # by someone else names the proposer; its signer is not them
            for k, v in prose.named_proposer(t).items():
                ex.put(k, v, FieldSource("prose", "named proposer", 0.8))
    if "proposer_name" not in ex.fields:
        for n, t in enumerate(ex.loose):
            # (a byline whose address the line's end broke at its hyphen goes on in the next line)
            found = byline(t + "\n" + ex.loose[n + 1] if n + 1 < len(ex.loose) and _BROKEN_AT_HYPHEN.search(t) else t)
            if found and n + 1 < len(ex.loose) and not _SENTENCE_END.search(t) \
                    and not {"proposer_email", "proposer_phone"} <= found.keys() and _words(ex.loose[n + 1]) <= 20 \
                    and (find_emails(ex.loose[n + 1]) or phones(ex.loose[n + 1])):
                # "Interested? Talk to Ada Roy, Role, Unit, Riverbend University" / "Hospital – a@x.org – 555-0188.":
                # the sentence a print wrapped goes on with the address and the number
                found = byline(t + " " + ex.loose[n + 1]) or found
            for k, v in found.items():
                # "Prepared by" names the proposer as surely as a label; the split of the rest is a reading.
                # (Values found in prose are no labels seen: a CV or a letter has names and numbers too.)
                ex.put(k, v, FieldSource("byline", "prepared by", 0.85 if k == "proposer_name" else 0.8))
            if set(found) == {"proposer_name"} and clean(t).endswith(str(found["proposer_name"])) \
                    and _COVER_BYLINE.match(t) and _words(t) <= COVER_LINE_WORDS:
                # "Submitted by Ada Roy" over "Role, Unit", the address and the number: a cover block, one piece a
                # line, whose lines under the byline give what the byline did not (read as a signature under a name;
                # the block ends at the first line of prose)
                block_lines = list(itertools.takewhile(lambda x: _words(x) <= COVER_LINE_WORDS and not _SENTENCE_END.search(x),
                                                 ex.loose[n + 1:n + 1 + SIGNATURE_LINES]))
                # (a contact block gives the author's address or number: lines that give neither are something else)
                block = signed_block([str(found["proposer_name"]), *block_lines]) \
                    if block_lines and (find_emails(" ".join(block_lines)) or phones(" ".join(block_lines))) else {}
                if block.get("proposer_name") == found["proposer_name"]:
                    for k, v in block.items():
                        if k not in ex.fields:
                            ex.put(k, v, FieldSource("signature", "contact block", _signed_confidence(k, 0.6)))
            if found:
                break
    if "proposer_name" not in ex.fields:
        for n, t in enumerate(ex.loose):
            # two or more signers under the closing, one captioned as the proposer ("Lead proposer" under his block)
            cap = next((c for c in ex.proposer_captions if n < c <= n + 1 + 2 * SIGNATURE_LINES), None)
            found = _captioned_signer(_after_closing(t) + ex.loose[n + 1:n + 2 + 2 * SIGNATURE_LINES]) \
                if _closing(t) and cap else {}
            if isinstance(found.get("proposer_department"), str):
                found["proposer_department"] = _unit_unwrapped(found["proposer_department"], ex.loose)
            for k, v in found.items():
                ex.put(k, v, FieldSource("signature", "signed as the proposer", 0.9 if k == "proposer_name" else 0.8))
            if found:
                break
    if "proposer_name" not in ex.fields:
        for n, t in enumerate(ex.loose):
            # the name, role and unit signed under a closing line, with no address or number among them
            found = signed_block(_after_closing(t) + ex.loose[n + 1:n + 3 + SIGNATURE_LINES]) if _closing(t) else {}
            if not found and n >= len(ex.loose) - SIGNATURE_LINES and _words(t) <= 5 and not _SENTENCE_END.search(t) \
                    and clean(t) not in {clean(x) for x in ex.title_candidates if not _SET_APART.search(x)}:
                # (the title is signed by nobody)
                # a letter that signs off in a sentence: its name, role and unit stand at the very end
                found = signed_block(ex.loose[n:n + SIGNATURE_LINES])
                titles = {clean(x) for x in ex.title_candidates if not _SET_APART.search(x)}
                for back in range(1, BLOCK_ABOVE + 1) if found else ():
                    # the last lines may start inside the block (a role wrapped, a date signed under it): a name on a
                    # short line just above is where the block starts ("Nadia Roy" over "Section Lead, Unit")
                    first = n - back
                    if first < 0 or _words(ex.loose[first]) > 5 or _SENTENCE_END.search(ex.loose[first]) \
                            or clean(ex.loose[first]) in titles:
                        break
                    above = signed_block(ex.loose[first:n + SIGNATURE_LINES])
                    if above.get("proposer_name"):
                        found = above
                        break
            if isinstance(found.get("proposer_department"), str):
                found["proposer_department"] = _unit_unwrapped(found["proposer_department"], ex.loose)
            # (two addresses under the closing: the letter is signed by two people, each with a block of their own,
            # and nothing captions one as the proposer; the first signer may be a co-author, the partner or the head
            # of the unit, so whose block answers the form is a guess: see calibration's ``co_signed``)
            how = CO_SIGNED if found and _closing(t) and len(_signers(_after_closing(t) + ex.loose[n + 1:n + 2 + 2 * SIGNATURE_LINES])) >= 2 \
                else "signed"
            for k, v in found.items():
                ex.put(k, v, FieldSource("signature", how, _signed_confidence(k, 0.7 if k == "proposer_name" else 0.6)))
            if found:
                break
    if "proposer_name" not in ex.fields:
        for n, t in enumerate(ex.loose):
            # a contact block set apart from the text, on one line or wrapped onto a second
            found = signature(ex.loose[n:n + 2]) if _words(t) <= 20 else {}
            found = found if found and _words(" ".join(ex.loose[n:n + 2])) <= 30 else signature([t])
            if not found:
                # a presenter's block, one piece a line (a deck's title slide): name, role, unit, then the address
                found = signature(ex.loose[n:n + span]) if (span := _piece_a_line(ex.loose[n:n + PIECE_LINES])) else {}
            for k, v in found.items():
                ex.put(k, v, FieldSource("signature", "contact block", _signed_confidence(k, 0.7)))
            if found:
                break
    if "proposer_name" not in ex.fields:
        for t in ex.loose:
            # "Hi team – here is our idea in point form. – Ada Roy, Lead Technologist, EMG Lab (a@x.org, 416.555.0121)":
            # a note that signs off inside its paragraph, the dash after its last sentence, with the writer's name,
            # role, unit and contact (the address or the number proves the piece a contact line, not prose)
            signed_after = _SIGNED_AFTER.search(clean(t))
            found = person_line(signed_after.group("who")) if signed_after is not None \
                and _words(signed_after.group("who")) <= 30 else {}
            if found.get("proposer_name") and {"proposer_email", "proposer_phone"} & found.keys():
                for k, v in found.items():
                    if k == "proposer_name" or k not in ex.fields:
                        ex.put(k, v, FieldSource("signature", "signed after a dash", _signed_confidence(k, 0.7)))
                break
    if "proposer_name" not in ex.fields:
        # (the document's own title, a catchy headline "Little Ones, Sharp Images", is no author's line; a name set
        # apart on the title line, "Ada Roy – proposal to CE", "Ada Roy (she/her) · 1st", is one)
        titles = {clean(t) for t in ex.title_candidates if not _SET_APART.search(t)}
        for k, v in author_line([t for t in ex.loose if clean(t) not in titles]).items():
            # "Ada Eze, Director of Care, Maple Terrace Home" under the title: the author's byline
            ex.put(k, v, FieldSource("byline", "author line", _signed_confidence(k, 0.7 if k == "proposer_name" else 0.6)))
        if ex.sources.get("proposer_name", FieldSource("", "", 0)).label == "author line":
            # "Name, Role" over the unit and a line with the address and number: the author's contact block, whose
            # lines under the author's line give what it does not
            at = next((n for n, t in enumerate(ex.loose) if t.strip().startswith(str(ex.fields["proposer_name"]))), None)
            block = signature(ex.loose[at:at + 3]) if at is not None else {}
            if at is not None and not block:
                # ("Name, Role" / "Unit, Organisation" / "address, number" / date: one piece of the block a line, as
                # signed under a letter)
                block = {k: v for k, v in signed_block(ex.loose[at:at + SIGNATURE_LINES]).items() if k not in ex.fields
                         or ex.fields[k] == v}
            if block.get("proposer_name") == ex.fields["proposer_name"] and \
                    block.get("proposer_title") == ex.fields.get("proposer_title"):
                for k, v in block.items():
                    ex.put(k, v, FieldSource("signature", "contact block", _signed_confidence(k, 0.6)))
    if "proposer_name" in ex.fields and ex.sources.get("proposer_title", FieldSource("", "", 0)).label == "author line" \
            and "proposer_department" not in ex.fields:
        # "Ada Roy – proposal to Continuing Education" heads the page; "Ada Roy, Laboratory Educator, Medical
        # Laboratory Science." closes it: the role and unit the writer signs with are surer than the header's words
        for t in reversed(ex.loose):
            found = contact_line(t.rstrip(".")) if _words(t) <= 20 else {}
            split = role_and_unit(found.get("proposer_title", "")) if "proposer_department" not in found else None
            if split:
                found["proposer_title"], found["proposer_department"] = split
            if found.get("proposer_name") == ex.fields["proposer_name"] and "proposer_department" in found:
                for k in ("proposer_title", "proposer_department"):
                    if k in found:
                        ex.put(k, found[k], FieldSource("signature", "signed", 0.7), override=True)
                break
    if isinstance(ex.fields.get("proposer_name"), str):
        _signed_in_full(ex)
    if isinstance(ex.fields.get("proposer_name"), str) and "proposer_department" not in ex.fields:
        # a memo's "FROM: Name, Role" gives no unit; the name signed under the letter, with its role and unit one a
        # line below it, does
        # (the signature stands at the end: the name may also head a mail print, over its rule lines)
        for n in reversed(range(len(ex.loose))):
            line = clean(ex.loose[n])
            # (or the name opens a signature set on one line: "Name | MRT(MR) | Role, Unit | Organisation")
            if line != ex.fields["proposer_name"] \
                    and not re.match(re.escape(str(ex.fields["proposer_name"])) + r"(?:,\s*[A-Z][\w().]{0,10})*\s+[|·—–]\s", line):
                continue
            found = signed_block(ex.loose[n:n + SIGNATURE_LINES])
            unit = found.get("proposer_department", "")
            if found.get("proposer_name") == ex.fields["proposer_name"] and re.search(r"[^\W\d_]{3}", unit):
                ex.put("proposer_department", unit,
                       FieldSource("signature", "signed", _signed_confidence("proposer_department", 0.6)))
                if "," in found.get("proposer_title", ""):
                    del found["proposer_title"]  # ("Coordinator, Oral Health": a role and perhaps its unit, unsplit)
                for k in ("proposer_phone", "proposer_email", "proposer_title"):
                    if k in found and k not in ex.fields:
                        # (the number and the address under the same signature are the signer's too)
                        ex.put(k, found[k], FieldSource("signature", "signed", _signed_confidence(k, 0.6)))
                break
    if "proposer_name" in ex.fields and not {"proposer_title", "proposer_department"} & set(ex.fields):
        # the proposer's own contact block ("Name | Role | Unit | number") gives what the header line did not
        for n, t in enumerate(ex.loose):
            found = signature([t]) if _words(t) <= 30 else {}
            if not found and _words(t) <= 20 and n + 1 < len(ex.loose):
                # (a block wrapped onto a second line: its address and number under the name, role and unit)
                found = signature(ex.loose[n:n + 2])
                found = found if _words(" ".join(ex.loose[n:n + 2])) <= 30 else {}
            if found.get("proposer_name") == ex.fields["proposer_name"]:
                for k, v in found.items():
                    ex.put(k, v, FieldSource("signature", "contact block", _signed_confidence(k, 0.7)))
                break
        for t in ex.unnamed if not {"proposer_title", "proposer_department"} & set(ex.fields) else ():
            # "Me: Name, role, unit, number" under a label the parser does not know: the proposer's contact line
            found = person_line(t) if _words(t) <= 30 else {}
            if found.get("proposer_name") == ex.fields["proposer_name"] and {"proposer_email", "proposer_phone"} & set(found):
                for k, v in found.items():
                    ex.put(k, v, FieldSource("signature", "contact line", _signed_confidence(k, 0.7)))
                break
    if "proposer_name" in ex.fields and not {"proposer_title", "proposer_department"} & set(ex.fields):
        # "I am Health Education Lead in the Office of Indigenous Health" (in the loose text or inside an answer:
        # "Practical bits: online, 12 hrs ... I'm Sleep Lab Lead at Brightwater Sleep Centre")
        said = introduction(" ".join([*ex.loose, *ex.raw.values()]))
        who = said.pop("proposer_name", None)
        mine = who is None or who == ex.fields["proposer_name"] or short_form(str(ex.fields["proposer_name"]), who) \
            or short_form(who, str(ex.fields["proposer_name"]))
        for k, v in said.items() if mine else ():  # (a speaker who names someone else introduces no proposer)
            ex.put(k, v, FieldSource("pattern", "I am", 0.6))
    if isinstance(ex.fields.get("proposer_name"), str) and not {"proposer_title", "proposer_department"} & set(ex.fields):
        # "Ada Eze, Perinatal Coordinator" under the title, and "Ada Eze" signed under the text: the byline names the
        # person who signs, with their role (a narrative's or an article's author line, read for the role alone)
        titles = {clean(t) for t in ex.title_candidates if not _SET_APART.search(t)}
        found = author_line([t for t in ex.loose if clean(t) not in titles])
        # (a role in words: "MRT(N)" after a name is a credential, no job)
        if found.get("proposer_name") == ex.fields["proposer_name"] and re.search(r"[a-zà-ÿ]{3}", found.get("proposer_title", "")):
            for k in ("proposer_title", "proposer_department"):
                if k in found:
                    ex.put(k, found[k], FieldSource("byline", "author line", _signed_confidence(k, 0.6)))
    if isinstance(ex.fields.get("proposer_name"), str) and "proposer_title" not in ex.fields \
            and ex.sources.get("proposer_department", FieldSource("", "", 0)).method == "signature":
        # a deck's last slide or a poster's footer gives the name and the workplace, no role; the author line under
        # the title ("Ada Roy, Speech-Language Pathologist" over the same workplace) gives the role
        titles = {clean(t) for t in ex.title_candidates if not _SET_APART.search(t)}
        found = author_line([t for t in ex.loose if clean(t) not in titles])
        if found.get("proposer_name") == ex.fields["proposer_name"] and re.search(r"[a-zà-ÿ]{3}", found.get("proposer_title", "")) \
                and found.get("proposer_department", ex.fields["proposer_department"]) == ex.fields["proposer_department"]:
            ex.put("proposer_title", found["proposer_title"], FieldSource("byline", "author line", _signed_confidence("proposer_title", 0.6)))
    if isinstance(ex.fields.get("proposer_name"), str):
        ex.fields["proposer_name"] = as_signed(str(ex.fields["proposer_name"]), ex.loose)
    if "proposer_email" not in ex.fields:
        others = str(ex.fields.get("partner_contact", ""))  # an address given as the partner's is not the proposer's
        addresses = [e for e in dict.fromkeys(find_emails(loose)) if not CE_MAILBOX.match(e) and e not in others]
        name = ex.fields.get("proposer_name")
        if len(addresses) > 1 and isinstance(name, str):
            # several addresses in the text (the partner's contact, a colleague's): the proposer's is the one
            # spelled with the proposer's name; when none is, which one is theirs is not known
            addresses = [e for e in addresses if _spells_name(e, name)]
        if addresses:
            # (several addresses and no name to pick by, a fact box's partner contact beside the author's block: the
            # first is a guess, below what other signals lift to sure)
            unsure = len(addresses) > 1 and not isinstance(name, str)
            ex.put("proposer_email", addresses[0], FieldSource("pattern", "email address", 0.5 if unsure else 0.6))
        elif isinstance(name, str) and texts:
            # the address is inside a sentence read as some label's answer (minutes' "Decision: ... X will send the
            # form to CE (x@example.org)"): one spelled with the proposer's name anywhere in the text is theirs
            spelled = [e for e in dict.fromkeys(find_emails(" ".join(texts)))
                       if not CE_MAILBOX.match(e) and e not in others and _spells_name(e, name)]
            if len(spelled) == 1:
                ex.put("proposer_email", spelled[0], FieldSource("pattern", "address with the name", 0.6))
                # (the one number in the paragraph that gives the address is the same person's: "Questions:
                # ada.roy@x.org or 905-555-0145")
                numbers = {n for t in texts if spelled[0] in clean(t) for n in phones(t)}
                if len(numbers) == 1 and "proposer_phone" not in ex.fields:
                    ex.put("proposer_phone", numbers.pop(), FieldSource("pattern", "number with the address", 0.6))
    third_person = "proposer_name" in ex.sources and ex.sources["proposer_name"].label == "named proposer"
    if "proposer_phone" not in ex.fields and not third_person:  # (a letter naming the proposer is signed by another)
        for t in _rejoined(ex.loose):
            # (a signature's number line may only carry its one-letter prefix: "T 416-555-0187", "M: 647 ...")
            if "@" in t or re.search(r"\b(?:phone|reached|call|tel)", t, re.I) or _NUMBER_LINE.match(t):
                m = PHONE.search(t)
                if m:
                    ex.put("proposer_phone", clean(m.group(0)), FieldSource("pattern", "phone number", 0.6))
                    break
                # "a@b.org | 555-0114": a local number without its area code, one piece of the address's own row
                local = [u.strip(" .,;") for u in _CONTACT_PIECES.split(t) if _LOCAL_NUMBER.fullmatch(u.strip(" .,;"))]
                if "@" in t and len(local) == 1:
                    ex.put("proposer_phone", local[0], FieldSource("pattern", "phone number", 0.6))
                    break
    if "proposer_phone" not in ex.fields and not third_person:
        # a number alone on one of the last lines: the signature's, under the writer's name, role and unit
        last = ex.loose[-LAST_LINES:]
        bare = [t for t in last if PHONE.fullmatch(t.strip().rstrip("."))]
        # (a local number without its area code, "555-0156", only in a contact block: beside an address's line)
        bare = bare or [t for n, t in enumerate(last) if _LOCAL_NUMBER.fullmatch(t.strip().rstrip("."))
                        and any(find_email(u) for u in last[max(n - 1, 0):n + 2])]
        if len(bare) == 1:
            ex.put("proposer_phone", clean(bare[0].strip().rstrip(".")), FieldSource("pattern", "phone number", 0.6))
    if "request_type" not in ex.fields and subject and prose.subject_kind(subject):
        ex.put("request_type", prose.subject_kind(subject), FieldSource("pattern", "Re", 0.7))
    if "request_type" not in ex.fields:
        # (and the opening sentence of an answer to a question the parser only guessed at, "Purpose of this
        # proposal": "We are asking CE to develop a new micro-credential ...")
        for t in [*ex.loose, *(" ".join(prose.sentences(" ".join(g.split()))[:1]) for g in ex.guessed_answers)]:
            if re.search(r"\b(?:submission|proposal|request|propos(?:e|ing)|asking|create|creating|develop|"
                         r"would\s+like|want\s+to)\b", t, re.I):
                code = None
                affirmed = _DENIED.sub(" ", t).lower()
                for phrase, c in (("new micro-credential", "new"), ("new micro credential", "new"),
                                  ("convert an existing", "existing_program"), ("micro-course", "micro_course")):
                    if phrase in affirmed:
                        code = c
                        break
                if code:
                    ex.put("request_type", code, FieldSource("pattern", "sentence", 0.6))
                    break
    title = ex.fields.get("proposer_title")
    if isinstance(title, str) and "proposer_name" not in ex.fields:
        # "Name and role: Ada Eze, Educator, Practice Office" read as the role: the person comes first
        found = person_line(title)
        named = found.get("proposer_name", "")
        # (under a label that asks for the role alone, only a name set apart from the role by a comma or a dash is
        # one: "Clinical Chemistry Resource Technologist" is a role, "Position: Ada Eze, Educator" a name first)
        apart = bool(named) and bool(re.match(re.escape(named) + r"\s*(?:[,|(]|\s[–—-]\s)", title))
        if named and found.get("proposer_title") and not role_word(named) and _words(named) <= 4 \
                and (apart or not _asks_role_alone(ex.sources["proposer_title"])):
            src = ex.sources["proposer_title"]
            ex.fields["proposer_title"] = found.pop("proposer_title")
            for k, v in found.items():
                ex.put(k, v, FieldSource("composite", src.label, round(src.confidence * 0.95, 3)))
    if "endorsement_status" not in ex.fields:
        # the answer about the partner often goes on with the state of its support ("Lakeside Health Partners
        # Pharmacy / letter enclosed", "The Guild said yes this morning, letter to follow"): without a question
        # of its own, that sentence is the endorsement's answer, read less surely
        for key in ("partner_name", "partner_contact"):
            # (a sentence that says the partner endorsed it and that the letter is attached: the letter, as the
            # status's own answer reads it)
            code = next(filter(None, (prose.stated_status(t) for t in prose.sentences(ex.raw.get(key, "")))), None)
            if code:
                ex.put("endorsement_status", code, FieldSource("composite", "partner's answer", 0.6))
                break
    if "request_type" not in ex.fields and not _affirmed(_CONVERTS, " ".join(ex.loose)):
        # a line that opens by naming the kind of course ("New micro-credential · concept pitch", "A micro-course:
        # short, no credential attached", "Micro-course – a short, stand-alone course."): a pitch's or a slide's way
        # to say what it asks for; a guess, since nothing asks the question there
        for t in [*ex.title_candidates, *ex.loose, *ex.kind_items]:
            code = prose.kind_line(t) or prose.subject_kind(t) or (
                prose.stated_kind(clean(t).lstrip("•*-– ")) if t in ex.kind_items else None)  # (or "here is the micro-credential proposal")
            if code:
                ex.put("request_type", code, FieldSource("pattern", "kind line", 0.6))
                break
    for t in ex.loose:
        # "..., for the following learners: Radiation therapists" -- a label at the end of a sentence
        m = _TAIL_LABEL.search(t)
        if not m:
            continue
        words = m.group(1).split()
        for n in range(len(words)):  # "following learners" -> "learners": the words nearest the colon
            lm = match_label(" ".join(words[n:]))
            if lm and lm.score >= 0.9 and not lm.key.startswith("_") and FIELDS_BY_KEY[lm.key].type == "text":
                ex.put(lm.key, to_value(lm.key, [(m.group(2), False)]), FieldSource("inline", m.group(1), 0.6))
                break
    rejoined = _rejoined(ex.loose)
    for n, stated in enumerate(logistics(t) for t in rejoined):
        if len(stated) == 1 and n + len(_LOGISTICS) - 1 <= len(rejoined):
            # a poster's or a slide's "Details" box: the practicalities one a bullet, each a short line that states
            # one of them alone ("Online, self-paced" / "Six hours" / "Target launch: Winter 2028" / "120 a year");
            # lines that each state another of them, three at least in a row, are those facts
            run = [logistics(t) if _words(t) <= FACT_LINE_WORDS else {} for t in rejoined[n:n + len(_LOGISTICS)]]
            facts = [set(r) for r in itertools.takewhile(lambda r: len(r) == 1, run)]
            if len(facts) >= FACT_LINES_MIN and len(set().union(*facts)) == len(facts):
                stated = {k: v for r in run[:len(facts)] for k, v in r.items()}
        if len(stated) >= 2:
            for t in rejoined[n + 1:n + 1 + len(_LOGISTICS) - len(stated)]:
                # the practicalities one a line ("In person" / "6 h" / "18 a year" / "June 2027"): a short line
                # right after them that states only another of them goes with them
                more = logistics(t) if _words(t) <= LOGISTICS_LINE_WORDS else {}
                if not more or set(more) & set(stated):
                    break
                stated = {**stated, **more}
            # one sentence that gives several of format, hours, start and yearly enrolment is about logistics
            for fact, val in stated.items():
                if isinstance(val, (str, int, float)):
                    ex.put(fact, val, FieldSource("composite", "sentence", 0.6))
    if "partner_name" not in ex.fields:
        for t in ex.loose:
            said = partner_line(t)
            if "partner_name" in said and "endorsement_status" in said:
                # an organisation named with the state of its endorsement is the partner, wherever it stands
                for k, v in said.items():
                    ex.put(k, v, FieldSource("pattern", "partner sentence", 0.6))
                break
    elif "partner_contact" not in ex.fields:
        for t in ex.loose:
            # a line of its own after the partner's answer: "My contact there is Dr. Abena Owusu, thoracic surgeon."
            # (only the clause that points back at the partner, "there" / "at the ...", not a bare "Contact:")
            who = contact_clause(t, "there")
            if who:
                ex.put("partner_contact", who, FieldSource("pattern", "partner sentence", 0.6))
                break
    name = ex.fields.get("proposer_name")
    if isinstance(name, str):
        # a paragraph of lines, or the loose lines after a closing ("Thanks," / "Regards,") in a PDF
        blocks = [[p.strip() for p in t.split("\n") if p.strip()] for t in ex.loose]
        # ("Thank you for considering this proposal." closes a letter as "Thanks," does)
        # (the "-- " that sets off a mail signature stands before its name)
        blocks += [[x for x in ex.loose[n + 1:n + 5] if not re.fullmatch(r"\s*[-–—_]{2,}\s*", x)][:3]
                   for n, t in enumerate(ex.loose) if _CLOSING.match(t) and _words(t) <= 8]
        for n, t in enumerate(ex.loose):
            signed = signed_block(ex.loose[n:n + SIGNATURE_LINES]) \
                if "\n" not in t and clean(t).startswith(name + ",") and _words(t) <= SIGNED_LINE_WORDS else {}
            # (the role itself on the name's line: "Name, RRT" over "Role, Unit" / "Organisation" is read below)
            if signed.get("proposer_name") == name and signed.get("proposer_title") \
                    and clean(t).split(",", 1)[1].strip().startswith(str(signed["proposer_title"]).split(",")[0]):
                # "Ada Roy, Registered Dietitian" over "Unit, Organisation" and a number (a mail's or a letter's
                # signature, one piece a line): the role is signed on the name's line, the line under it is the unit
                # (this line comes first: read as a block's first piece, the name's own line would lose its role)
                for k in ("proposer_title", "proposer_department", "proposer_phone", "proposer_email"):
                    if k in signed and k not in ex.fields:
                        ex.put(k, signed[k], FieldSource("signature", "signed", _signed_confidence(k, 0.6)))
                blocks = []
                break
        for parts in blocks:
            # (a row of pieces under the name, "Role | Unit | 555-0109", is one piece a line)
            parts = parts[:1] + [q.strip() for p in parts[1:] for q in re.split(r"\s+[|·]\s+", p)]
            parts = [p for p in parts if not _SENTENCE_END.search(p) and "@" not in p and not PHONE.search(p)
                     and not re.fullmatch(r"\d{3}[-.]\d{4}", p)]
            # "Gareth Llewellyn, RRT": the credentials after the name are still the name's line
            if len(parts) >= 2 and clean(parts[0]).split(",")[0].strip() == name:
                ex.put("proposer_title", clean(parts[1]), FieldSource("pattern", "signature block", 0.6))
                if len(parts) >= 3:
                    ex.put("proposer_department", clean(parts[2]), FieldSource("pattern", "signature block", 0.6))
                break



LETTERHEAD_LINES = 6  # the most lines of a letter's sender block above its date
LETTERHEAD_UNIT_WORDS = 10  # ... and the most words of its unit's line


def _letterhead_unit(ex: Extraction) -> None:
    """A letter signed with a name and a role but no unit: the sender's block at its top ("Birthing Unit, Credit
    Valley Family Hospital" / the proposer's own address / the date) gives the unit. The block is the lines above the
    dateline or the greeting, and it is the signer's when it holds the proposer's address; its unit is the line that
    names an organisation with no address, number or figure in it. A reading: never surer than a guess."""
    name, email = ex.fields.get("proposer_name"), ex.fields.get("proposer_email")
    if "proposer_department" in ex.fields or not isinstance(name, str) or not isinstance(email, str) \
            or ex.sources.get("proposer_name", FieldSource("", "", 0)).method != "signature":
        return
    top: list[str] = []
    for t in ex.loose[:LETTERHEAD_LINES + 1]:
        line = clean(t)
        if to_date(line) and _words(line) <= 5 or prose.starts_greeting(line):
            break
        top.append(line)
    else:
        return  # (no dateline or greeting ends it: no sender's block)
    if not any(email in t for t in top):
        return
    unit = next((t for t in top if t != name and ORG.search(t) and not find_email(t) and not phones(t)
                 and not re.search(r"\d", t) and _words(t) <= LETTERHEAD_UNIT_WORDS and not _SENTENCE_END.search(t)), None)
    if unit:
        ex.put("proposer_department", unit, FieldSource("signature", "letterhead", 0.6))


def _own_contact(ex: Extraction) -> None:
    """A "Contact" slide or footer that names the proposer ("Contact" / "Ada Roy" / address / number) gives the
    proposer's own address and number, no partner's contact: the proposer is never their partner's contact."""
    contact, name = ex.fields.get("partner_contact"), ex.fields.get("proposer_name")
    if not isinstance(contact, str) or not isinstance(name, str) or not name.strip():
        return
    if not re.match(re.escape(name) + r"(?:$|[\s,;|(<–—-])", clean(contact)):
        return
    del ex.fields["partner_contact"]
    del ex.sources["partner_contact"]
    ex.unread.add("partner_contact")  # (the label had an answer, no partner's: whether there is one, a person checks)
    emails, numbers = find_emails(contact), phones(contact)
    if emails:
        ex.put("proposer_email", emails[0], FieldSource("signature", "contact block", _signed_confidence("proposer_email", 0.6)))
    if numbers:
        ex.put("proposer_phone", numbers[0], FieldSource("signature", "contact block", _signed_confidence("proposer_phone", 0.6)))


def _signed_in_full(ex: Extraction) -> None:
    """The proposer's name as the signature under the text spells it in full, when the header gave a short form of
    it (a mail program's display name "Ravi Okafor-Lindahl" over the signature "Ravindra Okafor-Lindahl, RN"); the
    role, unit and number of that signature are the proposer's too."""
    name = str(ex.fields["proposer_name"])
    for n in reversed(range(len(ex.loose))):
        found = signature(ex.loose[n:n + SIGNATURE_LINES]) if _words(ex.loose[n]) <= 8 else {}
        full = found.get("proposer_name", "")
        if not full or not short_form(name, full) or not clean(ex.loose[n]).startswith(full):
            continue
        ex.fields["proposer_name"] = full
        for k in ("proposer_title", "proposer_department", "proposer_phone", "proposer_email"):
            if k in found and k not in ex.fields:
                ex.put(k, found[k], FieldSource("signature", "signed", _signed_confidence(k, 0.6)))
        return
