"""The skills a sentence lists, without the sentence's frame around them.

Retyped proposals answer "Competencies" in a sentence more often than in a list: "Learners will practise a, b, c and
d.", "The course develops competence in a, b and c.", "Mostly the technical side: a; b; c", "Mainly a, b, c and d.",
or after a question of their own ("What skills does it build? a, b and c"). The field holds the skills; the frame
restates the question. The frame is cut only when what follows it is a list of three items or more (a sentence
that does not list is prose, kept whole), and a sentence that maps the skills to a framework after the list
("These map to the X profile.") is no skill of it.
"""

from __future__ import annotations

import re

_WHO = (r"(?:(?:the|this|our)\s+(?:proposed\s+)?(?:course|credential|micro-?course|micro-?credential|program(?:me)?|"
        r"module|training|workshop)|it|learners|participants|students|trainees|graduates|they|we|you|each\s+learner)")
_LEARN = (r"(?:practi[sc]e|learn|gain|develop|build|acquire|cover|target|address|teach|work\s+on|focus\s+on|"
          r"concentrate\s+on|strengthen|refresh|improve)")
_SKILL_NOUN = r"(?:(?:the\s+)?(?:competence|competency|competencies|skills?|proficiency|confidence)\s+(?:in|with|at|for)\s+)"
_HEDGE = r"(?:(?:mostly|mainly|chiefly|primarily|roughly|essentially|basically|in\s+short|in\s+practice),?\s+)"
_FRAMES = (
    # "Learners will practise a, b and c", "Roughly it would cover a, b and c", "The course develops competence in ..."
    re.compile(r"^" + _HEDGE + r"?" + _WHO + r"\s+(?:(?:will|would|should|can|shall|are\s+going\s+to)\s+)?"
               + _LEARN + r"(?:s|es)?\s+" + _SKILL_NOUN + r"?(?P<v>\S.*)$", re.I | re.S),
    # "(The skills) are a, b and c": a label that took the sentence's subject leaves its verb
    re.compile(r"^(?:are|include|would\s+be|will\s+be)\s*:?\s+(?P<v>\S.*)$", re.S),
    # "Mostly the technical side: a; b; c", "These three: a, b, c": a short lead-in before a colon
    re.compile(r"^(?P<lead>[^:;,.?]{2,40}):\s+(?P<v>\S.*)$", re.S),
    # "Mainly a, b, c and d"
    re.compile(r"^" + _HEDGE + r"(?P<v>\S.*)$", re.I | re.S),
    # "What skills does it build? a, b and c": the writer's own question before the answer
    re.compile(r"^[A-Z][^?.!]{3,80}\?\s+(?P<v>\S.*)$", re.S),
)
LIST_ITEMS = 3  # items a list has (two are "a and b", one item with a pair)
# "These map to the X.", "Mapped to the X.", "These follow the X standard.": where the skills come from, after them
_MAPPED = re.compile(r"(?:^|(?<=[.;]\s))(?i:(?:(?:these|they|all|each|the\s+skills|the\s+competencies)\s+(?:are\s+)?"
                     r"(?:map(?:s|ped)?|align(?:s|ed)?|follow(?:s|ed)?|draw(?:s|n)?)|mapped|aligned)\s+"
                     r"(?:on(?:to)?\s+|to\s+|with\s+|from\s+|on\s+)?(?:the\s+)?)[A-Z][^.]*\.?\s*$")


def _items(text: str) -> int:
    """How many items a list of phrases holds ("a, b and c" -> 3; "a; b; c" -> 3)."""
    if ";" in text:
        return len([p for p in text.split(";") if p.strip()])
    parts = [p for p in re.split(r",\s+(?:and\s+|or\s+|et\s+)?|\s+(?:and|et)\s+(?=\S)", text) if p.strip()]
    return len(parts)


def skills_unframed(value: str) -> str:
    """A competencies answer without the frame and the mapping sentence around its list (see the module's docstring);
    the value as written when no list of LIST_ITEMS items or more is left."""
    text = value.strip()
    mapped = _MAPPED.search(text)
    if mapped and mapped.start() > 0:
        text = text[:mapped.start()].rstrip(" ;")
    for frame in _FRAMES:
        m = frame.match(text)
        if m is None:
            continue
        lead = m.groupdict().get("lead")
        if lead is not None and len(lead.split()) > 6:
            continue
        rest = m.group("v").strip()
        if "." in rest.rstrip(".") and re.search(r"\.\s+[A-Z]", rest):
            continue  # several sentences after the frame: prose
        if _items(rest.rstrip(".")) >= LIST_ITEMS and rest[:1].islower() or _items(rest) >= LIST_ITEMS and ";" in rest:
            text = rest
            break
    if text == value.strip():
        return value
    if _items(text.rstrip(".")) < LIST_ITEMS:
        return value
    # the sentence's full stop goes with its frame (a list item keeps its own only in a list)
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text

