"""A proposal whose proposing sentence no reader knows is still sent to a person when it answers most of what only a
proposal answers; a document with a few such answers, or one that gives a verdict on a proposal, is not."""
from mailbot_parsers.classify import tentative_proposal

LETTER = ("Dear Continuing Education team,\n\nOur clinic sees many patients with dizziness. Physiotherapists in "
          "community practice would benefit from a short course on vestibular rehabilitation.\n\nKind wishes,\nA. Writer")
MOST = {"target_learners", "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
        "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours", "proposer_name"}


def test_many_answers_without_a_proposing_sentence_go_to_a_person() -> None:
    assert tentative_proposal(set(), LETTER, MOST)


def test_few_answers_without_a_proposing_sentence_are_not_a_proposal() -> None:
    few = {"target_learners", "rationale", "learning_outcomes", "delivery_format", "estimated_hours", "proposer_name"}
    assert not tentative_proposal(set(), LETTER, few)


def test_a_verdict_on_a_proposal_is_not_one() -> None:
    verdict = LETTER + "\n\nDecision: approved with revisions\n"
    assert not tentative_proposal(set(), verdict, MOST)


def test_a_document_headed_as_another_kind_is_not_one() -> None:
    assert not tentative_proposal(set(), LETTER, MOST, heading="Evaluation report: vestibular course pilot")
