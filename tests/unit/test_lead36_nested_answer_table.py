"""A Word form whose answer cell holds a table of its own ("Outcome | How assessed", a row an outcome): the rows are
the answer's items, the first one included; the first column is the item when it holds phrases, else a row is whole."""
from __future__ import annotations

import io

import docx

from mailbot_parsers import parse

OUTCOMES = ["Obtain a reliable baseline audiogram with extended frequencies.",
            "Record otoacoustic emissions and judge quality.",
            "Explain the monitoring schedule to a patient in plain language."]


def _form(inner: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Micro-Course / Credential Concept Form")
    t = d.add_table(rows=0, cols=2)
    answers = [("Proposed Title", "Ototoxicity Monitoring"), ("Name of Proposer", "Kofi Frimpong"),
               ("Email", "kfrimpong@example.org"), ("Target Learners", "Audiology assistants"),
               ("Learning Outcomes", None), ("Summative Assessment", "A practical test on a standardised patient."),
               ("Endorsement Status", "Endorsed by the Lakeshore Cancer Centre (letter attached)."),
               ("Alignment with the Education Plan", "It supports the Plan's priority on flexible upskilling."),
               ("Estimated Hours", "12"), ("Delivery Format", "Hybrid")]
    for label, answer in answers:
        cells = t.add_row().cells
        cells[0].text = label
        if answer is not None:
            cells[1].text = answer
            continue
        cells[1].text = "By the end learners will be able to:"
        inner_table = cells[1].add_table(rows=0, cols=2)
        for row in inner:
            icells = inner_table.add_row().cells
            icells[0].text, icells[1].text = row
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_the_items_of_a_table_inside_an_answer_are_its_first_column() -> None:
    rows = [("Outcome", "How assessed"), *zip(OUTCOMES, ["Case review", "Quiz", "Role play"])]
    result = parse(_form(rows), "concept form.docx")
    assert result.is_concept_form
    assert result.fields["learning_outcomes"] == OUTCOMES
    assert result.fields["proposal_title"] == "Ototoxicity Monitoring"


def test_short_first_cells_keep_their_rows_whole() -> None:
    rows = [("Week", "Topic"), ("Week 1", "Baseline testing"), ("Week 2", "Serial monitoring"),
            ("Week 3", "Escalation")]
    result = parse(_form(rows), "concept form.docx")
    outcomes = result.fields.get("learning_outcomes")
    assert outcomes and "Week 1, Baseline testing" in outcomes
    assert "Outcome" not in str(result.fields)
