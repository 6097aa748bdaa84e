# -*- coding: utf-8 -*-
"""Tuning half of round 17b: content of each document and its expected fields.
Field values are defined once and used both in the document and in the expected file."""

DOCS = []


def join(items):
    """List in a text field: items joined with '; ', or one space after an item ending in punctuation."""
    out = items[0]
    for prev, it in zip(items, items[1:]):
        out += (" " if prev[-1] in ".;:,!?)" else "; ") + it
    return out


# ------------------------------------------------------------------ T1: pitch deck (G1), complete
F = {
    "proposal_title": "Chest Drain Care on the Ward: Safe Management for Nurses and RTs",
    "proposer_name": "Imogen Castellanos",
    "proposer_title": "Clinical Nurse Educator, Thoracic Surgery",
    "proposer_department": "Harbourfront General Hospital",
    "proposer_email": "imogen.castellanos@example.org",
    "proposer_phone": "416-555-0142",
    "request_type": "new",
    "target_learners": "Registered nurses and respiratory therapists on surgical, medical and step-down units who look after patients with chest drains",
    "rationale": "Chest drains are now managed on general wards, not only in thoracic ICU. Our incident review counted 23 drain-related events in 2025 (dislodged tubes, clamped drains, unrecognised air leaks). Staff tell us they learned drain care informally, at the bedside.",
    "competencies": join(T1_SKILLS := ["Setting up and checking wet and dry suction drainage systems", "Assessing for air leak, subcutaneous emphysema and tension pneumothorax", "Safe transport, clamping and tube dislodgement response", "Documentation and escalation"]),
    "learning_outcomes": ["Assemble and troubleshoot a chest drainage system at the bedside.", "Interpret swinging, bubbling and drainage volume and escalate when findings are abnormal.", "Respond correctly to a disconnected or dislodged chest tube.", "Document drain assessment using the unit flowsheet."],
    "summative_assessment": "Observed station in the simulation lab scored with a 15-item checklist (pass mark 13/15) plus a 20-question online quiz",
    "partner_name": "Ontario Thoracic Nursing Network",
    "partner_contact": "Dr. Roland Achebe, Chair, roland.achebe@example.com",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Supports the Education Plan priority of safe, interprofessional practice and short stackable credentials for working clinicians.",
    "delivery_format": "hybrid",
    "estimated_hours": 10,
    "proposed_start": "April 2027",
    "expected_enrolment": 60,
    "submission_date": "2026-11-12",
}
DOCS.append({
    "name": "Chest drain care - pitch deck.pdf", "genre": "G1", "shape": "5", "fields": F,
    "notes": "Pitch deck (python-pptx, LibreOffice PDF): title slide with presenter and date, one topic per slide with bullets, rationale as three sentence bullets, hours and enrolment as sums/words, contact on the last slide; endorsement confirmed ('agreed ... letter will follow').",
    "content": {
        "title": F["proposal_title"],
        "subtitle_lines": ["A micro-credential proposal for Michener Continuing Education",
                           "Imogen Castellanos, Clinical Nurse Educator, Thoracic Surgery", "12 November 2026"],
        "slides": [
            ("Why now?", ["Chest drains are now managed on general wards, not only in thoracic ICU.",
                          "Our incident review counted 23 drain-related events in 2025 (dislodged tubes, clamped drains, unrecognised air leaks).",
                          "Staff tell us they learned drain care informally, at the bedside."]),
            ("Who it is for", [F["target_learners"]]),
            ("Skills we will build", T1_SKILLS),
            ("By the end, learners will be able to", F["learning_outcomes"]),
            ("How we will know they can do it", [F["summative_assessment"]]),
            ("Partner", ["Ontario Thoracic Nursing Network has agreed to endorse the credential; the signed letter will follow.",
                         "Contact: Dr. Roland Achebe, Chair, roland.achebe@example.com"]),
            ("Fit with Michener", [F["education_plan_alignment"]]),
            ("Format and numbers", ["Hybrid: 6 hours online modules + 4 hours simulation lab = 10 hours",
                                    "First cohort April 2027",
                                    "Three cohorts of twenty a year (60 learners)",
                                    "A brand-new micro-credential (not a conversion of an existing course)"]),
            ("Questions?", ["Imogen Castellanos", "Clinical Nurse Educator, Thoracic Surgery",
                            "Harbourfront General Hospital", "imogen.castellanos@example.org", "416-555-0142"]),
        ],
        "footer": "Harbourfront General Hospital | Chest drain care proposal",
    },
})

# ------------------------------------------------------------------ T2: e-mail printed to PDF (G2), complete
F = {
    "proposal_title": "Recognising and Responding to Acute Transfusion Reactions",
    "proposer_name": "Desmond Oyelaran",
    "proposer_title": "Transfusion Safety Officer",
    "proposer_department": "Blood Transfusion Service, Lakeview Regional Health",
    "proposer_email": "d.oyelaran@example.org",
    "proposer_phone": "905-555-0117 ext. 4402",
    "request_type": "micro_course",
    "target_learners": "nurses, medical laboratory technologists and perfusionists who hang, issue or monitor blood components",
    "rationale": "Our hemovigilance data show that mild febrile and allergic reactions are recognised, but that transfusion-associated circulatory overload and septic reactions are often missed or reported late. In 2025, four of our eleven serious reactions were reported more than 24 hours after the transfusion.",
    "competencies": "bedside recognition of reaction signs, immediate management, specimen collection for the lab work-up, and reporting to the hemovigilance program",
    "learning_outcomes": ["Distinguish the main types of acute transfusion reaction from their signs and timing.", "Carry out the first five steps of the reaction protocol in the right order.", "Collect and label the post-reaction specimens correctly.", "Complete a hemovigilance report within the required time."],
    "summative_assessment": "a scenario-based online test (25 questions, 80% to pass) and a recorded mock reaction call that the course lead grades",
    "partner_name": "Canadian Hemovigilance Practitioners Association",
    "partner_contact": "Lucia Ferreira-Tan, lucia.ft@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "This fits the Education Plan's commitment to patient safety and to flexible, online learning for staff across the region.",
    "delivery_format": "online",
    "estimated_hours": 5,
    "proposed_start": "January 2027",
    "expected_enrolment": 120,
    "resources_required": "An instructional designer for about 40 hours and space on the Michener learning platform; we can provide case material and the reaction protocol.",
    "submission_date": "2026-11-17",
}
DOCS.append({
    "name": "Proposal - transfusion reactions micro-course.pdf", "genre": "G2", "shape": "5", "fields": F,
    "notes": "E-mail printed to PDF from a web mail client (HTML print via LibreOffice): From/Sent/To/Subject block, body in sentences (learners after 'designed for', competencies after 'covers', assessment after 'finish with'), numbered outcomes, letter attached said in a sentence, hours in words, signature with phone and extension.",
    "content": {
        "account": "Lakeview Regional Health Webmail - d.oyelaran@example.org",
        "subject_big": "Micro-course proposal: Recognising and Responding to Acute Transfusion Reactions",
        "headers": [("From:", "Desmond Oyelaran <d.oyelaran@example.org>"),
                    ("Sent:", "Tuesday, November 17, 2026 9:42 AM"),
                    ("To:", "Continuing Education <ce@michener.example>"),
                    ("Cc:", "Lucia Ferreira-Tan <lucia.ft@example.com>"),
                    ("Subject:", "Micro-course proposal: Recognising and Responding to Acute Transfusion Reactions"),
                    ("Attachments:", "CHPA letter of support.pdf")],
        "body": [
            "Good morning,",
            "I would like to propose a short micro-course, Recognising and Responding to Acute Transfusion Reactions, to be offered through Michener CE. It is designed for nurses, medical laboratory technologists and perfusionists who hang, issue or monitor blood components.",
            "Why we need it: " + F["rationale"],
            "The course covers bedside recognition of reaction signs, immediate management, specimen collection for the lab work-up, and reporting to the hemovigilance program. By the end, participants will be able to:",
        ] + ["# " + o for o in F["learning_outcomes"]] + [
            "Learners would finish with a scenario-based online test (25 questions, 80% to pass) and a recorded mock reaction call that the course lead grades.",
            "The Canadian Hemovigilance Practitioners Association has reviewed the outline, and their letter of support is attached. Our contact there is Lucia Ferreira-Tan, lucia.ft@example.com (copied).",
            F["education_plan_alignment"],
            "Practical details: fully online and self-paced, about five hours in total. We would like to start in January 2027 and expect roughly 120 learners a year across the region's three hospitals.",
            "Resources: " + F["resources_required"],
            "Happy to meet to discuss.",
        ],
        "signature": ["Best regards,", "", "Desmond Oyelaran", "Transfusion Safety Officer",
                      "Blood Transfusion Service, Lakeview Regional Health", "T 905-555-0117 ext. 4402",
                      "d.oyelaran@example.org"],
    },
})

# ------------------------------------------------------------------ T3: two-column executive summary (G3), existing_program
F = {
    "proposal_title": "Karyotype Analysis Refresher for Cytogenetic Technologists",
    "proposer_name": "Anneliese Vukovic",
    "proposer_title": "Charge Technologist, Cytogenetics",
    "proposer_department": "Genetics Laboratory, St. Brendan's Health Centre",
    "proposer_email": "anneliese.vukovic@example.org",
    "proposer_phone": "647-555-0163",
    "request_type": "existing_program",
    "existing_program_name": "Clinical Cytogenetics Bench Skills (in-house orientation course)",
    "target_learners": "Cytogenetic technologists returning to the bench after leave, and technologists cross-training from molecular genetics.",
    "rationale": "Karyotyping is still the first-tier test for many referrals, but fewer new graduates train in it and experienced staff are retiring. Our in-house orientation course works, but it is not recognised outside our laboratory and is taught only when a new hire arrives.",
    "competencies": "Metaphase selection, G-band recognition at the 400–550 band level, ISCN nomenclature, and recognising common structural rearrangements.",
    "learning_outcomes": ["Select analysable metaphases and judge banding quality.", "Identify all chromosomes of a G-banded karyotype at the 400–550 band level.", "Write karyotype results in current ISCN nomenclature.", "Recognise balanced and unbalanced structural rearrangements and refer them for review."],
    "competency_framework": "Canadian College of Medical Geneticists laboratory competencies",
    "summative_assessment": "Each learner analyses and reports 10 unknown cases; at least 9 must be fully correct, checked by a certified cytogeneticist.",
    "partner_name": "Canadian College of Medical Geneticists, Laboratory Committee",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Converts local training into a portable credential, in line with the Education Plan's goal of recognising workplace learning.",
    "delivery_format": "hybrid",
    "estimated_hours": 24,
    "proposed_start": "Fall 2027",
    "expected_enrolment": 16,
    "submission_date": "2026-11-20",
}
DOCS.append({
    "name": "Karyotype refresher - executive summary.pdf", "genre": "G3", "shape": "5", "fields": F,
    "notes": "Two-column executive summary (pdflatex): kicker line, title, subtitle; main column of short sections; shaded sidebar 'Key facts' (format, hours as a sum, start, learners in words, partner status) with the contact block; existing_program named in a sentence; partner in discussion.",
    "content": {
        "kicker": "Executive summary | Micro-credential proposal to Michener Continuing Education | 20 November 2026",
        "title": F["proposal_title"],
        "subtitle": "Turning our in-house orientation into a recognised micro-credential",
        "main": [
            ("The need", [F["rationale"]]),
            ("What we propose", ["We propose to convert our existing Clinical Cytogenetics Bench Skills (in-house orientation course) into a micro-credential open to technologists from other laboratories."]),
            ("Who it serves", [F["target_learners"]]),
            ("Skills", [F["competencies"]]),
            ("Outcomes", ["Participants who complete the credential will be able to:", ("bullets", F["learning_outcomes"])]),
            ("Assessment", [F["summative_assessment"]]),
            ("Strategic fit", [F["education_plan_alignment"]]),
        ],
        "sidebar_title": "Key facts",
        "sidebar": [("Request", "Convert an existing program"),
                    ("Format", "Hybrid: online image library + bench days"),
                    ("Hours", "8 h online + 16 h bench = 24 h"),
                    ("Launch", "Fall 2027"),
                    ("Learners", "two cohorts of eight per year"),
                    ("Framework", F["competency_framework"]),
                    ("Partner", "Canadian College of Medical Geneticists, Laboratory Committee (in discussion; no letter yet)")],
        "contact_title": "Contact",
        "contact": ["Anneliese Vukovic", "Charge Technologist, Cytogenetics",
                    "Genetics Laboratory, St. Brendan's Health Centre", "anneliese.vukovic@example.org", "647-555-0163"],
    },
})

# ------------------------------------------------------------------ T4: business case (G4), INCOMPLETE (no assessment)
F = {
    "proposal_title": "Head-Up Tilt Table Testing for Cardiology Technologists",
    "proposer_name": "Rashida Mbeki-Lowe",
    "proposer_title": "Manager, Non-Invasive Cardiology",
    "proposer_department": "Cardiac Diagnostics, Kensington Park Hospital",
    "proposer_email": "rmbekilowe@example.org",
    "proposer_phone": "416-555-0188 x 3310",
    "request_type": "new",
    "target_learners": "Cardiology technologists and cardiac diagnostic nurses who will run or assist with tilt table studies.",
    "rationale": "Wait times for syncope work-up at our site exceed seven months because only two staff can run tilt studies. Referrals for tilt testing rose by 38% between 2023 and 2025. No Ontario program teaches the procedure.",
    "competencies": "Patient preparation and consent; continuous ECG and beat-to-beat blood pressure monitoring; pharmacological provocation protocols; recognising vasovagal, orthostatic and POTS responses; emergency response during a study",
    "learning_outcomes": ["Prepare the patient and equipment for a head-up tilt study.", "Run passive and nitroglycerin-provoked tilt protocols safely.", "Classify haemodynamic responses using the VASIS classification.", "Respond to asystole or prolonged hypotension during testing."],
    "partner_name": "Heart Rhythm Technologists of Ontario",
    "partner_contact": "Samir Qureshi, President, president@hrto.example.org",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Option B supports the Education Plan's focus on access to care and on upskilling the current workforce.",
    "delivery_format": "in_person",
    "estimated_hours": 14,
    "proposed_start": "September 2027",
    "expected_enrolment": 18,
    "resources_required": "Tilt table and monitoring equipment (provided by Kensington Park); Michener simulation room for one day; faculty stipend $4,200 per offering.",
    "submission_date": "2026-11-09",
}
DOCS.append({
    "name": "Business case - tilt table testing course.docx", "genre": "G4", "shape": "5", "fields": F,
    "notes": "Business case in Word (python-docx DOCX): Problem / Options / Recommendation / Costs table; INCOMPLETE: no summative assessment anywhere (only formative practice). Competencies as a list; resources from the costs section; hours as a sum in words.",
    "content": {
        "title": "Business Case: " + F["proposal_title"],
        "subtitle": "Proposal for a new micro-credential - prepared for Michener Continuing Education",
        "meta": [("Prepared by:", "Rashida Mbeki-Lowe, Manager, Non-Invasive Cardiology"),
                 ("Organization:", "Cardiac Diagnostics, Kensington Park Hospital"),
                 ("Contact:", "rmbekilowe@example.org | 416-555-0188 x 3310"),
                 ("Date:", "November 9, 2026")],
        "sections": [
            ("1. Problem statement", [F["rationale"]]),
            ("2. Options considered", [
                ("bold", "Option A - status quo.", "Continue one-to-one training of staff at our site. Slow, and does not help other hospitals."),
                ("bold", "Option B - a new micro-credential with Michener.", "A short, standardised course open to technologists across the province."),
                ("bold", "Option C - send staff to a U.S. course.", "Costly (about $3,000 per person plus travel) and not aligned with Canadian practice."),
            ]),
            ("3. Recommendation", [
                "We recommend Option B: a brand-new micro-credential, Head-Up Tilt Table Testing for Cardiology Technologists.",
                ("bold", "Audience:", F["target_learners"]),
                ("bold", "Skills covered:", ""),
                ("bullets", F["competencies"].split("; ")),
                ("bold", "Learning outcomes:", "On completion, learners will be able to:"),
                ("numbered", F["learning_outcomes"]),
                "Practice tilts on volunteers will be used for feedback during the course.",
                ("bold", "Delivery:", "In person at Michener and Kensington Park - two full days, seven hours each (14 hours)."),
                ("bold", "Start and volume:", "First offering September 2027; two offerings of nine learners each year."),
                ("bold", "Strategic alignment:", F["education_plan_alignment"]),
            ]),
            ("4. Endorsement", [
                "The Heart Rhythm Technologists of Ontario have agreed to endorse the credential; their letter will follow once their board meets. Contact: Samir Qureshi, President, president@hrto.example.org."]),
            ("5. Costs and resources", [
                ("table", [["Item", "Cost per offering", "Source"],
                           ["Faculty stipend", "$4,200", "Course fees"],
                           ["Simulation room (1 day)", "in kind", "Michener"],
                           ["Tilt table and monitoring", "in kind", "Kensington Park Hospital"],
                           ["Consumables", "$650", "Course fees"]]),
                ("bold", "Resources required:", F["resources_required"]),
            ]),
        ],
        "footer": "Kensington Park Hospital - Cardiac Diagnostics - confidential draft",
    },
})

# ------------------------------------------------------------------ T5: first-person narrative, French (G5), complete
F = {
    "proposal_title": "Hypoglycémie néonatale : dépistage et glycémie capillaire au point de service",
    "proposer_name": "Séverine Lachapelle-Dion",
    "proposer_title": "infirmière clinicienne en néonatalogie",
    "proposer_department": "Centre hospitalier régional de Val-des-Pins",
    "proposer_email": "severine.lachapelle@example.org",
    "proposer_phone": "819-555-0129",
    "request_type": "micro_course",
    "target_learners": "infirmières et infirmiers de périnatalité, de pouponnière et de post-partum",
    "rationale": "Dans notre unité, près d'un nouveau-né sur cinq présente un facteur de risque d'hypoglycémie. Les audits de 2025 montrent des dépistages faits trop tard et des prélèvements au talon refaits faute de technique.",
    "competencies": "l'identification des nouveau-nés à risque, le prélèvement capillaire au talon, l'utilisation du glucomètre au point de service et le contrôle de qualité, ainsi que la conduite à tenir selon l'algorithme provincial",
    "learning_outcomes": ["Repérer les nouveau-nés qui doivent être dépistés et le moment du dépistage.", "Réaliser un prélèvement capillaire au talon sûr et de bonne qualité.", "Effectuer et documenter une glycémie au point de service, contrôles de qualité compris.", "Appliquer l'algorithme de prise en charge selon le résultat obtenu."],
    "summative_assessment": "une évaluation pratique sur mannequin néonatal, notée avec une grille d'observation, et un court examen écrit de 15 questions",
    "partner_name": "Association des infirmières en périnatalité du Québec",
    "partner_contact": "Mme Hélène Tremblay, htremblay@example.com",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Ce projet rejoint le Plan d'éducation de Michener, qui vise des formations courtes, axées sur les compétences et offertes en français comme en anglais.",
    "delivery_format": "hybrid",
    "estimated_hours": 6,
    "proposed_start": "février 2027",
    "expected_enrolment": 45,
    "submission_date": "2026-11-16",
}
DOCS.append({
    "name": "Proposition microcours - hypoglycémie néonatale.docx", "genre": "G5", "shape": "5", "fields": F,
    "notes": "French first-person narrative by a clinician (markdown -> pandoc DOCX): YAML title/author/date, facts scattered through paragraphs (learners after 'Aux', assessment after 'Par', hours in words 'six heures', enrolment as 'trois groupes de quinze'), outcomes as a list after a lead-in sentence, partner agreed with letter to follow, contact in the closing.",
    "content": {"md": """---
title: "Hypoglycémie néonatale : dépistage et glycémie capillaire au point de service"
subtitle: "Proposition de microcours"
author: "Séverine Lachapelle-Dion, infirmière clinicienne en néonatalogie"
date: "16 novembre 2026"
---

Je travaille depuis douze ans à la pouponnière du Centre hospitalier régional de Val-des-Pins, et je vous écris pour proposer un microcours que nous réclamons depuis longtemps. Dans notre unité, près d'un nouveau-né sur cinq présente un facteur de risque d'hypoglycémie. Les audits de 2025 montrent des dépistages faits trop tard et des prélèvements au talon refaits faute de technique.

Je pense d'abord aux infirmières et infirmiers de périnatalité, de pouponnière et de post-partum. Le microcours porterait sur l'identification des nouveau-nés à risque, le prélèvement capillaire au talon, l'utilisation du glucomètre au point de service et le contrôle de qualité, ainsi que la conduite à tenir selon l'algorithme provincial.

À la fin, les participantes et participants seront capables de :

1. Repérer les nouveau-nés qui doivent être dépistés et le moment du dépistage.
2. Réaliser un prélèvement capillaire au talon sûr et de bonne qualité.
3. Effectuer et documenter une glycémie au point de service, contrôles de qualité compris.
4. Appliquer l'algorithme de prise en charge selon le résultat obtenu.

J'aimerais que la réussite soit attestée par une évaluation pratique sur mannequin néonatal, notée avec une grille d'observation, et un court examen écrit de 15 questions.

Le format serait hybride : deux heures de modules en ligne, puis une demi-journée de pratique de quatre heures, soit six heures en tout. Nous pourrions commencer en février 2027 avec trois groupes de quinze par année.

L'Association des infirmières en périnatalité du Québec a donné son accord ; la lettre suivra. Ma personne-ressource là-bas est Mme Hélène Tremblay, htremblay@example.com.

Ce projet rejoint le Plan d'éducation de Michener, qui vise des formations courtes, axées sur les compétences et offertes en français comme en anglais.

Vous pouvez me joindre au 819-555-0129 ou à severine.lachapelle@example.org.

Séverine Lachapelle-Dion
"""},
})

# ------------------------------------------------------------------ T6: lean-canvas grid (G6), complete
F = {
    "proposal_title": "Urodynamic Testing Essentials for Continence Nurses",
    "proposer_name": "Tobias Engström",
    "proposer_title": "Nurse Continence Advisor",
    "proposer_department": "Pelvic Health Clinic, Northgate Community Hospital",
    "proposer_email": "tobias.engstrom@example.com",
    "proposer_phone": "705-555-0151",
    "request_type": "new",
    "target_learners": "Continence nurses, urology nurses and pelvic health physiotherapists new to urodynamics",
    "rationale": join(T6_PROB := ["Long waits for urodynamic studies", "Only one trained nurse per clinic", "Tests repeated because of artefacts"]),
    "competencies": join(T6_SK := ["Filling cystometry set-up", "Pressure-flow studies", "Artefact recognition", "Infection prevention"]),
    "learning_outcomes": ["Set up and zero transducers for a filling cystometry study", "Recognise and correct common pressure artefacts", "Perform a pressure-flow study following ICS good urodynamic practice", "Prepare a clear technical report for the urologist"],
    "competency_framework": "International Continence Society (ICS) Good Urodynamic Practices",
    "summative_assessment": "Supervised study on a simulator plus review of 3 real traces, graded pass/fail",
    "partner_name": "Urology Nurses of Canada",
    "partner_contact": "Priya Ramaswamy, education@unc.example.org",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Competency-based, stackable, responds to community hospital need (Education Plan goals 2 and 3)",
    "delivery_format": "hybrid",
    "estimated_hours": 12,
    "proposed_start": "May 2027",
    "expected_enrolment": 24,
    "resources_required": join(T6_RES := ["Urodynamics simulator (loan from vendor)", "1 clinical instructor"]),
    "submission_date": "2026-11-23",
}
DOCS.append({
    "name": "Urodynamics course canvas.pdf", "genre": "G6", "shape": "5", "fields": F,
    "notes": "Lean-canvas-like grid (python-docx tables, landscape, LibreOffice PDF): boxes PROBLEM / LEARNERS / SKILLS / OUTCOMES / PROOF / PARTNER / FIT / LOGISTICS / COSTS; terse phrases without final periods, lists in boxes; partner letter attached; hours and enrolment as sums.",
    "content": {
        "title": "Course canvas - " + F["proposal_title"],
        "header_lines": ["New micro-credential | Tobias Engström, Nurse Continence Advisor, Pelvic Health Clinic, Northgate Community Hospital | tobias.engstrom@example.com | 705-555-0151 | 23 Nov 2026"],
        "rows": [
            [("Problem", [("bullets", T6_PROB)]),
             ("Learners", [F["target_learners"]]),
             ("Skills", [("bullets", T6_SK)])],
            [("Outcomes", [("numbered", F["learning_outcomes"])]),
             ("Proof of learning", [F["summative_assessment"]]),
             ("Framework", [F["competency_framework"]])],
            [("Partner", ["Urology Nurses of Canada", "Letter of support attached", "Contact: Priya Ramaswamy, education@unc.example.org"]),
             ("Fit with Michener", [F["education_plan_alignment"]]),
             ("Logistics", [("bullets", ["Hybrid: 4 h online + 8 h lab = 12 h", "Start: May 2027", "2 cohorts x 12 per year"])]),
             ("Costs / resources", [("bullets", T6_RES)])],
        ],
        "shade": "E2EFDA",
        "font": "Liberation Sans",
    },
})

# ------------------------------------------------------------------ T7: look-alike, research ethics application (G7)
DOCS.append({
    "name": "REB application - sepsis screening education study.docx", "genre": "G7", "shape": "7", "fields": {},
    "notes": "Look-alike (python-docx DOCX): a research ethics board application for a study of an education intervention; uses title, investigator, email, phone, learning outcomes, assessment, partners, hours, start date - proposes no micro-credential.",
    "content": {
        "title": "Research Ethics Board - Application for Initial Review",
        "subtitle": "Harbourfront General Hospital REB | Form REB-01 (minimal risk studies)",
        "meta": [("Study title:", "Effect of a Sepsis Screening Education Session on Time to First Antibiotic in the Emergency Department"),
                 ("Principal investigator:", "Marguerite Adebayo-Kline, RN, PhD, Nurse Scientist"),
                 ("Department:", "Emergency Department, Harbourfront General Hospital"),
                 ("Email / phone:", "m.adebayo-kline@example.org | 416-555-0176"),
                 ("Date of submission:", "November 18, 2026")],
        "sections": [
            ("1. Study summary", ["This pre-post study will measure whether a one-hour education session on the qSOFA sepsis screening tool shortens the time from triage to first antibiotic for adults with suspected sepsis. No new course or credential is proposed; the session already runs as part of annual ED education."]),
            ("2. Participants", ["Triage nurses in the emergency department (approximately 85 nurses) and the charts of adult patients with suspected sepsis during two three-month periods."]),
            ("3. Intervention", ["The existing education session (1 hour) has these learning outcomes:", ("bullets", ["Apply the qSOFA criteria at triage.", "Escalate a positive screen using the sepsis pathway."]), "Knowledge will be assessed before and after the session with a 10-item quiz; quiz scores are study data and are not used for credit."]),
            ("4. Risks and benefits", ["Minimal risk. Chart data are de-identified at abstraction. Participation in the quiz is voluntary and anonymous."]),
            ("5. Consent", ["Nurses receive an information letter; completing the quiz implies consent. A waiver of consent is requested for chart review."]),
            ("6. Partners and funding", ["Collaborating site: Lakeview Regional Health. Funded by the Harbourfront Foundation Nursing Research Fund ($8,500). Letters of support from both ED managers are attached."]),
            ("7. Timeline", ["Data collection planned from February 2027 to October 2027."]),
        ],
        "closing": ["", "Signature of PI: ______________________", "Signature of Department Head: ______________________"],
        "footer": "REB-01 v4.2 - page footer - for REB office use: file no. ______",
    },
})

# ------------------------------------------------------------------ T8: first-person narrative, English, LibreOffice PDF (G5), complete
F = {
    "proposal_title": "Opioid Withdrawal Assessment and Management in the Emergency Department",
    "proposer_name": "Callum Whitford-Osei",
    "proposer_title": "Emergency Nurse Practitioner",
    "proposer_department": "St. Brendan's Health Centre",
    "proposer_email": "cwhitford-osei@example.org",
    "proposer_phone": "647-555-0108",
    "request_type": "new",
    "target_learners": "emergency and urgent care nurses, and paramedics who hand over patients in withdrawal",
    "rationale": "Last year our emergency department saw more than 900 visits related to opioid use, and I regularly see patients in withdrawal left untreated for hours because staff are unsure how to score symptoms or when to start buprenorphine.",
    "competencies": "scoring withdrawal with the COWS tool; non-judgemental, trauma-informed communication; buprenorphine initiation protocols; take-home naloxone teaching; and referral to rapid-access addiction medicine",
    "learning_outcomes": ["Score opioid withdrawal accurately with the Clinical Opiate Withdrawal Scale (COWS).", "Explain when and how ED buprenorphine initiation is started under the medical directive.", "Teach a patient and family to use take-home naloxone.", "Arrange a warm referral to rapid-access addiction medicine."],
    "summative_assessment": "two video cases that each learner scores with COWS, followed by a standardised-patient conversation graded with a communication rubric",
    "partner_name": "Metro Rapid Access Addiction Medicine Clinic",
    "partner_contact": "Dr. Nadia Karimi",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "I believe this matches the Education Plan's emphasis on equity, harm reduction and competency-based learning for practising clinicians.",
    "delivery_format": "online",
    "estimated_hours": 8,
    "proposed_start": "spring 2027",
    "expected_enrolment": 150,
    "submission_date": "2026-11-19",
}
DOCS.append({
    "name": "Narrative proposal - opioid withdrawal in the ED.pdf", "genre": "G5", "shape": "5", "fields": F,
    "notes": "First-person narrative (markdown -> pandoc DOCX -> LibreOffice PDF): facts in paragraphs in the writer's order, learners after 'for', competencies as an inline list after 'covers', assessment after 'finish with', outcomes as a bulleted list, letter enclosed said in a sentence, hours and enrolment in words, contact and date at the end.",
    "content": {"md": """# Opioid Withdrawal Assessment and Management in the Emergency Department

*A proposal for a new micro-credential, written for the Michener Continuing Education office*

I am an emergency nurse practitioner at St. Brendan's Health Centre. Last year our emergency department saw more than 900 visits related to opioid use, and I regularly see patients in withdrawal left untreated for hours because staff are unsure how to score symptoms or when to start buprenorphine. I would like to build a new micro-credential to change that.

The course is meant for emergency and urgent care nurses, and paramedics who hand over patients in withdrawal. It covers scoring withdrawal with the COWS tool; non-judgemental, trauma-informed communication; buprenorphine initiation protocols; take-home naloxone teaching; and referral to rapid-access addiction medicine.

When they finish, learners should be able to:

- Score opioid withdrawal accurately with the Clinical Opiate Withdrawal Scale (COWS).
- Explain when and how ED buprenorphine initiation is started under the medical directive.
- Teach a patient and family to use take-home naloxone.
- Arrange a warm referral to rapid-access addiction medicine.

Learners would finish with two video cases that each learner scores with COWS, followed by a standardised-patient conversation graded with a communication rubric.

The Metro Rapid Access Addiction Medicine Clinic helped design the content, and a letter of support from its Medical Director, Dr. Nadia Karimi, is enclosed. I believe this matches the Education Plan's emphasis on equity, harm reduction and competency-based learning for practising clinicians.

I picture it as a fully online course of about eight hours, starting in spring 2027. Given the size of the regional emergency workforce, one hundred and fifty learners a year seems realistic.

Thank you for considering it. I can be reached at cwhitford-osei@example.org or 647-555-0108.

Callum Whitford-Osei
Emergency Nurse Practitioner, St. Brendan's Health Centre
November 19, 2026
"""},
})

# ------------------------------------------------------------------ T9: e-mail printed to PDF (G2), second, complete, short
F = {
    "proposal_title": "Airway Clearance Techniques in Cystic Fibrosis",
    "proposer_name": "Wen-Li Abernathy",
    "proposer_title": "Physiotherapist, Adult CF Clinic",
    "proposer_department": "Kensington Park Hospital",
    "proposer_email": "wabernathy@example.com",
    "proposer_phone": "(416) 555-0193",
    "request_type": "micro_course",
    "target_learners": "Physiotherapists and respiratory therapists who see adults with cystic fibrosis or bronchiectasis.",
    "rationale": "Adults with CF now live longer and are increasingly seen outside specialist clinics, where staff have little training in airway clearance.",
    "competencies": "Active cycle of breathing; autogenic drainage; PEP and oscillating PEP devices; infection control between patients.",
    "learning_outcomes": ["Teach the active cycle of breathing technique", "Select and set up a PEP or oscillating PEP device", "Adapt airway clearance during an exacerbation"],
    "summative_assessment": "Practical demonstration with a volunteer patient, scored by two assessors.",
    "partner_name": "Cystic Fibrosis Clinics of Ontario",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Short, practical, skills-based learning for working clinicians, as the Education Plan sets out.",
    "delivery_format": "in_person",
    "estimated_hours": 7,
    "proposed_start": "March 2027",
    "expected_enrolment": 30,
    "submission_date": "2026-11-24",
}
DOCS.append({
    "name": "Email - airway clearance micro-course idea.pdf", "genre": "G2", "shape": "5", "fields": F,
    "notes": "E-mail printed to PDF (desktop mail client layout via HTML/LibreOffice): header block with Date, then a short body of 'Label: answer' lines typed by the sender in her own words, outcomes inline '1) ... 2) ... 3) ...', partner in discussion, signature with the phone in brackets.",
    "content": {
        "account": "",
        "subject_big": "Idea for a micro-course - airway clearance in CF",
        "headers": [("From", "Wen-Li Abernathy <wabernathy@example.com>"),
                    ("Date", "24/11/2026, 14:05"),
                    ("To", "ce@michener.example"),
                    ("Subject", "Idea for a micro-course - airway clearance in CF")],
        "body": [
            "Hello CE team,",
            "A colleague said you accept micro-course ideas by email, so here is mine in short form.",
            "Course: Airway Clearance Techniques in Cystic Fibrosis\nType: micro-course\nFor: Physiotherapists and respiratory therapists who see adults with cystic fibrosis or bronchiectasis.\nWhy: " + F["rationale"] + "\nSkills: " + F["competencies"] + "\nOutcomes: 1) Teach the active cycle of breathing technique 2) Select and set up a PEP or oscillating PEP device 3) Adapt airway clearance during an exacerbation\nAssessment: " + F["summative_assessment"] + "\nPartner: Cystic Fibrosis Clinics of Ontario - we are talking with them, nothing is confirmed yet.\nFit: " + F["education_plan_alignment"] + "\nFormat: in person, one day (7 hours), from March 2027, about 30 a year.",
            "Let me know if you need the full form.",
        ],
        "signature": ["Wen-Li", "--", "Wen-Li Abernathy", "Physiotherapist, Adult CF Clinic", "Kensington Park Hospital",
                      "(416) 555-0193 | wabernathy@example.com"],
    },
})
