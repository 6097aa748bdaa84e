"""What a DOCX's stylesheet gives the reader, and the stylesheet cache that may never mix two documents up."""
from __future__ import annotations

import io
import zipfile

import pytest

from mailbot_parsers import docx_form
from tests.parser_samples import NS


def package(styles: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document {NS}><w:body/></w:document>')
        z.writestr("word/styles.xml", f'<w:styles {NS}>{styles}</w:styles>')
    return buf.getvalue()


def style(sid: str, name: str, bold: str) -> str:
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:rPr><w:b w:val="{bold}"/></w:rPr></w:style>')


def test_each_document_gets_its_own_stylesheet_even_when_they_look_alike() -> None:
    # same length, same style ids: only the bytes tell them apart
    first = package(style("Lead", "heading 2", "1"))
    second = package(style("Lead", "heading 3", "0"))
    for _ in range(2):
        assert docx_form.read_styles(first, "a.docx") == {"Lead": ("heading 2", True)}
        assert docx_form.read_styles(second, "b.docx") == {"Lead": ("heading 3", False)}


def test_a_reader_that_changes_its_styles_does_not_change_the_next_documents() -> None:
    data = package(style("Lead", "heading 2", "1"))
    docx_form.read_styles(data, "a.docx")["Lead"] = ("Title", False)
    assert docx_form.read_styles(data, "b.docx") == {"Lead": ("heading 2", True)}


def test_the_cache_stays_bounded() -> None:
    for n in range(docx_form.STYLE_CACHE_SIZE + 5):
        assert docx_form.read_styles(package(style(f"S{n}", "Normal", "0")), "a.docx") == {f"S{n}": ("Normal", False)}
    assert len(docx_form._STYLE_CACHE) == docx_form.STYLE_CACHE_SIZE


def test_a_stylesheet_that_declares_a_dtd_is_refused_every_time() -> None:
    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("word/document.xml", f'<w:document {NS}><w:body/></w:document>')
        z.writestr("word/styles.xml", f'<!DOCTYPE w:styles [<!ENTITY x "y">]><w:styles {NS}/>')
    for _ in range(2):
        with pytest.raises(docx_form.ExpandsTooMuch):
            docx_form.read_styles(bad.getvalue(), "bad.docx")
