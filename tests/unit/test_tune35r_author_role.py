"""A narrative's byline under its title ("Name, Role", as pandoc prints a YAML author) names the person who signs
the text at its end: the role on the byline is the proposer's title, read even when the signature gave the name."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p

BODY = [
    p("Pressure Injury Prevention in Long-Term Care", style="Title"),
    p("Marisol Quintero-Bell, Wound Care Nurse Specialist"),
    p("12 November 2026"),
    p("Every month I see residents whose pressure injuries began with a missed turn or a wet sheet, and our 2025 "
      "audit found that half of the new injuries started on night shifts."),
    p("I would like to propose a micro-course for personal support workers and practical nurses in long-term care. "
      "It would cover skin assessment, repositioning schedules and moisture management."),
    p("I want learners to finish with an observed skin assessment on a simulated resident, scored with a checklist."),
    p("It can be fully online: six hours spread over three weeks, first run in autumn 2027."),
    p("Please write to me at mquintero@example.org or call 613-555-0144."),
    p("With thanks,"),
    p("Marisol Quintero-Bell"),
]


def test_the_byline_role_is_the_signers_title() -> None:
    r = parsers.parse(docx("".join(BODY)), "My proposal - pressure injuries.docx")
    assert r.fields.get("proposer_name") == "Marisol Quintero-Bell"
    assert r.fields.get("proposer_title") == "Wound Care Nurse Specialist"
