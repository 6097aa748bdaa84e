"""Choices answered by formatting in a DOCX: every box left empty ("☐") and the chosen option bolded, highlighted,
underlined or coloured, or the other options struck through. Built here with python-docx."""
from __future__ import annotations

import io
import struct
import zlib
from typing import Callable

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor
from docx.text.run import Run

import mailbot_parsers as parsers
from mailbot_parsers.option_looks import STRUCK, chosen_by_look, looks_differ
from tests.unit.samples import docx_bytes

Style = Callable[[Run, bool], None]  # sets a caption's run as chosen (True) or not

OPTIONS = {
    "request_type": ("Type of Request", ["New micro-credential", "Convert an existing program", "Micro-course"]),
    "endorsement_status": ("Endorsement Status", ["Letter of support attached", "Confirmed – letter to follow",
                                                  "In discussion", "None yet"]),
    "delivery_format": ("Delivery Format", ["Online", "In person", "Hybrid"]),
}
CHOSEN = {"Convert an existing program", "Confirmed – letter to follow", "Online"}


def _form(style: Style, chosen: set[str] = CHOSEN, boxes: bool = True) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=0, cols=2)
    rows: list[tuple[str, str | list[str]]] = [
        ("Proposed Title", "Pressure Injury Staging"), ("Name of Proposer", "Mireille Castellanos-Obi"),
        ("Email", "mcastellanos@example.org"), OPTIONS["request_type"],
        ("Target Learners", "Personal support workers"), ("Rationale / Need", "Stage 2 injuries are missed."),
        ("Competencies / Skills Targeted", "Skin inspection; staging; reporting"),
        ("Learning Outcomes", "Stage a pressure injury from a photograph"),
        ("Summative Assessment", "A photo-staging quiz"), ("Industry / Employment Partner", "Cedar Grove Homes"),
        OPTIONS["endorsement_status"], OPTIONS["delivery_format"], ("Estimated Hours", "4"),
    ]
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        if isinstance(answer, str):
            cells[1].text = answer
            continue
        for n, option in enumerate(answer):
            p = cells[1].paragraphs[0] if n == 0 else cells[1].add_paragraph()
            if boxes:
                p.add_run("☐ ")
            style(p.add_run(option), option in chosen)
    return docx_bytes(doc)


def _bold_and_struck(run: Run, chosen: bool) -> None:
    if chosen:
        run.bold = True
    else:
        run.font.strike = True


def _highlighted(run: Run, chosen: bool) -> None:
    if chosen:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _underlined(run: Run, chosen: bool) -> None:
    run.underline = chosen


def _coloured(run: Run, chosen: bool) -> None:
    run.font.color.rgb = RGBColor(0xC0, 0x10, 0x10) if chosen else RGBColor(0, 0, 0)


def _struck(run: Run, chosen: bool) -> None:
    run.font.strike = not chosen


def test_the_option_set_apart_by_its_type_is_the_choice() -> None:
    for style in (_bold_and_struck, _highlighted, _underlined, _coloured, _struck):
        for boxes in (True, False):
            r = parsers.parse(_form(style, boxes=boxes), "looks.docx")
            assert r.fields.get("request_type") == "existing_program", (style.__name__, boxes)
            assert r.fields.get("endorsement_status") == "confirmed", (style.__name__, boxes)
            assert r.fields.get("delivery_format") == "online", (style.__name__, boxes)
            assert not r.missing_required, style.__name__


def test_looks_that_single_out_no_option_are_never_empty_boxes() -> None:
    # two options bold of three: the page shows a choice the reader cannot make, so it is never "missing"
    two = {"New micro-credential", "Micro-course", "Letter of support attached", "None yet", "Online", "Hybrid"}
    r = parsers.parse(_form(_bold_and_struck, chosen=two), "looks.docx")
    for key in ("request_type", "endorsement_status"):
        assert key not in r.missing_required
        assert key in r.uncertain_fields


def test_plain_empty_boxes_are_unanswered() -> None:
    r = parsers.parse(_form(_highlighted, chosen=set()), "looks.docx")
    assert "request_type" in r.missing_required and "endorsement_status" in r.missing_required


def test_chosen_by_look() -> None:
    plain, bold, struck = frozenset(), frozenset({"bold"}), frozenset({STRUCK})
    assert chosen_by_look([plain, bold, plain]) == 1
    assert chosen_by_look([struck, plain, struck]) == 1
    assert chosen_by_look([struck, bold, struck]) == 1
    assert chosen_by_look([bold, bold, plain]) is None        # two set apart
    assert chosen_by_look([struck, plain, plain]) is None     # one withdrawn, no choice shown
    assert chosen_by_look([bold | struck, plain, plain]) is None
    assert chosen_by_look([plain, plain]) is None and not looks_differ([plain, plain])
    assert looks_differ([bold, bold, plain])


def _png() -> bytes:
    """A 1x1 PNG: a tick pasted as a picture."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def _strong(run: Run, chosen: bool) -> None:
    if chosen:
        run.style = "Strong"  # (a character style that sets the run in bold)


def _shaded(run: Run, chosen: bool) -> None:
    if chosen:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        run._parent._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="FFF2CC"/>'))


def _pictured(run: Run, chosen: bool) -> None:
    if chosen:
        run._parent.add_run().add_picture(io.BytesIO(_png()))


def test_a_character_style_or_a_shaded_paragraph_sets_an_option_apart() -> None:
    for style in (_strong, _shaded):
        r = parsers.parse(_form(style), "looks.docx")
        assert r.fields.get("request_type") == "existing_program", style.__name__
        assert r.fields.get("endorsement_status") == "confirmed", style.__name__


def test_a_picture_beside_an_option_is_a_mark_never_empty_boxes() -> None:
    r = parsers.parse(_form(_pictured), "looks.docx")
    for key in ("request_type", "endorsement_status"):
        assert key not in r.missing_required
        assert key in r.uncertain_fields
