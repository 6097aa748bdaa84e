"""A filled form of another kind (a course-evaluation survey) rates statements about the outcomes, the assessment
and the format, and answers only who, how to reach them, when and the activity's title: no proposal. A concept
form that answers a couple of the proposal's own questions is still one.

The decision is tested on what the section reader hands the classifier (labels seen, keys answered), so that the
rule is tested whatever layout produced them."""
from __future__ import annotations

from mailbot_parsers.classify import kind_of

# what a survey's rating grid and its optional "about you" part make the reader see: the rated statements
# name outcomes, competencies, the summative assessment and the format, but nothing after them is an answer
SURVEY_LABELS = {"proposal_title", "submission_date", "learning_outcomes", "competencies", "summative_assessment",
                 "delivery_format", "education_plan_alignment", "proposer_name", "proposer_title", "proposer_email",
                 "proposer_phone"}
SURVEY_TEXT = ("Course evaluation survey\nActivity title Clinical wound photography\nTrainer Solene Abiola\n"
               "The workshop met its learning outcomes. [ ] [ ] [X]\nThe summative assessment was fair. [X] [ ] [ ]\n"
               "The hybrid format suited me. [ ] [X] [ ]\nName: Gaelle Roy Email: g.roy@example.com Phone: 514-555-0181")
CONTACT_ONLY = {"proposal_title", "submission_date", "proposer_name", "proposer_title", "proposer_email",
                "proposer_phone"}


def test_a_filled_survey_that_answers_only_who_and_when_is_not_a_concept_form() -> None:
    assert kind_of(SURVEY_LABELS, SURVEY_TEXT, CONTACT_ONLY, "Course evaluation survey") == "not_a_form"


def test_the_same_labels_with_answers_to_the_proposal_questions_are_a_concept_form() -> None:
    answered = CONTACT_ONLY | {"learning_outcomes", "education_plan_alignment"}
    assert kind_of(SURVEY_LABELS, SURVEY_TEXT, answered, "Course evaluation survey") == "concept_form"


def test_a_blank_concept_form_is_still_recognised_by_its_structure() -> None:
    # the contract's structure (nearly every required question asked) is evidence on its own
    labels = SURVEY_LABELS | {"target_learners", "rationale", "partner_name", "endorsement_status", "request_type"}
    assert kind_of(labels, "Micro-course concept form\n" + SURVEY_TEXT, CONTACT_ONLY, "Concept form") == "concept_form"


def test_a_filled_form_that_answers_none_of_the_concept_forms_own_questions_is_not_one() -> None:
    # a conference abstract submission: title, author, outcomes, an assessment, a rationale... but no partner,
    # no endorsement, no Education Plan, no type of request
    labels = {"proposal_title", "proposer_name", "proposer_title", "proposer_email", "proposer_phone", "rationale",
              "learning_outcomes", "summative_assessment", "delivery_format", "submission_date"}
    answered = labels - {"delivery_format"}
    text = "Abstract submission\nTitle: ...\nLearning objectives for attendees\nRationale ...\n" * 3
    assert kind_of(labels, text, answered, "CHEd 2027 - Canadian Health Educators' Conference") == "not_a_form"
    # the same form with the partner answered proposes a course to a partner's endorsement: a concept form
    assert kind_of(labels | {"partner_name"}, text, answered | {"partner_name"}, "Concept") == "concept_form"


def test_a_proposal_that_says_whom_the_course_is_for_is_one_without_a_partner_yet() -> None:
    labels = {"proposal_title", "proposer_name", "proposer_email", "target_learners", "rationale", "competencies",
              "summative_assessment", "delivery_format", "learning_outcomes", "estimated_hours"}
    text = "1. What is the course called?\n2. Who is proposing it?\n3. Who are the learners?\n" * 2
    assert kind_of(labels, text, labels, "1. What is the course called?") == "concept_form"


def test_an_endorsement_mentioned_in_an_abstracts_conclusion_answers_no_question_of_the_form() -> None:
    # values found by their type in a sentence ("micro-credentials endorsed by employers", "an institutional
    # education plan") are not answers to questions the document asks
    labels = {"proposal_title", "proposer_name", "proposer_title", "proposer_email", "proposer_phone", "rationale",
              "learning_outcomes", "summative_assessment", "delivery_format", "submission_date"}
    answered = (labels - {"delivery_format"}) | {"endorsement_status", "education_plan_alignment"}
    text = "Abstract submission\nConclusions: micro-credentials endorsed by employers close skills gaps.\n" * 3
    assert kind_of(labels, text, answered, "CHEd 2027 - Canadian Health Educators' Conference") == "not_a_form"
