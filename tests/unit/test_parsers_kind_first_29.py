"""A heading that leads with its kind ("Evaluation report: <course>") names a report about a course, not a proposal.

The words report, evaluation, review, summary and audit also name a course's topic ("Incident report writing"), so
they count as the document's kind only before its subject: at the head of the heading, ended by a colon or a dash.
The texts are written for these tests.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.classify import heading_kind
from tests.parser_samples import text_pdf



def _report(heading: str) -> bytes:
    return text_pdf([[heading,
                      "Prepared by: Odile Fairweather-Nakamura, Program Evaluation Lead, Continuing Education",
                      "(o.fairweather@example.org, 416-555-0142) Date: 20 November 2026",
                      "Summary",
                      "The pilot cohort of Wound Photography for Community Nurses ran online from 5 to 30 October",
                      "2026 with 18 learners (community nurses and wound care aides). 18 learners completed the",
                      "summative assessment; 17 passed at the first attempt.",
                      "Achievement of learning outcomes",
                      "Learning outcome Learners meeting it (n = 18)",
                      "Frame and light a wound photograph 18",
                      "Record the patient's consent 17",
                      "File images in the chart securely 18",
                      "Partner feedback",
                      "Our industry partner, Northshore Home Care, reviewed the checklist and confirmed it",
                      "reflects its documentation standard.",
                      "Recommendations",
                      "1. Keep the online format and 6 hours of learning.",
                      "2. Offer the course twice a year from spring 2027 (about 40 learners a year)."]])


def test_a_heading_that_leads_with_a_report_or_a_review_names_the_documents_kind() -> None:
    assert heading_kind("Evaluation report: Wound Photography – pilot cohort 2026") == "evaluation report"
    assert heading_kind("Pilot review – wound photography") == "pilot review"
    assert heading_kind("Rapport d'évaluation : microcours photographie des plaies") == "rapport d'evaluation"
    assert heading_kind("Bone marrow smear review") is None  # alone, a topic
    assert heading_kind("Final report – bone marrow smear review") == "final report"


def test_the_same_words_as_a_courses_topic_name_no_kind() -> None:
    assert heading_kind("Incident report writing for unit clerks") is None
    assert heading_kind("Concept form: Incident report writing") is None
    assert heading_kind("Micro-credential proposal: Case review skills") is None
    assert heading_kind("Evaluation of chronic wounds") is None


def test_an_evaluation_report_of_a_pilot_is_not_a_concept_form() -> None:
    report = _report("Evaluation report: Wound Photography for Community Nurses - pilot cohort 2026")
    assert not parsers.parse(report, "evaluation.pdf").is_concept_form

