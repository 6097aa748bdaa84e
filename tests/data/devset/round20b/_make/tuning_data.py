"""Tuning half of round 20b: content of each document and, from the same values, its expected file."""
from lib import D, P, L

DOCS = []

# ---------------------------------------------------------------- T1  G1
DOCS.append(dict(
    file="Concept Form - Nerve Conduction Studies Upper Limb - R Adebayo-Lindqvist", genre="G1", shape="1",
    notes="G1: official DOCX table form (python-docx); shaded section rows spanning both columns; labels with a smaller "
          "grey help line; answers in blue Calibri 11 against the form's Arial 9; outcomes as an 'Outcome | How assessed' "
          "table inside the answer cell after a lead-in; nested Word-numbered competencies (List Number + List Bullet 2); "
          "choices marked by typing X in '[   ]' beside the option; PAGE/NUMPAGES footer; empty CE office box.",
    f=dict(
        proposal_title="Nerve Conduction Studies: Upper Limb Technique for Neurodiagnostic Technologists",
        proposer_name="Rasheed Adebayo-Lindqvist",
        proposer_title="Clinical Instructor, Neurodiagnostics",
        proposer_department="School of Applied Health Sciences – Neurophysiology Program",
        proposer_email="r.adebayo-lindqvist@michener.example",
        proposer_phone="416-555-0143 ext. 3318",
        request_type="new",
        target_learners="Registered EEG/EP technologists and recent neurophysiology graduates moving into EMG labs; "
                        "about 12 per cohort, two cohorts a year.",
        rationale=P("Hospital EMG labs in the region report that most new technologists arrive without supervised "
                    "nerve conduction practice, so physicians repeat studies and wait lists grow.",
                    "Three partner labs told us they would release staff for a short, assessed course rather than "
                    "train on the job for six months."),
        competencies=L(("Study preparation:", ["limb temperature measurement and warming", "surface electrode placement and skin preparation"]),
                       ("Recording:", ["median, ulnar and radial motor and sensory studies", "F-waves and inching across the elbow"]),
                       ("Quality and safety:", ["recognising stimulus artefact and volume conduction", "electrical safety with implanted devices"]),
                       numbered=True),
        learning_outcomes=[("Prepare a patient and the limb for an upper-limb nerve conduction study, including temperature control.", "Direct observation checklist"),
                           ("Perform median, ulnar and radial motor and sensory studies to laboratory protocol.", "Practical exam on a volunteer"),
                           ("Identify and correct common technical errors in recorded waveforms.", "Waveform review quiz"),
                           ("Document findings in a technologist worksheet ready for physician interpretation.", "Worksheet audit")],
        competency_framework="Canadian Association of Electroneurophysiology Technologists competency profile (NCS domain)",
        summative_assessment="A two-hour practical exam: each learner completes a full upper-limb protocol on a volunteer, "
                             "scored against a 30-item checklist by two examiners (pass = 80 % with no critical errors).",
        partner_name="Harbourfront Neuromuscular Clinic",
        partner_contact="Dr. Ines Vasquez-Moreau, ivasquez@harbourfront.example.org",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan's commitment to stackable, competency-based credentials "
                                 "co-designed with clinical partners.",
        delivery_format="hybrid",
        estimated_hours=D(18, "18"),
        proposed_start="Spring 2027 (April cohort)",
        expected_enrolment=D(24, "24 (two cohorts of 12)"),
        resources_required="Two EMG machines on loan from the partner; neurophysiology lab for two Saturdays.",
        submission_date="2026-11-09",
    )))

# ---------------------------------------------------------------- T2  G1
DOCS.append(dict(
    file="Ototoxicity Monitoring micro-course - concept form (KF)", genre="G1", shape="1",
    notes="G1: official DOCX table form; answers in dark red Georgia 10.5; 'Letter of support attached? Yes [ X ] No [ ]' "
          "for endorsement; several label variants (Lead Proposer, Contact Email, Who is this for?); outcomes table with "
          "five rows; competencies as a Word bullet list; hours and enrolment written as numbers with words after them.",
    style=dict(ans_color="8B1A1A", ans_font="Georgia", ans_size=10.5, endorse="yesno",
               labels={"proposer_name": ("Lead Proposer", None), "proposer_email": ("Contact Email", None),
                       "target_learners": ("Who is this for?", "(who, what level, how many)")}),
    f=dict(
        proposal_title="Ototoxicity Monitoring in Oncology and Respiratory Clinics",
        proposer_name="Kalinda Fairweather",
        proposer_title="Audiologist and Part-time Faculty",
        proposer_department="Continuing Education – Hearing Health",
        proposer_email="kfairweather@example.org",
        proposer_phone="647-555-0127",
        request_type="micro_course",
        target_learners="Communicative disorders assistants and audiometric technicians working with patients on "
                        "cisplatin or aminoglycosides; roughly 20 learners per offering.",
        rationale="Cancer centres are expanding baseline and serial hearing checks, but few assistants have been taught "
                  "extended high-frequency audiometry or when to escalate a threshold shift.",
        competencies=L("Extended high-frequency audiometry (9–16 kHz)", "Distortion-product otoacoustic emissions",
                       "Applying ASHA and CTCAE ototoxicity change criteria", "Counselling and escalation to the audiologist"),
        learning_outcomes=[("Obtain a reliable baseline including extended high-frequency thresholds.", "Skills check"),
                           ("Record DPOAEs and judge test quality.", "Recorded case review"),
                           ("Apply published change criteria to serial results.", "Case quiz"),
                           ("Explain the monitoring schedule to a patient in plain language.", "Role play"),
                           ("Escalate a significant shift using the clinic's referral pathway.", "Written scenario")],
        competency_framework="",
        summative_assessment="Case-based practical: learners test a standardised patient, compare the result with a "
                             "supplied baseline and write an escalation note; graded with a rubric.",
        partner_name="Lakeview Regional Cancer Centre",
        partner_contact="Tomasz Wierzbicki, Manager of Audiology",
        endorsement_status="letter_attached",
        education_plan_alignment="Fits the plan's priority on interprofessional care pathways and short credentials for "
                                 "working assistants.",
        delivery_format="in_person",
        estimated_hours=D(7, "7 hours (one day)"),
        proposed_start="February 2027",
        expected_enrolment=D(40, "40 a year"),
        resources_required="",
        submission_date="2026-10-28",
    )))

# ---------------------------------------------------------------- T3  G2  (French)
DOCS.append(dict(
    file="Formulaire de concept - Bilan urodynamique - S Théberge", genre="G2", shape="1",
    notes="G2: French official form written as DOCX, saved as RTF and re-saved as DOCX by LibreOffice; Times New Roman; "
          "plain merged section rows; help text on a second line; choices answered by deleting the options that do not "
          "apply (one left); request = conversion of an existing program; outcomes typed '1)'; nested typed numbering "
          "'1.' / '1.1' in competencies; French date.",
    style=dict(lang="fr", title="Formulaire de concept – Microcours / Microprogramme",
               intro="Remplir toutes les sections et envoyer à ce@michener.example.",
               header="Institut Michener – Formation continue", footer="FC-MC-01 Formulaire de concept",
               date_style="long"),
    f=dict(
        proposal_title="Bilan urodynamique : réalisation et assurance qualité",
        proposer_name="Solène Théberge",
        proposer_title="Infirmière clinicienne spécialisée",
        proposer_department="Formation continue – Soins infirmiers spécialisés",
        proposer_email="solene.theberge@example.com",
        proposer_phone="514-555-0186",
        request_type="existing_program",
        existing_program_name="Atelier d'urologie fonctionnelle (programme local de 2 jours)",
        target_learners="Infirmières et infirmiers des cliniques d'urologie et de gynécologie, débutants en urodynamie ; "
                        "environ 15 par groupe.",
        rationale="Les cliniques ont acquis de nouveaux appareils mais les examens sont souvent repris à cause "
                  "d'artefacts de pression et de remplissages mal calibrés.",
        competencies=L(("Préparation :", ["étalonnage et mise à zéro des capteurs", "pose des cathéters vésical et rectal"]),
                       ("Réalisation :", ["cystomanométrie de remplissage", "étude pression-débit"]),
                       ("Qualité :", ["reconnaissance des artefacts", "rapport selon les normes de l'ICS"]), numbered=True),
        learning_outcomes=["Préparer le patient et l'équipement selon le protocole de l'ICS.",
                           "Réaliser une cystomanométrie et une étude pression-débit sans artefact majeur.",
                           "Repérer et corriger les artefacts de pression en cours d'examen.",
                           "Rédiger un compte rendu technique conforme."],
        competency_framework="Normes de bonne pratique urodynamique de l'International Continence Society (ICS)",
        summative_assessment="Examen pratique sur simulateur suivi de l'analyse de trois tracés ; grille critériée, "
                             "seuil de réussite 75 %.",
        partner_name="Centre hospitalier Saint-Aubin",
        partner_contact="Dre Hélène Marchand, hmarchand@saint-aubin.example.org",
        endorsement_status="confirmed",
        education_plan_alignment="Répond à l'orientation du Plan d'éducation sur la conversion de formations existantes "
                                 "en titres de compétences reconnus.",
        delivery_format="hybrid",
        estimated_hours=D(12, "12"),
        proposed_start="Automne 2027",
        expected_enrolment=D(30, "30"),
        resources_required="Simulateur urodynamique prêté par le partenaire ; salle de simulation une journée.",
        submission_date="2026-11-16",
    )))

# ---------------------------------------------------------------- T4  G2
DOCS.append(dict(
    file="Thermoplastic Mask Immobilisation - Concept Form", genre="G2", shape="1",
    notes="G2: English official form, DOCX -> RTF -> DOCX through LibreOffice; delivery and request answered by deleting "
          "the other options; endorsement 'In discussion'; rationale in three paragraphs; competencies as typed bullets; "
          "date written 03/12/2026 (day/month) on the form.",
    style=dict(date_style="slash"),
    f=dict(
        proposal_title="Thermoplastic Mask Immobilisation for Head and Neck Radiation Therapy",
        proposer_name="Marisol Okonkwo-Reyes",
        proposer_title="Radiation Therapist, Mould Room Lead",
        proposer_department="Medical Radiation Sciences",
        proposer_email="m.okonkwo-reyes@michener.example",
        proposer_phone="416-555-0158",
        request_type="new",
        target_learners="Practising radiation therapists rotating into the mould room, and final-year students on "
                        "placement; 10 per cohort.",
        rationale=P("Head and neck patients now make up a third of our mask workload and remakes delay treatment starts.",
                    "Mould-room skills are taught informally at each centre, so quality varies and remake rates differ "
                    "between sites.",
                    "A short credential would give centres a shared standard and a record of competence."),
        competencies=L("Patient positioning and comfort for open-face and full masks",
                       "Heating, stretching and moulding thermoplastic to the bolus and shoulders",
                       "Checking fit and reproducibility on CT simulation",
                       "Communicating with anxious or claustrophobic patients"),
        learning_outcomes=["Select a mask and headrest system appropriate to the treatment site and patient.",
                           "Form a mask that meets the centre's reproducibility tolerance.",
                           "Assess mask fit and decide when a remake is needed.",
                           "Support patients with anxiety during moulding using agreed strategies."],
        competency_framework="CAMRT competency profile for radiation therapists",
        summative_assessment="Observed practical on a phantom and a volunteer, with fit checked on CT images; plus a "
                             "short reflective case write-up.",
        partner_name="Northshore Cancer Program",
        partner_contact="Gwendolyn Achterberg, Radiation Therapy Manager",
        endorsement_status="in_discussion",
        education_plan_alignment="Advances the plan's goals for simulation-based learning and partnership with regional "
                                 "cancer programs.",
        delivery_format="in_person",
        estimated_hours=D(10, "10 hours"),
        proposed_start="January 2028",
        expected_enrolment=D(30, "30"),
        resources_required="Water bath and thermoplastic sheets (about $1,800 per cohort); CT simulator time at the partner.",
        submission_date="2026-12-03",
    )))

# ---------------------------------------------------------------- T5  G3
TILT_RATIONALE = P(
    "Syncope and orthostatic intolerance are among the commonest reasons for referral to our cardiac diagnostics "
    "clinics, and head-up tilt table testing remains the standard investigation when history and ECG do not settle the "
    "diagnosis. Over the past three years the number of tilt tests requested across the four hospitals in our network "
    "has more than doubled, driven by new autonomic and post-viral clinics.",
    "The technologists who run these tests come from cardiology, neurophysiology and nursing backgrounds. None of their "
    "entry-to-practice programs teach tilt testing in any depth. Each site has trained its own staff by shadowing, with "
    "local protocols that differ in the tilt angle, the timing of the drug phase and what is monitored. Our partner's "
    "quality review found that one test in eight had to be repeated or could not be interpreted because the protocol "
    "was not followed or the beat-to-beat blood pressure signal was lost.",
    "Tilt testing is also a procedure with real risk: patients are provoked into fainting on purpose, some are given "
    "sublingual nitroglycerin or isoproterenol, and asystolic pauses are not rare. Staff must recognise the response "
    "patterns quickly, return the patient to supine at the right moment and manage the recovery safely. Managers told "
    "us that this is where new staff are least confident.",
    "There is no short, assessed course in Canada for this skill set. Staff either learn on the job over many months or "
    "travel to a vendor workshop that covers the equipment but not the clinical judgement. A micro-credential would "
    "give the four hospitals one shared protocol, a common vocabulary for response types (vasovagal, orthostatic "
    "hypotension, POTS) and a recognised record of competence that supports scheduling and cross-coverage.",
    "Finally, the partner has offered its tilt laboratory for the practical days and two of its senior technologists "
    "as co-facilitators, which keeps costs low and ensures the course matches what happens in real clinics.")

DOCS.append(dict(
    file="Tilt Table Testing - concept form (web print)", genre="G3", shape="4",
    notes="G3: the official form saved as a web page and printed from the browser (Chrome-style: date/time and page "
          "title at the top, file path and 'n/N' at the bottom; reportlab); grey section rows spanning both columns; "
          "help lines under labels; options printed as radio glyphs ◉/○; a ~500-word rationale whose table row splits "
          "across the page break; numbered competencies with lettered sub-items.",
    style=dict(stamp="2026-11-20, 9:47 a.m.", page_title="Concept Form – Tilt Table Testing",
               url="file:///C:/Users/pnakashima/Documents/CE/Concept%20Form%20-%20Tilt%20Table.htm", browser="chrome",
               intro="Complete every section. Required items are needed before the CE office can start an assessment."),
    f=dict(
        proposal_title="Head-Up Tilt Table Testing: Protocol, Monitoring and Patient Safety",
        proposer_name="Priya Nakashima-Doyle",
        proposer_title="Senior Cardiology Technologist",
        proposer_department="Cardiovascular Diagnostics, Continuing Education",
        proposer_email="pnakashima@michener.example",
        proposer_phone="416-555-0171",
        request_type="new",
        target_learners="Cardiology and neurophysiology technologists and nurses new to autonomic testing; about 16 per cohort.",
        rationale=TILT_RATIONALE,
        competencies=L(("Test set-up", ["continuous beat-to-beat blood pressure and ECG monitoring", "patient preparation and consent"]),
                       ("Protocol delivery", ["passive tilt phase", "drug provocation phase"]),
                       "Recognising response patterns and returning the patient to supine safely",
                       numbered=True),
        learning_outcomes=["Prepare the patient and equipment for a head-up tilt test following a shared protocol.",
                           "Conduct passive and provoked phases while keeping the monitoring signals interpretable.",
                           "Classify haemodynamic responses as vasovagal, orthostatic hypotension or POTS patterns.",
                           "Respond safely to syncope, asystole or hypotension during the test."],
        competency_framework="Heart Rhythm Society expert consensus on tilt testing (technologist tasks)",
        summative_assessment="Simulated tilt test with an actor and a recorded haemodynamic trace; two assessors use a "
                             "global rating scale and a critical-action checklist.",
        partner_name="Eastgate Heart and Autonomic Clinic",
        partner_contact="Dr. Farid Elmasry, felmasry@eastgate.example.com",
        endorsement_status="confirmed",
        education_plan_alignment="Matches the Education Plan priorities of patient safety, simulation and partnership-built "
                                 "micro-credentials.",
        delivery_format="hybrid",
        estimated_hours=D(16, "16"),
        proposed_start="May 2027",
        expected_enrolment=D(32, "32 (two cohorts of 16)"),
        resources_required="Use of the partner's tilt laboratory for two days per cohort; simulation actor fees.",
        submission_date="2026-11-20",
    )))

# ---------------------------------------------------------------- T6  G3  (incomplete)
DOCS.append(dict(
    file="Cord Blood Collection concept form - printed from browser", genre="G3", shape="4",
    notes="G3: web-page form printed from a Firefox-style browser (page title and URL at the top, 'Page n of N' and "
          "date at the bottom), A4; INCOMPLETE: summative assessment and Education Plan alignment left empty; "
          "endorsement 'No endorsement yet' (= none, still a value); answers in dark green.",
    style=dict(stamp="18/11/2026 14:05", page_title="Micro-Course Concept Form",
               url="https://forms.michener.example/ce/concept/4471/view", browser="firefox", a4=True,
               ans_color="#1E5B33", body_font="DV", date_style="dmy"),
    f=dict(
        proposal_title="Umbilical Cord Blood Collection for Public Banking",
        proposer_name="Annika Bergström-Osei",
        proposer_title="Perinatal Nurse Educator",
        proposer_department="Maternal Newborn Program",
        proposer_email="annika.bergstrom-osei@example.org",
        proposer_phone="905-555-0119",
        request_type="micro_course",
        target_learners="Labour and delivery nurses and midwives at hospitals joining the public cord blood bank.",
        rationale="Collection volumes at new sites are too low to bank, mostly because of late clamping decisions and "
                  "poor aseptic technique at the bag.",
        competencies="Donor eligibility screening, aseptic venipuncture of the umbilical vein, labelling and chain of "
                     "custody, and coordination with delayed cord clamping.",
        learning_outcomes=["Confirm maternal consent and eligibility before delivery.",
                           "Collect cord blood aseptically without delaying newborn care.",
                           "Label, document and package the unit for transport within the required time."],
        competency_framework="",
        summative_assessment="",
        partner_name="Ontario Public Cord Blood Collection Office",
        partner_contact="",
        endorsement_status="none",
        education_plan_alignment="",
        delivery_format="online",
        estimated_hours=D(4, "4"),
        proposed_start="",
        expected_enrolment=D(60, "60"),
        resources_required="Collection kits donated by the bank for practice.",
        submission_date="2026-11-18",
    )))

# ---------------------------------------------------------------- T7  G4  (LaTeX)
DOCS.append(dict(
    file="concept_form_TB_specimen_processing", genre="G4", shape="4",
    notes="G4: the official form typeset in LaTeX (longtable, Computer Modern Sans, pdflatex): shaded section rows spanning both "
          "columns, help text in a smaller italic second line, an 'Outcome | How assessed' tabular inside the outcomes "
          "cell, nested itemize in competencies, options marked '[ X ]'; fancyhdr header and 'Page n' footer.",
    style=dict(rhead="Concept Form v2026.1"),
    f=dict(
        proposal_title="Mycobacteriology Specimen Processing in a Containment Level 3 Laboratory",
        proposer_name="Dmitri Hallvardsson",
        proposer_title="Charge Technologist, Mycobacteriology",
        proposer_department="Medical Laboratory Science",
        proposer_email="dhallvardsson@michener.example",
        proposer_phone="416-555-0134",
        request_type="new",
        target_learners="Medical laboratory technologists with at least one year of microbiology experience who are "
                        "moving to TB bench work; 8 per cohort (CL3 space is limited).",
        rationale="Two regional labs will open containment level 3 suites in 2027 and have no staff trained to "
                  "decontaminate and concentrate sputum, read smears or set up liquid cultures under CL3 practices.",
        competencies=L(("Containment level 3 practice:", ["entry and exit procedures", "biosafety cabinet work and spill response"]),
                       ("Specimen processing:", ["NALC-NaOH decontamination and concentration", "auramine smear preparation and reading"]),
                       "Liquid culture set-up and positive-bottle workflow"),
        learning_outcomes=[("Work safely in a CL3 suite following entry, exit and spill procedures.", "Observed practical"),
                           ("Decontaminate and concentrate respiratory specimens to protocol.", "Practical with QC samples"),
                           ("Prepare and grade auramine smears.", "Slide set reading test"),
                           ("Set up liquid cultures and handle positive bottles.", "Observed practical")],
        competency_framework="CSMLS competency profile; Canadian Biosafety Standard (CL3 operational requirements)",
        summative_assessment="Practical examination in the partner's CL3 suite with blinded QC specimens, plus a "
                             "smear-grading test of 20 slides (pass mark 90 percent agreement).",
        partner_name="Northern Region Public Health Laboratory",
        partner_contact="Oluwakemi Brandt-Nwosu, Biosafety Officer",
        endorsement_status="letter_attached",
        education_plan_alignment="Directly supports the Education Plan's focus on laboratory workforce readiness and "
                                 "public health partnerships.",
        delivery_format="in_person",
        estimated_hours=D(24, "24"),
        proposed_start="September 2027",
        expected_enrolment=D(16, "16"),
        resources_required="Access to the partner's CL3 suite for three days per cohort; N95 fit testing for learners.",
        submission_date="2026-11-12",
    )))

# ---------------------------------------------------------------- T8  G5
NPWT_RATIONALE = P(
    "Negative pressure wound therapy (NPWT) is now used on surgical, traumatic and chronic wounds in every acute and "
    "community setting we serve. Over five years the number of home-care patients on NPWT in our region has tripled, "
    "while most nurses who apply the dressings learned from a vendor representative at the bedside.",
    "Our partner's incident data show the consequences: dressing leaks that go unnoticed for hours, foam left in "
    "wounds at dressing change, periwound maceration and skin tears, and devices stopped without a plan. Each of these "
    "adds visits, delays healing and in some cases returns the patient to hospital. Retained foam fragments alone led "
    "to four re-admissions last year.",
    "Existing education is either a product demonstration, which teaches one device but not wound assessment or the "
    "reasons for therapy settings, or a full wound-care certificate that takes a year and is more than most staff "
    "nurses need. There is nothing in between that is assessed and recognised by employers.",
    "Home and community care agencies also told us they need a way to show that staff are competent before they are "
    "scheduled for NPWT visits alone. A micro-credential with an observed skills assessment would give them that "
    "evidence and make it easier to share staff across agencies during shortages.",
    "The course would focus on practical judgement: choosing the right filler and pressure, protecting the periwound "
    "skin, counting foam pieces in and out, recognising when to stop therapy and teaching patients and families to "
    "troubleshoot alarms. These are the skills behind almost every incident in the partner's data.",
    "Because the partner will supply devices and supervise the practical sessions, the course can start quickly and "
    "grow with demand across the region.")

DOCS.append(dict(
    file="NPWT micro-credential concept form", genre="G5", shape="4",
    notes="G5: official form written in Word and exported to PDF by LibreOffice: one table per section under a bold "
          "heading; help text in brackets in the label; ~480-word rationale in six paragraphs whose row breaks across "
          "the page; competencies with typed '1.' / '1.1' nested numbering; choices by deleting the other options; "
          "header and 'Page n of N' footer.",
    f=dict(
        proposal_title="Negative Pressure Wound Therapy in Acute and Community Care",
        proposer_name="Chidinma Varga-Holloway",
        proposer_title="Wound, Ostomy and Continence Nurse",
        proposer_department="Interprofessional Continuing Education",
        proposer_email="cvarga-holloway@example.com",
        proposer_phone="289-555-0162",
        request_type="new",
        target_learners="Registered nurses and registered practical nurses in acute, home and community care who apply "
                        "or change NPWT dressings; 25 per cohort.",
        rationale=NPWT_RATIONALE,
        competencies=L(("Assessment and planning", ["wound and periwound assessment", "indications, contraindications and therapy settings"]),
                       ("Application and change", ["foam and gauze fillers, bridging and counting pieces", "periwound protection and seal"]),
                       ("Troubleshooting and teaching", ["alarms and leaks", "patient and family teaching for home care"]),
                       numbered=True),
        learning_outcomes=["Assess a wound and decide whether NPWT is indicated and safe.",
                           "Apply and change an NPWT dressing with an airtight seal and a documented foam count.",
                           "Protect periwound skin and recognise early maceration or injury.",
                           "Troubleshoot alarms and leaks and know when to stop therapy.",
                           "Teach patients and caregivers to manage the device at home."],
        competency_framework="Wounds Canada best practice recommendations; NSWOCC competencies",
        summative_assessment="Objective structured clinical exam with two stations (dressing application on a task "
                             "trainer, alarm troubleshooting scenario) and a documentation check.",
        partner_name="Riverside Home and Community Care",
        partner_contact="Beatriz Calloway-Nunes, Director of Clinical Practice, bcalloway@riverside-hcc.example.org",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan aims of workforce upskilling for community care and of "
                                 "assessed, employer-recognised micro-credentials.",
        delivery_format="hybrid",
        estimated_hours=D(14, "14"),
        proposed_start="March 2027",
        expected_enrolment=D(100, "100 (four cohorts of 25)"),
        resources_required="NPWT devices and dressings supplied by the partner; skills lab for two half-days per cohort.",
        submission_date="2026-11-24",
    )))

# ---------------------------------------------------------------- T9  G5
DOCS.append(dict(
    file="Concept form_Cytogenetics karyotype review_JMcAllister-Sato", genre="G5", shape="4",
    notes="G5: Word form exported to PDF by LibreOffice; request = convert an existing program (name given); "
          "endorsement 'In discussion'; short answers; outcomes typed '1)'; date written 2026-11-30 on the form.",
    style=dict(date_style="iso"),
    f=dict(
        proposal_title="Chromosome Banding Analysis and Karyotype Review",
        proposer_name="Jun McAllister-Sato",
        proposer_title="Cytogenetic Technologist II",
        proposer_department="Genetics Technology Program",
        proposer_email="jmcallister-sato@michener.example",
        proposer_phone="",
        request_type="existing_program",
        existing_program_name="Advanced Cytogenetics Evening Course",
        target_learners="Laboratory technologists in clinical cytogenetics with under two years of bench experience.",
        rationale="Labs report a backlog in karyotype review because too few technologists are signed off to analyse "
                  "G-banded metaphases independently.",
        competencies=L("Metaphase selection and banding quality assessment", "Karyotype construction at 400–550 band level",
                       "Recognition of common structural and numerical abnormalities", "ISCN nomenclature"),
        learning_outcomes=["Select analysable metaphases and judge banding resolution.",
                           "Construct karyotypes and write ISCN descriptions correctly.",
                           "Identify common numerical and structural abnormalities in constitutional and cancer cases."],
        competency_framework="CCMG / CSMLS cytogenetics competencies",
        summative_assessment="Blinded analysis of ten cases with ISCN reports, marked against the reference laboratory's results.",
        partner_name="Western Genomics Diagnostic Laboratory",
        partner_contact="Ramona Fitzgerald-Achebe",
        endorsement_status="in_discussion",
        education_plan_alignment="Converts an existing course into a stackable credential, as the Education Plan encourages.",
        delivery_format="online",
        estimated_hours=D(20, "20"),
        proposed_start="Winter 2028",
        expected_enrolment=D(18, "18"),
        resources_required="Licences for karyotyping software for remote learners.",
        submission_date="2026-11-30",
    )))
