"""Retyped DOCX forms: a flattened table's glued labels, abbreviated tick-box captions, partner remarks in brackets,
and one-line answers of a "Label: answer" form that end at the next label in the writer's own words."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers
from mailbot_parsers.bylines import partner_line
from mailbot_parsers.docx_form import read_docx
from mailbot_parsers.normalise import to_value


def _saved(document: "docx.document.Document") -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _glued_form() -> bytes:
    """A form whose table lost its cells: every row run into one paragraph, labels bold, answers plain."""
    d = docx.Document()
    d.add_paragraph("Micro-Course / Credential Concept Form")
    para = d.add_paragraph()
    rows = [("Proposed Title:", " Safe Specimen Transport"), ("Name of Proposer:", " Ada Lindqvist-Osei"),
            ("Email:", " alindqvist@example.org"), ("Target Learners:", " Clinic nurses and porters"),
            ("Rationale / Need:", " Samples arrive late and leak."),
            ("Competencies / Skills Targeted [R1]:", " Packaging; labelling; cold chain"),
            ("Competency Framework Alignment:", ""),
            ("Summative Assessment [R2]:", " Observed packing of three specimens."),
            ("Industry / Employment Partner [R3]:", " Lakeside Reference Laboratory"),
            ("Endorsement Status [R3]:", " ☐ Letter attached   ☒ Confirmed   ☐ In discussion   ☐ None"),
            ("Alignment with Michener's Education Plan [R4]:", " Supports community partners."),
            ("Delivery Format:", " ☒ Online   ☐ In person   ☐ Hybrid")]
    for label, answer in rows:
        para.add_run(label).bold = True
        if answer:
            para.add_run(answer)
    return _saved(d)


def test_labels_glued_into_one_paragraph_are_read_as_rows() -> None:
    r = parsers.parse(_glued_form(), "form.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Specimen Transport"
    assert r.fields["proposer_name"] == "Ada Lindqvist-Osei"
    assert r.fields["target_learners"] == "Clinic nurses and porters"
    assert r.fields["summative_assessment"] == "Observed packing of three specimens."
    assert r.fields["partner_name"] == "Lakeside Reference Laboratory"
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["delivery_format"] == "online"
    assert "competency_framework" not in r.fields  # its label was empty: the next label is no answer


def test_one_bold_word_with_a_colon_in_prose_splits_nothing() -> None:
    d = docx.Document()
    para = d.add_paragraph("We will run the course twice a year. ")
    para.add_run("Note:").bold = True
    para.add_run(" the lab is shared with the day program.")
    blocks, _, _ = read_docx(_saved(d), "memo.docx")
    assert [b.text for b in blocks if b.text] == [
        "We will run the course twice a year. Note: the lab is shared with the day program."]


def test_an_abbreviated_caption_of_the_ticked_box_names_its_option() -> None:
    assert to_value("delivery_format", [("[X] Onl.   [ ] In pers.   [ ] Hybrid", False)]) == "online"
    assert to_value("endorsement_status", [("[ ] Letter   [ ] Confirmed   [X] In disc.   [ ] None", False)]) \
        == "in_discussion"
    # a cut word must still be the start of one option's word only
    assert to_value("delivery_format", [("[X] O.   [ ] Hybrid", False)]) is None


def test_an_unticked_option_is_never_the_answer_when_the_ticked_caption_is_unread() -> None:
    d = docx.Document()
    d.add_paragraph("Micro-Course / Credential Concept Form")
    t = d.add_table(rows=0, cols=2)
    for label, answer in [("Proposed Title", "Cold Chain Basics"), ("Target Learners", "Porters"),
                          ("Rationale / Need", "Late samples"), ("Competencies / Skills Targeted", "Packing"),
                          ("Summative Assessment", "Observed packing"), ("Industry / Employment Partner", "Lakeside Lab"),
                          ("Endorsement Status", "☒ Confirmed ☐ None"), ("Delivery Format", "[X] Webinar   [ ] Hybrid")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    r = parsers.parse(_saved(d), "form.docx")
    assert r.fields.get("delivery_format") != "hybrid"


def test_a_partner_with_its_contact_in_brackets_without_a_colon() -> None:
    assert partner_line("Elmwood Care Homes (contact Jerome Achterberg) – letter of support attached") == {
        "partner_name": "Elmwood Care Homes", "partner_contact": "Jerome Achterberg",
        "endorsement_status": "letter_attached"}


def test_a_remark_in_brackets_after_the_partner_is_no_part_of_its_name() -> None:
    assert partner_line("Greenway Pharmacies (letter of support to follow)")["partner_name"] == "Greenway Pharmacies"
    assert partner_line("Greater Lakes Health (Toronto)") == {}  # a place (or an acronym) stays with the name


def test_a_one_line_answer_ends_at_the_next_label_in_the_writers_words() -> None:
    d = docx.Document()
    d.add_paragraph("Logic model – Cold Chain Basics")
    for line in ["Lead: Ada Lindqvist-Osei, Educator, Laboratory Services (alindqvist@example.org)",
                 "Partner: Greenway Pharmacies", "Type: Micro-course", "Learners: Porters and clinic nurses",
                 "Skills focus: packing; labelling; cold chain", "Summative: observed packing of three specimens",
                 "Fit with Michener's Education Plan: supports community partners"]:
        d.add_paragraph(line)
    r = parsers.parse(_saved(d), "model.docx")
    assert r.fields["partner_name"] == "Greenway Pharmacies"
    assert r.fields.get("request_type") == "micro_course"


def test_a_nested_table_of_options_with_the_chosen_one_marked_beside_it() -> None:
    d = docx.Document()
    d.add_paragraph("Formulaire de concept")
    t = d.add_table(rows=0, cols=2)
    for label, answer in [("Titre proposé", "Photothérapie sécuritaire"), ("Apprenants visés", "Infirmières"),
                          ("Justification / besoin", "Erreurs de dose"), ("Compétences visées", "Calcul des doses"),
                          ("Évaluation sommative", "Examen écrit"), ("Partenaire", "Association des cliniques")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    for label, options in [("Type de demande", [("Nouveau microcertificat", ""), ("Microcours", "X")]),
                           ("Statut de l’appui", [("Lettre d’appui jointe", ""), ("En discussion", "X"),
                                                  ("Aucun pour l’instant", "")])]:
        cells = t.add_row().cells
        cells[0].text = label
        inner = cells[1].add_table(rows=0, cols=2)
        for caption, mark in options:
            row = inner.add_row().cells
            row[0].text, row[1].text = caption, mark
    r = parsers.parse(_saved(d), "formulaire.docx")
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["endorsement_status"] == "in_discussion"


def test_the_assessment_of_an_sbar_note_is_the_writers_analysis() -> None:
    d = docx.Document()
    d.add_heading("SBAR briefing note: a PET-CT micro-credential", 0)
    for head, text in [("Situation", "We are asking CE to develop a new micro-credential, PET-CT Preparation, for "
                                     "nuclear medicine technologists new to PET-CT."),
                       ("Background", "Three new scanners opened in 2026 and repeat scans doubled."),
                       ("Assessment", "The gap is not physics but four practical skills."),
                       ("Recommendation", "Build the course."),
                       ("How we will know", "A scored simulation of a full patient preparation.")]:
        d.add_heading(head, 1)
        d.add_paragraph(text)
    r = parsers.parse(_saved(d), "sbar.docx")
    assert r.fields.get("summative_assessment") != "The gap is not physics but four practical skills."


def test_a_course_with_an_online_part_and_an_in_person_part_is_hybrid() -> None:
    from mailbot_parsers.composite import logistics

    assert logistics("online + 1 in-person tasting lab, ~6 hrs, ~80/yr")["delivery_format"] == "hybrid"
    assert to_value("delivery_format", [("Online modules plus an in-person skills day", False)]) == "hybrid"
    assert to_value("delivery_format", [("Fully online", False)]) == "online"
    # offered as alternatives, the two parts make no hybrid course
    assert to_value("delivery_format", [("Online or in person, to be decided", False)]) != "hybrid"


def test_a_charter_names_the_partner_sponsor_and_the_title_project_name() -> None:
    from mailbot_parsers.meaning import resolve

    sponsor = resolve("Sponsor", "Grand River Hospice and Home Care", None)
    assert sponsor is not None and sponsor.key == "partner_name"
    title = resolve("Project name", "Hypodermoclysis in Palliative Home Care", None)
    assert title is not None and title.key == "proposal_title"
    proof = resolve("Proof of learning", "Timed fault-finding station with three hidden faults", None)
    assert proof is not None and proof.key == "summative_assessment"


def test_a_title_given_after_a_colon_in_the_proposing_sentence() -> None:
    d = docx.Document()
    d.add_paragraph("30 November 2026 – to Michener Continuing Education")
    d.add_paragraph("We would like to propose a new micro-credential: Trauma-Informed Communication at the Imaging "
                    "Front Desk.")
    d.add_heading("Who", 3)
    d.add_paragraph("It is meant for imaging clerks and technologists who greet patients.")
    d.add_heading("Why", 3)
    d.add_paragraph("Complaints about front-desk interactions doubled this year.")
    d.add_heading("Partner", 3)
    d.add_paragraph("The Lakemount Patient and Family Council co-designed the scenarios; its letter of support is "
                    "attached.")
    r = parsers.parse(_saved(d), "proposal.docx")
    assert r.fields["proposal_title"] == "Trauma-Informed Communication at the Imaging Front Desk"


def test_a_letterhead_name_line_over_the_address_line_is_the_signature() -> None:
    from mailbot_parsers.bylines import signature

    assert signature(["Ngaire Oduya, Patient Experience Lead · Medical Imaging, Lakemount Health Partners\n"
                      "noduya@example.org · 905-555-0127"]) == {
        "proposer_name": "Ngaire Oduya", "proposer_title": "Patient Experience Lead",
        "proposer_department": "Medical Imaging, Lakemount Health Partners", "proposer_email": "noduya@example.org",
        "proposer_phone": "905-555-0127"}


def test_the_proposer_named_in_the_letterhead_above_their_address() -> None:
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "Lakemount Health Partners · Medical Imaging"
    header.add_paragraph("Ngaire Oduya, Patient Experience Lead · Medical Imaging, Lakemount Health Partners")
    header.add_paragraph("noduya@example.org · 905-555-0127")
    d.add_paragraph("We would like to propose a new micro-credential: Trauma-Informed Communication at the Front Desk.")
    for head, text in [("Who", "It is meant for imaging clerks and technologists who greet patients."),
                       ("How we'll know it works", "Two recorded role-plays scored on a communication rubric."),
                       ("Partner", "The Lakemount Patient and Family Council co-designed the scenarios; its letter of "
                                   "support is attached."),
                       ("Fit", "Person-centred care, the first pillar of Michener's Education Plan.")]:
        d.add_heading(head, 3)
        d.add_paragraph(text)
    r = parsers.parse(_saved(d), "proposal.docx")
    assert r.fields["proposer_name"] == "Ngaire Oduya"
    assert r.fields["proposer_email"] == "noduya@example.org"
    assert "Ngaire" not in str(r.fields.get("education_plan_alignment"))


def test_a_partners_letter_of_intent_read_by_its_sentences() -> None:
    from mailbot_parsers import prose

    found = prose.read([
        "Norvale Pharmacy Group would like to propose that Michener develop a micro-course for pharmacy assistants. "
        "We make this request because most packaging errors trace back to staff who were never trained.",
        "For the summative assessment we suggest a timed practical in which learners fill two packs with seeded errors.",
        "Norvale Pharmacy Group formally endorses this proposal and commits to hosting the practical sessions."])
    assert found["rationale"].value == "most packaging errors trace back to staff who were never trained"
    assert found["summative_assessment"].value == "a timed practical in which learners fill two packs with seeded errors"
    assert found["partner_name"].value == "Norvale Pharmacy Group"
    assert found["endorsement_status"].value == "confirmed"


def _bracket_letter() -> bytes:
    d = docx.Document()
    d.add_heading("Proposal letter – fill in the [brackets]", 1)
    d.add_paragraph("Template CE-T3 · Replace the text in each [bracket] with your answer and send to ce@michener.example.")
    d.add_paragraph("Date: [25 November 2026]")
    d.add_paragraph("I, [Kwame Lindahl], [Senior Radiological Technologist] in [Mobile Imaging Services, Lakemount "
                    "Health Partners], propose a [micro-course] titled [Mobile Radiography in Care Homes] for [medical "
                    "radiation technologists who work on mobile units].")
    d.add_paragraph("It is needed because [residents are increasingly imaged in place and nobody teaches it].")
    d.add_paragraph("By the end of the course, learners will be able to:")
    for item in ("[Position a frail resident in bed]", "[Apply radiation protection in a shared room]"):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Achievement will be shown by [an observed exam in a partner home].")
    d.add_paragraph("Format: [hybrid]; hours: [10]; start: [October 2027]; learners per year: [30]; resources: "
                    "[resources, if any].")
    d.add_paragraph("You can reach me at [klindahl@example.org] or [905-555-0161].")
    return _saved(d)


def test_a_form_letter_filled_in_its_brackets_is_read_without_them() -> None:
    r = parsers.parse(_bracket_letter(), "letter.docx")
    assert r.fields["proposal_title"] == "Mobile Radiography in Care Homes"
    assert r.fields["proposer_name"] == "Kwame Lindahl"
    assert r.fields["proposer_title"] == "Senior Radiological Technologist"
    assert r.fields["proposer_email"] == "klindahl@example.org"
    assert r.fields["proposed_start"] == "October 2027"
    assert r.fields["learning_outcomes"] == ["Position a frail resident in bed",
                                             "Apply radiation protection in a shared room"]
    assert "resources_required" not in r.fields  # the bracket still holds the template's prompt


def test_a_date_given_on_its_labels_line_takes_no_sentence_below_it() -> None:
    r = parsers.parse(_bracket_letter(), "letter.docx")
    assert r.fields["submission_date"] == "2026-11-25"
    assert r.fields.get("rationale") == "residents are increasingly imaged in place and nobody teaches it"


def test_a_forms_requirement_markers_are_no_bracketed_answers() -> None:
    from mailbot_parsers.brackets import unbracketed
    from mailbot_parsers.layout import Block

    blocks = [Block(text=t) for t in ["Competencies [R1]: Logging", "Learning Outcomes [R1]: Read a logger",
                                      "Summative Assessment [R2]: Observed check", "Partner [R3]: Harbourside",
                                      "Education Plan [R4]: Safety goal"]]
    assert unbracketed(blocks) == blocks


def test_a_bilingual_table_is_read_in_its_english_column() -> None:
    d = docx.Document()
    d.add_heading("Micro-credential proposal / Proposition de microcertificat", 1)
    t = d.add_table(rows=0, cols=2)
    for en, fr in [("English", "Français"),
                   ("Title. Naloxone for Community Workers", "Titre. Naloxone pour les intervenants"),
                   ("Who we are. Solène Amadi, Harm Reduction Coordinator, Eastview Community Health Centre",
                    "Qui nous sommes. Solène Amadi, Coordonnatrice, Centre de santé Eastview"),
                   ("This is a new micro-credential.", "Il s’agit d’un nouveau microcertificat."),
                   ("Learners. outreach workers and shelter staff", "Personnes visées. intervenants et personnel"),
                   ("Why. Overdose calls doubled and staff never practised.", "Pourquoi. Les appels ont doublé."),
                   ("Outcomes.\n1. Recognise an overdose\n2. Give naloxone correctly", "Résultats.\n1. Reconnaître\n2. Donner"),
                   ("Assessment. A timed scenario on a manikin.", "Évaluation. Un scénario chronométré."),
                   ("Partner. Rideau Valley Shelter Alliance (Thierry Dion, tdion@example.com). Letter of support attached.",
                    "Partenaire. Rideau Valley Shelter Alliance (Thierry Dion, tdion@example.com). Lettre jointe.")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = en, fr
    r = parsers.parse(_saved(d), "bilingual.docx")
    assert r.fields["proposer_title"] == "Harm Reduction Coordinator"
    assert r.fields["proposer_department"] == "Eastview Community Health Centre"
    assert r.fields["learning_outcomes"] == ["Recognise an overdose", "Give naloxone correctly"]
    assert r.fields["partner_name"] == "Rideau Valley Shelter Alliance"
    assert r.fields["endorsement_status"] == "letter_attached"


def test_a_chats_time_stamps_are_no_bracketed_answers() -> None:
    from mailbot_parsers.brackets import unbracketed
    from mailbot_parsers.layout import Block

    blocks = [Block(text=f"[11/19/2026 2:0{n} PM] Ana Roy: line {n}") for n in range(6)]
    assert unbracketed(blocks) == blocks


def test_a_french_memo_submits_its_proposal_and_names_its_partner_before_a_spaced_colon() -> None:
    from mailbot_parsers import prose

    found = prose.read(["Je vous soumets la proposition d'un microcours intitulé « Ajustement des masques de PPC ». "
                        "Il s'agit d'un microcours."])
    assert found["proposal_title"].value == "Ajustement des masques de PPC"
    assert found["request_type"].value == "micro_course"
    said = partner_line("Réseau des cliniques du sommeil de l'Outaouais : nous sommes en discussion avec le réseau.")
    assert said["partner_name"] == "Réseau des cliniques du sommeil de l'Outaouais"
    assert said["endorsement_status"] == "in_discussion"


def test_converting_part_of_a_program_names_the_program_and_the_learners() -> None:
    from mailbot_parsers import prose

    found = prose.read(["We request support to convert the early pregnancy content of Diagnostic Medical Sonography "
                        "(obstetrics module) into a stand-alone micro-credential for generalist sonographers who "
                        "cover early pregnancy units."])
    assert found["request_type"].value == "existing_program"
    assert found["existing_program_name"].value == "Diagnostic Medical Sonography (obstetrics module)"
    assert found["target_learners"].value == "generalist sonographers who cover early pregnancy units"


def test_a_contact_block_under_its_heading_keeps_its_lines_apart() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = extract([Block(text="Pour me joindre", heading=2),
                  Block(text="Ophélie Lambert, Ergothérapeute clinicienne\nProgramme de réadaptation neurologique, "
                             "Centre Les Érables\nCourriel : o.lambert@example.org – Tél. : 819-555-0113")])
    assert ex.fields["proposer_name"] == "Ophélie Lambert"
    assert ex.fields["proposer_title"] == "Ergothérapeute clinicienne"
    assert ex.fields["proposer_department"] == "Programme de réadaptation neurologique, Centre Les Érables"


def test_a_memo_from_a_labs_analyst_read_by_its_sentences_and_signature() -> None:
    d = docx.Document()
    for line in ["MEMORANDUM", "TO:\tContinuing Education, Michener", "FROM:\tTobiah Kowalski, LIS Analyst",
                 "DATE:\t25 November 2026", "RE:\tProposed micro-credential – autoverification",
                 "I am proposing a new micro-credential, Designing Autoverification Rules, for laboratory information "
                 "system analysts and senior technologists, delivered online over 12 hours starting spring 2027.",
                 "Achievement would be shown through a validation package reviewed by a laboratory director. Crestline "
                 "Health Laboratories (my employer) is discussing a formal endorsement with its medical director.",
                 "I would be glad to discuss.", "Tobiah Kowalski", "LIS Analyst",
                 "Laboratory Information Systems, Crestline Health Laboratories", "tkowalski@example.com | 416-555-0116"]:
        d.add_paragraph(line)
    r = parsers.parse(_saved(d), "memo.docx")
    assert r.fields["target_learners"] == "laboratory information system analysts and senior technologists"
    assert r.fields["partner_name"] == "Crestline Health Laboratories"
    assert r.fields["proposer_department"] == "Laboratory Information Systems, Crestline Health Laboratories"


def test_a_quoted_replys_header_on_one_line_does_not_name_the_proposer() -> None:
    d = docx.Document()
    for line in ["From: Ignatius Holm <iholm@michener.example>", "Sent: Friday, November 27, 2026 8:05 AM",
                 "To: ce@michener.example", "Subject: FW: art line refresher?", "See below - would CE consider it?", "",
                 "From: Ignatius Holm <iholm@michener.example>", "Sent: Thursday, November 12, 2026 4:41 PM",
                 "To: Marguerite Voss <mvoss@example.com>", "Subject: art line refresher?", "Hi Marguerite,",
                 "I'd like to put together a micro-course called \"Arterial Line Set-up for RTs\" for RTs in community "
                 "hospitals. By the end people should be able to:"]:
        d.add_paragraph(line)
    for item in ("Set up and zero a transducer", "Perform a square-wave test", "Recognise abnormal waveforms"):
        d.add_paragraph(item, style="List Bullet")
    for line in ["I'd finish with a simulated set-up station with a checklist.", "Cheers, Iggy", "",
                 "From: Marguerite Voss <mvoss@example.com>  Sent: November 13, 2026", "We'd be keen, let's talk."]:
        d.add_paragraph(line)
    r = parsers.parse(_saved(d), "FW.docx")
    assert r.fields.get("proposer_name") != "Marguerite Voss" or "proposer_name" in r.uncertain_fields


def test_an_outcome_list_ends_at_a_heading_word_over_the_next_labelled_line() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = extract([Block(text="By the end, learners should be able to:"),
                  Block(text="Explain what a biosimilar is"), Block(text="Demonstrate the new injection device"),
                  Block(text="Summary"), Block(text="Working title: Biosimilar Switching for Technicians")])
    assert ex.fields["learning_outcomes"] == ["Explain what a biosimilar is", "Demonstrate the new injection device"]


def test_outcomes_laid_out_as_a_nested_table_of_numbered_rows() -> None:
    d = docx.Document()
    d.add_paragraph("Micro-Course / Credential Concept Form")
    t = d.add_table(rows=0, cols=2)
    for label, answer in [("Proposed Title", "Breast Milk Handling in the NICU"), ("Target Learners", "NICU nurses"),
                          ("Rationale / Need", "Misadministration incidents"), ("Competencies", "Barcode checks"),
                          ("Summative Assessment", "Observed preparation of feeds"),
                          ("Industry / Employment Partner", "Lakeshore NICU")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    cells = t.add_row().cells
    cells[0].text, cells[1].text = "Learning Outcomes", "By the end of the course learners will be able to:"
    inner = cells[1].add_table(rows=0, cols=2)
    for code, item in [("LO1", "Verify milk to the right infant"), ("LO2", "Prepare fortified feeds aseptically")]:
        row = inner.add_row().cells
        row[0].text, row[1].text = code, item
    r = parsers.parse(_saved(d), "form.docx")
    assert r.fields["learning_outcomes"] == ["Verify milk to the right infant", "Prepare fortified feeds aseptically"]


def test_a_date_with_its_month_spelled_between_year_and_day() -> None:
    assert to_value("submission_date", [("2026-Dec-01", False)]) == "2026-12-01"


def test_its_for_names_the_learners() -> None:
    from mailbot_parsers import prose

    found = prose.read(["Working title: Polysomnography Scoring. It's for registered polysomnographic technologists "
                        "who score overnight studies."])
    assert found["target_learners"].value == "registered polysomnographic technologists who score overnight studies"
    assert "target_learners" not in prose.read(["It is for your consideration."])


def test_a_first_name_signed_over_the_letterheads_contact_line() -> None:
    from mailbot_parsers.bylines import signed_block

    assert signed_block(["Ingeborg", "Ingeborg Whitlock, Clinical Director  ·  iwhitlock@example.com  ·  416-555-0183"]) \
        == {"proposer_name": "Ingeborg Whitlock", "proposer_title": "Clinical Director",
            "proposer_email": "iwhitlock@example.com", "proposer_phone": "416-555-0183"}
    assert signed_block(["Continuing Education, The Michener Institute", "Point-of-Care Ultrasound"]) == {}


def test_an_answer_that_names_the_course_by_its_kind_under_a_guessed_heading() -> None:
    from mailbot_parsers import prose

    assert prose.course_named("A brand-new micro-credential, Wheelchair Skills Training for Assistants, built on the "
                              "open program materials.") == {"proposal_title": "Wheelchair Skills Training for Assistants",
                                                             "request_type": "new"}
    assert partner_line("Bayshore Rehabilitation Hospital has signed a letter of support (attached); my contact there "
                        "is Otis Maranga, Director of Therapy.")["partner_contact"] == "Otis Maranga, Director of Therapy"


def test_an_answer_framed_by_what_learners_do_or_hedged() -> None:
    from mailbot_parsers.prose import unframed

    assert unframed("summative_assessment", "Learners complete an observed station scored with a checklist.") \
        == "an observed station scored with a checklist"
    assert unframed("target_learners", "Mainly rehabilitation assistants in inpatient rehab.") \
        == "rehabilitation assistants in inpatient rehab"


def test_a_documents_first_line_in_capitals_names_its_kind_not_a_field() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = extract([Block(text="NOTE DE SERVICE"), Block(text="À : Formation continue (ce@michener.example)"),
                  Block(text="De : Géraldine Nyambura, Inhalothérapeute, Clinique du sommeil")])
    assert ex.fields.get("proposer_department") != "À : Formation continue (ce@michener.example)"
    assert "proposer_department" not in ex.label_reads or all(
        label != "NOTE DE SERVICE" for _, label, _, _ in ex.label_reads["proposer_department"])
