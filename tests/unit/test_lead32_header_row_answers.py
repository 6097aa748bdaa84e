"""A DOCX row of labels over a row of answers keeps its answers when one answer reads like a label by itself."""
from __future__ import annotations

import io

import docx

from mailbot_parsers.docx_form import read_docx


def _table_docx(rows: list[list[str]]) -> bytes:
    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            t.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pairs(data: bytes) -> dict[str, str]:
    blocks, _, _ = read_docx(data, "t.docx")
    return {b.pair_label: " ".join(a.text for a in b.answer) for b in blocks if b.is_pair}


def test_an_answer_naming_a_program_is_still_an_answer() -> None:
    data = _table_docx([["Name of Proposer", "Position / Title", "Department / Program", "Email"],
                        ["Mei-Lin Ostrowski", "Neurodiagnostic Technologist", "Neurophysiology Program", "meilin.ostrowski@example.org"]])
    pairs = _pairs(data)
    assert pairs["Name of Proposer"] == "Mei-Lin Ostrowski"
    assert pairs["Department / Program"] == "Neurophysiology Program"


def test_two_rows_of_labels_are_not_labels_over_answers() -> None:
    data = _table_docx([["Name of Proposer", "Position / Title", "Department / Program", "Email"],
                        ["Proposed Title", "Target Learners", "Rationale / Need", "Mei-Lin Ostrowski"]])
    assert _pairs(data).get("Name of Proposer") != "Proposed Title"
