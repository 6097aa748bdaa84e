"""Round 22a, tuning half: content of each document. `f` = the values (expected, before normalisation);
`x` = how a value is written on the form when it differs (choice wording notes, numbers in sentences, dates);
`o` = renderer options (layout habits)."""

DOCS = [
    # ------------------------------------------------------------ G1: official DOCX table, typed by hand
    dict(
        name="Concept Form - Neonatal Phototherapy - R Achterberg.docx", genre="G1", shape="1",
        notes="Official table form (python-docx). Some answers typed into the label cell after the colon (Position / "
              "Title, Email, Phone) with the answer cell left empty; blank ☐ boxes with an 'X' typed after the chosen "
              "option; phone with extension; date label with a dd/mm/yyyy hint, '02/03/2027' = 2 March 2027; grey hints "
              "in label cells; office-use box and footer are not values.",
        lab={"submission_date": "Date (dd/mm/yyyy)"},
        hints={"learning_outcomes": "List 3–6 measurable outcomes", "request_type": "Check one"},
        o=dict(check="x", in_label=["proposer_title", "proposer_email", "proposer_phone"], list="num"),
        f=dict(
            proposal_title="Safe Neonatal Phototherapy: Set-up, Monitoring and Documentation",
            proposer_name="Rianne Achterberg",
            proposer_title="Clinical Nurse Educator, NICU",
            proposer_department="Women's and Children's Program, Harbourview General",
            proposer_email="r.achterberg@example.org",
            proposer_phone="(416) 555-0147 ext. 2291",
            request_type="micro_course",
            target_learners="Registered nurses and registered practical nurses new to level II and III neonatal units.",
            rationale="Phototherapy is started on roughly one in ten newborns in our region, yet orientation covers it in "
                      "a single slide. Incident reviews in 2025 found irradiance never measured, eye shields slipping and "
                      "bilirubin re-checks missed after the lights were stopped.",
            competencies=["Measuring irradiance with a radiometer",
                          "Positioning the infant and the light source",
                          "Monitoring temperature, hydration and skin",
                          "Recognising rebound hyperbilirubinemia"],
            learning_outcomes=["Set up conventional and fibre-optic phototherapy units to the prescribed irradiance.",
                               "Apply and check eye protection and skin exposure at each assessment.",
                               "Plot total serum bilirubin on the nomogram and identify the treatment threshold.",
                               "Document phototherapy start, interruptions and stop criteria in the chart."],
            competency_framework="Canadian Association of Neonatal Nurses practice standards",
            summative_assessment="Observed set-up on a manikin station with a checklist (pass mark 85 %) and a "
                                 "15-question case quiz.",
            partner_name="Harbourview General Hospital NICU",
            partner_contact="Dr. Tomasz Wieczorek, Medical Director – t.wieczorek@example.org",
            endorsement_status="letter_attached",
            education_plan_alignment="Supports the Education Plan priority on practice-ready clinical skills for "
                                     "acute care partners.",
            delivery_format="hybrid",
            estimated_hours=6,
            proposed_start="Spring 2027",
            expected_enrolment=60,
            resources_required="Two phototherapy units on loan from the partner, one radiometer, neonatal manikin.",
            submission_date="2027-03-02",
        ),
        x=dict(estimated_hours="6 (4 online + 2 lab)", expected_enrolment="about 60",
               submission_date="02/03/2027"),
    ),
    dict(
        name="Formulaire_concept_dialyse_peritoneale_NBouchard.docx", genre="G1", shape="1", lang="fr",
        notes="Bilingual official table form (French / English labels), French answers. Choices answered by bolding "
              "the chosen option and striking through the others (all boxes left ☐); French date '3 févr. 2027'; hours "
              "'≈ 14 h'; outcomes as '1) ' paragraphs; competencies as bullets in one cell joined with '; '.",
        o=dict(check="boldstrike", list="paren", list_competencies="bullet",
               heading="Institut Michener – Formation continue / Continuing Education",
               subheading="Formulaire de concept – Microcours / Microcertificat (Concept Form)",
               instr="Remplissez chaque section et envoyez le formulaire à ce@michener.example. / Complete every "
                     "section and e-mail the form to ce@michener.example."),
        f=dict(
            proposal_title="Dialyse péritonéale à domicile : formation des infirmières de soins à domicile",
            proposer_name="Nathalie Bouchard",
            proposer_title="Infirmière clinicienne spécialisée en néphrologie",
            proposer_department="Programme de néphrologie, Centre hospitalier Rivière-Claire",
            proposer_email="nathalie.bouchard@example.com",
            proposer_phone="819 555-0163",
            request_type="new",
            target_learners="Infirmières et infirmiers de soins à domicile qui suivent des patients en dialyse "
                            "péritonéale continue ambulatoire ou automatisée.",
            rationale="Le nombre de patients en dialyse péritonéale à domicile a doublé depuis 2022 dans notre région, "
                      "mais les équipes de soins à domicile n'ont reçu aucune formation structurée. Les péritonites "
                      "évitables restent notre première cause de transfert vers l'hémodialyse.",
            competencies=["Technique aseptique d'échange et de connexion",
                          "Soins de l'orifice de sortie du cathéter",
                          "Reconnaissance précoce de la péritonite",
                          "Enseignement au patient et à l'aidant"],
            learning_outcomes=["Effectuer un échange manuel selon la technique aseptique recommandée.",
                               "Évaluer l'orifice de sortie et choisir le soin approprié.",
                               "Reconnaître les signes de péritonite et déclencher le protocole de prélèvement.",
                               "Vérifier la compréhension du patient à l'aide de la méthode de reformulation."],
            competency_framework="Normes de pratique de l'Association canadienne des infirmières et infirmiers en "
                                 "néphrologie",
            summative_assessment="Échange observé en laboratoire avec grille critériée, puis étude de cas écrite "
                                 "corrigée par deux évaluatrices.",
            partner_name="Réseau de soins à domicile Outaouais-Sud",
            partner_contact="Mme Lise Tremblay-Roy, directrice des soins – l.tremblayroy@example.com",
            endorsement_status="confirmed",
            education_plan_alignment="Répond à l'orientation du Plan d'éducation sur les soins dans la communauté et "
                                     "la formation bilingue.",
            delivery_format="hybrid",
            estimated_hours=14,
            proposed_start="Automne 2027",
            expected_enrolment=40,
            resources_required="Simulateur d'abdomen pour dialyse péritonéale, sacs de solution périmés fournis par "
                               "le partenaire.",
            submission_date="2027-02-03",
        ),
        x=dict(estimated_hours="≈ 14 h", expected_enrolment="40 (deux cohortes de 20)", submission_date="3 févr. 2027"),
    ),
    # ------------------------------------------------------------ G2: content controls
    dict(
        name="CIED interrogation - concept form.docx", genre="G2", shape="2",
        notes="Official form with block content controls tagged with the keys; three unused optional controls still "
              "show 'Click or tap here to enter text.' (competency_framework, partner_contact, resources_required: "
              "empty); request type and endorsement as drop-downs (value = display text); delivery format as three "
              "w14 checkbox controls; date picker control shown as '12 January 2027'; outcomes typed with '• '.",
        o=dict(list="bullet", list_competencies="dash"),
        f=dict(
            proposal_title="Pacemaker and ICD Interrogation for Cardiology Technologists",
            proposer_name="Devika Ramcharan",
            proposer_title="Senior Cardiology Technologist",
            proposer_department="Cardiac Diagnostics, Lakefield Regional Health",
            proposer_email="devika.ramcharan@example.org",
            proposer_phone="905-555-0118",
            request_type="new",
            target_learners="Registered cardiology technologists and ECG technicians who staff device clinics.",
            rationale="Device clinic volumes rose 30 % after remote monitoring expanded, and only two technologists in "
                      "the region are trained to interrogate implanted devices. Manufacturers' courses are brand-specific "
                      "and not portable.",
            competencies=["Interrogating and programming pacemakers and ICDs from three manufacturers",
                          "Measuring sensing, impedance and capture thresholds",
                          "Interpreting stored electrograms and arrhythmia episodes"],
            learning_outcomes=["Perform a complete in-clinic interrogation and save the report.",
                               "Determine capture thresholds and adjust output with a safety margin.",
                               "Classify stored episodes as appropriate or inappropriate therapy.",
                               "Escalate lead or battery alerts according to the clinic protocol."],
            summative_assessment="Supervised interrogation of 10 patients logged in a portfolio, plus an OSCE "
                                 "station with a programmer simulator.",
            partner_name="Lakefield Regional Health – Arrhythmia Service",
            endorsement_status="in_discussion",
            education_plan_alignment="Addresses the Education Plan goal of upskilling the current workforce in "
                                     "high-demand diagnostic roles.",
            delivery_format="in_person",
            estimated_hours=24,
            proposed_start="September 2027",
            expected_enrolment=16,
            submission_date="2027-01-12",
        ),
        x=dict(estimated_hours="24", expected_enrolment="16 (two cohorts of 8)", submission_date="12 January 2027"),
    ),
    # ------------------------------------------------------------ G3: LibreOffice round trip
    dict(
        name="Karyotyping micro-credential concept (LO).docx", genre="G3", shape="1",
        notes="Official table form re-saved DOCX -> ODT -> DOCX through LibreOffice (LibreOffice styles, table "
              "rebuilt); ☒/☐ characters; outcomes kept in ONE paragraph separated by manual line breaks; rationale in "
              "two paragraphs joined with a space; 'Convert an existing program' with the program named.",
        o=dict(check="glyph", list="num", list_br_learning_outcomes=True, list_competencies="bullet",
               font="Liberation Sans"),
        f=dict(
            proposal_title="Chromosome Analysis and Karyotype Reporting",
            proposer_name="Oyelaran Fashola",
            proposer_title="Cytogenetic Technologist II",
            proposer_department="Genetics Laboratory, St. Brendan's Health Sciences Centre",
            proposer_email="o.fashola@example.org",
            proposer_phone="647-555-0172",
            request_type="existing_program",
            existing_program_name="Cytogenetics Advanced Practice Certificate (Module 3)",
            target_learners="Medical laboratory technologists moving into cytogenetics and genetics technologists "
                            "returning after leave.",
            rationale="Module 3 of the certificate is only offered inside the full program, so staff who need "
                      "karyotyping alone wait a year. "
                      "Converting it into a stand-alone micro-credential lets labs upskill bench staff within one "
                      "term.",
            competencies=["Band-level assessment of G-banded metaphases",
                          "Karyotype construction with imaging software",
                          "ISCN 2024 nomenclature"],
            learning_outcomes=["Select analysable metaphases and assess the band level.",
                               "Construct a karyotype and identify numerical and structural abnormalities.",
                               "Write the karyotype in ISCN nomenclature.",
                               "Draft a report ready for review by the laboratory geneticist."],
            competency_framework="CCMG training objectives for cytogenetic technologists",
            summative_assessment="Blind analysis of 20 cases scored against the reference karyotype (95 % "
                                 "concordance required).",
            partner_name="St. Brendan's Health Sciences Centre, Genetics Laboratory",
            partner_contact="Dr. Amara Lindqvist, laboratory geneticist",
            endorsement_status="letter_attached",
            education_plan_alignment="Fits the Education Plan's stackable credentials strategy.",
            delivery_format="online",
            estimated_hours=30,
            proposed_start="January 2028",
            expected_enrolment=25,
            resources_required="Licences for the karyotyping software (already held by the partner lab).",
            submission_date="2027-02-19",
        ),
        x=dict(rationale=["Module 3 of the certificate is only offered inside the full program, so staff who need "
                          "karyotyping alone wait a year.",
                          "Converting it into a stand-alone micro-credential lets labs upskill bench staff within one "
                          "term."],
               estimated_hours="30 hours", expected_enrolment="25", submission_date="19 February 2027"),
    ),
    # ------------------------------------------------------------ G4: fillable PDFs
    dict(
        name="ConceptForm_fillable_ChestDrains.pdf", genre="G4", shape="3",
        notes="Fillable PDF made with reportlab; generated field names Text1..Text21; radio groups Group1..3 with "
              "export values Choice1..Choice3; filled when generated (appearance streams, NeedAppearances not set); "
              "multi-line fields with typed line breaks; the title overflows its one-line box (the value is whole).",
        o=dict(names="Text", choice="radio", list="num", list_competencies="dash"),
        f=dict(
            proposal_title="Chest Drainage Systems: Assessment, Troubleshooting and Safe Transport for Respiratory "
                           "Therapists",
            proposer_name="Callum Ferreira-Hayes",
            proposer_title="Respiratory Therapy Clinical Coordinator",
            proposer_department="Respiratory Therapy, Northgate Community Hospital",
            proposer_email="cferreirahayes@example.com",
            proposer_phone="705-555-0126 x4410",
            request_type="micro_course",
            target_learners="Respiratory therapists and critical care nurses who transport or monitor patients with "
                            "chest drains.",
            rationale="Chest drain events (disconnections, clamped tubes during transport, unrecognised air leaks) "
                      "were the third most frequent respiratory safety report at our site last year.",
            competencies=["Assessment of drainage, swing and bubbling", "Troubleshooting disconnection and blockage",
                          "Safe transport of a patient with a chest drain"],
            learning_outcomes=["Assess a three-chamber drainage system and record findings.",
                               "Differentiate a persistent air leak from a system leak.",
                               "Manage accidental disconnection and dislodgement.",
                               "Prepare the drain for inter- and intra-hospital transport."],
            summative_assessment="Simulation scenario with a scored checklist and a short written test.",
            partner_name="Northgate Community Hospital",
            partner_contact="Marguerite Osei, Director of Critical Care - m.osei@example.com",
            endorsement_status="confirmed",
            education_plan_alignment="Patient safety and interprofessional practice priorities of the Education Plan.",
            delivery_format="in_person",
            estimated_hours=4,
            proposed_start="May 2027",
            expected_enrolment=48,
            submission_date="2027-02-08",
        ),
        x=dict(estimated_hours="4", expected_enrolment="48 (3 sessions x 16)", submission_date="Feb 8, 2027"),
    ),
    dict(
        name="urodynamics concept form.pdf", genre="G4", shape="3",
        notes="INCOMPLETE fillable PDF: summative assessment, partner and Education Plan alignment left empty; "
              "endorsement status not ticked. Field names fill_1..fill_21; options as separate check boxes 'Check "
              "Box11..' exporting /Yes; filled afterwards with pypdf (values in /V, NeedAppearances true); "
              "optional fields empty.",
        o=dict(names="fill", choice="check", fill="pypdf", need_app=True, list="dash"),
        f=dict(
            proposal_title="Urodynamic Studies for Nurses and Technologists",
            proposer_name="Ingrid Solheim",
            proposer_title="Nurse Continence Advisor",
            proposer_department="Urology Clinic, Bayshore Health",
            proposer_email="ingrid.solheim@example.org",
            request_type="new",
            target_learners="Registered nurses and medical device technologists working in urology or continence "
                            "clinics.",
            rationale="Wait times for urodynamic testing exceed eight months because only physicians perform it; "
                      "trained nurses could run the studies under protocol.",
            competencies=["Catheter and transducer set-up", "Zeroing and quality control of pressure traces",
                          "Patient preparation and consent"],
            learning_outcomes=["Set up the urodynamic system and zero the transducers.",
                               "Recognise artefacts on the pressure trace.",
                               "Conduct filling cystometry and pressure-flow studies under protocol."],
            delivery_format="hybrid",
            estimated_hours=18,
            submission_date="2027-01-27",
        ),
        x=dict(estimated_hours="18", submission_date="2027-01-27"),
    ),
    # ------------------------------------------------------------ G5: DOCX printed to PDF
    dict(
        name="TDM by LC-MSMS - Concept Form.pdf", genre="G5", shape="4",
        notes="The official DOCX table form printed to PDF by LibreOffice: no table or fields survive, text layer "
              "only; the applicant marked choices with an 'X' typed in place of the box; outcomes '1. ' paragraphs; "
              "label cells wrap so label text may interleave with answers.",
        o=dict(check="xbefore", list="num", list_competencies="bullet"),
        f=dict(
            proposal_title="Therapeutic Drug Monitoring by LC-MS/MS",
            proposer_name="Henrik Vasquez-Olsen",
            proposer_title="Clinical Chemist",
            proposer_department="Core Laboratory, Queensway Shared Diagnostics",
            proposer_email="hvasquezolsen@example.com",
            proposer_phone="289-555-0139",
            request_type="micro_course",
            target_learners="Medical laboratory technologists in chemistry sections that are bringing "
                            "immunosuppressant and antibiotic assays in-house.",
            rationale="Three regional laboratories will replace send-out testing with in-house mass spectrometry by "
                      "2028, and no Ontario program teaches routine LC-MS/MS operation.",
            competencies=["Sample preparation by protein precipitation", "Calibration and internal standards",
                          "Interpreting ion ratios and chromatograms", "Troubleshooting the LC-MS/MS system"],
            learning_outcomes=["Prepare calibrators, controls and patient samples for tacrolimus and vancomycin.",
                               "Evaluate a run using ion ratios, internal standard response and QC rules.",
                               "Identify common chromatographic and ion-source faults.",
                               "Report results with the correct units and comments."],
            competency_framework="CSMLS competency profile – clinical chemistry",
            summative_assessment="Practical run assessed by a clinical chemist plus an online case exam.",
            partner_name="Queensway Shared Diagnostics",
            partner_contact="Paulina Nwachukwu, Lab Manager",
            endorsement_status="letter_attached",
            education_plan_alignment="Emerging technology and laboratory modernisation goals in the Education Plan.",
            delivery_format="hybrid",
            estimated_hours=20,
            proposed_start="Winter 2028",
            expected_enrolment=24,
            resources_required="Access to the partner's LC-MS/MS after hours; expired reagents donated.",
            submission_date="2027-03-15",
        ),
        x=dict(estimated_hours="20 (12 online, 8 lab)", expected_enrolment="24", submission_date="15-Mar-2027"),
    ),
    # ------------------------------------------------------------ G6: flattened fillable PDF
    dict(
        name="Concept form - Sepsis screening at triage (flattened).pdf", genre="G6", shape="4",
        notes="A filled fillable PDF flattened with qpdf (widgets burnt into the page; no AcroForm left). Field names "
              "had been auto-detected from labels; multi-line answers come out with the line breaks of the box; "
              "radio/check marks are only graphical (ZapfDingbats glyphs), the option wording is printed beside "
              "them.",
        o=dict(names="auto", choice="radio", list="num", list_competencies="dash", producer="qpdf flatten"),
        f=dict(
            proposal_title="Early Sepsis Screening at Triage",
            proposer_name="Aroha Whitcombe",
            proposer_title="Emergency Department Nurse Educator",
            proposer_department="Emergency Program, Westmount Valley Hospital",
            proposer_email="aroha.whitcombe@example.org",
            proposer_phone="519-555-0184",
            request_type="micro_course",
            target_learners="Triage nurses and paramedics in emergency departments and urgent care centres.",
            rationale="Our audit showed a median of 94 minutes from arrival to first antibiotic in patients later "
                      "diagnosed with sepsis; screening at triage was inconsistent across shifts.",
            competencies=["Applying a validated sepsis screening tool", "Rapid lactate and blood culture initiation",
                          "Escalation using SBAR"],
            learning_outcomes=["Apply the screening tool to adult patients at triage.",
                               "Initiate the sepsis medical directive within the first 15 minutes.",
                               "Escalate a positive screen to the physician using SBAR."],
            summative_assessment="Triage simulation with standardised patients and a scored rubric.",
            partner_name="Westmount Valley Hospital",
            partner_contact="Gideon Maalouf, Director, Emergency Services",
            endorsement_status="letter_attached",
            education_plan_alignment="Patient safety and quality improvement priorities.",
            delivery_format="online",
            estimated_hours=3,
            proposed_start="As soon as approved",
            expected_enrolment=150,
            submission_date="2027-02-22",
        ),
        x=dict(estimated_hours="3", expected_enrolment="150", submission_date="22 Feb 2027"),
    ),
    # ------------------------------------------------------------ G7: look-alike
    dict(
        name="CE Course Evaluation - Wound Photography Workshop.docx", genre="G7", shape="7",
        notes="Look-alike: a CE course-evaluation form in the same two-column table style (Course Title, "
              "Instructor, Name, Email, Date, ☒/☐ ratings, comments) – not a concept form.",
        f={},
        o=dict(heading="Michener Institute – Continuing Education",
               subheading="Course Evaluation Form",
               instr="Thank you for attending. Please complete this evaluation and return it to ce@michener.example.",
               footer="CE-F-022 Course Evaluation v1.4",
               rows=[("SECTION", "About the course"),
                     ("Course Title", "Clinical Wound Photography for Allied Health"),
                     ("Instructor", "Benedikt Ohlsson"),
                     ("Date attended", "14 January 2027"),
                     ("Delivery Format", ["☐ Online", "☒ In person", "☐ Hybrid"]),
                     ("SECTION", "About you (optional)"),
                     ("Name", "Farah Qureshi"),
                     ("Email", "farah.qureshi@example.com"),
                     ("Department / Program", "Outpatient Wound Clinic"),
                     ("SECTION", "Your ratings"),
                     ("The learning outcomes were met", ["☐ Strongly disagree", "☐ Disagree", "☐ Agree",
                                                         "☒ Strongly agree"]),
                     ("The assessment was fair", ["☐ Strongly disagree", "☐ Disagree", "☒ Agree",
                                                  "☐ Strongly agree"]),
                     ("What was most useful?", "The hands-on session on lighting and scale markers."),
                     ("What should we change?", "More time for consent and privacy questions."),
                     ("Would you recommend this course?", "☒ Yes   ☐ No")]),
    ),
]
