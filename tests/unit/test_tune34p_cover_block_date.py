"""A cover block longer than a document's first three paragraphs (a title wrapped, the applicant, the unit, the
address and number), dated on a line of its own right under the address: that date is the submission date; a date
with no contact line above it so deep in the page is not taken (lines made up here)."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import _opening_date


def _lines(*texts: str) -> list[Block]:
    return [Block(text=t, line=True) for t in texts]


def test_a_date_under_the_cover_blocks_address_is_the_submission_date() -> None:
    blocks = _lines("Safe Infusion Pumps", "at Home", "Micro-credential development application",
                    "Applicant: Odalys Fenwick-Ramos, Home Infusion Nurse Lead", "Lakeview Home Care",
                    "ofenwick@example.org · 905-555-0138", "2 March 2027", "1. Summary")
    assert _opening_date(blocks) == "2027-03-02"


def test_a_date_deep_in_the_page_with_no_address_above_is_not_taken() -> None:
    blocks = _lines("Safe Infusion Pumps", "at Home", "Micro-credential development application",
                    "Applicant: Odalys Fenwick-Ramos, Home Infusion Nurse Lead", "Lakeview Home Care",
                    "First offering", "2 March 2027")
    assert _opening_date(blocks) is None
