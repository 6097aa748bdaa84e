"""A generic word that one genre uses as a field's label ("Design:" in a protocol, "Created" on a ticket, "Version:"
on a draft, "Inputs" over a logic model's column, "Population" over a protocol's learners), or that any document may
use ("Purpose", "Author"), names the field only when it is the whole label: inside a longer label
("Course design", "Version history", "Purpose of this proposal", "Author's note") it says something else, and
no answer is read under it. Built here with python-docx."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.labels import match_label
from tests.unit.samples import lines_docx, table_docx

WHOLE = [("Design", "request_type"), ("Population", "target_learners"), ("Version", "submission_date"),
         ("Created", "submission_date"), ("Inputs", "resources_required"),
         # (words of any document that a form may use alone: "Purpose", "Author")
         ("Purpose", "rationale"), ("Author", "proposer_name")]


def _form(rows: list[tuple[str, str]]) -> bytes:
    return table_docx([("Proposed Title", "Safe Mobilisation after Hip Fracture"),
                       ("Name of Proposer", "Ilse Mbatha-Rourke"), ("Email", "imbatha@example.org"),
                       ("Rationale", "Falls after surgery rose last year."),
                       ("Summative Assessment", "An observed transfer at the bedside."), *rows])


@pytest.mark.parametrize("word, key", WHOLE)
def test_the_generic_word_alone_is_the_label(word: str, key: str) -> None:
    for label in (word, f"{word}:", f"3. {word}"):
        m = match_label(label)
        assert m is not None and m.key == key and m.score == 1.0


@pytest.mark.parametrize("label", ["Course design", "Study design", "Instructional Design", "Patient population",
                                   "Population served", "Version history", "Document version", "Version number",
                                   "Created by", "Page created", "Inputs and outputs", "Purpose of this proposal",
                                   "Purpose and name", "Author's note"])
def test_the_generic_word_inside_a_longer_label_names_no_field_by_itself(label: str) -> None:
    m = match_label(label)
    assert m is None or m.variant not in {w for w, _ in WHOLE}


def test_a_course_design_row_is_not_the_request_type() -> None:
    r = parsers.parse(_form([("Course design", "Four online modules, each closing on a new case study")]), "c.docx")
    assert "request_type" not in r.fields


def test_a_protocol_s_whole_labels_are_read() -> None:
    r = parsers.parse(_form([("Design", "A new micro-credential"), ("Population", "Orthopaedic ward nurses"),
                             ("Version", "0.3 -- 12 November 2026"),
                             ("Inputs", "Two physiotherapists; the skills lab")]),
                      "protocol.docx")
    assert r.fields["request_type"] == "new"
    assert r.fields["target_learners"] == "Orthopaedic ward nurses"
    assert r.fields["submission_date"] == "2026-11-12"
    assert r.fields["resources_required"] == "Two physiotherapists; the skills lab"


def test_a_purpose_section_that_asks_for_the_course_is_no_rationale() -> None:
    """("1. Purpose of this proposal" states what is asked for, the request; "2. The need" is the rationale.)"""
    lines = ["Prepared by: Ines Halvorsen-Abara, Clinical Educator, Cardiology", "E-mail: ihalvorsen@example.org",
             "1. Purpose of this proposal",
             "We ask CE to build a new micro-credential with us; it converts no existing program.",
             "2. The need",
             "Waits for outpatient echocardiograms now pass four months and few sonographers are signed off.",
             "3. Who it is for", "Registered cardiac sonographers moving into stress echocardiography.",
             "4. Summative assessment", "Two complete stress studies on volunteers, scored against a checklist.",
             "5. Industry partner", "Lakeshore Heart Clinic"]
    r = parsers.parse(lines_docx(lines, heading="Stress Echocardiography for Cardiac Sonographers"), "proposal.docx")
    assert r.is_concept_form
    assert r.fields["rationale"].startswith("Waits for outpatient echocardiograms")
    assert r.fields["request_type"] == "new"
