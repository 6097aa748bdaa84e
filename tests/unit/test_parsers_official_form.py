"""The official blank forms shipped in templates/forms parse perfectly once filled."""
from __future__ import annotations

from pathlib import Path

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.official_form import BASENAME, build_docx, fill_docx, fill_pdf

FORMS = Path(__file__).resolve().parents[2] / "templates" / "forms"
FILLED = {
    "proposal_title": "Ultrasound-Guided PICC Insertion", "proposer_name": "Chinedu Okafor",
    "proposer_title": "Clinical Nurse Educator", "proposer_department": "Vascular Access Service",
    "proposer_email": "c.okafor@example.org", "proposer_phone": "416-555-0142 ext. 2231",
    "request_type": "existing_program", "existing_program_name": "PICC Basics (CE certificate)",
    "target_learners": "Registered nurses.", "rationale": "Three vacancies; 41 staff needed by 2027.",
    "competencies": "Vessel assessment; catheter selection", "learning_outcomes": ["Assess veins.", "Insert a PICC."],
    "competency_framework": "National vascular access standards.", "summative_assessment": "OSCE on a phantom.",
    "partner_name": "Lakeshore Regional Health", "partner_contact": "Priya Raman, priya@example.org",
    "endorsement_status": "letter_attached", "education_plan_alignment": "Stackable credentials.",
    "delivery_format": "hybrid", "estimated_hours": 36, "proposed_start": "September 2026",
    "expected_enrolment": 48, "resources_required": "Two phantoms.", "submission_date": "2026-01-12",
}


@pytest.mark.parametrize("ext,fill", [("docx", fill_docx), ("pdf", fill_pdf)])
def test_a_filled_official_form_parses_perfectly(ext: str, fill) -> None:
    template = (FORMS / f"{BASENAME}.{ext}").read_bytes()
    r = parsers.parse(fill(template, FILLED), f"filled.{ext}")
    assert r.is_concept_form and not r.needs_manual_review
    assert r.fields == FILLED
    assert r.missing_required == [] and r.requirements_unmet == []
    assert all(s.method in ("content_control", "acroform") for s in r.sources.values())


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_the_blank_official_form_is_a_form_with_everything_missing(ext: str) -> None:
    r = parsers.parse((FORMS / f"{BASENAME}.{ext}").read_bytes(), f"blank.{ext}")
    assert r.is_concept_form and r.fields == {}
    assert r.missing_required == list(parsers.REQUIRED_KEYS)


def test_the_shipped_docx_is_what_the_generator_writes() -> None:
    assert (FORMS / f"{BASENAME}.docx").read_bytes() == build_docx()


def test_the_generator_writes_both_files(tmp_path: Path) -> None:
    from mailbot_parsers.official_form import main

    assert main([str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{BASENAME}.docx", f"{BASENAME}.pdf"]
