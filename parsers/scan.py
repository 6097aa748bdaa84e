"""Scans: PDFs whose pages are pictures, and what OCR shows them to be.

:func:`parse` only notices a scan (cheaply, from the page objects) and returns a
result awaiting OCR; nothing is guessed from the file name. :func:`read_scan`
runs OCR and lets the recognised words decide, with the same classification as a
text document: a concept form (every field uncertain, a person confirms), a
letter of support or another document (no review), or an image with no
recognisable text.
"""
from __future__ import annotations

import time
from dataclasses import replace

from . import ocr
from .classify import kind_of
from .errors import DamagedFile
from .fields import FIELDS, REQUIRED_KEYS, missing_required
from .ocr import OcrText
from .result import FieldSource, ParseResult
from .scan_layout import blocks
from .sections import extract

IMAGE_SHARE = 0.3  # an image over this share of a page makes the page a picture, not a page with a logo
MAX_PROBE_PAGES = 6
MIN_CONFIDENT_WORDS = 12  # fewer words read with confidence: speckle, a photo, a logo, a signature
OCR_CONFIDENCE = 0.4  # the most any field read by OCR is trusted: a person checks every value
# a first reading without more than this share of the required answers is read once more
LOOK_AGAIN_MISSING = 1 / 3
# a reading of a page with its rules erased that is sure of fewer of its words than this share is poor, and the
# page is read as it is as well (the dev scans' readings: 0.71-0.92; any share from 0.84 to 0.88 kept the same
# answers, and reading every ruled page twice found no more)
WELL_READ_SHARE = 0.85
# the time a page may take (issue 12: OCR within 5 s a page, less what deciding on the reading and stopping
# Tesseract take): a second look that would pass it is not taken, and one that runs past it is stopped
OCR_SECONDS_A_PAGE = 4.5

SCAN_WARNING = "The PDF has no text layer (a scan); its text must be read by OCR or by a person."


def image_share(data: bytes, filename: str = "", max_pages: int = MAX_PROBE_PAGES) -> tuple[float, int]:
    """The largest share of a page covered by images over the first pages, and how many objects they draw.

    Raises DamagedFile when pdfium cannot open what pypdf could: a scan we cannot
    rasterise cannot be read by anyone either.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DamagedFile(f"pdfium: {exc}", filename) from exc
    best, objects = 0.0, 0
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            try:
                w, h = page.get_size()
                area = max(w * h, 1.0)
                covered = 0.0
                for obj in page.get_objects(max_depth=4):
                    objects += 1
                    if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
                        continue
                    left, bottom, right, top = obj.get_bounds()
                    clipped = (max(0.0, min(right, w) - max(left, 0.0))) * (max(0.0, min(top, h) - max(bottom, 0.0)))
                    covered += clipped
                best = max(best, min(covered / area, 1.0))
            finally:
                page.close()
    finally:
        pdf.close()
    return best, objects


def searchable(result: ParseResult) -> ParseResult:
    """The result of a scan made searchable (a picture under OCR's invisible text layer), read from that layer.

    The layer is a machine's reading of the picture, not the writer's text: a letter misread, a tick box lost, a
    handwritten answer not recognised at all. Every value is uncertain (a person confirms it against the page), and
    a required field the layer does not show is not missing but uncertain: its answer may be on the page in a hand
    the OCR could not read.
    """
    if not result.is_concept_form:
        return result
    sources = {k: FieldSource(s.method, s.label, min(s.confidence, OCR_CONFIDENCE), s.doubts, s.supports)
               if k in result.fields else s for k, s in result.sources.items()}
    doubtful = {*result.uncertain_fields, *result.fields, *result.missing_required}
    uncertain = [f.key for f in FIELDS if f.key in doubtful]
    warnings = [*result.warnings, "The PDF is a scan with an OCR text layer: its values are OCR's reading, not "
                                  "confirmed, and nothing it lacks is called missing."]
    return replace(result, sources=sources, uncertain_fields=uncertain, missing_required=[], warnings=warnings)


def pending(file_type: str = "pdf") -> ParseResult:
    """A scan that OCR has not read yet: nobody knows what it is, so a person or OCR must look."""
    return ParseResult(is_concept_form=False, kind="scan", file_type=file_type, needs_manual_review=True,
                       warnings=[SCAN_WARNING], needs_ocr=True)


def no_text(file_type: str, drew_something: bool) -> ParseResult:
    """A PDF with no text layer and no page-sized picture: a chart, a drawing, or a blank page."""
    return ParseResult(is_concept_form=False, kind="image" if drew_something else "blank", file_type=file_type)


def read_scan(data: bytes, filename: str = "") -> ParseResult:
    """Read an attachment, running OCR when it is a scan (or a picture); slow: seconds a page.

    For a file that is not a scan this is :func:`mailbot_parsers.parse`. Raises
    the same ParseError subclasses as ``parse``, plus ``OcrUnavailable`` when
    Tesseract is not installed on this machine.
    """
    from . import parse

    start = time.monotonic()
    result = parse(data, filename)
    file_type = result.file_type

    if not ((result.needs_ocr and file_type == "pdf") or file_type == "image"):
        return result
    # a filled form's answers sit in drawn boxes and on underlines: a box's border beside an answer's first letter
    # is read glued to it ('[Winter 2027', 'linical' for 'Clinical') and shaded boxes make Tesseract skip their
    # text, so the page is read without its rules first. Erasing them costs the letters that touch them on some
    # pages, so a page that had rules and read poorly is read as it is as well, and that reading is kept when more
    # of the form's answers are found in it
    erased, erased_result = _read(data, filename, file_type)
    if not erased.rules_erased or not _poorly_read(erased):
        return erased_result
    # the second look costs about what the first pass over the ruled pages did: taken only when it fits the budget
    # a page, and stopped when it runs past it
    deadline = start + OCR_SECONDS_A_PAGE * max(erased.pages, 1)
    if time.monotonic() + erased.reread_seconds > deadline:
        return erased_result
    judged: list[tuple[OcrText, ParseResult]] = []
    plain = ocr.read_as_is(erased, filename, _look_again(file_type, judged), deadline)
    if plain is None:
        return erased_result
    plain_result = _judged(plain, judged, file_type)
    return plain_result if _answers(plain_result) > _answers(erased_result) else erased_result


def _poorly_read(text: OcrText) -> bool:
    """Tesseract was unsure of many of the words: the reading may have lost letters to the erased rules."""
    return text.confident_words < WELL_READ_SHARE * text.words


def _answers(result: ParseResult) -> int:
    return len(result.fields) if result.is_concept_form else -1


def _read(data: bytes, filename: str, file_type: str) -> tuple[OcrText, ParseResult]:
    """The scan read by OCR with its pages' rules erased, and what it shows the scan to be."""
    judged: list[tuple[OcrText, ParseResult]] = []
    if file_type == "pdf":
        text = ocr.read_pdf_pages(data, filename, look_again=_look_again(file_type, judged), erase_rules=True)
    else:
        text = ocr.read_image(data, filename, look_again=_look_again(file_type, judged), erase_rules=True)
    return text, _judged(text, judged, file_type)


def _look_again(file_type: str, judged: list[tuple[OcrText, ParseResult]]) -> ocr.LookAgain:
    def look_again(text: OcrText) -> bool:
        # a second reading doubles the time: spent only where the first found no concept form or
        # lacks most of a form's required answers, which is where a phone photo's shadow or a dark
        # copy hid what was written
        first = decide(text, file_type)
        judged.append((text, first))
        return not first.is_concept_form or len(missing_required(first.fields)) > len(REQUIRED_KEYS) * LOOK_AGAIN_MISSING

    return look_again


def _judged(text: OcrText, judged: list[tuple[OcrText, ParseResult]], file_type: str) -> ParseResult:
    # the first reading kept as it was has already been judged: deciding again would redo the extraction
    kept = next((done for seen, done in judged if seen is text), None)
    return kept if kept is not None else decide(text, file_type)


def decide(text: OcrText, file_type: str) -> ParseResult:
    """What the recognised words show the scan to be."""
    if text.confident_words < MIN_CONFIDENT_WORDS:
        return ParseResult(is_concept_form=False, kind="image", file_type=file_type,
                           warnings=["No recognisable text was found by OCR."])
    ex = extract(blocks(text.lines))
    heading = next((ln.text.strip() for ln in text.lines if ln.text.strip()), "")
    kind = kind_of(ex.labels_seen, text.text, set(ex.fields), heading)
    if kind != "concept_form":
        return ParseResult(is_concept_form=False, kind=kind, file_type=file_type)
    sources = {key: FieldSource(method=f"ocr {s.method}", label=s.label, confidence=min(s.confidence, OCR_CONFIDENCE))
               for key, s in ex.sources.items() if key in ex.fields}
    uncertain = sorted(ex.fields)
    warnings = ["The PDF is a scan read by OCR: a person must confirm every value."]
    if uncertain:
        warnings.append("Read by OCR, not confirmed: " + ", ".join(uncertain) + ".")
    # OCR missing a field does not show that the applicant left it empty: nothing is claimed missing
    return ParseResult(is_concept_form=True, kind=kind, file_type=file_type, fields=dict(ex.fields), sources=sources,
                       needs_manual_review=True, warnings=warnings, uncertain_fields=uncertain)
