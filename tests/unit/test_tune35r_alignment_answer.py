"""A bare "Alignment" label asks either how the course fits the Education Plan or which framework it maps to: the
answer's words decide (a framework answer names one; a sentence that names none, or names the plan, is the fit)."""
from __future__ import annotations

from mailbot_parsers.meaning import answer_fit, resolve


def test_a_sentence_naming_no_framework_is_the_plan_fit() -> None:
    found = resolve("Alignment", "Supports quality and safety across the region, and gives staff a recognised credential.")
    assert found is not None and found.key == "education_plan_alignment"


def test_an_answer_naming_the_plan_is_the_plan_fit() -> None:
    found = resolve("Alignment", "Patient safety, one of the pillars of the Education Plan.")
    assert found is not None and found.key == "education_plan_alignment"


def test_an_answer_naming_a_framework_keeps_its_fit() -> None:
    assert answer_fit("competency_framework", "ICS Good Urodynamic Practices") == 0.5
    assert answer_fit("competency_framework", "The national competency profile for respiratory therapists") == 0.5
    assert answer_fit("competency_framework", "Supports quality and safety across the region, and more.") < 0.5
