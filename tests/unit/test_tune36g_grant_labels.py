"""A grant application's and a fact sheet's words for the questions: a "project" is the course, "the problem" its need."""
from __future__ import annotations

from mailbot_parsers.labels import match_label


def _key(text: str) -> str | None:
    m = match_label(text)
    return m.key if m and m.score >= 0.85 else None


def test_project_title_names_the_course() -> None:
    assert _key("1.1 Project title") == "proposal_title"
    assert _key("Project name") == "proposal_title"


def test_the_problem_is_the_need() -> None:
    assert _key("2.2 The problem") == "rationale"
    assert _key("Problem statement") == "rationale"
    assert _key("Statement of need") == "rationale"


def test_a_class_size_or_seats_is_the_enrolment() -> None:
    # a fact sheet's one-word "SEATS" / "SIZE", a form's "Class size": how many learners a class or a cohort holds
    assert _key("SEATS") == "expected_enrolment"
    assert _key("SIZE") == "expected_enrolment"
    m = match_label("Class size")
    assert m is not None and m.key == "expected_enrolment"
