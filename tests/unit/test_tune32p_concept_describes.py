"""A document that says what its own concept sets out ("This concept describes a micro-course in ...") proposes the
course; a report or an outline that describes a course says nothing of the kind (cases worded unlike any dev file)."""
from __future__ import annotations

from mailbot_parsers import classify


def test_a_concept_that_describes_a_course_proposes_it() -> None:
    assert classify.proposes("This concept describes a micro-course in wound photography for home care nurses.")
    assert classify.proposes("This proposal outlines a new micro-credential for dental assistants in sedation care.")


def test_a_report_or_an_outline_that_describes_a_course_proposes_nothing() -> None:
    assert not classify.proposes("This report describes the course we ran in the fall term and its results.")
    assert not classify.proposes("This outline describes a course in wound photography for home care nurses.")
