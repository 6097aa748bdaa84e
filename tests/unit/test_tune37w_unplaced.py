"""An optional field the reading did not find is not known to be empty when the text holds an answer of its type that
no field took (parsers/unplaced.py): it is reported uncertain, with no value. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.unplaced import unplaced
from tests.unit.samples import PLAIN_PAIRS as _BASE
from tests.unit.samples import pairs_docx as _docx

def test_a_whole_date_no_field_took_leaves_the_submission_date_uncertain() -> None:
    closing = "Kind regards, and thank you for reading this on behalf of the team (sent to the office 3 December 2026)."
    r = parsers.parse(_docx(_BASE, closing=closing), "concept.docx")
    assert "submission_date" not in r.fields
    assert "submission_date" in r.uncertain_fields


def test_a_form_with_no_date_leaves_the_submission_date_alone() -> None:
    r = parsers.parse(_docx(_BASE), "concept.docx")
    assert "submission_date" not in r.fields and "submission_date" not in r.uncertain_fields


def test_the_typed_answers_found_unplaced() -> None:
    text = "Written 12 November 2026. Each cohort meets for 6 hours; about 40 learners; we hope to open in May 2027."
    assert unplaced({}, text) == ["submission_date", "estimated_hours", "expected_enrolment", "proposed_start"]
    # (a date a field holds is placed; a month no later than the document's own date is no start to come; a year is
    # no count of learners)
    assert unplaced({"proposed_start": "12 November 2026"}, "Written 12 November 2026, after the June 2026 audit.") == []
    assert unplaced({}, "Planned for 2027 learners") == []


def test_a_contact_no_field_took_is_found_unplaced() -> None:
    held = {"partner_contact": "Ada Roy, a.roy@eastvale.example.org, 613-555-0101"}
    assert unplaced(held, "Partner: Ada Roy, a.roy@eastvale.example.org, 613-555-0101") == []
    assert unplaced(held, "Questions to me at o.b@example.org or (613) 555-0149.") == ["proposer_email", "proposer_phone"]
    # (a timestamp's run of digits is no phone number)
    assert unplaced({}, "D:2026120317 printed") == []
