"""A business case's cover: the course named in the subtitle under a title that names the kind of document, and a
"Prepared:" line that dates the document rather than naming its writer."""
from __future__ import annotations

import io

import docx

from mailbot_parsers import sections
from mailbot_parsers.docx_form import read_docx


def _fields(title: str, subtitle: str, prepared: str) -> dict:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph(subtitle, style="Subtitle")
    d.add_paragraph(prepared)
    d.add_heading("Background", level=1)
    d.add_paragraph("Hospital laboratories cannot recruit enough pathologists' assistants for the grossing bench.")
    d.add_heading("Evidence of learning", level=1)
    d.add_paragraph("Learners gross and describe three specimens under observation.")
    for line in ("Oyelaran Brightwater", "Program Coordinator", "School of Applied Laboratory Sciences",
                 "obrightwater@example.org"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    blocks, directs, _ = read_docx(buf.getvalue(), "case.docx")
    return sections.extract(blocks, directs).fields


def test_the_subtitle_names_the_course_under_a_title_naming_the_kind_of_document() -> None:
    fields = _fields("Business Case", "Surgical Specimen Grossing Essentials", "Prepared: 12 November 2026")
    assert fields.get("proposal_title") == "Surgical Specimen Grossing Essentials"


def test_a_course_named_in_the_title_stays_the_title() -> None:
    fields = _fields("Surgical Specimen Grossing Essentials", "A business case", "Prepared: 12 November 2026")
    assert fields.get("proposal_title") == "Surgical Specimen Grossing Essentials"


def test_a_prepared_date_is_no_proposer_name() -> None:
    fields = _fields("Business Case", "Surgical Specimen Grossing Essentials", "Prepared: 12 November 2026")
    assert fields.get("proposer_name") != "12 November 2026"
