"""Printed forms that run a row of dots from each label to its answer (or to the end of a blank)."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.leaders import as_colon
from tests.printed_samples import PROPOSAL, dot_leader_pdf

BLANK_PARTNER = [(label, [] if label.startswith("Industry") else lines) for label, lines in PROPOSAL]


@pytest.mark.parametrize("monospace", [False, True], ids=["answers-in-a-column", "plain-text-printout"])
def test_the_dots_after_a_label_do_a_colons_work(monospace: bool) -> None:
    r = parsers.parse(dot_leader_pdf(monospace=monospace), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["proposer_name"] == "Oluwaseun Brandvold"
    assert f["proposer_phone"] == "905-555-0142"
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "Porters and patient transport staff in acute care who move patients between units"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer",
                                      "Lead a team lift with clear commands"]
    assert f["partner_name"] == "Ontario Safe Handling Association"
    assert f["estimated_hours"] == 12
    assert f["expected_enrolment"] == 60


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
