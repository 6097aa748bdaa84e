"""A brochure, an FAQ or a fact sheet has no "Date" label: it says when it was made with a verb of writing in its
footer or byline ("Micro-course proposal · prepared 1 December 2026", "a@b.org | Updated 26 Nov 2026", "Prepared by
..., on 28 November 2026.", "Document préparé le 24 novembre 2026"). That date is the submission date; a date a
sentence gives to something else is not."""
from __future__ import annotations

import pytest

from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract

BODY = [
    "Pleural Ultrasound for Respiratory Therapists",
    "Who is it for?",
    "Respiratory therapists in intensive care units who assist with pleural procedures.",
    "Why is it needed?",
    "Effusions are now found by ultrasound at the bedside, and few therapists have been taught to read the images.",
    "How is achievement shown?",
    "An observed scan of a standardised patient, scored on a checklist.",
]


@pytest.mark.parametrize("footer, iso", [
    (["Micro-course proposal · prepared 1 December", "2026"], "2026-12-01"),
    (["t.wielgosz@example.org | 416-555-0172 | Updated 26 Nov 2026"], "2026-11-26"),
    (["t.wielgosz@example.org · 416-555-0172 · Revised 29 Nov 2026"], "2026-11-29"),
    (["This page answers the questions colleagues have asked. Prepared 27 November", "2026."], "2026-11-27"),
    (["Prepared by Tomasz Wielgosz, Clinical Educator, Respiratory Therapy,", "Lakeshore Hospital, on 28 November 2026."],
     "2026-11-28"),
    (["Nouvelle microcertification proposée au Bureau. Document préparé le 24", "novembre 2026."], "2026-11-24"),
])
def test_the_date_a_document_says_it_was_made_is_its_submission_date(footer: list[str], iso: str) -> None:
    ex = extract([Block(text=t, line=True) for t in [*BODY, *footer]])
    assert ex.fields.get("submission_date") == iso


def test_a_date_given_to_something_else_is_no_submission_date() -> None:
    # the guideline was updated, not the document; and a date in the middle of a sentence is no footer's
    lines = [*BODY, "The national guideline was updated on 3 March 2025 and most units have not caught up."]
    assert "submission_date" not in extract([Block(text=t, line=True) for t in lines]).fields
