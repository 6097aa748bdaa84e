# -*- coding: utf-8 -*-
"""Tuning half of round 15b: content of every document and its expected values."""
from common import J

DOCS = []

# ---------------------------------------------------------------- T1: G1 Word proposal (DOCX)
comp = ["Recognising stroke patients at risk of aspiration", "Administering a standardised water-swallow screen",
        "Positioning and oral care before oral intake", "Documenting results and escalating to speech-language pathology"]
lo = ["Identify the clinical signs that a stroke patient should stay nil by mouth pending screening.",
      "Carry out a bedside water-swallow screen following the unit protocol.",
      "Interpret the screen result and choose the right diet and fluid texture order set.",
      "Hand over a failed screen to speech-language pathology within the agreed time."]
f = {
    "proposal_title": "Bedside Dysphagia Screening for Acute Stroke Nurses",
    "proposer_name": "Marisol Etxeberria",
    "proposer_title": "Clinical Nurse Educator",
    "proposer_department": "Neurosciences Program",
    "proposer_email": "m.etxeberria@example.org",
    "proposer_phone": "416-555-0142",
    "submission_date": "2026-11-18",
    "request_type": "new",
    "target_learners": "Registered nurses and registered practical nurses working on acute stroke and neurology units",
    "rationale": ("Our stroke unit audit found that one in four patients received oral intake before any swallow "
                  "screen was documented. Aspiration pneumonia remains the most common avoidable complication after "
                  "stroke, and the Canadian stroke best practice recommendations expect every patient to be screened "
                  "before eating, drinking or taking oral medication."),
    "competencies": J(comp),
    "learning_outcomes": lo,
    "competency_framework": "Canadian Stroke Best Practice Recommendations (acute care module) and the entry-to-practice competencies for nurses",
    "summative_assessment": ("Each learner screens a standardised patient in a recorded simulation and is rated on a "
                             "twelve-item checklist; a pass requires all critical items and at least 10 of 12 overall."),
    "partner_name": "Lakeside Regional Stroke Network",
    "partner_contact": "Dr. Pernille Aaltonen, p.aaltonen@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": ("It supports the Education Plan priority of short, competency-based learning for "
                                 "practising clinicians and builds on our simulation strength."),
    "delivery_format": "hybrid",
    "estimated_hours": 7,
    "proposed_start": "April 2027",
    "expected_enrolment": 60,
    "resources_required": "Simulation lab for one afternoon per cohort; two standardised patients; thickened fluid supplies",
}
DOCS.append({
    "file": "Dysphagia screening micro-credential - proposal (M Etxeberria).docx", "route": "docx", "genre": "G1",
    "shape": "5", "author": "Marisol Etxeberria", "fields": f,
    "notes": "G1 Word proposal: Title + Subtitle, cover lines 'Name, Title' / department / contacts / date, Heading 1 sections in the applicant's order, bullet competencies, numbered outcomes after a lead-in, logistics in a 2-column table.",
    "blocks": [
        ("title", f["proposal_title"]),
        ("subtitle", "A proposal to Continuing Education for a new micro-credential"),
        ("lines", [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                   f"{f['proposer_email']} | {f['proposer_phone']}", "18 November 2026"]),
        ("h1", "Why we need this"), ("p", f["rationale"]),
        ("h1", "Who it is for"), ("p", f["target_learners"]),
        ("h1", "What learners will practise"), ("bullets", comp),
        ("p", "The content follows the " + f["competency_framework"] + "."),
        ("h1", "Learning outcomes"), ("p", "By the end of the micro-credential, nurses will be able to:"),
        ("numbers", lo),
        ("h1", "How we will know they can do it"), ("p", f["summative_assessment"]),
        ("h1", "Partner"),
        ("p", f"The {f['partner_name']} has endorsed the proposal; its letter of support is attached. "
              f"Contact: {f['partner_contact']}."),
        ("h1", "Fit with Michener's Education Plan"), ("p", f["education_plan_alignment"]),
        ("h1", "Logistics"),
        ("table", [["Request", "A new micro-credential"], ["Format", "Blended: online modules plus one simulation afternoon"],
                   ["Hours", "7"], ["Start", f["proposed_start"]], ["Learners per year", "60"],
                   ["Resources", f["resources_required"]]]),
    ]})

# ---------------------------------------------------------------- T2: G1 Word proposal, French, exported to PDF
comp = ["évaluation du risque carieux", "application sécuritaire du fluorure diamine d'argent",
        "obtention du consentement éclairé (coloration noire des lésions)", "suivi et documentation"]
lo = ["Sélectionner les lésions et les clients pour lesquels le FDA est indiqué.",
      "Appliquer le FDA selon le protocole, en protégeant les tissus mous.",
      "Expliquer au client ou au parent les effets attendus, dont la coloration des lésions.",
      "Consigner l'intervention et planifier la réévaluation."]
f = {
    "proposal_title": "Application du fluorure diamine d'argent en hygiène dentaire communautaire",
    "proposer_name": "Gaëlle Nadeau-Okonkwo",
    "proposer_title": "Coordonnatrice clinique",
    "proposer_department": "Programme d'hygiène dentaire",
    "proposer_email": "gnadeau@michener.example",
    "proposer_phone": "647-555-0117",
    "submission_date": "2026-11-20",
    "request_type": "micro_course",
    "target_learners": "hygiénistes dentaires qui travaillent en santé publique, en soins de longue durée ou en cabinet",
    "rationale": ("Le FDA est désormais autorisé pour les hygiénistes dentaires, mais peu d'entre elles ont reçu une "
                  "formation pratique. Les services de santé publique nous ont signalé une demande croissante pour "
                  "arrêter la carie chez les jeunes enfants et les aînés."),
    "competencies": J(comp),
    "learning_outcomes": lo,
    "summative_assessment": ("Une application observée sur modèle, évaluée avec une grille, et un court examen écrit "
                             "de vingt questions (note de passage : 80 %)."),
    "partner_name": "Santé publique de la région des Trois-Rivières",
    "endorsement_status": "confirmed",
    "education_plan_alignment": ("Le projet répond à l'axe du Plan d'éducation sur l'équité en santé et l'accès aux "
                                 "soins dans la communauté."),
    "delivery_format": "in_person",
    "estimated_hours": 12,
    "proposed_start": "septembre 2027",
    "expected_enrolment": 30,
}
DOCS.append({
    "file": "Proposition microcours FDA - G Nadeau-Okonkwo.pdf", "route": "docx2pdf", "genre": "G1", "shape": "5",
    "lang": "fr", "author": "Gaëlle Nadeau-Okonkwo", "fields": f,
    "notes": "G1 in French, Word proposal exported to PDF by LibreOffice: cover lines, Heading 1 sections in French, 'microcours' = micro_course, 'a donné son accord ; la lettre suivra' = confirmed, 'une journée et demie (12 heures)' -> 12, 'une trentaine' written with the figure 30 too.",
    "blocks": [
        ("title", f["proposal_title"]),
        ("lines", [f"Présenté par : {f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                   f"Courriel : {f['proposer_email']} — Tél. : {f['proposer_phone']}", "Le 20 novembre 2026"]),
        ("h1", "Type de demande"), ("p", "Il s'agit d'un microcours."),
        ("h1", "Contexte et besoin"), ("p", f["rationale"]),
        ("h1", "Public visé"), ("p", "Le microcours est destiné aux " + f["target_learners"] + "."),
        ("h1", "Compétences"), ("bullets", comp),
        ("h1", "Résultats d'apprentissage"), ("p", "À la fin du microcours, la personne apprenante pourra :"),
        ("bullets", lo),
        ("h1", "Évaluation sommative"), ("p", f["summative_assessment"]),
        ("h1", "Partenaire"),
        ("p", f"{f['partner_name']} a donné son accord ; la lettre suivra."),
        ("h1", "Lien avec le Plan d'éducation de Michener"), ("p", f["education_plan_alignment"]),
        ("h1", "Modalités"),
        ("p", "En présentiel, sur une journée et demie (12 heures). Début souhaité : septembre 2027. "
              "Nous prévoyons une trentaine de personnes par année (30)."),
    ]})

# ---------------------------------------------------------------- T3: G2 LaTeX twocolumn
lo = ["Prepare and stain air-dried and alcohol-fixed smears at the bedside.",
      "Judge specimen adequacy against the laboratory's written criteria.",
      "Communicate a preliminary adequacy call to the proceduralist clearly and within scope.",
      "Triage material for cell block, flow cytometry or molecular testing."]
f = {
    "proposal_title": "Rapid On-Site Evaluation of Fine Needle Aspirates for Cytotechnologists",
    "proposer_name": "Tobias Lindqvist-Arroyo",
    "proposer_title": "Senior Cytotechnologist",
    "proposer_department": "Diagnostic Cytology",
    "proposer_email": "tlindqvist@example.org",
    "proposer_phone": "905-555-0163",
    "submission_date": "2026-11-16",
    "request_type": "new",
    "target_learners": "certified cytotechnologists who are new to bedside adequacy assessment",
    "rationale": ("Interventional radiology and endoscopy have doubled their fine needle aspiration lists in two "
                  "years, and non-diagnostic rates rise when no cytotechnologist attends. Only three of our staff "
                  "currently cover on-site evaluation."),
    "competencies": "smear preparation, rapid staining, adequacy assessment, communication with the proceduralist and specimen triage",
    "learning_outcomes": lo,
    "summative_assessment": "A practical adequacy test on twenty glass slides plus two observed on-site sessions signed off by a cytopathologist.",
    "partner_name": "Northshore Interventional Imaging Group",
    "partner_contact": "Ingrid Valcourt, ivalcourt@example.com",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Aligns with the Education Plan goal of advancing practice for laboratory professionals through workplace-integrated learning.",
    "delivery_format": "hybrid",
    "estimated_hours": 16,
    "proposed_start": "January 2028",
    "expected_enrolment": 24,
    "resources_required": "Microscope time in the teaching lab, archived slide sets, cytopathologist sign-off (about six hours per cohort)",
}
DOCS.append({
    "file": "ROSE_cytotech_microcredential_proposal.pdf", "route": "latex", "genre": "G2", "shape": "5",
    "fields": f,
    "latex": {"title": f["proposal_title"],
              "author": [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"],
                         f"{f['proposer_email']} -- {f['proposer_phone']}"],
              "date": "November 16, 2026"},
    "notes": "G2 LaTeX twocolumn article: \\maketitle title/author lines/date, unnumbered sections, competencies in a sentence after 'competence in', enumerate outcomes, partner in a sentence ('we are discussing' = in_discussion), logistics tabular without header.",
    "blocks": [
        ("h1", "Background"), ("p", f["rationale"]),
        ("h1", "Audience"), ("p", "The micro-credential is aimed at " + f["target_learners"] + "."),
        ("h1", "Skills"), ("p", "Learners build competence in " + f["competencies"] + "."),
        ("h1", "Outcomes"), ("p", "Successful learners will be able to:"), ("numbers", lo),
        ("h1", "Assessment"), ("p", f["summative_assessment"]),
        ("h1", "Partner"),
        ("p", f"We are discussing a formal endorsement with the {f['partner_name']} (contact: {f['partner_contact']}); nothing is confirmed yet."),
        ("h1", "Education Plan"), ("p", f["education_plan_alignment"]),
        ("h1", "Logistics"),
        ("table", [("Type", "New micro-credential"), ("Delivery", "Hybrid"), ("Hours", "16"),
                   ("Launch", f["proposed_start"]), ("Learners/year", "24"), ("Resources", f["resources_required"])]),
    ]})

# ---------------------------------------------------------------- T4: G3 slide deck (complete)
lo = ["Explain the dose-rate and contamination hazards of therapeutic I-131.",
      "Prepare a treatment room and a patient information package for discharge.",
      "Perform and record exposure-rate measurements before release.",
      "Respond to a spill or a patient vomiting within the first 24 hours."]
f = {
    "proposal_title": "Radiation Safety for Radioiodine Therapy",
    "proposer_name": "Kwabena Oduya-Finch",
    "proposer_title": "Radiation Safety Officer",
    "proposer_department": "Nuclear Medicine",
    "proposer_email": "k.oduyafinch@example.org",
    "proposer_phone": "416-555-0188",
    "request_type": "new",
    "target_learners": "Nuclear medicine technologists and inpatient nurses caring for I-131 therapy patients",
    "rationale": "Radioiodine therapy is moving from two hospitals to five in our region; new sites need trained staff before their first treatments.",
    "competencies": J(["Room preparation and shielding", "Exposure-rate survey and release criteria",
                       "Contamination control and spill response", "Patient and family teaching"]),
    "learning_outcomes": lo,
    "summative_assessment": "Observed room set-up and release survey with a checklist, plus a 25-question online test",
    "partner_name": "Provincial Radiation Protection Service",
    "partner_contact": "Hélène Marchetti",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Delivers the Education Plan commitment to safety-critical upskilling for the regional workforce",
    "delivery_format": "hybrid",
    "estimated_hours": 10,
    "proposed_start": "Spring 2027",
    "expected_enrolment": 40,
}
DOCS.append({
    "file": "RAI safety micro-credential - pitch deck.pdf", "route": "slides", "genre": "G3", "shape": "5",
    "fields": f, "accent": "#7a2e3b", "numbers_in_words": True,
    "notes": "G3 slide deck PDF (16:9): cover slide with title and presenter lines, one slide per topic with bullets, outcomes as bullets after a lead-in bullet-less paragraph, 'about forty learners a year' -> 40, 'ten hours' in words -> 10, contact slide at the end.",
    "slides": [
        ("cover", f["proposal_title"], ["Micro-credential proposal to Michener Continuing Education",
                                        f"{f['proposer_name']} · {f['proposer_title']}, {f['proposer_department']}"]),
        ("s", "The need", [f["rationale"]]),
        ("s", "Who", [f["target_learners"]]),
        ("s", "Skills", ["Room preparation and shielding", "Exposure-rate survey and release criteria",
                         "Contamination control and spill response", "Patient and family teaching"]),
        ("s", "Learning outcomes", [("p", "Learners will be able to:")] + lo),
        ("s", "Assessment", [f["summative_assessment"]]),
        ("s", "Partner", [f"{f['partner_name']} (contact: {f['partner_contact']})", "Letter of support attached"]),
        ("s", "Education Plan", [f["education_plan_alignment"]]),
        ("s", "Plan", ["A new micro-credential", "Hybrid: online theory, one hands-on session in the hot lab",
                       "About ten hours in total", "Start: " + f["proposed_start"], "About forty learners a year"]),
        ("s", "Contact", [f["proposer_name"], f["proposer_email"], f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- T5: G3 slide deck (incomplete)
lo = ["Prepare the patient and the tilt table, including continuous blood pressure monitoring.",
      "Run the test protocol, including the nitroglycerin provocation phase, safely.",
      "Recognise vasovagal, orthostatic and POTS response patterns that need a cardiologist."]
f = {
    "proposal_title": "Head-Up Tilt Table Testing Basics",
    "proposer_name": "Saoirse Delacroix-Mbeki",
    "proposer_title": "Cardiology Technologist Lead",
    "proposer_department": "Heart Function Clinic",
    "proposer_email": "sdelacroix@example.com",
    "proposer_phone": "289-555-0129",
    "request_type": "micro_course",
    "target_learners": "Cardiology technologists and cardiac nurses new to the syncope clinic",
    "rationale": "Syncope clinic referrals grew by a third since 2024 and only one technologist can currently run tilt tests.",
    "competencies": J(["Patient preparation and monitoring", "Protocol and provocation phase", "Recognising response patterns"]),
    "learning_outcomes": lo,
    "endorsement_status": "none",
    "education_plan_alignment": "Supports the Education Plan aim of flexible, stackable learning for working clinicians",
    "delivery_format": "online",
    "estimated_hours": 6,
    "proposed_start": "Fall 2027",
}
DOCS.append({
    "file": "Tilt table micro-course (draft slides).pdf", "route": "slides", "genre": "G3", "shape": "5",
    "fields": f, "accent": "#245c4a",
    "notes": "G3 slide deck, INCOMPLETE: assessment slide says 'to be decided' (summative_assessment absent) and no partner approached yet (endorsement none, partner_name absent); 'six hours' in words.",
    "slides": [
        ("cover", f["proposal_title"], ["Micro-course idea – draft for discussion",
                                        f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"]]),
        ("s", "Why now?", [f["rationale"]]),
        ("s", "Audience", [f["target_learners"]]),
        ("s", "What we would cover", ["Patient preparation and monitoring", "Protocol and provocation phase",
                                       "Recognising response patterns"]),
        ("s", "Outcomes", lo),
        ("s", "Assessment", ["To be decided with the clinic cardiologists"]),
        ("s", "Partners", ["We have not approached an external partner yet."]),
        ("s", "Fit", [f["education_plan_alignment"]]),
        ("s", "Format", ["A micro-course", "Fully online, about six hours", "Target: " + f["proposed_start"]]),
        ("s", "Questions?", [f["proposer_email"] + " · " + f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- T6: G4 e-mail printed to PDF
lo = ["prepare the patient and explain bowel preparation and the capsule procedure",
      "load the recording and identify anatomical landmarks",
      "flag bleeding, ulcers and suspected lesions for the gastroenterologist",
      "write a structured pre-reading summary"]
f = {
    "proposal_title": "Capsule Endoscopy Pre-Reading for Nurses",
    "proposer_name": "Ruairí Castellanos",
    "proposer_title": "Endoscopy Nurse Clinician",
    "proposer_department": "Digestive Health Unit",
    "proposer_email": "rcastellanos@example.org",
    "proposer_phone": "416-555-0103",
    "submission_date": "2026-11-24",
    "request_type": "new",
    "target_learners": "registered nurses in endoscopy and gastroenterology units",
    "rationale": ("Our gastroenterologists spend hours reviewing capsule recordings that a trained nurse could pre-read, "
                  "and patients wait up to ten weeks for results."),
    "competencies": "patient preparation, video review, landmark identification and lesion flagging",
    "learning_outcomes": lo,
    "summative_assessment": "pre-reading of five archived recordings compared with the gastroenterologist's report, and a short case quiz",
    "partner_name": "Great Lakes Gastroenterology Group",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "fits the Education Plan's focus on competency-based credentials for expanding nursing roles",
    "delivery_format": "in_person",
    "estimated_hours": 8,
    "expected_enrolment": 36,
    "proposed_start": "May 2027",
}
DOCS.append({
    "file": "Micro-credential idea - capsule endoscopy pre-reading.pdf", "route": "email", "genre": "G4", "shape": "5",
    "fields": f, "numbers_in_words": True,
    "notes": "G4 e-mail printed to PDF (HTML mail through LibreOffice Writer/Web): account line, From/Sent/To/Subject table, answers in sentences; 'a single day (eight hours)' -> 8; 'three groups of a dozen' (36 a year) -> 36; outcomes as bullets after a lead-in; signature with title/department/phone; the partner 'has agreed to endorse … letter will follow' = confirmed.",
    "email": {"account": "Ruairí Castellanos",
              "subject": "Micro-credential idea: Capsule Endoscopy Pre-Reading for Nurses",
              "hdr": [("From", "Ruairí Castellanos <rcastellanos@example.org>"),
                      ("Sent", "Tuesday, November 24, 2026 9:14 AM"), ("To", "ce@michener.example"),
                      ("Subject", "Micro-credential idea: Capsule Endoscopy Pre-Reading for Nurses")]},
    "blocks": [
        ("p", "Hello Continuing Education team,"),
        ("p", "I would like to propose a new micro-credential called \u201cCapsule Endoscopy Pre-Reading for Nurses\u201d. "
              "It is meant for " + f["target_learners"] + "."),
        ("p", "Why: " + f["rationale"]),
        ("p", "The skills we would teach are " + f["competencies"] + ". By the end, learners should be able to:"),
        ("bullets", lo),
        ("p", "For the summative assessment we plan " + f["summative_assessment"] + "."),
        ("p", "The " + f["partner_name"] + " has agreed to endorse the credential; their letter will follow next week. "
              "I think it " + f["education_plan_alignment"] + "."),
        ("p", "Practically, it would run in person over a single day (eight hours), starting in May 2027, "
              "with three groups of a dozen a year (36 learners)."),
        ("p", "Thanks for considering it,"),
        ("lines", [f["proposer_name"], f["proposer_title"] + " | " + f["proposer_department"], "Tel. " + f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- T7: G5 business case (DOCX), existing program
lo = ["Orient, measure and describe common surgical specimens according to the synoptic template.",
      "Select and submit tissue sections that answer the pathologist's questions.",
      "Apply safe handling of formalin and sharps at the grossing bench.",
      "Photograph and document specimens to departmental standards."]
f = {
    "proposal_title": "Surgical Specimen Grossing Essentials",
    "proposer_name": "Oyelaran Brightwater",
    "proposer_title": "Pathologists' Assistant Program Coordinator",
    "proposer_department": "School of Applied Laboratory Sciences",
    "proposer_email": "obrightwater@michener.example",
    "proposer_phone": "416-555-0151 ext. 2231",
    "submission_date": "2026-11-12",
    "request_type": "existing_program",
    "existing_program_name": "Grossing Workshop Series",
    "target_learners": "medical laboratory technologists and pathologists' assistants who gross small and medium specimens",
    "rationale": ("Hospital laboratories cannot recruit enough pathologists' assistants, and technologists are being "
                  "asked to gross without formal training. Our workshop series is popular but carries no credential "
                  "and no assessment."),
    "competencies": J(["specimen orientation and measurement", "tissue sampling for synoptic reporting",
                       "chemical and sharps safety", "gross photography and documentation"]),
    "learning_outcomes": lo,
    "competency_framework": "CAP synoptic reporting protocols",
    "summative_assessment": "Learners gross and describe three specimens under observation and submit a portfolio of ten supervised cases.",
    "partner_name": "Greater Toronto Laboratory Medicine Alliance",
    "partner_contact": "Dr. Amadou Pellerin, apellerin@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The proposal advances the Education Plan's commitment to stackable credentials and to laboratory workforce renewal.",
    "delivery_format": "hybrid",
    "estimated_hours": 20,
    "proposed_start": "Winter 2027",
    "expected_enrolment": 45,
    "resources_required": "Grossing benches in the teaching lab, fixed teaching specimens, one faculty lead at 0.2 FTE",
}
DOCS.append({
    "file": "Business case - grossing micro-credential.docx", "route": "docx", "genre": "G5", "shape": "5",
    "author": "Oyelaran Brightwater", "fields": f, "numbers_in_words": True,
    "notes": "G5 business-case template (Word): Background / Opportunity / The ask / Outcomes / Evidence of learning / Support / Strategic fit / Next steps; facts in sentences; existing_program with the program named in 'convert our existing Grossing Workshop Series'; 'twenty hours' and 'roughly forty-five learners' in words; contacts in a signature at the end.",
    "blocks": [
        ("title", "Business Case"),
        ("subtitle", f["proposal_title"]),
        ("bp", ("Prepared: ", "12 November 2026")),
        ("h1", "Background"), ("p", f["rationale"]),
        ("h1", "Opportunity"),
        ("p", "A credential would recognise " + f["target_learners"] + ". Competencies covered: "
              + f["competencies"] + ", mapped to the " + f["competency_framework"] + "."),
        ("h1", "The ask"),
        ("p", "We ask Continuing Education to convert our existing Grossing Workshop Series into a micro-credential, "
              "offered in a hybrid format of twenty hours, from Winter 2027, for roughly forty-five learners a year."),
        ("h1", "Outcomes"), ("p", "Graduates will be able to:"), ("bullets", lo),
        ("h1", "Evidence of learning"), ("p", f["summative_assessment"]),
        ("h1", "Support"),
        ("p", "The " + f["partner_name"] + " endorses the proposal; a letter of support is enclosed. Contact: "
              + f["partner_contact"] + "."),
        ("h1", "Strategic fit"), ("p", f["education_plan_alignment"]),
        ("h1", "Resources"), ("p", f["resources_required"] + "."),
        ("h1", "Next steps"),
        ("p", "If CE agrees in principle, we will draft the assessment rubric with the Alliance in January."),
        ("lines", ["", f["proposer_name"], f["proposer_title"], f["proposer_department"], f["proposer_email"],
                   f["proposer_phone"]]),
    ]})

# ---------------------------------------------------------------- T8: G5 business case exported to PDF
lo = ["Position infants safely and obtain the standard coronal view of the hip.",
      "Measure alpha and beta angles and classify hips by the Graf method.",
      "Recognise images that cannot be measured and repeat them.",
      "Report findings using the departmental template."]
f = {
    "proposal_title": "Infant Hip Ultrasound for Developmental Dysplasia",
    "proposer_name": "Henrike Oyelowo-Sandberg",
    "proposer_title": "Charge Sonographer, Medical Imaging",
    "proposer_department": "Westvale Community Hospital",
    "proposer_email": "h.sandberg@example.org",
    "proposer_phone": "705-555-0176",
    "submission_date": "2026-11-27",
    "request_type": "new",
    "target_learners": "diagnostic medical sonographers who scan infants",
    "rationale": ("An audit at four community sites showed that one infant hip scan in five could not be measured, which "
                  "leads to repeat appointments and late referrals. Most sonographers learned the technique on the job."),
    "competencies": "infant positioning, standard plane acquisition, angle measurement and classification",
    "learning_outcomes": lo,
    "summative_assessment": "a logbook of twenty supervised scans and an observed scan with measurement",
    "partner_name": "Canadian Paediatric Imaging Society",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Supports Michener's Education Plan priority on quality and patient safety in imaging practice",
    "delivery_format": "online",
    "estimated_hours": 15,
    "proposed_start": "Autumn 2027",
    "expected_enrolment": 50,
}
DOCS.append({
    "file": "Infant hip ultrasound business case.pdf", "route": "docx2pdf", "genre": "G5", "shape": "5",
    "author": "Henrike Oyelowo-Sandberg", "fields": f, "numbers_in_words": True,
    "notes": "G5 business case exported to PDF (LibreOffice): cover block with an organisation as only affiliation (proposer_department), Background / Opportunity / Ask / Next steps, facts in sentences; 'fifteen hours', 'about fifty sonographers'; 'in conversation … nothing is confirmed' = in_discussion.",
    "blocks": [
        ("title", f["proposal_title"]),
        ("p", "Business case for a new micro-credential"),
        ("lines", [f["proposer_name"], f["proposer_title"], f["proposer_department"],
                   f["proposer_email"] + " · " + f["proposer_phone"], "27 November 2026"]),
        ("h1", "Background"), ("p", f["rationale"]),
        ("h1", "Opportunity"),
        ("p", "A short credential for " + f["target_learners"] + " would cover " + f["competencies"] + "."),
        ("p", "Learners completing it will be able to:"), ("numbers", lo),
        ("p", "Achievement is shown through " + f["summative_assessment"] + "."),
        ("h1", "Ask"),
        ("p", "We request a new micro-credential, delivered online, of about fifteen hours, launching Autumn 2027, "
              "for about fifty sonographers a year."),
        ("p", "It " + f["education_plan_alignment"] + "."),
        ("h1", "Next steps"),
        ("p", "We are in conversation with the " + f["partner_name"] + " about an endorsement; nothing is confirmed yet."),
    ]})

# ---------------------------------------------------------------- T9: G6 look-alike: meeting minutes (pandoc DOCX)
DOCS.append({
    "file": "CE Advisory Committee - minutes 2026-11-10.docx", "route": "pandoc", "genre": "G6", "shape": "7",
    "form": False, "fields": {},
    "notes": "G6 look-alike: committee minutes (markdown -> pandoc DOCX) discussing a proposed course with form vocabulary (learning outcomes, summative assessment, partner, letter of support, hours, contact email) – not a concept form.",
    "markdown": """---
title: Continuing Education Advisory Committee – Minutes
date: 10 November 2026
---

**Present:** Adaeze Kristiansen (chair), Lorcan Baptiste-Yilmaz, Mireille Otieno, Paavo Rinaldi
**Regrets:** Sunniva Achterberg
**Recorder:** Paavo Rinaldi (p.rinaldi@michener.example)

## 1. Approval of the agenda

Approved as circulated.

## 2. Update on micro-credential proposals

- Nine concept forms were received since September; six are complete and three are missing a summative assessment or a partner.
- The committee discussed the proposed *Mortuary and Autopsy Assistant Safety* course. Members asked that the learning outcomes be rewritten as observable behaviours and that the letter of support name the endorsing organisation.
- Estimated hours for most proposals fall between 8 and 20; the committee asked CE to publish guidance on counting online hours.

## 3. Alignment with the Education Plan

Mireille Otieno presented the draft alignment rubric. Proposals should say in one paragraph how they advance the Education Plan.

**Action:** Mireille to circulate the rubric by 24 November.

## 4. Next meeting

8 December 2026, 14:00, room 4-112 and online.
""",
})
