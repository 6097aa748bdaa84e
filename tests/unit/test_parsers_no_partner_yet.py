"""A partner question answered with no one ("No partner yet – none approached") names no partner: the field is
empty (the applicant said so) and nobody endorses the course yet; an answer that names one after all is a partner."""
from __future__ import annotations

from mailbot_parsers.prose import no_one_named


def test_an_answer_that_names_no_partner() -> None:
    assert no_one_named("No partner yet - none approached")
    assert no_one_named("None at this stage")
    assert no_one_named("Not yet identified.")
    assert not no_one_named("Not yet confirmed – Eastvale Rehab Hospital")
    assert not no_one_named("Northgate Health Team")
    assert not no_one_named("None of the hospitals we asked could commit, but Westlake Clinic agreed")
