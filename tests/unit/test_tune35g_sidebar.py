"""A page of running text with a narrow sidebar of facts beside it: no label/answer grid."""
from __future__ import annotations

from mailbot_parsers.pdf_layout import Line
from mailbot_parsers.stacked import beside_running_text

TEXT = ["Why", "Bedside drainage procedures moved from radiology to our day unit in 2025 and",
        "nurses now prepare procedures they were never taught, so complications are",
        "missed.", "For whom", "Medicine and day-unit nurses who set up, assist with and recover patients from",
        "bedside drainage procedures.", "Alignment", "Builds procedural competence for practising nurses and uses",
        "simulation as the plan intends."]
SIDEBAR = ["At a glance", "Type", "New micro-credential", "Delivery", "Blended", "Time", "8 h", "Volume", "36 a year",
           "Lead", "Ada Eze"]


def _run(x: float, n: int, text: str, full: float) -> Line:
    # a line of running text of six words or more fills the column out to its edge; a short one stops short
    x1 = full if len(text.split()) >= 6 else x + 5 * len(text)
    return Line(page=0, x0=x, y0=700 - 12 * n, x1=x1, y1=709 - 12 * n, text=text)


def _page(left: list[str], right: list[str], right_x: float = 400, right_edge: float = 560) -> list[list[Line]]:
    return [[*(_run(43, n, t, 374) for n, t in enumerate(left)),
             *(_run(right_x, n, t, right_edge) for n, t in enumerate(right))]]


def test_a_sidebar_beside_paragraphs_is_no_answer_column() -> None:
    assert beside_running_text(_page(TEXT, SIDEBAR), 400)


def test_a_label_column_beside_its_answers_is_one() -> None:
    labels = ["Proposed title", "Name of proposer", "Email", "Target learners", "Rationale", "Hours"]
    answers = ["Drainage assist", "Ada Eze", "ada@example.org", "Day-unit nurses", "Procedures moved to the unit", "8"]
    assert not beside_running_text(_page(labels, answers, 200), 200)


def test_long_questions_beside_a_wide_answer_column_are_no_sidebar() -> None:
    # (questions wrapped to their cell's edge, answers in a column as wide as theirs)
    answers = [*SIDEBAR, "Nurses on the day unit who set up and assist with the procedures"]
    assert not beside_running_text(_page(TEXT, answers, 400, 760), 400)
