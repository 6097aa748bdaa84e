"""Letters proposing a course, as python-docx writes them: a letterhead in the page header, a date, the recipient
block, a Re/Objet line, the proposal in prose and a signature block with role, unit, address and direct number.
Each case is a small letter of its own, in wordings other writers use, not a copy of a development document."""
from __future__ import annotations

import io

import docx as python_docx
import pytest

import mailbot_parsers as parsers


def _letter(body: list[str], closing: list[str], header: str = "Northvale Hospital – Imaging\n12 Pine Road · Main line 905-555-0100",
            subject: str = "Re: Proposed micro-credential – Ultrasound Guided Vascular Access") -> bytes:
    doc = python_docx.Document()
    doc.sections[0].header.paragraphs[0].text = header
    for text in ["March 3, 2027", "Continuing Education Office\nThe Michener Institute\nce@michener.example"]:
        doc.add_paragraph(text)
    doc.add_paragraph().add_run(subject).bold = True
    doc.add_paragraph("Dear colleagues,")
    for text in body:
        if text.startswith("* "):
            doc.add_paragraph(text[2:], style="List Bullet")
        elif text.startswith("# "):
            doc.add_paragraph(text[2:], style="List Number")
        elif text.startswith("**"):
            label, _, rest = text[2:].partition("**")
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(rest)
        else:
            doc.add_paragraph(text)
    for text in closing:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


BODY = [
    "I am writing to propose a new micro-credential, Ultrasound Guided Vascular Access, for emergency nurses who "
    "place peripheral lines.",
    "Difficult access delays care in our department, and nurses have had no formal teaching on ultrasound guidance.",
    "By the end, participants will be able to:",
    "# Prepare the probe and the site.",
    "# Place a line under ultrasound guidance.",
    "**Assessment.** Each learner places three lines on a phantom under observation.",
]


@pytest.mark.parametrize("closing, who", [
    # the closing and the whole signature in one paragraph, with line breaks
    (["Sincerely,\n\nHalima Strand-Ojukwu, RN, MN\nClinical Nurse Educator\nEmergency Department\nNorthvale Hospital\n"
      "hstrand@example.org  |  Direct: 905-555-0142"],
     ("Halima Strand-Ojukwu", "Clinical Nurse Educator", "Emergency Department")),
    # a formal French closing formula of one long sentence, then the signature paragraph
    (["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
      "Halima Strand-Ojukwu\nInfirmière enseignante\nService des urgences\nHôpital Northvale\n"
      "Courriel : hstrand@example.org\nTél. : 905 555-0142"],
     ("Halima Strand-Ojukwu", "Infirmière enseignante", "Service des urgences")),
    # a closing of its own, then the signature one line a paragraph
    (["With kind regards,", "Halima Strand-Ojukwu", "Clinical Nurse Educator", "Emergency Department",
      "hstrand@example.org"],
     ("Halima Strand-Ojukwu", "Clinical Nurse Educator", "Emergency Department")),
])
def test_signature_under_a_closing(closing: list[str], who: tuple[str, str, str]) -> None:
    r = parsers.parse(_letter(BODY, closing), "letter.docx")
    assert (r.fields.get("proposer_name"), r.fields.get("proposer_title"), r.fields.get("proposer_department")) == who
    assert r.fields.get("proposer_email") == "hstrand@example.org"


def test_letterhead_number_is_not_the_signers() -> None:
    closing = ["Cordialement,", "Halima Strand-Ojukwu\nInfirmière enseignante\nService des urgences\n"
               "Courriel : hstrand@example.org\nTél. : 905 555-0142"]
    r = parsers.parse(_letter(BODY, closing), "lettre.docx")
    assert r.fields.get("proposer_phone") == "905 555-0142"


@pytest.mark.parametrize("sentence, hours", [
    ("We see it as a blended course: about 5 hours of online modules followed by a 3-hour lab, 8 hours in total.", 8),
    ("It would be hybrid, 4 h online plus 2 h hands-on (6 hours in all), starting May 2027.", 6),
    ("Hybrid, a total of 10 hours: 6 hours online and 4 hours on site.", 10),
    ("Une formule hybride : 5 h de modules en ligne et 3 h en laboratoire, 8 heures en tout.", 8),
])
def test_hours_the_sentence_calls_the_total(sentence: str, hours: int) -> None:
    from mailbot_parsers.composite import logistics
    assert logistics(sentence).get("estimated_hours") == hours


def test_hours_total_in_a_letter() -> None:
    body = BODY + ["It would be hybrid: 4 hours of online modules and a 3-hour simulation, 7 hours altogether. "
                   "We expect about 25 learners a year."]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert r.fields.get("estimated_hours") == 7


@pytest.mark.parametrize("lead", [
    "The course would build these competencies:",
    "Learners will practise four skills:",
    "We want the course to strengthen the following competencies:",
])
def test_skills_listed_under_a_lead_in(lead: str) -> None:
    body = BODY[:2] + [lead, "* Choosing a vein with the probe", "* Keeping the needle tip in view",
                       "* Securing the line and charting it"] + BODY[2:]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert r.fields.get("competencies") == ("Choosing a vein with the probe; Keeping the needle tip in view; "
                                            "Securing the line and charting it")


@pytest.mark.parametrize("head, key", [
    ("How this fits the Education Plan.", "education_plan_alignment"),
    ("Link with Michener's Education Plan.", "education_plan_alignment"),
    ("Resources we can bring to it.", "resources_required"),
])
def test_bold_run_in_head_of_several_words(head: str, key: str) -> None:
    answer = ("It serves the commitment to flexible learning for working clinicians." if key != "resources_required"
              else "Two vascular access phantoms and an ultrasound machine for the practical sessions.")
    body = BODY + [f"**{head}** {answer}"]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert r.fields.get(key) == answer


def test_plain_sentence_is_no_run_in_head() -> None:
    # the same words not in bold are the paragraph's first sentence, not a head
    body = BODY + ["It fits the Education Plan well. The plan asks for flexible learning for working clinicians."]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert r.fields.get("education_plan_alignment") != "The plan asks for flexible learning for working clinicians."


FR_SIGN = ["Cordialement,", "Halima Strand-Ojukwu\nInfirmière enseignante\nService des urgences"]


@pytest.mark.parametrize("opening, kind, who", [
    ("Je vous soumets l'idée d'un microcours. Il s'adresse à deux groupes : les infirmières de l'urgence et les "
     "préposés qui installent les patients.", "micro_course",
     "les infirmières de l'urgence et les préposés qui installent les patients"),
    ("Nous vous présentons le projet d'un nouveau microcertificat. Ce microcertificat s'adresserait d'abord aux "
     "infirmières de l'urgence qui posent des cathéters.", "new",
     "infirmières de l'urgence qui posent des cathéters"),
])
def test_french_letter_kind_and_learners(opening: str, kind: str, who: str) -> None:
    body = [opening, "Les accès veineux difficiles retardent les soins. Personne n'a reçu de formation sur "
            "l'échographie. Nous voulons une formation courte et pratique.",
            "À la fin, les participants pourront :", "* choisir la veine à l'échographie;", "* poser le cathéter sous guidage;",
            "**Évaluation :** chaque participant pose trois cathéters sur un fantôme sous observation.",
            "**Partenaire :** Association des urgentologues de l'Est (Dr Rémi Dupré, rdupre@example.org) – lettre jointe.",
            "Nous envisageons une formule hybride de 6 heures, dès mai 2027, pour environ 30 personnes par année."]
    r = parsers.parse(_letter(body, FR_SIGN, subject="Objet : Accès vasculaire échoguidé"), "lettre.docx")
    assert r.fields.get("request_type") == kind
    assert r.fields.get("target_learners") == who
    assert r.fields.get("rationale", "").startswith("Les accès veineux difficiles")


@pytest.mark.parametrize("sentence", [
    "Pour l'évaluation et le lien avec le plan d'éducation, nous aimerions en discuter avec vous.",
    "On assessment and the fit with the Education Plan, we would welcome your advice.",
    "We would like to discuss how this fits the Education Plan when we meet.",
])
def test_plan_only_put_off_is_no_alignment(sentence: str) -> None:
    r = parsers.parse(_letter(BODY + [sentence], ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]),
                      "letter.docx")
    assert "education_plan_alignment" not in r.fields


@pytest.mark.parametrize("sentence", [
    "We can provide two ultrasound machines and the simulation lab for the practical sessions.",
    "We will also lend our vascular access phantoms.",
    "Nos deux échographes et le laboratoire de simulation peuvent servir à la formation.",
    "Nous pourrons prêter deux mannequins d'accès vasculaire.",
    "Our department will supply the ultrasound machines and a trainer for each session.",
])
def test_what_the_writer_provides(sentence: str) -> None:
    body = BODY + ["It would be hybrid, 6 hours in total, from May 2027, for about 30 nurses a year. " + sentence]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert r.fields.get("resources_required") == sentence


def test_offering_a_letter_is_no_resource() -> None:
    body = BODY + ["We can provide a letter of support from the hospital."]
    r = parsers.parse(_letter(body, ["Sincerely,", "Halima Strand-Ojukwu", "Clinical Nurse Educator"]), "letter.docx")
    assert "resources_required" not in r.fields


@pytest.mark.parametrize("sentence, who", [
    ("Their contact for this is Ines Varga (ivarga@example.com).", "Ines Varga (ivarga@example.com)"),
    ("Our contact for the course will be Dr. Tomas Brenner, Medical Director.", "Dr. Tomas Brenner, Medical Director"),
    ("Our contact there is Ines Varga (ivarga@example.com).", "Ines Varga (ivarga@example.com)"),
])
def test_partner_contact_clause(sentence: str, who: str) -> None:
    from mailbot_parsers.bylines import contact_clause
    assert contact_clause("Northvale Vascular Access Society has endorsed the outline. " + sentence) == who


@pytest.mark.parametrize("closing", [
    # the closing and the signature in one paragraph right after a run-in answer: the answer ends at the closing
    ["Best regards,\n\nColm Ashworth-Vale, MRT(R)\nClinical Educator | Medical Imaging\ncashworth@example.org · 416-555-0101"],
    ["Yours sincerely,", "Colm Ashworth-Vale\nClinical Educator\nMedical Imaging\nRiverside Health\n"
     "T 416-555-0101 | cashworth@example.org"],
    ["Thank you for considering this proposal.", "Warm regards,",
     "Colm Ashworth-Vale\nClinical Educator\nMedical Imaging\ncashworth@example.org"],
])
def test_signature_variants(closing: list[str]) -> None:
    r = parsers.parse(_letter(BODY, closing), "letter.docx")
    assert r.fields.get("summative_assessment") == "Each learner places three lines on a phantom under observation."
    assert (r.fields.get("proposer_name"), r.fields.get("proposer_title"), r.fields.get("proposer_department")) == \
        ("Colm Ashworth-Vale", "Clinical Educator", "Medical Imaging")


def test_a_letter_in_other_words() -> None:
    body = [
        "Please accept this proposal for a micro-course, Cardiac Rhythm Recognition for Telemetry Aides, for telemetry "
        "aides and unit clerks who watch central monitors overnight.",
        "Our aides are the first to see an alarm at night, yet none of them has been taught rhythm interpretation. Two "
        "missed ventricular runs last year were traced to this gap.",
        "Learners would develop the following skills:",
        "* Measuring rates and intervals on a strip", "* Recognising lethal rhythms",
        "On completion, learners will be able to:",
        "# Identify sinus, atrial and ventricular rhythms.", "# Escalate a lethal rhythm within one minute.",
        "**How we will assess it.** A 30-strip rhythm test with a pass mark of 85 per cent.",
        "**Endorsement.** The Ontario Telemetry Network has agreed to endorse the course and is sending a letter next "
        "week. Our contact there is Dr. Felix Amadi (famadi@example.com).",
        "**Alignment with the Education Plan.** It supports the Plan's goal of stackable credentials for support staff.",
        "The course would run online, about 5 hours in total, starting September 2027, for roughly 60 learners a year. "
        "Our unit will provide a rhythm simulator and recorded strips.",
    ]
    closing = ["With thanks,", "Priya Raman-Lowe, RN\nNurse Educator\nCardiology\nNorthvale Hospital\n"
               "praman@example.org | Direct line 905-555-0177"]
    r = parsers.parse(_letter(body, closing, subject="Re: Micro-course proposal – Cardiac Rhythm Recognition for "
                                                     "Telemetry Aides"), "letter.docx")
    f = r.fields
    assert f.get("request_type") == "micro_course"
    assert f.get("target_learners") == "telemetry aides and unit clerks who watch central monitors overnight"
    assert str(f.get("rationale", "")).startswith("Our aides are the first")
    assert f.get("competencies") == "Measuring rates and intervals on a strip; Recognising lethal rhythms"
    assert f.get("education_plan_alignment") == "It supports the Plan's goal of stackable credentials for support staff."
    assert f.get("resources_required") == "Our unit will provide a rhythm simulator and recorded strips."
    assert (f.get("proposer_name"), f.get("proposer_title"), f.get("proposer_department"), f.get("proposer_phone")) == \
        ("Priya Raman-Lowe", "Nurse Educator", "Cardiology", "905-555-0177")
    assert (f.get("estimated_hours"), f.get("expected_enrolment"), f.get("delivery_format")) == (5, 60, "online")


def test_a_french_letter_in_other_words() -> None:
    body = [
        "Nous vous présentons le projet d'un microcertificat en échographie ciblée. Il s'adresse aux infirmières "
        "praticiennes des régions éloignées qui n'ont pas accès à un radiologiste.",
        "Les patients doivent souvent être transférés pour un examen simple. Une formation reconnue réduirait ces "
        "transferts. Nos infirmières le demandent depuis deux ans.",
        "Les compétences visées sont les suivantes :",
        "* acquisition des coupes de base", "* reconnaissance d'un épanchement", "* documentation des images",
        "À la fin, les participantes pourront :",
        "* acquérir les quatre coupes FAST;", "* reconnaître un épanchement péritonéal;",
        "**Évaluation :** un examen pratique observé sur modèle vivant, noté avec une grille.",
        "**Partenaire :** Réseau de santé du Nord (Mme Claire Dubé, cdube@example.org) – lettre d'appui jointe.",
        "La formation serait hybride, 12 heures au total, dès septembre 2027, pour environ 24 personnes par année. "
        "Nous pourrons prêter deux échographes portatifs.",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
    ]
    closing = ["Josée Lavallée-Kim\nInfirmière praticienne, Soins de première ligne\n"
               "Courriel : jlk@example.org\nTél. : 819 555-0133"]
    r = parsers.parse(_letter(body, closing, subject="Objet : Échographie ciblée au point de service"), "lettre.docx")
    f = r.fields
    assert f.get("request_type") == "new"
    assert f.get("target_learners") == ("infirmières praticiennes des régions éloignées qui n'ont pas accès à un "
                                        "radiologiste")
    assert f.get("competencies") == "acquisition des coupes de base; reconnaissance d'un épanchement; documentation des images"
    assert f.get("resources_required") == "Nous pourrons prêter deux échographes portatifs."
    assert (f.get("proposer_name"), f.get("proposer_title"), f.get("proposer_department"), f.get("proposer_phone")) == \
        ("Josée Lavallée-Kim", "Infirmière praticienne", "Soins de première ligne", "819 555-0133")
    assert (f.get("estimated_hours"), f.get("expected_enrolment")) == (12, 24)


@pytest.mark.parametrize("sentence, who", [
    ("Nous souhaitons vous proposer un nouveau microcertificat intitulé « Échographie ciblée » pour les infirmières "
     "praticiennes.", "les infirmières praticiennes"),
    ("Je vous écris pour proposer un microcours, « Soins de la trachéostomie », destiné aux préposés aux bénéficiaires.",
     "préposés aux bénéficiaires"),
])
def test_french_proposing_sentence_names_the_learners(sentence: str, who: str) -> None:
    from mailbot_parsers import prose
    assert prose.read([sentence])["target_learners"].value == who
