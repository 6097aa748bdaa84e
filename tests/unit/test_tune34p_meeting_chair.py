"""Minutes that are the proposal: the meeting's chair is who proposes it, named on a "Chair:" line or marked among
those present ("Present: Name (chair; Role, Unit; address; number), ..."), the lines wrapped as printed (attendance
lines made up here)."""
from __future__ import annotations

from mailbot_parsers.sections import meeting_chair


def test_a_chair_line_gives_the_proposer() -> None:
    found = meeting_chair(["Minutes – pump safety working group", "Chair: Odalys Fenwick-Ramos, Home Infusion Nurse Lead,",
                           "Lakeview Home Care (ofenwick@example.org, 905-555-0138)", "Attending: Ben Roy (educator)"])
    assert found["proposer_name"] == "Odalys Fenwick-Ramos"
    assert found["proposer_title"] == "Home Infusion Nurse Lead"
    assert found["proposer_department"] == "Lakeview Home Care"
    assert found["proposer_email"] == "ofenwick@example.org"


def test_the_chair_marked_among_those_present_gives_the_proposer() -> None:
    found = meeting_chair(["Present: Ben Roy (educator), Odalys Fenwick-Ramos (chair; Home Infusion Nurse",
                           "Lead, Lakeview Home Care; ofenwick@example.org), Ana Silva (pharmacist)",
                           "Regrets: Tom Lee"])
    assert found["proposer_name"] == "Odalys Fenwick-Ramos"
    assert found["proposer_title"] == "Home Infusion Nurse Lead"


def test_no_chair_named_gives_nothing() -> None:
    assert meeting_chair(["Present: Ben Roy (educator), Ana Silva (pharmacist)", "Regrets: Tom Lee"]) == {}
