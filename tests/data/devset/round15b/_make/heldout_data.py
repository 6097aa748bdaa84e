# -*- coding: utf-8 -*-
"""Held-out half of round 15b: content of every document and its expected values. Scoring only."""
from common import J

DOCS = []

# ---------------------------------------------------------------- H1: G1 Word proposal (DOCX)
lo = ["Prepare the patient and place recording and stimulating electrodes for common motor and sensory studies.",
      "Control skin temperature and recognise its effect on conduction velocity.",
      "Identify technical artefacts and stimulus problems and correct them.",
      "Produce a tidy, complete worksheet for the interpreting neurologist.",
      "Explain the test to patients and keep them comfortable."]
comp = ["Electrode placement and surface anatomy", "Stimulation technique and supramaximal stimulation",
        "Temperature control", "Artefact recognition", "Patient communication"]
f = {
    "proposal_title": "Nerve Conduction Studies: Technical Fundamentals",
    "proposer_name": "Ifeoluwa Strandberg",
    "proposer_title": "Clinical Neurophysiology Technologist",
    "proposer_department": "Neurodiagnostics",
    "proposer_email": "istrandberg@example.com",
    "proposer_phone": "647-555-0134 ext. 410",
    "submission_date": "2026-11-30",
    "request_type": "new",
    "target_learners": "EEG and neurodiagnostic technologists who want to add nerve conduction studies to their practice",
    "rationale": ("Wait times for electrodiagnostic testing in our catchment exceed five months. Neurologists spend "
                  "much of each appointment on technical set-up that a trained technologist could do. No accredited "
                  "short course exists in the province."),
    "competencies": J(comp),
    "learning_outcomes": lo,
    "competency_framework": "Canadian Association of Electroneurophysiology Technologists national competency profile",
    "summative_assessment": ("A practical examination on a volunteer covering median, ulnar and sural studies, scored "
                             "by two assessors, plus review of five supervised patient worksheets."),
    "partner_name": "Riverbend Neurology Associates",
    "partner_contact": "Dr. Colm Adebayo-Ferreira",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": ("This micro-credential supports the Education Plan's goal of expanding scope-of-practice "
                                 "learning for diagnostic technologists and of partnering with community clinics."),
    "delivery_format": "hybrid",
    "estimated_hours": 24,
    "proposed_start": "February 2028",
    "expected_enrolment": 20,
    "resources_required": "Two EMG machines on loan from the partner, a skills lab for three Saturdays, volunteer models",
}
DOCS.append({
    "file": "NCS technical fundamentals - micro-credential proposal.docx", "route": "docx", "genre": "G1", "shape": "5",
    "author": "Ifeoluwa Strandberg", "fields": f,
    "notes": "G1 Word proposal: Title, cover lines with phone extension, sections in a different order (outcomes before need), competencies as bullets, partner in a sentence with 'letter of support is attached', logistics paragraph answering several fields ('twenty-four hours' written with the figure too; two cohorts of ten = 20).",
    "blocks": [
        ("title", f["proposal_title"]),
        ("lines", [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                   f"Email: {f['proposer_email']}   Phone: {f['proposer_phone']}", "Submitted 30 November 2026"]),
        ("h1", "Purpose"),
        ("p", "We propose a new micro-credential for " + f["target_learners"] + "."),
        ("h1", "What graduates will be able to do"), ("numbers", lo),
        ("h1", "Skills and competencies"), ("bullets", comp),
        ("p", "Framework: " + f["competency_framework"] + "."),
        ("h1", "The need"), ("p", f["rationale"]),
        ("h1", "Assessment"), ("p", f["summative_assessment"]),
        ("h1", "Endorsement"),
        ("p", f"{f['partner_name']} (contact: {f['partner_contact']}) endorses the proposal and its letter of support is attached."),
        ("h1", "Strategic alignment"), ("p", f["education_plan_alignment"]),
        ("h1", "Delivery and resources"),
        ("p", "The course would be blended: online theory modules and three Saturday lab days, twenty-four hours in all "
              "(24). We would start in February 2028 with two cohorts of ten a year (20 learners). Resources: "
              + f["resources_required"] + "."),
    ]})

# ---------------------------------------------------------------- H2: G1 Word proposal exported to PDF, INCOMPLETE
f = {
    "proposal_title": "Retinal Imaging for Diabetic Eye Screening",
    "proposer_name": "Thandiwe Rasmussen-Kaur",
    "proposer_title": "Manager, Community Screening",
    "proposer_department": "Northgate Diabetes Centre",
    "proposer_email": "trasmussen@example.org",
    "proposer_phone": "519-555-0190",
    "submission_date": "2026-11-26",
    "request_type": "micro_course",
    "target_learners": "diabetes educators, practical nurses and clinic assistants who take retinal photographs in primary care",
    "rationale": ("Only about half of the people with diabetes in our region have had an eye examination in the past "
                  "two years. Non-mydriatic cameras are now in most primary care clinics, but ungradable images are "
                  "common because staff were never trained."),
    "competencies": J(["camera set-up and patient positioning", "capturing gradable macula- and disc-centred images",
                       "image quality checks", "referral workflow"]),
    "summative_assessment": "Each learner submits twenty images from their own clinic; at least eighteen must be graded as adequate by the reading centre.",
    "partner_name": "Eastlake Retinal Reading Centre",
    "endorsement_status": "confirmed",
    "delivery_format": "online",
    "estimated_hours": 5,
    "proposed_start": "June 2027",
    "expected_enrolment": 80,
}
DOCS.append({
    "file": "Retinal imaging micro-course proposal v2.pdf", "route": "docx2pdf", "genre": "G1", "shape": "5",
    "author": "Thandiwe Rasmussen-Kaur", "fields": f, "numbers_in_words": True,
    "notes": "G1 Word proposal exported to PDF, INCOMPLETE: the outcomes section says they will be drafted later and there is no Education Plan section (learning_outcomes, education_plan_alignment absent); organisation as only affiliation; 'five hours', 'about eighty' in words.",
    "blocks": [
        ("title", f["proposal_title"]),
        ("subtitle", "Micro-course proposal – version 2"),
        ("lines", [f"{f['proposer_name']} – {f['proposer_title']}", f["proposer_department"],
                   f"{f['proposer_email']}, {f['proposer_phone']}", "26 November 2026"]),
        ("h1", "Summary"),
        ("p", "We are asking Continuing Education to host a micro-course for " + f["target_learners"] + "."),
        ("h1", "Need"), ("p", f["rationale"]),
        ("h1", "Content"), ("p", "The micro-course will build these skills:"),
        ("bullets", ["camera set-up and patient positioning", "capturing gradable macula- and disc-centred images",
                     "image quality checks", "referral workflow"]),
        ("h1", "Learning outcomes"),
        ("p", "We will draft these with the reading centre in January and send them separately."),
        ("h1", "How learning is assessed"), ("p", f["summative_assessment"]),
        ("h1", "Partner"),
        ("p", f"The {f['partner_name']} has agreed to endorse the micro-course; a letter will follow."),
        ("h1", "Practical details"),
        ("p", "Fully online, self-paced, about five hours. We hope to open in June 2027 and expect about eighty "
              "learners a year."),
    ]})

# ---------------------------------------------------------------- H3: G2 LaTeX twocolumn
lo = ["Assess embryo and oocyte quality to decide whether vitrification is appropriate.",
      "Perform open and closed vitrification and warming protocols within timing limits.",
      "Label, store and track specimens in liquid nitrogen according to chain-of-custody rules.",
      "Audit survival rates and identify causes of poor outcomes."]
f = {
    "proposal_title": "Embryo and Oocyte Vitrification in the IVF Laboratory",
    "proposer_name": "Margarethe Oyinlola-Haas",
    "proposer_title": "Laboratory Director",
    "proposer_department": "Crescent Fertility Clinic",
    "proposer_email": "m.haas@example.com",
    "proposer_phone": "416-555-0125",
    "submission_date": "2026-11-23",
    "request_type": "micro_course",
    "target_learners": "clinical embryologists and andrology technologists with at least one year of IVF laboratory experience",
    "rationale": ("Most IVF cycles in the province now freeze all embryos, yet junior embryologists learn vitrification "
                  "informally. Survival rates vary widely between clinics, and there is no Canadian course."),
    "competencies": "embryo assessment, vitrification and warming technique, cryostorage safety, specimen traceability and quality audit",
    "learning_outcomes": lo,
    "summative_assessment": "Vitrification and warming of thirty mouse embryos with a survival rate of at least 90 %, observed by a senior embryologist, and a written traceability case.",
    "partner_name": "Canadian Fertility Laboratory Network",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Matches the Education Plan's aim of specialised credentials for emerging laboratory roles.",
    "delivery_format": "in_person",
    "estimated_hours": 18,
    "proposed_start": "October 2027",
    "expected_enrolment": 16,
    "resources_required": "Access to our training laboratory, mouse embryos from a licensed supplier, liquid nitrogen",
}
DOCS.append({
    "file": "vitrification_microcourse_concept.pdf", "route": "latex", "genre": "G2", "shape": "5",
    "fields": f,
    "latex": {"title": f["proposal_title"],
              "author": [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                         f"{f['proposer_email']} / {f['proposer_phone']}"],
              "date": "23 November 2026"},
    "notes": "G2 LaTeX twocolumn: organisation as only affiliation; micro_course said in a sentence; competencies inline after 'will practise'; itemize outcomes; partner 'has confirmed its support and is drafting a letter' = confirmed; logistics tabular.",
    "blocks": [
        ("h1", "Summary"),
        ("p", "We propose a micro-course for " + f["target_learners"] + "."),
        ("h1", "Why"), ("p", f["rationale"]),
        ("h1", "Content"), ("p", "Participants will practise " + f["competencies"] + "."),
        ("h1", "Learning outcomes"), ("bullets", lo),
        ("h1", "Summative assessment"), ("p", f["summative_assessment"]),
        ("h1", "External endorsement"),
        ("p", f"The {f['partner_name']} has confirmed its support and is drafting a letter."),
        ("h1", "Alignment"), ("p", f["education_plan_alignment"]),
        ("h1", "Practicalities"),
        ("table", [("Format", "In person"), ("Total hours", "18"), ("First offering", f["proposed_start"]),
                   ("Places per year", "16"), ("What we provide", f["resources_required"])]),
    ]})

# ---------------------------------------------------------------- H4: G2 LaTeX twocolumn, existing program
lo = ["Select the in vivo dosimetry method suited to each treatment technique.",
      "Place and read diodes and OSL dosimeters correctly.",
      "Compare measured and expected dose and apply action levels.",
      "Escalate discrepancies and document them in the incident system."]
f = {
    "proposal_title": "In Vivo Dosimetry for Radiation Therapists",
    "proposer_name": "Benedikt Achebe-Lindgren",
    "proposer_title": "Radiation Therapy Clinical Specialist",
    "proposer_department": "Radiation Medicine Program",
    "proposer_email": "b.lindgren@example.org",
    "proposer_phone": "905-555-0158",
    "submission_date": "2026-11-19",
    "request_type": "existing_program",
    "existing_program_name": "In Vivo Dosimetry Workshop",
    "target_learners": "radiation therapists working on external beam and total body irradiation treatments",
    "rationale": ("A recent incident review recommended routine in vivo dosimetry for high-risk treatments. Our "
                  "half-day workshop has trained over a hundred therapists but does not test competence."),
    "competencies": J(["dosimeter selection and calibration checks", "detector placement", "dose comparison and action levels",
                       "incident reporting"]),
    "learning_outcomes": lo,
    "competency_framework": "CAMRT Competency Profile for Radiation Therapists",
    "summative_assessment": "An observed in vivo measurement on a phantom and a case-based written test marked against a rubric.",
    "partner_name": "Lakeshore Cancer Centre",
    "partner_contact": "Anneliese Mwangi, Chief Physicist, amwangi@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "It advances the Education Plan's patient-safety theme and converts a non-credit offering into a stackable credential.",
    "delivery_format": "hybrid",
    "estimated_hours": 9,
    "proposed_start": "March 2027",
    "expected_enrolment": 48,
}
DOCS.append({
    "file": "IVD_RTT_concept_proposal.pdf", "route": "latex", "genre": "G2", "shape": "5",
    "fields": f, "numbers_in_words": True,
    "latex": {"title": f["proposal_title"] + ": converting a workshop into a micro-credential",
              "author": [f"{f['proposer_name']}", f"{f['proposer_title']}, {f['proposer_department']}",
                         f"{f['proposer_email']}, tel. {f['proposer_phone']}"],
              "date": "19 November 2026"},
    "notes": "G2 LaTeX twocolumn, existing_program: \\title with a subtitle after a colon (title = the course name), author lines 'Title, Department'; 'convert our existing In Vivo Dosimetry Workshop'; competencies itemize; partner contact with role; 'nine hours', 'four cohorts of twelve' (48) in words; no logistics table.",
    "blocks": [
        ("h1", "Proposal"),
        ("p", "We would like to convert our existing In Vivo Dosimetry Workshop into a micro-credential for "
              + f["target_learners"] + "."),
        ("h1", "Rationale"), ("p", f["rationale"]),
        ("h1", "Competencies"), ("bullets", ["dosimeter selection and calibration checks", "detector placement",
                                              "dose comparison and action levels", "incident reporting"]),
        ("p", "These are mapped to the " + f["competency_framework"] + "."),
        ("h1", "Intended learning outcomes"), ("p", "On completion, therapists will be able to:"), ("numbers", lo),
        ("h1", "Assessment"), ("p", f["summative_assessment"]),
        ("h1", "Partner"),
        ("p", f"The {f['partner_name']} endorses the proposal (letter of support attached). Contact: {f['partner_contact']}."),
        ("h1", "Education Plan"), ("p", f["education_plan_alignment"]),
        ("h1", "Delivery"),
        ("p", "Hybrid delivery of nine hours: six online and a three-hour practical. First run March 2027; we expect "
              "four cohorts of twelve a year."),
    ]})

# ---------------------------------------------------------------- H5: G3 slide deck (complete)
lo = ["Set up the urodynamic system, zero transducers and flush lines.",
      "Catheterise and position the patient with dignity and infection control.",
      "Recognise artefacts in filling cystometry and pressure-flow traces and correct them during the test.",
      "Prepare a clean trace report for the urologist."]
f = {
    "proposal_title": "Urodynamic Testing for Continence Nurses",
    "proposer_name": "Aurelio Nwachukwu-Berg",
    "proposer_title": "Nurse Continence Advisor",
    "proposer_department": "Urology Clinic",
    "proposer_email": "anberg@example.org",
    "proposer_phone": "416-555-0172",
    "submission_date": "2026-11-25",
    "request_type": "new",
    "target_learners": "Registered nurses in continence, urology and gynaecology clinics",
    "rationale": "Two of the region's four urodynamic services stopped testing last year when trained nurses retired; the waiting list is now eleven months.",
    "competencies": J(["Equipment set-up and quality control", "Catheterisation and patient care",
                       "Trace interpretation and artefact correction", "Reporting"]),
    "learning_outcomes": lo,
    "competency_framework": "International Continence Society good urodynamic practice standards",
    "summative_assessment": "Three supervised patient studies with a trace-quality score, then a final observed study",
    "partner_name": "Pelham Pelvic Health Partnership",
    "partner_contact": "Dr. Fenella Otunba",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Builds the Education Plan's clinical upskilling stream and keeps a scarce service running",
    "delivery_format": "hybrid",
    "estimated_hours": 14,
    "proposed_start": "September 2027",
    "expected_enrolment": 12,
}
DOCS.append({
    "file": "Urodynamics micro-credential - CE pitch (Nov 2026).pdf", "route": "slides", "genre": "G3", "shape": "5",
    "fields": f, "accent": "#3b3f8f", "numbers_in_words": True,
    "notes": "G3 slide deck: cover slide with presenter and date, a 'Facts at a glance' slide with a two-column table, figures in words ('fourteen hours', 'a dozen nurses a year'), framework on the skills slide, letter of support said on the partner slide, contacts on the closing slide.",
    "slides": [
        ("cover", f["proposal_title"], ["A proposed micro-credential",
                                        f"{f['proposer_name']}, {f['proposer_title']} – {f['proposer_department']}",
                                        "25 November 2026"]),
        ("s", "Facts at a glance", [("table", [("Request", "New micro-credential"),
                                               ("Delivery", "Blended (online + clinic placement)"),
                                               ("Length", "Fourteen hours"), ("Launch", f["proposed_start"]),
                                               ("Learners", "A dozen nurses a year")])]),
        ("s", "The problem", [f["rationale"]]),
        ("s", "Who should take it", [f["target_learners"]]),
        ("s", "Skills", ["Equipment set-up and quality control", "Catheterisation and patient care",
                         "Trace interpretation and artefact correction", "Reporting",
                         ("p", "Aligned to the " + f["competency_framework"])]),
        ("s", "Learning outcomes", lo),
        ("s", "How we assess", [f["summative_assessment"]]),
        ("s", "Endorsement", [f["partner_name"], "Contact: " + f["partner_contact"], "Letter of support attached"]),
        ("s", "Why Michener", [f["education_plan_alignment"]]),
        ("s", "Thank you", [f["proposer_email"], f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- H6: G3 slide deck, micro-course
lo = ["Describe the opioid stewardship program and the technician's role in it.",
      "Flag high-risk opioid orders using the stewardship criteria.",
      "Reconcile controlled-substance counts and investigate discrepancies.",
      "Counsel patients on safe storage and disposal of unused opioids at discharge."]
f = {
    "proposal_title": "Opioid Stewardship for Pharmacy Technicians",
    "proposer_name": "Dagny Olatunji-Ruiz",
    "proposer_title": "Pharmacy Practice Lead",
    "proposer_department": "Department of Pharmacy",
    "proposer_email": "dolatunji@michener.example",
    "request_type": "micro_course",
    "target_learners": "Regulated pharmacy technicians in hospital and community pharmacy",
    "rationale": "Opioid-related harms are a top patient-safety priority and technicians handle most controlled-substance work, yet stewardship training targets pharmacists only.",
    "competencies": J(["Stewardship principles", "Order screening", "Controlled-substance reconciliation",
                       "Safe storage and disposal counselling"]),
    "learning_outcomes": lo,
    "summative_assessment": "Online case simulation (pass mark 75 %) and a reconciliation audit in the learner's workplace",
    "partner_name": "Metro Pharmacy Technicians' Guild",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Supports the Education Plan's commitment to interprofessional safety education",
    "delivery_format": "online",
    "estimated_hours": 4,
    "proposed_start": "January 2027",
    "expected_enrolment": 150,
}
DOCS.append({
    "file": "Opioid stewardship for techs.pdf", "route": "slides", "genre": "G3", "shape": "5",
    "fields": f, "accent": "#8a5a00", "numbers_in_words": True,
    "notes": "G3 slide deck, micro_course, no phone: title on the cover slide, partner 'in discussion – nothing confirmed yet', 'four hours', 'around 150 a year', contact email on the cover slide only.",
    "slides": [
        ("cover", f["proposal_title"], ["Micro-course proposal", f"{f['proposer_name']}, {f['proposer_title']}",
                                        f["proposer_department"] + " · " + f["proposer_email"]]),
        ("s", "Why", [f["rationale"]]),
        ("s", "For whom", [f["target_learners"]]),
        ("s", "What they learn", ["Stewardship principles", "Order screening", "Controlled-substance reconciliation",
                                  "Safe storage and disposal counselling"]),
        ("s", "By the end, technicians can…", lo),
        ("s", "Assessment", [f["summative_assessment"]]),
        ("s", "Partner", ["Metro Pharmacy Technicians' Guild – in discussion, nothing confirmed yet"]),
        ("s", "Strategic fit", [f["education_plan_alignment"]]),
        ("s", "Format", ["A micro-course, not a full credential", "Online, asynchronous, four hours",
                         "Launch: January 2027", "Around 150 technicians a year"]),
    ]})

# ---------------------------------------------------------------- H7: G4 e-mail printed to PDF
lo = ["Explain the principles of ICP-MS and why it is used for lead, mercury and other trace element testing.",
      "Prepare calibrators, quality controls and patient samples following the SOP without contaminating them.",
      "Review internal standard recovery and reject runs that fail acceptance criteria.",
      "Troubleshoot common instrument faults such as cone clogging and signal drift."]
f = {
    "proposal_title": "Trace Element Testing by ICP-MS",
    "proposer_name": "Siobhán Adeyemi-Kowalczyk",
    "proposer_title": "Senior Technologist, Clinical Chemistry",
    "proposer_department": "Core Laboratory",
    "proposer_email": "s.kowalczyk@example.com",
    "proposer_phone": "289-555-0111",
    "submission_date": "2026-11-17",
    "request_type": "new",
    "target_learners": "medical laboratory technologists moving to the trace element bench",
    "rationale": ("Public health programs are expanding blood lead testing in children, and vendor training covers the "
                  "instrument but not the method. We have lost two runs this year to preventable contamination."),
    "competencies": "contamination control, sample preparation, run acceptance and basic troubleshooting",
    "learning_outcomes": lo,
    "summative_assessment": "a supervised run from sample preparation to result release plus an oral troubleshooting case",
    "partner_name": "Halton Regional Laboratory Services",
    "partner_contact": "Priyanka Vestergaard",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "matches the Education Plan goal of advanced technical credentials for laboratory staff",
    "delivery_format": "hybrid",
    "estimated_hours": 12,
    "proposed_start": "the spring 2027 term",
    "expected_enrolment": 30,
}
DOCS.append({
    "file": "ICP-MS trace elements micro-credential - email.pdf", "route": "email", "genre": "G4", "shape": "5",
    "fields": f, "numbers_in_words": True,
    "notes": "G4 e-mail printed to PDF: quoted title in the first paragraph, outcomes as a numbered list, letter of support 'attached to this e-mail', partner contact named in a sentence, 'two days of six hours' (12), 'thirty a year', signature with title and department.",
    "email": {"account": "Siobhán Adeyemi-Kowalczyk",
              "subject": "Proposal - ICP-MS micro-credential",
              "hdr": [("From", "Siobhán Adeyemi-Kowalczyk <s.kowalczyk@example.com>"),
                      ("Sent", "Tuesday, November 17, 2026 4:42 PM"), ("To", "ce@michener.example"),
                      ("Subject", "Proposal - ICP-MS micro-credential")]},
    "blocks": [
        ("p", "Good afternoon,"),
        ("p", "Please accept this note as our concept proposal for a new micro-credential, \u201cTrace Element "
              "Testing by ICP-MS\u201d, for " + f["target_learners"] + "."),
        ("p", f["rationale"]),
        ("p", "The credential would focus on " + f["competencies"] + ". Learners will be able to:"),
        ("numbers", lo),
        ("p", "Achievement would be shown by " + f["summative_assessment"] + ". We see this as a credential that "
              + f["education_plan_alignment"] + "."),
        ("p", "Halton Regional Laboratory Services endorses the idea; their letter of support is attached to this "
              "e-mail (contact: Priyanka Vestergaard)."),
        ("p", "We picture a hybrid format: online theory then two days of six hours on our instruments, starting in "
              "the spring 2027 term, with about thirty learners a year."),
        ("p", "Kind regards,"),
        ("lines", [f["proposer_name"], f["proposer_title"], f["proposer_department"], f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- H8: G4 e-mail, bilingual FR/EN, INCOMPLETE
lo = ["Reconnaître les signes précoces du sepsis chez l'adulte à l'aide de l'outil de dépistage.",
      "Mesurer et consigner le lactate capillaire lorsque le protocole le prévoit.",
      "Transmettre une alerte sepsis structurée à l'urgence receveuse."]
f = {
    "proposal_title": "Reconnaissance précoce du sepsis en soins paramédicaux",
    "proposer_name": "Émilie Baptiste-Okafor",
    "proposer_title": "Paramédic en soins avancés, formatrice",
    "proposer_department": "Services paramédicaux de la vallée Sainte-Claire",
    "proposer_email": "ebaptiste@example.org",
    "proposer_phone": "613-555-0147",
    "submission_date": "2026-11-29",
    "request_type": "new",
    "target_learners": "paramédics en soins primaires et avancés",
    "rationale": ("Dans notre région, moins de la moitié des patients arrivés à l'urgence en sepsis avaient été "
                  "signalés par l'équipe paramédicale. Une alerte précoce réduit le délai avant les antibiotiques."),
    "learning_outcomes": lo,
    "partner_name": "Hôpital régional de la vallée Sainte-Claire",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "s'inscrit dans l'axe du Plan d'éducation sur la formation interprofessionnelle et la sécurité des patients",
    "delivery_format": "online",
    "estimated_hours": 3,
    "expected_enrolment": 200,
}
DOCS.append({
    "file": "Courriel - microcertification sepsis (E Baptiste-Okafor).pdf", "route": "email", "genre": "G4",
    "shape": "5", "lang": "fr", "fields": f, "numbers_in_words": True,
    "notes": "G4 e-mail printed to PDF, French body with an English note and bilingual signature, INCOMPLETE: competencies and assessment are 'à préciser / to be confirmed' (competencies, summative_assessment absent); 'trois heures', 'environ deux cents' (200) in words; start not given.",
    "email": {"account": "Émilie Baptiste-Okafor",
              "subject": "Proposition / Proposal – microcertification sepsis",
              "hdr": [("De", "Émilie Baptiste-Okafor <ebaptiste@example.org>"),
                      ("Envoyé", "dimanche 29 novembre 2026 20:05"), ("À", "ce@michener.example"),
                      ("Objet", "Proposition / Proposal – microcertification sepsis")]},
    "blocks": [
        ("p", "Bonjour,"),
        ("p", "(English follows the French only in the signature – happy to translate if needed.)"),
        ("p", "Je vous propose une nouvelle microcertification intitulée « Reconnaissance précoce du sepsis en soins "
              "paramédicaux », destinée aux " + f["target_learners"] + "."),
        ("p", f["rationale"]),
        ("p", "À la fin, les paramédics pourront :"), ("bullets", lo),
        ("p", "Les compétences détaillées et l'évaluation sommative restent à préciser avec notre médecin-conseil."),
        ("p", "L'Hôpital régional de la vallée Sainte-Claire a donné son accord ; la lettre suivra. Le projet "
              + f["education_plan_alignment"] + "."),
        ("p", "Format : en ligne, environ trois heures ; nous prévoyons environ deux cents paramédics par année."),
        ("p", "Merci et bonne soirée,"),
        ("lines", [f["proposer_name"], f["proposer_title"] + " / Advanced Care Paramedic, educator",
                   f["proposer_department"] + " / Sainte-Claire Valley Paramedic Services", "Tél. / Tel. " + f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- H9: G5 business case (DOCX)
lo = ["Assess a person with spinal cord injury for readiness to learn intermittent self-catheterisation.",
      "Teach clean intermittent catheterisation adapted to hand function and mobility.",
      "Recognise autonomic dysreflexia triggered by bladder distension and act on it.",
      "Plan bladder follow-up with the person and the community care team."]
f = {
    "proposal_title": "Bladder Management after Spinal Cord Injury: Teaching Self-Catheterisation",
    "proposer_name": "Wilhelmina Osei-Castellano",
    "proposer_title": "Advanced Practice Nurse, Spinal Cord Rehabilitation",
    "proposer_department": "Rehabilitation Services",
    "proposer_email": "w.osei@example.org",
    "proposer_phone": "416-555-0166",
    "submission_date": "2026-11-21",
    "request_type": "new",
    "target_learners": "rehabilitation and home care nurses",
    "rationale": ("Half of our readmissions after spinal cord injury are for urinary complications, and community "
                  "nurses tell us they were never taught to coach self-catheterisation or to manage autonomic "
                  "dysreflexia."),
    "competencies": "bladder assessment, patient teaching, adaptive catheterisation technique and emergency response to autonomic dysreflexia",
    "learning_outcomes": lo,
    "summative_assessment": "An observed teaching session with a standardised patient who has limited hand function, rated with a rubric, and a short written test on autonomic dysreflexia.",
    "partner_name": "Spinal Injury Peer Network of Ontario",
    "partner_contact": "Caspar Yeboah-Lund, cyeboah@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The course responds to the Education Plan's call for learning co-designed with patients and community partners.",
    "delivery_format": "hybrid",
    "estimated_hours": 10,
    "proposed_start": "November 2027",
    "expected_enrolment": 40,
    "resources_required": "Standardised patients, catheter teaching kits and a peer mentor from the partner for each skills session",
}
DOCS.append({
    "file": "SCI bladder management - business case.docx", "route": "docx", "genre": "G5", "shape": "5",
    "author": "Wilhelmina Osei-Castellano", "fields": f, "numbers_in_words": True,
    "notes": "G5 business case (Word): generic 'Business case' title with the course name as Subtitle, sections Background / Opportunity / Ask / Outcomes / Measuring success / Partners / Fit / Next steps; ask sentence holding request, format, hours ('a day and a half of ten hours' -> 10), start and learners ('about forty'); contacts in a closing signature.",
    "blocks": [
        ("title", "Business case"),
        ("subtitle", f["proposal_title"]),
        ("bp", ("Date: ", "21 November 2026")),
        ("h1", "Background"), ("p", f["rationale"]),
        ("h1", "Opportunity"),
        ("p", "A micro-credential for " + f["target_learners"] + " would build " + f["competencies"] + "."),
        ("h1", "Ask"),
        ("p", "We ask CE to approve a new micro-credential, delivered in a blended format over a day and a half of ten "
              "hours in total, starting November 2027, for about forty nurses a year."),
        ("h1", "Outcomes"), ("bullets", lo),
        ("h1", "Measuring success"), ("p", f["summative_assessment"]),
        ("h1", "Partners"),
        ("p", "The " + f["partner_name"] + " co-designed the content and endorses it; a letter of support is attached. "
              "Contact: " + f["partner_contact"] + "."),
        ("h1", "Fit"), ("p", f["education_plan_alignment"]),
        ("h1", "Next steps"),
        ("p", "Resources we will need: " + f["resources_required"] + ". We can start building the modules in spring."),
        ("lines", ["", "Submitted by", f["proposer_name"], f["proposer_title"], f["proposer_department"],
                   f["proposer_email"] + " | " + f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- H10: G5 business case exported to PDF, existing program
lo = ["Calculate energy needs and design meal plans for nutritional rehabilitation.",
      "Identify and manage refeeding syndrome risk.",
      "Use motivational and family-based approaches in nutrition counselling.",
      "Work within an interdisciplinary eating disorder team."]
f = {
    "proposal_title": "Nutrition Care in Eating Disorders",
    "proposer_name": "Leontyne Amadi-Sørensen",
    "proposer_title": "Registered Dietitian",
    "proposer_department": "Eating Disorders Program, Bayview Children's Hospital",
    "proposer_email": "lamadi@example.com",
    "proposer_phone": "647-555-0108",
    "submission_date": "2026-11-28",
    "request_type": "existing_program",
    "existing_program_name": "Eating Disorders Nutrition Evening Series",
    "target_learners": "dietitians and dietetic interns who see people with eating disorders",
    "rationale": ("Referrals to our program have almost doubled since 2020 and community dietitians feel unprepared "
                  "for refeeding and family-based treatment. Our evening series is well attended but ends with a "
                  "certificate of attendance only."),
    "competencies": J(["nutritional assessment and meal planning", "refeeding risk management",
                       "counselling approaches", "team-based care"]),
    "learning_outcomes": lo,
    "competency_framework": "Integrated Competencies for Dietetic Education and Practice (ICDEP)",
    "summative_assessment": "A recorded counselling role-play and a written meal-plan case, both marked against a rubric.",
    "partner_name": "Ontario Eating Disorders Collaborative",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "The conversion supports the Education Plan priority of mental-health competencies across professions.",
    "delivery_format": "online",
    "estimated_hours": 16,
    "proposed_start": "Winter 2028",
    "expected_enrolment": 60,
}
DOCS.append({
    "file": "Eating disorders nutrition - business case (conversion).pdf", "route": "docx2pdf", "genre": "G5",
    "shape": "5", "author": "Leontyne Amadi-Sørensen", "fields": f, "numbers_in_words": True,
    "notes": "G5 business case exported to PDF, existing_program: cover lines 'Name, Title' and 'Program, Organisation'; 'turn our Eating Disorders Nutrition Evening Series into a micro-credential'; competencies bulleted under Opportunity; 'sixteen hours', 'sixty learners'; partner 'agreed to endorse … letter will follow' = confirmed.",
    "blocks": [
        ("title", f["proposal_title"]),
        ("subtitle", "Business case: converting an existing offering"),
        ("lines", [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                   f"{f['proposer_email']} – {f['proposer_phone']}", "28 November 2026"]),
        ("h1", "Background"), ("p", f["rationale"]),
        ("h1", "Opportunity"),
        ("p", "A credential aimed at " + f["target_learners"] + " would assess these competencies:"),
        ("bullets", ["nutritional assessment and meal planning", "refeeding risk management", "counselling approaches",
                     "team-based care"]),
        ("p", "They follow the " + f["competency_framework"] + "."),
        ("h1", "Ask"),
        ("p", "We propose to turn our Eating Disorders Nutrition Evening Series into a micro-credential: online, "
              "sixteen hours, first offered Winter 2028, for sixty learners a year."),
        ("h1", "What learners will achieve"), ("numbers", lo),
        ("h1", "Assessment"), ("p", f["summative_assessment"]),
        ("h1", "Endorsement"),
        ("p", "The " + f["partner_name"] + " has agreed to endorse the credential and its letter will follow."),
        ("h1", "Strategic fit"), ("p", f["education_plan_alignment"]),
        ("h1", "Next steps"), ("p", "Meet with CE in January to agree a development timeline."),
    ]})

# ---------------------------------------------------------------- H11: G6 look-alike: newsletter item (pandoc DOCX)
DOCS.append({
    "file": "CE Bulletin - December 2026.docx", "route": "pandoc", "genre": "G6", "shape": "7",
    "form": False, "fields": {},
    "notes": "G6 look-alike: a newsletter issue (markdown -> pandoc DOCX) announcing a course that already runs, with learning outcomes, assessment, hours, partner, contact email – not a concept form.",
    "markdown": """---
title: Continuing Education Bulletin
subtitle: December 2026
---

## New this winter: Cytogenetics Karyotype Review

Registration is open for **Cytogenetics Karyotype Review**, a refresher for cytogenetic technologists that starts on 12 January 2027.

The course runs online over six weeks (about 15 hours in total). By the end, participants will be able to:

1. recognise common numerical and structural abnormalities;
2. apply ISCN 2024 nomenclature correctly;
3. document a karyotype review to laboratory standards.

Learning is assessed with a final case review marked by two faculty. The course was developed with Fairhaven Genetics Laboratory, whose letter of support helped secure funding.

Questions? Write to Ottilie Brannagh, program coordinator, at obrannagh@michener.example.

## Reminder: submitting a micro-credential idea

Concept forms are reviewed monthly. Send yours to ce@michener.example; incomplete forms are acknowledged with a list of what is missing.

## Staff news

Welcome to Ramón Ekwueme-Hall, who joins the CE office as instructional designer.
""",
})
