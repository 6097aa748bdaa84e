"""A two-column form whose page is stored turned (/Rotate 90, its text drawn sideways, as a print driver or a
scanner's "rotate to fit" saves it): read from its geometry like the same page upright. Before, the page's rows were
read straight across, so a label wrapped over two lines beside a two-line answer put its second line inside the
answer ("... stimulation technique, Targeted temperature control ..."). Every PDF is built here from positioned
text, in our own words."""
from __future__ import annotations

import io

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import _esc


def _pdf(ops: list[str], rotate: int) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    fonts = DictionaryObject()
    for name, base in (("/F1", "/Courier"), ("/F2", "/Courier-Bold")):
        fonts[NameObject(name)] = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    page = writer.add_blank_page(612, 792)
    s = DecodedStreamObject()
    s.set_data("\n".join(ops).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(s)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    if rotate:
        page[NameObject("/Rotate")] = NumberObject(rotate)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _text(x: float, y: float, t: str, font: str, turned: bool) -> str:
    """Text at (x, y) of the page as displayed; on a turned page drawn so that the page, turned a quarter clockwise
    for display, shows it there, and glyph by glyph (each character placed on its own, as such pages are drawn)."""
    if not turned:
        return f"BT /{font} 9 Tf {x} {y} Td ({_esc(t)}) Tj ET"
    # (a monospaced face: each glyph advances 0.6 em)
    return " ".join(f"BT /{font} 9 Tf 0 1 -1 0 {612 - y} {x + 5.4 * n:.1f} Tm ({_esc(c)}) Tj ET"
                    for n, c in enumerate(t) if c != " ")


ROWS: list[tuple[list[str], list[str]]] = [
    (["Proposed Title"], ["Nerve Conduction Basics for Technologists"]),
    (["Name of Proposer"], ["Priya Venkataraman"]),
    (["Email"], ["pvenkat@example.com"]),
    (["Target Learners"], ["EEG technologists adding nerve studies."]),
    (["Rationale / Need"], ["Wait times for nerve studies exceed six months."]),
    (["Competencies / Skills", "Targeted"], ["Electrode placement, stimulation technique,",
                                             "temperature control, artefact recognition."]),
    (["Learning Outcomes"], ["1. Perform median and ulnar studies to protocol."]),
    (["Summative Assessment"], ["Ten logged studies reviewed by a neurologist."]),
    (["Industry / Employment", "Partner"], ["Canadian Association of Neurophysiology Technologists"]),
    (["Partner Contact"], ["Marc Dube, Education Chair"]),
    (["Alignment with the", "Education Plan"], ["Expands the scope of allied health professionals and",
                                                 "addresses access to care."]),
    (["Delivery Format"], ["Hybrid"]),
]


def _form(turned: bool) -> bytes:
    ops = [_text(50, 560, "Micro-Course / Credential Concept Form", "F2", turned)]
    y = 530.0
    for label, answer in ROWS:
        for n in range(max(len(label), len(answer))):
            if n < len(label):
                ops.append(_text(50, y - 12 * n, label[n], "F2", turned))
            if n < len(answer):
                ops.append(_text(215, y - 12 * n, answer[n], "F1", turned))
        y -= 12 * max(len(label), len(answer)) + 8
    return _pdf(ops, 90 if turned else 0)


@pytest.mark.parametrize("turned", [True, False])
def test_a_label_wrapped_beside_its_wrapped_answer_on_a_turned_page_stays_out_of_it(turned: bool) -> None:
    r = parsers.parse(_form(turned), "turned.pdf")
    assert r.is_concept_form
    assert r.fields["competencies"] == ("Electrode placement, stimulation technique, temperature control, "
                                        "artefact recognition.")
    assert r.fields["partner_name"] == "Canadian Association of Neurophysiology Technologists"
    assert r.fields["education_plan_alignment"] == ("Expands the scope of allied health professionals and "
                                                    "addresses access to care.")
