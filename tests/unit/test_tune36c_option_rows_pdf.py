"""A printed bilingual form, "English | Français | Answer / Réponse", each choice asked in a row and answered with an
"X" in the answer column of the row of the option chosen (a DOCX table exported to PDF). Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bilingual import language_heading
from tests.unit.samples import letter_pdf, pdf_bytes

ROWS: list[tuple[str, str, str, bool]] = [
    ("Proposed Title", "Titre proposé", "Wound Care in Home Settings", False),
    ("Name of Proposer", "Nom du proposant", "Aurélie Fontaine-Mbeki", False),
    ("Email", "Courriel", "afontaine@example.org", False),
    ("Type of Request", "Type de demande", "(X)", False),
    ("New micro-credential", "Nouveau microcertificat", "", True),
    ("Convert an existing", "Conversion d'un", "", True),
    ("program", "programme existant", "", True),
    ("Micro-course", "Microcours", "X", True),
    ("Target Learners", "Apprenants visés", "Home care nurses", False),
    ("Rationale / Need", "Justification / besoin", "Wounds heal slower at home.", False),
    ("Competencies / Skills Targeted", "Compétences visées", "Wound assessment; dressings", False),
    ("Learning Outcomes", "Résultats d'apprentissage", "Choose a dressing", False),
    ("Summative Assessment", "Évaluation sommative", "An observed dressing change", False),
    ("Delivery Format", "Mode de prestation", "(X)", False),
    ("Online", "En ligne", "", True),
    ("In person", "En présence", "X", True),
    ("Hybrid", "Hybride", "", True),
    ("Estimated Hours", "Nombre d'heures", "8", False),
]


def _form() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(90, 60, "Micro-Course / Credential Concept Form")
    pdf.set_font("helvetica", "B", 10)
    for x, head in ((90, "English"), (235, "Français"), (380, "Answer / Réponse")):
        pdf.text(x, 100, head)
    pdf.set_font("helvetica", "", 10)
    y = 122
    for english, french, answer, option in ROWS:
        indent = 9 if option and english[:1].isupper() else 0
        pdf.text(90 + indent, y, english)
        pdf.text(235 + indent, y, french)
        if answer:
            pdf.text(380, y, answer)
        y += 14 if option else 18
    return pdf_bytes(pdf)


def test_an_x_in_the_answer_column_ticks_its_rows_option() -> None:
    r = parsers.parse(_form(), "formulaire bilingue.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Aurélie Fontaine-Mbeki"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "in_person"
    assert r.fields["estimated_hours"] == 8


def test_language_headings() -> None:
    assert language_heading("English") and language_heading("Français") and language_heading(" FR ")
    assert not language_heading("Answer / Réponse") and not language_heading("Section")
