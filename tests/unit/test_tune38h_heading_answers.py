"""Questions retyped as Word headings in the applicant's own words, answered in habits the heading reader misread:

* one heading answering two questions, each list under its own lead-in ("Skills we want to build:" over bullets, then
  "By the end, the nurse will be able to:" over numbered outcomes): the outcomes are the list after theirs, the skills
  the list before;
* a question answered by naming one of a choice's options with its detail after a colon ("Conversion of an existing
  program: <its name>"): the option answers the question, the name is the converted program's;
* a heading that joins two of the proposer's pieces ("Lead & department", "Poste et service"), answered a paragraph
  each in the label's order.

Built here with python-docx (Heading 1/2 and list styles)."""
from __future__ import annotations



import mailbot_parsers as parsers
from tests.unit.samples import styled_docx


def _doc(items: list[tuple[str, str]]) -> bytes:
    return styled_docx(items)


COMMON: list[tuple[str, str]] = [
    ("H1", "Who's it for"),
    ("", "Respiratory therapists and nurses in adult intensive care units who wean patients from ventilators."),
    ("H1", "Why do we need it?"),
    ("", "Weaning practice differs from unit to unit and our audit found long delays before spontaneous breathing "
         "trials. No short, assessed course on the topic exists in the region."),
    ("H1", "How will we know they learned it"),
    ("", "An observed simulated weaning trial scored with a twelve-item checklist, pass at ten."),
    ("H1", "Partner / sponsor"),
    ("", "Northshore Critical Care Network – their letter of support is attached."),
    ("H1", "How does this fit Michener's plans?"),
    ("", "Fits the Education Plan's commitment to short, stackable credentials for practising clinicians."),
]


def test_two_lists_under_one_heading_split_at_their_lead_ins() -> None:
    doc = _doc([
        ("T", "Ventilator Weaning for ICU Teams"),
        ("H1", "What's the course called?"), ("", "Ventilator Weaning for ICU Teams"),
        ("H1", "What kind of request is this?"), ("", "A brand-new micro-credential."),
        *COMMON,
        ("H1", "What will they be able to do"),
        ("", "Skills we want to build:"),
        ("List Bullet", "Screening patients for readiness to wean"),
        ("List Bullet", "Running a spontaneous breathing trial"),
        ("List Bullet 2", "pressure support settings"),
        ("List Bullet", "Recognising trial failure early"),
        ("", "By the end, the learner will be able to:"),
        ("List Number", "Screen a ventilated patient for weaning readiness with the unit protocol."),
        ("List Number", "Conduct and document a spontaneous breathing trial."),
        ("List Number", "Stop a failing trial and hand over with a structured tool."),
        ("H1", "Contact details"),
        ("", "Dana Whitcombe"), ("", "Clinical Educator, Critical Care"), ("", "dwhitcombe@example.org"),
    ])
    r = parsers.parse(doc, "weaning idea.docx")
    assert r.is_concept_form
    assert r.fields["learning_outcomes"] == [
        "Screen a ventilated patient for weaning readiness with the unit protocol.",
        "Conduct and document a spontaneous breathing trial.",
        "Stop a failing trial and hand over with a structured tool."]
    assert r.fields["competencies"] == ("Screening patients for readiness to wean; Running a spontaneous breathing trial; "
                                        "pressure support settings; Recognising trial failure early")


def test_an_option_named_with_its_detail_answers_the_question_above() -> None:
    doc = _doc([
        ("T", "Micro-credential proposal"),
        ("H1", "Part A – About the course"),
        ("H2", "Working title"), ("", "Ventilator Weaning for ICU Teams"),
        ("H2", "New, or built from something we already run?"),
        ("", "Conversion of an existing program: Critical Care Ventilation Refresher (1-day workshop)."),
        *[("H2" if s == "H1" else s, t) for s, t in COMMON],
        ("H1", "Part B – About the proposer"),
        ("H2", "Lead & department"),
        ("", "Dana Whitcombe, Clinical Educator"),
        ("", "Critical Care – Respiratory Therapy, Northshore General Hospital"),
        ("H2", "How to reach me"), ("", "dwhitcombe@example.org / 905-555-0177"),
    ])
    r = parsers.parse(doc, "weaning conversion.docx")
    assert r.is_concept_form
    assert r.fields["request_type"] == "existing_program"
    assert r.fields["existing_program_name"] == "Critical Care Ventilation Refresher (1-day workshop)"
    assert r.fields["proposer_name"] == "Dana Whitcombe"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Critical Care – Respiratory Therapy, Northshore General Hospital"


def test_a_heading_joining_role_and_unit_takes_a_paragraph_each() -> None:
    doc = _doc([
        ("T", "Proposition de microcours"),
        ("H1", "Partie A – La personne qui propose"),
        ("H2", "Nom"), ("", "Dana Whitcombe"),
        ("H2", "Poste et service"),
        ("", "Inhalothérapeute clinicienne en soins critiques,"),
        ("", "Service d'inhalothérapie, Hôpital Rive-Nord"),
        ("H2", "Pour vous joindre"), ("", "Courriel : dwhitcombe@example.org"),
        ("H1", "Partie B – Le projet"),
        ("H2", "Titre proposé"), ("", "Sevrage de la ventilation mécanique"),
        ("H2", "Type de demande"), ("", "Un microcours autonome."),
        ("H2", "À qui s'adresse-t-il ?"), ("", "Inhalothérapeutes et infirmières des soins intensifs adultes."),
        ("H2", "Pourquoi maintenant ?"), ("", "Nos audits montrent des retards dans les épreuves de ventilation "
                                              "spontanée et des pratiques différentes d'une unité à l'autre."),
        ("H1", "Partie C – Contenu et évaluation"),
        ("H2", "Compétences visées"), ("List Bullet", "Dépistage de l'aptitude au sevrage"),
        ("List Bullet", "Conduite d'une épreuve de ventilation spontanée"),
        ("H2", "Résultats d'apprentissage"), ("", "À la fin du microcours, la personne participante pourra :"),
        ("List Bullet", "Évaluer l'aptitude au sevrage selon le protocole."),
        ("List Bullet", "Interrompre une épreuve qui échoue."),
        ("H2", "Évaluation sommative"), ("", "Une simulation notée avec une grille de douze critères."),
        ("H1", "Partie D – Partenaire"),
        ("H2", "Partenaire"), ("", "Réseau de soins critiques Rive-Nord"),
        ("H2", "Appui"), ("", "En discussion – aucune lettre pour l'instant."),
    ])
    r = parsers.parse(doc, "proposition sevrage.docx")
    assert r.is_concept_form
    assert r.fields["proposer_title"] == "Inhalothérapeute clinicienne en soins critiques"
    assert r.fields["proposer_department"] == "Service d'inhalothérapie, Hôpital Rive-Nord"
