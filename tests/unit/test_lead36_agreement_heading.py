"""An agreement between organisations (a placement, affiliation, service or partnership agreement) is a document
of another kind: its heading says so, as a newsletter's or an invoice's does."""
from __future__ import annotations

import pytest

from mailbot_parsers.classify import heading_kind


@pytest.mark.parametrize("heading", ["Clinical Placement Agreement", "AFFILIATION AGREEMENT - Westbrook General",
                                     "Service agreement for simulation lab use", "Entente de stage clinique"])
def test_an_agreement_between_organisations_is_another_kind(heading: str) -> None:
    assert heading_kind(heading) is not None


@pytest.mark.parametrize("heading", ["Treatment agreements in chronic pain care", "Micro-credential concept form",
                                     "Placement supervision skills for preceptors"])
def test_a_course_topic_is_not_a_kind(heading: str) -> None:
    assert heading_kind(heading) is None
