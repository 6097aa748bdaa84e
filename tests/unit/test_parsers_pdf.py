"""Fillable and printed PDFs, built small and read back."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract
from tests.parser_samples import ANSWERS, LABELS, acroform_pdf, image_only_pdf, text_pdf


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "form.pdf")


def _text_fields(names: dict[str, str]) -> list[dict]:
    return [{"name": names.get(k, k), "type": "text", "value": v} for k, v in ANSWERS.items()]


def test_acroform_field_names_equal_to_keys() -> None:
    r = parse(acroform_pdf(_text_fields({})))
    assert r.is_concept_form and r.file_type == "pdf"
    assert {k: r.fields[k] for k in ANSWERS} == ANSWERS
    assert r.sources["rationale"].method == "acroform"


def test_acroform_names_close_to_keys() -> None:
    names = {"proposal_title": "ProposedTitle", "proposer_name": "ProposerName", "proposer_email": "Email",
             "target_learners": "TargetLearners", "education_plan_alignment": "EducationPlan", "partner_name": "Partner"}
    r = parse(acroform_pdf(_text_fields(names)))
    assert {k: r.fields[k] for k in ANSWERS} == ANSWERS


def test_meaningless_names_are_matched_through_tooltips() -> None:
    fields = [{"name": f"Text{n}", "type": "text", "value": v, "tooltip": LABELS[k]}
              for n, (k, v) in enumerate(ANSWERS.items())]
    r = parse(acroform_pdf(fields))
    assert {k: r.fields[k] for k in ANSWERS} == ANSWERS


def test_radio_export_values_and_checkbox_groups() -> None:
    fields = _text_fields({}) + [
        {"name": "RequestType", "type": "radio", "value": "Convert", "states": ["New", "Convert", "MicroCourse", "Off"]},
        {"name": "Endorse_Letter", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "Endorse_Confirmed", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "Format_Online", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "Format_InPerson", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "delivery_hours", "type": "text", "value": "12 hrs"},
    ]
    r = parse(acroform_pdf(fields))
    assert r.fields["request_type"] == "existing_program"
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["delivery_format"] == "in_person"


def test_two_boxes_ticked_for_one_answer_are_doubted_not_decided() -> None:
    fields = [f for f in _text_fields({}) if f["name"] != "delivery_format"] + [
        {"name": "Format_Online", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "Format_InPerson", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "Format_Hybrid", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
    ]
    r = parse(acroform_pdf(fields))
    # neither box wins silently, and the field is not called missing: a person decides
    assert "delivery_format" in r.uncertain_fields
    assert "delivery_format" not in r.missing_required
    assert r.sources["delivery_format"].confidence < parsers.SURE
    one = parse(acroform_pdf([f if f["name"] != "Format_Hybrid" else {**f, "value": "Off"} for f in fields]))
    assert one.fields["delivery_format"] == "online" and "delivery_format" not in one.uncertain_fields


def test_multiline_acroform_outcomes_become_a_list() -> None:
    fields = _text_fields({}) + [{"name": "learning_outcomes", "type": "text", "value": "1. Assess a wound.\n2. Select a dressing."}]
    assert parse(acroform_pdf(fields)).fields["learning_outcomes"] == ["Assess a wound.", "Select a dressing."]


def test_printed_label_colon_lines_with_wraps_and_hyphenated_line_ends() -> None:
    lines = [f"{LABELS[k]}: {v}" for k, v in ANSWERS.items() if k != "summative_assessment"]
    lines += ["Summative Assessment: Timed simulation; learners must meet the issue-", "time targets and pass."]
    lines += ["Learning Outcomes:", "- Assess a wound and record", "its size.", "- Select a dressing."]
    r = parse(text_pdf([lines]))
    assert r.fields["summative_assessment"] == "Timed simulation; learners must meet the issue-time targets and pass."
    assert r.fields["learning_outcomes"] == ["Assess a wound and record its size.", "Select a dressing."]
    assert r.fields["proposal_title"] == ANSWERS["proposal_title"]


def test_printed_table_labels_that_wrap_and_hints_in_parentheses() -> None:
    lines = ["Micro-Course / Credential Concept Form", "A. The proposal and the proposer",
             "Proposed Title Wound Care Essentials", "Name of Proposer Ada Lovelace", "Email ada@example.org",
             "B. Type of request", "Type of Request", "(tick one)", "[ ] New micro-credential", "[x] Micro-course",
             "C. Learners and need", "Target Learners Community nurses.", "Rationale / Need Wound care referrals",
             "doubled.", "Competencies / Skills", "Targeted", "Wound assessment; dressing selection",
             "Summative Assessment", "(how achievement of the", "outcomes will be evidenced)", "Observed practical exam.",
             "Industry / Employment", "Partner", "Northside Home Care", "Alignment with", "Michener's Education", "Plan",
             "Community-based care.", "Expected Enrolment per", "Year", "40"]
    r = parse(text_pdf([lines]))
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["rationale"] == "Wound care referrals doubled."
    assert r.fields["competencies"] == "Wound assessment; dressing selection"
    assert r.fields["summative_assessment"] == "Observed practical exam."
    assert r.fields["partner_name"] == "Northside Home Care"
    assert r.fields["education_plan_alignment"] == "Community-based care."
    assert r.fields["expected_enrolment"] == 40


def test_running_footers_on_every_page_are_dropped() -> None:
    page1 = [f"{LABELS[k]}: {v}" for k, v in list(ANSWERS.items())[:5]] + ["Form CE-MC-01 (rev. June 2025)"]
    page2 = [f"{LABELS[k]}: {v}" for k, v in list(ANSWERS.items())[5:]] + ["Form CE-MC-01 (rev. June 2025)"]
    r = parse(text_pdf([page1, page2]))
    assert r.fields["rationale"] == ANSWERS["rationale"]
    assert r.fields["education_plan_alignment"] == ANSWERS["education_plan_alignment"]


def test_private_use_bullets_from_pdf_text_are_list_markers() -> None:
    lines = [f"{LABELS[k]}: {v}" for k, v in ANSWERS.items()] + ["Learning Outcomes:", "\uf0b7 Assess a wound.", "\uf0b7 Select a dressing."]
    from mailbot_parsers.pdf_form import _drop_furniture

    blocks = [Block(text=ln, line=True) for ln in _drop_furniture([lines])]
    assert extract(blocks).fields["learning_outcomes"] == ["Assess a wound.", "Select a dressing."]


def test_a_pdf_without_a_text_layer_is_a_scan_awaiting_ocr() -> None:
    r = parse(image_only_pdf())
    assert r.kind == "scan" and r.needs_ocr and not r.is_concept_form and r.needs_manual_review
    assert r.fields == {} and r.missing_required == []
    assert r.warnings


def test_the_name_of_a_scan_does_not_decide_what_it_is() -> None:
    as_cv = parsers.parse(image_only_pdf(title="Curriculum Vitae"), "CV scan.pdf")
    as_form = parsers.parse(image_only_pdf(title="Concept Form"), "Concept form.pdf")
    assert as_cv == as_form
