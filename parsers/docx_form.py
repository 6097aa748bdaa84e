"""Read a DOCX concept form straight from its XML (zipfile + lxml).

Only ``word/document.xml`` (and ``styles.xml`` for heading names) is read:
headers, footers and comments are never answers. Hidden text (w:vanish),
deleted text, and content-control placeholders are dropped while reading.
The zip's central directory is checked before anything is inflated, and any
XML that declares a DTD is refused.
"""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections import OrderedDict
from dataclasses import replace
from typing import Callable, Iterator

from lxml import etree

from . import alt_chunks, option_looks
from .colours import GREY_SPREAD
from .answer_columns import column_role, question_and_answer
from .bilingual import translation_column
from .merged_rows import fold_merged_rows
from . import glyphs, guidance, leaders, outline, planning_table, right_labels, side_columns
from .errors import DamagedFile, ExpandsTooMuch, UnsupportedFormat
from .fields import FIELDS_BY_KEY, FieldValue
from .label_cells import headed_cell, split_typed
from .labels import contact_parts, match_identifier, match_label, names_field, one_language
from .layout import Block, Direct
from .meaning import ORG, PERSON
from .pdftext import LIGATURES
from .normalise import PHONE, checkbox_state, choice_code, clean, find_emails, is_empty, to_date, to_value
from .strict_ooxml import W, transitional

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
VML = "urn:schemas-microsoft-com:vml"
_w = f"{{{W}}}"
_w14 = f"{{{W14}}}"

MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024
MAX_ENTRY_UNCOMPRESSED = 40 * 1024 * 1024
MAX_RATIO = 150
MAX_ENTRIES = 2000

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)
# Parsing styles.xml (350 KB in Word's and python-docx's default packages) cost half of a DOCX's reading,
# and most documents carry one of a few stylesheets: what we take from one is kept under the digest of its
# bytes, so only a byte-identical stylesheet is served from here, and no bytes of a document are kept.
STYLE_CACHE_SIZE = 16
_STYLE_CACHE: OrderedDict[bytes, dict[str, tuple[str, bool]]] = OrderedDict()


# The package read_docx is reading, opened and checked once for the several parts it reads (the document,
# its stylesheet, headers and properties); held only while it reads, and served only for the same bytes object.
_OPEN: list[tuple[bytes, zipfile.ZipFile, dict[str, zipfile.ZipInfo]]] = []


def _held(data: bytes) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]] | None:
    for held, zf, names in _OPEN:
        if held is data:
            return zf, names
    return None


def _package(data: bytes, filename: str) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """The archive opened, after checking it is sane to inflate, and its entries by name."""
    held = _held(data)
    if held is not None:
        return held
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise DamagedFile(f"not a readable zip: {exc}", filename) from exc
    check_archive(infos, filename)
    return zf, {i.filename: i for i in infos}


def read_zip_part(data: bytes, filename: str, part: str, required: bool = True) -> bytes | None:
    """One part of an OOXML package, after checking the archive is sane to inflate."""
    zf, names = _package(data, filename)
    if part not in names:
        if required:
            raise UnsupportedFormat(f"zip without {part}", filename)
        return None
    try:
        raw = zf.read(part)
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, ValueError) as exc:
        raise DamagedFile(f"cannot inflate {part}: {exc}", filename) from exc
    except Exception as exc:  # zlib.error and friends: the bytes are corrupt
        raise DamagedFile(f"cannot inflate {part}: {exc}", filename) from exc
    return transitional(raw)  # a Strict Open XML save is read under the names of the usual (transitional) class


def check_archive(infos: list[zipfile.ZipInfo], filename: str) -> None:
    """Refuse archives whose declared sizes or compression ratios look like a zip bomb."""
    if len(infos) > MAX_ENTRIES:
        raise ExpandsTooMuch(f"{len(infos)} zip entries", filename)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_ENTRY_UNCOMPRESSED:
            raise ExpandsTooMuch(f"{info.filename} inflates to {info.file_size} bytes", filename)
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExpandsTooMuch(f"{info.filename} compression ratio too high", filename)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ExpandsTooMuch(f"archive inflates to {total} bytes", filename)


def parse_xml(raw: bytes, filename: str) -> etree._Element:
    head = raw[:65536].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head or b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise ExpandsTooMuch("XML declares a DTD", filename)
    try:
        return etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DamagedFile(f"broken XML: {exc}", filename) from exc


def _is_on(el: etree._Element | None) -> bool:
    if el is None:
        return False
    val = el.get(f"{_w}val")
    return val is None or val.lower() not in ("0", "false", "off", "none")


class DocxReader:
    """Turns document.xml into blocks (reading order) and direct values (tagged controls)."""

    def __init__(self, root: etree._Element, styles: dict[str, tuple[str, bool]],
                 chunks: Callable[[str], list[etree._Element]] | None = None) -> None:
        self.root = root
        self.styles = styles  # styleId -> (name, bold)
        self.chunks = chunks  # an altChunk's relationship id -> the body Word imports from its part
        self.directs: list[Direct] = []
        self.blocks: list[Block] = []
        self._field_state: list[dict] = []
        self._right_labelled: list[tuple[Block, str]] = []  # "answer<TAB>Label" paragraphs, see right_labels
        self._guidance: set[int] = set()  # ids of paragraphs set wholly as the form's guidance (see guidance.py)
        self._levels: dict[int, int] = {}  # id of a list paragraph -> its depth in the list (see outline.py)
        self._floating: set[int] = set()  # ids of paragraphs of a floating text box
        # the blocks whose ids are kept above, held while the reader lives: an id is an object's only while it
        # exists, and a block dropped on the way (a table's cells are rebuilt) would hand its id to a new one
        self._marked: list[Block] = []
        self._depth = 0  # tables being read around the current one (a table inside a cell is the cell's content)

    # -- blocks ----------------------------------------------------------------
    def read(self) -> tuple[list[Block], list[Direct]]:
        body = self.root.find(f"{_w}body")
        if body is None:
            raise DamagedFile("document.xml has no body", "")
        blocks = _without_pull_quotes(_unstruck(option_looks.chosen_options(list(self._walk(body)))), self._floating)
        self.blocks = outline.fold_sub_items(outline.fold_headings(outline.fold(guidance.bracketed_hints(blocks, self._guidance), self._levels)))
        right_labels.retyped(self._right_labelled)
        self.directs = self._controls(body)
        return self.blocks, self.directs

    def _walk(self, parent: etree._Element) -> Iterator[Block]:
        for child in parent:
            tag = child.tag
            if tag == f"{_w}p":
                yield from self._paragraph(child)
            elif tag == f"{_w}tbl":
                yield from self._table(child)
            elif tag == f"{_w}sdt":
                content = child.find(f"{_w}sdtContent")
                if content is not None and not self._placeholder(child):
                    yield from self._walk(content)
            elif tag in (f"{_w}customXml", f"{_w}ins", f"{_w}moveTo", f"{_w}smartTag"):
                yield from self._walk(child)
            elif tag == f"{_w}altChunk" and self.chunks is not None:
                # content imported from another format (a portal's HTML export): read as Word shows it
                holder = etree.Element(f"{_w}body")
                holder.extend(self.chunks(child.get(f"{{{alt_chunks.R}}}id", "")))
                yield from self._walk(holder)

    def _paragraph(self, p: etree._Element) -> Iterator[Block]:
        ppr = p.find(f"{_w}pPr")
        heading, list_item, style_bold = None, False, False
        style_name, ilvl = "", None
        if ppr is not None:
            ps = ppr.find(f"{_w}pStyle")
            if ps is not None:
                sid = ps.get(f"{_w}val", "")
                name, style_bold = self.styles.get(sid, (sid, False))
                style_name = name
                heading = _heading_level(sid, name)
                if re.match(r"list", name, re.I) or re.match(r"list", sid, re.I):
                    list_item = "paragraph" not in name.lower() or ppr.find(f"{_w}numPr") is not None
            numpr = ppr.find(f"{_w}numPr")
            if numpr is not None:
                nid = numpr.find(f"{_w}numId")
                if nid is None or nid.get(f"{_w}val") != "0":
                    list_item = True
                lvl = numpr.find(f"{_w}ilvl")
                ilvl = lvl.get(f"{_w}val") if lvl is not None else None
            ol = ppr.find(f"{_w}outlineLvl")
            if ol is not None and heading is None:
                try:
                    level = int(ol.get(f"{_w}val", "9")) + 1
                except ValueError:
                    level = 10
                heading = level if level <= 9 else None
        parts: list[str] = []
        boxes: list[etree._Element] = []
        state = {"bold": True, "any": False, "field": self._field_state[-1] if self._field_state else None,
                 "style_bold": style_bold, "shaded": _shaded(ppr)}
        self._inline(p, parts, boxes, state)
        pieces = state.get("pieces")
        raw = "".join(_glued_labels_apart(parts, pieces if isinstance(pieces, list) else []))
        looks = state.get("looks")
        if state.get("drawn") and state["any"]:
            # (a paragraph that holds a picture or a shape looks unlike one that does not: see option_looks.DRAWN)
            drawn: dict[int, frozenset[str]] = dict(looks) if isinstance(looks, dict) else {}
            starts: list[int] = [at for at, _bold in pieces] if isinstance(pieces, list) else []
            for at in starts:
                drawn[at] = drawn.get(at, frozenset()) | {option_looks.DRAWN}
            looks = drawn
        block = Block(text=leaders.as_line(_tab_aligned(raw)), heading=heading, bold=bool(state["bold"] and state["any"]),
                      list_item=list_item, lead=_bold_lead(parts, pieces if isinstance(pieces, list) else []),
                      looks=tuple((part.replace(_TAB, " "), looks.get(n, frozenset())) for n, part in enumerate(parts))
                      if isinstance(looks, dict) else ())
        if state["any"] and not state.get("typed"):
            self._guidance.add(id(block))
            self._marked.append(block)
        if list_item:
            self._levels[id(block)] = outline.list_level(style_name, ilvl)
            self._marked.append(block)
        flipped = right_labels.tabbed(raw) if _TAB in raw else None
        if flipped:
            self._right_labelled.append((block, flipped))
        yield block
        framed = _frame_positions(boxes)
        if framed is not None:
            yield from self._framed_page(boxes, framed)
            return
        for box in boxes:
            floating = any(a.tag == f"{{{WP}}}anchor" for a in box.iterancestors())
            for b in self._walk(box):
                if floating:
                    self._floating.add(id(b))
                    self._marked.append(b)
                yield b

    def _framed_page(self, boxes: list[etree._Element], framed: list[tuple[int, int, int]]) -> Iterator[Block]:
        """The blocks of a page imported as one positioned text frame a line (see :func:`_frame_positions`): a line
        that wraps the line above it in its column is joined to it, so a label or answer wrapped beside another
        column's lines reads whole instead of interleaved with them."""
        lines: list[tuple[int, int, int, list[Block]]] = []
        for box, (x, y, h) in zip(boxes, framed):
            blocks = list(self._walk(box))
            for b in blocks:
                self._floating.add(id(b))
                self._marked.append(b)
            lines.append((x, y, h, blocks))
        out: list[list[Block]] = []
        for page in _frame_pages(lines):
            kept: list[tuple[int, int, int, list[Block]]] = []
            for x, y, h, blocks in page:
                above = next((k for k in range(len(kept) - 1, -1, -1) if abs(kept[k][0] - x) <= FRAME_X_TOLERANCE),
                             None)
                if above is not None and len(blocks) == 1 and len(kept[above][3]) == 1:
                    ax, ay, ah, ablocks = kept[above]
                    peer = any(abs(px - x) > FRAME_X_TOLERANCE and abs(py - y) * 2 < h for px, py, _, _ in page)
                    joined = _wrapped_frame_line(ablocks[0], blocks[0], y - ay, ah, peer)
                    if joined is not None:
                        self._floating.add(id(joined))
                        self._marked.append(joined)
                        ablocks[0] = joined
                        kept[above] = (ax, y, h, ablocks)
                        continue
                kept.append((x, y, h, blocks))
                out.append(blocks)
        for blocks in out:
            yield from blocks

    def _inline(self, el: etree._Element, parts: list[str], boxes: list, state: dict) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{_w}r":
                self._run(child, parts, boxes, state)
            elif tag == f"{_w}sdt":
                pr = child.find(f"{_w}sdtPr")
                cb = pr.find(f"{_w14}checkbox") if pr is not None else None
                if cb is not None:
                    parts.append("☒" if _is_on_w14(cb.find(f"{_w14}checked")) else "☐")
                    continue
                if self._placeholder(child):
                    continue
                content = child.find(f"{_w}sdtContent")
                if content is not None:
                    self._inline(content, parts, boxes, state)
            elif tag in (f"{_w}hyperlink", f"{_w}smartTag", f"{_w}ins", f"{_w}customXml", f"{_w}fldSimple",
                         f"{_w}moveTo", f"{_w}dir", f"{_w}bdo"):
                self._inline(child, parts, boxes, state)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._inline(choice, parts, boxes, state)

    def _run(self, r: etree._Element, parts: list[str], boxes: list, state: dict) -> None:
        rpr = r.find(f"{_w}rPr")
        if rpr is not None and _is_on(rpr.find(f"{_w}vanish")):
            return
        field = state.get("field")
        hint = guidance.run_is_guidance(rpr, self.styles)
        b_el = rpr.find(f"{_w}b") if rpr is not None else None
        run_bold = _is_on(b_el) if b_el is not None else bool(state.get("style_bold"))
        for child in r:
            tag = child.tag
            if tag == f"{_w}fldChar":
                kind = child.get(f"{_w}fldCharType")
                if kind == "begin":
                    ff = child.find(f"{_w}ffData")
                    state["field"] = field = {"instr": "", "ff": ff, "phase": "instr"}
                elif kind == "separate" and field is not None:
                    field["phase"] = "result"
                    self._legacy_box(field, parts)
                elif kind == "end":
                    if field is not None and field["phase"] == "instr":
                        self._legacy_box(field, parts)
                    state["field"] = field = None
                continue
            if field is not None and field["phase"] == "instr":
                if tag == f"{_w}instrText":
                    field["instr"] += child.text or ""
                continue
            if tag == f"{_w}t":
                if child.text:
                    state.setdefault("pieces", []).append((len(parts), run_bold))
                    look = _run_look(rpr, run_bold or _styled_bold(rpr, self.styles), hint) \
                        | state.get("shaded", frozenset())
                    if look:
                        state.setdefault("looks", {})[len(parts)] = look
                    parts.append(child.text.translate(LIGATURES))
                    if child.text.strip():
                        state["any"] = True
                        if not hint:
                            state["typed"] = True
                        if not run_bold:
                            state["bold"] = False
            elif tag == f"{_w}tab" or tag == f"{_w}ptab":
                parts.append(_TAB)
            elif tag in (f"{_w}br", f"{_w}cr"):
                parts.append("\n")
            elif tag == f"{_w}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_w}sym":
                code = (child.get(f"{_w}char") or "").upper()
                if code in glyphs.SYM_TICKED:  # Wingdings / MS Gothic tick boxes
                    parts.append("☒")
                elif code in glyphs.SYM_EMPTY:
                    parts.append("☐")
            elif tag in (f"{_w}drawing", f"{_w}pict", f"{{{MC}}}AlternateContent", f"{_w}object"):
                found = _textboxes(child)
                boxes.extend(found)
                if not found:
                    state["drawn"] = True  # a picture or a shape: a mark the text does not show (option_looks)

    def _legacy_box(self, field: dict, parts: list[str]) -> None:
        if field.get("done"):
            return
        field["done"] = True
        ff = field.get("ff")
        instr = field.get("instr", "")
        if ff is None or "FORMCHECKBOX" not in instr.upper():
            if ff is not None and "FORMDROPDOWN" in instr.upper():
                dd = ff.find(f"{_w}ddList")
                if dd is not None:
                    entries = [e.get(f"{_w}val", "") for e in dd.findall(f"{_w}listEntry")]
                    res = dd.find(f"{_w}result")
                    idx = int(res.get(f"{_w}val", "0")) if res is not None else 0
                    if 0 <= idx < len(entries):
                        parts.append(entries[idx])
            return
        cb = ff.find(f"{_w}checkBox")
        if cb is None:
            return
        checked = cb.find(f"{_w}checked")
        default = cb.find(f"{_w}default")
        on = _is_on(checked) if checked is not None else (default is not None and _is_on(default))
        parts.append("☒ " if on else "☐ ")

    def _placeholder(self, sdt: etree._Element) -> bool:
        pr = sdt.find(f"{_w}sdtPr")
        return pr is not None and _is_on(pr.find(f"{_w}showingPlcHdr"))

    # -- tables ------------------------------------------------------------------
    def _cells(self, tr: etree._Element) -> list[etree._Element]:
        cells = []
        for child in tr:
            if child.tag == f"{_w}tc":
                tcpr = child.find(f"{_w}tcPr")
                vm = tcpr.find(f"{_w}vMerge") if tcpr is not None else None
                if vm is not None and vm.get(f"{_w}val") not in ("restart",):
                    continue  # continuation of a vertically merged cell: same cell, already read
                cells.append(child)
            elif child.tag in (f"{_w}sdt", f"{_w}customXml"):
                inner = child.find(f"{_w}sdtContent") if child.tag == f"{_w}sdt" else child
                if inner is not None:
                    cells.extend(self._cells(inner))
        return cells

    def _rows(self, tbl: etree._Element) -> list[etree._Element]:
        rows = []
        for child in tbl:
            if child.tag == f"{_w}tr":
                trpr = child.find(f"{_w}trPr")
                if trpr is not None and trpr.find(f"{_w}del") is not None:
                    continue  # a row deleted with changes tracked: gone once the changes are accepted
                rows.append(child)
            elif child.tag in (f"{_w}sdt", f"{_w}customXml"):
                inner = child.find(f"{_w}sdtContent") if child.tag == f"{_w}sdt" else child
                if inner is not None:
                    rows.extend(self._rows(inner))
        return rows

    def _table(self, tbl: etree._Element) -> Iterator[Block]:
        trs = self._rows(tbl)
        side = side_columns.merged_side_column(trs)
        # (the elements themselves are kept: lxml hands back the same proxy for an element while one is alive)
        aside = {tc for tr in trs for col, tc in side_columns.placed_cells(tr) if col == side}
        self._depth += 1
        try:
            rows = _without_numbering(fold_merged_rows(
                [[_unstruck(option_looks.chosen_options(guidance.without(list(self._walk(tc)), self._guidance)))
                  for tc in self._cells(tr) if tc not in aside] for tr in trs],
                [_continues(tr) for tr in trs], _cell_text))
        finally:
            self._depth -= 1
        if self._depth and _record_table(rows):
            # a table inside an answer's cell ("Outcome | How assessed" over a row an outcome): the answer's items,
            # none of them a field's label; when the first column holds the items (sentences) the others describe
            # each of them, else a row is an item whole
            items = [_cell_text(r[0]) for r in rows[1:]]
            whole = any(_words(t) < NESTED_ITEM_WORDS for t in items)
            for cells in rows[1:]:
                text = ", ".join(t for t in (_cell_text(c) for c in cells) if t) if whole else _cell_text(cells[0])
                if text:
                    yield Block(text=text, list_item=True)
            return
        rows = question_and_answer(rows, _cell_text) or rows
        translated = translation_column([[_cell_text(c) for c in r] for r in rows])
        if translated is not None:
            # (a bilingual form's labels printed twice, a language a column: the translation is no answer)
            rows = [r[:translated] + r[translated + 1:] for r in rows]
        yield from self._laid_out(_option_rows_folded(rows))

    def _laid_out(self, rows: list[list[list[Block]]]) -> Iterator[Block]:
        options = _option_grid(rows)
        if options:
            yield from options
            return
        if _numbered_rows(rows):
            # "LO1 | Verify milk ...", "LO2 | Prepare feeds ...": a list laid out as a table, its numbers in a column
            for cells in rows:
                for b in _flat(cells[1]):
                    yield replace(b, list_item=True)
            return
        english = _language_column(rows)
        if english is not None:
            # a bilingual table, one language a column under a row naming them: the English column is the
            # document (every answer is read in English), each of its cells a paragraph of its own
            for cells in rows[1:]:
                for b in cells[english] if english < len(cells) else []:
                    # (a cell's line breaks part its heading from its items: "Outcomes." over "1. ...")
                    parts = [t for t in b.text.split("\n") if t.strip()] if not b.is_pair else []
                    yield from ([replace(b, text=t) for t in parts] if len(parts) > 1 else [b])
            return
        by_columns = _label_column(rows)
        if _record_table(rows):
            # a list of records under a row of column names (attendees, a schedule): the names are asked of every
            # record, so none is a label with nothing after it; the first record (the lead, the first session) is
            # read under them, the others are text
            for head, cell in zip(rows[0], rows[1]):
                yield Block(pair_label=_cell_text(head), answer=_flat(cell), record=True)
            for cells in rows[2:]:
                yield Block(text=", ".join(t for t in (_cell_text(c) for c in cells) if t))
            return
        if planning_table.headed_columns([[_cell_text(c) for c in r] for r in rows]):
            # a row of column headings over one row of cells (a logic model: "Inputs | Activities | Outputs |
            # Outcomes"): each heading heads the cell under it, one that names no field too, so that no cell is
            # read as the answer of the heading before it
            for head, cell in zip(rows[0], rows[1]):
                yield Block(pair_label=_cell_text(head), answer=_flat(cell))
                yield from _nested(cell)
            return
        i = 0
        while i < len(rows):
            cells = rows[i]
            texts = [_cell_text(c) for c in cells]
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            labels = [_is_label(t) for t in texts]
            if i == 0 and len(cells) >= 3 and not clean(texts[0]) and nxt is not None \
                    and _is_label(_cell_text(nxt[0])) and all(0 < _words(clean(t)) <= HEADER_WORDS for t in texts[1:]):
                # "    | Lead proposer | Co-lead" over "Name | Ada Roy | Ben Li": a row naming the answer columns over
                # the labels' empty corner heads the columns, it asks nothing ("Lead proposer" is no label of the
                # cell beside it)
                i += 1
                continue
            if _numbered_labels(texts) and nxt is not None and not _numbered_labels([_cell_text(c) for c in nxt]):
                # "2  Lead | 3  Contact": cells numbered one after another, each a label of the numbered form (a
                # word the matcher does not know, "Contact", is still the next item's label, not the answer)
                labels = [True] * len(texts)
            if by_columns is not None and len(cells) >= -min(by_columns[:2]):
                at, answer, codes = by_columns
                pair = {len(cells) + at, len(cells) + answer}
                rest = [k for k in range(len(cells)) if k not in pair]
                if texts[at] and not any(labels[k] for k in rest) \
                        and not (i == 0 and _heading_row(texts[at], texts[answer])):
                    # the table's label column: a wording the matcher does not know is still a label
                    for k in rest:
                        if k - len(cells) not in codes:
                            yield from cells[k]
                    label, typed = split_typed(_hinted(cells[at], texts[at]), _flat(cells[answer]))
                    yield Block(pair_label=one_language(label), answer=typed)
                    yield from _nested(cells[min(pair)])
                    yield from _nested(cells[max(pair)])
                    i += 1
                    continue
            if (len(cells) >= 2 and nxt is not None and len(nxt) == len(cells) and all(labels)
                    and 2 * sum(1 for t, c in zip(texts, nxt) if _is_label(_cell_text(c))
                                and not _answers_header(t, _cell_text(c))
                                and not _FIGURE.fullmatch(clean(_cell_text(c)))) < len(cells)):
                # a row of labels with the answers in the row below (an answer may read like a label by itself,
                # "Neurophysiology Program" under "Department / Program", "20 hrs": a row of answers is mostly not
                # labels)
                for t, ans in zip(texts, nxt):
                    yield Block(pair_label=one_language(t), answer=_flat(ans))
                    yield from _nested(ans)
                i += 2
                continue
            # a row that asks (a known label, or a short question in the applicant's words) over a row that answers
            if len(cells) == 1 and (labels[0] or _label_like(texts[0])) and not _nested(cells[0]) and nxt is not None \
                    and len(nxt) == 1 and not _label_like(_cell_text(nxt[0])):
                yield Block(pair_label=texts[0], answer=_flat(nxt[0]))
                yield from _nested(nxt[0])
                i += 2
                continue
            if len(cells) >= 2 and len(cells) % 2 == 0 and all(labels[0::2]) and (len(cells) == 2 or not any(labels[1::2])):
                for n in range(0, len(cells), 2):
                    label, typed = split_typed(_hinted(cells[n], texts[n]), _flat(cells[n + 1]))
                    yield Block(pair_label=one_language(label), answer=typed)
                    yield from _nested(cells[n])
                    yield from _nested(cells[n + 1])
                i += 1
                continue
            if len(cells) == 2 and _words(texts[0]) <= 6 and texts[0].strip() and not any(b.is_pair for b in cells[0]):
                # a short first cell we cannot name (e.g. "To:") still owns its neighbour
                label, typed = split_typed(_hinted(cells[0], texts[0]), _flat(cells[1]))
                yield Block(pair_label=label, answer=typed)
                yield from _nested(cells[1])
                i += 1
                continue
            for c in cells:
                headed = headed_cell(c) if len(cells) >= 2 else None
                yield from [headed] if headed is not None else c
            i += 1

    # -- tagged content controls ------------------------------------------------
    def _controls(self, body: etree._Element) -> list[Direct]:
        tagged: dict[str, Direct] = {}
        bound: dict[str, Direct] = {}  # controls with no tag, named only by their data binding
        checks: dict[str, list[str]] = {}
        for sdt in body.iter(f"{_w}sdt"):
            pr = sdt.find(f"{_w}sdtPr")
            if pr is None:
                continue
            tag_el = pr.find(f"{_w}tag")
            alias_el = pr.find(f"{_w}alias")
            tag = tag_el.get(f"{_w}val", "") if tag_el is not None else ""
            alias = alias_el.get(f"{_w}val", "") if alias_el is not None else ""
            fallback = False
            if not tag:
                tag = _bound_element(pr)
                fallback = True
                if not tag or pr.find(f"{_w14}checkbox") is not None:
                    continue
            found = bound if fallback else tagged
            m = match_identifier(tag)
            if m is None or m.score < 0.9 or m.key.startswith("_"):
                continue
            key = m.key
            f = FIELDS_BY_KEY[key]
            cb = pr.find(f"{_w14}checkbox")
            if cb is not None:
                checks.setdefault(key, [])
                if _is_on_w14(cb.find(f"{_w14}checked")):
                    caption = alias or _following_text(sdt)
                    checks[key].append(caption)
                continue
            if key in found:
                old = found[key].value
                if f.type == "list" and isinstance(old, list) and not self._placeholder(sdt) \
                        and (more := sdt.find(f"{_w}sdtContent")) is not None:
                    # a list answered one control an item (three "Outcome" controls under one heading, all
                    # tagged alike): every control holds an item of the one answer
                    items = to_value(key, _content_lines(self, more))
                    if isinstance(items, list):
                        # (a control nested in one tagged alike repeats its items: each is kept once)
                        found[key] = Direct(key, [*old, *(i for i in items if i not in old)], "content_control", tag)
                continue
            if self._placeholder(sdt):
                found[key] = Direct(key, None, "content_control", tag)
                continue
            content = sdt.find(f"{_w}sdtContent")
            if content is None:
                continue
            date = pr.find(f"{_w}date")
            value: FieldValue | None = None
            if date is not None and f.type == "date":
                full = date.get(f"{_w}fullDate")
                value = full[:10] if full else to_date(_content_text(self, content))
            elif f.type == "choice" and any(checkbox_state(t)[0] is not None for t, _ in _content_lines(self, content)):
                # a plain-text control holding the option row with its tick boxes ("☐ Online ☒ In person ☐ Hybrid",
                # a template whose controls wrap the whole answer cell): the ticked box answers, as in a table cell
                value = to_value(key, _content_lines(self, content))
            elif f.type == "choice":
                text = clean(_content_text(self, content))
                value = _dropdown_code(pr, key, text)
            else:
                lines = _content_lines(self, content)
                value = to_value(key, lines)
            raw = " ".join(t for t, _ in _content_lines(self, content)) if f.type == "number" else ""
            # a control holding words no value is read from (a drop-down's own typed text) is answered, not empty
            unread = value in (None, "", []) and not is_empty(_content_text(self, content), key)
            found[key] = Direct(key, value, "content_control", tag, raw=raw, unread=unread)
        found = tagged
        for key, captions in checks.items():
            if key in found and found[key].value is not None:
                continue
            code = next((c for c in (choice_code(key, cap) for cap in captions) if c), None)
            # (a box ticked whose caption names no choice of the field: answered, not read)
            found[key] = Direct(key, code, "content_control", key, unread=code is None and bool(captions))
        for key, d in bound.items():
            if key not in found and d.value not in (None, "", []):
                found[key] = replace(d, confidence=min(d.confidence, BOUND_CONFIDENCE), fallback=True)
        return list(found.values())


# A control bound to a custom XML element but given no tag: the element's name ("proposal_title") is where the value
# is stored, which says what the control holds less surely than a label the applicant reads
BOUND_CONFIDENCE = 0.8
_XPATH_STEP = re.compile(r"(?:^|/)(?:[\w.-]+:)?([A-Za-z_][\w.-]*)(?:\[\d+\])?\s*$")


def _styled_bold(rpr: etree._Element | None, styles: dict[str, tuple[str, bool]]) -> bool:
    """Whether a run's character style ("Strong") sets it in bold."""
    style = rpr.find(f"{_w}rStyle") if rpr is not None else None
    return style is not None and styles.get(style.get(f"{_w}val", ""), ("", False))[1]


def _shaded(ppr: etree._Element | None) -> frozenset[str]:
    """The look a paragraph's own shading gives every run of it: highlighted, when it is shaded in a colour."""
    shade = ppr.find(f"{_w}shd") if ppr is not None else None
    fill = (shade.get(f"{_w}fill") or "auto").upper() if shade is not None else "AUTO"
    return frozenset({"highlight"}) if fill not in ("AUTO", "FFFFFF", "") else frozenset()


def _run_look(rpr: etree._Element | None, bold: bool, hint: bool) -> frozenset[str]:
    """The emphases a run is set in, as option_looks names them (a template's grey hint is no colour)."""
    look = {"bold"} if bold else set()
    if rpr is None:
        return frozenset(look)
    if _is_on(rpr.find(f"{_w}strike")) or _is_on(rpr.find(f"{_w}dstrike")):
        look.add(option_looks.STRUCK)
    mark = rpr.find(f"{_w}highlight")
    shade = rpr.find(f"{_w}shd")
    if mark is not None and mark.get(f"{_w}val", "none").lower() not in ("none", "") or \
            shade is not None and (shade.get(f"{_w}fill") or "auto").upper() not in ("AUTO", "FFFFFF", ""):
        look.add("highlight")
    line = rpr.find(f"{_w}u")
    if line is not None and line.get(f"{_w}val", "single").lower() != "none":
        look.add("underline")
    colour = rpr.find(f"{_w}color")
    value = (colour.get(f"{_w}val") or "") if colour is not None else ""
    if not hint and re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
        if max(r, g, b) - min(r, g, b) > GREY_SPREAD:
            look.add("colour")  # (black and greys are the text's own; a colour sets a run apart)
    return frozenset(look)


def _bound_element(pr: etree._Element) -> str:
    """The local name of the XML element a content control is bound to ("/cf:form[1]/cf:proposal_title[1]"), or ""."""
    binding = pr.find(f"{_w}dataBinding")
    m = _XPATH_STEP.search(binding.get(f"{_w}xpath", "")) if binding is not None else None
    return m.group(1) if m else ""


def _is_on_w14(el: etree._Element | None) -> bool:
    if el is None:
        return False
    return el.get(f"{_w14}val", "0").lower() in ("1", "true", "on")


def _following_text(sdt: etree._Element) -> str:
    texts: list[str] = []
    for sib in sdt.itersiblings():
        if sib.tag == f"{_w}sdt":
            break
        texts.extend(t.text or "" for t in sib.iter(f"{_w}t"))
    return "".join(texts)


def _content_text(reader: DocxReader, content: etree._Element) -> str:
    return " ".join(t for t, _ in _content_lines(reader, content))


def _content_lines(reader: DocxReader, content: etree._Element) -> list[tuple[str, bool]]:
    # (a control may wrap a whole table cell, the answer cell of a "label | answer" row: its paragraphs are the cell's)
    cells = content.findall(f"{_w}tc")
    if content.find(f"{_w}p") is not None or content.find(f"{_w}tbl") is not None or cells:
        out: list[tuple[str, bool]] = []
        for b in (b for holder in cells or [content] for b in reader._walk(holder)):
            if b.is_pair:
                continue
            out.extend((part, b.list_item) for part in b.text.split("\n"))
        return out
    parts: list[str] = []
    reader._inline(content, parts, [], {"bold": True, "any": False, "field": None})
    return [(part, False) for part in "".join(parts).replace(_TAB, " ").split("\n")]


def _dropdown_code(pr: etree._Element, key: str, text: str) -> str | None:
    if is_empty(text, key):
        return None
    f = FIELDS_BY_KEY[key]
    for lst in (pr.find(f"{_w}dropDownList"), pr.find(f"{_w}comboBox")):
        if lst is None:
            continue
        for item in lst.findall(f"{_w}listItem"):
            disp = item.get(f"{_w}displayText") or item.get(f"{_w}value") or ""
            val = item.get(f"{_w}value") or ""
            if clean(disp) == text and val in f.choices:
                return val
    if text in f.choices:
        return text
    return choice_code(key, text)


PULL_QUOTE_WORDS = 3  # a shorter box ("Draft", "Page 2") says nothing the body could be checked against


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _without_pull_quotes(blocks: list[Block], floating: set[int]) -> list[Block]:
    """The blocks without a floating text box that repeats words of the body (a brochure's pull quote: decoration
    set beside the text it quotes, no answer of its own)."""
    if not floating:
        return blocks
    body = " " + " ".join(_folded(t) for b in blocks if id(b) not in floating
                          for t in ([b.pair_label or "", *(a.text for a in b.answer)] if b.is_pair else [b.text])) + " "
    out = []
    for b in blocks:
        words = _folded(b.text) if id(b) in floating and not b.is_pair else ""
        if len(words.split()) >= PULL_QUOTE_WORDS and f" {words} " in body:
            continue
        out.append(b)
    return out


# A PDF imported into a word processor (LibreOffice's PDF import, a PDF->DOCX converter) sets every line of the page
# as a text frame of its own, positioned on the page and all anchored to one paragraph, in the PDF's drawing order.
# A label wrapped over two lines beside a two-line answer then reads label line, answer line, label line, answer line.
FRAMED_PAGE_MIN = 8          # positioned text frames in one paragraph before it is read as such a page
FRAMED_PAGE_MAX = 1000       # and at most (each frame is compared with the others on its page: bounded work)
FRAME_X_TOLERANCE = 45720    # EMU (0.05 in): frames starting this close share a column
FRAME_LINE_ADVANCE = 1.3     # of a frame's height: the farthest the next line of the same paragraph starts below it
FRAME_PAGE_JUMP = 10         # frame heights: a frame drawn this far above the one before starts the next page
_SENTENCE_END = re.compile(r"[.!?:]\W*$")
_ITEM_START = re.compile(r"\s*(?:\d{1,2}[.)]|\(?[a-zA-Z][.)]|[^\w\s(\"'\u201c])(?:\s|$)")
_SOFT_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _frame_positions(boxes: list[etree._Element]) -> list[tuple[int, int, int]] | None:
    """(left, top, height) in EMU of each text box, when the boxes are the lines of a page imported as positioned
    frames (enough of them, each anchored with offsets from one shared origin); None otherwise."""
    if not FRAMED_PAGE_MIN <= len(boxes) <= FRAMED_PAGE_MAX:
        return None
    out: list[tuple[int, int, int]] = []
    origins: set[tuple[str, str]] = set()
    for box in boxes:
        placed = _anchor_position(box) or _vml_position(box)
        if placed is None:
            return None
        origin, x, y, height = placed
        if height <= 0:
            return None
        origins.add(origin)
        out.append((x, y, height))
    return out if len(origins) == 1 else None


def _anchor_position(box: etree._Element) -> tuple[tuple[str, str], int, int, int] | None:
    """A DrawingML text box's origin (what its offsets are from), left, top and height (EMU); None unplaced."""
    anchor = next((a for a in box.iterancestors() if a.tag == f"{{{WP}}}anchor"), None)
    if anchor is None:
        return None
    h, v, ext = anchor.find(f"{{{WP}}}positionH"), anchor.find(f"{{{WP}}}positionV"), anchor.find(f"{{{WP}}}extent")
    if h is None or v is None or ext is None:
        return None
    try:
        x, y = int(h.findtext(f"{{{WP}}}posOffset") or ""), int(v.findtext(f"{{{WP}}}posOffset") or "")
        height = int(ext.get("cy") or "")
    except ValueError:
        return None
    return (h.get("relativeFrom", ""), v.get("relativeFrom", "")), x, y, height


_VML_PLACE = re.compile(r"(?:^|;)\s*(margin-left|margin-top|height)\s*:\s*(-?\d+(?:\.\d+)?)pt", re.I)
EMU_PER_PT = 12700


def _vml_position(box: etree._Element) -> tuple[tuple[str, str], int, int, int] | None:
    """The same for a VML text box (a converter that writes no DrawingML): its shape's style, in points."""
    shape = next((a for a in box.iterancestors() if a.tag in (f"{{{VML}}}shape", f"{{{VML}}}rect")), None)
    if shape is None or "absolute" not in (shape.get("style") or ""):
        return None
    place = {k.lower(): float(v) for k, v in _VML_PLACE.findall(shape.get("style") or "")}
    if len(place) < 3:
        return None
    return ("vml", "vml"), round(place["margin-left"] * EMU_PER_PT), round(place["margin-top"] * EMU_PER_PT), \
        round(place["height"] * EMU_PER_PT)


def _frame_pages(lines: list[tuple[int, int, int, list[Block]]]) -> list[list[tuple[int, int, int, list[Block]]]]:
    """The frames split where the drawing order jumps back up by many lines: the next page's frames, anchored to
    the same paragraph, start again from its top."""
    pages: list[list[tuple[int, int, int, list[Block]]]] = []
    for line in lines:
        if not pages or line[1] < pages[-1][-1][1] - FRAME_PAGE_JUMP * line[2]:
            pages.append([])
        pages[-1].append(line)
    return pages


def _wrapped_frame_line(above: Block, line: Block, advance: int, height: int, peer: bool) -> Block | None:
    """``above`` and ``line`` as one paragraph when ``line`` is the wrapped rest of ``above`` (the next line of
    the same column, set alike, neither a new item nor a new sentence), else None. The converter keeps the space
    (or the hyphen) the line broke at: with it the wrap is certain; without it a line is a continuation only when
    no other column starts a line beside it (beside, it may as well start the next row)."""
    if not 0 < advance <= FRAME_LINE_ADVANCE * height or above.bold != line.bold:
        return None
    if above.heading is not None or line.heading is not None or above.is_pair or line.is_pair:
        return None
    first, rest = above.text, line.text
    if not first.strip() or not rest.strip() or "\n" in first or _ITEM_START.match(rest):
        return None
    if _SENTENCE_END.search(first.rstrip()):
        return None
    hyphen = bool(_SOFT_HYPHEN_END.search(first)) and rest[:1].islower()
    if not (first[-1:].isspace() or hyphen or not peer):
        return None
    text = first.rstrip() + ("" if hyphen else " ") + rest.lstrip()
    return replace(above, text=text)


def _textboxes(el: etree._Element) -> list[etree._Element]:
    out = []
    for node in el.iter():
        if node.tag == f"{{{MC}}}Fallback":
            continue
        if node.tag == f"{_w}txbxContent" and not any(a.tag == f"{{{MC}}}Fallback" for a in node.iterancestors()):
            out.append(node)
    return out


_TAB = "\t"
_TAB_LABEL = re.compile(r"^(\s*)([^\t\n:]*[^\s:])\t+(?=\S)(.*)$", re.S)
# A form whose table was flattened (a .doc re-saved, a table converted to text without separators) runs its rows
# into one paragraph: "Proposed Title: X Name of Proposer: Y ...". Its labels are still set in bold and the answers
# plainly, so a bold stretch ending in a colon that follows plain text starts a line of its own again. One such
# stretch is an emphasised word in prose ("... **Note:** ..."); two or more are the rows of a form.
GLUED_LABELS_MIN = 2
GLUED_LABEL_WORDS = 8


def _glued_labels_apart(parts: list[str], pieces: list[tuple[int, bool]]) -> list[str]:
    """The paragraph's text pieces with a line break before each bold label glued to the answer before it."""
    starts: list[int] = []   # pieces that open a label after plain text
    inner: list[int] = []    # bold pieces holding two labels ("Alignment:Summative Assessment:")
    i = 0
    while i < len(pieces):
        if not pieces[i][1]:
            i += 1
            continue
        j = i
        # (an empty label's colon closes it: "Framework:" and "Assessment:" bold one after the other are two rows)
        while j + 1 < len(pieces) and pieces[j + 1][1] and not parts[pieces[j][0]].rstrip().endswith(":"):
            j += 1
        label = "".join(parts[pieces[i][0]:pieces[j][0] + 1]).strip()
        before = "".join(parts[:pieces[i][0]])
        if (label.endswith(":") and 0 < len(label.split()) <= GLUED_LABEL_WORDS and label[:1].isupper()
                and before.strip() and not before.endswith("\n")):
            starts.append(pieces[i][0])
        inner.extend(pieces[k][0] for k in range(i, j + 1) if _LABEL_AFTER_LABEL.search(parts[pieces[k][0]]))
        i = j + 1
    if len(starts) + len(inner) < GLUED_LABELS_MIN:
        return parts
    out = list(parts)
    for k in inner:
        out[k] = _LABEL_AFTER_LABEL.sub(":\n", out[k])
    for k in reversed(starts):
        out.insert(k, "\n")
    return out


_LABEL_AFTER_LABEL = re.compile(r":(?=[A-ZÀ-Þ][^\W\d_]*\b[^:\n]{0,60}:\s*$)")


def _tab_aligned(text: str) -> str:
    """A paragraph's text with its tab stops as spaces, or "Label: answer" for a tab-aligned label line.

    Typists line answers up behind their labels with a tab ("Job title<TAB>Health Literacy Coordinator").
    A tab is no separator of its own elsewhere (an indent, a column of a list), so only a recognised field
    label before the first tab makes the line a label and its answer; the segmenter then reads it as any
    "Label: answer" line, answers continued on the paragraphs below included.
    """
    if _TAB not in text:  # (most paragraphs: the pattern would only backtrack through them)
        return text
    m = _TAB_LABEL.match(text)
    if m and "\n" not in m.group(2) and _is_label(m.group(2)):
        text = f"{m.group(1)}{m.group(2)}: {m.group(3)}"
    return text.replace(_TAB, " ")


def _heading_level(sid: str, name: str) -> int | None:
    for s in (name, sid):
        low = s.lower().replace(" ", "")
        if low in ("title", "subtitle"):
            # (a subtitle is the title's second line: under a title that names the kind of document, "Business
            # Case", it names the course)
            return 0
        m = re.match(r"heading(\d)$", low)
        if m:
            return int(m.group(1))
    return None


def _unstruck(blocks: list[Block]) -> list[Block]:
    """The blocks with the words struck through taken out of their text: a correction made in place ("~~12 h~~
    16 h"), whose old words the writer withdrew. Options told apart by their strikes were read before (see
    option_looks): what is still struck here is no option. The blocks are changed in place (readers keep them by
    identity: hints, list levels)."""
    for b in blocks:
        if not b.looks or b.is_pair or not any(option_looks.STRUCK in look for _, look in b.looks):
            continue
        kept = "".join(t for t, look in b.looks if option_looks.STRUCK not in look)
        b.text = " ".join(kept.split()) if any(c.isalnum() for c in kept) else ""
        b.looks = tuple((t, look) for t, look in b.looks if option_looks.STRUCK not in look)
    return blocks


def _continues(tr: etree._Element) -> bool:
    """Whether the row's first cell continues a cell merged down from the row above."""
    tc = tr.find(f"{_w}tc")
    pr = tc.find(f"{_w}tcPr") if tc is not None else None
    vm = pr.find(f"{_w}vMerge") if pr is not None else None
    return vm is not None and vm.get(f"{_w}val") != "restart"


def _hinted(blocks: list[Block], text: str) -> str:
    """A label cell's label: its first line when that line is a field's wording on its own and the lines under it a
    hint that names no field ("Existing Program Name" over "Only if converting an existing program", whose words
    would draw the whole cell towards another field); the cell's text otherwise."""
    lines = [ln.strip() for b in blocks if not b.is_pair for ln in b.text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return text
    head, whole = match_label(lines[0]), match_label(text)
    if head is None or head.score < SURE_LABEL or whole is not None and whole.score >= SURE_LABEL \
            or any((m := match_label(ln)) is not None and m.score >= SURE_LABEL for ln in lines[1:]):
        return text
    return lines[0]


SURE_LABEL = 0.9  # a label's match score that names its field surely


def _cell_text(blocks: list[Block]) -> str:
    return " ".join(b.text.replace("\n", " ") for b in blocks if not b.is_pair).strip()


def _flat(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if not b.is_pair]


def _nested(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.is_pair]


def _words(text: str) -> int:
    return len(text.split())


_ITEM_NUMBER = re.compile(r"^\s*(?:(?:q|no\.?|#)?\s*\d{1,2}[.):]?|[a-z][.)]|\(?[a-z]\)|[ivx]{1,5}[.)]?)\s*$", re.I)
_NUMBER_HEADER = re.compile(r"^\s*(?:no\.?|#|§|n[°º]|item|q|question\s+no\.?)?\s*$", re.I)


def _without_numbering(rows: list[list[list[Block]]]) -> list[list[list[Block]]]:
    """The rows without a first or last column that only numbers them ("No." over 1, 2, 3 ...)."""
    wide = [r for r in rows if len(r) >= 3]
    if len(wide) < 3 or len(wide) < 0.6 * len(rows):
        return rows
    for end in (0, -1):
        cells = [_cell_text(r[end]) for r in wide]
        numbered = [t for t in cells if t and _ITEM_NUMBER.match(t)]
        others = [t for t in cells if t and not _ITEM_NUMBER.match(t)]
        if len(numbered) >= 3 and len(others) <= 1 and all(_NUMBER_HEADER.match(t) for t in others):
            return [(r[1:] if end == 0 else r[:-1]) if len(r) >= 3 else r for r in rows]
    return rows


# A choice laid out as a small table, one option a row, the chosen one marked in a cell of its own beside it
# ("Microcours | X"): the rows are that question's tick boxes, not labels with answers
_CELL_MARK = re.compile(r"^\s*(?:[xX✓✔✗✘☒■●•*]|\[\s*[xX✓✔*]\s*\]|\(\s*[xX✓✔*•]\s*\))\s*$")
OPTION_WORDS = 8
_CHOICE_KEYS = tuple(k for k, f in FIELDS_BY_KEY.items() if f.type == "choice")


def _option_grid(rows: list[list[list[Block]]]) -> list[Block]:
    """The rows of an options table as tick-box lines ("☒ Microcours"), or [] when the table is not one.

    The options stand a row each (caption | mark), or side by side: a row of captions over a row of their boxes
    ("New micro-credential | Convert an existing program | Micro-course" over "☐ | ☒ | ☐", a table nested in the
    answer cell), read as the columns they make."""
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) > 2 and not any(_nested(c) for r in rows for c in r):
        boxes = [clean(_cell_text(c)) for c in rows[1]]
        if all(b and (b in glyphs.BOXES or _CELL_MARK.match(b)) for b in boxes):
            # (an empty box is no mark: the column's cell left blank)
            return _option_grid([[top, [] if b in glyphs.EMPTY_BOXES else under]
                                 for top, under, b in zip(rows[0], rows[1], boxes)])
        return []
    if len(rows) < 2 or any(len(r) != 2 for r in rows) or any(_nested(c) for r in rows for c in r):
        return []
    texts = [[clean(_cell_text(c)) for c in r] for r in rows]
    for mark_at in (1, 0):
        marks = [t[mark_at] for t in texts]
        captions = [t[1 - mark_at] for t in texts]
        if all(not m or _CELL_MARK.match(m) for m in marks) and sum(1 for m in marks if m) >= 1 \
                and sum(1 for m in marks if not m) >= 1 \
                and all(0 < _words(c) <= OPTION_WORDS and not c.endswith((":", "?")) for c in captions) \
                and any(sum(1 for c in captions if choice_code(k, c)) >= 2 for k in _CHOICE_KEYS):
            # (two captions or more name options of one of the form's choices: a blank form's labels never do)
            return [Block(text=("☒ " if m else "☐ ") + c) for m, c in zip(marks, captions)]
    return []


def _option_rows_folded(rows: list[list[list[Block]]]) -> list[list[list[Block]]]:
    """A question's row followed by a row per option, each marked or not in the answer column ("Delivery Format |
    (X)", "Online | ", "In person | X", "Hybrid | "), as one row: the question, and its options as tick-box lines.

    Read row by row, every option's caption is a label of its own with an empty answer or an "X", and the question
    row's answer is at most the mark the form asks for. Only rows of two cells, two options or more, all captions
    of one choice of the form's, at least one marked, under a row whose label names that choice: a table of labels
    beside answers never looks so."""
    out: list[list[list[Block]]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        ask = clean(_cell_text(row[1])) if len(row) == 2 else None
        j = i + 1
        if ask is not None and (not ask or _CELL_MARK.match(ask)):
            key = None
            while j < len(rows) and len(rows[j]) == 2:
                caption, mark = clean(_cell_text(rows[j][0])), clean(_cell_text(rows[j][1]))
                if mark and not _CELL_MARK.match(mark) or not 0 < _words(caption) <= OPTION_WORDS:
                    break
                named = key or next((k for k in _CHOICE_KEYS if choice_code(k, caption)), None)
                if named is None or not choice_code(named, caption):
                    break
                key = named
                j += 1
            options = rows[i + 1:j]
            asked = match_label(clean(_cell_text(row[0])).rstrip(":").strip())
            # (the question row names the choice its options belong to: a row that is an option itself is no question)
            if len(options) >= 2 and any(clean(_cell_text(r[1])) for r in options) \
                    and asked is not None and asked.score >= 0.9 and asked.key == key:
                ticks = [Block(text=("☒ " if clean(_cell_text(r[1])) else "☐ ") + clean(_cell_text(r[0])))
                         for r in options]
                out.append([row[0], ticks])
                i = j
                continue
        out.append(row)
        i += 1
    return out


_LANGUAGE_HEAD = re.compile(r"^\s*(?:english|anglais|en)\s*$|^\s*(?:fran[çc]ais|french|fr)\s*$", re.I)


def _language_column(rows: list[list[list[Block]]]) -> int | None:
    """The English column of a table whose first row names its columns' languages ("English | Français")."""
    if len(rows) < 2 or len(rows[0]) != 2:
        return None
    heads = [clean(_cell_text(c)) for c in rows[0]]
    if not all(_LANGUAGE_HEAD.match(h) for h in heads):
        return None
    english = [i for i, h in enumerate(heads) if re.match(r"\s*(?:english|anglais|en)\s*$", h, re.I)]
    return english[0] if len(english) == 1 else None


# an item's number or code alone in its cell: "1", "1.", "LO1", "LO 2", "Q3", "a)"
_ITEM_CODE = re.compile(r"^\s*(?:[A-Z]{1,4}\s?-?\d{1,2}|\d{1,2}|[a-h])[.):]?\s*$")


def _numbered_rows(rows: list[list[list[Block]]]) -> bool:
    """Two columns, two rows or more: item codes in the first, a text in the second of every row."""
    if len(rows) < 2 or any(len(r) != 2 for r in rows) or any(_nested(c) for r in rows for c in r):
        return False
    codes = [clean(_cell_text(r[0])) for r in rows]
    return all(_ITEM_CODE.match(c) for c in codes) and len(set(codes)) == len(codes) \
        and all(_words(clean(_cell_text(r[1]))) >= 2 for r in rows) \
        and not any(_label_like(_cell_text(r[1])) for r in rows)  # (numbered questions are a form's own rows)


RECORDS_MIN = 2  # rows of records under a header row: one row under it is the answers of a header table
RECORD_LABELS = 0.2  # share of a list's cells that may read like a label by chance


NESTED_ITEM_WORDS = 4  # a table's first column holds the items when each of its cells is a phrase this long


def _record_table(rows: list[list[list[Block]]]) -> bool:
    """A table that lists records: a row of short column names (no question, no colon) over rows of the same
    width that do not read as labels."""
    if len(rows) < RECORDS_MIN + 1 or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return False
    if any(_nested(c) for r in rows for c in r):
        return False
    head = [clean(_cell_text(c)) for c in rows[0]]
    if not all(0 < _words(t) <= 3 and not t.rstrip().endswith(("?", ":")) for t in head):
        return False
    # (a record's cell may happen to read like a label, "Unit Manager"; a row of labels is the next header)
    marks = [[_label_like(_cell_text(c)) for c in r] for r in rows[1:]]
    return not any(all(m) for m in marks) and sum(map(sum, marks)) <= RECORD_LABELS * sum(map(len, marks))


def _label_column(rows: list[list[list[Block]]]) -> tuple[int, int, frozenset[int]] | None:
    """Where a table keeps its labels beside its answers: (label column, answer column, columns of codes), the
    columns counted from the row's end (-2, -1: label, then answer; -1, -2: answer, then label).

    Which column holds the labels is read from the columns' content, never from their place: the label column
    is the one whose cells read as labels in most rows (a field's wording, a short question) while no other
    column does; the answer column is the one beside it in the usual places (the last two) unless that column
    holds only codes ("A", "B", "C": a reference column), then the column of the longest texts. Cells of
    other columns are context (a section name, a merged group cell), or dropped when they are codes. Then every
    such row is a label and its answer, also where the wording is one the matcher does not know. None for
    other tables, and when the content does not single out one label column and one answer column.
    """
    rows = [r for r in rows if len(r) >= 2]
    if len(rows) < 4:
        return None
    width = min(len(r) for r in rows)
    marks = [[_label_like(_cell_text(c)) for c in r] for r in rows]
    codes = frozenset(at for at in range(-width, 0) if _code_column([_cell_text(r[at]) for r in rows]))
    found: list[tuple[int, int]] = []
    for at in range(-width, 0):
        if at in codes:
            continue
        here = sum(1 for lab in marks if lab[at] and not any(m for k, m in enumerate(lab) if k - len(lab) != at
                                                              and k - len(lab) < -2))
        if here < 0.6 * len(rows):
            continue
        # the answer column: the usual neighbour of a label column among the last two, else the longest texts
        others = [k for k in range(-width, 0) if k != at and k not in codes]
        if not others:
            continue
        if at in (-2, -1) and (-3 - at) not in codes:
            answer = -3 - at
        else:
            answer = max(others, key=lambda k: sum(_words(_cell_text(r[k])) for r in rows))
        answer = _fuller_column(rows, at, answer, others)
        lead = _first_person(rows, at, others)
        answer = lead if lead is not None else answer
        # (no other column reads as labels: counted a column at a time, since an answer or a note may read like
        # a label by chance in a row or two of each column, "Micro-course", "maybe also students?")
        there = max(sum(1 for lab in marks if lab[k]) for k in range(-width, 0) if k != at)
        if there <= 0.2 * len(rows) and _answers_column([_cell_text(r[answer]) for r in rows]):
            found.append((at, answer))
    if len(found) != 1:
        return None
    at, answer = found[0]
    if _heading_row(_cell_text(rows[0][at]), _cell_text(rows[0][answer])) \
            or all(0 < _words(clean(_cell_text(c))) <= 3 and not _label_like(_cell_text(c)) for c in rows[0]):
        # under a row that names the columns, a column right of both the labels and the answers is the
        # applicant's own (notes to self, a status): not the form's, dropped like a column of codes
        codes = codes | {k for k in range(-width, 0) if k > max(at, answer)}
    return at, answer, codes


HEADER_WORDS = 6  # words of a column's heading, at most


def _first_person(rows: list[list[list[Block]]], at: int, others: list[int]) -> int | None:
    """The column of the first person when the columns beside the labels are people ("Name | Lead | Co-lead", each
    column a person's name, role and address): two or more of them hold an email address on one row. The one
    nearest the labels is the first named (the lead, the applicant before the co-applicant), not the one with the
    most words; None for any other table."""
    for r in rows:
        held = [k for k in others if find_emails(_cell_text(r[k]))]
        if len(held) >= 2:
            return min(held, key=lambda k: abs(k - at))
    return None


FULLER = 2  # times as many filled cells as the usual neighbour: that column holds the answers


def _fuller_column(rows: list[list[list[Block]]], at: int, answer: int, others: list[int]) -> int:
    """The answer column: the one a header cell calls the answers ("Response", "Our answer") when exactly one
    does, else the usual neighbour unless another column is filled in FULLER times as many rows (a notes
    column beside the labels is mostly empty, the answers are not)."""
    roles = [column_role(_cell_text(rows[0][k])) for k in others]
    if roles.count("answer") == 1:
        return others[roles.index("answer")]
    def filled(k: int) -> int:
        return sum(1 for r in rows[1:] if clean(_cell_text(r[k])))
    best = max(others, key=filled)
    return best if filled(best) >= FULLER * max(1, filled(answer)) else answer


# a reference code alone in its cell: "A", "B", "1", "2", "R3", "Q4"
_CODE = re.compile(r"^\s*(?:[A-Za-z]|[A-Za-z]{0,3}\s?-?\d{1,3})[.)]?\s*$")
CODE_HEADER_WORDS = 2  # a code column's own heading: "Ref", "No.", "ID"


def _code_column(cells: list[str]) -> bool:
    """A column of short codes, one a row and no two alike ("A" ... "M", "1" ... "12"), under at most one
    short heading: it names the rows, it holds neither labels nor answers."""
    texts = [clean(t) for t in cells if clean(t)]
    coded = [t for t in texts if _CODE.match(t) and len(t.replace(" ", "")) <= 4]
    others = [t for t in texts if t not in coded]
    return len(coded) >= 3 and len(set(coded)) == len(coded) and len(others) <= 1 \
        and all(_words(t) <= CODE_HEADER_WORDS and not _label_like(t) for t in others)


def _answers_column(cells: list[str]) -> bool:
    """The column holds answers, not codes or nothing: most of its filled cells are more than a code."""
    filled = [clean(t) for t in cells if clean(t)]
    return bool(filled) and sum(1 for t in filled if not (_CODE.match(t) and len(t) <= 4)) >= 0.5 * len(filled)


def _heading_row(label: str, answer: str) -> bool:
    """A first row that names the columns ("What CE asks | Our answer", "Question | Answer"): no label."""
    return column_role(answer) == "answer" or column_role(label) == "question"


def _answers_header(header: str, cell: str) -> bool:
    """Whether ``cell``, under a header cell naming a choice, is one of that choice's options ("In person (lab)"
    under "Delivery Mode"): an answer, though an option's words also read as a label."""
    m = match_label(one_language(clean(header)).rstrip(":"))
    if m is None or FIELDS_BY_KEY[m.key].type != "choice" or choice_code(m.key, cell) is None:
        return False
    # (a cell that is plainly another field's label stays a label: "Existing Program Name (if converting ...)"
    # names an option of the request type too)
    own = match_label(one_language(clean(cell)))
    return own is None or own.score < 0.9 or own.key == m.key


# an item number, then a few words: "3  Contact", "15  Learners/yr", "4. Request"
_NUMBERED_LABEL = re.compile(r"^\s*(\d{1,2})[.)]?\s+(\S.{0,40})$")


def _numbered_labels(texts: list[str]) -> bool:
    """Whether a row's cells (two or more) are items numbered one after another, each a short label: "2  Lead" |
    "3  Contact". A few words after each number, none of them a sentence or a figure's answer."""
    if len(texts) < 2:
        return False
    found = [_NUMBERED_LABEL.match(clean(t)) for t in texts]
    if not all(found):
        return False
    numbers = [int(m.group(1)) for m in found if m]
    words = [m.group(2) for m in found if m]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:])) and all(
        _words(w) <= 5 and not w.rstrip().endswith(".") and not any(c.isdigit() for c in w) for w in words)


# a figure with its unit ("20 hrs", "about 15", "6 h"): an answer, though the unit's word may read as a label's
_FIGURE = re.compile(r"(?i)(?:about|approx\.?|approximately|around|roughly|~|≈)?\s*\d+(?:[.,]\d+)?\s*[^\W\d_]{0,6}\.?")


def _label_like(text: str) -> bool:
    """A recognised label, or a short question or "...:" cell (how a label in the applicant's words looks)."""
    t = clean(text)
    return _is_label(t) or (0 < _words(t) <= 15 and t.rstrip().endswith(("?", ":")))


def _is_label(text: str) -> bool:
    t = one_language(clean(text))
    if not t or _words(t) > 14:
        return False
    if names_field(t.rstrip(":"), 0.75) or contact_parts(t.rstrip(":")) is not None:
        return True
    # "Position / department", "Role and unit": a label that asks for two fields, each half a label of its own
    halves = [h.strip() for h in _TWO_ASKED.split(t.rstrip(":"), maxsplit=1)]
    return len(halves) == 2 and all(h and names_field(h, 0.75) for h in halves)


_TWO_ASKED = re.compile(r"\s+/\s+|\s+(?:and|&|et)\s+", re.I)


def read_styles(data: bytes, filename: str) -> dict[str, tuple[str, bool]]:
    raw = read_zip_part(data, filename, "word/styles.xml", required=False)
    if not raw:
        return {}
    digest = hashlib.sha256(raw).digest()
    known = _STYLE_CACHE.get(digest)
    if known is not None:
        _STYLE_CACHE.move_to_end(digest)
        return dict(known)  # a copy: the reader may not change what the next document is served
    out = _styles_of(raw, filename)
    _STYLE_CACHE[digest] = dict(out)
    if len(_STYLE_CACHE) > STYLE_CACHE_SIZE:
        _STYLE_CACHE.popitem(last=False)
    return out


def _styles_of(raw: bytes, filename: str) -> dict[str, tuple[str, bool]]:
    root = parse_xml(raw, filename)
    out: dict[str, tuple[str, bool]] = {}
    # (iterchildren(tag) is find(tag) without the path machinery: a stylesheet holds hundreds of styles)
    for st in root.iter(f"{_w}style"):
        sid = st.get(f"{_w}styleId", "")
        name_el = next(st.iterchildren(f"{_w}name"), None)
        name = name_el.get(f"{_w}val", sid) if name_el is not None else sid
        rpr = next(st.iterchildren(f"{_w}rPr"), None)
        bold = rpr is not None and _is_on(next(rpr.iterchildren(f"{_w}b"), None))
        out[sid] = (name, bold)
    return out


def contact_of(text: str) -> bool:
    return bool(find_emails(text) or PHONE.search(text))


_HEADER_PART = re.compile(r"^word/header(\d*)\.xml$")
HEADER_ANSWERS = 2  # answered label lines that make a page header part of the form


def _answered_headers(data: bytes, filename: str, styles: dict[str, tuple[str, bool]]) -> list[Block]:
    """The paragraphs of page headers that hold answers ("Working Title: ...", "Proponent: ...").

    A header is normally a letterhead or a form number, and is skipped. Some applicants put the
    identification part of the form in the first section's header so it repeats on every page; a header
    with at least HEADER_ANSWERS lines that are a recognised label and its answer is read as the top
    of the document. Footers never are: they hold revision and page numbers.
    """
    return _headers(data, filename, styles)[0]


def _headers(data: bytes, filename: str, styles: dict[str, tuple[str, bool]]) -> tuple[list[Block], list[Block]]:
    """(the answered headers' paragraphs, the letterhead lines that give an address or a number).

    A letter's sender often writes their address and direct line only in the letterhead: those lines
    are kept apart, to be read after the body (where a signature stands), never as the top of a form.
    """
    try:
        held = _held(data)
        listed = held[0].namelist() if held is not None else zipfile.ZipFile(io.BytesIO(data)).namelist()
        names = sorted((n for n in listed if _HEADER_PART.match(n)),
                       key=lambda n: int(_HEADER_PART.match(n).group(1) or 0))  # type: ignore[union-attr]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return [], []
    out: list[Block] = []
    contact: list[Block] = []
    seen: set[str] = set()
    for name in names:
        raw = read_zip_part(data, filename, name, required=False)
        if not raw:
            continue
        root = parse_xml(raw, filename)
        blocks: list[Block] = []
        for b in DocxReader(root, styles)._walk(root):
            label, colon, answer = b.text.partition(":")
            if not b.is_pair and colon and answer.strip() and _is_label(label):
                # a header line is one line: its answer ends there, whatever the body starts with
                blocks.append(Block(pair_label=label.strip(), answer=[Block(text=answer.strip())]))
            else:
                blocks.append(b)
        text = "\n".join(b.pair_label or b.text for b in blocks)
        if sum(b.is_pair for b in blocks) >= HEADER_ANSWERS and text not in seen:
            seen.add(text)
            out.extend(blocks)
        elif text not in seen:
            seen.add(text)
            plain = [b for b in blocks if not b.is_pair and b.text.strip()]
            for k, b in enumerate(plain):
                if not (find_emails(b.text) or PHONE.search(b.text)):
                    continue
                above = plain[k - 1].text.strip() if k else ""
                if above and not contact_of(above) and PERSON.match(above) and not ORG.search(above.split(",")[0]):
                    # the sender's name (and role) on the line above their address: one signature block with it
                    contact.append(Block(text=plain[k - 1].text.strip() + "\n" + b.text.strip()))
                else:
                    contact.append(Block(text=b.text))
    return out, contact


def read_docx(data: bytes, filename: str = "") -> tuple[list[Block], list[Direct], str]:
    """Blocks in reading order, tagged-control values, and the core-properties title."""
    entry = (data, *_package(data, filename))
    _OPEN.append(entry)
    try:
        return _read_docx(data, filename)
    finally:
        _OPEN.remove(entry)


def _bold_lead(parts: list[str], pieces: list[tuple[int, bool]]) -> str:
    """The text of the bold runs that open a paragraph whose rest is plain ("Partner." / " Veridane ..."), or ""."""
    lead: list[str] = []
    for n, (at, bold) in enumerate(pieces):
        if not bold:
            rest = "".join(parts[at:])
            return "".join(lead).strip() if lead and rest.strip() and n else ""
        lead.append(parts[at])
    return ""


def _read_docx(data: bytes, filename: str) -> tuple[list[Block], list[Direct], str]:
    raw = read_zip_part(data, filename, "word/document.xml")
    assert raw is not None
    root = parse_xml(raw, filename)
    styles = read_styles(data, filename)
    chunks = None
    if b"altChunk" in raw:
        rels_raw = read_zip_part(data, filename, "word/_rels/document.xml.rels", required=False)
        rels = alt_chunks.chunk_targets(parse_xml(rels_raw, filename) if rels_raw else None)
        chunks = alt_chunks.resolver(lambda name: read_zip_part(data, filename, name, required=False), rels)
    blocks, directs = DocxReader(root, styles, chunks).read()
    answered, letterhead = _headers(data, filename, styles)
    blocks = answered + blocks + letterhead
    title = ""
    core = read_zip_part(data, filename, "docProps/core.xml", required=False)
    if core:
        try:
            croot = parse_xml(core, filename)
            for el in croot.iter():
                if isinstance(el.tag, str) and el.tag.endswith("}title") and el.text:
                    title = el.text
        except (DamagedFile, ExpandsTooMuch):
            title = ""
    return blocks, directs, title
