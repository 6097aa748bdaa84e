"""A logic model typed as a Word table: a row of column headings over one row of cells. Each heading heads the
cell under it (one that names no field too); an outcomes heading whose bracket says the learners are its subject
names the learning outcomes; "four 1-hour live online sessions" are four hours. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from mailbot_parsers.labels import match_label
from tests.unit.samples import docx_bytes

HEADS = ["Inputs", "Activities", "Outputs", "Expected outcomes (participants will be able to)", "Impact"]
CELLS = ["Two respiratory therapist instructors; airway manikins; LMS course shell",
         "Three 2-hour evening lab sessions at the hospital's skills centre",
         "About 40 therapists trained a year; each passes an observed intubation on a manikin",
         "Prepare the equipment for a rapid sequence intubation\nConfirm tube placement with waveform capnography",
         "Fewer failed first-pass intubations in the emergency department"]


def _document() -> bytes:
    doc = Document()
    doc.add_heading("Rapid Sequence Intubation Support for Respiratory Therapists", 0)
    doc.add_paragraph("Lead: Tobias Wren-Adeyemi, Respiratory Therapy Educator, Critical Care")
    doc.add_paragraph("Email: t.wren@example.net")
    doc.add_paragraph("Proposal to Michener Continuing Education for a new micro-credential.")
    doc.add_paragraph("Target learners: Respiratory therapists in community emergency departments")
    doc.add_paragraph("Partner: Lakeshore Airway Network (endorsement confirmed, letter attached)")
    doc.add_paragraph("Start: September 2027")
    doc.add_paragraph("Situation: Respiratory therapists assist with few intubations outside the ICU and lose the "
                      "skill between events; the emergency department has asked for regular practice.")
    table = doc.add_table(rows=2, cols=len(HEADS))
    for n, (head, cell) in enumerate(zip(HEADS, CELLS)):
        table.cell(0, n).text = head
        table.cell(0, n).paragraphs[0].runs[0].bold = True
        first, *rest = cell.split("\n")
        table.cell(1, n).text = first
        for line in rest:
            table.cell(1, n).add_paragraph(line)
    return docx_bytes(doc)


def test_each_heading_heads_its_own_cell() -> None:
    fields = parsers.parse(_document(), "logic model.docx").fields
    assert fields.get("resources_required") == CELLS[0]
    assert fields.get("learning_outcomes") == CELLS[3].split("\n")


def test_a_bracket_naming_the_learners_makes_outcomes_the_learning_outcomes() -> None:
    m = match_label("Short-term outcomes (learners can…)")
    assert m is not None and m.key == "learning_outcomes" and m.score >= 0.9
    other = match_label("Long-term outcomes (system)")
    assert other is None or other.score < 0.75


def test_parts_of_so_many_hours_with_two_words_between() -> None:
    assert logistics("four 1-hour live online sessions with role-play")["estimated_hours"] == 4
