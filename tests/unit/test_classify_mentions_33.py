"""A proposal that mentions its partner's letter of support is still a proposal, and a proposal of a
"microcertification" (the French and Canadian word) proposes a course: both were refused as non-forms."""
from __future__ import annotations

from mailbot_parsers.classify import is_letter_of_support, proposes

SIGNED = "\n\nKind regards,\nAda Roy"


def test_a_letter_of_support_mentioned_as_attached_does_not_make_the_email_one() -> None:
    for mention in ("Their letter of support is attached to this e-mail.",
                    "A letter of support will follow next week.",
                    "The clinic endorses it; the letter of support is enclosed.",
                    "Northside Labs sent its letter of support last month."):
        assert not is_letter_of_support("We propose a new micro-course on lead testing. " + mention + SIGNED), mention


def test_the_letter_itself_is_still_one() -> None:
    assert is_letter_of_support("Letter of support\n\nWe are pleased to support the proposed micro-course." + SIGNED)
    assert is_letter_of_support("RE: Letter of support for the phlebotomy micro-credential\nDear CE team," + SIGNED)
    assert is_letter_of_support("Please accept this letter of support for Dr Lind's course." + SIGNED)


def test_our_concept_proposal_for_a_new_credential_proposes_one() -> None:
    assert proposes("Please accept this note as our concept proposal for a new micro-credential, \"Trace metals\".")
    assert proposes("This is our formal proposal for a new micro-course in sleep scoring.")
    assert not proposes("Their proposal for a new micro-course was reviewed in May.")


def test_a_microcertification_is_a_course_a_writer_proposes() -> None:
    assert proposes("Je vous propose une nouvelle microcertification intitulée « Sepsis précoce ».")
    assert proposes("We would like to develop a micro-certification in capillary lactate testing.")
    assert not proposes("La microcertification a été offerte en 2025.")
