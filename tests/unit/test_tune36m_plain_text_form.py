"""A form typed in a plain-text editor and printed in a monospace font: "Label ........: answer" with the dot
leader run up to a colon, section tags "[B] THE PROPOSAL" and typed "=====" rules between the parts. The colon is
no word of the answer, and a tag or a rule ends the answer above it. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.leaders import as_colon
from tests.parser_samples import text_pdf

LINES = [
    "plain_form.txt                                       Page 1 of 1",
    "CONTINUING EDUCATION - CONCEPT FORM",
    "=" * 60,
    "[A] PROPOSER",
    "Proposed Title ...........: Pressure Injury Staging for Care Aides",
    "Name of Proposer .........: Anouk Silvestri-Dube",
    "Email ....................: a.silvestri@example.org",
    "[B] THE PROPOSAL",
    "Rationale / Need .........: Staging errors delay wound referrals on",
    "                            three of our units.",
    "Target Learners ..........: Care aides in long-term care.",
    "Learning Outcomes ........: Stage a pressure injury from a photo.",
    "Competencies .............: Wound staging, referral notes.",
    "Summative Assessment .....: A photo-staging quiz.",
    "[C] LOGISTICS",
    "Industry Partner .........: Brightwater Lodge",
    "Delivery Format ..........: Online",
    "Estimated Hours ..........: 6",
    "Resources Required .......: A wound-photo library.",
    "=" * 60,
    "Return the form to the office mailbox.",
]


def test_leader_run_up_to_a_colon_is_one_label_end() -> None:
    assert as_colon("Proposed Title ......: Falls Prevention") == "Proposed Title: Falls Prevention"
    assert as_colon("Resources Required ......:") == "Resources Required:"


def test_plain_text_form_reads_answers_without_colon_tags_or_rules() -> None:
    r = parsers.parse(text_pdf([LINES]), "plain_form.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Pressure Injury Staging for Care Aides"
    assert r.fields["proposer_name"] == "Anouk Silvestri-Dube"
    assert r.fields["rationale"] == "Staging errors delay wound referrals on three of our units."
    assert r.fields["resources_required"] == "A wound-photo library."
