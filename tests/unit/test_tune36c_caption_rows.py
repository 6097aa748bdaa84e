"""Forms that print each answer over a caption in small type, two or three fields a row (a proposer block: name |
title | telephone), a numbered list over its caption, a footer under the page's last caption and a running
"(continued)" on the next page. Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import captions, pdf_layout
from mailbot_parsers.empty_answers import LiftedCaption, answer_region, caption_lines
from tests.unit.samples import letter_pdf, pdf_bytes

PROPOSER = [("Name of Proposer", "Imogen Castellanos", 60), ("Position / Title", "Clinical Educator", 230),
            ("Telephone", "905-555-0163", 400)]
ROWS = [("Proposed Title", ["Grossing of Surgical Specimens"]),
        ("Target Learners", ["Laboratory technologists who gross specimens in community labs"]),
        ("Rationale / Need", ["Most technologists learned grossing on the job."]),
        ("Competencies / Skills Targeted", ["Orientation, inking and measurement; cassette sampling"]),
        # (no line has a descender: its glyph box stands higher than its neighbours', its baseline does not)
        ("Learning Outcomes", ["1. Orient a breast excision", "2. Select cassettes as the CAP asks",
                               "3. Dictate a clear gross account"]),
        ("Summative Assessment", ["Three real specimens graded by a pathologist"]),
        ("Industry / Employment Partner", ["Harbourview Hospital Laboratory"]),
        ("Alignment with Michener's Education Plan", ["Builds a credential employers co-design."])]


def _form() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(60, 60, "Micro-Course / Credential Concept Form")
    y = 100
    pdf.set_font("helvetica", "", 10)
    for _caption, answer, x in PROPOSER:
        pdf.text(x + 2, y, answer)
    pdf.set_font("helvetica", "", 7)
    for caption, _answer, x in PROPOSER:
        pdf.text(x, y + 13, caption)
    y += 38
    for caption, lines in ROWS:
        pdf.set_font("helvetica", "", 10)
        for line in lines:
            pdf.text(62, y, line)
            y += 15
        pdf.set_font("helvetica", "", 7)
        pdf.text(60, y - 2, caption)  # 13 points under its answer's baseline, the next answer 22 under it
        y += 20
    pdf.set_font("helvetica", "", 8)
    pdf.text(450, 740, "(continued on next page)")
    pdf.add_page()
    pdf.text(60, 60, "(continued)")
    y = 100
    for caption, answer in (("Delivery Format", "Hybrid, with two lab days"), ("Proposed Start", "May 2027"),
                            ("Resources Required", "Specimen trays and a grossing station")):
        pdf.set_font("helvetica", "", 10)
        pdf.text(62, y, answer)
        pdf.set_font("helvetica", "", 7)
        pdf.text(60, y + 13, caption)
        y += 35
    return pdf_bytes(pdf)


def test_a_row_of_captioned_fields_reads_each_caption_with_its_own_column() -> None:
    r = parsers.parse(_form(), "captions in a row.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Imogen Castellanos"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_phone"] == "905-555-0163"


def test_a_caption_over_a_list_without_descenders_is_still_a_caption() -> None:
    r = parsers.parse(_form(), "captions in a row.pdf")
    assert r.fields["competencies"] == "Orientation, inking and measurement; cassette sampling"
    assert r.fields["learning_outcomes"] == ["Orient a breast excision", "Select cassettes as the CAP asks",
                                             "Dictate a clear gross account"]
    assert "learning_outcomes" not in r.missing_required


def test_footer_and_running_header_join_no_answer() -> None:
    r = parsers.parse(_form(), "captions in a row.pdf")
    assert r.fields["education_plan_alignment"] == "Builds a credential employers co-design."
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["resources_required"] == "Specimen trays and a grossing station"


def test_a_page_read_with_its_captions_lifted_proves_no_answer_empty() -> None:
    pages = pdf_layout.page_lines(_form(), 5)
    assert caption_lines(pages[0])
    lifted = [captions.lifted(p) for p in pages]
    assert any(isinstance(r, LiftedCaption) for r in lifted[0])
    # whatever the lifting left under a label (here every caption was lifted), the band under it is no evidence
    assert answer_region(lifted, "Learning Outcomes", "learning_outcomes") is None
