"""A form's hint printed in light grey beside its label ("Who is this for?" right of "Target Learners") is no part
of the label nor of the answer when a page is read by its geometry (a flattened form's values drawn last)."""
from __future__ import annotations

import io

from fpdf.fonts import CORE_FONTS_CHARWIDTHS

from mailbot_parsers.pdf_form import read_pdf
from mailbot_parsers.pdf_layout import Line, without_side_hints
from tests.parser_samples import _esc, _writer_with_font

LABELS = [("Proposed Title", "", "Pressure Injury Staging"), ("Name of Proposer", "", "Ines Marchetti-Obi"),
          ("Target Learners", "Who is this for?", "Personal support workers in long-term care."),
          ("Rationale / Need", "Labour market need or identified skills gap", "Staging errors delay treatment."),
          ("Learning Outcomes", "By the end learners will be able to", "Stage a pressure injury correctly."),
          ("Estimated Hours", "", "6")]


def _width(text: str, size: float = 10.0) -> float:
    """Points a text set in Helvetica takes (its glyphs' widths, in thousandths of the size)."""
    return sum(CORE_FONTS_CHARWIDTHS["helvetica"][ch] for ch in text) * size / 1000


def _flattened_with_hints() -> bytes:
    """Labels (black) and their hints (grey) drawn first, the values under the labels after them all."""
    from pypdf.generic import DecodedStreamObject, NameObject

    ops, values = [], []
    y = 740
    for label, hint, value in LABELS:
        ops.append(f"0 g BT /F1 10 Tf 50 {y} Td ({_esc(label)}) Tj ET")
        if hint:
            # (a few points right of the label's end, as the template sets it)
            ops.append(f"0.6 g BT /F1 7 Tf {50 + _width(label) + 8:.1f} {y} Td ({_esc(hint)}) Tj ET")
        values.append(f"0 g BT /F1 10 Tf 54 {y - 15} Td ({_esc(value)}) Tj ET")
        y -= 45
    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    content.set_data("\n".join(ops + values).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_grey_run_right_of_a_label_on_its_row_is_left_out():
    label = Line(0, 50, 700, 130, 709, "Target Learners")
    hint = Line(0, 141, 701, 195, 707, "Who is this for?", grey=True)
    alone = Line(0, 50, 650, 200, 659, "Month and year", grey=True)  # a grey run with nothing left of it stays
    assert without_side_hints([label, hint, alone]) == [label, alone]


def test_a_flattened_page_reads_each_label_alone_then_its_value():
    lines = [ln.strip() for ln in read_pdf(_flattened_with_hints(), "filled.pdf").text.splitlines()]
    for label, _hint, value in LABELS:
        assert lines[lines.index(label) + 1] == value, label
