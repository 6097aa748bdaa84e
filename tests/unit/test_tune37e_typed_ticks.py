"""Choices answered by typing a mark instead of ticking the box: every box left empty ("☐") and an "X" typed after the
chosen option's caption, or an "X" typed in place of its box. Built here with python-docx and fpdf2."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_value, typed_ticks
from tests.unit.samples import docx_bytes, labels_beside_pdf

ROWS: list[tuple[str, list[str] | str]] = [
    ("Proposed Title", "Hearing Screening for Newborns"),
    ("Name of Proposer", "Oksana Delacroix-Ferreira"),
    ("Email", "odelacroix@example.org"),
    ("Type of Request", ["New micro-credential", "Convert an existing program", "Micro-course"]),
    ("Target Learners", "Nurses of well-baby units"),
    ("Rationale / Need", "Screening is now done on the ward, by nurses."),
    ("Competencies / Skills Targeted", "Probe fitting; reading results; referral"),
    ("Learning Outcomes", "Screen a newborn with an OAE device"),
    ("Summative Assessment", "An observed screening"),
    ("Industry / Employment Partner", "Lakeside Audiology"),
    ("Endorsement Status", ["Letter of support attached", "Confirmed – letter to follow", "In discussion",
                            "None yet"]),
    ("Delivery Format", ["Online", "In person", "Hybrid"]),
    ("Estimated Hours", "6"),
]
CHOSEN = {"Micro-course", "In discussion", "Hybrid"}


def _docx(chosen: set[str]) -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, answer in ROWS:
        cells = table.add_row().cells
        cells[0].text = label
        if isinstance(answer, str):
            cells[1].text = answer
            continue
        cell = cells[1]
        for n, option in enumerate(answer):
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            p.add_run("☐ " + option)
            if option in chosen:
                p.add_run("   X").bold = True
    return docx_bytes(doc)


def test_an_x_typed_after_the_caption_of_an_empty_box_is_the_choice() -> None:
    r = parsers.parse(_docx(CHOSEN), "typed x.docx")
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["endorsement_status"] == "in_discussion"
    assert r.fields["delivery_format"] == "hybrid"
    assert "request_type" not in r.missing_required and "endorsement_status" not in r.missing_required


def test_empty_boxes_and_no_mark_are_still_unanswered() -> None:
    r = parsers.parse(_docx(set()), "typed x.docx")
    assert "request_type" not in r.fields
    assert "request_type" in r.missing_required


def _printed() -> bytes:
    """The form printed: a label column, the options one a line, the chosen one's box replaced by a typed "X"."""
    return labels_beside_pdf(ROWS, box=lambda option: ("X " if option in CHOSEN else "☐ ") + option)


def test_an_x_typed_in_place_of_the_box_is_the_choice() -> None:
    r = parsers.parse(_printed(), "printed form.pdf")
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["endorsement_status"] == "in_discussion"
    assert r.fields["delivery_format"] == "hybrid"
    assert not r.missing_required


def test_the_lines_read() -> None:
    # (a wrapped line run on into the next option's: the X stands between the two captions)
    lines = [("☐ New micro-credential", True), ("☐ Convert an existing program X Micro-course", True)]
    assert to_value("request_type", lines) == "micro_course"
    assert typed_ticks("delivery_format", ["☐ Online", "☐ In person ✓", "☐ Hybrid"]) == \
        ["☐ Online", "☒ In person", "☐ Hybrid"]
    # two marked, or a box ticked already: the typed marks say nothing more
    assert typed_ticks("delivery_format", ["X Online", "☐ In person", "X Hybrid"]) is None
    assert typed_ticks("delivery_format", ["☒ Online", "☐ In person", "☐ Hybrid X"]) is None
    # an X inside a caption's words is no mark
    assert typed_ticks("request_type", ["☐ New micro-credential", "☐ Micro-course on X-ray safety"]) is None
