"""Reading forms by what the page shows: widget labels, flattened two-column forms, labels by meaning,
and honesty about what was not read (uncertain fields, no false "missing")."""
from __future__ import annotations

from mailbot_parsers import parse
from tests.parser_samples import ANSWERS, LABELS, acroform_pdf, docx, p, positioned_pdf, table, tr


def _generic_widgets() -> list[dict]:
    """The sample answers as widgets named Text1, Text2, ... with their labels printed beside them."""
    return [{"name": f"Text{n}", "type": "text", "value": v, "label": LABELS[k]}
            for n, (k, v) in enumerate(ANSWERS.items(), 10)]


def test_a_widget_with_a_generated_name_is_read_through_the_label_printed_left_of_it() -> None:
    r = parse(acroform_pdf(_generic_widgets()), "form.pdf")
    assert {k: r.fields.get(k) for k in ANSWERS if k != "learning_outcomes"} == {
        k: v for k, v in ANSWERS.items() if k != "learning_outcomes"}


def test_the_printed_label_outweighs_a_misleading_field_name() -> None:
    fields = _generic_widgets()
    fields[0]["name"] = "txtEmailAddr"  # the proposal title's widget, named as if it held an email
    r = parse(acroform_pdf(fields), "form.pdf")
    assert r.fields["proposal_title"] == ANSWERS["proposal_title"]
    assert r.fields["proposer_email"] == ANSWERS["proposer_email"]


def _flattened(rows: list[tuple[str, list[str]]], marks: list[tuple[float, float]] = ()) -> bytes:
    runs: list[tuple[float, float, str]] = [(50, 770, "Micro-credential concept form")]
    y = 740.0
    rows = rows + [(LABELS[k], [v]) for k, v in ANSWERS.items() if LABELS[k] not in dict(rows)]
    for label, answer in rows:
        runs.append((50, y, label))
        for n, line in enumerate(answer):
            runs.append((220, y - 12 * n, line))
        y -= 12 * max(1, len(answer)) + 14
    runs += [(x, yy, "X") for x, yy in marks]
    return positioned_pdf(runs)


def test_a_flattened_two_column_form_pairs_each_label_with_the_answer_beside_it() -> None:
    rows = [("Proposed Title", ["Point-of-Care Ultrasound Basics"]), ("Name of Proposer", ["Lee Chan"]),
            ("Email", ["lchan@example.org"]), ("Target Learners", ["Respiratory therapists who", "work nights."]),
            ("Summative Assessment", ["An observed scan on a", "simulator."]),
            ("Estimated Hours", ["12"])]
    r = parse(_flattened(rows), "printed.pdf")
    assert r.fields["proposal_title"] == "Point-of-Care Ultrasound Basics"
    assert r.fields["target_learners"] == "Respiratory therapists who work nights."
    assert r.fields["summative_assessment"] == "An observed scan on a simulator."
    assert r.fields["estimated_hours"] == 12


def test_a_mark_drawn_before_a_caption_on_a_flattened_form_chooses_that_option() -> None:
    rows = [("Proposed Title", ["Point-of-Care Ultrasound Basics"]), ("Name of Proposer", ["Lee Chan"]),
            ("Email", ["lchan@example.org"]), ("Target Learners", ["Respiratory therapists"]),
            ("Delivery Format", ["", ""])]
    runs: list[tuple[float, float, str]] = [(50, 770, "Micro-credential concept form")]
    y = 740.0
    for label, answer in rows[:4] + [(LABELS[k], [v]) for k, v in ANSWERS.items() if k not in (
            "proposal_title", "proposer_name", "proposer_email", "target_learners")]:
        runs += [(50, y, label), (220, y, answer[0])]
        y -= 26
    runs += [(50, y, "Delivery Format"), (232, y, "Online"), (300, y, "In person"), (220, y - 14, "Hybrid")]
    runs += [(289, y, "X")]  # drawn in the box before "In person"
    r = parse(positioned_pdf(runs), "printed.pdf")
    assert r.fields["delivery_format"] == "in_person"


def test_a_label_in_new_words_is_read_by_meaning_and_the_answer_type() -> None:
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    rows += tr("Best number to call you on", "416-555-0199")
    r = parse(docx(p("Concept form") + table(rows)), "form.docx")
    assert r.fields["proposer_phone"] == "416-555-0199"


def test_a_required_field_whose_label_is_nowhere_is_uncertain_not_missing() -> None:
    answers = {k: v for k, v in ANSWERS.items() if k != "target_learners"}
    r = parse(docx(p("Concept form") + table("".join(tr(LABELS[k], v) for k, v in answers.items()))), "form.docx")
    assert "target_learners" not in r.missing_required
    assert "target_learners" in r.uncertain_fields
    assert "uncertain_fields" in r.to_json() and "target_learners" in r.to_json()["uncertain_fields"]


def test_an_answer_that_cannot_be_read_is_never_reported_missing() -> None:
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    rows += tr("Type of Request", "see the note in my email")
    r = parse(docx(p("Concept form") + table(rows)), "form.docx")
    assert "request_type" not in r.fields
    assert "request_type" not in r.missing_required
    assert "request_type" in r.uncertain_fields


def test_a_labelled_blank_required_answer_is_missing() -> None:
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items()) + tr("Type of Request", "")
    r = parse(docx(p("Concept form") + table(rows)), "form.docx")
    assert "request_type" in r.missing_required
    assert "request_type" not in r.uncertain_fields
