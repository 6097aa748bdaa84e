"""A letter of intent to propose a course is a proposal, even when it encloses its partner's letter of support; an
intent to launch courses (a plan, as annual reports announce) is not. The letter is built here with python-docx."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers
from mailbot_parsers.classify import proposes


def test_an_intent_to_propose_a_course_proposes() -> None:
    assert proposes("I am writing to let you know of our intent to propose a new micro-course in wound care.")
    assert proposes("This note states my intention to submit a micro-credential on sterile processing.")
    assert not proposes("Our intention to launch new micro-credentials next year is set out in the plan.")


def _letter() -> bytes:
    d = docx.Document()
    for line in ["October 2, 2026", "Continuing Education Office", "",
                 "Re: Letter of intent - Safe Patient Lifting for Care Aides",
                 "Enclosure: letter of support", "", "Dear colleagues,",
                 "I am writing to share with you our shared intent to propose a brand-new micro-credential for care aides.",
                 "It is meant for care aides in long-term care homes who lift and transfer residents every day.",
                 "Injury claims for lifting rose sharply last year and most aides learned on the job.",
                 "Learners would finish with an observed transfer scored on a checklist.",
                 "Maplewood Care Homes has endorsed it; their letter of support is enclosed.",
                 "We picture it in person, about eight hours, first offered in April 2027.",
                 "Yours sincerely,", "Priyanka Dahl-Moreau", "Clinical Educator, Rehabilitation Services",
                 "pdahl@example.org | 416-555-0177"]:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_letter_of_intent_that_encloses_a_letter_of_support_is_a_proposal() -> None:
    r = parsers.parse(_letter(), "letter of intent.docx")
    assert r.kind == "concept_form"
