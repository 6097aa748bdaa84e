# Round 15c, held-out half: content and expected values (blind). FOR SCORING ONLY – do not read while developing.
DOCS = []

# H1 – G1 "Q1." questions, short answers beside the question, long ones below (shape 5)
DOCS.append(dict(name="Scleral lens fitting - CE concept Q&A", ext="docx", genre="G1", shape="5", markers="Q", mode="beside", lang="en", font="Arial",
  notes="G1: Q1.–Q22. questions in the CE office's plain wording, short answers on the same line as the bold question, lists as bullets below; Arial.",
  pre=[("title", "Scleral Lens Fitting – concept proposal"), ("text", "Answers typed under the CE questions sent by Kendra in October.")],
  items=[
   ("proposal_title", "Course title?", "Scleral Lens Fitting for Optometric Assistants", None),
   ("proposer_name", "Your name?", "Oksana Delacroix-Whyte", None),
   ("proposer_title", "Your role?", "Lead Optometric Technician", None),
   ("proposer_department", "Organization?", "Brightwater Eye Clinic", None),
   ("proposer_email", "Email?", "odelacroix@example.com", None),
   ("proposer_phone", "Phone?", "(905) 555-0176", None),
   ("request_type", "New, conversion or micro-course?", "New micro-credential", "new"),
   ("target_learners", "Intended learners?", "Optometric assistants and technicians in clinics that fit specialty lenses", None),
   ("rationale", "What need does it meet?", "Scleral lenses are now first-line for keratoconus and severe dry eye, and optometrists want assistants who can do insertion training, over-refraction set-up and clearance imaging.", None),
   ("competencies", "Skills covered?", ["lens handling and insertion/removal teaching", "anterior segment OCT clearance imaging", "lens care and hygiene counselling", "recognising fitting problems to escalate"], None),
   ("learning_outcomes", "Learning outcomes?", ["Teach a patient to insert and remove a scleral lens safely.", "Capture OCT images of central and limbal clearance.", "Counsel patients on lens care and solution use.", "Recognise signs of a poor fit that need the optometrist."], None),
   ("summative_assessment", "How will you assess it?", "An OSCE with a standardised patient and a graded imaging log of five fittings.", None),
   ("partner_name", "Partner?", "Ontario Specialty Contact Lens Society", None),
   ("partner_contact", "Partner contact?", "Dr. Hugo Vantongeren, hugo.v@example.org", None),
   ("endorsement_status", "Letter of support?", "Agreed – the letter will follow next week.", "confirmed"),
   ("education_plan_alignment", "Fit with Michener's Education Plan?", "Adds an allied-vision pathway consistent with the Plan's aim to grow interprofessional continuing education.", None),
   ("delivery_format", "Delivery?", "Hybrid", "hybrid"),
   ("estimated_hours", "Hours?", "22 hours in total", 22),
   ("proposed_start", "Start?", "Fall 2027", None),
   ("expected_enrolment", "Learners per year?", "Up to 32", 32),
   ("resources_required", "What do you need from Michener?", "Two slit lamps and an anterior segment OCT for the skills day; we can lend trial lens sets.", None),
   ("submission_date", "Date?", "12/02/2026 (2 December)", "2026-12-02"),
  ]))

# H2 – G1 "1.1" numbering with section headings, French (shape 5)
DOCS.append(dict(name="Proposition microcours - photographie du fond d'oeil", ext="docx", genre="G1", shape="5", markers="1.1", mode="below", lang="fr",
  notes="G1: French questions numbered 1.1, 2.1 … under section headings, answers in the paragraphs below; bullets for lists; French date.",
  pre=[("title", "Proposition de microcours – questionnaire du Service de formation continue")],
  sections=[
   ("1. Personne qui propose", [
     ("proposer_name", "Nom", "Béatrice Ouellet-Nakamura", None),
     ("proposer_title", "Fonction", "Photographe ophtalmique principale", None),
     ("proposer_department", "Service", "Clinique d'ophtalmologie", None),
     ("proposer_email", "Courriel", "b.ouellet@example.org", None),
     ("submission_date", "Date", "le 28 novembre 2026", "2026-11-28")]),
   ("2. Le projet", [
     ("proposal_title", "Titre proposé", "Photographie du fond d'œil et imagerie rétinienne de base", None),
     ("request_type", "Type de demande", "Microcours", "micro_course"),
     ("target_learners", "À qui s'adresse-t-il ?", "Aux assistants en ophtalmologie et aux techniciens de dépistage de la rétinopathie diabétique.", None),
     ("rationale", "Pourquoi ce microcours ?", "Le programme régional de dépistage de la rétinopathie diabétique rejette près de 15 % des images pour qualité insuffisante.\n\nUne formation courte et évaluée réduirait les reprises et les délais.", None),
     ("competencies", "Compétences visées", ["réglage de la caméra non mydriatique", "centrage et mise au point", "contrôle de la qualité des images", "dépistage des artefacts"], None),
     ("learning_outcomes", "Résultats d'apprentissage", ["Régler une caméra de fond d'œil pour un patient non dilaté.", "Obtenir deux champs centrés et nets par œil.", "Évaluer la qualité d'une image selon les critères du programme.", "Reconnaître les artefacts courants et les corriger."], None)]),
   ("3. Évaluation, partenaire et plan", [
     ("summative_assessment", "Évaluation sommative", "Série de vingt images prises sur des patients volontaires, notée selon une grille de qualité.", None),
     ("partner_name", "Partenaire", "Réseau de dépistage visuel de l'Est", None),
     ("endorsement_status", "Appui du partenaire", "Lettre d'appui jointe.", "letter_attached"),
     ("education_plan_alignment", "Lien avec le Plan d'éducation de Michener", "Le microcours répond à l'orientation du Plan sur les formations courtes en francophonie et en santé communautaire.", None),
     ("delivery_format", "Mode de prestation", "En présentiel", "in_person"),
     ("estimated_hours", "Durée", "9 heures", 9),
     ("expected_enrolment", "Inscriptions prévues par année", "Environ 40", 40)]),
  ]))

# H3 – G1 interview transcript (shape 5)
DOCS.append(dict(name="Chain of custody collection - interview transcript", ext="docx", genre="G1", shape="5", markers="", mode="transcript",
  q_who="Interviewer", a_who="Nadia", lang="en",
  lead={"competencies": "Four main ones:", "learning_outcomes": "I'd say four outcomes:"},
  notes="G1: transcript of a recorded intake interview (Interviewer:/first-name lines), contact details in the intro paragraph, lists after a lead-in answer; recording date is the submission date.",
  pre=[("bold", "Transcript – concept intake interview"),
       ("text", "Recorded 19 November 2026. Speaker: Nadia Castellanos-Reid, Toxicology Specimen Coordinator, Forensic and Occupational Testing Services (n.castellanosreid@example.org, 416-555-0131).")],
  items=[
   ("submission_date", None, "2026-11-19", "2026-11-19"),
   ("proposer_name", None, "Nadia Castellanos-Reid", None),
   ("proposer_title", None, "Toxicology Specimen Coordinator", None),
   ("proposer_department", None, "Forensic and Occupational Testing Services", None),
   ("proposer_email", None, "n.castellanosreid@example.org", None),
   ("proposer_phone", None, "416-555-0131", None),
   ("proposal_title", "Let's start with the name of the course.", "Chain-of-Custody Specimen Collection for Toxicology Testing", None),
   ("request_type", "Is it new, or based on something you already teach?", "We run an in-house collector orientation; we want to convert it into a micro-credential.", "existing_program"),
   ("existing_program_name", "What is that orientation called?", "Collector Orientation Program", None),
   ("target_learners", "Who would enrol?", "Phlebotomists, occupational health nurses and collection-site staff who collect workplace and legal specimens.", None),
   ("rationale", "Why does it matter?", "A broken chain of custody makes a result legally useless. Last year about one in forty of our specimens had a documentation error that forced a recollection.", None),
   ("competencies", "What skills would it build?", ["donor identification and consent", "observed and unobserved collection procedures", "tamper-evident sealing and custody forms", "handling of adulteration and shy-bladder situations"], None),
   ("learning_outcomes", "And what would learners be able to do?", ["Verify donor identity and explain the collection process.", "Collect urine and oral-fluid specimens to federal procedure.", "Complete a custody and control form without errors.", "Manage an adulterated or insufficient specimen correctly."], None),
   ("summative_assessment", "How would you know they can do it?", "Two observed mock collections with a checklist, and an audit of the custody forms they complete – no errors allowed.", None),
   ("partner_name", "Any partner behind this?", "Canadian Workplace Testing Association", None),
   ("endorsement_status", "Have they signed anything?", "Not yet – we're in discussion with their education committee.", "in_discussion"),
   ("education_plan_alignment", "How does it connect to Michener's Education Plan?", "The Plan talks about responding quickly to employer demand with stackable credentials, and this is exactly that.", None),
   ("delivery_format", "Format?", "Hybrid – online theory, then a half-day practical.", "hybrid"),
   ("estimated_hours", "How many hours?", "Roughly 11 hours.", 11),
   ("expected_enrolment", "How many people a year?", "Probably 50.", 50),
  ],
  post=["[End of recording]"]))

# H4 – G2 four-column grid, English (shape 4)
DOCS.append(dict(name="Embryology witnessing micro-credential - concept form", ext="docx", genre="G2", shape="4", lang="en",
  notes="G2: key–value grid of four columns with merged section rows; long answers merged over three cells; request type as ☐/☒ lines in one cell; outcomes as bullet paragraphs.",
  pre=["MICRO-COURSE / CREDENTIAL CONCEPT FORM"],
  blocks=[
   ("grid4", "Section 1 – Contact", [
     [("proposer_name", "Contact Name", "Ravindra Okonjo-Hale", None), ("proposer_email", "E-mail Address", "r.okonjohale@example.com", None)],
     [("proposer_title", "Job Title", "Senior Clinical Embryologist", None), ("proposer_phone", "Telephone", "647-555-0188", None)],
     [("proposer_department", "Organization", "Northern Lights Fertility Centre", None), ("submission_date", "Submission Date", "2026-11-29", "2026-11-29")]]),
   ("grid4", "Section 2 – The proposal", [
     [("proposal_title", "Proposed Micro-credential Title", "Electronic and Manual Witnessing in the IVF Laboratory", None)],
     [("request_type", "Request Type", "☒ New micro-credential\n☐ Convert an existing program\n☐ Micro-course", "new"), ("delivery_format", "Delivery Mode", "Online", "online")],
     [("target_learners", "Intended Learners", "Embryologists, andrology technologists and IVF nurses who handle gametes and embryos", None)],
     [("rationale", "Labour Market Need", "Mix-ups in assisted reproduction are rare but catastrophic. Accreditation now requires documented witnessing competence for every staff member, and new clinics cannot find trained staff.", None)],
     [("competencies", "Skills and Competencies", ["double-witnessing at every critical step", "use of RFID electronic witnessing systems", "labelling standards", "incident reporting"], None)],
     [("learning_outcomes", "Intended Learning Outcomes", ["Identify the critical steps in the IVF laboratory that require witnessing.", "Perform manual double-witnessing to the clinic's SOP.", "Operate an electronic witnessing system and resolve its alerts.", "Report and analyse a witnessing near-miss."], None)],
     [("competency_framework", "Framework", "ESHRE Good Practice Recommendations for IVF laboratories", None)],
     [("summative_assessment", "How will achievement be evidenced?", "Simulated case audit: learners witness a full cycle in the simulation lab and complete the records, assessed with a checklist; plus a written near-miss analysis.", None)]]),
   ("grid4", "Section 3 – Endorsement and alignment", [
     [("partner_name", "Endorsing Partner / External Body", "Canadian Fertility Laboratory Network", None), ("endorsement_status", "Letter of Support Attached?", "Yes", "letter_attached")],
     [("partner_contact", "Partner Contact", "Dr. Emeka Lindgren", None), ("estimated_hours", "Duration (hours)", "6", 6)],
     [("education_plan_alignment", "Education Plan Alignment", "Patient safety and quality are core commitments of the Education Plan; this credential makes safety practice visible and assessable.", None)],
     [("proposed_start", "Anticipated Start Date", "May 2027", None), ("expected_enrolment", "Expected Enrolment per Year", "45", 45)]]),
  ]))

# H5 – G2 label in the right column + transposed block; incomplete (competencies, learning outcomes missing)
DOCS.append(dict(name="Radioiodine therapy release - concept form draft", ext="docx", genre="G2", shape="4", lang="en",
  missing=["competencies", "learning_outcomes"],
  notes="G2: blocks with the answer in the left column and the label in the right column, plus one transposed logistics block; competencies and outcomes rows left empty (incomplete).",
  pre=["Concept Form – draft for discussion"],
  blocks=[
   ("rightlabel", "About you", [
     ("proposer_name", "Proponent", "Giulia Barnabé-Stone", None),
     ("proposer_title", "Position / Title", "Nuclear Medicine Technologist, Radiation Safety", None),
     ("proposer_department", "School / Department", "Nuclear Medicine and Molecular Imaging Program", None),
     ("proposer_email", "Contact Email", "g.barnabestone@michener.example", None)]),
   ("rightlabel", "The proposal", [
     ("proposal_title", "Working Title", "Radioiodine Therapy: Patient Release and Radiation Safety", None),
     ("request_type", "Type of Request", "Micro-course", "micro_course"),
     ("target_learners", "Who is this for?", "Nuclear medicine technologists and ward nurses caring for I-131 therapy patients", None),
     ("rationale", "Rationale / Need", "Outpatient I-131 therapy is increasing and release decisions, dose-rate measurements and patient instructions vary between hospitals.", None),
     ("competencies", "Competencies Addressed", "", ""),
     ("learning_outcomes", "Learning Outcomes", "", ""),
     ("summative_assessment", "Summative Assessment", "Observed dose-rate survey and release calculation, plus a patient-instruction role play.", None),
     ("partner_name", "Partner Organization", "Provincial Radiation Protection Service", None),
     ("endorsement_status", "Endorsement Status", "Confirmed by email; letter to follow", "confirmed"),
     ("education_plan_alignment", "Strategic Alignment", "Supports the Plan's safety and quality priority.", None)]),
   ("transposed", "Logistics", [
     ("delivery_format", "Format", "In person", "in_person"),
     ("estimated_hours", "Total Learning Hours", "7.5", 7.5),
     ("proposed_start", "Target Launch", "TBC – ideally June 2027", None),
     ("submission_date", "Date", "03/12/2026", "2026-12-03")]),
  ]))

# H6 – G3 spreadsheet, two columns with band rows (shape 4)
DOCS.append(dict(name="Frailty screening paramedics - concept form (xlsx export)", ext="pdf", genre="G3", shape="4", lang="en", ncol=2, dash=False,
  notes="G3: two-column workbook (Field | Response) with merged band rows, lists as line breaks in one cell, numeric cells for hours and enrolment, printed by LibreOffice Calc.",
  pre=["Micro-credential concept form"],
  sections=[
   ("Proposal", [
     ("proposal_title", "Course Title", "Frailty Screening and Falls Referral for Community Paramedics", None),
     ("request_type", "Request Type", "New", "new"),
     ("target_learners", "Target Learners", "Community paramedics and paramedic supervisors in non-emergency home-visit programs", None),
     ("rationale", "Rationale / Need", "Community paramedicine visits to older adults are growing by 20 % a year, but frailty is recognised inconsistently and few patients are referred to falls prevention.", None),
     ("competencies", "Competencies / Skills Targeted", ["Clinical Frailty Scale scoring", "timed up-and-go and orthostatic vitals", "home hazard check", "referral pathways"], None),
     ("learning_outcomes", "Learning Outcomes", ["Score frailty with the Clinical Frailty Scale.", "Perform and interpret a timed up-and-go test.", "Identify home hazards for falls.", "Make a referral to a community falls-prevention program."], None),
     ("summative_assessment", "Summative Assessment", "Scenario-based assessment with a standardised older adult in a simulated home, marked with a global rating scale.", None)]),
   ("Proposer", [
     ("proposer_name", "Name", "Declan Ashworth-Boateng", None),
     ("proposer_title", "Role", "Community Paramedic Educator", None),
     ("proposer_department", "Program Area", "Paramedic Continuing Education", None),
     ("proposer_email", "Email", "d.ashworthboateng@example.org", None),
     ("proposer_phone", "Phone", "705-555-0193", None)]),
   ("Partner and fit", [
     ("partner_name", "Industry / Employment Partner", "Lakeland Paramedic Services", None),
     ("partner_contact", "Partner Contact", "Deputy Chief Sandra Moyo, smoyo@example.com", None),
     ("endorsement_status", "Endorsement Status", "Letter attached", "letter_attached"),
     ("education_plan_alignment", "Alignment with Michener's Education Plan", "Community-based care for an ageing population is a named priority of the Plan.", None)]),
   ("Logistics", [
     ("delivery_format", "Format", "Hybrid", "hybrid"),
     ("estimated_hours", "Hours", 15, 15),
     ("expected_enrolment", "Learners per year", 80, 80),
     ("proposed_start", "Launch", "January 2028", None),
     ("submission_date", "Date submitted", "2026-11-23", "2026-11-23")]),
  ]))

# H7 – G3 spreadsheet, three columns numbered 1.1; incomplete (target learners, summative assessment)
DOCS.append(dict(name="Fluency shaping SLPA - concept sheet", ext="pdf", genre="G3", shape="4", lang="en", ncol=3, dash=True,
  num=lambda sec, i: f"{sec.split('.')[0]}.{i+1}", missing=["target_learners", "summative_assessment"],
  notes="G3: three-column workbook (1.1 | Field | Response) with section bands; target learners and summative assessment rows blank (incomplete); printed by LibreOffice Calc.",
  pre=["Concept form (working copy) – please return to CE"],
  sections=[
   ("1. Proposer", [
     ("proposer_name", "Lead Proposer", "Henrietta Vukovic", None),
     ("proposer_title", "Position / Title", "Speech-Language Pathologist, Clinical Lead", None),
     ("proposer_department", "Department / Program", "Communication Disorders Assistant Program", None),
     ("proposer_email", "Email", "h.vukovic@michener.example", None),
     ("proposer_phone", "Phone / Extension", "416-555-0110 ext. 4", None)]),
   ("2. Proposal", [
     ("proposal_title", "Proposed Title", "Supporting Fluency Shaping Therapy: a Micro-credential for SLP Assistants", None),
     ("request_type", "Type of Request", "New micro-credential", "new"),
     ("target_learners", "Target Learners", "", ""),
     ("rationale", "Rationale / Need", "Waitlists for stuttering therapy exceed a year; assistants trained in fluency shaping could run practice sessions under SLP supervision.", None),
     ("competencies", "Competencies / Skills Targeted", ["easy onset and light contact modelling", "rate control practice", "data collection on percent syllables stuttered"], None),
     ("learning_outcomes", "Learning Outcomes", ["Model fluency shaping targets accurately.", "Run a structured practice session from an SLP's plan.", "Count percent syllables stuttered reliably."], None),
     ("summative_assessment", "Summative Assessment", "", "")]),
   ("3. Partner, plan and logistics", [
     ("partner_name", "Industry / Employment Partner", "Fluency Works Clinics", None),
     ("endorsement_status", "Endorsement Status", "In discussion", "in_discussion"),
     ("education_plan_alignment", "Alignment with Michener's Education Plan", "Extends the Plan's commitment to laddering credentials for assistants.", None),
     ("delivery_format", "Delivery Format", "Online", "online"),
     ("estimated_hours", "Estimated Hours", 12, 12),
     ("submission_date", "Date", "2026-12-02", "2026-12-02")]),
  ]))

# H8 – G4 sheet pasted into Word, two columns (shape 4)
DOCS.append(dict(name="Cast application micro-course - concept (pasted sheet)", ext="docx", genre="G4", shape="4", lang="en",
  cols=["Field", "Answer"],
  notes="G4: spreadsheet range (Field | Answer, green header) pasted into a Word message-style document; lists as line breaks inside cells; numbers right where Excel put them; sign-off below.",
  pre=["Hi all,", "As promised, here is the concept for the casting course copied straight out of our team workbook."],
  items=[
   ("proposal_title", "Title", "Fibreglass and Plaster Cast Application and Removal", None),
   ("proposer_name", "Submitted by", "Anders Nakashima-Fox", None),
   ("proposer_title", "Position", "Orthopaedic Technologist", None),
   ("proposer_department", "Department", "Fracture Clinic", None),
   ("proposer_email", "Email", "a.nakashimafox@example.com", None),
   ("proposer_phone", "Phone", "289-555-0155", None),
   ("request_type", "Type of Request", "Convert an existing program", "existing_program"),
   ("existing_program_name", "Existing Program Name", "Fracture Clinic Casting Workshop", None),
   ("target_learners", "Target Learners", "Nurses, physiotherapists and emergency technicians who apply or remove casts", None),
   ("rationale", "Rationale / Need", "Emergency departments without orthopaedic technologists see more cast complications; staff ask for recognised training.", None),
   ("competencies", "Skills and Competencies", ["padding and moulding technique", "below-elbow and below-knee casts", "safe cast saw use", "neurovascular checks"], None),
   ("learning_outcomes", "Learning Outcomes", ["Apply a well-moulded below-elbow and below-knee cast.", "Remove a cast safely with an oscillating saw.", "Perform and document neurovascular checks.", "Teach a patient cast care and warning signs."], None),
   ("summative_assessment", "Summative Assessment", "Observed application and removal on a simulated patient, scored against a checklist.", None),
   ("partner_name", "Partner Organization", "Valley General Hospital Emergency Department", None),
   ("endorsement_status", "Endorsement Status", "Confirmed; letter to follow", "confirmed"),
   ("education_plan_alignment", "Education Plan Alignment", "Interprofessional skills training is a goal of the Education Plan.", None),
   ("delivery_format", "Delivery Format", "In person", "in_person"),
   ("estimated_hours", "Estimated Hours", 8, 8),
   ("expected_enrolment", "Expected Enrolment", 48, 48),
   ("proposed_start", "Proposed Start", "Summer 2027", None),
   ("submission_date", "Date", "2026-11-21", "2026-11-21"),
  ],
  post=["Cheers,", "Anders"]))

# H9 – G5 web survey print (shape 4)
DOCS.append(dict(name="SurveyLane submission 118 - micro-credential concept", ext="pdf", genre="G5", shape="4", lang="en",
  tool="SurveyLane", banner="Submission 118 · completed 2026-11-27 16:48", heading="Concept Form – Micro-Course / Credential (Michener CE)",
  options={"request_type": ["New micro-credential", "Convert an existing program", "Micro-course"],
           "delivery_format": ["Online", "In person", "Hybrid"],
           "endorsement_status": ["Letter attached", "Confirmed (letter to follow)", "In discussion", "None"]},
  notes="G5: form-service submission printed to PDF: banner with completion timestamp (the submission date), numbered questions with red '*', radio options with ◉/○, answers below; thank-you footer.",
  items=[
   ("proposer_name", "Your full name", "Yusuf Thorvaldsen", None),
   ("proposer_email", "Your email", "y.thorvaldsen@example.org", None),
   ("proposer_title", "Job title", "Sport Physiotherapist", None),
   ("proposer_department", "Organization", "Summit Sport Medicine Clinic", None),
   ("proposal_title", "Proposed course title", "Doping Control Sample Collection for Sport Health Professionals", None),
   ("request_type", "This proposal is for", "Micro-course", "micro_course"),
   ("target_learners", "Who is this for?", "Physiotherapists, athletic therapists and nurses who act as doping control officers or chaperones at competitions", None),
   ("rationale", "Why is this needed?", "National events struggle to recruit certified sample collection staff, and health professionals are the preferred pool.", None),
   ("competencies", "Skills and competencies", ["athlete notification and chaperoning", "urine and blood sample collection to international standard", "sample sealing and documentation"], None),
   ("learning_outcomes", "Learning outcomes", ["Notify and chaperone an athlete according to the standard.", "Collect and seal urine and blood samples without compromising integrity.", "Complete doping control forms accurately."], None),
   ("summative_assessment", "How will achievement be evidenced?", "Simulated doping control session assessed by a certified officer, plus an online exam.", None),
   ("partner_name", "Partner organization", "Canadian Sport Integrity Centre", None),
   ("endorsement_status", "Endorsement status", "In discussion", "in_discussion"),
   ("education_plan_alignment", "Alignment with Michener's Education Plan", "New partnerships outside hospitals, as the Plan encourages.", None),
   ("delivery_format", "Delivery format", "Hybrid", "hybrid"),
   ("estimated_hours", "Total learning hours", "9", 9),
   ("proposed_start", "Proposed start", "Before the 2027 summer games season", None),
   ("submission_date", None, "2026-11-27", "2026-11-27"),
  ],
  post=["Thank you – your response has been recorded. · Powered by SurveyLane"]))

# H10 – G5 look-alike: employer skills survey response (shape 7)
DOCS.append(dict(name="SurveyLane submission 104 - employer skills survey", ext="pdf", genre="G5", shape="7", lang="en", is_form=False,
  tool="SurveyLane", banner="Submission 104 · completed 2026-11-15 10:05", heading="Employer Partner Skills Survey – Continuing Education",
  notes="G5 look-alike: an employer's answers to a CE skills survey (skills gaps, learners, hours, willingness to partner or write letters of support, contact details) – proposes no course; not a concept form.",
  items=[
   (None, "Organization", "Pinecrest Home Health Services", None),
   (None, "Contact name", "Marguerite Osei", None),
   (None, "Contact email", "m.osei@example.com", None),
   (None, "Which staff groups need upskilling?", ["Personal support workers", "Home care nurses"], None),
   (None, "Skills gaps you see most often", "Wound documentation, medication reconciliation, dementia communication", None),
   (None, "How many hours of training could staff attend per year?", "About 20", None),
   (None, "Would you partner with Michener or provide a letter of support for a future micro-credential?", "Yes, for the right topic", None),
   (None, "Preferred delivery format", "Online", None),
  ],
  post=["Thank you – your response has been recorded. · Powered by SurveyLane"]))

# H11 – G6 long table with repeated header (shape 4)
DOCS.append(dict(name="Thoracentesis assist - concept form table", ext="pdf", genre="G6", shape="4", lang="en",
  cols=["#", "Form question", "Response"], num=lambda n: f"Q{n}", footer="Thoracentesis assisting – concept form", heading="Concept Form: Micro-Course / Credential",
  notes="G6: reportlab three-column table (# | Form question | Response) with Q-numbers, header row repeated on the next page, long answers in several paragraphs; endorsement 'No' plus partner agreement; total hours in a sentence.",
  pre=["Prepared for the Continuing Education office. Questions follow the CE template; answers by the proposer."],
  items=[
   ("proposer_name", "Name of Proposer", "Imogen Achterberg", None),
   ("proposer_title", "Position / Title", "Clinical Nurse Specialist, Respirology", None),
   ("proposer_department", "Department / Program", "Respiratory Medicine Day Unit", None),
   ("proposer_email", "Email", "i.achterberg@example.org", None),
   ("proposer_phone", "Phone", "416-555-0107", None),
   ("proposal_title", "Proposed Title", "Assisting with Ultrasound-Guided Thoracentesis", None),
   ("request_type", "Type of Request", "New micro-credential", "new"),
   ("target_learners", "Target Learners", "Registered nurses and respiratory therapists in day units, emergency departments and inpatient wards where bedside thoracentesis is done.", None),
   ("rationale", "Rationale / Need", "Bedside thoracentesis has moved from interventional radiology to day units and wards now that point-of-care ultrasound is widely available. Physicians rely on an assistant for positioning, sterile set-up, monitoring and drainage management, yet most assistants learn on the job.\n\nIn our unit, two vasovagal events and one re-expansion pulmonary oedema case in the last year were linked to drainage practice. Nursing leaders in three partner hospitals told us they would send staff to a recognised, assessed course.\n\nA micro-credential gives a consistent standard that employers can recognise across sites.", None),
   ("competencies", "Competencies / Skills Targeted", ["patient preparation and positioning", "sterile field set-up", "monitoring during drainage", "managing drainage volume and complications", "specimen handling"], None),
   ("learning_outcomes", "Learning Outcomes", ["Prepare and position a patient for ultrasound-guided thoracentesis.", "Set up and maintain a sterile field and procedure tray.", "Monitor the patient and recognise complications during drainage.", "Manage drainage volume safely and send specimens correctly."], None),
   ("summative_assessment", "Summative Assessment", "High-fidelity simulation with a thoracentesis task trainer, assessed with a validated checklist; learners must also pass a short written test on complications.\n\nA supervised clinical sign-off follows within three months.", None),
   ("partner_name", "Industry / Employment Partner", "Greater Toronto Respiratory Care Alliance", None),
   ("partner_contact", "Partner Contact", "Oluwakemi Brandt, Clinical Director, obrandt@example.com", None),
   ("endorsement_status", "Letter of Support Attached? (Yes/No)", "No – the Alliance has agreed to endorse it and their letter will follow.", "confirmed"),
   ("education_plan_alignment", "Alignment with Michener's Education Plan", "The Education Plan emphasises simulation-based, interprofessional learning; the course is built around simulation and brings nurses and respiratory therapists together.", None),
   ("delivery_format", "Delivery Format", "Hybrid", "hybrid"),
   ("estimated_hours", "Estimated Hours", "5 hours of online modules and a 7-hour simulation day (12 hours)", 12),
   ("proposed_start", "Proposed Start", "October 2027", None),
   ("expected_enrolment", "Expected Enrolment per Year", "3 cohorts of 12 (36 per year)", 36),
   ("resources_required", "Resources Required", "Simulation centre booking for three days a year and two thoracentesis task trainers.", None),
   ("submission_date", "Date Submitted", "November 25, 2026", "2026-11-25"),
  ]))
