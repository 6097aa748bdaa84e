"""bench/errors.py puts each wrong or missed field in one kind of error, judged from the two values alone."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _errors():  # bench/ is a folder of scripts, not a package
    spec = importlib.util.spec_from_file_location("bench_errors", ROOT / "bench" / "errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_each_error_gets_the_kind_its_values_show() -> None:
    kind = _errors().kind
    others = {"proposer_title": "Clinical Educator", "proposer_department": "Endoscopy",
              "rationale": "Nurses ask for it every year."}
    assert kind("rationale", "x", None, {}, taken=False) == "form not taken"
    assert kind("rationale", "Nurses ask for it.", None, {}) == "missed"
    assert kind("partner_contact", None, "Dr Lee", {}) == "extra"
    assert kind("estimated_hours", 12, 1, {}) == "wrong number"
    assert kind("competencies", "Reading ECGs and escalating", "Reading ECGs", {}) == "cut short"
    assert kind("competencies", "Reading ECGs", "Reading ECGs. The partner is X", {}) == "ran on"
    assert kind("summative_assessment", "An observed practical.", "An observed practical", {}) == "final full stop"
    assert kind("summative_assessment", "An observed practical", "an observed, practical", {}) == "normalisation"
    assert kind("proposer_title", "Clinical Educator", "Clinical Educator, Endoscopy", others) == "byline"
    assert kind("learning_outcomes", ["Frame a photo", "File it"], "Frame a photo; File it", {}) == "list joined/split"
    assert kind("competencies", "Triage", "Nurses ask for it every year.", others) == "other field's text"
    assert kind("competencies", "Triage", "Wound care", {}) == "other"
