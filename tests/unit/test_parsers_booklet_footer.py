"""A booklet print: the left page's footer stands in the middle of its sheet, after that page's last answer."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import colon_pages_pdf, saddle_sheets

PAGES = [
    ["Proposed Title: Sterile Processing for Dental Clinics", "Name of Proposer: Maren Achterberg-Oduya",
     "Email: machterberg@example.org", "Type of Request: Micro-course"],
    ["Target Learners: Dental assistants who reprocess instruments",
     "Rationale / Need: Two audits found gaps in cleaning and packaging.",
     "Competencies / Skills Targeted: Cleaning, inspection and packaging of instruments"],
    ["Learning Outcomes: 1. Clean and inspect instruments", "2. Package and load a sterilizer",
     "Summative Assessment: Observed reprocessing cycle with a checklist"],
    ["Industry / Employment Partner: Harbourline Dental Group", "Endorsement Status: Confirmed",
     "Delivery Format: Hybrid", "Estimated Hours: 6"],
]


def test_a_footer_read_mid_sheet_is_not_part_of_the_answer_before_it() -> None:
    result = parsers.parse(saddle_sheets(colon_pages_pdf(PAGES)), "concept.pdf")
    assert result.is_concept_form
    assert result.fields.get("competencies") == "Cleaning, inspection and packaging of instruments"
    assert result.fields.get("estimated_hours") == 6
