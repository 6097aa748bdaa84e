"""Bytes of an attachment -> the concept-form fields it holds, or a typed ParseError.

This package never imports ``mailbot``. :func:`parse` is the fast entry point and
never runs OCR: a scan comes back with ``needs_ocr`` set, and :func:`read_scan`
(seconds a page) reads it with OCR and decides what it is.
"""
from __future__ import annotations

import re
from functools import partial
from collections.abc import Mapping
from typing import Callable

from .partner_names import partner_of
from .budget import cost_lines
from . import memo
from .byline_sentence import byline_sentence
from .skill_lists import skills_unframed
from .calibration import (EDGE_DOUBTS, TEXT_METHODS as _TEXT_METHODS, agreeing_practicalities, colon_led, cut_short,
                          fragment, is_option, judge, label_after_sentence, misfit, numbered_rows, one_group, title_continues,
                          unowned_contact)
from .chains import superseded
from .leftovers import caption_tails, printed_alone
from .unplaced import unplaced
from .bilingual import english_of
from .classify import kind_of, tentative_proposal, unread_form
from .empty_answers import answer_region
from .errors import (DamagedFile, EncryptedFile, ExpandsTooMuch, NotWhatItClaims, ParseError, TooLarge,
                     UnsupportedFormat)
from .listed_questions import answered_by_key
from .fields import FIELDS, FIELDS_BY_KEY, REQUIRED_KEYS, missing_required, requirements_unmet
from .layout import Block
from .normalise import ambiguous_date, choice_code, forget_document, month_first, to_date
from .ocr import OcrUnavailable
from .outlined_text import drawn_text
from . import pdf_layout
from .page_notes import note_reference
from .pdf_layout import Line
from .result import FieldSource, ParseResult
from .scan import read_scan
from .sections import CO_SIGNED, Extraction, extract
from .sniff import sniff

__all__ = [
    "parse", "read_scan", "ParseResult", "FieldSource", "ParseError", "DamagedFile", "NotWhatItClaims",
    "EncryptedFile", "TooLarge", "ExpandsTooMuch", "UnsupportedFormat", "OcrUnavailable", "FIELDS", "REQUIRED_KEYS",
    "missing_required", "requirements_unmet",
]

_LEARNED = "learned"  # sentence_fields.METHOD (that module loads its model lazily; its name is all needed here)
MAX_BYTES = 15 * 1024 * 1024
SURE = 0.85            # a field read with less confidence than this is reported as uncertain
# The whole document goes to a person when the parser met trouble on several fields: a value that the
# signals doubt, or a required field whose label it could not find. Either says the layout misled it, so
# the values it is sure of may be wrong too. A weak but undoubted read (a piece split from a contact line,
# a title taken from the heading) is only a guess: it is reported uncertain on its own, and four of them
# weigh as one sign of trouble, but only beside enough real signs to send the form to a person by themselves
# (they then weigh in the share of the fields troubled; they never make the review on their own).
REVIEW_TROUBLE_MIN = 3
REVIEW_TROUBLE_SHARE = 0.15  # ... of the fields read or looked for
REVIEW_GUESS_WEIGHT = 0.25
_EXPLICIT = ("acroform", "content_control")  # answers given in the form's own fields, not read from text
FIELD_KEYS = tuple(f.key for f in FIELDS)
SPARSE_TEXT = 40  # letters and digits a page: below this, a PDF drawn as a picture is still a scan
_OLE_LABELS = ("Proposed Title", "Name of Proposer", "Learning Outcomes", "Summative Assessment",
               "Endorsement Status", "Education Plan", "Target Learners", "Concept Form")
_DOCUMENT_TYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "doc": "application/msword"}


def parse(data: bytes, filename: str = "", content_type: str | None = None, *,
          max_bytes: int = MAX_BYTES, max_pages: int = 50) -> ParseResult:
    """Read one attachment, quickly (no OCR).

    Returns a :class:`ParseResult` for every file we can classify (including
    non-forms, scans awaiting OCR and legacy ``.doc``); raises a
    :class:`ParseError` subclass when the file is damaged, encrypted, too large,
    a zip bomb, declares a DTD, or is not what its name or content type says.
    """
    try:
        return _parse(data, filename, content_type, max_bytes=max_bytes, max_pages=max_pages)
    finally:
        forget_document()  # the texts kept while this document was read


def _parse(data: bytes, filename: str, content_type: str | None, *, max_bytes: int, max_pages: int) -> ParseResult:
    if len(data) > max_bytes:
        raise TooLarge(f"{len(data)} bytes", filename)
    kind = sniff(data, filename, content_type)
    claimed = _claimed_document(filename, content_type)
    if claimed and kind not in ("docx", "pdf", "doc"):
        # the name promises a document but the bytes are not one: report it, do not guess
        raise NotWhatItClaims(f"named as {claimed} but the bytes are {kind}", filename)
    if kind == "docx":
        from .docx_form import read_docx

        blocks, directs, title = read_docx(data, filename)
        ex = extract(blocks, directs)
        body = _text_of(blocks)
        return _result(ex, body + " " + title, "docx", heading=_heading(body))
    if kind == "pdf":
        return _pdf(data, filename, max_pages)
    if kind == "doc":
        return _legacy_doc(data, filename)
    if kind == "image":
        return _not_form("image", "image")
    if kind == "calendar":
        return _not_form("calendar")
    if kind == "text":
        text = data.decode("utf-8", errors="replace")
        blocks = [Block(text=ln, line=True) for ln in text.splitlines() if ln.strip()]
        return _result(extract(blocks), text, "text", heading=_heading(text))
    if kind == "rtf":
        return _rtf(data)
    if kind == "zip":
        raise UnsupportedFormat("zip archive that is not a Word document", filename)
    return _not_form("unknown")


def _claimed_document(filename: str, content_type: str | None) -> str:
    """"pdf", "docx" or "doc" when the name or the declared type promises that document, else ""."""
    ext = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if ext in _DOCUMENT_TYPES:
        return ext
    declared = (content_type or "").lower().split(";")[0].strip()
    return next((k for k, v in _DOCUMENT_TYPES.items() if v == declared), "")


def _pdf(data: bytes, filename: str, max_pages: int) -> ParseResult:
    from .pdf_form import read_pdf

    if b"%%EOF" not in data[-2048:]:
        # every complete PDF ends with %%EOF (trailing junk of a few bytes aside): this one was cut off
        raise DamagedFile("no %%EOF at the end: truncated", filename)
    pdf = read_pdf(data, filename, max_pages=max_pages)
    if not pdf.directs and not pdf.has_text:
        return _scanned(data, filename)
    ex = extract(pdf.blocks, pdf.directs)
    _hints_dropped(ex, pdf.geometry)
    text = pdf.text + " " + " ".join(pdf.metadata.values())
    pages = pdf.geometry
    result = _result(ex, text, "pdf", heading=_pdf_heading(pdf.text, pdf.blocks), printed=partial(answer_region, pages) if pages else None)
    if pdf.ocr_layer and not pdf.directs:
        return _scan().searchable(result)  # a scan whose text is OCR's reading: nothing read from it is sure
    if (not result.is_concept_form and not pdf.directs
            and sum(c.isalnum() for c in pdf.text) < SPARSE_TEXT * max(pdf.pages, 1)):
        # scanner apps stamp a line of text ("Scanned with ..."); the page itself is still a picture
        share, _ = _image_share(data, filename)
        if share >= _scan().IMAGE_SHARE:
            return _scan().pending("pdf")
    return result


def _hints_dropped(ex: Extraction, pages: list[list[Line]]) -> None:
    """A value read where the page prints only a hint in light grey ("e.g. 416-555-0100", "Month and year": a web
    form's placeholder or a template's hint left in an empty box) is no answer. Its question is shown but not
    answered as far as the parser can tell: unread (uncertain for the office), never "missing" on the grey's word."""
    hints = pdf_layout.hint_texts(pages)
    if not hints:
        return
    for key, value in list(ex.fields.items()):
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        # (only an answer read beside its label: a slide's byline or a letterhead is often set in grey, and is read
        # as the writer's contact block, not as a box's content)
        if items and ex.sources[key].method in _TEXT_METHODS and all(" ".join(str(i).split()).casefold() in hints for i in items):
            del ex.fields[key]
            ex.sources.pop(key, None)
            ex.unread.add(key)


def _text_of(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.is_pair:
            out.append(b.pair_label or "")
            out.extend(a.text for a in b.answer)
        else:
            out.append(b.text)
    return "\n".join(out)


TITLE_LINES = 3        # a title and the subtitle lines under it ("Northbay Community Trust" / "Small Project Grant ...")
TITLE_LINE_WORDS = 8


def _heading(text: str) -> str:
    """The document's first line of text, with the short title-like lines right under it (a subtitle that names the
    kind of document: no label's colon, no sentence): what it calls itself, when it says."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = lines[:1]
    for ln in lines[1:TITLE_LINES]:
        if len(ln.split()) > TITLE_LINE_WORDS or re.search(r"[:：]|[.!?]$|@|\d{3}\D?\d{4}", ln):
            break
        out.append(ln)
    return " ".join(out)


def _pdf_heading(text: str, blocks: list[Block]) -> str:
    """A PDF's first line, or the whole title when the page wrapped it over lines ("Westmarch Health Foundation –" /
    "Community Grant Application 2027"): the reader joined the wrapped lines into the first block, which opens with
    that line. A first block that does not open with it (a running header read first) leaves the line as it is."""
    first = next((" ".join(ln.split()) for ln in text.splitlines() if ln.strip()), "")
    block = blocks[0] if blocks and not blocks[0].is_pair else None
    title = " ".join(block.text.split()) if block is not None else ""
    return title if first and title.startswith(first) and len(title) > len(first) else _heading(text)


# a template's own filler, not an answer: a remark wholly in brackets ("(Remove if not relevant)", "[TBD]"), or the
# same words given as the answer to this many questions (distinct questions of a filled form get distinct answers)
_REMARK = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
PLACEHOLDER_REPEATS = 3


def placeholder(value: object, fields: Mapping[str, object]) -> bool:
    """Whether a value read for a question is a template's filler, which shows the question but answers nothing."""
    if not isinstance(value, str):
        return False
    if _REMARK.match(value):
        return True
    same = " ".join(value.split()).casefold()
    return sum(1 for v in fields.values() if isinstance(v, str) and " ".join(v.split()).casefold() == same) \
        >= PLACEHOLDER_REPEATS


def _result(ex: Extraction, text: str, file_type: str, heading: str = "",
            printed: Callable[[str, str], bool | None] | None = None) -> ParseResult:
    """The parse result of an extraction. ``printed`` tells, for a document read from a printed page, whether a
    label (as read, for a key) stands on the page with nothing in its answer's place (None: the label is not found
    on the page; see :mod:`empty_answers`)."""
    # an answer that cannot be of its question's type (a person's name as the learners, a year as the enrolment)
    # shows the question was asked, not that the document answers it
    # (a learned guess, sentence_fields.py, says nothing of what the document is; nor does a template's filler)
    answered = {k for k, v in ex.fields.items() if not misfit(k, v, ex.raw.get(k, "")) and ex.sources[k].method != _LEARNED
                and not placeholder(v, ex.fields)}
    kind = kind_of(ex.labels_seen, text, answered, heading)
    # (the form's name on the first line itself: a subtitle "Please find my concept form" under a letterhead is no name)
    first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if kind != "concept_form" and unread_form(ex.labels_seen, text, first_line):
        # every required field is unread, not missing: nobody may tell the applicant it is empty
        return ParseResult(is_concept_form=True, kind="concept_form", file_type=file_type, needs_manual_review=True,
                           uncertain_fields=list(REQUIRED_KEYS), warnings=["The document calls itself the concept form, but its questions could not be "
                                     "read: a person reads it."])
    # a writer who proposes a course but says little that could be read: a form for a person, not a document dropped
    tentative = kind != "concept_form" and tentative_proposal(ex.labels_seen, text, answered, heading)
    if kind != "concept_form" and not tentative:
        return _not_form(file_type, kind)
    kind = "concept_form"
    # a title or an item given as "French / English" (a heading, a list line) is read in English, as every
    # bilingual answer is (bilingual.py); a value whose halves are not both clearly worded stays whole
    fields = {k: english_of(v) if isinstance(v, str) else [english_of(i) for i in v] if isinstance(v, list) else v
              for k, v in ex.fields.items()}
    if isinstance(fields.get("partner_name"), str) and ex.sources["partner_name"].method not in _EXPLICIT:
        # "The course is endorsed by the X, whose letter ...", "Yes, the X", "X: letter attached": the sentence a
        # retyped form writes around the partner's name is no part of it (partner_names.py)
        fields["partner_name"] = partner_of(str(fields["partner_name"]))
    if isinstance(fields.get("competencies"), str) and ex.sources["competencies"].method not in (*_EXPLICIT, "table"):
        # "Learners will practise a, b, c and d.": the skills the sentence lists, not its frame (skill_lists.py)
        fields["competencies"] = skills_unframed(str(fields["competencies"]))
    named = byline_sentence(text) if isinstance(fields.get("proposer_name"), str) else {}
    if named and named["proposer_name"] in str(fields["proposer_name"]):
        # "Ada Roy is a Role in the Unit and can be reached at ...": the proposer introduced in a sentence. A name
        # run on into the sentence (a byline label's answer read past the name) and the role and unit read from
        # other words give way to the sentence's pieces; a name read alone keeps what was read beside it
        run_on = fields["proposer_name"] != named["proposer_name"]
        for k, v in named.items():
            if run_on or k not in fields:
                fields[k] = ex.fields[k] = v
                ex.sources[k] = FieldSource("prose", "byline sentence", min(ex.sources[k].confidence, 0.6)) \
                    if k in ex.sources else FieldSource("prose", "byline sentence", 0.6)
    raw_date = ex.raw.get("submission_date", "")
    if isinstance(fields.get("submission_date"), str) and ambiguous_date(raw_date) and month_first(text):
        # "12/1/2026" in a document whose other numeric dates are month first ("11/27/26 14:32:05"): December 1
        fields["submission_date"] = to_date(raw_date, month_first=True) or fields["submission_date"]
    sources = _calibrated(ex, text)
    for key, value in superseded(text, fields).items():
        # the newest message of an email thread corrects this field: its value stands, read from a sentence
        fields[key] = value
        b = sources[key]
        sources[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "superseded"))
    warnings: list[str] = []
    if not fields:
        warnings.append("The form appears to be blank.")
    low = [k for k, s in sources.items() if s.confidence < 0.7]
    if low:
        warnings.append("Some values were inferred without a clear label: " + ", ".join(sorted(low)) + ".")
    unsure = [k for k in FIELD_KEYS if k in fields and sources[k].confidence < SURE]
    # a required field is missing only when its label was found with nothing after it; one whose label
    # was never found may be there in words the parser did not recognise
    # (a learned guess leaves its field unlocated: it counts as such for the review, and declares nothing present)
    absent = missing_required({k: v for k, v in fields.items() if sources[k].method != _LEARNED})
    # (questions listed first and answered under the same keys later leave every question empty in reading order)
    keyed = bool(absent) and answered_by_key(text)
    missing = [k for k in absent if k in ex.labels_seen and k not in ex.unread and _asked(k, ex.label_reads.get(k))
               and (k in ex.said_none or not keyed and (printed is None
                                                        or _shown_empty(k, ex.label_reads.get(k), printed)))]
    unlocated = [k for k in absent if k not in missing]
    # an optional field whose label has an answer the parser could not read is not empty either
    unread = [k for k in FIELD_KEYS if k in ex.unread and k not in fields and k not in absent]
    as_if_read = {**fields, **{k: "?" for k in unlocated}}
    # an optional field the reading did not find, whose type of answer the text holds where no field took it (a whole
    # date for the submission date, hours, a yearly count, a month to come): not known to be empty (see unplaced.py)
    evident = [k for k in unplaced(fields, text) if k not in absent and k not in unread]
    uncertain = [k for k in FIELD_KEYS if k in unsure or k in unlocated or k in unread or k in evident]
    if uncertain:
        warnings.append("Not read with confidence (the office will check): " + ", ".join(uncertain) + ".")
    doubted = [k for k in FIELD_KEYS if k in sources and sources[k].doubts]
    for k in doubted:
        warnings.append(f"{k}: " + ", ".join(_DOUBT_WORDS.get(d, d) for d in sources[k].doubts) + ".")
    # two different answers in the form's own fields (two boxes ticked for a one-answer question, a ticked box
    # against a list's choice) are the applicant's contradiction, not a misreading: only a person can settle it
    contradicted = [k for k in doubted if "read_twice" in sources[k].doubts and sources[k].method in _EXPLICIT]
    # ... and so is one answer given as several to choose from ("Option A: ... / Option B: ...")
    contradicted += [k for k in doubted if "alternatives" in sources[k].doubts]
    if tentative:
        warnings.append("The document proposes a course in the writer's own words but few answers could be read: "
                        "a person checks that it is a proposal.")
    # a value doubted only at its edges (the form's guidance before it, a footer after it, a thread's newer answer
    # in its place) is uncertain on its own, and weighs as a guess: it says nothing of how the rest was read
    troubled = [k for k in doubted if not set(sources[k].doubts) <= EDGE_DOUBTS]
    # (a learned guess weighs in the review as its field unread would: not at all, or as unlocated when required;
    # a title taken from the document's heading weighs as a guess even when its shape makes it sure: the shape says the
    # title is right, not that the layout was read as the form asks)
    learned = {k for k in fields if sources[k].method == _LEARNED}
    review = tentative or bool(contradicted) or _needs_review(
        unlocated, troubled, [k for k in FIELD_KEYS if k in fields and k not in troubled and k not in learned
                              and (k in uncertain or "titled" in sources[k].supports)],
        len((set(fields) | set(uncertain)) - (learned - set(unlocated)) - set(evident)))
    return ParseResult(
        is_concept_form=True, kind=kind, file_type=file_type, fields=fields, sources=sources,
        missing_required=missing, requirements_unmet=requirements_unmet(as_if_read),
        needs_manual_review=review, warnings=warnings, uncertain_fields=uncertain,
    )


_ANSWER_SHAPED = re.compile(r"[\d\s.,/:%~-]+|\S+@\S+")


def _asked(key: str, reads: list[tuple[str, str, float, bool]] | None) -> bool:
    """Whether a field's label was really found: a "label" that is an answer by its shape (the caption of a
    choice's option, "In person", read as a question about a person; a bare figure; an address) is a value that
    a layout put where a label stands, and nothing after it says that the field is empty."""
    if not reads:
        return True  # seen without a recorded read (a contact line's own label): as before
    return any(not (is_option(label) or _ANSWER_SHAPED.fullmatch(label.strip()) or _SECTION_LETTER.match(label)
                    or _states_option(key, label, confidence))
               for _, label, confidence, _ in reads)


def _states_option(key: str, label: str, confidence: float) -> bool:
    """Whether a choice field's "label" is its label run together with a stated option ("Endorsement Letter of support
    attached", a label and its answer on one line with no colon between them): the label's words are not all a label's,
    and they name an option, so the answer may be the label's own line; nothing says that the field is empty. (A
    question that names an option, "Letter of support attached?", read whole, asks it and answers nothing.)"""
    return FIELDS_BY_KEY[key].type == "choice" and confidence < 1.0 and not label.rstrip().endswith("?") \
        and choice_code(key, label) is not None


# "B – Need", "Part C: Content", "II. Support": the name of a lettered part of the form, whose questions follow it;
# nothing after the name says that the field it happens to name is empty
_SECTION_LETTER = re.compile(r"^\s*(?:part\s+|section\s+|partie\s+)?(?:[A-H]|[IVX]{1,4})\s*[–—:.)-]\s*\S[^:]{0,30}$", re.I)


def _shown_empty(key: str, reads: list[tuple[str, str, float, bool]] | None,
                 printed: Callable[[str, str], bool | None]) -> bool:
    """Whether a printed page shows a field's answer empty: a field of the form's own (a fillable field left blank)
    is, and one read from the text only where one of its labels stands on the page with nothing in its answer's
    place. The reading order of a PDF's text is the order it was drawn in, which proves no answer absent.

    A field read under several labels (a section's heading that names it, "Endorsement and fit", and the row's own
    label, "Endorsement") is empty only when every one of them found on the page shows nothing in its place: one
    label with text in its answer's place is an answer the reading did not pair with it (a sheet's cells out of
    reading order, a reference column taken for the labels), and nobody may be told that the field is empty."""
    if any(method in _EXPLICIT for method, _, _, _ in reads or ()):
        return True
    labels = [label for _, label, _, _ in reads or () if not (is_option(label) or _ANSWER_SHAPED.fullmatch(label.strip()))]
    shown = [printed(label, key) for label in dict.fromkeys(labels)]
    return True in shown and False not in shown


def _needs_review(unlocated: list[str], doubted: list[str], guessed: list[str], looked_for: int) -> bool:
    """Whether a form's read as a whole is a person's to check (see REVIEW_TROUBLE_MIN)."""
    # guesses are reported uncertain one by one, and so are the fields not found and the doubted values: the
    # office already checks each of them. The review is for the values presented as sure, which the parser may
    # have misread too when the layout misled it, and only the real signs say that it did: a guess is a weak
    # read of words the parser found in their place. So a document read largely by its sentences, with a
    # required answer or two it states nowhere (a letter, a memo), is not sent to a person for its guesses;
    # beside enough real signs the guesses bear them out and count in the share of the fields troubled
    real = len(set(unlocated) | set(doubted))
    if real < REVIEW_TROUBLE_MIN:
        return False
    trouble = real + REVIEW_GUESS_WEIGHT * len(guessed)
    return trouble >= REVIEW_TROUBLE_SHARE * looked_for


_DOUBT_WORDS = {
    "misfit": "the value is not of this field's type",
    "holds_label": "the value holds another question's label",
    "is_label": "the value reads as another question's label",
    "stray_number": "a stray number (a row or page number) is part of the value",
    "note_unread": "the answer refers to a note that was not found",
    "one_group": "the count is the size of one of several groups: the year's may be their total",
    "read_twice": "the form gives this field twice with different values",
    "broken_label": "the label was cut from running text",
    "ambiguous_choice": "several options are named and none is marked",
    "marked_other": "the form's own tick marks another option",
    "not_a_name": "the value is more than a name",
    "cut_short": "the next label took the end of this answer",
    "trailing_heading": "words after the answer's last sentence look like the next section's heading",
    "fragment": "the answer starts in the middle of a sentence",
    "speaker": "the answer opens with a chat or transcript header (who wrote it, when)",
    "alternatives": "the applicant gives several answers to choose from",
    "garbled": "the value holds characters the document's text did not decode, or list items run together",
    "superseded": "the newest message of the email thread corrects an older answer; its value is given",
    "guidance": "the value opens with the form's guidance for the question (a bracketed remark)",
    "stray_mark": "the value opens with a mark no answer opens with (a bullet, an asterisk, a slash)",
    "label_tail": "the value opens with the end of the question's label",
    "ran_on": "the value runs on into something this field never holds (an address, a phone, a timestamp, a count)",
    "pull_quote": "the value holds a quoted repeat of its own words (a page layout's pull quote)",
    "label_figure": "the label holds a figure of its own: the answer may be on the label's line",
    "label_choice": "the label names another option: the answer may be on the label's line",
    "headline": "the answer is a few words naming another question or set in capitals: another box's heading",
    "unowned": "a contact block under a bare Contact in a document naming no proposer: it may be the proposer's",
    "inline_list": "the skills are written as one sentence; whether to keep it whole or as items is a guess",
    "run_together": "two items of a list run together with no mark between them",
    "hedged": "the answer opens with the writer's opinion of it; whether the opinion is part of the answer is a guess",
    "co_signed": "two people sign the letter, each with an address: whose details are the proposer's is a guess",
    "memo_writer": "the memo's sender writes on behalf of a colleague: whose details these are is a guess",
    "cost_lines": "the resources read are a budget's lines of costs: what the resources are is a guess",
    "formative": "the summative assessment names formative checks: it may be formative only or run on into them",
    "caption_tail": "several answers end in the same caption (a form tool's words under each box): it may be no answer's",
    "page_number": "a lone page or slide number stands between two sentences: the answer may run across pages",
    "outline_number": "the items keep an outline's sub-numbers",
    "lead_heading": "the answer opens with a few words of a heading",
    "counted": "the learners' answer opens with a count: it may be the enrolment's answer",
}


def _calibrated(ex: Extraction, text: str = "") -> dict[str, FieldSource]:
    """Each field's source with the confidence the agreement of signals allows (see :mod:`calibration`)."""
    order = [k for k in ex.sources if k in ex.fields]
    out: dict[str, FieldSource] = {}
    for key, src in ex.sources.items():
        if key not in ex.fields or src.method == _LEARNED:
            out[key] = src  # (a learned guess is judged by no signal: it stays a guess)
            continue
        value = ex.fields[key]
        exact = src.method in ("content_control", "acroform") and src.confidence >= 1.0
        v = judge(key, value, src.label, src.confidence, raw=ex.raw.get(key, ""), offered=ex.offered.get(key),
                  order=order, method=src.method, exact_source=exact,
                  elsewhere=tuple(v for k, v in ex.fields.items() if k != key),
                  after_colon=fragment(key, value, src.method) and colon_led(src.label, value, text))
        lifted = v.supports if v.confidence > src.confidence else ()
        out[key] = FieldSource(src.method, src.label, v.confidence, v.doubts, lifted)
    read_from = {k: (s.method, s.label) for k, s in out.items() if k in ex.fields}
    for key in agreeing_practicalities(ex.fields, read_from, [*ex.raw.values(), *ex.loose, text]):
        b = out[key]
        if not b.doubts and b.confidence < SURE:
            out[key] = FieldSource(b.method, b.label, SURE, b.doubts, (*b.supports, "agreeing"))
    enrolment = ex.fields.get("expected_enrolment")
    if isinstance(enrolment, int) and out["expected_enrolment"].method not in _EXPLICIT \
            and one_group(enrolment, [ex.raw.get("expected_enrolment", ""), *ex.loose, text]):
        # the size of one of several groups ("four cohorts of twelve a year" read as 12): the year's count is another
        b = out["expected_enrolment"]
        out["expected_enrolment"] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)),
                                                (*b.doubts, "one_group"), ())
    if "partner_contact" in out and unowned_contact(ex.fields, out["partner_contact"].label):
        # (the proposer's contact block after a fact box's partner line, in a document naming no proposer)
        b = out["partner_contact"]
        out["partner_contact"] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)),
                                             (*b.doubts, "unowned"), ())
    title = ex.fields.get("proposal_title")
    if "titled" in out.get("proposal_title", FieldSource("", "", 0)).supports and isinstance(title, str) \
            and title_continues(title, text):
        # the heading goes on in lower case on the next line ("... Reflex Cytology" / "for Cytotechnologists"): the
        # title read is its first line only, a guess again
        out["proposal_title"] = ex.sources["proposal_title"]
    if "resources_required" in out and cost_lines(ex.fields["resources_required"]):
        # (a budget table's rows read as the resources: what they cost, not what they are)
        b = out["resources_required"]
        out["resources_required"] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)),
                                                (*b.doubts, "cost_lines"), ())
    for key in [k for k, s in out.items() if k in ex.fields and s.label == CO_SIGNED]:
        # (a letter two people sign, each with an address of their own, none captioned as the proposer: whose block
        # is the proposer's is a guess)
        b = out[key]
        out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "co_signed"), ())
    writer = memo.sender([Block(text=t) for t in text.splitlines()[:memo.HEADER_REACH]])
    if writer and memo.writes_for_another(writer, text):
        for key in memo.writers_values(ex.fields, writer):
            # (a memo its sender writes on a colleague's behalf: the sender's name and address are not the proposer's)
            b = out[key]
            out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)),
                                   (*b.doubts, "memo_writer"), ())
    for key in caption_tails(ex.fields):
        # several answers ending in one phrase in sentence case: the form tool's caption under each box was read on
        b = out[key]
        out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "caption_tail"), ())
    for key in numbered_rows(ex.fields):
        # three answers or more that open with a bare number: a table's row numbers were read into them
        if "stray_number" not in out[key].doubts:
            b = out[key]
            out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "stray_number"))
    for key in [k for k, v in ex.fields.items() if k in out and out[k].method in _TEXT_METHODS
                and "page_number" not in out[k].doubts and printed_alone(v, text)]:
        # a slide's or page's number printed alone on its line, read mid-way into the answer: the answer runs across
        # a border (a slide's bullets into its speaker notes), so where it ends is a guess (calibration sets the same
        # doubt from the value's shape alone: see leftovers)
        b = out[key]
        out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "page_number"))
    for key in [k for k, v in ex.fields.items() if k in out and isinstance(v, str) and note_reference(v)]:
        # "see note 2" whose note the document did not give us (see page_notes): answered elsewhere, so no empty
        # field, but the reference is no answer either: the office reads the note
        b = out[key]
        out[key] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "note_unread"))
    for before, key in zip(order, order[1:]):
        # a label that starts inside a sentence took the end of the answer read just before it
        lead = out[key].label.strip()[:1]
        # (also when the label after that sentence's end is whole and its own value stays sure)
        cut = "broken_label" in out[key].doubts or label_after_sentence(key, out[key].label)
        # (a date, an email address or a number is read whole by its pattern: no sentence's end was taken from it)
        if cut and lead.islower() and out[before].method in _TEXT_METHODS and before not in _WHOLE_BY_TYPE:
            b = out[before]
            out[before] = FieldSource(b.method, b.label, min(b.confidence, cut_short(b.doubts)), (*b.doubts, "cut_short"))
    return out


# fields whose value a pattern reads whole (normalised to a date, an email address or a number)
_WHOLE_BY_TYPE = frozenset(f.key for f in FIELDS if f.type in ("date", "email", "phone", "number"))


def _not_form(file_type: str, kind: str = "not_a_form") -> ParseResult:
    return ParseResult(is_concept_form=False, kind=kind, file_type=file_type)


def _scan():  # the module, imported where used so that parse() of a text file loads no pdfium
    from . import scan

    return scan


def _image_share(data: bytes, filename: str) -> tuple[float, int]:
    return _scan().image_share(data, filename)


def _scanned(data: bytes, filename: str) -> ParseResult:
    """A PDF without text or fields: a scan for OCR when a picture fills a page or its letters are drawn as shapes
    (see :mod:`outlined_text`), otherwise a drawing or blank."""
    share, objects = _image_share(data, filename)
    if share >= _scan().IMAGE_SHARE or objects and drawn_text(data):
        # (a page whose letters were converted to outlines is lettering for OCR as much as a scanned one is)
        return _scan().pending("pdf")
    return _scan().no_text("pdf", objects > 0)


_OLE_TEXT = re.compile(rb"(?:[\x20-\x7e\xa0-\xff][\x00]){4,}|[\x20-\x7e\x92\x93\x94\x96\x97\xa0-\xff]{6,}")


def _legacy_doc(data: bytes, filename: str) -> ParseResult:
    """A Word 97-2003 file: we do not read its fields, but its text runs show whether it is the form."""
    text = _ole_text(data)
    # the official form's own labels are evidence enough even where the runs do not split into lines (and then
    # the text need not be read for labels: the runs of a .doc are long and many)
    hits = sum(1 for label in _OLE_LABELS if label.encode("utf-16-le") in data or label.encode("cp1252") in data)
    form = hits >= 3 or kind_of(_labels_seen(text), text) == "concept_form"
    warnings = ["Word 97-2003 (.doc) files are not read; ask for DOCX or PDF."]
    return ParseResult(
        is_concept_form=form, kind="concept_form" if form else "not_a_form", file_type="doc",
        needs_manual_review=form, warnings=warnings, unsupported_format="doc",
    )


def _labels_seen(text: str) -> set[str]:
    return extract([Block(text=ln, line=True) for ln in text.splitlines() if ln.strip()]).labels_seen


def _ole_text(data: bytes) -> str:
    """Runs of readable text (UTF-16 pieces and 8-bit pieces) of a .doc, one paragraph a line."""
    out = []
    for m in _OLE_TEXT.finditer(data[:MAX_BYTES]):
        run = m.group()
        piece = run.decode("utf-16-le", errors="ignore") if len(run) > 1 and run[1] == 0 else run.decode("cp1252", errors="ignore")
        # Word ends a paragraph with \r and a table cell with \x07, both cut the runs above
        out.append(piece)
    return "\n".join(out)


_RTF_GROUPS = re.compile(r"\{\\\*[^{}]*\}|\{\\(?:fonttbl|colortbl|stylesheet|info|pict)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_RTF_CONTROL = re.compile(r"\\(?:par|line|cell|row)\b ?|\\'([0-9a-fA-F]{2})|\\[a-zA-Z]+-?\d* ?|[{}]")


def _rtf(data: bytes) -> ParseResult:
    """RTF is not read for its fields, but its text shows whether it is the form (then a person reads it)."""
    raw = data[:MAX_BYTES].decode("latin-1")
    raw = _RTF_GROUPS.sub(" ", raw)

    def plain(m: re.Match[str]) -> str:
        if m.group(1):
            return bytes([int(m.group(1), 16)]).decode("cp1252", errors="replace")
        return "\n" if m.group().startswith(("\\par", "\\line", "\\cell", "\\row")) else ""

    text = _RTF_CONTROL.sub(plain, raw)
    blocks = [Block(text=ln.strip(), line=True) for ln in text.splitlines() if ln.strip()]
    ex = extract(blocks)
    form = kind_of(ex.labels_seen, text) == "concept_form"
    return ParseResult(is_concept_form=form, kind="concept_form" if form else "not_a_form", file_type="unknown",
                       needs_manual_review=form, unsupported_format="rtf",
                       warnings=["RTF files are not read; ask for DOCX or PDF."])


