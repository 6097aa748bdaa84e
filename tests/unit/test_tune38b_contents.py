"""A proposal typed in a word processor with a table of contents after its cover page ("4. Competencies<tab>2"): the
entries list the headings that follow and are no labels nor answers; what stands under the headings is read. Built
here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.contents import contents_lines
from mailbot_parsers.layout import Block

_SECTIONS = (("Overview", "We propose a short online course for ward staff."),
             ("Background and need", "Falls on our wards rose by a third last year and staff ask for training."),
             ("Intended learners", "Registered nurses and care aides on medical wards."),
             ("Competencies addressed", "Assessing falls risk; choosing and fitting hip protectors"),
             ("Learning outcomes", "Complete a falls risk assessment."),
             ("Assessment", "An observed bedside assessment scored with a checklist."))


def _proposal(leaders: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Falls Prevention for Ward Staff")
    doc.add_paragraph("Prepared by: Odile Brannigan-Sato, Clinical Nurse Educator")
    doc.add_paragraph("Medicine Program, Eastvale Hospital")
    doc.add_paragraph("Table of Contents")
    for n, (head, _) in enumerate(_SECTIONS, 1):
        doc.add_paragraph(f"{n}.\t{head}{leaders}{2 + n // 3}")
    for head, text in _SECTIONS:
        doc.add_heading(head, level=1)
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_entries_are_no_answers() -> None:
    for r in (parsers.parse(_proposal("\t"), "falls proposal.docx"),):
        assert r.fields["rationale"].startswith("Falls on our wards rose")
        assert r.fields["competencies"].startswith("Assessing falls risk")
        assert r.fields["target_learners"].startswith("Registered nurses")
        assert r.fields["proposer_department"] == "Medicine Program, Eastvale Hospital"


def test_lines_ending_in_numbers_that_list_nothing_stay() -> None:
    # three lines ending in a number, but no heading below repeats them: facts, not a table of contents
    lines = ["Contents", "Hours online 6", "Hours in the lab 4", "Learners a year 40", "Rationale", "Need."]
    assert contents_lines([Block(text=t) for t in lines]) == set()
    listed = ["Contents", "1. Need 2", "2. Learners 2", "3. Hours 3", "Need", "Text.", "Learners", "Hours"]
    assert contents_lines([Block(text=t) for t in listed]) == {0, 1, 2, 3}
    # the dots of a printed table of contents, read as a colon ("Need: 2") or kept
    dotted = ["Need .......... 2", "Learners: 2", "Hours … 3", "Need", "Text.", "Learners", "Hours"]
    assert contents_lines([Block(text=t) for t in dotted]) == {0, 1, 2}
