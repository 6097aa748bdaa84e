"""A question after an answer's own sentences is the next question, not part of the answer."""
from __future__ import annotations

from mailbot_parsers.prose import before_question


def test_the_next_question_and_its_answer_are_cut_off() -> None:
    value = ("Complaints rose 40% in 2026. Failed collections mean repeat visits. "
             "What will they get better at? Recognising signs of cognitive impairment.")
    assert before_question(value) == "Complaints rose 40% in 2026. Failed collections mean repeat visits."


def test_an_answer_that_opens_with_a_question_or_asks_none_is_kept() -> None:
    assert before_question("Why now? The new analyser arrives in May.") == "Why now? The new analyser arrives in May."
    assert before_question("Twelve hours, online. Start in May.") == "Twelve hours, online. Start in May."
