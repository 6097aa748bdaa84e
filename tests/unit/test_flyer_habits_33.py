"""A flyer's contact block with a word the typesetter broke over two lines, and "Who it is for. A new
micro-credential for X." whose learners are X."""
from __future__ import annotations

from mailbot_parsers.prose import unframed
from mailbot_parsers.sections import _mended


def test_a_course_named_as_a_noun_then_for_whom_gives_the_learners() -> None:
    assert unframed("target_learners", "A new micro-credential for regulated pharmacy technicians in hospitals.") \
        == "regulated pharmacy technicians in hospitals"
    assert unframed("target_learners", "A short course aimed at home care aides.") == "home care aides"
    # (a sentence that says more than whom the course is for is prose, kept whole)
    assert unframed("target_learners", "Technicians. A course for them is overdue.") == "Technicians. A course for them is overdue."


def test_a_word_broken_at_a_contact_blocks_line_end_is_whole_again() -> None:
    assert _mended("Pharmacy Services, Eastbrook Com\u00ad\nmunity Hospitals\nada@example.org") == \
        "Pharmacy Services, Eastbrook Community Hospitals\nada@example.org"
    assert _mended("Ada Roy\nNurse Educator") == "Ada Roy\nNurse Educator"
