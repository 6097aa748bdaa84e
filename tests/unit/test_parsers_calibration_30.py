"""Guesses that two agreeing signals make sure (calib30): the proposing message's date header, the role line under
the proposer's own name in a signature block, a clear label in the contract's order. Each lifts only what both
signals back; the same reading without its second signal stays a guess."""
from __future__ import annotations

from mailbot_parsers.calibration import SURE, judge


def test_the_proposing_messages_sent_header_dates_the_submission() -> None:
    v = judge("submission_date", "2026-11-26", "Sent", 0.6, method="label_line")
    assert v.confidence >= SURE and v.supports == ("sent", "typed")
    assert judge("submission_date", "2026-12-01", "Date", 0.6, method="label_line").confidence >= SURE


def test_a_weaker_date_or_another_label_stays_a_guess() -> None:
    # a date found at the top of a page, or under a label that is no mail header, is not lifted by this agreement
    assert judge("submission_date", "2026-11-26", "date at the top", 0.5, method="pattern").confidence < SURE
    assert judge("submission_date", "2026-11-26", "Date Submitted", 0.4, method="label_line").confidence < SURE


def test_role_line_under_the_proposers_name_is_the_title() -> None:
    v = judge("proposer_title", "Senior Orthopaedic Technologist", "signature block", 0.6, method="pattern")
    assert v.confidence >= SURE and "signed" in v.supports


def test_a_signature_line_that_names_no_job_stays_a_guess() -> None:
    assert judge("proposer_title", "NICU", "signature block", 0.6, method="pattern").confidence < SURE
    assert judge("proposer_title", "We are the team that runs it", "signature block", 0.6,
                 method="pattern").confidence < SURE


def test_clear_label_in_order_is_sure_and_one_of_them_is_not() -> None:
    both = judge("request_type", "new", "kind line", 0.6, order=["proposal_title", "request_type", "target_learners"],
                 method="label_line")
    assert set(both.supports) == {"in_order", "clear_label"} and both.confidence >= SURE
    # (both read from a line of text under a label: a request type named by the document's own words, method
    # "pattern", is sure on its own since calib32)
    alone = judge("request_type", "new", "kind line", 0.6, order=["target_learners", "request_type", "proposal_title"],
                  method="label_line")
    assert alone.supports == ("clear_label",) and alone.confidence < SURE


def test_outcome_list_in_the_contracts_order_is_sure() -> None:
    items = ["verify the right milk for the right infant", "store and thaw milk safely", "document each feed"]
    order = ["competencies", "learning_outcomes", "summative_assessment"]
    v = judge("learning_outcomes", items, "outcome list", 0.7, order=order, method="prose")
    assert v.confidence >= SURE and v.supports == ("in_order", "typed")
    # out of order, or a list of two, or items that run several sentences together: still a guess
    assert judge("learning_outcomes", items, "outcome list", 0.7, order=["summative_assessment", "learning_outcomes"],
                 method="prose").confidence < SURE
    assert judge("learning_outcomes", items[:2], "outcome list", 0.7, order=order, method="prose").confidence < SURE
    run_on = [*items[:2], "Document each feed. Then check the label."]
    assert judge("learning_outcomes", run_on, "outcome list", 0.7, order=order, method="prose").confidence < SURE
