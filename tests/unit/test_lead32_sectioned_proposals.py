"""A proposal retyped as a report under its course's title, and a business case for a course, are proposals."""
from __future__ import annotations

from mailbot_parsers import classify

HEADINGS = {"rationale", "target_learners", "competencies", "learning_outcomes", "summative_assessment"}
TEXT = ("Bedside Adequacy Assessment for Cytotechnologists\nA. Writer, Senior Cytotechnologist\nBackground\n"
        "Aspiration lists doubled.\nAudience\nCertified cytotechnologists.\nSkills\nSmear preparation.\n"
        "Outcomes\nAssess adequacy.\nAssessment\nA practical exam.\nPartners\nThe regional lab is discussing a letter.\n")


def test_a_report_under_the_forms_questions_with_proposal_only_answers_is_sent_to_a_person() -> None:
    values = HEADINGS | {"partner_name", "endorsement_status", "proposer_name"}
    assert classify.tentative_proposal(HEADINGS, TEXT, values, "Bedside Adequacy Assessment")


def test_the_same_headings_without_a_partner_or_the_plan_are_a_course_outline() -> None:
    assert not classify.tentative_proposal(HEADINGS, TEXT, HEADINGS | {"proposer_name"}, "Bedside Adequacy Assessment")


def test_a_long_paper_whose_headings_happen_to_match_is_no_proposal() -> None:
    paper = TEXT + "Findings and methods of the study were many. " * 400
    values = HEADINGS | {"partner_name", "endorsement_status"}
    assert not classify.tentative_proposal(HEADINGS, paper, values, "Shift work interventions")


def test_a_business_case_for_a_new_course_names_itself_a_proposal() -> None:
    assert classify.self_named("Infant Hip Ultrasound\nBusiness case for a new micro-credential\nA. Writer\n")
    assert not classify.self_named("Infant Hip Ultrasound\nAnnual report of the imaging department\nA. Writer\n")
