"""A proposal template that sets its numbered labels SMALLER than the answers typed under them, with section
headings in plain type only a little larger than the answers: the headings are loud beside the labels they head,
so the labels-over-indented-answers reader still takes the page for its layout."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import indented_answers, pdf_layout
from tests.unit.samples import letter_pdf, pdf_bytes

SECTIONS = [
    ("Section A - Course", [("A1. Course name", ["Cast Room Safety for Orthopaedic Technicians"]),
                            ("A2. Course code", ["ORT-212"])]),
    ("Section B - Learners", [("B1. Who is it for?", ["Orthopaedic technicians and emergency nurses"]),
                              ("B2. How many learners per year?", ["24"])]),
    ("Section C - Outcomes", [("C1. Industry partner", ["Harbourline Bracing Clinic"]),
                              ("C2. Partner contact", ["Noor Valcourt, nvalcourt@example.com"])]),
    ("Section D - Delivery", [("D1. Length (hours)", ["6"]),
                              ("D2. Launch term", ["Winter 2028"])]),
    ("Section E - Submitted by", [("E1. Name", ["Ottilie Brandvold"]),
                                  ("E2. Role", ["Clinical Instructor"])]),
    ("Section F - Contact", [("F1. E-mail", ["obrandvold@example.org"]),
                             ("F2. Telephone", ["416-555-0142"])]),
]


def _small_labels_pdf() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 16)
    pdf.text(63, 60, "New Course Proposal Form")
    y = 95.0
    for heading, fields in SECTIONS:
        pdf.set_font("helvetica", "", 12)   # the heading plain, hardly larger than the answers
        pdf.text(63, y, heading)
        y += 22
        for label, lines in fields:
            pdf.set_font("helvetica", "", 9.5)
            pdf.text(63, y, label)
            y += 15
            pdf.set_font("helvetica", "", 10.5)
            for line in lines:
                pdf.text(86, y, line)
                y += 14
            y += 4
    return pdf_bytes(pdf)


def test_numbered_labels_smaller_than_their_answers_under_plain_section_headings_are_read_as_pairs() -> None:
    data = _small_labels_pdf()
    pairs = [b for b in indented_answers.blocks(pdf_layout.without_furniture(pdf_layout.page_lines(data, 5)))
             if b.is_pair]
    assert [b.pair_label for b in pairs][:3] == ["Course name", "Course code", "Who is it for?"]
    f = parsers.parse(data, "proposal.pdf").fields
    assert f["proposal_title"] == "Cast Room Safety for Orthopaedic Technicians"
    assert f["target_learners"] == "Orthopaedic technicians and emergency nurses"
    assert f["partner_name"] == "Harbourline Bracing Clinic"
    assert f["proposer_name"] == "Ottilie Brandvold"
    assert f["proposer_title"] == "Clinical Instructor"
