"""A form printed by a PDF library straight from its data (reportlab's canvas habit): labels in a margin column set
in fake small caps (each word's capital at the full size, its other letters smaller, every piece a text object of
its own ending on a next-line operator), answers in the body, and the tick boxes drawn in ZapfDingbats, a standard
14 font a PDF names without an encoding (its built-in one is known to every viewer). The fast extractor must read
the page: pypdf's fallback puts each small-caps piece on a line of its own and the labels are lost. Built here by
hand, a few PDF objects."""
from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

import mailbot_parsers as parsers
from mailbot_parsers import pdftext

ROWS: list[tuple[str, str]] = [
    ("Title of micro-course / credential", "Safe Handling of Cytotoxic Drugs"),
    ("Lead proposer", "Imogen Adeyemi-Larsen"),
    ("Job title", "Pharmacy Technician"),
    ("E-mail address", "iadeyemi@example.org"),
    ("Type of request", "o New micro-credential o Convert an existing program 4 Micro-course"),
    ("Intended learners", "Pharmacy technicians and oncology nurses"),
    ("Identified skills gap", "Spills are handled differently on every ward."),
    ("Assessment of outcomes", "An observed spill clean-up"),
    ("Partner organization", "Lakeside Cancer Centre"),
    ("Delivery mode", "o Online 4 In person o Hybrid / blended"),
    ("Total learning hours", "6"),
]
_CAP, _SMALL = 8.6, 6.7


def _width(s: str, size: float) -> float:
    """Helvetica's advance of ``s`` (its published metrics, as the printing library places the next piece)."""
    from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS

    widths = CORE_FONT_METRICS["Helvetica"].character_widths
    return sum(widths.get(ch, widths["default"]) for ch in s) * size / 1000


def _text(x: float, y: float, font: str, size: float, s: str) -> str:
    return f"BT /{font} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({s}) Tj T* ET\n"


def _page() -> str:
    ops = [_text(54, 740, "F1", 15, "Concept Form - Micro-Course / Credential")]
    y = 690.0
    for label, answer in ROWS:
        x = 54.0
        for word in label.upper().split():
            ops.append(_text(x, y, "F1", _CAP, word[0]))
            x += _width(word[0], _CAP)
            if word[1:]:
                ops.append(_text(x, y, "F1", _SMALL, word[1:]))
                x += _width(word[1:], _SMALL)
            x += _width(" ", _SMALL)
        # one text object for the answer, its boxes in ZapfDingbats ("o" an empty box, "4" a check)
        parts = [f"/{'F3' if token in ('o', '4') else 'F2'} 10 Tf ({token} ) Tj" for token in answer.split(" ")]
        ops.append(f"BT 1 0 0 1 216 {y:.2f} Tm {' '.join(parts)} T* ET\n")
        y -= 40
    return "".join(ops)


def _form() -> bytes:
    content = _page().encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << "
        b"/F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_small_cap_labels_and_dingbat_boxes_pair_with_their_answers() -> None:
    r = parsers.parse(_form(), "concept form.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Handling of Cytotoxic Drugs"
    assert r.fields["proposer_name"] == "Imogen Adeyemi-Larsen"
    assert r.fields["target_learners"] == "Pharmacy technicians and oncology nurses"
    assert r.fields["partner_name"] == "Lakeside Cancer Centre"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "in_person"
    assert r.fields["estimated_hours"] == 6


def test_the_fast_extractor_decodes_dingbats_by_their_built_in_encoding() -> None:
    text = pdftext.page_text(PdfReader(BytesIO(_form())).pages[0])
    assert "TYPE OF REQUEST" in text
    assert "❏ New micro-credential" in text and "✔ Micro-course" in text
