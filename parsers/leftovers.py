"""What a layout or a template leaves inside an answer, read as part of it: signs that the value's edges are a guess.

Each check looks at a value's shape only (or, for :func:`caption_tails`, at the document's values together); none
knows a wording of one form. They feed :mod:`calibration`'s doubts:

* :func:`caption_tails` (``caption_tail``): several answers of one document end in the same short phrase written in
  sentence case ("... Short answer", "... Multiple choice"): a form tool's caption printed under each box, not the
  writer's words (a name shared by answers, "Riverside General Hospital", is written in title case); the captions a
  PDF sets apart by size and place are dropped earlier, from its lines, by :mod:`card_tags`: this is the net for the
  rest;
* :func:`page_number` (``page_number``): a prose answer holds a lone number between a word and a capitalised word
  ("... repeated; Few trained technologists 2 The short version ..."): a slide's or a page's number where the reading
  crossed from one page, or one slide and its notes, to the next; :func:`printed_alone` (the same doubt, set by the
  caller, which has the document's text) finds it in any text value, by the document printing that number on a line
  of its own;
* :func:`outline_numbers` (``outline_number``): a list of skills or outcomes keeps the sub-numbers of an outline
  ("Preparation; 1.1 media equilibration; 1.2 device selection"), which no answer's item holds;
* :func:`lead_heading` (``lead_heading``): a prose answer opens with a few words set apart as an item of their own
  and then a sentence ("Context; HPV-based screening is sending ..."): the heading of the box, read as its first line;
* :func:`instruction` (``guidance``): a prose answer opens with a sentence telling the writer what to write
  ("Describe the problem this project addresses. Two never-events ..."): the template's guidance left in the box;
* :func:`counted_learners` (``counted``): the learners' answer opens with a count ("about 120 nurses a year", "two
  cohorts of ten per year"): the enrolment's answer, read under a label that names the learners.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from .fields import FieldValue

# answers written in sentences (a list of skills or a framework's names is items, not sentences)
_PROSE = ("target_learners", "rationale", "summative_assessment", "education_plan_alignment", "resources_required")
CAPTION_REPEATS = 3
# a short phrase in sentence case: a capitalised word, then one in lower case
_CAPTION = re.compile(r"[A-Z][a-z]+ [a-z]+")
# a lone number of a page or slide: after a word in lower case, before a capitalised word that opens a sentence
_PAGE_NUMBER = re.compile(r"[a-z] \d{1,2} [A-Z][a-z]")
# a bare number between a word or a closing mark and a capitalised word, with no sentence's end before it
_BETWEEN = re.compile(r"(?<=[^\W\d_]|[.)\]’'\"])\s+(\d{1,3})\s+(?=[A-Z][a-z])")
# an outline's sub-number ("1.1", "2.3"): not a version or a figure (no digit or point around it)
_OUTLINE = re.compile(r"(?<![\d.,])\d\.\d(?![\d.,%])\s+\S")
# a heading item of one to three words, capitalised, with no stop
_HEADING_ITEM = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2}")
HEADING_SENTENCE_WORDS = 5
# the verbs a template's guidance opens with, addressed to the writer (English; a French form's guidance is rarer)
_INSTRUCTION = re.compile(r"(?:Describe|Summari[sz]e|Explain|List|Provide|Indicate|Outline|Identify|Justify|Specify|"
                          r"Décrivez|Résumez|Expliquez|Indiquez|Précisez)\b[^.?!]{3,}[.?!]\s+[A-Z]")
_NUMBER_WORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|hundred)")
_COUNT_OPENING = re.compile(r"(?i)^(?:about|around|approximately|roughly|up\s+to|some|~)?\s*" + _NUMBER_WORD + r"\b")


def _text(value: FieldValue) -> str:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _tail(value: FieldValue) -> str:
    words = _text(value).split()
    return " ".join(words[-2:]) if len(words) > 2 else ""


def caption_tails(fields: Mapping[str, FieldValue]) -> list[str]:
    """The fields whose answer ends in a phrase in sentence case that ends this many answers of the document or more
    (:data:`CAPTION_REPEATS`): a caption the form tool printed under every box.

    The second, later net for the captions :mod:`card_tags` drops from a PDF's lines by their type and place: this
    one sees only the values (any document kind, whatever the caption's size), so it does not cut the caption (where
    the answer ends is not known) but makes the answer uncertain."""
    tails = {k: _tail(v) for k, v in fields.items() if isinstance(v, (str, list))}
    shared = Counter(t for t in tails.values() if _CAPTION.fullmatch(t))
    return [k for k, t in tails.items() if t and shared[t] >= CAPTION_REPEATS]


def page_number(key: str, value: FieldValue) -> bool:
    """A prose answer holding a page's or a slide's lone number between two of its sentences."""
    return key in (*_PROSE, "competencies") and bool(_PAGE_NUMBER.search(_text(value)))


def outline_numbers(key: str, value: FieldValue) -> bool:
    """A list of skills or outcomes that keeps two or more of an outline's sub-numbers."""
    return key in ("competencies", "learning_outcomes") and len(_OUTLINE.findall(_text(value))) >= 2


def lead_heading(key: str, value: FieldValue) -> bool:
    """A prose answer whose first item is a few words of a heading and whose second is a sentence."""
    if key not in _PROSE or key == "resources_required" or not isinstance(value, str):
        return False
    items = value.split("; ")
    return len(items) >= 2 and bool(_HEADING_ITEM.fullmatch(items[0].strip())) \
        and len(items[1].split()) >= HEADING_SENTENCE_WORDS


def instruction(key: str, value: FieldValue) -> bool:
    """A prose answer that opens with the template's instruction to the writer, then goes on with the answer."""
    return key in _PROSE and isinstance(value, str) and bool(_INSTRUCTION.match(value.strip()))


def counted_learners(key: str, value: FieldValue) -> bool:
    """The learners' answer opening with a count: how many, not who."""
    return key == "target_learners" and isinstance(value, str) and bool(_COUNT_OPENING.match(value.strip()))


def printed_alone(value: FieldValue, text: str) -> bool:
    """Whether a text or list value holds, mid-way, a number that the document's ``text`` prints on a line alone: a
    deck printed as notes pages sets each slide's number between the slide's bullets and its speaker notes, a report
    its page number between two paragraphs of one answer; the answer runs across that border."""
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    alone: set[str] | None = None
    for item in items:
        for m in _BETWEEN.finditer(str(item)):
            if alone is None:
                alone = {ln.strip() for ln in text.splitlines() if ln.strip().isdigit()}
            if m.group(1) in alone:
                return True
    return False
