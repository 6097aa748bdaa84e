"""Round 22a, held-out half (for scoring only): content of each document. Same layout as tuning_data.py."""

DOCS = [
    # ------------------------------------------------------------ G1: official DOCX table, typed by hand
    dict(
        name="Low Vision Assessment concept form_PMandela-Cruz.docx", genre="G1", shape="1",
        notes="Official table form; chosen options highlighted in yellow, all boxes left ☐; proposer name, partner "
              "contact and date typed into the label cell after the colon (answer cell empty); date label hint "
              "mm/dd/yyyy, '02/03/2027' = 3 February 2027; competencies as '• ' lines separated by manual line breaks "
              "in one paragraph; phone with extension.",
        lab={"submission_date": "Date (mm/dd/yyyy)"},
        hints={"target_learners": "Who will take it?", "rationale": "Evidence of need (data, reports)"},
        o=dict(check="highlight", in_label=["proposer_name", "partner_contact", "submission_date"], list="num",
               list_competencies="bullet", list_br_competencies=True),
        f=dict(
            proposal_title="Functional Low Vision Assessment for Optometric Assistants",
            proposer_name="Priscila Mandela-Cruz",
            proposer_title="Optometrist and Clinic Lead",
            proposer_department="Vision Rehabilitation Clinic, Eastgate Community Health",
            proposer_email="pmandelacruz@example.com",
            proposer_phone="613-555-0133, ext. 12",
            request_type="micro_course",
            target_learners="Optometric assistants and rehabilitation assistants in community eye clinics.",
            rationale="Referrals for low vision rehabilitation wait up to nine months; assistants could complete the "
                      "functional intake (reading speed, contrast, glare) that now takes an optometrist's full slot.",
            competencies=["Measuring near and distance acuity with low vision charts",
                          "Contrast sensitivity and glare testing",
                          "Demonstrating basic magnifiers"],
            learning_outcomes=["Record distance and near acuity on logMAR low vision charts.",
                               "Measure contrast sensitivity and reading speed.",
                               "Demonstrate hand-held and stand magnifiers to a client.",
                               "Summarise functional findings for the optometrist."],
            summative_assessment="Observed intake with a standardised client and a competency checklist signed by "
                                 "an optometrist.",
            partner_name="Eastgate Community Health – Vision Rehabilitation Clinic",
            partner_contact="Ruairi Castellanos, Clinic Manager, r.castellanos@example.com",
            endorsement_status="confirmed",
            education_plan_alignment="Expands community-based training in the Education Plan's access pillar.",
            delivery_format="in_person",
            estimated_hours=10,
            proposed_start="Fall 2027",
            expected_enrolment=30,
            submission_date="2027-02-03",
        ),
        x=dict(estimated_hours="10 hrs", expected_enrolment="30", submission_date="02/03/2027"),
    ),
    dict(
        name="Dysphagia screening - concept form (draft).docx", genre="G1", shape="1",
        notes="INCOMPLETE official table form: competencies, summative assessment and partner left empty and no "
              "endorsement option ticked (all ☐); other choices ☒; outcomes as '- ' paragraphs; rationale in two "
              "paragraphs; empty optional rows.",
        o=dict(check="glyph", list="dash"),
        f=dict(
            proposal_title="Bedside Swallow Screening after Stroke",
            proposer_name="Mirela Dragomir",
            proposer_title="Speech-Language Pathologist",
            proposer_department="Stroke Unit, Kingsbridge Memorial",
            proposer_email="mirela.dragomir@example.org",
            proposer_phone="416-555-0159",
            request_type="new",
            target_learners="Nurses on acute stroke and general medicine units.",
            rationale="Patients with stroke often wait more than a day for a speech-language pathologist before they "
                      "can eat or take oral medication. A validated nurse screen within four hours of admission is a "
                      "best-practice recommendation we do not yet meet.",
            learning_outcomes=["Explain why early swallow screening reduces aspiration pneumonia.",
                               "Administer the bedside water-swallow screen to protocol.",
                               "Decide on NPO status and refer to speech-language pathology when the screen fails."],
            education_plan_alignment="Interprofessional stroke care and patient safety in the Education Plan.",
            delivery_format="online",
            estimated_hours=2,
            submission_date="2027-03-05",
        ),
        x=dict(rationale=["Patients with stroke often wait more than a day for a speech-language pathologist before "
                          "they can eat or take oral medication.",
                          "A validated nurse screen within four hours of admission is a best-practice recommendation we "
                          "do not yet meet."],
               estimated_hours="2", submission_date="March 5, 2027"),
    ),
    # ------------------------------------------------------------ G2: content controls
    dict(
        name="Embryo vitrification concept form.docx", genre="G2", shape="2",
        notes="Content-control form (tags = keys); request type drop-down 'Convert an existing program' with the "
              "program in its own control; unused optional controls show the placeholder (competency_framework, "
              "resources_required); date picker in yyyy-MM-dd; outcomes typed '1) ' inside one block control; "
              "delivery format as a drop-down instead of check boxes.",
        o=dict(list="paren", list_competencies="bullet", datefmt="yyyy-MM-dd", cc_delivery_format="dropdown"),
        f=dict(
            proposal_title="Oocyte and Embryo Vitrification and Warming",
            proposer_name="Saoirse Delacroix-Nkemelu",
            proposer_title="Senior Clinical Embryologist",
            proposer_department="Fertility Laboratory, Lakeview Reproductive Centre",
            proposer_email="sdelacroix@example.org",
            proposer_phone="416-555-0191",
            request_type="existing_program",
            existing_program_name="Assisted Reproductive Technology Laboratory Certificate",
            target_learners="Embryologists and andrology technologists with at least one year of IVF laboratory "
                            "experience.",
            rationale="Vitrification is now used in almost every IVF cycle, but the certificate covers it only as "
                      "theory; clinics report that new embryologists need three months of supervised practice before "
                      "they can vitrify independently.",
            competencies=["Open and closed vitrification devices", "Timing of equilibration and vitrification steps",
                          "Warming and survival assessment", "Cryostorage inventory and traceability"],
            learning_outcomes=["Vitrify oocytes and blastocysts using an open and a closed device.",
                               "Warm vitrified specimens and assess survival.",
                               "Maintain cryostorage records with double witnessing.",
                               "Respond to a dewar alarm according to the laboratory's procedure."],
            summative_assessment="Practical assessment with donated research embryos (survival rate ≥ 90 % over ten "
                                 "warmings) and a traceability audit.",
            partner_name="Lakeview Reproductive Centre",
            partner_contact="Dr. Ethan Abernethy-Ko, Laboratory Director",
            endorsement_status="letter_attached",
            education_plan_alignment="Specialised laboratory skills and partnership growth in the Education Plan.",
            delivery_format="in_person",
            estimated_hours=35,
            proposed_start="Q1 2028",
            expected_enrolment=12,
            submission_date="2027-03-09",
        ),
        x=dict(estimated_hours="35 (5 days)", expected_enrolment="12", submission_date="2027-03-09"),
    ),
    dict(
        name="Formulaire - Soins de stomie - concept (contrôles).docx", genre="G2", shape="2", lang="fr",
        notes="Bilingual (French / English labels) content-control form with French answers; drop-downs with the "
              "bilingual option wording; delivery format as w14 check boxes; date control shown '15 mars 2027'; "
              "placeholder left in the unused 'Existing Program Name' and 'Resources Required' controls, and the "
              "competency framework control deleted (empty cell).",
        o=dict(list="bullet", list_competencies="dash", datefmt="d MMMM yyyy", cc_blank=["competency_framework"],
               heading="Institut Michener – Formation continue / Continuing Education",
               subheading="Formulaire de concept – Microcours / Microcertificat (Concept Form)",
               instr="Remplissez chaque section et envoyez le formulaire à ce@michener.example."),
        f=dict(
            proposal_title="Soins de stomie en milieu communautaire",
            proposer_name="Émilie Gagnon-Okafor",
            proposer_title="Infirmière stomothérapeute",
            proposer_department="Service de chirurgie colorectale, Hôpital du Val-des-Pins",
            proposer_email="emilie.gagnon-okafor@example.com",
            proposer_phone="450 555-0127, poste 3304",
            request_type="micro_course",
            target_learners="Infirmières et infirmiers auxiliaires des soins à domicile et des centres "
                            "d'hébergement.",
            rationale="Les fuites d'appareillage et les irritations péristomiales sont la première cause de visites "
                      "non prévues à la clinique de stomie ; la plupart pourraient être réglées à domicile.",
            competencies=["Évaluation de la stomie et de la peau péristomiale", "Choix et changement de l'appareillage",
                          "Prévention et traitement des irritations cutanées"],
            learning_outcomes=["Évaluer une stomie et la peau péristomiale à l'aide d'un outil standardisé.",
                               "Changer un appareillage une pièce et deux pièces.",
                               "Choisir les accessoires adaptés en cas de pli cutané ou de fuite.",
                               "Reconnaître les complications qui exigent une consultation."],
            summative_assessment="Changement d'appareillage observé sur mannequin et quiz en ligne de 20 questions.",
            partner_name="Soins à domicile Val-des-Pins",
            partner_contact="M. Karim Belhadj, chef de service",
            endorsement_status="confirmed",
            education_plan_alignment="Formation en français et soins de proximité, deux priorités du Plan "
                                     "d'éducation.",
            delivery_format="hybrid",
            estimated_hours=8,
            proposed_start="Septembre 2027",
            expected_enrolment=45,
            submission_date="2027-03-15",
        ),
        x=dict(estimated_hours="8 h", expected_enrolment="environ 45", submission_date="15 mars 2027"),
    ),
    # ------------------------------------------------------------ G3: LibreOffice round trip
    dict(
        name="AFB smear microscopy - concept form (resaved).docx", genre="G3", shape="1",
        notes="Official table form re-saved DOCX -> ODT -> DOCX through LibreOffice; choices marked by an 'X' typed "
              "after the chosen option (boxes ☐); competencies as '• ' paragraphs; outcomes '1. ' with manual line "
              "breaks in one paragraph; blended delivery.",
        o=dict(check="x", list="num", list_br_learning_outcomes=True, list_competencies="bullet",
               font="Liberation Serif"),
        opt={"delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Blended")]},
        f=dict(
            proposal_title="Acid-Fast Bacilli Smear Microscopy and Reporting",
            proposer_name="Thandiwe Brockhurst",
            proposer_title="Microbiology Technologist, Mycobacteriology",
            proposer_department="Public Health Laboratory – Northern Region",
            proposer_email="t.brockhurst@example.org",
            proposer_phone="807-555-0108",
            request_type="micro_course",
            target_learners="Medical laboratory technologists in regional hospital laboratories that prepare "
                            "tuberculosis smears.",
            rationale="Smear quality audits found under-stained and too-thick slides at four of nine sites, and "
                      "several sites read fewer than ten positive smears a year.",
            competencies=["Safe smear preparation in a biological safety cabinet",
                          "Ziehl-Neelsen and auramine staining",
                          "Grading and reporting by WHO/IUATLD scale"],
            learning_outcomes=["Prepare and fix sputum smears of correct thickness.",
                               "Stain smears by Ziehl-Neelsen and auramine-rhodamine methods.",
                               "Read and grade smears and report them with the standard scale.",
                               "Take part in external quality assessment by blinded rechecking."],
            competency_framework="CSMLS competency profile; WHO laboratory guidance on AFB microscopy",
            summative_assessment="Panel of 20 slides read blind (no major errors allowed) and a practical staining "
                                 "assessment.",
            partner_name="Public Health Laboratory – Northern Region",
            partner_contact="Dr. Lukas Anand-Whitfield, Clinical Microbiologist",
            endorsement_status="letter_attached",
            education_plan_alignment="Rural and northern workforce development.",
            delivery_format="hybrid",
            estimated_hours=12,
            proposed_start="Summer 2027",
            expected_enrolment=36,
            resources_required="Teaching slide sets from the partner; fluorescence microscope time.",
            submission_date="2027-02-25",
        ),
        x=dict(estimated_hours="12", expected_enrolment="36 (3 sites x 12)", submission_date="25 February 2027"),
    ),
    # ------------------------------------------------------------ G4: fillable PDFs
    dict(
        name="Concept_Form_Nerve_Blocks_fillable.pdf", genre="G4", shape="3",
        notes="Fillable PDF with generated names untitled12..untitled32; radio groups with export values 0/1/2 "
              "(/V '/0' = first option, '/2' = third); filled afterwards with pypdf, NeedAppearances false; pypdf's appearance "
              "streams do not wrap, so long answers are cut off on screen while /V holds the whole answer; multi-line "
              "fields with typed line breaks; long department overflowing its box.",
        o=dict(names="untitled", name_offset=11, choice="radio_num", fill="pypdf", need_app=False, list="num",
               list_competencies="dash"),
        f=dict(
            proposal_title="Ultrasound-Guided Peripheral Nerve Blocks: Preparation and Assisting",
            proposer_name="Keanu Albright-Sato",
            proposer_title="Anesthesia Assistant Team Lead",
            proposer_department="Department of Anesthesia and Perioperative Medicine, Riverside Surgical Centre",
            proposer_email="kalbrightsato@example.com",
            proposer_phone="604-555-0150 ext. 77",
            request_type="new",
            target_learners="Anesthesia assistants and perioperative nurses who set up and assist with regional "
                            "anesthesia.",
            rationale="Block rooms now run in parallel with the operating rooms, and each needs a trained assistant; "
                      "there is no formal training route in the province.",
            competencies=["Ultrasound set-up and probe handling", "Sterile block tray preparation",
                          "Monitoring for local anesthetic systemic toxicity"],
            learning_outcomes=["Prepare the ultrasound machine and sterile field for common upper and lower limb "
                               "blocks.",
                               "Identify key sono-anatomy with the anesthesiologist.",
                               "Monitor the patient and recognise early signs of local anesthetic toxicity.",
                               "Start the lipid emulsion protocol when directed."],
            competency_framework="Canadian Anesthesiologists' Society competency guidelines for anesthesia "
                                 "assistants",
            summative_assessment="Direct observation of five block procedures with a global rating scale, and an "
                                 "emergency simulation.",
            partner_name="Riverside Surgical Centre",
            partner_contact="Dr. Hana Kowalczyk, Chief of Anesthesia",
            endorsement_status="in_discussion",
            education_plan_alignment="Advanced practice roles and simulation-based education.",
            delivery_format="hybrid",
            estimated_hours=16,
            proposed_start="Once the partner agreement is signed",
            expected_enrolment=20,
            resources_required="Ultrasound phantom gel blocks; simulation lab for one day.",
            submission_date="2027-03-01",
        ),
        x=dict(estimated_hours="16", expected_enrolment="20", submission_date="1 March 2027"),
    ),
    dict(
        name="Cerumen management - concept form (fillable).pdf", genre="G4", shape="3",
        notes="Fillable PDF whose field names were auto-detected from labels by a PDF editor ('Proposer Name 2', "
              "'Email 2', 'Rationale  Need', some generic); options as separate check boxes exporting /On; filled "
              "when generated, NeedAppearances true; date '26-02-2027'.",
        o=dict(names="auto", choice="check", on_export="On", need_app=True, list="num", list_competencies="dash",
               auto={"proposer_name": "Proposer Name 2", "proposer_email": "Email 2", "proposer_phone": "Phone 3",
                     "education_plan_alignment": "Text17", "partner_contact": "Partner Contact Name and Email"},
               check_names={"request_type_new": "New microcredential", "request_type_existing_program": "Convert",
                            "request_type_micro_course": "Microcourse", "endorsement_status_letter_attached": "Letter",
                            "endorsement_status_confirmed": "Confirmed", "endorsement_status_in_discussion":
                            "In discussion", "endorsement_status_none": "None", "delivery_format_online": "Online",
                            "delivery_format_in_person": "In person", "delivery_format_hybrid": "Hybrid"},
               creator="PDF form editor", doctitle="Concept Form (fillable)"),
        f=dict(
            proposal_title="Cerumen Management and Ear Irrigation in Primary Care",
            proposer_name="Lorcan Whitely-Mbeki",
            proposer_title="Audiologist",
            proposer_department="Hearing Services, Maplecrest Family Health Team",
            proposer_email="lorcan.wm@example.org",
            proposer_phone="905-555-0176 (ext. 205)",
            request_type="micro_course",
            target_learners="Nurses, hearing instrument practitioners and communicative disorders assistants in "
                            "primary care.",
            rationale="Impacted cerumen is one of the most frequent reasons for audiology referral in our team, and "
                      "most cases could be handled safely by trained staff in the clinic.",
            competencies=["Otoscopy and recognition of contraindications", "Irrigation and manual removal techniques",
                          "Infection prevention and documentation"],
            learning_outcomes=["Perform otoscopy and identify contraindications to removal.",
                               "Remove cerumen by irrigation and by curette under direct vision.",
                               "Manage complications and refer appropriately."],
            summative_assessment="Observed removal on a simulation ear and a signed logbook of 10 supervised "
                                 "procedures.",
            partner_name="Maplecrest Family Health Team",
            partner_contact="Yolanda Prieto, Executive Director, yprieto@example.org",
            endorsement_status="letter_attached",
            education_plan_alignment="Primary care capacity and interprofessional education.",
            delivery_format="in_person",
            estimated_hours=5,
            proposed_start="June 2027",
            expected_enrolment=32,
            submission_date="2027-02-26",
        ),
        x=dict(estimated_hours="5", expected_enrolment="32 (four sessions of eight)", submission_date="26-02-2027"),
    ),
    # ------------------------------------------------------------ G5: DOCX printed to PDF
    dict(
        name="Cord Blood Processing - Concept Form - printed.pdf", genre="G5", shape="4",
        notes="Official DOCX table form printed to PDF by LibreOffice; ☒/☐ characters; outcomes '1) ' paragraphs; "
              "competencies as bullets; rationale in two paragraphs; label cells wrap.",
        o=dict(check="glyph", list="paren", list_competencies="bullet"),
        f=dict(
            proposal_title="Umbilical Cord Blood Processing and Cryopreservation",
            proposer_name="Marisol Fenwick-Adebayo",
            proposer_title="Quality Lead, Cellular Therapy Laboratory",
            proposer_department="Stem Cell Processing, Halton Blood and Tissue Services",
            proposer_email="mfenwick@example.com",
            proposer_phone="905-555-0102",
            request_type="new",
            target_learners="Medical laboratory technologists joining cord blood banks and cellular therapy "
                            "laboratories.",
            rationale="Two public cord blood banks are expanding collection sites. New staff currently learn volume "
                      "reduction and controlled-rate freezing only on the job.",
            competencies=["Volume reduction and red cell depletion", "Cell counts, viability and CD34+ enumeration",
                          "Controlled-rate freezing and liquid nitrogen storage"],
            learning_outcomes=["Process a cord blood unit by automated volume reduction.",
                               "Perform and interpret TNC, viability and CD34+ counts.",
                               "Cryopreserve a unit with a controlled-rate freezer and record the freeze curve.",
                               "Apply labelling and traceability requirements to every unit."],
            competency_framework="FACT-NetCord standards",
            summative_assessment="Processing of three practice units under observation, with results inside "
                                 "acceptance limits, and a written exam.",
            partner_name="Halton Blood and Tissue Services",
            partner_contact="Dr. Ines Marchetti-Lowe, Medical Director",
            endorsement_status="letter_attached",
            education_plan_alignment="Specialised laboratory skills and growth of partnerships with provincial "
                                     "services.",
            delivery_format="hybrid",
            estimated_hours=28,
            proposed_start="Spring 2028",
            expected_enrolment=18,
            resources_required="Training units not suitable for banking, provided by the partner.",
            submission_date="2027-03-11",
        ),
        x=dict(rationale=["Two public cord blood banks are expanding collection sites.",
                          "New staff currently learn volume reduction and controlled-rate freezing only on the job."],
               estimated_hours="28 (16 online + 12 lab)", expected_enrolment="18",
               submission_date="11 March 2027"),
    ),
    dict(
        name="OAT dispensing concept form.pdf", genre="G5", shape="4",
        notes="Official DOCX table form printed to PDF by LibreOffice; blank ☐ boxes with an 'X' typed after the "
              "chosen option; Department and Email typed into the label cell after the colon (answer cell empty); "
              "outcomes as '• ' paragraphs.",
        o=dict(check="x", list="bullet", list_competencies="dash", in_label=["proposer_department", "proposer_email"]),
        f=dict(
            proposal_title="Opioid Agonist Therapy: Safe Dispensing and Witnessed Dosing",
            proposer_name="Benedetta Quaye",
            proposer_title="Pharmacy Technician Educator",
            proposer_department="Pharmacy Services, Ashdown Community Health Centre",
            proposer_email="bquaye@example.org",
            proposer_phone="416-555-0165",
            request_type="micro_course",
            target_learners="Regulated pharmacy technicians in community and hospital outpatient pharmacies.",
            rationale="More pharmacies now dispense methadone and buprenorphine, and technicians prepare most doses; "
                      "errors in carry doses and missed-dose rules are frequent inspection findings.",
            competencies=["Preparing and checking methadone doses", "Applying missed-dose and carry rules",
                          "Witnessed dosing documentation"],
            learning_outcomes=["Prepare, label and record methadone and buprenorphine doses accurately.",
                               "Apply missed-dose rules and escalate to the pharmacist.",
                               "Document witnessed doses and carries in the dispensing record.",
                               "Communicate with patients in a non-stigmatising way."],
            summative_assessment="Dispensing simulation with 10 prescriptions (100 % accuracy on critical checks) "
                                 "and an online quiz.",
            partner_name="Ashdown Community Health Centre",
            partner_contact="Oren Takahashi-Bell, Pharmacy Manager",
            endorsement_status="confirmed",
            education_plan_alignment="Community health and harm-reduction education.",
            delivery_format="online",
            estimated_hours=7,
            proposed_start="April 2027",
            expected_enrolment=100,
            submission_date="2027-02-17",
        ),
        x=dict(estimated_hours="7 hours", expected_enrolment="100+", submission_date="17/02/2027"),
    ),
    # ------------------------------------------------------------ G6: flattened fillable PDF
    dict(
        name="CGM concept form - flattened copy.pdf", genre="G6", shape="4",
        notes="A filled fillable PDF flattened with qpdf (no fields left); names had been Text1..; check boxes "
              "per option, marks only graphical; multi-line answers with the box's line breaks; optional fields "
              "empty.",
        o=dict(names="Text", choice="check", list="num", list_competencies="dash", producer="qpdf flatten",
               band="#3B6E4F"),
        f=dict(
            proposal_title="Continuous Glucose Monitoring for Diabetes Educators",
            proposer_name="Ngaio Featherstone",
            proposer_title="Certified Diabetes Educator (RD)",
            proposer_department="Diabetes Education Centre, Glenholme Hospital",
            proposer_email="ngaio.featherstone@example.com",
            request_type="new",
            target_learners="Dietitians, nurses and pharmacists who support people using continuous glucose "
                            "monitors.",
            rationale="Public funding of CGM devices has brought thousands of new users, and educators report they "
                      "cannot interpret ambulatory glucose profiles with confidence.",
            competencies=["Sensor insertion and troubleshooting", "Interpreting the ambulatory glucose profile",
                          "Coaching on alerts and time in range"],
            learning_outcomes=["Teach sensor insertion and warm-up to a new user.",
                               "Interpret time in range, variability and patterns in an ambulatory glucose profile.",
                               "Agree on alert settings and a follow-up plan with the client."],
            summative_assessment="Three recorded case reviews of glucose reports marked with a rubric.",
            partner_name="Glenholme Hospital Diabetes Education Centre",
            endorsement_status="in_discussion",
            education_plan_alignment="Chronic disease management and digital health literacy.",
            delivery_format="online",
            estimated_hours=9,
            expected_enrolment=80,
            submission_date="2027-03-03",
        ),
        x=dict(estimated_hours="9", expected_enrolment="80", submission_date="03 Mar 2027"),
    ),
    # ------------------------------------------------------------ G7: look-alike
    dict(
        name="Room Request Form - CE Simulation Lab.docx", genre="G7", shape="7",
        notes="Look-alike: a CE room / simulation-lab booking request in the same two-column table style (Contact "
              "Name, Email, Phone, Department, Course Title, ☒/☐ room type, dates, expected attendance) – not a "
              "concept form.",
        f={},
        o=dict(heading="Michener Institute – Continuing Education",
               subheading="Room and Simulation Lab Request Form",
               instr="Submit at least 15 business days before the session to ce@michener.example.",
               footer="CE-F-031 Room Request v2.0",
               rows=[("SECTION", "Requester"),
                     ("Contact Name", "Aurelio Birkeland"),
                     ("Department / Program", "Respiratory Therapy Program"),
                     ("Email", "a.birkeland@michener.example"),
                     ("Phone / Extension", "416-555-0111 ext. 6620"),
                     ("SECTION", "Booking"),
                     ("Course Title", "Airway Management Skills Refresher (CE)"),
                     ("Room type", ["☐ Classroom", "☒ Simulation lab", "☐ Computer lab"]),
                     ("Date(s) requested", "12 and 13 April 2027"),
                     ("Time", "08:30 – 16:30"),
                     ("Expected attendance", "16 learners, 2 instructors"),
                     ("Equipment needed", ["Two intubation manikins", "Video laryngoscope", "Projector"]),
                     ("Catering", "☐ Yes   ☒ No"),
                     ("Notes", "Please leave the room set up overnight between the two days.")]),
    ),
]
