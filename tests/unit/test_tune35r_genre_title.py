"""A document title that opens on the document's own kind ("Business Case: ...", "Course canvas - ...") names the
course after its colon or dash."""
from __future__ import annotations

from mailbot_parsers.sections import _genre_named


def test_the_kind_before_the_colon_or_dash_is_no_part_of_the_name() -> None:
    assert _genre_named("Business Case: Head-Up Tilt Table Testing") == "Head-Up Tilt Table Testing"
    assert _genre_named("Course canvas - Procedural Sedation Monitoring") == "Procedural Sedation Monitoring"
    assert _genre_named("Wound Care: The Basics") == "Wound Care: The Basics"

