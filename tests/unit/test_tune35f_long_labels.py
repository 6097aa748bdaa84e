"""A fillable form's label longer than the room left for it (a bilingual label) runs on under the widget that the
form's author set at the answer column: it still labels that widget, not the row above it."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import Line, label_left_or_above
from tests.parser_samples import acroform_pdf

# (the helper sets each widget at x 200-500 and prints its label at x 50: these labels run past x 200)
FIELDS = [
    {"name": "txt1", "type": "text", "value": "Photothérapie néonatale : installation et surveillance",
     "label": "Titre proposé / Proposed Title"},
    {"name": "txt2", "type": "text", "value": "", "label": "Programme existant / Existing Program Name"},
    {"name": "txt3", "type": "text", "value": "Adélaïde Rwigema-Caron", "label": "Nom du proposant / Name of Proposer"},
    {"name": "txt4", "type": "text", "value": "adelaide.rwigema@example.org", "label": "Courriel / Email"},
    {"name": "txt5", "type": "text", "value": "Réseau mère-enfant de la Montérégie",
     "label": "Partenaire / Industry / Employment Partner"},
    {"name": "txt6", "type": "text", "value": "Dre Clémence Fontaine-Diallo",
     "label": "Personne-ressource / Partner Contact"},
    {"name": "dd1", "type": "combo", "value": "Hybride / Hybrid", "label": "Mode de prestation / Delivery Format",
     "options": ["En ligne / Online", "En présentiel / In person", "Hybride / Hybrid"]},
    {"name": "txt7", "type": "text", "value": "80", "label": "Inscriptions par an / Expected Enrolment per Year"},
    {"name": "txt8", "type": "text", "value": "Infirmière clinicienne", "label": "Poste / Title"},
    {"name": "txt9", "type": "text", "value": "Infirmières des unités mère-enfant.", "label": "Apprenants / Learners"},
    {"name": "txt10", "type": "text", "value": "Les audits montrent des yeux mal protégés.", "label": "Justification / Need"},
    {"name": "txt11", "type": "text", "value": "Simulation avec mannequin et liste de vérification.",
     "label": "Évaluation / Assessment"},
    {"name": "txt12", "type": "text", "value": "4", "label": "Heures / Hours"},
]


def test_a_label_running_under_its_widget_labels_that_widget():
    lines = [Line(0, 50, 612, 282, 621, "Programme existant / Existing Program Name"),
             Line(0, 50, 574, 245, 583, "Nom du proposant / Name of Proposer")]
    assert label_left_or_above(lines, 217, 574, 562, 587) == "Nom du proposant / Name of Proposer"
    # (a label that ends before the widget is still the one read, and the row above is no label of this widget)
    lines[1] = Line(0, 50, 574, 150, 583, "Name of Proposer")
    assert label_left_or_above(lines, 217, 574, 562, 587) == "Name of Proposer"


def test_a_bilingual_fillable_form_reads_each_field_by_the_label_on_its_row():
    r = parsers.parse(acroform_pdf(FIELDS), "Formulaire remplissable.pdf")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Adélaïde Rwigema-Caron"
    assert r.fields.get("existing_program_name") is None
    assert r.fields.get("partner_name") == "Réseau mère-enfant de la Montérégie"
    assert r.fields.get("partner_contact") == "Dre Clémence Fontaine-Diallo"
    assert r.fields.get("delivery_format") == "hybrid"
    assert r.fields.get("expected_enrolment") == 80
