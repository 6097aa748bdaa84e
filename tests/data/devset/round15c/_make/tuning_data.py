# Round 15c, tuning half: content and expected values (blind).
DOCS = []

# T1 – G1 numbered questions, answer below, markers "1." (shape 5)
DOCS.append(dict(name="Karyotype banding analysis - concept questions - PNwosu", ext="docx", genre="G1", shape="5",
  markers="1.", mode="beside", lang="en",
  notes="G1: numbered questions (1. …) in bold with a one-line answer on the same line, multi-paragraph answers and lists below (Word bullets); contact and date among the questions.",
  pre=[("title", "Micro-credential concept – answers to the CE questions"),
       ("text", "Please find my answers below. I kept the CE office's question numbers.")],
  items=[
   ("proposal_title", "What is the working title?", "Karyotype Banding Analysis for Cytogenetic Technologists", None),
   ("proposer_name", "Who is proposing it?", "Precious Nwosu", None),
   ("proposer_title", "Your position", "Senior Cytogenetic Technologist", None),
   ("proposer_department", "Department or program", "Genetics Laboratory Program", None),
   ("proposer_email", "Email where we can reach you", "p.nwosu@michener.example", None),
   ("proposer_phone", "Phone", "416-555-0142", None),
   ("request_type", "Is this a new micro-credential, a conversion of an existing program, or a micro-course?", "A new micro-credential.", "new"),
   ("target_learners", "Who is it for?", "Medical laboratory technologists moving into cytogenetics and recent graduates of genetics technology programs.", None),
   ("rationale", "Why is this needed?", "Three hospital cytogenetics labs in the region report that new staff need six months of bench supervision before they can sign out G-banded karyotypes. Retirements over the next two years will make this worse.\n\nA short, assessed credential would shorten that supervised period.", None),
   ("competencies", "Which competencies or skills does it target?", ["chromosome identification at 400–550 band level", "recognition of numerical and structural abnormalities", "ISCN nomenclature", "image capture and karyogram quality control"], None),
   ("learning_outcomes", "What will learners be able to do at the end?", ["Arrange a G-banded metaphase into a karyogram without assistance.", "Identify common numerical and structural abnormalities.", "Write a karyotype result in current ISCN nomenclature.", "Judge whether a metaphase is of sufficient quality for analysis."], None),
   ("competency_framework", "Is it aligned to a competency framework?", "CSMLS competency profile for cytogenetics", None),
   ("summative_assessment", "How will achievement be evidenced?", "A practical exam: each learner analyses ten unknown metaphase cases and writes ISCN results, marked against a reference key (pass 90 %).", None),
   ("partner_name", "Industry or employment partner", "Lakeshore Regional Genetics Laboratory", None),
   ("partner_contact", "Partner contact", "Dr. Anil Marchetti, Laboratory Director, a.marchetti@example.org", None),
   ("endorsement_status", "Do you have a letter of support?", "Yes – the letter is attached to my email.", "letter_attached"),
   ("education_plan_alignment", "How does it align with Michener's Education Plan?", "It supports the Plan's goal of flexible, competency-based upskilling for working technologists.", None),
   ("delivery_format", "Delivery format", "Hybrid (online theory, two lab days)", "hybrid"),
   ("estimated_hours", "Estimated hours", "30 hours", 30),
   ("proposed_start", "When would you like to start?", "September 2027", None),
   ("expected_enrolment", "Expected enrolment per year", "About 24", 24),
   ("resources_required", "Resources required", "Access to the karyotyping software lab and a bank of de-identified case images.", None),
   ("submission_date", "Date", "2026-11-18", "2026-11-18"),
  ]))

# T2 – G1 interview transcript (shape 5), incomplete: no summative assessment, no education-plan alignment
DOCS.append(dict(name="Laser safety officer course - call notes", ext="docx", genre="G1", shape="5",
  markers="", mode="transcript", q_who="CE", a_who="RH", lang="en", missing=["summative_assessment", "education_plan_alignment"],
  notes="G1: interview-style transcript of a call with the CE office (CE:/RH: lines); proposer details in the intro line; lists after a lead-in answer; two required fields never answered (incomplete).",
  lead={"competencies": "The skills, roughly:", "learning_outcomes": "By the end they should be able to:"},
  pre=[("bold", "Call notes – micro-credential idea"),
       ("text", "Call on 2026-11-24 with Rhys Holloway (Clinical Engineering Specialist, Biomedical Engineering, r.holloway@example.com, 905-555-0117). Notes typed by CE during the call; RH = Rhys Holloway.")],
  items=[
   ("submission_date", None, "2026-11-24", "2026-11-24"),
   ("proposer_name", None, "Rhys Holloway", None),
   ("proposer_title", None, "Clinical Engineering Specialist", None),
   ("proposer_department", None, "Biomedical Engineering", None),
   ("proposer_email", None, "r.holloway@example.com", None),
   ("proposer_phone", None, "905-555-0117", None),
   ("proposal_title", "What would you call it?", "Medical Laser Safety Officer Essentials", None),
   ("request_type", "New credential, or something you already run?", "Brand new – nothing like it exists at Michener.", "new"),
   ("target_learners", "Who would take it?", "Nurses, OR technicians and biomedical staff who are named laser safety officers in their hospital", None),
   ("rationale", "Why now?", "The updated CSA standard expects every site using Class 3B and 4 lasers to have a trained laser safety officer, and most hospitals in our network have someone named who has never been trained.", None),
   ("competencies", "What skills does it cover?", ["classifying medical lasers and their hazards", "calculating nominal hazard zones", "selecting eyewear by optical density", "writing a laser safety audit"], None),
   ("learning_outcomes", "And the outcomes?", ["Classify a medical laser and describe its beam and non-beam hazards.", "Calculate the nominal hazard zone for a given laser and setting.", "Choose protective eyewear with the right optical density.", "Run a laser safety audit of an operating room."], None),
   ("partner_name", "Do you have a partner?", "Northgate Health Network – their surgical services group", "Northgate Health Network"),
   ("endorsement_status", "Have they endorsed it?", "We're still in discussion; nothing confirmed yet.", "in_discussion"),
   ("delivery_format", "Online or in person?", "Online, with a virtual OR walkthrough.", "online"),
   ("estimated_hours", "How long?", "About 16 hours.", 16),
  ],
  post=["Follow-up: RH to send the assessment idea and the Education Plan link by email."]))

# T3 – G2 transposed tables (labels across the top row, answers below), merged title rows (shape 4)
DOCS.append(dict(name="Essential Tremor Assessment - concept form (table)", ext="docx", genre="G2", shape="4", lang="en",
  notes="G2: form re-laid as transposed tables: each block has a merged title row, labels across the top row and answers in the row below (three or four pairs per block); one block with the answer on the left and the label in the right column; outcomes as bullet paragraphs in one cell.",
  pre=["Micro-Course / Credential Concept Form"],
  blocks=[
   ("transposed", "A. Proposer", [
     ("proposer_name", "Name of Proposer", "Mei-Lin Ostrowski", None),
     ("proposer_title", "Position / Title", "Neurodiagnostic Technologist", None),
     ("proposer_department", "Department / Program", "Neurophysiology Program", None),
     ("proposer_email", "Email", "meilin.ostrowski@michener.example", None)]),
   ("transposed", "B. Proposal", [
     ("proposal_title", "Proposed Title", "Essential Tremor Assessment with Accelerometry", None),
     ("request_type", "Type of Request", "☐ New micro-credential\n☐ Convert an existing program\n☒ Micro-course", "micro_course"),
     ("target_learners", "Target Learners", "Neurodiagnostic and EMG technologists in movement-disorder clinics", None)]),
   ("transposed", "C. Need and content", [
     ("rationale", "Rationale / Need", "Movement-disorder clinics now ask technologists to record tremor with accelerometers before focused-ultrasound treatment, but no course covers it.", None),
     ("competencies", "Competencies / Skills Targeted", ["sensor placement", "recording protocols for rest, postural and kinetic tremor", "frequency analysis", "reporting"], None),
     ("learning_outcomes", "Learning Outcomes", ["Place accelerometers and surface EMG for tremor recording.", "Record rest, postural and kinetic tremor to protocol.", "Measure tremor frequency and amplitude from a spectrum.", "Write a technical tremor report."], None)]),
   ("rightlabel", "D. Assessment and partner", [
     ("summative_assessment", "Summative Assessment", "Recorded practical on a volunteer plus a written report marked with a rubric.", None),
     ("partner_name", "Industry / Employment Partner", "Riverside Movement Disorders Clinic", None),
     ("endorsement_status", "Endorsement Status", "Confirmed – letter to follow", "confirmed"),
     ("education_plan_alignment", "Alignment with Michener's Education Plan", "Advances the Plan's priority on emerging clinical technologies.", None)]),
   ("transposed", "E. Logistics", [
     ("delivery_format", "Delivery Format", "In person", "in_person"),
     ("estimated_hours", "Estimated Hours", "12", 12),
     ("proposed_start", "Proposed Start", "Winter 2027", None),
     ("submission_date", "Date Submitted", "2026-11-20", "2026-11-20")]),
  ]))

# T4 – G2 4-column key-value grid, bilingual labels (shape 4)
DOCS.append(dict(name="Formulaire concept - Bilan urodynamique - S Aubry", ext="docx", genre="G2", shape="4", lang="bilingual",
  notes="G2: key–value grid of four columns (label | answer | label | answer) for short fields, long fields with the answer merged over three cells; bilingual EN/FR labels, French answers; section rows merged across.",
  pre=["Formulaire de concept – Micro-cours / Microcertification  |  Concept Form"],
  blocks=[
   ("grid4", "1. Proposeur / Proposer", [
     [("proposer_name", "Nom / Name", "Sylvie Aubry", None), ("proposer_title", "Poste / Title", "Infirmière clinicienne en urologie", None)],
     [("proposer_department", "Service / Department", "Programme de soins infirmiers spécialisés", None), ("proposer_email", "Courriel / Email", "sylvie.aubry@example.org", None)],
     [("proposer_phone", "Téléphone / Phone", "514-555-0163", None), ("submission_date", "Date", "27 novembre 2026", "2026-11-27")]]),
   ("grid4", "2. Proposition / Proposal", [
     [("proposal_title", "Titre proposé / Proposed Title", "Réalisation et interprétation du bilan urodynamique", None)],
     [("request_type", "Type de demande / Request Type", "Nouvelle microcertification", "new"), ("delivery_format", "Format", "Hybride", "hybrid")],
     [("target_learners", "Public cible / Target Learners", "Infirmières et technologues des cliniques d'urologie et d'urogynécologie", None)],
     [("rationale", "Justification / Rationale", "Les cliniques de la région confient de plus en plus les examens urodynamiques aux infirmières, sans formation reconnue. Les listes d'attente dépassent huit mois.", None)],
     [("competencies", "Compétences / Competencies", ["préparation du patient et étalonnage", "cystomanométrie et débitmétrie", "reconnaissance des artefacts", "sécurité et prévention des infections"], None)],
     [("learning_outcomes", "Résultats d'apprentissage / Learning Outcomes", ["Préparer le patient et étalonner l'équipement urodynamique.", "Réaliser une cystomanométrie selon le protocole ICS.", "Reconnaître et corriger les artefacts de pression.", "Rédiger un compte rendu technique de l'examen."], None)],
     [("summative_assessment", "Évaluation sommative / Summative Assessment", "Examen pratique observé en clinique et étude de cas écrite.", None)]]),
   ("grid4", "3. Partenaire et alignement / Partner and alignment", [
     [("partner_name", "Partenaire / Partner", "Clinique d'urologie Saint-Laurent", None), ("endorsement_status", "Statut / Endorsement Status", "Lettre jointe", "letter_attached")],
     [("partner_contact", "Contact", "Dr Luc Ferland, l.ferland@example.org", None), ("estimated_hours", "Heures / Hours", "20 h", 20)],
     [("education_plan_alignment", "Plan d'éducation de Michener / Education Plan", "Répond à l'objectif du Plan d'offrir des parcours courts et reconnus aux professionnels en exercice.", None)],
     [("expected_enrolment", "Inscriptions / Enrolment per year", "30", 30), ("proposed_start", "Début / Start", "avril 2027", None)]]),
  ]))

# T5 – G3 spreadsheet xlsx -> Calc PDF, 3 columns with section bands (shape 4)
DOCS.append(dict(name="Bolus fabrication microcredential - concept sheet", ext="pdf", genre="G3", shape="4", lang="en", ncol=3,
  num=lambda sec, i: f"{sec[0]}{i+1}", dash=True,
  notes="G3: openpyxl workbook (No. | Field | Response, merged section band rows, lists as '- ' lines inside one cell, numbers as numeric cells) printed to PDF by LibreOffice Calc.",
  pre=["Concept form – working sheet (RT dept)"],
  sections=[
   ("A Proposer", [
     ("proposer_name", "Name of Proposer", "Tomasz Greenberg", None),
     ("proposer_title", "Job Title", "Radiation Therapist, Mould Room Lead", None),
     ("proposer_department", "Department / Program", "Radiation Therapy Program", None),
     ("proposer_email", "E-mail Address", "t.greenberg@michener.example", None),
     ("proposer_phone", "Phone / Extension", "ext. 0158", None)]),
   ("B Proposal", [
     ("proposal_title", "Title of Micro-Course / Credential", "Custom Bolus Fabrication and 3D-Printed Bolus QA", None),
     ("request_type", "Type of Request", "Convert an existing program", "existing_program"),
     ("existing_program_name", "Program to be Converted", "Mould Room Techniques workshop series", None),
     ("target_learners", "Target Audience", "Radiation therapists and dosimetrists in mould rooms", None),
     ("rationale", "Identified Skills Gap", "Centres are moving from wax bolus to 3D-printed bolus and staff lack QA skills for printed devices.", None),
     ("competencies", "Skills and Competencies", ["bolus design from planning CT", "printing parameters", "density and thickness QA", "fit checks at simulation"], None),
     ("learning_outcomes", "Intended Learning Outcomes", ["Design a patient-specific bolus from planning CT data.", "Set printing parameters for tissue-equivalent material.", "Verify bolus thickness and density against tolerance.", "Check bolus fit at simulation and document it."], None),
     ("summative_assessment", "Assessment of Outcomes", "Learners design, print and QA one bolus; portfolio marked by two assessors.", None)]),
   ("C Partner and plan", [
     ("partner_name", "Partner Organization", "Eastlake Cancer Centre", None),
     ("endorsement_status", "Endorsement Status", "In discussion", "in_discussion"),
     ("education_plan_alignment", "Strategic Alignment", "Fits the Education Plan's focus on technology-enabled practice.", None)]),
   ("D Logistics", [
     ("delivery_format", "Delivery Mode", "In person", "in_person"),
     ("estimated_hours", "Total Learning Hours", 18, 18),
     ("expected_enrolment", "Estimated Learners / Year", 20, 20),
     ("proposed_start", "Target Launch", "Spring 2027", None),
     ("resources_required", "Budget / Resources", "One 3D printer and filament budget; CT phantom time.", None)]),
  ]))

# T6 – G4 sheet pasted into a Word document (shape 4), incomplete: partner + endorsement missing
DOCS.append(dict(name="DXA QA micro-course - concept (pasted from Excel)", ext="docx", genre="G4", shape="4", lang="en",
  missing=["partner_name", "endorsement_status"], cols=["#", "Item", "Response"],
  notes="G4: a spreadsheet range pasted into Word: green header row (#, Item, Response), Calibri 11, lists as line breaks inside one cell; covering sentences above and below; partner and endorsement rows left empty (incomplete).",
  pre=["Hello CE team – I filled in the concept questions in our planning spreadsheet and pasted it below. The partner rows are still blank, sorry."],
  items=[
   ("proposal_title", "Proposed Micro-credential Title", "DXA Bone Densitometry Quality Assurance", None),
   ("proposer_name", "Contact Name", "Farida Lindqvist", None),
   ("proposer_title", "Role", "Charge Technologist, Bone Health", None),
   ("proposer_email", "Contact Email", "f.lindqvist@example.com", None),
   ("proposer_phone", "Telephone", "647-555-0129", None),
   ("request_type", "This proposal is for", "Micro-course", "micro_course"),
   ("target_learners", "Intended Learners", "Medical radiation technologists who perform DXA scans", None),
   ("rationale", "Why is this needed?", "Daily phantom QA and precision studies are done inconsistently across community sites, which affects monitoring scans.", None),
   ("competencies", "Competencies Addressed", ["phantom QA and Shewhart rules", "least significant change", "positioning for spine and hip"], None),
   ("learning_outcomes", "By the end learners will be able to", ["Run and interpret daily phantom QA.", "Carry out a precision study and calculate the LSC.", "Position patients reproducibly for spine and hip scans."], None),
   ("summative_assessment", "Summative Assessment", "Submitted precision study with calculated LSC, plus an observed scan.", None),
   ("partner_name", "Industry / Employment Partner", "", ""),
   ("endorsement_status", "Endorsement Status", "", ""),
   ("education_plan_alignment", "Education Plan Alignment", "Supports quality and patient safety in the Education Plan.", None),
   ("delivery_format", "Delivery Format", "Online", "online"),
   ("estimated_hours", "Duration (hours)", 8, 8),
   ("submission_date", "Date Submitted", "2026-11-30", "2026-11-30"),
  ],
  post=["Thanks, Farida"]))

# T7 – G5 web survey print (shape 4)
DOCS.append(dict(name="FormFlow response 00317 - concept form", ext="pdf", genre="G5", shape="4", lang="en",
  tool="FormFlow", banner="Response #00317 · submitted 2026-11-26 14:02", heading="Michener CE – Micro-credential Concept Form",
  options={"request_type": ["New micro-credential", "Convert an existing program", "Micro-course"],
           "delivery_format": ["Online", "In person", "Hybrid"],
           "endorsement_status": ["Letter of support attached", "Confirmed, letter to follow", "In discussion", "None yet"]},
  notes="G5: online form-service response printed to PDF (HTML via LibreOffice Writer/Web): numbered questions, red '*', radio options printed with ◉/○, answers below in grey boxes; submitted timestamp in the banner.",
  pre=["All answers as submitted by the respondent."],
  items=[
   ("proposal_title", "Proposed Title", "Stool Ova and Parasite Microscopy Refresher", None),
   ("proposer_name", "Name of Proposer", "Gustavo Adeyemi-Ross", None),
   ("proposer_title", "Position / Title", "Microbiology Technologist II", None),
   ("proposer_department", "Organization", "Harbourview Community Laboratories", None),
   ("proposer_email", "Email", "g.adeyemiross@example.org", None),
   ("request_type", "Type of Request", "Micro-course", "micro_course"),
   ("target_learners", "Target Audience", "Generalist technologists in community labs who read O&P smears a few times a month", None),
   ("rationale", "Rationale / Need", "Low volumes mean staff lose recognition skills; proficiency-testing failures doubled last year.", None),
   ("competencies", "Competencies / Skills Targeted", ["concentration and trichrome staining", "recognition of common protozoa and helminth eggs", "reporting"], None),
   ("learning_outcomes", "Learning Outcomes", ["Prepare concentrated and trichrome-stained stool smears.", "Identify common intestinal protozoa and helminth eggs.", "Report findings using standard terminology."], None),
   ("summative_assessment", "Summative Assessment", "Online image-based exam of 40 unknowns (pass 85%).", None),
   ("partner_name", "Industry / Employment Partner", "Harbourview Community Laboratories", None),
   ("endorsement_status", "Endorsement Status", "Confirmed, letter to follow", "confirmed"),
   ("education_plan_alignment", "Alignment with Michener's Education Plan", "Flexible online learning for working professionals.", None),
   ("delivery_format", "Delivery Format", "Online", "online"),
   ("estimated_hours", "Estimated Hours", "10", 10),
   ("expected_enrolment", "Expected Enrolment per Year", "60", 60),
   ("submission_date", None, "2026-11-26", "2026-11-26"),
  ],
  post=["Powered by FormFlow · Page 1 of 1"]))

# T8 – G5 look-alike: CE needs survey response (shape 7)
DOCS.append(dict(name="FormFlow response 00291 - CE needs survey", ext="pdf", genre="G5", shape="7", lang="en", is_form=False,
  tool="FormFlow", banner="Response #00291 · submitted 2026-11-12 09:41", heading="Continuing Education Needs Survey 2026",
  options={"delivery_format": ["Online", "In person", "Hybrid"]},
  pre=["Anonymous responses are used to plan next year's course calendar."],
  notes="G5 look-alike: a respondent's answers to a CE needs survey (topics wanted, preferred format, hours, employer support, contact) printed from the same form service – proposes no course; not a concept form.",
  items=[
   (None, "Your name", "Daniela Kowalczyk", None),
   (None, "Email", "d.kowalczyk@example.com", None),
   (None, "Your profession", "Respiratory therapist", None),
   (None, "Which topics would you like Michener to offer?", ["Ventilator graphics refresher", "Home oxygen assessment", "Leadership for charge therapists"], None),
   (None, "Preferred delivery format", "Hybrid", None),
   (None, "How many hours could you commit per course?", "10 to 15", None),
   (None, "Would your employer support the cost (partner support)?", "Probably, with a letter from my manager", None),
   (None, "What outcomes matter most to you?", "A credential I can show at my annual review.", None),
  ],
  post=["Thank you for completing the survey! · Powered by FormFlow"]))

# T9 – G6 reportlab long table with repeated header across pages (shape 4)
DOCS.append(dict(name="SDF application concept form - long table", ext="pdf", genre="G6", shape="4", lang="en",
  cols=["No.", "Question", "Applicant response"], num=lambda n: f"{n}", footer="Concept form – SDF – C. Mbeki",
  heading="Micro-credential Concept Form",
  notes="G6: reportlab PDF with a three-column table (No. | Question | Applicant response) whose header row repeats on each page; long multi-paragraph answers make the table break across pages (between rows); footer with page number.",
  pre=["Submitted to Continuing Education, The Michener Institute."],
  items=[
   ("proposal_title", "Title of Micro-Course / Credential", "Silver Diamine Fluoride Application in Community Dental Hygiene", None),
   ("proposer_name", "Lead Proposer", "Chiamaka Mbeki", None),
   ("proposer_title", "Position / Title", "Registered Dental Hygienist, Outreach Coordinator", None),
   ("proposer_department", "Organization", "Westside Community Dental Outreach", None),
   ("proposer_email", "Contact Email", "cmbeki@example.org", None),
   ("proposer_phone", "Phone", "(289) 555-0104", None),
   ("request_type", "This proposal is for", "New micro-credential", "new"),
   ("target_learners", "Who is this for?", "Dental hygienists and dental assistants working in school, long-term care and outreach programs.", None),
   ("rationale", "Why is this needed?", "Silver diamine fluoride arrests early caries without drilling and is increasingly used in long-term care and school screening programs. Hygienists who want to apply it independently must show training in case selection, consent and application technique, and there is currently no short recognised course in the province.\n\nOur outreach program alone turned away 140 residents last year because no trained hygienist was available on the day. Two partner long-term care homes have asked for a trained workforce before they expand the program.\n\nA compact credential with an observed clinical assessment would let employers verify competence quickly and would fit around part-time schedules.", None),
   ("competencies", "Competencies / Skills Targeted", ["case selection and contraindications", "informed consent including staining discussion", "isolation and application technique", "documentation and recall planning"], None),
   ("learning_outcomes", "Learning Outcomes", ["Select patients for whom SDF is appropriate and identify contraindications.", "Obtain informed consent, including a clear discussion of permanent staining.", "Apply SDF safely with appropriate isolation.", "Document the procedure and plan recall and reapplication."], None),
   ("competency_framework", "Competency Framework Alignment", "Entry-to-practice competencies for Canadian dental hygienists", None),
   ("summative_assessment", "Summative Assessment", "Observed application on three patients in an outreach clinic, scored with a checklist, plus an online case-selection quiz.\n\nLearners must pass both parts.", None),
   ("partner_name", "Endorsing Partner / External Body", "Maplecrest Long-Term Care Group", None),
   ("partner_contact", "Partner Contact Name and Email", "Irene Castellanos, Director of Care, icastellanos@example.com", None),
   ("endorsement_status", "Letter of Support Attached? (Yes/No)", "Yes", "letter_attached"),
   ("education_plan_alignment", "Alignment with Michener's Education Plan", "The Plan commits Michener to community-facing, interprofessional learning; this credential serves underserved seniors and children through community practice.", None),
   ("delivery_format", "Delivery Format", "Blended – online modules and one clinic day", "hybrid"),
   ("estimated_hours", "Total Learning Hours", "14 (8 online + 6 clinic)", 14),
   ("proposed_start", "Anticipated Start Date", "January 2027", None),
   ("expected_enrolment", "Estimated Learners / Year", "2 cohorts of 18 (36 per year)", 36),
   ("resources_required", "Resources Required", ["SDF kits and isolation supplies", "clinic space at the outreach site", "two clinical assessors"], None),
   ("submission_date", "Date Submitted", "December 1, 2026", "2026-12-01"),
  ]))
