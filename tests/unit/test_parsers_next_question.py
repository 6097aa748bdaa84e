"""Cues read from the applicant's own lines: a question that asks another field ends an answer; a line that opens
with the kind of course states the request type."""
from __future__ import annotations

from mailbot_parsers.prose import before_question


def _asks_competencies(question: str) -> bool:
    return "better at" in question


def test_the_next_question_and_its_answer_are_cut_off() -> None:
    value = ("Complaints rose 40% in 2026. Failed collections mean repeat visits. "
             "What will they get better at? Recognising signs of cognitive impairment.")
    assert before_question(value, _asks_competencies) == \
        "Complaints rose 40% in 2026. Failed collections mean repeat visits."


def test_the_applicants_own_question_and_an_opening_one_are_kept() -> None:
    value = "Readmissions are rising. Why does it matter? Each one costs a bed for a week."
    assert before_question(value, _asks_competencies) == value
    assert before_question("Why now? The new analyser arrives in May.", lambda q: True) == \
        "Why now? The new analyser arrives in May."


def test_a_line_that_opens_with_the_kind_of_course_states_the_request_type() -> None:
    from mailbot_parsers.prose import kind_line

    assert kind_line("New micro-credential · concept pitch · 23 April 2026") == "new"
    assert kind_line("A micro-course: short, no credential attached") == "micro_course"
    assert kind_line("✔ I'm pitching a NEW micro-credential to Michener CE: 3D printing") == "new"
    assert kind_line("Micro-credentials are popular with employers.") is None
    assert kind_line("A micro-course would be too short to cover it.") is None


def test_a_closing_sentence_that_points_elsewhere_is_no_part_of_the_answer() -> None:
    from mailbot_parsers.prose import without_pointer

    assert without_pointer("Fits the plan's focus on equity. The practicalities are in the table on the next page.") \
        == "Fits the plan's focus on equity."
    assert without_pointer("See below.") == "See below."
    assert without_pointer("Two sessions. Each is assessed.") == "Two sessions. Each is assessed."
