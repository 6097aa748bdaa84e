"""The language an applicant is written to in: English or French, read from their own words.

The rule, in order (the first that is decisive wins):

1. the applicant's own email: its subject and fresh text (quoted history and signature removed);
2. the answers typed in the concept form (the form's labels are printed in English, so an answer
   in French is the applicant's choice, and an answer in English may just follow the form);
3. the ``Content-Language`` header, a weak hint only: the sender's mail program writes it, often
   from the computer's locale rather than the text, so it only breaks a tie;
4. otherwise the office's language.

A text is decisive when it holds at least :data:`MIN_WORDS` function words of the two languages
(articles, pronouns, prepositions: the short words every sentence needs and no name or medical
term is made of) and at least :data:`SHARE` of them belong to one language. Measured on the
corpora's emails and forms (all of them, and their first 80 characters): see the commit that
introduced this module. A dictionary of function words is chosen over a statistical detector
because it is exact on these texts, explainable in one sentence, and costs nothing to load
(lingua, the accurate detector, is a 96 MB wheel that takes a second and 100 MB to load).

Dates and numbers are written per language with Babel, imported on first use so the command
line does not pay for it (about 0.1 s and 8 MB).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Language = Literal["en", "fr"]
#: Every language an applicant can be written to in; the first is the office's own.
LANGUAGES: tuple[Language, ...] = ("en", "fr")
OFFICE_LANGUAGE: Language = "en"
#: Babel's locale for each language (the office is in Toronto).
LOCALES: dict[str, str] = {"en": "en_CA", "fr": "fr_CA"}

MIN_WORDS = 3
SHARE = 0.7

# Words frequent in one language and (nearly) absent from the other's sentences. Left out on
# purpose: "a", "on", "en", "an", "as", "son", "mon", "plus", "pour" in English is a verb kept
# because it is rare in this office's mail.
_FRENCH = frozenset("""
    le la les l de des du un une et est sont été être pour dans sur avec au aux je j vous nous
    il ils elle elles ce cette ces cet qui que qu pas ne n par mais ou où votre vos notre nos
    mes leur leurs y merci bonjour veuillez ci joint jointe avons avez suis sera très aussi
    comme tout tous toute entre chez sans sous lors depuis afin ainsi cordialement
""".split())
_ENGLISH = frozenset("""
    the and of to is are was were be been being for in with this that these those it its i you
    we our my your he she they their them have has had will would can could should please
    thank thanks attached from by at not or but here there which who what if all any into about
    also find hello hi regards dear best kind sincerely
""".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Count:
    """How many French and English function words a text holds."""

    french: int
    english: int

    def lean(self) -> Language | None:
        """The language the text is decisively written in, or None (too short, or mixed)."""
        total = self.french + self.english
        if total < MIN_WORDS:
            return None
        if self.french >= SHARE * total:
            return "fr"
        if self.english >= SHARE * total:
            return "en"
        return None


def count(text: str) -> Count:
    words = [w.lower() for w in _WORD.findall(text[:20000])]  # a long text says no more than its start
    return Count(sum(1 for w in words if w in _FRENCH), sum(1 for w in words if w in _ENGLISH))


def declared(content_language: str) -> Language | None:
    """The language a Content-Language header names ("fr-CA", "fr, en" -> the first), if ours."""
    first = content_language.split(",", 1)[0].strip().lower()[:20]
    base = first.split("-", 1)[0]
    return base if base in LANGUAGES else None


def detect(email_text: str, form_text: str = "", content_language: str = "",
           default: Language = OFFICE_LANGUAGE) -> Language:
    """The language to write to an applicant in, by the rule in this module's docstring."""
    for text in (email_text, form_text):
        found = count(text).lean()
        if found is not None:
            return found
    return declared(content_language) or default


def choose(setting: str, email_text: str, form_text: str = "", content_language: str = "",
           default: Language = OFFICE_LANGUAGE) -> Language:
    """``[applicants] language``: "auto" detects; "en" or "fr" is used for every applicant."""
    if setting in LANGUAGES:
        return setting
    return detect(email_text, form_text, content_language, default)


def known(language: str | None) -> Language:
    """A stored language as one of :data:`LANGUAGES` (rows from before languages: the office's)."""
    return language if language in LANGUAGES else OFFICE_LANGUAGE


def form_text(values: Iterable[object]) -> str:
    """The typed answers of a form, one a line (numbers, dates and flags say nothing of language)."""
    out: list[str] = []
    for v in values:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str))
    return "\n".join(out)


# ---- dates and numbers ------------------------------------------------------------------------

#: Date styles a template may ask for: with the weekday ("Wednesday 2 December 2026",
#: "mercredi 2 décembre 2026") or without it.
DATE_STYLES = ("weekday", "day")
_ENGLISH_DATES = {"weekday": "%A %-d %B %Y", "day": "%-d %B %Y"}
_BABEL_DATES = {"weekday": "EEEE d MMMM y", "day": "d MMMM y"}


def format_date(value: date | datetime | None, language: str, style: str = "weekday") -> str:
    """``value`` as a reader of ``language`` writes a date; "" for None."""
    if value is None:
        return ""
    if style not in DATE_STYLES:
        raise ValueError(f"date style {style!r} is not one of {DATE_STYLES}")
    if known(language) == OFFICE_LANGUAGE:
        # The office's English dates as they always were (day before month, as Canada writes them).
        return value.strftime(_ENGLISH_DATES[style])
    from babel.dates import format_date as babel_date  # imported late: 0.1 s the CLI need not pay

    return babel_date(value, _BABEL_DATES[style], locale=LOCALES[known(language)])


def format_number(value: int | float, language: str) -> str:
    """``value`` with the language's digit grouping and decimal sign ("1 234,5" in French)."""
    if known(language) == OFFICE_LANGUAGE:
        return f"{value:,}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=LOCALES[known(language)])
