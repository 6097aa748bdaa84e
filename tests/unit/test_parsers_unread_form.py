"""A document whose first line names it the concept form, but whose questions the parser cannot find.

A print that places each character on its own (read back one letter a line), or a table read as loose words,
leaves no label to find. Calling it "not a form" would drop the application without a word; it is the form,
unread, so a person reads it and nothing is called missing. Its counterparts name the form only to talk about it.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.fields import REQUIRED_KEYS
from tests.parser_samples import text_pdf

SCATTERED = ["Concept Form - printed copy  |  page 1"] + list("Proposed Title: Bedside Glucose Testing") + \
    list("Name of Proposer: Ama Lindgren-Osei")


def test_a_concept_form_whose_labels_cannot_be_found_goes_to_a_person_with_nothing_missing() -> None:
    r = parsers.parse(text_pdf([SCATTERED]), "printed.pdf")
    assert r.is_concept_form and r.needs_manual_review
    assert r.missing_required == []
    assert set(REQUIRED_KEYS) <= set(r.uncertain_fields)


def test_documents_that_only_talk_about_the_form_are_not_taken_for_it() -> None:
    agenda = ["Agenda - concept form reviews, 3 March", "1. Welcome", "2. Two proposals to discuss", "3. Next dates"]
    assert not parsers.parse(text_pdf([agenda]), "agenda.pdf").is_concept_form
    letter = ["Re: concept form of Dr Ama Lindgren-Osei", "To whom it may concern,",
              "We are pleased to support the course she proposes.", "Sincerely,", "Tomas Berg, Director"]
    r = parsers.parse(text_pdf([letter]), "support.pdf")
    assert not r.is_concept_form and r.kind == "letter_of_support"
    memo = ["Notes on filling in forms", "Concept form drafts are kept for a year."]
    assert not parsers.parse(text_pdf([memo]), "notes.pdf").is_concept_form
