"""A form that prints each answer on a line with its label in small type UNDER it (a signature block's habit) is
read with every label lifted over its answer; a row of options whose first box is empty answers when another box is
ticked. The form is built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.empty_answers import _answers

ROWS = [("Name of Proposer", "Odalys Brennan-Kaur"), ("Proposed Title", "High-Flow Nasal Oxygen in the Ward"),
        ("Target Learners", ["Ward nurses and respiratory therapy assistants who set up", "high-flow oxygen on adult wards"]),
        ("Rationale / Need", "High-flow therapy moved to the wards without training."),
        ("Summative Assessment", "A simulated set-up scored on a checklist."),
        ("Industry / Employment Partner", "Northgate Respiratory Network"),
        ("Alignment with Michener's Education Plan", "Interprofessional practice on the wards.")]


def _captioned_pdf() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(60, 60, "Micro-Course / Credential Concept Form")
    y = 100
    for caption, answer in ROWS:
        pdf.set_font("helvetica", "", 10)
        for line in [answer] if isinstance(answer, str) else answer:
            pdf.text(62, y, line)
            y += 13
        pdf.set_font("helvetica", "", 7)
        pdf.text(60, y - 4, caption)  # tight under its answer's last line; the next answer well below
        y += 28
    return bytes(pdf.output())


def test_each_caption_labels_the_answer_over_it() -> None:
    r = parsers.parse(_captioned_pdf(), "captioned form.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Odalys Brennan-Kaur"
    assert r.fields["proposal_title"] == "High-Flow Nasal Oxygen in the Ward"
    assert r.fields["target_learners"] == ("Ward nurses and respiratory therapy assistants who set up "
                                           "high-flow oxygen on adult wards")
    assert r.fields["partner_name"] == "Northgate Respiratory Network"
    assert r.missing_required == []


def test_a_row_of_options_with_a_later_box_ticked_is_an_answer() -> None:
    assert _answers("□ New micro-credential □ Convert an existing program ■ Micro-course", "request_type")
    assert not _answers("□ New micro-credential □ Convert an existing program □ Micro-course", "request_type")
