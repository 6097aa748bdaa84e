"""A deck's slide headed by what the writer will teach ("What we will teach") asks for the skills the course
builds: the competencies' description names teaching as one of the ways a course builds them."""
from __future__ import annotations

from mailbot_parsers.meaning import resolve


def test_what_we_will_teach_asks_for_the_competencies() -> None:
    found = resolve("What we will teach")
    assert found is not None and found.key == "competencies"
