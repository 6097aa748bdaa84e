"""Printed forms that run a row of dots from each label to its answer (or to the end of a blank)."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.leaders import as_colon
from tests.printed_samples import PROPOSAL, assert_read, dot_leader_pdf

BLANK_PARTNER = [(label, [] if label.startswith("Industry") else lines) for label, lines in PROPOSAL]


@pytest.mark.parametrize("monospace", [False, True], ids=["answers-in-a-column", "plain-text-printout"])
def test_the_dots_after_a_label_do_a_colons_work(monospace: bool) -> None:
    r = parsers.parse(dot_leader_pdf(monospace=monospace), "printed.pdf")
    assert_read(r, "proposal_title", "proposer_name", "proposer_phone", "request_type", "target_learners",
                "learning_outcomes", "partner_name", "estimated_hours", "expected_enrolment")


@pytest.mark.parametrize("monospace", [False, True], ids=["answers-in-a-column", "plain-text-printout"])
def test_a_label_with_only_dots_after_it_is_a_field_left_blank(monospace: bool) -> None:
    r = parsers.parse(dot_leader_pdf(BLANK_PARTNER, monospace=monospace), "printed.pdf")
    assert "partner_name" not in r.fields
    assert "partner_name" in r.missing_required
    assert r.fields["summative_assessment"] == "Observed transfers in the simulation lab, scored with a checklist."
    assert r.fields["expected_enrolment"] == 60  # the dots after a label with a figure after them


def test_dots_become_a_colon_only_after_a_label_and_only_when_they_run_on() -> None:
    assert as_colon("Proposed Title ............ Falls Prevention") == "Proposed Title: Falls Prevention"
    assert as_colon("Hours (total) . . . . . . 12") == "Hours (total): 12"
    assert as_colon("Estimated hours ........") == "Estimated hours:"
    assert as_colon("Start date: ...... June 2027") == "Start date: June 2027"
    assert as_colon("Title………… Falls") == "Title: Falls"
    assert as_colon("We waited... and then it worked") == "We waited... and then it worked"
    assert as_colon("........ page 3") == "........ page 3"
