"""Whether a printed page shows a label's answer to be empty: the evidence a required field may be called missing by.

The acknowledgement tells the applicant which required fields are missing, and telling someone that a question they
answered is empty is the worst error the parser can make. A label read with nothing after it in the reading order is
no such evidence on a PDF: the text layer's order is the order the program drew things in, and a spreadsheet's
multi-line cells, a browser's cards or a two-language label column all put an answer somewhere the reading did not
look. The page itself is the evidence. The label is found on the page, and the region its answer would take (the
rest of its row, up to a label of another field beside it, and the band under it down to the next label at its
edge or left of it, running on to the top of the next page when the label ends a page) must hold nothing but labels,
hints in brackets, unticked boxes and blank lines to write on. When the label cannot be found on the page, or
anything else lies in that region, the field is not shown to be empty: it is uncertain, and a person looks.

A page whose labels are captions proves nothing by the band under a label: a form that puts each answer on a line
and prints what the line is for in small type under it (a signature block's habit, "Name of Proposer" under the name)
has the answer ABOVE the label, and the band under the last caption of a page is empty whatever was written. That
holds as much for the page as the reader reads it, each caption lifted over its answer (:mod:`captions`): a label the
lifting missed still stands under its answer, and the band under it reaches down to the next caption lifted.
"""
from __future__ import annotations

import re

from .fields import FIELDS_BY_KEY
from .labels import match_label
from .normalise import CHECKED, checkbox_state, choice_code, clean, is_empty
from dataclasses import dataclass

from .pdf_layout import Line

SNAP = 4.0          # points: a line starting this close to the label's left edge (or left of it) starts a new row
LABEL_SCORE = 0.9   # how surely a line must name a field to be a label, not an answer
HEAD_WORDS = 8      # words before a colon that may be a label ("Summative Assessment: a checklist")
SAME_SIZE = 0.6     # points: a line set in the label's own type (size and weight) at its edge is the next label
CAPTION_SMALLER = 1.0   # points: a caption is set at least this much smaller than the line it captions
CAPTION_SHARE = 0.6     # of a page's labels with text both above and below: this many captioning the line above
CAPTION_MIN = 3         # ... and at least this many, before the page is read as captioned
CAPTION_PITCH = 0.75    # a caption's baseline pitch to the line it captions, at most, in that to the line under it
_COLONS = (":", "：")
_TAGS = re.compile(r"\[[^\]]*\]|\([^)]*\)|\{[^}]*\}")  # "[R1]", "(if converting)", "(max. 150 words)"


@dataclass
class LiftedCaption(Line):
    """A caption moved from under its answer to over it (see :mod:`captions`): its page was printed with captions."""

    origin: float = 0.0   # the top of the caption where the page printed it, under its answer


def shown_empty(pages: list[list[Line]], label: str, key: str) -> bool:
    """Whether ``label`` (as the reading found it, for field ``key``) stands on the pages with its answer region
    empty. False when the label is not found on the pages, or when any found copy has text in its region."""
    return answer_region(pages, label, key) is True


def answer_region(pages: list[list[Line]], label: str, key: str) -> bool | None:
    """True when ``label`` stands on the pages with its answer region empty, False when any copy of it found there
    has text in its region, None when the label is not found on the pages (it proves nothing either way)."""
    target = _letters(label)
    if not target:
        return None
    found = False
    for n, page in enumerate(pages):
        if captioned(page) or any(isinstance(r, LiftedCaption) for r in page):
            return None  # the answer's place is above the label there: the band under it proves nothing
        for start in page:
            placed = _placed(page, start, target)
            if placed is None:
                continue
            found = True
            lines, rest = placed
            if _answers(rest, key) or _answered_above(page, lines[0], key) or not _region_empty(pages, n, lines, key):
                return False
    return True if found else None


def caption_lines(page: list[Line]) -> list[tuple[Line, Line]]:
    """The page's labels that caption the line above them, each with that line: a label in smaller type right under
    a line of answer text, much closer to it than to the line below (the eye groups a caption with its nearer line)."""
    return _captions_scanned(page)[0]


def captioned(page: list[Line]) -> bool:
    """Whether most of the page's labels (with text both above and below them) caption the line above them."""
    captions, seen = _captions_scanned(page)
    return len(captions) >= CAPTION_MIN and len(captions) >= CAPTION_SHARE * seen


def _captions_scanned(page: list[Line]) -> tuple[list[tuple[Line, Line]], int]:
    """:func:`caption_lines`, and how many labels have text both above and below them (what they are a share of)."""
    out = []
    seen = 0
    for r in page:
        if not r.size or label_key(r.text) is None:
            continue
        over = [a for a in page if a.y0 >= r.y1 - 1 and a.x0 < r.x1 and a.x1 > r.x0 and not a.same_row(r)]
        under = [b for b in page if b.y1 <= r.y0 + 1 and b.x0 < r.x1 and b.x1 > r.x0 and not b.same_row(r)]
        if not over:
            continue
        seen += bool(under)
        above = min(over, key=lambda a: a.y0)
        below = max(under, key=lambda b: b.y1) if under else None
        if above.size and r.size <= above.size - CAPTION_SMALLER and _nearer_above(r, above, below) \
                and label_key(above.text) is None and (_answers(above.text, "") or _blank_answer(above.text)):
            out.append((r, above))
    return out, seen


def _nearer_above(r: Line, above: Line, below: Line | None) -> bool:
    """Whether label ``r`` stands much nearer the line over it than the line under it (None: the page's last line)."""
    if below is None:
        return True  # (the page's last caption has nothing under it)
    if r.base and above.base and below.base:
        # measured baseline to baseline: a line's glyph box drops with its descenders and a line without any ("3.
        # Provide rescue breaths to a neck breather") stands higher by its box, not by where it was set
        return above.base - r.base < CAPTION_PITCH * (r.base - below.base)
    return above.y0 - r.y1 < 0.5 * (r.y0 - below.y1)


def _blank_answer(text: str) -> bool:
    """Whether ``text`` is an answer left blank in the form's own print: a row of unticked boxes or a line to write
    on (what a caption under an unanswered question captions)."""
    t = clean(_TAGS.sub(" ", text)).strip()
    if not t:
        return False
    if set(t) <= set("_.… \t"):
        return len(t) >= 3
    ticked, _caption = checkbox_state(t)
    return ticked is False and not any(c in CHECKED for c in t) and label_key(t) is None


def _letters(text: str) -> str:
    """The letters and digits of ``text``, folded: a label compared whatever the spacing and punctuation."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _placed(page: list[Line], start: Line, target: str) -> tuple[list[Line], str] | None:
    """The lines that spell the label from ``start`` (on its row, rightwards, then on the lines it wraps onto), and
    any text the last of them holds after the label; None when the label does not start at ``start``."""
    have = _letters(start.text)
    if not have or not (target.startswith(have) or have.startswith(target)):
        return None
    lines = [start]
    while len(have) < len(target):
        last = lines[-1]
        # the label goes on in the next run of its row, or on the next line down at its left edge
        beside = [r for r in page if r is not last and r.same_row(last) and r.x0 >= last.x1 - 1]
        below = [r for r in page if r.y1 <= last.y0 + 1 and abs(r.x0 - start.x0) <= SNAP
                 and last.y0 - r.y1 < 1.5 * last.height]
        nxt = next((r for r in sorted(beside, key=lambda r: r.x0) + sorted(below, key=lambda r: -r.y1)
                    if _continues(target, have, _letters(r.text))), None)
        if nxt is None:
            return None
        have += _letters(nxt.text)
        lines.append(nxt)
    return lines, _rest_after(lines[-1].text, len(have) - len(target))


def _continues(target: str, have: str, more: str) -> bool:
    if not more:
        return False
    whole = have + more
    return target.startswith(whole) or whole.startswith(target)


def _rest_after(text: str, extra: int) -> str:
    """The end of ``text`` that holds its last ``extra`` letters and digits (what follows the label on its line)."""
    if extra <= 0:
        return ""
    count = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i].isalnum():
            count += 1
            if count == extra:
                return text[i:]
    return text


def _answers(text: str, key: str) -> bool:
    """Whether ``text`` (a line, or what follows a label on its line) may be an answer: anything but a blank to write
    on, a hint or tag in brackets, an unticked box's caption, or a label."""
    t = clean(_TAGS.sub(" ", text)).strip(" :.-–—_")
    if not t or is_empty(t, key):
        return False
    ticked, _caption = checkbox_state(t)
    if ticked is False and not any(c in CHECKED for c in t):
        return False  # (a row of options whose first box is empty answers when another box on it is ticked)
    if _names_option(t, key):
        return True
    m = match_label(t.rstrip(":").strip())
    return not (m is not None and m.score >= LABEL_SCORE and not m.key.startswith("_"))


def _names_option(text: str, key: str) -> bool:
    """Whether a short line under a choice's question names one of its options ("What are you requesting?" over
    "Convert an existing program"): a web form's print writes the option chosen, not its boxes, and the line is the
    answer even where its words also read as another field's label."""
    t = text.strip()
    field = FIELDS_BY_KEY.get(key)
    return field is not None and field.type == "choice" and not t.endswith((":", "?")) and len(t.split()) <= 6 \
        and choice_code(key, t) is not None


def _region_empty(pages: list[list[Line]], n: int, lines: list[Line], key: str) -> bool:
    page = pages[n]
    left = min(r.x0 for r in lines)
    bottom = min(r.y0 for r in lines)
    placed = {id(r) for r in lines}
    # the rest of the label's rows, up to a label of another field beside it (a second column of fields)
    right_edge = float("inf")
    beside: list[Line] = []
    for r in sorted((r for r in page if id(r) not in placed and any(r.same_row(x) for x in lines)
                     and r.x0 >= min(x.x1 for x in lines if x.same_row(r)) - 1), key=lambda r: r.x0):
        named = label_key(r.text)
        if named is not None and named != key:
            right_edge = r.x0
            break
        beside.append(r)
    if any(_answers(r.text, key) for r in beside):
        return False
    # the band under it, down to the next label at its edge or left of it (on this page, or atop the next)
    for page_no in (n, n + 1):
        if page_no >= len(pages):
            break
        under = [r for r in pages[page_no] if id(r) not in placed and r.x0 < right_edge - 1
                 and (page_no > n or r.y1 <= bottom + 1)]
        # (a label that ends left of this one's start stands in another column of the page: level with it or not, it
        # starts no row of this one's, and an answer of this column level with it is this label's)
        stops = [r for r in under if r.x0 <= left + SNAP and r.x1 > left - SNAP
                 and (_next_label(r, lines, key) or _typed_title(r, pages[page_no]))]
        stop = max(stops, key=lambda r: r.y1) if stops else None
        band = [r for r in under if stop is None or (r.cy > stop.cy and not r.same_row(stop))]
        if any(r.x1 > left - SNAP and _answers(r.text, key) for r in band):
            return False
        if stop is not None and page_no == n and label_key(stop.text) is None and _wrapped_under(stop, lines) \
                and any(r is not stop and r.same_row(stop) and r.x0 > stop.x1 and _answers(r.text, key) for r in under):
            # a line in the label's type right under it, naming no field, with an answer beside it: the label's own
            # last line, whose answer a list or a paragraph's spacing set level with it ("Competencies / Skills"
            # over "Targeted [R1]"), not the next label
            return False
        if stop is not None:
            return True
    return True


def _answered_above(page: list[Line], start: Line, key: str) -> bool:
    """Whether the label found at ``start`` is the end of a label wrapped from the line right above it (same left
    edge, set tight, naming no other field), whose answer stands beside that first line: "Industry / Employment
    | Ottawa Valley Imaging Group" over "Partner [R3]" is one label, answered."""
    for head in page:
        if head is start or abs(head.x0 - start.x0) > SNAP or not _wrapped_under(start, [head]):
            continue
        if label_key(head.text) not in (None, key):
            continue
        if any(r is not head and r.same_row(head) and r.x0 >= head.x1 - 1 and _answers(r.text, key) for r in page):
            return True
    return False


def _wrapped_under(r: Line, lines: list[Line]) -> bool:
    """Whether ``r`` sits right under the label's last line, as a wrapped line of it would."""
    last = min(lines, key=lambda x: x.y0)
    return 0 <= last.y0 - r.y1 + 1 and last.y0 - r.y1 < 0.5 * max(r.height, last.height)


def label_key(text: str) -> str | None:
    """The field ``text`` is the label of, or whose "Label: answer" line it is; None when it names none surely."""
    t = clean(_TAGS.sub(" ", text))
    head, colon, _ = t.partition(":")
    for cand in (t.rstrip(":").strip(), head.strip() if colon and len(head.split()) <= HEAD_WORDS else ""):
        m = match_label(cand) if cand else None
        if m is not None and m.score >= LABEL_SCORE and not m.key.startswith("_"):
            return m.key
    return None


_TYPED_RULE = re.compile(r"([=\-~])\1{2,}")
RULE_SLACK = 2      # characters: a typed rule under a title is about as long as the title
RULE_PITCH = 2.0    # font sizes: a typed rule under a title stands on the next line or so


def _typed_title(r: Line, page: list[Line]) -> bool:
    """Whether line ``r`` is a plain-text document's section title, underlined by a typed rule of its own length
    ("PARTNER" over "-------"): it starts the next part, however few of its words name a field."""
    t = r.text.strip()
    return bool(t) and any(
        _TYPED_RULE.fullmatch(u.text.strip()) is not None and abs(len(u.text.strip()) - len(t)) <= RULE_SLACK
        and u.cy < r.cy and r.cy - u.cy <= RULE_PITCH * (r.size or u.size or 12.0) and u.x0 < r.x1 and u.x1 > r.x0
        for u in page)


def _next_label(r: Line, lines: list[Line], key: str) -> bool:
    """Whether line ``r``, starting at the label's edge or left of it, starts the next row: a field's label (or its
    "Label: answer" line), or a line set in the label's own type (a label in words no list holds, a heading)."""
    if _names_option(r.text, key):
        return False
    named = label_key(r.text)
    if named is not None and named != key:
        return True
    label = lines[0]
    if lines[-1].text.rstrip().endswith(_COLONS) and r.text.rstrip().endswith(_COLONS) \
            and len(r.text.split()) <= HEAD_WORDS:
        return True  # a form that closes its labels with a colon: a short line closed so is its next label
    # (only a label set apart from the answers, bold or in capitals, tells the next one by its type)
    return bool((label.bold or label.text.isupper()) and r.size and label.size
                and abs(r.size - label.size) <= SAME_SIZE and r.bold == label.bold
                and r.text.isupper() == label.text.isupper())
