"""Retyped forms laid out with word-processor devices: tab stops, page headers, sibling headings."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p, text_pdf


def tab(label: str, answer: str) -> str:
    """A paragraph "label<TAB>answer", as a typist lines answers up behind their labels."""
    return p(label, "<w:r><w:tab/></w:r>", answer) if answer else p(label, "<w:r><w:tab/></w:r>")


BODY = [
    ("Target audience", "Nurses who give discharge instructions."),
    ("Labour market need", "Patients go home with instructions they cannot read."),
    ("Skills and competencies", "Plain-language writing; teach-back."),
    ("Summative assessment", "A rewritten instruction sheet, scored with a rubric."),
    ("Partner organization", "Ferncliff General Hospital"),
    ("Education Plan alignment", "Patient-centred care."),
]


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "typed.docx")


def test_a_tab_between_a_label_and_its_answer_separates_them() -> None:
    lines = [("Proposed title", "Plain-Language Discharge Teaching"), ("Lead proposer", "Rahel Tesfaye"),
             ("Telephone", "905-555-0102"), ("Request type", "Micro-course"), *BODY, ("Duration (hours)", "2")]
    r = parse(docx("".join(tab(label, answer) for label, answer in lines)))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Plain-Language Discharge Teaching"
    assert r.fields["proposer_name"] == "Rahel Tesfaye"
    assert r.fields["proposer_phone"] == "905-555-0102"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["partner_name"] == "Ferncliff General Hospital"
    assert r.fields["estimated_hours"] == 2


def test_a_tab_aligned_label_left_blank_is_empty_and_the_next_label_starts_its_own_field() -> None:
    lines = [("Proposed title", "Plain-Language Discharge Teaching"), ("Lead proposer", "Rahel Tesfaye"),
             ("E-mail address", "rt@example.org"), *BODY]
    body = "".join(tab(label, answer) for label, answer in lines)
    body += tab("Learning outcomes", "") + tab("Delivery mode", "Online")
    r = parse(docx(body))
    assert "learning_outcomes" not in r.fields
    assert r.fields["delivery_format"] == "online"


def test_a_tab_after_words_that_are_no_label_stays_a_space() -> None:
    body = "".join(tab(label, answer) for label, answer in
                   [("Proposed title", "Plain-Language Discharge Teaching"), ("Lead proposer", "Rahel Tesfaye"), *BODY])
    body += p("Week 1", "<w:r><w:tab/></w:r>", "Reading levels and plain words")
    r = parse(docx(body))
    assert r.fields["education_plan_alignment"] == "Patient-centred care. Week 1 Reading levels and plain words"


def test_answers_in_the_page_header_are_read_before_the_body() -> None:
    header = (p("CONCEPT PROPOSAL") + p("Working Title: Syndromic PCR Panels") + p("Proponent: Cormac Ansah")
              + p("Contact Email: cansah@example.org") + p("Phone / Extension: 807-555-0177"))
    body = "".join(p(label, bold=True) + p(answer) for label, answer in BODY)
    r = parse(docx(body, header=header))
    assert r.fields["proposal_title"] == "Syndromic PCR Panels"
    assert r.fields["proposer_name"] == "Cormac Ansah"
    assert r.fields["proposer_email"] == "cansah@example.org"
    # the header line ends its answer: the body's first heading is not part of the phone number
    assert r.fields["proposer_phone"] == "807-555-0177"
    assert r.fields["target_learners"] == "Nurses who give discharge instructions."


def test_a_letterhead_in_the_page_header_is_not_read() -> None:
    header = p("LAKEVIEW COMMUNITY CARE") + p("Tel: 705-555-0100")
    body = p("Proposed Title: Trach Care at Home") + "".join(p(label, bold=True) + p(answer) for label, answer in BODY)
    r = parse(docx(body, header=header))
    assert "proposer_phone" not in r.fields


def test_a_heading_set_as_the_labels_are_ends_the_answer_above_it() -> None:
    body = "".join(p(label, bold=True) + p(answer) for label, answer in BODY)
    body += p("Practicalities", bold=True) + p("Format: Hybrid") + p("Hours: 8")
    r = parse(docx(p("Proposed Title: Trach Care at Home") + body))
    assert r.fields["education_plan_alignment"] == "Patient-centred care."
    assert r.fields["delivery_format"] == "hybrid"


QUESTIONS = [
    ("Quel est le titre ?", "Soins podologiques chez la personne âgée"),
    ("Pourquoi est-il nécessaire ?", "Les résidents ont rarement accès à un podologue."),
    ("Quelles compétences seront développées ?", "Inspection du pied; coupe des ongles."),
    ("Comment les acquis seront-ils évalués ?", "Démonstration pratique observée."),
    ("Quel est le lien avec le Plan d'éducation de Michener ?", "Équité et accès aux soins."),
    ("Courriel du proposant ?", "imr@example.com"),
    ("Public cible ?", "Préposés aux bénéficiaires."),
    ("Quels sont les résultats d'apprentissage ?", "Inspecter le pied."),
]


def test_a_french_answer_marker_is_no_part_of_the_answer() -> None:
    body = p("Microcours – réponses", bold=True)
    for n, (question, answer) in enumerate(QUESTIONS, 1):
        body += p(f"Q{n} – {question}", bold=True) + p(f"R : {answer}")
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Soins podologiques chez la personne âgée"
    assert r.fields["summative_assessment"] == "Démonstration pratique observée."


def test_a_dated_line_under_the_last_answer_is_the_submission_date_not_part_of_the_answer() -> None:
    body = "".join(p(f"Q{n}. {question}", bold=True) + p(f"A: {answer}") for n, (question, answer) in
                   enumerate(QUESTIONS, 1))
    body += p("Date : le 6 mars 2026")
    r = parse(docx(body))
    assert r.fields["education_plan_alignment"] == "Équité et accès aux soins."
    assert r.fields["submission_date"] == "2026-03-06"


def test_a_start_keeps_the_case_it_was_written_in() -> None:
    from mailbot_parsers.composite import start_of

    assert start_of("Formule hybride, à partir de septembre 2026.") == "septembre 2026"
    assert start_of("Hybrid, starting early 2027.") == "early 2027"
    assert start_of("Hybrid, starting Early 2027.") == "Early 2027"


HEADED = [("Proposed Title", "Mouth Care Matters"), ("Who it is for", "Personal support workers in long-term care."),
          ("Why", "Daily mouth care is documented for fewer than half of residents."),
          ("Skills we will teach", "Oral assessment; denture care."),
          ("How we will check", "Observed mouth care on a peer."), ("Partner", "Maplecrest Seniors Services"),
          ("Fit with Michener's Education Plan", "Equity and aging.")]


def headed(pairs: list[tuple[str, str]]) -> str:
    return "".join(p(label, bold=True) + p(answer) for label, answer in pairs)


def test_a_signature_under_a_sign_off_line_names_the_proposer_and_ends_the_answer_above() -> None:
    body = headed(HEADED) + "".join(p(line) for line in [
        "Submitted 20 February 2026 by", "Evangeline Osterhout", "Registered Dental Hygienist",
        "Oral Health Outreach, Maplecrest Seniors Services", "eosterhout@example.org", "416-555-0155"])
    r = parse(docx(body))
    assert r.fields["education_plan_alignment"] == "Equity and aging."
    assert r.fields["proposer_name"] == "Evangeline Osterhout"
    assert r.fields["proposer_title"] == "Registered Dental Hygienist"
    assert r.fields["proposer_department"] == "Oral Health Outreach, Maplecrest Seniors Services"
    assert r.fields["proposer_email"] == "eosterhout@example.org"
    assert r.fields["proposer_phone"] == "416-555-0155"
    assert r.fields["submission_date"] == "2026-02-20"


def test_a_date_alone_on_the_last_line_is_the_submission_date_not_part_of_the_last_answer() -> None:
    r = parse(docx(p("Email: eo@example.org") + headed(HEADED) + p("1 March 2026")))
    assert r.fields["education_plan_alignment"] == "Equity and aging."
    assert r.fields["submission_date"] == "2026-03-01"


def test_a_topic_heading_over_a_logistics_sentence_gives_format_hours_start_and_enrolment() -> None:
    body = p("Email: eo@example.org") + headed(HEADED) + headed([(
        "Logistics", "Hybrid delivery, 40 hours in total, starting February 2027, with about 16 technologists a year.")])
    r = parse(docx(body))
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 40
    assert r.fields["proposed_start"] == "February 2027"
    assert r.fields["expected_enrolment"] == 16
    assert r.fields["education_plan_alignment"] == "Equity and aging."


def test_a_yearly_count_of_people_is_enrolment_and_a_yearly_count_of_sessions_is_not() -> None:
    from mailbot_parsers.composite import logistics

    assert logistics("online, 6 hours, with roughly 120 supervisors a year")["expected_enrolment"] == 120
    assert "expected_enrolment" not in logistics("online, 12 hours, 2 sessions a year")


def test_a_bullet_printed_on_a_line_of_its_own_makes_the_line_below_a_list_item() -> None:
    from mailbot_parsers.emphasis import headed_blocks

    blocks = headed_blocks(["By the end, learners will:", "\x7f", "Plan the views", "\x7f", "Reduce artefacts",
                            "Partner Contact:", "—", "Endorsement Status: Confirmed"], [])
    assert [b.text for b in blocks] == ["By the end, learners will:", "• Plan the views", "• Reduce artefacts",
                                        "Partner Contact:", "—", "Endorsement Status: Confirmed"]
    assert [b.list_item for b in blocks][1:3] == [True, True]


def test_run_in_headings_with_a_full_stop_start_their_answers() -> None:
    lines = ["MEMORANDUM", "FROM: Graham Whitcombe", "Email: gw@example.org",
             "RE: Concept for a new micro-credential: Fatigue Risk Management",
             "Audience. Charge nurses and unit managers who build shift schedules.",
             "Background. Overtime and double shifts rose sharply after 2022.",
             "Competencies. Recognising fatigue risk; scheduling principles.",
             "Assessment. A schedule redesign assignment.",
             "Partner. Sunnyside Health Network has confirmed its endorsement and will co-fund the pilot.",
             "Education Plan. Workforce wellness.",
             "Logistics. A fully online course of about 6 hours, launched in Fall 2026, with roughly 120",
             "supervisors a year.",
             "Graham Whitcombe"]
    r = parsers.parse(text_pdf([lines]), "memo.pdf")
    f = r.fields
    assert f["target_learners"] == "Charge nurses and unit managers who build shift schedules."
    assert f["rationale"] == "Overtime and double shifts rose sharply after 2022."
    assert f["competencies"] == "Recognising fatigue risk; scheduling principles."
    assert f["partner_name"] == "Sunnyside Health Network"
    assert f["endorsement_status"] == "confirmed"
    assert f["proposal_title"] == "Fatigue Risk Management"
    assert (f["delivery_format"], f["estimated_hours"], f["expected_enrolment"]) == ("online", 6, 120)


def test_a_full_stop_after_an_abbreviation_or_inside_a_wrapped_sentence_heads_nothing() -> None:
    body = headed(HEADED) + p("Approx. 20 learners would take it in the first year.")
    r = parse(docx(p("Email: eo@example.org") + body))
    assert r.fields["education_plan_alignment"] == "Equity and aging. Approx. 20 learners would take it in the first year."
    assert "estimated_hours" not in r.fields


def test_an_address_and_a_number_in_the_answer_about_the_proposer_are_read_as_surely_as_their_type() -> None:
    questions = [("What is the course called?", "Flow Cytometry Basics"),
                 ("Who is proposing it?", "Ada Eze — Senior Technologist — Hematology Lab — ada@example.org — 416-555-0100"),
                 ("Who are the learners?", "Laboratory technologists new to flow cytometry."),
                 ("Why is it needed?", "Flow volumes doubled."), ("Which skills?", "Gating; compensation."),
                 ("How will achievement be evidenced?", "A practical gating exam."),
                 ("Delivery format?", "Hybrid, 12 hours, about 30 learners a year."),
                 # (a question only a concept form asks: without one, a filled form is another process's)
                 ("Who is your partner?", "Lakeside Hospital Laboratory")]
    body = "".join(p(f"{n}. {q}", bold=True) + p(a) for n, (q, a) in enumerate(questions, 1))
    r = parse(docx(body))
    assert r.fields["proposer_email"] == "ada@example.org"
    assert r.fields["proposer_phone"] == "416-555-0100"
    assert r.fields["estimated_hours"] == 12 and r.fields["expected_enrolment"] == 30
    assert not {"proposer_email", "proposer_phone", "estimated_hours", "expected_enrolment"} & set(r.uncertain_fields)
    # the pieces told apart only by punctuation are sure when each has its own shape: a job, a unit
    # (calibration.agreeing_contact)
    assert r.fields["proposer_title"] == "Senior Technologist" and r.fields["proposer_department"] == "Hematology Lab"
    assert not {"proposer_title", "proposer_department"} & set(r.uncertain_fields)


def test_one_answer_for_email_and_phone_gives_both() -> None:
    body = p("Email / phone: anowak@example.org / 807-555-0120") + headed(HEADED)
    r = parse(docx(body))
    assert r.fields["proposer_email"] == "anowak@example.org"
    assert r.fields["proposer_phone"] == "807-555-0120"


def test_an_endorsement_in_brackets_after_the_partner_is_its_status_and_a_request_in_brackets_is_not() -> None:
    from mailbot_parsers.bylines import partner_line

    assert partner_line("Red Pine Health (endorsement confirmed)") == {
        "partner_name": "Red Pine Health", "endorsement_status": "confirmed"}
    assert partner_line("A stand-alone micro-course (no conversion of an existing program).") == {}


def test_a_section_name_printed_on_the_line_of_the_first_label_does_not_hide_that_label() -> None:
    lines = ["Micro-Course / Credential Concept Form", "A. Proposer Proposed Title Falls Prevention Leader Certificate",
             "Name of Proposer: Saoirse Abernathy", "Email: sa@example.org",
             "B. Request Type of Request [x] New micro-credential [ ] Convert an existing program [ ] Micro-course",
             "Target Learners: Recreation staff.", "Rationale / Need: Falls are rising.",
             "C. Learning design", "Competencies / Skills Targeted: Falls risk screening.",
             "Summative Assessment: Observed teaching.",
             "D. Partner Industry / Employment Partner Willowbrook Health",
             "Endorsement Status: [x] Letter of support attached [ ] In discussion",
             "Alignment with Michener's Education Plan: Healthy aging.",
             "E. Practicalities Delivery Format [ ] Online [ ] In person [x] Hybrid", "Estimated Hours: 18"]
    r = parsers.parse(text_pdf([lines]), "landscape.pdf")
    f = r.fields
    assert f["proposal_title"] == "Falls Prevention Leader Certificate"
    assert f["proposer_name"] == "Saoirse Abernathy"
    assert f["request_type"] == "new"
    assert f["partner_name"] == "Willowbrook Health"
    assert f["education_plan_alignment"] == "Healthy aging."
    assert f["delivery_format"] == "hybrid"


def test_a_bold_first_paragraph_without_heading_style_is_the_title_not_a_label() -> None:
    # a Google Docs export keeps bold runs but no Title or Heading style
    body = p("Concussion Baseline and Return-to-Learn Testing for Athletic Therapists", bold=True)
    body += p("Proposal for a Michener CE micro-credential – draft for discussion")
    body += p("Email: kb@example.org") + headed(HEADED[1:])
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Concussion Baseline and Return-to-Learn Testing for Athletic Therapists"
    assert r.fields["summative_assessment"] == "Observed mouth care on a peer."


def test_a_printed_questionnaire_with_prompts_wrapped_questions_and_lettered_sub_labels() -> None:
    lines = ["Concept Form – Questions and Answers",
             "1. What is the proposed title of the micro-course or credential?", "Placental Gross Examination",
             "2. Tell us about the person proposing it.", "(a) Name: Dr. Ifeoluwa Brandt", "(b) E-mail: ib@example.org",
             "(c) Phone: 613-555-0173",
             "3. Is this a new micro-credential, a conversion of an existing program, or a micro-course?",
             "A micro-course.",
             "4. Who are the learners, and why is the course needed?", "(a) Intended learners: Pathologists' assistants",
             "(b) Need / skills gap: Sampling errors delay diagnoses.",
             "5. How will achievement of the outcomes be evidenced (summative assessment)?",
             "Grossing of three placentas under observation.",
             "6. Which industry or employment partner endorses the proposal, and what is the status of",
             "the endorsement?", "(a) Partner: Queensgate Hospital", "(b) Status: Confirmed",
             "7. How does the proposal align with Michener's Education Plan?", "Stackable learning.",
             "8. Practical details", "(a) Delivery format: In person (gross room)", "(b) Proposed start: Fall 2026"]
    r = parsers.parse(text_pdf([lines]), "questions.pdf")
    f = r.fields
    assert f["proposal_title"] == "Placental Gross Examination"
    assert f["proposer_phone"] == "613-555-0173"
    assert f["request_type"] == "micro_course"
    assert f["summative_assessment"] == "Grossing of three placentas under observation."
    assert f["partner_name"] == "Queensgate Hospital"
    assert f["education_plan_alignment"] == "Stackable learning."
    assert f["delivery_format"] == "in_person"


def test_numbered_sentences_alone_are_a_list_not_a_questionnaire() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.questions import question_pairs

    items = ["1. Describe a placenta.", "Using the consensus terms.", "2. Sample a placenta.", "With the block set.",
             "3. Identify lesions.", "That need review.", "4. Write a report.", "In the lab system."]
    blocks = [Block(text=t, line=True) for t in items]
    assert question_pairs(blocks) == blocks


def test_a_contact_block_typed_as_one_paragraph_with_line_breaks_names_the_proposer() -> None:
    from tests.parser_samples import br

    body = headed(HEADED) + p("Adaeze Whitcombe-Ng, RN, MN", br(), "Clinical Nurse Educator, Emergency Department", br(),
                              "Riverside East Hospital", br(), "adaeze.wn@example.org · 416-555-0109")
    r = parse(docx(body))
    assert r.fields["education_plan_alignment"] == "Equity and aging."
    assert r.fields["proposer_name"] == "Adaeze Whitcombe-Ng"
    assert r.fields["proposer_title"] == "Clinical Nurse Educator, Emergency Department"
    assert r.fields["proposer_department"] == "Riverside East Hospital"
    assert r.fields["proposer_phone"] == "416-555-0109"


def test_a_sentence_that_wants_to_create_a_new_micro_credential_gives_the_request_type() -> None:
    body = p("Email: eo@example.org") + p("What we are asking for", bold=True)
    body += p("We would like to create a new micro-credential (not a conversion of an existing program).")
    r = parse(docx(body + headed(HEADED)))
    assert r.fields["request_type"] == "new"


def test_the_status_after_the_partners_verb_wins_over_the_verb() -> None:
    from mailbot_parsers.bylines import partner_line

    said = partner_line("The Alliance of Greater Toronto has agreed to endorse the credential and their letter of "
                        "support is attached.")
    assert said["endorsement_status"] == "letter_attached"


def test_a_self_introduction_names_the_proposer_their_role_and_where_they_hold_it() -> None:
    from mailbot_parsers.bylines import byline

    found = byline("I'm Ingrid Solheim, Certified Lymphedema Therapist in the Oncology Rehabilitation Clinic at "
                   "Mount Carmel Regional Hospital – ingrid@example.org, 416-555-0183.")
    assert found["proposer_name"] == "Ingrid Solheim"
    assert found["proposer_title"] == "Certified Lymphedema Therapist"
    assert found["proposer_department"] == "Oncology Rehabilitation Clinic at Mount Carmel Regional Hospital"
    assert found["proposer_email"] == "ingrid@example.org"
    # a role whose words after "in" name no organisation stays whole
    assert byline("I am Ana Roy, Nurse in Charge – ana@example.org")["proposer_title"] == "Nurse in Charge"


def test_the_name_role_and_unit_signed_under_a_french_closing_are_the_proposers() -> None:
    lines = ["Bonjour,", "Titre proposé : Prévention du délirium", "Type de demande : microcours",
             "Justification : Un patient âgé sur trois développe un délirium.",
             "Résultats d'apprentissage : Appliquer la méthode CAM.",
             "Compétences visées : Dépistage du délirium.", "Public cible : infirmières.",
             "Évaluation sommative : Une vignette filmée.", "Partenaire : Centre hospitalier des Trois-Rives.",
             "Courriel : emr@example.org", "Merci de votre attention,", "Élodie Marchetti-Roy",
             "Conseillère en soins infirmiers", "Direction des soins infirmiers, Centre hospitalier des Trois-Rives"]
    r = parse(docx("".join(p(line) for line in lines)))
    assert r.fields["proposer_name"] == "Élodie Marchetti-Roy"
    assert r.fields["proposer_title"] == "Conseillère en soins infirmiers"
    assert r.fields["proposer_department"] == "Direction des soins infirmiers, Centre hospitalier des Trois-Rives"
    # read from its place, not from a label, but a signature's name line that is a name and nothing else names the
    # writer (calibration's "signed" and "typed"), accented capital or not (stop 38: "É" no longer hides the name's shape)
    assert "proposer_name" not in r.uncertain_fields and r.sources["proposer_name"].supports == ("signed", "typed")


def test_the_hours_are_the_figure_the_unit_names_not_the_first_figure() -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value("estimated_hours", [("one day, 8 h", False)]) == 8
    assert to_value("estimated_hours", [("2 days (12 hours)", False)]) == 12
    assert to_value("estimated_hours", [("6-8 hours", False)]) == 6  # a range keeps its first figure, as before
    assert to_value("estimated_hours", [("3 modules of 4 hours, 12 hours in total", False)]) == 12


def test_a_title_before_a_name_does_not_end_the_contact_sentence() -> None:
    body = p("Email: eo@example.org") + headed(HEADED[:5]) + p("Partner", bold=True) + p(
        "Lakeshore Cancer Centre. Contact: Dr. Elena Marchetti, Radiation Safety Officer. A letter of support is attached.")
    r = parse(docx(body + headed(HEADED[6:])))
    assert r.fields["partner_contact"] == "Dr. Elena Marchetti, Radiation Safety Officer"


def test_a_pasted_paragraph_keeps_the_list_under_a_label_as_items() -> None:
    from tests.parser_samples import br

    lines = ["Proposed Title:", "Flow Cytometry Basics", "Email:", "ao@example.org", "Target Audience:", "MLTs.",
             "Competencies Addressed:", "Daily QC; compensation.", "Learning Outcomes:", "- Perform daily QC.",
             "- Set compensation.", "Assessment of Outcomes:", "Practical exam.", "Partner Organization:",
             "Trillium Ridge Health", "Education Plan Alignment:", "Lab workforce."]
    runs: list[str] = []
    for line in lines:
        runs += [line, br()]
    r = parse(docx(p(*runs[:-1])))
    assert r.fields["learning_outcomes"] == ["Perform daily QC.", "Set compensation."]
    assert r.fields["summative_assessment"] == "Practical exam."
