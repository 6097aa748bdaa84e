"""A field that takes one answer, given several to choose from: the applicant has not decided.

A fillable form's title box that reads "Option 1: ... / Option 2: ..." is not misread; it is the applicant's own
indecision, so the value is uncertain and a person settles it (the form goes to review). Wordings are this test's.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import alternatives
from tests.parser_samples import acroform_pdf

FIELDS = [
    {"name": "proposer_name", "type": "text", "value": "Dana Whitcombe-Oyo"},
    {"name": "proposer_email", "type": "text", "value": "dana.wo@example.org"},
    {"name": "target_learners", "type": "text", "value": "Sterile processing technicians."},
    {"name": "rationale", "type": "text", "value": "Reprocessing errors doubled after the new scopes arrived."},
    {"name": "summative_assessment", "type": "text", "value": "Observed reprocessing of two scopes."},
    {"name": "partner_name", "type": "text", "value": "Northgate Surgical Services"},
    {"name": "education_plan_alignment", "type": "text", "value": "Patient safety."},
    {"name": "request_type", "type": "text", "value": "Micro-course"},
    {"name": "competencies", "type": "text", "value": "Leak testing; manual cleaning; high-level disinfection."},
    {"name": "learning_outcomes", "type": "text", "value": "Reprocess a flexible endoscope to the standard."},
    {"name": "endorsement_status", "type": "text", "value": "Confirmed"},
]


def _form(title: str) -> bytes:
    return acroform_pdf([{"name": "proposal_title", "type": "text", "value": title}, *FIELDS])


def test_a_title_given_as_two_options_is_uncertain_and_sent_to_a_person() -> None:
    r = parsers.parse(_form("Option 1: Flexible Endoscope Reprocessing / Option 2: Scope Care Basics"), "form.pdf")
    assert r.is_concept_form
    assert "proposal_title" in r.uncertain_fields
    assert r.needs_manual_review


def test_a_title_that_merely_says_or_is_one_title() -> None:
    r = parsers.parse(_form("Wound or Ostomy Care for Home Visits"), "form.pdf")
    assert "proposal_title" not in r.uncertain_fields
    assert not r.needs_manual_review
    assert not alternatives("proposal_title", "Choosing Options for Pain Relief")
    assert alternatives("partner_name", "Undecided: Lakeshore Health or Brant Clinics")
