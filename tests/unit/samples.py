"""Small documents the unit tests build, written once: a concept form as a DOCX table, "Label: answer" paragraphs,
a printed page of labels beside or over their answers, and the few lines every python-docx or fpdf2 builder starts
and ends with. A test keeps its own builder only where its document has a layout of its own (the habit it shows);
where it needs no more than one of these, it uses this one, so that two tests of one layout build the same page.

(Import as ``from tests.unit.samples import ...``; the older shared builders are in ``tests/parser_samples.py``
(raw DOCX XML, positioned PDF text) and ``tests/printed_samples.py`` (printed layouts of the whole proposal).)
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence

from docx import Document
from docx.document import Document as DocxDocument
from fpdf import FPDF

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CONCEPT_FORM = "Micro-Course / Credential Concept Form"


# a plain proposal's labels and answers, all a form needs to be read as one ("Label: answer" lines or a table's rows)
PLAIN_PAIRS = [("Proposed title", "Wound Vac Basics for Community Nurses"), ("Name of proposer", "Odile Brannagh"),
               ("Position / title", "Wound Care Nurse"), ("Department", "Community Nursing"),
               ("Email", "o.brannagh@example.org"),
               ("Target learners", "Community nurses who manage negative pressure wound therapy at home."),
               ("Rationale", "Dressing failures bring patients back to the clinic within days."),
               ("Summative assessment", "An observed dressing change scored on a checklist."),
               ("Partner organization", "Eastvale Home Care")]


# --- DOCX (python-docx) ---------------------------------------------------------------------------------------------

def docx_bytes(doc: DocxDocument) -> bytes:
    """The bytes of a python-docx document, as a mail attachment holds them."""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def table_docx(rows: Sequence[Sequence[str]], *, title: str = CONCEPT_FORM) -> bytes:
    """A title paragraph over one table, a row for each of ``rows`` (a label and its answer, or a label in two
    languages and the answer): the plainest retyped concept form."""
    doc = Document()
    doc.add_paragraph(title)
    table = doc.add_table(rows=0, cols=max(len(r) for r in rows))
    for cells in rows:
        for cell, text in zip(table.add_row().cells, cells):
            cell.text = text
    return docx_bytes(doc)


def lines_docx(lines: Sequence[str], *, heading: str = "Micro-course concept") -> bytes:
    """A heading, then each line as a paragraph of its own."""
    doc = Document()
    doc.add_heading(heading, level=1)
    for line in lines:
        doc.add_paragraph(line)
    return docx_bytes(doc)


def styled_docx(items: Sequence[tuple[str, str]]) -> bytes:
    """A Word document of paragraphs by style: "T" the title (heading level 0), "H1", "H2"... a heading of that
    level, "" a plain paragraph, any other name that paragraph style ("List Bullet", "List Number")."""
    doc = Document()
    for style, text in items:
        if style == "T":
            doc.add_heading(text, level=0)
        elif re.fullmatch(r"H\d", style):
            doc.add_heading(text, level=int(style[1:]))
        else:
            doc.add_paragraph(text, style=style or None)
    return docx_bytes(doc)


def pairs_docx(pairs: Sequence[tuple[str, str]], *, heading: str = "Micro-course concept", closing: str = "") -> bytes:
    """A heading, then a "Label: answer" paragraph for each pair (and a closing paragraph when given)."""
    return lines_docx([f"{label}: {answer}" for label, answer in pairs] + ([closing] if closing else []),
                      heading=heading)


# --- PDF (fpdf2) ----------------------------------------------------------------------------------------------------

def letter_pdf(*, orientation: str = "P", dejavu: bool = False, bold: str = DEJAVU) -> FPDF:
    """A US Letter document in points with its first page added and no automatic page break (a test places every
    line itself); ``dejavu`` registers DejaVu Sans as "dejavu" (its bold style drawn from ``bold``) for text beyond
    Latin-1 (boxes, ticks, accents)."""
    pdf = FPDF(orientation=orientation, unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    if dejavu:
        pdf.add_font("dejavu", "", DEJAVU)
        pdf.add_font("dejavu", "B", bold)
    pdf.add_page()
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


Line = str | tuple[str, bool] | float


def lines_pdf(rows: Sequence[Line], *, size: float = 11, step: float = 15, x: float = 60, top: float = 60) -> bytes:
    """A page of Helvetica lines set one under the other from the top: a row is a line of text, ``(text, True)`` a
    bold one, and a number a gap of that many points before the next line."""
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    y = top
    for row in rows:
        if isinstance(row, (int, float)):
            y += row
            continue
        text, bold = (row, False) if isinstance(row, str) else row
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.text(x, y, text)
        y += step
    return pdf_bytes(pdf)


def unticked(option: str) -> str:
    """An option's caption after an empty box (the print of a form nobody ticked on screen)."""
    return "☐ " + option


def labels_beside_pdf(rows: Sequence[tuple[str, str | list[str]]], *, title: str = CONCEPT_FORM,
                      box: Callable[[str], str] = unticked) -> bytes:
    """A printed form: the title, then each label in a left column with its answer beside it; a list answer is a
    choice's options, one a line, each drawn by ``box`` (its caption after an empty box unless told otherwise)."""
    pdf = letter_pdf(dejavu=True)
    pdf.set_font("dejavu", "", 13)
    pdf.text(72, 60, title)
    pdf.set_font("dejavu", "", 10)
    y = 100
    for label, answer in rows:
        pdf.text(72, y, label)
        for line in [answer] if isinstance(answer, str) else answer:
            pdf.text(260, y, line if isinstance(answer, str) else box(line))
            y += 14
        y += 6
    return pdf_bytes(pdf)


# --- fillable PDF (pypdf) -------------------------------------------------------------------------------------------

def radio_group_pdf(name: str, tooltip: str, captions: Sequence[str], *, value: int | None = None,
                    shown: int | None = None, label: str | None = None, need_appearances: bool = True) -> bytes:
    """A fillable page with one radio group ``name`` whose states a tool generated (Choice1..n), each button's
    caption printed beside it (and ``label`` over them when given). ``value`` (1-based) is the group's value (/V);
    ``shown`` the button on by its appearance state (/AS) alone."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, NumberObject, TextStringObject)

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    parent = DictionaryObject({NameObject("/T"): TextStringObject(name), NameObject("/FT"): NameObject("/Btn"),
                               NameObject("/Ff"): NumberObject(49152), NameObject("/TU"): TextStringObject(tooltip)})
    if value is not None:
        parent[NameObject("/V")] = NameObject(f"/Choice{value}")
    parent_ref = writer._add_object(parent)
    kids, text = ArrayObject(), [] if label is None else [f"BT /F1 10 Tf 72 702 Td ({label}) Tj ET"]
    for n, caption in enumerate(captions, 1):
        y = 700 - 20 * n
        kid = DictionaryObject({NameObject("/Type"): NameObject("/Annot"),
                                NameObject("/Subtype"): NameObject("/Widget"), NameObject("/Parent"): parent_ref})
        if shown is not None or value is None:
            kid[NameObject("/AS")] = NameObject(f"/Choice{n}" if n == shown else "/Off")
        kid[NameObject("/Rect")] = ArrayObject([FloatObject(200), FloatObject(y), FloatObject(211),
                                                FloatObject(y + 11)])
        kid[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject(
            {NameObject(f"/Choice{n}"): DictionaryObject(), NameObject("/Off"): DictionaryObject()})})
        kids.append(writer._add_object(kid))
        text.append(f"BT /F1 10 Tf 216 {y + 2} Td ({caption.replace('–', '-')}) Tj ET")
    parent[NameObject("/Kids")] = kids
    page[NameObject("/Annots")] = ArrayObject(list(kids))
    content = DecodedStreamObject()
    content.set_data("\n".join(text).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([parent_ref]),
         NameObject("/NeedAppearances"): BooleanObject(need_appearances)})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
