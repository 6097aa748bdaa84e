"""A template's filler is no answer: a CV or form template whose boxes still say "(Remove if not relevant)" asks
questions that look like the concept form's (an address, a desired occupational field, skills) but answers none.
The documents are written for these tests."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import placeholder
from tests.parser_samples import python_docx_table

FILLER = "(Remove if not relevant)"


_CV_TEMPLATE = [("Name / Surname", "Name, Surname"), ("Address", FILLER), ("Telephone", FILLER),
                ("Email", "name@example.org"), ("Home page", "www.example.org"),
                ("Desired employment / Occupational field", FILLER), ("Nationality", FILLER),
                ("Social skills and competences", "Replace this text by a description of these competences."),
                ("Who is it for", FILLER), ("Endorsement", FILLER)]


def test_a_template_whose_answers_are_its_filler_is_not_a_concept_form() -> None:
    result = parsers.parse(python_docx_table("Personal information", _CV_TEMPLATE), "cv template.docx")
    assert not result.is_concept_form


def test_bracketed_remarks_and_one_answer_given_to_many_questions_are_filler() -> None:
    fields = {"target_learners": FILLER, "partner_name": "[your partner]", "rationale": "See attached",
              "competencies": "see attached", "summative_assessment": "See  attached", "proposal_title": "Wound care"}
    assert placeholder(FILLER, fields) and placeholder("[your partner]", fields)
    assert placeholder("See attached", fields)  # the same words as the answer to three questions
    assert not placeholder("Wound care", fields)
    assert not placeholder("Nurses (RN and RPN) on surgical units", fields)  # a bracket inside an answer is no filler
    assert not placeholder(12, fields)
