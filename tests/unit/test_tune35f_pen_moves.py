"""A page that writes its word spaces as characters moves the pen on inside a word only to keep a glyph where
another font's widths put it (a print that substituted its own font for the form's); pdfium makes a space of such a
move, which is no word break there. A page that writes no spaces (TeX) breaks its words by such moves: they stay."""
from __future__ import annotations

import io

from mailbot_parsers.pdf_layout import page_lines
from tests.parser_samples import _writer_with_font

# (the pen moved on 0.18 em after "P", 0.13 em after "@", as a print keeping Helvetica's places in another font does)
PRINTED = [
    "[(Proposed Title Grossing Small Biopsies for P) -180 (athologists' Assistants)] TJ",
    "[(Name of Proposer Evangeline Tremblay-Koh)] TJ",
    "[(Position Title P) -180 (athologists' Assistant, Education Lead)] TJ",
    "[(Email etremblaykoh@) -130 (example.org)] TJ",
    "[(Department Anatomical P) -180 (athology, Fairhaven University Hospital)] TJ",
]
# (no space written: each word break is a move of a third of an em)
TYPESET = ["[(Grossing) -333 (small) -333 (biopsies) -333 (for) -333 (pathologists)] TJ",
           "[(Every) -333 (word) -333 (break) -333 (is) -333 (a) -333 (move) -333 (of) -333 (the) -333 (pen)] TJ"]


def _page(lines: list[str]) -> bytes:
    from pypdf.generic import DecodedStreamObject, NameObject

    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    content.set_data("\n".join(f"BT /F1 10 Tf 50 {740 - 20 * n} Td {line} ET" for n, line in enumerate(lines)).encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _texts(data: bytes) -> list[str]:
    return [r.text for r in page_lines(data, 5)[0]]


def test_a_pen_move_inside_a_word_on_a_page_that_writes_its_spaces_is_no_space():
    text = " ".join(_texts(_page(PRINTED)))
    assert "Pathologists' Assistants" in text
    assert "etremblaykoh@example.org" in text
    assert "Anatomical Pathology, Fairhaven" in text


def test_a_page_that_breaks_its_words_by_moving_the_pen_keeps_its_spaces():
    assert " ".join(_texts(_page(TYPESET))) == ("Grossing small biopsies for pathologists "
                                                "Every word break is a move of the pen")
