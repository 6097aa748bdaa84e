"""The shared corpus: every attachment classified right, and its fields extracted.

Shapes 1-3 must match the expected fields exactly; printed and retyped forms
(shapes 4-5) must reach 95 % field accuracy as a group.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import CORPUS


EXACT = {"1", "2", "3"}


def _shapes() -> dict[str, str]:
    import re

    out = {}
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|\s*([^|]+)\|", line)
        if m:
            shape = m.group(2).strip()
            out[m.group(1)] = shape.split()[0] if shape[:1].isdigit() else "doc"
    return out


SHAPES = _shapes() if CORPUS.is_dir() else {}
DOCS = sorted(p for p in CORPUS.glob("*") if (p.parent / (p.name + ".expected.json")).exists()) if CORPUS.is_dir() else []


def _expected(path: Path) -> dict:
    return json.loads((path.parent / (path.name + ".expected.json")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_every_attachment_is_classified_right(path: Path) -> None:
    exp = _expected(path)
    r = parsers.parse(path.read_bytes(), path.name)
    if r.needs_ocr:  # a scan: OCR decides what it is
        r = parsers.read_scan(path.read_bytes(), path.name)
        assert all(s.confidence <= 0.5 for s in r.sources.values())
    elif exp["needs_manual_review"]:
        assert r.fields == {}
    assert r.is_concept_form == exp["is_concept_form"]
    assert r.needs_manual_review == exp["needs_manual_review"]
    assert r.unsupported_format == exp.get("unsupported_format")
    if not exp["is_concept_form"]:
        assert r.fields == {} and r.missing_required == []


@pytest.mark.parametrize("path", [p for p in DOCS if SHAPES.get(p.name) in EXACT], ids=lambda p: p.name)
def test_official_shapes_extract_exactly_the_expected_fields(path: Path) -> None:
    exp = _expected(path)
    r = parsers.parse(path.read_bytes(), path.name)
    assert r.fields == exp["fields"]
    assert r.missing_required == exp["missing_required"]
    assert r.uncertain_fields == []
    assert r.to_json() == {k: v for k, v in exp.items() if k != "notes"} | {"warnings": r.warnings,
                                                                           "uncertain_fields": []}


def test_printed_and_retyped_forms_reach_95_percent_field_accuracy() -> None:
    total = ok = 0
    for path in DOCS:
        if SHAPES.get(path.name) not in ("4", "5"):
            continue
        exp = _expected(path)["fields"]
        got = parsers.parse(path.read_bytes(), path.name).fields
        keys = set(exp) | set(got)
        total += len(keys)
        ok += sum(exp.get(k) == got.get(k) for k in keys)
    assert total and ok / total >= 0.95, f"{ok}/{total}"


def test_missing_required_and_requirements_for_the_incomplete_form() -> None:
    path = CORPUS / "POCT QM concept form.docx"
    r = parsers.parse(path.read_bytes(), path.name)
    assert r.missing_required == ["competencies", "summative_assessment", "education_plan_alignment"]
    assert r.requirements_unmet == ["R1", "R2", "R4"]


def test_the_letter_of_support_is_kept_apart_as_a_letter() -> None:
    path = CORPUS / "Letter of Support - Northbridge Community Laboratories.pdf"
    r = parsers.parse(path.read_bytes(), path.name)
    assert r.kind == "letter_of_support" and not r.is_concept_form


def test_file_type_comes_from_the_bytes_not_the_name() -> None:
    data = (CORPUS / "ECMO_Concept_Form_filled.pdf").read_bytes()
    assert parsers.parse(data, "renamed.docx").file_type == "pdf"
    assert parsers.parse((CORPUS / "lakeshore-logo.png").read_bytes(), "logo.png").file_type == "image"
    with pytest.raises(parsers.NotWhatItClaims):
        parsers.parse((CORPUS / "lakeshore-logo.png").read_bytes(), "form.pdf")
    assert parsers.parse((CORPUS / "invite.ics").read_bytes(), "invite.ics").file_type == "calendar"
