"""An application in numbered sections whose numbered sub-items are bold run-in heads: each sub-item is a label."""
from __future__ import annotations

from mailbot_parsers import outline
from mailbot_parsers.docx_form import read_docx
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract
from tests.parser_samples import docx, p

APPLICATION = docx("".join([
    p("Harbour Health Teaching Fund – Application", style="Title"),
    p("1. Applicant", style="Heading2"),
    p("1.1 Lead applicant", bold=True), p("Odile Brennan-Shaw, Perfusion Educator"),
    p("1.2 Unit", bold=True), p("Clinical Perfusion Program, Harbour Health"),
    p("1.3 Contact", bold=True), p("o.brennan-shaw@example.org; 902-555-0144"),
    p("2. The course", style="Heading2"),
    p("2.1 Title", bold=True), p("Cardiopulmonary Bypass Emergencies"),
    p("2.2 Intended learners", bold=True), p("Practising perfusionists who run bypass circuits in cardiac surgery."),
    p("2.3 Statement of need", bold=True),
    p("Circuit emergencies are rare, so few perfusionists have rehearsed them since training."),
]))


def test_each_numbered_sub_item_reads_as_its_own_label() -> None:
    blocks, directs, _title = read_docx(APPLICATION, "application.docx")
    ex = extract(blocks, directs)
    assert ex.fields.get("proposer_name") == "Odile Brennan-Shaw"
    assert ex.fields.get("proposer_department") == "Clinical Perfusion Program, Harbour Health"
    assert ex.fields.get("proposer_email") == "o.brennan-shaw@example.org"
    assert ex.fields.get("proposal_title") == "Cardiopulmonary Bypass Emergencies"
    assert ex.fields.get("target_learners") == "Practising perfusionists who run bypass circuits in cardiac surgery."
    assert ex.fields.get("rationale") == ("Circuit emergencies are rare, so few perfusionists have rehearsed them "
                                          "since training.")


def test_sub_items_need_answers_under_them_and_numbers_in_order() -> None:
    # bold numbered lines with nothing under them (a table of contents) stay as they are
    toc = [Block(text="1. Applicant", heading=2), Block(text="1.1 Lead applicant", bold=True),
           Block(text="1.2 Unit", bold=True), Block(text="1.3 Contact", bold=True)]
    assert outline.fold_sub_items(toc) == toc
    # numbers out of order (references to clauses of a policy) are no run of the form's sub-items
    cited = [Block(text="3.4 Consent", bold=True), Block(text="Obtained in writing."),
             Block(text="1.2 Records", bold=True), Block(text="Kept for ten years."),
             Block(text="2.7 Audit", bold=True), Block(text="Yearly.")]
    assert outline.fold_sub_items(cited) == cited


def test_printed_sub_items_are_labels_in_words_no_list_holds() -> None:
    lines = ["1. Summary", "1.1 Project title", "Bedside Chest Drain Care", "1.2 Applicant",
             "Kofi Adjei-Brandt, Nurse Educator", "1.3 Kind of offering", "Micro-course (a short course).",
             "1.4 Submitted", "1 December 2026", "2. Need", "2.1 Who will take it", "Ward nurses on surgical units."]
    blocks = outline.fold_sub_items([Block(text=t, line=True) for t in lines])
    pairs = {b.pair_label: [a.text for a in b.answer] for b in blocks if b.is_pair}
    assert pairs == {"1.1 Project title": ["Bedside Chest Drain Care"],
                     "1.2 Applicant": ["Kofi Adjei-Brandt, Nurse Educator"],
                     "1.3 Kind of offering": ["Micro-course (a short course)."],
                     "1.4 Submitted": ["1 December 2026"],
                     "2.1 Who will take it": ["Ward nurses on surgical units."]}
    # (the section's heading stays a line of its own, between the answers)
    assert [b.text for b in blocks if not b.is_pair] == ["1. Summary", "2. Need"]
