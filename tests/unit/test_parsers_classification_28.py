"""Classification on positive evidence, and every form's package opened.

A concept form PROPOSES a course and answers the form's questions; a committee's decision, a reviewer's rubric or
another office's application TALK ABOUT one, in the same words. A Word "Strict Open XML" save of the form is the same
form under other namespace names. The texts are written for these tests.
"""
from __future__ import annotations

import io
import re
import zipfile

import mailbot_parsers as parsers
from mailbot_parsers.strict_ooxml import transitional
from tests.parser_samples import ANSWERS, two_column_form

_TRANSITIONAL = re.compile(rb"http://schemas\.openxmlformats\.org/(wordprocessingml|officeDocument|drawingml)/2006/"
                           rb"(?!content-types)([A-Za-z]+)")


def _strict(package: bytes) -> bytes:
    """The package as Word's "Strict Open XML Document" writes it: every part under the purl.oclc.org names."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            raw = _TRANSITIONAL.sub(rb"http://purl.oclc.org/ooxml/\1/\2", src.read(item.filename))
            dst.writestr(item, raw.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1))
    return out.getvalue()


def test_a_strict_open_xml_save_of_the_form_is_read_like_the_usual_one() -> None:
    usual = two_column_form()
    strict = _strict(usual)
    document = zipfile.ZipFile(io.BytesIO(strict)).read("word/document.xml")
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in document and b"openxmlformats.org/wordprocessingml" not in document
    a, b = parsers.parse(usual, "form.docx"), parsers.parse(strict, "form (Strict).docx")
    assert b.is_concept_form and b.fields == a.fields
    assert b.fields["proposer_name"] == ANSWERS["proposer_name"]


def test_strict_names_map_to_the_transitional_ones_and_nothing_else_changes() -> None:
    assert transitional(b'<w:p xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>') == \
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    rel = b'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles"'
    assert transitional(rel) == b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
    assert transitional(b"xmlns:ep='http://purl.oclc.org/ooxml/officeDocument/extendedProperties'") == \
        b"xmlns:ep='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'"
    usual = b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    assert transitional(usual) is usual
