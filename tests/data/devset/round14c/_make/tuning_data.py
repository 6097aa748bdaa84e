# Tuning half of round 14c: content and expected values (fields come from the spec of each qa row).
DOCS = []

# T1 G1 grid: orthoptics
DOCS.append(dict(
    file="Concept grid - strabismus and amblyopia screening (orthoptics).docx", genre="G1", shape="4", lang="en",
    title="Micro-Credential Concept Form",
    meta=dict(head=["Continuing Education | Michener Institute"], ncol=3, list="num",
              rows=["A. Proposer", [0, 1, 2], [3, 4], "B. The proposal", [5, 6], [7], [8], [9], [10], [11],
                    "C. Endorsement and fit", [12, 13, 14], [15], "D. Logistics", [16, 17, 18], [19], [20]]),
    qa=[
        ("A", "Name of Proposer", "Ingrid Solvang", "proposer_name"),
        ("A", "Position / Title", "Certified Orthoptist", "proposer_title"),
        ("A", "Department / Program", "Paediatric Eye Clinic", "proposer_department"),
        ("A", "Email", "ingrid.solvang@example.org", "proposer_email"),
        ("A", "Phone", "416-555-0131", "proposer_phone"),
        ("B", "Proposed Title", "Strabismus and Amblyopia Screening for Paediatric Clinic Staff", "proposal_title"),
        ("B", "Type of Request", "☒ New micro-credential   ☐ Convert an existing program   ☐ Micro-course", {"request_type": "new"}),
        ("B", "Target Learners", "Registered nurses and clinic assistants in paediatric and family practice clinics", "target_learners"),
        ("B", "Rationale / Need", "Wait times for a first orthoptic assessment are over nine months. Front-line staff who can screen reliably would let us triage children with a turned eye or reduced vision sooner.", "rationale"),
        ("B", "Competencies / Skills Targeted", "Cover-uncover and alternate cover testing; age-appropriate visual acuity testing; recognising red flags for urgent referral", "competencies"),
        ("B", "Learning Outcomes", ["Perform a cover test on a cooperative child and record the result.",
                                   "Measure visual acuity with picture and letter charts suited to the child's age.",
                                   "Decide when a child needs routine, soon or urgent referral to orthoptics."], "learning_outcomes"),
        ("B", "Summative Assessment", "Observed screening of three children in clinic, scored with a checklist by an orthoptist.", "summative_assessment"),
        ("C", "Industry / Employment Partner", "Northshore Children's Vision Network", "partner_name"),
        ("C", "Partner Contact", "Dr. Amelie Roux, amelie.roux@example.com", "partner_contact"),
        ("C", "Letter of Support Attached? (Yes/No)", "Yes", {"endorsement_status": "letter_attached"}),
        ("C", "Alignment with Michener's Education Plan", "Supports the Plan's commitment to interprofessional, competency-based learning that reaches practising clinicians outside the hospital.", "education_plan_alignment"),
        ("D", "Delivery Format", "Hybrid", {"delivery_format": "hybrid"}),
        ("D", "Estimated Hours", "10 (6 online + 4 in clinic)", {"estimated_hours": 10}),
        ("D", "Expected Enrolment per Year", "40", {"expected_enrolment": 40}),
        ("D", "Proposed Start", "May 2027", "proposed_start"),
        ("D", "Resources Required", "Clinic space for the observed screenings; a set of occluders and acuity charts per learner pair.", "resources_required"),
    ],
    notes="Shape 4 grid (python-docx): labels in a shaded header row, answers in the row below, up to three per row pair, "
          "section bands A-D. Checkbox row: ☒ New micro-credential = new. Competencies typed with ';' (items). Outcomes numbered "
          "(each keeps its stop). 'Yes' under 'Letter of Support Attached?' = letter_attached. '10 (6 online + 4 in clinic)' -> 10. "
          "Partner contact 'Dr. ... , email' kept whole. No date."))

# T2 G1 grid: perfusion, existing program, Education Plan TBD
DOCS.append(dict(
    file="ECMO circuit priming - concept grid.docx", genre="G1", shape="4", lang="en", font="Arial",
    title="Concept Form – Micro-Course / Credential (grid version)",
    meta=dict(ncol=3, list="bullet",
              intro=["Please complete every cell. Return to the CE office."],
              rows=[[0, 1], [2, 3, 4], [5], [6, 7], [8], [9], [10], [11], [12, 13], [14], [15, 16, 17]]),
    qa=[
        ("", "Title of Micro-Course / Credential", "ECMO Circuit Priming and Emergency Changeout", "proposal_title"),
        ("", "Date Submitted", "2026-11-19", {"submission_date": "2026-11-19"}),
        ("", "Contact Name", "Tobias Kwarteng-Lind", "proposer_name"),
        ("", "Role", "Clinical Perfusionist and Educator", "proposer_title"),
        ("", "Contact Email / Phone", "t.kwartenglind@michener.example / 555-0147", {"proposer_email": "t.kwartenglind@michener.example", "proposer_phone": "555-0147"}),
        ("", "This proposal is for", "Converting an existing program", {"request_type": "existing_program"}),
        ("", "Existing Program Name", "Extracorporeal Life Support Orientation (internal, 2 days)", "existing_program_name"),
        ("", "Intended Learners", "Perfusionists, ECMO specialists and critical care RNs who run circuits at the bedside", "target_learners"),
        ("", "Identified Skills Gap", "Circuit changeouts are rare and high-risk. Staff who joined after the last major intake have never done one outside a simulation lab, and our orientation is not recognised outside the hospital.", "rationale"),
        ("", "Skills and Competencies", ["priming and de-airing a centrifugal circuit", "planned and emergency oxygenator changeout", "closed-loop communication during circuit emergencies"], "competencies"),
        ("", "Intended Learning Outcomes", ["Prime and de-air an ECMO circuit within 15 minutes using the unit checklist.",
                                           "Lead a team through an emergency oxygenator changeout in simulation.",
                                           "Troubleshoot pressure alarms and identify air or clot in the circuit."], "learning_outcomes"),
        ("", "How will achievement be evidenced?", "Timed priming on a training circuit plus a recorded high-fidelity emergency changeout scenario, marked by two perfusionists.", "summative_assessment"),
        ("", "Endorsing Partner / External Body", "Canadian Extracorporeal Practice Collaborative", "partner_name"),
        ("", "Endorsement Status", "Confirmed by email; formal letter to follow", {"endorsement_status": "confirmed"}),
        ("", "Strategic Alignment (Education Plan)", "TBD", None),
        ("", "Delivery Mode", "In person (simulation lab)", {"delivery_format": "in_person"}),
        ("", "Total Learning Hours", "14", {"estimated_hours": 14}),
        ("", "Estimated Learners / Year", "18", {"expected_enrolment": 18}),
    ],
    notes="Shape 4 grid (python-docx, Arial), no section bands. Composite cell 'Contact Email / Phone' gives email and phone. "
          "'Converting an existing program' = existing_program, program named in its own cell. Competencies as bullets (joined '; '). "
          "'Confirmed by email; formal letter to follow' = confirmed. Incomplete: Education Plan cell is 'TBD' -> absent, missing. "
          "Date 2026-11-19."))

# T3 G2 three-column: lactation, micro_course
DOCS.append(dict(
    file="Lactation support NICU - proposal table.pdf", genre="G2", shape="5", lang="en",
    title="Proposal: Lactation Support in the NICU for Allied Health Staff",
    meta=dict(cols=["Section", "What we were asked", "Our answer"], list="paren",
              intro=["Prepared for the Michener CE office. Answers are in the right-hand column."]),
    qa=[
        ("About us", "Who is proposing this?", "Rosalind Achterberg, IBCLC Lead, Neonatal Intensive Care Unit, rosalind.achterberg@example.org, 905-555-0162",
         {"proposer_name": "Rosalind Achterberg", "proposer_title": "IBCLC Lead", "proposer_department": "Neonatal Intensive Care Unit",
          "proposer_email": "rosalind.achterberg@example.org", "proposer_phone": "905-555-0162"}),
        ("About us", "Date", "November 23, 2026", {"submission_date": "2026-11-23"}),
        ("The course", "Course title", "Lactation Support in the NICU for Allied Health Staff", "proposal_title"),
        ("The course", "New credential, conversion, or micro-course?", "A stand-alone micro-course (no credential at this stage).", {"request_type": "micro_course"}),
        ("The course", "Who is it for?", "Respiratory therapists, dietitians and pharmacy staff who work with NICU families.", "target_learners"),
        ("The course", "Why now?", "Parents tell us they get conflicting advice about pumping and feeding from different professions. Only the nursing and lactation teams have had any training.", "rationale"),
        ("Skills", "What skills does it build?", "Supporting expression of breast milk, safe handling and storage of milk, and consistent referral to the lactation team", {"competencies": "Supporting expression of breast milk; safe handling and storage of milk; consistent referral to the lactation team"}),
        ("Skills", "Outcomes", ["explain the basics of milk supply to a parent of a preterm infant", "label, store and thaw expressed milk safely", "recognise when to refer to an IBCLC"], "learning_outcomes"),
        ("Skills", "Framework used", "WHO Baby-Friendly Initiative competencies", "competency_framework"),
        ("Assessment", "How is it assessed?", "An online case-based quiz (80% to pass) and a short recorded role-play with a standardised parent.", "summative_assessment"),
        ("Support", "Partner", "Golden Horseshoe Breastfeeding Coalition – in discussion, no letter yet", {"partner_name": "Golden Horseshoe Breastfeeding Coalition", "endorsement_status": "in_discussion"}),
        ("Support", "Fit with the Education Plan", "It widens access to continuing education for allied health staff and is fully online.", "education_plan_alignment"),
        ("Practical", "Format / hours / learners", "Online, self-paced; 6 hours; about 80 learners a year", {"delivery_format": "online", "estimated_hours": 6, "expected_enrolment": 80}),
        ("Practical", "When could it start?", "Winter 2027", "proposed_start"),
    ],
    notes="Shape 5 three-column table (reportlab PDF): Section | question in the writer's words | answer, the label column is "
          "the second. Composite 'Who is proposing this?' cell gives name, title, department, email, phone. 'A stand-alone "
          "micro-course' = micro_course. Competencies as an inline list 'a, b, and c' (items joined '; '). Outcomes '(1)'-style "
          "'1)' numbered, lower case, no stops. 'Partner' cell gives partner name and 'in discussion' = in_discussion. Composite "
          "'Format / hours / learners' cell: online, 6, 80. Date 'November 23, 2026'."))

# T4 G3 questionnaire EN: paediatric venipuncture
DOCS.append(dict(
    file="Course questionnaire - paediatric venipuncture and needle fear.docx", genre="G3", shape="5", lang="en",
    title="Paediatric Venipuncture and Needle-Fear Strategies – answers to the CE questions",
    meta=dict(intro=["Submitted by: Marguerite Obi-Lindqvist, Phlebotomy Team Lead, Outpatient Laboratory Services, m.obilindqvist@example.org, 647-555-0173",
                     "Date: 30/11/2026"], list="bullet"),
    extra_fields={"proposer_name": "Marguerite Obi-Lindqvist", "proposer_title": "Phlebotomy Team Lead",
                  "proposer_department": "Outpatient Laboratory Services", "proposer_email": "m.obilindqvist@example.org",
                  "proposer_phone": "647-555-0173", "submission_date": "2026-11-30"},
    qa=[
        ("", "What would the course be called?", "Paediatric Venipuncture and Needle-Fear Strategies", "proposal_title"),
        ("", "Is it new?", "Yes, a new micro-credential.", {"request_type": "new"}),
        ("", "Who is it for?", "Phlebotomists and lab assistants who draw blood from children in community collection centres.", "target_learners"),
        ("", "Why do we need it?", "About one in five paediatric draws at our sites is abandoned or repeated. Staff have never been taught distraction or positioning techniques for children.", "rationale"),
        ("", "What will people be able to do?", ["choose the site and equipment for a child's age and size", "use comfort positioning and distraction with the caregiver", "stop and re-plan a draw when a child is too distressed"], "competencies"),
        ("", "Learning outcomes", ["Perform a venipuncture on an infant simulator using a butterfly set.", "Coach a caregiver through a comfort hold.", "Document a failed attempt and the plan for the next one."], "learning_outcomes"),
        ("", "How will you know they've learned it?", "Skills check on the infant arm plus five supervised paediatric draws signed off by a team lead.", "summative_assessment"),
        ("", "Who is backing it?", "Kids First Community Labs has agreed to host the supervised draws and will send a letter of support.", {"partner_name": "Kids First Community Labs", "endorsement_status": "confirmed"}),
        ("", "How does it fit Michener's Education Plan?", "It is short, skills-based and built with an employer, which is what the Plan asks micro-credentials to be.", "education_plan_alignment"),
        ("", "Format and length", "Hybrid: 3 hours online, 4 hours in the skills lab (7 hours).", {"delivery_format": "hybrid", "estimated_hours": 7}),
        ("", "How many a year?", "30", {"expected_enrolment": 30}),
        ("", "Start date", "September 2027", "proposed_start"),
    ],
    notes="Shape 5 questionnaire (python-docx): numbered bold questions in the writer's own words ('3. Who is it for?'), answers on "
          "the next lines; contact in one 'Submitted by:' line (name, title, department, email, phone) and 'Date: 30/11/2026' "
          "(day first) at the top. 'Yes, a new micro-credential.' = new. Competencies and outcomes bulleted. 'has agreed ... and "
          "will send a letter of support' = confirmed, partner = the organisation. 'Hybrid: 3 hours online, 4 hours in the skills "
          "lab (7 hours).' -> hybrid, 7."))

# T5 G3 bilingual: hazardous drugs
DOCS.append(dict(
    file="Questionnaire bilingue - safe handling of hazardous drugs.docx", genre="G3", shape="5", lang="en/fr",
    title="Micro-course proposal / Proposition de microcours",
    meta=dict(intro=["Please answer in English or French. / Répondez en anglais ou en français."], list="dash",
              foot=["Envoyé le 2 décembre 2026 / Sent December 2, 2026"]),
    extra_fields={"submission_date": "2026-12-02"},
    qa=[
        ("", "Course title / Titre du cours", "Safe Handling of Hazardous Drugs for Pharmacy Technicians", "proposal_title"),
        ("", "Your name, role and contact / Votre nom, fonction et coordonnées", "Josée Marchand-Tembo, technicienne en pharmacie principale, Pharmacie oncologique — josee.marchandtembo@example.com — 514-555-0128",
         {"proposer_name": "Josée Marchand-Tembo", "proposer_title": "technicienne en pharmacie principale", "proposer_department": "Pharmacie oncologique",
          "proposer_email": "josee.marchandtembo@example.com", "proposer_phone": "514-555-0128"}),
        ("", "Type of request / Type de demande", "Micro-course / Microcours", {"request_type": "micro_course"}),
        ("", "Who is it for? / À qui s'adresse-t-il ?", "Pharmacy technicians and assistants who prepare or deliver oral and injectable chemotherapy.", "target_learners"),
        ("", "Why is it needed? / Pourquoi ?", "The updated provincial standard requires documented competency in hazardous drug handling every year, and most technicians outside the large centres have had no formal course.", "rationale"),
        ("", "Competencies / Compétences", ["donning and doffing chemotherapy PPE", "aseptic compounding in a biological safety cabinet", "spill management"], "competencies"),
        ("", "Learning outcomes / Résultats d'apprentissage", ["Put on and remove double gloves and gown without contamination;", "Prepare a dose in a closed-system transfer device;", "Contain and clean a simulated spill."], "learning_outcomes"),
        ("", "Assessment / Évaluation", "Observed compounding with fluorescent-marker contamination check; pass/fail.", "summative_assessment"),
        ("", "Partner / Partenaire", "Réseau québécois des pharmacies oncologiques (lettre jointe / letter attached)", {"partner_name": "Réseau québécois des pharmacies oncologiques", "endorsement_status": "letter_attached"}),
        ("", "Education Plan / Plan d'éducation", "Répond à l'objectif du Plan d'offrir des formations courtes axées sur les compétences.", "education_plan_alignment"),
        ("", "Format, hours, learners / Format, heures, participants", "In person, 5 hours, 24 per year", {"delivery_format": "in_person", "estimated_hours": 5, "expected_enrolment": 24}),
    ],
    notes="Shape 5 bilingual questionnaire (python-docx): numbered questions in English / French, answers mostly English, "
          "some French. One line gives name, title (in French, lower case as typed), department, email and phone separated by "
          "em dashes. 'Micro-course / Microcours' = micro_course. Competencies as '- ' lines (joined '; '); outcomes '- ' lines, "
          "each ending ';' or '.' as typed. Partner with '(lettre jointe / letter attached)' = letter_attached. Education Plan "
          "answer in French. Composite 'In person, 5 hours, 24 per year'. Date in the footer 'Envoyé le 2 décembre 2026'. No start."))

# T6 G4 spreadsheet: paediatric polysomnography, partner missing
DOCS.append(dict(
    file="PSG scoring micro-credential concept (spreadsheet).pdf", genre="G4", shape="4", lang="en",
    title="Concept Form – Paediatric Polysomnography Scoring",
    meta=dict(sheet="Concept form", cols=["Field", "Response"], list="num", intro=["Exported from CE_concept_PSG_v2.xlsx"]),
    qa=[
        ("Proposer", "Lead Proposer", "Farid Nazemi-Oduya", "proposer_name"),
        ("Proposer", "Job Title", "Senior Polysomnographic Technologist", "proposer_title"),
        ("Proposer", "Program Area", "Sleep Disorders Laboratory", "proposer_department"),
        ("Proposer", "E-mail Address", "farid.nazemi@example.org", "proposer_email"),
        ("Proposer", "Telephone", "(416) 555-0109 ext. 22", "proposer_phone"),
        ("Proposal", "Proposed Micro-credential Title", "Paediatric Polysomnography Scoring Essentials", "proposal_title"),
        ("Proposal", "Request Type", "New micro-credential", {"request_type": "new"}),
        ("Proposal", "Target Audience", "Registered polysomnographic technologists who score adult studies and are moving to paediatric work", "target_learners"),
        ("Proposal", "Labour Market Need", "Two paediatric sleep labs in the region opened this year and cannot find scorers trained in paediatric rules.", "rationale"),
        ("Proposal", "Competencies Addressed", ["applying AASM paediatric scoring rules", "recognising paediatric respiratory events", "writing a technologist summary for the sleep physician"], "competencies"),
        ("Proposal", "Learning Outcomes", ["Score a full paediatric PSG with at least 85% agreement with a reference scorer.", "Distinguish obstructive hypoventilation from central events.", "Prepare a clear technologist summary."], "learning_outcomes"),
        ("Proposal", "Framework (e.g. ESCO, professional body)", "BRPT exam content outline", "competency_framework"),
        ("Proposal", "Summative Assessment", "Independent scoring of two anonymised studies compared against a reference scorer.", "summative_assessment"),
        ("Endorsement", "Partner Organization", "Not yet identified", None),
        ("Endorsement", "Endorsement Status", "None", {"endorsement_status": "none"}),
        ("Endorsement", "Education Plan Alignment", "Builds advanced practice skills for a shortage area, as the Plan's workforce priority asks.", "education_plan_alignment"),
        ("Logistics", "Delivery Format", "Online", {"delivery_format": "online"}),
        ("Logistics", "Duration (hours)", 12, {"estimated_hours": 12}),
        ("Logistics", "Estimated Learners / Year", 15, {"expected_enrolment": 15}),
        ("Logistics", "Target Launch", "Spring 2027", "proposed_start"),
        ("Logistics", "Submission Date", "2026-11-26", {"submission_date": "2026-11-26"}),
    ],
    notes="Shape 4 spreadsheet: openpyxl XLSX (Field | Response columns, section bands, wrapped cells, numbers as numeric "
          "cells) exported to PDF by LibreOffice Calc. Competencies and outcomes are numbered lines inside one cell (Alt-Enter). "
          "Phone with extension kept as written. Incomplete: 'Partner Organization: Not yet identified' -> partner_name absent, "
          "'Endorsement Status: None' = none; partner_name missing."))

# T7 G5 Q/A transcript: cochlear implant mapping
DOCS.append(dict(
    file="Intake call transcript - cochlear implant mapping course.pdf", genre="G5", shape="5", lang="en",
    title="CE intake call – transcript (edited)",
    meta=dict(intro=["Call of 24 November 2026. Q = CE office (Priya Venkataraman). A = Halvard Ekström, Clinical Audiologist, Cochlear Implant Program."],
              list="dash", foot=["Follow-up: Halvard will email the letter; contact halvard.ekstrom@michener.example or 416-555-0190."]),
    extra_fields={"proposer_name": "Halvard Ekström", "proposer_title": "Clinical Audiologist", "proposer_department": "Cochlear Implant Program",
                  "submission_date": "2026-11-24", "proposer_email": "halvard.ekstrom@michener.example", "proposer_phone": "416-555-0190"},
    leads={"And by the end, what can they do?": "Three things:", "What skills does it cover?": "Mostly the technical side:"},
    qa=[
        ("", "What would you call the course?", "Cochlear Implant Mapping Fundamentals for Audiologists", "proposal_title"),
        ("", "Is this something new or an existing program?", "New. It would be a new micro-credential.", {"request_type": "new"}),
        ("", "Who is it aimed at?", "Audiologists who are new to implant programs or who see implant users in community clinics.", "target_learners"),
        ("", "Why is it needed?", "There are three implant centres in the province and none of them can train community audiologists, so recipients travel hours for small adjustments.", "rationale"),
        ("", "What skills does it cover?", ["measuring electrode impedances", "setting threshold and comfort levels", "troubleshooting sound processors"], "competencies"),
        ("", "And by the end, what can they do?", ["Create a basic map from impedance and behavioural measures.", "Adjust a map in response to patient feedback.", "Identify device faults that need the implant centre."], "learning_outcomes"),
        ("", "How would you assess that?", "A practical exam: each learner maps a volunteer recipient under observation.", "summative_assessment"),
        ("", "Is there an external partner?", "Yes, the Ontario Implant Users Association. They've signed a letter of support, which I'll attach.", {"partner_name": "Ontario Implant Users Association", "endorsement_status": "letter_attached"}),
        ("", "How does it line up with the Education Plan?", "It extends specialist training to community practitioners, which is one of the Plan's access goals.", "education_plan_alignment"),
        ("", "Format and hours?", "Hybrid, about 16 hours.", {"delivery_format": "hybrid", "estimated_hours": 16}),
        ("", "How many learners a year?", "Maybe 12.", {"expected_enrolment": 12}),
    ],
    notes="Shape 5 interview transcript (reportlab PDF, Helvetica): Q:/A: lines in the writer's words. Name, title and "
          "department in the intro line ('A = name, title, department'); the interviewer named in the intro is "
          "not a value; email and phone only in the follow-up line at the end; the call date is submission_date. Competencies "
          "and outcomes as '- ' lines after an 'A:' lead-in (lead-ins dropped; competencies joined '; '). Partner: 'signed a letter of "
          "support, which I'll attach' = letter_attached. 'Hybrid, about 16 hours.' and 'Maybe 12.' -> numbers."))

# T8 G6 survey print: frozen section cryotomy
DOCS.append(dict(
    file="Survey response - frozen section cryotomy for PAs.pdf", genre="G6", shape="4", lang="en",
    title="Micro-Credential Concept Form",
    meta=dict(tool="FormCraft Online Surveys – Response #2291", numbered=True, required_word=True, list="num",
              intro=["Michener Institute – Continuing Education", "Started: 27/11/2026 14:02  ·  Completed: 27/11/2026 14:41"],
              pages=[1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3],
              foot=["Response submitted 2026-11-27 14:41:09 EST", "Powered by FormCraft · Report abuse"]),
    extra_fields={"submission_date": "2026-11-27"},
    qa=[
        ("About you", "Name", "Keziah Obuya", "proposer_name"),
        ("About you", "Job Title", "Pathologists' Assistant", "proposer_title"),
        ("About you", "Department / Program", "Anatomical Pathology", "proposer_department"),
        ("About you", "Email", "keziah.obuya@example.org", "proposer_email"),
        ("About you", "Phone / Extension", "x4417", "proposer_phone"),
        ("Your proposal", "Proposed Title", "Frozen Section Cryotomy for Pathologists' Assistants", "proposal_title"),
        ("Your proposal", "This proposal is for", "Micro-course", {"request_type": "micro_course"}),
        ("Your proposal", "Target Learners", "Pathologists' assistants and histotechnologists who cover intra-operative consultations", "target_learners"),
        ("Your proposal", "Why is this needed?", "Frozen sections are cut by whoever is on call, and section quality varies. Surgeons have raised delays twice this year.", "rationale"),
        ("Your proposal", "Skills and Competencies", "embedding tissue in OCT, trimming and cutting fatty and calcified tissue, rapid H&E staining", {"competencies": "embedding tissue in OCT; trimming and cutting fatty and calcified tissue; rapid H&E staining"}),
        ("Your proposal", "Learning Outcomes", ["Produce a diagnostic-quality frozen section in under ten minutes.", "Choose cryostat temperature settings for different tissues.", "Clean and decontaminate the cryostat safely."], "learning_outcomes"),
        ("Your proposal", "Summative Assessment", "Portfolio of 20 frozen sections graded by a pathologist, plus a timed practical.", "summative_assessment"),
        ("Support and fit", "Endorsing Partner / External Body", "Canadian Association of Pathologists' Assistants (Education Committee)", "partner_name"),
        ("Support and fit", "Endorsement Status", "In discussion", {"endorsement_status": "in_discussion"}),
        ("Support and fit", "Alignment with Michener's Education Plan", "Competency-based, short and tied to a clear workplace need.", "education_plan_alignment"),
        ("Support and fit", "Delivery Format", "In person", {"delivery_format": "in_person"}),
        ("Support and fit", "Estimated Hours", "8", {"estimated_hours": 8}),
        ("Support and fit", "Expected Enrolment per Year", "10", {"expected_enrolment": 10}),
        ("Support and fit", "Resources Required", "Access to a teaching cryostat on two Saturdays; discarded tissue from the gross room.", "resources_required"),
    ],
    notes="Shape 4 online survey response printed (HTML recreation of a survey tool -> LibreOffice Writer/Web PDF): survey "
          "furniture (tool banner with response number, 'Page n of 3', red '*' and 'Required' under required questions, start/complete "
          "timestamps day-first, submitted timestamp, 'Powered by' footer). Numbered question text then answer. Phone '/Extension' "
          "answered 'x4417' (kept). Competencies as a comma line (items joined '; ', 'trimming and cutting fatty and calcified "
          "tissue' is one item). 'Response submitted 2026-11-27' = submission_date."))

# T9 G7 look-alike: meeting minutes table
DOCS.append(dict(
    file="Minutes - Allied Health Education Committee 2026-11-18.docx", genre="G7", shape="7", lang="en", form=False,
    blocks=[
        ("h", "Allied Health Education Committee – Minutes"),
        ("p", "Date: 18 November 2026, 12:00–13:00, Room 4B / Teams"),
        ("p", "Present: L. Ferreira-Haddad (Chair), O. Mbeki-Strand, T. Kwarteng-Lind, S. Ouellette; Regrets: R. Danso"),
        ("t", [["Item", "Discussion", "Decision / Action", "Owner"],
               ["1. Micro-credential pipeline", "Three concept forms are in progress for the CE office (ECMO, PSG scoring, NICU lactation). Members asked what counts as a summative assessment and whether a letter of support is required before submission.",
                "CE office to circulate the field list and the four requirements.", "S. Ouellette (s.ouellette@example.org, 555-0114)"],
               ["2. Simulation lab bookings", "Weekend bookings for 2027 open 1 December. Learning outcomes for each sim session must be posted on the booking.", "Chair to email the booking link.", "L. Ferreira-Haddad"],
               ["3. Partner relations", "Northshore Children's Vision Network asked about co-branding; no proposal yet.", "Defer to January.", "O. Mbeki-Strand"],
               ["4. Next meeting", "16 December 2026, 12:00", "", ""]]),
        ("p", "Minutes recorded by R. Okonjo, Committee Secretary."),
    ],
    notes="NOT a concept form: minutes of an education committee (python-docx, grid table Item | Discussion | Decision | Owner). "
          "Talks about concept forms, summative assessment, letters of support, learning outcomes, a partner, with names, an email "
          "and a phone, but proposes no course."))
