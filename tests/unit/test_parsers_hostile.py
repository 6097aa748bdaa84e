"""Hostile files: the right ParseError, or a safe result, quickly."""
from __future__ import annotations

import time

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import HOSTILE


CASES = {
    "A01-docx-zip-bomb.docx": {"expands_too_much"},
    "A02-docx-xxe-billion-laughs.docx": {"expands_too_much", "damaged"},
    "A03-docx-truncated.docx": {"damaged"},
    "A04-pdf-xref-object-loops.pdf": {"damaged", None},
    "A05-pdf-flate-bomb.pdf": {"damaged", None},
    "A06-pdf-encrypted-password.pdf": {"encrypted"},
    "A07-garbage-bytes.pdf": {"damaged"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_files_fail_safely_and_fast(name: str) -> None:
    data = (HOSTILE / name).read_bytes()
    start = time.monotonic()
    code = None
    try:
        parsers.parse(data, name)
    except parsers.ParseError as exc:
        code = exc.code
        assert exc.user_message.endswith(".") and name in exc.user_message
    assert code in CASES[name]
    assert time.monotonic() - start < 10


def test_template_injection_is_returned_verbatim() -> None:
    r = parsers.parse((HOSTILE / "A14-form-template-injection.docx").read_bytes(), "A14.docx")
    assert r.fields["proposer_name"] == "{{ config.items() }}{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}"
    assert r.fields["proposal_title"].startswith("{{ 7*7 }} Ultrasound <script>alert('ce')</script>")
    assert "\n" not in r.fields["proposal_title"]
    assert r.fields["education_plan_alignment"].startswith("=HYPERLINK(")


def test_input_over_the_byte_limit_is_too_large() -> None:
    with pytest.raises(parsers.TooLarge) as err:
        parsers.parse(b"%PDF-1.7\n" + b"0" * 2000, "big.pdf", max_bytes=1000)
    assert err.value.code == "too_large"


def test_pdf_over_the_page_limit_is_too_large() -> None:
    from tests.parser_samples import text_pdf

    with pytest.raises(parsers.TooLarge):
        parsers.parse(text_pdf([["Proposed Title: X"]] * 3), "long.pdf", max_pages=2)


def test_a_zip_that_declares_huge_entries_is_refused_before_inflating() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * 5_000_000 + b"</w:document>")
    with pytest.raises(parsers.ExpandsTooMuch):
        parsers.parse(buf.getvalue(), "bomb.docx")


def test_any_dtd_is_refused() -> None:
    from tests.parser_samples import docx

    data = docx("<w:p/>")
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
            z.writestr(item, body)
    with pytest.raises(parsers.ExpandsTooMuch):
        parsers.parse(out.getvalue(), "dtd.docx")
