"""Round 17c, tuning half: content and expected values (expected files are written from this module)."""
from build import F, C

NEW3 = ["New micro-credential", "Convert an existing program", "Micro-course"]
FMT3 = ["Online", "In person", "Hybrid"]

DOCS = []

# T1 -- G1, typed dot leaders, DOCX
DOCS.append(dict(
    name="Concept form - Bedside Dysphagia Screening - R Mwangi", ext="docx", genre="G1", shape="4", form=True, style="dots",
    header="Michener Institute of Education at UHN - Continuing Education",
    footer="CE-F12 Concept form (line version) rev. 2026-01",
    top=["MICRO-COURSE / CREDENTIAL CONCEPT FORM",
         "Please complete every line. Attach extra pages if a line is too short."],
    groups=[
        ("Section 1 - About you", [
            F("Name of proposer", "proposer_name", "Rosemary Mwangi"),
            F("Position / title", "proposer_title", "Clinical Nurse Specialist, Stroke"),
            F("Department / program", "proposer_department", "Neurosciences Nursing, Lakefield General Hospital"),
            F("E-mail address", "proposer_email", "r.mwangi@lakefield-general.example.org"),
            F("Telephone", "proposer_phone", "(416) 555-0147 ext. 3302"),
        ]),
        ("Section 2 - The proposal", [
            F("Proposed title", "proposal_title", "Bedside Dysphagia Screening for Acute Care Nurses"),
            F("Type of request", "request_type", C(NEW3, 0, "new")),
            F("Target learners", "target_learners", "Registered nurses and registered practical nurses working on acute medical, stroke and general internal medicine units"),
            F("Rationale / need", "rationale", "Our stroke audit found that one patient in five received oral medication or fluids before any swallow screen was documented, and aspiration pneumonia remains the leading preventable complication on our unit. Speech-language pathologists cannot see every admission within the first four hours, so frontline nurses need a validated screening skill they can apply consistently at the bedside.\n\nNo continuing education offer in the region teaches the screen with supervised practice and a competence check."),
            F("Competencies / skills targeted", "competencies", ["recognising clinical signs of oropharyngeal dysphagia", "administering a validated water-swallow screen", "deciding NPO status and escalation to speech-language pathology", "documenting the screen result"]),
            F("Learning outcomes", "learning_outcomes", [
                "Identify patients who require a swallow screen before any oral intake.",
                "Perform a standardised bedside water-swallow screen safely.",
                "Interpret screen results and initiate NPO orders or SLP referral.",
                "Document screening outcomes in the electronic record using the unit template."]),
            F("Competency framework", "competency_framework", "Canadian Stroke Best Practice Recommendations; CNA Neuroscience Nursing competencies"),
            F("Summative assessment", "summative_assessment", "Observed structured clinical examination with a standardised patient, scored on a 12-item checklist (pass mark 10/12)."),
        ]),
        ("Section 3 - Partner and alignment", [
            F("Industry / employment partner", "partner_name", "Lakefield General Hospital Stroke Program"),
            F("Partner contact", "partner_contact", "Dr. Felix Anand, Medical Director, f.anand@lakefield-general.example.org"),
            F("Endorsement status", "endorsement_status", C(["Letter attached", "Confirmed", "In discussion", "None"], 0, "letter_attached")),
            F("Alignment with Michener's Education Plan", "education_plan_alignment", "Supports the Education Plan priority on interprofessional patient safety and workforce upskilling in partnership with hospital sites."),
        ]),
        ("Section 4 - Delivery", [
            F("Delivery format", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Estimated hours", "estimated_hours", "10 (6 online, 4 simulation lab)", 10),
            F("Proposed start", "proposed_start", "September 2026"),
            F("Expected enrolment per year", "expected_enrolment", "60", 60),
            F("Resources required", "resources_required", "Simulation lab time, two standardised patients per session, thickened-fluid supplies"),
            F("Date submitted", "submission_date", "12 January 2026", "2026-01-12"),
        ]),
    ],
    bottom=["For CE office use only: Received ........ Reviewer ........ File no. ........"],
    notes="G1: Word form with typed dot leaders ('Proposed title ........ answer'); choices as ☐/☒ on the line; lists below the label line with (a)/(b) and en-dash markers; hours in a sentence with a split; office-use line at the end."))

# T2 -- G1, underline fill, French, LibreOffice PDF
DOCS.append(dict(
    name="Formulaire de concept - Soins des CVC - J Tremblay-Ouellet", ext="pdf", genre="G1", shape="4", form=True, style="underline",
    font="Liberation Serif",
    header="Institut Michener - Formation continue",
    footer="Formulaire de concept de microcours / microcertification",
    top=["FORMULAIRE DE CONCEPT - MICROCOURS OU MICROCERTIFICATION",
         "Remplissez les lignes ci-dessous et renvoyez le formulaire à ce@michener.example."],
    groups=[
        ("", [
            F("Titre proposé", "proposal_title", "Soins et entretien des cathéters veineux centraux en soins à domicile"),
            F("Nom du proposant", "proposer_name", "Josée Tremblay-Ouellet"),
            F("Fonction", "proposer_title", "Conseillère clinique en soins infirmiers"),
            F("Service / programme", "proposer_department", "Soins à domicile, Centre de santé des Deux-Rives"),
            F("Courriel", "proposer_email", "josee.tremblay-ouellet@deux-rives.example.org"),
            F("Téléphone", "proposer_phone", "514 555-0163"),
            F("Type de demande", "request_type", C(["Nouvelle microcertification", "Conversion d'un programme existant", "Microcours"], 2, "micro_course")),
            F("Apprenants visés", "target_learners", "Infirmières et infirmiers auxiliaires et infirmières et infirmiers de soins à domicile qui entretiennent des cathéters centraux insérés par voie périphérique (PICC) et des chambres implantables"),
            F("Justification / besoin", "rationale", "Le nombre de patients qui rentrent à domicile avec un cathéter central a doublé en cinq ans. Les infections liées aux cathéters et les occlusions ont augmenté dans notre territoire, et les nouvelles infirmières n'ont jamais fait de changement de pansement stérile sous supervision."),
            F("Compétences visées", "competencies", ["changement de pansement et de bouchons selon une technique aseptique", "rinçage et verrouillage des cathéters", "reconnaissance des signes d'infection, d'occlusion et de thrombose", "enseignement au patient et à la famille"]),
            F("Résultats d'apprentissage", "learning_outcomes", [
                "Effectuer un changement de pansement de cathéter central selon une technique aseptique.",
                "Rincer et verrouiller un cathéter selon le protocole de l'établissement.",
                "Reconnaître les complications et amorcer les interventions appropriées.",
                "Enseigner au patient les signes qui exigent un appel à l'équipe."]),
            F("Évaluation sommative", "summative_assessment", "Examen pratique observé sur mannequin, avec grille de notation, et une étude de cas écrite."),
            F("Partenaire externe", "partner_name", "Coopérative de soins infirmiers de l'Estuaire"),
            F("Contact du partenaire", "partner_contact", "Marc-André Gosselin, directeur des soins"),
            F("Statut de l'appui", "endorsement_status", "Accord confirmé par courriel ; la lettre suivra", "confirmed"),
            F("Arrimage au Plan d'éducation de Michener", "education_plan_alignment", "Répond à l'objectif du Plan d'éducation sur les parcours de perfectionnement courts pour le personnel des soins communautaires."),
            F("Mode de prestation", "delivery_format", C(["En ligne", "En présence", "Hybride"], 1, "in_person")),
            F("Durée (heures)", "estimated_hours", "7 h", 7),
            F("Début prévu", "proposed_start", "hiver 2027"),
            F("Inscriptions prévues par année", "expected_enrolment", "deux groupes de 12", 24),
            F("Date", "submission_date", "3 février 2026", "2026-02-03"),
        ]),
    ],
    bottom=["Signature : ______________________"],
    notes="G1, whole document in French: Word underline-fill lines ('Nom du proposant : ____Josée …____') exported to PDF by LibreOffice; long answers on their own lines followed by an empty underline line; endorsement 'confirmé … la lettre suivra' = confirmed; enrolment in words (deux groupes de 12 = 24); French date."))

# T3 -- G2, long table with repeated header, vMerge, DOCX
DOCS.append(dict(
    name="Tilt table testing - concept form", ext="docx", genre="G2", shape="1", form=True,
    header="Continuing Education | Concept Form (table version)", footer="Michener Institute of Education at UHN",
    top=["Micro-Course / Credential Concept Form", "Complete the Response column. Rows may expand onto further pages."],
    colheads=["Section", "Item", "Response"],
    groups=[
        ("A. Proposer", [
            F("Name", "proposer_name", "Tomasz Wierzbicki"),
            F("Job title", "proposer_title", "Charge Technologist, Autonomic Function Laboratory"),
            F("Organization", "proposer_department", "Cardiology Diagnostics, Riverside Health Centre"),
            F("Email", "proposer_email", "twierzbicki@riverside-health.example.com"),
            F("Phone / extension", "proposer_phone", "905-555-0118 x214"),
        ]),
        ("B. Proposal", [
            F("Working title", "proposal_title", "Head-up Tilt Table Testing for Syncope: Technologist Skills"),
            F("This proposal is for", "request_type", C(NEW3, 0, "new")),
            F("Intended learners", "target_learners", "Cardiology technologists and nurses newly assigned to syncope and autonomic testing, and staff returning to tilt testing after more than two years away"),
            F("Identified skills gap", "rationale", "An audit across our three sites found that 14% of tilt studies had to be repeated because of incomplete monitoring set-up, unrecorded drug provocation times or protocols stopped too early. Repeat tests add to a waiting list that is already eleven months long.\n\nTechnologists are usually trained on the job by whoever is on shift. There is no structured course in the province that covers preparation, the provocation phase and the safe handling of a positive test together, and the accreditation body now expects documented competence for each operator.\n\nThe sites have asked for a short credential that new staff can complete within their first three months."),
            F("Competencies addressed", "competencies", ["patient preparation and continuous ECG and beat-to-beat blood pressure set-up", "running passive and nitroglycerin-provoked phases", "recognising vasovagal, orthostatic and POTS response patterns", "responding safely to syncope, asystole and prolonged hypotension"]),
            F("Learning outcomes", "learning_outcomes", [
                "Prepare the patient and the monitoring equipment for a head-up tilt test.",
                "Conduct the passive and provoked phases according to the laboratory protocol.",
                "Recognise and annotate the haemodynamic patterns of a positive test.",
                "Return the patient to supine and manage syncope, asystole or prolonged hypotension.",
                "Document the study so that the physician can report it without repeating it."]),
            F("Framework", "competency_framework", "Canadian Cardiovascular Society syncope guidance; CSCT technologist competencies"),
        ]),
        ("C. Assessment", [
            F("How will achievement be evidenced?", "summative_assessment", "A supervised practical in which each learner runs three complete tilt studies, followed by an annotated study report marked against a rubric."),
        ]),
        ("D. Partner", [
            F("Endorsing partner / external body", "partner_name", "Riverside Health Centre Heart Program"),
            F("Partner contact name and email", "partner_contact", "Anjali Rao, Director of Cardiology Diagnostics, a.rao@riverside-health.example.com"),
            F("Letter of support attached? (Yes/No)", "endorsement_status", "Yes", "letter_attached"),
        ]),
        ("E. Fit and logistics", [
            F("Strategic alignment", "education_plan_alignment", "Advances the Education Plan goal of stackable, practice-based credentials for working diagnostic professionals."),
            F("Delivery mode", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Total learning hours", "estimated_hours", "16", 16),
            F("Anticipated start date", "proposed_start", "January 2027"),
            F("Estimated learners / year", "expected_enrolment", "30", 30),
            F("Resources you can provide", "resources_required", "Access to a tilt table and monitoring system on two Saturdays per cohort; two technologist preceptors"),
            F("Date submitted", "submission_date", "2026-02-10"),
        ]),
    ],
    notes="G2: one 3-column table (Section | Item | Response) whose header row is marked to repeat; section labels merged down (vMerge) over their rows; multi-paragraph rationale; letter Yes/No row; ISO date."))

# T4 -- G2 route, look-alike: clinical placement request form
DOCS.append(dict(
    name="Clinical Placement Request - Respiratory Therapy - Winter 2027", ext="docx", genre="G2", shape="7", form=False,
    header="Clinical Education Office", footer="Placement request form CPR-3",
    top=["Clinical Placement Request Form", "Submit one form per student cohort at least 16 weeks before the placement start."],
    colheads=["Section", "Item", "Response"],
    groups=[
        ("A. Requesting program", [
            F("Program", None, "Respiratory Therapy, Year 3"),
            F("Placement coordinator", None, "Imani Boateng-Clarke"),
            F("Email", None, "i.boateng-clarke@michener.example"),
            F("Phone", None, "416-555-0129"),
        ]),
        ("B. Placement", [
            F("Placement title", None, "Adult Critical Care Rotation"),
            F("Number of students", None, "6"),
            F("Dates", None, "11 January 2027 to 2 April 2027"),
            F("Hours per week", None, "36"),
            F("Learning outcomes for the rotation", None, ["Manage mechanical ventilation of adult ICU patients under supervision.", "Perform arterial blood gas sampling and interpretation.", "Participate in interprofessional rounds."]),
        ]),
        ("C. Evaluation", [
            F("Assessment of student", None, "Clinical evaluation form completed by the preceptor at midpoint and final"),
        ]),
        ("D. Site", [
            F("Requested site", None, "Harbourview Hospital, Medical-Surgical ICU"),
            F("Site contact", None, "Graham Oyelaran, RRT, Clinical Educator"),
            F("Affiliation agreement in place?", None, "Yes - renewed 2025"),
        ]),
    ],
    notes="Look-alike (shape 7) in the G2 table route: a clinical placement request form with the form vocabulary (learning outcomes, assessment, hours, site contact, email) that proposes no course."))

# T5 -- G3, numbered boxes with legend, reportlab PDF
DOCS.append(dict(
    name="CE concept form - muscle and nerve biopsy handling", ext="pdf", genre="G3", shape="4", form=True,
    author="N. Delacroix", footer="CE concept form - numbered answer sheet",
    top=["Micro-Course / Credential Concept Form - Answer Sheet",
         "Continuing Education, Michener Institute of Education at UHN"],
    legend_head="Key to the numbered boxes (write each answer in the box with the same number):",
    groups=[("", [
        F("Proposed title", "proposal_title", "Muscle and Nerve Biopsy Handling for Histotechnologists"),
        F("Name of proposer", "proposer_name", "Noémie Delacroix"),
        F("Position / title", "proposer_title", "Senior Histotechnologist"),
        F("Department / program", "proposer_department", "Anatomic Pathology, Westgate Regional Laboratory"),
        F("Email", "proposer_email", "ndelacroix@westgate-lab.example.org"),
        F("Phone", "proposer_phone", "613-555-0152"),
        F("Type of request", "request_type", C(NEW3, 2, "micro_course")),
        F("Target learners", "target_learners", "Medical laboratory technologists and histology technicians who receive neuromuscular biopsies at hospitals without a neuropathology service"),
        F("Rationale / need", "rationale", "Muscle and nerve biopsies are now taken at two satellite hospitals and sent to us for referral. Last year 9% arrived frozen with ice-crystal artefact or in the wrong fixative and could not be diagnosed, so patients had to be biopsied again. Staff see these specimens too rarely to stay proficient."),
        F("Competencies / skills targeted", "competencies", "Specimen triage on receipt; orientation and isopentane freezing of muscle; fixation of nerve for resin and electron microscopy; packaging and transport on dry ice."),
        F("Learning outcomes", "learning_outcomes", [
            "Triage a neuromuscular biopsy into frozen, fixed and electron microscopy portions.",
            "Orient and freeze muscle in chilled isopentane without ice-crystal artefact.",
            "Fix and divide nerve biopsies for paraffin, resin and teased-fibre studies.",
            "Package and ship frozen specimens so that they arrive usable."]),
        F("Summative assessment", "summative_assessment", "Practical: three simulated biopsies processed from receipt to shipment, graded by a neuropathologist using the lab's quality rubric."),
        F("Industry / employment partner", "partner_name", "Westgate Regional Laboratory"),
        F("Partner contact", "partner_contact", "Dr. Owen Baptiste, Neuropathologist"),
        F("Endorsement status", "endorsement_status", C(["Letter attached", "Confirmed", "In discussion", "None"], 1, "confirmed")),
        F("Alignment with Michener's Education Plan", "education_plan_alignment", "Fits the plan's commitment to short, lab-based upskilling that keeps regional laboratories staffed with competent generalists."),
        F("Delivery format", "delivery_format", C(FMT3, 1, "in_person")),
        F("Estimated hours", "estimated_hours", "6", 6),
        F("Proposed start", "proposed_start", "Spring 2026"),
        F("Expected enrolment per year", "expected_enrolment", "16", 16),
        F("Date", "submission_date", "22/01/2026", "2026-01-22"),
    ])],
    notes="G3: reportlab PDF whose answers sit in boxes numbered 1-20; the questions appear only in a two-column legend at the top ('1 = Proposed title'); ☐/☒ choices in the boxes; dd/mm/yyyy date."))

# T6 -- G3, incomplete
DOCS.append(dict(
    name="Isolation precautions audit - concept answer sheet", ext="pdf", genre="G3", shape="4", form=True,
    author="K. Lindqvist", footer="Answer sheet v1", legend_inline=True,
    top=["Concept Form (answer sheet)", "Micro-course / micro-credential proposals to Continuing Education"],
    legend_head="Legend",
    groups=[("", [
        F("Working title", "proposal_title", "Isolation Precautions Auditing for Unit Champions"),
        F("Lead proposer", "proposer_name", "Karin Lindqvist"),
        F("Role", "proposer_title", "Infection Prevention and Control Practitioner"),
        F("Contact email", "proposer_email", "karin.lindqvist@northshore-care.example.com"),
        F("Request type", "request_type", C(NEW3, 0, "new")),
        F("Who is this for?", "target_learners", "Nurses, personal support workers and environmental services leads who act as isolation champions on inpatient units"),
        F("Why is this needed?", "rationale", "Compliance with contact and droplet precautions on our units averages 71% on IPAC audits. Champions were appointed, but none has been trained to audit, give feedback or coach peers."),
        F("Skills and competencies", "competencies", ["choosing the correct additional precautions from the organism and symptoms", "auditing PPE donning and doffing with a standard tool", "giving real-time feedback to colleagues"]),
        F("Intended learning outcomes", "learning_outcomes", [
            "Match common organisms and syndromes to the required additional precautions.",
            "Conduct a PPE compliance audit using the provincial observation tool.",
            "Deliver brief corrective feedback at the point of care."]),
        F("Summative assessment", "summative_assessment", ""),
        F("Partner organization", "partner_name", "Northshore Continuing Care"),
        F("Endorsement status", "endorsement_status", "In discussion with our VP Clinical", "in_discussion"),
        F("Strategic alignment", "education_plan_alignment", ""),
        F("Delivery mode", "delivery_format", C(FMT3, 0, "online")),
        F("Duration (hours)", "estimated_hours", "4", 4),
        F("Target launch", "proposed_start", "Fall 2026"),
        F("Submission date", "submission_date", "March 4, 2026", "2026-03-04"),
    ])],
    notes="G3, incomplete: numbered boxes with a one-paragraph inline legend ('1 = Working title; 2 = …'); boxes 10 (summative assessment) and 13 (strategic alignment) left empty; endorsement 'In discussion …' written in the box."))

# T7 -- G4, two-column pdflatex
DOCS.append(dict(
    name="NCS fundamentals - concept proposal (two-column)", ext="pdf", genre="G4", shape="5", form=True,
    top=["Nerve Conduction Studies: Technologist Fundamentals",
         "Concept proposal for a micro-credential -- Continuing Education, Michener Institute",
         "Submitted 18 February 2026"],
    groups=[
        ("Proposer", [
            F("Submitted by:", "proposer_name", "Priyanka Seshadri"),
            F("Role:", "proposer_title", "Lead Neurophysiology Technologist"),
            F("Program area:", "proposer_department", "EMG and Neurophysiology Laboratory, St. Brendan's Hospital"),
            F("Email:", "proposer_email", "pseshadri@stbrendans.example.org"),
            F("Phone:", "proposer_phone", "416-555-0184"),
        ]),
        ("The course", [
            F("Course title:", "proposal_title", "Nerve Conduction Studies: Technologist Fundamentals"),
            F("Type of request:", "request_type", C(NEW3, 0, "new")),
            F("Target audience:", "target_learners", "EEG and EMG technologists, and kinesiology graduates entering clinical neurophysiology labs."),
            F("Labour market need:", "rationale", "Wait times for nerve conduction studies in our region exceed six months, and physicians report that they cannot add testing slots because too few technologists can run routine motor and sensory studies on their own.\n\nEach lab currently trains new staff one to one over many months."),
            F("Competencies targeted:", "competencies", ["electrode placement and stimulation technique for upper- and lower-limb nerves", "temperature control and recognition of technical artefacts", "measurement of latency, amplitude and conduction velocity", "patient preparation and safety with implanted devices"]),
            F("By the end learners will be able to:", "learning_outcomes", [
                "Perform standard median, ulnar, peroneal, tibial and sural studies.",
                "Identify and correct common technical errors before the physician review.",
                "Calculate conduction velocities and compare them with laboratory norms.",
                "Apply safety precautions for patients with pacemakers or defibrillators."]),
            F("Framework:", "competency_framework", "CSCN technologist competency profile"),
            F("Summative assessment:", "summative_assessment", "Practical examination on a volunteer: five nerves in 45 minutes, scored by two assessors; plus a short written test on artefacts."),
        ]),
        ("Partner and fit", [
            F("Endorsing partner:", "partner_name", "Ontario Association of Neurophysiology Technologists"),
            F("Partner contact:", "partner_contact", "Linh Tran, President, president@oant.example.org"),
            F("Endorsement status:", "endorsement_status", "the Association's letter of support is attached.", "letter_attached"),
            F("Education Plan alignment:", "education_plan_alignment", "Responds to the plan's aim of growing capacity in diagnostic services with high wait times through employer-partnered credentials."),
            F("Delivery format:", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Total learning hours:", "estimated_hours", "20", 20),
            F("Target launch:", "proposed_start", "Fall 2026"),
            F("Expected enrolment:", "expected_enrolment", "about 20 per year", 20),
            F("Resources required:", "resources_required", "Two EMG machines for lab days; a neurologist to review the written test."),
        ]),
    ],
    notes="G4: pdflatex article in two columns (multicol); bold run-in labels ending in ':' with the answer on the same line; section headings; date only in the title block ('Submitted 18 February 2026'); endorsement given as a phrase ('letter of support is attached'); ☐/☒ as math symbols."))

# T8 -- G5, HTML form printed by weasyprint
DOCS.append(dict(
    name="concept-form-web-print - AA airway cart readiness", ext="pdf", genre="G5", shape="4", form=True,
    footer="ce.michener.example/concept-form", lang="en",
    top=["Micro-Course / Credential Concept Form", "Online submission - printed copy. Submitted 2026-01-29 14:02."],
    groups=[
        ("1. Proposer", [
            F("Name of proposer", "proposer_name", "Diego Saldanha"),
            F("Position / title", "proposer_title", "Anesthesia Assistant Team Lead"),
            F("Department / program", "proposer_department", "Department of Anesthesia, Queenswood Hospital"),
            F("Email", "proposer_email", "dsaldanha@queenswood.example.com"),
            F("Phone", "proposer_phone", "647-555-0133"),
            F("Date submitted", "submission_date", "2026-01-29"),
        ]),
        ("2. Proposal", [
            F("Proposed title", "proposal_title", "Difficult Airway Cart Readiness for Anesthesia Assistants"),
            F("Type of request", "request_type", C(NEW3, 0, "new")),
            F("Target learners", "target_learners", "Anesthesia assistants and respiratory therapists who stock and check difficult airway carts in operating rooms and ICUs"),
            F("Rationale / need", "rationale", "Two airway emergencies in the past year were delayed because a videolaryngoscope blade or a front-of-neck access kit was missing from the cart. Checks are done differently on each floor and nobody has been taught a common standard."),
            F("Competencies / skills targeted", "competencies", ["standardised cart layout", "functional checks of videolaryngoscopes and fibreoptic scopes", "restocking and expiry management", "role of the assistant in a difficult airway call"]),
            F("Learning outcomes", "learning_outcomes", [
                "Set up a difficult airway cart according to the hospital standard.",
                "Complete daily and post-use functional checks of airway devices.",
                "Anticipate and hand equipment in sequence during a simulated can't-intubate scenario."]),
            F("Summative assessment", "summative_assessment", "Simulated difficult airway call in which the learner prepares and hands equipment; assessed with a checklist by two faculty."),
        ]),
        ("3. Partner and alignment", [
            F("Industry / employment partner", "partner_name", "Queenswood Hospital Perioperative Services"),
            F("Partner contact", "partner_contact", "Hannah Kowalczyk, Perioperative Director"),
            F("Endorsement status", "endorsement_status", C(["Letter attached", "Confirmed", "In discussion", "None"], 0, "letter_attached")),
            F("Alignment with Michener's Education Plan", "education_plan_alignment", "Builds on Michener's anesthesia assistant program and the plan's focus on simulation-based continuing education for patient safety."),
        ]),
        ("4. Delivery", [
            F("Delivery format", "delivery_format", C(FMT3, 1, "in_person")),
            F("Estimated hours", "estimated_hours", "8", 8),
            F("Proposed start", "proposed_start", "May 2026"),
            F("Expected enrolment per year", "expected_enrolment", "40", 40),
            F("Resources required", "resources_required", "Simulation suite, airway manikin, a loaned difficult airway cart"),
        ]),
    ],
    bottom=["Printed from the web browser. Fields marked as required were validated on submission."],
    notes="G5: HTML form (CSS grid, labels in small capitals above bordered 'input' boxes, fieldsets with legends) printed to PDF by WeasyPrint; lists typed into text areas with '-' and '1.' markers; two fields per row so PDF text may pair labels and answers of neighbouring fields."))

# T9 -- G6, bold question table + numbered answers table
DOCS.append(dict(
    name="Neonatal transport incubator checks - concept form", ext="docx", genre="G6", shape="1", form=True,
    header="CE Concept Form - two-part version", footer="Part A lists the questions; answer in Part B using the same numbers.",
    top=["Micro-Course / Credential Concept Form", "Continuing Education, Michener Institute of Education at UHN"],
    part1="Part A - Questions", part2="Part B - Answers (use the question numbers from Part A)", colheads=["No.", "Answer"],
    groups=[("", [
        F("Proposed Micro-credential Title", "proposal_title", "Neonatal Transport Incubator Checks and Troubleshooting"),
        F("Proponent", "proposer_name", "Adaeze Okonkwo-Reid"),
        F("Job Title", "proposer_title", "Neonatal Transport Respiratory Therapist"),
        F("School / Department", "proposer_department", "Neonatal Transport Team, Children's Health Network East"),
        F("E-mail Address", "proposer_email", "a.okonkwo-reid@chne.example.org"),
        F("Telephone", "proposer_phone", "416-555-0171"),
        F("Type of Request", "request_type", C(NEW3, 0, "new")),
        F("Intended Learners", "target_learners", "Respiratory therapists, neonatal nurses and paramedics who staff inter-facility neonatal transports"),
        F("Rationale / Need", "rationale", "Transport incubators are checked by whoever is on call, and equipment faults (battery, gas supply, temperature alarms) were implicated in four critical incidents in 2025. A common, evidence-based check and troubleshooting routine is needed across the three hospitals that share the fleet."),
        F("Competencies Addressed", "competencies", ["pre-transport incubator and ventilator checks", "gas cylinder calculations", "thermal management during transport", "alarm troubleshooting in a moving vehicle"]),
        F("Learning Outcomes", "learning_outcomes", [
            "Complete the pre-departure check of the transport incubator system in under 15 minutes.",
            "Calculate oxygen and air cylinder duration for a planned transport.",
            "Maintain neonatal temperature within target range during a simulated transport.",
            "Troubleshoot the five most common incubator and ventilator alarms."]),
        F("Summative Assessment", "summative_assessment", "Observed check-out of a transport incubator plus a simulated transport with two staged faults, assessed against a checklist."),
        F("Industry / Employment Partner", "partner_name", "Children's Health Network East"),
        F("Letter of Support Attached?", "endorsement_status", "No - agreed by the network's Chief Nursing Officer, letter to follow", "confirmed"),
        F("Alignment with Michener's Education Plan", "education_plan_alignment", "Supports the plan's priority on specialised interprofessional practice and simulation."),
        F("Delivery Format", "delivery_format", C(FMT3, 2, "hybrid")),
        F("Total Learning Hours", "estimated_hours", "12", 12),
        F("Anticipated Start Date", "proposed_start", "October 2026"),
        F("Estimated Learners / Year", "expected_enrolment", "24", 24),
        F("Submission Date", "submission_date", "February 16, 2026", "2026-02-16"),
    ])],
    notes="G6: Part A is a table of numbered questions with the label column in bold; Part B, a second table below, gives the answers keyed by number; the choice answers are written as the option text; 'No - agreed …, letter to follow' = confirmed."))
