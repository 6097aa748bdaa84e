"""A workbook form whose questions stand over their answers, some answers left empty: the next question read in an
empty answer's place ("How will you know they can do it?" as the outcomes, "Course code" as the course's name) is a
question or a label, not an answer, and never presented as one. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.calibration import is_label, sibling_label

_ITEMS = [
    ("Who is it for?", "EEG technologists who will assist with nerve conduction studies in the clinic."),
    ("Why is this needed?", "The clinic's wait list is nine months and technologists could run part of each study."),
    ("Skills targeted", ""),
    ("What will learners be able to do?", ""),
    ("How will you know they can do it?", ""),
    ("Industry partner", "Westfield Neurodiagnostics Clinic"),
    ("Submitted by", "Kofi Lindqvist-Amoah"),
    ("Email", "klindqvist@example.com"),
]


def _print() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(55, 60, "New Course Proposal (workbook)")
    pdf.set_font("helvetica", "", 8)
    pdf.text(55, 74, "One proposal per workbook. Answer under each heading.")
    # two boxes side by side, each label over its answer: the course's name answered, its code left empty
    pdf.set_font("helvetica", "B", 9)
    pdf.text(55, 100, "Course name")
    pdf.text(303, 100, "Course code")
    pdf.set_font("helvetica", "", 9)
    pdf.text(55, 113, "Nerve Conduction Studies: Basic Technique")
    y = 140.0
    for label, answer in _ITEMS:
        pdf.set_font("helvetica", "B", 9)
        pdf.text(55, y, label)
        pdf.set_font("helvetica", "", 9)
        if answer:
            pdf.text(55, y + 13, answer)
        y += 34 if answer else 22
    return bytes(pdf.output())


def test_a_question_read_in_an_empty_answers_place_is_not_presented() -> None:
    r = parsers.parse(_print(), "proposal workbook.pdf")
    assert r.is_concept_form
    for key, wrong in (("learning_outcomes", ["How will you know they can do it?"]), ("proposal_title", "Course code")):
        assert r.fields.get(key) != wrong or key in r.uncertain_fields


def test_question_and_sibling_label_shapes() -> None:
    assert is_label("learning_outcomes", ["How will you know they can do it?"])
    assert not is_label("learning_outcomes", ["Position patients for spine scans", "Run the daily phantom check"])
    assert sibling_label("Course code", "Course name")
    assert sibling_label("Partner contact", "Partner name")
    assert not sibling_label("Course Design Basics", "Course name")
    assert not sibling_label("Nerve Conduction Studies: Basic Technique", "Course name")
