"""A slide's partner bullets: the organisation with its endorsement's state after a spaced dash on the first bullet
("X Association, Ontario Chapter - letter of support attached"), then its contact person on the next."""
from __future__ import annotations

from mailbot_parsers.bylines import partner_line


def test_the_state_after_the_dash_is_no_part_of_the_organisation() -> None:
    got = partner_line("• Canadian Wound Care Association, Ontario Chapter - letter of support attached\n"
                       "• Grace Obi, Chapter Lead, gobi@example.org")
    assert got == {"partner_name": "Canadian Wound Care Association, Ontario Chapter",
                   "endorsement_status": "letter_attached", "partner_contact": "Grace Obi, Chapter Lead, gobi@example.org"}


def test_a_dash_inside_a_name_without_a_state_is_kept() -> None:
    got = partner_line("• Lakeshore Health - North Campus\n• Letter of support attached")
    assert got.get("partner_name") == "Lakeshore Health - North Campus"
