"""Tables whose label column is not the first: which column holds the labels is read from the content."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "one-pager.docx")


def test_answer_first_then_label_then_a_column_of_reference_letters() -> None:
    rows = tr("Our reply", "The form asks", "Ref") + "".join(
        tr(v, LABELS[k], chr(65 + n)) for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(p("A concept on one page", style="Title") + table(rows)))
    assert r.is_concept_form
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key  # the answer beside the label, never the reference letter


def test_a_reference_column_before_label_and_answer_is_dropped_too() -> None:
    rows = "".join(tr(str(n + 1), v, LABELS[k]) for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key


def test_a_column_of_codes_is_never_taken_for_the_answers() -> None:
    # label column first, codes last, answers in the middle
    rows = "".join(tr(LABELS[k], v, f"R{n + 1}") for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key
    assert not any(str(v).startswith("R") and len(str(v)) <= 3 for v in r.fields.values())


def test_the_row_naming_the_columns_is_no_label() -> None:
    rows = tr("Answer", "Question") + "".join(tr(v, LABELS[k]) for k, v in ANSWERS.items())
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key


def test_a_contact_cell_of_one_piece_a_line_keeps_a_local_number_apart() -> None:
    rows = "".join(tr(v, LABELS[k]) for k, v in ANSWERS.items() if k not in ("proposer_name", "proposer_email"))
    rows += tr("<w:p><w:r><w:t>Nadia Quell</w:t><w:br/><w:t>Clinical Educator</w:t><w:br/>"
               "<w:t>Dialysis Unit, Harbour Hospital</w:t><w:br/><w:t>nquell@example.org</w:t><w:br/>"
               "<w:t>555-0142</w:t></w:r></w:p>", "Who is proposing")
    r = parse(docx(table(rows)))
    assert r.fields["proposer_phone"] == "555-0142"
    assert r.fields["proposer_department"] == "Dialysis Unit, Harbour Hospital"
    # each piece on its own line has its own shape (a job, a unit, an address, a local number): the split is sure
    assert not {"proposer_title", "proposer_department"} & set(r.uncertain_fields)


def test_practicalities_one_a_line_keep_the_start_on_its_own_line() -> None:
    rows = "".join(tr(v, LABELS[k]) for k, v in ANSWERS.items())
    rows += tr("<w:p><w:r><w:t>Hybrid</w:t><w:br/><w:t>12 h</w:t><w:br/><w:t>40 a year</w:t><w:br/>"
               "<w:t>Spring 2028</w:t></w:r></w:p>", "Mode, length, numbers, when")
    r = parse(docx(table(rows)))
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 12
    assert r.fields["proposed_start"] == "Spring 2028"


def test_a_role_with_its_unit_in_brackets_in_one_contact_cell() -> None:
    from mailbot_parsers.composite import contact_line
    got = contact_line("Tomas Ekwueme, Perfusion Educator (Cardiac Surgery Program) – tekwueme@example.org")
    assert got["proposer_title"] == "Perfusion Educator"
    assert got["proposer_department"] == "Cardiac Surgery Program"
    # a remark in brackets is no unit
    assert "proposer_department" not in contact_line("Tomas Ekwueme, Perfusion Educator (part-time), tekwueme@example.org")


def test_a_column_of_short_answers_is_no_column_of_codes() -> None:
    rows = "".join(tr(LABELS[k], v, "Yes" if n % 2 else "TBD") for n, (k, v) in enumerate(ANSWERS.items()))
    rows += tr("Estimated Hours", "6", "Yes")
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key
