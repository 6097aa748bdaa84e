"""A fillable form's endorsement as an editable drop-down, its options listed and the applicant's own words typed in
place of one ("Verbal yes, letter coming"): an agreement given by word of mouth, the letter on its way, is the
"confirmed" option in other words."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import acroform_pdf

OPTIONS = ["Letter of support attached", "Confirmed – letter to follow", "In discussion", "None yet"]


def _fields(endorsement: str) -> list[dict]:
    return [
        {"name": "Proposed Title:", "type": "text", "value": "CGM Data Review for Educators", "label": "Proposed Title:"},
        {"name": "Name", "type": "text", "value": "Lucie Moreau", "label": "Name of Proposer"},
        {"name": "E-mail Address", "type": "text", "value": "lmoreau@example.org", "label": "E-mail Address"},
        {"name": "Who is this for?", "type": "text", "value": "Diabetes educators.", "label": "Who is this for?"},
        {"name": "Why is this needed?", "type": "text", "value": "Sensor starts tripled since coverage was extended.",
         "label": "Rationale / Need"},
        {"name": "Skills", "type": "text", "value": "Reading an ambulatory glucose profile; coaching on alarms",
         "label": "Competencies / Skills Targeted"},
        {"name": "Assessment", "type": "text", "value": "Three case reviews marked against a rubric.",
         "label": "Summative Assessment"},
        {"name": "Partner", "type": "text", "value": "Eastgate Diabetes Centre", "label": "Industry Partner"},
        {"name": "Endorsement", "type": "combo", "value": endorsement, "label": "Endorsement Status",
         "options": OPTIONS},
    ]


def test_a_verbal_yes_with_the_letter_coming_is_confirmed() -> None:
    r = parsers.parse(acroform_pdf(_fields("Verbal yes, letter coming")), "CGM concept form (fillable).pdf")
    assert r.fields["endorsement_status"] == "confirmed"


def test_a_listed_option_is_still_read() -> None:
    r = parsers.parse(acroform_pdf(_fields("In discussion")), "CGM concept form (fillable).pdf")
    assert r.fields["endorsement_status"] == "in_discussion"
