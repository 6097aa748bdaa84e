"""A line that leads in to the skills' list ("Mostly the technical side:" / "- a" / "- b") is none of its items, as
a lead-in before the outcomes is no outcome: transcripts and questionnaires answer "What skills does it cover?"
with a phrase ending in a colon and then the list. A single line ending in a colon, or lines with no markers, read
as before."""
from __future__ import annotations

from mailbot_parsers.normalise import to_value


def test_a_lead_in_before_the_skills_items_is_dropped() -> None:
    lines = [("Mostly the technical side:", False), ("- measuring electrode impedances", False),
             ("- setting threshold and comfort levels", False), ("- troubleshooting sound processors", False)]
    assert to_value("competencies", lines) == ("measuring electrode impedances; setting threshold and comfort levels; "
                                               "troubleshooting sound processors")
    items = [("These three:", False), ("taking a history", True), ("scoring a questionnaire", True)]
    assert to_value("competencies", items) == "taking a history; scoring a questionnaire"


def test_other_answers_keep_their_first_line() -> None:
    # no list after it: the line is the answer
    assert to_value("competencies", [("Skills:", False), ("Vein selection and needle guidance", False)]) \
        == "Skills: Vein selection and needle guidance"
    # another text field keeps its lead-in as written
    assert to_value("summative_assessment", [("Two parts:", False), ("- a quiz", False), ("- a practical", False)]) \
        == "Two parts: a quiz; a practical"
