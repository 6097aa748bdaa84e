"""Optical character recognition of page images: Tesseract, through pytesseract.

Tesseract was chosen over RapidOCR after measuring both on the scanned forms of
the shared corpora (see the commit that added this module): it was 5-10 times
faster per page on this hardware, used a tenth of the memory, and kept the
spaces between words that the Chinese PP-OCR models of RapidOCR drop.

Pages are rasterised with pypdfium2 (no poppler), one at a time, so memory stays
bounded by one page bitmap plus one Tesseract process. Nothing here decides what
a document is; :mod:`.scan` does.
"""
from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, overload

from .errors import DamagedFile, EncryptedFile, ParseError, TooLarge

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_OCR_PAGES = 6
DPI = 200  # printed forms at 10-12 pt: enough for Tesseract, and below 300 dpi it stays under 5 s a page
MAX_PAGE_PIXELS = 12_000_000  # a page is scaled down rather than rendered bigger than ~A3 at 300 dpi
# a picture over this many pixels is refused: A4 or letter at 600 dpi is under 36 million
MAX_SOURCE_PIXELS = 40_000_000
PAGE_TIMEOUT_S = 20  # a hard stop for one page; the normal time is 1-3 s
LANGUAGES = ("eng", "fra")
MIN_WORD_CONFIDENCE = 60.0  # Tesseract's 0-100 word confidence; lower is mostly noise read as letters
FEW_WORDS = 40  # confident words on a page below which it is read once more without its rules
INK_NEIGHBOURHOOD_PX = 25
INK_CONTRAST = 40  # grey levels darker than the neighbourhood's mean
RULE_RUN_PX = 60  # at DPI 200: 7.6 mm, longer than a letter's stroke in any body or heading size
SPECKS = ".,;'\"‘’“”`~"  # a word of these alone is dust on the glass
OPENING_QUOTES = "‘“'\""
QUOTE_FAMILIES = ("‘’'", "“”\"")
# 'patient- and family-centred': a hyphen left hanging before a conjunction is the writer's
SUSPENDED_HYPHEN_JOINS = frozenset({"and", "or", "nor", "to", "&", "et", "ou"})
TRAILING_DASHES = ("-", "—", "–")
OCR_TICKED_BOX = re.compile(r"[\[(][7vV/✓✔][\])]")  # a tick mark in a box, as Tesseract reads it
BOX_EDGES = {"[": "]", "(": ")", "{": "}"}  # an opening bracket and what would close it
Word = tuple[str, int, int, int, int]  # text, left, top, right, bottom
RULE_GLYPHS = "|¦_"  # what vertical and horizontal cell borders are read as
RULE_GLYPHS_AT_EDGES = "|¦\\"  # (a border slanted by the scan comes out as a backslash)
GLOBAL_THRESHOLD, LOCAL_THRESHOLD = 0, 2  # Tesseract 5's thresholding_method: Otsu, Sauvola
# A second reading of a page (Sauvola's local threshold, or the page without its rules) replaces the
# first only with this many times its confident words: on the scans of the
# dev sets a few percent more confident words went as often with fewer fields right as with more,
# while shadowed phone photos and dark copies gave Sauvola 1.5 times as many
SECOND_READ_GAIN = 1.15


TesseractData = dict[str, list[Any]]  # pytesseract's image_to_data as a dict of columns


class OcrTimedOut(TooLarge):
    """A page's OCR ran past PAGE_TIMEOUT_S: a page too busy to read, or a machine too busy this minute."""

    code = "ocr_timeout"


class OcrUnavailable(ParseError):
    """The OCR engine is not installed here; the scan waits for a worker that has it."""

    code = "ocr_unavailable"

    def _default_message(self, filename: str) -> str:
        return ("We received your scanned document and a member of staff will read it; "
                "a DOCX or fillable PDF copy would let us process it sooner.")


@dataclass(frozen=True)
class OcrLine:
    """One line as Tesseract segmented it (never across a column gap), with its box in pixels."""

    text: str
    page: int
    left: int
    top: int
    right: int
    bottom: int
    words: tuple[tuple[str, int, int], ...] = ()  # each word with its left and right x

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> int:
        return max(self.bottom - self.top, 1)


@dataclass
class OcrText:
    """What OCR read: text lines in Tesseract's reading order and how many words it was sure of."""

    lines: list[OcrLine] = field(default_factory=list)
    pages: int = 0
    words: int = 0
    confident_words: int = 0
    seconds: float = 0.0
    # read with the page's rules erased (``erase_rules``) and some page had a rule to erase: the page as it is
    # reads differently, and may read better (``read_as_is``)
    rules_erased: bool = False
    # (with ``rules_erased``) each page as it was before erasing, and its kept reading when erasing left it
    # unchanged: ``read_as_is`` reads again only the pages that had rules
    as_is: list[tuple[Image, TesseractData | None]] = field(default_factory=list, repr=False, compare=False)
    # the seconds Tesseract's first pass over the pages that had rules took: about what ``read_as_is`` will take
    reread_seconds: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


LookAgain = Callable[[OcrText], bool]  # shown the first reading: is a second one worth its time?


def available() -> bool:
    """Is the Tesseract binary installed and callable?"""
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
    except Exception:  # missing module, missing binary, broken install: all mean "not here"
        return False
    return True


def read_pdf_pages(data: bytes, filename: str = "", max_pages: int = MAX_OCR_PAGES,
                   look_again: LookAgain | None = None, erase_rules: bool = False) -> OcrText:
    """OCR the first ``max_pages`` pages of a PDF; raises DamagedFile / EncryptedFile.

    ``look_again`` sees the first reading; when it says so, each page is read once more with a
    local threshold and the better reading of each page kept (twice the time, so only on demand).
    ``erase_rules``: the pages are read with their long straight lines (box borders, underlines) painted white.
    """
    start = time.monotonic()
    out = _read_pages(list(_pdf_page_images(data, filename, max_pages)), filename, look_again, erase_rules)
    out.seconds = time.monotonic() - start
    return out


def _read_pages(images: list[Image], filename: str, look_again: LookAgain | None,
                erase_rules: bool = False) -> OcrText:
    _limit_threads()
    originals, ruled = images, [False] * len(images)
    if erase_rules:
        cleaned = [_erase_rules(image, report=True) for image in images]
        images = [image for image, _ in cleaned]
        ruled = [found for _, found in cleaned]
    first = [_timed(_first_read, image, n + 1, filename) for n, image in enumerate(images)]
    kept = first
    out = _assemble([read for read, _ in first])
    if look_again is not None and look_again(out):
        kept = [_timed(_second_read, image, read, n + 1, filename)
                for n, (image, (read, _)) in enumerate(zip(images, first))]
        out = _assemble([read for read, _ in kept])
    if any(ruled):
        out.rules_erased = True
        out.as_is = [(image, None if had_rules else read) for image, had_rules, (read, _) in zip(originals, ruled, kept)]
        out.reread_seconds = sum(seconds for had_rules, (_, seconds) in zip(ruled, first) if had_rules)
    return out


def _timed(read: Callable[..., TesseractData], *args: Any) -> tuple[TesseractData, float]:
    start = time.monotonic()
    return read(*args), time.monotonic() - start


def read_as_is(erased: OcrText, filename: str = "", look_again: LookAgain | None = None,
               deadline: float | None = None) -> OcrText | None:
    """The pages of a reading made with their rules erased (``rules_erased``) read again as they are.

    A page erasing left unchanged keeps its reading; ``look_again`` as for read_pdf_pages. Tesseract is stopped at
    ``deadline`` (``time.monotonic()``): None when the first pass was not done by then, the first pass when the
    second was not.
    """
    start = time.monotonic()
    _limit_threads()

    def until_deadline() -> float | None:
        if deadline is None:
            return None
        if deadline <= time.monotonic():
            raise OcrTimedOut("past the deadline", filename)
        return deadline - time.monotonic()

    ruled = [(n, image) for n, (image, read) in enumerate(erased.as_is) if read is None]
    pages = [read for _, read in erased.as_is]
    try:
        for n, image in ruled:
            pages[n] = _tesseract(image, GLOBAL_THRESHOLD, n + 1, filename, until_deadline())
    except OcrTimedOut:
        return None
    first = [page for page in pages if page is not None]
    out = _assemble(first)
    if look_again is not None and look_again(out):
        try:
            for n, image in ruled:
                local = _tesseract(image, LOCAL_THRESHOLD, n + 1, filename, until_deadline())
                if _confident(local) >= SECOND_READ_GAIN * max(_confident(first[n]), 1):
                    pages[n] = local
        except OcrTimedOut:
            pages = list(first)
        out = _assemble([page for page in pages if page is not None])
    out.seconds = time.monotonic() - start
    return out


def _limit_threads() -> None:
    # Tesseract's OpenMP threads fight over a shared CPU: one page took 4.3 s with two threads
    # against 0.85 s with one on this 2-core machine. pytesseract passes os.environ to the process.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def read_image(data: bytes, filename: str = "", look_again: LookAgain | None = None,
               erase_rules: bool = False) -> OcrText:
    """OCR one picture (PNG, JPEG, TIFF first frame, ...); ``look_again`` and ``erase_rules`` as for read_pdf_pages."""
    from PIL import Image, UnidentifiedImageError

    start = time.monotonic()
    try:
        with Image.open(io.BytesIO(data)) as img:
            w, h = img.size
            if w * h > MAX_PAGE_PIXELS * 4:
                raise TooLarge(f"image of {w}x{h} pixels", filename)
            img.draft("L", (w, h))  # JPEG: decode straight to grey, no colour copy
            gray = img.convert("L")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise DamagedFile(f"image cannot be decoded: {exc}", filename) from exc
    except Image.DecompressionBombError as exc:
        raise TooLarge(str(exc), filename) from exc
    out = _read_pages([_fit(gray)], filename, look_again, erase_rules)
    out.seconds = time.monotonic() - start
    return out


def _fit(img: Image) -> Image:
    w, h = img.size
    if w * h <= MAX_PAGE_PIXELS:
        return img
    ratio = (MAX_PAGE_PIXELS / (w * h)) ** 0.5
    return img.resize((max(1, int(w * ratio)), max(1, int(h * ratio))))


def _pdf_page_images(data: bytes, filename: str, max_pages: int) -> Iterator[Image]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(str(exc), filename) from exc
        raise DamagedFile(f"pdfium: {exc}", filename) from exc
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            try:
                _refuse_huge_images(page, index, filename)
                w, h = page.get_size()
                scale = DPI / 72
                if w * h * scale * scale > MAX_PAGE_PIXELS:
                    scale = (MAX_PAGE_PIXELS / max(w * h, 1.0)) ** 0.5
                bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
                image = bitmap.to_pil()
                bitmap.close()
            except pdfium.PdfiumError as exc:
                raise DamagedFile(f"page {index + 1} cannot be rendered: {exc}", filename) from exc
            finally:
                page.close()
            yield image
    finally:
        pdf.close()


def _refuse_huge_images(page: object, index: int, filename: str) -> None:
    """Raise TooLarge when a picture on the page has more pixels than a scan ever needs.

    pdfium decodes a picture whole before scaling it down, so a 35000 x 35000 image costs
    hundreds of megabytes however small the page is rendered.
    """
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):  # type: ignore[attr-defined]
        w, h = obj.get_px_size()
        if w * h > MAX_SOURCE_PIXELS:
            raise TooLarge(f"page {index + 1} holds a picture of {w}x{h} pixels", filename)


def _first_read(image: Image, page: int, filename: str) -> TesseractData:
    """The page binarised with Otsu's global threshold, Tesseract's default."""
    data = _tesseract(image, GLOBAL_THRESHOLD, page, filename)
    if _confident(data) < FEW_WORDS:
        # nearly nothing read: perhaps thick cell borders made Tesseract take the page for a picture.
        # Erasing rules everywhere costs letters that touch them (measured: fewer fields right on
        # the dev scans), so it is a second chance, not the first reading
        plain = _tesseract(_erase_rules(image), GLOBAL_THRESHOLD, page, filename)
        if _confident(plain) >= SECOND_READ_GAIN * max(_confident(data), 1):
            data = plain
    return data


def _second_read(image: Image, first: TesseractData, page: int, filename: str) -> TesseractData:
    """The better of the first reading and one with Sauvola's local threshold.

    A global threshold loses whatever lies in shadow on a phone photo or an unevenly lit copy;
    a local one reads those but breaks clean scans' letters more often, hence SECOND_READ_GAIN.
    """
    local = _tesseract(image, LOCAL_THRESHOLD, page, filename)
    return local if _confident(local) >= SECOND_READ_GAIN * max(_confident(first), 1) else first


def _assemble(pages: list[TesseractData]) -> OcrText:
    """Tesseract's words of each page as lines in its reading order, tidied of rules and specks."""
    out = OcrText()
    for data in pages:
        _add_page(out, data)
    return out


def _add_page(out: OcrText, data: TesseractData) -> None:
    out.pages += 1
    boxes: dict[tuple[int, int, int], list[Word]] = {}
    for i, raw in enumerate(data["text"]):
        word = str(raw).strip()
        if not word:
            continue
        out.words += 1
        if _is_confident(word, data["conf"][i]):
            out.confident_words += 1
        word = _without_rules(word, float(str(data["conf"][i])))
        if not word:
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        boxes.setdefault(key, []).append((word, left, top, left + int(data["width"][i]), top + int(data["height"][i])))
    for line_words in boxes.values():  # dict order is Tesseract's reading order
        words = _tidy(line_words)
        if not words:
            continue
        out.lines.append(OcrLine(text=" ".join(w[0] for w in words), page=out.pages,
                                 left=min(w[1] for w in words), top=min(w[2] for w in words),
                                 right=max(w[3] for w in words), bottom=max(w[4] for w in words),
                                 words=tuple((w[0], w[1], w[3]) for w in words)))


@overload
def _erase_rules(gray: Image) -> Image: ...


@overload
def _erase_rules(gray: Image, report: Literal[True]) -> tuple[Image, bool]: ...


def _erase_rules(gray: Image, report: bool = False) -> Image | tuple[Image, bool]:
    """The page with its long straight lines (table borders, underlines) painted white.

    Thick cell borders make Tesseract take a table for a picture and read none of its text; thin
    ones come out as '|' glued to the words. A pixel is ink when it is darker than its
    neighbourhood (so a shadow is not ink), and a rule when ink runs on for RULE_RUN_PX along a row
    or RULE_RUN_PX * 2/3 down a column: longer than any stroke of a letter at this resolution.
    """
    from PIL import Image as PILImage, ImageChops, ImageFilter

    ink = ImageChops.subtract(gray.filter(ImageFilter.BoxBlur(INK_NEIGHBOURHOOD_PX)), gray)
    ink = ink.point(lambda v: 255 if v > INK_CONTRAST else 0)
    mask = None
    for along in ((RULE_RUN_PX, 0), (0, RULE_RUN_PX * 2 // 3)):
        run = ink.filter(ImageFilter.BoxBlur(along)).point(lambda v: 255 if v >= 250 else 0)
        # widen back to the whole rule: its ends and the grey edge pixels beside it
        grown = run.filter(ImageFilter.BoxBlur((along[0] or 2, along[1] or 2))).point(lambda v: 255 if v else 0)
        mask = grown if mask is None else ImageChops.lighter(mask, grown)
    assert mask is not None
    out = PILImage.composite(PILImage.new("L", gray.size, 255), gray, mask)
    # (``report``: also whether any rule was found, i.e. whether the page changed at all)
    return (out, mask.getbbox() is not None) if report else out


def _without_rules(word: str, confidence: float) -> str:
    """The word without the table rules Tesseract read as letters ('|', '_|', a stray low-confidence mark).

    A form's cell borders and underlines come out as '|' or '_' glued to the words beside them; left
    in, they become part of a label or an answer ('| Community collection sites ...').
    """
    word = word.strip(RULE_GLYPHS_AT_EDGES)
    if not word or all(c in RULE_GLYPHS for c in word):
        return ""
    if confidence < MIN_WORD_CONFIDENCE and not any(c.isalnum() for c in word):
        return ""
    return word


def _tidy(words: list[Word]) -> list[Word]:
    """One line's words without the specks and split hyphens of a photocopy or fax.

    Dust reads as a lone '.', '‘' or '~' beside the words, an opening quote with no closing
    one is a speck glued to a word, and Tesseract splits a hyphenated word at its hyphen
    ('bed- -sharing', 'non- judgemental'), unless the writer left it hanging.
    """
    text = " ".join(w[0] for w in words)
    kept: list[Word] = []
    for word in words:
        t = word[0]
        if all(c in SPECKS for c in t):
            continue
        family = next((f for f in QUOTE_FAMILIES if t[0] in f), "")
        if t[0] in OPENING_QUOTES and len(t) > 1 and sum(text.count(c) for c in family) == 1:
            t = t[1:]
        if (kept and kept[-1][0][-2:-1].isalnum() and kept[-1][0].endswith("-") and t.lower() not in SUSPENDED_HYPHEN_JOINS
                and (t[0].isalpha() or (t[0] == "-" and t[1:2].isalpha()))):
            prev = kept.pop()
            word = (prev[0] + t.lstrip("-"), prev[1], min(prev[2], word[2]), word[3], max(prev[4], word[4]))
        else:
            word = (t, *word[1:])
        kept.append(word)
    if kept and kept[0][0][:1] in BOX_EDGES and sum(c.isalnum() for c in kept[0][0]) >= 2 \
            and kept[0][0][1:2].isalnum() and not any(c in text for c in BOX_EDGES[kept[0][0][0]]):
        # '[Winter 2027', '(Clinical Supervisor': the left border of the box an answer is typed in, glued to its
        # first letter: a bracket that nothing in the line closes (a tick box, '[x]', '(J', is left alone)
        kept[0] = (kept[0][0][1:], *kept[0][1:])
    if len(kept) > 1 and OCR_TICKED_BOX.fullmatch(kept[0][0]):
        # '[7] Hybrid': a tick in a box before an option, the tick read as the figure or letter it looks like
        kept[0] = ("[✓]", *kept[0][1:])
    while kept and kept[-1][0] in TRAILING_DASHES and len(kept) > 1:
        kept.pop()
    return kept


def _tesseract(image: Image, threshold: int, page: int, filename: str,
               timeout: float | None = None) -> TesseractData:
    """Tesseract's words with boxes and confidences for one page, binarised by ``threshold``; OcrTimedOut after
    ``timeout`` seconds (at most PAGE_TIMEOUT_S)."""
    import pytesseract

    limit = PAGE_TIMEOUT_S if timeout is None else min(timeout, PAGE_TIMEOUT_S)
    try:
        data: TesseractData = pytesseract.image_to_data(
            image, lang=_languages(), config=f"--psm 3 -c thresholding_method={threshold}",
            output_type=pytesseract.Output.DICT, timeout=limit)
    except (pytesseract.TesseractNotFoundError, FileNotFoundError) as exc:
        raise OcrUnavailable(str(exc), filename) from exc
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout"
        raise OcrTimedOut(f"OCR of page {page} over {limit:.1f} s", filename) from exc
    except pytesseract.TesseractError as exc:
        raise DamagedFile(f"OCR failed: {exc}", filename) from exc
    return data


def _is_confident(word: str, confidence: object) -> bool:
    return float(str(confidence)) >= MIN_WORD_CONFIDENCE and sum(c.isalnum() for c in word) >= 2


def _confident(data: TesseractData) -> int:
    return sum(1 for word, conf in zip(data["text"], data["conf"]) if _is_confident(str(word).strip(), conf))


@lru_cache(maxsize=1)
def _languages() -> str:
    """The configured languages that are installed (French only when tesseract-ocr-fra is there)."""
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # cannot list them: English is in every Tesseract install
        installed = {"eng"}
    return "+".join(lang for lang in LANGUAGES if lang in installed) or "eng"
