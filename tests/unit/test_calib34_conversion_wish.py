"""A writer who wishes to convert their own program into a micro-credential proposes it (calib34)."""
from __future__ import annotations

from mailbot_parsers.classify import proposes


def test_the_wish_to_convert_the_writers_own_program_proposes_a_course() -> None:
    assert proposes("We would like to convert our existing Fetal Monitoring Refresher Day into a micro-credential "
                    "called Fetal Health Surveillance. It is intended for registered midwives.")
    assert proposes("I want to turn my evening workshop series into a micro-course for pharmacy technicians.")


def test_a_conversion_done_or_of_somebody_elses_program_proposes_nothing() -> None:
    assert not proposes("Last year we converted our refresher day into a micro-credential.")
    assert not proposes("We would like to convert the hospital's orientation into a course.")
