"""The text layer's reading of a piece of text that the page geometry put together.

The layout readers (:mod:`pdf_layout` and the modules over it) build labels and answers from
pdfium's text rectangles, whose word gaps pdfium judges from the glyphs' boxes. A printer that
places words or kerned pieces of them one by one (groff's tables through ps2pdf, for one) leaves
rectangles that split a word ("Tw o", "2 026") or run two words together ("dewarfilling"), and
a label broken at a glyph from another font ("Michener’" + "sEducation"). The text layer
(:mod:`pdftext`) places the same glyphs by the fonts' advances and reads those gaps right, and it
reads a typed apostrophe as typed (see :func:`pdftext.typed_apostrophe`).

:class:`StreamReading` finds a piece of geometry text in the text layer by its glyphs alone
(spaces aside, a right quote and an apostrophe alike) and gives it back spaced, and with the
characters, as the text layer has them. A piece found only inside a longer word, or not at all,
is left as it is.
"""
from __future__ import annotations

LETTER_SPACED = 0.4  # spaces a glyph in the text layer's reading: letter by letter, not words
LOST_SPACES = 0.5    # of the geometry's spaces, the fewest the text layer's reading may keep
MAX_HITS = 32  # occurrences of a piece looked at for one that starts and ends at word boundaries
_FOLD = str.maketrans({"\u2019": "'", "\u02bc": "'"})


class StreamReading:
    """The glyphs of a document's text layer, with the gaps between them."""

    def __init__(self, lines: list[str]) -> None:
        words = [w for line in lines for w in line.split()]
        gaps: list[bool] = []  # gaps[i]: a space or a line end stands before glyph i
        for w in words:
            gaps.append(True)
            gaps.extend([False] * (len(w) - 1))
        gaps.append(True)  # the end of the text is a boundary
        self._chars = "".join(words)
        self._gaps = gaps
        self._folded = self._chars.translate(_FOLD)

    def reading(self, text: str) -> str:
        """``text`` as the text layer spaces and spells it, or ``text`` unchanged where the text layer has no
        such run of glyphs between two word boundaries."""
        glyphs = "".join(text.split())
        if len(glyphs) < 2:
            return text
        key = glyphs.translate(_FOLD)
        start = 0
        for _ in range(MAX_HITS):
            pos = self._folded.find(key, start)
            if pos < 0:
                return text
            end = pos + len(key)
            if self._gaps[pos] and self._gaps[end]:
                apart = _gaps_of(text)
                out = [self._chars[pos]]
                for k in range(pos + 1, end):
                    if self._gaps[k] or (apart[k - pos] and not _closes(self._chars[k - 1], self._chars[k])):
                        out.append(" ")
                    out.append(self._chars[k])
                spaces, before = len(out) - (end - pos), len(text.split()) - 1
                if spaces >= LETTER_SPACED * len(key) or (before >= 4 and spaces < LOST_SPACES * before):
                    return text  # spaced otherwise throughout (letter-spaced, or a font read without widths)
                lead = text[:len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()):]
                return lead + "".join(out) + trail
            start = pos + 1
        return text


def _gaps_of(text: str) -> list[bool]:
    """For each glyph of ``text``, whether white space stands before it."""
    out: list[bool] = []
    gap = True
    for ch in text:
        if ch.isspace():
            gap = True
        else:
            out.append(gap)
            gap = False
    return out


def _closes(left: str, right: str) -> bool:
    """Whether a space the geometry put between two glyphs that the text layer sets together may go: inside a
    word or a number ("Tw o", "2 026"), before punctuation, or after a hyphen. A gap after a closing bracket
    or between a word and a bracket is where two runs of text meet ("[R4] Supports"), and stays."""
    word = set("'\u2019")  # an apostrophe is inside its word ("Plan's")
    return ((left.isalnum() or left in word) and (right.isalnum() or right in word)) or right in ",.;:!?%-" or left == "-"
