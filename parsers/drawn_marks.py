"""Tick marks that exist only as drawing: a chosen box's cross, dot or fill with no character behind it.

A fillable form flattened by a viewer keeps each widget's appearance as drawing on the page: the
ticked box's cross is a path, or a glyph of a symbol font with no Unicode, and the text layer has
nothing there. Where such a mark stands just before (or after) an option caption on its row, it is
returned as a one-glyph :class:`Line` ("✕"), so the readers that place text marks by geometry
(:func:`pdf_layout.column_pairs`, :mod:`marks`) read it as they read a ticked box glyph.

What counts as a mark is told by shape, not by place: a dark filled shape of a box's size (a dot, a
square, a tick drawn filled; a white fill is a box's blank background), an open stroke with a diagonal (a
cross or a tick), or a glyph of any kind inside a small drawn box. An empty box outline, square or round,
closes on itself and is not a mark. Bullets
drawn before every option of a list are not marks either: a mark sets one option apart from the others.
"""
from __future__ import annotations

import ctypes
from typing import Any, Callable

from .fields import CHOICE_KEYS
from .marks import MAX_GAP_EM
from .normalise import choice_code
from .pdf_layout import Line, object_bounds, page_objects

MARK_MIN, MARK_MAX = 3.0, 24.0  # points: the side of a check box or radio button as forms draw them
DOT_MIN = 1.5  # points: the least side of a chosen radio button's dot drawn inside its circle
_GLYPH = "✕"
_Box = tuple[float, float, float, float]


def _option_keys(text: str) -> set[str]:
    return {k for k in CHOICE_KEYS if choice_code(k, text)}


def _light(raw: Any, obj: Any) -> bool:
    """Whether the object's fill is white or near it (a box's background), or unknown."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    return a.value < 40 or min(r.value, g.value, b.value) > 200


def _inked(raw: Any, obj: Any, kind: int) -> bool:
    """Whether a path or text object inside a small box draws a mark rather than the box itself."""
    if kind == raw.FPDF_PAGEOBJ_TEXT:
        return True  # a glyph in a drawn box: mapped or not, the box is not empty
    if kind != raw.FPDF_PAGEOBJ_PATH:
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, fill, stroke):
        return False
    segments = raw.FPDFPath_CountSegments(obj)
    points = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(min(max(segments, 0), 64)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if seg and raw.FPDFPathSegment_GetPoint(seg, x, y):
            points.append((x.value, y.value))
    if len(points) < 2:
        return False
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    # a plain rectangle has only horizontal and vertical edges; a cross or a tick does not
    diagonal = any(abs(b[0] - a[0]) > 0.2 * width and abs(b[1] - a[1]) > 0.2 * height
                   for a, b in zip(points, points[1:]))
    if fill.value:
        return not _light(raw, obj)  # a dark fill the size of a box: a dot, a square, a filled tick
    # an outline (a round or square box) closes on itself; a cross or a tick is drawn open
    last = raw.FPDFPath_GetPathSegment(obj, segments - 1)
    closed = bool(last and raw.FPDFPathSegment_GetClose(last)) or (
        abs(points[0][0] - points[-1][0]) < 0.5 and abs(points[0][1] - points[-1][1]) < 0.5)
    return bool(stroke.value) and diagonal and not closed


def _dot(box: _Box) -> bool:
    """Whether a shape is of a radio button's dot's size, too small to be a box itself."""
    w, h = box[2] - box[0], box[3] - box[1]
    return DOT_MIN <= min(w, h) and max(w, h) < MARK_MIN and max(w, h) <= 2 * min(w, h)


def _small(box: _Box) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return MARK_MIN <= w <= MARK_MAX and MARK_MIN <= h <= MARK_MAX and max(w, h) <= 2.5 * min(w, h)


def _inside(inner: _Box, outer: _Box) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] < cx < outer[2] and outer[1] < cy < outer[3] and inner[2] - inner[0] < outer[2] - outer[0]


def _one_glyph(raw: Any, obj: Any, textpage: Any) -> bool:
    """Whether a text object draws one character (a tick, not a word typed in a small box: "Yes")."""
    buf = (ctypes.c_ushort * 8)()
    n = raw.FPDFTextObj_GetText(obj, textpage, buf, ctypes.sizeof(buf))  # bytes of UTF-16 with the closing zero
    if not 0 < n <= ctypes.sizeof(buf):
        return False  # (more than the buffer holds: a word)
    # (pdfium may end an object's text with a space of its own)
    return len("".join(chr(c) for c in buf[:n // 2 - 1]).strip()) == 1


def drawn_boxes(page: Any, raw: Any, turn: Callable[[float, float, float, float], _Box],
                textpage: Any = None) -> list[_Box]:
    """Page-space boxes of the marks drawn on one page (see module doc), turned by ``turn``; with ``textpage`` (the
    page's pdfium text page), a box whose tick is a glyph drawn on the page itself is one of them too."""
    out: list[_Box] = []
    frames: list[_Box] = []  # every drawn thing of a box's size: a radio button's dot may be smaller than one
    dots: list[_Box] = []
    outlines: list[_Box] = []  # paths of a box's size that draw no mark: empty boxes, or boxes a glyph marks
    glyphs: list[_Box] = []    # text of a glyph's size drawn on the page itself
    for obj, kind, level in page_objects(page, raw, max_depth=1):
        box = object_bounds(obj, raw)
        if level != 0:
            continue
        if kind == raw.FPDF_PAGEOBJ_TEXT and textpage is not None and box[2] - box[0] <= MARK_MAX \
                and box[3] - box[1] <= MARK_MAX and _one_glyph(raw, obj, textpage):
            glyphs.append(box)
        if not _small(box):
            if kind == raw.FPDF_PAGEOBJ_PATH and _dot(box) and _inked(raw, obj, kind):
                dots.append(box)
            continue
        frames.append(box)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            # a widget appearance merged into the page: a mark when something inside it is inked
            n = raw.FPDFFormObj_CountObjects(obj)
            inked = False
            for i in range(min(max(n, 0), 32)):
                child = raw.FPDFFormObj_GetObject(obj, i)
                if child and _inked(raw, child, raw.FPDFPageObj_GetType(child)):
                    inked = True
                    break
            if inked:
                out.append(turn(*box))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            if _inked(raw, obj, kind):
                out.append(turn(*box))
            else:
                outlines.append(box)
    for glyph in glyphs:
        # a print of a filled form turns each widget's appearance into page content: the box's outline a path,
        # its tick a glyph drawn inside it (in the tick font, or as the font's code for it, "3" or "4", where the
        # printing tool had no symbol font), each an object of the page
        frame = next((f for f in outlines if _inside(glyph, f)), None)
        if frame is not None:
            out.append(turn(*frame))
    for dot in dots:
        # the dot of a chosen radio button, drawn inside its circle: the circle is where the mark stands
        frame = next((f for f in frames if _inside(dot, f)), None)
        if frame is not None:
            out.append(turn(*frame))
    return out


def mark_lines(boxes: list[_Box], runs: list[Line], page_no: int) -> list[Line]:
    """One-glyph mark lines for the drawn boxes that stand next to an option caption and set it apart."""
    words = [r for r in runs if not r.is_mark]
    picked: list[tuple[Line, Line]] = []  # (mark, caption)
    for box in boxes:
        mark = Line(page_no, *box, _GLYPH)
        if any(r.is_mark and r.same_row(mark) and r.x0 < box[2] and r.x1 > box[0] for r in runs):
            continue  # the text layer has this mark already
        row = [r for r in words if r.same_row(mark)]
        sides = [(r.x0 - box[2], r) for r in row if r.x0 >= box[2] - 1] + \
                [(box[0] - r.x1 + 1, r) for r in row if r.x1 <= box[0] + 1]  # in front of its caption wins a tie
        if not sides:
            continue
        gap, caption = min(sides, key=lambda t: t[0])
        if gap <= MAX_GAP_EM * max(mark.height, caption.height) and _option_keys(caption.text):
            picked.append((mark, caption))
    if not picked:
        return []
    # bullets: every option caption of a choice set beside a mark alike says nothing about which is chosen
    marked = {id(c) for _, c in picked}
    keep = []
    for mark, caption in picked:
        keys = _option_keys(caption.text)
        rivals = [r for r in words if r is not caption and _option_keys(r.text) & keys
                  and abs(r.cy - caption.cy) < 6 * caption.height]
        if rivals and all(id(r) in marked for r in rivals):
            continue
        keep.append(mark)
    return keep
