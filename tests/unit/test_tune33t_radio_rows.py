"""Radio buttons printed one option a line (a form service's print): empty circles before the options not chosen
and a filled one before the choice ("○ New micro-credential" / "○ Convert an existing program" / "◉ Micro-course").
The empty ones are not options "all drawn alike" (a print that shows no choice, kept together as one line): the
filled circle beside them shows the choice, which the radio reader reads."""
from __future__ import annotations

from mailbot_parsers.marks import alike_options


def test_empty_radio_buttons_beside_a_filled_one_are_not_options_drawn_alike() -> None:
    lines = ["4. Type of Request *", "○ New micro-credential", "○ Convert an existing program", "◉ Micro-course"]
    assert alike_options(lines) == lines
    # the same glyph before every option still shows no choice: the options stay together as one line
    alike = ["Type of Request", "○ New micro-credential", "○ Convert an existing program", "○ Micro-course"]
    assert alike_options(alike)[1] == "New micro-credential / Convert an existing program / Micro-course"
