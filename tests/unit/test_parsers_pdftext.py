"""The fast PDF text-layer extractor (parsers.pdftext), on small PDFs built here.

Fonts are embedded-style: a /Widths array and a /ToUnicode CMap, as Word and
LibreOffice write them, with one-byte codes that mean nothing without the CMap.
"""
from __future__ import annotations

import io

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import pdftext
from mailbot_parsers.pdf_form import read_pdf
from tests.parser_samples import CORPUS, text_pdf

ALPHABET = " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/.,-()–☒@"


def _code(ch: str) -> int:
    return ALPHABET.index(ch) + 1


def enc(text: str) -> str:
    """Hex string of `text` in the test font's private one-byte codes."""
    return "<" + "".join(f"{_code(c):02X}" for c in text) + ">"


def tj(text: str, kern: int = 0) -> str:
    """A Word-style TJ: one kerning number between every two glyphs."""
    parts = [enc(c) for c in text]
    return "[" + f"{kern}".join(parts) + "]TJ" if kern else "[" + "".join(parts) + "]TJ"


def _to_unicode() -> bytes:
    pairs = "\n".join(f"<{i + 1:02X}> <{ord(c):04X}>" for i, c in enumerate(ALPHABET) if i < 40)
    rng = f"<{41:02X}> <{len(ALPHABET):02X}> [" + " ".join(f"<{ord(c):04X}>" for c in ALPHABET[40:]) + "]"
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"40 beginbfchar\n{pairs}\nendbfchar\n"
        f"1 beginbfrange\n{rng}\nendbfrange\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()


def make_pdf(pages: list[str], *, fonts: dict | None = None, xobjects: dict | None = None) -> bytes:
    """A PDF whose pages have these content streams; /F1 is a TrueType font with widths and a ToUnicode CMap."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    cmap = DecodedStreamObject()
    cmap.set_data(_to_unicode())
    widths = ArrayObject([NumberObject(300 if c == " " else 500) for c in ALPHABET])
    f1 = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/TrueType"),
        NameObject("/BaseFont"): NameObject("/BAAAAA+TestSans"), NameObject("/FirstChar"): NumberObject(1),
        NameObject("/LastChar"): NumberObject(len(ALPHABET)), NameObject("/Widths"): widths,
        NameObject("/ToUnicode"): writer._add_object(cmap)})
    font_dict = DictionaryObject({NameObject("/F1"): writer._add_object(f1)})
    for name, obj in (fonts or {}).items():
        font_dict[NameObject(name)] = writer._add_object(obj)
    res = DictionaryObject({NameObject("/Font"): font_dict})
    if xobjects:
        res[NameObject("/XObject")] = DictionaryObject(
            {NameObject(k): writer._add_object(v) for k, v in xobjects.items()})
    for content in pages:
        page = writer.add_blank_page(612, 792)
        s = DecodedStreamObject()
        s.set_data(content.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(s)
        page[NameObject("/Resources")] = res
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pages_of(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).pages


def fast(data: bytes) -> list[str]:
    cache: dict = {}
    return [pdftext.page_text(p, cache) for p in pages_of(data)]


def slow(data: bytes) -> list[str]:
    return [p.extract_text() for p in pages_of(data)]


def line(y: float, body: str, x: float = 50, size: float = 10) -> str:
    return f"q 0 0 0 rg BT {x} {y} Td /F1 {size} Tf {body} ET Q\n"


# ----------------------------------------------------------------- fonts ----
def test_tounicode_bfchar_and_bfrange_decode_private_codes() -> None:
    data = make_pdf([line(700, tj("Proposed Title: ABC-12 ☒ x–y", kern=3))])
    assert fast(data) == ["Proposed Title: ABC-12 ☒ x–y"]
    assert fast(data) == slow(data)


def test_parse_to_unicode_ranges_and_code_length() -> None:
    chars, n = pdftext.parse_to_unicode(
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        b"2 beginbfchar <0001> <0041> <0002> <00660069> endbfchar\n"
        b"1 beginbfrange <0010> <0012> <0061> endbfrange\n")
    assert n == 2
    assert chars == {1: "A", 2: "fi", 0x10: "a", 0x11: "b", 0x12: "c"}


def test_a_bfrange_wider_than_the_limit_is_unsupported() -> None:
    with pytest.raises(pdftext.Unsupported):
        pdftext.parse_to_unicode(b"1 beginbfrange <00000000> <7FFFFFFF> <0041> endbfrange")


def test_two_byte_identity_font_and_differences_encoding() -> None:
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    cmap = DecodedStreamObject()
    cmap.set_data(b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                  b"3 beginbfchar <0011> <0048> <0012> <0069> <0013> <0021> endbfchar endcmap")
    cid = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
                            NameObject("/DW"): NumberObject(600),
                            NameObject("/W"): ArrayObject([NumberObject(17), ArrayObject([NumberObject(700)])])})
    f2 = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
                           NameObject("/BaseFont"): NameObject("/Test"), NameObject("/Encoding"): NameObject("/Identity-H"),
                           NameObject("/DescendantFonts"): ArrayObject([cid]), NameObject("/ToUnicode"): cmap})
    diffs = DictionaryObject({NameObject("/Type"): NameObject("/Encoding"),
                              NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                              NameObject("/Differences"): ArrayObject([NumberObject(65), NameObject("/bullet"),
                                                                      NameObject("/uni2610")])})
    f3 = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                           NameObject("/BaseFont"): NameObject("/Test2"), NameObject("/Encoding"): diffs,
                           NameObject("/FirstChar"): NumberObject(32),
                           NameObject("/Widths"): ArrayObject([NumberObject(250)] * 96)})
    content = ("BT 50 700 Td /F2 10 Tf <001100120013> Tj ET\n"
               "BT 50 680 Td /F3 10 Tf (AB xyz) Tj ET\n")
    data = make_pdf([content], fonts={"/F2": f2, "/F3": f3})
    assert fast(data) == ["Hi!\n•☐ xyz"]
    assert fast(data) == slow(data)


# ---------------------------------------------------------- spaces, lines ----
def test_tj_kerning_is_no_space_but_a_wide_gap_is() -> None:
    # Word kerns with small numbers; a gap of at least half a space (here 300/2) is a word break
    body = f"[{enc('Name')} -8 {enc('of')} 12 {enc('x')} -400 {enc('Proposer')}]TJ"
    data = make_pdf([line(700, body)])
    assert fast(data) == ["Nameofx Proposer"]
    assert fast(data) == slow(data)


def test_a_gap_between_fragments_on_one_baseline_is_a_space() -> None:
    # label cell and answer cell: two text objects on the same baseline, far apart
    content = line(700, tj("Email")) + line(700, tj("a.b@example.com"), x=220) + line(700, tj("z"), x=295 + 7 * 5)
    assert fast(make_pdf([content])) == ["Email a.b@example.com z"]


def test_lines_follow_vertical_moves_and_small_rises_stay_on_the_line() -> None:
    content = (
        "BT /F1 10 Tf 50 700 Td " + tj("First line") + " 0 -14 Td " + tj("Second") + " ET\n"
        # a superscript-like rise of 2 points right after the word stays on the same line
        "BT /F1 10 Tf 50 672 Td " + tj("Third") + " 25 2 Td /F1 6 Tf " + tj("2") + " ET\n"
        "BT /F1 10 Tf 14 TL 50 650 Td " + tj("Fourth") + " T* " + tj("Fifth") + " ET\n"
    )
    data = make_pdf([content])
    assert fast(data)[0].splitlines() == ["First line", "Second", "Third2", "Fourth", "Fifth"]
    assert fast(data) == slow(data)


def test_text_matrix_and_cm_position_text() -> None:
    content = ("q 1 0 0 1 0 -100 cm BT /F1 10 Tf 1 0 0 1 50 800 Tm " + tj("Top") + " ET Q\n"
               "BT /F1 10 Tf 1 0 0 1 50 600 Tm " + tj("Bottom") + " ET\n")
    assert fast(make_pdf([content]))[0].splitlines() == ["Top", "Bottom"]


def test_columns_written_cell_by_cell_keep_stream_order() -> None:
    # Word writes a table cell by cell: a two-line label, then its answer beside it.
    # The extractor keeps pypdf's stream order, which the section finder is tuned on.
    content = (line(700, tj("Competencies / Skills")) + line(688, tj("Targeted"))
               + line(700, tj("Slide preparation"), x=220) + line(688, tj("and scanning"), x=220))
    data = make_pdf([content])
    assert fast(data)[0].splitlines() == ["Competencies / Skills", "Targeted", "Slide preparation", "and scanning"]
    assert fast(data) == slow(data)


def test_literal_strings_with_escapes_and_nested_parentheses() -> None:
    from pypdf.generic import DictionaryObject, NameObject

    f3 = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/TrueType"),
                           NameObject("/BaseFont"): NameObject("/Arial"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                           NameObject("/FirstChar"): NumberObject_(32), NameObject("/Widths"): _widths(224)})
    content = r"BT /F3 10 Tf 50 700 Td (Date \(ISO\): (2026) \101\\) Tj ET % a comment (" + "\n"
    assert fast(make_pdf([content], fonts={"/F3": f3})) == ["Date (ISO): (2026) A\\"]


def NumberObject_(n: int):
    from pypdf.generic import NumberObject

    return NumberObject(n)


def _widths(n: int):
    from pypdf.generic import ArrayObject, NumberObject

    return ArrayObject([NumberObject(500)] * n)


def test_inline_images_and_marked_content_are_skipped() -> None:
    content = ("/P <</MCID 0>> BDC " + line(700, tj("Before")) + "EMC\n"
               "BI /W 2 /H 2 /BPC 8 /CS /G ID \x00)(]>> TJ\xff EI\n" + line(680, tj("After")))
    assert fast(make_pdf([content]))[0].splitlines() == ["Before", "After"]


# --------------------------------------------------------------- fallback ----
def test_a_standard_14_font_without_widths_is_read_with_its_published_metrics() -> None:
    data = text_pdf([["Proposed Title: Standard fonts", "Name of Proposer: Ann Lee"]])
    assert fast(data)[0].splitlines() == ["Proposed Title: Standard fonts", "Name of Proposer: Ann Lee"]
    pdf = read_pdf(data, "x.pdf")
    assert [b.text for b in pdf.blocks] == ["Proposed Title: Standard fonts", "Name of Proposer: Ann Lee"]


def test_a_form_xobject_or_unmapped_code_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf.generic import DecodedStreamObject, NameObject

    form = DecodedStreamObject()
    form.set_data(b"BT /F1 10 Tf 0 0 Td <05> Tj ET")
    form[NameObject("/Subtype")] = NameObject("/Form")
    with_form = make_pdf([line(700, tj("Rationale and need of the course")) + "/Fm1 Do"], xobjects={"/Fm1": form})
    unmapped = make_pdf([line(700, tj("Rationale and need of the course") + " <EE> Tj")])
    for data in (with_form, unmapped):
        with pytest.raises(pdftext.Unsupported):
            fast(data)
        assert "Rationale and need of the course" in read_pdf(data, "x.pdf").text


def test_read_pdf_uses_the_fast_extractor_when_it_can(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    def boom(*a, **k):
        raise AssertionError("pypdf extract_text should not be needed")

    data = make_pdf([line(700, tj("Proposed Title: Digital Pathology", kern=2))
                     + line(686, tj("Name of Proposer: Aisha Rahimi", kern=-3))])
    monkeypatch.setattr(PageObject, "extract_text", boom)
    pdf = read_pdf(data, "x.pdf")
    assert [b.text for b in pdf.blocks] == ["Proposed Title: Digital Pathology", "Name of Proposer: Aisha Rahimi"]


def test_little_text_is_read_again_by_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    calls = []
    real = PageObject.extract_text

    def counting(self, *a, **k):
        calls.append(1)
        return real(self, *a, **k)

    monkeypatch.setattr(PageObject, "extract_text", counting)
    read_pdf(make_pdf([line(700, tj("Page 2"))]), "x.pdf")
    assert calls == [1]


# ---------------------------------------------------------------- hostile ----
@pytest.mark.parametrize("content", [
    "[" * 1000 + "<01>" + "]" * 1000 + " TJ",
    "q " * 1000 + line(700, tj("deep")),
    "0 " * 5000 + "Td",
])
def test_deep_nesting_and_operand_floods_are_unsupported(content: str) -> None:
    with pytest.raises(pdftext.Unsupported):
        fast(make_pdf([content]))


@pytest.mark.parametrize("content", [
    "BT /F1 10 Tf (unterminated <01 [ TJ",
    ") ] >> } <zz> BT /F1 10 Tf <01> Tj",
    "BT /F9 10 Tf <01> Tj ET",
    "BT <01> Tj ET",
    "BT /F1 10 Tf 0 1 -1 0 300 300 Tm <0203> Tj ET",
])
def test_broken_streams_never_hang_and_parse_maps_errors(content: str) -> None:
    data = make_pdf([content])
    try:
        fast(data)
    except pdftext.Unsupported:
        pass
    try:
        parsers.parse(data, "x.pdf")
    except parsers.ParseError as exc:
        assert exc.code == "damaged"


# ----------------------------------------------------------------- corpus ----
PRINTED = ["Digital Pathology Concept Form.pdf", "Urine Microscopy Refresher - concept form.pdf",
           "MHP Blood Bank - Concept Form.pdf"]


@pytest.mark.parametrize("name", PRINTED)
def test_corpus_printed_forms_read_exactly_as_pypdf_reads_them(name: str) -> None:
    data = (CORPUS / name).read_bytes()
    assert fast(data) == slow(data)


def test_a_type3_font_is_placed_by_its_widths_through_its_font_matrix() -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject

    letters = "abcdefghijklmnopqrstuvwxyz"
    names: list = [NumberObject(97)] + [NameObject("/" + c) for c in letters] + [NumberObject(80), NameObject("/P")]
    t3 = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type3"),
        NameObject("/FontBBox"): ArrayObject([NumberObject(0)] * 2 + [NumberObject(1000)] * 2),
        # glyph space is 1/500 of text space here: a width of 250 is half an em
        NameObject("/FontMatrix"): ArrayObject([FloatObject(0.002), NumberObject(0), NumberObject(0),
                                                FloatObject(0.002), NumberObject(0), NumberObject(0)]),
        NameObject("/CharProcs"): DictionaryObject(),
        NameObject("/Encoding"): DictionaryObject({NameObject("/Type"): NameObject("/Encoding"),
                                                   NameObject("/Differences"): ArrayObject(names)}),
        NameObject("/FirstChar"): NumberObject(80), NameObject("/LastChar"): NumberObject(122),
        NameObject("/Widths"): ArrayObject([NumberObject(250)] * 43)})
    # "Pla" then "n" placed where "Pla" ends (3 glyphs of half an em at 10 pt), then "words" a space further
    content = ("BT /F3 10 Tf 72 700 Td (Pla) Tj ET BT /F3 10 Tf 87 700 Td (n) Tj ET "
               "BT /F3 10 Tf 95 700 Td (words) Tj ET")
    assert fast(make_pdf([content], fonts={"/F3": t3}))[0] == "Plan words"


def test_an_unused_winansi_code_shows_the_bullet() -> None:
    from pypdf.generic import DictionaryObject, NameObject

    helvetica = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    content = "BT /F2 10 Tf 72 700 Td (\x7f Assess a wound) Tj ET BT /F2 10 Tf 72 686 Td (\x95 Select a dressing) Tj ET"
    assert fast(make_pdf([content], fonts={"/F2": helvetica}))[0].splitlines() == ["• Assess a wound",
                                                                                    "• Select a dressing"]
