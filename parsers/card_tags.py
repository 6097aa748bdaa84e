"""Card tags: the small caption an online form service prints on every question card of a response print.

A Google- or Microsoft-Forms-like response printout sets each question on a card, and over the question, in small
type off to one side, the kind of question it is ("Short answer", "Paragraph", "Multiple choice"). Read as text,
the tag stands between one card's answer and the next card's question, so it runs onto the answer above it. The
tags are told by their setting, not their words: a short line of letters, smaller than the document's body text,
alone on its row, each over a question set larger, and the same words on several cards.

Why this and :func:`leftovers.caption_tails` both exist: they meet the same habit at two depths. This module works
on a PDF's lines, before any field is read, where the type's size and place show the tags for sure: it drops them
and pairs each card's question with its answer, so the values come out clean. ``caption_tails`` works after the
fields are read, from the values alone, for what this one cannot see or is not sure of (a DOCX or a text-only print,
tags set at the body's size, fewer cards than :data:`MIN_CARDS`): it cuts nothing and only marks the answers that end
in the same caption as uncertain. A tag this module drops never reaches ``caption_tails``.
"""

from __future__ import annotations

from collections import defaultdict
from statistics import median

from .layout import Block
from .normalise import clean
from .pdf_layout import Line

MIN_CARDS = 3       # cards a tag's words stand on at least (one small line is a hint, not a print's chrome)
MAX_WORDS = 4       # words a tag has at most (a question kind's name)
SMALLER = 0.85      # a tag's size against the body text's at most
LARGER = 1.1        # the line under a tag against the tag's size at least (the question it heads)


def _alone(run: Line, page: list[Line]) -> bool:
    """No other run of the page shares the run's row."""
    return not any(r is not run and r.y0 < run.y1 and run.y0 < r.y1 for r in page)


def _below(run: Line, page: list[Line]) -> Line | None:
    """The nearest run under ``run`` on its page, or None."""
    under = [r for r in page if r.y1 <= run.y0 + 0.5]
    return max(under, key=lambda r: r.y1, default=None)


def _candidate(run: Line) -> bool:
    text = clean(run.text)
    return (bool(text) and run.size > 0 and len(text.split()) <= MAX_WORDS
            and not any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text))


def tags(pages: list[list[Line]]) -> list[Line]:
    """The runs of ``pages`` that are card tags (see the module's doc); [] when the document has none.

    Every run with a tag's words must be one: words that are also read elsewhere at the body's size (an answer
    "Paragraph") are no tag."""
    sizes = [r.size for page in pages for r in page if r.size > 0 for _ in range(max(len(r.text), 1))]
    if not sizes:
        return []
    body = median(sizes)
    by_text: dict[str, list[tuple[Line, list[Line]]]] = defaultdict(list)
    for page in pages:
        for r in page:
            by_text[clean(r.text).lower()].append((r, page))
    found: list[Line] = []
    for placed in by_text.values():
        if len(placed) >= MIN_CARDS and all(_tag(r, page, body) for r, page in placed):
            found.extend(r for r, _ in placed)
    return found


def _tag(run: Line, page: list[Line], body: float) -> bool:
    """Whether ``run`` is set as a card tag: a short line of letters, small, alone on its row, over a larger line."""
    if not _candidate(run) or run.size > SMALLER * body or not _alone(run, page):
        return False
    under = _below(run, page)
    return under is not None and under.size >= LARGER * run.size


def questions(found: list[Line], pages: list[list[Line]]) -> list[str]:
    """The question each tag heads: the text of the row under it, as :func:`normalise.clean` spells it."""
    out = []
    for tag in found:
        page = next((p for p in pages if tag in p), [])
        under = _below(tag, page)
        if under is not None:
            row = sorted((r for r in page if r.y0 < under.y1 and under.y0 < r.y1), key=lambda r: r.x0)
            out.append(clean(" ".join(r.text for r in row)))
    return out


def as_cards(blocks: list[Block], asked: list[str]) -> list[Block]:
    """The text lines of a response print paired as its cards: each question (see :func:`questions`) over the lines
    down to the next question, its answer. Lines before the first card (the print's title) stay as they are."""
    wanted = set(asked)
    out: list[Block] = []
    card: Block | None = None
    for b in blocks:
        if not b.is_pair and b.line and clean(b.text) in wanted:
            card = Block(pair_label=b.text, answer=[])
            out.append(card)
        elif card is not None and not b.is_pair:
            card.answer.append(b)
        else:
            out.append(b)
    return out


def texts(found: list[Line]) -> set[str]:
    """The words of the tags ``found``, as :func:`normalise.clean` and lower case spell them."""
    return {clean(r.text).lower() for r in found}


def without_tags(lines: list[str], words: set[str]) -> list[str]:
    """A page's text lines without the lines that are a card tag's words alone."""
    return [ln for ln in lines if clean(ln).lower() not in words] if words else lines
