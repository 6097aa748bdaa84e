# Held-out half of round 14c: content and expected values. For scoring only.
DOCS = []

# H1 G1 grid: echocardiography strain
DOCS.append(dict(
    file="Concept form grid - myocardial strain imaging.docx", genre="G1", shape="4", lang="en",
    title="MICRO-COURSE / CREDENTIAL CONCEPT FORM",
    meta=dict(head=["CE-CF-03 (grid layout)"], ncol=3, list="bullet",
              rows=["1. Proposal", [0, 1, 2], [3], [4], "2. Proposer", [5, 6], [7], "3. Content", [8], [9, 10], [11],
                    "4. Partner and fit", [12, 13], [14], "5. Delivery", [15, 16, 17]]),
    qa=[
        ("1", "Working Title", "Myocardial Strain Imaging for Cardiac Sonographers", "proposal_title"),
        ("1", "Request Type", "☐ New   ☐ Existing program   ☒ Micro-course", {"request_type": "micro_course"}),
        ("1", "Anticipated Start Date", "Fall 2027", "proposed_start"),
        ("1", "Intended Learners", "Registered cardiac sonographers with at least one year of adult echo experience", "target_learners"),
        ("1", "Why is this needed?", "Cardio-oncology clinics now ask for global longitudinal strain on every baseline study, but most sonographers learned strain informally and measurements vary widely between labs.", "rationale"),
        ("2", "Proponent", "Oluwadamilare Hashemi", "proposer_name"),
        ("2", "Contact (title · department · email · phone)", "Chief Sonographer · Echocardiography Laboratory · d.hashemi@example.com · 289-555-0155",
         {"proposer_title": "Chief Sonographer", "proposer_department": "Echocardiography Laboratory", "proposer_email": "d.hashemi@example.com", "proposer_phone": "289-555-0155"}),
        ("2", "Submission Date", "December 1, 2026", {"submission_date": "2026-12-01"}),
        ("3", "Competencies Addressed", ["optimising image acquisition for speckle tracking", "measuring global longitudinal strain reproducibly", "recognising artefacts that invalidate a strain result"], "competencies"),
        ("3", "By the end learners will be able to", ["Acquire apical views with frame rates suitable for strain.", "Measure GLS within 2 percentage points of an expert reader.", "Flag studies where strain should not be reported."], "learning_outcomes"),
        ("3", "Framework", "ASE/EACVI strain standardisation recommendations", "competency_framework"),
        ("3", "Assessment of Outcomes", "Ten anonymised studies measured independently and compared with core-lab values; pass at 8 of 10 within tolerance.", "summative_assessment"),
        ("4", "Partner Organization", "Lakeshore Cardio-Oncology Clinic", "partner_name"),
        ("4", "Endorsement Status", "☐ Letter attached  ☒ Confirmed  ☐ In discussion  ☐ None", {"endorsement_status": "confirmed"}),
        ("4", "Education Plan Alignment", "Advanced, assessed skills for working professionals; developed with a clinical partner.", "education_plan_alignment"),
        ("5", "Delivery Format", "Online", {"delivery_format": "online"}),
        ("5", "Total Learning Hours", "9", {"estimated_hours": 9}),
        ("5", "Estimated Learners / Year", "50", {"expected_enrolment": 50}),
    ],
    notes="Shape 4 grid (python-docx): numbered section bands, labels in shaded header rows, answers below. Checkbox rows for "
          "request type (☒ Micro-course) and endorsement (☒ Confirmed). One composite cell gives title, department, email, phone "
          "separated by '·'. Competencies and outcomes bulleted. Date 'December 1, 2026'."))

# H2 G1 grid: apheresis, summative assessment missing
DOCS.append(dict(
    file="Apheresis nursing micro-credential - concept grid.docx", genre="G1", shape="4", lang="en", font="Cambria",
    title="Concept Form: Therapeutic Apheresis for Nurses",
    meta=dict(ncol=3, list="num", intro=["Draft for CE review – grid copy of the concept form."],
              rows=[[0, 1, 2], [3, 4], [5, 6], [7], [8], [9], [10], [11], [12, 13, 14], [15], [16, 17, 18], [19]]),
    qa=[
        ("", "Submitted by", "Celestine Abara-Whitlock", "proposer_name"),
        ("", "Position", "Nurse Educator", "proposer_title"),
        ("", "Program Area", "Apheresis and Transfusion Medicine", "proposer_department"),
        ("", "Contact Email", "cabara-whitlock@michener.example", "proposer_email"),
        ("", "Telephone", "416-555-0186", "proposer_phone"),
        ("", "Course Title", "Therapeutic Apheresis for Nurses", "proposal_title"),
        ("", "Type of Request", "New micro-credential", {"request_type": "new"}),
        ("", "Target Learners", "Registered nurses moving into apheresis or dialysis-adjacent roles", "target_learners"),
        ("", "Rationale / Need", "Our unit has trained every new apheresis nurse one-to-one for ten years. With four retirements coming, we need a structured, portable course.", "rationale"),
        ("", "Skills and Competencies", "vascular access care; running plasma exchange and red cell exchange procedures; managing citrate toxicity and vasovagal reactions", "competencies"),
        ("", "Learning Outcomes", ["Set up and prime an apheresis device for plasma exchange.", "Calculate replacement fluid volumes.", "Recognise and treat citrate toxicity."], "learning_outcomes"),
        ("", "Summative Assessment", "—", None),
        ("", "Industry / Employment Partner", "Canadian Blood Network – Apheresis Services", "partner_name"),
        ("", "Partner Contact", "Mireille Toussaint, mtoussaint@example.org", "partner_contact"),
        ("", "Letter of Support Attached?", "Yes", {"endorsement_status": "letter_attached"}),
        ("", "Alignment with Michener's Education Plan", "Responds to the Plan's priority on workforce renewal in specialised clinical areas.", "education_plan_alignment"),
        ("", "Delivery Format", "Blended", {"delivery_format": "hybrid"}),
        ("", "Estimated Hours", "20 hrs", {"estimated_hours": 20}),
        ("", "Expected Enrolment per Year", "about 15", {"expected_enrolment": 15}),
        ("", "Resources Required", "Use of a demonstration apheresis device; clinical placement hours in the unit.", "resources_required"),
    ],
    notes="Shape 4 grid (python-docx, Cambria), no bands. Summative Assessment cell is an em dash -> absent, missing "
          "(incomplete). 'Blended' = hybrid; '20 hrs' -> 20; 'about 15' -> 15. "
          "Competencies typed with ';' (items)."))

# H3 G2 three-column: dementia communication in imaging
DOCS.append(dict(
    file="Dementia-friendly imaging - concept table.pdf", genre="G2", shape="5", lang="en", font="Times-Roman",
    title="Communicating with People Living with Dementia in Medical Imaging – concept",
    meta=dict(cols=["Part", "Prompt", "Response"], list="bullet",
              intro=["Table copied from our working spreadsheet; one prompt per row."]),
    qa=[
        ("A – Basics", "Title", "Communicating with People Living with Dementia in Medical Imaging", "proposal_title"),
        ("A – Basics", "Kind of proposal", "New micro-credential", {"request_type": "new"}),
        ("A – Basics", "Lead and contact", "Beatriz Nakagawa-Orr (Patient Experience Lead, Medical Imaging), b.nakagawaorr@example.org, ext. 0121",
         {"proposer_name": "Beatriz Nakagawa-Orr", "proposer_title": "Patient Experience Lead", "proposer_department": "Medical Imaging",
          "proposer_email": "b.nakagawaorr@example.org", "proposer_phone": "ext. 0121"}),
        ("B – Need", "Learners", "MRTs, imaging clerks and porters", "target_learners"),
        ("B – Need", "Problem we are solving", "Scans of patients living with dementia are cancelled or repeated far more often than others. Staff say they lack practical strategies.", "rationale"),
        ("C – Content", "Competencies", ["adapting communication for cognitive impairment", "reducing distress in the scanning room", "involving care partners"], "competencies"),
        ("C – Content", "Outcomes", ["Use simple, step-by-step instructions during positioning.", "Adapt the room and routine to lower distress.", "Plan the visit with a care partner."], "learning_outcomes"),
        ("C – Content", "Assessment", "Observed simulated imaging encounter with a trained actor, scored on a communication rubric.", "summative_assessment"),
        ("D – Support", "External partner and status", "Alzheimer Outreach Ontario; letter of support attached", {"partner_name": "Alzheimer Outreach Ontario", "endorsement_status": "letter_attached"}),
        ("D – Support", "Partner contact", "Nadia Ferrante, Education Manager", "partner_contact"),
        ("D – Support", "Education Plan", "Puts person-centred care and interprofessional practice, two Plan priorities, into day-to-day imaging work.", "education_plan_alignment"),
        ("E – Delivery", "Format, hours, learners/year", "Hybrid – 5 h total (3 h online, 2 h simulation) – 60/yr", {"delivery_format": "hybrid", "estimated_hours": 5, "expected_enrolment": 60}),
        ("E – Delivery", "Start", "April 2027", "proposed_start"),
        ("E – Delivery", "Date", "2026-11-29", {"submission_date": "2026-11-29"}),
    ],
    notes="Shape 5 three-column table (reportlab PDF, Times): Part | Prompt | Response, prompts in the writer's words. "
          "Composite contact cell: name, (title, department) in brackets, email, 'ext. 0121' as phone. Partner and status in one cell "
          "('letter of support attached' = letter_attached). Composite delivery cell: hybrid, '5 h total' -> 5, '60/yr' -> 60."))

# H4 G2 three-column: trauma-informed care, existing program
DOCS.append(dict(
    file="Trauma-informed outpatient care - conversion proposal table.pdf", genre="G2", shape="5", lang="en",
    title="Conversion proposal – Trauma-Informed Care in Outpatient Clinics",
    meta=dict(cols=["Heading", "Question", "Answer"], list="num",
              intro=["Submitted to Continuing Education on 4 Dec 2026."],
              foot=["Questions? Call me at 905-555-0139."]),
    extra_fields={"submission_date": "2026-12-04", "proposer_phone": "905-555-0139"},
    qa=[
        ("Who", "Proposer", "Wendell Ashgrove-Mensah, Social Work Practice Lead", {"proposer_name": "Wendell Ashgrove-Mensah", "proposer_title": "Social Work Practice Lead"}),
        ("Who", "Department", "Ambulatory Care", "proposer_department"),
        ("Who", "Email", "w.ashgrove@example.com", "proposer_email"),
        ("What", "Title of the credential", "Trauma-Informed Care in Outpatient Clinics", "proposal_title"),
        ("What", "What kind of request is this?", "We want to convert an existing program: our 2-day internal workshop 'Safer Visits: Trauma-Informed Practice'.", {"request_type": "existing_program", "existing_program_name": "Safer Visits: Trauma-Informed Practice"}),
        ("What", "Who should take it?", "Front-desk, nursing and allied health staff in outpatient clinics.", "target_learners"),
        ("What", "What's the need?", "Patient complaints about re-traumatising encounters have doubled since 2024, and the workshop is not recognised outside our hospital.", "rationale"),
        ("Skills", "Skills targeted", "recognising trauma responses, using choice-giving language, de-escalating without force, and referring to support services", {"competencies": "recognising trauma responses; using choice-giving language; de-escalating without force; referring to support services"}),
        ("Skills", "Learning outcomes", ["Describe how trauma can shape a patient's reaction to care.", "Use language that offers choice and control.", "Respond to escalating distress safely.", "Connect patients to support services."], "learning_outcomes"),
        ("Skills", "Summative assessment", "Recorded standardised-patient encounter scored against a trauma-informed practice checklist.", "summative_assessment"),
        ("Partners", "Partner organization and status", "Community Trauma Recovery Centre – we're still talking; nothing signed yet.", {"partner_name": "Community Trauma Recovery Centre", "endorsement_status": "in_discussion"}),
        ("Partners", "Education Plan alignment", "Equity and patient safety are both named in the Education Plan; this course turns them into observable skills.", "education_plan_alignment"),
        ("Logistics", "Delivery", "In person", {"delivery_format": "in_person"}),
        ("Logistics", "Hours", "12", {"estimated_hours": 12}),
        ("Logistics", "Learners per year", "about 90", {"expected_enrolment": 90}),
        ("Logistics", "Resources", "Standardised patients for the assessment; a facilitator from Social Work.", "resources_required"),
    ],
    notes="Shape 5 three-column table (reportlab PDF). 'Proposer' cell gives name and title; department and email in their "
          "own rows; phone only in the footer sentence; date in the intro sentence. Existing program named in quotes inside the "
          "request sentence. Competencies as an inline list 'a, b, c, and d'. Partner and 'still talking; nothing signed yet' "
          "= in_discussion. 'about 90' -> 90."))

# H5 G3 questionnaire EN: decedent care
DOCS.append(dict(
    file="Answers to CE questions - respectful decedent care.docx", genre="G3", shape="5", lang="en", font="Georgia",
    title="Respectful Decedent Care for Hospital Support Staff",
    meta=dict(intro=["Answers to the Continuing Education concept questions"], list="letter",
              foot=["Thanks for considering this! – Anneliese Okonkwo-Ruiz, Mortuary Services Supervisor, Laboratory Medicine Program",
                    "anneliese.okonkwo@example.org | 647-555-0104 | 20 November 2026"]),
    extra_fields={"proposer_name": "Anneliese Okonkwo-Ruiz", "proposer_title": "Mortuary Services Supervisor",
                  "proposer_department": "Laboratory Medicine Program", "proposer_email": "anneliese.okonkwo@example.org",
                  "proposer_phone": "647-555-0104", "submission_date": "2026-11-20"},
    qa=[
        ("", "What's the course?", "Respectful Decedent Care for Hospital Support Staff – a new micro-credential.", {"proposal_title": "Respectful Decedent Care for Hospital Support Staff", "request_type": "new"}),
        ("", "Who would take it?", "Porters, housekeeping staff and mortuary attendants who move and care for people after death.", "target_learners"),
        ("", "What problem does it fix?", "Staff learn on the job, and families have complained about how their relatives were handled. There is no recognised training for this work.", "rationale"),
        ("", "Which skills?", ["safe and dignified transfer of the deceased", "identification and tagging", "respecting cultural and religious practices after death"], "competencies"),
        ("", "What will learners be able to do at the end?", ["Transfer a deceased person safely using the correct equipment.", "Check identification and complete release documentation.", "Adapt care to a family's cultural or religious wishes."], "learning_outcomes"),
        ("", "How will we know?", "A supervised practical in the mortuary and a short written case test.", "summative_assessment"),
        ("", "Any outside support?", "The Ontario Funeral Service Educators' Forum has said yes and a letter is on its way (contact: Gideon Marr, gmarr@example.com).", {"partner_name": "Ontario Funeral Service Educators' Forum", "endorsement_status": "confirmed", "partner_contact": "Gideon Marr, gmarr@example.com"}),
        ("", "Fit with the Education Plan?", "It brings non-regulated staff into Michener's continuing education, which the Plan names as a goal.", "education_plan_alignment"),
        ("", "How, how long, how many?", "In person, 6 hours, about 35 people a year.", {"delivery_format": "in_person", "estimated_hours": 6, "expected_enrolment": 35}),
        ("", "When?", "Early 2027", "proposed_start"),
    ],
    notes="Shape 5 questionnaire (python-docx, Georgia): numbered questions in the writer's own words, answers on the next "
          "lines, lists 'a)', 'b)'. Title and request type in one answer ('<title> – a new micro-credential.'). Partner sentence "
          "gives partner, 'said yes and a letter is on its way' = confirmed, and the contact in brackets after 'contact:'. One "
          "answer gives in_person, 6, 35. Contact only in the sign-off lines at the end (name, title, department; email | phone | "
          "date)."))

# H6 G3 bilingual FR/EN: tympanometry, outcomes missing
DOCS.append(dict(
    file="Questionnaire - dépistage auditif tympanométrie et OAE (FR-EN).docx", genre="G3", shape="5", lang="fr/en",
    title="Proposition de microcours / Micro-course proposal",
    meta=dict(intro=["Soumis par / Submitted by : Théo Vachon-Asante, audiologiste, Clinique d'audiologie — theo.vachon@michener.example — 613-555-0177",
                     "Date : 25 novembre 2026"], list="bullet"),
    extra_fields={"proposer_name": "Théo Vachon-Asante", "proposer_title": "audiologiste", "proposer_department": "Clinique d'audiologie",
                  "proposer_email": "theo.vachon@michener.example", "proposer_phone": "613-555-0177", "submission_date": "2026-11-25"},
    qa=[
        ("", "Titre proposé / Proposed title", "Dépistage auditif par tympanométrie et émissions otoacoustiques", "proposal_title"),
        ("", "Type de demande / Request type", "Nouveau microprogramme / New micro-credential", {"request_type": "new"}),
        ("", "Pour qui ? / Who is it for?", "Infirmières scolaires et aides en santé communautaire des régions rurales.", "target_learners"),
        ("", "Pourquoi ? / Why?", "Les listes d'attente en audiologie dépassent un an dans l'Est ontarien. Un dépistage fiable sur place réduirait les références inutiles.", "rationale"),
        ("", "Compétences / Skills", ["réaliser une tympanométrie", "enregistrer des OAE de dépistage", "interpréter un résultat « passe / à référer »"], "competencies"),
        ("", "Résultats d'apprentissage / Learning outcomes", "À préciser avec l'équipe pédagogique. / To be written with the CE design team.", None),
        ("", "Évaluation / Assessment", "Examen pratique observé sur dix enfants, noté avec une grille.", "summative_assessment"),
        ("", "Partenaire / Partner", "Association des audiologistes de l'Est (lettre jointe)", {"partner_name": "Association des audiologistes de l'Est", "endorsement_status": "letter_attached"}),
        ("", "Plan d'éducation / Education Plan", "Accès accru à la formation continue en français et en région, priorité du Plan.", "education_plan_alignment"),
        ("", "Format, durée, participants / Format, hours, learners", "Hybride, 8 heures, environ 20 par année", {"delivery_format": "hybrid", "estimated_hours": 8, "expected_enrolment": 20}),
        ("", "Début / Start", "Automne 2027", "proposed_start"),
    ],
    notes="Shape 5 bilingual questionnaire (python-docx), questions French / English, answers in French. Contact line at the "
          "top (name, title, department, email, phone, em dashes) and 'Date : 25 novembre 2026'. 'Nouveau microprogramme' = new. "
          "Incomplete: outcomes answered 'À préciser ... / To be written ...' -> learning_outcomes missing. 'lettre jointe' = "
          "letter_attached. 'Hybride, 8 heures, environ 20 par année' -> hybrid, 8, 20."))

# H7 G4 spreadsheet: surgical instrument reprocessing
DOCS.append(dict(
    file="Instrument reprocessing micro-credential - concept sheet.pdf", genre="G4", shape="4", lang="en",
    title="Micro-Course / Credential Concept – Surgical Instrument Reprocessing",
    meta=dict(sheet="Sheet1", cols=["Question", "Answer"], list="bullet", wa=34, wb=66, bands=False),
    qa=[
        ("", "Proposed Title", "Surgical Instrument Reprocessing: Inspection and Assembly", "proposal_title"),
        ("", "Name / Role / Department", "Gunnar Adeyemi-Voss / MDR Educator / Medical Device Reprocessing", {"proposer_name": "Gunnar Adeyemi-Voss", "proposer_title": "MDR Educator", "proposer_department": "Medical Device Reprocessing"}),
        ("", "Email", "g.adeyemivoss@example.org", "proposer_email"),
        ("", "Phone", "416-555-0193", "proposer_phone"),
        ("", "Date", "2026-11-21", {"submission_date": "2026-11-21"}),
        ("", "Type of Request", "New micro-credential", {"request_type": "new"}),
        ("", "Target Learners", "Reprocessing technicians in their first two years and OR aides who assemble trays", "target_learners"),
        ("", "Rationale / Need", "Incomplete or damaged instruments reach the OR several times a week. Inspection is taught inconsistently between sites.", "rationale"),
        ("", "Competencies / Skills Targeted", ["magnified inspection for bioburden and damage", "function testing of hinged and powered instruments", "tray assembly to count sheet"], "competencies"),
        ("", "Learning Outcomes", ["Inspect instruments under magnification and reject unsafe items.", "Function-test scissors, clamps and powered handpieces.", "Assemble a major tray that passes an independent count."], "learning_outcomes"),
        ("", "Summative Assessment", "Practical: assemble two trays with seeded defects; all defects must be found.", "summative_assessment"),
        ("", "Industry / Employment Partner", "Central Sterile Services Association of Canada", "partner_name"),
        ("", "Endorsement Status", "Letter attached", {"endorsement_status": "letter_attached"}),
        ("", "Alignment with Michener's Education Plan", "Competency-based training for an under-served, essential workforce.", "education_plan_alignment"),
        ("", "Delivery Format", "In person", {"delivery_format": "in_person"}),
        ("", "Estimated Hours", 15, {"estimated_hours": 15}),
        ("", "Expected Enrolment per Year", 48, {"expected_enrolment": 48}),
        ("", "Proposed Start", "June 2027", "proposed_start"),
    ],
    notes="Shape 4 spreadsheet: openpyxl XLSX (Question | Answer, no section bands) exported to PDF by LibreOffice Calc. "
          "Composite 'Name / Role / Department' cell split by '/'. Lists as bullet lines inside one cell. Numbers as numeric cells."))

# H8 G5 transcript: sign language basics
DOCS.append(dict(
    file="Interview notes - basic sign language for clinical encounters.pdf", genre="G5", shape="5", lang="en", font="Times-Roman",
    title="Interview: proposed micro-course on basic sign language for clinical encounters",
    meta=dict(prefix=("Q.", "A."), list="num",
              intro=["Interviewee: Rhiannon Delacroix-Amadi, ASL Instructor and Accessibility Coordinator, Patient Relations (rhiannon.delacroix@example.com, 416-555-0168). Recorded 3 December 2026."]),
    extra_fields={"proposer_name": "Rhiannon Delacroix-Amadi", "proposer_title": "ASL Instructor and Accessibility Coordinator",
                  "proposer_department": "Patient Relations", "proposer_email": "rhiannon.delacroix@example.com",
                  "proposer_phone": "416-555-0168", "submission_date": "2026-12-03"},
    leads={"What would people learn?": "Skills first:", "And the outcomes?": "By the end they'll be able to:"},
    qa=[
        ("", "What is the course?", "It's called \"Basic Sign Language for Clinical Encounters\", and it's a micro-course.", {"proposal_title": "Basic Sign Language for Clinical Encounters", "request_type": "micro_course"}),
        ("", "Who's it for?", "Any front-line clinician – MRTs, RTs, lab staff – who greets and instructs patients.", "target_learners"),
        ("", "Why?", "Deaf patients tell us they often wait hours for an interpreter just to be told to change into a gown. A few signs for basic instructions would make visits safer and more respectful.", "rationale"),
        ("", "What would people learn?", ["fingerspelling and greetings", "signs for common procedural instructions", "knowing when to stop and book a qualified interpreter"], "competencies"),
        ("", "And the outcomes?", ["Greet a Deaf patient and confirm identity in ASL.", "Give five common procedural instructions in ASL.", "Arrange a qualified interpreter when needed."], "learning_outcomes"),
        ("", "How would you test them?", "A short signed role-play with a Deaf assessor at the end.", "summative_assessment"),
        ("", "Partner?", "The Deaf Community Access Centre. We haven't got anything in writing yet; we're still discussing it.", {"partner_name": "Deaf Community Access Centre", "endorsement_status": "in_discussion"}),
        ("", "Education Plan?", "Accessibility and inclusion are in the Plan, and this is a concrete way to deliver on them.", "education_plan_alignment"),
        ("", "Format, hours, numbers?", "In person, four 2-hour evenings, so 8 hours. Twenty per cohort, two cohorts a year, so 40.", {"delivery_format": "in_person", "estimated_hours": 8, "expected_enrolment": 40}),
    ],
    notes="Shape 5 interview notes (reportlab PDF, Times): 'Q.' / 'A.' prefixes. Intro line gives name, title, department, "
          "email, phone and the recording date. Title in quotes inside the answer with 'micro-course' = micro_course. Lists "
          "numbered after lead-ins (dropped). Partner named, 'still discussing' = in_discussion. Totals given after parts: "
          "'so 8 hours', 'so 40'."))

# H9 G5 transcript: tinnitus counselling, partner absent? -> complete but no start
DOCS.append(dict(
    file="Q and A transcript - tinnitus counselling basics.pdf", genre="G5", shape="5", lang="en",
    title="Q&A with the proposer – Tinnitus Counselling Basics",
    meta=dict(list="dash", intro=["Proposer: Eamon Fitzgerald-Oyelaran, Hearing Instrument Specialist, Community Hearing Services", "Date: 2026-11-28"]),
    extra_fields={"proposer_name": "Eamon Fitzgerald-Oyelaran", "proposer_title": "Hearing Instrument Specialist",
                  "proposer_department": "Community Hearing Services", "submission_date": "2026-11-28"},
    leads={"Skills?": "These three:", "Outcomes?": "Learners will:"},
    qa=[
        ("", "Title?", "Tinnitus Counselling Basics for Hearing Care Staff", "proposal_title"),
        ("", "New credential, conversion, or micro-course?", "New micro-credential.", {"request_type": "new"}),
        ("", "Audience?", "Hearing instrument specialists and audiology assistants in community clinics.", "target_learners"),
        ("", "Need?", "Most clinics send every tinnitus patient to an audiologist, and waits are long. Basic counselling could start at the first visit.", "rationale"),
        ("", "Skills?", ["taking a tinnitus history", "using a validated handicap questionnaire", "explaining sound therapy options"], "competencies"),
        ("", "Outcomes?", ["Take a structured tinnitus history.", "Score and explain the Tinnitus Handicap Inventory.", "Recommend sound therapy and know when to refer."], "learning_outcomes"),
        ("", "Assessment?", "Two recorded counselling sessions with simulated patients, graded by an audiologist.", "summative_assessment"),
        ("", "Partner?", "Hearing Health Providers of Ontario – they've confirmed support and a letter will follow.", {"partner_name": "Hearing Health Providers of Ontario", "endorsement_status": "confirmed"}),
        ("", "Education Plan?", "It builds interprofessional capacity outside hospitals, as the Plan intends.", "education_plan_alignment"),
        ("", "Format and hours?", "Online, 5 hours.", {"delivery_format": "online", "estimated_hours": 5}),
        ("", "Contact?", "eamon.fo@example.org, 705-555-0152", {"proposer_email": "eamon.fo@example.org", "proposer_phone": "705-555-0152"}),
    ],
    notes="Shape 5 Q:/A: transcript (reportlab PDF, Helvetica) with one-word questions. Name, title, department on a "
          "'Proposer:' line; 'Contact?' answer gives email and phone. 'confirmed support and a letter will follow' = confirmed. "
          "'Online, 5 hours.' -> online, 5. No enrolment or start."))

# H10 G6 survey print: prosthetic gait training
DOCS.append(dict(
    file="Online form response - prosthetic gait training for rehab assistants.pdf", genre="G6", shape="4", lang="en",
    title="CE Micro-Credential Concept Form",
    meta=dict(tool="QuestiForm · Michener Continuing Education", numbered=False, required_word=False, list="num",
              intro=["Respondent: anonymous link · Submitted 11/22/2026 9:18 AM", "* Required"],
              pages=[1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3],
              foot=["Page 3 of 3 · Thank you! Your response has been recorded."]),
    extra_fields={"submission_date": "2026-11-22"},
    qa=[
        ("Section 1: Contact", "Name of Proposer", "Sunniva Abernathy-Kaur", "proposer_name"),
        ("Section 1: Contact", "Position / Title", "Physiotherapist", "proposer_title"),
        ("Section 1: Contact", "School / Department", "Amputee Rehabilitation Program", "proposer_department"),
        ("Section 1: Contact", "E-mail Address", "sunniva.abernathy@example.org", "proposer_email"),
        ("Section 1: Contact", "Telephone", "(519) 555-0117", "proposer_phone"),
        ("Section 1: Contact", "Date", "11/22/2026", None),
        ("Section 2: Proposal", "Title of Micro-Course / Credential", "Gait Training with Lower-Limb Prostheses for Rehabilitation Assistants", "proposal_title"),
        ("Section 2: Proposal", "Type of Request", "New micro-credential", {"request_type": "new"}),
        ("Section 2: Proposal", "Target Learners", "Rehabilitation and therapy assistants in inpatient and outpatient amputee programs", "target_learners"),
        ("Section 2: Proposal", "Rationale / Need", "Assistants deliver most gait practice but receive no prosthetics-specific training; falls during early gait training are our most common incident.", "rationale"),
        ("Section 2: Proposal", "Competencies / Skills Targeted", "donning and doffing transtibial and transfemoral prostheses, guarding during gait, recognising socket-fit problems", {"competencies": "donning and doffing transtibial and transfemoral prostheses; guarding during gait; recognising socket-fit problems"}),
        ("Section 2: Proposal", "Learning Outcomes", ["Assist a patient to don a prosthesis and check fit.", "Guard safely during level and stair gait.", "Report skin or fit problems to the physiotherapist."], "learning_outcomes"),
        ("Section 2: Proposal", "Summative Assessment", "Observed practical with a patient volunteer, checklist scored by a physiotherapist.", "summative_assessment"),
        ("Section 3: Support & Logistics", "Industry / Employment Partner", "Western Limb Clinic", "partner_name"),
        ("Section 3: Support & Logistics", "Partner Contact Name and Email", "Kofi Lindgren, klindgren@example.com", "partner_contact"),
        ("Section 3: Support & Logistics", "Endorsement Status", "Letter attached", {"endorsement_status": "letter_attached"}),
        ("Section 3: Support & Logistics", "Alignment with Michener's Education Plan", "Extends competency-based learning to assistants, a group the Plan commits to reach.", "education_plan_alignment"),
        ("Section 3: Support & Logistics", "Delivery Format", "Hybrid", {"delivery_format": "hybrid"}),
        ("Section 3: Support & Logistics", "Estimated Hours", "11", {"estimated_hours": 11}),
        ("Section 3: Support & Logistics", "Expected Enrolment per Year", "25", {"expected_enrolment": 25}),
        ("Section 3: Support & Logistics", "Proposed Start", "January 2028", "proposed_start"),
        ("Section 3: Support & Logistics", "Resources Required", "Gait lab time and two training prostheses.", "resources_required"),
    ],
    notes="Shape 4 online survey response printed (HTML recreation -> LibreOffice Writer/Web PDF): tool banner, 'Page n of 3', "
          "'* Required' legend and red asterisks, US-style timestamp 'Submitted 11/22/2026 9:18 AM' and Date answer '11/22/2026' "
          "(= 2026-11-22). Competencies as a comma line (items joined '; ')."))

# H11 G7 look-alike: letter of support for someone else's course
DOCS.append(dict(
    file="Letter of support - cardiac rehab exercise leadership course.pdf", genre="G7", shape="7", lang="en", form=False,
    blocks=[
        ("p", "Riverside Cardiac Wellness Centre\n200 Harbour Road, Toronto ON\nTel. 416-555-0100"),
        ("p", "November 27, 2026"),
        ("p", "Continuing Education Office\nThe Michener Institute of Education at UHN"),
        ("h", "Re: Letter of support – Exercise Leadership in Cardiac Rehabilitation"),
        ("p", "On behalf of Riverside Cardiac Wellness Centre, I am pleased to support the micro-credential proposed by Ms. Dorothea Pellerin-Asante, Kinesiologist, Cardiac Rehabilitation Program."),
        ("p", "Our centre employs kinesiologists and exercise physiologists who lead supervised exercise for people after a cardiac event. We have seen the learning outcomes and the summative assessment (an observed exercise session with a cardiac patient volunteer) and consider them well matched to the competencies our staff need."),
        ("t", [["Our commitment", "Host the observed assessments; provide two staff reviewers"], ["Expected learners from our centre", "about 10 a year"], ["Contact for this partnership", "Marcus Oyelowo, Clinical Director, marcus.oyelowo@example.com, 416-555-0108"]]),
        ("p", "We look forward to working with Michener on this initiative."),
        ("p", "Sincerely,\n\nMarcus Oyelowo\nClinical Director"),
    ],
    notes="NOT a concept form: a letter of support from a partner for someone else's proposal (reportlab PDF, Times). It names "
          "the course, a proposer, outcomes, assessment, learners per year and a contact with email and phone, but it is the "
          "partner's letter, kept beside a form, not a form."))
