"""A whole document goes to a person when the parser met trouble on several fields, not for a few guesses."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import _needs_review

from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr


def test_doubts_and_unplaced_required_fields_send_the_document_to_a_person() -> None:
    assert _needs_review(["rationale", "competencies"], ["proposer_phone"], [], 20)
    assert _needs_review(["rationale", "competencies", "partner_name", "target_learners"], [], [], 24)


def test_weak_but_undoubted_reads_are_uncertain_fields_not_a_review() -> None:
    # eight pieces split from a contact line and a "practical details" answer: each is reported uncertain,
    # the rest of the read is not in question
    guesses = ["proposer_title", "proposer_department", "proposer_email", "proposer_phone", "delivery_format",
               "estimated_hours", "expected_enrolment", "proposed_start"]
    assert not _needs_review([], [], guesses, 21)
    assert _needs_review(["rationale", "competencies"], ["proposer_phone"], guesses, 21)  # with real trouble they count too


def test_one_doubt_in_a_long_form_is_a_field_to_check() -> None:
    assert not _needs_review([], ["proposal_title"], ["submission_date"], 22)


def test_a_form_whose_required_labels_are_not_found_goes_to_review_and_a_full_one_does_not() -> None:
    full = parsers.parse(docx(p("Micro-Course / Credential Concept Form", style="Title")
                              + table("".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
                                      + tr("Type of Request", "☒ Micro-course")
                                      + tr("Learning Outcomes", "Assess a wound")
                                      + tr("Endorsement Status", "☒ Confirmed"))), "full.docx")
    assert full.is_concept_form and not full.needs_manual_review
    partial = dict(list(ANSWERS.items())[:3])
    # the same form with only its first three questions: nine required questions unplaced
    half = parsers.parse(docx(p("Micro-Course / Credential Concept Form", style="Title")
                              + p("Proposed by our unit, see below.")
                              + table("".join(tr(LABELS[k], v) for k, v in partial.items())
                                      + tr("Summative Assessment", "Observed practical exam.")
                                      + tr("Industry / Employment Partner", "Northside Home Care")
                                      + tr("Education Plan Alignment", "Community care."))), "half.docx")
    assert half.is_concept_form and half.needs_manual_review
