"""The English half of an answer given in French and in English.

Bilingual applicants (Ontario, Quebec, federal bodies) answer each question twice: a French paragraph
then its English translation, or one line "French / English". The contract's values are read in English
(FIELDS.md), and the two halves joined read as one garbled answer, so when an answer falls cleanly into
a French part and an English part of comparable length, only the English part is the value. A French-only
or English-only answer, or one whose halves cannot both be told apart with confidence, is left whole.

The language of a piece is judged by its function words (articles, prepositions, pronouns), which any
sentence has whatever its subject; names, acronyms and terms of art, shared by both halves, say nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from .labels import match_label
from .normalise import clean

TRANSLATED_ROWS = 4    # rows whose two label cells name one field before a column counts as the other's translation
TRANSLATED_SHARE = 0.5  # ... and this share of the rows that have a label in either column
LABEL_SCORE = 0.9

# Function words of each language; none is spelled the same in the other ("a", "on", "en"/"an" kept apart).
_FR = frozenset(
    "le la les des du de et pour avec dans une un est sont qui que au aux sur par ces cette nous vous notre nos "
    "leur leurs ou où à en ne pas sans dès vers chaque pendant après avant entre selon chez sera seront ont être"
    .split())
_EN = frozenset(
    "the and of to for with in is are that this our we by from each an at their will be have has who which "
    "during after before into between they it its was were".split())
_ELIDED = re.compile(r"\b[ldjqnmst]['’](?=\w)", re.IGNORECASE)  # l'examen, d'appui, qu'il: French only
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SLASH = re.compile(r"\s+/\s+")
# a table's heading that names the language of its column: "English", "Français", "EN", "Version française"
_LANGUAGE_HEADING = re.compile(r"^\s*(?:english|anglais|fran[çc]ais|french|en|fr)(?:\s+version)?\s*$"
                               r"|^\s*version\s+(?:anglaise|fran[çc]aise)\s*$", re.IGNORECASE)


def language_heading(text: str) -> bool:
    """Whether a column's heading names the language its cells are written in ("English", "Français")."""
    return bool(_LANGUAGE_HEADING.match(text))


def _counts(text: str) -> tuple[int, int]:
    """(French, English) function words in ``text``."""
    words = [w.lower() for w in _WORD.findall(_ELIDED.sub(" le ", text))]
    return sum(w in _FR for w in words), sum(w in _EN for w in words)


def language(text: str) -> str | None:
    """"fr" or "en" when the function words of ``text`` clearly say which, else None."""
    fr, en = _counts(text)
    if fr >= 2 and fr > 2 * en:
        return "fr"
    if en >= 2 and en > 2 * fr:
        return "en"
    return None


def _leaning(text: str) -> str | None:
    """The language ``text`` leans to: only for a line beside one whose language is clear (a short
    translation such as "Clerks and porters." has a single function word)."""
    fr, en = _counts(text)
    return "fr" if fr > en else "en" if en > fr else None


def _comparable(a: str, b: str) -> bool:
    """Whether two pieces could be translations of each other (French runs some 10-30 % longer)."""
    la, lb = len(a), len(b)
    return min(la, lb) > 0 and max(la, lb) <= 2.2 * min(la, lb)


def english_of(text: str) -> str:
    """"Décrire l'histoire des patients / Describe the patients' history" -> the English half; other text whole."""
    parts = _SLASH.split(text)
    if len(parts) != 2 or not _comparable(*parts):
        return text
    langs = [language(p) for p in parts]
    if sorted(langs, key=str) == ["en", "fr"]:
        return parts[langs.index("en")].strip()
    return text


def english_lines(lines: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The English lines of an answer written as a French block and an English block (in either order, or
    line by line alternating), each line "French / English" reduced to its English half; otherwise the lines."""
    out = [(english_of(t), li) for t, li in lines]
    texts = [t for t, _ in out if t.strip()]
    if len(texts) < 2:
        return out
    langs = _alternation(texts, [_leaning(t) for t in texts])
    if None in langs or len(set(langs)) != 2:
        return out
    blocks = {g: " ".join(t for t, h in zip(texts, langs) if h == g) for g in ("fr", "en")}
    if language(blocks["fr"]) != "fr" and language(blocks["en"]) != "en":
        return out
    runs = sum(1 for i in range(1, len(langs)) if langs[i] != langs[i - 1]) + 1
    # one block of each, or a translation after every line: never a stray English sentence in a French answer
    if (runs == 2 or runs == len(langs) and langs.count("en") == langs.count("fr")) and _comparable(blocks["fr"], blocks["en"]):
        english = {t for t, g in zip(texts, langs) if g == "en"}
        return [(t, li) for t, li in out if not t.strip() or t in english]
    return out


_NAME = re.compile(r"\b[A-Z][\w'’-]{3,}")


def _shared_names(a: str, b: str) -> bool:
    """Whether two lines share a capitalised word of four letters or more (a person's or a place's name, an
    acronym): what a translation keeps."""
    return bool(set(_NAME.findall(a)) & set(_NAME.findall(b)))


def _alternation(texts: list[str], langs: list[str | None]) -> list[str | None]:
    """The languages of lines given as translation pairs ("Manage a partial occlusion" / "Gérer une occlusion
    partielle"), where a short line has no function word to lean on: when the lines whose language shows alternate
    strictly, an even number of lines in all, each unknown one takes the language its place in the pairs gives it,
    provided it is of comparable length to its pair. Otherwise the languages as they are."""
    known = [(i, g) for i, g in enumerate(langs) if g is not None]
    if len(texts) == 2 and len(known) == 1 and _comparable(*texts) and _shared_names(*texts):
        # one line and its translation, the one without function words ("Jo Roy, Quality Lead, Imaging") known
        # by the other: the pair shares its names, and the other line's language shows
        at, lang = known[0]
        return [lang if i == at else ("en" if lang == "fr" else "fr") for i in range(2)]
    if None not in langs or len(texts) % 2 or len(known) < len(texts) // 2 + 1:
        return langs
    first = known[0][1] if known[0][0] % 2 == 0 else ("en" if known[0][1] == "fr" else "fr")
    other = "en" if first == "fr" else "fr"
    pattern = [first if i % 2 == 0 else other for i in range(len(texts))]
    if any(g != pattern[i] for i, g in known):
        return langs
    if not all(_comparable(texts[i], texts[i + 1]) for i in range(0, len(texts), 2)):
        return langs
    return list(pattern)


def translation_column(rows: Sequence[Sequence[str]]) -> int | None:
    """The column of a table's rows (the texts of their cells) that prints its neighbour's labels again in the
    other language ("Name of Proposer | Nom du proposant | answer"), or None.

    Read as it stands, such a table has two label columns and no reader pairs either with the answers; without
    the translation it is the usual table of labels beside answers. Of the two, the one left out is the one whose
    labels are not the contract's own wordings (the translation into the language the matcher learnt second); in
    a tie, the second column."""
    width = min((len(r) for r in rows), default=0)
    if width < 3:
        return None
    for k in range(width - 1):
        same = either = exact_a = exact_b = 0
        for r in rows:
            a, b = _named(r[k]), _named(r[k + 1])
            either += bool(a or b)
            if a is not None and b is not None and a[0] == b[0]:
                same += 1
                exact_a += a[1]
                exact_b += b[1]
        if same >= TRANSLATED_ROWS and same >= TRANSLATED_SHARE * either:
            return k if exact_a < exact_b else k + 1
    return None


def _named(text: str) -> tuple[str, bool] | None:
    """The field a cell's text names surely, and whether in the exact wording the matcher knows it by."""
    t = clean(text).rstrip(":/").strip()
    m = match_label(t) if t else None
    if m is None or m.score < LABEL_SCORE or m.key.startswith("_"):
        return None
    return m.key, t.casefold() == m.variant.casefold()
