# Tuning half of round 15a (blind). Content of each document and the expected values a person reads in it.
BOX = {True: "☒", False: "☐"}

DOCS = []

# ---------------------------------------------------------------- T1  G1 Word table form
DOCS.append(dict(
    file="Concept Form - Radioiodine Therapy Safety - T Haldane.docx", genre="G1", shape="1", lang="en",
    intro=["Please complete all sections. Required fields are marked *. Return to ce@michener.example."],
    rows=[
        ("§", "Section A – Proposer"),
        ("Proposed Title *", "Radioiodine Therapy: Patient Release and Radiation Safety"),
        ("Name of Proposer *", "Tobias Haldane"),
        ("Position / Title", "Senior Nuclear Medicine Technologist"),
        ("Department / Program", "Nuclear Medicine"),
        ("Email * : t.haldane@fernhill.example.org", ""),
        ("Phone / Extension", "905-555-0142 ext. 3310"),
        ("§", "Section B – The proposal"),
        ("Type of Request *", "☒ New micro-credential\n☐ Convert an existing program\n☐ Micro-course"),
        ("Existing Program Name", "N/A"),
        ("Target Learners *", "Nuclear medicine technologists and nurses who care for inpatients and outpatients receiving I-131 therapy"),
        ("Rationale / Need *", "Three hospitals in our region started outpatient I-131 treatment for hyperthyroidism and thyroid cancer in 2026. Staff receive a one-hour orientation and nothing else. Release criteria, room surveys and waste handling are done inconsistently and our radiation safety officer logged 14 incidents in the first six months."),
        ("Competencies / Skills Targeted *", "dose-rate measurement at 1 m and release calculation\nroom preparation and contamination control\npatient and family instruction\nradioactive waste segregation and decay-in-storage"),
        ("Learning Outcomes *", "1. Calculate whether a patient meets the release criteria from a measured dose rate.\n2. Prepare and survey a therapy room before and after treatment.\n3. Give written and verbal precautions to a patient and family in plain language.\n4. Segregate and label radioactive waste for decay-in-storage."),
        ("Competency Framework Alignment", "CAMRT Nuclear Medicine competency profile"),
        ("Summative Assessment *", "Observed room survey and release calculation scored with a checklist, plus a 20-question online exam (pass mark 80%)."),
        ("§", "Section C – Partner and alignment"),
        ("Industry / Employment Partner *", "Ontario Thyroid Cancer Network"),
        ("Partner Contact", "Dr. Miriam Oyelaran, moyelaran@otcn.example.org"),
        ("Letter of Support Attached? (Yes/No) *", "Yes"),
        ("Alignment with Michener's Education Plan *", "Supports the Plan's goal of flexible, competency-based learning for practising professionals in imaging and therapy."),
        ("§", "Section D – Logistics"),
        ("Delivery Format", "☐ Online   ☐ In person   ☒ Hybrid"),
        ("Estimated Hours", "10"),
        ("Proposed Start", "Spring 2027"),
        ("Expected Enrolment per Year", "40"),
        ("Resources Required", "Access to the hot lab and a survey meter for the practical; one part-time facilitator."),
        ("Date Submitted", "November 9, 2026"),
    ],
    exp={
        "proposal_title": "Radioiodine Therapy: Patient Release and Radiation Safety",
        "proposer_name": "Tobias Haldane",
        "proposer_title": "Senior Nuclear Medicine Technologist",
        "proposer_department": "Nuclear Medicine",
        "proposer_email": "t.haldane@fernhill.example.org",
        "proposer_phone": "905-555-0142 ext. 3310",
        "request_type": "new",
        "target_learners": "Nuclear medicine technologists and nurses who care for inpatients and outpatients receiving I-131 therapy",
        "rationale": "Three hospitals in our region started outpatient I-131 treatment for hyperthyroidism and thyroid cancer in 2026. Staff receive a one-hour orientation and nothing else. Release criteria, room surveys and waste handling are done inconsistently and our radiation safety officer logged 14 incidents in the first six months.",
        "competencies": "dose-rate measurement at 1 m and release calculation; room preparation and contamination control; patient and family instruction; radioactive waste segregation and decay-in-storage",
        "learning_outcomes": ["Calculate whether a patient meets the release criteria from a measured dose rate.",
                              "Prepare and survey a therapy room before and after treatment.",
                              "Give written and verbal precautions to a patient and family in plain language.",
                              "Segregate and label radioactive waste for decay-in-storage."],
        "competency_framework": "CAMRT Nuclear Medicine competency profile",
        "summative_assessment": "Observed room survey and release calculation scored with a checklist, plus a 20-question online exam (pass mark 80%).",
        "partner_name": "Ontario Thyroid Cancer Network",
        "partner_contact": "Dr. Miriam Oyelaran, moyelaran@otcn.example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Plan's goal of flexible, competency-based learning for practising professionals in imaging and therapy.",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 40,
        "resources_required": "Access to the hot lab and a survey meter for the practical; one part-time facilitator.",
        "submission_date": "2026-11-09",
    },
    notes="Official Word table form (python-docx, Table Grid, shaded section rows, header/footer). Email typed into the label cell after the colon with the answer cell empty; phone with extension kept as written; 'N/A' in Existing Program Name = absent; competencies as one line per item in the cell (joined '; '); outcomes typed '1.' in separate paragraphs; 'Letter of Support Attached? Yes' = letter_attached; ☒ ticks; date 'November 9, 2026'.",
))

# ---------------------------------------------------------------- T2  G1 Word table form, incomplete
DOCS.append(dict(
    file="viscoelastic testing concept form_draft2.docx", genre="G1", shape="1", lang="en",
    rows=[
        ("Title of Micro-Course / Credential", "Viscoelastic Haemostatic Assays (TEG/ROTEM) for the Core Lab"),
        ("Submitted by", "Anneliese Kowalczyk"),
        ("Job Title", "Charge Technologist"),
        ("Organization", "Brookvale Health Sciences Laboratory"),
        ("E-mail Address", "akowalczyk@brookvale.example.com"),
        ("Telephone", "416 555 0187"),
        ("This proposal is for:", "[ ] New micro-credential   [ ] Convert an existing program   [X] Micro-course"),
        ("Intended Learners", "Medical laboratory technologists who run or will run point-of-care and core-lab viscoelastic testing for cardiac surgery and trauma"),
        ("Identified Skills Gap", "Viscoelastic testing is spreading from the OR into the core lab, but few technologists have been taught to run quality control on the analysers or to recognise an invalid tracing. Vendors train one super-user per site and that person leaves."),
        ("Skills and Competencies", "Run daily QC and troubleshoot failures; recognise artefactual and invalid tracings; report parameters with the correct units and reference intervals"),
        ("By the end learners will be able to", "- perform and document daily quality control on a viscoelastic analyser\n- identify at least five causes of an invalid or artefactual tracing\n- report a result in the format required by the transfusion service"),
        ("Summative Assessment", "TBD"),
        ("Endorsing Partner / External Body", "Canadian Society for Transfusion Practice (Ontario chapter)"),
        ("Partner Contact Name and Email", "Raymond Achterberg – r.achterberg@cstp-on.example.org"),
        ("Endorsement Status", "In discussion – meeting booked for January"),
        ("Strategic Alignment", ""),
        ("Delivery Mode", "Hybrid (approx. 12 hrs total)"),
        ("Duration (hours)", ""),
        ("Target Launch", "TBD"),
        ("Estimated Learners / Year", "≈ 24"),
        ("Budget / Resources", "Loan of one analyser from the vendor for the practical day."),
        ("Date", "2026-11-18"),
    ],
    exp={
        "proposal_title": "Viscoelastic Haemostatic Assays (TEG/ROTEM) for the Core Lab",
        "proposer_name": "Anneliese Kowalczyk",
        "proposer_title": "Charge Technologist",
        "proposer_department": "Brookvale Health Sciences Laboratory",
        "proposer_email": "akowalczyk@brookvale.example.com",
        "proposer_phone": "416 555 0187",
        "request_type": "micro_course",
        "target_learners": "Medical laboratory technologists who run or will run point-of-care and core-lab viscoelastic testing for cardiac surgery and trauma",
        "rationale": "Viscoelastic testing is spreading from the OR into the core lab, but few technologists have been taught to run quality control on the analysers or to recognise an invalid tracing. Vendors train one super-user per site and that person leaves.",
        "competencies": "Run daily QC and troubleshoot failures; recognise artefactual and invalid tracings; report parameters with the correct units and reference intervals",
        "learning_outcomes": ["perform and document daily quality control on a viscoelastic analyser",
                              "identify at least five causes of an invalid or artefactual tracing",
                              "report a result in the format required by the transfusion service"],
        "partner_name": "Canadian Society for Transfusion Practice (Ontario chapter)",
        "partner_contact": "Raymond Achterberg – r.achterberg@cstp-on.example.org",
        "endorsement_status": "in_discussion",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "expected_enrolment": 24,
        "resources_required": "Loan of one analyser from the vendor for the practical day.",
        "submission_date": "2026-11-18",
    },
    notes="Official Word table form with variant labels, no section rows. Incomplete: Summative Assessment says only 'TBD' (no value) and Strategic Alignment is empty, so summative_assessment and education_plan_alignment are missing. Request type ticked as '[X] Micro-course' among '[ ]' options; competencies typed with ';' in one cell (items); outcomes as '- ' lines in lower case without stops; 'In discussion – meeting booked…' = in_discussion; two answers in one cell: 'Hybrid (approx. 12 hrs total…)' gives delivery hybrid AND 12 hours while the hours cell is empty; 'Target Launch: TBD' = absent; '≈ 24' -> 24; organisation given under 'Organization' = proposer_department; ISO date.",
))

# ---------------------------------------------------------------- T3  G2 LibreOffice, bilingual, French answers
DOCS.append(dict(
    file="Formulaire concept - photographie du fond d'oeil - E Bouchard-Nadeau.docx", genre="G2", shape="1", lang="fr",
    form_title="Formulaire de concept – Micro-cours / Microcertification | Micro-Course / Credential Concept Form",
    rows=[
        ("Titre proposé / Proposed Title", "Photographie du fond d'œil pour le dépistage de la rétinopathie diabétique"),
        ("Nom du proposant / Name of Proposer", "Élodie Bouchard-Nadeau"),
        ("Poste / Position / Title", "Orthoptiste coordonnatrice"),
        ("Service / Department / Program", "Clinique d'ophtalmologie communautaire"),
        ("Courriel / Email", "elodie.bouchard-nadeau@cliniqueoeil.example.org"),
        ("Téléphone / Phone", "613-555-0129, poste 22"),
        ("Type de demande / Type of Request", "☐ Nouvelle microcertification / New micro-credential\n☐ Conversion d'un programme existant / Convert an existing program\n☒ Micro-cours / Micro-course"),
        ("Apprenants visés / Target Learners", "Assistantes et assistants en soins de la vue, infirmières des cliniques de diabète et techniciens en ophtalmologie"),
        ("Justification / Rationale / Need", "Le dépistage par photographie non mydriatique se fait maintenant dans les cliniques de diabète, mais près d'une image sur cinq est jugée ininterprétable par les ophtalmologistes lecteurs. Il n'existe aucune formation courte en français."),
        ("Compétences visées / Competencies / Skills Targeted", "réglage de la caméra non mydriatique ; centrage et mise au point ; contrôle de la qualité de l'image ; transmission sécurisée au lecteur"),
        ("Résultats d'apprentissage / Learning Outcomes", ["Acquérir deux champs de 45° de qualité interprétable chez un patient non dilaté.",
                                                          "Reconnaître les artefacts courants (cils, reflets, flou) et reprendre l'image.",
                                                          "Transmettre les images et les données au lecteur selon la procédure de confidentialité."]),
        ("Évaluation sommative / Summative Assessment", "Portfolio de 20 images évaluées par un ophtalmologiste lecteur (au moins 85 % interprétables)."),
        ("Partenaire / Industry / Employment Partner", "Réseau de dépistage visuel de l'Est ontarien"),
        ("Contact du partenaire / Partner Contact", "Dr Julien Marchessault, jmarchessault@rdveo.example.org"),
        ("Statut de l'appui / Endorsement Status", "Accord confirmé ; lettre à suivre"),
        ("Lien avec le Plan d'éducation / Alignment with Michener's Education Plan", "Le micro-cours répond à l'objectif du Plan d'offrir des formations accessibles en français aux professionnels en exercice."),
        ("Mode de prestation / Delivery Format", "En ligne, avec une séance pratique facultative"),
        ("Nombre d'heures / Estimated Hours", "6 h"),
        ("Début prévu / Proposed Start", "automne 2027"),
        ("Inscriptions prévues par an / Expected Enrolment per Year", "environ 50"),
        ("Ressources / Resources Required", "Une caméra de démonstration prêtée par la clinique."),
        ("Date", "le 21 novembre 2026"),
    ],
    exp={
        "proposal_title": "Photographie du fond d'œil pour le dépistage de la rétinopathie diabétique",
        "proposer_name": "Élodie Bouchard-Nadeau",
        "proposer_title": "Orthoptiste coordonnatrice",
        "proposer_department": "Clinique d'ophtalmologie communautaire",
        "proposer_email": "elodie.bouchard-nadeau@cliniqueoeil.example.org",
        "proposer_phone": "613-555-0129, poste 22",
        "request_type": "micro_course",
        "target_learners": "Assistantes et assistants en soins de la vue, infirmières des cliniques de diabète et techniciens en ophtalmologie",
        "rationale": "Le dépistage par photographie non mydriatique se fait maintenant dans les cliniques de diabète, mais près d'une image sur cinq est jugée ininterprétable par les ophtalmologistes lecteurs. Il n'existe aucune formation courte en français.",
        "competencies": "réglage de la caméra non mydriatique; centrage et mise au point; contrôle de la qualité de l'image; transmission sécurisée au lecteur",
        "learning_outcomes": ["Acquérir deux champs de 45° de qualité interprétable chez un patient non dilaté.",
                              "Reconnaître les artefacts courants (cils, reflets, flou) et reprendre l'image.",
                              "Transmettre les images et les données au lecteur selon la procédure de confidentialité."],
        "summative_assessment": "Portfolio de 20 images évaluées par un ophtalmologiste lecteur (au moins 85 % interprétables).",
        "partner_name": "Réseau de dépistage visuel de l'Est ontarien",
        "partner_contact": "Dr Julien Marchessault, jmarchessault@rdveo.example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Le micro-cours répond à l'objectif du Plan d'offrir des formations accessibles en français aux professionnels en exercice.",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "automne 2027",
        "expected_enrolment": 50,
        "resources_required": "Une caméra de démonstration prêtée par la clinique.",
        "submission_date": "2026-11-21",
    },
    notes="Bilingual (French / English labels) form typed as a one-column table in LibreOffice and saved as DOCX by LibreOffice: each label row is followed by the answer in the row below. French answers; competencies typed with French ' ; ' separators (items joined '; '); outcomes one paragraph each without markers; 'Accord confirmé ; lettre à suivre' = confirmed; 'En ligne, avec une séance pratique facultative' = online (the optional session does not make it hybrid); '6 h' -> 6; 'environ 50' -> 50; French date 'le 21 novembre 2026'; phone with 'poste' kept as written.",
))

# ---------------------------------------------------------------- T4  G3 content controls
DOCS.append(dict(
    file="Sepsis screening at triage - concept form (CC).docx", genre="G3", shape="2", lang="en",
    intro=["Fill in the grey boxes. Use the drop-downs where provided."],
    rows=[
        ("Proposed Micro-credential Title", "Early Sepsis Recognition at Emergency Triage", "proposal_title"),
        ("Lead Proposer", "Kwabena Ofori-Atta", "proposer_name"),
        ("Role", "Clinical Nurse Educator", "proposer_title"),
        ("Program Area", "Emergency Department", "proposer_department"),
        ("Contact Email", "kofori-atta@lakeridge-hs.example.org", "proposer_email"),
        ("Phone", "", "proposer_phone"),
        ("Request Type", "New micro-credential", "request_type", "drop", [("Choose an item.", ""), ("New micro-credential", "new"), ("Convert an existing program", "existing_program"), ("Micro-course", "micro_course")]),
        ("Who is this for?", "Triage nurses and paramedics who hand over at triage", "target_learners"),
        ("Why is this needed?", "Our sepsis audit found that a third of patients who met screening criteria at triage waited more than an hour for their first lactate.\nTriage staff told us they are unsure when to escalate.", "rationale"),
        ("Competencies Addressed", "Applying a sepsis screening tool at triage; escalating with a structured handover; starting the sepsis order set within scope", "competencies"),
        ("Intended Learning Outcomes", "Apply the qSOFA and SIRS screening criteria to three simulated triage presentations.\nEscalate a positive screen using SBAR within five minutes.\nExplain which order-set steps a triage nurse may start under medical directive.", "learning_outcomes"),
        ("Framework (e.g. ESCO, professional body)", "", "competency_framework"),
        ("How will achievement be evidenced?", "Two scored simulation scenarios (pass = all critical steps) and a short case-based quiz.", "summative_assessment"),
        ("Partner Organization", "Lakeridge Paramedic Services", "partner_name"),
        ("Partner Contact", "Deputy Chief Hana Lindqvist", "partner_contact"),
        ("Endorsement Status", "Confirmed", "endorsement_status", "drop", [("Choose an item.", ""), ("Letter attached", "letter_attached"), ("Confirmed", "confirmed"), ("In discussion", "in_discussion"), ("None", "none")]),
        ("Education Plan Alignment", "Interprofessional, simulation-based learning that responds directly to a patient safety gap.", "education_plan_alignment"),
        ("Delivery Format", [("Online", False, "delivery_online"), ("In person", True, "delivery_in_person"), ("Hybrid", False, "delivery_hybrid")], None, "checks"),
        ("Total Learning Hours", "4", "estimated_hours"),
        ("Anticipated Start Date", "February 2027", "proposed_start"),
        ("Expected Enrolment per Year", "two cohorts of 18 (36 per year)", "expected_enrolment"),
        ("Resources You Can Provide", "Simulation lab time and two ED physicians as co-facilitators", "resources_required"),
        ("Submission Date", "November 27, 2026", "submission_date", "date", "2026-11-27"),
    ],
    exp={
        "proposal_title": "Early Sepsis Recognition at Emergency Triage",
        "proposer_name": "Kwabena Ofori-Atta",
        "proposer_title": "Clinical Nurse Educator",
        "proposer_department": "Emergency Department",
        "proposer_email": "kofori-atta@lakeridge-hs.example.org",
        "request_type": "new",
        "target_learners": "Triage nurses and paramedics who hand over at triage",
        "rationale": "Our sepsis audit found that a third of patients who met screening criteria at triage waited more than an hour for their first lactate. Triage staff told us they are unsure when to escalate.",
        "competencies": "Applying a sepsis screening tool at triage; escalating with a structured handover; starting the sepsis order set within scope",
        "learning_outcomes": ["Apply the qSOFA and SIRS screening criteria to three simulated triage presentations.",
                              "Escalate a positive screen using SBAR within five minutes.",
                              "Explain which order-set steps a triage nurse may start under medical directive."],
        "summative_assessment": "Two scored simulation scenarios (pass = all critical steps) and a short case-based quiz.",
        "partner_name": "Lakeridge Paramedic Services",
        "partner_contact": "Deputy Chief Hana Lindqvist",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Interprofessional, simulation-based learning that responds directly to a patient safety gap.",
        "delivery_format": "in_person",
        "estimated_hours": 4,
        "proposed_start": "February 2027",
        "expected_enrolment": 36,
        "resources_required": "Simulation lab time and two ED physicians as co-facilitators",
        "submission_date": "2026-11-27",
    },
    notes="Official form with Word content controls tagged with the keys (run-level text controls in the answer cells). Phone and framework controls still show the placeholder 'Click or tap here to enter text.' (= absent); request type and endorsement are drop-downs (display text, value = code); delivery format as three tagged checkbox controls (In person ticked); outcomes and rationale typed with line breaks inside one control; 'two cohorts of 18 (36 per year)' -> 36; date-picker control 'November 27, 2026'.",
))

# ---------------------------------------------------------------- T5  G4 fillable PDF, coded widget names, incomplete
DOCS.append(dict(
    file="CE_concept_form_fillable_LP.pdf", genre="G4", shape="3", lang="en",
    intro=["Fillable form. Type in the boxes and tick the options that apply. Save and email the completed PDF to ce@michener.example."],
    rows=[
        ("§", "1. Proposer"),
        ("Proposed Title", "Lumbar Puncture Assisting and CSF Specimen Handling", "f1_01", "text"),
        ("Name of Proposer", "Gwendolyn Ashcroft-Ribeiro", "f1_02", "text"),
        ("Position / Title", "Nurse Practitioner", "f1_03", "text"),
        ("Department / Program", "Neurology Day Unit", "f1_04", "text"),
        ("Email", "g.ashcroftribeiro@meadowvale.example.org", "f1_05", "text"),
        ("Phone", "289-555-0163", "f1_06", "text"),
        ("§", "2. Proposal"),
        ("Type of Request", [("New micro-credential", True, "c2_10"), ("Convert an existing program", False, "c2_11"), ("Micro-course", False, "c2_12")], None, "checks"),
        ("Existing Program Name", "", "f2_13", "text"),
        ("Target Learners", "Registered nurses and medical laboratory assistants on neurology, oncology and paediatric units", "f2_14", "multi", 30),
        ("Rationale / Need", "Lumbar punctures are moving from the OR and ED to day units. Our unit had 9 CSF samples rejected last year for wrong tube order or delayed transport, and nurses have no formal training in positioning.", "f2_15", "multi", 48),
        ("Competencies / Skills Targeted", "patient positioning and comfort; sterile field support; CSF tube order, labelling and transport; post-procedure monitoring", "f2_16", "multi", 36),
        ("Learning Outcomes", "1) Position adult and paediatric patients for lumbar puncture.\n2) Maintain the sterile field while assisting.\n3) Collect, label and send CSF tubes in the correct order within the transport time.\n4) Monitor for and report post-dural puncture headache.", "f2_17", "multi", 60),
        ("Summative Assessment", "Observed assist on a task trainer scored with a checklist and a CSF handling quiz (80% to pass).", "f2_18", "multi", 30),
        ("§", "3. Partner and alignment"),
        ("Industry / Employment Partner", "", "f3_20", "text"),
        ("Partner Contact", "", "f3_21", "text"),
        ("Endorsement Status", [("Letter attached", False, "c3_22"), ("Confirmed", False, "c3_23"), ("In discussion", False, "c3_24"), ("None", True, "c3_25")], None, "checks"),
        ("Alignment with Michener's Education Plan", "Short, skills-based learning for practising nurses and lab staff, delivered close to practice.", "f3_26", "multi", 30),
        ("§", "4. Logistics"),
        ("Delivery Format", [("Online", False, "c4_30"), ("In person", False, "c4_31"), ("Hybrid", True, "c4_32")], None, "checks"),
        ("Estimated Hours", "5.5", "f4_33", "text"),
        ("Proposed Start", "May 2027", "f4_34", "text"),
        ("Expected Enrolment per Year", "30", "f4_35", "text"),
        ("Resources Required", "LP task trainer (we own one)", "f4_36", "text"),
        ("Date", "11/30/2026", "f4_37", "text"),
    ],
    exp={
        "proposal_title": "Lumbar Puncture Assisting and CSF Specimen Handling",
        "proposer_name": "Gwendolyn Ashcroft-Ribeiro",
        "proposer_title": "Nurse Practitioner",
        "proposer_department": "Neurology Day Unit",
        "proposer_email": "g.ashcroftribeiro@meadowvale.example.org",
        "proposer_phone": "289-555-0163",
        "request_type": "new",
        "target_learners": "Registered nurses and medical laboratory assistants on neurology, oncology and paediatric units",
        "rationale": "Lumbar punctures are moving from the OR and ED to day units. Our unit had 9 CSF samples rejected last year for wrong tube order or delayed transport, and nurses have no formal training in positioning.",
        "competencies": "patient positioning and comfort; sterile field support; CSF tube order, labelling and transport; post-procedure monitoring",
        "learning_outcomes": ["Position adult and paediatric patients for lumbar puncture.",
                              "Maintain the sterile field while assisting.",
                              "Collect, label and send CSF tubes in the correct order within the transport time.",
                              "Monitor for and report post-dural puncture headache."],
        "summative_assessment": "Observed assist on a task trainer scored with a checklist and a CSF handling quiz (80% to pass).",
        "endorsement_status": "none",
        "education_plan_alignment": "Short, skills-based learning for practising nurses and lab staff, delivered close to practice.",
        "delivery_format": "hybrid",
        "estimated_hours": 5.5,
        "proposed_start": "May 2027",
        "expected_enrolment": 30,
        "resources_required": "LP task trainer (we own one)",
        "submission_date": "2026-11-30",
    },
    notes="Fillable PDF (page drawn with fpdf2, AcroForm widgets added with pypdf) whose field names are unrelated codes (f1_01…, c2_10…); labels only on the page; each option is its own check box (/Yes or /Off). Incomplete: no partner (partner fields empty, 'None' ticked = endorsement none), so partner_name is missing. Outcomes '1) …' lines in one multi-line field; competencies with ';' (items); decimal hours 5.5; US date 11/30/2026.",
))

# ---------------------------------------------------------------- T6  G5 printed (Word form -> LibreOffice PDF)
DOCS.append(dict(
    file="Autopsy Assistant Fundamentals - concept form.pdf", genre="G5", shape="4", lang="en",
    rows=[
        ("§", "PROPOSER"),
        ("Proposed Title\n(working title is fine)", "Autopsy Assistant Fundamentals"),
        ("Name of Proposer", "Desmond Achebe-Lindgren"),
        ("Position / Title", "Pathologists' Assistant"),
        ("Department / Program", "Laboratory Medicine and Pathology"),
        ("Email", "dachebe-lindgren@northshore-path.example.com"),
        ("Phone", "N/A"),
        ("§", "PROPOSAL"),
        ("Type of Request\n(tick one)", "✓ New micro-credential\n   Convert an existing program\n   Micro-course"),
        ("Target Learners", "Newly hired morgue attendants and autopsy assistants in hospital and forensic mortuaries"),
        ("Rationale / Need", "Most mortuary staff in the province learn on the job from whoever is on shift. Two recent inspections cited inconsistent specimen labelling and gaps in biosafety practice, and hospitals report they cannot recruit trained assistants."),
        ("Competencies / Skills Targeted", "• body intake, identification and release\n• biosafety and PPE in the autopsy suite\n• evisceration assistance and organ weighing\n• specimen and tissue retention documentation"),
        ("Learning Outcomes", "a) Complete intake and release documentation with two identifiers.\nb) Select and use PPE for standard and high-risk autopsies.\nc) Assist with evisceration and record organ weights accurately.\nd) Label, retain and track tissue specimens according to the retention policy."),
        ("Competency Framework Alignment", "N/A"),
        ("Summative Assessment", "Supervised practical in the mortuary assessed by a pathologist and a written case exam."),
        ("§", "PARTNER"),
        ("Industry / Employment Partner", "Provincial Forensic Pathology Service"),
        ("Partner Contact", "Ingrid Solberg-Mensah, Operations Manager"),
        ("Endorsement Status", "Letter attached"),
        ("Alignment with Michener's Education Plan", "Addresses a workforce shortage with a stackable credential that can feed the Pathologists' Assistant program."),
        ("§", "LOGISTICS"),
        ("Delivery Format", "In person"),
        ("Estimated Hours", "21 (three 7-hour days)"),
        ("Proposed Start", "January 2028"),
        ("Expected Enrolment per Year", "16"),
        ("Resources Required", "see attached budget"),
        ("Date Submitted", "2 Dec 2026"),
    ],
    exp={
        "proposal_title": "Autopsy Assistant Fundamentals",
        "proposer_name": "Desmond Achebe-Lindgren",
        "proposer_title": "Pathologists' Assistant",
        "proposer_department": "Laboratory Medicine and Pathology",
        "proposer_email": "dachebe-lindgren@northshore-path.example.com",
        "request_type": "new",
        "target_learners": "Newly hired morgue attendants and autopsy assistants in hospital and forensic mortuaries",
        "rationale": "Most mortuary staff in the province learn on the job from whoever is on shift. Two recent inspections cited inconsistent specimen labelling and gaps in biosafety practice, and hospitals report they cannot recruit trained assistants.",
        "competencies": "body intake, identification and release; biosafety and PPE in the autopsy suite; evisceration assistance and organ weighing; specimen and tissue retention documentation",
        "learning_outcomes": ["Complete intake and release documentation with two identifiers.",
                              "Select and use PPE for standard and high-risk autopsies.",
                              "Assist with evisceration and record organ weights accurately.",
                              "Label, retain and track tissue specimens according to the retention policy."],
        "summative_assessment": "Supervised practical in the mortuary assessed by a pathologist and a written case exam.",
        "partner_name": "Provincial Forensic Pathology Service",
        "partner_contact": "Ingrid Solberg-Mensah, Operations Manager",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Addresses a workforce shortage with a stackable credential that can feed the Pathologists' Assistant program.",
        "delivery_format": "in_person",
        "estimated_hours": 21,
        "proposed_start": "January 2028",
        "expected_enrolment": 16,
        "submission_date": "2026-12-02",
    },
    notes="Printed form: the filled Word table form (grey hint lines under some labels) printed to PDF by LibreOffice – no table or fields survive. Request type ticked with '✓' before one option (others untyped); competencies as '• ' bullets (joined '; '); outcomes 'a)'…'d)'; 'N/A' phone and framework = absent; 'Resources Required: see attached budget' is not an answer in this document (absent); hours '21 (three 7-hour days)' -> 21; the Partner Contact answer is split by a page break (running footer and header between its two lines); label hints '(working title is fine)', '(tick one)' are not values; date '2 Dec 2026'.",
))

# ---------------------------------------------------------------- T7  G6 retyped (markdown -> pandoc DOCX)
DOCS.append(dict(
    file="Chest drain management micro-credential - proposal.docx", genre="G6", shape="5", lang="en",
    md="""# Chest Drain Management for Respiratory Therapists and Nurses

**Proposal to Michener CE – micro-credential concept**

Prepared by: Marguerite Delacroix-Yamamoto, Respiratory Therapy Clinical Lead, Cardiothoracic Surgery
Email: m.delacroix-yamamoto@stlucien.example.org · Tel. 647-555-0151
Date: 4 November 2026

## What we are asking for

A new micro-credential. It is aimed at respiratory therapists and ward nurses who look after patients with chest drains outside the ICU.

## Why

Since our thoracic surgery volumes doubled, patients with chest drains are now nursed on three general wards. Incident reports show clamped drains, unsecured tubing and missed air leaks; staff say they were never taught how the drainage system works.

## Skills we want to build

- setting up and checking a digital and a wet-suction drainage system
- assessing for air leak, tidaling and subcutaneous emphysema
- safe transport and emergency management of a disconnected drain

## What learners will be able to do

1. Set up a three-chamber and a digital drainage system and verify the suction level.
2. Assess and document drainage, air leak and tidaling at each check.
3. Respond correctly to a disconnected or dislodged drain.

## How we will know

Each learner completes an OSCE station with a live drainage system and a scenario of a disconnected drain, marked with a standard checklist.

## Partner

Thoracic Surgery Nursing Society of Ontario has agreed to endorse the course; the letter will follow. Contact: Priya Venkataraman, president.

## Fit with the Education Plan

It brings simulation-based, interprofessional learning to an everyday risk on the wards.

## Practical details

| | |
|---|---|
| Format | Blended |
| Hours | 8 |
| First run | September 2027 |
| Learners per year | about 60 |
| What we can provide | two drainage systems and a simulation mannequin |
""",
    exp={
        "proposal_title": "Chest Drain Management for Respiratory Therapists and Nurses",
        "proposer_name": "Marguerite Delacroix-Yamamoto",
        "proposer_title": "Respiratory Therapy Clinical Lead",
        "proposer_department": "Cardiothoracic Surgery",
        "proposer_email": "m.delacroix-yamamoto@stlucien.example.org",
        "proposer_phone": "647-555-0151",
        "request_type": "new",
        "target_learners": "respiratory therapists and ward nurses who look after patients with chest drains outside the ICU",
        "rationale": "Since our thoracic surgery volumes doubled, patients with chest drains are now nursed on three general wards. Incident reports show clamped drains, unsecured tubing and missed air leaks; staff say they were never taught how the drainage system works.",
        "competencies": "setting up and checking a digital and a wet-suction drainage system; assessing for air leak, tidaling and subcutaneous emphysema; safe transport and emergency management of a disconnected drain",
        "learning_outcomes": ["Set up a three-chamber and a digital drainage system and verify the suction level.",
                              "Assess and document drainage, air leak and tidaling at each check.",
                              "Respond correctly to a disconnected or dislodged drain."],
        "summative_assessment": "Each learner completes an OSCE station with a live drainage system and a scenario of a disconnected drain, marked with a standard checklist.",
        "partner_name": "Thoracic Surgery Nursing Society of Ontario",
        "partner_contact": "Priya Venkataraman, president",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It brings simulation-based, interprofessional learning to an everyday risk on the wards.",
        "delivery_format": "hybrid",
        "estimated_hours": 8,
        "proposed_start": "September 2027",
        "expected_enrolment": 60,
        "resources_required": "two drainage systems and a simulation mannequin",
        "submission_date": "2026-11-04",
    },
    notes="Retyped form: markdown converted to DOCX by pandoc (smart quotes). Title as the document title; 'Prepared by:' line gives name, title and department; 'Email: … · Tel. …' line; applicant's own headings; 'A new micro-credential' = new; learners = phrase after 'aimed at' (no stop); bulleted skills (joined '; '); 'has agreed to endorse the course; the letter will follow' = confirmed; partner contact after 'Contact:'; a header-less two-column table for logistics: 'Blended' = hybrid, 'about 60' -> 60; date '4 November 2026'.",
))

# ---------------------------------------------------------------- T8  G7 look-alike: filled course evaluation
DOCS.append(dict(
    file="Course evaluation - neonatal phototherapy workshop - completed.docx", genre="G7", shape="7", lang="en",
    form_title="Continuing Education – Participant Course Evaluation",
    intro=["Thank you for attending. Your answers are anonymous unless you choose to give your contact details."],
    rows=[
        ("Course Title", "Neonatal Phototherapy and Bilirubin Monitoring Workshop"),
        ("Date attended", "October 17, 2026"),
        ("Facilitator", "Rosalind Okonkwo-Baptiste"),
        ("Delivery format", "☐ Online   ☒ In person   ☐ Hybrid"),
        ("Were the learning outcomes stated at the start?", "☒ Yes   ☐ No"),
        ("Which learning outcomes did you achieve?", "Setting up the phototherapy unit and measuring irradiance; reading the nomogram"),
        ("Was the summative assessment (skills check) fair?", "Yes, the skills check matched what we practised."),
        ("Overall rating (1–5)", "4"),
        ("What should be improved?", "More time on the transcutaneous bilirubin meter. The room was too warm."),
        ("Would you recommend this course to a colleague?", "☒ Yes   ☐ No"),
        ("Name (optional)", "Farah Nwachukwu"),
        ("Email (optional)", "farah.nwachukwu@example.com"),
    ],
    exp={},
    notes="NOT a concept form: a participant's completed course-evaluation form (python-docx table, the G1 route) with Course Title, learning outcomes, summative assessment, delivery format, name and email – it evaluates a delivered workshop and proposes nothing.",
))

# ---------------------------------------------------------------- T9  G5 (flattened fillable PDF)
DOCS.append(dict(
    file="concept form - casting - FLATTENED.pdf", genre="G5", route="G5f", shape="4", lang="en",
    intro=["Fillable form. Type in the boxes and tick the options that apply. Save and email the completed PDF to ce@michener.example."],
    rows=[
        ("§", "1. Proposer"),
        ("Proposed Title", "Plaster and Fibreglass Casting for Orthopaedic Clinic Staff", "f1_01", "text"),
        ("Name of Proposer", "Henrietta Oyelowo-Strand", "f1_02", "text"),
        ("Position / Title", "Orthopaedic Technologist", "f1_03", "text"),
        ("Department / Program", "Fracture Clinic", "f1_04", "text"),
        ("Email", "h.oyelowostrand@eastgate.example.org", "f1_05", "text"),
        ("Phone", "", "f1_06", "text"),
        ("§", "2. Proposal"),
        ("Type of Request", [("New micro-credential", True, "c2_10"), ("Convert an existing program", False, "c2_11"), ("Micro-course", False, "c2_12")], None, "checks"),
        ("Existing Program Name", "N/A", "f2_13", "text"),
        ("Target Learners", "Nurses, physiotherapy assistants and new orthopaedic technologists working in fracture and emergency clinics", "f2_14", "multi", 30),
        ("Rationale / Need", "Fracture clinics in our region rely on two or three experienced cast technologists. When they are away, casts are applied by staff with no formal training and our re-application rate rises to about 15%.", "f2_15", "multi", 40),
        ("Competencies / Skills Targeted", "Limb assessment before casting, padding and moulding technique, cast removal with an oscillating saw, patient teaching on cast care", "f2_16", "multi", 30),
        ("Learning Outcomes", "Apply a below-elbow and a below-knee cast that meet the clinic's quality checklist.\nRemove a cast safely with an oscillating saw and spreader.\nRecognise and escalate signs of compartment syndrome and pressure injury.", "f2_17", "multi", 52),
        ("Summative Assessment", "Two observed cast applications and one removal on volunteers, scored against the checklist.", "f2_18", "multi", 28),
        ("§", "3. Partner and alignment"),
        ("Industry / Employment Partner", "Canadian Society of Orthopaedic Technologists", "f3_20", "text"),
        ("Partner Contact", "Marcus Bellweather-Osei, Education Director", "f3_21", "text"),
        ("Endorsement Status", [("Letter attached", True, "c3_22"), ("Confirmed", False, "c3_23"), ("In discussion", False, "c3_24"), ("None", False, "c3_25")], None, "checks"),
        ("Alignment with Michener's Education Plan", "Hands-on, competency-based learning that supports safe care in under-staffed clinics.", "f3_26", "multi", 28),
        ("§", "4. Logistics"),
        ("Delivery Format", [("Online", False, "c4_30"), ("In person", True, "c4_31"), ("Hybrid", False, "c4_32")], None, "checks"),
        ("Estimated Hours", "7", "f4_33", "text"),
        ("Proposed Start", "October 2027", "f4_34", "text"),
        ("Expected Enrolment per Year", "24", "f4_35", "text"),
        ("Resources Required", "Casting room and materials (supplied by the clinic)", "f4_36", "text"),
        ("Date", "Nov 24, 2026", "f4_37", "text"),
    ],
    exp={
        "proposal_title": "Plaster and Fibreglass Casting for Orthopaedic Clinic Staff",
        "proposer_name": "Henrietta Oyelowo-Strand",
        "proposer_title": "Orthopaedic Technologist",
        "proposer_department": "Fracture Clinic",
        "proposer_email": "h.oyelowostrand@eastgate.example.org",
        "request_type": "new",
        "target_learners": "Nurses, physiotherapy assistants and new orthopaedic technologists working in fracture and emergency clinics",
        "rationale": "Fracture clinics in our region rely on two or three experienced cast technologists. When they are away, casts are applied by staff with no formal training and our re-application rate rises to about 15%.",
        "competencies": "Limb assessment before casting; padding and moulding technique; cast removal with an oscillating saw; patient teaching on cast care",
        "learning_outcomes": ["Apply a below-elbow and a below-knee cast that meet the clinic's quality checklist.",
                              "Remove a cast safely with an oscillating saw and spreader.",
                              "Recognise and escalate signs of compartment syndrome and pressure injury."],
        "summative_assessment": "Two observed cast applications and one removal on volunteers, scored against the checklist.",
        "partner_name": "Canadian Society of Orthopaedic Technologists",
        "partner_contact": "Marcus Bellweather-Osei, Education Director",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Hands-on, competency-based learning that supports safe care in under-staffed clinics.",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "October 2027",
        "expected_enrolment": 24,
        "resources_required": "Casting room and materials (supplied by the clinic)",
        "submission_date": "2026-11-24",
    },
    notes="Flattened copy of a filled fillable form (the G4 layout drawn with fpdf2, values drawn as page text inside the boxes, no AcroForm fields; Creator 'Microsoft: Print To PDF'). Labels in a left column, answers in boxes beside them (PDF text puts label and answer on nearby lines; long answers wrap inside the box); each option has its own box, the ticked one shows 'X'; empty phone box = absent; 'N/A' existing program = absent; competencies as an inline comma list (items joined '; '); outcomes as unmarked lines; date 'Nov 24, 2026'.",
))
