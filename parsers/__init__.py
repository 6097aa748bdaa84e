"""Bytes of an attachment -> the concept-form fields it holds, or a typed ParseError.

This package never imports ``mailbot``. The one entry point is :func:`parse`.
"""
from __future__ import annotations

import re

from .classify import is_letter_of_support, kind_of, looks_like_form_name, looks_like_other_document
from .errors import DamagedFile, EncryptedFile, ExpandsTooMuch, ParseError, TooLarge, UnsupportedFormat
from .fields import FIELDS, REQUIRED_KEYS, missing_required, requirements_unmet
from .layout import Block
from .result import FieldSource, ParseResult
from .sections import Extraction, extract
from .sniff import sniff

__all__ = [
    "parse", "ParseResult", "FieldSource", "ParseError", "DamagedFile", "EncryptedFile", "TooLarge",
    "ExpandsTooMuch", "UnsupportedFormat", "FIELDS", "REQUIRED_KEYS", "missing_required", "requirements_unmet",
]

MAX_BYTES = 15 * 1024 * 1024
SURE = 0.85            # a field read with less confidence than this is reported as uncertain
REVIEW_UNLOCATED = 4   # required fields not found at all before the whole document goes to a person
FIELD_KEYS = tuple(f.key for f in FIELDS)
_OLE_LABELS = ("Proposed Title", "Name of Proposer", "Learning Outcomes", "Summative Assessment",
               "Endorsement Status", "Education Plan", "Target Learners", "Concept Form")


def parse(data: bytes, filename: str = "", content_type: str | None = None, *,
          max_bytes: int = MAX_BYTES, max_pages: int = 50) -> ParseResult:
    """Read one attachment.

    Returns a :class:`ParseResult` for every file we can classify (including
    non-forms, scans and legacy ``.doc``); raises a :class:`ParseError` subclass
    when the file is damaged, encrypted, too large, a zip bomb, or declares a DTD.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"{len(data)} bytes", filename)
    kind = sniff(data, filename, content_type)
    if kind == "docx":
        from .docx_form import read_docx

        blocks, directs, title = read_docx(data, filename)
        ex = extract(blocks, directs)
        text = _text_of(blocks) + " " + title
        return _result(ex, text, "docx")
    if kind == "pdf":
        from .pdf_form import read_pdf

        pdf = read_pdf(data, filename, max_pages=max_pages)
        if not pdf.directs and not pdf.has_text:
            return _scanned(pdf.metadata, filename)
        ex = extract(pdf.blocks, pdf.directs)
        text = pdf.text + " " + " ".join(pdf.metadata.values())
        return _result(ex, text, "pdf")
    if kind == "doc":
        return _legacy_doc(data, filename)
    if kind == "image":
        return _not_form("image")
    if kind == "calendar":
        return _not_form("calendar")
    if kind == "text":
        text = data.decode("utf-8", errors="replace")
        blocks = [Block(text=ln, line=True) for ln in text.splitlines() if ln.strip()]
        return _result(extract(blocks), text, "text")
    if kind == "rtf":
        form = looks_like_form_name(filename)
        return ParseResult(is_concept_form=form, kind="concept_form" if form else "not_a_form", file_type="unknown",
                           needs_manual_review=form, unsupported_format="rtf",
                           warnings=["RTF files are not read; ask for DOCX or PDF."])
    if kind == "zip":
        raise UnsupportedFormat("zip archive that is not a Word document", filename)
    claimed = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if claimed in ("pdf", "docx", "doc") or (content_type or "").lower() in (
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"):
        # the name promises a document but the bytes are not one: report it, do not guess
        raise DamagedFile(f"bytes are not a {claimed or content_type} file", filename)
    return _not_form("unknown")


def _text_of(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.is_pair:
            out.append(b.pair_label or "")
            out.extend(a.text for a in b.answer)
        else:
            out.append(b.text)
    return "\n".join(out)


def _result(ex: Extraction, text: str, file_type: str) -> ParseResult:
    kind = kind_of(ex.labels_seen, text)
    if kind != "concept_form":
        return _not_form(file_type, kind)
    fields = dict(ex.fields)
    warnings: list[str] = []
    if not fields:
        warnings.append("The form appears to be blank.")
    low = [k for k, s in ex.sources.items() if s.confidence < 0.7]
    if low:
        warnings.append("Some values were inferred without a clear label: " + ", ".join(sorted(low)) + ".")
    unsure = [k for k in FIELD_KEYS if k in fields and ex.sources[k].confidence < SURE]
    # a required field is missing only when its label was found with nothing after it; one whose label
    # was never found may be there in words the parser did not recognise
    absent = missing_required(fields)
    missing = [k for k in absent if k in ex.labels_seen and k not in ex.unread]
    unlocated = [k for k in absent if k not in missing]
    as_if_read = {**fields, **{k: "?" for k in unlocated}}
    uncertain = [k for k in FIELD_KEYS if k in unsure or k in unlocated]
    if uncertain:
        warnings.append("Not read with confidence (the office will check): " + ", ".join(uncertain) + ".")
    # a form most of whose required answers could not be placed was not read as a whole
    review = len(unlocated) >= REVIEW_UNLOCATED
    return ParseResult(
        is_concept_form=True, kind=kind, file_type=file_type, fields=fields, sources=dict(ex.sources),
        missing_required=missing, requirements_unmet=requirements_unmet(as_if_read),
        needs_manual_review=review, warnings=warnings, uncertain_fields=uncertain,
    )


def _not_form(file_type: str, kind: str = "not_a_form") -> ParseResult:
    return ParseResult(is_concept_form=False, kind=kind, file_type=file_type)


def _scanned(metadata: dict[str, str], filename: str) -> ParseResult:
    names = [filename, metadata.get("/Title", ""), metadata.get("/Subject", "")]
    # A scan sent to the CE mailbox is most often the form; only a name that says otherwise overrides that.
    form = looks_like_form_name(*names) or not looks_like_other_document(*names)
    if not form:
        return _not_form("pdf")
    return ParseResult(
        is_concept_form=True, kind="concept_form", file_type="pdf", needs_manual_review=True,
        warnings=["The PDF has no text layer (a scan); a person must read it. Ask for the DOCX or fillable PDF."],
    )


def _legacy_doc(data: bytes, filename: str) -> ParseResult:
    hits = 0
    for label in _OLE_LABELS:
        if label.encode("utf-16-le") in data or label.encode("cp1252") in data:
            hits += 1
    form = hits >= 3 or (looks_like_form_name(filename) and not looks_like_other_document(filename))
    warnings = ["Word 97-2003 (.doc) files are not read; ask for DOCX or PDF."]
    return ParseResult(
        is_concept_form=form, kind="concept_form" if form else "not_a_form", file_type="doc",
        needs_manual_review=True, warnings=warnings, unsupported_format="doc",
    )


del re
