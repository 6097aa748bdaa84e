"""An email address or a telephone number typed into the label cell after the label, with no colon, the answer cell
left empty ("Email jdoe@example.org"): the form of the value tells it from the label's words. Digits that are no
telephone number stay part of the label."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.label_cells import split_typed
from tests.parser_samples import positioned_pdf


def test_a_contact_value_after_the_label_is_the_answer() -> None:
    label, answer = split_typed("Email hnordqvist@example.org", [])
    assert (label, [b.text for b in answer]) == ("Email", ["hnordqvist@example.org"])
    label, answer = split_typed("Phone / Extension (905) 555-0123 ext. 44", [])
    assert (label, [b.text for b in answer]) == ("Phone / Extension", ["(905) 555-0123 ext. 44"])
    assert split_typed("Section 2026 1234567", [])[0] == "Section 2026 1234567"
    assert split_typed("Email", [])[0] == "Email"


ROWS = [("Proposed Title", "Sterile Compounding Refresher"), ("Name of Proposer", "Halvard Nordqvist"),
        ("Position / Title", "Pharmacy Technician Lead"), ("Email hnordqvist@example.org", ""),
        ("Phone / Extension 416-555-0188", ""), ("Target Learners", "Registered pharmacy technicians"),
        ("Rationale / Need", "New national standards apply from next year."),
        ("Learning Outcomes", "Prepare sterile products to the new standard"),
        ("Summative Assessment", "Observed compounding of three preparations"),
        ("Partner Organization", "Ontario Pharmacy Technicians Network"), ("Estimated Hours", "12"),
        ("Delivery Format", "In person"), ("Date Submitted", "2026-11-20")]


def test_a_printed_form_with_contacts_typed_in_the_label_cells() -> None:
    runs = [(50, 740, "Micro-Course / Credential Concept Form")]
    for n, (label, answer) in enumerate(ROWS):
        y = 710 - 24 * n
        runs.append((50, y, label))
        if answer:
            runs.append((250, y, answer))
    r = parsers.parse(positioned_pdf(runs), "concept form.pdf")
    assert r.fields.get("proposer_email") == "hnordqvist@example.org"
    assert r.fields.get("proposer_phone") == "416-555-0188"
    assert r.fields.get("proposer_name") == "Halvard Nordqvist"
