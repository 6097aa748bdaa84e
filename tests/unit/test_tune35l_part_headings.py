"""A printed form's part headings with no mark after the part's number: the name set apart by a tab stop
("PART 1<TAB>PROPOSAL") or in capitals ("PART 3 PARTNER / FIT / LOGISTICS") heads the lines below it and is no
label of a field ("Proposal", "Partner"), and the line under it no answer. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import text_pdf

LINES = [
    "Micro-Course / Credential Concept Form",
    "PART 1  PROPOSAL",
    "Title of Micro-Course / Credential: Safe Use of Infusion Pumps at Home",
    "Request type: New micro-credential",
    "Intended learners: Home-care nurses who set up infusion pumps",
    "Rationale: Pump errors at home have doubled in two years.",
    "PART 2 PROPOSER",
    "Submitted by: Odalys Fenwick-Ramos",
    "Contact email: o.fenwick@example.org",
    "PART 3 PARTNER / FIT / LOGISTICS",
    "Partner organization: Lakeview Home Care",
    "Format: Hybrid",
    "Duration (hours): 8",
]


def test_part_headings_are_no_labels() -> None:
    r = parsers.parse(text_pdf([LINES]), "parts.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Use of Infusion Pumps at Home"
    assert r.fields["request_type"] == "new"
    assert r.fields["partner_name"] == "Lakeview Home Care"
    assert r.fields["proposer_name"] == "Odalys Fenwick-Ramos"
