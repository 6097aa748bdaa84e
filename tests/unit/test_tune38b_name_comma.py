"""A contact line whose pieces a spaced dash parts, the first of them "Name, Role, Unit" ("Contact: Ada Roy, Charge
Nurse, Day Unit — Day Care, General Hospital — a@b.org — 555-0100"): the comma that ends the name is no part of it."""
from __future__ import annotations

from mailbot_parsers.composite import contact_line


def test_the_name_ends_before_its_comma() -> None:
    read = contact_line("Saoirse Quintero-Blake, Charge Nurse, Ambulatory Infusion Unit — Ambulatory Care, Northvale Hospital — "
                        "squintero@example.org — 416-555-0133")
    assert read["proposer_name"] == "Saoirse Quintero-Blake"
    assert read["proposer_email"] == "squintero@example.org"
