"""DOCX tables read by the part each column plays: item numbers, a column of labels, bilingual labels."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tc, tr


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "form.docx")


def test_a_first_column_of_item_numbers_is_not_the_label_column() -> None:
    rows = tr("No.", "Question", "Response") + "".join(
        tr(str(n + 1), LABELS[k], v) for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(p("Concept form", style="Title") + table(rows)))
    assert r.is_concept_form
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key  # the answer alone, without the next row's number


def test_lettered_item_numbers_are_dropped_too() -> None:
    rows = "".join(tr(f"{chr(97 + n)})", LABELS[k], v) for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(table(rows)))
    assert r.fields["rationale"] == ANSWERS["rationale"]


def test_a_first_column_of_words_is_kept() -> None:
    # three columns where the first holds content: not item numbers, so nothing is dropped
    rows = "".join(tr("Part A", LABELS[k], v) for k, v in ANSWERS.items())
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key


def test_a_merged_group_cell_before_the_label_column_is_context() -> None:
    items = list(ANSWERS.items())
    rows = ""
    for n, (k, v) in enumerate(items):
        group = tc("About you" if n < 3 else "The proposal", vmerge="restart") if n in (0, 3) else tc(vmerge="continue")
        rows += tr(group, LABELS[k], v)
    r = parse(docx(table(rows)))
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key


def test_in_a_column_of_labels_an_unknown_wording_still_owns_its_answer() -> None:
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    # "Tell us your direct line" is no listed wording: the cell sits in the label column, so the number
    # beside it is its answer (and the answer's type says which field), not loose text
    rows += tr("Tell us your direct line, including the extension if you have one", "416-555-0100 ext. 12")
    r = parse(docx(table(rows)))
    assert r.fields["proposer_phone"] == "416-555-0100 ext. 12"


def test_a_row_that_looks_like_labels_inside_a_label_column_is_not_a_header_row() -> None:
    # "Estimated Hours | 6 h" reads as two labels; inside a label column it is a label and its answer
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    rows += tr("Estimated Hours", "6 h") + tr("Proposed Start", "Fall 2026")
    r = parse(docx(table(rows)))
    assert r.fields["estimated_hours"] == 6
    assert r.fields["proposed_start"] == "Fall 2026"


def test_a_bilingual_label_cell_is_read_by_the_half_that_is_known() -> None:
    french = {"proposal_title": "Titre proposé", "proposer_name": "Nom du proposant", "proposer_email": "Courriel",
              "target_learners": "Apprenants visés", "rationale": "Justification du besoin",
              "competencies": "Compétences visées", "summative_assessment": "Évaluation sommative",
              "partner_name": "Partenaire du milieu", "education_plan_alignment": "Lien avec le Plan d'éducation"}
    rows = "".join(tr(f"{french[k]} / {LABELS[k]}", v) for k, v in ANSWERS.items())
    r = parse(docx(table(rows)))
    assert r.is_concept_form
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key
    assert not set(ANSWERS) & set(r.uncertain_fields)


def test_a_section_cell_holding_a_nested_table_is_not_a_label_over_the_next_row() -> None:
    first = {k: ANSWERS[k] for k in ("proposal_title", "proposer_name", "proposer_email")}
    rest = {k: v for k, v in ANSWERS.items() if k not in first}
    inner1 = table(*(tr(LABELS[k], v) for k, v in first.items()))
    inner2 = table(*(tr(LABELS[k], v) for k, v in rest.items()))
    outer = table(tr(tc(p("Section A – Proposal"), inner1)), tr(tc(p("Section B – Learners"), inner2)))
    r = parse(docx(outer))
    assert r.fields["proposal_title"] == ANSWERS["proposal_title"]
    assert r.fields["target_learners"] == ANSWERS["target_learners"]


def test_bilingual_label_paragraphs_and_label_lines_are_read_with_confidence() -> None:
    body = p("TITRE PROPOSÉ / PROPOSED TITLE", bold=True) + p("Soins de plaies / Wound Care Essentials")
    body += p("COURRIEL / EMAIL", bold=True) + p("ada@example.org")
    body += p("Type de demande / Type of request: Micro-course")
    body += p("Partenaire du milieu / Industry partner: Northside Home Care")
    body += p("Apprenants visés / Target learners: Community nurses.")
    body += p("Évaluation sommative / Summative assessment: Observed practical exam.")
    r = parse(docx(body))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Soins de plaies / Wound Care Essentials"
    assert r.fields["proposer_email"] == "ada@example.org"
    assert r.fields["partner_name"] == "Northside Home Care"
    assert r.fields["target_learners"] == "Community nurses."
    for key in ("proposal_title", "proposer_email", "partner_name", "target_learners"):
        assert key not in r.uncertain_fields, key


def test_one_language_keeps_a_label_known_as_a_whole_and_refuses_halves_without_substance() -> None:
    from mailbot_parsers.labels import one_language

    assert one_language("Department / Program") == "Department / Program"
    assert one_language("Zorgvrager / Name of proposer") == "Name of proposer"  # a language no list reads
    assert one_language("Section A – Proposition / Proposal") == "Section A – Proposition / Proposal"


def test_answers_left_of_the_labels_with_numbers_on_the_right() -> None:
    rows = tr("Our answer", "Question", "§") + "".join(
        tr(v, LABELS[k], str(n + 1)) for n, (k, v) in enumerate(ANSWERS.items()))
    r = parse(docx(table(rows)))
    assert r.is_concept_form
    for key, value in ANSWERS.items():
        assert r.fields[key] == value, key


def test_questions_in_the_applicants_words_make_a_label_column() -> None:
    from mailbot_parsers.docx_form import read_docx

    asked = ["What is it called?", "Who are you?", "Where can we write to you?", "Who is it for?",
             "Why do we need it?", "Which competencies does it target?", "Summative assessment:",
             "Partner organisation", "Education Plan:"]
    rows = "".join(tr(q, v) for q, v in zip(asked, ANSWERS.values()))
    blocks, _, _ = read_docx(docx(table(rows)))
    # every row is a question and its answer, known wording or not; none is loose text
    assert [(b.pair_label, [a.text for a in b.answer]) for b in blocks] == [
        (q, [v]) for q, v in zip(asked, ANSWERS.values())]


def test_a_label_listing_several_fields_is_not_read_as_one_of_its_halves() -> None:
    from mailbot_parsers.labels import one_language

    text = "Format / hours / start / learners per year"
    assert one_language(text) == text
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    rows += tr(text, tc(p("Hybrid"), p("24 hours"), p("January 2027"), p("10 learners per year")))
    r = parse(docx(table(rows)))
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 24
    assert r.fields["proposed_start"] == "January 2027"
    assert r.fields["expected_enrolment"] == 10


def test_a_label_merged_down_over_numbered_rows_owns_every_row() -> None:
    # "Learning Outcomes" merged over four rows, a narrow column of item numbers, one outcome a row
    outcomes = ["Explain when a scan is indicated", "Perform a scan and obtain a volume",
                "Interpret a post-void residual", "Document and report the result"]
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items())
    for n, text in enumerate(outcomes):
        label = tc("Learning Outcomes", vmerge="restart") if n == 0 else tc(vmerge="continue")
        rows += tr(label, f"{n + 1}.", text)
    rows += tr("Delivery Format", "Hybrid")
    r = parse(docx(p("Concept form", style="Title") + table(rows)))
    assert r.fields["learning_outcomes"] == outcomes
    assert r.fields["delivery_format"] == "hybrid"
    assert "learning_outcomes" not in r.uncertain_fields


def test_a_question_row_in_the_applicants_words_owns_the_answer_row_below() -> None:
    # one wide cell a row: a question nobody lists ("What's the course called?"), its answer in the row below;
    # the next question heads a row of labels, so only its being a row of its own ends the answer above
    rows = tr("What's the course called?") + tr("FeNO Testing in Asthma Care") + tr("Who's proposing it?")
    rows += tr("Name", "Role", "Unit") + tr("Tariq Al-Mansouri", "Respiratory Educator", "Pulmonary Function Lab")
    rows += "".join(tr(LABELS[k]) + tr(v) for k, v in ANSWERS.items() if k not in (
        "proposal_title", "proposer_name"))
    r = parse(docx(p("Concept: FeNO Testing in Asthma Care") + table(rows)))
    assert r.fields["proposal_title"] == "FeNO Testing in Asthma Care"
    assert "proposal_title" not in r.uncertain_fields
    assert r.fields["proposer_name"] == "Tariq Al-Mansouri"


def test_a_question_about_the_partner_row_above_is_the_partners() -> None:
    # "Who is your contact there?" refers to the partner named in the row above, not to the proposer
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items() if k != "partner_name")
    rows += tr("Which industry or employment partner or external body endorses it? [R3]",
               "Glenforth District School Board – Occupational Health")
    rows += tr("Who is your contact there (name and email)?", "Farida Okonedo-Price, Manager, fop@example.com")
    r = parse(docx(p("Concept form", style="Title") + table(rows)))
    assert r.fields["partner_name"] == "Glenforth District School Board – Occupational Health"
    assert r.fields["partner_contact"] == "Farida Okonedo-Price, Manager, fop@example.com"
    assert r.fields["proposer_name"] == ANSWERS["proposer_name"]
