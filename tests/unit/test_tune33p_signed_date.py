"""A signature's date under the name and role is no unit, and the comma after a name set before "Role - Unit" is no
part of the name (lines made up here)."""
from __future__ import annotations

from mailbot_parsers.bylines import person_line, signed_block


def test_the_date_under_a_signature_is_no_unit() -> None:
    found = signed_block(["Ines Valderrama-Oko, Wound Care Nurse", "12 May 2027"])
    assert found.get("proposer_name") == "Ines Valderrama-Oko"
    assert "proposer_department" not in found or "2027" not in found["proposer_department"]


def test_the_comma_after_the_name_is_no_part_of_it() -> None:
    assert person_line("Ines Valderrama-Oko, Clinical Educator - Surgical Unit").get("proposer_name") == "Ines Valderrama-Oko"
