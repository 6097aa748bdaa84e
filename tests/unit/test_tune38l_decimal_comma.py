"""A French (or bilingual) official form writes its hours with a decimal comma ("3,5 h"): the figure is three and a
half, not the five after the comma; a thousands separator ("1,500") keeps its three digits. Built here with
python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_number
from tests.unit.samples import docx_bytes


def _form(hours: str) -> bytes:
    doc = Document()
    doc.add_paragraph("Formulaire de concept / Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Titre proposé / Proposed Title", "Vérification des sondes nasogastriques"),
                         ("Nom du proposant / Name of Proposer", "Anne Delorme"),
                         ("Courriel / Email", "adelorme@example.org"),
                         ("Apprenants visés / Target Learners", "Infirmières des unités de médecine."),
                         ("Justification / Rationale", "Deux incidents graves liés à une sonde mal placée."),
                         ("Compétences visées / Competencies", "Mesure de la sonde; vérification par pH"),
                         ("Heures / Estimated Hours", hours),
                         ("Inscriptions par année / Expected Enrolment per Year", "50")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    return docx_bytes(doc)


def test_hours_with_a_decimal_comma() -> None:
    r = parsers.parse(_form("3,5 h"), "Formulaire concept - sondes.docx")
    assert r.fields["estimated_hours"] == 3.5


def test_parts_with_decimal_commas_add_up_and_thousands_stay() -> None:
    assert to_number("2,5 h en ligne + 1,5 h en présence", "estimated_hours") == 4
    assert to_number("1,500 learners", "expected_enrolment") == 1500
