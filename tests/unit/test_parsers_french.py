"""Concept forms written in French: labels, option words, dates and numbers, and what is not a form.

Every document is built here, in words of our own (none is a copy of a corpus file): an official-style
table form with French labels, a printed PDF of one, a prose proposal with headings in the applicant's
words, and three French documents that come beside a form and are not one.
"""
from __future__ import annotations

import io

import pytest

from mailbot_parsers import parse
from mailbot_parsers.classify import kind_of
from mailbot_parsers.labels import match_label
from mailbot_parsers.normalise import choice_code, to_date, to_number, to_value
from tests.parser_samples import docx, p, table, text_pdf, tr

TABLE_ROWS: list[tuple[str, str]] = [
    ("Titre proposé *", "Soins des plaies chroniques en milieu communautaire"),
    ("Nom de la proposante *", "Geneviève Lalonde-Côté"),
    ("Fonction", "Infirmière clinicienne spécialisée"),
    ("Département / programme", "Soins à domicile, Centre de santé Val-des-Pins"),
    ("Adresse courriel *", "g.lalonde@valdespins.example.org"),
    ("Téléphone / poste", "705-555-0148, poste 312"),
    ("Nature de la demande *", "☒ Nouveau microcrédit   ☐ Conversion d’un programme existant   ☐ Microcours"),
    ("Clientèle visée *", "Infirmières auxiliaires et préposés aux soins à domicile."),
    ("Justification du besoin *", "Les ulcères de jambe représentent le tiers des visites à domicile."),
    ("Compétences ciblées *", "Évaluation de la plaie; choix du pansement; prévention des infections."),
    ("Objectifs d’apprentissage *", "1. Mesurer une plaie selon le protocole.\n2. Choisir un pansement adapté."),
    ("Cadre de compétences", "Normes de pratique de l’Ordre des infirmières"),
    ("Évaluation finale *", "Examen pratique observé sur mannequin."),
    ("Organisme partenaire *", "Association des soins à domicile du Nord"),
    ("Personne-ressource du partenaire", "M. Luc Ferland, directeur, l.ferland@asdn.example.org"),
    ("Statut de l’appui *", "☐ Lettre d’appui jointe   ☐ Appui confirmé   ☒ En discussion   ☐ Aucun pour l’instant"),
    ("Arrimage au Plan d’éducation *", "Soutient l’axe des soins de proximité du Plan d’éducation."),
    ("Mode de diffusion", "☐ En ligne   ☒ En présentiel   ☐ Hybride"),
    ("Nombre d’heures", "15 h"),
    ("Début prévu", "Automne 2026"),
    ("Inscriptions prévues par année", "≈ 25"),
    ("Besoins en ressources", "Deux mannequins de soins de plaies; une salle de simulation."),
    ("Date de soumission", "le 1er avril 2026"),
]

EXPECTED: dict[str, object] = {
    "proposal_title": "Soins des plaies chroniques en milieu communautaire",
    "proposer_name": "Geneviève Lalonde-Côté",
    "proposer_title": "Infirmière clinicienne spécialisée",
    "proposer_department": "Soins à domicile, Centre de santé Val-des-Pins",
    "proposer_email": "g.lalonde@valdespins.example.org",
    "proposer_phone": "705-555-0148, poste 312",
    "request_type": "new",
    "target_learners": "Infirmières auxiliaires et préposés aux soins à domicile.",
    "rationale": "Les ulcères de jambe représentent le tiers des visites à domicile.",
    "competencies": "Évaluation de la plaie; choix du pansement; prévention des infections.",
    "learning_outcomes": ["Mesurer une plaie selon le protocole.", "Choisir un pansement adapté."],
    "competency_framework": "Normes de pratique de l’Ordre des infirmières",
    "summative_assessment": "Examen pratique observé sur mannequin.",
    "partner_name": "Association des soins à domicile du Nord",
    "partner_contact": "M. Luc Ferland, directeur, l.ferland@asdn.example.org",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Soutient l’axe des soins de proximité du Plan d’éducation.",
    "delivery_format": "in_person",
    "estimated_hours": 15,
    "proposed_start": "Automne 2026",
    "expected_enrolment": 25,
    "resources_required": "Deux mannequins de soins de plaies; une salle de simulation.",
    "submission_date": "2026-04-01",
}


def _cell(text: str) -> str:
    from tests.parser_samples import tc

    return tc(*[p(line) for line in text.split("\n")])


def french_table_form() -> bytes:
    rows = "".join(tr(_cell(label), _cell(answer)) for label, answer in TABLE_ROWS)
    return docx(p("FORMULAIRE DE CONCEPT – MICROCRÉDIT", style="Title") + table(rows))


def _python_docx(paragraphs: list[tuple[str, bool]]) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    for text, bold in paragraphs:
        d.add_paragraph().add_run(text).bold = bold
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("label, key", [
    ("Titre proposé", "proposal_title"), ("TITRE PROPOSE", "proposal_title"), ("Intitulé de la formation", "proposal_title"),
    ("Nom du proposant / de la proposante", "proposer_name"), ("Soumis par", "proposer_name"),
    ("Poste / titre", "proposer_title"), ("Service / programme", "proposer_department"),
    ("Courriel", "proposer_email"), ("Téléphone", "proposer_phone"), ("Type de demande", "request_type"),
    ("Public cible", "target_learners"), ("Clientèle visée", "target_learners"),
    ("Justification / besoin", "rationale"), ("Compétences visées", "competencies"),
    ("Résultats d’apprentissage", "learning_outcomes"), ("Referentiel de competences", "competency_framework"),
    ("Évaluation sommative", "summative_assessment"), ("Partenaire du milieu", "partner_name"),
    ("Personne-ressource chez le partenaire", "partner_contact"), ("État de l'appui", "endorsement_status"),
    ("Lien avec le Plan d'éducation", "education_plan_alignment"), ("Mode de prestation", "delivery_format"),
    ("Durée estimée (heures)", "estimated_hours"), ("Date de début prévue", "proposed_start"),
    ("Nombre prévu d'inscriptions", "expected_enrolment"), ("Ressources nécessaires", "resources_required"),
    ("Nom du programme existant", "existing_program_name"), ("Date", "submission_date"),
    ("Courriel / Email", "proposer_email"), ("Public cible / Target audience", "target_learners"),
])
def test_french_labels_name_their_field(label: str, key: str) -> None:
    m = match_label(label)
    assert m is not None and m.key == key and m.score >= 0.9, m


def test_the_continuing_education_office_is_not_the_french_word_ce() -> None:
    m = match_label("Contact information for CE")
    assert m is not None and m.key == "_noise"


@pytest.mark.parametrize("key, text, code", [
    ("request_type", "☐ Nouveau microcrédit ☒ Conversion d'un programme existant ☐ Microcours", "existing_program"),
    ("request_type", "[ ] Nouveau microcrédit [x] Microcours", "micro_course"),
    ("request_type", "Il s’agit d’un nouveau microcrédit.", "new"),
    ("delivery_format", "☐ En ligne ☐ En présentiel ☒ Hybride", "hybrid"),
    ("delivery_format", "Entièrement à distance", "online"),
    ("delivery_format", "En présence, au campus", "in_person"),
    ("endorsement_status", "☒ Lettre d’appui jointe ☐ Appui confirmé", "letter_attached"),
    ("endorsement_status", "Appui confirmé, lettre à suivre", "confirmed"),
    ("endorsement_status", "Les discussions sont en cours.", "in_discussion"),
    ("endorsement_status", "Aucun pour l'instant", "none"),
    ("endorsement_status", "Oui", "letter_attached"),
])
def test_french_option_words_become_codes(key: str, text: str, code: str) -> None:
    assert to_value(key, [(part, False) for part in text.split("  ")]) == code


def test_an_appointment_not_yet_confirmed_is_in_discussion() -> None:
    assert choice_code("endorsement_status", "Appui non confirmé") == "in_discussion"


@pytest.mark.parametrize("text, iso", [
    ("3 mars 2026", "2026-03-03"), ("le 3 mars 2026", "2026-03-03"), ("1er février 2026", "2026-02-01"),
    ("2026-03-03", "2026-03-03"), ("Le 12 AOÛT 2026", "2026-08-12"), ("15 déc. 2026", "2026-12-15"),
])
def test_french_dates(text: str, iso: str) -> None:
    assert to_date(text) == iso


@pytest.mark.parametrize("key, text, number", [
    ("estimated_hours", "12 heures", 12), ("estimated_hours", "12 h", 12),
    ("estimated_hours", "3 modules de 4 h, 12 heures au total", 12),
    ("expected_enrolment", "environ 40", 40), ("expected_enrolment", "≈ 40", 40),
    ("expected_enrolment", "environ 30 / an", 30), ("expected_enrolment", "2 cohortes, 45 personnes par année", 45),
])
def test_french_numbers(key: str, text: str, number: int) -> None:
    assert to_number(text, key) == number


def test_a_french_table_form_reads_every_field() -> None:
    r = parse(french_table_form(), "formulaire.docx")
    assert r.is_concept_form
    for key, value in EXPECTED.items():
        assert r.fields.get(key) == value, key
    assert r.missing_required == []


def test_a_printed_french_form_reads_label_answer_lines() -> None:
    lines = ["Formulaire de concept - microcours / microcredit"]
    for label, answer in TABLE_ROWS:
        answer = answer.replace("’", "'").replace("≈", "environ")  # (Helvetica's WinAnsi encoding has no ≈)
        if "☒" in answer:  # a printout keeps only the ticked option
            answer = answer.split("☒", 1)[1].split("☐", 1)[0].strip()
        lines.append(f"{label.rstrip(' *')} : {answer.splitlines()[0]}")
    r = parse(text_pdf([lines]), "formulaire imprimé.pdf")
    assert r.is_concept_form
    expected = {k: (v.replace("’", "'") if isinstance(v, str) else v) for k, v in EXPECTED.items()}
    expected["learning_outcomes"] = ["Mesurer une plaie selon le protocole."]
    wrong = {k: r.fields.get(k) for k, v in expected.items() if r.fields.get(k) != v}
    assert wrong == {}


def test_a_french_prose_proposal_is_a_form() -> None:
    data = _python_docx([
        ("Proposition de microcours", True),
        ("Intitulé : Initiation à l’échographie ciblée au chevet", False),
        ("À qui s’adresse la formation ?", True),
        ("Aux inhalothérapeutes des soins intensifs.", False),
        ("Raison d’être", True),
        ("Les équipes de nuit n’ont pas accès à un échographiste.", False),
        ("Habiletés visées", True),
        ("Acquisition d’images pulmonaires; interprétation des signes de base.", False),
        ("Évaluation des apprentissages", True),
        ("Examen pratique sur patient simulé.", False),
        ("Organisme partenaire", True),
        ("Réseau des soins critiques du Nord. Les discussions sont en cours.", False),
        ("Cohérence avec le Plan d’éducation", True),
        ("Répond à l’axe des compétences numériques.", False),
    ])
    r = parse(data, "proposition.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Initiation à l’échographie ciblée au chevet"
    # (the answer echoes its question's "à qui" as "For ..." echoes "Who is it for?": the learners without it)
    assert r.fields["target_learners"] == "inhalothérapeutes des soins intensifs"
    assert r.fields["competencies"] == "Acquisition d’images pulmonaires; interprétation des signes de base."
    assert r.fields["summative_assessment"] == "Examen pratique sur patient simulé."
    assert r.fields["endorsement_status"] == "in_discussion"


LETTER = [
    ("Association des soins à domicile du Nord", False),
    ("Sudbury, le 20 mars 2026", False),
    ("Objet : Lettre d’appui – microcrédit en soins des plaies", True),
    ("Madame, Monsieur,", False),
    ("C’est avec plaisir que nous appuyons la proposition de microcrédit présentée par Mme Geneviève Lalonde-Côté. "
     "Notre organisme, partenaire du milieu, s’engage à accueillir les stagiaires et à contribuer à l’évaluation "
     "finale des apprenants.", False),
    ("Cette formation répond à un besoin criant de nos équipes de soins à domicile et s’inscrit dans le Plan "
     "d’éducation de Michener. Nous sommes heureux d’appuyer ce projet.", False),
    ("Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.", False),
    ("Luc Ferland", False),
    ("Directeur général", False),
    ("l.ferland@asdn.example.org | 705-555-0190", False),
]
MINUTES = [
    ("Procès-verbal – Comité des programmes de formation continue", True),
    ("Date : 24 février 2026", False),
    ("Présents : C. Roy, M. Diallo, S. Nguyen", False),
    ("Ordre du jour", True),
    ("1. Adoption du procès-verbal précédent", False),
    ("2. Propositions de microcrédits reçues", False),
    ("Discussion", True),
    ("Le comité a examiné deux propositions de microcrédit; les partenaires du milieu ont confirmé leur appui. "
     "Le comité demande une évaluation sommative plus précise.", False),
    ("Décision : les deux propositions passent à l’étape suivante.", False),
    ("Prochaine réunion : 24 mars 2026", False),
]
NEWSLETTER = [
    ("Bulletin de la formation continue – Hiver 2026", True),
    ("Nouveaux microcrédits", True),
    ("Trois nouveaux microcrédits seront offerts en ligne dès l’automne. Les inscriptions ouvrent le 1er mai.", False),
    ("Vous avez une idée de formation ?", True),
    ("Remplissez le formulaire de concept et envoyez-le par courriel à ce@michener.example.", False),
    ("Dates à retenir", True),
    ("Date limite des propositions : 15 avril 2026", False),
]


@pytest.mark.parametrize("paragraphs, kinds", [
    (LETTER, ("letter_of_support",)), (MINUTES, ("not_a_form",)), (NEWSLETTER, ("not_a_form",)),
])
def test_french_documents_beside_a_form_are_not_forms(paragraphs: list[tuple[str, bool]], kinds: tuple[str, ...]) -> None:
    r = parse(_python_docx(paragraphs), "document.docx")
    assert not r.is_concept_form
    assert r.kind in kinds


def test_a_french_letter_of_support_is_recognised_as_one() -> None:
    text = " ".join(t for t, _ in LETTER)
    assert kind_of(set(), text) == "letter_of_support"
