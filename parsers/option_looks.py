"""Options of a choice set apart by their type: the chosen one bold, highlighted, underlined or coloured, or the
others struck through.

A form filled in a word processor often leaves every box empty ("☐") and answers with the type instead: the chosen
option set in bold or highlighted, its siblings plain, or every option but the chosen one struck through. The text
alone then shows a row of empty boxes, which would say the question was left unanswered. A reader that knows the
type of each run gives each option caption its *look* (the set of emphases all its letters carry, see ``LOOKS``), and
:func:`chosen_by_look` tells which option the looks single out. Where the options' looks differ in a way that singles
out none (two of three bold, one half of a caption underlined), the page shows a choice that cannot be read: the
options are given as a bare list, which reads as a guess (uncertain), never as empty boxes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .fields import CHOICE_KEYS
from .layout import Block
from .normalise import CHECKED, UNCHECKED, abbreviated_choice, checkbox_state, choice_codes, typed_mark

STRUCK = "struck"
EMPHASES = ("bold", "highlight", "underline", "colour")  # what sets one option apart as the chosen one
# a picture or a shape in the option's paragraph (a tick pasted as an image, a circle drawn round it): a difference
# that singles out no one, as a shape anchored there may stand over another option
DRAWN = "drawn"
PARTIAL = "partial"  # a look some letters of a caption carry and others not: a difference that singles out no one
LOOKS = (STRUCK, *EMPHASES)

Look = frozenset[str]
# a paragraph's text as runs, each with its look (see Block.looks)
Styled = tuple[tuple[str, Look], ...]

_WORD = re.compile(r"[^\W\d_]+")
_BOX_SPLIT = re.compile(r"(?=[" + CHECKED + UNCHECKED + r"])")


def chosen_by_look(looks: Sequence[Look]) -> int | None:
    """The index of the option the looks single out, or None: every other option struck through and this one not,
    or this option alone carrying an emphasis (bold, highlight, underline, colour). Two signs that point at two
    options, an emphasis shared by some options but not all, or a partial look, single out none."""
    n = len(looks)
    if n < 2 or any(PARTIAL in lk for lk in looks):
        return None
    picked: set[int] = set()
    struck = [i for i, lk in enumerate(looks) if STRUCK in lk]
    if len(struck) == n - 1:
        picked.add(next(i for i in range(n) if i not in struck))
    elif struck and len(struck) != n:
        return None  # (one struck of three: an option withdrawn, not the others struck out)
    for emphasis in EMPHASES:
        holders = [i for i, lk in enumerate(looks) if emphasis in lk]
        if len(holders) == 1:
            picked.add(holders[0])
        elif 1 < len(holders) < n:
            return None
    if len(picked) != 1:
        return None
    chosen = picked.pop()
    return None if STRUCK in looks[chosen] else chosen


def looks_differ(looks: Sequence[Look]) -> bool:
    """Whether the options do not all look alike (a partial look counts as a difference)."""
    return len(set(looks)) > 1 or any(PARTIAL in lk for lk in looks)


def caption_look(styled: Styled) -> Look:
    """The look of one option's caption: the looks all its letters share, with PARTIAL when some letters carry a
    look the others do not. A mark typed before or after the caption ("X", "✓") and the box are no part of it."""
    chars = [(c, lk) for text, lk in styled for c in text]
    text = "".join(c for c, _ in chars)
    _typed, caption = typed_mark(checkbox_state(text)[1])
    at = text.find(caption) if caption else -1
    if at < 0:
        return frozenset()
    letters = [lk for c, lk in chars[at:at + len(caption)] if c.isalnum()]
    if not letters:
        return frozenset()
    common = frozenset.intersection(*letters)
    some = frozenset.union(*letters)
    return common | ({PARTIAL} if some - common else frozenset())


def _segments(styled: Styled) -> list[Styled]:
    """A paragraph's runs cut where a box glyph opens the next option ("☐ New ☐ Convert ☐ Micro-course")."""
    out: list[list[tuple[str, Look]]] = [[]]
    for text, lk in styled:
        for n, piece in enumerate(_BOX_SPLIT.split(text)):
            if not piece:
                continue
            if n and out[-1] and any(t.strip() for t, _ in out[-1]):
                out.append([])
            out[-1].append((piece, lk))
    return [tuple(s) for s in out if any(t.strip() for t, _ in s)]


CAPTION_WORDS = 3  # words of an option's caption besides the option's own wording, at most ("Hybrid (preferred)")


def _option_code(key: str, text: str) -> str | None:
    """The option a segment is the caption of: it names one option of ``key`` and says little else (a question that
    names the options, "Is it new or a conversion?", or a sentence that names one, is no caption)."""
    state, caption = checkbox_state(text.strip())
    if state:
        return None  # (a box ticked already: the boxes answer)
    rest = typed_mark(caption)[1]
    if not rest or rest.endswith(("?", ":", "：")):
        return None
    codes, left = choice_codes(key, rest)
    if len(codes) == 1 and len(_WORD.findall(left)) <= CAPTION_WORDS:
        return next(iter(codes))
    return abbreviated_choice(key, rest)


def _group(blocks: list[Block], at: int) -> tuple[str, int, list[list[Styled]]] | None:
    """The choice whose options the plain blocks from ``at`` on are (a key, where they end, each block's option
    segments), two or more options of one choice, each named once."""
    for key in CHOICE_KEYS:
        end = at
        parts: list[list[Styled]] = []
        codes: list[str] = []
        while end < len(blocks) and not blocks[end].is_pair and blocks[end].text.strip():
            b = blocks[end]
            segs = _segments(b.looks or ((b.text, frozenset()),))
            found = [_option_code(key, "".join(t for t, _ in s)) for s in segs]
            if not segs or not all(found):
                break
            codes.extend(c for c in found if c)
            parts.append(segs)
            end += 1
        boxed = all(checkbox_state("".join(t for t, _ in s).strip())[0] is not None for p in parts for s in p)
        # (options without boxes are a list only when the list is whole enough: a question's answer in a paragraph of
        # its own may name one option under a heading that names another)
        if len(set(codes)) == len(codes) >= (2 if boxed else 3):
            return key, end, parts
    return None


def _boxed(segment: Styled, ticked: bool) -> str:
    """One option's text with its box shown ticked or empty (a mark typed beside it dropped)."""
    caption = typed_mark(checkbox_state("".join(t for t, _ in segment).strip())[1])[1]
    return ("☒ " if ticked else "☐ ") + caption


def chosen_options(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of options whose looks single one out shown as boxes, that one ticked; options whose
    looks differ without singling one out as one line of the bare options (a guess for the reader, never empty
    boxes). Blocks without looks (no run of the paragraph set apart) look plain."""
    if not any(b.looks for b in blocks):
        return blocks
    # whether a block with looks follows among the plain blocks from each place (a plain option before a bold one)
    ahead = [False] * (len(blocks) + 1)
    for n in range(len(blocks) - 1, -1, -1):
        b = blocks[n]
        ahead[n] = bool(b.looks) or (not b.is_pair and bool(b.text.strip()) and ahead[n + 1])
    out: list[Block] = []
    n = 0
    while n < len(blocks):
        group = _group(blocks, n) if ahead[n] else None
        if group is None:
            out.append(blocks[n])
            n += 1
            continue
        _key, end, parts = group
        segs = [s for p in parts for s in p]
        looks = [caption_look(s) for s in segs]
        if not looks_differ(looks):
            out.extend(blocks[n:end])
        elif (chosen := chosen_by_look(looks)) is not None:
            k = 0
            for b, p in zip(blocks[n:end], parts):
                out.append(replace(b, text=" ".join(_boxed(s, k + i == chosen) for i, s in enumerate(p)), looks=()))
                k += len(p)
        else:
            bare = " / ".join(_boxed(s, False)[2:] for s in segs)
            out.append(replace(blocks[n], text=bare, looks=(), list_item=False))
        n = end
    return out
