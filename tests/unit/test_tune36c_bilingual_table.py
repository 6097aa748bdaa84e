"""A bilingual DOCX form as a three-column table, "English | Français | Answer / Réponse", each choice asked in a
row of its own and answered with an "X" in the row of the option chosen. Built here with python-docx."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bilingual import translation_column
from tests.unit.samples import CONCEPT_FORM, table_docx

ROWS = [("English", "Français", "Answer / Réponse"),
        ("Proposed Title", "Titre proposé", "Soins des pieds en diabète"),
        ("Name of Proposer", "Nom du proposant", "Mireille Tremblay-Osei"),
        ("Email", "Courriel", "mtremblay@example.org"),
        ("Type of Request", "Type de demande", "(X)"),
        ("   New micro-credential", "   Nouveau microcertificat", ""),
        ("   Convert an existing program", "   Conversion d'un programme existant", ""),
        ("   Micro-course", "   Microcours", "X"),
        ("Target Learners", "Apprenants visés", "Infirmières en soins à domicile"),
        ("Delivery Format", "Mode de prestation", "(X)"),
        ("   Online", "   En ligne", ""),
        ("   In person", "   En présence", "X"),
        ("   Hybrid", "   Hybride", ""),
        ("Estimated Hours", "Nombre d'heures estimé", "6")]


def _form(rows: list[tuple[str, str, str]]) -> bytes:
    return table_docx(rows, title=CONCEPT_FORM + " — Formulaire de concept")


def test_the_translated_label_column_is_no_answer_and_marked_option_rows_answer() -> None:
    r = parsers.parse(_form(ROWS), "bilingual form.docx")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Mireille Tremblay-Osei"
    assert r.fields["target_learners"] == "Infirmières en soins à domicile"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "in_person"


def test_french_first_keeps_the_english_labels() -> None:
    rows = [(b, a, c) for a, b, c in ROWS]
    r = parsers.parse(_form(rows), "formulaire bilingue.docx")
    assert r.fields["proposer_email"] == "mtremblay@example.org"
    assert r.fields["delivery_format"] == "in_person"


def test_a_translation_column_needs_several_rows_naming_one_field() -> None:
    assert translation_column([list(r) for r in ROWS]) == 1
    assert translation_column([[a, b, c] for b, a, c in ROWS]) == 0
    # a label column beside an answer column that happens to name a field twice is no translation
    assert translation_column([["Email", "Courriel", "x"], ["Phone", "613-555-0100", ""],
                               ["Title", "Phone", "y"], ["Date", "2026-01-02", ""]]) is None
