"""A slide's one bullet under "Partner" opens the answer and is no part of the organisation's name: the answer is
read as it would be without it."""
from __future__ import annotations

from mailbot_parsers.partner_names import partner_of


def test_the_bullet_before_the_partner_is_dropped() -> None:
    assert partner_of("• Harbour Valley Dialysis Network, whose letter is attached") == "Harbour Valley Dialysis Network"
    assert partner_of("▪ Harbour Valley Dialysis Network (contact: Ines Varga)") \
        == partner_of("Harbour Valley Dialysis Network (contact: Ines Varga)")
