"""A question that asks for another field, after an answer's own sentences, is the next question."""
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
