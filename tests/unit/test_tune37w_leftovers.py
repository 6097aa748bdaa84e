"""What a layout or a template leaves inside an answer makes the value uncertain (parsers/leftovers.py): a form tool's
caption ending several answers, a slide's number between two sentences, an outline's sub-numbers kept in a list, a
box's heading read as the answer's first item, the template's instruction opening the answer, a count given as the
learners. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import judge
from mailbot_parsers.leftovers import caption_tails, counted_learners, lead_heading, outline_numbers, page_number
from tests.unit.samples import PLAIN_PAIRS as _BASE
from tests.unit.samples import pairs_docx as _docx

def _parse(pairs: list[tuple[str, str]]) -> parsers.ParseResult:
    return parsers.parse(_docx(pairs), "concept.docx")


def test_a_plain_form_is_read_sure() -> None:
    r = _parse(_BASE)
    assert r.fields["proposer_name"] == "Odile Brannagh"
    assert not {"proposer_name", "proposer_title", "target_learners", "rationale"} & set(r.uncertain_fields)


def test_a_form_tools_caption_ending_several_answers_is_doubted() -> None:
    # (a web form's print: the kind of question is printed under each box and read on with the answer)
    pairs = [(k, v + " Short answer") if k in ("Name of proposer", "Position / title", "Department") else (k, v)
             for k, v in _BASE]
    r = _parse(pairs)
    for key in ("proposer_name", "proposer_title", "proposer_department"):
        assert key in r.uncertain_fields and "caption_tail" in r.sources[key].doubts
    assert "rationale" not in r.uncertain_fields
    # (a name that ends two answers, written in title case, is no caption)
    assert caption_tails({"partner_name": "Riverside General Hospital", "proposer_department": "Eye Care, Riverside General "
                          "Hospital", "partner_contact": "Ada Roy, Riverside General Hospital"}) == []


def test_the_learners_given_as_a_count_are_doubted() -> None:
    pairs = [(k, "Around 60 technologists working in the region's hospital labs") if k == "Target learners" else (k, v)
             for k, v in _BASE]
    r = _parse(pairs)
    assert "target_learners" in r.uncertain_fields and "counted" in r.sources["target_learners"].doubts
    # (a yearly count is the enrolment, not the learners (tune37c): the learners are then unread, never sure)
    pairs = [(k, "about 120 nurses a year across the three sites") if k == "Target learners" else (k, v) for k, v in _BASE]
    r = _parse(pairs)
    assert "target_learners" in r.uncertain_fields and "target_learners" not in r.fields
    assert not counted_learners("target_learners", "Registered nurses who see about ten cases a year.")


def test_the_templates_instruction_opening_the_answer_is_doubted() -> None:
    pairs = [(k, "Describe the problem this course addresses. Two never-events last year involved a misplaced tube.")
             if k == "Rationale" else (k, v) for k, v in _BASE]
    r = _parse(pairs)
    assert "rationale" in r.uncertain_fields and "guidance" in r.sources["rationale"].doubts


def test_a_slides_number_between_sentences_is_doubted() -> None:
    pairs = [(k, "One image in five is ungradable; Repeat visits 2 Why are we here? Because the graders cannot read them.")
             if k == "Rationale" else (k, v) for k, v in _BASE]
    r = _parse(pairs)
    assert "rationale" in r.uncertain_fields and "page_number" in r.sources["rationale"].doubts
    assert not page_number("rationale", "We train 2 cohorts. The first starts in May.")


def test_outline_numbers_and_a_heading_item_are_doubted_by_their_checks() -> None:
    skills = "Preparation; 1.1 media equilibration; 1.2 device selection; Warming; 2.1 oocyte warming"
    assert outline_numbers("competencies", skills)
    assert not outline_numbers("competencies", "HL7 2.5 messages; device selection")
    assert judge("competencies", skills, "Competencies", 1.0, method="label_line").confidence < parsers.SURE
    rationale = "Context; HPV-based screening is sending more people to colposcopy than the clinics can staff."
    assert lead_heading("rationale", rationale)
    assert not lead_heading("competency_framework", "CNO Practice Standards; Canadian Stroke Best Practice Recommendations")
    assert judge("rationale", rationale, "B. Need", 1.0, method="table").confidence < parsers.SURE
