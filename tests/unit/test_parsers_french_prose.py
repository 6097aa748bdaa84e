"""A French proposal letter with no labels: each field read from its sentence's role, as in an English letter."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics
from tests.parser_samples import docx, p

# falls prevention at home, written for this test (no corpus letter is about it, none uses these verbs)
LETTRE = [
    "Saint-Jérôme, le 4 février 2027",
    "Madame, Monsieur,",
    "Nous souhaitons vous proposer un nouveau microcertificat, « Prévention des chutes à domicile », destiné aux "
    "préposés aux bénéficiaires et aux physiothérapeutes des services de soutien à domicile.",
    "Les chutes à domicile sont la première cause d’hospitalisation chez nos usagers de plus de 75 ans. Nos équipes "
    "n’ont reçu aucune formation commune sur le sujet.",
    "Le cours abordera l’évaluation du risque, l’aménagement du domicile et l’enseignement aux proches.",
    "Au terme du cours, les participants sauront évaluer le risque de chute, adapter le domicile et enseigner les "
    "exercices aux proches.",
    "Pour évaluer les acquis, nous prévoyons une visite à domicile simulée, notée avec une grille.",
    "Le CISSS des Laurentides soutient le projet : l’appui est confirmé (personne-ressource : M. Luc Fortin-Achebe).",
    "Nous envisageons une formation en ligne de 6 heures, offerte dès mars 2027, pour une trentaine de personnes par "
    "année.",
    "Le projet s’inscrit dans la priorité du Plan d’éducation sur les soins de proximité.",
    "Vous pouvez me joindre au 450-555-0142 ou à m.levesque@example.org.",
    "Veuillez agréer nos salutations distinguées.",
    "Martine Lévesque-Osei, physiothérapeute",
    "Service de soutien à domicile, CISSS des Laurentides",
]


def lire(paragraphs: list[str]) -> parsers.ParseResult:
    return parsers.parse(docx("".join(p(t) for t in paragraphs)), "lettre.docx")


def test_the_proposing_sentence_gives_kind_title_and_learners() -> None:
    r = lire(LETTRE)
    assert r.fields["request_type"] == "new"
    assert r.fields["proposal_title"] == "Prévention des chutes à domicile"
    assert r.fields["target_learners"] == ("préposés aux bénéficiaires et aux physiothérapeutes des services de "
                                           "soutien à domicile")


def test_skills_outcomes_and_assessment_come_from_their_sentences() -> None:
    r = lire(LETTRE)
    assert r.fields["competencies"] == "l’évaluation du risque, l’aménagement du domicile et l’enseignement aux proches"
    assert r.fields["learning_outcomes"] == ["évaluer le risque de chute", "adapter le domicile",
                                             "enseigner les exercices aux proches"]
    assert r.fields["summative_assessment"] == "une visite à domicile simulée, notée avec une grille"


def test_the_endorsing_sentence_gives_partner_status_and_contact() -> None:
    r = lire(LETTRE)
    assert r.fields["partner_name"] == "CISSS des Laurentides"
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["partner_contact"] == "M. Luc Fortin-Achebe"


def test_place_and_date_line_and_a_role_signed_beside_the_name() -> None:
    r = lire(LETTRE)
    assert r.fields["submission_date"] == "2027-02-04"
    assert r.fields["proposer_name"] == "Martine Lévesque-Osei"
    assert r.fields["proposer_title"] == "physiothérapeute"
    assert r.fields["proposer_department"] == "Service de soutien à domicile, CISSS des Laurentides"


def test_a_round_french_count_of_people_a_year_is_the_enrolment() -> None:
    assert lire(LETTRE).fields["expected_enrolment"] == 30
    assert logistics("en ligne, 4 heures, pour une vingtaine d’apprenants par an")["expected_enrolment"] == 20


def test_outcomes_not_opened_by_verbs_are_no_list() -> None:
    phrase = "Au terme du cours, les participants sauront que le risque, le domicile et les proches comptent."
    r = lire([t if not t.startswith("Au terme") else phrase for t in LETTRE])
    assert "learning_outcomes" not in r.fields
