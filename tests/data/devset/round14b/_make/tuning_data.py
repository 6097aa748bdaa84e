DOCS = []

# ---- T1  G1 Word report with heading styles and a cover block
DOCS.append(dict(
    name="Proposal - Embryo Vitrification and Warming micro-credential (A Mehra-Foster)", ext="docx", genre="G1",
    route="docx_report", shape="5", lang="en",
    cover=dict(title="Embryo Vitrification and Warming: Competency-Based Practice",
               subtitle="Micro-credential proposal to Michener Continuing Education",
               lines=["Prepared by: Anjali Mehra-Foster, Senior Clinical Embryologist",
                      "Reproductive Medicine Laboratory, Harbourview Fertility Centre",
                      "anjali.mehrafoster@example.org | 416-555-0142",
                      "Date: 16 November 2026"], page_break=True),
    markup="""
# Summary
We propose a new micro-credential, **Embryo Vitrification and Warming: Competency-Based Practice**, for embryologists and andrology technologists in their first two years of IVF laboratory practice.
# The need
Vitrification has replaced slow freezing in every Canadian IVF laboratory, but most staff learn it by shadowing one senior colleague. Survival rates after warming vary from 88 % to 98 % between operators in the same laboratory, and accreditation inspectors now ask for documented, assessed competence for each cryo operator.
# Skills the course builds
- loading embryos on closed and open carrier devices
- timing equilibration and vitrification solution exposure
- cryo-storage inventory and double witnessing
- warming and post-warm survival grading
# Learning outcomes
By the end of the course learners will be able to:
1. Prepare vitrification and warming solutions and workstations to laboratory SOP.
2. Vitrify day-5 and day-6 blastocysts within the timed exposure windows.
3. Warm embryos and grade post-warm survival and re-expansion.
4. Complete witnessing and inventory records without transcription errors.
# How achievement is shown
Each learner vitrifies and warms ten donated research-consented or discarded-grade embryos under observation; a survival rate of at least 90 % and an error-free witnessing log are required to pass.
# Partner
The course is endorsed by the Canadian Fertility Laboratory Network, whose letter of support is attached (contact: Dr. Tomasz Wilk, tomasz.wilk@example.com).
# Education Plan
The micro-credential supports the Education Plan's commitment to stackable, competency-based credentials for laboratory professionals in emerging specialties.
# Logistics
| Item | Detail |
| Delivery | Hybrid (online theory, two laboratory days) |
| Total hours | 14 |
| First offering | May 2027 |
| Learners per year | 24 |
| Resources | Harbourview provides the laboratory, microscopes and carriers; Michener would provide the online modules and LMS. |
""",
    fields={
        "proposal_title": "Embryo Vitrification and Warming: Competency-Based Practice",
        "proposer_name": "Anjali Mehra-Foster", "proposer_title": "Senior Clinical Embryologist",
        "proposer_department": "Reproductive Medicine Laboratory",
        "proposer_email": "anjali.mehrafoster@example.org", "proposer_phone": "416-555-0142",
        "request_type": "new",
        "target_learners": "embryologists and andrology technologists in their first two years of IVF laboratory practice",
        "rationale": "Vitrification has replaced slow freezing in every Canadian IVF laboratory, but most staff learn it by shadowing one senior colleague. Survival rates after warming vary from 88 % to 98 % between operators in the same laboratory, and accreditation inspectors now ask for documented, assessed competence for each cryo operator.",
        "competencies": "loading embryos on closed and open carrier devices; timing equilibration and vitrification solution exposure; cryo-storage inventory and double witnessing; warming and post-warm survival grading",
        "learning_outcomes": ["Prepare vitrification and warming solutions and workstations to laboratory SOP.",
                              "Vitrify day-5 and day-6 blastocysts within the timed exposure windows.",
                              "Warm embryos and grade post-warm survival and re-expansion.",
                              "Complete witnessing and inventory records without transcription errors."],
        "summative_assessment": "Each learner vitrifies and warms ten donated research-consented or discarded-grade embryos under observation; a survival rate of at least 90 % and an error-free witnessing log are required to pass.",
        "partner_name": "Canadian Fertility Laboratory Network",
        "partner_contact": "Dr. Tomasz Wilk, tomasz.wilk@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "The micro-credential supports the Education Plan's commitment to stackable, competency-based credentials for laboratory professionals in emerging specialties.",
        "delivery_format": "hybrid", "estimated_hours": 14, "proposed_start": "May 2027", "expected_enrolment": 24,
        "resources_required": "Harbourview provides the laboratory, microscopes and carriers; Michener would provide the online modules and LMS.",
        "submission_date": "2026-11-16"},
    notes="Retyped proposal report (python-docx, Word Title/Subtitle/Heading 1 styles) with a cover block on its own page: title, 'Prepared by: name, title', department line with organisation after a comma (department = the unit), email | phone, date. Title in bold in the summary sentence, learners = phrase after 'for'; competencies bulleted (joined '; '); outcomes numbered after a lead-in; 'letter of support is attached' = letter_attached, contact in brackets after 'contact:'; logistics as a two-column table: 'Hybrid (online theory, two laboratory days)' = hybrid, 14, May 2027, 24, resources sentence."))

# ---- T2  G1 Word report, incomplete (no summative assessment)
DOCS.append(dict(
    name="Urodynamic Studies - concept proposal", ext="docx", genre="G1", route="docx_report", shape="5", lang="en",
    cover=dict(title="Performing Urodynamic Studies Safely and Accurately",
               lines=["Author: Beatriz Olumide-Grant", "Nurse Clinician, Urology Clinic — Eastgate Community Hospital",
                      "beatriz.olumide@example.com", "2026-11-20"]),
    markup="""
## Background
Eastgate and two neighbouring hospitals now run urodynamic studies five days a week, and wait times have pushed the clinics to train more nurses to run the studies. There is no Canadian course for this; new staff learn from the equipment vendor's two-hour demo, and our last audit found artefacts or missing traces in 1 of 6 studies.
## What we are asking for
We are asking Michener CE to develop a micro-course with us. It is meant for registered nurses and medical device technologists who set up and run urodynamic studies in outpatient urology and urogynaecology clinics.
## Competencies
Learners would gain competence in patient preparation and catheter placement, zeroing and calibrating transducers, recognising and correcting artefacts during filling and voiding, and documenting studies to ICS good urodynamic practice standards.
## Outcomes
- Explain the indications and contraindications for filling cystometry and pressure-flow studies
- Set up and calibrate the urodynamic system and catheters
- Identify common artefacts on live traces and correct them
- Produce a complete, annotated study record
## Partner
The Ontario Continence Nurses Association has agreed to endorse the course; their letter will follow once the board meets in January.
## Strategic fit
It matches the Education Plan priority on short, flexible credentials that respond to system pressures such as surgical and diagnostic wait times.
## Practical details
The course would run online over 10 hours, with an optional clinic observation day, for about 40 learners a year, starting in March 2027. We can provide two clinical instructors and access to de-identified study traces.
""",
    fields={
        "proposal_title": "Performing Urodynamic Studies Safely and Accurately",
        "proposer_name": "Beatriz Olumide-Grant", "proposer_title": "Nurse Clinician", "proposer_department": "Urology Clinic",
        "proposer_email": "beatriz.olumide@example.com", "request_type": "micro_course",
        "target_learners": "registered nurses and medical device technologists who set up and run urodynamic studies in outpatient urology and urogynaecology clinics",
        "rationale": "Eastgate and two neighbouring hospitals now run urodynamic studies five days a week, and wait times have pushed the clinics to train more nurses to run the studies. There is no Canadian course for this; new staff learn from the equipment vendor's two-hour demo, and our last audit found artefacts or missing traces in 1 of 6 studies.",
        "competencies": "patient preparation and catheter placement; zeroing and calibrating transducers; recognising and correcting artefacts during filling and voiding; documenting studies to ICS good urodynamic practice standards",
        "competency_framework": "ICS good urodynamic practice standards",
        "learning_outcomes": ["Explain the indications and contraindications for filling cystometry and pressure-flow studies",
                              "Set up and calibrate the urodynamic system and catheters",
                              "Identify common artefacts on live traces and correct them",
                              "Produce a complete, annotated study record"],
        "partner_name": "Ontario Continence Nurses Association", "endorsement_status": "confirmed",
        "education_plan_alignment": "It matches the Education Plan priority on short, flexible credentials that respond to system pressures such as surgical and diagnostic wait times.",
        "delivery_format": "online", "estimated_hours": 10, "proposed_start": "March 2027", "expected_enrolment": 40,
        "resources_required": "We can provide two clinical instructors and access to de-identified study traces.",
        "submission_date": "2026-11-20"},
    notes="Retyped proposal (python-docx) with a short cover block (Title style, 'Author:' line, 'Nurse Clinician, Urology Clinic — Eastgate Community Hospital' = title + department, the hospital after the dash is not the department, email, ISO date), Heading 2 sections. 'develop a micro-course with us' = micro_course; learners = phrase after 'meant for'; competencies as an inline list after 'competence in' (items joined '; '), framework = 'ICS good urodynamic practice standards' named inside the last item (also kept in that item); outcomes bulleted without stops; 'has agreed to endorse ... letter will follow' = confirmed; ONE paragraph gives online, 10 hours (the optional observation day is not counted), about 40, March 2027, then the resources sentence. Incomplete: no summative assessment anywhere."))

# ---- T3  G2 pandoc markdown -> DOCX, existing program
DOCS.append(dict(
    name="cochlear-implant-programming-microcredential", ext="docx", genre="G2", route="pandoc_docx", shape="5", lang="en",
    meta={"title": "Cochlear Implant Programming Essentials", "author": "Priya Ramaswamy-Cole", "date": "November 23, 2026"},
    markup="""
## 1. What this is
This is a request to convert our existing **Cochlear Implant Fundamentals Workshop** (two days, run in-house since 2021) into a Michener micro-credential called Cochlear Implant Programming Essentials.
## 2. Who would take it
Audiologists who are new to implant programming, and audiology assistants supporting adult and paediatric implant clinics.
## 3. Why now
Candidacy criteria widened in 2025 and implant clinics in the province expect 30 % more recipients over three years. Clinics cannot hire experienced programmers, so they need to grow them; the current workshop gives no credential and has no assessment.
## 4. Competencies
- electrode impedance and telemetry checks
- setting threshold and comfort levels (behavioural and objective)
- troubleshooting device and sound-quality complaints
- counselling recipients and families on programme changes
Mapped to the Canadian Academy of Audiology scope of practice.
## 5. Learning outcomes
1. Run impedance and neural response telemetry and interpret the results.
2. Create and adjust a programme (MAP) for an adult recipient.
3. Adapt programming techniques for a child under five.
4. Resolve common troubleshooting scenarios using a structured approach.
## 6. Summative assessment
Two recorded programming sessions with standardised patients, marked against a checklist by a senior audiologist, plus a case-based written exam.
## 7. Endorsement
The Ontario Implant Audiology Network endorses the proposal and has agreed to provide a letter (contact: Ines Vasquez, ines.vasquez@example.org).
## 8. Alignment with the Education Plan
Extends Michener's reach into audiology and supports the plan's goal of converting proven in-house training into recognised credentials.
## 9. Logistics
Hybrid — 8 hours online and one 6-hour skills day (14 hours). First cohort September 2027; 2 cohorts of 12 a year (24). We would need a programming lab with two clinical software licences, which Northshore can lend.

Priya Ramaswamy-Cole, Audiologist and Clinical Lead
Cochlear Implant Program, Northshore Hearing Implant Program
priya.ramaswamy@example.org · 905-555-0167
""",
    fields={
        "proposal_title": "Cochlear Implant Programming Essentials",
        "proposer_name": "Priya Ramaswamy-Cole", "proposer_title": "Audiologist and Clinical Lead",
        "proposer_department": "Cochlear Implant Program",
        "proposer_email": "priya.ramaswamy@example.org", "proposer_phone": "905-555-0167",
        "request_type": "existing_program", "existing_program_name": "Cochlear Implant Fundamentals Workshop",
        "target_learners": "Audiologists who are new to implant programming, and audiology assistants supporting adult and paediatric implant clinics.",
        "rationale": "Candidacy criteria widened in 2025 and implant clinics in the province expect 30 % more recipients over three years. Clinics cannot hire experienced programmers, so they need to grow them; the current workshop gives no credential and has no assessment.",
        "competencies": "electrode impedance and telemetry checks; setting threshold and comfort levels (behavioural and objective); troubleshooting device and sound-quality complaints; counselling recipients and families on programme changes",
        "competency_framework": "Canadian Academy of Audiology scope of practice",
        "learning_outcomes": ["Run impedance and neural response telemetry and interpret the results.",
                              "Create and adjust a programme (MAP) for an adult recipient.",
                              "Adapt programming techniques for a child under five.",
                              "Resolve common troubleshooting scenarios using a structured approach."],
        "summative_assessment": "Two recorded programming sessions with standardised patients, marked against a checklist by a senior audiologist, plus a case-based written exam.",
        "partner_name": "Ontario Implant Audiology Network", "partner_contact": "Ines Vasquez, ines.vasquez@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Extends Michener's reach into audiology and supports the plan's goal of converting proven in-house training into recognised credentials.",
        "delivery_format": "hybrid", "estimated_hours": 14, "proposed_start": "September 2027", "expected_enrolment": 24,
        "resources_required": "We would need a programming lab with two clinical software licences, which Northshore can lend.",
        "submission_date": "2026-11-23"},
    notes="Markdown converted by pandoc to DOCX: YAML title/author/date become Title/Author/Date paragraphs; numbered '## 1. …' headings typed by the writer; 'convert our existing **X** … into a Michener micro-credential called <title>' = existing_program with the program named; learners section is a full sentence (stop kept); competencies bulleted plus a 'Mapped to …' line (framework, not a competency); 'endorses the proposal and has agreed to provide a letter' = confirmed; logistics paragraph: 'Hybrid — 8 hours online and one 6-hour skills day (14 hours)' -> 14; '2 cohorts of 12 a year (24)' -> 24; signature block at the end: 'Audiologist and Clinical Lead' title, 'Cochlear Implant Program, <org>' -> department is the first part; date from the YAML date 'November 23, 2026'."))

# ---- T4  G2 pandoc markdown -> HTML -> PDF, incomplete (no partner)
DOCS.append(dict(
    name="Colorectal grossing micro-credential - proposal", ext="pdf", genre="G2", route="pandoc_pdf", shape="5", lang="en",
    meta={"title": "Grossing Colorectal Resection Specimens", "author": "Marcus Ferreira-Lind, Pathologists' Assistant", "date": "2026-11-27"},
    markup="""
Submitted to Continuing Education, The Michener Institute. Contact: marcus.ferreira@example.com, 647-555-0133.
## Proposal
I would like to propose a new micro-credential on grossing colorectal resection specimens, aimed at pathologists' assistants and senior histology technologists who have started grossing GI specimens.
## Why it's needed
Colorectal resections are among the most frequent complex specimens in our laboratories, and lymph node yield below the 12-node standard is still the most common reason for a synoptic report query. Training is informal and varies between sites.
## Skills
Orientation and inking of the specimen, measurement of margins including the circumferential radial margin, total mesorectal excision grading, lymph node harvesting and block selection for synoptic reporting.
## Outcomes
After the course, participants can:
- grade the quality of a total mesorectal excision;
- ink, open and section a colorectal resection to protocol;
- harvest at least 12 lymph nodes where present;
- select blocks that answer every synoptic checklist item.
## Assessment
Supervised grossing of five specimens, each marked against a structured rubric, plus a photo-based block selection quiz; learners must meet the standard on all five.
## Partner
We have not approached an external partner yet and would value CE's suggestions.
## Education Plan
The course supports the Education Plan's focus on advanced practice and laboratory quality.
## Practicalities
- Format: in person, at the host laboratory
- Hours: 12
- Start: winter 2027
- Learners: about 18 per year
""",
    fields={
        "proposal_title": "Grossing Colorectal Resection Specimens",
        "proposer_name": "Marcus Ferreira-Lind", "proposer_title": "Pathologists' Assistant",
        "proposer_email": "marcus.ferreira@example.com", "proposer_phone": "647-555-0133",
        "request_type": "new",
        "target_learners": "pathologists' assistants and senior histology technologists who have started grossing GI specimens",
        "rationale": "Colorectal resections are among the most frequent complex specimens in our laboratories, and lymph node yield below the 12-node standard is still the most common reason for a synoptic report query. Training is informal and varies between sites.",
        "competencies": "Orientation and inking of the specimen; measurement of margins including the circumferential radial margin; total mesorectal excision grading; lymph node harvesting and block selection for synoptic reporting",
        "learning_outcomes": ["grade the quality of a total mesorectal excision;", "ink, open and section a colorectal resection to protocol;",
                              "harvest at least 12 lymph nodes where present;", "select blocks that answer every synoptic checklist item."],
        "summative_assessment": "Supervised grossing of five specimens, each marked against a structured rubric, plus a photo-based block selection quiz; learners must meet the standard on all five.",
        "endorsement_status": "none",
        "education_plan_alignment": "The course supports the Education Plan's focus on advanced practice and laboratory quality.",
        "delivery_format": "in_person", "estimated_hours": 12, "proposed_start": "winter 2027", "expected_enrolment": 18,
        "submission_date": "2026-11-27"},
    notes="Markdown -> pandoc standalone HTML -> PDF (WeasyPrint, the 'HTML printed to PDF' route): pandoc title block (title, 'author' line holding name and title, date), a contact line, '##' headings. Title only in the title block (the proposal sentence describes it in lower case); 'a new micro-credential' = new; learners after 'aimed at'; competencies one sentence with an inline comma list (items joined '; ', last item 'lymph node harvesting and block selection for synoptic reporting' is one item because of 'and'); outcomes bulleted after a lead-in, each ending ';' or '.' as typed; 'not approached an external partner yet' = none, partner_name missing; practicalities as 'Format:/Hours:/Start:/Learners:' bullets ('about 18 per year' -> 18). No department given. Incomplete: partner_name missing."))

# ---- T5  G3 LaTeX article
DOCS.append(dict(
    name="hyperbaric_chamber_operations_proposal", ext="pdf", genre="G3", route="latex", shape="5", lang="en",
    title="Hyperbaric Chamber Operations for Allied Health Staff",
    author_lines=["Daniel Okwuosa, Hyperbaric Safety Director", "Hyperbaric Medicine Unit, Lakeview General Hospital",
                  "daniel.okwuosa@example.org, 416-555-0159"], date="December 1, 2026",
    markup="""
# Proposal
We propose a new micro-credential, Hyperbaric Chamber Operations for Allied Health Staff, for respiratory therapists, nurses and technicians who operate or attend inside multiplace hyperbaric chambers.
# Rationale
Three new multiplace chambers will open in the province in 2027. Chamber operators currently train abroad or through a vendor course that does not cover Canadian standards (CSA Z275.1), and the two existing units cannot release staff to train newcomers.
# Competencies
The course targets four competencies:
- chamber pressurisation and decompression control
- fire safety and emergency procedures inside the chamber
- patient monitoring and ventilation at pressure
- recognition and first response to oxygen toxicity and barotrauma
# Learning outcomes
Learners who complete the course will be able to:
1. Conduct a pre-dive chamber safety check to CSA Z275.1.
2. Operate the chamber through a standard treatment table.
3. Manage a ventilated patient at 2.8 ATA.
4. Lead the team through a simulated chamber fire and a seizure at depth.
# Summative assessment
A simulated treatment run with two embedded emergencies, assessed by two certified hyperbaric supervisors using a standard checklist, and a 40-question written test (pass mark 80 %).
# Endorsement and fit
The Canadian Undersea and Hyperbaric Medical Association has endorsed the course in writing; its letter is enclosed (contact: Dr. Helen Marchetti, helen.marchetti@example.com). The course fits the Education Plan by preparing allied health staff for new specialised services and by using simulation for high-risk skills.
# Logistics
| Delivery format | Blended (online modules and chamber sessions) |
| Duration | 20 hours |
| Proposed start | Spring 2027 |
| Expected learners | 16 per year |
| Resources | Lakeview provides chamber time and two instructors; CE provides the online platform. |
""",
    fields={
        "proposal_title": "Hyperbaric Chamber Operations for Allied Health Staff",
        "proposer_name": "Daniel Okwuosa", "proposer_title": "Hyperbaric Safety Director",
        "proposer_department": "Hyperbaric Medicine Unit",
        "proposer_email": "daniel.okwuosa@example.org", "proposer_phone": "416-555-0159",
        "request_type": "new",
        "target_learners": "respiratory therapists, nurses and technicians who operate or attend inside multiplace hyperbaric chambers",
        "rationale": "Three new multiplace chambers will open in the province in 2027. Chamber operators currently train abroad or through a vendor course that does not cover Canadian standards (CSA Z275.1), and the two existing units cannot release staff to train newcomers.",
        "competencies": "chamber pressurisation and decompression control; fire safety and emergency procedures inside the chamber; patient monitoring and ventilation at pressure; recognition and first response to oxygen toxicity and barotrauma",
        "learning_outcomes": ["Conduct a pre-dive chamber safety check to CSA Z275.1.", "Operate the chamber through a standard treatment table.",
                              "Manage a ventilated patient at 2.8 ATA.", "Lead the team through a simulated chamber fire and a seizure at depth."],
        "summative_assessment": "A simulated treatment run with two embedded emergencies, assessed by two certified hyperbaric supervisors using a standard checklist, and a 40-question written test (pass mark 80 %).",
        "partner_name": "Canadian Undersea and Hyperbaric Medical Association",
        "partner_contact": "Dr. Helen Marchetti, helen.marchetti@example.com", "endorsement_status": "letter_attached",
        "education_plan_alignment": "The course fits the Education Plan by preparing allied health staff for new specialised services and by using simulation for high-risk skills.",
        "delivery_format": "hybrid", "estimated_hours": 20, "proposed_start": "Spring 2027", "expected_enrolment": 16,
        "resources_required": "Lakeview provides chamber time and two instructors; CE provides the online platform.",
        "submission_date": "2026-12-01"},
    notes="LaTeX article (pdflatex, Computer Modern): \\maketitle block with the title, three author lines (name + title; department + organisation; email, phone) and date; numbered \\section headings; title repeated in the first sentence, learners after 'for'; competencies itemize after a lead-in; outcomes enumerate after a lead-in; one 'Endorsement and fit' section gives partner, 'endorsed … in writing; its letter is enclosed' = letter_attached, contact in brackets, and the Education Plan sentence; logistics as a ruled tabular without a header row: 'Blended …' = hybrid, '20 hours', '16 per year'. The standard 'CSA Z275.1' is mentioned in the rationale, not given as a framework."))

# ---- T6  G4 Google-Docs-like export, French
DOCS.append(dict(
    name="Proposition de microcertification - Dépistage visuel orthoptique (Google Docs)", ext="docx", genre="G4",
    route="gdocs", shape="5", lang="fr",
    cover=dict(title="Dépistage visuel orthoptique chez l'enfant d'âge scolaire",
               lines=["Proposition soumise par Élodie Thibault-Nguyen, orthoptiste coordonnatrice, Clinique d'ophtalmologie pédiatrique",
                      "Courriel : elodie.thibault@example.org — Tél. : 613-555-0121", "Le 18 novembre 2026"]),
    markup="""
# Objet de la demande
Nous proposons la création d'une nouvelle microcertification destinée aux infirmières scolaires et aux assistantes en orthoptie qui effectuent le dépistage visuel des enfants de 4 à 8 ans.
# Besoin
Depuis la mise en place du dépistage visuel universel en maternelle, les conseils scolaires manquent de personnel formé : près d'un enfant sur cinq est orienté à tort, ce qui allonge les listes d'attente en ophtalmologie pédiatrique.
# Compétences visées
- mesure de l'acuité visuelle avec optotypes adaptés à l'âge
- test de l'écran et détection du strabisme
- évaluation de la vision stéréoscopique
- orientation selon les critères de la Société canadienne d'ophtalmologie
# Résultats d'apprentissage
1. Réaliser un dépistage complet de l'acuité visuelle chez un enfant de 4 à 8 ans.
2. Reconnaître un strabisme manifeste ou latent au test de l'écran.
3. Interpréter un test de stéréoscopie.
4. Orienter l'enfant selon les critères reconnus et expliquer le résultat aux parents.
# Évaluation sommative
Examen pratique filmé sur trois enfants (ou patients standardisés) corrigé à l'aide d'une grille, et un questionnaire de cas.
# Partenaire
L'Association des orthoptistes de l'Ontario appuie le projet ; une lettre d'appui est jointe.
# Lien avec le Plan d'éducation
Le projet répond à l'engagement du Plan d'éducation de Michener envers l'offre de formation en français et la santé des enfants.
# Modalités
La formation se donnerait en ligne, en 9 heures, à partir de février 2027, pour environ 50 personnes par année. Notre clinique fournit les vidéos de démonstration et deux formatrices.
""",
    fields={
        "proposal_title": "Dépistage visuel orthoptique chez l'enfant d'âge scolaire",
        "proposer_name": "Élodie Thibault-Nguyen", "proposer_title": "orthoptiste coordonnatrice",
        "proposer_department": "Clinique d'ophtalmologie pédiatrique",
        "proposer_email": "elodie.thibault@example.org", "proposer_phone": "613-555-0121",
        "request_type": "new",
        "target_learners": "infirmières scolaires et aux assistantes en orthoptie qui effectuent le dépistage visuel des enfants de 4 à 8 ans",
        "rationale": "Depuis la mise en place du dépistage visuel universel en maternelle, les conseils scolaires manquent de personnel formé : près d'un enfant sur cinq est orienté à tort, ce qui allonge les listes d'attente en ophtalmologie pédiatrique.",
        "competencies": "mesure de l'acuité visuelle avec optotypes adaptés à l'âge; test de l'écran et détection du strabisme; évaluation de la vision stéréoscopique; orientation selon les critères de la Société canadienne d'ophtalmologie",
        "learning_outcomes": ["Réaliser un dépistage complet de l'acuité visuelle chez un enfant de 4 à 8 ans.",
                              "Reconnaître un strabisme manifeste ou latent au test de l'écran.",
                              "Interpréter un test de stéréoscopie.",
                              "Orienter l'enfant selon les critères reconnus et expliquer le résultat aux parents."],
        "summative_assessment": "Examen pratique filmé sur trois enfants (ou patients standardisés) corrigé à l'aide d'une grille, et un questionnaire de cas.",
        "partner_name": "Association des orthoptistes de l'Ontario", "endorsement_status": "letter_attached",
        "education_plan_alignment": "Le projet répond à l'engagement du Plan d'éducation de Michener envers l'offre de formation en français et la santé des enfants.",
        "delivery_format": "online", "estimated_hours": 9, "proposed_start": "février 2027", "expected_enrolment": 50,
        "resources_required": "Notre clinique fournit les vidéos de démonstration et deux formatrices.",
        "submission_date": "2026-11-18"},
    notes="French Google-Docs-style export (python-docx, Arial, Title style then Heading 1 headings numbered '1. …' as typed text, as Docs exports manually numbered headings): byline sentence 'Proposition soumise par <nom>, <titre>, <département>' gives three fields; 'Courriel : … — Tél. : …' line; 'Le 18 novembre 2026'. 'nouvelle microcertification' = new; learners = phrase after 'destinée aux'; competencies bulleted (joined '; '); outcomes numbered; 'appuie le projet ; une lettre d'appui est jointe' = letter_attached (partner_name without the sentence-initial article L'); one 'Modalités' paragraph gives en ligne (online), 9 heures, février 2027 (after 'à partir de'), environ 50, then resources."))

# ---- T7  G5 e-mail body saved as DOCX
DOCS.append(dict(
    name="RE Therapeutic apheresis course idea", ext="docx", genre="G5", route="email_docx", shape="5", lang="en",
    email_header=[("From", "Kwame Asante-Boateng <kwame.asante@example.com>"), ("Sent", "Monday, November 30, 2026 10:42 AM"),
                  ("To", "ce@michener.example"), ("Cc", "Joanne Whitlock <joanne.whitlock@example.com>"),
                  ("Subject", "RE: Therapeutic apheresis course idea")],
    markup="""
Hello CE team,
Following our call last week, here is the write-up for the micro-credential we discussed. We'd call it "Therapeutic Apheresis Nursing: Procedures and Patient Safety" and it would be a brand-new offering, not a conversion of anything we run now.
It's for registered nurses who are new to apheresis units or who float to them from haematology and dialysis. Our unit has grown from 900 to 1,600 procedures a year since 2022, and every new hire takes about four months to reach independent practice because there is no structured course in Canada outside Quebec.
The skills we want to build are vascular access assessment, machine set-up and priming, anticoagulation and citrate toxicity management, and recognising and responding to adverse reactions.
By the end, nurses should be able to:
- set up and prime the apheresis device for plasma exchange and red cell exchange
- calculate replacement fluid volumes
- monitor for and manage citrate toxicity and hypotension
- document the procedure to ASFA guideline standards
For assessment we'd use a direct observation of one full plasma exchange procedure with a competency checklist, and an online calculation test.
The Canadian Apheresis Group is on board and has said they'll send a support letter before the committee meets; our contact there is Lorraine Fitzpatrick, l.fitzpatrick@example.com.
On fit: it supports the Education Plan's goal of building specialised nursing capacity in partnership with hospitals.
Practically, we'd see it as blended, about 16 hours in total, for roughly 30 nurses a year, starting September 2027. We can supply the training apheresis machine and our two nurse educators.
Thanks,
Kwame
Kwame Asante-Boateng, RN
Nurse Educator, Apheresis Unit
St. Brendan's Health Centre
Tel. 416-555-0177
""",
    fields={
        "proposal_title": "Therapeutic Apheresis Nursing: Procedures and Patient Safety",
        "proposer_name": "Kwame Asante-Boateng", "proposer_title": "Nurse Educator", "proposer_department": "Apheresis Unit",
        "proposer_email": "kwame.asante@example.com", "proposer_phone": "416-555-0177",
        "request_type": "new",
        "target_learners": "registered nurses who are new to apheresis units or who float to them from haematology and dialysis",
        "rationale": "Our unit has grown from 900 to 1,600 procedures a year since 2022, and every new hire takes about four months to reach independent practice because there is no structured course in Canada outside Quebec.",
        "competencies": "vascular access assessment; machine set-up and priming; anticoagulation and citrate toxicity management; recognising and responding to adverse reactions",
        "learning_outcomes": ["set up and prime the apheresis device for plasma exchange and red cell exchange",
                              "calculate replacement fluid volumes", "monitor for and manage citrate toxicity and hypotension",
                              "document the procedure to ASFA guideline standards"],
        "summative_assessment": "a direct observation of one full plasma exchange procedure with a competency checklist, and an online calculation test",
        "partner_name": "Canadian Apheresis Group", "partner_contact": "Lorraine Fitzpatrick, l.fitzpatrick@example.com",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "it supports the Education Plan's goal of building specialised nursing capacity in partnership with hospitals",
        "delivery_format": "hybrid", "estimated_hours": 16, "proposed_start": "September 2027", "expected_enrolment": 30,
        "resources_required": "We can supply the training apheresis machine and our two nurse educators.",
        "submission_date": "2026-11-30"},
    notes="An Outlook-style e-mail body saved as DOCX (python-docx): bold From/Sent/To/Cc/Subject header lines, then a chatty body with no headings. Title in quotes after 'We'd call it' ('brand-new offering' = new); learners after 'It's for'; rationale = the next sentence of the same paragraph; competencies inline list after 'The skills we want to build are' (joined '; '); outcomes bulleted after a lead-in; assessment = phrase after 'we'd use'; 'is on board and has said they'll send a support letter' = confirmed. partner contact after 'our contact there is'; the Cc'd colleague is not a value; Education Plan = lower-case phrase after 'On fit:' (no stop); one paragraph gives blended (hybrid), 16, 30, September 2027, then resources. Email from the From line; signature: 'RN' dropped, title + department line, organisation line is not the department, 'Tel.' phone; Sent date."))

# ---- T8  G6 two-column brochure (reportlab frames)
DOCS.append(dict(
    name="Cast Application brochure - micro-credential proposal", ext="pdf", genre="G6", route="brochure", shape="5", lang="en",
    banner="Plaster & Fibreglass Cast Application", tagline="A proposed micro-credential for orthopaedic technologists",
    markup="""
# About the proposal
The Fracture Clinic at Riverbend Health proposes a new micro-credential, **Plaster and Fibreglass Cast Application for Orthopaedic Technologists**.
# Who it's for
Orthopaedic technologists, emergency department nurses and physiotherapy assistants who apply and remove casts.
# The gap
Cast complications (pressure sores, compartment concerns, re-manipulation) account for 1 in 12 fracture-clinic revisits in our audit. There is no recognised training for casting outside the orthopaedic technologist certificate, and emergency departments rely on staff who learned on the job.
# Skills
- padding and moulding techniques for common fractures
- safe cast removal with oscillating saws
- neurovascular assessment after casting
- patient teaching on cast care
# Outcomes
1. Apply below-elbow, scaphoid and below-knee casts that meet clinic standards.
2. Bivalve and remove a cast safely.
3. Perform and document a neurovascular assessment.
4. Teach patients and families how to care for a cast.
# Assessment
Each learner applies three casts on a volunteer, graded by an orthopaedic technologist against the clinic's quality checklist, and completes an online quiz.
# Backing
Endorsed by the Canadian Society of Orthopaedic Technologists — letter of support enclosed.
# Education Plan
Builds interprofessional skills in acute care and responds to the Education Plan's call for credentials that meet employer needs.
# At a glance
| Format | In person (skills lab) |
| Hours | 7 |
| Start | January 2027 |
| Learners/year | 48 (four sessions of 12) |
| We provide | casting supplies and two instructors |
""",
    contact_panel=["**Contact**", "Graham Oyelaran-Price", "Lead Orthopaedic Technologist, Fracture Clinic",
                   "graham.oyelaran@example.org", "905-555-0184", "Submitted 24 November 2026"],
    fields={
        "proposal_title": "Plaster and Fibreglass Cast Application for Orthopaedic Technologists",
        "proposer_name": "Graham Oyelaran-Price", "proposer_title": "Lead Orthopaedic Technologist",
        "proposer_department": "Fracture Clinic",
        "proposer_email": "graham.oyelaran@example.org", "proposer_phone": "905-555-0184",
        "request_type": "new",
        "target_learners": "Orthopaedic technologists, emergency department nurses and physiotherapy assistants who apply and remove casts.",
        "rationale": "Cast complications (pressure sores, compartment concerns, re-manipulation) account for 1 in 12 fracture-clinic revisits in our audit. There is no recognised training for casting outside the orthopaedic technologist certificate, and emergency departments rely on staff who learned on the job.",
        "competencies": "padding and moulding techniques for common fractures; safe cast removal with oscillating saws; neurovascular assessment after casting; patient teaching on cast care",
        "learning_outcomes": ["Apply below-elbow, scaphoid and below-knee casts that meet clinic standards.", "Bivalve and remove a cast safely.",
                              "Perform and document a neurovascular assessment.", "Teach patients and families how to care for a cast."],
        "summative_assessment": "Each learner applies three casts on a volunteer, graded by an orthopaedic technologist against the clinic's quality checklist, and completes an online quiz.",
        "partner_name": "Canadian Society of Orthopaedic Technologists", "endorsement_status": "letter_attached",
        "education_plan_alignment": "Builds interprofessional skills in acute care and responds to the Education Plan's call for credentials that meet employer needs.",
        "delivery_format": "in_person", "estimated_hours": 7, "proposed_start": "January 2027", "expected_enrolment": 48,
        "resources_required": "casting supplies and two instructors",
        "submission_date": "2026-11-24"},
    notes="Two-column brochure (reportlab BaseDocTemplate with two Frames, landscape Letter): coloured banner with a short headline 'Plaster & Fibreglass Cast Application' and a tagline (not the title; the full title is in bold in the first section); text flows from the left column into the right; 'At a glance' table without header row: 'In person (skills lab)' = in_person, 7, January 2027, '48 (four sessions of 12)' -> 48, 'We provide' row = resources (lower-case phrase, no stop); partner said in a sentence fragment 'Endorsed by … — letter of support enclosed' = letter_attached; contact panel at the end of the right column: name, 'title, department', email, phone, 'Submitted 24 November 2026'."))

# ---- T9  G7 look-alike: course outline
DOCS.append(dict(
    name="Course Outline - Cerumen Management and Ear Irrigation (Winter 2027)", ext="docx", genre="G7", route="docx_report",
    shape="7", lang="en",
    cover=dict(title="Course Outline: Cerumen Management and Ear Irrigation",
               lines=["Continuing Education — Winter 2027 offering", "Instructor: Farah Lindqvist-Osei, Clinical Audiologist",
                      "farah.lindqvist@example.org | 416-555-0193", "Last updated: 2 December 2026"]),
    markup="""
# Course description
This 6-hour in-person course teaches nurses and audiology assistants to assess the ear canal and remove cerumen safely by irrigation and curette. The course has run every term since 2024.
# Learning outcomes
On completion, learners will be able to:
1. Take a focused ear history and identify contraindications to irrigation.
2. Perform otoscopy and describe the ear canal and tympanic membrane.
3. Remove cerumen by irrigation and with a curette under direct vision.
# Schedule
| Session | Topic |
| 09:00–10:30 | Anatomy, history and contraindications |
| 10:45–12:00 | Otoscopy practice |
| 13:00–15:30 | Irrigation and curette skills stations |
# Assessment and grading
Skills station checklist (60 %), online quiz (40 %). A grade of 70 % is required to receive the certificate of completion.
# Clinical partner
Practice stations are hosted by Westfield Hearing Clinics.
# Required reading
Course manual (provided). Bring your own otoscope if you have one.
# Policies
Refunds are available up to 14 days before the session. Accommodations: contact the CE office.
""",
    fields={},
    notes="NOT a concept form: a course outline for a course that already runs (python-docx, the same heading-style report route as G1) – it has a title, an instructor with title, email and phone, hours, delivery, learning outcomes, an assessment, a clinical partner and a date, but it proposes nothing."))
