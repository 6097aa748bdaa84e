"""Turn raw answer text into the normalised values of the corpus README.

Text: whitespace collapsed, soft hyphens removed, typography kept. Lists: markers
dropped, items joined with "; " (or a space after an item that ends in
punctuation). ``learning_outcomes`` is a list. Choices become codes, numbers
become numbers, dates become ISO ``YYYY-MM-DD``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable, Sequence

from . import french, glyphs
from .comb import unboxed
from .fields import FIELDS_BY_KEY, FieldValue
from .labels import fold

PLACEHOLDERS = (
    "click or tap here to enter text.", "click or tap to enter a date.", "click here to enter text.",
    "click here to enter a date.", "choose an item.", "enter text here", "type here",
)
_EMPTY = frozenset({"", "n/a", "na", "n.a.", "none", "-", "--", "—", "–", "tbd?", "not applicable", "nil"})
# 'None' is a real answer for endorsement_status, so it is only empty for other fields.

_WS = re.compile(r"[\s\u00a0\u2007\u202f\u200b]+")
_SOFT_HYPHEN = "\u00ad"
BULLET_CHARS = "•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2219–—-*>"
# the glyphs drawn as a list's bullets (a slide's, a typed list's), and those with the characters typed as bullets:
# a line opening with one and a space is a bulleted line (boxes and the wider BULLET_CHARS aside: a box is an answer)
BULLET_GLYPHS = "•▪▸‣◦●■►➢"
BULLETED = re.compile(r"^\s*([" + re.escape(BULLET_GLYPHS) + r"*–-])\s+")
_MARKER = re.compile(
    r"^\s*(?:[" + re.escape(BULLET_CHARS) + r"](?=\s)|[" + re.escape("•◦▪■●○‣∙\uf0b7\uf0a7\uf0d8") + r"]"
    r"|\(?\d{1,2}[.)](?=\s)|\(\d{1,2}\)|\(?[a-z][.)](?=\s)|\(?[ivx]{1,4}[.)](?=\s))\s*",
)
CHECKED = glyphs.TICKED        # a tick box ticked, or a tick mark
UNCHECKED = glyphs.EMPTY_BOXES
# "(x) In person ( ) Hybrid": a flattened form's radio buttons printed as brackets, or copied as "(•)"
_BOX = re.compile(r"^\s*(?:([" + CHECKED + UNCHECKED + r"])|\[( |x|X|✓|\*)\]|\(( |x|X|✓|•|●|\*)\)(?=\s*[^\W\d_]))\s*")


# A document's lines are cleaned again by each reader that meets them (3 calls a distinct line over the
# corpora): the cleaned text is kept for the document being read, cleared by forget_document() when its
# parse ends and whenever it grows past this bound, so what it holds is one document's text at most.
MEMO_MAX = 4096
_CLEANED: dict[str, str] = {}
# other readers' per-document memos (composite.phones), emptied with this one
_MEMOS: list[dict] = [_CLEANED]


def document_memo() -> dict:
    """A memo kept for the document being read, emptied by forget_document() (the owner bounds it by MEMO_MAX)."""
    memo: dict = {}
    _MEMOS.append(memo)
    return memo


def forget_document() -> None:
    """Drop the texts kept while one document was read (parse() calls it when the document is done)."""
    for memo in _MEMOS:
        memo.clear()


def clean(text: str) -> str:
    """Collapse whitespace, drop soft hyphens and placeholder prompts."""
    done = _CLEANED.get(text)
    if done is None:
        done = _clean(text)
        if len(_CLEANED) >= MEMO_MAX:
            _CLEANED.clear()
        _CLEANED[text] = done
    return done


def _clean(text: str) -> str:
    text = text.replace(_SOFT_HYPHEN, "")
    low = text.lower()  # (clean runs on every line read: lower once, again only after a prompt is cut)
    for ph in PLACEHOLDERS:
        if ph in low:
            text = re.sub(re.escape(ph), " ", text, flags=re.IGNORECASE)
            low = text.lower()
    if "\u200b" not in text:
        # str.split() splits at exactly the characters \s matches, five times faster than the pattern;
        # only the zero-width space, which is no whitespace to Python, needs it
        return " ".join(text.split())
    return _WS.sub(" ", text).strip()


def is_empty(text: str, key: str = "") -> bool:
    t = clean(text).lower().strip(" .")
    if key == "endorsement_status" and t in ("none", "none yet"):
        return False
    if _NOT_APPLICABLE.match(t):
        return True  # "N/A - this is a brand-new course, nothing to convert": the reason is no answer
    return t in _EMPTY or fold(t).replace("’", "'") in french.EMPTY or not any(c.isalnum() for c in t) \
        or bool(_NO_ANSWER.match(t)) or bool(_CROSS_REFERENCE.match(fold(t))) or bool(_FILL_IN_HERE.match(t))


def no_value(text: str, key: str = "") -> bool:
    """Whether an answer gives no value for its field: empty (see :func:`is_empty`), or only pointing at a document
    sent beside the form ("See attached rubric."). A pointer is no value of the form's, but it is an answer: the
    applicant answered elsewhere, so the field is unread (the office checks the attachment), never "missing"."""
    return is_empty(text, key) or points_to_attachment(text, key)


def points_to_attachment(text: str, key: str = "") -> bool:
    """Whether a whole answer only points at a document sent beside the form (see _ATTACHMENT_POINTER)."""
    return key != "endorsement_status" and bool(_ATTACHMENT_POINTER.match(fold(clean(text).lower().strip(" ."))))


# a template's own instruction left in an answer cell, telling the writer what to put there ("If converting, type
# the program name here", "Enter the date here"): the cell is not filled in
_FILL_IN_HERE = re.compile(r"^(?:if\s[^,.;]{1,40},\s*)?(?:please\s+)?(?:type|enter|insert|write|add|fill\s+in|paste)\s"
                           r"[^.;:!?]{0,60}\bhere$")


# a whole answer that only points at another answer of the same document ("see competencies", "as above", "voir
# ci-dessus"): this question is not answered here (a pointer to an attachment or a site is left alone: it may answer;
# so is one to a note, "see note 2": the answer is in the note, see page_notes)
_CROSS_REFERENCE = re.compile(
    r"^(?:as|comme)\s+(?:above|below|before|previously|ci-dessus|plus\s+haut)$|"
    r"^(?:see|cf\.?|refer\s+to|same\s+as|voir|idem|meme\s+chose\s+que)\s+"
    r"(?!.*\b(?:attach|enclos|append|annex|letter|lettre|document|file|fichier|site|link|lien|web|www|http|pdf|jointe?|"
    r"(?:foot)?notes?\b))"
    r"(?:(?:the|my|our|la|le|les)\s+)?(?:above|below|previous|earlier|ci-dessus|plus\s+haut|[\w-]+(?:\s+[\w-]+)?)"
    # ("Same as learning outcomes above": the answer it points at, placed)
    r"(?:\s+(?:above|below|ci-dessus|plus\s+haut))?$")


# a whole answer that only points at a document sent beside the form ("See attached assessment rubric.", "please refer
# to the enclosed outline", "Voir budget ci-joint"): the form does not give the value, the attachment is another
# document (every maker's convention: no value of the form's; the parser reads it as answered elsewhere, so unread,
# not missing: :func:`no_value`). The endorsement's "see attached letter" is its
# answer (a letter attached), so that field is left to its own reading.
_ATTACHMENT_POINTER = re.compile(
    r"^(?:please\s+)?(?:see|refer\s+to|voir|cf\.?|(?:as\s+)?per|tel\s+que)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:attached|attachments?|enclosed|enclosures?|ci-jointe?s?|(?:pieces?|documents?)\s+jointe?s?)"
    r"(?:\s+[\w'-]+){0,4}(?:\s*\([^()]*\))?$"
    r"|^(?:attached|enclosed|ci-jointe?s?)$")


# what a submission portal's export prints for a question left unanswered: "(no answer)", "[not answered]", a
# survey service's "Respondent skipped this question"
_NO_ANSWER = re.compile(r"^[(\[]?(?:no answer(?: given)?|not answered|unanswered|no response|left blank|skipped|"
                        r"(?:the\s+)?(?:respondent|user|applicant)\s+skipped\s+this\s+question|question\s+skipped)"
                        r"[)\]]?$")


# a "not applicable" mark that opens an answer and a reason after it
_NOT_APPLICABLE = re.compile(r"^(?:n/a|n\.a\.?|not applicable|s\.o\.?|s/o|sans objet)\s*[-–—:;,(]\s*\S")


def strip_marker(line: str) -> tuple[str, bool]:
    """A list item's text without its bullet/number, and whether it had one."""
    m = _MARKER.match(line)
    if m and m.end() < len(line):
        return line[m.end():].strip(), True
    return line.strip(), False


def checkbox_state(line: str) -> tuple[bool | None, str]:
    """(True/False/None, caption) for a line that starts with a tick box."""
    m = _BOX.match(line)
    if not m:
        return None, line
    ch = m.group(1) or m.group(2) or m.group(3)
    return (ch in CHECKED or ch in "xX✓•●*"), line[m.end():].strip()


def join_items(items: Sequence[str]) -> str:
    out = ""
    for item in items:
        item = clean(item)
        if not item:
            continue
        if not out:
            out = item
        elif out[-1] in ".;:,!?)":
            out += " " + item
        else:
            out += "; " + item
    return out


# "(1) a; (2) b", "a) ...", and "1. a 2. b" (a numbered list run together on one line: digits only, a letter and
# a full stop is too often an initial)
_INLINE_ENUM = re.compile(r"(?:^|[\s;,])(?:\(?(\d{1,2}|[a-h])\)|(\d{1,2})\.)\s+")


def split_inline_list(text: str) -> list[str]:
    """'(1) a; (2) b; and (3) c' -> ['a', 'b', 'c'] when the numbering is consecutive."""
    marks = list(_INLINE_ENUM.finditer(text))
    if len(marks) < 2:
        return [text]
    labels = [m.group(1) or m.group(2) for m in marks]
    expected = [str(i + 1) for i in range(len(labels))] if labels[0].isdigit() else [chr(ord("a") + i) for i in range(len(labels))]
    if labels != expected:
        return [text]
    items = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        item = text[m.end():end].strip()
        item = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", item).strip()
        items.append(item)
    lead = text[: marks[0].start()].strip()
    if lead and not lead.endswith(":") and len(lead.split()) > 12:
        return [text]  # the numbers sit inside running prose, not a list
    items = [i for i in items if i]
    if len(items) > 1 and items[-1].endswith(".") and not any(i.endswith(".") for i in items[:-1]):
        items[-1] = items[-1][:-1]  # the full stop ends the sentence that holds the list, not the last item
    return items


_TICK_BULLET = re.compile(r"^\s*([✓✔])\s+(?=\S)")


def _ticks_as_bullets(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The lines of a list whose every item opens with the same tick mark ("✓ Select ...", a slide's checklist):
    the tick is the list's bullet, not an option chosen, and goes as a bullet does. A tick on some lines only
    stays (it may set a chosen option apart)."""
    marks = [_TICK_BULLET.match(t) for t, _ in lines if t.strip()]
    if len(marks) < 2 or not all(marks) or len({m.group(1) for m in marks if m}) != 1:
        return lines
    return [(_TICK_BULLET.sub("", t), True) if t.strip() else (t, b) for t, b in lines]


# a paragraph written as a sentence of six words or more, capitalised and closed by its full stop
_SENTENCE_PARAGRAPH = re.compile(r"[A-Z][^\s]*(?:\s+\S+){5,}[.!]")


def to_list(lines: Iterable[tuple[str, bool]]) -> list[str]:
    """Outcome items from (line, was_list_item) pairs; a lead-in ending in ':' is dropped."""
    items: list[str] = []
    raw: list[str] = []
    lines = _ticks_as_bullets(list(lines))
    flagged = [n for n, (line, li) in enumerate(lines) if li and clean(line)]
    if len(flagged) >= 2:
        # "1. Prepare ..." .. "4. Respond ..." then a paragraph of its own ("Practice tilts on volunteers will be used
        # for feedback."): a document's numbered or bulleted list ends with its last item; a sentence set after it as
        # a plain paragraph goes on with the text, no item of the list
        tail = [clean(line) for line, li in lines[flagged[-1] + 1:] if clean(line)]
        if tail and all(_SENTENCE_PARAGRAPH.fullmatch(t) for t in tail):
            lines = lines[:flagged[-1] + 1]
    # a list whose items open with a marker, an item wrapped onto a line of its own that goes on in lower case
    # ("• Distinguish febrile ... reactions" / "from their signs and timing"): that line is the item's rest
    marked = [strip_marker(clean(line))[1] for line, _ in lines if clean(line)]
    bulleted = sum(marked) >= 2
    had_before = False
    for line, _ in lines:
        text, had = strip_marker(clean(line))
        if text and bulleted and not had and had_before and items and text[:1].islower():
            items[-1] = clean(items[-1] + " " + text)
            raw[-1] = clean(raw[-1] + " " + text)
            continue
        if text:
            items.append(text)
            raw.append(clean(line))
            had_before = had
    if len(raw) == 1 and len(split_inline_list(raw[0])) > 1:
        return [clean(i) for i in split_inline_list(raw[0]) if clean(i)]  # "(1) a; (2) b": the first number too
    if len(items) > 1 and items[0].endswith(":"):
        items = items[1:]
    elif len(items) == 1 and items[0].endswith(":") and len(items[0].split()) >= 4:
        return []  # "By the end of the course learners will be able to:" alone leads in to items not read here
    if len(items) == 1:
        single = items[0]
        lead, sep, rest = single.partition(":")
        items = split_inline_list(single)
        if len(items) == 1 and sep and len(lead.split()) > 3 and _INLINE_ENUM.search(rest):
            items = split_inline_list(rest.strip())
        if len(items) == 1 and sep and len(lead.split()) > 3 and rest.count(";") >= 2:
            # "Participants will be able to: a; b; and c." -- a lead-in, then items between semicolons
            items = [re.sub(r"^(?:and|or)\s+", "", i.strip()) for i in rest.split(";")]
            items[-1] = items[-1].rstrip(".")
        parts = [i.strip() for i in single.split(";")]
        if len(items) == 1 and len(parts) >= 3 and all(p[:1].isupper() and len(p.split()) >= 2 for p in parts):
            # "Measure X; Start Y; Set up Z": items typed on one line, each opening as a sentence does
            items = [p.rstrip(".") if n == len(parts) - 1 else p for n, p in enumerate(parts)]
        elif len(items) == 1 and len(parts) >= 3 and all(p[:1].islower() and len(p.split()) >= 2 for p in parts) \
                and not re.search(r"[.!?]\s", single):
            # "collect a swab correctly; select the right PPE; and explain the procedure.": the rest of a sentence
            # whose lead-in was the label ("By the end they would be able to"), one item between semicolons
            parts[-1] = re.sub(r"^(?:and|or|et|ou)\s+", "", parts[-1]).rstrip(".")
            items = parts
    return [clean(i) for i in items if clean(i)]


@lru_cache(maxsize=None)
def choice_phrases(key: str) -> tuple[tuple[str, str], ...]:
    """(code, phrase) for every wording of each option of a choice field, English then French."""
    f = FIELDS_BY_KEY[key]
    return tuple((code, ph) for code, phrases in f.choices.items()
                 for ph in (*phrases, *french.CHOICES.get(key, {}).get(code, ())))


@lru_cache(maxsize=None)
def _choice_patterns(key: str) -> tuple[tuple[str, re.Pattern[str], int, str], ...]:
    """Each phrase of a choice field, compiled once: choice_code runs for many candidate answers.

    The folded phrase comes first: a text without it cannot match, and looking for it costs less than a search.
    """
    return tuple((fold(ph), re.compile(r"(?<![a-z])" + re.escape(fold(ph)) + r"(?:s|es)?(?![a-z])"), len(ph), code)
                 for code, ph in choice_phrases(key))


def choice_code(key: str, text: str) -> str | None:
    """The choice code named earliest in ``text`` (longer phrases win at the same place)."""
    t = " " + fold(text).replace("\u2011", "-").replace("’", "'") + " "
    best: tuple[int, int, str] | None = None
    yet = ""  # the wording of a "none" chosen, when it is "not yet" or "none yet"
    for phrase, pattern, length, code in _choice_patterns(key):
        m = pattern.search(t) if phrase in t else None
        if m:
            if code == "confirmed" and key == "endorsement_status" and _NEGATED.search(t[:m.start()]):
                # "nothing is agreed yet", "not confirmed": an agreement denied is one still being discussed
                code = "in_discussion"
            cand = (m.start(), -length, code)
            if best is None or cand < best:
                best = cand
                yet = m.group(0) if code == "none" else ""
    if key == "endorsement_status" and best is not None and best[2] == "none" and "yet" in yet \
            and any(code == "in_discussion" and pattern.search(t, best[0]) for _, pattern, _, code in _choice_patterns(key)):
        # "Not yet – we are still discussing it with the director": not yet signed, and the talks go on
        return "in_discussion"
    if key == "endorsement_status" and best is None:
        yn = re.match(r"\s*(yes|no|oui|non)\b(?![-‐‑])", t.strip())  # (not "Non-diagnostic ...": a word's prefix)
        if yn:
            return "letter_attached" if yn.group(1) in ("yes", "oui") else "none"
    if key == "endorsement_status" and (m := _LETTER_ATTACHING.search(t)) and (best is None or m.start() < best[0]):
        # "Letter of support - I will attach it to the email": the letter goes with the submission, which is what
        # "Letter of Support Attached?" asks, in whatever tense the applicant puts the verb
        return "letter_attached"
    return best[2] if best else None


# a negation ending right before a word (in its clause, at most two words and no punctuation between): "nothing is
# agreed", "not yet confirmed", "has not formally endorsed" (not "No - agreed, letter to follow": an answer, then another)
_NEGATED = re.compile(r"\b(?:not|no|nothing|never|n't|isn't|hasn't|haven't|aren't|yet to be)\b(?:\s+[^\W\d_][\w'-]*){0,2}\s*$")


# a letter, then the verb that sends it with the submission in another form than the participle the phrases hold
_LETTER_ATTACHING = re.compile(r"\bletters?\b[^.;/]{0,40}?\b(?:attach(?:es|ing)?|enclos(?:e|es|ing))\b"
                               r"|\b(?:attach(?:es|ing)?|enclos(?:e|es|ing))\b[^.;/]{0,40}?\bletters?\b")


# (a comma before one or two digits is the decimal comma of French and most of Europe, "3,5 h": a thousands
# separator has three digits after it)
_NUM = re.compile(r"(?<![\d.])(\d{1,3}(?:[ ,]\d{3})+|(?<!,)\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?)(?![\d])")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_PER_YEAR = re.compile(r"^\s*(?:learners?|students?|participants?|people|" + french.PEOPLE + r")?\s*"
                       r"(?:(?:per|a|/|each|every)\s*(?:year|yr|annum)|" + french.PER_YEAR + ")", re.I)
_TOTAL = re.compile(r"^\s*(?:hours?|hrs?|h|" + french.HOURS + r")?\s*(?:(?:in\s+)?total|in\s+all|all\s+told|altogether|" + french.TOTAL + ")", re.I)


_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(k for k in _UNITS if " " not in k) + r"))?"
              r"|(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))")
# (the tens and units after "hundred", "one hundred and fifty", belong to the same number: 150, not 100 and 50)
_WORD_NUM = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[\s-](" + "|".join(k for k in _UNITS if " " not in k) + r"))?"
    r"|(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))(?:\s+hundred(?:(?:\s+and)?\s+(" + _BELOW_100 + r"))?)?\b",
    re.I)
# (in French too: "2 groupes de 15", "3 cohortes d'environ 12")
_COHORTS = re.compile(r"(\d+)\s*(?:cohorts?|groups?|intakes?|offerings?|sessions?|classes|sections?|runs?|groupes?|"
                      r"cohortes?)\s*(?:of|x|×|with|de|d['’])\s*(?:about|approx\.?|~|up to|environ)?\s*(\d+)", re.I)
# a bare product of two counts ("3 x 10", "4 × 16"): groups of learners when the answer is an enrolment
_PRODUCT = re.compile(r"(?<![\d.])(\d+)\s*[x×]\s*(\d+)(?![\d.])", re.I)


@lru_cache(maxsize=1024)
def words_to_digits(text: str) -> str:
    """'twenty-four hours' -> '24 hours': numbers people spell out, up to the hundreds (in French too: "trois
    heures" -> "3 heures")."""
    # (kept: an answer is asked about once for every field it might answer, and the search is slow on long text)
    def repl(m: re.Match) -> str:
        if m.group(1):
            val = _TENS[m.group(1).lower()] + (_UNITS[m.group(2).lower()] if m.group(2) else 0)
        else:
            val = _UNITS[m.group(3).lower()]
        if re.search(r"\shundred\b", m.group(0), re.I):
            val *= 100
            if m.group(4):
                val += int(words_to_digits(m.group(4)))
        return str(val)
    return _WORD_NUM.sub(repl, _DOZENS.sub(_dozens, french.numbers_to_digits(text)))


# "two dozen technologists", "3 dozen": a count of dozens is one number (24), not a count beside a dozen ("2 12")
_DOZENS = re.compile(r"\b(\d{1,2}|" + "|".join(k for k in _UNITS if "dozen" not in k) + r")\s+dozens?\b", re.I)


def _dozens(m: re.Match[str]) -> str:
    count = m.group(1)
    return str(12 * (int(count) if count.isdigit() else _UNITS[count.lower()]))


def cohort_total(text: str, at: int) -> int | None:
    """The learners of all the groups where the figure at ``at`` is the size of one group ("4 cohorts of 12 each
    year" -> 48 for the 12), else None."""
    for c in _COHORTS.finditer(text):
        if c.start(2) == at:
            return int(c.group(1)) * int(c.group(2))
    return None


# a span between two times of day ("15:00–16:15", "9:00 am to 4:30 pm"): when something happens, not how long
_HOUR_WORD = re.compile(r"\b(?:h|hrs?|hours?|heures?)\b|\d\s*h\b", re.I)
_CLOCK_SPAN = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]|to|until|à)\s*\d{1,2}:\d{2}\b", re.I)


def to_number(text: str, key: str = "") -> int | float | None:
    """The number an answer states; a per-year / in-total figure beats the first one.

    Spelled-out numbers count ("twelve hours"), and for enrolment "3 cohorts of 16" (or "3 x 16") is 48
    unless the answer states the yearly total itself.
    """
    t = words_to_digits(clean(text))
    nums = list(_NUM.finditer(t))
    if not nums or key == "estimated_hours" and _CLOCK_SPAN.match(t):
        # ("Time: 15:00–16:15" in a meeting's header: when it sat, in times of day, not the hours a course takes)
        return None
    if key == "estimated_hours" and not _HOUR_WORD.search(t) \
            and (_COHORTS.match(t, nums[0].start()) or _PER_YEAR.match(t[nums[0].end():])):
        # "Numbers: Four cohorts of nine learners a year.": its figure counts learners, no hour in it (a label read
        # as asking for the hours is answered with the enrolment)
        return None
    chosen = nums[0]
    sums = [m for m in nums if t[:m.start()].rstrip().endswith("=")]
    if len(sums) == 1:
        # "3 x 5 h = 15 hours", "8 online + 4 lab = 12": the result of the sum written out is the answer
        return _as_number(sums[0].group(1))
    if key == "expected_enrolment":
        cohorts = list(_COHORTS.finditer(t)) or list(_PRODUCT.finditer(t))
        in_cohort = {c.start(2) for c in cohorts} | {c.start(1) for c in cohorts}
        stated = [m for m in nums if m.start() not in in_cohort and _PER_YEAR.match(t[m.end():])]
        if stated:
            return _as_number(stated[0].group(1))
        if cohorts:
            c = cohorts[0]
            return int(c.group(1)) * int(c.group(2))
        rest = [m for m in nums if m.start() not in in_cohort]
        if rest:
            chosen = rest[0]
        return _as_number(chosen.group(1))
    for m in nums:
        if _TOTAL.match(t[m.end():]):
            return _as_number(m.group(1))
    if key == "estimated_hours" and (total := _total_in_brackets(t, nums)) is not None:
        return total
    if key == "estimated_hours" and (clock := _HOURS_MINUTES.search(t)) and clock.start() == nums[0].start():
        # "2 h 30", "1h45": hours and minutes written the French way, the first figure stated
        return _as_number(str(int(clock.group(1)) + int(clock.group(2)) / 60))
    if key == "estimated_hours" and not _RANGE.match(t[chosen.end():]):
        # "one day, 8 h": the figure the unit says is hours, not the first figure (a range keeps its first)
        # (a bare figure with a breakdown in brackets after it is the answer: "21 (three 7-hour lab days)" is 21,
        # where "2 days (14 hours)" is 14)
        bare = re.match(r"\s*\(", t[chosen.end():]) is not None
        chosen = next((m for m in nums if _HOUR_UNIT.match(t[m.end():]) and not (bare and _bracketed(t, m.start()))),
                      chosen)
        # (the hours of one part, "two days of six hours", count once for each part)
        each = hours_in_parts(t, chosen.start()) if _HOUR_UNIT.match(t[chosen.end():]) else None
        if each is not None:
            return each
        added = hours_added(t, chosen.start())
        if added is not None:
            return added
    return _as_number(chosen.group(1))


# the word or sign that adds one part's hours to another's ("a 2-hour module plus a 3-hour session", "4 h online + 4 h
# in person", "6 heures en ligne et 2 heures en présentiel")
_ADDED = re.compile(r"\b(?:plus|and|et)\b|\+", re.I)
ADDED_GAP = 60  # characters between two added parts' hours at most (the first part's words)


def hours_added(text: str, at: int) -> int | float | None:
    """The hours of a course given as the sum of its parts' hours, each figure followed by its unit and the next
    added to it ("a 2-hour e-learning module plus a 3-hour skills session" -> 5, "3 hours online + 6 hours hands-on"
    -> 9), when the figure at ``at`` (a text with its numbers in digits) is the first part's hours; None otherwise.

    The one rule for hours told in added parts: the answer to the hours field (:func:`to_number`, which first looks
    for a stated total, see :data:`_TOTAL`) and the hours in a logistics answer (``composite.logistics``) both use it.
    """
    nums = list(_NUM.finditer(text))
    first = next((m for m in nums if m.start() == at), None)
    if first is None or _bracketed(text, at) or not _HOUR_UNIT.match(text[first.end():]):
        return None
    parts = [first]
    for m in nums[nums.index(first) + 1:]:
        gap = text[parts[-1].end():m.start()]
        if not (_HOUR_UNIT.match(text[m.end():]) and len(gap) <= ADDED_GAP and _ADDED.search(gap)
                and not _bracketed(text, m.start()) and hours_in_parts(text, m.start()) is None):
            break
        parts.append(m)
    if len(parts) < 2:
        return None
    return _as_number(str(sum(_as_number(m.group(1)) for m in parts)))


# the parts a course is given in, each of so many hours ("two days of six hours", "four 3-hour sessions", "deux
# journées de 6 heures"): the count of parts, a word that may describe them, the parts, then the hours of each
# (a day named by the weekday it falls on is a part too: "two Saturdays of six hours each", "deux samedis de 6 h")
_PARTS = (r"(?:days?|sessions?|evenings?|mornings?|afternoons?|workshops?|modules?|classes|labs?|shifts?|weeks?|blocks?|"
          r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|"
          r"jours?|journ[ée]es?|s[ée]ances?|soir[ée]es?|ateliers?|blocs?|(?:lun|mar|mercre|jeu|vendre|same|diman)dis?)")
# ("four 1-hour live online sessions": two words may say what kind of part it is)
_HOURS_EACH = re.compile(r"(?<![\d.])(?P<n>\d+)\s+(?:[^\W\d_]+[\s-]+)?" + _PARTS + r"\s+(?:of|de|d['’])\s*(?P<h>\d+(?:\.\d+)?)\s*"
                         r"(?:hours?|hrs?|h|heures?)\b"
                         r"|(?<![\d.])(?P<n2>\d+)\s+(?P<h2>\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)\s+(?:[^\W\d_]+\s+){0,2}"
                         + _PARTS + r"\b", re.I)


def hours_in_parts(text: str, at: int) -> int | float | None:
    """The hours of a course given in parts of so many hours each ("two days of six hours" -> 12), when the figure
    at ``at`` (a text with its numbers in digits) is the hours of one part; None otherwise."""
    for m in _HOURS_EACH.finditer(text):
        if m.start() <= at < m.end():
            n, h = (m.group("n"), m.group("h")) if m.group("n") else (m.group("n2"), m.group("h2"))
            return _as_number(str(int(n) * float(h)))
    return None


# hours and minutes after an "h" ("2 h 30", "1h45", "2 h 30 min"): the minutes end the answer or its phrase (a
# figure after "12 h" that something else follows, "12 h 40 a year", is another fact's)
_HOURS_MINUTES = re.compile(r"\b(\d{1,3})\s?h\s?([0-5]\d)(?=\s*(?:min(?:utes?)?\b|mn\b)?\s*(?:$|[,.;:()/–—]))", re.I)


def _total_in_brackets(text: str, nums: list[re.Match[str]]) -> int | float | None:
    """The figure in brackets after the parts it adds up ("5 hours online and a 7-hour day (12 hours)"): the last
    figure, in brackets, equal to the sum of the two or more figures before it outside brackets; else None."""
    if len(nums) < 3 or not _bracketed(text, nums[-1].start()):
        return None
    parts = nums[:-1]
    if any(_bracketed(text, m.start()) for m in parts):
        return None
    total = _as_number(nums[-1].group(1))
    return total if abs(sum(_as_number(m.group(1)) for m in parts) - total) < 1e-9 else None


def _bracketed(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


_RANGE = re.compile(r"\s*(?:-|–|to)\s*\d")
_HOUR_UNIT = re.compile(r"\s*-?\s*(?:h|hrs?|hours?|heures?)\b", re.I)


def _as_number(raw: str) -> int | float:
    val = float(raw.replace(",", ".") if _DECIMAL_COMMA.fullmatch(raw) else re.sub(r"[ ,]", "", raw))
    return int(val) if val.is_integer() else val


_MONTHS = {
    "jan": 1, "janv": 1, "janvier": 1, "january": 1, "feb": 2, "fev": 2, "fevr": 2, "fevrier": 2, "february": 2,
    "mar": 3, "mars": 3, "march": 3, "apr": 4, "avr": 4, "avril": 4, "april": 4, "may": 5, "mai": 5,
    "jun": 6, "juin": 6, "june": 6, "jul": 7, "juil": 7, "juillet": 7, "july": 7, "aug": 8, "aout": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "septembre": 9, "oct": 10, "october": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11, "dec": 12, "december": 12, "decembre": 12,
}


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b")


# the order a template asks its dates in, spelled in its label ("Date (mm/dd/yyyy)", "Date (jj/mm/aaaa)")
_MONTH_FIRST_HINT = re.compile(r"(?<![a-z])mm\s?[-/.]\s?dd\s?[-/.]\s?(?:yyyy|yy)(?![a-z])", re.I)
_DAY_FIRST_HINT = re.compile(r"(?<![a-z])(?:dd|jj)\s?[-/.]\s?mm\s?[-/.]\s?(?:yyyy|yy|aaaa|aa)(?![a-z])", re.I)


def month_first(text: str) -> bool:
    """Whether a document writes its numeric dates month first: its template asks for them so ("mm/dd/yyyy") or one
    of them can only be read so ("11/27/26", as a form service prints its times), and none can only be read day
    first ("20/11/2026") nor is asked for day first ("dd/mm/yyyy")."""
    pairs = [(int(m.group(1)), int(m.group(2))) for m in _NUMERIC_DATE.finditer(text)]
    asked = bool(_MONTH_FIRST_HINT.search(text))
    return (asked or any(a <= 12 < b <= 31 for a, b in pairs)) and not any(b <= 12 < a <= 31 for a, b in pairs) \
        and not _DAY_FIRST_HINT.search(text)


def ambiguous_date(text: str) -> bool:
    """Whether ``text`` holds a numeric date that reads both ways ("12/1/2026")."""
    m = _NUMERIC_DATE.search(fold(clean(text)))
    return m is not None and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2)


def to_date(text: str, month_first: bool = False) -> str | None:
    """ISO date from the common written forms; day-first when a numeric date is ambiguous (month first when the
    document writes its dates so: see :func:`month_first`)."""
    t = fold(clean(text))
    m = re.search(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", t)
    cands: list[tuple[int, int, int]] = []
    if m:
        cands.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = _NUMERIC_DATE.search(t)
    if m and not cands:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        spelled = _spelled_day_month(t[m.end():]) if a <= 12 and b <= 12 and a != b else None
        if spelled in ((a, b), (b, a)):
            # "12/02/2026 (2 December)": the writer spelled out which order the figures are in
            cands.append((y, spelled[1], spelled[0]))
        elif a <= 12 and _TWELVE_HOUR.match(t[m.end():]):
            # "11/2/2026 8:47:13 AM": a time on the 12-hour clock after the date is the US way of writing both (a
            # form service's export in that locale), whose dates are month first
            cands.append((y, a, b))
        else:
            cands.append((y, a, b) if month_first and a <= 12 and b <= 12 else
                         (y, b, a) if a > 12 or b <= 12 else (y, a, b))
    m = re.search(r"\b(\d{1,2})(?:er|st|nd|rd|th)?[\s\-./]+([a-z]{3,9})\.?[\s\-./,]+(\d{4})\b", t)
    if m and m.group(2) in _MONTHS and not cands:
        cands.append((int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1))))
    m = re.search(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", t)
    if m and m.group(1) in _MONTHS and not cands:
        cands.append((int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2))))
    # "Dec 2/26": the month in letters, then day and year set apart by a slash (a short hand for the date)
    m = re.search(r"\b([a-z]{3,9})\.?\s+(\d{1,2})\s*/\s*(\d{4}|\d{2})\b", t)
    if m and m.group(1) in _MONTHS and not cands:
        cands.append((int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0), _MONTHS[m.group(1)], int(m.group(2))))
    # "2026-Dec-01": year, month in letters, day (the ISO order with the month spelled)
    m = re.search(r"\b(\d{4})[-/. ]([a-z]{3,9})\.?[-/. ](\d{1,2})\b", t)
    if m and m.group(2) in _MONTHS and not cands:
        cands.append((int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3))))
    for y, mo, d in cands:
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


_TWELVE_HOUR = re.compile(r"^,?\s+(?:at\s+)?(?:1[0-2]|0?[1-9]):[0-5]\d(?::[0-5]\d)?\s*[ap]\.?m\b\.?", re.I)
_DAY_MONTH = re.compile(r"^\s*[(\[,–—-]?\s*(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\.?\s+(\d{1,2})"
                        r"(?:st|nd|rd|th)?)\b")


def _spelled_day_month(after: str) -> tuple[int, int] | None:
    """(day, month) of a date written in words right after a numeric one ("(2 December)", "- Dec 2"), or None."""
    m = _DAY_MONTH.match(after)
    if m is None:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return (int(day), _MONTHS[month]) if month in _MONTHS else None


_EMAIL = re.compile(r"(?:(?<![\w.%+'-])[A-Za-z0-9._%+']+-[ \t]*\n?[ \t]*(?=[A-Za-z0-9._%+'-]+@))?"
                    r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# (the part before an address's hyphen, then the hyphen with a line end after it: a long address a line wrapped at
# its hyphen, "cwhitford-" / "osei@example.org", is one address; the break goes, the hyphen stays)
_WRAP = re.compile(r"-\s+")
_EXTENSION_ALONE = r"\b(?:ext\.?|extension)\s*\d{2,6}"  # "ext. 2231": a number inside the organisation's exchange
PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:ext\.?|x|extension|poste)\s*\d{1,6})?"
                   r"|" + _EXTENSION_ALONE, re.I)
EXTENSION_ALONE = re.compile(_EXTENSION_ALONE, re.I)


# the office's own mailbox ("ce@michener.example"): a template's "send to" line, never an applicant's address
CE_MAILBOX = re.compile(r"^ce@", re.I)


def find_email(text: str) -> str | None:
    if "@" not in text:  # (the pattern tries every run of name characters before it finds none)
        return None
    m = _EMAIL.search(text)
    return _WRAP.sub("-", m.group(0)).rstrip(".") if m else None


def only_contact(text: str) -> bool:
    """Whether a text holds an email address (not the office's), maybe a phone number, and nothing else but the
    marks between them ("a.roy@example.org | 416-555-0132")."""
    emails = find_emails(text)
    if not emails or any(CE_MAILBOX.match(e) for e in emails):
        return False
    rest = text
    for e in emails:
        rest = rest.replace(e, " ")
    return not re.sub(r"[\s|·•,;/()<>\[\]–—-]+", "", PHONE.sub(" ", rest))


def find_emails(text: str) -> list[str]:
    if "@" not in text:
        return []
    return [_WRAP.sub("-", m).rstrip(".") for m in _EMAIL.findall(text)]


def to_value(key: str, paras: Sequence[tuple[str, bool]]) -> FieldValue | None:
    """The normalised value of ``key`` from its answer lines (text, was_list_item)."""
    f = FIELDS_BY_KEY[key]
    if f.type == "choice":
        paras = [(part, li) for t, li in paras for part in _spaced_options(key, t)]
    lines = [(clean(t), li) for t, li in paras]
    lines = [(t, li) for t, li in lines if t]
    if not lines:
        return None
    if f.type == "choice":
        return _choice_from_lines(key, lines)
    if f.type == "list":
        items = to_list(lines)
        items = [i for i in items if not no_value(i, key)]
        return items or None
    if key == "proposer_phone" and PHONE.fullmatch(lines[0][0].strip().rstrip(".;,")):
        # a number alone on the answer's first line is the whole answer: the lines after it (a letterhead read after
        # the signature, the next paragraph) are not the number's, nor is the full stop that ends its sentence
        # ("Phone 514-555-0115.", alone or over more lines)
        return lines[0][0].strip().rstrip(".;,")
    flat = " ".join(t for t, _ in lines)
    if no_value(flat, key):
        return None
    if f.type == "date" or key == "proposer_phone":
        flat = unboxed(flat)  # a comb, one digit a box, spells one number (see comb.py)
    if f.type == "number":
        return to_number(flat, key)
    if f.type == "date":
        return to_date(flat) or None
    if f.type == "email":
        return find_email(flat) or None
    marked = [strip_marker(t) for t, _ in lines]
    if key == "competencies" and len(lines) > 2 and lines[0][0].endswith(":") and not lines[0][1] \
            and not marked[0][1] and all(li or had for (_, li), (_, had) in zip(lines[1:], marked[1:])):
        # "Mostly the technical side:" / "- a" / "- b": the line that leads in to the skills' items is none of
        # them (as a lead-in before the outcomes is no outcome)
        lines, marked = lines[1:], marked[1:]
    if len(lines) > 1 and (any(li for _, li in lines) or sum(1 for _, had in marked if had) >= 2):
        return join_items([t for t, _ in marked]) or None
    if key == "competencies" and (slashed := _slash_items(flat) or _slash_items(flat, INLINE_SEPARATORS)):
        return join_items(slashed)  # "a / b / c", "a • b • c": skills set apart on one line, each a phrase
    if key == "competencies" and (typed := _typed_bullets(flat)):
        return join_items(typed)
    if key == "competencies" and len(lines) > 1 and (all(t[:1].isupper() for t, _ in lines[1:])
                                                     or phrase_lines([t for t, _ in lines])):
        # skills one a line (a cell's paragraphs, a control's line breaks) with no marker: a list by what they are,
        # each line an item (a line that ends its sentence is joined with a space all the same). The lines here are
        # the writer's own breaks (a PDF's wrapped lines come joined), so an item may hold its own series of commas
        # ("recognising and tagging bleeding, ulcers, polyps and strictures")
        return join_items([t for t, _ in lines]) or None
    if len(lines) == 1 and marked[0][1] and (lines[0][0][:1] in BULLET_GLYPHS or lines[0][1] and lines[0][0][:1] in "–—"):
        # "• Nurses, phlebotomists and clerks": a slide's one bullet, not its text (a dash too, when the reader saw
        # the line set out as a list item: "– Case-based calculation marked against a key")
        return marked[0][0] or None
    return flat


PHRASE_WORDS = 10  # words of a skill written as a phrase on a line of its own, at most
# the words a line wrapped in mid-phrase ends or goes on with ("... cast removal with an" / "oscillating saw")
# (the prepositions too: a phrase one a line neither ends with one nor opens with one, "... safe questioning" /
# "about suicidal ideation ..." is one sentence wrapped)
_WRAP_WORDS = frozenset("a an the of for and or to in on with by at as from into than that which who nor but "
                        "about over under through within without between among across after before during via "
                        "de des du la le les et ou en au aux un une pour par sur avec dans".split())


def phrase_lines(lines: list[str]) -> bool:
    """Whether lines in lower case are phrases one a line ("dose-rate measurement", "room preparation"), not one
    sentence cut over them: no line is long, ends with a comma or holds a sentence's punctuation inside it (a comma
    inside is the item's own series: "tagging bleeding, ulcers and strictures"), none but the last ends with a
    stop, and no line ends or goes on with a word that a phrase cut in two ends or goes on with."""
    for n, line in enumerate(lines):
        words = line.rstrip(".").split()
        if not words or len(words) > PHRASE_WORDS or re.search(r"[;:.!?]", line.rstrip(".")) or line.endswith(","):
            return False
        if n < len(lines) - 1 and line.endswith("."):
            return False
        if words[-1].lower() in _WRAP_WORDS or n and words[0].lower() in _WRAP_WORDS:
            return False
    return True


TYPED_BULLETS = "+*-–•"  # what a plain-text writer types before each item ("+ a + b + c" when the lines ran together)


def _typed_bullets(text: str) -> list[str] | None:
    """The items of a list typed with a bullet before each and run onto one line ("+ a + b + c"): the text opens
    with the bullet and a space, the same bullet stands between the items with a space either side, two items or
    more of two words or more; else None."""
    t = text.strip()
    if len(t) < 3 or t[0] not in TYPED_BULLETS or t[1] != " ":
        return None
    parts = [p.strip() for p in t[2:].split(f" {t[0]} ")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return None
    return parts


SLASH_ITEMS = 3  # phrases set apart by " / " before they are a list ("normal / abnormal" is one item's pair)


INLINE_SEPARATORS = "•·▪"  # a bullet set between items typed on one line ("a • b • c"), not before each


def _slash_items(text: str, marks: str = "/") -> list[str] | None:
    """The items of a list written "a / b / c" (a separator in ``marks`` with a space either side, outside brackets,
    each item two words or more), else None."""
    if ";" in text or not any(m in text for m in marks):
        return None
    parts, depth, cur = [], 0, ""
    for n, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if ch in marks and depth == 0 and text[n - 1:n] == " " and text[n + 1:n + 2] == " ":
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    if len(parts) < SLASH_ITEMS or any(len(part.split()) < 2 for part in parts):
        return None
    return parts


INLINE_BOX = re.compile(r"\s+(?=[" + CHECKED + UNCHECKED + r"]|\[[ xX✓*]\]|\([ xX✓•●*]\)\s*[^\W\d_])")


def choice_unclear(key: str, lines: Sequence[tuple[str, bool]]) -> bool:
    """Whether the answer lines name two or more options of a choice without one tick setting one apart:
    every option ticked alike (the same glyph before each), or options listed with no tick at all."""
    if marked_after(key, [t for t, _ in lines]) is not None:
        return False
    answered = answered_options(key, " ".join(t for t, _ in lines))
    if answered is not None:
        return sum(1 for _, yes in answered if yes) >= 2
    parts = [p for t, _ in lines for p in (INLINE_BOX.split(t) if checkbox_state(t)[0] is not None else [t])]
    boxes = [checkbox_state(p) for p in parts]
    if any(state is not None for state, _ in boxes):
        return len({choice_code(key, c) for state, c in boxes if state} - {None}) >= 2
    # only a bare list of options: prose such as "hybrid: online theory, then an in-person lab" says which
    codes, rest = choice_codes(key, " ".join(parts))
    return len(codes) >= 2 and len(re.findall(r"[^\W\d_]+", rest)) <= 2


def choice_codes(key: str, text: str) -> tuple[set[str], str]:
    """Every choice code named somewhere in ``text``, and what is left of the text without their wordings."""
    out: set[str] = set()
    rest = fold(text)
    while (code := choice_code(key, rest)) is not None and code not in out:
        out.add(code)
        phrases = [ph for c, ph in choice_phrases(key) if c == code]
        rest = re.sub("|".join(re.escape(fold(ph)) for ph in sorted(phrases, key=len, reverse=True)), " ", rest)
    return out, rest


def _box_count(text: str) -> int:
    return sum(1 for c in text if c in CHECKED or c in UNCHECKED)


def _choice_from_lines(key: str, lines: Sequence[tuple[str, bool]]) -> str | None:
    # "☐ New  ☐ Conversion  ☒ Micro-course" on one line is three options
    # (... also after the question's words: "Type de demande ☐ Nouveau ☐ Conversion ☒ Microcours")
    lines = [(part, li) for t, li in lines
             for part in (INLINE_BOX.split(t) if checkbox_state(t)[0] is not None or _box_count(t) >= 2 else [t])]
    boxes = [checkbox_state(t) for t, _ in lines]
    if any(state is not None for state, _ in boxes):
        for state, caption in boxes:
            if state:
                code = choice_code(key, caption) or abbreviated_choice(key, caption)
                if code:
                    return code
        ticked = typed_ticks(key, [t for t, _ in lines])
        return _choice_from_lines(key, [(t, False) for t in ticked]) if ticked else None
    marked = marked_after(key, [t for t, _ in lines])
    if marked is not None:
        return marked
    if len(lines) >= 2 and all((m := _EMPTY_AFTER.search(t)) and choice_code(key, t[:m.start()]) for t, _ in lines):
        return None  # "Hybrid [   ]" a line for each option, every box after its caption left blank: none chosen
    flat = " ".join(t for t, _ in lines)
    if no_value(flat, key):
        return None
    answered = answered_options(key, flat)
    if answered is not None:
        return next((code for code, yes in answered if yes), None)
    return _stated_choice(key, flat)


# the gap a writer sets between options laid out on one line (spaces kept for a blank box, or a tab)
_OPTION_GAP = re.compile(r"\s{3,}|\t")


def _spaced_options(key: str, line: str) -> list[str]:
    """A line of this field's options set apart by wide gaps and no drawn box, one typed mark among them ("    Letter
    attached    ✔ Confirmed        In discussion"): each option with the mark next to it in its gap, as though
    one a line (the gaps tell the mark's option, which collapsing them to one space would lose); else [line]."""
    if checkbox_state(line)[0] is not None or any(c in UNCHECKED for c in line):
        return [line]
    parts = [p.strip() for p in _OPTION_GAP.split(line.strip()) if p.strip()]
    if len(parts) < 2 or sum(typed_mark(p)[0] for p in parts) != 1 \
            or not all(choice_code(key, typed_mark(p)[1]) for p in parts):
        return [line]
    return parts


# a box left blank after an option's caption ("In discussion   [    ]", "Hybrid ( )", "Online ☐")
_EMPTY_AFTER = re.compile(r"\s(?:\[\s*\]|\(\s*\)|[" + UNCHECKED + r"])\s*$")
# "In discussion – X", "Hybrid (x)", "Online ✓": a form typed without tick boxes marks the chosen option after it
_MARK_AFTER = re.compile(r"\s(?:[-–—:=<>]+\s*)?(?:\(\s*[xX✓✔]\s*\)|\[\s*[xX✓✔]\s*\]|[xX✓✔])\s*$")


def marked_after(key: str, lines: Sequence[str]) -> str | None:
    """The option marked after its caption when the answer lists two or more of this field's options, one a line,
    and exactly one of them carries the mark; None otherwise (no list of options, none marked, several marked)."""
    if len(lines) < 2:
        return None
    marked, plain = [], 0
    for line in lines:
        m = _MARK_AFTER.search(line)
        code = choice_code(key, line[: m.start()] if m else line)
        if code is None:
            return None
        if m:
            marked.append(code)
        else:
            plain += 1
    return marked[0] if len(marked) == 1 and plain else None


# "X Micro-course" among "☐ New micro-credential" lines: the writer typed an X (or a tick) in place of the box
_TICK_BEFORE = re.compile(r"^\s*(?:[xX✓✔]|\(\s*[xX✓✔]\s*\)|\[\s*[xX✓✔]\s*\])\s+(?=[^\W\d_])")


def typed_mark(caption: str) -> tuple[bool, str]:
    """(whether a mark is typed before or after a box's caption, the caption without it): "X Micro-course",
    "Hybrid   X", "Hybrid ✓"."""
    m = _TICK_BEFORE.match(caption)
    if m:
        return True, caption[m.end():].strip()
    m = _MARK_AFTER.search(" " + caption)
    if m:
        return True, (" " + caption)[:m.start()].strip()
    return False, caption


# "☐ Convert an existing program X Micro-course": a wrapped line run on into the next option's, whose typed X stands
# between them
_INNER_TICK = re.compile(r"\s+(?=(?:[xX✓✔]|\(\s*[xX✓✔]\s*\)|\[\s*[xX✓✔]\s*\])\s+[^\W\d_])")


_TICKS = frozenset(glyphs.chars(glyphs.TICK))


def typed_ticks(key: str, texts: Sequence[str]) -> list[str] | None:
    """The lines of a row of empty boxes with the option the writer marked by typing shown ticked ("☒ Micro-course"):
    an X in place of its box ("X Micro-course" among "☐ New micro-credential" lines), or an X or a tick before or
    after its caption beside the empty box ("☐ Micro-course   X"). One option so marked, and at least one other still
    shown with its empty box; None otherwise (none marked, two, or a box ticked already)."""
    out: list[str] = []
    marked: set[str] = set()
    empty = 0
    for text in texts:
        boxed = _box_count(text) >= 2 or checkbox_state(text)[0] is not None
        parts: list[str] = []
        for part in INLINE_BOX.split(text) if boxed else [text]:
            if parts and part.strip() in _TICKS:
                parts[-1] += " " + part.strip()  # a tick after a caption ("☐ In person ✓") is no box of its own
            else:
                parts.append(part)
        pieces = []
        for part in parts:
            sub = _INNER_TICK.split(part)
            if len(sub) > 1 and not all(choice_code(key, typed_mark(checkbox_state(x)[1])[1]) for x in sub):
                sub = [part]  # (an X inside words, not between two options' captions)
            pieces.extend(sub)
        row = []
        for piece in pieces:
            state, caption = checkbox_state(piece)
            if state:
                return None
            typed, rest = typed_mark(caption)
            code = choice_code(key, rest) or abbreviated_choice(key, rest) if typed else None
            if code:
                marked.add(code)
                row.append("☒ " + rest)
                continue
            empty += state is False
            row.append(piece.strip())
        out.append(" ".join(row))
    return out if len(marked) == 1 and empty else None


# "New micro-credential: No  Micro-course: Yes": each option's check box printed as its value (a form's print
# that writes a box as Yes/No, Oui/Non, On/Off)
_OPTION_ANSWER = re.compile(r"([^:]+?)\s*:\s*(yes|no|oui|non|on|off|true|false)\b[.;,]?", re.I)
_YES = ("yes", "oui", "on", "true")
# how such a text ends: tested first, as _OPTION_ANSWER's search from every place of a long text without colons
# costs the square of its length (a mail's whole body met as a choice's text took most of a minute)
_ENDS_ANSWERED = re.compile(r":\s*(?:yes|no|oui|non|on|off|true|false)\b[.;,]?\s*$", re.I)


def answered_options(key: str, text: str) -> list[tuple[str, bool]] | None:
    """Each option of a choice written as "caption: Yes" or "caption: No", in order, with whether it is chosen;
    None unless the whole text is two or more of this field's options written that way."""
    if not _ENDS_ANSWERED.search(text):
        return None  # (the last answer would not end the text)
    found = list(_OPTION_ANSWER.finditer(text))
    if len(found) < 2 or text[found[-1].end():].strip() or found[0].start() > 0 and text[:found[0].start()].strip():
        return None
    out = []
    for m in found:
        caption = m.group(1).strip()
        code = choice_code(key, caption)
        if code is None or len(caption.split()) > 8:
            return None
        out.append((code, m.group(2).lower() in _YES))
    return out if len({c for c, _ in out}) == len(out) else None


_ABBREVIATED = re.compile(r"[^\W\d_]+\.")


def abbreviated_choice(key: str, caption: str) -> str | None:
    """The option a tick box's caption names in short ("Onl.", "In pers.", "New micro-cred."): every word of the
    caption is the option's word or, cut and closed by a full stop, its beginning; one option only, else None."""
    words = fold(caption).replace("’", "'").split()
    if not words or not any(_ABBREVIATED.fullmatch(w) for w in words):
        return None
    found: set[str] = set()
    for code, phrase in choice_phrases(key):
        option = fold(phrase).split()
        if len(option) == len(words) and all(
                w == o or (_ABBREVIATED.fullmatch(w) and len(w) >= 3 and o.startswith(w[:-1]) and len(o) > len(w) - 1)
                for w, o in zip(words, option)):
            found.add(code)
    return found.pop() if len(found) == 1 else None


_EITHER = re.compile(r"\b(?:or|ou|either|soit|tbd|to be (?:decided|confirmed)|à déterminer|à confirmer)\b|\?", re.I)
# what joins the two parts of one course ("online theory + a lab", "online modules and an in-person day")
_JOINED = re.compile(r"^[^.;:!?]{0,40}?(?:\+|&|\bplus\b|\band\b|\bwith\b|\bthen\b|\bfollowed\s+by\b|\bet\b|\bpuis\b|"
                     r"\bavec\b)[^.;:!?]{0,40}$", re.I)


def _named_at(key: str, code: str, folded: str) -> tuple[int, int] | None:
    """Where an option is first named in a folded text (its earliest wording)."""
    spans = [m.span() for phrase, pattern, _, c in _choice_patterns(key) if c == code and phrase in folded
             for m in [pattern.search(folded)] if m]
    return min(spans) if spans else None


def both_ways(text: str) -> bool:
    """Whether a sentence gives the course an online part joined to an in-person part ("online modules + a half-day
    lab"): a hybrid course by definition, whichever part it names first. Options listed side by side ("Online In
    person Hybrid", "Online: Yes In person: No") or offered as alternatives ("online or in person") are not."""
    folded = " " + fold(text).replace("\u2011", "-").replace("’", "'") + " "
    online, in_person = _named_at("delivery_format", "online", folded), _named_at("delivery_format", "in_person", folded)
    if online is None or in_person is None or _EITHER.search(text):
        return False
    first, second = sorted((online, in_person))
    return bool(_JOINED.match(folded[first[1]:second[0]]))


_NOT_HYBRID = re.compile(r"\b(?:not|no|non|pas|never|rather\s+than|instead\s+of)\s+(?:\w+\s+)?(?:hybrid|blended|mixed|hybride)",
                         re.I)


def _hybrid_parts(text: str) -> bool:
    """Whether a sentence describes the course by its parts and names it hybrid too ("online modules + a clinic day
    (blended)"); a bare row of the options ("Online  In person  Hybrid"), alternatives or a denial are not."""
    codes, rest = choice_codes("delivery_format", text)
    return "hybrid" in codes and _described(rest) and not _EITHER.search(text) \
        and not _NOT_HYBRID.search(text)


# an online part followed by hands-on practice, which is done in person (supervised cases, a skills lab, the
# bedside); the practice word must follow the joining word, so "online simulation" alone stays online
_PRACTICE_AFTER = re.compile(r"\bonline\b[^.;]*?\b(?:followed by|then|plus|and later)\s+(?:\w+\s+){0,3}?"
                             r"(?:supervised|hands-on|in-person|face-to-face|on-site|onsite|skills? lab|bedside|"
                             r"workplace|clinical placement|practical)\b")


# a count of hours and the part of the course they are spent in ("4 online", "2 h in the lab", "8 hrs of simulation")
_HOURS_OF = r"\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|heures?)?\.?\s+(?:(?:of|in|at|on|the|en|de|au)\s+){0,2}"
_ONLINE_PART = r"(?:online|virtual|e-?learning|self-paced|en\s+ligne|a\s+distance)"
_IN_PERSON_PART = (r"(?:in[- ]person|on[- ]?site|face[- ]to[- ]face|lab|labs|laboratory|simulation|sim|skills?|clinical|"
                   r"practical|practicum|hands[- ]on|bedside|workshops?|classroom|presentiel|pratique|laboratoire|"
                   r"stage|atelier)")
_AND = r"[^.;()\d]{0,12}?(?:\+|,|&|\band\b|\bplus\b|\bet\b)\s*"
_SPLIT_HOURS = re.compile(r"\b(?:" + _HOURS_OF + _ONLINE_PART + r"\b" + _AND + _HOURS_OF + _IN_PERSON_PART + r"|"
                          + _HOURS_OF + _IN_PERSON_PART + r"\b" + _AND + _HOURS_OF + _ONLINE_PART + r")\b")


def split_hours(text: str) -> bool:
    """Whether a text parts a course's hours between an online part and a part done in person ("6 (4 online + 2
    lab)", "20 hours: 12 online, 8 in the lab"): a hybrid course by its hours."""
    return bool(_SPLIT_HOURS.search(fold(text))) and not _EITHER.search(text)


# words that offer the formats named as alternatives or deny one of them ("online or in person", "not in person")
_OFFERED = re.compile(r"\b(?:or|either|not|no|ou|soit|pas|non)\b", re.I)


def delivery_format(text: str) -> str | None:
    """The delivery format a sentence states (the one rule for a hybrid course): the option named first, except
    that a course given an online part and an in-person part is hybrid, joined in words ("online modules + a
    half-day lab", :func:`both_ways`), described by its parts and named hybrid too ("online modules + a clinic day
    (blended)"), or given both with nothing between them that offers a choice ("mostly in person with a short
    online pre-module"); both named as alternatives, or one denied ("online or in person"), state no one format,
    and a bare row of the options names them only."""
    code = choice_code("delivery_format", text)
    if code not in ("online", "in_person"):
        return code
    if both_ways(text) or _hybrid_parts(text):
        return "hybrid"
    if code == "online" and _PRACTICE_AFTER.search(fold(text)) and not _EITHER.search(text):
        return "hybrid"  # "online theory followed by supervised cases": an online part, then practice done in person
    if split_hours(text):
        return "hybrid"  # "6 (4 online + 2 lab)": the hours parted between an online part and one done in person
    named, rest = choice_codes("delivery_format", text)
    if named >= {"online", "in_person"}:
        if _OFFERED.search(text):
            return None
        if _described(rest):
            return "hybrid"
    return code


def _described(rest: str) -> bool:
    """Whether words other than the options' own are left in a text (a sentence about the course, not a bare row
    of the options printed side by side: "Online  In person  Hybrid")."""
    return len(re.findall(r"[^\W\d_]+", rest)) > 2


def _stated_choice(key: str, text: str) -> str | None:
    """The choice a sentence states: the one named first, except that an endorsement said to be given and its
    letter said to be attached ("has endorsed it; a letter of support is attached") is the letter attached."""
    if key == "delivery_format":
        return delivery_format(text)
    code = choice_code(key, text)
    if key == "endorsement_status" and code == "confirmed" and choice_codes(key, text)[0] == {"confirmed",
                                                                                              "letter_attached"}:
        return "letter_attached"
    return code


def short_form(short: str, full: str) -> bool:
    """Whether the name ``short`` is ``full`` with its given name shortened ("Ravi Okafor-Lindahl" of "Ravindra
    Okafor-Lindahl", a mail program's display name over the signature): the same other names, the given name (three
    letters or more) the start of the full one."""
    a, b = short.split(), full.split()
    return (len(a) == len(b) >= 2 and [w.casefold() for w in a[1:]] == [w.casefold() for w in b[1:]]
            and len(a[0]) >= 3 and len(b[0]) > len(a[0]) and b[0].casefold().startswith(a[0].casefold()))
