"""An answer whose last wrapped line is one word, right above the next field's label (labels over answers)."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import PROPOSAL, colon_pages_pdf


def test_the_last_word_of_an_answer_is_not_the_start_of_the_next_label() -> None:
    wrapped = {"Summative Assessment": ["Observed transfers in the simulation lab, each one scored by two", "assessors"],
               "Competencies / Skills Targeted": ["Risk assessment before a transfer; use of slider sheets; team",
                                                  "lifts"]}
    lines = [text for label, answer in PROPOSAL for text in [label, *wrapped.get(label, answer)]]
    result = parsers.parse(colon_pages_pdf([lines]), "concept.pdf")
    assert result.is_concept_form
    assert result.fields.get("summative_assessment") == \
        "Observed transfers in the simulation lab, each one scored by two assessors"
    assert result.fields.get("competencies") == "Risk assessment before a transfer; use of slider sheets; team lifts"
    assert result.fields.get("partner_name") == "Ontario Safe Handling Association"


def test_an_answer_that_opens_with_some_of_its_labels_words_keeps_them() -> None:
    extra = [("Alignment with Michener's Education Plan", ["Education Plan priority on simulation-based learning"])]
    lines = [text for label, answer in [*extra, *PROPOSAL] for text in [label, *answer]]
    result = parsers.parse(colon_pages_pdf([lines]), "concept.pdf")
    assert result.fields.get("education_plan_alignment") == "Education Plan priority on simulation-based learning"
