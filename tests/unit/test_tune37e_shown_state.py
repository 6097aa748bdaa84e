"""A fillable PDF whose radio group was filled by a tool that set only the widgets' appearance states (/AS) and left
the group's value (/V) unset: a viewer shows the chosen button on, so the question is answered, never "missing".
Built here with pypdf."""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                           NumberObject, TextStringObject)

from mailbot_parsers.pdf_form import _acroform, _widget_texts
from mailbot_parsers.pdf_layout import page_lines

CAPTIONS = ["Letter of support attached", "Confirmed – letter to follow", "In discussion", "None yet"]


def _form(shown: int | None) -> bytes:
    """A radio group "Group2" (states Choice1..4) captioned on the page, the button ``shown`` (1-based) on by its
    appearance state only."""
    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    parent = DictionaryObject({NameObject("/T"): TextStringObject("Group2"), NameObject("/FT"): NameObject("/Btn"),
                               NameObject("/Ff"): NumberObject(49152),
                               NameObject("/TU"): TextStringObject("Endorsement Status")})
    parent_ref = writer._add_object(parent)
    kids, text = ArrayObject(), ["BT /F1 10 Tf 72 702 Td (Endorsement Status) Tj ET"]
    for n, caption in enumerate(CAPTIONS, 1):
        y = 700 - 20 * n
        kid = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                                NameObject("/Parent"): parent_ref,
                                NameObject("/AS"): NameObject(f"/Choice{n}" if n == shown else "/Off"),
                                NameObject("/Rect"): ArrayObject([FloatObject(200), FloatObject(y),
                                                                  FloatObject(211), FloatObject(y + 11)]),
                                NameObject("/AP"): DictionaryObject({NameObject("/N"): DictionaryObject(
                                    {NameObject(f"/Choice{n}"): DictionaryObject(),
                                     NameObject("/Off"): DictionaryObject()})})})
        kids.append(writer._add_object(kid))
        text.append(f"BT /F1 10 Tf 216 {y + 2} Td ({caption.replace('–', '-')}) Tj ET")
    parent[NameObject("/Kids")] = kids
    page[NameObject("/Annots")] = ArrayObject(list(kids))
    content = DecodedStreamObject()
    content.set_data("\n".join(text).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([parent_ref]), NameObject("/NeedAppearances"): BooleanObject(False)})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _read(data: bytes) -> dict[str, object]:
    reader = PdfReader(io.BytesIO(data))
    return {d.key: d.value for d in _acroform(reader, lambda: _widget_texts(reader, page_lines(data, 5)))}


def test_a_button_shown_on_by_its_appearance_answers_the_group() -> None:
    assert _read(_form(shown=2)).get("endorsement_status") == "confirmed"
    assert _read(_form(shown=4)).get("endorsement_status") == "none"


def test_no_button_shown_on_is_no_answer() -> None:
    assert _read(_form(shown=None)).get("endorsement_status") is None
