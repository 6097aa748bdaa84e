"""Printed forms with each answer indented on the lines under its label (a definition list), questions numbered
by lettered section ("A1.", "B2.") and section headings that name fields themselves."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import indented_answers, pdf_layout
from tests.printed_samples import indented_pdf

SECTIONS = [
    ("Section A - About you", [
        ("A1. Name of proposer", ["Marisol Okafor-Lindqvist"]),
        ("A2. Position / title", ["Clinical Educator, Endoscopy"]),
        ("A3. E-mail address", ["m.okafor@example.org"]),
        ("A4. Telephone", ["647-555-0190"]),
    ]),
    ("Section B - The proposal", [
        ("B1. Title of micro-course / credential", ["Endoscope Reprocessing Essentials"]),
        ("B2. Intended learners", ["Medical device reprocessing technicians and endoscopy nurses new to",
                                   "flexible scopes"]),
    ]),
    ("Section C - Competencies and outcomes", [
        ("C1. Competencies addressed", ["Leak testing; manual cleaning; high-level disinfection; drying and storage"]),
        ("C2. Intended learning outcomes", ["a. Perform a leak test and act on a failure",
                                            "b. Clean a flexible endoscope by hand to the standard",
                                            "c. Verify high-level disinfection and record it"]),
    ]),
    ("Section D - Delivery", [
        ("D1. Duration (hours)", ["10"]),
        ("D2. Estimated learners / year", ["48"]),
    ]),
    ("Section E - Endorsement", [
        ("E1. Partner organization", ["Lakeshore Sterile Processing Network"]),
        ("E2. Letter of support attached?", ["Yes"]),
    ]),
]


def test_labels_at_the_margin_take_the_indented_lines_under_them_and_lose_their_question_numbers() -> None:
    r = parsers.parse(indented_pdf(SECTIONS), "printed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposer_name"] == "Marisol Okafor-Lindqvist"
    assert f["proposer_title"] == "Clinical Educator, Endoscopy"
    assert f["proposer_phone"] == "647-555-0190"
    assert f["proposal_title"] == "Endoscope Reprocessing Essentials"
    assert f["target_learners"] == ("Medical device reprocessing technicians and endoscopy nurses new to "
                                    "flexible scopes")
    # a section heading that names the field ("Competencies and outcomes") is no label of its own
    assert f["competencies"] == "Leak testing; manual cleaning; high-level disinfection; drying and storage"
    assert f["learning_outcomes"] == ["Perform a leak test and act on a failure",
                                      "Clean a flexible endoscope by hand to the standard",
                                      "Verify high-level disinfection and record it"]
    assert f["estimated_hours"] == 10
    assert f["expected_enrolment"] == 48
    assert f["partner_name"] == "Lakeshore Sterile Processing Network"
    assert f["endorsement_status"] == "letter_attached"


def test_an_answer_that_starts_the_next_page_still_belongs_to_the_label_that_ended_the_page_before() -> None:
    data = indented_pdf(SECTIONS, page_break_after="C1. Competencies addressed")
    r = parsers.parse(data, "printed.pdf")
    assert r.fields["competencies"] == "Leak testing; manual cleaning; high-level disinfection; drying and storage"
    pairs = [b for b in indented_answers.blocks(pdf_layout.without_furniture(pdf_layout.page_lines(data, 5)))
             if b.is_pair]
    assert [b.pair_label for b in pairs][:2] == ["Name of proposer", "Position / title"]
    assert all(a.text != "1" for b in pairs for a in b.answer)  # the page number is no part of an answer


def test_plain_paragraphs_at_the_margin_are_not_taken_for_labels_over_indented_answers() -> None:
    prose = [("Why we are writing", [("We have run a short workshop on reprocessing for three years now,", []),
                                     ("and the staff who attended asked for something longer.", [])])]
    assert indented_answers.blocks(pdf_layout.page_lines(indented_pdf(prose), 5)) == []


def test_a_question_number_is_dropped_from_a_label_but_a_label_without_one_is_kept_whole() -> None:
    assert indented_answers.unnumbered("A1. Name of proposer") == "Name of proposer"
    assert indented_answers.unnumbered("12) Delivery mode") == "Delivery mode"
    assert indented_answers.unnumbered("2.1 Partner") == "Partner"
    assert indented_answers.unnumbered("Name of proposer") == "Name of proposer"
    assert indented_answers.unnumbered("3D printing lab") == "3D printing lab"
