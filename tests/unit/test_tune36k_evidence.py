"""A retyped proposal whose proposing sentence no reader knows is taken for a person to check when its answers, read
by their type, cover most of what a proposal answers and its words speak of what only a proposal to the office speaks of
(the Education Plan, a partner's endorsement). Without those words, with fewer answers, under another kind's heading or
with a verdict, it is not."""
from mailbot_parsers.classify import tentative_proposal

TEXT = ("Dear Continuing Education team,\n\nCommunity pharmacists are asked about menopause every day. The course would "
        "fit the Education Plan, and the pharmacists' society has agreed to endorse it.\n\nWith thanks,\nA. Writer")
EIGHT = {"target_learners", "rationale", "competencies", "learning_outcomes", "summative_assessment", "delivery_format",
         "estimated_hours", "education_plan_alignment", "proposer_name"}


def test_eight_answers_and_the_offices_requirements_go_to_a_person() -> None:
    assert tentative_proposal(set(), TEXT, EIGHT)


def test_without_the_offices_requirements_it_is_a_course_described() -> None:
    plain = TEXT.replace("The course would fit the Education Plan, and the pharmacists' society has agreed to endorse "
                         "it.", "The course runs twice a year.")
    assert not tentative_proposal(set(), plain, EIGHT)


def test_fewer_answers_are_not_enough() -> None:
    assert not tentative_proposal(set(), TEXT, EIGHT - {"estimated_hours", "delivery_format"})


def test_another_kind_or_a_verdict_is_not_one() -> None:
    assert not tentative_proposal(set(), TEXT, EIGHT, heading="Minutes of the curriculum committee")
    assert not tentative_proposal(set(), TEXT + "\nDecision: approved with revisions\n", EIGHT)


def test_somebody_elses_proposal_reported_or_supported_is_not_one() -> None:
    news = "Spring update\nA. Lind proposed a new micro-credential on menopause care last month.\n" + TEXT
    partner = "Dear colleagues,\nDr Lind proposes that Michener create a new micro-course on menopause care.\n" + TEXT
    assert not tentative_proposal(set(), news, EIGHT)
    assert not tentative_proposal(set(), partner, EIGHT)
