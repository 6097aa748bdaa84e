"""Skills written as one sentence's enumeration, and list items run together (calib32): how an answer's items are
split is a guess, so the value is uncertain; the doubt is about the value's edges and weighs as a guess in the
review."""
from __future__ import annotations

from mailbot_parsers.calibration import EDGE_DOUBTS, SURE, inline_list, judge, run_together


def test_an_enumeration_in_one_sentence_is_uncertain() -> None:
    value = "site selection (humeral, tibial), device insertion and securing, and recognising complications"
    v = judge("competencies", value, "Skills", 1.0, method="label_line")
    assert v.doubts == ("inline_list",) and v.confidence < SURE
    assert "inline_list" in EDGE_DOUBTS


def test_items_already_apart_or_two_items_or_sentences_raise_no_doubt() -> None:
    assert not inline_list("competencies", "leak testing; manual cleaning; drying and storage")
    assert not inline_list("competencies", "leak testing and manual cleaning")  # two items: no enumeration to split
    assert not inline_list("competencies", "Leak testing, cleaning. Staff then dry, store and record each scope.")
    # (commas inside an item's brackets split nothing)
    assert not inline_list("competencies", "site selection (humeral, tibial, paediatric) and securing")
    # other fields keep their sentences as written
    assert not inline_list("rationale", "Errors are common, costly, and avoidable.")


def test_two_list_items_run_together_are_uncertain() -> None:
    joined = "Recognising LASA pairs; Specimen collection (BAL, brushings) Sedation and airway monitoring; Reporting"
    assert run_together("competencies", joined)
    assert run_together("learning_outcomes", ["Prepare the room (PPE, signage) Explain the test", "Record it"])
    v = judge("competencies", joined, "Skills", 1.0, method="table")
    assert "run_together" in v.doubts and v.confidence < SURE and "run_together" in EDGE_DOUBTS


def test_a_numbered_item_or_an_opening_abbreviation_is_no_run() -> None:
    assert not run_together("learning_outcomes", ["(ii) Describe the two planes.", "(iii) Record the findings."])
    assert not run_together("competencies", "(CT) Colonography basics; image review")
    assert not run_together("competencies", "Knobology (gain, depth) and image optimisation; scanning")
    assert not run_together("proposal_title", "Lung ultrasound (POCUS) Basics")  # one item: nothing to part
