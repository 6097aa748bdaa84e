# -*- coding: utf-8 -*-
"""Held-out half of round 17b (scoring only; do not read while developing)."""
from tuning_data import join

DOCS = []

# ------------------------------------------------------------------ H1: pitch deck (G1), complete, micro_course
SK = ["Aseptic non-touch technique (ANTT) at home", "Transparent dressing and securement device change", "Needleless connector (cap) change and flushing", "Recognising CLABSI warning signs", "Teaching patients and caregivers"]
F = {
    "proposal_title": "Central Line Care at Home: Dressing and Cap Changes",
    "proposer_name": "Marisol Quintero-Hays",
    "proposer_title": "Vascular Access Nurse Specialist",
    "proposer_department": "Bayshore Home & Community Nursing",
    "proposer_email": "mquinterohays@example.com",
    "proposer_phone": "289-555-0124 ext. 12",
    "request_type": "micro_course",
    "target_learners": "Home and community care nurses who visit clients with PICCs, tunnelled lines or implanted ports",
    "rationale": "Home care now follows 3x more central lines than in 2019. Two of our last five bloodstream infections followed a dressing change at home. New hires get a single shadow visit before they change dressings alone.",
    "competencies": join(SK),
    "learning_outcomes": ["Perform a central line dressing change using ANTT in a client's home.", "Change a needleless connector and flush the line with the correct technique.", "Identify signs of infection, occlusion or migration and escalate the same day.", "Coach a client or caregiver through daily line checks."],
    "summative_assessment": "Direct observation of one dressing change and one cap change in the skills lab, using a validated checklist; all critical steps must be correct",
    "partner_name": "Canadian Vascular Access Association, Ontario Chapter",
    "partner_contact": "Grace Nwankwo, Chapter Lead, gnwankwo@example.org",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Extends Michener's Education Plan goal of community-facing, competency-based learning to home care nurses.",
    "delivery_format": "hybrid",
    "estimated_hours": 7,
    "proposed_start": "Summer 2027",
    "expected_enrolment": 80,
    "resources_required": "Skills lab with two port/PICC task trainers; dressing kits (about $25 per learner)",
    "submission_date": "2026-12-01",
}
DOCS.append({
    "name": "Central line care at home - slides.pdf", "genre": "G1", "shape": "5", "fields": F,
    "notes": "Pitch deck (python-pptx -> LibreOffice PDF): micro_course said on the title slide; rationale as sentence bullets; competencies as bullets; assessment and partner slides; hours as a sum and enrolment in words on a logistics slide; contact with extension on the closing slide.",
    "content": {
        "title": F["proposal_title"],
        "subtitle_lines": ["Micro-course proposal | Michener Continuing Education",
                           "Presented by Marisol Quintero-Hays, Vascular Access Nurse Specialist", "1 December 2026"],
        "slides": [
            ("The problem", ["Home care now follows 3x more central lines than in 2019.",
                             "Two of our last five bloodstream infections followed a dressing change at home.",
                             "New hires get a single shadow visit before they change dressings alone."]),
            ("Audience", [F["target_learners"]]),
            ("What we will teach", SK),
            ("Learning outcomes", ["Learners will be able to:"] + ["  " + o for o in F["learning_outcomes"]]),
            ("Assessment", [F["summative_assessment"]]),
            ("Endorsement", ["Canadian Vascular Access Association, Ontario Chapter - letter of support attached",
                             "Grace Nwankwo, Chapter Lead, gnwankwo@example.org"]),
            ("Strategic fit", [F["education_plan_alignment"]]),
            ("Logistics", ["Blended: 3 h e-learning + 4 h skills lab (7 h)", "Launch: Summer 2027",
                           "Roughly eighty nurses per year", "Resources: " + F["resources_required"]]),
            ("Thank you", ["Marisol Quintero-Hays", "Vascular Access Nurse Specialist",
                           "Bayshore Home & Community Nursing", "mquinterohays@example.com", "289-555-0124 ext. 12"]),
        ],
    },
})

# ------------------------------------------------------------------ H2: pitch deck (G1), INCOMPLETE (no partner)
F = {
    "proposal_title": "Epidural Analgesia Monitoring on Surgical Wards",
    "proposer_name": "Oskar Lindqvist-Bell",
    "proposer_title": "Acute Pain Service Nurse Lead",
    "proposer_department": "Department of Anesthesia, Riverside Memorial Hospital",
    "proposer_email": "olindqvistbell@example.org",
    "proposer_phone": "613-555-0139",
    "request_type": "new",
    "target_learners": "Surgical ward nurses caring for patients with epidural or regional analgesia infusions.",
    "rationale": "Since our hospital moved epidural patients out of step-down beds, ward nurses monitor them with little preparation. Near misses with motor block and hypotension rose in 2026.",
    "competencies": join(SK2 := ["Sensory and motor block assessment (Bromage score)", "Pump programming checks", "Recognising local anaesthetic systemic toxicity", "Managing hypotension and respiratory depression"]),
    "learning_outcomes": ["Assess sensory level and motor block and record them correctly.", "Check an epidural pump and line at handover.", "Recognise early signs of local anaesthetic systemic toxicity and epidural hematoma.", "Escalate to the Acute Pain Service using the hospital protocol."],
    "summative_assessment": "OSCE with two stations (block assessment; deteriorating patient) plus a medication-safety quiz",
    "endorsement_status": "none",
    "education_plan_alignment": "Patient safety and interprofessional practice, two pillars of the Education Plan.",
    "delivery_format": "in_person",
    "estimated_hours": 6,
    "proposed_start": "October 2027",
    "expected_enrolment": 48,
    "submission_date": "2026-11-27",
}
DOCS.append({
    "name": "Epidural monitoring - proposal deck.pdf", "genre": "G1", "shape": "5", "fields": F,
    "notes": "Pitch deck (python-pptx -> LibreOffice PDF), INCOMPLETE: the partner slide says no external partner has been approached yet (endorsement none, partner_name absent). Outcomes slide without lead-in; enrolment as a product; contact on the last slide.",
    "content": {
        "title": F["proposal_title"],
        "subtitle_lines": ["New micro-credential proposal", "Oskar Lindqvist-Bell, Acute Pain Service Nurse Lead",
                           "Department of Anesthesia, Riverside Memorial Hospital", "27 November 2026"],
        "slides": [
            ("Why this matters", ["Since our hospital moved epidural patients out of step-down beds, ward nurses monitor them with little preparation.",
                                  "Near misses with motor block and hypotension rose in 2026."]),
            ("For whom?", [F["target_learners"]]),
            ("Core skills", SK2),
            ("Outcomes", F["learning_outcomes"]),
            ("Assessment", [F["summative_assessment"]]),
            ("Partners", ["We have not yet approached an external partner.",
                          "We would welcome CE's advice on a suitable endorsing body."]),
            ("Alignment", [F["education_plan_alignment"]]),
            ("Format", ["In person, one six-hour day", "Start: October 2027",
                        "4 sessions x 12 nurses = 48 per year"]),
            ("Contact", ["Oskar Lindqvist-Bell", "olindqvistbell@example.org", "613-555-0139"]),
        ],
        "footer": "Riverside Memorial Hospital - Acute Pain Service",
    },
})

# ------------------------------------------------------------------ H3: e-mail printed to PDF (G2), French, complete
F = {
    "proposal_title": "Photographie rétinienne pour le dépistage de la rétinopathie diabétique",
    "proposer_name": "Amélie Fortin-Barzani",
    "proposer_title": "optométriste, coordonnatrice clinique",
    "proposer_department": "Clinique de santé visuelle du Haut-Richelieu",
    "proposer_email": "a.fortinbarzani@example.org",
    "proposer_phone": "450-555-0172, poste 208",
    "request_type": "micro_course",
    "target_learners": "assistantes et assistants en optométrie, infirmières en diabétologie et technologues en imagerie qui souhaitent réaliser des photographies du fond d'œil",
    "rationale": "Au Québec, moins de la moitié des personnes diabétiques passent un examen de la rétine chaque année. Les cliniques de diabète ont des caméras non mydriatiques, mais peu de personnel formé pour les utiliser.",
    "competencies": "la préparation du patient, la prise d'images du fond d'œil de qualité diagnostique, l'évaluation de la qualité des images et la transmission sécurisée pour lecture",
    "learning_outcomes": ["Préparer le patient et la caméra non mydriatique.", "Obtenir deux champs rétiniens de qualité diagnostique pour chaque œil.", "Juger la qualité d'une image et reprendre les clichés inadéquats.", "Transmettre les images et les données de façon sécurisée."],
    "summative_assessment": "un portfolio de 20 séries d'images évaluées par un optométriste lecteur, avec un seuil de 90 % d'images lisibles",
    "partner_name": "Ordre des optométristes du Québec",
    "partner_contact": "M. Julien Paradis, jparadis@example.com",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Le microcours répond à l'objectif du Plan d'éducation d'élargir l'accès aux soins par des formations courtes et bilingues.",
    "delivery_format": "hybrid",
    "estimated_hours": 9,
    "proposed_start": "automne 2027",
    "expected_enrolment": 40,
    "submission_date": "2026-11-30",
}
DOCS.append({
    "name": "Courriel - microcours photographie rétinienne.pdf", "genre": "G2", "shape": "5", "fields": F,
    "notes": "French e-mail printed to PDF (HTML mail view -> LibreOffice): De/Envoyé/À/Objet header block, body in sentences (learners after 's'adresse aux', competencies after 'portera sur', assessment after 'attestée par'), outcomes as a numbered list, partner in discussion, hours as a sum in words, signature with 'poste'.",
    "content": {
        "account": "Outlook - a.fortinbarzani@example.org",
        "subject_big": "Proposition de microcours - photographie rétinienne",
        "headers": [("De :", "Amélie Fortin-Barzani <a.fortinbarzani@example.org>"),
                    ("Envoyé :", "lundi 30 novembre 2026 16:18"),
                    ("À :", "Formation continue <ce@michener.example>"),
                    ("Objet :", "Proposition de microcours - photographie rétinienne")],
        "body": [
            "Bonjour,",
            "Je vous soumets une proposition de microcours intitulé « Photographie rétinienne pour le dépistage de la rétinopathie diabétique ».",
            F["rationale"],
            "Le microcours s'adresse aux assistantes et assistants en optométrie, infirmières en diabétologie et technologues en imagerie qui souhaitent réaliser des photographies du fond d'œil. Il portera sur la préparation du patient, la prise d'images du fond d'œil de qualité diagnostique, l'évaluation de la qualité des images et la transmission sécurisée pour lecture.",
            "Objectifs d'apprentissage :",
        ] + ["# " + o for o in F["learning_outcomes"]] + [
            "La réussite serait attestée par un portfolio de 20 séries d'images évaluées par un optométriste lecteur, avec un seuil de 90 % d'images lisibles.",
            "Nous sommes en discussion avec l'Ordre des optométristes du Québec (M. Julien Paradis, jparadis@example.com) ; rien n'est encore confirmé.",
            F["education_plan_alignment"],
            "Format hybride : trois heures en ligne et six heures de pratique en clinique, soit neuf heures. Début souhaité : automne 2027, pour environ quarante personnes par année.",
            "Au plaisir d'en discuter,",
        ],
        "signature": ["Amélie Fortin-Barzani", "optométriste, coordonnatrice clinique",
                      "Clinique de santé visuelle du Haut-Richelieu", "Tél. : 450-555-0172, poste 208"],
    },
})

# ------------------------------------------------------------------ H4: e-mail printed to PDF (G2), existing_program, complete
F = {
    "proposal_title": "Packaging and Transporting Clinical Specimens Safely",
    "proposer_name": "Thandiwe Okonkwo-Reyes",
    "proposer_title": "Laboratory Quality Coordinator",
    "proposer_department": "Community Laboratory Services, Grandview Health",
    "proposer_email": "t.okonkwo-reyes@example.org",
    "proposer_phone": "905-555-0106",
    "request_type": "existing_program",
    "existing_program_name": "Specimen Packaging Workshop",
    "target_learners": "Clinic staff, couriers and laboratory assistants who package, ship or receive patient specimens",
    "rationale": "Rejected and leaking specimens cost our network an estimated 1,100 recollections last year, and Transport of Dangerous Goods (TDG) certification must be renewed every three years.",
    "competencies": "Category A vs. Category B classification; triple packaging; temperature control; chain-of-custody documentation",
    "learning_outcomes": ["Classify specimens under TDG regulations", "Package Category B specimens using triple packaging", "Maintain and document the required temperature range", "Complete shipping and chain-of-custody paperwork without errors"],
    "summative_assessment": "Online TDG exam (pass 80%) and a timed packaging practical",
    "partner_name": "Ontario Specimen Courier Alliance",
    "partner_contact": "Ben Adeyemi-Clarke, ben.ac@example.com",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Supports quality and safety across the laboratory system, and gives a recognised credential to staff who have none.",
    "delivery_format": "online",
    "estimated_hours": 4,
    "proposed_start": "February 2027",
    "expected_enrolment": 200,
    "submission_date": "2026-11-25",
}
DOCS.append({
    "name": "Specimen transport course - printed email.pdf", "genre": "G2", "shape": "5", "fields": F,
    "notes": "E-mail printed to PDF: Date/From/To/Subject header block, body of 'Label: answer' lines typed by the sender, existing_program with the existing workshop named, outcomes inline '1) ... 4) ...', partner agreed with letter to follow, signature with title and organisation on one line.",
    "content": {
        "account": "",
        "subject_big": "Micro-credential proposal (conversion of our Specimen Packaging Workshop)",
        "headers": [("Date:", "Wed, 25 Nov 2026 11:02:37 -0500"),
                    ("From:", "Thandiwe Okonkwo-Reyes <t.okonkwo-reyes@example.org>"),
                    ("To:", "ce@michener.example"),
                    ("Subject:", "Micro-credential proposal (conversion of our Specimen Packaging Workshop)")],
        "body": [
            "Hi,",
            "We would like to convert our existing Specimen Packaging Workshop into a micro-credential. Details below, in the order of your form as far as I remember it:",
            "Title: Packaging and Transporting Clinical Specimens Safely\nWho: " + F["target_learners"] + "\nNeed: " + F["rationale"] + "\nSkills: " + F["competencies"] + "\nOutcomes: 1) Classify specimens under TDG regulations 2) Package Category B specimens using triple packaging 3) Maintain and document the required temperature range 4) Complete shipping and chain-of-custody paperwork without errors\nAssessment: " + F["summative_assessment"] + "\nPartner: Ontario Specimen Courier Alliance - they agreed to endorse it and will send a letter next month (contact Ben Adeyemi-Clarke, ben.ac@example.com)\nAlignment: " + F["education_plan_alignment"] + "\nDelivery: online, self-paced, 4 hours\nStart: February 2027\nLearners per year: about 200",
            "Thanks,",
        ],
        "signature": ["Thandiwe Okonkwo-Reyes", "Laboratory Quality Coordinator | Community Laboratory Services, Grandview Health",
                      "905-555-0106 | t.okonkwo-reyes@example.org"],
    },
})

# ------------------------------------------------------------------ H5: executive summary (G3), complete
F = {
    "proposal_title": "Assisting with Bedside Paracentesis and Thoracentesis",
    "proposer_name": "Hamish Delacroix-Yeboah",
    "proposer_title": "Clinical Educator, Internal Medicine",
    "proposer_department": "Lakeview Regional Health",
    "proposer_email": "hdelacroix@example.org",
    "proposer_phone": "905-555-0155",
    "request_type": "new",
    "target_learners": "Medicine and day-unit nurses who set up, assist with and recover patients from bedside drainage procedures.",
    "rationale": "Bedside paracentesis and thoracentesis moved from radiology to our medical day unit in 2025. Nurses now prepare ultrasound-guided procedures they were never taught, and post-procedure complications are not always caught early.",
    "competencies": "Procedure set-up with sterile field, ultrasound-guided site support, fluid specimen handling, and post-procedure monitoring for hypotension, re-expansion pulmonary edema and bleeding.",
    "learning_outcomes": ["Prepare the patient, equipment and sterile field for paracentesis or thoracentesis.", "Assist the operator safely during an ultrasound-guided procedure.", "Label and send pleural and peritoneal fluid specimens correctly.", "Monitor and escalate post-procedure complications."],
    "summative_assessment": "A simulated procedure on a task trainer, assessed with a 20-item checklist, and a case-based written test.",
    "partner_name": "Canadian Society of Internal Medicine Nurses",
    "partner_contact": "Dr. Aiko Brennan-Sato, aiko.bs@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Builds procedural competence for practising nurses and uses simulation, as Michener's Education Plan intends.",
    "delivery_format": "hybrid",
    "estimated_hours": 8,
    "proposed_start": "June 2027",
    "expected_enrolment": 36,
    "resources_required": "Paracentesis and thoracentesis task trainers; portable ultrasound for one lab day.",
    "submission_date": "2026-11-26",
}
DOCS.append({
    "name": "Executive summary - paracentesis and thoracentesis assist.pdf", "genre": "G3", "shape": "5", "fields": F,
    "notes": "Two-column executive summary (pdflatex): sections in a different order (outcomes first), sidebar 'At a glance' with the partner and letter status, hours as a sum, enrolment as a product in words, resources in the sidebar, contact block.",
    "content": {
        "kicker": "Proposal for a new micro-credential | 26 November 2026",
        "title": F["proposal_title"],
        "subtitle": "Executive summary for Michener Continuing Education",
        "main": [
            ("What learners will be able to do", [("bullets", F["learning_outcomes"])]),
            ("Why", [F["rationale"]]),
            ("For whom", [F["target_learners"]]),
            ("Competencies", [F["competencies"]]),
            ("Evidence of achievement", [F["summative_assessment"]]),
            ("Alignment", [F["education_plan_alignment"]]),
        ],
        "sidebar_title": "At a glance",
        "sidebar": [("Type", "New micro-credential"),
                    ("Delivery", "Blended (online theory, one lab day)"),
                    ("Time", "2 h online + 6 h lab = 8 h"),
                    ("First offering", "June 2027"),
                    ("Volume", "three groups of twelve a year"),
                    ("Endorsed by", "Canadian Society of Internal Medicine Nurses (letter attached); contact Dr. Aiko Brennan-Sato, aiko.bs@example.com"),
                    ("Resources", F["resources_required"])],
        "contact_title": "Lead",
        "contact": ["Hamish Delacroix-Yeboah, Clinical Educator, Internal Medicine", "Lakeview Regional Health",
                    "hdelacroix@example.org", "905-555-0155"],
    },
})

# ------------------------------------------------------------------ H6: executive summary (G3), micro_course, complete
F = {
    "proposal_title": "Quality Control in the IVF Embryology Laboratory",
    "proposer_name": "Ingrid Solberg-Achterberg",
    "proposer_title": "Senior Embryologist",
    "proposer_department": "Maple Fertility Centre",
    "proposer_email": "isolberg@example.com",
    "proposer_phone": "416-555-0114",
    "request_type": "micro_course",
    "target_learners": "Embryologists, andrology technologists and laboratory assistants in assisted reproduction laboratories.",
    "rationale": "Small fertility clinics run embryology labs with two or three staff and no formal QC training. Accreditation visits in 2025 cited incubator monitoring and key performance indicators as common gaps.",
    "competencies": "Incubator temperature, CO2 and pH monitoring; culture media QC; key performance indicators (Vienna consensus); witnessing and traceability.",
    "learning_outcomes": ["Set up a daily QC schedule for incubators and culture media.", "Calculate and interpret laboratory key performance indicators.", "Apply double-witnessing and traceability procedures.", "Investigate a QC failure and document corrective action."],
    "competency_framework": "ESHRE Vienna consensus key performance indicators",
    "summative_assessment": "A KPI analysis of a supplied data set and a written corrective-action report, both graded with a rubric (pass 70%).",
    "partner_name": "Canadian Fertility Laboratory Network",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Fits the Education Plan's aim to serve specialised laboratory professions with short, online credentials.",
    "delivery_format": "online",
    "estimated_hours": 10,
    "proposed_start": "January 2028",
    "expected_enrolment": 25,
    "submission_date": "2026-11-28",
}
DOCS.append({
    "name": "IVF lab QC micro-course - summary.pdf", "genre": "G3", "shape": "5", "fields": F,
    "notes": "Two-column executive summary (pdflatex): micro_course in the sidebar, framework in the sidebar, partner agreed with letter to follow, hours and enrolment in words, contact block with the title on its own line.",
    "content": {
        "kicker": "Micro-course proposal | Michener CE | 28 November 2026",
        "title": F["proposal_title"],
        "subtitle": "A ten-hour online micro-course for assisted reproduction laboratories",
        "main": [
            ("Background", [F["rationale"]]),
            ("Audience", [F["target_learners"]]),
            ("Skills covered", [F["competencies"]]),
            ("Learning outcomes", ["By the end of the course participants can:", ("numbered", F["learning_outcomes"])]),
            ("How achievement is shown", [F["summative_assessment"]]),
            ("Why Michener", [F["education_plan_alignment"]]),
        ],
        "sidebar_title": "Key facts",
        "sidebar": [("Request type", "Micro-course"),
                    ("Delivery", "Fully online"),
                    ("Length", "ten hours"),
                    ("Start", "January 2028"),
                    ("Learners", "about twenty-five a year"),
                    ("Framework", F["competency_framework"]),
                    ("Partner", "Canadian Fertility Laboratory Network has agreed to endorse; letter to follow")],
        "contact_title": "Contact",
        "contact": ["Ingrid Solberg-Achterberg", "Senior Embryologist", "Maple Fertility Centre",
                    "isolberg@example.com", "416-555-0114"],
    },
})

# ------------------------------------------------------------------ H7: business case (G4), complete
F = {
    "proposal_title": "Mortuary and Autopsy Assistant Safety Essentials",
    "proposer_name": "Declan Afolabi-Hart",
    "proposer_title": "Pathology Services Manager",
    "proposer_department": "Department of Laboratory Medicine, Northgate Community Hospital",
    "proposer_email": "dafolabihart@example.org",
    "proposer_phone": "705-555-0148 ext. 221",
    "request_type": "new",
    "target_learners": "autopsy assistants, mortuary attendants and porters who handle decedents in hospital mortuaries",
    "rationale": "Mortuary staff are often hired without formal training. In the past two years our region recorded nine sharps and splash exposures in mortuaries, and a provincial review recommended standard training for all autopsy assistants.",
    "competencies": join(SK7 := ["Infection prevention and PPE for high-risk cases", "Safe body handling and lifting", "Specimen and organ retention documentation", "Chemical safety (formalin)", "Respectful care of the deceased and families"]),
    "learning_outcomes": ["Select and use PPE appropriate to the case risk level.", "Move and position decedents safely using mortuary equipment.", "Document retained tissues and specimens according to legislation.", "Handle formalin and spills following WHMIS requirements.", "Interact respectfully with bereaved families and funeral service staff."],
    "summative_assessment": "Practical assessment in the mortuary (PPE donning/doffing and body transfer) scored by the pathologist assistant, plus an online WHMIS and legislation quiz (80% to pass).",
    "partner_name": "Ontario Association of Pathologists' Assistants",
    "partner_contact": "Renata Szabo, Executive Director",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The credential serves an overlooked workforce and reflects the Education Plan commitments to safety and to competency-based learning.",
    "delivery_format": "hybrid",
    "estimated_hours": 16,
    "proposed_start": "January 2028",
    "expected_enrolment": 30,
    "resources_required": "Access to a teaching mortuary for two days per offering; PPE; an online module built with Michener's instructional design team (about 60 hours).",
    "submission_date": "2026-11-20",
}
DOCS.append({
    "name": "Mortuary safety credential - business case.docx", "genre": "G4", "shape": "5", "fields": F,
    "notes": "Business case (python-docx): meta lines, problem / options / recommendation / endorsement / costs; competencies as bullets, outcomes numbered after a lead-in, hours as a sum in a costs table row and a sentence, letter of support enclosed.",
    "content": {
        "title": "Business Case: " + F["proposal_title"],
        "subtitle": "A new micro-credential - submitted to the Continuing Education office, The Michener Institute",
        "meta": [("Author:", "Declan Afolabi-Hart, Pathology Services Manager"),
                 ("Department:", "Department of Laboratory Medicine, Northgate Community Hospital"),
                 ("Email:", "dafolabihart@example.org"), ("Phone:", "705-555-0148 ext. 221"),
                 ("Date:", "20 November 2026")],
        "sections": [
            ("1. The problem", [F["rationale"]]),
            ("2. Options", [("numbered", ["Do nothing: each hospital continues its own orientation.",
                                          "Buy an online module from an overseas provider: not specific to Ontario legislation.",
                                          "Develop a Michener micro-credential with practical assessment (recommended)."])]),
            ("3. Recommended option", [
                "Option 3. The credential is intended for autopsy assistants, mortuary attendants and porters who handle decedents in hospital mortuaries.",
                ("bold", "Competencies.", ""), ("bullets", SK7),
                "Learners completing the credential will be able to:", ("numbered", F["learning_outcomes"]),
                ("bold", "Summative assessment.", F["summative_assessment"]),
                ("bold", "Fit with the Education Plan.", F["education_plan_alignment"]),
            ]),
            ("4. Endorsement", ["A letter of support from the Ontario Association of Pathologists' Assistants (Renata Szabo, Executive Director) is enclosed with this business case."]),
            ("5. Costs, timing and resources", [
                ("table", [["Component", "Hours", "Cost"],
                           ["Online module (self-paced)", "4", "$3,600 development"],
                           ["Mortuary practicum (2 days)", "12", "$1,900 per offering"],
                           ["Total", "16 hours, blended", "-"]]),
                "We propose a first offering in January 2028 and expect about thirty learners a year across the region.",
                ("bold", "Resources:", F["resources_required"]),
            ]),
        ],
        "footer": "Northgate Community Hospital | Laboratory Medicine | Business case v2",
    },
})

# ------------------------------------------------------------------ H8: business case (G4), complete, short
F = {
    "proposal_title": "Soft Contact Lens Fitting Fundamentals for Optometric Assistants",
    "proposer_name": "Yasmin Haddad-Kowalczyk",
    "proposer_title": "Clinic Director",
    "proposer_department": "ClearView Eye Care",
    "proposer_email": "yasmin.hk@example.com",
    "proposer_phone": "519-555-0187",
    "request_type": "micro_course",
    "target_learners": "optometric assistants and opticians who support contact lens fittings",
    "rationale": "Optometrists in community practice delegate more of the contact lens work-up, but assistants learn on the job and errors in lens insertion teaching lead to repeat visits and corneal complications.",
    "competencies": "Keratometry and HVID measurement; Lens insertion and removal teaching; Lens care and hygiene counselling; Recognising red-flag symptoms",
    "learning_outcomes": ["Take keratometry and HVID measurements reliably.", "Teach a new wearer to insert and remove soft lenses.", "Counsel patients on lens care and wearing schedules.", "Identify symptoms that need same-day optometrist review."],
    "summative_assessment": "Observed fitting support with a standardised patient, scored against a checklist.",
    "partner_name": "Ontario Optometric Assistants Association",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Aligns with the Education Plan by creating an entry-level, competency-based credential for a growing support role.",
    "delivery_format": "in_person",
    "estimated_hours": 12,
    "proposed_start": "April 2028",
    "expected_enrolment": 20,
    "resources_required": "Slit lamp and keratometer (2 each), trial lens sets from the partner clinics.",
    "submission_date": "2026-12-02",
}
DOCS.append({
    "name": "Contact lens fitting micro-course business case.docx", "genre": "G4", "shape": "5", "fields": F,
    "notes": "Short business case (python-docx, Cambria): micro_course in the recommendation, learners after 'for', competencies as bullets, outcomes numbered, partner in discussion, costs table, hours as a sum in words.",
    "content": {
        "font": "Cambria",
        "title": "Business Case: " + F["proposal_title"],
        "subtitle": "Micro-course proposal",
        "meta": [("Prepared by:", "Yasmin Haddad-Kowalczyk, Clinic Director"), ("Organization:", "ClearView Eye Care"),
                 ("Contact:", "yasmin.hk@example.com / 519-555-0187"), ("Date:", "December 2, 2026")],
        "sections": [
            ("Problem", [F["rationale"]]),
            ("Options", [("bullets", ["A. Continue informal on-the-job training.", "B. A short Michener micro-course with a practical assessment."])]),
            ("Recommendation", [
                "Option B: a 12-hour micro-course for optometric assistants and opticians who support contact lens fittings.",
                ("bold", "Skills", ""), ("bullets", F["competencies"].split("; ")),
                ("bold", "Outcomes", ""), ("numbered", F["learning_outcomes"]),
                ("bold", "Assessment:", F["summative_assessment"]),
                ("bold", "Partner:", "Ontario Optometric Assistants Association - early discussions only; no commitment yet."),
                ("bold", "Education Plan:", F["education_plan_alignment"]),
                ("bold", "Delivery:", "In person; two Saturdays of six hours each; first offered April 2028; about twenty learners a year."),
            ]),
            ("Costs", [("table", [["Item", "Cost"], ["Instructor (12 h)", "$1,440"], ["Equipment", "in kind"], ["Consumables", "$300"]]),
                       ("bold", "Resources needed:", F["resources_required"])]),
        ],
    },
})

# ------------------------------------------------------------------ H9: first-person narrative (G5), English DOCX, complete
F = {
    "proposal_title": "Bereavement Care After Perinatal Loss",
    "proposer_name": "Nkechi Adeyinka-Moreau",
    "proposer_title": "Perinatal Bereavement Coordinator",
    "proposer_department": "Women and Children's Program, Riverside Memorial Hospital",
    "proposer_email": "nadeyinka@example.org",
    "proposer_phone": "613-555-0166",
    "request_type": "micro_course",
    "target_learners": "labour and delivery nurses, sonographers, midwives and spiritual care staff",
    "rationale": "Every week I meet parents who remember a careless sentence from the ultrasound room or the delivery suite for the rest of their lives. Staff tell me they avoid these families because they fear saying the wrong thing, and our 2025 family survey rated communication after a loss lowest of all items.",
    "competencies": "compassionate communication when giving bad news, memory-making, culturally safe care around death, and self-care for staff",
    "learning_outcomes": ["Use compassionate, family-centred language when a pregnancy loss is suspected or confirmed.", "Offer memory-making options in a way that respects the family's choices.", "Adapt care to the family's culture and faith.", "Recognise signs of compassion fatigue in themselves and colleagues."],
    "summative_assessment": "a recorded conversation with a trained simulated parent, graded with a communication rubric, and a short reflective paper",
    "partner_name": "Pregnancy and Infant Loss Network of Ontario",
    "partner_contact": "Sophie Lavallée, Program Manager",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "I see it as part of the Education Plan's commitment to person-centred care and interprofessional learning.",
    "delivery_format": "online",
    "estimated_hours": 6,
    "proposed_start": "autumn 2027",
    "expected_enrolment": 90,
    "submission_date": "2026-11-29",
}
DOCS.append({
    "name": "My proposal - perinatal bereavement care.docx", "genre": "G5", "shape": "5", "fields": F,
    "notes": "First-person narrative (markdown -> pandoc DOCX) with YAML title/author/date: facts in paragraphs (learners after 'written for', competencies after 'focus on', assessment after 'finish with'), outcomes as a numbered list after a lead-in, partner agreed with letter to follow, hours and enrolment in words, contact in the closing.",
    "content": {"md": """---
title: "Bereavement Care After Perinatal Loss"
subtitle: "A micro-course proposal"
author: "Nkechi Adeyinka-Moreau, Perinatal Bereavement Coordinator"
date: "29 November 2026"
---

Every week I meet parents who remember a careless sentence from the ultrasound room or the delivery suite for the rest of their lives. Staff tell me they avoid these families because they fear saying the wrong thing, and our 2025 family survey rated communication after a loss lowest of all items.

I coordinate bereavement support in the Women and Children's Program, Riverside Memorial Hospital, and I would like to offer a micro-course written for labour and delivery nurses, sonographers, midwives and spiritual care staff. It would focus on compassionate communication when giving bad news, memory-making, culturally safe care around death, and self-care for staff.

After the course, participants should be able to:

1. Use compassionate, family-centred language when a pregnancy loss is suspected or confirmed.
2. Offer memory-making options in a way that respects the family's choices.
3. Adapt care to the family's culture and faith.
4. Recognise signs of compassion fatigue in themselves and colleagues.

Because this is about what people actually say, I want learners to finish with a recorded conversation with a trained simulated parent, graded with a communication rubric, and a short reflective paper.

The Pregnancy and Infant Loss Network of Ontario has agreed to endorse it, and Sophie Lavallée, Program Manager, will send the letter once the outline is final. I see it as part of the Education Plan's commitment to person-centred care and interprofessional learning.

It can be fully online: six hours spread over three weeks, first run in autumn 2027. Across our region I would expect about ninety learners each year.

Please write to me at nadeyinka@example.org or call 613-555-0166.

With thanks,

Nkechi Adeyinka-Moreau
"""},
})

# ------------------------------------------------------------------ H10: canvas (G6), INCOMPLETE (no assessment, no alignment)
F = {
    "proposal_title": "Procedural Sedation Monitoring for Endoscopy Nurses",
    "proposer_name": "Fiona Castellano-Mbeki",
    "proposer_title": "Endoscopy Unit Manager",
    "proposer_department": "Grandview Health",
    "proposer_email": "fcastellano@example.com",
    "proposer_phone": "905-555-0179",
    "request_type": "new",
    "target_learners": "Endoscopy and day-surgery nurses who monitor patients under procedural sedation",
    "rationale": join(PROB := ["More colonoscopies under nurse-monitored sedation", "Capnography newly required by our policy", "No consistent training across our three sites"]),
    "competencies": join(SK10 := ["Pre-sedation assessment (ASA, airway)", "Capnography and SpO2 interpretation", "Airway manoeuvres and rescue", "Reversal agents", "Recovery and discharge criteria"]),
    "learning_outcomes": ["Complete a pre-sedation airway and risk assessment", "Interpret capnography waveforms during sedation", "Perform airway rescue manoeuvres until help arrives", "Apply discharge criteria after procedural sedation"],
    "partner_name": "Canadian Society of Gastroenterology Nurses and Associates, Ontario",
    "partner_contact": "Victor Amadi, victor.amadi@example.org",
    "endorsement_status": "letter_attached",
    "delivery_format": "hybrid",
    "estimated_hours": 9,
    "proposed_start": "November 2027",
    "expected_enrolment": 45,
    "submission_date": "2026-12-03",
}
DOCS.append({
    "name": "Sedation monitoring - course canvas.pdf", "genre": "G6", "shape": "5", "fields": F,
    "notes": "Canvas grid (python-docx tables -> LibreOffice PDF), INCOMPLETE: no assessment box and no fit/alignment box (summative_assessment and education_plan_alignment absent). Bullets whose items end in ')' join with a space; hours as a sum, enrolment as a product.",
    "content": {
        "title": "Course canvas - " + F["proposal_title"],
        "header_lines": ["New micro-credential | Fiona Castellano-Mbeki, Endoscopy Unit Manager, Grandview Health | fcastellano@example.com | 905-555-0179 | 3 Dec 2026"],
        "rows": [
            [("Problem", [("bullets", PROB)]), ("Learners", [F["target_learners"]]), ("Skills", [("bullets", SK10)])],
            [("Outcomes", [("bullets", F["learning_outcomes"])]),
             ("Partner", ["Canadian Society of Gastroenterology Nurses and Associates, Ontario", "Letter of support attached",
                          "Victor Amadi, victor.amadi@example.org"])],
            [("Logistics", [("bullets", ["Blended: 3 h online + 6 h simulation = 9 h", "Start: November 2027", "3 groups x 15 per year"])]),
             ("Costs", [("bullets", ["Simulation centre time", "Capnography monitor loan"])])],
        ],
        "shade": "DDEBF7",
        "font": "Liberation Sans",
    },
})

# ------------------------------------------------------------------ H11: look-alike, course syllabus (G7)
DOCS.append({
    "name": "DMS 230 Obstetric Sonography II - syllabus Winter 2027.docx", "genre": "G7", "shape": "7", "fields": {},
    "notes": "Look-alike (python-docx DOCX): syllabus of an existing diploma course with course title, instructor, email, phone, hours, learning outcomes, assessment weights, clinical partners - proposes nothing.",
    "content": {
        "title": "DMS 230 - Obstetric Sonography II",
        "subtitle": "Course syllabus, Winter 2027 - Diagnostic Medical Sonography program",
        "meta": [("Instructor:", "Beatriz Olawale-Stern, RDMS"), ("Email:", "bolawale@michener.example"),
                 ("Office hours:", "Tuesdays 13:00-15:00, room 4-112 (ext. 0131)"),
                 ("Credit / hours:", "3 credits; 45 hours (lecture 30 h, scanning lab 15 h)")],
        "sections": [
            ("Course description", ["Continues DMS 130 with second- and third-trimester anatomy, fetal biometry, placental assessment and common anomalies. Prerequisite: DMS 130."]),
            ("Learning outcomes", ["On successful completion, students will be able to:", ("numbered", ["Perform a complete second-trimester anatomy survey on a phantom.", "Calculate fetal biometry and estimated fetal weight.", "Describe sonographic findings of common fetal anomalies."])]),
            ("Assessment", [("table", [["Component", "Weight"], ["Scanning lab competencies", "30%"], ["Midterm exam", "25%"], ["Case presentations", "15%"], ["Final exam", "30%"]])]),
            ("Clinical partners", ["Scanning lab sessions are supported by Riverside Memorial Hospital and Maple Women's Imaging."]),
            ("Policies", ["Late work loses 5% per day. Academic integrity policy applies. Accessibility accommodations: contact Accessibility Services."]),
            ("Schedule", [("table", [["Week", "Topic"], ["1-3", "Second-trimester anatomy"], ["4-6", "Biometry and growth"], ["7", "Midterm"], ["8-12", "Anomalies and placenta"], ["13", "Final exam"]])]),
        ],
        "footer": "The Michener Institute - DMS program - syllabus subject to change",
    },
})
