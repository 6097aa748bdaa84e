"""The program to be converted named in quotes inside words that describe it ("We want to convert an existing
program: our 2-day internal workshop 'Safer Visits: Trauma-Informed Practice'."): the quoted words are its name,
the description around them is not. A name without quotes, an apostrophe, or two quoted names read as before."""
from __future__ import annotations

from mailbot_parsers.sections import _converted_program, _quoted_name


def test_the_quoted_name_is_the_program() -> None:
    said = "We want to convert an existing program: our 2-day internal workshop 'Safer Visits: Trauma-Informed Practice'."
    assert _converted_program([(said, False)]) == "Safer Visits: Trauma-Informed Practice"
    assert _quoted_name("our “Safe Lifting” course") == "Safe Lifting"


def test_no_single_quoted_name_leaves_the_answer_as_written() -> None:
    assert _converted_program([("Convert an existing program: Perfusion elective CVT-330", False)]) \
        == "Perfusion elective CVT-330"
    assert _quoted_name("our team's workshop") is None
    assert _quoted_name('the "Lift" and "Move" courses') is None
    assert _quoted_name("'Safer Visits' workshop") is None
