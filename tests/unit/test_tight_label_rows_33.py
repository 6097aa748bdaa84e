"""Rows of a printed form set as tight as a paragraph's lines (a scan's OCR text layer, a compact print): a label
column line that is a whole label of its own starts a new row even when it sits at line spacing under another."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import _two_labels
from tests.parser_samples import positioned_pdf


def test_two_whole_labels_are_two_rows_and_a_wrapped_label_is_one() -> None:
    assert _two_labels("Proposed Title", "Name of Proposer")
    assert _two_labels("Department / Program", "Email")
    assert not _two_labels("Proposed Start", "Date")           # "Proposed Start Date": one label wrapped
    assert not _two_labels("Expected Enrolment per", "Year")
    assert not _two_labels("Name of", "Proposer")


ROWS = [("Proposed Title", "Fundus Photography for Diabetic Retinopathy Screening"), ("Name of Proposer", "Marguerite Okonjo"),
        ("Position / Title", "Ophthalmic Medical Technologist"),
        ("Department / Program", "Eye Clinic, Eastgate Community Health Centre"), ("Email", "mokonjo@example.org"),
        ("Phone / Extension", "416-555-0164"), ("Target Learners", "Ophthalmic assistants and primary-care nurses"),
        ("Rationale / Need", "Screening programmes reject one image in five as ungradable."),
        ("Summative Assessment", "A portfolio of 20 image sets graded by a reading centre"),
        ("Partner", "Eastgate Retinal Reading Centre"), ("Endorsement Status", "Confirmed, letter to follow"),
        ("Education Plan Alignment", "Expands community-based continuing education.")]


def test_tight_rows_keep_each_label_with_its_own_answer() -> None:
    runs = [(50, 740, "Micro-Course / Credential Concept Form")]
    for n, (label, answer) in enumerate(ROWS):
        y = 715 - 11.5 * n
        runs += [(50, y, label), (270, y, answer)]
    r = parsers.parse(positioned_pdf(runs), "Scan_2026-11-17.pdf")
    assert r.fields["proposal_title"] == "Fundus Photography for Diabetic Retinopathy Screening"
    assert r.fields["proposer_name"] == "Marguerite Okonjo"
    assert r.fields["proposer_department"] == "Eye Clinic, Eastgate Community Health Centre"
    assert r.fields["proposer_email"] == "mokonjo@example.org"
