"""Figures written in French words ("environ trois heures", "deux cents paramédics par année") read as the figures
they are, as English ones are; the words that only look like numbers stay words."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.french import numbers_to_digits
from mailbot_parsers.normalise import to_number, words_to_digits


def test_french_number_words_become_figures() -> None:
    assert numbers_to_digits("environ quatre heures") == "environ 4 heures"
    assert numbers_to_digits("trois cents technologues") == "300 technologues"
    assert numbers_to_digits("vingt et une séances") == "21 séances"
    assert numbers_to_digits("quatre-vingt-dix minutes") == "90 minutes"
    assert numbers_to_digits("soixante-cinq places") == "65 places"


def test_words_that_are_no_french_figures_stay() -> None:
    assert numbers_to_digits("Début : Sept. 2028") == "Début : Sept. 2028"  # the English month
    assert numbers_to_digits("Santé publique des Trois-Lacs") == "Santé publique des Trois-Lacs"  # a name
    assert numbers_to_digits("about 15 per cent") == "about 15 per cent"
    assert words_to_digits("une formation de douze heures") == "une formation de 12 heures"  # ("une" stays)


def test_french_figures_answer_hours_and_enrolment() -> None:
    assert to_number("Environ cinq heures au total", "estimated_hours") == 5
    facts = logistics("En ligne, environ cinq heures ; nous attendons environ trois cents infirmières par année.")
    assert facts.get("estimated_hours") == 5
    assert facts.get("expected_enrolment") == 300
