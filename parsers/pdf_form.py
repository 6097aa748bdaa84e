"""Read a PDF concept form: AcroForm fields first, then the text layer.

Field names are matched to keys directly, through their words ("ProposedTitle"),
or through their tooltip (/TU) when the name means nothing ("Text7"). Check
boxes named like ``Format_Online`` form a group for one choice field. When the
form has no fields, the text layer is read line by line with the same label
matching as DOCX. A PDF without a text layer is reported as scanned.
"""
from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable

from . import (annotation_text, captions, card_tags, columns, empty_answers, emphasis, header_table, indented_answers,
               label_gaps, planning_table, printed_mail, leaders, line_breaks, marks, outline, page_notes, pdf_layout, pdftext,
               question_columns, rating_grid, right_labels, struck_text,
               side_by_side, stacked, translated_labels, wrapped_cells)
from .item_numbers import number_column
from .label_cells import split_typed
from .errors import DamagedFile, EncryptedFile, TooLarge
from .fields import CHOICE_KEYS, FIELDS_BY_KEY, FieldValue
from .labels import LabelMatch, match_identifier, match_label, names_field, one_language, split_identifier
from .layout import Block, Direct
from .meaning import resolve
from .stream_reading import StreamReading
from .normalise import choice_code, clean, is_empty, to_value

if TYPE_CHECKING:  # pypdf is imported where it is used
    from pypdf import PageObject, PdfReader

MAX_PAGES = 50
MIN_FAST_TEXT = 20  # letters and digits below which a page is read again by pypdf
# pypdf's extractor takes up to half a second a page on drawings made of form XObjects; a concept form's
# pages are read well within this, and a long drawing no longer holds the parse for seconds. It is CPU
# time: on a busy machine wall time runs on while the parser waits, and what a document is read as
# must not depend on how busy the machine was (an 8-page paper whose fonts the fast extractor cannot
# read became a "concept form" from its remaining text when the suite ran beside other work)
SLOW_TEXT_BUDGET_S = 1.0
TOOLTIP_MIN = 0.75
WRAPPED_LABEL_WORDS = 6  # words of a label's first line that opens a parenthesis its next line closes
RUN_IN_SCORE = 0.9  # how surely the words before a full stop must name a field to be its run-in label
MIN_STAMP = 6  # characters of a running line without letters (a date, a time) before it may be furniture
RUNNING_MIDDLE = 16  # characters of a running line before it is dropped away from the page's edges too
_WIDGET_WORD = re.compile(r"^(?:check_?box|checkbox|check|chk|cb|radio_?button|radio|rb|opt(?:ion)?|btn|button)"
                          r"(?=[_\-. ]|(?-i:[A-Z]))[_\-. ]?", re.IGNORECASE)
_OFF = {"/off", "off", "", "/no", "no", "false", "0"}
_LINE_END_HYPHEN = re.compile(r"[^\W\d_]-[ \t]*\n[ \t]*[^\W\d_]")
_ANY_STATE = "*"  # the caption key of a widget that names no states (it has no appearance streams)

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class PdfContent:
    blocks: list[Block] = field(default_factory=list)
    directs: list[Direct] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    pages: int = 0
    has_text: bool = False
    text: str = ""
    # the text-layer pages' runs, furniture dropped (empty for a form read from its fields): where each label stands
    geometry: list[list[pdf_layout.Line]] = field(default_factory=list)
    # every page with text is a picture under an invisible text layer: a scan OCR made searchable, its text a guess
    ocr_layer: bool = False


def read_pdf(data: bytes, filename: str = "", max_pages: int = MAX_PAGES) -> PdfContent:
    """Fields and text lines of a PDF; raises DamagedFile / EncryptedFile / TooLarge."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    if b"%PDF-" not in data[:1024]:
        raise DamagedFile("no %PDF header", filename)
    out = PdfContent()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # unsupported cipher etc.: we cannot open it either way
                raise EncryptedFile(f"cannot decrypt: {exc}", filename) from exc
            if not ok:
                raise EncryptedFile("needs a password", filename)
        out.pages = len(reader.pages)
        if out.pages > max_pages:
            raise TooLarge(f"{out.pages} pages", filename)
        try:
            meta: dict[Any, Any] = reader.metadata or {}
            out.metadata = {str(k): str(v) for k, v in meta.items()}
        except Exception:
            out.metadata = {}
        # the page geometry (pdfium, the slow part on long documents) is read once, for the widgets'
        # labels and for the text layout alike
        rules: list[pdf_layout.Rule] = []
        turned: set[int] = set()
        ocr_pages: set[int] = set()
        two_pass: set[int] = set()  # pages whose content order is no reading order (a flattened form's values last)
        struck: dict[int, list[str]] = {}  # the phrases struck through on each page (corrections made in place)
        laid_out: list[list[list[pdf_layout.Line]]] = []
        fonts: dict = {}  # decoded fonts, shared by the pages (and annotations) that use the same font objects
        # answers a "fill and sign" or typewriter tool wrote as annotations over the page: part of what it shows
        notes = {n: found for n, page in enumerate(reader.pages[:max_pages])
                 if "/Annots" in page and (found := annotation_text.page_notes(page, n, fonts))}

        def geometry_of_pages() -> list[list[pdf_layout.Line]]:
            if not laid_out:
                laid_out.append(pdf_layout.page_lines(data, max_pages, rules, turned, notes, ocr_pages, two_pass,
                                                      struck))
            return laid_out[0]

        out.directs = _acroform(reader, lambda: _widget_texts(reader, geometry_of_pages()))
        typed_over = not any(d.value not in (None, "", []) for d in out.directs) and any(d.unread for d in out.directs)
        if len(out.directs) >= 3 and not typed_over:
            # a real form: its fields are the answers; the text layer holds only labels and captions
            out.has_text = True
            return out
        # (a fillable form whose fields hold nothing, answered over them in text a viewer's "fill and sign" tool
        # writes on the page: its text layer is read, beside the fields that prove nothing empty)
        page_lines: list[list[str]] = []
        deadline = time.process_time() + SLOW_TEXT_BUDGET_S
        for n, page in enumerate(reader.pages):
            text = _page_text(page, fonts, slow=time.process_time() < deadline)
            if n in notes:
                # (after the page's own text, as a program that draws the answers after the form's labels)
                text = "\n".join([text, *(note.text for note in notes[n])])
            text = pdf_layout.undecoded_marks(text.translate(LIGATURES))
            page_lines.append([leaders.as_line(ln) for ln in text.splitlines()])
    except (EncryptedFile, TooLarge):
        raise
    except FileNotDecryptedError as exc:
        raise EncryptedFile(str(exc), filename) from exc
    except RecursionError as exc:
        raise DamagedFile("reference loop", filename) from exc
    except MemoryError as exc:
        raise DamagedFile("content too large", filename) from exc
    except Exception as exc:  # pypdf raises many types for broken files; all mean "damaged"
        raise DamagedFile(f"{type(exc).__name__}: {exc}", filename) from exc
    geometry = geometry_of_pages() if sum(_alnum(ln) for p in page_lines for ln in p) >= 20 else []
    # (words struck through stay in the text layer beside their correction: the writer withdrew them)
    page_lines = [struck_text.without_phrases(lines, struck[n]) if n in struck else lines
                  for n, lines in enumerate(page_lines)]
    raw_pages = [list(p) for p in page_lines]  # each page's own lines, its foot's notes among them (see page_notes)
    # (the numbers of a word processor's line numbering, printed in the margin: no text of the page)
    numbering = [pdf_layout.line_numbers(runs) for runs in geometry]
    if any(numbering):
        dropped = {id(r) for nums in numbering for r in nums}
        geometry = [[r for r in runs if id(r) not in dropped] for runs in geometry]
        page_lines = [pdf_layout.without_line_numbers(lines, numbering[n]) if n < len(numbering) else lines
                      for n, lines in enumerate(page_lines)]
    # (an online form service's response print: the small tag naming each card's kind of question, "Paragraph",
    # runs onto the answer above it when read as text; no text of the form)
    tagged = card_tags.tags(geometry)
    asked = card_tags.questions(tagged, geometry)
    if tagged:
        dropped = {id(r) for r in tagged}
        geometry = [[r for r in runs if id(r) not in dropped] for runs in geometry]
        words = card_tags.texts(tagged)
        page_lines = [card_tags.without_tags(lines, words) for lines in page_lines]
    # (a rating grid, statements marked on a scale: no answer to any field, and read as text it joins the answers)
    grids = [rating_grid.grid_runs(runs) for runs in geometry]
    if any(grids):
        page_lines = [rating_grid.without_rows(lines, rating_grid.row_texts(geometry[n], grids[n]))
                      if n < len(grids) and grids[n] else lines for n, lines in enumerate(page_lines)]
        geometry = [[r for r in runs if id(r) not in grids[n]] for n, runs in enumerate(geometry)]
    # (a page whose labels are printed under their answers, as captions: read with each lifted over its answer)
    lifted = {n for n, runs in enumerate(geometry) if n not in turned and n not in notes and empty_answers.captioned(runs)}
    geometry = [captions.lifted(runs) if n in lifted else runs for n, runs in enumerate(geometry)]
    stream = StreamReading([ln for p in page_lines for ln in p])
    out.geometry = pdf_layout.without_furniture(geometry)
    out.ocr_layer = bool(ocr_pages) and all(n in ocr_pages for n, runs in enumerate(geometry) if runs)
    column_heads: set[str] = set()  # the headings of a planning table's columns, read as headings below
    for n, runs in enumerate(geometry[:len(page_lines)]):
        if n in lifted:
            # (two or three fields a row, each over its caption: column by column, see captions.reading)
            page_lines[n] = (captions.reading(runs, first=n == min(lifted))
                             if captions.caption_rows(runs) or not header_table.reads_across(runs)
                             else header_table.page_text(runs, lines_apart=True))
        elif n not in turned and (planned := planning_table.page_text(runs)) is not None:
            # a row of column headings over bulleted columns (a logic model): column by column, see planning_table
            page_lines[n], heads = planned
            column_heads.update(heads)
        elif n not in turned and header_table.reads_across(runs):
            # labels side by side over their answers on a page read upright: read cell by cell too (a line the text
            # layer reads whole keeps its reading: the space it ends on marks a line the width wrapped)
            as_read = {ln.strip(): ln for ln in page_lines[n]}
            read = header_table.page_text(runs, lines_apart=True, labels_apart=header_table.labels_on_lines(runs))
            page_lines[n] = [as_read.get(ln.strip(), ln) for ln in read]
        elif n not in turned and (columns_of := pdf_layout.label_columns(runs)) is not None:
            # two columns of "Label: answer" lines, which the stream may read straight across: column by column
            page_lines[n] = [" ".join(r.text for r in row) for half in columns_of for row in pdf_layout.rows_of(half)]
        elif n not in turned and (n in two_pass or n in notes):
            # labels drawn first and the values after them where the widgets were (a flattened form): the page's
            # runs as they stand, top to bottom, each on a line of its own (a value beside its label stays apart).
            # A page answered with text annotations ("Fill & Sign") is one such page whatever its content order:
            # the notes come after all the page's labels, so labels-then-notes is no reading order either.
            # (the form's hints printed in grey beside their labels are left out: read by geometry, a hint joins
            # its label's line and reads as the start of an answer)
            page_lines[n] = pdf_layout.reading_lines(pdf_layout.without_side_hints(runs))
    for n, runs in enumerate(geometry[:len(page_lines)]):
        if n not in turned and n not in two_pass:
            # (bullets drawn after the page's text stand again before their items)
            page_lines[n] = pdf_layout.markers_in_place(page_lines[n], runs)
    for n in sorted(turned):
        # a page printed sideways (a landscape table): its text read upright, a header-row table cell by cell
        if n < len(page_lines):
            # (a booklet sheet turns two pages sideways onto one: each is read whole, the left one first)
            halves = pdf_layout.without_furniture(pdf_layout.page_halves(geometry[n]))
            page_lines[n] = [ln for half in halves for ln in header_table.page_text(half)]
    footers = pdf_layout.footer_texts(geometry)
    if footers:
        # a running footer ending on its page's number, set apart at the page's foot: furniture, on one page too
        page_lines = [[ln for ln in lines if n not in footers or clean(ln) != clean(footers[n])]
                      for n, lines in enumerate(page_lines)]
    lines = _drop_furniture(marks.tick_lines(label_gaps.split_rows(label_gaps.joined_wraps(wrapped_cells.joined(page_lines, geometry), geometry), geometry), geometry))
    lines = _run_in_labels(_parenthesis_closed([marks.radios_as_boxes(ln) for ln in lines]), geometry)
    # (a table inside the page with its labels in the second column: its rows read label first)
    lines = right_labels.flipped(lines, out.geometry)
    # (a web mail conversation printed to PDF: each message's unlabelled header as the labelled lines it stands for)
    lines = printed_mail.headers_labelled(lines)
    # (... and the office's own messages in it, its questions, are no answers)
    lines = printed_mail.office_bodies_dropped(lines)
    out.text = "\n".join(lines)
    out.has_text = _alnum(out.text) >= 20
    boxes = [columns.boxed(page) for page in geometry] if out.has_text else []
    if boxes and all(b is not None for b in boxes):
        # a slide or a flyer set in boxes side by side: each box read whole, its heading over its text
        out.blocks = columns.box_blocks([box for page in boxes for box in page or []])
        return out
    # (a page turned sideways is read from its geometry on the text path too, see above: its rebuilt runs are no
    # reason to prefer that path's rows, which run a label's wrapped line into its answer's, over the pairs)
    upright = [page for n, page in enumerate(geometry) if n not in turned]
    pieced = sum(r.pieced for page in upright for r in page) >= 0.5 * max(sum(map(len, upright)), 1)
    # (a folded leaflet's panels: each read whole, the cover first; the geometry's pairing would cross them)
    folded = columns.folded_lines(geometry) if out.has_text and not pieced else None
    if folded:
        out.blocks = emphasis.headed_blocks(folded, geometry, typeset=not out.ocr_layer)
    elif out.has_text and not pieced and not column_heads:
        # printed layouts that the geometry pairs surely, before the stream's reading order is trusted
        # (not a planning table's page: read column by column above, its columns' items are no label-answer grid;
        # paired across the page by the table's ruled cells, one column's item becomes the label of the next's)
        # (not on pages drawn glyph by glyph: their runs are rebuilt, and a label running into its answer's
        # column interleaves with it there; the text layer, placed by the fonts' widths, reads them in order)
        sheets, edges = pdf_layout.sheets_as_pages(geometry, rules)
        sheets = marks.tick_runs(pdf_layout.without_furniture(sheets))
        out.blocks = (_grid_blocks(sheets, edges) or right_labels.blocks(sheets) or indented_answers.blocks(sheets))
        out.blocks = [_as_read(b, stream) for b in out.blocks]
    if not out.blocks:
        # (type a program set, not a text layer OCR laid over a scan: see emphasis.LARGER_TYPESET)
        out.blocks = emphasis.headed_blocks([ln for ln in lines if ln.strip()], geometry, typeset=not out.ocr_layer)
    if column_heads:
        # (a column's heading heads its column whatever its type: one that names no field ends the column before)
        out.blocks = [replace(b, bold=True) if b.text in column_heads else b for b in out.blocks]
    if asked:
        # (a response print's cards: each question over its answer, whatever the question's words)
        out.blocks = card_tags.as_cards(out.blocks, asked)
    # (answers given as "see note n", the note at the page's foot: the note is the answer)
    out.blocks = page_notes.resolved(out.blocks, raw_pages)
    if _LINE_END_HYPHEN.search(out.text):
        _typeset_breaks(out.blocks, lines)
    # (an application's numbered sub-items, "1.1 Project title", each over its answer's lines)
    out.blocks = outline.fold_sub_items(out.blocks)
    return out


def _typeset_breaks(blocks: list[Block], lines: list[str]) -> None:
    """The answer lines of ``blocks`` with a typesetter's hyphenation breaks as soft hyphens (:mod:`line_breaks`),
    by the words of the document's ``lines``."""
    words: list[line_breaks.Vocabulary] = []
    hyphenated: list[bool] = []
    runs: list[list[Block]] = [[]]
    for b in blocks:
        if b.is_pair:
            runs.append([a for a in b.answer if not a.is_pair])
            runs.append([])
        elif b.line:
            runs[-1].append(b)
        else:
            runs.append([])
    for run in runs:
        if len(run) > 1 and any(b.text.rstrip().endswith("-") for b in run):
            words = words or [line_breaks.words_of(lines)]
            # (whether the typesetter hyphenates is told by the whole document, not by one answer's lines)
            hyphenated = hyphenated or [line_breaks.hyphenates(lines, words[0])]
            for b, text in zip(run, line_breaks.typeset_breaks([b.text for b in run], words[0], hyphenated[0])):
                b.text = text


def _as_read(block: Block, stream: StreamReading, top: bool = True) -> Block:
    """A block built from the page geometry with its texts spaced and spelt as the text layer reads them (and a
    line that spans the columns with a run-in label written "Label: answer")."""
    if block.pair_label is not None:
        block.pair_label = stream.reading(block.pair_label)
        block.answer = [_as_read(a, stream, top=False) for a in block.answer]
        return block
    if block.text:
        text = marks.radios_as_boxes(stream.reading(block.text))  # (its radio buttons as boxes, as on the text path)
        block.text = leaders.run_in_as_colon(text, _run_in_label) if top else text
    return block


def _grid_blocks(pages: list[list[pdf_layout.Line]], rules: list[pdf_layout.Rule]) -> list[Block]:
    """Label/answer pairs of a printed or flattened form laid out in two columns; [] for other layouts (among them
    two pairs of columns, see :mod:`side_by_side`)."""
    split = question_columns.question_and_answer_pages(pages)
    if split is not None:
        # a table whose header row names its answer column, with the writer's own columns before the questions:
        # the questions and the answers read as a two-column form, the lines above and under it as lines
        before, kept, after = split
        grid = _grid_blocks(kept, rules)
        if grid:
            return [*(Block(text=t, line=True) for t in before), *grid, *(Block(text=t, line=True) for t in after)]
    x = pdf_layout.answer_column(pages)
    if x is not None and translated_labels.translation_column(pages, x):
        # each label printed again in a second language in the column right of it: the answers start further on
        pages = translated_labels.without_column(pages, x)
        x = pdf_layout.answer_column(pages)
    if x is None:
        return []
    if side_by_side.second_label_column(pages) is not None or stacked.labels_at_answer_edge(pages, x) \
            or stacked.beside_running_text(pages, x):
        # (two label/answer pairs a row: the stream's lines, each row split into its pairs, read them; a sidebar
        # beside running text: the stream reads the text, then the sidebar)
        return []
    pages, numbered = number_column(pages, x)
    items = pdf_layout.column_pairs(pages, x, rules + numbered, row_tops=numbered)
    if _labels_as_answers(items):
        return []
    blocks = []
    above: pdf_layout.Pair | str = ""
    for item in items:
        if isinstance(item, str):
            blocks.append(Block(text=item, line=True))
        elif isinstance(above, str) and _sentence_end(above, item.label):
            # the last line of a paragraph at the margin over lines set further in (a letter's closing and
            # signature, an indented quotation): the end of a sentence, not a label, and the lines under it are
            # lines of their own
            blocks.extend(Block(text=t, line=True) for t in (item.label, *item.answer))
        else:
            # (an answer typed into the label cell, the answer cell left empty: see label_cells)
            label, typed = split_typed(item.label, [Block(text=a, line=True) for a in item.answer])
            blocks.append(Block(pair_label=label, answer=[replace(b, line=True) for b in typed]))
        above = item
    return blocks


def _sentence_end(before: str, label: str) -> bool:
    """Whether a "label" is the last line of the sentence the line ``before`` it starts: it goes on in lower case
    from a line that does not end its sentence, and ends with the sentence's full stop ("... but nothing" over
    "is confirmed yet.")."""
    before, label = clean(before), clean(label)
    return bool(before) and before[-1:] not in ".:?!;" and label[:1].islower() and label.endswith(".") \
        and len(before.split()) >= SENTENCE_LINE_WORDS


SENTENCE_LINE_WORDS = 6  # words of the line above a sentence's last line (a paragraph's full line, not a label)


def _labels_as_answers(items: list[pdf_layout.Pair | str]) -> bool:
    """Whether the "answer column" holds other fields' labels: a second column of the form, not its answers.

    A page set in two columns of fields (or with two fields side by side on some rows) has a
    common left edge right of the margin too; on a label/answer grid the answers are never labels.
    """
    answers = [a for it in items if isinstance(it, pdf_layout.Pair) for a in it.answer if a.strip()]
    labels = 0
    for a in answers:
        text = clean(a).rstrip(":").strip()
        head, colon, _rest = text.partition(":")
        if colon and len(head.split()) <= 6:
            text = head.strip()  # a "Label: answer" line of a second column of fields (a sidebar beside it)
        if len(text.split()) <= 6 and names_field(text, 0.9):
            labels += 1
    return labels >= 2 and labels >= 0.2 * len(answers)


def _parenthesis_closed(lines: list[str]) -> list[str]:
    """A short line that opens a parenthesis and the line that closes it read as one line: a label wrapped in
    its cell ("Partner (industry /" over "employer) [R3]: answer"), whose second line alone names another field.
    (A line of a lone "?" or ":" ends the line above it.)"""
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        if prev.strip() and ln.strip() in ("?", ":", "!", "？", "："):
            # the question mark that French spacing sets apart, wrapped onto a line of its own: its question's
            out[-1] = prev.rstrip() + " " + ln.strip()
        elif prev.count("(") > prev.count(")") and len(prev.split()) <= WRAPPED_LABEL_WORDS and ":" not in prev \
                and ln.count(")") > ln.count("(") and ")" in ln.partition(":")[0]:
            out[-1] = line_breaks.joined(prev, ln)
        else:
            out.append(ln)
    return out


def _run_in_labels(lines: list[str], geometry: list[list[pdf_layout.Line]]) -> list[str]:
    """The lines with their run-in labels written "Label: answer" (see :func:`leaders.run_in_as_colon`); a label
    closed by a full stop over a blank counts only where the page sets its line apart (bold, or larger)."""
    candidates = [n for n, ln in enumerate(lines) if ". " in ln or ln.rstrip().endswith(".") or "]" in ln]
    if not candidates:
        return lines
    loud = emphasis.emphasised_lines(geometry) if any(lines[n].rstrip().endswith(".") for n in candidates) else {}
    out = list(lines)
    for n in candidates:
        out[n] = leaders.run_in_as_colon(lines[n], _run_in_label, set_apart=clean(lines[n]) in loud)
    return out


def _run_in_label(text: str) -> bool:
    """Whether words closed by a full stop at the start of a line are a field's label run into its answer."""
    return names_field(text, RUN_IN_SCORE)


def _alnum(text: str) -> int:
    return sum(map(str.isalnum, text))


LIGATURES = pdf_layout.LIGATURES  # (kept here too: the text layer's readers translate with it)


def _page_text(page: PageObject, fonts: dict, slow: bool = True) -> str:
    """The page's text from the fast extractor, or from pypdf when it cannot read the page or finds little.

    Without ``slow`` (the document has used its time budget) pypdf is not asked and an unreadable page is blank.
    """
    try:
        text = pdftext.page_text(page, fonts)
    except (RecursionError, MemoryError):
        raise
    except Exception:  # Unsupported, or anything odd: pypdf decides (and raises DamagedFile if broken)
        text = None
    if text is not None and _alnum(text) >= MIN_FAST_TEXT or not slow:
        return text or ""
    slow_text = page.extract_text() or ""
    if text is None or _alnum(slow_text) > _alnum(text):
        return slow_text
    return text


def _drop_furniture(pages: list[list[str]]) -> list[str]:
    """Remove running headers/footers (repeated on several pages) and page numbers."""
    counts: Counter[str] = Counter()
    for lines in pages:
        for ln in set(_furniture_key(x) for x in lines[:3] + lines[-3:]):
            if ln:
                counts[ln] += 1
    repeated = {ln for ln, n in counts.items() if n >= 2 and len(pages) >= 2}
    out = []
    for page_no, lines in enumerate(pages, 1):
        for n, ln in enumerate(lines):
            c = clean(ln)
            edge = n < 3 or n >= len(lines) - 3
            key = _furniture_key(ln)
            if edge and (key in repeated or _is_page_number(c, page_no)):
                continue
            if key in repeated and len(key) >= RUNNING_MIDDLE:
                continue  # a sheet of two pages side by side reads the left page's footer mid-sheet
            out.append(ln.replace("\uf0b7", "•").replace("\uf0a7", "▪"))
    return out


def _furniture_key(line: str) -> str:
    """A running line as it repeats from page to page: its numbers ('Page 2 of 3', a date) set aside.

    A line without letters must match exactly, and be as long as a date ("12/02/26", a print's time stamp); a
    bare number is left to :func:`_is_page_number`."""
    c = clean(line)
    if not re.search(r"[^\W\d_]", c):
        return c if len(c.replace(" ", "")) >= MIN_STAMP and not c.isdigit() else ""
    return re.sub(r"\d+", "#", c)


def _is_page_number(line: str, page_no: int) -> bool:
    """'Page 2', '2 of 5', '- 2 -' or a bare number equal to the page's own number; and 'Page 3 of 3 · Thank you!
    Your response has been recorded.': a form service's footer, its page number and then its own words after a
    separator (words only: a figure after it may be an answer's)."""
    if re.match(r"^(?:page\s*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|\d{1,3}\s*(?:/|of)\s*\d{1,3}|-\s*\d{1,3}\s*-)$", line, re.I):
        return True
    if re.match(r"^page\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*[·•|–—]\s*[^\W\d_][^\d@]{0,80}$", line, re.I):
        return True
    return line.isdigit() and int(line) == page_no


def _shown_state(fdict: Any) -> str:
    """The one "on" appearance state a button's widgets show (its kids', or its own when field and widget are one
    object), "" when none or several do."""
    try:
        kids = [k.get_object() for k in fdict.get("/Kids", None) or []]
        if not kids:
            ref = getattr(fdict, "indirect_reference", None)
            kids = [ref.get_object()] if ref is not None else []
        on = {_name_value(k.get("/AS")) for k in kids if _name_value(k.get("/AS")).lower() not in ("", "off")}
    except Exception:  # (a damaged widget shows nothing we can read)
        return ""
    return on.pop() if len(on) == 1 else ""


def _name_value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_name_value(x) for x in v)
    s = str(v)
    return s[1:] if s.startswith("/") else s


@dataclass
class WidgetText:
    """What the page shows around a field's widgets: the label beside the first, each export state's caption."""

    label: str = ""
    row_label: str = ""
    captions: dict[str, str] = field(default_factory=dict)
    inside: str = ""  # text the page itself draws inside the widget (an answer typed over an empty field)


def _widget_texts(reader: PdfReader, pages: list[list[pdf_layout.Line]]) -> dict[str, WidgetText]:
    """Field name -> the text printed beside its widgets (pypdf for the widgets, ``pages`` from pdfium)."""
    out: dict[str, WidgetText] = {}
    for n, page in enumerate(reader.pages[: len(pages)]):
        lines = pages[n]
        for ref in page.get("/Annots") or []:
            try:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/Widget":
                    continue
                parts: list[str] = []
                node: Any = annot
                for _ in range(16):  # a parent chain longer than this is not a form someone filled in
                    if node is None:
                        break
                    node = node.get_object()
                    if "/T" in node:
                        parts.insert(0, str(node["/T"]))
                    node = node.get("/Parent")
                rect = [float(v) for v in annot.get("/Rect")]
                x0, y0, x1, y1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
                # (a widget without appearances, which a viewer draws itself: its caption stands for whatever on state)
                states = ([str(k)[1:] for k in (annot.get("/AP") or {}).get("/N", {}).keys()] if "/AP" in annot
                          else [_ANY_STATE])
            except Exception:  # a malformed widget gives no geometry; the field's name and tooltip still count
                continue
            name = ".".join(parts)
            wt = out.setdefault(name, WidgetText())
            if not wt.label:
                wt.label = pdf_layout.label_left_or_above(lines, x0, y0, x1, y1)
                row = [r for r in lines if r.x1 <= x0 + 2 and abs(r.cy - (y0 + y1) / 2) < max(y1 - y0, r.height) / 2 + 1] \
                    or pdf_layout.label_under(lines, x0, y0, x1, y1)
                wt.row_label = min(row, key=lambda r: r.x0).text if row else wt.label
            wt.inside = " ".join([wt.inside, *(r.text for r in lines if x0 <= (r.x0 + r.x1) / 2 <= x1
                                                and y0 <= r.cy <= y1)]).strip()
            caption = pdf_layout.caption_beside(lines, x0, y0, x1, y1)
            for st in states:
                if st.lower() != "off" and caption:
                    wt.captions.setdefault(st, caption)
    return out


def _best_match(name: str, tooltip: str, shown: str, answer: str = "") -> LabelMatch | None:
    """The field a widget answers, from the label printed beside it, its tooltip, then its name.

    A generated name ("Text7", "txtILOs") is a weak signal: it decides only when
    neither the page nor the tooltip names a field.
    """
    cands: list[LabelMatch] = []
    for text in (shown, tooltip):
        if text:
            # (a bilingual label, "Teilnehmende pro Jahr / Enrolment": the half that is a known wording)
            m = resolve(one_language(clean(text).rstrip(":").strip()), answer[:300])
            if m and m.score >= TOOLTIP_MIN and not m.key.startswith("_"):
                cands.append(LabelMatch(m.key, max(m.score, 0.9) if m.score >= 0.85 else m.score, m.variant))
    by_name = match_identifier(name)
    if name.rsplit(".", 1)[-1] in FIELDS_BY_KEY:
        # a field named exactly as a contract key: the form's author says what it holds
        return LabelMatch(name.rsplit(".", 1)[-1], 1.0, name)
    if by_name is not None and by_name.score >= 1.0:
        cands.append(by_name)
    elif by_name is not None:
        cands.append(LabelMatch(by_name.key, by_name.score * 0.95, by_name.variant))
    if not cands:
        return None
    best = max(cands, key=lambda m: m.score)
    agree = sum(1 for m in cands if m.key == best.key)
    if agree >= 2 and best.score < 1.0:
        best = LabelMatch(best.key, min(1.0, best.score + 0.05), best.variant)
    return best


def _acroform(reader: PdfReader, around: Callable[[], dict[str, WidgetText]] | None = None) -> list[Direct]:
    try:
        fields = reader.get_fields() or {}
    except Exception:
        return []
    try:
        shown = around() if around and fields else {}
    except Exception:  # geometry is a help, not a requirement
        shown = {}
    found: dict[str, Direct] = {}
    extra: list[Direct] = []
    weak: list[tuple[LabelMatch, str, Any]] = []
    unplaced = 0  # ticked boxes that no field claims
    unread: set[str] = set()  # fields whose widget holds an answer that no value could be read from
    groups: dict[str, list[str]] = {}
    for name, fdict in fields.items():
        ft = str(fdict.get("/FT", ""))
        value = fdict.get("/V")
        tooltip = str(fdict.get("/TU", "") or "")
        wt = shown.get(str(name), WidgetText())
        m = _best_match(str(name), tooltip, wt.label, _name_value(value) if ft == "/Tx" else "")
        if ft == "/Btn":
            raw = _name_value(value)
            if not raw or raw.lower() == "off":
                # a button whose value was never set, shown on by its appearance (a tool that sets only the
                # widget's state): the page shows it ticked, which is what the applicant saw and sent
                raw = _shown_state(fdict) or raw
            flags = int(fdict.get("/Ff", 0) or 0)
            is_radio = bool(flags & (1 << 15))
            # on when its value is one of its own export states: a viewer may name them "0", "1", ... (Preview)
            states = [_name_value(st) for st in fdict.get("/_States_", []) or []]
            on_states = [st for st in states if st.lower() != "off"]
            is_on = bool(raw) and raw.lower() != "off" and (raw in on_states or raw.lower() not in _OFF)
            if is_radio and (m is None or FIELDS_BY_KEY.get(m.key) is None or FIELDS_BY_KEY[m.key].type != "choice"):
                m2 = _best_match(str(name), tooltip, wt.row_label)
                m = m2 if m2 is not None and FIELDS_BY_KEY.get(m2.key) and FIELDS_BY_KEY[m2.key].type == "choice" else m
            if m is not None and m.score >= 0.9 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice" and is_radio:
                code = _export_code(m.key, raw)
                if code is None and is_on:
                    # an export state such as "Choice2" means what its caption on the page says
                    code = choice_code(m.key, wt.captions.get(raw, "")) or _yes_no(m.key, wt.captions.get(raw, raw))
                if m.key not in found or found[m.key].value is None:
                    found[m.key] = Direct(m.key, code, "acroform", str(name), min(1.0, m.score))
                if code is None and is_on:
                    unread.add(m.key)  # a button is on in a state the reader cannot name: answered, not empty
                continue
            # a check box: one option of a choice field, named Prefix_Option (or with a tooltip); in a radio
            # group whose field was not named, the caption of the chosen state is the option
            # (a radio button without appearances gives the caption of none of its states in particular)
            caption = wt.captions.get(raw) or next(
                (c for st, c in wt.captions.items() if not (is_radio and st == _ANY_STATE)), "")
            if not is_on:
                key, option = _checkbox_option(str(name), tooltip, caption, wt.row_label)
                if key:
                    groups.setdefault(key, [])
                continue
            key, option = _checkbox_option(str(name), tooltip, caption, wt.row_label)
            if key:
                # (a check box that names no states of its own, having no appearances, is ticked by any value on)
                chosen = raw.lower() in ("yes", "on", "1", "true") or (raw.isdigit() and raw in on_states) \
                    or (is_radio and raw in wt.captions) or (not is_radio and not states and _ANY_STATE in wt.captions)
                groups.setdefault(key, []).append(option if chosen else raw + " " + option)
            else:
                unplaced += 1
            continue
        if m is None or m.key.startswith("_"):
            continue
        if m.score < 0.9:
            # the page or the tooltip asks for this field in the applicant's own words: read it, unsure,
            # unless a widget labelled surely answers the same field
            weak.append((m, str(name), value))
            continue
        text = _name_value(value)
        f = FIELDS_BY_KEY[m.key]
        if f.type == "choice":
            v: FieldValue | None = _export_code(m.key, text) or _export_code(m.key, _shown_option(fdict, text))
        else:
            v = to_value(m.key, [(ln, False) for ln in text.replace("\r", "\n").split("\n")])
        if v in (None, "", []) and not (is_empty(text, m.key) and is_empty(wt.inside, m.key)):
            # (an editable combo box holds what the applicant typed, which need name none of its options; an empty
            # field may have its answer written over it on the page)
            unread.add(m.key)
        conf = 1.0 if m.score >= 1.0 else 0.9
        if m.key not in found or found[m.key].value in (None, "", []):
            found[m.key] = Direct(m.key, v, "acroform", str(name), conf)
        elif f.type == "list" and isinstance(v, list) and isinstance(items := found[m.key].value, list):
            # one widget an item ("Learning outcome 1", "... 2"): the items together are the answer
            kept = found[m.key]
            found[m.key] = Direct(m.key, [*items, *v], kept.method, kept.label, min(kept.confidence, conf))
        elif v not in (None, "", []) and v != found[m.key].value:
            # a second widget that answers the same field otherwise: the reader sees both (calibration doubts it)
            extra.append(Direct(m.key, v, "acroform", str(name), conf))
    read_weakly: set[str] = set()
    for m, name, value in weak:
        text = _name_value(value)
        if FIELDS_BY_KEY[m.key].type == "choice":
            v = _export_code(m.key, text)
        else:
            v = to_value(m.key, [(ln, False) for ln in text.replace("\r", "\n").split("\n")])
        if m.key in found and found[m.key].value not in (None, "", []):
            kept = found[m.key]
            if m.key in read_weakly and isinstance(v, list) and v and isinstance(kept.value, list):
                # one widget an item ("Outcome 1", "Outcome 2"), each matched unsurely: the items together
                found[m.key] = Direct(m.key, [*kept.value, *v], kept.method, kept.label,
                                      min(kept.confidence, round(m.score, 3)))
            continue
        if v not in (None, "", []):
            # (a blank widget matched only by meaning is no evidence of a concept form, nor of an empty field)
            found[m.key] = Direct(m.key, v, "acroform", name, round(m.score, 3))
            read_weakly.add(m.key)
    for key, options in groups.items():
        if key in found and found[key].value is not None:
            # boxes ticked for a field a list or a radio group also answers: another reading of it, which
            # calibration weighs against the first ("Letter of support attached? Yes" and a status of "None")
            ticked = dict.fromkeys(c for c in (_option_code(key, o) for o in options) if c)
            # (a ticked box is as explicit an answer as the list's choice: neither outranks the other)
            extra.extend(Direct(key, c, "acroform", key, found[key].confidence) for c in ticked if c != found[key].value)
            continue
        if not options and unplaced:
            # a ticked box the parser could not place may be this field's answer: not proof that it is empty
            continue
        codes = list(dict.fromkeys(c for c in (_option_code(key, o) for o in options) if c))
        found[key] = Direct(key, codes[0] if codes else None, "acroform", key, 0.9)
        if options and not codes:
            unread.add(key)  # boxes ticked whose options name no choice of the field: answered, not read
        # two boxes ticked for a one-answer question: each is a reading of the field, and calibration doubts
        # the kept one (read twice) so a person decides instead of the first box winning
        extra.extend(Direct(key, c, "acroform", key, 0.9) for c in codes[1:])
    for key in unread:
        if key in found and found[key].value in (None, "", []):
            found[key] = replace(found[key], unread=True)
    return list(found.values()) + extra


def _shown_option(fdict: Any, value: str) -> str:
    """The text a list or combo box shows for the export value it holds: its /Opt entry may be a pair
    [export value, text shown], and the text shown is what the applicant chose."""
    for opt in fdict.get("/Opt", None) or []:
        try:
            pair = opt.get_object() if hasattr(opt, "get_object") else opt
            if isinstance(pair, (list, tuple)) and len(pair) == 2 and _name_value(pair[0]) == value:
                return _name_value(pair[1])
        except Exception:  # a malformed option names nothing
            continue
    return ""


def _option_code(key: str, option: str) -> str | None:
    """'Letter' -> letter_attached: an option name may be one word of a choice phrase."""
    words = split_identifier(option)
    code = choice_code(key, words) or _yes_no(key, words)
    if code:
        return code
    low = set(words.lower().split())
    for c, phrases in FIELDS_BY_KEY[key].choices.items():
        if any(low & set(p.lower().split()) for p in phrases):
            return c
    glued = re.sub(r"[^a-z0-9]", "", option.lower())
    for c, phrases in FIELDS_BY_KEY[key].choices.items():
        # "inperson", "letterattached": the option's name written without its spaces
        if glued and any(re.sub(r"[^a-z0-9]", "", p.lower()) == glued for p in (c, *phrases)):
            return c
    return None


def _export_code(key: str, raw: str) -> str | None:
    if not raw or raw.lower() in _OFF:
        return None
    if raw in FIELDS_BY_KEY[key].choices:
        return raw
    return choice_code(key, split_identifier(raw)) or choice_code(key, raw)


def _yes_no(key: str, caption: str) -> str | None:
    """A Yes/No radio beside "Letter of support attached?": yes means the letter is attached."""
    low = clean(caption).lower()
    if key == "endorsement_status" and low in ("yes", "no"):
        return "letter_attached" if low == "yes" else None
    return None


def _checkbox_option(name: str, tooltip: str, caption: str = "", row_label: str = "") -> tuple[str | None, str]:
    if caption:
        # the caption printed beside the box names the option; the row's label (or the caption) names the field
        m = match_label(clean(row_label).rstrip(":").strip()) if row_label and row_label != caption else None
        if m and m.score >= TOOLTIP_MIN and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice" \
                and choice_code(m.key, caption):
            return m.key, caption
        keys = [k for k in CHOICE_KEYS if choice_code(k, caption)]
        if len(keys) == 1:
            return keys[0], caption
        if m and m.score >= TOOLTIP_MIN and m.key == "endorsement_status" and clean(caption).lower() in ("yes", "no"):
            return m.key, caption  # a Yes/No pair beside "Letter of support attached?": what _yes_no says
    # a widget-type word that form tools put before every name ("CheckBox_Request_new") names no field
    base = _WIDGET_WORD.sub("", name.rsplit(".", 1)[-1]) or name.rsplit(".", 1)[-1]
    for sep in ("_", "-", ".", " "):
        if sep in base:
            prefix, option = base.split(sep, 1)
            m = match_identifier(prefix)
            if m and m.score >= 0.75 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice":
                return m.key, option
    words = split_identifier(base).split()
    for k in range(len(words) - 1, 0, -1):
        m = match_label(" ".join(words[:k]))
        if m and m.score >= 0.75 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice":
            return m.key, " ".join(words[k:])
    glued = re.sub(r"[^a-z0-9]", "", base.lower())
    for key in CHOICE_KEYS:
        # "requesttypemicrocourse": the field's key and the option written without separators
        prefix = key.replace("_", "")
        if glued.startswith(prefix) and len(glued) > len(prefix):
            return key, glued[len(prefix):]
    if tooltip:
        for key in CHOICE_KEYS:
            if choice_code(key, tooltip):
                return key, tooltip
    return None, ""
