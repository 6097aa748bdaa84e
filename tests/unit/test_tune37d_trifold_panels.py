"""A tri-fold brochure's panels: the contact panel ends where the page's footer band starts ("Micro-course proposal ·
prepared 1 December 2026"), its "Name, Role" / "Unit, Organisation" lines part role and unit; the hours are told as
parts joined by "+" ("3 hours online + 6 hours hands-on" is 9); a "Numbers" panel that counts learners gives no
hours."""
from __future__ import annotations

from mailbot_parsers.composite import logistics
from mailbot_parsers.layout import Block
from mailbot_parsers.normalise import to_number
from mailbot_parsers.sections import extract

PANELS = [
    "Assessment",
    "Scan and analyse three volunteers, then submit a precision study, graded by a certified",
    "densitometrist.",
    "Contact",
    "Harriet Nakamura-Bell, Lead Technologist",
    "Bone Health Clinic, Westfield Community Imaging",
    "hnakamura-bell@example.com · 519-555-0162",
    "Micro-course proposal · prepared 1 December",
    "2026",
    "DXA Bone Densitometry: Scanning and Quality Assurance",
    "A micro-course for technologists new to the DXA room",
    "Blended · 3 hours online + 6 hours hands-on",
    "Who should attend",
    "Medical radiation technologists who cover the DXA room without formal densitometry training.",
    "Numbers",
    "Four cohorts of nine learners a year.",
]


def test_the_contact_panel_ends_before_the_footer_band() -> None:
    f = extract([Block(text=t, line=True) for t in PANELS]).fields
    assert f.get("proposer_name") == "Harriet Nakamura-Bell"
    assert f.get("proposer_title") == "Lead Technologist"
    assert f.get("proposer_department") == "Bone Health Clinic, Westfield Community Imaging"
    assert f.get("submission_date") == "2026-12-01"
    assert f.get("expected_enrolment") == 36
    assert f.get("estimated_hours") in (None, 9)


def test_hours_told_as_parts_joined_by_plus_are_summed_and_learners_are_no_hours() -> None:
    assert logistics("Blended · 3 hours online + 6 hours hands-on").get("estimated_hours") == 9
    assert logistics("6 h online + 2 h in the lab, 8 hours in all").get("estimated_hours") == 8
    assert to_number("Four cohorts of nine learners a year.", "estimated_hours") is None
    assert to_number("18. Expected enrolment: 50 learners a year.", "estimated_hours") == 18


def test_a_start_named_by_part_of_next_season_is_kept_as_written() -> None:
    from mailbot_parsers.composite import start_of
    assert start_of("Starts early next spring") == "early next spring"
    assert start_of("starting next fall") == "next fall"
