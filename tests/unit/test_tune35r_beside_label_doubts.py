"""Doubts for values a layout set beside a label without being its answer: another box's heading ("LEARNERS
SKILLS", "First offering"), an option named in the label itself ("Format hybride : ..."), a start that runs on
into a count spelt out, and a contact block under a bare "Contact" in a document naming no proposer."""
from __future__ import annotations

from mailbot_parsers.calibration import headline, label_choice, ran_on, unowned_contact


def test_a_heading_read_as_a_prose_answer_is_doubted() -> None:
    assert headline("rationale", "LEARNERS SKILLS")
    assert headline("rationale", "First offering")
    assert headline("learning_outcomes", ["At a glance"])
    assert not headline("summative_assessment", "OSCE")
    assert not headline("target_learners", "Registered nurses")
    assert not headline("learning_outcomes", ["Insert catheters"])


def test_an_option_named_in_the_label_doubts_another_read_after_it() -> None:
    assert label_choice("delivery_format", "online", "Format hybride", "label_line")
    assert not label_choice("delivery_format", "hybrid", "Format hybride", "label_line")
    assert not label_choice("delivery_format", "online", "Delivery (online / in person / hybrid)", "label_line")
    assert not label_choice("endorsement_status", "none", "Letter of support attached", "label_line")


def test_a_start_running_on_into_a_count_in_words_is_doubted() -> None:
    assert ran_on("proposed_start", "automne 2027, pour environ quarante personnes par année")
    assert not ran_on("proposed_start", "automne 2027")


def test_a_bare_contact_block_without_a_proposer_is_doubted() -> None:
    block = "Ingrid Larsen Senior Embryologist Maple Fertility Centre ilarsen@example.com 416-555-0114"
    assert unowned_contact({"partner_contact": block, "partner_name": "Fertility Network"}, "Contact")
    assert not unowned_contact({"partner_contact": block, "proposer_name": "Ada Roy"}, "Contact")
    assert not unowned_contact({"partner_contact": block}, "Partner contact")
