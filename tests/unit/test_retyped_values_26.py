"""Values of printed and retyped forms (shapes 4-5): causes fixed at stop 26, on small generated inputs."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics, start_of


FORM = """Proposed title: Wound Photography at the Bedside
Name of proposer: Ines Abara-Kolt
Email: ines.ak@example.org
Target learners: ward nurses and personal support workers
Rationale: half of our reported pressure injuries are photographed without a scale.
Competencies: consent, lighting, scale, storage
Learning outcomes: take a standard series; store images securely
Summative assessment: a portfolio of ten photographs scored with a rubric
"""


def _text(body: str) -> parsers.ParseResult:
    return parsers.parse((FORM + body).encode("utf-8"), "answers.txt")


def test_a_start_listed_after_the_hours_is_the_start() -> None:
    # a figure earlier in the list (the hours) is another item, not the day of a date
    assert logistics("hybrid / 15 h / Fall 2026 / about 40 a year")["proposed_start"] == "Fall 2026"
    assert logistics("Online · 3 hours · September 2026 · 60 per year")["proposed_start"] == "September 2026"
    assert start_of("Hybrid (blended) / 16 / May 2027 / 24") == "May 2027"


def test_a_written_out_date_is_no_start() -> None:
    assert start_of("Signed on 12 March 2026") is None
    assert start_of("signed the 3rd of March 2026") is None


def test_a_bilingual_practicalities_answer_gives_the_english_start() -> None:
    r = _text("Modalités / Practicalities:\n"
              "Hybride; 8 heures; printemps 2027; 60 apprenants par année.\n"
              "Hybrid; 8 hours; Spring 2027; 60 learners a year.\n")
    assert r.fields.get("proposed_start") == "Spring 2027"


PRINTED = """Micro-Course / Credential Concept Form
Proposed Title: Carbon Monoxide Screening with Pulse CO-Oximetry in the Emergency
Department
Name of Proposer: Dashiell Amankwah
Position / Title: Respiratory Therapist
Department / Program: Respiratory Therapy
Email: damankwah@example.org
Target Learners: Triage nurses and paramedics
Rationale / Need: Clusters of missed CO exposure every winter.
Competencies / Skills Targeted [R1]: Pulse CO-oximeter operation; interpretation of SpCO values
Summative Assessment [R2]: Online case quiz and an observed screening.
Industry / Employment Partner [R3]: Kingsmere Regional Police Service – Forensic Identification
Unit
Partner Contact: Felicity Brandvold, fbrandvold@example.com
Endorsement Status [R3]: [ ] Letter attached [X] Confirmed [ ] In discussion [ ] None
"""


def _pdf_lines(text: str) -> parsers.ParseResult:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    return extract([Block(text=ln, line=True) for ln in text.splitlines() if ln.strip()])


def test_a_label_word_that_ends_a_wrapped_answer_line_is_part_of_the_answer() -> None:
    ex = _pdf_lines(PRINTED)
    assert ex.fields["proposal_title"] == "Carbon Monoxide Screening with Pulse CO-Oximetry in the Emergency Department"
    assert ex.fields["partner_name"] == "Kingsmere Regional Police Service – Forensic Identification Unit"
    assert ex.fields["proposer_department"] == "Respiratory Therapy"


def test_a_label_word_alone_after_a_finished_answer_still_starts_its_field() -> None:
    ex = _pdf_lines(PRINTED.replace("Department / Program: Respiratory Therapy\n", "")
                    .replace("Position / Title: Respiratory Therapist", "Position / Title: Respiratory Therapist.")
                    .replace("Name of Proposer: Dashiell Amankwah\n",
                             "Name of Proposer: Dashiell Amankwah\nDepartment\nRespiratory Therapy\n"))
    assert ex.fields.get("proposer_department") == "Respiratory Therapy"


RUN_IN = """Micro-Course / Credential Concept Form
Proposed Title. Fluoride Varnish Application for Community Health Workers
Name of Proposer. Philippa Eghosa-Lindqvist
Email. peghosa@example.org
Target Learners. community health workers and school nurses
Competencies / Skills Targeted [R1]. caries risk screening; varnish application; record keeping
Competency Framework Alignment.
Summative Assessment [R2]. supervised application on five children, signed off by a hygienist
Industry / Employment Partner [R3]. Riverlands Public Health Unit
"""


def test_a_requirement_tag_after_a_run_in_label_is_no_part_of_the_answer() -> None:
    ex = _pdf_lines(RUN_IN)
    assert ex.fields["competencies"] == "caries risk screening; varnish application; record keeping"
    assert ex.fields["summative_assessment"].startswith("supervised application")
    assert ex.fields["partner_name"] == "Riverlands Public Health Unit"
    assert "competency_framework" not in ex.fields  # "Alignment." is the rest of the label, not its answer


def test_a_requirement_tag_wrapped_into_the_next_label_cell_continues_the_answer() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    def pair(label: str, *answer: str) -> Block:
        return Block(text="", pair_label=label, answer=[Block(text=a, line=True) for a in answer])

    ex = extract([pair("Proposed Title", "Pressure Injury Staging"),
                  pair("Competencies / Skills Targeted", "Risk assessment with the Braden Scale; staging with the NPIAP"),
                  pair("[R1]", "system; prevention care planning"),
                  pair("Target Learners", "Registered nurses")])
    assert ex.fields["competencies"] == ("Risk assessment with the Braden Scale; staging with the NPIAP system; "
                                         "prevention care planning")


def test_a_title_line_ends_before_a_label_line_in_words_no_list_holds() -> None:
    body = FORM.replace("Proposed title: Wound Photography at the Bedside\n",
                        "Title: Wound Photography at the Bedside (a new micro-credential)\n"
                        "For: ward nurses who photograph wounds for the chart\n")
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = extract([Block(text=ln) for ln in body.splitlines()])  # a document's paragraphs
    assert ex.fields["proposal_title"] == "Wound Photography at the Bedside"


def test_a_label_does_not_end_on_an_ampersand() -> None:
    ex = _pdf_lines(PRINTED.replace("Industry / Employment Partner [R3]: Kingsmere Regional Police Service – "
                                    "Forensic Identification\nUnit\n",
                                    "Partners & fit\n• Partner: Lakemount Children's Foundation\n"))
    assert ex.fields["partner_name"] == "Lakemount Children's Foundation"


def test_bulleted_labelled_answers_end_at_the_next_bullet_of_the_same_shape() -> None:
    ex = _pdf_lines("Hi CE team, here is my idea.\n"
                    "• Title – Medical Device Cybersecurity Essentials\n"
                    "• Type – micro-course\n"
                    "• Audience – Biomedical engineering technologists\n"
                    "• Problem – Networked pumps are the commonest unpatched devices on hospital networks\n"
                    "Email: evander@example.org\n")
    assert ex.fields["proposal_title"] == "Medical Device Cybersecurity Essentials"
    assert ex.fields["target_learners"] == "Biomedical engineering technologists"


NUMBERED = """Emeka Vandersloot – proposal to Continuing Education
1. I propose a micro-course called Swab Collection for Pharmacy Staff for community pharmacists.
2. The reason is simple: poorly collected swabs give false negatives.
4. By the end they would be able to: collect a throat swab correctly; select and use the right PPE; label specimens
for transport; and explain the procedure to a patient.
5. We would assess them with an observed collection on a task trainer.
6. Our partner contact is Ms Rhiannon Bakshi (rbakshi@example.org).
9. Please contact me at evandersloot@example.org or 416-555-0133.
Emeka Vandersloot, Laboratory Educator, Medical Laboratory Science.
"""


def test_a_numbered_paragraph_ends_at_the_next_number_and_its_inline_list_is_split() -> None:
    ex = _pdf_lines(NUMBERED)
    assert ex.fields["learning_outcomes"] == ["collect a throat swab correctly", "select and use the right PPE",
                                              "label specimens for transport", "explain the procedure to a patient"]


def test_of_several_addresses_in_the_text_the_proposer_s_is_spelled_with_their_name() -> None:
    from mailbot_parsers.sections import _spells_name

    assert _spells_name("evandersloot@example.org", "Emeka Vandersloot")
    assert not _spells_name("rbakshi@example.org", "Emeka Vandersloot")
    assert _spells_name("h.obuya-lindgren@example.org", "Harriet Obuya-Lindgren")


def test_a_partner_named_as_the_subject_of_a_sentence_is_the_name_alone() -> None:
    from mailbot_parsers.prose import organisation_of

    assert organisation_of("The Lakemount Patient and Family Council co-designed the scenarios.") \
        == "Lakemount Patient and Family Council"
    assert organisation_of("Riverbend Home Care itself – my director has agreed to endorse it.") == "Riverbend Home Care"
    assert organisation_of("The Hollins Bay Cancer Centre itself") == "Hollins Bay Cancer Centre"
    # a name alone, a name with its unit after a dash, or a French name with lower-case words stays whole
    assert organisation_of("Westmount Regional Health – Pharmacy Department") == "Westmount Regional Health – Pharmacy Department"
    assert organisation_of("Réseau périnatal du Grand Lac") == "Réseau périnatal du Grand Lac"
    assert organisation_of("Bayshore Rehabilitation Hospital") == "Bayshore Rehabilitation Hospital"


def test_a_letter_that_names_its_proposer_in_the_third_person() -> None:
    from mailbot_parsers.prose import named_proposer

    assert named_proposer("We have discussed the idea with Hyacinth Moreau-Tembo, Faculty, Pharmacy Technician Program "
                          "(hmoreautembo@example.org), who has agreed to act as lead proposer on Michener's side.") == {
        "proposer_name": "Hyacinth Moreau-Tembo", "proposer_title": "Faculty, Pharmacy Technician Program",
        "proposer_email": "hmoreautembo@example.org"}
    assert named_proposer("Dr Ana Roy will be our contact there.") == {}


SLIDES = """Virtual Reality Distraction for Paediatric Procedures
• Saoirse Adebayo-Lindgren, Child Life Specialist
Slide 1
Why now
• Needle fear delays care; headsets sit in cupboards
Slide 3
Target learners
• Nurses, phlebotomists and child life specialists
Logistics
• Hybrid
• 5 h
• Start: Spring 2028
"""


def test_slide_marks_end_no_answer_and_a_single_bullet_is_the_answer_alone() -> None:
    ex = _pdf_lines(SLIDES)
    assert ex.fields["rationale"] == "Needle fear delays care; headsets sit in cupboards"
    assert ex.fields["target_learners"] == "Nurses, phlebotomists and child life specialists"
    assert ex.fields["delivery_format"] == "hybrid" and ex.fields["estimated_hours"] == 5


def test_radio_buttons_of_a_web_print_are_tick_boxes() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = _pdf_lines(PRINTED + "Delivery Format: ○ Online ○ In person ● Hybrid\n")
    assert ex.fields["delivery_format"] == "hybrid"
    pair = Block(text="", pair_label="This proposal is for",
                 answer=[Block(text=t, line=True) for t in ("○ New micro-credential", "◉ Micro-course")])
    assert extract([pair]).fields["request_type"] == "micro_course"


def test_options_after_the_question_s_words_on_one_line() -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value("request_type", [("Type de demande ☐ Nouveau microcertificat ☐ Conversion ☒ Microcours", False)]) \
        == "micro_course"


WEB_PRINT = """Formulaire de concept – microcours / microcertificat
1. Proposeur
Titre proposé: Hypodermoclyse en soins palliatifs
Nom du proposeur: Héloïse Mbuyi-Tremblay
Courriel: hmbuyi@example.org
2. Demande
Type de demande ○ Nouveau microcertificat ○ Conversion d'un programme existant ● Microcours
Public cible: Infirmières auxiliaires en soins à domicile
3. Exigences
Compétences visées [R1] Choix du site; surveillance; gestion des complications
Partenaire (industrie /
employeur) [R3] Réseau de soins palliatifs de l'Estrie-Nord
Personne-ressource du partenaire M. Armand Diouf-Leclerc
4. Logistique
Mode de prestation: ○ En ligne ○ En présentiel ● Hybride
"""


def test_a_form_s_numbered_section_names_head_sections_not_questions() -> None:
    ex = _pdf_lines(WEB_PRINT)
    assert ex.fields["request_type"] == "micro_course"
    assert ex.fields["target_learners"] == "Infirmières auxiliaires en soins à domicile"
    assert ex.fields["competencies"] == "Choix du site; surveillance; gestion des complications"
    assert ex.fields["partner_name"] == "Réseau de soins palliatifs de l'Estrie-Nord"  # the label wrapped in its bracket
    assert ex.fields["partner_contact"] == "M. Armand Diouf-Leclerc"  # the honorific opens the answer
    assert ex.fields["delivery_format"] == "hybrid"


def test_what_we_can_contribute_asks_for_the_resources() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    pair = Block(text="", pair_label="What we can contribute",
                 answer=[Block(text="Ultrasound machines (partner), phantoms, expert reviewers.")])
    assert extract([pair]).fields["resources_required"] == "Ultrasound machines (partner), phantoms, expert reviewers."


def test_a_signed_role_and_unit_on_one_line_are_split() -> None:
    from mailbot_parsers.bylines import signed_block
    from mailbot_parsers.composite import role_and_unit

    assert signed_block(["Imogen Kasperek-Diallo", "Occupational Therapist, Rehabilitation Sciences"]) == {
        "proposer_name": "Imogen Kasperek-Diallo", "proposer_title": "Occupational Therapist",
        "proposer_department": "Rehabilitation Sciences"}
    assert role_and_unit("Laboratory Educator, Medical Laboratory Science") == ("Laboratory Educator",
                                                                                "Medical Laboratory Science")
    assert role_and_unit("Radiation Therapist, Patient Care Specialist") is None  # two roles: one title
    assert role_and_unit("Lakeside Hospital, Pharmacy") is None


def test_the_closing_signature_outranks_the_header_s_words_after_the_name() -> None:
    ex = _pdf_lines(NUMBERED)
    assert ex.fields["proposer_title"] == "Laboratory Educator"
    assert ex.fields["proposer_department"] == "Medical Laboratory Science"


def test_alternating_translations_keep_the_english_lines_even_without_function_words() -> None:
    from mailbot_parsers.bilingual import english_lines

    lines = [("Change a CVAD dressing and connector aseptically", False),
             ("Changer un pansement et un connecteur de DAVC de façon aseptique", False),
             ("Manage a partial occlusion", False), ("Gérer une occlusion partielle", False),
             ("Recognise and escalate signs of infection", False), ("Reconnaître et signaler les signes d'infection", False)]
    assert [t for t, _ in english_lines(lines)] == ["Change a CVAD dressing and connector aseptically",
                                                    "Manage a partial occlusion",
                                                    "Recognise and escalate signs of infection"]
    english_only = [("Manage a partial occlusion", False), ("Flush the line", False), ("Clean the port", False)]
    assert english_lines(english_only) == english_only


TWO_COLUMNS = """CONCEPT FORM - MICRO-COURSE / CREDENTIAL
Proposed Title: Insulin Pump Troubleshooting for
Diabetes Educators Alignment with Michener’s Education Plan [R4]: Chronic
disease management in the community.
Name of Proposer: Femi Strandberg-Oyelowo
Position / Title: Certified Diabetes Educator
Email: fstrandberg@example.org Expected Enrolment per Year: 55
Phone: 416-555-0193 Resources Required:
Target Learners: Diabetes educators and nurses
Estimated Hours: 9
Expected Enrolment per Year: 55
Proposed Start: January 2028
"""


def test_a_two_column_print_read_across_splits_at_a_full_label_with_its_colon() -> None:
    ex = _pdf_lines(TWO_COLUMNS)
    assert ex.fields["proposal_title"] == "Insulin Pump Troubleshooting for Diabetes Educators"
    assert ex.fields["proposer_phone"] == "416-555-0193"
    assert ex.fields["proposer_email"] == "fstrandberg@example.org"
    assert ex.fields["expected_enrolment"] == 55
    assert ex.fields["proposed_start"] == "January 2028"  # a label from the line's start is one label


def test_a_numbered_label_line_is_not_cut_after_its_number() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import _beside_labels

    b = Block(text="2. Name of Proposer: Delphine Ouellet-Marsh", line=True)
    assert _beside_labels(b) == [b]


def test_a_lead_in_alone_is_no_outcome() -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value("learning_outcomes", [("By the end of the course learners will be able to:", False)]) is None
    assert to_value("learning_outcomes", [("Triage: sort patients by acuity", False)]) == ["Triage: sort patients by acuity"]


def test_a_ticked_line_that_names_a_choice_s_field_states_its_answer() -> None:
    ex = _pdf_lines(SLIDES + "Partners & fit\n• Partner: Lakemount Children's Foundation\n• Letter of support ✓ (attached)\n")
    assert ex.fields["endorsement_status"] == "letter_attached"


def test_a_mail_signature_with_a_bar_between_name_and_role() -> None:
    from mailbot_parsers.bylines import signed_block

    assert signed_block(["Evander", "--", "Evander Oyelowo-Strand | Biomedical Engineering Manager",
                         "Healthcare Technology Management, Northvale Hospital", "705-555-0148"]) == {
        "proposer_name": "Evander Oyelowo-Strand", "proposer_title": "Biomedical Engineering Manager",
        "proposer_department": "Healthcare Technology Management, Northvale Hospital", "proposer_phone": "705-555-0148"}


def test_prepared_for_names_the_addressee_not_the_proposer() -> None:
    ex = _pdf_lines("Briefing note\nPrepared for: Continuing Education intake review\n"
                    "Prepared by: Ifeoluwa Strandberg, Clinical Practice Leader\nDate: November 24, 2026\n"
                    "Audience\nRegistered respiratory therapists in adult intensive care units.\n")
    assert ex.fields["proposer_name"] == "Ifeoluwa Strandberg"


def test_an_endorsement_given_with_its_letter_attached_is_the_letter() -> None:
    from mailbot_parsers.normalise import to_value

    said = "The clinic has endorsed the proposal; a letter of support is attached."
    assert to_value("endorsement_status", [(said, False)]) == "letter_attached"
    assert to_value("endorsement_status", [("Confirmed – letter to follow", False)]) == "confirmed"
