"""Positioned text of a PDF page (pypdfium2) and what its geometry says.

A page becomes :class:`Line` boxes: runs of text on one baseline, with their
rectangle in PDF points (origin bottom left). Two readings use that geometry:

* :func:`column_pairs` finds the layout of a printed or flattened form, where
  labels sit in a left column and answers start at one common x further right,
  and pairs each label with the answer lines of its row band;
* :func:`label_left_or_above` finds the text printed beside a form widget.

pypdfium2 is used for layout because it reports character boxes quickly; pypdf
still reads the AcroForm structure (see :mod:`pdf_form`).
"""
from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from . import glyphs, struck_text
from .annotation_text import Note, placed_lines
from .colours import neutral_grey
from .labels import match_label
from .pdftext import ACCENTS, BELOW_ACCENTS, LIGATURES, accented
from .leaders import as_colon

BULLETS = frozenset("•▪")  # of MARKS, the glyphs a list sets before its items
# Glyphs that a form drawn flat uses, as a run of their own, to show a ticked box or a chosen radio button.
MARKS = frozenset(glyphs.TICKED + glyphs.RADIOS_ON + "xX") | BULLETS
BOX_GLYPHS = frozenset(glyphs.BOXES)  # check boxes drawn as characters, ticked or not
MIN_ROWS = 4          # label rows with an answer beside them before a page counts as two-column
STACKED_SHARE = 0.5   # ... and at least this share of the short rows at the margin alone after the last of them
MAX_LABEL_LINES = 4   # lines a widget's label may wrap onto under its first
RULED_WRAP = 2.5      # line heights of white between two lines of one ruled label cell at most
RULED_SHARE = 0.5     # of the label column's lines, the share a border parts from the next before rows count as ruled
RIGHT_FLUSH = 3.0     # points between the right edges of a right-aligned label's wrapped lines
COLUMN_GAP = 60.0     # points between the label column's left edge and the answer column's
# points left of the answer column where a run starts in the label column (an answer set a point or two left of the
# column's edge is still an answer)
LABEL_SIDE = 20.0
OCR_PICTURE_SHARE = 0.6  # of a page, covered by images under an invisible text layer: a scan made searchable
LABEL_ON_ITS_OWN = 0.9  # how surely a label's wrapped line must name a field to start a label of its own
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
FRAGMENTS_MIN = 40    # runs on a page before it may count as drawn glyph by glyph
FRAGMENTED_SHARE = 0.5  # runs with a close neighbour on their baseline, of all runs, on such a page
JOIN_GAP_EM = 1.0     # widest gap (ems) between two pieces of one run of text on such a page
WORD_GAP_EM = 0.2     # widest gap between two touching pieces of one word (a font change inside it)
# a glyph the text layer decodes to a C1 control character is no text (a Type 3 font's glyph that maps to nothing,
# as TeX's bitmap fonts set \textbullet); standing alone, before a list item, it is the item's marker
_UNDECODED_MARK = re.compile(r"(?<!\S)[\x80-\x9f](?!\S)")
_C1 = re.compile(r"[\x80-\x9f]")
_LOOKAHEAD = 8        # text rectangles a character may skip (empty ones) when pdfium's order is walked
# A page that writes its word spaces as characters (a print of a form by cairo, a word processor's PDF) moves the
# pen on inside a word only to place glyphs where another font's widths put them: a print that substitutes its own
# font for one it lacks keeps the original's places ('P' then 'athologists' 0.2 em apart). pdfium makes a space of
# every such move of more than about half a space; of those, a gap under PEN_SPACE glyph heights is no word break
# there. (TeX and other typesetters write no spaces at all: each of their word breaks is such a move, and stays.)
PEN_SPACE = 0.4
PEN_WRITTEN = 10      # spaces written as characters on a page before it counts as writing its spaces
PEN_SHARE = 5.0       # ... and how many times the spaces pdfium makes up they must be


@dataclass
class Line:
    """One run of text on one baseline of one page (PDF points, y grows upwards)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    bold: bool = False   # most of its characters are set in a bold face
    size: float = 0.0    # its characters' mean font size (points); 0 when unknown
    sheet: float = 0.0   # the width of its page as displayed (points); 0 when unknown
    spaced: bool = False  # the text layer puts a space (or a line end) after it
    base: float = 0.0     # the baseline of its first glyph (pdfium's origin); 0 when unknown
    # (left, right, character) of each glyph, kept only for runs holding a box glyph (see _boxes_in_place)
    glyphs: tuple[tuple[float, float, str], ...] = ()
    pieced: bool = False  # joined from glyphs or words drawn one by one (see _glyphs_joined)
    drawn: int = -1       # pdfium's index of its first character: where the content draws it; -1 when unknown
    grey: bool = False    # nearly all its glyphs are filled in a light grey (see HINT_GREY)

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def same_row(self, other: "Line") -> bool:
        # cy and height written out: the row readers call this for every pair of runs near each other
        y0, y1, o0, o1 = self.y0, self.y1, other.y0, other.y1
        return abs((y0 + y1) / 2 - (o0 + o1) / 2) < 0.5 * max(y1 - y0, 1.0, o1 - o0)

    @property
    def is_mark(self) -> bool:
        return self.text.strip() in MARKS and len(self.text.strip()) == 1


@dataclass
class Rule:
    """A horizontal edge drawn on the page (a table border, a cell's top or bottom)."""

    page: int
    y: float
    x0: float
    x1: float


@dataclass
class _Turn:
    """The quarter turn that sets a page's text upright, as it is displayed and read.

    A landscape table is printed either on a page with /Rotate or with a rotated text
    matrix; both leave the characters at an angle in user space. Turning the coordinates
    by that angle lets the line, grid and label readers work on upright rows.
    """

    quarter: int      # 0..3: clockwise quarter turns of the characters as pdfium measures them
    width: float
    height: float

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        if self.quarter == 3:    # text runs upwards: its baseline is user-space x
            return y0, self.width - x1, y1, self.width - x0
        if self.quarter == 1:    # text runs downwards
            return self.height - y1, x0, self.height - y0, x1
        if self.quarter == 2:    # upside down
            return self.width - x1, self.height - y1, self.width - x0, self.height - y0
        return x0, y0, x1, y1


def page_lines(data: bytes, max_pages: int, rules: list[Rule] | None = None,
               turned: set[int] | None = None, notes: dict[int, list[Note]] | None = None,
               ocr_pages: set[int] | None = None, two_pass: set[int] | None = None,
               struck: dict[int, list[str]] | None = None) -> list[list[Line]]:
    """Text runs of each page as displayed, top to bottom then left to right; [] when pdfium cannot open the file.

    When ``rules`` is a list, the horizontal edges of drawn paths are appended to it; when ``turned``
    is a set, the numbers of the pages whose text was turned upright are added to it. ``notes`` (page number ->
    the text annotations written on it, see :mod:`annotation_text`) join their pages' runs where they stand. When
    ``ocr_pages`` is a set, the numbers of the pages that are a picture under an invisible text layer (a scan made
    searchable by OCR: all its text drawn in render mode 3 over an image covering the page) are added to it. When
    ``two_pass`` is a set, the numbers of the pages whose text is drawn in an order that is no reading order (see
    :func:`drawn_in_two_passes`) are added to it. Text struck through (see :mod:`struck_text`) is left out of the
    runs; when ``struck`` is a dict, each page's struck phrases are put in it under the page's number.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from . import drawn_marks  # (it reads Line from here)

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # pdfium refuses what pypdf may still read; the caller falls back
        return []
    pages: list[list[Line]] = []
    try:
        for n in range(min(len(pdf), max_pages)):
            page = pdf[n]
            tp = page.get_textpage()
            left, bottom, right, top = page.get_mediabox()
            turn = _Turn(0, right, top)
            drawn = drawn_marks.drawn_boxes(page, pdfium_c, lambda *box: box, tp.raw)  # (user space, turned below)
            crossed = struck_text.struck_chars(page, tp, pdfium_c, page_objects, object_bounds)
            if crossed and struck is not None:
                struck[n] = struck_text.struck_phrases(tp, crossed)
            runs = _glyphs_joined(_char_runs(tp, n, pdfium_c, turn, drawn, crossed))
            drawn = [turn.box(*box) for box in drawn]
            runs = _split_at_marks(runs, drawn) if drawn and not turn.quarter else runs
            if two_pass is not None and not turn.quarter and drawn_in_two_passes(runs):
                two_pass.add(n)
            ticks = drawn_marks.mark_lines(drawn, runs, n)
            if ticks:
                # a glyph that drew a box's tick (not a tick character itself: a "3" a print without the symbol
                # font wrote for it) is that mark, and no text
                runs = [r for r in runs if r.is_mark or len(r.text.strip()) != 1
                        or not any(t.x0 < (r.x0 + r.x1) / 2 < t.x1 and t.y0 < r.cy < t.y1 for t in ticks)]
            runs += ticks
            runs += note_runs((notes or {}).get(n, ()), n, turn)
            runs.sort(key=lambda r: (-round(r.y1), r.x0))
            pages.append(runs)
            if turned is not None and turn.quarter:
                turned.add(n)
            if rules is not None or ocr_pages is not None:
                texts, shown, pictured = 0, False, 0.0
                for obj, kind, _level in page_objects(page, pdfium_c, max_depth=3):
                    if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                        texts += 1
                        if not shown and ocr_pages is not None:  # (one visible text object settles it)
                            shown = pdfium_c.FPDFTextObj_GetTextRenderMode(obj) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
                        continue
                    if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE and ocr_pages is not None:
                        x0, y0, x1, y1 = object_bounds(obj, pdfium_c)
                        pictured += max(0.0, min(x1, right) - max(x0, left)) * max(0.0, min(y1, top) - max(y0, bottom))
                        continue
                    if kind != pdfium_c.FPDF_PAGEOBJ_PATH or rules is None:
                        continue
                    x0, y0, x1, y1 = turn.box(*object_bounds(obj, pdfium_c))
                    if x1 - x0 > 30:
                        rules.append(Rule(n, y1, x0, x1))
                        if y1 - y0 > 2:
                            rules.append(Rule(n, y0, x0, x1))
                if ocr_pages is not None and texts and not shown and not notes_on(notes, n) \
                        and pictured >= OCR_PICTURE_SHARE * max((right - left) * (top - bottom), 1.0):
                    ocr_pages.add(n)
    finally:
        pdf.close()
    return pages


PASS_MIN = 4          # places where a page's content order runs back up its column, before it counts as two passes
_PASS_LOOKAHEAD = 40  # runs below one looked at for the next line of its column
PASS_SHARE = 0.3      # of the pairs of runs one under the other in one column, the share drawn bottom first


def drawn_in_two_passes(runs: list[Line]) -> bool:
    """Whether runs (with the content order they were drawn in) were drawn in two (or more) passes over the same column.

    A filled form flattened by a tool that turns each widget's appearance into page content (PyMuPDF's bake,
    qpdf's or pdftk's flattening, a print of the filled form) draws the form's labels first and then every
    value where its widget was: the content order reads all labels and then all values, though label and value
    alternate down the page. Text drawn in reading order has each run under another of its column drawn after
    it; text set in two columns runs back up the page once, but into another column. So: of the runs one
    directly under another with their extents overlapping, those drawn before the run above them.
    """
    column_pairs = backwards = 0
    placed = sorted((r for r in runs if r.drawn >= 0), key=lambda r: (-r.cy, r.x0))
    for i, upper in enumerate(placed):
        # the nearest run below it whose extent overlaps it (its next line down the same column)
        for lower in placed[i + 1:i + 1 + _PASS_LOOKAHEAD]:
            if lower.same_row(upper) or lower.y1 > upper.y0 + 0.5 * upper.height:
                continue
            if min(lower.x1, upper.x1) - max(lower.x0, upper.x0) > 0:
                column_pairs += 1
                backwards += lower.drawn < upper.drawn
                break
    return (backwards >= PASS_MIN and backwards >= PASS_SHARE * column_pairs) or _second_pass_over_first(runs)


PASS_BACK = 3.0       # line heights the content order must go back up the page to start a pass of its own
PASS_RUNS = 3         # runs of text a pass holds at least (fewer: a footer, a title drawn apart)
PASS_WHOLE = 0.9      # of a page's runs, the share the two passes hold together
GUTTER_SLACK = 2.0    # points two columns' runs may overlap at their gutter
PASS_LONE = 0.25      # of the second pass's runs, the share that are one-line values at least
LINE_PITCH = 1.8      # line heights between two lines of one paragraph at most


def content_passes(runs: list[Line]) -> list[list[Line]]:
    """A page's runs of text (marks and single glyphs aside) in the order they were drawn, cut into passes down the
    page: a new pass starts where the content goes back up the page by more than a few lines."""
    drawn = sorted((r for r in runs if r.drawn >= 0 and len(r.text.strip()) > 1), key=lambda r: r.drawn)
    passes: list[list[Line]] = []
    for run in drawn:
        if not passes or run.y0 > passes[-1][-1].y1 + PASS_BACK * max(passes[-1][-1].height, run.height):
            passes.append([])
        passes[-1].append(run)
    return passes


def _second_pass_over_first(runs: list[Line]) -> bool:
    """Whether a page's content goes down it once, then back up once and down the same rows of the same column.

    A form flattened by a viewer ("filled in Preview"), printed by another tool, or exported from a sheet draws
    its labels down the page first and its values second. The back-up alone is no sign: a page set in two
    columns (a newsletter, a brochure, a summary with a sidebar) goes back up once too, but into another column,
    so a vertical gutter parts the runs of the two passes wherever they share rows. The values of a form have
    none: the long ones run under their labels, the short ones beside them, on the rows the labels left open.
    So: two passes holding nearly the whole page, the second going down rows the first went down (three runs of
    each there at least), and no gutter between their runs on those rows. A sheet exported to PDF draws its
    one-line cells row by row and its wrapped cells last: its second pass holds nothing but paragraphs of two
    lines or more, where a form's holds its many one-line values (a name, an email, hours); it is not two passes.
    """
    passes = content_passes(runs)
    whole = sum(map(len, passes))
    passes = [p for p in passes if len(p) >= PASS_RUNS]
    for first, second in zip(passes, passes[1:]):
        if len(first) + len(second) < PASS_WHOLE * whole:
            continue
        top = min(max(r.y1 for r in first), max(r.y1 for r in second))
        bottom = max(min(r.y0 for r in first), min(r.y0 for r in second))
        one = [r for r in first if r.y1 > bottom and r.y0 < top]
        two = [r for r in second if r.y1 > bottom and r.y0 < top]
        if len(one) < PASS_RUNS or len(two) < PASS_RUNS:
            continue
        columns = (max(r.x1 for r in one) <= min(r.x0 for r in two) + GUTTER_SLACK
                   or max(r.x1 for r in two) <= min(r.x0 for r in one) + GUTTER_SLACK)
        if not columns and sum(_lone_line(r, second) for r in two) >= PASS_LONE * len(two):
            return True
    return False


def _lone_line(run: Line, runs: list[Line]) -> bool:
    """Whether no other of ``runs`` stands a line above or below ``run`` in its column (a one-line value)."""
    return not any(o is not run and min(o.x1, run.x1) > max(o.x0, run.x0) and not o.same_row(run)
                   and abs(o.cy - run.cy) < LINE_PITCH * max(o.height, run.height) for o in runs)


def reading_lines(runs: list[Line]) -> list[str]:
    """A page's runs as text lines in reading order: top to bottom, left to right, a row's runs that are one
    piece of text (a narrow gap) joined, the others each a line."""
    return [r.text for r in _merge_row(runs)]


def without_side_hints(runs: list[Line]) -> list[Line]:
    """A page's runs less the hints a form prints in a light grey right of a label on its row ("Who is this for?"
    beside "Target Learners"): guidance of the template, no part of the label nor of the answer."""
    return [r for r in runs if not (r.grey and any(o.x1 <= r.x0 and not o.grey and o.same_row(r) for o in runs))]


def notes_on(notes: dict[int, list[Note]] | None, page_no: int) -> bool:
    return bool(notes and notes.get(page_no))


def undecoded_marks(text: str) -> str:
    """``text`` with each undecoded glyph that stands alone (a list's marker in a font that names no character for
    it) written as a bullet; one inside a word stays, as the sign of text that did not decode."""
    return _UNDECODED_MARK.sub("•", text) if _C1.search(text) else text


def note_runs(notes: Iterable[Note], page_no: int, turn: _Turn) -> list[Line]:
    """The lines of a page's text annotations as runs of its text, turned upright as its characters are (a note
    on a page turned sideways is one run over its rectangle: how a viewer wraps it there is not known)."""
    out = []
    for note in notes:
        placed = (placed_lines(note) if not turn.quarter
                  else [(note.x0, note.y0, note.x1, note.y1, " ".join(note.lines))])
        for box in placed:
            x0, y0, x1, y1 = turn.box(*box[:4])
            out.append(Line(page_no, x0, y0, x1, y1, as_colon(box[4].translate(LIGATURES)), size=note.size,
                            sheet=turn.width if turn.quarter % 2 == 0 else turn.height, spaced=True,
                            base=y0 if not turn.quarter else 0.0))
    return out


def _char_runs(tp: Any, page_no: int, raw: Any, turn: _Turn | None = None,
               keep: Sequence[tuple[float, float, float, float]] = (), crossed: set[int] | None = None) -> list[Line]:
    """pdfium's text rectangles, each with the characters that pdfium built it from.

    Reading a rectangle back with a bounded-text query also picks up the characters of a
    line set close above or below (tight line spacing in a table cell), which garbles labels
    ("targeted By the e targeted By the end"). pdfium builds its rectangles from consecutive
    characters in content order, so walking the characters in that order and moving on to the
    next rectangle when a character's centre leaves the current one gives each rectangle its own text.
    Each rectangle also keeps its typography (bold face, font size), and when ``turn`` is given its
    quarter is set from the characters' angle and the rectangles come out turned upright. A rectangle that
    a box of ``keep`` (user space) stands inside keeps its glyphs' places (see :func:`_split_at_marks`). The
    characters of ``crossed`` (struck through) are left out.
    """
    rects = [tp.get_rect(i) for i in range(tp.count_rects())]
    # the bounds a character's centre may fall in, and each rectangle's middle line, worked out once
    # (this loop runs once per character of the document)
    xs0 = [r[0] - 0.5 for r in rects]
    xs1 = [r[2] + 0.5 for r in rects]
    ys0 = [r[1] - 0.5 for r in rects]
    ys1 = [r[3] + 0.5 for r in rects]
    mids = [(r[1] + r[3]) / 2 for r in rects]
    count = len(rects)
    # a rectangle that no rectangle of its look-ahead overlaps: a centre inside it is inside none of those
    alone = [not any(xs0[m] <= xs1[j] and xs0[j] <= xs1[m] and ys0[m] <= ys1[j] and ys0[j] <= ys1[m]
                     for m in range(j + 1, min(j + _LOOKAHEAD, count))) for j in range(count)]
    handle = tp.raw
    calls = _char_calls(raw)
    unicode, char_box, font_size, text_object, font_of = (calls.unicode, calls.char_box, calls.font_size,
                                                         calls.text_object, calls.font)
    rgba = (ctypes.c_uint * 4)()
    rgba_at = [ctypes.addressof(rgba) + n * ctypes.sizeof(ctypes.c_uint) for n in range(4)]
    page = ctypes.cast(handle, ctypes.c_void_p).value
    box = (ctypes.c_double * 4)()
    at = ctypes.addressof(box)
    left_at, right_at, bottom_at, top_at = (at + n * ctypes.sizeof(ctypes.c_double) for n in range(4))
    texts: list[list[str]] = [[] for _ in rects]
    bold = [0] * len(rects)       # glyphs in a face named bold, and heavy or not weighed
    heavy = [0] * len(rects)      # glyphs in a face heavy by its stem width only (see _faces_weighed)
    size = [0.0] * len(rects)
    greys = [0] * len(rects)      # glyphs filled in a light grey: a template's hint or a web form's placeholder
    hyphens = [0] * len(rects)
    origins: list[tuple[float, float] | None] = [None] * len(rects)
    firsts = [-1] * len(rects)  # the index of each rectangle's first character, in content order
    places: list[list[tuple[float, float, str]]] = [[] for _ in rects]
    ox, oy = ctypes.c_double(), ctypes.c_double()
    quarters = [0, 0, 0, 0]
    faces: dict[int, tuple[bool, int]] = {}   # font handle -> (named bold, weight)
    name = ctypes.create_string_buffer(96)
    # a text object's characters come one after another, and share its face and size (pdfium gives a
    # character the size of its text object), so both are asked once per object
    last_object, pts, light = -1, 0.0, False
    tally: list[int] | None = None  # where the current face's glyphs are counted (bold, heavy or neither)
    # spaces the content writes as characters, and those pdfium makes up where it moves the pen on inside a word
    # or between words (see PEN_SPACE): each made-up one between two glyphs with its gap in glyph heights
    written = made = 0
    made_gaps: list[tuple[list[str], int, float]] = []
    gap_from: tuple[list[str], int, float | None, float] | None = None
    last_height = 0.0
    k = 0
    current, current_places = texts[0] if texts else [], places[0] if places else []  # rectangle k's
    x0k, x1k, y0k, y1k, alone_k = (xs0[0], xs1[0], ys0[0], ys1[0], alone[0]) if count else (0.0, 0.0, 0.0, 0.0, False)
    for i, ch in enumerate(_page_chars(tp.raw, tp.count_chars(), raw, page, unicode)):
        if k >= count:
            break
        if crossed and i in crossed:
            continue  # (struck through: withdrawn by the writer)
        if ch.isspace():
            current.append(" ")
            if ch == " ":
                if calls.generated(handle, i) == 1:
                    made += 1
                    gap_from = (current, len(current) - 1, current_places[-1][1] if current_places else None, last_height)
                else:
                    written += 1
            continue
        if ch == "\x02":
            # pdfium's mark for the hyphen a line ends in: it stays, so a word broken there ("Micro-" over
            # "course") is joined back whole, as the text layer's own line reads it
            current.append("-")
            hyphens[k] += 1  # (no glyph of the font: it counts for neither the weight nor the size)
            continue
        if not char_box(page, i, left_at, right_at, bottom_at, top_at):
            raise RuntimeError(f"pdfium gives no box for character {i}")  # as pypdfium2's get_charbox raises
        left, right, bottom, top = box[0], box[1], box[2], box[3]  # (unpacking the array itself is 4x slower)
        cx, cy = (left + right) / 2, (bottom + top) / 2
        if not (alone_k and x0k <= cx <= x1k and y0k <= cy <= y1k):
            # of the rectangles ahead that hold the character's centre, the one whose middle line is nearest
            # (two rectangles of tightly spaced lines overlap); the first of equals, as min() picks
            nearest, gap = -1, 0.0
            for j in range(k, min(k + _LOOKAHEAD, count)):
                if xs0[j] <= cx <= xs1[j] and ys0[j] <= cy <= ys1[j]:
                    d = abs(cy - mids[j])
                    if nearest < 0 or d < gap:
                        nearest, gap = j, d
            if nearest >= 0 and nearest != k:
                k = nearest
                current, current_places = texts[k], places[k]
                x0k, x1k, y0k, y1k, alone_k = xs0[k], xs1[k], ys0[k], ys1[k], alone[k]
        if gap_from is not None:
            chars, at, right_before, height_before = gap_from
            if chars is current and right_before is not None:
                made_gaps.append((chars, at, (left - right_before) / max(top - bottom, height_before, 1.0)))
            gap_from = None
        last_height = top - bottom
        if current_places and current and (current[-1] in ACCENTS or ch in BELOW_ACCENTS):
            # an accent over its letter, drawn apart (TeX's OT1 fonts have no accented letters): one letter
            was_left, was_right, was = current_places[-1]
            overlap = min(right, was_right) - max(left, was_left)
            if was == current[-1] and overlap > 0.3 * min(right - left, was_right - was_left):
                ch = accented(ch, was) if was in ACCENTS else accented(was, ch)
                current.pop()
                current_places.pop()
                left, right = min(left, was_left), max(right, was_right)
        current.append(ch)
        current_places.append((left, right, ch))
        if firsts[k] < 0:
            firsts[k] = i
        if origins[k] is None and raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(ox), ctypes.byref(oy)):
            origins[k] = (ox.value, oy.value)
        obj = text_object(page, i) or 0
        if obj != last_object:
            face = (font_of(obj) if obj else 0) or 0
            if face not in faces:
                # the weight when the font gives one, else the face's name (the standard 14 fonts give none)
                font = ctypes.cast(face, raw.FPDFTextObj_GetFont.restype)
                weight = raw.FPDFFont_GetWeight(font) if face else -1
                n = raw.FPDFFont_GetBaseFontName(font, name, len(name)) if face else 0
                faces[face] = (n > 0 and bool(_BOLD_NAME.search(name.raw[:n].decode("latin-1"))), weight)
            last_object, pts = obj, font_size(page, i)
            light = bool(obj) and bool(calls.fill(obj, *rgba_at)) and hint_grey(rgba[0], rgba[1], rgba[2], rgba[3])
            named, weight = faces[face]
            # (a face named bold that pdfium weighs light stays plain, as the parser was tuned on)
            tally = bold if named and (weight >= 600 or weight <= 0) else heavy if weight >= 600 else None
        if tally is not None:
            tally[k] += 1  # the glyph's face: bold, heavy by its stem width only, or plain
        size[k] += pts
        if light:
            greys[k] += 1
        if len(current) % 8 == 1:  # a sample of angles is enough to tell a page's orientation
            angle = raw.FPDFText_GetCharAngle(handle, i)
            if angle >= 0:
                quarters[round(angle / (math.pi / 2)) % 4] += 1
    if turn is not None:
        turn.quarter = max(range(4), key=lambda q: quarters[q]) if any(quarters[1:]) else 0
    if written >= PEN_WRITTEN and written >= PEN_SHARE * made:
        for chars, at, gap in made_gaps:
            if gap < PEN_SPACE:
                chars[at] = ""  # (the pen moved on inside a word: no space)
    if _faces_weighed(faces.values()):
        bold = [b + h for b, h in zip(bold, heavy)]
    out = []
    # glyph places are kept for the row rebuilding of an upright page that shows box glyphs
    boxes = (turn is None or turn.quarter == 0) and any(not BOX_GLYPHS.isdisjoint(t) for t in texts)
    upright = turn is None or turn.quarter == 0
    for rect, chars, b, pts, extra, origin, placed, first, grey in zip(rects, texts, bold, size, hyphens, origins,
                                                                       places, firsts, greys):
        text = as_colon(undecoded_marks(" ".join("".join(chars).translate(LIGATURES).split())))
        if text:
            kept = boxes or (upright and any(rect[0] < (k[0] + k[2]) / 2 < rect[2] and rect[1] < (k[1] + k[3]) / 2 < rect[3]
                                             for k in keep))
            x0, y0, x1, y1 = turn.box(*rect) if turn is not None else rect
            base = 0.0
            if origin is not None:
                base = (turn.box(*origin, *origin) if turn is not None else (*origin, *origin))[1]
            glyphs = len(chars) - chars.count(" ") - extra
            out.append(Line(page_no, x0, y0, x1, y1, text, bold=b >= 0.8 * glyphs, size=pts / max(glyphs, 1),
                            sheet=0.0 if turn is None else turn.width if turn.quarter % 2 == 0 else turn.height,
                            spaced=chars[-1] == " ", base=base,
                            glyphs=tuple(placed) if kept else (), drawn=first, grey=grey >= 0.8 * max(glyphs, 1)))
    return _boxes_in_place(out) if boxes else out


# A template's hint or a web form's placeholder left in an empty box is printed in a light grey ("e.g. 416-555-0100",
# "Month and year"; browsers draw placeholders #757575, Word's placeholder text is #808080), set apart from the black
# the applicant types and the dark grey of legible labels (lighter than a DOCX hint need be: see guidance.GREY_RANGE)
HINT_GREY = (0x70, 0xE0)


def hint_grey(r: int, g: int, b: int, a: int) -> bool:
    """Whether a fill colour is the light neutral grey of a hint (not black, not a colour, not white on a dark band)."""
    return a > 0 and neutral_grey(r, g, b, HINT_GREY)


HINT_RUNS = 3  # consecutive grey runs a hint may wrap over


def hint_texts(pages: list[list[Line]]) -> set[str]:
    """The texts (words joined by single spaces, case folded) that the pages print in a hint's light grey: each grey
    run alone and with up to HINT_RUNS - 1 grey runs after it in reading order (a hint wrapped over lines)."""
    out: set[str] = set()
    for runs in pages:
        grey = [" ".join(r.text.split()).casefold() for r in runs if r.grey and r.text.strip()]
        for i in range(len(grey)):
            for j in range(i + 1, min(i + HINT_RUNS, len(grey)) + 1):
                out.add(" ".join(grey[i:j]))
    return out


_NO_CHAR = {0: " "}  # a character pdfium knows no code point for reads as a space (as ``chr(0 or 32)``)
_SURROGATES = re.compile("[\ud800-\udfff]")


def _page_chars(handle: Any, count: int, raw: Any, page: int | None, unicode: Any) -> str:
    """The code point of each of a text page's ``count`` characters (index i of the string is character i), a
    character without one as a space.

    One FPDFText_GetText call answers for the whole page, where a FPDFText_GetUnicode call a character cost a
    sixth of the character loop. The page text it gives is the characters' own code points one for one, but it
    leaves out control characters that are not a line-end hyphen and writes a character beyond the BMP as two
    UTF-16 units: when its length is not the page's character count, or it holds a surrogate, the characters are
    asked one by one.
    """
    if count > 0:
        buffer = (ctypes.c_ushort * (count + 1))()
        written = raw.FPDFText_GetText(handle, 0, count, buffer)
        if written == count + 1:
            text = bytes(buffer)[:2 * count].decode("utf-16-le", "surrogatepass")
            if len(text) == count and not _SURROGATES.search(text):
                text = text.translate(_NO_CHAR)
                if "\ufffe" not in text:
                    return text
                # (the page text writes U+FFFE where a line-end hyphen's own code point is pdfium's mark, 2)
                return "".join([chr(unicode(page, i) or 32) if ch == "\ufffe" else ch for i, ch in enumerate(text)])
    return "".join([chr(unicode(page, i) or 32) for i in range(count)])


def _split_at_marks(runs: list[Line], marks: list[tuple[float, float, float, float]]) -> list[Line]:
    """Runs that a drawn mark stands inside, split at the mark: a radio button drawn in the gap between two
    captions that pdfium read as one rectangle ("New micro-credential  (•) Micro-course"). Only runs that kept
    their glyphs' places (see :func:`_char_runs`) are split; every run leaves without them."""
    out: list[Line] = []
    for r in runs:
        inside = sorted(m for m in marks if r.x0 < m[0] and m[2] < r.x1 and r.y0 < (m[1] + m[3]) / 2 < r.y1)
        if not r.glyphs or not inside or len(r.glyphs) != len(r.text.replace(" ", "")):
            out.append(replace(r, glyphs=()) if r.glyphs else r)
            continue
        em = max(r.size, r.height * 0.7, 1.0)
        pieces: list[list[tuple[float, float, str]]] = [[]]
        cuts = iter(inside)
        cut = next(cuts, None)
        for g in sorted(r.glyphs, key=lambda g: (g[0] + g[1]) / 2):
            while cut is not None and (g[0] + g[1]) / 2 > cut[2]:
                pieces.append([])
                cut = next(cuts, None)
            pieces[-1].append(g)
        for piece in (p for p in pieces if p):
            text = piece[0][2]
            for prev, cur in zip(piece, piece[1:]):
                text += (" " if cur[0] - prev[1] > 0.2 * em else "") + cur[2]
            out.append(replace(r, x0=piece[0][0], x1=piece[-1][1], glyphs=(),
                               text=as_colon(text.translate(LIGATURES)) if len(pieces) > 1 else r.text))
    return out


def _faces_weighed(faces: Iterable[tuple[bool, int]]) -> bool:
    """Whether the weights pdfium gives a page's faces tell bold from plain.

    pdfium works a face's weight out of the stem width (/StemV) its PDF declares, a figure each generator
    estimates its own way; a face named bold ("LiberationSerif-Bold") says what it is. Where a face named
    bold weighs no more than one whose name says nothing (a print driver that sets both near 140), the
    weights are the generator's guesses and only the names count; elsewhere a heavy face is bold by its
    weight too (the standard faces and many subsets name no weight)."""
    faces = list(faces)
    named = [w for b, w in faces if b]
    plain = [w for b, w in faces if not b and w >= 600]
    return not (named and plain and min(named) <= max(plain))


def _boxes_in_place(runs: list[Line]) -> list[Line]:
    """Rows whose box glyphs were drawn apart from their captions, read in the order they are displayed.

    A box glyph that the caption's font lacks comes from a fallback font, and some printers draw all the
    row's boxes first (or last): the text then reads "☒ ☐ ☐ New ... Convert ... Micro-course", and pdfium's
    rectangles of that row overlap. Sorting the row's glyphs by their left edge puts each box back before
    its caption; a gap wider than a fifth of an em between glyphs is a space.
    """
    boxed = [r for r in runs if any(c in BOX_GLYPHS for c in r.text)]
    out = list(runs)
    for r in boxed:
        if not any(x is r for x in out):
            continue
        em = max(r.size, r.height * 0.7, 1.0)
        row = [o for o in out if o.same_row(r)]
        group = [r]
        while True:
            # runs that overlap the group (text drawn over other text), and the row's boxes beside it
            lo, hi = min(g.x0 for g in group), max(g.x1 for g in group)
            more = [o for o in row if not any(o is g for g in group) and (
                min(o.x1, hi) - max(o.x0, lo) > 0.5 * min(o.x1 - o.x0, hi - lo)
                or (o.x0 < hi + 2 * em and o.x1 > lo - em and any(c in BOX_GLYPHS for c in o.text)))]
            if not more:
                break
            group += more
        if len(group) < 2 or not any(min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)
                                     for a in group for b in group if a is not b):
            continue  # nothing drawn over other text: the row reads in order already
        placed = [g for o in group for g in o.glyphs]
        placed.sort(key=lambda g: (g[0] + g[1]) / 2)
        text = placed[0][2]
        for prev, cur in zip(placed, placed[1:]):
            text += (" " if cur[0] - prev[1] > 0.2 * em or cur[2] in BOX_GLYPHS else "") + cur[2]
        merged = replace(r, x0=min(o.x0 for o in group), y0=min(o.y0 for o in group), x1=max(o.x1 for o in group),
                         y1=max(o.y1 for o in group), text=as_colon(text.translate(LIGATURES)), glyphs=())
        out = [o for o in out if not any(o is g for g in group)] + [merged]
    out.sort(key=lambda r: (-round(r.y1), r.x0))
    return [replace(r, glyphs=()) for r in out]


def _glyphs_joined(runs: list[Line]) -> list[Line]:
    """A page drawn glyph by glyph (or word by word) as whole runs of text; other pages as they are.

    Some print drivers draw every character or word as its own text object, so pdfium gives one
    rectangle per glyph. On such a page most runs have a neighbour on their baseline a fraction of an
    em to the right; on a page of whole lines only a few runs (marks, cells side by side) have one.
    Neighbours closer than an em are joined, with a space where pdfium writes one (it judges word gaps by
    the glyphs' advances; tight glyph boxes of unevenly spaced letters would split words).
    """
    rows = rows_of(runs)
    close = sum(1 for row in rows for a, b in zip(row, row[1:]) if _adjoining(a, b))
    if len(runs) < FRAGMENTS_MIN or close < FRAGMENTED_SHARE * len(runs):
        return _pieces_of_words_joined(rows) if close else runs
    out: list[Line] = []
    for row in rows:
        merged: list[Line] = []
        glyphs: list[int] = []
        for r in row:
            n = len(r.text.replace(" ", ""))
            if merged and _adjoining(merged[-1], r):
                prev = merged[-1]
                space = prev.spaced
                total = glyphs[-1] + n
                merged[-1] = replace(prev, x0=min(prev.x0, r.x0), y0=min(prev.y0, r.y0), x1=max(prev.x1, r.x1),
                                     y1=max(prev.y1, r.y1), text=prev.text + (" " if space else "") + r.text,
                                     bold=prev.bold and r.bold, size=(prev.size * glyphs[-1] + r.size * n) / max(total, 1),
                                     pieced=True,
                                     spaced=r.spaced)
                glyphs[-1] = total
            else:
                merged.append(r)
                glyphs.append(n)
        out.extend(merged)
    out.sort(key=lambda r: (-round(r.y1), r.x0))
    return out


def _pieces_of_words_joined(rows: list[list[Line]]) -> list[Line]:
    """Runs that touch on one baseline with no space written between them joined as one word.

    pdfium starts a new rectangle where the font changes, so a ligature set from another font ("fi" in
    a Type 3 font) splits its word in three ("Con" "fi" "rmed"), which a row's reader would join with spaces.
    """
    out: list[Line] = []
    for row in rows:
        merged: list[Line] = []
        for r in row:
            prev = merged[-1] if merged else None
            if (prev is not None and not prev.spaced and _adjoining(prev, r)
                    and r.x0 - prev.x1 < WORD_GAP_EM * max(prev.size, r.size, 1.0)
                    and not any(c in BOX_GLYPHS or c in MARKS for c in (prev.text[-1], r.text[0]))
                    and _inside_word(prev.text, r.text)):
                merged[-1] = replace(prev, x1=max(prev.x1, r.x1), y0=min(prev.y0, r.y0), y1=max(prev.y1, r.y1),
                                     text=prev.text + r.text, bold=prev.bold and r.bold, spaced=r.spaced)
            else:
                merged.append(r)
        out.extend(merged)
    out.sort(key=lambda r: (-round(r.y1), r.x0))
    return out


_APOSTROPHES = "'\u2019"


def _inside_word(before: str, after: str) -> bool:
    """Whether two pieces meet inside a word: letter to letter, or at an apostrophe between letters ("Michener" "'"
    "s", an apostrophe drawn in a fallback font as a piece of its own)."""
    end, start = before[-1], after[0]
    if end.isalpha() and start.isalpha():
        return True
    if start in _APOSTROPHES:
        return end.isalpha() and (len(after) == 1 or after[1].isalpha())
    return end in _APOSTROPHES and start.isalpha() and (len(before) == 1 or before[-2].isalpha())


def _adjoining(a: Line, b: Line) -> bool:
    """``b`` follows ``a`` on its baseline within an em: the next glyph or word of the same text."""
    em = max(a.size, b.size, 1.0)
    # glyph boxes are tight (a hyphen's sits at mid height, a comma's below the line): baselines tell
    if a.base and b.base:
        level = abs(a.base - b.base) < 0.15 * em
    else:
        level = min(a.y1, b.y1) - max(a.y0, b.y0) >= 0.6 * min(a.y1 - a.y0, b.y1 - b.y0)
    return (level and -0.2 * em <= b.x0 - a.x1 < JOIN_GAP_EM * em
            and 0.7 <= (a.size or em) / (b.size or em) <= 1.4)


def page_objects(page: Any, raw: Any, max_depth: int) -> Iterator[tuple[Any, int, int]]:
    """(object, type, nesting level) of a pypdfium2 page's objects and of its form XObjects' down to
    ``max_depth`` levels, in the order and with the errors of ``PdfPage.get_objects``.

    get_objects builds a Python wrapper for every object it walks past, filtered or not, which cost
    three times the walk itself on pages drawn glyph by glyph; the raw handles serve our readers.
    """
    from pypdfium2 import PdfiumError

    def walk(count: Any, get: Any, parent: Any, level: int) -> Iterator[tuple[Any, int, int]]:
        n = count(parent)
        if n < 0:
            raise PdfiumError("Failed to get number of pageobjects.")
        for i in range(n):
            obj = get(parent, i)
            if not obj:
                raise PdfiumError("Failed to get pageobject.")
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_UNKNOWN:
                raise PdfiumError("Failed to determine pageobject type.")
            yield obj, kind, level
            if kind == raw.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
                yield from walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, level + 1)

    return walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, 0)


def object_bounds(obj: Any, raw: Any) -> tuple[float, float, float, float]:
    """Left, bottom, right, top of a page object (as ``PdfObject.get_bounds``, which raises when pdfium cannot)."""
    from pypdfium2 import PdfiumError

    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        raise PdfiumError("Failed to locate pageobject.")
    return left.value, bottom.value, right.value, top.value


class _CharCalls(NamedTuple):
    """The pdfium functions called once per character, taking and answering plain addresses.

    pypdfium2's bindings take and answer typed pointers: checking each argument's type and turning an
    answer into a number (ctypes.cast, to know the font) cost more than the C calls themselves. The
    same C functions bound once more with void pointers (the same ABI) take ints and answer ints.
    """

    unicode: Any      # FPDFText_GetUnicode(text_page, index) -> code point
    char_box: Any     # FPDFText_GetCharBox(text_page, index, &left, &right, &bottom, &top) -> ok
    font_size: Any    # FPDFText_GetFontSize(text_page, index) -> points
    text_object: Any  # FPDFText_GetTextObject(text_page, index) -> page object or None
    font: Any         # FPDFTextObj_GetFont(text_object) -> font or None
    fill: Any         # FPDFPageObj_GetFillColor(page_object, &r, &g, &b, &a) -> ok
    generated: Any    # FPDFText_IsGenerated(text_page, index) -> 1 when pdfium made the character up (a space)


_CHAR_CALLS: list[_CharCalls] = []


def _char_calls(raw: Any) -> _CharCalls:
    if not _CHAR_CALLS:
        void, index = ctypes.c_void_p, ctypes.c_int

        def bound(function: Any, restype: Any, *argtypes: Any) -> Any:
            address = ctypes.cast(function, void).value
            if not address:
                raise RuntimeError("pypdfium2 gives a pdfium function without an address")
            return ctypes.CFUNCTYPE(restype, *argtypes)(address)

        _CHAR_CALLS.append(_CharCalls(
            bound(raw.FPDFText_GetUnicode, ctypes.c_uint, void, index),
            bound(raw.FPDFText_GetCharBox, ctypes.c_int, void, index, void, void, void, void),
            bound(raw.FPDFText_GetFontSize, ctypes.c_double, void, index),
            bound(raw.FPDFText_GetTextObject, void, void, index),
            bound(raw.FPDFTextObj_GetFont, void, void),
            bound(raw.FPDFPageObj_GetFillColor, ctypes.c_int, void, void, void, void, void),
            bound(raw.FPDFText_IsGenerated, ctypes.c_int, void, index)))
    return _CHAR_CALLS[0]


def _merge_row(runs: list[Line]) -> list[Line]:
    """Join runs of one row whose gap is under one and a half line heights ("a." + item).

    Each run is joined to the run of its own row left of it, wherever the runs of other rows fall in
    the left-to-right order (a label broken in two, "Michener’" + "s Education Plan", among other labels).
    """
    out: list[Line] = []
    for row in rows_of(runs):
        merged: list[Line] = []
        for r in row:
            prev = merged[-1] if merged else None
            if prev is not None and r.x0 - prev.x1 < 1.5 * max(r.height, prev.height) \
                    and not prev.is_mark and not r.is_mark:
                merged[-1] = Line(prev.page, prev.x0, min(prev.y0, r.y0), max(prev.x1, r.x1), max(prev.y1, r.y1),
                                  prev.text + " " + r.text)
            else:
                merged.append(r)
        out.extend(merged)
    return out


def rows_of(runs: list[Line]) -> list[list[Line]]:
    """The runs grouped into rows (runs on one baseline band), top to bottom, each row left to right."""
    rows: list[list[Line]] = []
    for r in sorted(runs, key=lambda r: -r.cy):
        # (Line.same_row written out: this runs for every run against its row, on every page read)
        y0, y1 = r.y0, r.y1
        if rows and any(abs((y0 + y1) / 2 - (x.y0 + x.y1) / 2) < 0.5 * max(y1 - y0, 1.0, x.y1 - x.y0)
                        for x in rows[-1]):
            rows[-1].append(r)
        else:
            rows.append([r])
    return [sorted(row, key=lambda r: r.x0) for row in rows]


def answer_column(pages: list[list[Line]]) -> float | None:
    """The x where answers start on a two-column form, or None for running text.

    It is the most common left edge at least COLUMN_GAP right of the margin that
    starts a run on the same row as a label-column run on MIN_ROWS rows or more.
    """
    runs = [r for p in pages for r in p]
    if not runs:
        return None
    margin = min(r.x0 for r in runs)
    starts = Counter(round(r.x0 / 4) * 4 for r in runs if r.x0 > margin + COLUMN_GAP and not r.is_mark)
    for x, _n in starts.most_common(3):
        if _running_text([r for r in runs if r.x1 < x - 2], margin):
            continue
        paired = 0
        spanning = 0
        alone = 0
        mail = mail_print(pages)
        for p in pages:
            rows = rows_of(p)
            # (the header block's own rows are the mail's, not a grid's: a memo's To/From/Date/Re in two columns)
            level = [n for n, row in enumerate(rows) if _paired_row(row, x, margin)
                     and not (mail and _header_row(row))]
            paired += len(level)
            # short rows after the grid's last row, with text at the margin only and none in the answer column: questions
            # stacked over their answers (a form service's print under its two-column metadata block)
            after = rows[level[-1] + 1:] if level else rows if paired else []
            alone += sum(1 for row in after if row[0].x0 < margin + COLUMN_GAP
                         and all(r.x1 < x - 2 for r in row) and not _spans(row, x))
            # in a printed mail only the running text among the grid's rows argues against it: the header block and
            # greeting above a table of the writer's own labels, and the signature under it, are the mail around it
            inside = rows[level[0]:level[-1] + 1] if level and mail else rows
            spanning += sum(1 for row in inside if _spans(row, x))
        # a grid of labels and answers, not running text that happens to hold a few "Label:  value" rows
        if paired >= MIN_ROWS and paired >= spanning and paired >= STACKED_SHARE * alone:
            return float(x)
    return None


RUNNING_WORDS = 6    # words a line of running text has at least (a column of labels has a few long ones)
RUNNING_SHARE = 0.5  # ... and the share of a column's lines that run that long to the column's right edge


def _running_text(left: list[Line], margin: float) -> bool:
    """Whether the runs left of a candidate answer column are a column of running text, not labels: most of them are
    lines of several words filled out to the column's right edge (a two-column article, a brochure, a newsletter: its
    second column is no column of answers, whatever it holds level with the first)."""
    if len(left) < 4:
        return False
    edge = max(r.x1 for r in left)
    full = sum(1 for r in left if len(r.text.split()) >= RUNNING_WORDS and r.x1 >= edge - 0.15 * (edge - margin))
    return full >= 4 and full >= RUNNING_SHARE * len(left)


_MAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|Bcc|Subject|Date|Re|Attachments?)\s*:", re.I)


def _header_row(row: list[Line]) -> bool:
    """A row of a mail's or memo's header block ("From: ...", "Subject: ...")."""
    return bool(_MAIL_HEADER.match(row[0].text.strip()))


def _spans(row: list[Line], x: float) -> bool:
    """A row with a line running across the column edge at ``x`` (running text, not a label/answer pair)."""
    return any(r.x0 < x - 20 and r.x1 > x + 20 for r in row)


def mail_print(pages: list[list[Line]]) -> bool:
    """Whether the first page opens with a mail's or memo's header block: three or more of its first ten rows start
    with From:, Sent:, To:, Cc:, Subject:, Date:, Re: or Attachments: (a printed mail, whatever the program)."""
    rows = rows_of(pages[0])[:10] if pages and pages[0] else []
    return sum(1 for row in rows if _header_row(row)) >= 3


def _prose_around(rows: list[list[Line]], x: float, margin: float, first: bool) -> set[int]:
    """The rows of running text around a grid: a letter's or mail's lines above it (up to the last line across
    both columns before the grid's first label/answer row, on the page the grid starts, when none of them stands
    in a column right of the margin's) and below it (from the
    first line across both columns under the last answer-column line: the signature). Short lines among them
    (a "Thank you," or a phone number) are the prose's, not labels with no answer."""
    level = [n for n, row in enumerate(rows) if _paired_row(row, x, margin) and not _header_row(row)]
    if not level:
        return set()
    out: set[int] = set()
    if first:
        above = [n for n in range(level[0]) if _spans(rows[n], x)]
        # (a header block with an answer column of its own, its labels' values set right of the margin's column,
        # is a grid too: it stays read as pairs)
        if above and not any(r.x0 > margin + COLUMN_GAP for row in rows[:above[-1] + 1] for r in row if not _spans(row, x)):
            out.update(range(above[-1] + 1))
    last = max(n for n, row in enumerate(rows) if any(r.x0 >= x - 4 for r in row))
    below = [n for n in range(last + 1, len(rows)) if _spans(rows[n], x)]
    if below:
        out.update(range(last + 1, len(rows)))
    return out


def _paired_row(row: list[Line], x: float, margin: float) -> bool:
    """Whether a row holds a label-column run and a run starting at answer column ``x``."""
    left = [r for r in row if r.x1 < x - 2]
    # (a lone mark, the "*" after a required question's words, is no answer)
    right = [r for r in row if abs(r.x0 - x) <= 4 and any(c.isalnum() for c in r.text)]
    return bool(left and right and all(r.x0 < margin + COLUMN_GAP for r in left))


def _two_labels(above: str, line: str) -> bool:
    """Whether two lines of a label column are each a label, and joined are none, or only a looser name of one of
    two different fields ("Partner Contact (name, email)" over "Endorsement Status" reads, joined, a little like
    "Partner Endorsement Status": rows set as tight as a label's lines, in a scan's text layer, not one label)."""
    from .stacked import is_label  # (stacked reads Line from here)

    if not (is_label(above) and is_label(line)):
        return False
    if not is_label(f"{above} {line}"):
        return True
    first, second, joined = match_label(above), match_label(line), match_label(f"{above} {line}")
    return (first is not None and second is not None and joined is not None and first.key != second.key
            and not first.key.startswith("_") and not second.key.startswith("_")
            and joined.score < JOINED_LOOSE and min(first.score, second.score) >= WHOLE_LABEL
            and min(len(_LABEL_WORD.findall(above)), len(_LABEL_WORD.findall(line))) >= 2)


WHOLE_LABEL = 0.99  # a line's match with a field's name at which it is that name whole (see labels.match_label)
# joined, below the score of a label that holds one field's name whole with every other word that field's own
# ("Learner" over "outcomes" reads as "Learner outcomes", one label wrapped): only a loose name
JOINED_LOOSE = 0.96
# the words of a label line outside its brackets: a single word alone ("Learner", "Date") is as often the first or
# the last line of a wrapped label as a label of its own
_LABEL_WORD = re.compile(r"(?<![(\[\w])[^\W\d_]{2,}(?![^(]*\))(?![^\[]*\])")


@dataclass
class Pair:
    """A label of the left column and the answer lines of its band (marks already applied)."""

    label: str
    answer: list[str]
    page: int


# a line of lower-case letters with no ascender (and punctuation on the line): its box is lower than a line's
_NO_ASCENDER = re.compile(r"[acegmnopqrsuvwxyz.,;:'’\s-]+")


def _pitch_height(line: Line, above: Line) -> float:
    """The height a line's spacing under ``above`` is measured by: its own, or the line above's when its own box
    holds only letters with no ascender ("care.")."""
    return max(line.height, above.height) if _NO_ASCENDER.fullmatch(line.text) else line.height


def _boxed_option(run: Line) -> bool:
    return run.text[:1] in "☒☐" and len(run.text) > 2


def column_pairs(pages: list[list[Line]], x: float, rules: list[Rule] | None = None,
                 row_tops: list[Rule] | None = None) -> list[Pair | str]:
    """Labels and their answers on a two-column form; a str is a line that spans both columns.

    Where the page draws cell borders across the label column, a label runs on
    until the next border; otherwise a line at line spacing under it continues it.
    ``row_tops`` are the tops of numbered rows (see :mod:`item_numbers`): on a page that
    starts mid-row, what stands above its first numbered row ends the page before's row.
    """
    out: list[Pair | str] = []
    margin = min((r.x0 for p in pages for r in p), default=0.0)
    mail = mail_print(pages)
    for p in pages:
        page_no = p[0].page if p else -1
        borders = [r for r in rules or [] if r.page == page_no and r.x0 < x - 10]
        spanning: list[Line] = []
        rest: list[Line] = []
        rows = rows_of(p)
        prose = _prose_around(rows, x, margin, first=not any(isinstance(o, Pair) for o in out)) if mail else set()
        for n, row in enumerate(rows):
            # a row with a run across both columns is running text (a heading, a footer with its page number)
            # (... but not a row of option boxes, which is the answer of the label above it however wide it runs)
            if n in prose or _spans(row, x) and not all(_boxed_option(r) for r in row):
                spanning.append(Line(row[0].page, row[0].x0, min(r.y0 for r in row), row[-1].x1,
                                     max(r.y1 for r in row), " ".join(r.text for r in row)))
            else:
                rest.extend(row)
        # (a row of option captions with their boxes, under a label that has no answer beside it, is that label's
        # answer however far left it starts: "Request Type" over "☒ New micro-credential  ☐ Micro-course")
        label_runs = [r for r in rest if (r.x1 < x - 2 or (r.x0 < x - LABEL_SIDE and not r.is_mark))
                      and not _boxed_option(r)]
        answer_runs = [r for r in rest if r not in label_runs]
        # a glyph after a label in its cell (a drop-down's arrow, an icon) is neither a label nor an answer
        label_runs = [r for r in label_runs if not (r.is_mark and any(
            not o.is_mark and o.same_row(r) and o.x1 <= r.x0 + 1 for o in label_runs))]
        tops = [t.y for t in row_tops or [] if t.page == page_no]
        if tops and out and isinstance(out[-1], Pair):
            # above the page's first numbered row: the end of the row the page before broke off
            first = max(tops)
            carried = [r for r in label_runs if r.cy > first]
            if carried:
                out[-1].label += " " + " ".join(r.text for r in sorted(carried, key=lambda r: -r.y1))
                label_runs = [r for r in label_runs if not any(r is c for c in carried)]
        labels: list[Line] = []
        last: Line | None = None  # the last line merged into labels[-1]
        # every row ruled off across the label column: however far apart a generator sets a cell's lines, a label
        # runs on until the next border (where only some rows are ruled, lines further apart than a line are apart)
        label_left = min((r.x0 for r in label_runs), default=0.0)
        across = [b.y for b in borders if b.x0 <= label_left + 2 and b.x1 >= label_left + 10]
        lines_down = sorted(_merge_row(label_runs), key=lambda r: -r.y1)
        parted = sum(1 for a, b in zip(lines_down, lines_down[1:]) if any(b.y1 - 1 <= y <= a.y0 + 1 for y in across))
        reach = RULED_WRAP if len(lines_down) > 2 and parted >= RULED_SHARE * (len(lines_down) - 1) else 1.0
        words = [a for a in answer_runs if not a.is_mark]
        # where answers start: an answer line with no answer line right above it (a wrapped line has one)
        # (a line under another at line spacing wraps it only when that line was full: the first word of the
        # line under it would not fit after it. A short line over a longer one ends its own answer, in rows set
        # as tight as a paragraph's lines: "Sonography Quality Lead" over "Diagnostic Imaging, Willowbrook ...")
        # (a long document's page has hundreds of lines, and trying every pair of them cost seconds: only lines whose
        # middles are less than the tallest line's height apart can share a row, and only lines starting less than
        # that height above a line can be the line it wraps from)
        tallest = max((w.height for w in words), default=1.0)
        # how wide the answers' lines may run: as wide as the page's longer answer lines (the 90th percentile of
        # their widths, so that one line set wider does not move it). A line narrower than that by more than the
        # next line's first word was ended by the writer, not wrapped by the page, wherever its cell sets it (a
        # spreadsheet sets figures right in their cells: "15" over "80", each its own row's)
        # (measured from the answer column's left edge: option rows in the label column aside)
        in_column = [w for w in words if w.x0 >= x - LABEL_SIDE]
        column_start = min((w.x0 for w in in_column), default=x)
        column_width = _share_of(sorted(w.x1 - column_start for w in in_column), COLUMN_END_SHARE)
        by_middle = sorted(words, key=lambda w: w.cy)
        middles = [w.cy for w in by_middle]
        by_bottom = sorted(words, key=lambda w: w.y0)
        bottoms = [w.y0 for w in by_bottom]
        ends: dict[int, float] = {}

        def row_end(line: Line) -> float:
            end = ends.get(id(line))
            if end is None:
                reach = 0.5 * max(tallest, line.height)
                near = by_middle[bisect_left(middles, line.cy - reach):bisect_right(middles, line.cy + reach)]
                end = ends[id(line)] = max(w.x1 for w in near if w.same_row(line))
            return end

        # (a line of letters with no ascender, "care.", has a box far lower than the line it follows: the spacing is
        # measured by that line's height then)

        def above(a: Line) -> list[Line]:
            return by_bottom[bisect_left(bottoms, a.y1):bisect_left(bottoms, a.y1 + tallest)]

        answer_tops = [a for a in words if not any(
            o is not a and 0 <= o.y0 - a.y1 < _pitch_height(a, o) and abs(o.x0 - a.x0) < COLUMN_GAP
            and _full_before(column_start + row_end(o) - o.x0, a, column_start + max(row_end(a) - a.x0, column_width))
            for o in above(a))]

        def opens_answer(line: Line) -> bool:
            return any(a.same_row(line) for a in answer_tops)

        column = sorted(_merge_row(label_runs), key=lambda r: -r.y1)
        for i, r in enumerate(column):
            prev = labels[-1] if labels else None
            below = column[i + 1] if i + 1 < len(column) else None
            # a label wrapped over lines: the next line sits at line spacing right under it (a new label
            # starts a new cell or row, further down), or it is a bracketed hint under the label
            if borders:
                wrapped = prev is not None and prev.y0 - r.y1 < reach * r.height and not any(
                    b.x0 <= prev.x0 + 2 and b.x1 >= prev.x0 and r.y1 - 1 <= b.y <= prev.y0 + 1 for b in borders)
            else:
                # (a line that no answer starts beside may sit a little further: a label centred in its row)
                wrapped = prev is not None and (prev.y0 - r.y1 < 0.5 * r.height
                                                or (r.text.startswith("(") and prev.y0 - r.y1 < 1.2 * r.height)
                                                or (prev.y0 - r.y1 < r.height and not opens_answer(r)))
            # an answer starts level with its label's first line: a line level with an answer, under one
            # that has none beside it, starts the next label however closely the lines are set (a long label may
            # overflow its ruled cell into the next row)
            # (... unless, set at a wrapped line's spacing, it names no other field on its own and ends the label's
            # lines: the rest of a label whose answer a list or a paragraph's spacing pushed down to its last line,
            # "Competencies / Skills" over "Targeted [R1]"; a label's first line has its own wrapped lines under it)
            # (a hint in brackets under a label, "(list the skills learners will practise)", is no label: a list's
            # next item may stand level with it, and lines of it under a label's last line are no label's own)
            if wrapped and last is not None and opens_answer(r) and not opens_answer(last) and not _hint(r.text) \
                    and not (prev is not None and prev.y0 - r.y1 < 0.5 * r.height and _rest_of_label(prev.text, r.text)
                             and not (below is not None and r.y0 - below.y1 < below.height
                                      and abs(below.x0 - r.x0) < 6 and not _hint(below.text))):
                wrapped = False
            if prev is not None and prev.text.rstrip().endswith((":", "：")):
                wrapped = False  # a colon ends its label: the line under it is the next one, however close
            if wrapped and last is not None and opens_answer(last) and not opens_answer(r) and any(
                    a.x0 < x - LABEL_SIDE and -1 <= r.y0 - a.y1 < 1.5 * r.height for a in answer_tops):
                # a line with its answer under it, in the label column (a row of option boxes under "Request
                # Type"), under a label answered on its own row: the next label, not the rest of the one above
                wrapped = False
            if wrapped and last is not None and opens_answer(r) and opens_answer(last) and r.text[:1].isupper() \
                    and len(r.text.split()) <= LABEL_ROW_WORDS \
                    and prev is not None and prev.text.count("(") <= prev.text.count(")") \
                    and not _label_tail(prev.text, r.text):
                # (a hint in brackets, a bracket left open above or a lower-case word goes on with the label above)
                # each line level with the first line of an answer of its own: rows set tight, one label a row
                # (a wrapped label's next line stands beside its answer's wrapped line, or beside nothing)
                wrapped = False
            if wrapped and prev is not None and _two_labels(prev.text, r.text):
                # each line a whole label of its own, which together name no field ("Proposed Title" over "Name of
                # Proposer"): rows set as tight as a label's lines (a scan's text layer, a compact print), not one
                # label wrapped ("Proposed Start" over "Date" reads as one label whole)
                wrapped = False
            # (a label column set flush left, or flush right: its wrapped lines share the other edge)
            if prev is not None and wrapped and (abs(r.x0 - prev.x0) < 6 or abs(r.x1 - prev.x1) < RIGHT_FLUSH):
                labels[-1] = Line(prev.page, prev.x0, r.y0, max(prev.x1, r.x1), prev.y1, prev.text + " " + r.text)
            else:
                labels.append(r)
            last = r
        bands: list[tuple[Line, list[Line]]] = [(lab, []) for lab in labels]
        cells = [_cell(lab, borders) for lab in labels]
        centred = _centred_owners(labels, answer_runs)
        orphans: list[Line] = []
        # above the ruled row of the page's first label, an answer stands in a row of its own with no label: the row
        # that the page before broke off (a table that goes on over a page break), never a later label's
        first_cell = cells[max(range(len(labels)), key=lambda n: labels[n].y1)] if labels else None
        for a in answer_runs:
            if first_cell is not None and out and isinstance(out[-1], Pair) and a.y0 >= first_cell[1] - 1:
                orphans.append(a)
                continue
            # the label in the same ruled row (a table cell may centre its label on a long answer); else
            # the label centred beside the answer's paragraph; else the lowest label whose top is not below
            # the answer's top
            inside = [n for n, c in enumerate(cells) if c is not None and c[0] < a.cy < c[1]]
            owner = inside[0] if len(inside) == 1 else None
            for n, (lab, _) in enumerate(bands):
                if len(inside) != 1 and lab.y1 >= a.y1 - 0.6 * a.height:
                    owner = n
            if len(inside) != 1 and id(a) in centred:
                owner = centred[id(a)]
            if owner is None:
                orphans.append(a)
            else:
                bands[owner][1].append(a)
        if orphans and out and isinstance(out[-1], Pair):
            out[-1].answer.extend(_answer_lines(orphans))  # an answer running on from the page before
        elif orphans:
            out.extend(_answer_lines(orphans))
        if out and isinstance(out[-1], Pair) and bands and _row_goes_on(out[-1], *bands[0]):
            # the page's first row is the rest of the last row of the page before, broken by the page break
            # ("Alignment with Michener's" / "Responds to a public health priority" at the foot of one page,
            # "Education Plan" / "and to the Plan's commitment to" at the head of the next)
            lab, answers = bands.pop(0)
            out[-1].label += " " + lab.text
            out[-1].answer.extend(_answer_lines(answers))
        items: list[tuple[float, Pair | str]] = [(s.y1, s.text) for s in spanning]
        for lab, answers in bands:
            items.append((lab.y1, Pair(lab.text, _answer_lines(answers), p[0].page if p else 0)))
        items.sort(key=lambda t: -t[0])
        out.extend(item for _, item in items)
    return out


COLUMN_END_SHARE = 0.9


def _share_of(values: list[float], share: float) -> float:
    """The value ``share`` of the way up sorted ``values`` (0.0 for none)."""
    return values[int(share * (len(values) - 1))] if values else 0.0


# words a line cut in mid-sentence ends with, or the line after it opens with (and never an answer of its own)
_GOES_ON_WORDS = frozenset("a an the of for and or nor to in on with by at as from into than that which who but "
                           "de des du la le les et ou à au aux pour par en sur avec dans".split())


def _row_goes_on(last: Pair, label: Line, answers: list[Line]) -> bool:
    """Whether a page's first label and its answer go on with ``last``, the page before's last pair, as a row
    broken by the page break does: the answer level with the label opens in lower case after an answer line that
    ends no sentence, and one of the two lines is cut in mid-sentence (it ends with, or the next opens with, a
    little word that joins: "... a public health priority" / "and to the Plan's ..."). A row of its own may open
    in lower case too ("automne 2027")."""
    first = max(answers, key=lambda a: a.y1, default=None)
    before = last.answer[-1].rstrip() if last.answer else ""
    if first is None or not first.same_row(label) or not first.text[:1].islower() or not before \
            or before.endswith((".", "!", "?", ":", ";")):
        return False
    opens, ends = first.text.split()[0].lower(), before.split()[-1].lower()
    # (or the label is cut so: "Alignment with" over the foot of the page, "Michener's Education Plan" at the head
    # of the next, a table's repeated header row between them)
    cut = last.label.split()[-1].lower() if last.label.split() else ""
    return opens in _GOES_ON_WORDS or ends in _GOES_ON_WORDS or cut in _GOES_ON_WORDS


LABEL_ROW_WORDS = 6  # words of a label row of its own (a longer line under a short one is a paragraph's, or more label)


def _full_before(above_end: float, line: Line, line_end: float) -> bool:
    """Whether a row ending at ``above_end`` may have wrapped onto ``line`` (whose row ends at ``line_end``): unless
    that line reaches further than the row above with the line's first word added, the word might not have fit."""
    text = line.text.strip()
    first = text.split()[0] if text else ""
    if not first or not first[0].isalnum() or len(text) < 2 or re.fullmatch(r"(?:\d{1,3}|[A-Za-z])[.)]", first):
        return True  # a bullet, an item's number or a glyph: whether it wraps, its width does not tell
    word = (line.x1 - line.x0) * (len(first) + 1) / len(text)
    return above_end + word >= line_end - 0.5 * line.height


def _hint(line: str) -> bool:
    """Whether a line of the label column is a hint in brackets ("(name and email)", "(3–6 outcomes; ...")."""
    return line.lstrip().startswith("(")


def _label_tail(label: str, line: str) -> bool:
    """Whether ``line``, set right under ``label``, reads only as the end of it: alone it names the field the label
    names surely, and not surely enough to be a label of its own ("Competencies / Skills" over "Targeted [R1]")."""
    m = match_label(line)
    if m is None or m.score >= LABEL_ON_ITS_OWN or m.key.startswith("_"):
        return False
    first = match_label(label)
    return first is not None and first.key == m.key and first.score >= LABEL_ON_ITS_OWN


def _rest_of_label(label: str, line: str) -> bool:
    """Whether ``line``, set right under ``label``, may be the rest of it: it names no field on its own, or the
    field the label names."""
    m = match_label(line)
    if m is None or m.score < LABEL_ON_ITS_OWN or m.key.startswith("_"):
        return True
    first = match_label(label)
    return first is not None and first.key == m.key


PARAGRAPH_GAP = 2.0  # times the gap between a wrapped answer's lines: a wider one is the next row's padding
WRAP_GAP = 0.6  # of a line's height: the most a wrapped answer leaves between its lines


def _centred_owners(labels: list[Line], answers: list[Line]) -> dict[int, int]:
    """Answer runs (by id) whose label stands centred beside their paragraph, as a table cell centres a label on
    a long answer: the answer lines top to bottom, split where the gap between lines is wider than the usual
    one (a row's padding); a paragraph with exactly one label centred beside it is that label's."""
    words = sorted((a for a in answers if not a.is_mark), key=lambda a: -a.y1)
    rows: list[list[Line]] = []
    for a in words:
        if rows and rows[-1][-1].same_row(a):
            rows[-1].append(a)
        else:
            rows.append([a])
    gaps = [min(r.y0 for r in up) - max(r.y1 for r in down) for up, down in zip(rows, rows[1:])]
    usual = sorted(g for g in gaps if g >= 0)
    if len(usual) < 3:
        return {}
    # (most gaps on a form are between rows; those inside a wrapped answer are the least, and seen twice or more)
    inner = next((g for n, g in enumerate(usual) if n + 1 < len(usual) and usual[n + 1] - g < 0.3), None)
    if inner is None or inner > WRAP_GAP * words[0].height:
        return {}  # no answer wraps at line spacing: every row stands apart, and nothing is centred on one
    wide = max(PARAGRAPH_GAP * inner, 0.25 * words[0].height)
    paragraphs: list[list[list[Line]]] = [[rows[0]]] if rows else []
    for gap, row in zip(gaps, rows[1:]):
        if gap >= wide:
            paragraphs.append([row])
        else:
            paragraphs[-1].append(row)
    owners: dict[int, int] = {}
    for para in paragraphs:
        top, bottom = max(r.y1 for r in para[0]), min(r.y0 for r in para[-1])
        # (centred: its middle within a line of the paragraph's; a label level with the paragraph's last lines
        # is the next row's, top-aligned beside an answer that follows the one above at line spacing)
        level = [n for n, lab in enumerate(labels) if abs(lab.cy - (top + bottom) / 2) <= para[0][0].height]
        # (rows set tight, each level with a label of its own, are one answer a row: no label is centred on them)
        beside = sum(1 for row in para if any(lab.same_row(row[0]) for lab in labels))
        if len(para) >= 2 and len(level) == 1 and beside < 2:
            for row in para:
                owners.update((id(r), level[0]) for r in row)
    # marks (ticked boxes) keep the row rule: their captions' label is found the usual way
    return owners


def _cell(label: Line, borders: list[Rule]) -> tuple[float, float] | None:
    """The bottom and top edges of the ruled row a label stands in, from the borders drawn across it; None
    when no border is drawn both above and below it."""
    across = [b.y for b in borders if b.x0 <= label.x0 + 2 and b.x1 >= label.x1 - 2]
    above = [y for y in across if y >= label.y1 - 1]
    below = [y for y in across if y <= label.y0 + 1]
    return (max(below), min(above)) if above and below else None


def _answer_lines(runs: list[Line]) -> list[str]:
    """Answer runs as lines; where marks are drawn, options become ☒/☐ captions."""
    marks = [r for r in runs if r.is_mark]
    words = _merge_row([r for r in runs if not r.is_mark])
    rows = rows_of(words)
    if not marks:
        return [" ".join(r.text for r in row) for row in rows]
    if len(marks) >= 2 and all(m.text.strip() in BULLETS for m in marks) and all(
            any(m.same_row(row[0]) and m.x1 <= row[0].x0 + 1 for row in rows) for m in marks):
        # a bullet before each item of a list, not a choice ticked: the items as a list
        return [("• " if any(m.same_row(row[0]) for m in marks) else "") + " ".join(r.text for r in row) for row in rows]
    chosen: set[int] = set()
    for m in marks:
        # a mark is drawn in the box just before its caption, on the same row
        best = None
        for i, w in enumerate(words):
            if w.same_row(m) and w.x0 >= m.x1 - 1 and (best is None or w.x0 < words[best].x0):
                best = i
        if best is not None:
            chosen.add(best)
    out = []
    for row in rows:
        for w in row:
            out.append(("☒ " if words.index(w) in chosen else "☐ ") + w.text)
    return out


def label_left_or_above(lines: list[Line], x0: float, y0: float, x1: float, y1: float) -> str:
    """The text printed left of a widget on its row (nearest first), else just above it."""
    h = y1 - y0
    left = [r for r in lines if r.x1 <= x0 + 2 and (abs(r.cy - (y0 + y1) / 2) < max(h, r.height) / 2
                                                     or (h > 2 * r.height and y1 + 2 >= r.y1 >= y1 - 2 * r.height))]
    if not left:
        # a label longer than the room its form left for it (a bilingual label, "Programme existant / Existing
        # Program Name") runs on under the widget its author set at the answer column: it starts left of the
        # widget on the widget's row (the row above it is another field's)
        left = label_under(lines, x0, y0, x1, y1)
    if left:
        near = max(left, key=lambda r: r.x1)
        # a label wrapped over lines right above its first line, in the same column
        parts = [near]
        for r in sorted(lines, key=lambda r: r.y0):
            if abs(r.x0 - near.x0) < 3 and 0 <= r.y0 - parts[-1].y1 < 0.6 * r.height and r is not near:
                parts.append(r)
        text = " ".join(r.text for r in reversed(parts))
        # ... and the lines it wraps onto under it, as many as follow at line spacing (a tall widget's label
        # set over three lines: "Alignment with" / "Michener's" / "Education Plan")
        last = near
        for k in range(MAX_LABEL_LINES):
            # (the first line under it may sit below a one-line widget; the next ones still beside the widget)
            below = [r for r in lines if abs(r.x0 - near.x0) < 3 and 0 <= last.y0 - r.y1 < 0.6 * r.height
                     and r.x1 <= x0 + 2 and (k == 0 or r.y1 >= y0)
                     and not any(r.same_row(o) for o in lines if o.x0 > x0)]
            if not below:
                break
            last = max(below, key=lambda r: r.y1)
            text += " " + last.text
        return text
    above = [r for r in lines if 0 <= r.y0 - y1 < 3 * r.height and r.x0 < x1 and r.x1 > x0]
    if above:
        return min(above, key=lambda r: r.y0 - y1).text
    return ""


def label_under(lines: list[Line], x0: float, y0: float, x1: float, y1: float) -> list[Line]:
    """The runs that start left of a widget on its row and run on under it (see :func:`label_left_or_above`)."""
    cy = (y0 + y1) / 2
    return [r for r in lines if r.x0 < x0 - 2 < x0 + 2 < r.x1 and abs(r.cy - cy) < max(y1 - y0, r.height) / 2]


def caption_beside(lines: list[Line], x0: float, y0: float, x1: float, y1: float) -> str:
    """The caption of a tick box or radio button: the text just right of it, or just left of it where that is
    nearer ("Online ☐  In person ☐": the next option's caption stands right of each box, further away)."""
    cy = (y0 + y1) / 2
    level = [r for r in lines if abs(r.cy - cy) < max(y1 - y0, r.height) / 2 + 1]
    right = [r for r in level if r.x0 >= x1 - 2 and r.x0 - x1 < 60]
    left = [r for r in level if r.x1 <= x0 + 2 and x0 - r.x1 < 60]
    after = min(right, key=lambda r: r.x0) if right else None
    before = max(left, key=lambda r: r.x1) if left else None
    if before is not None and (after is None or x0 - before.x1 < after.x0 - x1):
        return before.text
    return after.text if after is not None else ""


HALF_SHARE = 0.25     # of a sheet's runs each half of a two-up sheet holds at least
GUTTER = 12.0         # points of white space, top to bottom, between the two pages of a two-up sheet
COLUMN_LABELS = 3      # "Label:" lines at its margin each column of a sheet set in two columns holds at least
SHEET_BANNER_ROWS = 1  # rows at the top and at the foot of a sheet where a banner across both its pages may stand
IMPOSITION_TOL = 0.02  # of the sheet's width, how far the right page's margin may be from half a sheet on


def _gutter(page: list[Line]) -> float | None:
    """Where a sheet with two pages printed side by side (two-up, a booklet spread) divides; None for a page.

    What shows it: a strip of white space near the middle of the text that no run crosses, each side
    holding a good share of the text, many of its lines starting at its own left margin, and the right
    side's margin half the sheet's width right of the left side's: the same page printed twice over.
    (A landscape form with its answers in a column right of its labels has a white strip and a margin
    on each side too, but its answer column starts wherever the labels' width puts it.)
    A banner the printer sets across the top or the foot of the whole sheet (a file name, a date, the sheet's
    number, as a two-up text print has) may cross the strip: the sheet is looked at without it too.
    """
    return _gutter_and_banner(page)[0]


def _gutter_and_banner(page: list[Line]) -> tuple[float | None, set[int]]:
    """:func:`_gutter`, and the ids of the runs of the banner across the sheet that had to be set aside to see it."""
    runs = [r for r in page if r.text.strip()]
    if len(runs) < 8 or not runs[0].sheet:
        return None, set()
    cut = _strip(runs)
    if cut is None:
        rows = rows_of(runs)
        if len(rows) > 2 * SHEET_BANNER_ROWS + 8:
            edges = rows[:SHEET_BANNER_ROWS] + rows[-SHEET_BANNER_ROWS:]
            cut = _strip([r for r in runs if not any(r is e for row in edges for e in row)])
            if cut is not None:
                # (an edge row that does not cross the strip is the columns' own first or last line)
                return cut, {id(r) for row in edges if any(e.x0 < cut < e.x1 for e in row) for r in row}
    return cut, set()


def _strip(runs: list[Line]) -> float | None:
    """The x of the white strip that divides ``runs`` into two pages of a sheet (see :func:`_gutter`), or None."""
    left, right = min(r.x0 for r in runs), max(r.x1 for r in runs)
    middle, reach = (left + right) / 2, (right - left) * 0.15
    # the strips of white space between the runs' x-ranges near the middle, the nearest first
    gaps = []
    edge = left
    for r in sorted(runs, key=lambda r: r.x0):
        if r.x0 - edge >= GUTTER and edge < middle + reach and r.x0 > middle - reach:
            gaps.append((edge + r.x0) / 2)
        edge = max(edge, r.x1)
    for cut in sorted(gaps, key=lambda x: abs(x - middle)):
        halves = ([r for r in runs if r.x1 <= cut], [r for r in runs if r.x0 >= cut])
        if min(len(h) for h in halves) < HALF_SHARE * len(runs):
            continue
        margins = [min(r.x0 for r in h) for h in halves]
        if any(sum(1 for r in h if r.x0 - m <= 3) < HALF_SHARE * len(h) for h, m in zip(halves, margins)):
            continue
        if abs(margins[1] - margins[0] - runs[0].sheet / 2) <= IMPOSITION_TOL * runs[0].sheet:
            return cut
        if all(_colon_labels(h, m) >= COLUMN_LABELS for h, m in zip(halves, margins)):
            return cut  # newspaper columns of "Label: answer" lines (a text printed two columns to the sheet)
    return None


def _colon_labels(runs: list[Line], margin: float) -> int:
    """How many runs at ``margin`` open with a field's label and a colon ("Phone: 416-555-0100")."""
    from .labels import names_field  # (labels does not read page geometry; imported where it is used)

    count = 0
    for r in runs:
        head, colon, _rest = r.text.partition(":")
        if r.x0 - margin <= 3 and colon and 0 < len(head.split()) <= 6 and names_field(head.strip(), 0.9):
            count += 1
    return count


def page_halves(page: list[Line]) -> list[list[Line]]:
    """A two-up sheet (see :func:`_gutter`) as its two pages, left first; any other page whole."""
    cut, banner = _gutter_and_banner(page)
    if cut is None:
        return [page]
    return [[r for r in page if r.x1 <= cut and id(r) not in banner], [r for r in page if r.x0 >= cut and id(r) not in banner]]


def label_columns(page: list[Line]) -> list[list[Line]] | None:
    """A page set in two columns of "Label: answer" lines (see :func:`_gutter`) as its two columns, left first;
    None for any other page. The text layer of such a page may read straight across both columns."""
    cut, _banner = _gutter_and_banner(page)
    if cut is None:
        return None
    halves = page_halves(page)
    if len(halves) != 2 or not all(h and _colon_labels(h, min(r.x0 for r in h)) >= COLUMN_LABELS for h in halves):
        return None
    return halves


def sheets_as_pages(pages: list[list[Line]], rules: list[Rule] | None = None) -> tuple[list[list[Line]], list[Rule]]:
    """The pages with every two-up sheet split into its two pages, numbered in reading order.

    The right-hand page is moved onto the left-hand one's margin, so that a column or an indent found on
    one page is at the same x on the other; its drawn edges move with it.
    """
    out: list[list[Line]] = []
    moved: list[Rule] = []
    for n, page in enumerate(pages):
        cut, _banner = _gutter_and_banner(page)
        own = [r for r in rules or [] if r.page == n]
        if cut is None:
            out.append([replace(r, page=len(out)) for r in page])
            moved.extend(replace(r, page=len(out) - 1) for r in own)
            continue
        halves = page_halves(page)
        shift = min(r.x0 for r in halves[0]) - min(r.x0 for r in halves[1])
        for k, half in enumerate(halves):
            dx = shift if k else 0.0
            out.append([replace(r, page=len(out), x0=r.x0 + dx, x1=r.x1 + dx) for r in half])
            inside = [e for e in own if (e.x0 >= cut) == bool(k)]
            moved.extend(replace(e, page=len(out) - 1, x0=e.x0 + dx, x1=e.x1 + dx) for e in inside)
    return out, moved


def _page_number(row: list[Line], page: list[Line]) -> bool:
    """Whether a row is a page number printed at the top or the foot of its page ("2", "Page 2 of 3", "- 2 -"),
    set apart from the text by more than a blank line (a figure answering the last question sits closer)."""
    text = " ".join(r.text for r in row).strip()
    if not re.fullmatch(r"(?i)(?:page\s*)?-?\s*\d{1,3}\s*-?(?:\s*(?:/|of)\s*\d{1,3})?", text):
        return False
    top, bottom = max(r.y1 for r in row), min(r.y0 for r in row)
    height = max(r.height for r in row)
    others = [r for r in page if not any(r is x for x in row)]
    if not others:
        return False
    if top >= max(r.y1 for r in page) - 1:
        return bottom - max(r.y1 for r in others) >= 2 * height
    if bottom <= min(r.y0 for r in page) + 1:
        return min(r.y0 for r in others) - top >= 2 * height
    return False


def numbered_footer(row: list[Line], page: list[Line], page_no: int) -> bool:
    """Whether a row is a one-page document's running footer: the lowest row of its page, set apart from the text
    by more than a blank line, words that end on the page's own number ("Briefing note – for CE intake 1")."""
    text = " ".join(r.text for r in row).strip()
    m = re.fullmatch(r"(.*[^\W\d_].*?)\s+(?:page\s+|p\.\s*)?(\d{1,3})", text, re.I)
    if m is None or int(m.group(2)) != page_no or ":" in m.group(1):
        return False  # (a "Label: 1" row is an answer, however low it stands)
    others = [r for r in page if not any(r is x for x in row)]
    if not others:
        return False
    bottom, height = min(r.y0 for r in row), max(r.height for r in row)
    return max(r.y1 for r in row) <= min(r.y0 for r in others) and min(r.y0 for r in others) - max(r.y1 for r in row) \
        >= 2 * height and bottom <= min(r.y0 for r in page) + 1


def footer_texts(pages: list[list[Line]]) -> dict[int, str]:
    """The numbered running footer of each page that has one (see :func:`numbered_footer`), by page index."""
    out: dict[int, str] = {}
    if len(pages) != 1:
        return out  # (the footers of longer documents repeat from page to page: see without_furniture)
    for n, page in enumerate(pages):
        rows = rows_of(page) if page else []
        if rows and numbered_footer(rows[-1], page, n + 1):
            out[n] = " ".join(r.text for r in rows[-1]).strip()
    return out


STAMP_CHARS = 6   # characters of a running row without letters (a date) before it may repeat as furniture
RUNNING_ROWS = 2  # rows at the top and at the foot of a page where a running header or footer may stand


def without_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without their page numbers and running headers and footers.

    A running line is a row among the first or last RUNNING_ROWS of a page whose words (its figures
    aside: "page 1", "page 2") stand at the top or foot of another page too. Read where it stands, it
    would split an answer that runs on over a page break.
    """
    def key(row: list[Line]) -> str:
        return re.sub(r"\d+", "#", " ".join(r.text for r in row).strip().lower())

    def stamp(row: list[Line]) -> str:
        # a row without letters repeats exactly (a print's date or time stamp), not with other figures
        text = " ".join(r.text for r in row).strip()
        return text if len(text.replace(" ", "")) >= STAMP_CHARS and not text.isdigit() else ""

    edges = []
    for page in pages:
        rows = rows_of(page)
        edges.append(rows[:RUNNING_ROWS] + rows[-RUNNING_ROWS:] if len(rows) > 2 * RUNNING_ROWS else rows)
    seen = Counter(k for rows in edges for k in {key(row) if re.search(r"[^\W\d_]", key(row)) else stamp(row)
                                                for row in rows} if k)
    out = []
    for n, (page, rows) in enumerate(zip(pages, edges)):
        drop = {id(r) for row in rows if seen[key(row)] >= 2 or seen[stamp(row)] >= 2 or _page_number(row, page)
                or len(pages) == 1 and row is rows[-1] and numbered_footer(row, page, n + 1) for r in row}
        out.append([r for r in page if id(r) not in drop])
    return out


_MARKER_ONLY = re.compile(r"^\s*[•▪▸‣◦●■►➢\uf0b7\u2022-]\s*$")
MARKER_GAP = 2.0  # line heights between a list marker and its item's text on their row


def markers_in_place(lines: list[str], runs: list[Line]) -> list[str]:
    """A page's stream lines with each list marker drawn apart from its item put back before the item.

    pdflatex (and other tools) draw an itemize list's bullets after the page's text: the content stream reads
    the items, then the page's other text, then a run of lone bullets, which a reader would take for empty list
    items under whatever came last. The page's geometry tells where each bullet stands: on its item's row, just
    left of it. A lone marker line already right before its item's line stays as it is."""
    items = []
    for row in rows_of(runs):
        for left, right in zip(row, row[1:]):
            if _MARKER_ONLY.match(left.text) and not _MARKER_ONLY.match(right.text) \
                    and 0 <= right.x0 - left.x1 < MARKER_GAP * max(left.height, right.height):
                items.append((left.text.strip(), clean_start(right.text)))
    if not items:
        return lines
    out = list(lines)
    for marker, start in items:
        at = next((n for n, ln in enumerate(out) if clean_start(ln) == start), None)
        if at is None or (at > 0 and _MARKER_ONLY.match(out[at - 1])):
            continue  # not found, or its marker stands right before it already
        stray = next((n for n in range(len(out) - 1, at, -1) if _MARKER_ONLY.match(out[n])), None)
        if stray is None:
            continue
        del out[stray]
        out[at] = marker + " " + out[at].lstrip()
    return out


def clean_start(text: str) -> str:
    """The first words of a line, for finding a run's line in the stream (spaces and case aside)."""
    return " ".join(text.split())[:24].lower()


LINE_NUMBERS_MIN = 5  # numbers in a row down the margin before they are a word processor's line numbering
_BARE_NUMBER = re.compile(r"\d{1,4}")


def line_numbers(runs: list[Line]) -> list[Line]:
    """The runs of a page that number its lines in the margin (Word's or Writer's line numbering, printed): bare
    numbers, each left of all the page's other text, going up by one from top to bottom, at least
    :data:`LINE_NUMBERS_MIN` of them; [] when the page has none. Read as text they come out as a block of numbers
    that runs onto the answer above them."""
    numbers = [r for r in runs if _BARE_NUMBER.fullmatch(r.text.strip())]
    if len(numbers) < LINE_NUMBERS_MIN:
        return []
    others = [r for r in runs if not _BARE_NUMBER.fullmatch(r.text.strip())]
    if not others:
        return []
    margin = min(r.x0 for r in others)
    left = sorted((r for r in numbers if r.x1 <= margin), key=lambda r: -r.y1)
    values = [int(r.text) for r in left]
    if len(left) < LINE_NUMBERS_MIN or any(b != a + 1 for a, b in zip(values, values[1:])):
        return []
    return left


def without_line_numbers(lines: list[str], numbers: list[Line]) -> list[str]:
    """A page's stream lines without its line numbers (see :func:`line_numbers`), where the text layer reads them
    as one run of lines in their order; unchanged when it does not (a lone figure is an answer's)."""
    want = [r.text.strip() for r in numbers]
    if not want:
        return lines
    texts = [ln.strip() for ln in lines]
    for at in range(len(texts) - len(want) + 1):
        if texts[at:at + len(want)] == want:
            return lines[:at] + lines[at + len(want):]
    return lines
