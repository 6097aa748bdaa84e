"""A writer without a dash key types it as a spaced hyphen ("X Network - has agreed to endorse; the letter will
follow"): the hyphen parts the organisation from what it did, no part of its name."""
from __future__ import annotations

from mailbot_parsers.bylines import partner_line


def test_the_spaced_hyphen_before_the_verb_is_no_part_of_the_name() -> None:
    found = partner_line("Canadian Thoracic Care Nurses and Therapists Network - has agreed to endorse; the letter will follow")
    assert found == {"partner_name": "Canadian Thoracic Care Nurses and Therapists Network",
                     "endorsement_status": "confirmed"}
    # (a hyphen inside the name stays: "Long-Term")
    assert partner_line("Golden Birch Long-Term Care Network has agreed to endorse")["partner_name"] == \
        "Golden Birch Long-Term Care Network"
