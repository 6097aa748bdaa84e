"""Text struck through on a printed page: a correction made in place, the old words crossed out and the new after them.

A word processor prints struck-through text as ordinary glyphs with a thin horizontal stroke drawn across them, at
about the middle of the lowercase letters. The text layer keeps the old words beside the new ("~~12 h~~ 16 h" reads
"12 h 16 h"), so a reader of the text alone takes both. Struck words are what the writer withdrew, never an answer.

Geometry, not wording: a path no thicker than a stroke, lying across a glyph between its baseline and the top of its
lowercase letters, strikes it. An underline lies at or under the baseline, a table's border in the padding between
rows, a box's edges around its glyphs: none crosses a glyph there.
"""
from __future__ import annotations

import ctypes
from typing import Any

STROKE_MAX = 2.0     # points: a strike's thickness at most (a filled rectangle or a stroked line)
STROKE_MIN_WIDTH = 3.0   # points: a strike is at least this long (a dot, a tick's stroke is no strike)
LOW, HIGH = 0.12, 0.55   # of the font size above the baseline: where a strike crosses the glyphs
SAMPLES = (0.2, 0.4, 0.6, 0.8)   # places along a stroke looked at for a glyph under it (a space may lie under one)


def _strokes(page: Any, raw: Any, objects: Any, bounds: Any) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the page's thin horizontal paths."""
    out = []
    for obj, kind, _level in objects(page, raw, max_depth=3):
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        x0, y0, x1, y1 = bounds(obj, raw)
        if y1 - y0 <= STROKE_MAX and x1 - x0 >= STROKE_MIN_WIDTH:
            out.append((x0, x1, (y0 + y1) / 2))
    return out


def struck_chars(page: Any, textpage: Any, raw: Any, objects: Any, bounds: Any) -> set[int]:
    """The indexes (pdfium's, in content order) of the text page's characters that a stroke crosses, with the spaces
    between two struck characters; empty when no stroke crosses any glyph (the usual page, found cheaply)."""
    strokes = _strokes(page, raw, objects, bounds)
    if not strokes:
        return set()
    handle = textpage.raw
    # (a stroke that crosses no character's box is a border or a rule: the pages without strikes stop here)
    crossing = [s for s in strokes
                if any(raw.FPDFText_GetCharIndexAtPos(handle, s[0] + f * (s[1] - s[0]), s[2], 0.5, 0.5) >= 0
                       for f in SAMPLES)]
    if not crossing:
        return set()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    struck: set[int] = set()
    spaces: list[int] = []
    count = raw.FPDFText_CountChars(handle)
    for i in range(max(count, 0)):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in (0, 32, 9, 10, 13, 0xA0):
            spaces.append(i)
            continue
        if not raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(ox), ctypes.byref(oy)) or \
                not raw.FPDFText_GetCharBox(handle, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom),
                                            ctypes.byref(top)):
            continue
        size = raw.FPDFText_GetFontSize(handle, i)
        cx, base = (left.value + right.value) / 2, oy.value
        if any(x0 <= cx <= x1 and base + LOW * size <= y <= base + HIGH * size for x0, x1, y in crossing):
            struck.add(i)
    # a space between two struck characters is struck with them ("Automne 2027" is one withdrawn phrase)
    struck.update(i for i in spaces if i - 1 in struck and i + 1 in struck)
    return struck


def struck_phrases(textpage: Any, struck: set[int]) -> list[str]:
    """The struck runs of the text page (consecutive indexes), each whole, in content order."""
    out: list[str] = []
    start = prev = -2
    for i in sorted(struck) + [-1]:
        if i != prev + 1 or i < 0:
            if start >= 0:
                phrase = " ".join(textpage.get_text_range(start, prev - start + 1).split())
                if phrase:
                    out.append(phrase)
            start = i
        prev = i
    return out


def without_phrases(lines: list[str], phrases: list[str]) -> list[str]:
    """A page's text lines with each struck phrase taken out once: from the line that holds it, one that goes on
    after it (the correction) first."""
    out = list(lines)
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        holding = [n for n, ln in enumerate(out) if phrase in " ".join(ln.split())]
        if not holding:
            continue
        going_on = [n for n in holding if not " ".join(out[n].split()).endswith(phrase)]
        n = (going_on or holding)[0]
        line = " ".join(out[n].split())
        at = line.index(phrase) if not going_on else next(
            k for k in range(len(line)) if line.startswith(phrase, k) and line[k + len(phrase):].strip())
        rest = " ".join((line[:at] + " " + line[at + len(phrase):]).split())
        if rest:
            out[n] = rest
        else:
            del out[n]  # (a line all struck: gone, no blank line left in its place)
    return out
