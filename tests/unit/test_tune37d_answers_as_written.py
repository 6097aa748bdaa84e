"""Three habits of retyped answers: an assessment answer that describes formative checks and then says the final
assessment is still open (a guess, flagged); a byline that closes with the date it was written ("..., on 28 November
2026."), which is no part of the unit; and an assessment sentence whose learner does two things ("Each learner
completes X and submits Y"), kept as written since its second verb needs the subject."""
from __future__ import annotations

from mailbot_parsers import prose
from mailbot_parsers.bylines import byline
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract

FAQ = [
    "Inhaler Technique Coaching",
    "Who is it for?",
    "Pharmacy technicians and practice nurses who teach patients to use inhalers.",
    "How are learners assessed?",
    "Each module ends with a short practice quiz so participants can check themselves. We have not yet decided on "
    "a final assessment.",
    "How long is it?",
    "Six hours, all of them online.",
]


def test_an_assessment_the_writer_says_is_still_open_is_a_guess() -> None:
    ex = extract([Block(text=t, line=True) for t in FAQ])
    assert ex.sources["summative_assessment"].confidence < 0.6


def test_the_date_a_byline_closes_with_is_no_part_of_the_unit() -> None:
    found = byline("Prepared by Bartholomew Achebe, Respiratory Educator, Community Lung Health Program, Eastview "
                   "Family Health Team, on 28 November 2026.")
    assert found.get("proposer_department") == "Community Lung Health Program, Eastview Family Health Team"


def test_a_learner_doing_two_things_keeps_the_sentence() -> None:
    both = ("Each learner completes a full quarterly test set under observation and submits the completed logbook, "
            "which is graded against the licence conditions.")
    assert prose.unframed("summative_assessment", both) == both
    assert prose.unframed("summative_assessment", "Learners complete a written exam and an observed practical.") \
        == "a written exam and an observed practical"
