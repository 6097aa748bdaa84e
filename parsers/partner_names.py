"""The partner organisation a sentence names.

Writers who retype the form rarely answer "Partner" with the bare name: they write a sentence around it ("The course
is endorsed by the X, whose letter of support is attached", "Endorsed by the X", "Yes, the X", "X: letter attached",
"L'Association X appuie le projet ; une lettre d'appui est jointe."). The partner field holds the organisation; what
the sentence says of its endorsement is the endorsement field's answer (read elsewhere from the same words). This
module cuts the frame around the name and nothing else: a value it cannot read as "frame + name + clause" is
returned as it is.
"""

from __future__ import annotations

import re

from .normalise import BULLET_GLYPHS, choice_code

# "Yes, the X" / "Oui, l'X": an answer to "Is there a partner?" that affirms before it names
_AFFIRMED = re.compile(r"^(?:yes|oui|yes\s+indeed|absolutely|definitely)\s*[,:–—-]\s*", re.I)
# "The course is endorsed by", "It has been endorsed by", "Endorsed by", "Supported by": the passive frame before
# whoever endorses it, in English or French (the French active "X appuie le projet" puts the name first, cut below)
_ENDORSED_BY = re.compile(
    r"^(?:(?:the|this|our)\s+(?:proposed\s+)?(?:course|credential|micro-?course|micro-?credential|program(?:me)?|"
    r"proposal|module|training|project)\s+|it\s+)?(?:is|has\s+been|will\s+be|was|would\s+be)?\s*(?:formally\s+|fully\s+)?"
    r"(?:endorsed|supported|backed|sponsored|co-?sponsored)\s+by\s+"
    # ... and the French passive ("Le microcours est appuyé par le X", "Ce projet sera soutenu par l'X")
    r"|^(?:(?:le|ce|notre|la|cette)\s+(?:micro-?cours|cours|micro-?programme|programme|projet|formation|proposition|"
    r"micro-?certification|microcr[eé]dit)\s+)?(?:est|sera|serait|a\s+[eé]t[eé])\s+(?:officiellement\s+)?"
    r"(?:appuy[eé]e?|soutenue?|parrain[eé]e?|endoss[eé]e?|approuv[eé]e?)\s+par\s+", re.I)
# the sentence's article before the name: "The Wound Care Alliance", "L'Association des ...", "La Société ..."
_ARTICLE = re.compile(r"^(?:the\s+|l['’]|le\s+|la\s+|les\s+)(?=[A-ZÀ-Ý])", re.I)
# a word of a name: capitalised, an acronym, or an elided French article before a capital ("l'Ontario", "d'Ottawa")
_CAPITAL_WORD = re.compile(r"^(?:[ldLD]['’])?[A-ZÀ-Ý0-9][\w'’&.-]*[,;:.]?$")
# the words a name goes on with in lower case after a capitalised one ("Service de médecine interne", "Department of
# family medicine"), where a clause after the name opens with its verb ("... a donné son accord")
_NAME_GOES_ON = re.compile(r"^(?:de|des|du|d['’]\S*|of|en|à|au|aux)$", re.I)
CLAUSE_WORDS = 3  # the fewest words of a clause after the name before the clause is cut off (shorter: part of it)


def partner_of(value: str) -> str:
    """The organisation a partner answer names, without the sentence around it (see the module's docstring)."""
    # ("• Metro Guild – in discussion": a slide's one bullet under "Partner" opens the answer, no part of the name)
    value = re.sub(r"^\s*[" + re.escape(BULLET_GLYPHS) + r"]\s+", "", value)
    text = value.strip()
    text = _AFFIRMED.sub("", text)
    framed = _ENDORSED_BY.match(text)
    if framed and text[framed.end():][:1]:
        text = text[framed.end():]
    text = _ARTICLE.sub("", text).strip()
    if not text[:1].isupper():
        return value  # no name opens what is left: not the shape this reads
    # "X: letter attached", "X; letter to follow": the state of the endorsement after a colon or a semicolon
    parts = re.split(r"(\s*[:;]\s+)", text, maxsplit=1)
    head, sep, tail = (parts[0], parts[1], parts[2]) if len(parts) == 3 else (text, "", "")
    if sep and choice_code("endorsement_status", tail) is not None:
        text = head
    elif sep and ";" in sep:
        text = head  # "X appuie le projet ; une lettre ...": the clause after the semicolon is another sentence
    # "X, whose letter of support is attached": a relative clause after a comma
    text = re.split(r",\s+(?:whose|who|which|and\s+(?:its|their)|dont|qui)\b", text, maxsplit=1)[0]
    text = _name_before_clause(text).strip()
    if text == value.strip():
        return value  # nothing cut: the answer as written ("Histotek Instruments Ltd." keeps its stop)
    text = text.rstrip(",;:").strip()
    if text.endswith(".") and not re.search(r"\b[A-Z][a-z]{0,3}\.$", text):
        text = text[:-1]  # the sentence's full stop (an abbreviation's, "Ltd.", "Inc.", stays)
    if len(text.split()) < 2 and len(value.split()) > 2:
        return value  # one word left of a sentence: not sure it is the name
    return text or value


def _name_before_clause(text: str) -> str:
    """"Association des technologues en électroneurophysiologie du Québec a donné son accord" -> the words up to
    the last capitalised one, when what follows is a clause of its own (CLAUSE_WORDS words or more, in lower case)."""
    words = text.split()
    last = max((i for i, w in enumerate(words) if _CAPITAL_WORD.match(w)), default=-1)
    if last < 1:
        return text
    rest = words[last + 1:]
    if len(rest) < CLAUSE_WORDS or not rest[0][:1].islower() or words[last].endswith(",") \
            or _NAME_GOES_ON.match(rest[0]):
        # (after a comma the lower-case words set the name apart from a unit of it, "X, service de ...": kept;
        # so does a preposition, "Hôpital X – Service de médecine interne": a clause opens with its verb)
        return text
    return " ".join(words[:last + 1])
