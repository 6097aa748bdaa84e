"""The learned sentence -> field fallback (issue 12, learn33): trainer, classifier, and its place after the rules."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import mailbot_parsers as parsers
from mailbot_parsers import sentence_fields

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import train_sentence_fields as trainer  # noqa: E402

ROWS = [
    {"folder": "a", "doc": "x", "sentence": "We would need a simulation lab and two instructors.", "label": "resources_required"},
    {"folder": "a", "doc": "x", "sentence": "It is meant for new graduate nurses on surgical wards.", "label": "target_learners"},
    {"folder": "b", "doc": "y", "sentence": "Kind regards and thank you for your time.", "label": "none"},
    {"folder": "b", "doc": "y", "sentence": "Falls on our wards doubled last year and staff feel unprepared.", "label": "rationale"},
]


def test_the_trainer_is_deterministic() -> None:
    first = json.dumps(trainer.train(ROWS), sort_keys=True)
    assert json.dumps(trainer.train(list(ROWS)), sort_keys=True) == first
    assert json.dumps(trainer.train(list(reversed(ROWS))), sort_keys=True) == first


def test_a_sentence_is_labelled_by_the_value_it_holds_or_lies_in() -> None:
    expected = {"resources_required": "a simulation lab and two instructors",
                "rationale": "Falls on our wards doubled last year and staff feel unprepared. Managers asked for help."}
    assert trainer.label("We would need a simulation lab and two instructors.", expected) == "resources_required"
    assert trainer.label("Falls on our wards doubled last year and staff feel unprepared.", expected) == "rationale"
    assert trainer.label("Kind regards and thank you for your time.", expected) == "none"


def test_the_shipped_model_reads_sentences_it_never_saw() -> None:
    assert sentence_fields.classify("We would need two anaesthesia machines and a sim room for the practical day.")[0] \
        == "resources_required"
    assert sentence_fields.classify("Participants will be assessed with an observed skills station and a short quiz.")[0] \
        == "summative_assessment"
    key, p, margin = sentence_fields.classify("I look forward to hearing from you soon.")
    assert key == "none" and 0.0 <= margin <= p <= 1.0


def test_a_lead_in_before_a_colon_is_dropped_and_a_sentence_is_kept_as_written() -> None:
    assert sentence_fields.trimmed("What we need: two monitors and a room.") == "two monitors and a room"
    assert sentence_fields.trimmed("We can lend two monitors for the practical sessions.") \
        == "We can lend two monitors for the practical sessions."


LETTER = """Dear Continuing Education team,
I am writing to propose a micro-course, "Safe Patient Lifting", for porters in acute care.
Back injuries among our porters doubled over the last two years, and most of them had no refresher since hiring.
The practical day takes place in the simulation lab, with two physiotherapists as instructors.
Kind regards,
Ana Silva
"""


def test_the_fallback_fills_an_empty_field_as_uncertain() -> None:
    r = parsers.parse(LETTER.encode(), "letter.txt")
    # (no rule reads that sentence: "we would need ..." would be read by prose.py)
    assert r.fields.get("resources_required", "").startswith("The practical day takes place in the simulation lab")
    assert r.sources["resources_required"].method == sentence_fields.METHOD
    assert "resources_required" in r.uncertain_fields
    assert r.sources["resources_required"].confidence < parsers.SURE


def test_the_fallback_never_overrides_a_rule_reading_nor_fills_an_asked_field() -> None:
    ruled = LETTER.replace("The practical day takes place in the simulation lab, with", "We would need the simulation lab and")
    r = parsers.parse(ruled.encode(), "letter.txt")
    assert r.sources["resources_required"].method == "prose"  # the rule's reading stands
    assert r.sources["target_learners"].method == "prose"
    asked = LETTER.replace("Kind regards", "Resources needed:\nKind regards")
    r = parsers.parse(asked.encode(), "letter.txt")
    assert "resources_required" not in r.fields  # the form asked and left it blank: it stays blank


def test_the_model_is_package_data_and_small() -> None:
    path = Path(sentence_fields.__file__).with_name(sentence_fields.MODEL_FILE)
    assert path.exists() and path.stat().st_size < 1_000_000
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert sentence_fields.MODEL_FILE in pyproject
