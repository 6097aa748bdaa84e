"""A wrapped answer whose last line is one capitalised word, over a "Label: answer" line."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import colon_pages_pdf


def test_a_label_with_its_answer_is_not_the_tail_of_a_label_wrapped_from_the_line_above() -> None:
    lines = ["Proposed Title: Lung Ultrasound for Respiratory Therapists",
             "Name of Proposer: Lena Otieno-Marsh",
             "Industry / Employment Partner: Eastvale Regional Hospital",
             "Partner Contact: Prof. Arjun Salcedo, Associate",
             "Dean",
             "Endorsement Status: Letter of support attached",
             "Position / Title: Clinical Educator, Respiratory",
             "Therapy",
             "Delivery Format: Online",
             "Estimated Hours: 8"]
    result = parsers.parse(colon_pages_pdf([lines]), "concept.pdf")
    assert result.is_concept_form
    # (the answer repeats words that the field's label may carry: the joined lines read as a label alone)
    assert result.fields.get("endorsement_status") == "letter_attached"
    assert result.fields.get("delivery_format") == "online"
    assert "endorsement_status" not in result.missing_required
    assert result.fields.get("partner_contact") == "Prof. Arjun Salcedo, Associate Dean"
