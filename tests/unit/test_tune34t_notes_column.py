"""A spreadsheet printed to PDF as "Field | Response | Notes": the questions in the first column, the answers in the
second, the writer's own notes in a third. A note beside an answer is commentary ("title may change", "3 cohorts of
12"), never part of the answer, and a note beside an empty response is no answer. Our own small PDFs: the header
row names the question and answer columns; the same table without a notes column, and a header continued on a
later page ("Response (continued)", one heading read in two runs), keep their reading."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import Line
from mailbot_parsers.question_columns import _header
from tests.parser_samples import positioned_pdf

ROWS: list[tuple[str, str, str]] = [
    ("Course Title", "Wound Care for Home Health Aides", "working title"),
    ("Name of Proposer", "Ingeborg Castellanos", ""),
    ("Position / Title", "Clinical Educator", ""),
    ("Organization", "Harbourview Home Care", "a non-profit agency"),
    ("Email", "icastellanos@example.org", ""),
    ("Target Learners", "Home health aides who dress simple wounds", ""),
    ("Rationale / Need", "Aides see wounds daily and have no training.", "our audit of 2026"),
    ("Summative Assessment", "An observed dressing change on a model", "checklist to come"),
    ("Partner Organization", "Ontario Home Care Association", ""),
    ("Budget / Resources", "", "not sure yet"),
]


def _runs(notes: bool) -> list[tuple[float, float, str]]:
    runs: list[tuple[float, float, str]] = [(40, 750, "Course Concept Form (spreadsheet)")]
    runs += [(40, 725, "Field"), (190, 725, "Response")] + ([(440, 725, "Notes")] if notes else [])
    for n, (label, answer, note) in enumerate(ROWS):
        y = 700 - 22 * n
        runs.append((40, y, label))
        if answer:
            runs.append((190, y, answer))
        if note and notes:
            runs.append((440, y, note))
    return runs


def test_a_note_beside_an_answer_is_no_part_of_it() -> None:
    r = parsers.parse(positioned_pdf(_runs(notes=True)), "wound care (xlsx print).pdf")
    assert r.is_concept_form
    assert r.fields.get("proposal_title") == "Wound Care for Home Health Aides"
    assert r.fields.get("proposer_department") == "Harbourview Home Care"
    assert r.fields.get("rationale") == "Aides see wounds daily and have no training."
    assert r.fields.get("summative_assessment") == "An observed dressing change on a model"
    assert r.fields.get("resources_required") is None  # the note beside an empty response answers nothing


def test_the_same_table_without_notes_reads_the_same() -> None:
    r = parsers.parse(positioned_pdf(_runs(notes=False)), "wound care.pdf")
    assert r.fields.get("proposal_title") == "Wound Care for Home Health Aides"
    assert r.fields.get("proposer_department") == "Harbourview Home Care"


def _line(x0: float, text: str) -> Line:
    return Line(page=0, x0=x0, y0=700, x1=x0 + 5.0 * len(text), y1=710, text=text)


def test_only_a_column_set_apart_after_the_answers_counts() -> None:
    assert _header([_line(40, "Field"), _line(190, "Response"), _line(440, "Notes")]) == 1
    # "Response (continued)" read in two runs: one heading, no column after the answers
    assert _header([_line(40, "Question"), _line(190, "Response"), _line(235, "(continued)")]) is None
    # the first column not the questions' ("Notes | Response | Comment"): not this table
    assert _header([_line(40, "Notes"), _line(190, "Response"), _line(440, "Comment")]) is None
