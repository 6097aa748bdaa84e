"""Each DOCX shape the concept form arrives in, built small and read back."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import (
    ANSWERS, LABELS, br, checkbox_sdt, docx, legacy_checkbox, legacy_text_field, p, python_docx_bold_label_form, run,
    sdt, table, tc, textbox, tr, two_column_form,
)


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "form.docx")


def test_it_reads_a_two_column_table_form() -> None:
    r = parse(two_column_form())
    assert r.is_concept_form and r.file_type == "docx"
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key
    assert r.sources["proposal_title"].method == "table"
    assert r.sources["proposal_title"].label == "Proposed Title"


def test_it_reads_a_horizontally_merged_answer_cell_once() -> None:
    extra = tr(tc("Resources Required"), tc("Two phantoms.", span=2))
    r = parse(two_column_form(extra_rows=extra))
    assert r.fields["resources_required"] == "Two phantoms."


def test_it_reads_a_vertically_merged_label_without_repeating_it() -> None:
    rows = tr(tc("Proposed Start", vmerge="restart"), "May 2026") + tr(tc(vmerge="continue"), "(tentative)")
    r = parse(two_column_form(extra_rows=rows))
    assert r.fields["proposed_start"] == "May 2026"


def test_it_reads_a_nested_table() -> None:
    inner = table(tr("Estimated Hours", "12"), tr("Expected Enrolment per Year", "40"))
    r = parse(two_column_form(extra_rows=tr("Delivery and resources", tc(inner))))
    assert r.fields["estimated_hours"] == 12
    assert r.fields["expected_enrolment"] == 40


def test_it_reads_a_label_row_with_the_answer_in_the_row_below() -> None:
    body = table(*(tr(LABELS[k]) + tr(v) for k, v in ANSWERS.items()))
    r = parse(docx(body))
    assert r.is_concept_form
    assert r.fields["rationale"] == ANSWERS["rationale"]
    assert r.fields["proposer_email"] == ANSWERS["proposer_email"]


def test_it_reads_several_label_answer_pairs_in_one_row() -> None:
    rows = tr("Name of Proposer", "Ada Lovelace", "Email", "ada@example.org")
    rest = {k: v for k, v in ANSWERS.items() if k not in ("proposer_name", "proposer_email")}
    r = parse(two_column_form(rest, extra_rows=rows))
    assert r.fields["proposer_name"] == "Ada Lovelace"
    assert r.fields["proposer_email"] == "ada@example.org"


def test_it_reads_a_header_row_of_labels_over_a_row_of_answers() -> None:
    rows = tr("Estimated Hours", "Proposed Start", "Delivery Format") + tr("30", "Fall 2026", "Hybrid")
    r = parse(two_column_form(extra_rows=rows))
    assert (r.fields["estimated_hours"], r.fields["proposed_start"], r.fields["delivery_format"]) == (30, "Fall 2026", "hybrid")


def test_content_controls_tagged_with_keys_win_and_placeholders_are_empty() -> None:
    rows = "".join(tr(LABELS[k], p(sdt(k, run(v)))) for k, v in ANSWERS.items())
    rows += tr("Proposer phone", p(sdt("proposer_phone", run("Click or tap here to enter text."), placeholder=True)))
    r = parse(docx(table(rows)))
    assert r.fields["proposal_title"] == ANSWERS["proposal_title"]
    assert r.sources["proposal_title"].method == "content_control"
    assert "proposer_phone" not in r.fields


def test_drop_down_date_picker_and_block_control_for_outcomes() -> None:
    dd = ('<w:dropDownList><w:listItem w:displayText="New micro-credential" w:value="new"/>'
          '<w:listItem w:displayText="Micro-course" w:value="micro_course"/></w:dropDownList>')
    date = '<w:date w:fullDate="2026-03-04T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/></w:date>'
    outcomes = sdt("learning_outcomes", p("Assess a wound.", numbered=True) + p("Select a dressing.", numbered=True))
    rows = "".join(tr(LABELS[k], p(sdt(k, run(v)))) for k, v in ANSWERS.items())
    rows += tr("Type of Request", p(sdt("request_type", run("Micro-course"), extra_pr=dd)))
    rows += tr("Date", p(sdt("submission_date", run("4 March 2026"), extra_pr=date)))
    rows += tr("Learning Outcomes", tc(outcomes))
    r = parse(docx(table(rows)))
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["submission_date"] == "2026-03-04"
    assert r.fields["learning_outcomes"] == ["Assess a wound.", "Select a dressing."]


def test_tagged_checkbox_controls_give_one_choice() -> None:
    boxes = "".join(p(checkbox_sdt(on, "delivery_format", alias), run(" " + alias))
                    for on, alias in ((False, "Online"), (True, "In person"), (False, "Hybrid")))
    r = parse(two_column_form(extra_rows=tr("Delivery Format", tc(boxes))))
    assert r.fields["delivery_format"] == "in_person"


def test_untagged_w14_checkboxes_and_box_characters() -> None:
    w14 = "".join(p(checkbox_sdt(on), run(" " + cap)) for on, cap in (
        (False, "New micro-credential"), (True, "Convert an existing program"), (False, "Micro-course")))
    chars = tc(p("☐ Letter of support enclosed"), p("☒ In discussion"), p("☐ None yet"))
    rows = tr("Type of Request", tc(w14)) + tr("Endorsement Status", chars) + tr("Existing Program Name", "Phlebotomy")
    r = parse(two_column_form(extra_rows=rows))
    assert r.fields["request_type"] == "existing_program"
    assert r.fields["endorsement_status"] == "in_discussion"
    assert r.fields["existing_program_name"] == "Phlebotomy"
    assert "existing_program_name" not in r.missing_required


def test_legacy_form_fields_text_and_checkbox() -> None:
    rows = tr("Proposed Start", p(legacy_text_field("January 2027")))
    rows += tr("Delivery Format", tc(p(legacy_checkbox(False), run("Online")), p(legacy_checkbox(True), run("Hybrid"))))
    r = parse(two_column_form(extra_rows=rows))
    assert r.fields["proposed_start"] == "January 2027"
    assert r.fields["delivery_format"] == "hybrid"


def test_label_colon_answer_paragraphs() -> None:
    body = p("Concept proposal", style="Title") + "".join(p(f"{LABELS[k]}: {v}") for k, v in ANSWERS.items())
    r = parse(docx(body))
    assert r.is_concept_form
    assert {k: r.fields[k] for k in ANSWERS} == ANSWERS
    assert r.sources["rationale"].method == "label_line"


def test_bold_label_with_the_answer_below_written_by_python_docx() -> None:
    pairs = [(LABELS[k], v) for k, v in ANSWERS.items()]
    r = parse(python_docx_bold_label_form(pairs))
    assert r.is_concept_form
    assert {k: r.fields[k] for k in ANSWERS} == ANSWERS


def test_heading_label_with_a_multi_paragraph_answer() -> None:
    answers = {k: v for k, v in ANSWERS.items() if k != "rationale"}
    body = (p("Airway Refresher", style="Title") + "".join(p(LABELS[k], style="Heading2") + p(v) for k, v in answers.items())
            + p("Rationale", style="Heading2") + p("First paragraph.") + p("Second paragraph."))
    r = parse(docx(body))
    assert r.fields["rationale"] == "First paragraph. Second paragraph."
    assert r.sources["rationale"].method == "heading"


def test_bulleted_and_numbered_answers() -> None:
    body = "".join(p(LABELS[k], bold=True) + p(v) for k, v in ANSWERS.items() if k != "competencies")
    body += p("Skills and Competencies", bold=True) + p("Wound assessment", style="ListBullet") + p("Dressing selection", style="ListBullet")
    body += p("Learning Outcomes", bold=True) + p("Learners will be able to:") + p("Assess a wound.", numbered=True) + p("Select a dressing.", numbered=True)
    body += p("Resources Required", bold=True) + p("- Simulation lab.") + p("- Two faculty")
    r = parse(docx(body))
    assert r.fields["competencies"] == "Wound assessment; Dressing selection"
    assert r.fields["learning_outcomes"] == ["Assess a wound.", "Select a dressing."]
    assert r.fields["resources_required"] == "Simulation lab. Two faculty"


def test_outcomes_split_by_manual_line_breaks_and_inline_numbering() -> None:
    r = parse(two_column_form(extra_rows=tr("Learning Outcomes", p("Assess a wound.", br(), "Select a dressing."))))
    assert r.fields["learning_outcomes"] == ["Assess a wound.", "Select a dressing."]
    r = parse(two_column_form(extra_rows=tr("Learning Outcomes", "Learners will (1) assess a wound; (2) select a dressing; and (3) teach a caregiver.")))
    # the full stop closes the sentence that holds the list (corpus-b's expected files read it so)
    assert r.fields["learning_outcomes"] == ["assess a wound", "select a dressing", "teach a caregiver"]


def test_text_boxes_are_read_once() -> None:
    body = p(textbox(p("Proposed Title: Boxed Title")))
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items() if k != "proposal_title")
    r = parse(docx(body + table(rows)))
    assert r.fields["proposal_title"] == "Boxed Title"


def test_headers_footers_comments_and_hidden_text_are_never_answers() -> None:
    rows = tr("Resources Required", p(run("Lab time."), run(" SECRET", vanish=True)))
    rows += tr("Proposed Start", p(run("May 2026"), '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'))
    data = docx(p("Concept form") + table("".join(tr(LABELS[k], v) for k, v in ANSWERS.items()) + rows),
                header=p("Proposed Title: From the header"), footer=p("Email: footer@example.org"),
                comments='<w:comment w:id="0"><w:p><w:r><w:t>Reviewer: change this</w:t></w:r></w:p></w:comment>')
    r = parse(data)
    assert r.fields["resources_required"] == "Lab time."
    assert r.fields["proposed_start"] == "May 2026"
    assert r.fields["proposal_title"] == ANSWERS["proposal_title"]
    assert r.fields["proposer_email"] == ANSWERS["proposer_email"]


def test_the_office_use_box_is_ignored() -> None:
    office = p("For CE office use only", bold=True) + table(tr("Reference no.", "MC-1", "Date received", "2026-01-01"))
    r = parse(docx(p("Concept form") + table("".join(tr(LABELS[k], v) for k, v in ANSWERS.items())) + office))
    assert "submission_date" not in r.fields


def test_na_and_blank_answers_are_missing() -> None:
    answers = dict(ANSWERS, summative_assessment="N/A", partner_name="   ")
    r = parse(two_column_form(answers))
    assert "summative_assessment" not in r.fields and "partner_name" not in r.fields
    # labels found with no answer are missing for sure; required fields whose label is nowhere are only uncertain
    assert r.missing_required == ["summative_assessment", "partner_name"]
    assert r.uncertain_fields == ["request_type", "learning_outcomes", "endorsement_status"]
    assert r.requirements_unmet == ["R2", "R3"]
