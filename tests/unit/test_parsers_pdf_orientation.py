"""PDF pages read as they are displayed: a landscape table printed sideways (a page with /Rotate, or text
drawn with a rotated matrix), its header row of labels paired with the answers below; and headings of a
retyped form told apart from its answers by their typography.

Every PDF is built here from positioned text, in our own words."""
from __future__ import annotations

import io

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import _esc


def _writer():
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter()
    fonts = DictionaryObject()
    for name, base in (("/F1", "/Helvetica"), ("/F2", "/Helvetica-Bold")):
        fonts[NameObject(name)] = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    return writer, DictionaryObject({NameObject("/Font"): fonts})


def _pdf(pages: list[tuple[list[str], int]]) -> bytes:
    from pypdf.generic import DecodedStreamObject, NameObject, NumberObject

    writer, resources = _writer()
    for ops, rotate in pages:
        page = writer.add_blank_page(612, 792)
        s = DecodedStreamObject()
        s.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(s)
        page[NameObject("/Resources")] = resources
        if rotate:
            page[NameObject("/Rotate")] = NumberObject(rotate)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _upright(x: float, y: float, t: str, size: float = 10, font: str = "F1") -> str:
    return f"BT /{font} {size} Tf {x} {y} Td ({_esc(t)}) Tj ET"


def _sideways(x: float, y: float, t: str, size: float = 9, font: str = "F1") -> str:
    """Text at (x, y) of the page as displayed turned a quarter clockwise: it runs upwards in user space."""
    return f"BT /{font} {size} Tf 0 1 -1 0 {612 - y} {x} Tm ({_esc(t)}) Tj ET"


_FIRST_PAGE = [
    "Proposed Title: Safe Transfers with Ceiling Lifts",
    "Name of Proposer: Marisol Quenneville",
    "Email: mquenneville@example.org",
    "Target Learners: Care aides on inpatient rehabilitation units.",
    "Rationale: Lift injuries among staff rose over two years.",
    "Competencies: Sling choice, lift checks, two-person transfers.",
    "Learning Outcomes: Choose a sling; check a lift; complete a transfer.",
    "Summative Assessment: An observed transfer scored with a checklist.",
]


@pytest.mark.parametrize("rotate", [90, 0])
def test_a_sideways_table_pairs_each_header_label_with_the_cell_below(rotate: int) -> None:
    first = [_upright(50, 760 - 16 * n, ln) for n, ln in enumerate(_FIRST_PAGE)]
    heads = [(50, "Type of request"), (200, "Delivery format"), (340, "Estimated hours"), (470, "Industry partner")]
    cells = [(50, "micro-course"), (200, "online, self-paced"), (340, "8"), (470, "Northgate Lift Services")]
    table = [_sideways(50, 560, "Details", 13, "F2")]
    table += [_sideways(x, 520, t, 9, "F2") for x, t in heads]
    table += [_sideways(x, 504, t) for x, t in cells]
    # a second, wrapped row: the answer goes on under the first line of its cell
    table += [_sideways(50, 460, "Resources Required", 9, "F2"), _sideways(340, 460, "Proposed start", 9, "F2"),
              _sideways(50, 444, "A ceiling lift in the skills lab"), _sideways(50, 433, "and two slings."),
              _sideways(340, 444, "October 2026")]
    r = parsers.parse(_pdf([(first, 0), (table, rotate)]), "lifts.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["request_type"] == "micro_course"
    assert f["delivery_format"] == "online"
    assert f["estimated_hours"] == 8
    assert f["partner_name"] == "Northgate Lift Services"
    assert f["resources_required"] == "A ceiling lift in the skills lab and two slings."
    assert f["proposed_start"] == "October 2026"


@pytest.mark.parametrize("heading_font, heading_size", [("F2", 10), ("F1", 13)])
def test_headings_set_apart_by_type_end_the_answer_above_them(heading_font: str, heading_size: float) -> None:
    """A retyped proposal whose headings are in the writer's words: bold, or larger than the body."""
    parts = [
        ("Who it is for", ["Emergency nurses who place peripheral lines."]),
        ("Why", ["Difficult venous access delays care for about one patient in ten.",
                 "Repeated attempts hurt patients and waste supplies."]),
        ("Skills we will teach", ["Vein scanning, needle tracking and dressing the site."]),
        ("What learners will be able to do", ["(a) Find a suitable vein with ultrasound.",
                                              "(b) Place a catheter under guidance."]),
        ("How we will check", ["Three supervised insertions scored on a checklist."]),
        ("Our partner", ["Eastview Regional Hospital"]),
    ]
    ops = [_upright(50, 760, "Bedside Ultrasound for Venous Access", 16, "F2"),
           _upright(50, 740, "Submitted by Dana Whitcombe, dwhitcombe@example.org")]
    y = 712.0
    for head, body in parts:
        ops.append(_upright(50, y, head, heading_size, heading_font))
        y -= 16
        for ln in body:
            ops.append(_upright(50, y, ln))
            y -= 13
        y -= 10
    # a larger heading over a box of facts whose labels are bold too ends the answer above it
    ops += [_upright(50, y, "At a glance", 16, "F2"), _upright(50, y - 18, "Hours", 10, "F2"),
            _upright(50, y - 31, "12")]
    r = parsers.parse(_pdf([(ops, 0)]), "ultrasound.pdf")
    f = r.fields
    assert f["target_learners"] == "Emergency nurses who place peripheral lines."
    assert f["competencies"] == "Vein scanning, needle tracking and dressing the site."
    assert f["summative_assessment"] == "Three supervised insertions scored on a checklist."
    assert f["partner_name"] == "Eastview Regional Hospital"
