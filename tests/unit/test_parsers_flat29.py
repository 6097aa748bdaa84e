"""A filled form flattened into page content (PyMuPDF's bake, qpdf's or pdftk's flattening) draws every label first
and every value after them where its widget was: its content order is no reading order. And a form field filled
with "TBD" holds no answer yet.

Every PDF is built here from positioned text, in our own words."""
from __future__ import annotations

from pathlib import Path

import mailbot_parsers as parsers
from mailbot_parsers.official_form import BASENAME, fill_pdf
from mailbot_parsers.pdf_layout import Line, drawn_in_two_passes, page_lines
from tests.parser_samples import positioned_pdf

FORMS = Path(__file__).resolve().parents[2] / "templates" / "forms"

ANSWERS = [
    ("Proposed Title of Micro-Course / Credential", "Wound Photography for Home Care Nurses"),
    ("Name of Proposer", "Tomasz Ivanova-Reyes"),
    ("Position / Title", "Clinical Educator"),
    ("Department / Program", "Home and Community Care"),
    ("Email", "tivanova@example.org"),
    ("Target Learners", "Home care nurses who document chronic wounds."),
    ("Rationale / Need", "Wound photos in our charts cannot be compared from one visit to the next."),
    ("Summative Assessment", "A set of five photographs reviewed against a checklist."),
    ("Industry / Employment Partner", "Northshore Home Health"),
    ("Alignment with Michener's Education Plan", "Supports the plan's goal of community practice."),
    ("Estimated Hours", "6"),
    ("Expected Enrolment per Year", "40"),
]


def _form(labels_first: bool) -> bytes:
    labels = [(50.0, 740.0 - 40 * n, label) for n, (label, _) in enumerate(ANSWERS)]
    values = [(54.0, 726.0 - 40 * n, value) for n, (_, value) in enumerate(ANSWERS)]
    if labels_first:
        return positioned_pdf(labels + values)
    return positioned_pdf([run for pair in zip(labels, values) for run in pair])


def _runs(data: bytes) -> list[Line]:
    return page_lines(data, 5)[0]


def test_a_form_whose_values_were_drawn_after_all_its_labels_is_seen_as_drawn_in_two_passes():
    assert drawn_in_two_passes(_runs(_form(labels_first=True)))
    assert not drawn_in_two_passes(_runs(_form(labels_first=False)))


def test_text_set_in_two_columns_is_not_two_passes():
    left = [(50.0, 740.0 - 14 * n, f"Left column line {n} of the running text") for n in range(20)]
    right = [(320.0, 740.0 - 14 * n, f"Right column line {n} of the running text") for n in range(20)]
    assert not drawn_in_two_passes(_runs(positioned_pdf(left + right)))


def test_a_flattened_form_with_its_values_drawn_last_reads_as_the_same_form_drawn_in_order():
    expected = {"proposal_title": "Wound Photography for Home Care Nurses", "proposer_name": "Tomasz Ivanova-Reyes",
                "proposer_email": "tivanova@example.org", "partner_name": "Northshore Home Health",
                "estimated_hours": 6, "expected_enrolment": 40}
    for labels_first in (False, True):
        r = parsers.parse(_form(labels_first), "flattened.pdf")
        assert r.is_concept_form
        assert {k: r.fields.get(k) for k in expected} == expected, labels_first


def test_a_fillable_form_field_filled_with_tbd_is_missing_not_presented():
    filled = {"proposal_title": "Wound Photography for Home Care Nurses", "proposer_name": "Tomasz Ivanova-Reyes",
              "proposer_email": "tivanova@example.org", "target_learners": "Home care nurses.",
              "rationale": "Photos cannot be compared between visits.", "education_plan_alignment": "TBD",
              "proposed_start": "TBD – spring 2027"}
    r = parsers.parse(fill_pdf((FORMS / f"{BASENAME}.pdf").read_bytes(), filled), "tbd.pdf")
    assert "education_plan_alignment" not in r.fields
    assert "education_plan_alignment" in r.missing_required
    assert r.fields["proposed_start"] == "TBD – spring 2027"  # a value after all
