"""Labels that ask "who" with nothing but small words after it, and answers that hold a chat's message header.

"Who is it for?" and "Who we are" fold to the same lone "who" once their small words go; what they ask is in
those words (for whom: the audience; we are: the writer). Wordings are this test's own.
"""
from __future__ import annotations

import pytest

from mailbot_parsers.calibration import judge, speaker
from mailbot_parsers.labels import match_label


@pytest.mark.parametrize("label", ["Who is it for?", "Who it's for", "Who is the course meant for?",
                                   "Who they are for"])
def test_who_is_it_for_asks_for_the_audience(label: str) -> None:
    m = match_label(label)
    assert m is not None and m.key == "target_learners"


@pytest.mark.parametrize("label", ["Who we are", "Who am I?"])
def test_who_we_are_asks_for_the_writer_not_the_learners(label: str) -> None:
    m = match_label(label)
    assert m is not None and m.key.startswith("proposer_")


def test_a_value_that_opens_with_or_runs_into_a_message_header_is_doubted() -> None:
    assert speaker("[3/4/2027 9:12 AM] Tove Akintola: hybrid, about 20 hours")
    assert speaker("Maren Osei-Dahl   11:02 AM We think nurses in day surgery")
    assert speaker("KLT: Mostly the night staff")
    assert speaker("Night-shift RNs and RPNs [3/4/2027 9:14 AM] Tove Akintola: and the lab")
    assert not speaker("Registered nurses on surgical wards")
    assert not speaker("Two sessions of 3 hours, 9:00 AM to noon")
    v = judge("target_learners", "KLT: Mostly the night staff", "Who is it for?", 1.0, method="label_line")
    assert "speaker" in v.doubts and v.confidence < 0.85


def test_named_people_do_not_answer_who_the_learners_are() -> None:
    v = judge("target_learners", "Ines Moreau-Baptiste; Karl Lund (CE)", "Attendees", 1.0, method="label_line")
    assert "misfit" in v.doubts
    assert judge("target_learners", "Night-shift nurses and RPNs", "Attendees", 1.0, method="label_line").doubts == ()
