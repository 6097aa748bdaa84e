"""A partner named with its unit in lower case after a preposition ("Hôpital Saint-Jude – Service de médecine
interne"): the lower-case words go on with the name, they are no clause after it (a clause opens with its verb,
"... a donné son accord", and is still cut off). Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.partner_names import partner_of
from tests.unit.samples import docx_bytes

PARTNER = "Hôpital Saint-Jude – Service de médecine interne"


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph("Formulaire de concept / Concept Form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Titre proposé / Proposed Title", "Thoracentèse et paracentèse"),
                         ("Nom du proposant / Name of Proposer", "Anne Delorme"),
                         ("Courriel / Email", "adelorme@example.org"),
                         ("Apprenants visés / Target Learners", "Infirmières des unités de médecine."),
                         ("Justification / Rationale", "Les ponctions au chevet sont plus nombreuses."),
                         ("Partenaire / Industry / Employment Partner", PARTNER)):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    return docx_bytes(doc)


def test_a_partner_unit_after_a_preposition_is_part_of_its_name() -> None:
    assert parsers.parse(_form(), "Formulaire concept - ponctions.docx").fields["partner_name"] == PARTNER


def test_a_clause_after_the_name_is_still_cut() -> None:
    assert partner_of("Association des inhalothérapeutes du Québec a donné son accord") == \
        "Association des inhalothérapeutes du Québec"
