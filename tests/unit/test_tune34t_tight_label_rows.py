"""Rows of a scanned form's OCR text layer set as tight as a label's lines: "Partner Contact (name, email)" over
"Endorsement Status [R3]" are two rows, though joined they read loosely like one label ("Partner Endorsement
Status"); a label wrapped over two one-word lines ("Learner" over "outcomes") stays one label."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import _two_labels
from tests.parser_samples import positioned_pdf


def test_two_whole_labels_of_two_fields_with_hints_are_two_rows() -> None:
    assert _two_labels("Partner Contact (name, email)", "Endorsement Status [R3]")
    assert not _two_labels("Learner", "outcomes")          # one label wrapped: "Learner outcomes"
    assert not _two_labels("Proposed Start", "Date")


ROWS = [("Proposed Title", "Pleural Drain Care for Ward Nurses"), ("Name of Proposer", "Teodora Vasquez-Ibsen"),
        ("Email", "tvasquez@example.org"), ("Partner Organization", "Provincial Thoracic Network"),
        ("Partner Contact (name, email)", "Oren Castellano, ocastellano@example.com"),
        ("Endorsement Status [R3]", "[X] Letter of support attached [ ] In discussion"),
        ("Education Plan Alignment", "Safe hands-on ward practice, a Plan priority.")]


def test_the_partner_contact_keeps_its_answer_in_tight_rows() -> None:
    runs = [(50, 740, "Micro-Course / Credential Concept Form")]
    for n, (label, answer) in enumerate(ROWS):
        y = 715 - 12 * n
        runs += [(50, y, label), (270, y, answer)]
    r = parsers.parse(positioned_pdf(runs), "SCAN0099.pdf")
    assert r.fields.get("partner_contact") == "Oren Castellano, ocastellano@example.com"
    assert r.fields.get("partner_name") == "Provincial Thoracic Network"
