"""A short proposal letter that states its facts in sentences: the partner named by the sentence's grammar ("Our
partner is X; ...", "Notre partenaire est le X ; ...", "We would build the course with X, whose director has
agreed"), the letter of support's state in a French sentence of its own, the kind of course proposed after an aside
("Je vous soumets, au nom de notre service, une proposition de microcours"), and how the course serves the Plan after
"through". Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers


def _letter(paragraphs: list[str]) -> bytes:
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_EN = ["Re: Bedside Lung Ultrasound for Respiratory Therapists",
       "Dear Continuing Education colleagues,",
       "I am writing to propose a micro-course on bedside lung ultrasound.",
       "The course is meant for respiratory therapists in intensive care units.",
       "Two of our units bought scanners last year and no therapist has been trained to use them.",
       "For the summative assessment, each learner would complete five supervised scans marked against a checklist.",
       "We would build the course with the Lakeshore Critical Care Network, whose medical director has agreed in "
       "principle; the letter will follow next month.",
       "This fits the Education Plan through workplace learning for practising clinicians.",
       "Sincerely,", "Ines Varga-Holt", "Senior Respiratory Therapist", "ivarga@example.org"]


def test_the_organisation_the_course_is_built_with_that_agreed_is_the_partner() -> None:
    r = parsers.parse(_letter(_EN), "proposal letter.docx")
    assert r.fields["partner_name"] == "Lakeshore Critical Care Network"
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["education_plan_alignment"] == "workplace learning for practising clinicians"


def test_our_partner_is_names_the_partner() -> None:
    paras = _EN[:6] + ["Our partner is the Halton Pharmacy Network; their letter of support is attached."] + _EN[7:]
    r = parsers.parse(_letter(paras), "proposal letter.docx")
    assert r.fields["partner_name"] == "Halton Pharmacy Network"
    assert r.fields["endorsement_status"] == "letter_attached"


_FR = ["Laval, le 8 janvier 2027",
       "Objet : proposition de microcours – Échographie pulmonaire au chevet",
       "Madame, Monsieur,",
       "Je vous soumets, au nom de notre service, une proposition de microcours. Il s'adresse aux inhalothérapeutes "
       "des soins intensifs.",
       "Pourquoi ce cours ? Deux unités ont acheté des échographes et personne n'est formé pour s'en servir.",
       "Notre partenaire est le Réseau de soins critiques de Laval (personne-ressource : Dre Ana Roy). Une lettre "
       "d'appui est jointe.",
       "Je vous remercie de l'attention portée à cette demande.",
       "Inès Varga-Holt", "Inhalothérapeute principale", "ivarga@example.org"]


def test_a_french_letter_names_its_partner_and_its_kind_of_course() -> None:
    r = parsers.parse(_letter(_FR), "lettre.docx")
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["partner_name"] == "Réseau de soins critiques de Laval"
    assert r.fields["endorsement_status"] == "letter_attached"
