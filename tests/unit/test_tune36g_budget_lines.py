"""A budget table read as the resources asked for is doubted: it says what resources cost, not what they are."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.budget import cost_lines
from tests.parser_samples import text_pdf


def test_cost_lines_are_seen_by_their_sums() -> None:
    assert cost_lines("Line Detail Amount Sim lab 4 h x 4 sessions $2,560 Kits 48 kits $1,440 Total $4,000")
    assert cost_lines("Instructor time, CAD 1,200; printing, CAD 300")
    assert cost_lines(["Room hire 1 200 €", "Total 1 200 €"])
    # a sentence naming what is needed, one cost in it or none, is the resources themselves
    assert not cost_lines("Two EMG machines on loan from the partner and one lab room for two days per cohort")
    assert not cost_lines("About $500 of disposable kits from the simulation centre")
    assert not cost_lines("Total of 12 hours of instructional design support")


def test_a_budget_table_under_the_resources_label_is_uncertain() -> None:
    data = text_pdf([[
        "Concept form: Bedside Chest Drain Care",
        "Proposed title: Bedside Chest Drain Care",
        "Name of proposer: Kofi Adjei-Brandt",
        "Email: k.adjei@example.org",
        "Target learners: Ward nurses on surgical and step-down units",
        "Rationale: Non-thoracic units see chest drains rarely and report low confidence with them.",
        "Competencies: Assessing a drainage system; managing suction and water seal",
        "Summative assessment: An observed structured clinical examination with three stations",
        "Industry partner: Canadian Thoracic Nursing Interest Group",
        "Education Plan alignment: Short, practice-focused learning for acute care teams",
        "Delivery format: In person",
        "Resources required: Simulation centre 4 sessions $2,560; drainage kits 48 kits $1,440; Total $4,000",
    ]])
    r = parsers.parse(data, "chest-drain.pdf")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Kofi Adjei-Brandt"
    assert "resources_required" in r.uncertain_fields
    assert "cost_lines" in r.sources["resources_required"].doubts
