"""Tick marks drawn beside option captions on a printed or flattened form.

A flattened form shows a chosen option as a lone glyph ("X", "✔", "■") drawn in
the box next to the option's caption, usually just left of it, sometimes just
after it. The text layer read in content-stream order puts that glyph on a line
of its own, so nothing says which option it ticks. The page geometry does: the
mark belongs to the caption on its row whose near edge is closest to it.

:func:`tick_lines` rewrites the stream lines of each page so that the chosen
caption reads "☒ caption", the other captions of that row "☐ caption", and the
lone mark lines disappear; the choice reader then sees ordinary check boxes.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fields import CHOICE_KEYS
from .labels import fold
from . import glyphs
from .normalise import CHECKED, UNCHECKED, choice_code, choice_phrases, clean
from .pdf_layout import BOX_GLYPHS, BULLETS, Line, rows_of

MAX_GAP_EM = 2.5  # a mark further than this from every caption on its row ticks nothing we can name


def _is_option(text: str) -> bool:
    return any(choice_code(k, text) for k in CHOICE_KEYS)


def _ticked(page: list[Line]) -> tuple[set[str], set[str], dict[str, str], dict[str, list[tuple[str, bool]]]]:
    """(chosen captions, other captions on the marks' rows, whole rows as read -> boxed, rows by their letters
    -> their option captions in order, each with whether it is ticked) of one page.

    The stream may hold a row as one line ("Online In person X Hybrid"); the third item rewrites such
    a line with a box before each caption. The fourth finds a row the stream wrote otherwise (the mark
    left out, a colon after the label beside the options: "Delivery Format: Online In person Hybrid")."""
    chosen: set[str] = set()
    rows: set[str] = set()
    whole: dict[str, str] = {}
    lettered: dict[str, list[tuple[str, bool]]] = {}
    runs = [r for r in page if not r.is_mark]
    for m in (r for r in page if r.is_mark):
        row = [r for r in runs if r.same_row(m)]
        pick = _ticked_caption(m, row)
        if pick is None:
            continue
        chosen.add(clean(pick.text))
        rows.update(clean(r.text) for r in row if _is_option(r.text))
        ordered = sorted([*row, m], key=lambda r: r.x0)
        boxed = " ".join(("☒ " if r is pick else "☐ " if _is_option(r.text) else "") + clean(r.text)
                         for r in ordered if r is not m)
        whole[" ".join(clean(r.text) for r in ordered)] = boxed
        key = _letters(" ".join(r.text for r in ordered if r is not m))
        before = dict(lettered.get(key, []))
        lettered[key] = [(clean(r.text), r is pick or before.get(clean(r.text), False))
                         for r in ordered if r is not m and _is_option(r.text)]
    return chosen, rows - chosen, whole, lettered


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", fold(text))


def _boxed_in_place(line: str, captions: list[tuple[str, bool]]) -> str:
    """``line`` with a box before each caption (ticked or not), found in order; the line as it was when one
    caption is not found."""
    out, at = [], 0
    for caption, ticked in captions:
        found = line.find(caption, at)
        if found < 0:
            return line
        out.append(line[at:found] + ("☒ " if ticked else "☐ ") + caption)
        at = found + len(caption)
    return "".join(out) + line[at:]


def _ticked_caption(mark: Line, row: list[Line]) -> Line | None:
    """The option caption of ``row`` (runs without marks) that ``mark`` ticks: the one on its nearer side."""
    after = [(r.x0 - mark.x1, r) for r in row if r.x0 >= mark.x1 - 1]
    before = [(mark.x0 - r.x1, r) for r in row if r.x1 <= mark.x0 + 1]
    near = min(after, key=lambda t: t[0], default=None)
    back = min(before, key=lambda t: t[0], default=None)
    # a mark in front of its caption is the common way, so it wins a tie
    pick = near if near is not None and (back is None or near[0] <= back[0] + 1) else back
    if pick is None or pick[0] > MAX_GAP_EM * mark.height or not _is_option(pick[1].text):
        return None
    return pick[1]


def row_text(row: list[Line]) -> str:
    """One row of runs (left to right) as text; where a mark ticks one of its option captions, the captions
    as boxes ("☐ New micro-credential ☒ Micro-course"), the mark itself dropped."""
    words = [r for r in row if not r.is_mark]
    picked = {id(c) for m in row if m.is_mark for c in [_ticked_caption(m, words)] if c is not None}
    if not picked:
        return " ".join(r.text for r in row)
    return " ".join(("☒ " if id(r) in picked else "☐ " if _is_option(r.text) else "") + r.text
                    for r in sorted(words, key=lambda r: r.x0))


def _lead_glyph(line: str) -> str:
    """The symbol a line starts with when it is followed by a caption: a bullet, a box, an unmapped glyph."""
    t = line.lstrip(" ")
    return t[0] if len(t) > 2 and not t[0].isalnum() and t[0] not in "([\"'" and t[1] == " " else ""


_CHOSEN_RADIO_MARKS = frozenset(glyphs.RADIOS_ON)


def alike_options(lines: list[str]) -> list[str]:
    """Option lists whose captions all carry the same glyph, rewritten as one line of the options.

    A print that draws every option with one glyph (a box the font cannot name, the same bullet) shows no
    choice, only the options. Read line by line, the first option would pass for the chosen one, and a
    caption such as "Convert an existing program" would become a label of its own. On one line the
    options stay the answer of their field, which reads as a guess (several options, none set apart).
    Open boxes would be worse: they say nothing was ticked, and a required field would be called missing.
    """
    out = list(lines)
    n = 0
    while n < len(lines):
        glyph = _lead_glyph(lines[n])
        if not glyph or glyph in CHECKED + UNCHECKED:
            n += 1
            continue
        end = n
        while end < len(lines) and _lead_glyph(lines[end]) == glyph:
            end += 1
        if glyph in glyphs.RADIOS_OFF and any(0 <= k < len(lines) and _lead_glyph(lines[k]) in _CHOSEN_RADIO_MARKS
                                              for k in (n - 1, end)):
            # empty radio buttons next to a filled one ("○ New" / "○ Convert" / "◉ Micro-course", a form service's
            # print): the page does show a choice, which the radio reader reads from the glyphs (kept as drawn)
            n = end
            continue
        captions = [clean(lines[k].lstrip(" ")[1:]) for k in range(n, end)]
        for key in CHOICE_KEYS:
            codes = [choice_code(key, c) for c in captions]
            if end - n >= 2 and all(codes) and len(set(codes)) == len(codes):
                out[n:end] = [" / ".join(captions)] + [""] * (end - n - 1)
                break
        n = end
    return out


def _boxes_as_shown(lines: list[str], page: list[Line]) -> list[str]:
    """Stream lines whose box glyphs were drawn apart from their captions, as the page shows the row.

    The geometry reads such a row in display order (see :func:`pdf_layout._boxes_in_place`); a stream
    line with the same characters in another order is that row read in drawing order."""
    shown: dict[str, str] = {}
    for r in page:
        if not BOX_GLYPHS.isdisjoint(r.text):
            shown.setdefault("".join(sorted(r.text.replace(" ", ""))), r.text)
        if r.text.strip() in BOX_GLYPHS:
            # a box drawn on its own before its caption, which the stream reads after it ("Confirmed☒")
            after = [o for o in page if o is not r and o.same_row(r) and 0 <= o.x0 - r.x1 < MAX_GAP_EM * r.height
                     and BOX_GLYPHS.isdisjoint(o.text)]
            if after:
                caption = min(after, key=lambda o: o.x0).text.strip()
                shown.setdefault("".join(sorted((caption + r.text).replace(" ", ""))), r.text.strip() + " " + caption)
    if not shown:
        return lines
    out = []
    for ln in lines:
        key = "".join(sorted(ln.replace(" ", ""))) if not BOX_GLYPHS.isdisjoint(ln) else ""
        out.append(shown.get(key, ln) if key else ln)
    return out


# a row of options whose boxes were drawn as one run after the captions: "Online  In person  Hybrid☐ ☐ ☒"
_TRAILING_BOXES = re.compile(r"^([^" + CHECKED + UNCHECKED + r"]*[^\s" + CHECKED + UNCHECKED + r"])\s*"
                             r"((?:[" + CHECKED + UNCHECKED + r"]\s*){2,})$")


def _option_spans(key: str, text: str) -> list[tuple[int, int]]:
    """Where each option of a choice field is named in ``text``, left to right, one span an option caption."""
    folded = fold(text)
    if len(folded) != len(text):
        return []  # positions in the folded text would not be positions in the text
    phrases = [fold(ph) for _, ph in choice_phrases(key)]
    found: list[tuple[int, int]] = []
    for ph in sorted(set(phrases), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(ph) + r"(?!\w)", folded):
            if not any(m.start() < end and start < m.end() for start, end in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def trailing_boxes(line: str) -> str:
    """A row of option captions followed by its boxes in one run, with each box set before its caption.

    Some printers draw the boxes of a row after all its captions in the content stream, so the text reads
    "Online  In person  Hybrid☐ ☐ ☒". The boxes keep the captions' left-to-right order, so when there are as many
    boxes as captions of one choice field, the n-th box is the n-th caption's; otherwise the line is left alone."""
    m = _TRAILING_BOXES.match(line)
    if m is None:
        return line
    head, boxes = m.group(1), [c for c in m.group(2) if not c.isspace()]
    for key in CHOICE_KEYS:
        spans = _option_spans(key, head)
        if len(spans) != len(boxes) or "".join(head[e:s] for (_, e), (s, _) in zip(spans, spans[1:])).strip():
            continue  # not exactly this field's captions, side by side
        if len({choice_code(key, head[s:e]) for s, e in spans}) != len(spans):
            continue  # two words of ONE option's caption ("Existing program conversion" before a row's Yes/No boxes)
        lead = head[:spans[0][0]]
        return lead + " ".join(f"{box} {head[s:e]}" for box, (s, e) in zip(boxes, spans))
    return line


# A grid of options as rows under a "Yes | No" header, each row ticked in one of the two columns:
# "This proposal is for   Yes  No" / "New micro-credential  ☒  ☐" / "Micro-course  ☐  ☒"
_YES = r"(?:yes|oui)"
_NO = r"(?:no|non)"
_YES_NO_HEADER = re.compile(r"^\s*(?P<label>.*?\S)??\s*(?<![\w-])(?:(?P<yes_first>" + _YES + r")\s+" + _NO + r"|" + _NO + r"\s+"
                            + _YES + r")\s*$", re.I)
_GRID_ROW = re.compile(r"^\s*(?P<caption>[^" + CHECKED + UNCHECKED + r"]*[^\s" + CHECKED + UNCHECKED + r"])\s+"
                       r"(?P<first>[" + CHECKED + UNCHECKED + r"])\s*(?P<second>[" + CHECKED + UNCHECKED + r"])\s*$")


def yes_no_columns(lines: list[str]) -> list[str]:
    """Options laid out as rows of a grid whose two columns are headed Yes and No, each read as one check box:
    ticked when its Yes column is ticked and its No column is not, empty when the reverse; a row ticked in both
    columns or in neither says nothing and stays as printed. The header keeps its question ("This proposal is for")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _YES_NO_HEADER.match(lines[i])
        rows = []
        j = i + 1
        while head and j < len(lines) and (row := _GRID_ROW.match(lines[j])):
            rows.append(row)
            j += 1
        if not head or len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        if head.group("label"):
            out.append(head.group("label"))
        for row in rows:
            yes, no = (row.group("first"), row.group("second")) if head.group("yes_first") else \
                (row.group("second"), row.group("first"))
            if (yes in CHECKED) != (no in CHECKED):
                out.append(("☒ " if yes in CHECKED else "☐ ") + row.group("caption"))
            else:
                out.append(row.group(0))
        i = j
    return out


LIST_BULLETS = 2  # rows a bullet opens before an item that is no option, before the bullets make lists


def _bulleted(geometry: list[list[Line]]) -> bool:
    """Whether the document's bullets ("•") are its lists' bullets, never a chosen option's mark: it draws no empty
    box or radio button anywhere (nothing to choose among), and bullets open rows of items that are no option of any
    choice (a slide's "• Outpatient waits exceed 6 months"). There a bullet before "New micro-credential" lists the
    answer; read as a tick it would put a box before every bulleted answer that happens to name an option."""
    items = 0
    for page in geometry:
        if any(not _UNTICKED.isdisjoint(r.text) for r in page):
            return False
        runs = [r for r in page if not r.is_mark]
        for m in (r for r in page if r.is_mark and r.text.strip() in BULLETS):
            row = sorted((r for r in runs if r.same_row(m) and r.x0 >= m.x1 - 1), key=lambda r: r.x0)
            if row and not any(r.x1 <= m.x0 + 1 and r.same_row(m) for r in runs) and not _is_option(row[0].text):
                items += 1
    return items >= LIST_BULLETS


def tick_runs(pages: list[list[Line]]) -> list[list[Line]]:
    """The runs of each page with lone marks moved onto the captions they tick, as :func:`tick_lines` does for the
    stream's lines: the chosen caption's run reads "☒ caption", the other captions of its row "☐ caption", and the
    mark's run is gone. The layouts read from geometry (a flattened form's label and answer columns) see the mark
    that way too; without it a mark is a run of its own and the captions are read as a row of labels."""
    listed = _bulleted(pages)
    out = []
    for page in pages:
        marks = [r for r in page if r.is_mark and not (listed and r.text.strip() in BULLETS)]
        if not marks:
            out.append(page)
            continue
        runs = [r for r in page if not r.is_mark]
        boxed: dict[int, str] = {}
        used: set[int] = set()
        for m in marks:
            row = [r for r in runs if r.same_row(m)]
            pick = _ticked_caption(m, row)
            if pick is None:
                continue
            used.add(id(m))
            for r in row:
                if r is pick:
                    boxed[id(r)] = "☒ "
                elif _is_option(r.text) and id(r) not in boxed and not _asks(r.text):
                    boxed[id(r)] = "☐ "
        joined: dict[int, str] = {}
        dropped: set[int] = set()
        for m in marks:
            if id(m) not in used and _option_rows(m, runs, boxed, joined, dropped):
                used.add(id(m))
        out.append([replace(r, text=boxed[id(r)] + joined.get(id(r), r.text)) if id(r) in boxed else r
                    for r in page if id(r) not in used and id(r) not in dropped])
    return out


def _option_rows(mark: Line, runs: list[Line], boxed: dict[int, str], joined: dict[int, str],
                 dropped: set[int]) -> bool:
    """A table that asks a choice in a row, then gives a row to each option with the mark in the answer column
    ("Micro-course | Microcours | X"): the mark stands far right of its row's captions, the last thing on the row.
    Every caption of its row names one option (in one language or two), and the rows next to it whose captions all
    name options of the same choice are its question's other options. Their captions are boxed (``boxed``, by id),
    a caption's wrapped line that names no option is joined to the caption over it (``joined``, ``dropped``).
    False, and nothing set, when the mark's row is no such option row."""
    row = [r for r in runs if r.same_row(mark)]
    left = [r for r in row if r.x1 <= mark.x0 + 1]
    if not left or len(left) < len(row) or any(id(r) in boxed for r in row):
        return False
    picked = {(k, code) for r in left for k in CHOICE_KEYS if (code := choice_code(k, r.text))}
    if len(picked) != 1 or not all(_is_option(r.text) for r in left):
        return False
    key = next(iter(picked))[0]
    rows = rows_of(runs)
    at = next(n for n, rw in enumerate(rows) if any(r is left[0] for r in rw))
    group = [at]
    for step in (-1, 1):
        n = at + step
        while 0 <= n < len(rows) and _same_choice_row(rows[n], key, mark):
            group.append(n)
            n += step
    if len(group) < 2:
        return False
    for n in sorted(group):
        for r in rows[n]:
            if choice_code(key, r.text):
                boxed[id(r)] = "☒ " if n == at else "☐ "
                continue
            # a caption wrapped onto the next line ("Convert an existing" over "program"): the line over it
            over = [o for o in rows[n - 1] if o.x0 < r.x1 and o.x1 > r.x0 and id(o) in boxed] if n - 1 in group else []
            if over:
                joined[id(over[0])] = joined.get(id(over[0]), over[0].text) + " " + r.text
                dropped.add(id(r))
    return True


def _same_choice_row(row: list[Line], key: str, mark: Line) -> bool:
    """Whether a row beside an option row is another option of choice ``key``: nothing on it at or right of the
    mark's column (where the question's row holds the mark the form asks for, "(X)"), and its runs option captions
    of that choice or the wrapped lines of one (short, naming no other option, asking nothing)."""
    if not row or any(r.x1 > mark.x0 - 1 for r in row):
        return False
    named = [r for r in row if choice_code(key, r.text)]
    if named:
        return all(len(r.text.split()) <= 3 and not _is_option(r.text) and not _asks(r.text)
                   for r in row if not choice_code(key, r.text))
    # a row of nothing but a caption's wrapped end ("program" under "Convert an existing")
    return all(len(r.text.split()) <= 2 and r.text[:1].islower() for r in row)


def _asks(text: str) -> bool:
    # "Letter of Support Attached? (Yes/No)" names an option but is the question its Yes/No boxes answer
    return "?" in text or text.rstrip().endswith((":", "："))


_UNTICKED = frozenset(glyphs.EMPTY_BOXES + glyphs.RADIOS_OFF)


def tick_lines(pages: list[list[str]], geometry: list[list[Line]]) -> list[list[str]]:
    """Stream lines of each page with lone marks moved onto the captions they tick (see module doc)."""
    # boxes drawn apart from their captions: where the page's geometry shows the row, as it shows it; else a row
    # whose boxes all trail its captions, box by caption in order
    pages = [_boxes_as_shown(p, geometry[n]) if n < len(geometry) else p for n, p in enumerate(pages)]
    pages = [alike_options(yes_no_columns([trailing_boxes(ln) for ln in p])) for p in pages]
    out = []
    listed = _bulleted(geometry)
    for n, lines in enumerate(pages):
        page = geometry[n] if n < len(geometry) else []
        if listed:
            page = [r for r in page if not (r.is_mark and r.text.strip() in BULLETS)]
        chosen, others, whole, lettered = _ticked(page)
        if not whole:
            out.append(lines)
            continue
        new = []
        for ln in lines:
            c = clean(ln)
            if len(c) == 1 and any(r.is_mark and r.text.strip() == c for r in page):
                continue  # the mark itself, now carried by its caption
            if c in whole:
                new.append(whole[c])
            elif c in chosen:
                new.append("☒ " + c)
            elif c in others:
                new.append("☐ " + c)
            elif (key := _letters(c)) in lettered:
                new.append(_boxed_in_place(c, lettered[key]))
            else:
                new.append(ln)
        out.append(new)
    return out


_EMPTY_RADIO = glyphs.RADIOS_OFF
_CHOSEN_RADIO = glyphs.RADIOS_ON
_PARENTHESES = re.compile(r"\(( ?|[^\s()])\)(?=\s*[^\W\d_])")
_TYPED_BOX = re.compile(r"(^|[\s:])(_{1,3}|[xX])(?=\s+[^\W\d_])")
_RADIO = re.compile(r"([" + _EMPTY_RADIO + _CHOSEN_RADIO + r"])(?=\s*[^\W\d_])")


def radios_as_boxes(line: str) -> str:
    """A row of radio buttons printed as circles ("○ New  ○ Convert  ● Micro-course", a web form's print) written
    as check boxes, the filled circle ticked. One circle alone is a list bullet, not a choice: a row needs two
    circles or more, one of them empty, each before a caption."""
    found = _RADIO.findall(line)
    if len(found) >= 2 and any(c in _EMPTY_RADIO for c in found):
        return _RADIO.sub(lambda m: "☐" if m.group(1) in _EMPTY_RADIO else "☒", line)
    # radio buttons as parentheses, the chosen one holding whatever glyph the print or the OCR made of its dot
    # ("( ) Letter attached (o) Confirmed"): two or more, one of them empty, each before a caption
    found = _PARENTHESES.findall(line)
    if len(found) >= 2 and any(not c.strip() for c in found) and sum(1 for c in found if c.strip()) == 1:
        return _PARENTHESES.sub(lambda m: "☐" if not m.group(1).strip() else "☒", line)
    # a plain-text print's options: a blank ("_") before each caption, an X before the chosen ones
    found = [mark for _before, mark in _TYPED_BOX.findall(line)]
    if len(found) >= 2 and any(c.startswith("_") for c in found) and any(c in "xX" for c in found):
        return _TYPED_BOX.sub(lambda m: m.group(1) + ("☐" if m.group(2).startswith("_") else "☒"), line)
    return line
