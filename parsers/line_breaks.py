"""Words a typesetter broke at a line's end: a hyphenation point, or a compound's own hyphen.

TeX (and any typesetter that hyphenates) breaks a word where its patterns allow ("Tech-" over "nologist"), and the
hyphen it draws is the same glyph as a compound's ("decision-" over "making"). A printed page cannot tell them apart;
the document's own words can. Where the rest of the broken word is a word of its own elsewhere in the document
("making"), the hyphen is the compound's and stays. Where the word joined without it is a word of the document
elsewhere ("technologists" beside "Tech-" / "nologist"), the break was the typesetter's: the line ends in a soft
hyphen, which every reader of the lines joins without one. Where neither piece is a word of the document anywhere
else and the rest is a word's ending ("irradia-" over "tion", "creden-" over "tials"), the pieces are syllables, not the
words a compound is made of: a typesetter's break too (in a document seen to hyphenate elsewhere). Anything else is
left as drawn (the hyphen kept).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+")
_BROKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})-$")  # a line ending in a word of letters and its hyphen
_REST = re.compile(r"^([^\W\d_]{2,})(?![\w@.-]*@)")  # the next line's first word, lower case, not an address
SOFT_HYPHEN = "\u00ad"
MIN_JOINED = 6  # letters of the joined word before a longer word of the document may stand for it ("volumes")


class Vocabulary:
    """The words of a document, folded, and how often each occurs."""

    def __init__(self, text: str) -> None:
        self.counts = Counter(w.casefold() for w in _WORD.findall(text))
        self._words = sorted(self.counts)

    def occurs(self, word: str, besides: int = 0) -> bool:
        """Whether ``word`` occurs more than ``besides`` times."""
        return self.counts.get(word.casefold(), 0) > besides

    def starts_a_word(self, stem: str) -> bool:
        """Whether a word of the document is ``stem`` or starts with it (its plural, its other endings)."""
        import bisect

        stem = stem.casefold()
        i = bisect.bisect_left(self._words, stem)
        return i < len(self._words) and self._words[i].startswith(stem)


def typeset_breaks(lines: list[str], vocabulary: Vocabulary, hyphenated: bool = False) -> list[str]:
    """``lines`` with each hyphen that the document's words show to be a typesetter's break made a soft hyphen.

    ``hyphenated`` says the document is seen to be hyphenated by its typesetter elsewhere (:func:`hyphenates`)."""
    out = list(lines)
    breaks: list[tuple[int, str, str]] = []
    for n in range(len(out) - 1):
        head, rest = _BROKEN.search(out[n].rstrip()), _REST.match(out[n + 1].lstrip())
        if head is not None and rest is not None and rest.group(1)[0].islower():
            breaks.append((n, head.group(1), rest.group(1)))
    # (a syllable such as "tion" may end several broken words: those pieces are no words of the document)
    pieces = Counter(w.casefold() for _, first, second in breaks for w in (first, second))
    confirmed: set[int] = set()
    unknown: set[int] = set()
    for n, first, second in breaks:
        if vocabulary.counts.get(second.casefold(), 0) > pieces[second.casefold()]:
            continue  # the rest is a word of its own: a compound's hyphen
        joined = first + second
        if vocabulary.occurs(joined) or (len(joined) >= MIN_JOINED and vocabulary.starts_a_word(joined)) \
                or _inflected(joined, len(first), vocabulary):
            confirmed.add(n)
        elif len(joined) >= MIN_JOINED and vocabulary.counts.get(first.casefold(), 0) <= pieces[first.casefold()] \
                and _SUFFIX.fullmatch(second) and _WORD_ALONE.search(out[n].rstrip()):
            # (a compound joins words; a typesetter's break leaves a word's ending alone on the next line, "tion",
            # "tials", and a first piece that stands nowhere else in the document; the word at the line's end is
            # letters alone, no address or path broken at its own hyphen)
            unknown.add(n)
    if hyphenated or confirmed or len(unknown) >= SYLLABLE_BREAKS or any(SOFT_HYPHEN in line for line in lines):
        # pieces that are no words are a typesetter's syllables only in a document the typesetter is seen to
        # hyphenate (a word broken elsewhere whose whole the document writes too, or several words broken into
        # syllables: "infec-" over "tion" and "refer-" over "rals" are two compounds of no words at all): a form
        # printed without hyphenation breaks a line at a compound's own hyphen ("intra-" over "utérine")
        confirmed |= unknown
        confirmed |= _address_breaks(out, vocabulary)
    for n in confirmed:
        out[n] = out[n].rstrip()[:-1] + SOFT_HYPHEN
    return out


SYLLABLE_BREAKS = 2  # words broken into syllables (no word of the document either side) that show a hyphenating typesetter
_INFLECTIONS = ("s", "es", "d", "ed")


def _inflected(joined: str, first: int, vocabulary: Vocabulary) -> bool:
    """Whether a word joined over a line's end is a word of the document with an ending added ("prac-" over "tices"
    where the document writes "practice"): the document's word runs on past the break, so the hyphen was inside it."""
    return any(joined.casefold().endswith(e) and len(joined) - len(e) >= max(MIN_JOINED, first + 2)
               and vocabulary.occurs(joined[:-len(e)]) for e in _INFLECTIONS)


# a line that ends in an address's first letters and a hyphen, over the rest of the address ("Coroner, ype-" over
# "trakis@example.com")
_ADDRESS_HEAD = re.compile(r"(?:^|\s)([\w.]*[^\W\d_]{2,})-$")
_ADDRESS_REST = re.compile(r"^([^\W\d_]{2,})[\w.-]*@")
ADDRESS_NAME = 4  # letters of a document's word that an address breaks for the break to be the typesetter's


def _address_breaks(lines: list[str], vocabulary: Vocabulary) -> set[int]:
    """The lines that end in an address a hyphenating typesetter broke: the word of the document that the address
    is made of runs across the break ("ype-" over "trakis@..." beside the name "Petrakis"). An address whose
    own hyphen joins two names ("hvasquez-" over "mol@..." beside "Vasquez-Mol") has no word across it."""
    out: set[int] = set()
    for n in range(len(lines) - 1):
        head, rest = _ADDRESS_HEAD.search(lines[n].rstrip()), _ADDRESS_REST.match(lines[n + 1].lstrip())
        if head is None or rest is None or "@" in head.group(1):
            continue
        left, right = head.group(1).split(".")[-1].casefold(), rest.group(1).casefold()
        whole = left + right
        if any(vocabulary.occurs(whole[i:j])
               for i in range(len(left)) for j in range(len(left) + 1, len(whole) + 1)
               if j - i >= ADDRESS_NAME and i < len(left) - 1 and j > len(left) + 1):
            out.add(n)
    return out


# the endings a hyphenated word leaves on the next line, English and French, that no word of a compound is
# (with the agent nouns' "-tors" / "-sors": "instruc-" over "tors", "asses-" over "sors", as forms name their staff)
_SUFFIX = re.compile(r"(?:t|s|ss|c)?(?:ion|ions|ial|ials)|[rnvt]als?|[st]ors?|[tv]ices|ments?|ness|ities|ity|ances?|ences?|ables?|ibles?|ical|ically|"
                     r"ous|ives?|ings?|ised|ized|ated|ations?|ures?|ary|ory|ogy|ists?|isms?|ally|ular|iques?|it[ée]s?|"
                     r"eurs?|euses?|aires?|trices?", re.I)
_WORD_ALONE = re.compile(r"(?:^|\s)[^\W\d_]{2,}-$")


def hyphenates(lines: list[str], vocabulary: Vocabulary) -> bool:
    """Whether the document's typesetter hyphenates: some line ends in a word broken at a hyphen whose whole the
    document writes elsewhere, several lines end in words broken into syllables, or one ends in a soft hyphen."""
    marked = typeset_breaks(lines, vocabulary)
    return any(line.endswith(SOFT_HYPHEN) for line in marked) or any(SOFT_HYPHEN in line for line in lines)


# a line that ends in a hyphen straight after a character, over a line that opens with a figure: a number broken at its
# own hyphen ("905-555-" over "0138", "COVID-" over "19"); a dash standing for a pause has a space before it
_FIGURE_BROKEN = re.compile(r"\S-$")


# the last few letters of an address's domain, alone on the line under it ("g", "org", ".ca")
_ADDRESS_END = re.compile(r"\.?[a-z]{1,4}")
# ... and not a little word that a wrapped sentence may leave alone on its last line
_SHORT_WORDS = frozenset("a an and or to at by for of in on the tel fax ext et ou de du la le les pour par au".split())


def joined(line: str, rest: str) -> str:
    """Two printed lines of one value, the second the wrapped rest of the first, as one line: a space between them,
    none where a number was broken at its hyphen (the one place a wrapped value's lines are put together)."""
    line, rest = line.rstrip(), rest.lstrip()
    # (the pattern reads the last two characters only: searched there, not along a line that grows as a value's
    # lines are joined one by one)
    if rest[:1].isdigit() and _FIGURE_BROKEN.search(line[-2:]):
        return line + rest
    if rest[:1].islower() and re.fullmatch(r"\d-", line[-2:]):
        # "a 20-" over "question online quiz": a figure and the word it counts, joined by their hyphen (a figure is
        # never a syllable of a word the line broke: the hyphen stays, the space goes)
        return line + rest
    if _ADDRESS_END.fullmatch(rest) and rest not in _SHORT_WORDS and "@" in line.rsplit(" ", 1)[-1]:
        # "...@hopital.example.or" over "g": a narrow column broke the address inside its last letters (a token
        # with no space that does not fit is broken where the line ends); the letters alone are its end
        return line + rest
    return line + " " + rest


def words_of(texts: Iterable[str]) -> Vocabulary:
    return Vocabulary("\n".join(texts))
