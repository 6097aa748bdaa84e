"""Tuning half of round 17a: content of each document and its expected values (blind; written by hand)."""

DOCS = []

# ---------------------------------------------------------------- G1: content controls (shape 2)
DOCS.append(dict(
    name="Concept Form - VFSS assisting - P Ramdial.docx", genre="G1", shape="2", kind="cc", lang="en",
    choice_style={"delivery_format": "checkbox"},
    fields={
        "proposal_title": "Videofluoroscopic Swallow Study Assisting for Medical Radiation Technologists",
        "proposer_name": "Priyanka Ramdial",
        "proposer_title": "Clinical Instructor",
        "proposer_department": "Medical Radiation Sciences",
        "proposer_email": "priyanka.ramdial@michener.example",
        "proposer_phone": "416-555-0137 ext. 2241",
        "request_type": "new",
        "target_learners": "Practising MRTs in hospital fluoroscopy rooms who support speech-language pathologists during swallow studies.",
        "rationale": "Swallow studies are booked into general fluoroscopy lists, and the technologists covering them often have no training in patient positioning for dysphagia, barium consistencies or dose-saving fluoro settings. Two partner hospitals reported repeat studies and long screening times in their 2025 audits.",
        "competencies": "Positioning seated and wheelchair patients for lateral and AP swallow views; preparing IDDSI-graded barium consistencies; pulsed fluoroscopy and last-image-hold dose reduction; working with the SLP during the study; recording and archiving the loop.",
        "learning_outcomes": [
            "Position a seated or wheelchair-bound patient for lateral and anterior-posterior swallow views.",
            "Prepare barium at the IDDSI levels requested by the speech-language pathologist.",
            "Select pulse rate and recording settings that keep screening time and dose as low as achievable.",
            "Coordinate the study sequence with the SLP and respond to aspiration events.",
        ],
        "summative_assessment": "A simulated study on the fluoroscopy unit with a standardized patient, scored by an MRT and an SLP using a 20-item checklist; pass mark 80 %.",
        "partner_name": "Harbourview Rehabilitation Hospital",
        "partner_contact": "Dr. Lionel Abernethy, Director of Speech-Language Pathology, l.abernethy@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Education Plan's priority on interprofessional practice and on short, stackable offerings for working clinicians.",
        "delivery_format": "hybrid",
        "estimated_hours": 14,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 36,
        "submission_date": "2026-11-26",
    },
    show={"estimated_hours": "14 (8 online, 6 on site)",
          "expected_enrolment": "36 (three cohorts of 12)",
          "learning_outcomes": [
              "1. Position a seated or wheelchair-bound patient for lateral and anterior-posterior swallow views.",
              "2. Prepare barium at the IDDSI levels requested by the speech-language pathologist.",
              "3. Select pulse rate and recording settings that keep screening time and dose as low as achievable.",
              "4. Coordinate the study sequence with the SLP and respond to aspiration events.",
          ],
          "submission_date": "November 26, 2026"},
    notes="Official table form with content controls tagged with the keys: run-level plain-text controls (outcomes as one "
          "multi-line control with line breaks and typed '1.' markers), drop-downs for request type and endorsement "
          "(display text shown, value = code), delivery format as three tagged w14 checkbox controls, date picker "
          "('November 26, 2026'). Untouched controls still show 'Click or tap here to enter text.' (existing program, "
          "framework, resources) = absent. Hours '14 (8 online, 6 on site)' -> 14; enrolment '36 (three cohorts of 12)' -> 36.",
))

DOCS.append(dict(
    name="Formulaire concept - photographie rétinienne - M Ouellet-Sarrazin.docx", genre="G1", shape="2", kind="cc",
    lang="fr", fr=True, form_title="Formulaire de concept – Microcours / microprogramme · Micro-Course / Credential Concept Form",
    intro_text="Remplir chaque section et envoyer à ce@michener.example. / Complete every section and email the form.",
    choice_style={"delivery_format": "checkbox", "endorsement_status": "checkbox"},
    fields={
        "proposal_title": "Photographie rétinienne pour le dépistage de la rétinopathie diabétique",
        "proposer_name": "Mathilde Ouellet-Sarrazin",
        "proposer_title": "Coordonnatrice clinique",
        "proposer_department": "Programme de soins de la vue",
        "proposer_email": "mathilde.ouellet@example.org",
        "proposer_phone": "514-555-0162",
        "request_type": "micro_course",
        "target_learners": "Techniciennes et techniciens en soins oculaires et infirmières des cliniques de diabète qui prennent les photos du fond d'œil.",
        "rationale": "Le dépistage par téléophtalmologie s'étend aux cliniques de première ligne, mais près d'une image sur cinq est refusée par les lecteurs pour flou, mauvais centrage ou pupille trop petite.",
        "competencies": "Préparation du patient et dilatation selon le protocole; réglage de la caméra non mydriatique; prise des champs centrés sur la macula et sur la papille; contrôle de la qualité de l'image; transmission sécurisée au lecteur.",
        "learning_outcomes": [
            "Préparer le patient et vérifier les contre-indications à la dilatation.",
            "Acquérir deux champs de 45° lisibles par œil.",
            "Juger la qualité d'une image et reprendre la prise au besoin.",
            "Transmettre les images et le formulaire de demande sans erreur d'identification.",
        ],
        "summative_assessment": "Portfolio de 20 paires d'images prises en clinique, notées par un lecteur certifié (80 % d'images gradables exigé), puis une courte entrevue.",
        "partner_name": "Réseau de téléophtalmologie de l'Estrie",
        "partner_contact": "Jérôme Lafrance-Doucet, j.lafrance@example.com",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Répond à l'axe « compétences pour les soins de proximité » du Plan d'éducation et à l'offre en français.",
        "delivery_format": "online",
        "estimated_hours": 10,
        "proposed_start": "janvier 2027",
        "expected_enrolment": 60,
        "resources_required": "Accès à une caméra de démonstration et à la plateforme d'apprentissage en ligne.",
        "submission_date": "2026-11-24",
    },
    show={"estimated_hours": "10 h", "expected_enrolment": "environ 60",
          "request_type": "Microcours / Micro-course", "submission_date": "2026-11-24"},
    notes="French answers in the content-control form with bilingual labels (French / English). Request type drop-down "
          "display 'Microcours / Micro-course' (value micro_course); endorsement and format as tagged checkbox controls "
          "(endorsement_status_confirmed, delivery_format_online); '10 h' -> 10; 'environ 60' -> 60; date control in "
          "yyyy-MM-dd; guillemets and œ kept; competency framework and existing program left as placeholders.",
))

# ---------------------------------------------------------------- G2: legacy form fields (shape 1)
DOCS.append(dict(
    name="MC concept form - tilt table testing.docx", genre="G2", shape="1", kind="legacy", lang="en",
    header="Michener Institute – Continuing Education", footer="Concept form (protected) – rev. 2024",
    typed_in_label={"proposer_email": "dwayne.castellanos@example.com"},
    fields={
        "proposal_title": "Head-Up Tilt Table Testing for Cardiology Technologists",
        "proposer_name": "Dwayne Castellanos",
        "proposer_title": "Senior Cardiology Technologist",
        "proposer_department": "Cardiac Diagnostics, Eastgate General Hospital",
        "proposer_email": "dwayne.castellanos@example.com",
        "request_type": "new",
        "target_learners": "Cardiology technologists and cardiac diagnostic nurses who run or assist in syncope clinics.",
        "rationale": "Tilt testing is moving out of tertiary centres into community syncope clinics, and the staff asked to run it have learned on the job. Protocol drift (wrong tilt angle, missed drug-provocation steps) makes results hard to compare.",
        "competencies": "Patient preparation and consent; tilt protocol with and without nitroglycerin provocation; continuous BP and ECG monitoring; recognising and managing vasovagal collapse; reporting.",
        "learning_outcomes": [
            "Prepare the patient and the table for a head-up tilt test.",
            "Run the passive and provocation phases of the local protocol.",
            "Recognise the haemodynamic patterns of vasovagal, orthostatic and POTS responses.",
            "Bring a collapsing patient back to supine safely and document the event.",
        ],
        "endorsement_status": "none",
        "education_plan_alignment": "Fits the Education Plan's goal of practice-based learning for technologists in community settings.",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "TBC – after the spring term",
        "submission_date": "2026-11-18",
    },
    show={"proposer_email": None, "proposer_phone": "N/A", "summative_assessment": "see attached outline",
          "partner_name": "TBD", "competency_framework": "N/A", "resources_required": "TBD",
          "learning_outcomes": "- Prepare the patient and the table for a head-up tilt test.\n- Run the passive and provocation phases of the local protocol.\n- Recognise the haemodynamic patterns of vasovagal, orthostatic and POTS responses.\n- Bring a collapsing patient back to supine safely and document the event.",
          "estimated_hours": "one day (7 hrs)", "submission_date": "18/11/2026"},
    notes="Protected Word form with legacy FORMTEXT fields and FORMCHECKBOX tick boxes (state only in w:ffData "
          "w:checked). Sloppy habits: the email typed into the label cell after 'Email:' and a tab, its form field left "
          "empty (en spaces); phone and framework 'N/A', partner and resources 'TBD' (absent); summative assessment "
          "'see attached outline' (not a value: the outline is not in the document). Incomplete: summative_assessment "
          "and partner_name missing; endorsement ticked 'No partner yet' = none. Outcomes typed with '- ' and line "
          "breaks inside one field; 'one day (7 hrs)' -> 7; date '18/11/2026' -> 2026-11-18; proposed start 'TBC – "
          "after the spring term' kept as written.",
))

# ---------------------------------------------------------------- G3: Word editing artefacts (shape 1)
DOCS.append(dict(
    name="TDM vancomycin concept form - reviewed.docx", genre="G3", shape="1", kind="edited", lang="en",
    rev_author="Hollis Varga", rev_date="2026-11-17T14:05:00Z",
    revisions={
        "proposal_title": [("t", "Therapeutic Drug Monitoring: "), ("del", "Vancomycin Sampling"),
                           ("ins", "Timing and Collection of Vancomycin Levels")],
        "estimated_hours": [("del", "12"), ("ins", "16")],
        "expected_enrolment": [("t", "4"), ("del", "0"), ("ins", "8")],
    },
    was_ticked={"endorsement_status": "in_discussion"},
    comments={"rationale": ("Hollis Varga", "Can we quote the number of mistimed troughs from the Q3 audit here?"),
              "partner_name": ("Nadia Koenig", "Letter received 16 Nov – I ticked the box.")},
    para_keys=("learning_outcomes",),
    fields={
        "proposal_title": "Therapeutic Drug Monitoring: Timing and Collection of Vancomycin Levels",
        "proposer_name": "Nadia Koenig",
        "proposer_title": "Laboratory Education Coordinator",
        "proposer_department": "Clinical Chemistry, Ridgeway Health Sciences Centre",
        "proposer_email": "nkoenig@example.org",
        "proposer_phone": "905-555-0118",
        "request_type": "micro_course",
        "target_learners": "Phlebotomists, laboratory assistants and ward clerks who schedule or draw drug levels.",
        "rationale": "Mistimed trough levels lead to wrong dose changes and repeat draws. Our audit found that one level in four was drawn outside the window the pharmacist asked for, usually because the dose time was not known at the bedside.",
        "competencies": "Reading the order and the dose record; timing peak and trough draws; labelling with draw time; escalating a missed window.",
        "learning_outcomes": [
            "Explain why the timing of a trough level matters for vancomycin dosing.",
            "Confirm the last dose time before drawing a level.",
            "Label and document the exact collection time.",
            "Escalate a missed or mistimed draw to pharmacy.",
        ],
        "competency_framework": "CSMLS competency profile for medical laboratory assistants (pre-analytical section)",
        "summative_assessment": "Online case quiz (10 cases) and one observed draw with documentation checked against the order; both must be passed.",
        "partner_name": "Ridgeway Hospital Pharmacy Department",
        "partner_contact": "Omar Haddadin, Clinical Pharmacy Manager",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Patient safety and interprofessional practice are two pillars of the Education Plan; this course serves both.",
        "delivery_format": "online",
        "estimated_hours": 16,
        "proposed_start": "March 2027",
        "expected_enrolment": 48,
        "resources_required": "LMS shell and 6 hours of instructional designer time.",
        "submission_date": "2026-11-19",
    },
    show={"submission_date": "19 Nov 2026",
          "learning_outcomes": "Explain why the timing of a trough level matters for vancomycin dosing.\nConfirm the last dose time before drawing a level.\nLabel and document the exact collection time.\nEscalate a missed or mistimed draw to pharmacy."},
    notes="Official table form (☐/☒ characters) returned by a reviewer with UNACCEPTED tracked changes and margin "
          "comments. Values are the document as it reads with the changes applied (insertions kept, deletions "
          "dropped): title part deleted and replaced (w:del/w:ins); hours '12' -> '16'; enrolment '40' -> '48' (digit "
          "replaced inside the number); endorsement tick moved by revision from 'In discussion' to 'Letter of support "
          "attached' (☒ deleted/☐ inserted). Comments on the rationale and the partner are not values. Outcomes as "
          "separate paragraphs in one cell without markers.",
))

DOCS.append(dict(
    name="NPWT concept form (text boxes).docx", genre="G3", shape="1", kind="edited", lang="en",
    header="St. Brendan's Community Health – Wound Care Program · DRAFT for CE review",
    footer="Prepared with the CE template · page 1",
    textboxes={"rationale", "competencies", "learning_outcomes"},
    comments={"summative_assessment": ("Tamsin Oyelaran", "Should the chart audit count toward the pass mark?")},
    fields={
        "proposal_title": "Negative Pressure Wound Therapy: Dressing Application and Troubleshooting",
        "proposer_name": "Tamsin Oyelaran",
        "proposer_title": "Nurse Clinician, Wound and Ostomy",
        "proposer_department": "St. Brendan's Community Health",
        "proposer_email": "t.oyelaran@example.com",
        "proposer_phone": "647-555-0194",
        "request_type": "new",
        "target_learners": "Home-care nurses and practical nurses who change NPWT dressings in the community.",
        "rationale": "More patients leave hospital with NPWT devices, and home-care visits now cover most dressing changes.\nAlarms for leaks and blockages are the main reason for unscheduled visits and emergency returns.",
        "competencies": "Wound bed assessment before a change; foam and gauze dressing application; achieving and checking the seal; responding to leak, blockage and canister alarms; teaching the patient and family.",
        "learning_outcomes": [
            "Assess the wound and surrounding skin before each dressing change.",
            "Apply foam and gauze NPWT dressings, including bridging techniques.",
            "Troubleshoot leak, blockage and full-canister alarms.",
            "Teach patients and caregivers what to do when the device alarms.",
        ],
        "summative_assessment": "Observed dressing change on a wound model scored with a checklist, plus a chart audit of two real visits.",
        "partner_name": "Northline Home Care Services",
        "partner_contact": "Beatriz Lindqvist, Director of Clinical Practice, b.lindqvist@example.com",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Aligns with the Education Plan's commitment to community and home-based care and to flexible learning for working nurses.",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 40,
        "resources_required": "Skills lab with two NPWT units and wound models.",
        "submission_date": "2026-11-23",
    },
    show={"learning_outcomes": "a) Assess the wound and surrounding skin before each dressing change.\nb) Apply foam and gauze NPWT dressings, including bridging techniques.\nc) Troubleshoot leak, blockage and full-canister alarms.\nd) Teach patients and caregivers what to do when the device alarms.",
          "estimated_hours": "12 hours", "expected_enrolment": "about 40", "submission_date": "Nov. 23, 2026",
          "competencies": "• Wound bed assessment before a change\n• Foam and gauze dressing application\n• Achieving and checking the seal\n• Responding to leak, blockage and canister alarms\n• Teaching the patient and family"},
    notes="Official table form where three answers (rationale, competencies, outcomes) sit in VML text boxes inside the "
          "answer cells (w:pict/v:textbox/w:txbxContent), not in the cell paragraphs. Page header with the program "
          "name and 'DRAFT', footer line: not values. One margin comment (not a value). Rationale two paragraphs in "
          "the box (joined with a space); competencies '• ' bullets (joined '; ', capitals as typed); outcomes 'a)' "
          "markers; 'about 40' -> 40; date 'Nov. 23, 2026'.",
))
# fix the competencies expected value to the typed bullets
DOCS[-1]["fields"]["competencies"] = ("Wound bed assessment before a change; Foam and gauze dressing application; "
                                      "Achieving and checking the seal; Responding to leak, blockage and canister alarms; "
                                      "Teaching the patient and family")

# ---------------------------------------------------------------- G4: Fill & Sign on a flat PDF (shape 4)
DOCS.append(dict(
    name="Urodynamics concept form_signed.pdf", genre="G4", shape="4", kind="fillsign", mode="annot", lang="en",
    producer="Fill & Sign", signature="Signed: R. Achterberg",
    fields={
        "proposal_title": "Urodynamic Testing Fundamentals for Continence Nurses",
        "proposer_name": "Rosalind Achterberg",
        "proposer_title": "Nurse Continence Advisor",
        "proposer_department": "Pelvic Health Clinic, Lakeview Regional",
        "proposer_email": "rachterberg@example.org",
        "proposer_phone": "289-555-0126",
        "request_type": "new",
        "target_learners": "Registered nurses and physiotherapists who assist with or run multichannel urodynamic studies.",
        "rationale": "Our region has four urodynamics suites and no formal training for the nurses who run them. Traces with artefacts are sent back for repeat studies, which means a second catheterisation for the patient.",
        "competencies": "Catheter and transducer set-up, zeroing and levelling; filling cystometry; pressure-flow studies; artefact recognition; infection prevention; patient communication.",
        "learning_outcomes": [
            "Set up, zero and level the transducers to ICS standards.",
            "Run filling cystometry and a pressure-flow study.",
            "Recognise and correct common artefacts during the study.",
            "Explain the procedure to patients and obtain consent.",
        ],
        "competency_framework": "International Continence Society Good Urodynamic Practices",
        "summative_assessment": "Review of three supervised studies (trace quality scored) and a 30-question exam.",
        "partner_name": "Lakeview Regional Health – Urology Program",
        "partner_contact": "Dr. Kwame Ansah-Boateng",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Builds specialised skills for allied practice, a priority of the Education Plan, and uses simulation.",
        "delivery_format": "hybrid",
        "estimated_hours": 18,
        "proposed_start": "September 2027",
        "expected_enrolment": 20,
        "resources_required": "Access to a urodynamics simulator for one day per cohort.",
        "submission_date": "2026-11-25",
    },
    show={"learning_outcomes": "1) Set up, zero and level the transducers to ICS standards.\n2) Run filling cystometry and a pressure-flow study.\n3) Recognise and correct common artefacts during the study.\n4) Explain the procedure to patients and obtain consent.",
          "estimated_hours": "18 hrs", "expected_enrolment": "20/yr", "submission_date": "Nov 25 2026"},
    notes="Flat (non-fillable) PDF of the official form, filled with a PDF editor's Fill & Sign tool: every answer is a "
          "FreeText annotation placed over the blank lines (text in /Contents and the annotation's appearance, NOT in "
          "the page content); ticks are FreeText 'X' annotations over the printed boxes (request New, endorsement "
          "Confirmed, format Hybrid). Page text alone holds only labels, hints and empty lines. Outcomes '1)' lines; "
          "'18 hrs' -> 18; '20/yr' -> 20; existing program empty; signature line added as page text.",
))

# ---------------------------------------------------------------- G5: fillable PDF (shape 3) and its printed copy (shape 4)
DOCS.append(dict(
    name="HFNO concept form - fillable.pdf", genre="G5", shape="3", kind="fillable", lang="en",
    combo={"delivery_format"},
    widget_kinds={"request_type": "radio", "endorsement_status": "check"},
    field_names={
        "proposal_title": "Proposed Title", "existing_program_name": "Existing Program Name",
        "proposer_name": "Name of Proposer", "proposer_title": "Position  Title", "proposer_department": "Department  Program",
        "proposer_email": "Email", "proposer_phone": "Phone  Extension", "target_learners": "Target Learners",
        "rationale": "Rationale  Need", "competencies": "Competencies  Skills Targeted", "learning_outcomes": "Learning Outcomes",
        "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment",
        "partner_name": "Industry  Employment Partner", "partner_contact": "Partner Contact Name and Email",
        "education_plan_alignment": "Alignment with Micheners Education Plan", "delivery_format": "Dropdown1",
        "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start", "expected_enrolment": "Expected Enrolment per Year",
        "resources_required": "Resources Required", "submission_date": "Date Submitted",
        "request_type": "Group1", "request_type_exports": {"new": "Choice1", "existing_program": "Choice2", "micro_course": "Choice3"},
        "endorsement_status_letter_attached": "Check Box1", "endorsement_status_confirmed": "Check Box2",
        "endorsement_status_in_discussion": "Check Box3", "endorsement_status_none": "Check Box4",
    },
    fields={
        "proposal_title": "High-Flow Nasal Oxygen: Set-up, Titration and Weaning",
        "proposer_name": "Gideon Mwangi-Forsberg",
        "proposer_title": "Respiratory Therapy Clinical Specialist",
        "proposer_department": "Respiratory Therapy, Kingsmere General Hospital",
        "proposer_email": "gmwangi@example.com",
        "proposer_phone": "416-555-0171",
        "request_type": "existing_program",
        "existing_program_name": "Adult Oxygen Therapy Workshop (internal, 2019)",
        "target_learners": "Respiratory therapists and critical-care outreach nurses caring for adults on high-flow nasal oxygen on the wards.",
        "rationale": "High-flow nasal oxygen is now started on medical wards, not only in the ICU. Our internal workshop predates ward use and has no assessment; outreach reviews show late escalation when patients fail high flow.",
        "competencies": "Circuit and humidifier set-up; flow and FiO2 titration to targets; ROX index monitoring; recognising failure and escalating; weaning to conventional oxygen.",
        "learning_outcomes": [
            "Assemble and check a high-flow circuit with heated humidification.",
            "Titrate flow and FiO2 to a prescribed SpO2 target.",
            "Calculate and interpret the ROX index at set intervals.",
            "Decide when to escalate and when to wean, and document the decision.",
        ],
        "summative_assessment": "Simulation scenario with a deteriorating patient, assessed with a global rating scale, and a written ROX-index case set.",
        "partner_name": "Kingsmere Critical Care Outreach Team",
        "partner_contact": "Ingrid Solberg-Achebe, RRT, i.solberg@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Converts a legacy workshop into an assessed credential, in line with the Education Plan's stackable credential strategy.",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "Winter 2027",
        "expected_enrolment": 64,
        "resources_required": "Two high-flow devices and a mid-fidelity manikin for the simulation day.",
        "submission_date": "2026-11-27",
    },
    show={"learning_outcomes": "• Assemble and check a high-flow circuit with heated humidification.\n• Titrate flow and FiO2 to a prescribed SpO2 target.\n• Calculate and interpret the ROX index at set intervals.\n• Decide when to escalate and when to wean, and document the decision.",
          "estimated_hours": "9", "expected_enrolment": "4 cohorts x 16 = 64", "submission_date": "2026-11-27"},
    notes="Fillable PDF (AcroForm, PyMuPDF widgets with appearances) with Acrobat-style auto names taken from the labels "
          "('Proposed Title', 'Position  Title', 'Alignment with Micheners Education Plan'), a radio group 'Group1' "
          "(exports Choice1..3; Choice2 = Convert an existing program), four check boxes 'Check Box1..4' for the "
          "endorsement (Check Box1 = letter attached), and a drop-down (choice) field 'Dropdown1' for the delivery "
          "format (value 'Hybrid'). existing_program with the program named; outcomes typed with '• '; '4 cohorts x "
          "16 = 64' -> 64.",
))

DOCS.append(dict(
    name="Grossing small biopsies - concept form (print).pdf", genre="G5", shape="4", kind="fillable", mode="printed",
    lang="en", widget_kinds={"request_type": "check", "endorsement_status": "radio", "delivery_format": "radio"},
    field_names={
        "proposal_title": "form1[0].#subform[0].TextField1[0]", "existing_program_name": "form1[0].#subform[0].TextField2[0]",
        "proposer_name": "form1[0].#subform[0].TextField3[0]", "proposer_title": "form1[0].#subform[0].TextField4[0]",
        "proposer_department": "form1[0].#subform[0].TextField5[0]", "proposer_email": "form1[0].#subform[0].TextField6[0]",
        "proposer_phone": "form1[0].#subform[0].TextField7[0]", "target_learners": "form1[0].#subform[0].TextField8[0]",
        "rationale": "form1[0].#subform[0].TextField9[0]", "competencies": "form1[0].#subform[0].TextField10[0]",
        "learning_outcomes": "form1[0].#subform[0].TextField11[0]", "competency_framework": "form1[0].#subform[0].TextField12[0]",
        "summative_assessment": "form1[0].#subform[1].TextField13[0]", "partner_name": "form1[0].#subform[1].TextField14[0]",
        "partner_contact": "form1[0].#subform[1].TextField15[0]", "education_plan_alignment": "form1[0].#subform[1].TextField16[0]",
        "estimated_hours": "form1[0].#subform[1].NumericField1[0]", "proposed_start": "form1[0].#subform[1].TextField17[0]",
        "expected_enrolment": "form1[0].#subform[1].NumericField2[0]", "resources_required": "form1[0].#subform[1].TextField18[0]",
        "submission_date": "form1[0].#subform[1].DateField1[0]",
        "request_type_new": "form1[0].#subform[0].CheckBox1[0]", "request_type_existing_program": "form1[0].#subform[0].CheckBox2[0]",
        "request_type_micro_course": "form1[0].#subform[0].CheckBox3[0]",
        "endorsement_status": "form1[0].#subform[1].RadioButtonList[0]", "delivery_format": "form1[0].#subform[1].RadioButtonList[1]",
    },
    fields={
        "proposal_title": "Grossing Small Biopsies for Pathologists' Assistants",
        "proposer_name": "Evangeline Tremblay-Koh",
        "proposer_title": "Pathologists' Assistant, Education Lead",
        "proposer_department": "Anatomical Pathology, Fairhaven University Hospital",
        "proposer_email": "etremblaykoh@example.org",
        "proposer_phone": "613-555-0145",
        "request_type": "micro_course",
        "target_learners": "Newly hired pathologists' assistants and senior histotechnologists who gross endoscopic and core biopsies.",
        "rationale": "Small biopsies are most of our grossing volume, and errors (lost fragments, wrong cassette counts, unrecorded sizes) cannot be fixed afterwards. New staff learn from whoever is on the bench.",
        "competencies": "Specimen identification and reconciliation; counting and measuring fragments; use of sponges, bags and inking; cassette assignment; gross description dictation.",
        "learning_outcomes": [
            "Reconcile specimen containers with the requisition before opening them.",
            "Count, measure and describe biopsy fragments accurately.",
            "Choose wrapping or sponges so that no fragment is lost.",
            "Dictate a gross description that matches the cassette summary.",
        ],
        "summative_assessment": "Direct observation of 25 consecutive biopsy specimens by the supervising pathologist, with zero identification errors required.",
        "partner_name": "Canadian Association of Pathologists' Assistants (Ontario chapter)",
        "partner_contact": "Marisol Quintanilla-Reyes, education@example.org",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Addresses a laboratory workforce gap named in the Education Plan and supports quality and safety.",
        "delivery_format": "in_person",
        "estimated_hours": 6,
        "proposed_start": "May 2027",
        "expected_enrolment": 24,
        "submission_date": "2026-11-20",
    },
    show={"learning_outcomes": "Reconcile specimen containers with the requisition before opening them.\nCount, measure and describe biopsy fragments accurately.\nChoose wrapping or sponges so that no fragment is lost.\nDictate a gross description that matches the cassette summary.",
          "submission_date": "20-Nov-2026"},
    notes="A filled fillable PDF (LiveCycle-style names form1[0].#subform[0].TextField1[0] …, check boxes for the "
          "request type, radio lists for endorsement and format) then 'printed to PDF' by another tool (poppler "
          "pdftocairo): no AcroForm survives; values are page text inside the drawn boxes, ticks only as drawn marks "
          "(request Micro-course, endorsement In discussion, format In person). Outcomes one per line without markers "
          "in a multi-line box; resources left empty; date '20-Nov-2026'.",
))

# ---------------------------------------------------------------- G6: look-alike (shape 7)
DOCS.append(dict(
    name="CE course evaluation - Sepsis recognition (filled).docx", genre="G6", shape="7", kind="lookalike_cc",
    lang="en", form=False, form_title="Continuing Education – Course Evaluation Form",
    intro_text="Thank you for completing this evaluation. Return it to ce@michener.example within two weeks of the course.",
    rows=[
        ("About the course", "section", None),
        ("Course Title", "text", "Early Recognition of Sepsis on General Wards"),
        ("Course Dates", "text", "October 14 and 21, 2026"),
        ("Delivery Format", "drop", ("Hybrid", ["Online", "In person", "Hybrid"])),
        ("Facilitator", "text", "Rhiannon Delacroix-Mbeki"),
        ("About you (optional)", "section", None),
        ("Name", "text", "Tobias Engström"),
        ("Role", "text", "Registered Nurse, Medicine Unit 5B"),
        ("Email", "text", "t.engstrom@example.com"),
        ("Your ratings", "section", None),
        ("The learning outcomes were clear", "checks", (["Agree"], ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"])),
        ("The summative assessment matched the outcomes", "checks", (["Strongly agree"], ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"])),
        ("The estimated hours were realistic", "checks", (["Neutral"], ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"])),
        ("Comments", "section", None),
        ("What will you change in your practice?", "text", "I will calculate a qSOFA score at every set of vitals that triggers the early warning score and call the outreach team sooner."),
        ("What should be improved?", "text", "More time on the simulation; the online module repeated the pre-reading."),
        ("Would you recommend this course to a colleague?", "drop", ("Yes", ["Yes", "No", "Not sure"])),
        ("Other comments", "text", None),
        ("Date", "date", ("2026-10-28", "October 28, 2026")),
    ],
    fields={},
    notes="Look-alike, not a concept form: a filled CE course evaluation made with the same Word content-control "
          "mechanisms (text controls, drop-downs, w14 checkbox ratings, date picker, one untouched placeholder). It "
          "has Course Title, Delivery Format, Name, Role, Email, learning-outcome / assessment / hours wording and a "
          "date, but proposes nothing.",
))

DOCS.insert(6, dict(
    name="Autopsy assistant MC - concept form (filled in Preview).pdf", genre="G4", shape="4", kind="fillsign_overlay",
    lang="en", producer="macOS Version 15.1 (Build 24B83) Quartz PDFContext",
    fields={
        "proposal_title": "Autopsy Assisting: Evisceration, Specimen Retention and Body Release",
        "proposer_name": "Caspian Whitlock-Ndiaye",
        "proposer_title": "Senior Autopsy Technician",
        "proposer_department": "Regional Forensic and Hospital Autopsy Service",
        "proposer_email": "c.whitlock@example.com",
        "proposer_phone": "(705) 555-0109",
        "request_type": "new",
        "target_learners": "Autopsy technicians, mortuary attendants moving into technician roles, and pathology residents in their first autopsy rotation.",
        "rationale": "There is no Canadian college program for autopsy technicians; staff are trained by one senior colleague per site. Retirements over the next three years will leave two of our five sites without a trainer.",
        "competencies": "Safe use of the oscillating saw and PPE; Rokitansky and Virchow evisceration; tissue and organ retention documentation; reconstruction; release of the body to the funeral home.",
        "learning_outcomes": [
            "Prepare the suite, instruments and PPE for a standard and a high-risk case.",
            "Perform en bloc and organ-by-organ evisceration under supervision.",
            "Document retained tissues and organs according to consent and coroner requirements.",
            "Reconstruct the body and complete the release checklist.",
        ],
        "competency_framework": "Ontario autopsy technician job profile (regional service, 2024)",
        "summative_assessment": "Supervised performance on five cases rated by a pathologist, and an oral exam on retention and consent rules.",
        "partner_name": "Office of the Regional Coroner – Northern Sector",
        "partner_contact": "Dr. Helena Vasquez-Moreau",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Creates a pathway for an unregulated workforce that the Education Plan lists under emerging roles.",
        "delivery_format": "in_person",
        "estimated_hours": 30,
        "proposed_start": "January 2028",
        "expected_enrolment": 8,
        "resources_required": "Time in an autopsy suite; no new equipment.",
        "submission_date": "2026-11-16",
    },
    show={"learning_outcomes": "- Prepare the suite, instruments and PPE for a standard and a high-risk case.\n- Perform en bloc and organ-by-organ evisceration under supervision.\n- Document retained tissues and organs according to consent and coroner requirements.\n- Reconstruct the body and complete the release checklist.",
          "estimated_hours": "30 (five 6-hour days)", "expected_enrolment": "8", "submission_date": "16 November 2026"},
    notes="Flat PDF of the official form filled in a PDF viewer and saved with the answers flattened into the page: the "
          "text is drawn over the blank lines at their positions (page text, no table, no fields); ticks drawn as ✓ over "
          "the printed boxes (New, Letter of support attached, In person). Multi-line answers wrap to the ruled lines; "
          "outcomes typed with '- '; '30 (five 6-hour days)' -> 30; existing program empty.",
))
