"""An official form's competencies cell holding one skill a bullet paragraph, one of them closing on a bracket
("Applying texture-modified diet levels (IDDSI)"). A bracket closes a phrase as a letter does: the next skill is an
item of its own, set apart by a semicolon. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import join_items
from tests.unit.samples import docx_bytes

SKILLS = ["Recognising signs of oropharyngeal dysphagia", "Applying texture-modified diet levels (IDDSI)",
          "Referring and documenting"]


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Proposed Title", "Dysphagia Screening in Long-Term Care"),
                         ("Proposer Name", "Ines Marchetti"), ("Email", "imarchetti@example.org"),
                         ("Target Learners", "Registered nurses in long-term care."),
                         ("Rationale", "Aspiration pneumonia is a leading cause of transfers to hospital.")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    row = table.add_row().cells
    row[0].text = "Competencies / Skills Targeted"
    cell = row[1]
    cell.paragraphs[0].text = SKILLS[0]
    cell.paragraphs[0].style = doc.styles["List Bullet"]
    for skill in SKILLS[1:]:
        cell.add_paragraph(skill, style="List Bullet")
    return docx_bytes(doc)


def test_a_skill_closing_on_a_bracket_is_an_item_of_its_own() -> None:
    r = parsers.parse(_form(), "Concept form - dysphagia.docx")
    assert r.fields["competencies"] == "; ".join(SKILLS)


def test_a_sentence_closed_inside_its_bracket_goes_on_with_a_space() -> None:
    assert join_items(["Practise on a model (two sessions.)", "Then a patient."]) == \
        "Practise on a model (two sessions.) Then a patient."
    assert join_items(["Select a target (NAL-NL2)", "Verify"]) == "Select a target (NAL-NL2); Verify"
