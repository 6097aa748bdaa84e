"""Content and expected values of the round-8 TUNING documents (invented people and organisations)."""

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# T01 ---------------------------------------------------------------------------------------------
doc(id="T01", file="Hand splint fabrication - concept form (two-row table).docx", shape="1", lang="en",
    route="python-docx table, two rows per field (shaded label row spanning the width, answer row below)",
    notes="Official concept form rebuilt as a TWO-ROW-PER-FIELD table: each label sits in a shaded row of its own and the "
          "answer in the row below (no label column). Request type existing_program with the program named; ☒/☐ "
          "boxes; outcomes as Word-style '1.' paragraphs; '10 (two evening labs + 2 h online)' -> 10; 'approx. 36' -> 36; "
          "date 'Nov 30 2026'.",
    fields={
        "proposal_title": "Thermoplastic Hand Splint Fabrication for Rehabilitation Assistants",
        "proposer_name": "Imogen Achterberg-Oduya",
        "proposer_title": "Clinical Instructor, Rehabilitation Sciences",
        "proposer_department": "Rehabilitation Assistant Programs",
        "proposer_email": "iachterberg-oduya@michener.example",
        "proposer_phone": "416-555-0142",
        "request_type": "existing_program",
        "existing_program_name": "Upper-Limb Orthotics Lab (module 7 of the Rehabilitation Assistant diploma)",
        "target_learners": "Practising occupational therapist assistants and physiotherapist assistants in hospital and "
                           "community clinics who fabricate or adjust static hand splints under OT supervision",
        "rationale": "Clinics in our partner network report that OT assistants are increasingly asked to fabricate resting "
                     "hand and thumb spica splints, yet most were trained only to don and doff prefabricated orthoses. "
                     "Poorly moulded splints lead to pressure areas and remakes that cost therapist time and material.",
        "competencies": "Patterning a splint from hand landmarks; heating, moulding and trimming low-temperature "
                        "thermoplastics; strapping and edge finishing; checking fit, pressure points and skin tolerance; "
                        "documenting wear schedules",
        "learning_outcomes": [
            "Draw and cut an accurate pattern for a resting hand splint and a thumb spica splint from anatomical landmarks",
            "Mould low-temperature thermoplastic to the hand with correct joint positions",
            "Identify and relieve pressure areas before issuing a splint",
            "Teach a client and caregiver the wear and care schedule set by the supervising OT"],
        "competency_framework": "OTA & PTA Essential Competency Profile (2018)",
        "summative_assessment": "Practical exam: each learner fabricates a resting hand splint and a thumb spica on a partner "
                                "within 90 minutes, assessed with a 12-item fit and finish checklist by two instructors",
        "partner_name": "Harbourfront Hand Therapy Clinics",
        "partner_contact": "Delphine Okonkwo-Strand, Clinic Director – dokonkwo-strand@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Education Plan goal of flexible, stackable learning for working "
                                    "professionals and uses our existing orthotics lab in the evenings",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "Spring 2027 (April)",
        "expected_enrolment": 36,
        "resources_required": "Thermoplastic sheets and strapping (about $40 per learner), two splint pans, lab booking on "
                              "two evenings",
        "submission_date": "2026-11-30"},
    disp={"estimated_hours": "10 (two evening labs + 2 h online)", "expected_enrolment": "approx. 36",
          "submission_date": "Nov 30 2026"})

# T02 ---------------------------------------------------------------------------------------------
doc(id="T02", file="SDF in LTC - MC concept form (RVA draft).docx", shape="1", lang="en",
    route="python-docx table, answers in shorthand",
    notes="Official two-column table form filled in SHORTHAND by a busy clinician: abbreviations in every answer "
          "('RDHs', 'pts', 'w/', 'assts', 'approx.'), options marked '[X]' typed in front of abbreviated option words, "
          "phone with 'x22', hours '3h' -> 3, enrolment '~50/yr' -> 50, start \"Q2 '27\", date 'Dec 2/26' (2 December "
          "2026). Incomplete: Summative Assessment answered 'TBD' (not a value) and the Education Plan row left empty, "
          "so both are missing.",
    fields={
        "proposal_title": "Silver Diamine Fluoride (SDF) Application in Long-Term Care",
        "proposer_name": "Rosalind Vandersloot-Amankwah",
        "proposer_title": "Clin. coord., LTC outreach",
        "proposer_department": "Dent. Hyg. Outreach Svcs",
        "proposer_email": "rvandersloot@example.org",
        "proposer_phone": "(416) 555-0117 x22",
        "request_type": "micro_course",
        "target_learners": "RDHs & dental assts working in LTC / home care w/ frail or cognitively impaired pts",
        "rationale": "High untreated caries in LTC residents; restorative tx often not possible; SDF is fast, cheap & "
                     "non-invasive but few RDHs trained on consent, application & follow-up in LTC.",
        "competencies": "caries risk assessment; SDF indications / contraindications; informed consent w/ SDMs; "
                        "application technique; documentation & recall",
        "learning_outcomes": ["assess pt eligibility for SDF (caries risk, contraindications)",
                              "obtain & document informed consent from pt or SDM",
                              "apply SDF safely incl. soft-tissue protection",
                              "plan reapplication & recall intervals"],
        "partner_name": "Bayview LTC Dental Collective",
        "partner_contact": "Dr. P. Lindqvist-Moyo, plindqvist@example.com",
        "endorsement_status": "in_discussion",
        "delivery_format": "online",
        "estimated_hours": 3,
        "proposed_start": "Q2 '27",
        "expected_enrolment": 50,
        "resources_required": "LMS shell, short demo video (we can film in clinic)",
        "submission_date": "2026-12-02"},
    disp={"summative_assessment": "TBD", "estimated_hours": "3h", "expected_enrolment": "~50/yr",
          "submission_date": "Dec 2/26"},
    opt_words={"request_type": ["New micro-cred.", "Convert existing prog.", "Micro-course"],
               "endorsement_status": ["LOS attached", "Confirmed", "In disc.", "None"],
               "delivery_format": ["Onl.", "In pers.", "Hybrid"]})

# T03 ---------------------------------------------------------------------------------------------
doc(id="T03", file="Formulaire concept - Test d'inclinaison - A-S Kabongo-Ferland.docx", shape="1", lang="fr",
    route="python-docx table, bilingual labels (EN / FR) in the label cell, French answers",
    notes="Official form in a BILINGUAL version: each label cell holds the English label and the French label on two "
          "lines ('Proposed Title' / 'Titre proposé'); every answer is French; option words bilingual ('☒ Nouveau "
          "microcertificat / New micro-credential'); '7 h' -> 7; 'une vingtaine (20)' -> 20; date '1er décembre 2026'.",
    fields={
        "proposal_title": "Test d'inclinaison (table basculante) : préparation, surveillance et arrêt du test",
        "proposer_name": "Anne-Sophie Kabongo-Ferland",
        "proposer_title": "Technologue en électrophysiologie médicale, coordonnatrice clinique",
        "proposer_department": "Laboratoire de cardiologie non invasive",
        "proposer_email": "askabongo@example.org",
        "proposer_phone": "514-555-0163, poste 2204",
        "request_type": "new",
        "target_learners": "Technologues en électrophysiologie médicale et infirmières des laboratoires de cardiologie "
                           "qui réalisent des tests d'inclinaison",
        "rationale": "Les demandes de tests d'inclinaison ont doublé depuis l'ouverture de la clinique de syncope, mais "
                     "aucune formation structurée n'existe : chaque laboratoire forme son personnel « sur le tas » et les "
                     "critères d'arrêt du test varient d'un site à l'autre.",
        "competencies": "Préparation du patient et consentement; installation de la surveillance hémodynamique continue; "
                        "conduite du protocole passif et pharmacologique; reconnaissance des réponses vasovagales et des "
                        "critères d'arrêt; documentation du tracé",
        "learning_outcomes": [
            "Préparer le patient et vérifier les contre-indications au test d'inclinaison",
            "Installer et valider la surveillance de la pression artérielle battement par battement",
            "Conduire le protocole passif puis la phase de provocation selon la prescription",
            "Reconnaître une réponse vasovagale, cardio-inhibitrice ou dysautonomique et appliquer les critères d'arrêt"],
        "competency_framework": "Profil de compétences en électrophysiologie médicale (ordre professionnel, 2022)",
        "summative_assessment": "Examen pratique en laboratoire de simulation (scénario de syncope vasovagale) évalué par "
                                "grille critériée, et questionnaire de 25 questions (seuil de réussite 80 %)",
        "partner_name": "Clinique de la syncope de l'Hôpital Saint-Aubin",
        "partner_contact": "Dr Mathieu Ravensberg-Diallo, mravensberg@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Répond à l'objectif du Plan d'éducation d'offrir des microcertificats fondés sur les "
                                    "compétences, élaborés avec les milieux cliniques",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "Printemps 2027",
        "expected_enrolment": 20,
        "resources_required": "Accès à une table basculante du laboratoire de simulation; moniteur de pression non invasive",
        "submission_date": "2026-12-01"},
    disp={"estimated_hours": "7 h", "expected_enrolment": "une vingtaine (20)", "submission_date": "1er décembre 2026"})

# T04 ---------------------------------------------------------------------------------------------
doc(id="T04", file="Arterial line set-up - concept form (controls, repeating outcomes).docx", shape="2", lang="en",
    route="python-docx + raw w:sdt XML: tags 'mc_<key>', aliases, combo box with a typed value, w15 repeating section",
    notes="Content-control form whose tags are the keys WITH A PREFIX ('mc_proposal_title' …, alias = label). Outcomes "
          "are a REPEATING SECTION control (w15:repeatingSection tagged mc_learning_outcomes) with one repeating item per "
          "outcome; request type a drop-down showing 'Micro-course'; delivery format a COMBO BOX where the applicant "
          "typed her own text 'Hybrid – two online modules + one sim lab' (= hybrid); date picker showing "
          "'27 November 2026'; framework and existing-program controls left with their placeholder (empty).",
    fields={
        "proposal_title": "Arterial Line Set-up, Transducer Levelling and Troubleshooting",
        "proposer_name": "Saoirse Mbeki-Halloran",
        "proposer_title": "Clinical Nurse Educator, Critical Care",
        "proposer_department": "Interprofessional Critical Care Education",
        "proposer_email": "smbeki-halloran@michener.example",
        "proposer_phone": "416-555-0108",
        "request_type": "micro_course",
        "target_learners": "Registered nurses and respiratory therapists new to adult intensive care or step-down units",
        "rationale": "New ICU staff learn arterial line set-up informally at the bedside. Audit of two partner units found "
                     "transducers levelled at the wrong height in 1 of 5 checks and frequent over-damped traces that were "
                     "not recognised.",
        "competencies": "Priming and assembling a pressure-monitoring set; levelling and zeroing to the phlebostatic axis; "
                        "square-wave (fast-flush) testing; recognising damping and artefact; safe blood sampling from the line",
        "learning_outcomes": [
            "Assemble and prime an arterial pressure-monitoring set without air",
            "Level and zero the transducer at the phlebostatic axis",
            "Interpret a fast-flush test and correct over- and under-damping",
            "Draw blood samples from an arterial line while maintaining a closed system"],
        "summative_assessment": "Observed structured skills station on a task trainer (pass/fail checklist) plus a "
                                "10-item waveform interpretation quiz",
        "partner_name": "Lakeshore Regional Health – Critical Care Program",
        "partner_contact": "Tomasz Ferreira-Nakamura, Manager, ICU – tferreira@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Simulation-based, competency-assessed learning for practising clinicians, as set out "
                                    "in the Education Plan's priority on interprofessional simulation",
        "delivery_format": "hybrid",
        "estimated_hours": 5,
        "proposed_start": "February 2027",
        "expected_enrolment": 60,
        "resources_required": "Two arterial-line task trainers, pressure bags, disposable transducer kits",
        "submission_date": "2026-11-27"},
    disp={"delivery_format": "Hybrid – two online modules + one sim lab", "estimated_hours": "5",
          "expected_enrolment": "60", "submission_date": "27 November 2026"})

# T05 ---------------------------------------------------------------------------------------------
doc(id="T05", file="PGx results in community pharmacy - concept form (fillable).pdf", shape="3", lang="en",
    route="reportlab AcroForm with generic field names (f1_01 … f1_22, c1_1 radio groups, Dropdown1 combo)",
    notes="Fillable PDF made from a generic template: text fields named f1_01 … f1_22 (no tooltips; the labels are only "
          "printed beside them), request type and endorsement as RADIO GROUPS c1_1 / c1_2 with export values '1', '2', '3', "
          "'4' in the order the options are printed (c1_1 = 2 -> 'Convert an existing program'; c1_2 = 3 -> 'In "
          "discussion'), delivery format a COMBO BOX Dropdown1 showing 'Online'. Incomplete: request type is "
          "existing_program but the existing-program field is blank, so existing_program_name is missing.",
    fields={
        "proposal_title": "Pharmacogenomic Test Results in Community Pharmacy Practice",
        "proposer_name": "Leopold Asante-Virtanen",
        "proposer_title": "Pharmacist, Continuing Education Lead",
        "proposer_department": "Pharmacy Practice Programs",
        "proposer_email": "lasante-virtanen@example.com",
        "proposer_phone": "905-555-0131",
        "request_type": "existing_program",
        "target_learners": "Community pharmacists and pharmacy technicians who receive pharmacogenomic (PGx) reports from "
                           "patients or prescribers",
        "rationale": "Direct-to-consumer and clinic PGx panels are now common, and patients bring the reports to their "
                     "pharmacy. Pharmacists tell us they do not feel able to interpret CYP2C19, CYP2D6 and SLCO1B1 results "
                     "or to explain them to patients.",
        "competencies": "Reading a PGx report; phenotype assignment; applying CPIC guideline recommendations; "
                        "communicating results and limits to patients; documenting and communicating with prescribers",
        "learning_outcomes": [
            "Translate a genotype result into a predicted phenotype for CYP2C19, CYP2D6 and SLCO1B1",
            "Apply a CPIC guideline to recommend a drug or dose change",
            "Explain the meaning and limits of a PGx result to a patient in plain language",
            "Write a concise recommendation to the prescriber"],
        "competency_framework": "NAPRA Professional Competencies for Canadian Pharmacists at Entry to Practice",
        "summative_assessment": "Three case-based written recommendations marked with a rubric, and a recorded patient "
                                "counselling role-play",
        "partner_name": "Northgate Pharmacy Cooperative",
        "partner_contact": "Ingrid Mwangi-Castellano, imwangi@example.com",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Extends Michener's continuing-education offer to pharmacy professionals with an online, "
                                    "assessed micro-course",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "May 2027",
        "expected_enrolment": 120,
        "submission_date": "2026-11-26"},
    disp={"estimated_hours": "8", "expected_enrolment": "120", "submission_date": "11/26/2026"})

# T06 ---------------------------------------------------------------------------------------------
doc(id="T06", file="Human milk room practice - concept form (spreadsheet).pdf", shape="4", lang="en",
    route="openpyxl workbook -> LibreOffice Calc -> PDF",
    notes="The concept form kept as a SPREADSHEET (column A labels, column B answers with wrapped text, shaded label "
          "column, gridlines) exported to PDF by LibreOffice Calc. Outcomes are one per row with numbered labels in "
          "column A ('Outcome 1' …); choices typed as words from a drop-down list ('Micro-course', 'Letter attached', "
          "'In person'); hours and enrolment numeric cells; the date a date cell formatted '26-Nov-2026'; page footer "
          "with the sheet name and page number (furniture).",
    fields={
        "proposal_title": "Human Milk Room Practice: Storage, Fortification and Traceability",
        "proposer_name": "Wilhelmina Oyelaran-Byrne",
        "proposer_title": "Clinical Dietitian, Neonatal",
        "proposer_department": "Clinical Nutrition – Women's and Infants' Program",
        "proposer_email": "woyelaran-byrne@example.org",
        "proposer_phone": "647-555-0156",
        "request_type": "micro_course",
        "target_learners": "Diet technicians, milk room technicians and NICU nurses who prepare expressed breast milk and "
                           "donor milk feeds",
        "rationale": "Milk-handling errors (wrong infant, expired milk, fortifier mis-measured) are among the most reported "
                     "NICU feeding incidents. Staff are trained locally with no common standard.",
        "competencies": "Safe storage and thawing of human milk; aseptic preparation of fortified feeds; barcode "
                        "traceability; error reporting",
        "learning_outcomes": [
            "Store, thaw and warm expressed and donor human milk according to evidence-based time limits",
            "Prepare fortified feeds accurately using aseptic technique",
            "Use two-identifier and barcode checks to prevent wrong-milk events",
            "Report and analyse a milk-handling incident"],
        "summative_assessment": "Observed preparation of three fortified feeds in the milk room (checklist) and an online "
                                "case quiz",
        "partner_name": "Regional Human Milk Bank of Eastern Ontario",
        "partner_contact": "Colette Abernethy-Shah, Milk Bank Coordinator",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Practice-based learning built with a clinical partner, as the Education Plan sets out "
                                    "for continuing education",
        "delivery_format": "in_person",
        "estimated_hours": 8,
        "proposed_start": "June 2027",
        "expected_enrolment": 24,
        "resources_required": "Access to a milk preparation room and a barcode scanner demo kit",
        "submission_date": "2026-11-26"},
    disp={"request_type": "Micro-course", "endorsement_status": "Letter attached", "delivery_format": "In person",
          "estimated_hours": "8", "expected_enrolment": "24", "submission_date": "26-Nov-2026"})

# T07 ---------------------------------------------------------------------------------------------
doc(id="T07", file="Newborn hearing screening (OAE) - concept form (browser print).pdf", shape="4", lang="en",
    route="HTML with CSS grid (label above answer, two-column cards) -> Chromium headless print-to-PDF",
    notes="An online form page printed from the browser (Chromium headless print-to-PDF): CSS grid of cards in TWO "
          "COLUMNS, each card a small grey label ABOVE its answer; long answers span both columns; the chosen options "
          "shown as filled radio glyphs '◉' and the others '○'; outcomes as an <ol>; date '2026-11-19'.",
    fields={
        "proposal_title": "Newborn Hearing Screening with Otoacoustic Emissions",
        "proposer_name": "Bartholomew Nwachukwu-Lind",
        "proposer_title": "Audiologist, Program Lead",
        "proposer_department": "Infant Hearing Program, Northshore Health",
        "proposer_email": "bnwachukwu-lind@example.org",
        "proposer_phone": "705-555-0174",
        "request_type": "new",
        "target_learners": "Newly hired infant hearing screeners and maternity-unit staff who screen newborns",
        "rationale": "Our program trains 30 or more new screeners each year one by one. Refer rates vary from 2 % to 9 % "
                     "between sites, largely because of probe fit and testing in noisy conditions.",
        "competencies": "Infant state management; probe fitting; running and interpreting OAE screens; family "
                        "communication; data entry and referral",
        "learning_outcomes": [
            "Prepare the infant and environment for a valid OAE screen",
            "Fit the probe and obtain a pass or refer result within protocol limits",
            "Explain screening results to families without causing undue alarm",
            "Record results and initiate referral according to provincial protocol"],
        "summative_assessment": "Supervised screening of ten newborns with a log reviewed by an audiologist, and an "
                                "online knowledge test",
        "partner_name": "Northshore Health Infant Hearing Program",
        "partner_contact": "Rosamund Teixeira-Obi, rteixeira@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Creates a new stackable credential with a health-system partner for a workforce with "
                                    "no formal training pathway",
        "delivery_format": "hybrid",
        "estimated_hours": 14,
        "proposed_start": "January 2027",
        "expected_enrolment": 40,
        "resources_required": "Two OAE screeners on loan from the partner; infant manikins",
        "submission_date": "2026-11-19"},
    disp={"estimated_hours": "14", "expected_enrolment": "40", "submission_date": "2026-11-19"})

# T08 ---------------------------------------------------------------------------------------------
doc(id="T08", file="Gram stain reading - concept form (flattened).pdf", shape="4", lang="en",
    route="reportlab AcroForm (Text1 … names) -> qpdf --generate-appearances --flatten-annotations=all",
    notes="A fillable PDF FLATTENED with qpdf (appearance streams generated, then all annotations flattened into page "
          "content): no form field survives, the values are drawn text inside the former boxes; check boxes leave a "
          "drawn mark only in the chosen box (the chosen option is the one whose box shows the check mark glyph). "
          "Incomplete: the partner box is blank and 'None yet' is ticked (a value: none), so partner_name is missing.",
    fields={
        "proposal_title": "Gram Stain Reading for Rural Laboratory Generalists",
        "proposer_name": "Kwame Oduro-Lindgren",
        "proposer_title": "Charge Technologist, Microbiology",
        "proposer_department": "Laboratory Medicine",
        "proposer_email": "koduro-lindgren@example.com",
        "proposer_phone": "807-555-0119",
        "request_type": "new",
        "target_learners": "Medical laboratory technologists in small hospital laboratories who read Gram stains after "
                           "hours without a microbiologist on site",
        "rationale": "Rural laboratories report critical Gram stain results overnight, but most generalist technologists "
                     "read fewer than five positive blood cultures a month. Discrepancy rates with the reference laboratory "
                     "reach 12 %.",
        "competencies": "Smear preparation and staining quality; recognising bacterial morphology and arrangement; "
                        "recognising cells and artefacts; critical-value reporting",
        "learning_outcomes": [
            "Prepare and stain smears that meet quality criteria",
            "Identify Gram-positive and Gram-negative morphologies and arrangements in clinical smears",
            "Distinguish artefacts and host cells from organisms",
            "Report critical Gram stain results using read-back"],
        "summative_assessment": "Digital slide examination of 20 clinical smears (pass mark 85 %)",
        "endorsement_status": "none",
        "education_plan_alignment": "Online learning that reaches practitioners outside the GTA, an Education Plan "
                                    "priority",
        "delivery_format": "online",
        "estimated_hours": 12,
        "proposed_start": "March 2027",
        "expected_enrolment": 75,
        "submission_date": "2026-11-24"},
    disp={"estimated_hours": "12", "expected_enrolment": "75", "submission_date": "24/11/2026"})

# T09 ---------------------------------------------------------------------------------------------
doc(id="T09", file="DXA precision and QA - concept form (printed sideways).pdf", shape="4", lang="en",
    route="reportlab landscape page, two columns of 'Label: answer' -> qpdf --rotate=+90",
    notes="Printed form laid out on a LANDSCAPE page in TWO COLUMNS ('Label: answer' paragraphs flowing down the left "
          "column then the right) and then ROTATED by 90° with qpdf (/Rotate on every page), as when a print driver "
          "is set wrong; text is intact but sideways. Options as '(x)' / '( )'; date '20.11.2026'.",
    fields={
        "proposal_title": "DXA Bone Densitometry: Precision Assessment and Quality Assurance",
        "proposer_name": "Henrietta Abiodun-Sørensen",
        "proposer_title": "Senior Technologist, Bone Densitometry",
        "proposer_department": "Medical Imaging",
        "proposer_email": "habiodun@example.org",
        "proposer_phone": "613-555-0127",
        "request_type": "micro_course",
        "target_learners": "Medical radiation technologists who perform DXA scans in hospital and community clinics",
        "rationale": "Few DXA sites have completed a precision study, so least significant change values are not known "
                     "and follow-up scans are misread. Phantom QA logs are often incomplete.",
        "competencies": "Patient positioning for spine and hip; performing a precision study; calculating least "
                        "significant change; daily phantom QA and trend review",
        "learning_outcomes": [
            "Position patients reproducibly for lumbar spine and proximal femur scans",
            "Carry out a precision study and calculate the least significant change",
            "Run and interpret daily phantom quality control",
            "Decide when a change between scans is significant"],
        "summative_assessment": "Submission of a completed precision study from the learner's own site, marked against a "
                                "rubric",
        "partner_name": "Osteoporosis Community Imaging Network",
        "partner_contact": "Farouk Villanueva-Hart, fvillanueva@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Work-integrated assessment using learners' own clinical data, in line with the "
                                    "Education Plan",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 45,
        "resources_required": "None beyond the LMS",
        "submission_date": "2026-11-20"},
    disp={"estimated_hours": "6", "expected_enrolment": "45", "submission_date": "20.11.2026"})

# T10 ---------------------------------------------------------------------------------------------
doc(id="T10", file="Bronchoscopy assisting for RTs - proposal deck.pdf", shape="5", lang="en",
    route="python-pptx slide deck -> LibreOffice Impress -> PDF",
    notes="A SLIDE DECK proposing the course (exported to PDF by LibreOffice Impress, one page per slide): title slide "
          "with the title, the presenter's name, role, department, email and phone on separate lines and the date; "
          "later slides in the proposer's own headings ('Why now', 'Who it's for', 'What they'll be able to do', "
          "'Skills covered', 'How we'll assess', 'Partner', 'Fit with the Education Plan', 'Logistics'); bullets in "
          "text answers joined with '; '; logistics slide bullets 'Format: blended' (= hybrid), 'About 16 hours', "
          "'Start: September 2027', '~32 learners a year'.",
    fields={
        "proposal_title": "Flexible Bronchoscopy Assisting for Respiratory Therapists",
        "proposer_name": "Cornelia Ashdown-Mensah",
        "proposer_title": "Respiratory Therapy Clinical Specialist",
        "proposer_department": "Respiratory Therapy, Bayshore General",
        "proposer_email": "cashdown-mensah@example.org",
        "proposer_phone": "416-555-0191",
        "request_type": "new",
        "target_learners": "Registered respiratory therapists who assist in bronchoscopy suites, ICUs and the OR",
        "rationale": "Bronchoscopy volumes up 40 % since 2023; RTs now assist with EBUS and cryobiopsy; No structured "
                     "training, only shadowing",
        "competencies": "Scope handling and set-up; Specimen collection (BAL, brushings, biopsies); Sedation and airway "
                        "monitoring; Complication response; Reprocessing hand-off",
        "learning_outcomes": [
            "Prepare the suite, scope and accessories for diagnostic and EBUS procedures",
            "Collect and label BAL, brush and biopsy specimens correctly",
            "Monitor oxygenation and ventilation during procedural sedation",
            "Respond to bleeding, desaturation and laryngospasm"],
        "summative_assessment": "Simulated bronchoscopy scenario with a checklist-based OSCE; 80 % to pass",
        "partner_name": "Bayshore General Interventional Pulmonology",
        "partner_contact": "Dr. Ansel Ogunbiyi-Wren",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Simulation-based, competency-focused credential for practising RTs",
        "delivery_format": "hybrid",
        "estimated_hours": 16,
        "proposed_start": "September 2027",
        "expected_enrolment": 32,
        "submission_date": "2026-11-23"},
    disp={"delivery_format": "Format: blended", "estimated_hours": "About 16 hours",
          "expected_enrolment": "~32 learners a year", "submission_date": "23 November 2026"})

# T11 ---------------------------------------------------------------------------------------------
doc(id="T11", file="Gmail - Re_ Portable ICU radiography micro-course.pdf", shape="5", lang="en",
    route="HTML thread (Gmail 'print all' look) -> Chromium headless print-to-PDF",
    notes="An EMAIL THREAD printed from webmail ('print all', three messages, oldest first): the proposer's first message "
          "with the idea, the CE coordinator's reply asking questions (her name, email, phone in her signature), and the "
          "proposer's answer message going through the questions in the order asked. DECISION: only the proposer's "
          "messages give values; the coordinator's name, email and phone are not values; the proposer's contact details "
          "are in her signature; submission_date is the date of the proposer's LAST message (the one that completes the "
          "proposal), 25 Nov 2026, not the first (18 Nov). 'it would be a micro-course' = micro_course; 'have said yes and "
          "will send a letter' = confirmed; 'mostly in person' with 'a short online pre-module' = hybrid.",
    fields={
        "proposal_title": "Portable Radiography in the ICU",
        "proposer_name": "Marisela Dunleavy-Achebe",
        "proposer_title": "Clinical Coordinator, Diagnostic Imaging",
        "proposer_department": "Medical Imaging, St. Brendan's Hospital",
        "proposer_email": "mdunleavy-achebe@example.com",
        "proposer_phone": "416-555-0165",
        "request_type": "micro_course",
        "target_learners": "newly graduated MRTs and staff technologists who rotate into ICU and ward portable work",
        "rationale": "Our repeat rate on ICU portables is close to 18 %, mostly rotation, tube angle and missed line tips, "
                     "and new grads tell us they dread ICU rotations",
        "competencies": "positioning ventilated and immobile patients; grid and tube alignment; infection prevention in "
                        "isolation rooms; recognising line and tube tips on the image",
        "learning_outcomes": [
            "Position a ventilated patient for an AP chest image with minimal rotation",
            "Align tube and grid to avoid grid cut-off",
            "Apply isolation precautions to portable equipment",
            "Check ETT, NG and central line tip positions before closing the exam"],
        "summative_assessment": "an image critique portfolio of 15 of their own ICU images, scored by two technologists, "
                                "plus a short simulated isolation-room exam",
        "partner_name": "St. Brendan's Hospital Medical Imaging",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It fits the Education Plan's push for practice-ready graduates and for partnerships "
                                    "with hospital departments",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "spring 2027",
        "expected_enrolment": 25,
        "submission_date": "2026-11-25"},
    disp={"estimated_hours": "about 6 hours", "expected_enrolment": "around 25 a year",
          "submission_date": "Wed, Nov 25, 2026"})

# T12 ---------------------------------------------------------------------------------------------
doc(id="T12", file="Project charter - Hypodermoclysis in palliative home care (v0.3).docx", shape="5", lang="en",
    route="python-docx, project-charter template (key-value table + headed sections)",
    review=True,
    notes="A PROJECT CHARTER used as the concept proposal (the cover line says it is submitted to CE as the concept "
          "proposal): charter headings ('Project name', 'Project lead', 'Business case', 'Stakeholders / audience', "
          "'Scope – skills in scope', 'Deliverables – learner outcomes', 'Success measures', 'Sponsor', 'Strategic "
          "fit', 'Schedule and resources'). MANUAL REVIEW DECISION: the charter table says 'Sponsor endorsement: "
          "letter of support attached' while the Risks section says 'Risk: sponsor has not yet formally agreed to "
          "endorse'. Contradictory: endorsement_status is not given, is listed in missing_required, needs_manual_review "
          "true. 'Success measures' gives the summative assessment; hours 'approx. 9 h'; enrolment '3 cohorts x 15 = "
          "45/yr' -> 45; date '2026/11/21'.",
    missing=["endorsement_status"],
    fields={
        "proposal_title": "Hypodermoclysis (Subcutaneous Hydration) in Palliative Home Care",
        "proposer_name": "Evangeline Sato-Mthembu",
        "proposer_title": "Palliative Care Nurse Consultant",
        "proposer_department": "Home and Community Care",
        "proposer_email": "esato-mthembu@example.org",
        "proposer_phone": "905-555-0148",
        "request_type": "new",
        "target_learners": "Registered practical nurses and personal support workers in palliative home care teams",
        "rationale": "Hypodermoclysis avoids hospital transfer for dehydrated palliative patients, but home care teams "
                     "rarely start it because few staff are trained to site, monitor and troubleshoot subcutaneous "
                     "infusions.",
        "competencies": "Site selection and insertion of a subcutaneous cannula; gravity and pump infusion set-up; "
                        "monitoring for oedema and site reactions; family teaching; documentation",
        "learning_outcomes": [
            "Select and prepare an appropriate subcutaneous site",
            "Insert and secure a subcutaneous cannula using aseptic technique",
            "Set up and monitor a gravity or pump infusion at the ordered rate",
            "Recognise complications and know when to stop the infusion",
            "Teach family caregivers what to observe"],
        "summative_assessment": "Each learner passes an observed insertion on a task trainer and one supervised home visit "
                                "assessed with the program checklist",
        "partner_name": "Grand River Hospice and Home Care",
        "partner_contact": "Ambrose Kiplagat-Neville, Director of Clinical Practice",
        "education_plan_alignment": "Community-based, interprofessional continuing education, one of the Education Plan's "
                                    "three priorities",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "Q3 2027",
        "expected_enrolment": 45,
        "resources_required": "Subcutaneous task trainers (4), infusion pumps on loan from the partner, travel for "
                              "supervised visits",
        "submission_date": "2026-11-21"},
    disp={"estimated_hours": "approx. 9 h", "expected_enrolment": "3 cohorts x 15 = 45/yr",
          "submission_date": "2026/11/21"})

# T13 ---------------------------------------------------------------------------------------------
doc(id="T13", file="Note de service - microcours ajustement des masques PPC.docx", shape="5", lang="fr",
    route="python-docx -> LibreOffice ODT -> LibreOffice DOCX (an ODT re-saved as DOCX)",
    notes="A FRENCH MEMO ('Note de service': À / De / Date / Objet lines) written in LibreOffice (ODT) and re-saved as "
          "DOCX: the proposer is the 'De' line with her title and department, email and phone in the signature; French "
          "headings in her own words ('Le besoin', 'À qui s'adresse le microcours', 'Ce que les participants sauront "
          "faire', 'Comment nous évaluerons', 'Partenaire', 'Lien avec le Plan d'éducation', 'Modalités'); 'un "
          "microcours' = micro_course; 'en discussion … rien n'est signé' = in_discussion; 'en ligne' = online; "
          "'environ 4 heures' -> 4; 'environ 70 par année' -> 70; date 'Le 2 décembre 2026'.",
    fields={
        "proposal_title": "Ajustement des masques de PPC en clinique du sommeil",
        "proposer_name": "Géraldine Nyambura-Lachance",
        "proposer_title": "Inhalothérapeute, chef d'équipe",
        "proposer_department": "Clinique du sommeil",
        "proposer_email": "gnyambura@example.org",
        "proposer_phone": "819-555-0138",
        "request_type": "micro_course",
        "target_learners": "Inhalothérapeutes et techniciens en polysomnographie qui installent des appareils de PPC",
        "rationale": "Près du tiers des patients abandonnent la PPC dans les trois premiers mois, souvent à cause d'un "
                     "masque mal choisi ou mal ajusté. Nos nouveaux employés apprennent l'ajustement par observation "
                     "seulement.",
        "competencies": "Choix du type et de la taille de masque; ajustement et vérification des fuites; lecture des "
                        "données d'observance; enseignement au patient",
        "learning_outcomes": [
            "Choisir le type et la taille de masque selon la morphologie et les habitudes du patient",
            "Ajuster le masque et corriger les fuites",
            "Interpréter un rapport d'observance et de fuites",
            "Enseigner l'entretien du masque et la conduite à tenir en cas d'inconfort"],
        "summative_assessment": "Un examen pratique filmé (ajustement sur un collègue) corrigé avec une grille, et un "
                                "quiz de 15 questions",
        "partner_name": "Réseau des cliniques du sommeil de l'Outaouais",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Le microcours répond à la priorité du Plan d'éducation sur la formation continue "
                                    "flexible et en ligne",
        "delivery_format": "online",
        "estimated_hours": 4,
        "proposed_start": "automne 2027",
        "expected_enrolment": 70,
        "submission_date": "2026-12-02"},
    disp={"estimated_hours": "environ 4 heures", "expected_enrolment": "environ 70 par année",
          "submission_date": "Le 2 décembre 2026"})

# T14 ---------------------------------------------------------------------------------------------
doc(id="T14", file="quick MC idea - IDDSI texture mod (notes).docx", shape="5", lang="en",
    route="python-docx, Normal paragraphs with shorthand labels and '-' bullets",
    notes="QUICK NOTES typed in Word by a manager: shorthand labels of her own ('Title:', 'Lead:', 'Why:', 'Who:', "
          "'Skills:', 'LOs:', 'Eval:', 'Partner:', 'Fit w/ Ed Plan:', 'Logistics:') and shorthand answers. The 'Lead:' "
          "line holds name, title, department, email and phone separated by ' – '; 'Logistics:' is one line holding "
          "format, hours, start and enrolment ('online + 1 in-person tasting lab (hybrid), ~6 hrs, start Sept '27, "
          "~80/yr'); 'Type: brand new MC' = new; 'Partner: … – LOS attached' = letter_attached; no date anywhere.",
    fields={
        "proposal_title": "IDDSI Texture Modification for Diet Aides and Cooks",
        "proposer_name": "Philippa Ruiz-Oyenuga",
        "proposer_title": "Food Svcs Mgr",
        "proposer_department": "Nutrition & Food Svcs, Elmwood LTC",
        "proposer_email": "pruiz-oyenuga@example.com",
        "proposer_phone": "555-0129",
        "request_type": "new",
        "target_learners": "diet aides, cooks & PSWs who prep or serve texture-modified food/fluids in LTC & hospitals",
        "rationale": "IDDSI adopted province-wide but staff never formally trained; audits show wrong textures served; "
                     "choking incidents x2 last yr",
        "competencies": "IDDSI levels 0-7; testing methods (flow test, fork pressure, spoon tilt); prep of purée / "
                        "minced & moist; thickening fluids; reading diet orders",
        "learning_outcomes": ["name & describe all IDDSI levels", "test foods & drinks w/ IDDSI methods",
                              "prepare foods to the ordered level", "catch & report texture errors before service"],
        "summative_assessment": "practical test: prep & test 3 items to assigned levels + 20-q quiz",
        "partner_name": "Elmwood Long-Term Care Homes",
        "partner_contact": "Jerome Achterberg",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "short, practical, stackable - what the plan asks for",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "Sept '27",
        "expected_enrolment": 80},
    disp={"delivery_format": "online + 1 in-person tasting lab (hybrid)", "estimated_hours": "~6 hrs",
          "expected_enrolment": "~80/yr"})

# T15 ---------------------------------------------------------------------------------------------
doc(id="T15", file="SCAN0007_2up.pdf", shape="6", lang="en",
    route="reportlab 'Label: answer' form (2 pages) -> pypdfium2 -> two pages reduced side by side on one landscape sheet "
          "(2-up photocopy) -> Pillow noise/threshold -> image-only PDF",
    review=True,
    notes="A 2-UP PHOTOCOPY SCAN: both pages of a printed 'Label: answer' form reduced side by side on one landscape "
          "sheet, black-and-white with speckle, saved as an image-only PDF (no text layer) -> manual review. fields are "
          "what a person reads on the sheet (source kept as _make/src_SCAN0007_2up.pdf).",
    fields={
        "proposal_title": "Urine Drug Screen Interpretation for Addiction Medicine Nurses",
        "proposer_name": "Oswaldo Ferreira-Kamau",
        "proposer_title": "Nurse Clinician",
        "proposer_department": "Addiction Medicine Service",
        "proposer_email": "oferreira-kamau@example.org",
        "proposer_phone": "416-555-0186",
        "request_type": "micro_course",
        "target_learners": "Nurses in rapid-access addiction medicine clinics and opioid agonist treatment programs",
        "rationale": "Point-of-care urine drug screens are used daily to guide treatment, but false positives, fentanyl "
                     "testing and specimen validity are often misunderstood, which harms trust with patients.",
        "competencies": "Immunoassay principles; cross-reactivity; specimen validity testing; confirmatory testing; "
                        "non-judgemental result discussion",
        "learning_outcomes": [
            "Explain how immunoassay screens work and where they fail",
            "Recognise likely false positives and when to request confirmation",
            "Assess specimen validity",
            "Discuss results with patients in a non-stigmatising way"],
        "summative_assessment": "Online case-based exam with ten result scenarios",
        "partner_name": "Metro Rapid Access Addiction Clinics",
        "partner_contact": "Yusra Delacroix-Amadi, ydelacroix@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Supports the Education Plan focus on equity and on learning for community practice",
        "delivery_format": "online",
        "estimated_hours": 4,
        "proposed_start": "April 2027",
        "expected_enrolment": 100,
        "submission_date": "2026-11-17"},
    disp={"estimated_hours": "4", "expected_enrolment": "100", "submission_date": "17 Nov 2026"})

# T16 ---------------------------------------------------------------------------------------------
doc(id="T16", file="INV-2026-1142 Keystone Clinical Education.pdf", shape="7", lang="en", form=False,
    route="fpdf2 invoice",
    notes="NOT a concept form: an INVOICE from an education consultancy to Michener CE for designing and delivering a "
          "workshop (course title, hours, learner count, rates, HST, payment terms, contact name, email, phone, PO "
          "number). Course words and contact details, but it bills for a course; it proposes nothing.",
    fields={})

# T17 ---------------------------------------------------------------------------------------------
doc(id="T17", file="Rapport d'examen annuel - microcertificat prélèvements pédiatriques 2025-2026.docx", shape="7",
    lang="fr", form=False, route="python-docx (headings, tables)",
    notes="NOT a concept form (French): the ANNUAL PROGRAM REVIEW REPORT of an EXISTING micro-credential (enrolment, "
          "completion and pass rates, results per learning outcome, summative assessment results, partner feedback, "
          "recommendations, signatures). Same vocabulary as a proposal (outcomes, assessment, partner, Education Plan), "
          "but it reports on a running credential.",
    fields={})

# T18 ---------------------------------------------------------------------------------------------
doc(id="T18", file="MC pipeline tracker - Dec 2026.pdf", shape="7", lang="en", form=False,
    route="openpyxl workbook (landscape, table) -> LibreOffice Calc -> PDF",
    notes="NOT a concept form: CE's MICRO-CREDENTIAL PIPELINE TRACKER exported from a spreadsheet: one row per "
          "proposal (title, lead, email, request type, partner, endorsement, hours, status, next step). It lists many "
          "proposals; it is not one proposal.",
    fields={})
