"""A grid of labels over answers whose answer row holds figures with their units ("Delivery Format | Estimated
Hours | Expected Enrolment per Year" over "Blended | 20 hrs | about 15"): "20 hrs" reads like a label for its unit's
word, but a figure is an answer, so the row under the labels is still their answers. Before, the rows were read as
loose lines and the hours' figure became the enrolment. Our own small DOCX."""
from __future__ import annotations

import io

import mailbot_parsers as parsers

GRID: list[tuple[list[str], list[str]]] = [
    (["Submitted by", "Position", "Program Area"], ["Noor Halvorsen", "Charge Nurse", "Emergency Department"]),
    (["Contact Email", "Telephone"], ["n.halvorsen@example.org", "416-555-0170"]),
    (["Course Title", "Type of Request"], ["Bedside Ultrasound for IV Access", "New micro-credential"]),
    (["Target Learners", "Rationale / Need"], ["Emergency nurses", "Difficult IV access delays care."]),
    (["Skills and Competencies", "Learning Outcomes"], ["Vein selection; needle guidance", "Place a guided line."]),
    (["Summative Assessment", "Industry / Employment Partner"], ["Observed insertion on a phantom", "Lakeside Group"]),
    (["Letter of Support Attached?", "Alignment with Michener's Education Plan"], ["Yes", "Hands-on skills."]),
    (["Delivery Format", "Estimated Hours", "Expected Enrolment per Year"], ["Blended", "20 hrs", "about 15"]),
]


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Concept grid", 1)
    for labels, answers in GRID:
        t = d.add_table(rows=2, cols=len(labels))
        for k, (label, answer) in enumerate(zip(labels, answers)):
            t.rows[0].cells[k].text, t.rows[1].cells[k].text = label, answer
        d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_figures_under_their_labels_answer_them() -> None:
    r = parsers.parse(_docx(), "grid.docx")
    assert r.fields.get("delivery_format") == "hybrid"
    assert r.fields.get("estimated_hours") == 20
    assert r.fields.get("expected_enrolment") == 15
