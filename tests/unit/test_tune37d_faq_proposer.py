"""An FAQ answers "Who is proposing this?" in a sentence ("The proposal comes from Ada Roy, Role, Unit."), and closes
with "Questions: <address> or <number>" under a heading no label matches: the person after the verb is the proposer,
with their role and unit, and the address spelled with their name (and the number beside it) are theirs."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract

FAQ = [
    "Gross Examination of Small Specimens",
    "A proposed new micro-credential: questions and answers",
    "Who is proposing this?",
    "The proposal comes from Ingrid Lundqvist, Pathologists' Assistant and Education Lead, Anatomic",
    "Pathology, Riverside Hospital.",
    "What is it?",
    "A brand-new micro-credential called Gross Examination of Small Specimens.",
    "Who is it for?",
    "Medical laboratory technologists who dissect small surgical specimens.",
    "How are learners assessed?",
    "Learners gross and dictate five specimens under supervision, graded by a pathologist with a rubric.",
    "Who supports it?",
    "The Ontario Association of Pathologists' Assistants. Their letter of support is attached.",
    "Questions: ingrid.lundqvist@example.com or 905-555-0145.",
]


def test_the_person_an_answer_says_the_proposal_comes_from_proposes_it() -> None:
    f = extract([Block(text=t, line=True) for t in FAQ]).fields
    assert f.get("proposer_name") == "Ingrid Lundqvist"
    assert f.get("proposer_title") == "Pathologists' Assistant and Education Lead"
    assert f.get("proposer_department") == "Anatomic Pathology, Riverside Hospital"
    assert f.get("proposer_email") == "ingrid.lundqvist@example.com"
    assert f.get("proposer_phone") == "905-555-0145"
