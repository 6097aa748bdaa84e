"""Writers give the hours as parts and then their sum: "3 hours online, 4 hours in the lab (7 hours)", "four 2-hour
evenings, so 8 hours", "3 h online + 4 h lab = 7 h". The sum is the course's hours. A later figure that is no larger
than the parts, or that no summing word or bracket introduces, says something else, and the first figure stands."""
from __future__ import annotations

from mailbot_parsers.composite import logistics


def test_the_sum_after_the_parts_is_the_hours() -> None:
    assert logistics("Hybrid: 3 hours online, 4 hours in the skills lab (7 hours).")["estimated_hours"] == 7
    assert logistics("In person, four 2-hour evenings, so 8 hours.")["estimated_hours"] == 8
    assert logistics("3 h online + 4 h in the lab = 7 h")["estimated_hours"] == 7
    assert logistics("Two 3-hour sessions plus 2 hours of practice, that's 8 hours")["estimated_hours"] == 8


def test_a_figure_that_is_no_sum_leaves_the_first() -> None:
    assert logistics("Online, 6 hours (2 hours live)")["estimated_hours"] == 6
    assert logistics("Online, 5 hours, then 2 hours of coaching")["estimated_hours"] == 5
    assert logistics("Hybrid, about 16 hours.")["estimated_hours"] == 16
