"""Lines in lower case are phrases one a line (a list of skills) only when no line ends or goes on with a word a
wrapped phrase ends or goes on with: a preposition opening the next line ("... safe questioning" / "about
suicidal ideation ...") shows one sentence wrapped by the page, not two items. Wording made up here."""
from __future__ import annotations

from mailbot_parsers.normalise import phrase_lines


def test_a_line_that_opens_with_a_preposition_goes_on_with_the_line_above() -> None:
    assert not phrase_lines(["Airway checks, calm questioning", "about breathing difficulty and safe",
                             "escalation."])
    assert not phrase_lines(["dressing selection and removal", "without skin damage"])


def test_phrases_one_a_line_stay_a_list() -> None:
    assert phrase_lines(["dose-rate measurement", "room preparation", "waste segregation"])
