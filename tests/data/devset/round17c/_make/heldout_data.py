"""Round 17c, held-out half: content and expected values. FOR SCORING ONLY - do not read while developing the parser."""
from build import F, C

NEW3 = ["New micro-credential", "Convert an existing program", "Micro-course"]
FMT3 = ["Online", "In person", "Hybrid"]
END4 = ["Letter attached", "Confirmed", "In discussion", "None"]

DOCS = []

# H1 -- G1, Word tab dot leaders, exported to PDF by LibreOffice
DOCS.append(dict(
    name="Toxicology chain of custody - concept form (signed copy)", ext="pdf", genre="G1", shape="4", form=True, style="leader",
    font="Liberation Sans", header="Continuing Education - Concept Form", footer="Page 1 of the line form. Keep answers brief.",
    top=["Micro-Course / Credential Concept Form", "Michener Institute of Education at UHN - Continuing Education Office"],
    groups=[
        ("PART 1  PROPOSAL", [
            F("Title of Micro-Course / Credential", "proposal_title", "Chain of Custody for Forensic and Workplace Toxicology Specimens"),
            F("Request type", "request_type", C(NEW3, 0, "new")),
            F("Intended learners", "target_learners", "Specimen collectors, laboratory assistants and accessioning staff in toxicology and occupational testing laboratories"),
            F("Labour market need", "rationale", "Two results from our laboratory were excluded at tribunal last year because the custody form had gaps between collection and accessioning. Collection sites hire assistants with no training in legal-grade specimen handling, and federal workplace testing rules now require documented training for every collector."),
            F("Skills and competencies", "competencies", "Donor identification, split-specimen collection, tamper-evident sealing, custody form completion and secure storage and transfer."),
            F("Learning outcomes", "learning_outcomes", [
                "Verify donor identity and complete the custody and control form without gaps.",
                "Collect, split and seal urine and oral fluid specimens so that tampering is evident.",
                "Recognise and document specimen temperature, volume and adulteration flags.",
                "Transfer and store specimens so that every handoff is recorded."]),
            F("Assessment of outcomes", "summative_assessment", "Observed mock collection with a full custody record, audited against the laboratory's accreditation checklist; learners must reach 100% on critical items."),
        ]),
        ("PART 2  PROPOSER", [
            F("Submitted by", "proposer_name", "Graciela Montford"),
            F("Title", "proposer_title", "Quality Manager"),
            F("Organization", "proposer_department", "Bayline Toxicology Services"),
            F("Contact email", "proposer_email", "g.montford@bayline-tox.example.com"),
            F("Phone", "proposer_phone", "289-555-0106"),
        ]),
        ("PART 3  PARTNER / FIT / LOGISTICS", [
            F("Partner organization", "partner_name", "Bayline Toxicology Services"),
            F("Partner contact", "partner_contact", "Dr. Ivan Petrakis, Laboratory Director"),
            F("Letter of support attached?", "endorsement_status", "Yes, signed by the Laboratory Director", "letter_attached"),
            F("Education Plan alignment", "education_plan_alignment", "Fits the plan's commitment to employer-driven credentials that meet regulatory training requirements."),
            F("Format", "delivery_format", C(FMT3, 0, "online")),
            F("Duration (hours)", "estimated_hours", "five", 5),
            F("Anticipated start date", "proposed_start", "As soon as approved, ideally June 2026"),
            F("Estimated learners / year", "expected_enrolment", "approximately 90", 90),
            F("Date", "submission_date", "2026/03/09", "2026-03-09"),
        ]),
    ],
    bottom=["Signature of proposer ...................................   Date ..................."],
    notes="G1: Word form using tab stops with a dot leader between label and answer, exported to PDF by LibreOffice (leaders print as dots); proposer block after the proposal; hours in words; enrolment 'approximately 90'."))

# H2 -- G1 route, look-alike: observership request with dot leaders
DOCS.append(dict(
    name="Observership request form - M Haddad", ext="docx", genre="G1", shape="7", form=False, style="dots",
    header="Medical Imaging Department - Observership Program", footer="Form OBS-2",
    top=["OBSERVERSHIP REQUEST FORM", "Return to the department education coordinator at least four weeks before the requested dates."],
    groups=[
        ("Applicant", [
            F("Name", None, "Mariam Haddad"),
            F("Current role", None, "Internationally educated sonographer"),
            F("Email", None, "mariam.haddad@example.com"),
            F("Phone", None, "416-555-0194"),
        ]),
        ("Request", [
            F("Area requested", None, "Obstetrical and general ultrasound"),
            F("Dates requested", None, "4-15 May 2026"),
            F("Total hours", None, "60"),
            F("Learning goals", None, ["Observe departmental scanning protocols.", "Understand the reporting workflow.", "Prepare for the national credentialing examination."]),
            F("Sponsoring supervisor", None, "Beatriz Lindholm, Charge Sonographer"),
            F("Immunization record attached", None, "Yes"),
        ]),
    ],
    bottom=["Department use: Approved / Not approved ........ Date ........"],
    notes="Look-alike (shape 7) in the G1 dot-leader route: an observership request with name, email, hours and learning goals, not a course proposal."))

# H3 -- G2 long table, exported to PDF (header row repeated on page 2)
DOCS.append(dict(
    name="Low vision assistive devices - concept form", ext="pdf", genre="G2", shape="4", form=True, font="Liberation Sans",
    header="Michener CE - Concept form", footer="Rows expand as needed",
    top=["Concept Form: Micro-Course / Credential", "Please type in the right-hand column only."],
    colheads=["Topic", "Question", "Your answer"],
    groups=[
        ("1  The idea", [
            F("Proposed Title", "proposal_title", "Low Vision Assistive Devices: Assessment and Training for Ophthalmic Personnel"),
            F("Type of Request", "request_type", C(NEW3, 1, "existing_program")),
            F("Existing Program Name", "existing_program_name", "Low Vision Aids Workshop (weekend certificate)"),
            F("Target Audience", "target_learners", "Certified ophthalmic assistants and technicians, and occupational therapists who work in vision rehabilitation"),
            F("Rationale / Need", "rationale", "The weekend workshop we have run since 2019 is well attended but gives no evidence of competence, and employers have asked us to turn it into something they can recognise in hiring.\n\nPatients with macular degeneration and diabetic eye disease wait months for a low vision appointment; trained assistants could complete magnifier selection and device training so that the optometrist or ophthalmologist sees them once instead of three times.\n\nThe population over 75 in our catchment will grow by about a third in the next ten years."),
        ]),
        ("2  Content", [
            F("Skills and Competencies", "competencies", ["measuring near and distance visual acuity with low vision charts", "calculating magnification needs", "selecting and demonstrating optical and electronic magnifiers", "lighting and contrast assessment in the home", "referring to community vision rehabilitation services"]),
            F("Intended Learning Outcomes", "learning_outcomes", [
                "Measure visual acuity and contrast sensitivity using low vision charts.",
                "Estimate required magnification from the patient's reading goal.",
                "Select, fit and teach the use of hand-held, stand and electronic magnifiers.",
                "Advise on lighting, glare control and contrast for daily tasks.",
                "Document device trials and make appropriate community referrals."]),
            F("Competency Framework Alignment", "competency_framework", "JCAHPO core competencies; COS low vision practice guidance"),
            F("Summative Assessment", "summative_assessment", "Two observed device consultations with standardised patients, scored with a rubric by an optometrist, and a written case report."),
        ]),
        ("3  Partner", [
            F("Partner Organization", "partner_name", "Northern Lights Vision Rehabilitation"),
            F("Partner Contact Name and Email", "partner_contact", "Sunita Vaz, Program Manager, svaz@northernlights-vision.example.org"),
            F("Endorsement Status", "endorsement_status", C(END4, 0, "letter_attached")),
            F("Alignment with Michener's Education Plan", "education_plan_alignment", "Converts a non-credit workshop into a stackable credential, in line with the plan's focus on recognised continuing education for allied eye-care staff."),
        ]),
        ("4  Logistics", [
            F("Delivery Format", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Estimated Hours", "estimated_hours", "18 hours (10 online modules + 8 hours clinic practice)", 18),
            F("Proposed Start", "proposed_start", "Winter term 2027"),
            F("Expected Enrolment per Year", "expected_enrolment", "36", 36),
            F("Budget / Resources", "resources_required", "Loan kit of magnifiers from the partner; clinic space one Saturday per cohort"),
        ]),
        ("5  Proposer", [
            F("Name of Proposer", "proposer_name", "Hyun-woo Castellanos"),
            F("Position / Title", "proposer_title", "Coordinator, Ophthalmic Medical Technology"),
            F("School / Department", "proposer_department", "School of Applied Eye Care, Michener Institute"),
            F("Email", "proposer_email", "hcastellanos@michener.example"),
            F("Phone / Extension", "proposer_phone", "416-555-0112 ext. 4471"),
            F("Date Submitted", "submission_date", "27 Feb 2026", "2026-02-27"),
        ]),
    ],
    notes="G2 printed: the 3-column vMerge table form exported to PDF by LibreOffice; the table runs over a page break and its header row repeats on the next page; existing_program with the program named; proposer section last; hours as a sum; the Education Plan answer row splits across the page break (checked by reading).",
    verify_split=["education_plan_alignment"]))

# H4 -- G2 long table DOCX, incomplete (alignment empty, no partner yet)
DOCS.append(dict(
    name="Skin prick allergy testing - concept form DRAFT", ext="docx", genre="G2", shape="1", form=True,
    header="DRAFT - for discussion", footer="Micro-credential concept form",
    top=["Micro-credential Concept Form", "Complete all rows marked [R]."],
    colheads=["Part", "Item", "Response"], numbered=True,
    groups=[
        ("Proposer", [
            F("Lead Proposer [R]", "proposer_name", "Olufemi Sandoval"),
            F("Role", "proposer_title", "Nurse Clinician, Allergy and Immunology"),
            F("Department / Program", "proposer_department", "Ambulatory Allergy Clinic, Eastgate Health Centre"),
            F("E-mail [R]", "proposer_email", "osandoval@eastgate-health.example.org"),
        ]),
        ("Proposal", [
            F("Proposed Micro-credential Title [R]", "proposal_title", "Skin Prick Testing for Allergy Clinic Nurses"),
            F("This proposal is for [R]", "request_type", C(NEW3, 0, "new")),
            F("Who is this for? [R]", "target_learners", "Registered nurses and medical office assistants who perform skin testing in allergy and respirology clinics"),
            F("Why is this needed? [R]", "rationale", "Referrals for allergy testing have doubled since 2022, and community clinics now test patients without an allergist on site. Nurses learn the technique from each other and reading errors are common."),
            F("Competencies / Skills Targeted [R]", "competencies", ["patient screening and medication hold instructions", "applying allergen, histamine and saline controls", "measuring and recording wheal and flare", "recognising and managing systemic reactions"]),
            F("Learning Outcomes [R]", "learning_outcomes", [
                "Screen patients for contraindications and medications that suppress skin tests.",
                "Apply a standard panel of allergens with positive and negative controls.",
                "Measure and record wheal and flare at the correct reading time.",
                "Recognise anaphylaxis and start the clinic's emergency protocol."]),
            F("Summative Assessment [R]", "summative_assessment", "Supervised testing of five clinic patients, signed off by an allergist, plus an anaphylaxis simulation."),
        ]),
        ("Partner and alignment", [
            F("Endorsing Partner / External Body [R]", "partner_name", ""),
            F("Endorsement Status [R]", "endorsement_status", C(END4, 3, "none")),
            F("Education Plan Alignment [R]", "education_plan_alignment", ""),
        ]),
        ("Logistics", [
            F("Delivery Format", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Duration (hours)", "estimated_hours", "14", 14),
            F("Target Launch", "proposed_start", "Spring 2027"),
            F("Submission Date", "submission_date", "11.03.2026", "2026-03-11"),
        ]),
    ],
    notes="G2 DOCX, incomplete: 3-column table with merged part labels and a repeating header row; partner and Education Plan rows empty, endorsement 'None' ticked; numbered outcomes in a cell; dd.mm.yyyy date; '[R]' markers in labels."))

# H5 -- G3 numbered boxes, two-column legend
DOCS.append(dict(
    name="Urine culture plate reading - numbered concept form", ext="pdf", genre="G3", shape="4", form=True,
    author="L. Achterberg", footer="Continuing Education - numbered concept form",
    top=["Concept Form - Numbered Response Sheet", "Micro-Course / Micro-Credential proposals"],
    legend_head="Guidance: each numbered box answers the matching question below. Leave a box empty only if it does not apply.",
    groups=[("", [
        F("Course Title", "proposal_title", "Urine Culture Plate Reading and Colony Count Interpretation"),
        F("Type of request", "request_type", C(NEW3, 2, "micro_course")),
        F("Proponent", "proposer_name", "Lieke Achterberg"),
        F("Job title", "proposer_title", "Microbiology Section Supervisor"),
        F("Department / Program", "proposer_department", "Microbiology, Harbourfront Community Laboratories"),
        F("E-mail", "proposer_email", "lieke.achterberg@harbourfront-labs.example.com"),
        F("Target learners", "target_learners", "Medical laboratory technologists and technicians who read urine cultures on the bench, especially staff cross-trained from core laboratory"),
        F("Identified skills gap", "rationale", "Proficiency testing shows our region's laboratories disagree on colony counts and on when a mixed culture should be worked up. Cross-trained staff read plates on evenings with no microbiologist on site, and unnecessary susceptibility testing adds cost and delays."),
        F("Competencies", "competencies", "Calibrated-loop inoculation; reading chromogenic and blood agar; estimating colony counts; deciding work-up for mixed growth; recognising contamination."),
        F("Learning outcomes", "learning_outcomes", [
            "Inoculate urine specimens with a calibrated loop and incubate them correctly.",
            "Estimate colony counts and report them in the laboratory's units.",
            "Apply the laboratory's work-up rules to pure, mixed and contaminated cultures.",
            "Identify common uropathogens presumptively on chromogenic agar."]),
        F("Summative assessment", "summative_assessment", "Blinded panel of 20 plates; learners' counts and work-up decisions must agree with the reference reading in at least 18."),
        F("Partner", "partner_name", "Lakeview Regional Microbiology Network"),
        F("Partner contact", "partner_contact", "Dr. Rahel Gebremariam"),
        F("Letter of support?", "endorsement_status", C(END4, 0, "letter_attached")),
        F("Strategic alignment", "education_plan_alignment", "Matches the Education Plan aim of short laboratory credentials that improve quality across partner sites."),
        F("Delivery mode", "delivery_format", C(FMT3, 2, "hybrid")),
        F("Hours", "estimated_hours", "9", 9),
        F("Start", "proposed_start", "Autumn 2026"),
        F("Learners per year", "expected_enrolment", "two cohorts of 10", 20),
        F("Resources", "resources_required", "Plate photographs and a set of teaching plates from the partner"),
        F("Date", "submission_date", "5 March 2026", "2026-03-05"),
    ])],
    notes="G3: numbered boxes 1-21 with the questions only in a two-column legend at the top; order differs from the standard form (request type second, no phone); enrolment as 'two cohorts of 10'."))

# H6 -- G3 numbered boxes, inline legend, longer answers spilling to page 2
DOCS.append(dict(
    name="Transfusion reaction recognition - concept form answers", ext="pdf", genre="G3", shape="4", form=True,
    author="B. Nakashima-Ferreira", footer="CE concept form (answer grid)", legend_inline=True,
    top=["Micro-Course / Credential Concept Form", "Answer grid - see key"],
    legend_head="Key",
    groups=[("", [
        F("Proposed title", "proposal_title", "Hemovigilance at the Bedside: Recognising and Reporting Transfusion Reactions"),
        F("Name", "proposer_name", "Beatriz Nakashima-Ferreira"),
        F("Position", "proposer_title", "Transfusion Safety Officer"),
        F("Program area", "proposer_department", "Transfusion Medicine, Valleyview Health"),
        F("Email", "proposer_email", "bnakashima@valleyview.example.com"),
        F("Phone", "proposer_phone", "705-555-0125"),
        F("This proposal is for", "request_type", C(NEW3, 0, "new")),
        F("Intended learners", "target_learners", "Nurses, perfusionists and laboratory staff who start, monitor or investigate blood transfusions"),
        F("Rationale", "rationale", "In a three-month review, 38% of suspected transfusion reactions at our hospital were reported late or without the required samples, and vital signs were missing at the 15-minute check in one transfusion in four.\n\nThe errors are spread across nursing, laboratory and medicine: the transfusion is not always stopped, the bag is discarded, and the blood bank learns of the reaction days later.\n\nShort teaching sessions on each unit have not lasted; staff turnover means the message is lost within months."),
        F("Competencies / skills", "competencies", ["pre-transfusion identification checks", "monitoring vital signs at the required times", "recognising febrile, allergic, haemolytic and overload reactions", "stopping, sampling and reporting a suspected reaction"]),
        F("Learning outcomes", "learning_outcomes", [
            "Perform the two-person bedside identification check before every unit.",
            "Monitor and record vital signs at the times the policy requires.",
            "Distinguish the signs of the main acute transfusion reactions.",
            "Stop the transfusion, collect the samples and report a reaction to the blood bank."]),
        F("How will achievement be evidenced?", "summative_assessment", "Online case-based test (pass mark 80%) followed by an observed transfusion in simulation with a staged reaction."),
        F("Endorsing partner / external body", "partner_name", "Provincial Blood Coordinating Network"),
        F("Endorsement status", "endorsement_status", "Agreed in principle at the February meeting; the letter will follow.", "confirmed"),
        F("Education Plan alignment", "education_plan_alignment", "Supports the plan's interprofessional patient-safety theme and its commitment to online learning that reaches staff on all shifts."),
        F("Delivery format", "delivery_format", C(FMT3, 0, "online")),
        F("Total learning hours", "estimated_hours", "3.5", 3.5),
        F("Target launch", "proposed_start", "Q3 2026"),
        F("Estimated learners / year", "expected_enrolment", "150", 150),
        F("Date submitted", "submission_date", "March 12, 2026", "2026-03-12"),
    ])],
    notes="G3: numbered answer grid with an inline one-paragraph key; a three-paragraph rationale so the grid runs onto page 2 without repeating the key; decimal hours; endorsement as a sentence (letter will follow = confirmed)."))

# H7 -- G4 two-column, headings per field (label on its own line)
DOCS.append(dict(
    name="Epidural analgesia monitoring - proposal", ext="pdf", genre="G4", shape="5", form=True, runin=False,
    top=["Proposal for a Micro-course", "Epidural Analgesia on the Ward: Monitoring and Safe Care",
         "Tamsin Oyelowo-Hart  |  t.oyelowo-hart@example.org  |  416-555-0178", "9 March 2026"],
    groups=[
        ("", [
            F("Proposed title", "proposal_title", "Epidural Analgesia on the Ward: Monitoring and Safe Care"),
            F("Proponent", "proposer_name", "Tamsin Oyelowo-Hart"),
            F("Role", "proposer_title", "Clinical Nurse Educator, Acute Pain Service"),
            F("Organization", "proposer_department", "Acute Pain Service, Parkdale General Hospital"),
            F("Email", "proposer_email", "t.oyelowo-hart@example.org"),
            F("Request", "request_type", "A micro-course (no credential).", "micro_course"),
            F("Who is it for?", "target_learners", "Registered nurses on surgical, orthopaedic and obstetric wards who care for patients receiving epidural infusions."),
            F("Why now?", "rationale", "Patients with epidural infusions are increasingly cared for outside the surgical step-down unit because of bed pressures. Incident reports describe missed motor block checks, pump programming errors and late recognition of respiratory depression on general wards.\n\nA short, hands-on course would let ward nurses monitor epidurals safely and escalate problems early."),
            F("Skills covered", "competencies", ["sensory and motor block assessment", "sedation and respiratory monitoring", "epidural pump and line safety", "recognising hypotension, local anaesthetic toxicity and epidural haematoma"]),
            F("Learning outcomes", "learning_outcomes", [
                "Assess and record sensory level and motor block at the required intervals.",
                "Check the epidural pump, line labelling and catheter site every shift.",
                "Recognise early signs of hypotension, over-sedation and local anaesthetic toxicity.",
                "Escalate suspected epidural haematoma or abscess without delay."]),
            F("Assessment", "summative_assessment", "Practical examination at a simulation station, assessed with a rubric, and a short scenario on an emergency."),
            F("Partner", "partner_name", "Regional Perioperative Pain Network"),
            F("Partner contact", "partner_contact", "Rohan Desjardins, Education Chair"),
            F("Support", "endorsement_status", "We have spoken with the Network; they are interested but nothing is confirmed yet.", "in_discussion"),
            F("Fit with Michener's Education Plan", "education_plan_alignment", "Extends continuing education to interprofessional ward practice and simulation, both named in the plan."),
            F("Format", "delivery_format", "In person (hands-on labs)", "in_person"),
            F("Hours", "estimated_hours", "two days of 7 hours (14 hours)", 14),
            F("Start", "proposed_start", "January 2027"),
            F("Enrolment", "expected_enrolment", "3 offerings of 12 (36 per year)", 36),
        ]),
    ],
    notes="G4: pdflatex two-column layout with each label as its own bold line and the answer below; contact line and date in the title block; choices written as sentences (micro-course, in discussion, in person); hours and enrolment as sums."))

# H8 -- G4 two-column, run-in labels with section headings
DOCS.append(dict(
    name="IR sterile field - two column concept form", ext="pdf", genre="G4", shape="5", form=True,
    top=["Sterile Field Set-up in Interventional Radiology", "Micro-credential concept -- submitted to Continuing Education", "Date: 2026-03-02"],
    groups=[
        ("Contact", [
            F("Name:", "proposer_name", "Wendell Achebe-Lindgren"),
            F("Position:", "proposer_title", "Interventional Radiology Charge Nurse"),
            F("Department:", "proposer_department", "Interventional Radiology, Lakeshore University Hospital"),
            F("Email:", "proposer_email", "wachebe@lakeshore-uh.example.org"),
            F("Telephone:", "proposer_phone", "416-555-0159"),
        ]),
        ("Proposal", [
            F("Proposed title:", "proposal_title", "Sterile Field Set-up in Interventional Radiology"),
            F("Type:", "request_type", C(NEW3, 0, "new")),
            F("Learners:", "target_learners", "Medical radiation technologists and nurses rotating into interventional radiology suites."),
            F("Need:", "rationale", "Surgical site infection surveillance flagged two port infections linked to breaks in sterile technique during IR procedures. Staff come from general imaging or wards and have not been taught to set up and maintain a sterile field."),
            F("Competencies:", "competencies", "Surgical hand antisepsis, gowning and gloving, draping the patient and C-arm, opening sterile supplies, and monitoring the field during the case."),
            F("Outcomes:", "learning_outcomes", [
                "Perform surgical hand antisepsis and closed gloving.",
                "Drape the patient, table and imaging equipment without contamination.",
                "Open and pass sterile supplies while maintaining the field.",
                "Identify and correct breaks in sterile technique during a procedure."]),
            F("Summative assessment:", "summative_assessment", "Observed set-up and mock procedure in the IR suite, assessed with a 20-point sterile technique checklist."),
        ]),
        ("Partner and fit", [
            F("Partner organization:", "partner_name", "Lakeshore University Hospital"),
            F("Endorsement status:", "endorsement_status", C(END4, 0, "letter_attached")),
            F("Education Plan:", "education_plan_alignment", "Strengthens infection prevention and practice-ready skills for imaging staff moving into interventional roles."),
            F("Delivery:", "delivery_format", C(FMT3, 1, "in_person")),
            F("Hours:", "estimated_hours", "6", 6),
            F("Start:", "proposed_start", "June 2026"),
            F("Learners per year:", "expected_enrolment", "48", 48),
        ]),
    ],
    notes="G4: pdflatex two-column form with short run-in labels ('Need:', 'Outcomes:') under section headings; ISO date in the title block; partner without contact."))

# H9 -- G5 HTML form, whole document in French
DOCS.append(dict(
    name="formulaire-concept-imprime - sterilisation autoclave cliniques dentaires", ext="pdf", genre="G5", shape="4", form=True, lang="fr",
    footer="fc.michener.example/formulaire-concept",
    top=["Formulaire de concept - microcours ou microcertification", "Soumission en ligne - copie imprimée le 2026-02-20"],
    groups=[
        ("Proposant", [
            F("Nom", "proposer_name", "Élodie Marchand-Nkemelu"),
            F("Titre du poste", "proposer_title", "Hygiéniste dentaire, responsable de la prévention des infections"),
            F("Service / organisme", "proposer_department", "Clinique dentaire communautaire de la Baie"),
            F("Courriel", "proposer_email", "elodie.marchand@cdbaie.example.org"),
            F("Téléphone", "proposer_phone", "418 555-0137"),
            F("Date de soumission", "submission_date", "20/02/2026", "2026-02-20"),
        ]),
        ("Projet", [
            F("Titre proposé", "proposal_title", "Retraitement des instruments et contrôle de la stérilisation en clinique dentaire"),
            F("Type de demande", "request_type", C(["Nouvelle microcertification", "Conversion d'un programme existant", "Microcours"], 0, "new")),
            F("Public cible", "target_learners", "Assistantes et assistants dentaires, hygiénistes dentaires et personnel de stérilisation des cliniques dentaires"),
            F("Justification", "rationale", "Des inspections récentes ont relevé des autoclaves sans test biologique hebdomadaire et des registres de stérilisation incomplets dans plusieurs cliniques de notre région. Le personnel apprend le retraitement sur le tas, sans formation reconnue."),
            F("Compétences visées", "competencies", ["nettoyage et inspection des instruments", "emballage et chargement de l'autoclave", "surveillance physique, chimique et biologique des cycles", "tenue du registre et rappel des lots"]),
            F("Résultats d'apprentissage", "learning_outcomes", [
                "Nettoyer, inspecter et emballer les instruments selon les normes en vigueur.",
                "Charger l'autoclave et choisir le cycle approprié.",
                "Interpréter les indicateurs physiques, chimiques et biologiques d'un cycle.",
                "Documenter chaque cycle et gérer un rappel de lot après un échec."]),
            F("Évaluation sommative", "summative_assessment", "Examen pratique observé en clinique, avec grille de notation, et un dossier de 20 cycles documentés ; au moins 90 % doivent être conformes."),
        ]),
        ("Partenaire et arrimage", [
            F("Partenaire", "partner_name", "Association des cliniques dentaires de l'Est"),
            F("Personne-ressource du partenaire", "partner_contact", "Dre Anne-Sophie Kabongo"),
            F("Statut de l'appui", "endorsement_status", C(["Lettre jointe", "Confirmé", "En discussion", "Aucun"], 0, "letter_attached")),
            F("Arrimage au Plan d'éducation", "education_plan_alignment", "Le projet répond à l'orientation du Plan d'éducation sur la sécurité des patients en milieu communautaire et la formation en ligne appuyée par des partenaires."),
        ]),
        ("Modalités", [
            F("Mode de prestation", "delivery_format", C(["En ligne", "En présence", "Hybride"], 2, "hybrid")),
            F("Nombre d'heures", "estimated_hours", "12 heures", 12),
            F("Début prévu", "proposed_start", "automne 2026"),
            F("Participants par année", "expected_enrolment", "environ 45", 45),
            F("Ressources requises", "resources_required", "Accès à un autoclave de démonstration et à des indicateurs biologiques fournis par le partenaire"),
        ]),
    ],
    notes="G5, whole document in French: HTML form (CSS grid, labels above boxes) printed to PDF by WeasyPrint; French labels and ☐/☒ options; dd/mm/yyyy date (the printed-on stamp is not the date); '12 heures', 'environ 45'."))

# H10 -- G5 HTML form, incomplete
DOCS.append(dict(
    name="concept form print - POC HbA1c testing", ext="pdf", genre="G5", shape="4", form=True,
    footer="Printed from the CE portal",
    top=["Concept Form - Micro-Course / Credential", "Draft saved 2026-03-06 - printed for review"],
    groups=[
        ("Proposal", [
            F("Working title", "proposal_title", "Point-of-Care HbA1c Testing in Community Diabetes Clinics"),
            F("Request type", "request_type", C(NEW3, 2, "micro_course")),
            F("Target learners", "target_learners", ""),
            F("Why is this needed?", "rationale", "Community diabetes clinics have moved to fingerstick HbA1c analysers, but quality control and result verification are inconsistent and several clinics have no documented competency for staff."),
            F("Competencies", "competencies", ""),
            F("Learning outcomes", "learning_outcomes", [
                "Perform a capillary HbA1c test following the manufacturer's procedure.",
                "Run and record quality control and recognise out-of-range results.",
                "Identify results that require confirmation by a laboratory sample."]),
            F("Assessment", "summative_assessment", "Observed test with QC on the clinic analyser and a short online quiz."),
        ]),
        ("About you", [
            F("Contact name", "proposer_name", "Farid Oduya-Whitcombe"),
            F("Organization", "proposer_department", "Riverbend Community Health Centre"),
            F("Contact email", "proposer_email", "f.oduya-whitcombe@riverbend-chc.example.com"),
            F("Phone", "proposer_phone", "519-555-0102"),
        ]),
        ("Partner and alignment", [
            F("Partner organization", "partner_name", "Riverbend Community Health Centre"),
            F("Endorsement status", "endorsement_status", C(END4, 1, "confirmed")),
            F("Strategic alignment", "education_plan_alignment", "Community laboratory medicine and point-of-care testing are growth areas named in the Education Plan."),
            F("Delivery format", "delivery_format", C(FMT3, 2, "hybrid")),
            F("Estimated hours", "estimated_hours", "4", 4),
            F("Date", "submission_date", "2026-03-06"),
        ]),
    ],
    notes="G5, incomplete: printed web-form draft with the target learners and competencies boxes empty; proposer section after the proposal; request type ticked as micro-course."))

# H11 -- G6 keyed tables, answers given out of order
DOCS.append(dict(
    name="Contact lens fitting essentials - concept form (two-part)", ext="docx", genre="G6", shape="1", form=True,
    header="Continuing Education", footer="Concept form - question list and answer table",
    top=["Micro-Course / Credential Concept Form (two-part)", "Answer in the table at the end using the question numbers. Answers may be given in any order."],
    part1="Questions", part2="Answers", colheads=["Q#", "Response"],
    answer_order=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 12, 14, 15, 16, 17, 18, 19],
    groups=[("", [
        F("Title of Micro-Course / Credential", "proposal_title", "Soft Contact Lens Fitting Essentials for Opticians"),
        F("Submitted by", "proposer_name", "Cordelia Abernathy-Osei"),
        F("Position / Title", "proposer_title", "Licensed Optician and Clinic Manager"),
        F("Organization", "proposer_department", "ClearView Optical Cooperative"),
        F("Contact Email", "proposer_email", "cabernathy@clearview-optical.example.com"),
        F("Phone", "proposer_phone", "613-555-0188"),
        F("Request Type", "request_type", C(NEW3, 0, "new")),
        F("Target Learners", "target_learners", "Registered opticians who dispense spectacles and want to begin fitting soft contact lenses"),
        F("Rationale / Need", "rationale", "Opticians may fit contact lenses under their scope of practice, but few employers offer supervised training. Our cooperative's 14 stores turned away more than 600 contact lens fittings last year for lack of qualified staff."),
        F("Skills and Competencies", "competencies", "Anterior eye assessment with the slit lamp; keratometry; selecting lens parameters; assessing fit; teaching insertion, removal and care."),
        F("Learning Outcomes", "learning_outcomes", [
            "Assess the anterior eye and tear film with a slit lamp.",
            "Select initial soft lens parameters from keratometry and refraction.",
            "Evaluate lens centration, movement and coverage.",
            "Teach safe insertion, removal and lens care.",
            "Recognise complications that require referral to an optometrist."]),
        F("Summative Assessment", "summative_assessment", "Three supervised fittings on clients, assessed by a registered optician mentor, and an online examination."),
        F("Partner Organization", "partner_name", "ClearView Optical Cooperative"),
        F("Partner Contact", "partner_contact", "Yusuf Halloran, Director of Professional Services"),
        F("Letter of Support Attached? (Yes/No)", "endorsement_status", "Yes", "letter_attached"),
        F("Alignment with Michener's Education Plan", "education_plan_alignment", "Supports practice-ready skills for regulated health professionals through employer partnerships."),
        F("Delivery Mode", "delivery_format", C(FMT3, 2, "hybrid")),
        F("Duration (hours)", "estimated_hours", "20", 20),
        F("Proposed Start", "proposed_start", "September 2026"),
        F("Submission Date", "submission_date", "2026-03-03"),
    ])],
    notes="G6: bold numbered question table, answers in a second table keyed by number; answers 13 and 14 given in swapped order; letter Yes = letter_attached."))
