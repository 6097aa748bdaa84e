"""Text that a PDF's annotations write on the page: answers typed with a "Fill & Sign" or typewriter tool.

Such a tool leaves the page itself alone (a flat blank form, its labels and empty boxes) and adds each answer as a
FreeText annotation placed over its box: /Rect says where it stands, /Contents (or the rich text /RC) what it says,
and its appearance stream (/AP) how a viewer draws it. No text extractor reads annotations, so the page's text is
labels only, and every label would seem to have nothing after it. A person sees the answers in their boxes; so must
the parser: each annotation becomes text lines at its rectangle, joined to the positioned runs of its page (so the
page geometry pairs it with its label and the empty-answer guard sees it) and to the page's text.

Annotations that are not the page's content are left out: comments (sticky notes, pop-ups), a callout pointing at
something (a reviewer's remark), annotations hidden from view, and form widgets (read as fields, see
:mod:`pdf_form`).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from . import pdftext

MAX_NOTES = 500       # annotations a page may carry before the rest are ignored (a sane filled form has dozens)
MAX_CHARS = 20_000    # characters of one annotation's text kept
DEFAULT_SIZE = 10.0   # points, when the annotation names no font size
LEADING = 1.2         # line height / font size, as viewers set a FreeText's lines
PAD = 2.0             # points between the rectangle's edge and the text a viewer draws in it
AVERAGE_WIDTH = 0.5   # an average glyph's advance, in ems (the run's right edge is an estimate)
_HIDDEN = 2 | 32      # annotation flags: Hidden, NoView
_SIZE = re.compile(r"([\d.]+)\s+Tf\b")
_BREAKS = re.compile(r"<\s*(?:br|/p|/div|/li)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Note:
    """The text of one annotation written on a page, and where (PDF points, y up)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    lines: tuple[str, ...]
    size: float

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def page_notes(page: Any, page_no: int, font_cache: dict | None = None) -> list[Note]:
    """The text annotations of a pypdf page, top to bottom then left to right; [] when it has none (or they are
    unreadable: an annotation is extra text, and a broken one is skipped, never a reason to fail the page)."""
    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None and hasattr(annots, "get_object") else annots
        refs = list(annots or [])[:MAX_NOTES]
    except Exception:
        return []
    notes = []
    for ref in refs:
        try:
            note = _note(ref.get_object() if hasattr(ref, "get_object") else ref, page_no, font_cache)
        except Exception:  # a malformed annotation writes nothing a reader could use
            continue
        if note is not None:
            notes.append(note)
    notes.sort(key=lambda n: (-round(n.y1), n.x0))
    return notes


def _note(annot: Any, page_no: int, font_cache: dict | None) -> Note | None:
    if str(annot.get("/Subtype", "")) != "/FreeText":
        return None
    if int(annot.get("/F", 0) or 0) & _HIDDEN or str(annot.get("/IT", "")) == "/FreeTextCallout":
        return None
    rect = [float(v) for v in annot.get("/Rect")]
    x0, y0, x1, y1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    text = _text(annot, font_cache)
    lines = tuple(ln for ln in (" ".join(part.split()) for part in text.splitlines()) if ln)
    if not lines:
        return None
    m = _SIZE.search(str(annot.get("/DA", "") or ""))
    size = float(m.group(1)) if m else 0.0
    if size <= 0:  # (0 Tf: the viewer fits the text to the box)
        size = min(DEFAULT_SIZE, max((y1 - y0 - PAD) / (LEADING * len(lines)), 1.0))
    return Note(page_no, x0, y0, x1, y1, lines, size)


def _text(annot: Any, font_cache: dict | None) -> str:
    """What the annotation says: /Contents, else its rich text, else what its appearance stream draws."""
    contents = annot.get("/Contents")
    text = str(contents) if contents is not None else ""
    if not text.strip() and annot.get("/RC") is not None:
        rich = annot["/RC"]
        rich = rich.get_object() if hasattr(rich, "get_object") else rich
        rich = rich.get_data().decode("utf-8", "replace") if hasattr(rich, "get_data") else str(rich)
        text = html.unescape(_TAGS.sub("", _BREAKS.sub("\n", rich[:MAX_CHARS * 4])))
    if not text.strip() and "/AP" in annot:
        try:
            text = pdftext.form_text(annot["/AP"].get("/N"), font_cache)
        except Exception:  # an appearance the fast extractor cannot decode: the note is unread, not empty
            text = ""
    return text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CHARS]


def placed_lines(note: Note) -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1, text) of each line of a note as a viewer sets it in its rectangle: from the top, one line
    height apart (closer when that would run past the rectangle's foot), at the left edge."""
    size = note.size
    lead = LEADING * size
    room = note.y1 - note.y0 - PAD
    if len(note.lines) > 1 and lead * len(note.lines) > room:
        lead = max(room / len(note.lines), size * 0.8)
    out = []
    left = min(note.x0 + PAD, note.x1)
    for i, line in enumerate(note.lines):
        top = note.y1 - PAD - i * lead
        bottom = max(top - size, note.y0) if i == 0 else top - size
        right = min(left + AVERAGE_WIDTH * size * len(line), max(note.x1 - PAD, left + size))
        out.append((left, bottom, right, top, line))
    return out
