"""Content and expected values of the round-8 HELD-OUT documents (invented people and organisations).

Scoring only: do not read while developing the parser.
"""

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# H01 ---------------------------------------------------------------------------------------------
doc(id="H01", file="BSC field checks - concept form (4-col contact block).docx", shape="1", lang="en",
    route="python-docx table: a four-column contact block (label | answer | label | answer) above the two-column form",
    notes="Official form whose CONTACT BLOCK is a four-column table (Name | answer | Position | answer; Department | "
          "answer | Email | answer; Phone | answer | Date | answer) before the usual two-column rows. Answers contain "
          "manual line breaks (w:br) inside a paragraph; request type existing_program with the program named; options "
          "✔ / ☐; '12 (3 × 4-hour lab sessions)' -> 12; 'two cohorts of 14 (28/yr)' -> 28; date '2026-Dec-01'.",
    fields={
        "proposal_title": "Biological Safety Cabinet Field Checks for Laboratory Staff",
        "proposer_name": "Theodora Quansah-Lindberg",
        "proposer_title": "Biosafety Officer and Instructor",
        "proposer_department": "Medical Laboratory Science",
        "proposer_email": "tquansah-lindberg@michener.example",
        "proposer_phone": "416-555-0133 ext. 4",
        "request_type": "existing_program",
        "existing_program_name": "Laboratory Biosafety and Containment (MLS 2nd-year course)",
        "target_learners": "Medical laboratory technologists and assistants in hospital and public health laboratories "
                           "who work in biological safety cabinets daily",
        "rationale": "Cabinets are certified once a year, but between certifications nobody checks airflow alarms, sash "
                     "height or clutter. Two recent exposure incidents in partner laboratories were traced to blocked "
                     "front grilles.",
        "competencies": "Daily pre-use checks of Class II cabinets; airflow and alarm verification; safe loading and "
                        "work zones; spill response inside the cabinet; decontamination and documentation",
        "learning_outcomes": [
            "Perform and record the daily pre-use check of a Class II biological safety cabinet",
            "Recognise airflow alarms and faults that require the cabinet to be taken out of service",
            "Arrange materials to keep the front grille and work zones clear",
            "Manage a spill inside the cabinet and decontaminate surfaces"],
        "competency_framework": "CSMLS Competency Profile – Laboratory Safety",
        "summative_assessment": "Observed practical on a training cabinet (20-point checklist) and a written spill "
                                "scenario, both to be passed",
        "partner_name": "Provincial Public Health Laboratory – Biosafety Office",
        "partner_contact": "Mirela Oyediran-Holm, Biosafety Manager – moyediran@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Turns part of an existing diploma course into a stand-alone credential for "
                                    "working technologists, as the Education Plan encourages",
        "delivery_format": "in_person",
        "estimated_hours": 12,
        "proposed_start": "May 2027",
        "expected_enrolment": 28,
        "resources_required": "Use of the two training cabinets in lab B-214; smoke pencils; spill kits",
        "submission_date": "2026-12-01"},
    disp={"estimated_hours": "12 (3 × 4-hour lab sessions)", "expected_enrolment": "two cohorts of 14 (28/yr)",
          "submission_date": "2026-Dec-01"})

# H02 ---------------------------------------------------------------------------------------------
doc(id="H02", file="Formulaire de concept - Tonométrie - Y Bélanger-Osei.docx", shape="1", lang="fr",
    route="LibreOffice Writer ODT (flat XML, table form) -> LibreOffice DOCX",
    notes="French official form written natively in LibreOffice Writer (flat ODT with a table: French labels, answers "
          "in French) and re-saved as DOCX by LibreOffice. Choices as '☒'/'☐' with French option words; outcomes as "
          "'–' paragraphs; 'Formule hybride' = hybrid; '6 heures' -> 6; 'environ 35' -> 35; date '28/11/2026'.",
    fields={
        "proposal_title": "Mesure de la pression intraoculaire par tonométrie pour assistants en optométrie",
        "proposer_name": "Yolande Bélanger-Osei",
        "proposer_title": "Optométriste, responsable de la formation clinique",
        "proposer_department": "Clinique universitaire de la vision",
        "proposer_email": "ybelanger-osei@example.org",
        "proposer_phone": "613-555-0152",
        "request_type": "micro_course",
        "target_learners": "Assistants et techniciens en optométrie qui mesurent la pression intraoculaire avant "
                           "l'examen",
        "rationale": "Les cliniques confient de plus en plus la tonométrie aux assistants, mais les mesures varient "
                     "beaucoup d'un assistant à l'autre. Des erreurs de mesure retardent la détection du glaucome.",
        "competencies": "Tonométrie à rebond et à air; préparation et positionnement du patient; contrôle de la "
                        "qualité des mesures; hygiène des instruments",
        "learning_outcomes": [
            "Préparer le patient et expliquer la mesure",
            "Mesurer la pression intraoculaire avec un tonomètre à rebond et un tonomètre à air",
            "Reconnaître une mesure non fiable et la reprendre",
            "Nettoyer et désinfecter les instruments selon le protocole"],
        "summative_assessment": "Examen pratique : dix mesures sur des patients simulés, comparées aux mesures de "
                                "référence (écart maximal de 2 mm Hg)",
        "partner_name": "Association des cliniques d'optométrie de l'Est",
        "partner_contact": "Didier Nakashima-Roy, dnakashima@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Microcours court et pratique pour une profession de soutien, conforme au Plan "
                                    "d'éducation",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "Janvier 2027",
        "expected_enrolment": 35,
        "resources_required": "Deux tonomètres à rebond prêtés par le partenaire",
        "submission_date": "2026-11-28"},
    disp={"delivery_format": "Formule hybride", "estimated_hours": "6 heures", "expected_enrolment": "environ 35",
          "submission_date": "28/11/2026"})

# H03 ---------------------------------------------------------------------------------------------
doc(id="H03", file="Needle EMG assisting - concept form with guidance column.docx", shape="1", lang="en",
    route="python-docx three-column table (label | grey italic guidance | answer)",
    notes="Official form in a THREE-COLUMN version: label, a grey italic GUIDANCE column ('e.g. …', 'max. 100 words', "
          "'State the [R1] skills …'), and the answer column. Guidance text is never a value. Incomplete: the "
          "Competencies and Education Plan alignment answer cells are empty (only the guidance is there), so both are "
          "missing. Options typed as '(•)' / '( )'; hours '15'; date 'December 3, 2026'.",
    fields={
        "proposal_title": "Needle EMG Assisting for Neurophysiology Technologists",
        "proposer_name": "Lucius Adebayo-Kristensen",
        "proposer_title": "Lead Technologist, Clinical Neurophysiology",
        "proposer_department": "Neurodiagnostics",
        "proposer_email": "ladebayo-k@example.com",
        "proposer_phone": "416-555-0179",
        "request_type": "new",
        "target_learners": "Registered neurophysiology technologists who set up and assist with needle "
                           "electromyography studies",
        "rationale": "Needle EMG clinics are short of trained assistants; physicians spend clinic time on set-up, "
                     "sharps handling and patient positioning that a trained technologist could do.",
        "learning_outcomes": [
            "Prepare the patient, equipment and sterile field for a needle EMG study",
            "Position limbs for the muscles most often examined",
            "Handle and dispose of concentric needle electrodes safely",
            "Recognise common artefacts and equipment faults during recording"],
        "summative_assessment": "Direct observation of three EMG sessions in clinic, assessed with a 15-item checklist "
                                "by the supervising neurologist",
        "partner_name": "Westbrook Neuromuscular Clinic",
        "partner_contact": "Dr. Hana Villeneuve-Okafor",
        "endorsement_status": "in_discussion",
        "delivery_format": "hybrid",
        "estimated_hours": 15,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 20,
        "submission_date": "2026-12-03"},
    disp={"estimated_hours": "15", "expected_enrolment": "20", "submission_date": "December 3, 2026"})

# H04 ---------------------------------------------------------------------------------------------
doc(id="H04", file="Peripheral nerve block assisting - concept form (bound controls).docx", shape="2", lang="en",
    route="python-docx + raw w:sdt with camelCase tags and w:dataBinding to a customXml part",
    notes="Content-control form whose controls are BOUND to a custom XML part (w:dataBinding, XPath /cf:conceptForm/…): "
          "tags are the keys in camelCase ('proposalTitle', 'proposerEmail', 'learningOutcomes' …) and the document "
          "shows the cached values; outcomes a multi-line plain-text control with manual line breaks (w:br) between "
          "items; endorsement a drop-down showing 'Yes – letter attached'; delivery format a drop-down 'In person'; "
          "date picker 'Monday, November 30, 2026'; phone, existing-program and framework controls left with their placeholder (empty).",
    fields={
        "proposal_title": "Peripheral Nerve Block Assisting for Anesthesia Assistants",
        "proposer_name": "Ravindra Okoth-Pedersen",
        "proposer_title": "Anesthesia Assistant, Clinical Educator",
        "proposer_department": "Department of Anesthesia, Queensway Health",
        "proposer_email": "rokoth-pedersen@example.org",
        "request_type": "micro_course",
        "target_learners": "Certified anesthesia assistants and recovery-room nurses who support ultrasound-guided "
                           "regional anesthesia",
        "rationale": "Regional anesthesia volumes have tripled in our day-surgery unit. Assistants learn block set-up "
                     "on the job and local anesthetic systemic toxicity drills are rare.",
        "competencies": "Block room set-up and ergonomics; ultrasound machine preparation; sterile probe covering; "
                        "monitoring during and after the block; LAST recognition and response",
        "learning_outcomes": [
            "Set up the block area, ultrasound machine and sterile supplies",
            "Assist with probe covering and needle visualisation",
            "Monitor the patient for early signs of local anesthetic systemic toxicity",
            "Prepare and deliver lipid emulsion rescue under direction"],
        "summative_assessment": "High-fidelity simulation of a LAST event assessed with a validated team checklist, plus "
                                "an observed block set-up",
        "partner_name": "Queensway Health Regional Anesthesia Service",
        "partner_contact": "Dr. Giulia Amankwah-Sinclair, gamankwah@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Simulation-based interprofessional learning with a hospital partner",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "April 2027",
        "expected_enrolment": 24,
        "resources_required": "Simulation centre half-day; ultrasound phantom; lipid emulsion trainer kits",
        "submission_date": "2026-11-30"},
    disp={"estimated_hours": "7", "expected_enrolment": "24", "submission_date": "Monday, November 30, 2026"})

# H05 ---------------------------------------------------------------------------------------------
doc(id="H05", file="CGM data review - concept form (filled, fillable).pdf", shape="3", lang="en",
    route="reportlab blank AcroForm (label-like names with punctuation, same-name check boxes, editable combo) -> filled "
          "with pypdf",
    notes="Fillable PDF with field names copied from the labels, punctuation included ('Proposed Title:', 'E-mail "
          "Address', 'Who is this for?' …); request type and delivery format are CHECK BOXES SHARING ONE NAME with "
          "different export values ('Request' = New / Convert / Micro; 'Format' = Online / InPerson / Hybrid), which "
          "behave like radio buttons; endorsement an EDITABLE COMBO BOX where the applicant typed 'Verbal yes – letter "
          "coming' (= confirmed). Filled after creation with pypdf (NeedAppearances). Outcomes typed '- ' in one field.",
    fields={
        "proposal_title": "Continuous Glucose Monitor Data Review for Diabetes Educators",
        "proposer_name": "Alessandra Mwale-Thornbury",
        "proposer_title": "Registered Dietitian, Certified Diabetes Educator",
        "proposer_department": "Diabetes Education Centre, Riverbend Community Health",
        "proposer_email": "amwale-thornbury@example.com",
        "proposer_phone": "519-555-0145",
        "request_type": "micro_course",
        "target_learners": "Diabetes educators (nurses, dietitians, pharmacists) who review CGM reports with patients",
        "rationale": "Most of our clients now use CGM, but educators were trained on finger-stick logs. Reviewing an "
                     "ambulatory glucose profile takes them 30 minutes and the advice given is inconsistent.",
        "competencies": "Reading the ambulatory glucose profile; time-in-range targets; pattern recognition; "
                        "collaborative goal setting with the patient",
        "learning_outcomes": [
            "Interpret time in range, time below range and glucose variability",
            "Identify the main glucose patterns in a 14-day report",
            "Agree one or two behaviour or therapy changes with the patient",
            "Document the review and communicate with the prescriber"],
        "summative_assessment": "Two recorded mock consultations using real (anonymised) CGM reports, scored with a rubric",
        "partner_name": "Riverbend Community Health Diabetes Program",
        "partner_contact": "Petra Okonjo-Walsh, Program Manager",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Online, assessed continuing education for practising clinicians",
        "delivery_format": "online",
        "estimated_hours": 5,
        "proposed_start": "March 2027",
        "expected_enrolment": 90,
        "submission_date": "2026-11-29"},
    disp={"endorsement_status": "Verbal yes, letter coming", "estimated_hours": "5 hrs",
          "expected_enrolment": "about 90", "submission_date": "Nov. 29, 2026"})

# H06 ---------------------------------------------------------------------------------------------
doc(id="H06", file="Formulaire remplissable - Dépistage ITSS clinique jeunesse.pdf", shape="3", lang="fr",
    route="reportlab AcroForm (names Champ1 … Champ19, radio groups with French export values, combo box) filled",
    notes="French fillable PDF with meaningless field names (Champ1 … Champ19; radio groups Groupe1 / Groupe2 whose "
          "export values are French words 'Nouveau', 'Conversion', 'Microcours' / 'Lettre', 'Confirme', 'Discussion', "
          "'Aucun'; combo Liste1 'En ligne'). Incomplete: no partner yet – 'Aucun' chosen (a value: none) and the "
          "partner field blank, so partner_name is missing. '4 h' -> 4; 'environ 60' -> 60; date '27-11-2026'.",
    fields={
        "proposal_title": "Dépistage des ITSS en clinique jeunesse : prélèvements et counseling",
        "proposer_name": "Maëlle Ouédraogo-Tremblay",
        "proposer_title": "Infirmière clinicienne",
        "proposer_department": "Clinique jeunesse, CLSC des Rivières",
        "proposer_email": "mouedraogo@example.org",
        "proposer_phone": "450-555-0169",
        "request_type": "micro_course",
        "target_learners": "Infirmières et infirmières auxiliaires des cliniques jeunesse et des services de santé "
                           "scolaire",
        "rationale": "Les taux de chlamydia et de gonorrhée augmentent chez les 15-24 ans, mais le personnel des "
                     "cliniques jeunesse se sent mal préparé pour les prélèvements autoadministrés et le counseling.",
        "competencies": "Counseling pré et post-test; prélèvements urinaires, vaginaux autoadministrés et de gorge; "
                        "notification des partenaires; confidentialité chez les mineurs",
        "learning_outcomes": [
            "Mener un counseling pré-test adapté aux jeunes",
            "Guider un prélèvement autoadministré et effectuer un prélèvement de gorge",
            "Expliquer un résultat positif et le traitement",
            "Soutenir la notification des partenaires"],
        "summative_assessment": "Deux jeux de rôle filmés évalués par grille et un quiz en ligne (80 %)",
        "endorsement_status": "none",
        "education_plan_alignment": "Répond à la priorité d'équité en santé du Plan d'éducation",
        "delivery_format": "online",
        "estimated_hours": 4,
        "proposed_start": "Automne 2027",
        "expected_enrolment": 60,
        "submission_date": "2026-11-27"},
    disp={"estimated_hours": "4 h", "expected_enrolment": "environ 60", "submission_date": "27-11-2026"})

# H07 ---------------------------------------------------------------------------------------------
doc(id="H07", file="POC HbA1c in pharmacies - concept form (web page print).pdf", shape="4", lang="en",
    route="HTML with flexbox rows (label right-aligned left, answer right) and real <input> check boxes / radios -> "
          "Chromium print-to-PDF",
    notes="A web form printed from the browser: flexbox rows with the label right-aligned on the left and the answer "
          "on the right; the choices are REAL HTML radio buttons and check boxes drawn by the browser (no text glyph), "
          "so the chosen option is visible only as a filled circle / ticked box next to its word (what a person reads). "
          "Outcomes as a <ul>; date typed 'Dec 1, 2026'.",
    fields={
        "proposal_title": "Point-of-Care HbA1c Testing in Community Pharmacies",
        "proposer_name": "Benedikt Osei-Fairbanks",
        "proposer_title": "Pharmacist Owner",
        "proposer_department": "Fairbanks Family Pharmacy",
        "proposer_email": "bosei-fairbanks@example.com",
        "proposer_phone": "289-555-0112",
        "request_type": "new",
        "target_learners": "Community pharmacists and registered pharmacy technicians who offer diabetes screening",
        "rationale": "Pharmacies may now bill for point-of-care HbA1c, but staff lack training in analyser QC, "
                     "capillary sampling and what to say when a result is in the diabetes range.",
        "competencies": "Capillary sampling; analyser quality control; result interpretation against Diabetes Canada "
                        "thresholds; referral and counselling; record keeping",
        "learning_outcomes": [
            "Run and document quality control on a point-of-care HbA1c analyser",
            "Collect a capillary sample that meets analyser requirements",
            "Interpret a result and decide on referral",
            "Counsel a client whose result is in the prediabetes or diabetes range"],
        "summative_assessment": "Observed test on a volunteer with QC log review, plus three counselling scenarios scored "
                                "with a rubric",
        "partner_name": "Ontario Independent Pharmacies Network",
        "partner_contact": "Celestine Abara-Lund, cabara-lund@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "A new stackable credential for pharmacy professionals delivered with an industry "
                                    "partner",
        "delivery_format": "hybrid",
        "estimated_hours": 4,
        "proposed_start": "February 2027",
        "expected_enrolment": 150,
        "resources_required": "Four analysers on loan; QC material",
        "submission_date": "2026-12-01"},
    disp={"estimated_hours": "4", "expected_enrolment": "150", "submission_date": "Dec 1, 2026"})

# H08 ---------------------------------------------------------------------------------------------
doc(id="H08", file="OR positioning - concept form EN-FR (spreadsheet, landscape).pdf", shape="4", lang="en-fr",
    route="openpyxl workbook (three columns: English label | French label | answer, landscape) -> LibreOffice Calc PDF",
    notes="BILINGUAL spreadsheet form exported to PDF by LibreOffice Calc on a LANDSCAPE page: column A the English "
          "label, column B the French label, column C the answer (in English); outcomes in one cell with line breaks "
          "(Alt+Enter) and '•' markers; choices typed as words ('New / Nouveau', 'Confirmed / Confirmé', 'In person / "
          "En présence'); numbers in numeric cells; the date a date cell shown '2026-11-30'.",
    fields={
        "proposal_title": "Safe Patient Positioning in the Operating Room",
        "proposer_name": "Gwendolyn Achieng-Marchand",
        "proposer_title": "Perioperative Nurse Educator",
        "proposer_department": "Perioperative Services, Hôpital Montfort-Est",
        "proposer_email": "gachieng-marchand@example.org",
        "proposer_phone": "613-555-0188",
        "request_type": "new",
        "target_learners": "OR nurses, perioperative aides and anesthesia assistants who position patients for surgery",
        "rationale": "Pressure injuries and nerve injuries linked to positioning are rising with longer robotic "
                     "procedures; positioning is taught informally and differs between rooms.",
        "competencies": "Positioning for supine, lithotomy, lateral and prone; padding and pressure-point protection; "
                        "nerve-injury prevention; team communication during repositioning",
        "learning_outcomes": [
            "Plan positioning and padding for the four main surgical positions",
            "Protect pressure points and at-risk nerves",
            "Lead a safe team transfer to the prone position",
            "Document positioning checks"],
        "summative_assessment": "Simulated positioning OSCE in the OR lab (checklist, pass/fail)",
        "partner_name": "Hôpital Montfort-Est Perioperative Services",
        "partner_contact": "Étienne Rasmussen-Bah, Director",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Bilingual, simulation-based continuing education with a partner hospital",
        "delivery_format": "in_person",
        "estimated_hours": 8,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 48,
        "resources_required": "OR simulation lab, positioning devices and gel pads",
        "submission_date": "2026-11-30"},
    disp={"request_type": "New / Nouveau", "endorsement_status": "Confirmed / Confirmé",
          "delivery_format": "In person / En présence", "estimated_hours": "8", "expected_enrolment": "48",
          "submission_date": "2026-11-30"})

# H09 ---------------------------------------------------------------------------------------------
doc(id="H09", file="LBC screening QA - concept form (flattened by print driver).pdf", shape="4", lang="en",
    route="reportlab AcroForm (radio groups, combo) -> Ghostscript pdfwrite -dPreserveAnnots=false (flattened)",
    notes="A filled fillable form FLATTENED by Ghostscript (pdfwrite without annotations preserved: widget appearances "
          "drawn into the page content, no fields left). Radio buttons flattened to drawn circles with a dot in the "
          "chosen one; combo box shows 'Hybrid'. Values as the drawn text; date '25 Nov 2026'.",
    fields={
        "proposal_title": "Liquid-Based Cytology Screening: Quality Assurance for Cytotechnologists",
        "proposer_name": "Octavia Brennan-Adjei",
        "proposer_title": "Cytotechnologist, QA Coordinator",
        "proposer_department": "Cytopathology",
        "proposer_email": "obrennan-adjei@example.org",
        "proposer_phone": "905-555-0104",
        "request_type": "micro_course",
        "target_learners": "Cytotechnologists and cytology assistants in hospital and community laboratories",
        "rationale": "The move to HPV primary screening changes which slides reach cytotechnologists; rescreening and "
                     "correlation practices have not kept up and QA indicators vary widely.",
        "competencies": "Rapid rescreening; cytology-histology correlation; QA indicators; workload monitoring",
        "learning_outcomes": [
            "Apply rapid rescreening methods and record discrepancies",
            "Carry out cytology-histology correlation",
            "Calculate and interpret laboratory QA indicators",
            "Monitor individual workload limits"],
        "summative_assessment": "Online slide set of 30 cases with a 90 % pass mark and a written QA report",
        "partner_name": "Southlake Regional Laboratory Services",
        "partner_contact": "Anneliese Fofanah-Grant, afofanah@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Keeps laboratory professionals current with practice change through online "
                                    "continuing education",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "June 2027",
        "expected_enrolment": 30,
        "submission_date": "2026-11-25"},
    disp={"estimated_hours": "10", "expected_enrolment": "30", "submission_date": "25 Nov 2026"})

# H10 ---------------------------------------------------------------------------------------------
doc(id="H10", file="Weight-based dosing checks - concept form (Ghostscript PDF printer).pdf", shape="4", lang="en",
    route="python-docx (label right-aligned in a borderless table) -> LibreOffice PDF -> Ghostscript pdfwrite (/printer settings)",
    notes="The form printed through a GHOSTSCRIPT PDF PRINTER: DOCX with a borderless table (labels right-aligned in bold "
          "in the left column ending with ':', answers left-aligned in the right column) printed to PDF by LibreOffice and "
          "re-distilled by Ghostscript pdfwrite with /printer settings (fonts re-subset, content streams rewritten). Options as 'Yes'/'No' beside each option word ('Micro-course: Yes'); '5 (five 1-hour modules)' "
          "-> 5; date '30/11/2026'.",
    fields={
        "proposal_title": "Weight-Based Paediatric Dose Checking for Pharmacy Technicians",
        "proposer_name": "Winifred Obuya-Castellanos",
        "proposer_title": "Pharmacy Technician Educator",
        "proposer_department": "Pharmacy, Children's Hospital of the Lakes",
        "proposer_email": "wobuya@example.org",
        "proposer_phone": "416-555-0197",
        "request_type": "micro_course",
        "target_learners": "Registered pharmacy technicians who perform technical checks of paediatric orders",
        "rationale": "Tenfold dosing errors in children are rare but catastrophic; technicians now do the final "
                     "technical check and need a reliable method for weight-based calculations.",
        "competencies": "Dose calculation in mg/kg and mg/m²; unit conversions; independent double checks; "
                        "recognising implausible doses",
        "learning_outcomes": [
            "Calculate weight-based and body-surface-area doses accurately",
            "Convert between units without error",
            "Carry out an independent double check",
            "Flag a dose outside the usual paediatric range"],
        "summative_assessment": "Timed online calculation exam (25 items, 100 % required on critical items)",
        "partner_name": "Children's Hospital of the Lakes Pharmacy Department",
        "partner_contact": "Stellan Nwankwo-Berg, Director of Pharmacy",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Patient-safety focused continuing education, an Education Plan priority",
        "delivery_format": "online",
        "estimated_hours": 5,
        "proposed_start": "January 2027",
        "expected_enrolment": 110,
        "resources_required": "Question bank build in the LMS",
        "submission_date": "2026-11-30"},
    disp={"estimated_hours": "5 (five 1-hour modules)", "expected_enrolment": "110", "submission_date": "30/11/2026"})

# H11 ---------------------------------------------------------------------------------------------
doc(id="H11", file="EFM interpretation - concept form (mutool HTML print).pdf", shape="4", lang="en",
    route="XHTML (definition list, label above answer) -> mutool convert (MuPDF HTML layout) -> PDF",
    notes="The form as an XHTML page laid out by MuPDF (mutool convert), not by a browser: a definition list with each "
          "label (dt, bold) above its answer (dd, indented); choices written as the chosen option only ('Selected: "
          "In person'); outcomes a numbered list. Incomplete: the summative assessment answer is left blank, so "
          "summative_assessment is missing. Date '2026-11-22'.",
    fields={
        "proposal_title": "Electronic Fetal Monitoring Interpretation for Labour and Delivery Nurses",
        "proposer_name": "Cressida Oyelaran-Whitfield",
        "proposer_title": "Perinatal Clinical Nurse Specialist",
        "proposer_department": "Maternal Newborn Program",
        "proposer_email": "coyelaran@example.org",
        "proposer_phone": "705-555-0114",
        "request_type": "new",
        "target_learners": "Registered nurses new to labour and delivery and nurses returning to obstetrics",
        "rationale": "Misinterpretation of fetal heart rate tracings remains a leading factor in obstetric claims. Our "
                     "new hires come with very different levels of EFM training.",
        "competencies": "Classifying tracings (normal, atypical, abnormal); recognising decelerations and variability; "
                        "intrauterine resuscitation; escalation and documentation",
        "learning_outcomes": [
            "Classify fetal heart rate tracings using national guidelines",
            "Identify and describe decelerations, baseline changes and variability",
            "Initiate intrauterine resuscitation measures",
            "Escalate concerns using structured communication"],
        "partner_name": "Northern Lakes Regional Hospital Maternal Newborn Program",
        "partner_contact": "Inez Kowalczyk-Amoah, Patient Care Manager",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Competency-based continuing education for a high-risk practice area",
        "delivery_format": "in_person",
        "estimated_hours": 14,
        "proposed_start": "Winter 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-22"},
    disp={"delivery_format": "Selected: In person", "estimated_hours": "14", "expected_enrolment": "40",
          "submission_date": "2026-11-22"})

# H12 ---------------------------------------------------------------------------------------------
doc(id="H12", file="Prehab before cancer surgery - pitch slides.pdf", shape="5", lang="en",
    route="python-pptx (title-only slides with text boxes and a table slide) -> LibreOffice Impress PDF",
    notes="A PITCH DECK built from title-only slides with free text boxes (no bullet placeholders) and a TABLE slide "
          "'At a glance' (rows: Type | Format | Hours | Start | Learners per year | Partner | Endorsement); contact "
          "details only on the last slide ('Contact' with name, role, unit, email and phone on one line separated by "
          "' | '); the deck date in the first slide's footer text '1 Dec 2026'. 'Virtual (live online)' = online; "
          "'Signed letter attached' = letter_attached.",
    fields={
        "proposal_title": "Prehabilitation Exercise Before Cancer Surgery",
        "proposer_name": "Jonas Afolabi-Henriksen",
        "proposer_title": "Registered Kinesiologist",
        "proposer_department": "Cancer Rehabilitation Clinic",
        "proposer_email": "jafolabi-h@example.org",
        "proposer_phone": "416-555-0123",
        "request_type": "new",
        "target_learners": "Kinesiologists, physiotherapists and exercise physiologists working with people awaiting "
                           "cancer surgery",
        "rationale": "Prehabilitation shortens hospital stay and speeds recovery, yet few clinicians know how to screen "
                     "and dose exercise in the short window before surgery.",
        "competencies": "Pre-operative fitness screening; exercise prescription in a 2–6 week window; nutrition and "
                        "psychological support referral; safety with chemotherapy and anaemia",
        "learning_outcomes": [
            "Screen a patient for exercise risk before cancer surgery",
            "Prescribe an aerobic and resistance program for a 2–6 week window",
            "Adapt the program to treatment side-effects",
            "Measure change with the six-minute walk test"],
        "summative_assessment": "Case-based exercise prescription assignment marked by two assessors, plus an observed "
                                "six-minute walk test",
        "partner_name": "Lakeshore Cancer Centre",
        "partner_contact": "Dr. Mireille Oyinlola-Brandt",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Interprofessional, evidence-based continuing education that addresses a growing "
                                    "community need",
        "delivery_format": "online",
        "estimated_hours": 9,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 50,
        "submission_date": "2026-12-01"},
    disp={"delivery_format": "Virtual (live online)", "endorsement_status": "Signed letter attached",
          "estimated_hours": "9", "expected_enrolment": "50", "submission_date": "1 Dec 2026"})

# H13 ---------------------------------------------------------------------------------------------
doc(id="H13", file="RE_ Concept form questions - intraoral radiography (Outlook print).pdf", shape="5", lang="en",
    route="HTML (Outlook print style, newest message first, answers inline in the quoted questions) -> Chromium PDF",
    notes="An Outlook thread printed to PDF, NEWEST FIRST: the proposer's reply at the top saying 'my answers are inline "
          "below in [DK]', and below it the CE coordinator's message (From / Sent / To / Subject block) with her "
          "numbered questions, each followed by the proposer's inline answer prefixed '[DK]'. DECISION: values are the "
          "[DK] answers (and the proposer's signature); the coordinator's questions, name, email and phone are not; "
          "submission_date is the Sent date of the proposer's reply (2 Dec), not the coordinator's (27 Nov). '[DK] "
          "Micro-course' = micro_course; 'We've asked; they're keen but nothing official yet' = in_discussion.",
    fields={
        "proposal_title": "Reducing Retakes in Intraoral Radiography",
        "proposer_name": "Dagny Kovalenko-Mensah",
        "proposer_title": "Dental Assisting Program Coordinator",
        "proposer_department": "Oral Health Programs",
        "proposer_email": "dkovalenko@michener.example",
        "proposer_phone": "416-555-0161",
        "request_type": "micro_course",
        "target_learners": "Level II dental assistants and dental hygienists in general practice",
        "rationale": "Clinic audits in our partner practices show retake rates of 15–20 % for bitewings and periapicals, "
                     "which means extra dose for patients and lost chair time",
        "competencies": "Paralleling and bisecting-angle techniques; sensor placement; error analysis; radiation "
                        "protection",
        "learning_outcomes": [
            "Place sensors and position the tube head for bitewing and periapical images",
            "Identify the cause of common technique errors from the image",
            "Correct the technique before a retake",
            "Apply ALARA principles and shielding policy"],
        "summative_assessment": "A set of 12 images taken on a manikin head, each assessed against technique criteria; "
                                "at least 10 must be diagnostic",
        "partner_name": "Lakeview Dental Group",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Short competency-based learning for practising professionals in the community",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "April 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-12-02"},
    disp={"estimated_hours": "6", "expected_enrolment": "about 40", "submission_date": "Wednesday, December 2, 2026"})

# H14 ---------------------------------------------------------------------------------------------
doc(id="H14", file="Trauma-informed imaging - structured proposal (abstract format).docx", shape="5", lang="en",
    route="python-docx, structured-abstract headings (Background / Aim / Audience / Methods / Evaluation / …)",
    notes="A proposal written in STRUCTURED-ABSTRACT form by a researcher: run-in bold headings 'Background:', 'Aim:', "
          "'Audience:', 'Objectives:', 'Methods:', 'Evaluation:', 'Partners:', 'Strategic relevance:', 'Logistics:' with "
          "the text continuing on the same line. 'Aim' holds the request type and title in one sentence; 'Objectives' "
          "holds the outcomes INLINE ('(1) …; (2) …; (3) …; and (4) …'); 'Methods' holds the competencies; 'Evaluation' "
          "the summative assessment; the author line under the title holds name, credentials, title, department, email "
          "and phone; date 'Submitted 2026-11-26'.",
    fields={
        "proposal_title": "Trauma-Informed Practice for Medical Radiation Technologists",
        "proposer_name": "Siobhan Achterberg-Nnamdi",
        "proposer_title": "Assistant Professor",
        "proposer_department": "Medical Radiation Sciences",
        "proposer_email": "sachterberg-nnamdi@michener.example",
        "proposer_phone": "416-555-0102",
        "request_type": "new",
        "target_learners": "medical radiation technologists in radiography, CT, MRI and radiation therapy",
        "rationale": "Up to 70 % of adults report at least one traumatic experience, and imaging and radiation "
                     "therapy involve touch, positioning, confined spaces and undressing that can re-traumatise patients",
        "competencies": "recognising trauma responses, consent-based positioning and touch, choice and control during "
                        "procedures, de-escalation, and self-care for technologists",
        "learning_outcomes": [
            "explain the principles of trauma-informed care in imaging",
            "adapt positioning and communication to give patients choice and control",
            "recognise and respond to trauma responses during a procedure",
            "reflect on their own practice and well-being"],
        "summative_assessment": "standardised-patient encounters scored with a trauma-informed communication rubric",
        "partner_name": "Bayshore Survivors' Health Collective",
        "partner_contact": "Marguerite Ekwueme-Dahl (mekwueme@example.org)",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "equity, diversity and inclusion commitments of the Education Plan",
        "delivery_format": "hybrid",
        "estimated_hours": 8,
        "proposed_start": "September 2027",
        "expected_enrolment": 60,
        "submission_date": "2026-11-26"},
    disp={"estimated_hours": "8 hours", "expected_enrolment": "60 per year", "submission_date": "2026-11-26"})

# H15 ---------------------------------------------------------------------------------------------
doc(id="H15", file="Copie de vos réponses - proposition de microcours (douleur vaccinale).pdf", shape="5", lang="fr",
    route="fpdf2 (web-survey 'copy of your responses' email: numbered questions, answers in boxes)",
    notes="A FRENCH web-survey CONFIRMATION COPY ('Voici une copie de vos réponses') printed to PDF: numbered questions "
          "in the survey's own words ('1. Quel est le titre de votre projet ?' …) with each answer below in a light box; "
          "the name question is answered with a team and a contact ('Équipe de vaccination scolaire – personne-ressource : "
          "…'). DECISION: proposer_name is the contact person named in that answer; the team is the department. "
          "'Oui, lettre jointe' = letter_attached; 'Hybride' = hybrid; the response timestamp '2026-11-23 16:41' gives "
          "submission_date.",
    fields={
        "proposal_title": "Réduire la douleur lors de la vaccination des nourrissons et des enfants",
        "proposer_name": "Clémence Mbuyi-Gagnon",
        "proposer_title": "Infirmière, conseillère en soins",
        "proposer_department": "Équipe de vaccination scolaire",
        "proposer_email": "cmbuyi-gagnon@example.org",
        "proposer_phone": "418-555-0121",
        "request_type": "micro_course",
        "target_learners": "Infirmières et infirmières auxiliaires qui vaccinent des nourrissons et des enfants",
        "rationale": "La peur des aiguilles est une cause importante d'hésitation vaccinale. Des méthodes simples "
                     "réduisent la douleur, mais elles sont peu utilisées dans nos cliniques.",
        "competencies": "Méthodes physiques, pharmacologiques et psychologiques de réduction de la douleur; "
                        "positionnement de l'enfant; communication avec les parents",
        "learning_outcomes": [
            "Choisir les méthodes de réduction de la douleur selon l'âge",
            "Positionner l'enfant de façon confortable et sécuritaire",
            "Guider les parents pour qu'ils participent",
            "Documenter les méthodes utilisées"],
        "summative_assessment": "Observation d'une séance de vaccination réelle avec une grille de 12 critères",
        "partner_name": "Direction de santé publique de la Capitale",
        "partner_contact": "Dre Aurélie Fontaine-Kimani",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Formation courte et pratique qui soutient la santé publique, en lien avec le Plan "
                                    "d'éducation",
        "delivery_format": "hybrid",
        "estimated_hours": 3,
        "proposed_start": "Septembre 2027",
        "expected_enrolment": 200,
        "submission_date": "2026-11-23"},
    disp={"endorsement_status": "Oui, lettre jointe", "delivery_format": "Hybride", "estimated_hours": "3 heures",
          "expected_enrolment": "200 et plus", "submission_date": "2026-11-23 16:41"})

# H16 ---------------------------------------------------------------------------------------------
doc(id="H16", file="MC_proposal_alarm_mgmt.txt.pdf", shape="5", lang="en",
    route="plain-text file (shorthand, ALL-CAPS keys, '--' separators) -> LibreOffice Writer text import -> PDF",
    notes="A PLAIN-TEXT (.txt) proposal in shorthand opened and printed to PDF by LibreOffice Writer (Liberation Mono): "
          "ALL-CAPS keys of the writer's own ('WHAT:', 'WHO'S ASKING:', 'CONTACT:', 'FOR:', 'WHY:', 'SKILLS:', "
          "'LOs:', 'HOW ASSESSED:', 'PARTNER:', 'ED PLAN:', 'NUTS & BOLTS:'), answers in shorthand; 'CONTACT:' one line "
          "with email and phone; 'NUTS & BOLTS:' one line with type, format, hours, start and enrolment ('micro-course, "
          "online self-paced, 3 hrs, go-live Mar 2027, ~250/yr'); partner line 'none yet - haven't asked anyone' = none "
          "with partner_name missing. Incomplete: partner_name. Date '01DEC2026'.",
    fields={
        "proposal_title": "Clinical Alarm Management for Monitor Watchers",
        "proposer_name": "Ignatius Oyelowo-Strand",
        "proposer_title": "Cardiac Monitoring Supervisor",
        "proposer_department": "Central Monitoring Unit",
        "proposer_email": "ioyelowo-strand@example.com",
        "proposer_phone": "416-555-0159",
        "request_type": "micro_course",
        "target_learners": "monitor watchers / central monitoring techs + new tele RNs",
        "rationale": "alarm fatigue; >350 alarms/pt/day on our units; 2 missed VT events in 2026 (no harm)",
        "competencies": "alarm types & priorities; lead/electrode issues; escalation; default limit policy",
        "learning_outcomes": ["triage alarms by priority", "fix common lead / signal problems w/ the RN",
                              "escalate lethal rhythms < 1 min", "explain unit default limits"],
        "summative_assessment": "sim monitor shift (30 min, 40 alarms) - must escalate all lethal ones",
        "endorsement_status": "none",
        "education_plan_alignment": "patient safety + short online CE",
        "delivery_format": "online",
        "estimated_hours": 3,
        "proposed_start": "Mar 2027",
        "expected_enrolment": 250,
        "submission_date": "2026-12-01"},
    disp={"estimated_hours": "3 hrs", "expected_enrolment": "~250/yr", "submission_date": "01DEC2026"})

# H17 ---------------------------------------------------------------------------------------------
doc(id="H17", file="Vaccine conversations for pharmacy assistants - logic model.docx", shape="5", lang="en",
    route="python-docx landscape, logic-model table (Inputs | Activities | Outputs | Short-term outcomes | Long-term "
          "outcomes) + header block",
    notes="A proposal presented as a LOGIC MODEL (landscape table: Inputs | Activities | Outputs | Short-term outcomes | "
          "Long-term outcomes) under a short header block (title, lead with contact, partner, type, date) and a "
          "'Situation' paragraph. DECISION: the learning outcomes are the 'Short-term outcomes' column (learner "
          "abilities); 'Long-term outcomes' (system changes) are not outcomes; 'Inputs' = resources_required; "
          "'Activities' gives delivery and hours ('four 1-hour live online sessions' = online, 4); 'Outputs' gives "
          "enrolment ('~70 assistants trained per year') and the summative assessment; 'Situation' is the rationale. "
          "Competencies stated in a 'Skills focus' line. Endorsement 'letter of support to follow' = confirmed.",
    fields={
        "proposal_title": "Vaccine Conversations for Pharmacy Assistants",
        "proposer_name": "Beatrix Nakamura-Osei",
        "proposer_title": "Pharmacy Practice Consultant",
        "proposer_department": "Pharmacy Services, Greenway Health Team",
        "proposer_email": "bnakamura-osei@example.com",
        "proposer_phone": "905-555-0176",
        "request_type": "micro_course",
        "target_learners": "Pharmacy assistants and front-store staff who are the first contact for vaccine questions",
        "rationale": "Pharmacy assistants field most vaccine questions at the counter but have no training; hesitant "
                     "clients are often turned away before they talk to the pharmacist.",
        "competencies": "Presumptive and motivational communication; answering common vaccine questions within scope; "
                        "handing over to the pharmacist",
        "learning_outcomes": [
            "Use a presumptive recommendation and open questions with hesitant clients",
            "Answer the ten most common vaccine questions within their scope",
            "Recognise when to hand over to the pharmacist"],
        "summative_assessment": "each learner completes a recorded simulated counter conversation scored with a rubric",
        "partner_name": "Greenway Pharmacies",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Extends Michener CE to the pharmacy support workforce and to public-health goals",
        "delivery_format": "online",
        "estimated_hours": 4,
        "proposed_start": "February 2027",
        "expected_enrolment": 70,
        "resources_required": "Facilitator time (4 h per cohort); standardised-client actors; LMS space",
        "submission_date": "2026-11-24"},
    disp={"delivery_format": "live online", "estimated_hours": "four 1-hour", "expected_enrolment": "~70 assistants",
          "submission_date": "24 November 2026"})

# H18 ---------------------------------------------------------------------------------------------
doc(id="H18", file="Ultrasound probe HLD - proposal - proposition (EN-FR).docx", shape="5", lang="en-fr",
    route="python-docx, bilingual paragraphs (English, then the French translation in italics under each heading)",
    notes="A BILINGUAL proposal: each heading 'English / Français' is followed by the English answer and then the "
          "French translation of the same answer in italics. Round 5's rule: the expected value is the English one. "
          "Names, emails and phones are the same in both. 'New micro-credential / Nouveau microcertificat' = new; "
          "'Hybrid / Hybride' = hybrid; '5 hours / 5 heures' -> 5; date '29 November 2026 / 29 novembre 2026'.",
    fields={
        "proposal_title": "High-Level Disinfection of Ultrasound Probes",
        "proposer_name": "Fenella Ouattara-McKenzie",
        "proposer_title": "Sonography Quality Lead",
        "proposer_department": "Diagnostic Imaging – Ultrasound",
        "proposer_email": "fouattara@example.org",
        "proposer_phone": "613-555-0135",
        "request_type": "new",
        "target_learners": "Sonographers, ultrasound aides and point-of-care ultrasound users in emergency and ICU",
        "rationale": "Endocavity and semi-critical probes must be high-level disinfected, but audits show skipped steps, "
                     "wrong contact times and missing traceability, and point-of-care users are often untrained.",
        "competencies": "Spaulding classification; cleaning and high-level disinfection steps; automated and manual "
                        "systems; traceability records; probe inspection",
        "learning_outcomes": [
            "Classify probes and procedures using the Spaulding system",
            "Clean and high-level disinfect a probe following the manufacturer's instructions",
            "Record traceability for every disinfection cycle",
            "Inspect probes for damage and remove faulty ones from service"],
        "summative_assessment": "Observed reprocessing of two probes with a checklist and a 20-question test",
        "partner_name": "Eastern Ontario Infection Prevention Network",
        "partner_contact": "Guillaume Asamoah-Leblanc, gasamoah@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Bilingual, partner-endorsed continuing education that improves patient safety",
        "delivery_format": "hybrid",
        "estimated_hours": 5,
        "proposed_start": "March 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-29"},
    disp={"estimated_hours": "5 hours", "expected_enrolment": "80 per year",
          "submission_date": "29 November 2026"})

# H19 ---------------------------------------------------------------------------------------------
doc(id="H19", file="Anaesthesia machine checkout - one-page canvas.docx", shape="5", lang="en",
    route="python-docx 3 × 3 canvas table (each cell a small heading and text), landscape",
    review=True, missing=["partner_name", "endorsement_status"],
    notes="A ONE-PAGE CANVAS (3 × 3 table on a landscape page, each cell with a small heading and bullet text: 'Problem', "
          "'Idea', 'Learners', 'Skills', 'Outcomes', 'Proof of learning', 'Backers', 'Why Michener', 'Logistics'); "
          "contact line in the page header. MANUAL REVIEW DECISION: the 'Backers' cell names TWO possible partners "
          "('either Kingsway Anaesthesia Associates or Maple Ridge Hospital – not decided which one will sign') and "
          "'endorsement pending on whichever we pick': partner_name and endorsement_status are not given, both listed "
          "in missing_required, needs_manual_review true. Bullets in text cells joined with '; '.",
    fields={
        "proposal_title": "Anaesthesia Machine Checkout and Fault-Finding",
        "proposer_name": "Percival Oduya-Lindqvist",
        "proposer_title": "Anesthesia Assistant Program Faculty",
        "proposer_department": "Anesthesia Assistant Program",
        "proposer_email": "poduya-lindqvist@michener.example",
        "proposer_phone": "416-555-0115",
        "request_type": "micro_course",
        "target_learners": "Anesthesia assistants; Anesthesia technicians; OR nurses in small hospitals",
        "rationale": "Machine checkout steps skipped under time pressure; Two near misses from undetected leaks this "
                     "year; New machine models in partner hospitals",
        "competencies": "Full and abbreviated checkout; Leak and circuit testing; Vaporizer and scavenging checks; "
                        "Backup ventilation",
        "learning_outcomes": [
            "Perform a full and an abbreviated machine checkout",
            "Find and fix a low-pressure leak",
            "Switch to backup ventilation in a machine failure"],
        "summative_assessment": "Timed fault-finding station with three hidden faults; all three must be found",
        "education_plan_alignment": "Uses our anaesthesia simulation lab; Serves smaller partner hospitals",
        "delivery_format": "in_person",
        "estimated_hours": 4,
        "proposed_start": "Summer 2027",
        "expected_enrolment": 30,
        "submission_date": "2026-11-18"},
    disp={"delivery_format": "In person (sim lab)", "estimated_hours": "4 h", "expected_enrolment": "30 / yr",
          "submission_date": "18 Nov 2026"})

# H20 ---------------------------------------------------------------------------------------------
doc(id="H20", file="FAX_ce_20261201_1422.pdf", shape="6", lang="en",
    route="python-docx table form -> LibreOffice PDF -> pypdfium2 at 204 × 98 dpi (fax fine/standard) -> bilevel with "
          "fax header line -> image-only PDF",
    review=True,
    notes="A FAXED official table form: pages rasterised at fax resolution (204 × 98 dpi, non-square pixels stretched "
          "back), bilevel, a fax transmission header line at the top of each page, slight skew; image-only PDF (no "
          "text layer) -> manual review. fields are what a person reads (source kept as _make/heldout_src_FAX_ce_20261201_1422.pdf).",
    fields={
        "proposal_title": "Ambulatory Blood Pressure Monitoring: Hook-up and Reporting",
        "proposer_name": "Rosalind Mbatha-Eriksen",
        "proposer_title": "Cardiology Technologist",
        "proposer_department": "Cardiac Diagnostics, Hillcrest Hospital",
        "proposer_email": "rmbatha@example.org",
        "proposer_phone": "705-555-0183",
        "request_type": "micro_course",
        "target_learners": "Cardiology technologists and clinic nurses who fit ABPM devices",
        "rationale": "ABPM is now first-line for diagnosing hypertension, but many studies fail because of wrong cuff "
                     "size or poor patient instructions.",
        "competencies": "Cuff selection and fitting; device programming; patient instruction; report validity checks",
        "learning_outcomes": [
            "Select and fit the correct cuff",
            "Program the device for day and night intervals",
            "Instruct the patient on diary and arm position",
            "Check a report for validity before it goes to the physician"],
        "summative_assessment": "Observed hook-up and a report validity quiz",
        "partner_name": "Hillcrest Hospital Cardiac Diagnostics",
        "partner_contact": "Oren Adeyemi-Falk, Manager",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Short practical continuing education with a hospital partner",
        "delivery_format": "hybrid",
        "estimated_hours": 3,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-12-01"},
    disp={"estimated_hours": "3", "expected_enrolment": "40", "submission_date": "01/12/2026"})

# H21 - H26: not concept forms -----------------------------------------------------------------------
doc(id="H21", file="Job posting - Sessional Instructor, Phlebotomy Micro-credential.pdf", shape="7", lang="en",
    form=False, route="HTML job-board page -> Chromium print-to-PDF",
    notes="NOT a concept form: a JOB POSTING (job board page printed from the browser) for a sessional instructor to "
          "teach an existing phlebotomy micro-credential: duties (deliver learning outcomes, run the summative "
          "assessment), qualifications, hours, start date, contact name, email and phone.", fields={})
doc(id="H22", file="Foundation grant application - simulation micro-credentials (Aldridge Foundation).docx", shape="7",
    lang="en", form=False, route="python-docx (funder's application form table, filled)",
    notes="NOT a concept form: a GRANT APPLICATION to an OUTSIDE FUNDER (a private foundation's form: project title, "
          "principal applicant with email and phone, organisation, project summary, objectives, evaluation plan, "
          "partners, budget table, timeline, signatures). It asks a foundation for money; it is not a proposal to CE.",
    fields={})
doc(id="H23", file="Agenda - CE Micro-credential Committee - 2026-12-08.docx", shape="7", lang="en", form=False,
    route="python-docx (agenda table: time | item | lead | decision sought)",
    notes="NOT a concept form: a MEETING AGENDA of the CE micro-credential committee listing concept proposals to review "
          "(titles, leads, partners, hours), with times, presenters and decisions sought, plus dial-in details.",
    fields={})
doc(id="H24", file="Digital badge - Wound Culture Collection (badge page).pdf", shape="7", lang="en", form=False,
    route="HTML badge page (Open Badges style: criteria, skills, alignment, issuer) -> Chromium print-to-PDF",
    notes="NOT a concept form: the public DIGITAL BADGE page of an existing micro-credential (badge name, issuer, "
          "earning criteria, skills, alignment to a framework, assessment, hours, issued-to and date). Describes a "
          "credential that exists; proposes nothing.", fields={})
doc(id="H25", file="SOW - e-learning development - Medication reconciliation module.pdf", shape="7", lang="en",
    form=False, route="python-docx -> LibreOffice PDF",
    notes="NOT a concept form: a STATEMENT OF WORK for an e-learning vendor to build modules of a micro-course "
          "(scope, deliverables, learning outcomes to be covered, assessment items to build, hours of seat time, "
          "milestones, fees, contacts). A contract document, not a proposal to CE.", fields={})
doc(id="H26", file="Course evaluation - Pediatric phlebotomy micro-course (filled).pdf", shape="7", lang="en",
    form=False, route="reportlab AcroForm (evaluation survey fields, radio ratings) filled",
    notes="NOT a concept form: a filled fillable COURSE EVALUATION SURVEY (course title, instructor, date, radio-button "
          "ratings on whether the learning outcomes were met and the summative assessment was fair, comments, "
          "optional name and email). Field names resemble concept-form keys ('course_title', 'learning_outcomes_met', "
          "'assessment_fair').", fields={})
