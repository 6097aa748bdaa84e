"""A reply written as "Question? answer" lines: each question starts the next answer, even inside an answer."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract

LINES = [
    "Ostomy teaching - what you asked and what we say",
    "A name for it: Teaching Ostomy Self-Care Before Discharge",
    "Who would sit it? Ward nurses on surgical units who discharge patients with a new stoma",
    "What problem does it solve?",
    "A third of our ostomy readmissions follow a leak that the patient was never shown how to prevent.",
    "What will they get better at? Pouch selection and fitting; peristomal skin assessment; teaching back",
    "How will you know? An observed teaching session with a simulated patient, scored with a checklist",
    "How does it fit Michener's plan? Practice-based learning with clinical partners",
]


def _fields(lines: list[str]) -> dict:
    return extract([Block(text=line, line=True) for line in lines]).fields


def test_each_question_line_ends_the_answer_above_it() -> None:
    fields = _fields(LINES)
    assert fields["target_learners"].startswith("Ward nurses on surgical units")
    assert fields["rationale"].endswith("shown how to prevent.")
    assert fields["competencies"].startswith("Pouch selection and fitting")
    assert fields["summative_assessment"].endswith("scored with a checklist")
    assert fields["education_plan_alignment"] == "Practice-based learning with clinical partners"


def test_a_question_or_two_in_prose_stay_the_applicants_prose() -> None:
    lines = ["Rationale: readmissions are rising.", "Why does it matter? Each one costs a bed for a week.",
             "Learning outcomes: fit a pouch"]
    assert "Each one costs a bed" in str(_fields(lines).get("rationale", ""))


def test_the_partners_answer_that_states_its_support_gives_the_endorsement() -> None:
    fields = _fields(["Title: Teaching Ostomy Self-Care", "Partner:",
                      "I've been talking with the Harrowgate Ostomy Society - they are keen but nothing is signed yet.",
                      "Hours: 8 hours"])
    assert fields["endorsement_status"] == "in_discussion"


def test_a_dated_heading_gives_an_uncertain_submission_date() -> None:
    from mailbot_parsers.sections import _opening_date

    heading = [Block(text="Ostomy teaching - what you asked and what we say", line=True),
               Block(text="Harrowgate Hospital - response to the CE questions - 25 Nov 2026", line=True)]
    assert _opening_date(heading) == "2026-11-25"
    assert _opening_date([Block(text="Exported by R. Iyer on Nov 11, 2026", line=True)]) is None
    assert _opening_date([Block(text="Pilot cohort starting 12 January 2027", line=True)]) is None


def test_a_role_answer_that_opens_with_the_persons_name_gives_the_name() -> None:
    fields = _fields(["Proposal title: Teaching Ostomy Self-Care", "Position: Marguerite Oyelaran-Pike, Enterostomal "
                      "Therapy Nurse, Surgical Services"])
    assert fields["proposer_name"] == "Marguerite Oyelaran-Pike"
    assert fields["proposer_title"].startswith("Enterostomal Therapy Nurse")
    assert "proposer_name" not in _fields(["Position: Clinical Educator, Cardiology"])


def test_a_start_does_not_run_on_into_the_next_label_beside_it() -> None:
    from mailbot_parsers.sections import _before_next_label

    assert _before_next_label("proposed_start", "January 2027 Submitted 30 April 2026") == "January 2027"
    assert _before_next_label("proposed_start", "Spring 2027, pending Board approval") == \
        "Spring 2027, pending Board approval"
