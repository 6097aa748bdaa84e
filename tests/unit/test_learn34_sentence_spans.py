"""The learned fallback's span trimming (issue 12, learn34): lead-ins learned from the training documents, and
figures or choices picked out of a sentence by the parser's own recognisers."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mailbot_parsers import sentence_fields

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import train_sentence_fields as trainer  # noqa: E402


def test_a_lead_in_is_counted_in_words_before_the_value_the_sentence_ends_with() -> None:
    assert sentence_fields.lead_of("It is aimed at nurses new to the unit.", "nurses new to the unit") == 4
    assert sentence_fields.lead_of("Nurses new to the unit, mostly.", "nurses new to the unit") is None
    assert sentence_fields.lead_of("nurses new to the unit", "nurses new to the unit") is None  # nothing before it


def test_a_known_lead_in_ending_cuts_the_sentence_and_the_phrase_left_ends_without_the_stop() -> None:
    assert sentence_fields.unled("It is aimed at nurses new to the unit.", ["aimed at"]) == "nurses new to the unit"
    assert sentence_fields.unled("Nurses new to the unit.", ["aimed at"]) == "Nurses new to the unit."
    assert sentence_fields.unled("It is aimed at them.", ["aimed at"]) == "It is aimed at them."  # too little left


def _row(doc: str, sentence: str, start: int) -> dict:
    return {"folder": "f", "doc": doc, "sentence": sentence, "label": "target_learners", "start": start}


CUT = [_row("d1", "It is meant for nurses on surgical wards.", 4),
       _row("d2", "This course is meant for porters in acute care.", 5)]


def test_the_trainer_keeps_a_lead_in_ending_only_when_several_documents_cut_right_there() -> None:
    assert "meant for" in trainer.leads(CUT)["target_learners"]
    assert trainer.leads(CUT[:1]) == {}  # one document is one writer's habit
    # an ending that also opens values kept whole is no lead-in
    whole = [_row(f"w{n}", "Staff meant for the night shift rotation only.", 0) for n in range(3)]
    assert "meant for" not in trainer.leads(CUT + whole).get("target_learners", [])


def test_a_sentence_stating_a_figure_or_a_choice_is_labelled_with_that_field() -> None:
    expected = {"expected_enrolment": 40, "delivery_format": "online", "estimated_hours": 6}
    assert trainer.typed_label("We expect about forty learners a year.", expected) == "expected_enrolment"
    assert trainer.typed_label("It would be delivered online through the LMS.", expected) == "delivery_format"
    assert trainer.typed_label("Thank you for considering it.", expected) == "none"


def test_the_trainer_never_reads_the_blind_round(tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        trainer.collect_all([str(tmp_path / trainer.BLIND / "heldout")])


FIGURES = [
    "We expect about {n} learners a year from the two sites, in {h} hours.",
    "Roughly {n} staff would enrol each year; it takes {h} hours.",
    "It runs {h} hours, with {n} participants per year once it runs.",
]


def test_the_figure_model_reads_which_figure_of_a_sentence_is_the_enrolment() -> None:
    rows = []
    for n in range(20, 60):
        for s in FIGURES:
            sentence = s.format(n=n, h=n % 9 + 3)
            labels = ["expected_enrolment" if f == n else "estimated_hours"
                      for f, _ in sentence_fields.figures(sentence)]
            rows.append({"folder": "a", "doc": f"d{n}", "sentence": sentence, "label": "none", "figures": labels})
    model = sentence_fields.Model(trainer.train(rows, descriptions=False))
    loose = ["Dear team, here is my idea.", "It is hybrid, 6 hours, for about 45 learners a year."]
    got = sentence_fields.fallback(loose, False, {"expected_enrolment"}, [], model)
    assert got == {"expected_enrolment": 45}
    assert "expected_enrolment" in sentence_fields.FILLABLE


def test_a_row_of_boxes_is_no_sentence_to_read_a_figure_from() -> None:
    assert sentence_fields.BOXES.search("\u2612 25 learners \u2610 50 learners")
