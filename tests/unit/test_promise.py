"""The office's promise in the acknowledgement is computed from the configured window."""
from __future__ import annotations

from pathlib import Path

from clockhelpers import make_env

from mailbot.clock.promise import assessment_promise, span


def test_whole_weeks_read_as_weeks_and_the_rest_as_days():
    assert span(14, 28, business_days=False) == "2 to 4 weeks"
    assert span(7, 7, business_days=False) == "1 week"
    assert span(10, 20, business_days=False) == "10 to 20 days"
    assert span(10, 20, business_days=True) == "10 to 20 business days"
    assert span(14, 28, business_days=True) == "14 to 28 business days"


def test_the_acknowledgement_promise_follows_the_config(tmp_path: Path):
    settings, _ = make_env(tmp_path)
    assert assessment_promise(settings) == "2 to 4 weeks"
    other, _ = make_env(tmp_path / "b" if (tmp_path / "b").mkdir() is None else tmp_path,
                        "business_days = true\n[schedule.stages]\nce_assessment = { target_days = 10, deadline_days = 15 }")
    assert assessment_promise(other) == "10 to 15 business days"
