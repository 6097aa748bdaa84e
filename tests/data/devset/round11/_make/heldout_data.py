"""Round 11, HELD-OUT half: content and expected values of each document.
For scoring only: do not open while developing the parser (see ../README.md)."""
from lib import J

DOCS = []


def add(**d):
    DOCS.append(d)
    return d


def L(s):
    return s.split("; ")


# --------------------------------------------------------------------------- H1
f = dict(
    proposal_title="Shoulder Ultrasound for MSK Sonographers",
    proposer_name="Rasheed Oyinlola-Berg",
    proposer_title="Lead Sonographer, Musculoskeletal Imaging",
    proposer_department="Medical Imaging, Fairhaven Health",
    proposer_email="royinlola-berg@example.org",
    proposer_phone="(647) 555-0181",
    request_type="existing_program",
    existing_program_name="MSK Ultrasound Scanning Lab – Shoulder Module (non-credit, 2025)",
    target_learners="Registered diagnostic medical sonographers who scan shoulders at least monthly and want a recognised credential in MSK shoulder imaging.",
    rationale="Orthopaedic referrals for shoulder ultrasound have grown by roughly 40% since our sports medicine clinic opened. The current non-credit module is popular but has no assessment, so managers cannot use it to sign off staff for independent shoulder scanning.",
    competencies=J(["Standardised shoulder protocol (biceps, subscapularis, supraspinatus, infraspinatus, AC joint)",
                    "Dynamic assessment for impingement", "Recognising full- and partial-thickness rotator cuff tears",
                    "Avoiding anisotropy artefacts"]),
    learning_outcomes=["Perform a complete shoulder ultrasound examination following the departmental protocol.",
                       "Demonstrate dynamic subacromial impingement assessment.",
                       "Differentiate full-thickness from partial-thickness rotator cuff tears and tendinosis.",
                       "Write a technical worksheet that a radiologist can report from."],
    competency_framework="Sonography Canada National Competency Profile (2023), MSK section",
    summative_assessment="Scanning exam on a live model (timed, 30 minutes) scored by two faculty, plus an image-based test of 25 cases; both must be passed at 75%.",
    partner_name="Fairhaven Sports Medicine Clinic",
    partner_contact="Dr. Odette Vandermeer-Asante, Medical Director – ovandermeer@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment="Converts an existing offering into a stackable credential, which the Education Plan names as a priority for continuing education.",
    delivery_format="hybrid",
    estimated_hours=20,
    proposed_start="Winter 2027",
    expected_enrolment=32,
    resources_required="Two ultrasound units with linear probes for two lab days, four volunteer models, faculty time for marking.",
    submission_date="2026-11-27",
)
add(file="MSK shoulder ultrasound - concept form (conversion) - R Oyinlola-Berg.docx", shape="1", lang="en", form=True,
    route="pandoc_html_docx", boxchars=("■", "□"), fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="20 (12 online, 8 lab)",
              expected_enrolment="32 (two cohorts of 16)", submission_date="27 Nov 2026"),
    route_desc="HTML table form -> pandoc 2.17 -> DOCX; options marked ■ / □",
    notes="Official form (HTML -> pandoc -> DOCX): existing_program with the program named; chosen options marked '■' and the others '□'; bulleted competencies (joined '; '); '20 (12 online, 8 lab)' -> 20; '32 (two cohorts of 16)' -> 32; date '27 Nov 2026'.")

# --------------------------------------------------------------------------- H2 (incomplete, docxtpl)
f = dict(
    proposal_title="Tongue-Tie Assessment and Feeding Support for Lactation Consultants",
    proposer_name="Lorna McAllister-Nwosu",
    proposer_title="IBCLC, Infant Feeding Coordinator",
    proposer_department="Maternal Newborn Program, Westhaven Community Hospital",
    proposer_email="lmcallister-nwosu@example.org",
    proposer_phone="519-555-0126 ext 208",
    request_type="micro_course",
    target_learners="Lactation consultants, postpartum nurses and midwives who assess infants with feeding difficulty.",
    rationale="Referrals for frenotomy have tripled in five years in our region, and many infants are referred without a structured assessment. Families get conflicting advice. We want staff to use a validated assessment tool and to know when to refer and when to support feeding first",
    learning_outcomes=["Use a validated tool to assess tongue function in a newborn.",
                       "Explain to parents what the assessment shows and what the options are.",
                       "Decide when to refer for frenotomy and when to try feeding support first.",
                       "Support feeding after a frenotomy."],
    summative_assessment="Video case assessment: five recorded infant assessments scored against an answer key, and one observed consultation.",
    endorsement_status="none",
    education_plan_alignment="Community partnerships and family-centred care, both named in the Education Plan.",
    delivery_format="online",
    estimated_hours=6,
    proposed_start="TBD – spring 2027 at the earliest",
    expected_enrolment=45,
    submission_date="2026-11-24",
)
add(file="Concept form_tongue-tie assessment_LMcAllister-Nwosu.docx", shape="1", lang="en", form=True,
    route="docxtpl_form", fields=f,
    show=dict(competencies="", partner_name="N/A", partner_contact="N/A", competency_framework="",
              resources_required="", estimated_hours="6", expected_enrolment="approx. 45",
              rationale=f["rationale"].replace("advice. We", "advice.\n\nWe"), submission_date="24/11/2026"),
    route_desc="Word template with Jinja tags filled by docxtpl 0.20 (line breaks inside one paragraph)",
    notes="Incomplete: the Competencies cell is empty and the partner answer is 'N/A' with 'None yet' ticked, so competencies and partner_name are missing (endorsement none is a value). The rationale's last sentence has no final full stop (kept as written). Proposed start 'TBD – spring 2027 at the earliest' is free text, kept. 'approx. 45' -> 45; date '24/11/2026' -> 2026-11-24.")

# --------------------------------------------------------------------------- H3 (LO roundtrip, typos, TBD hours)
f = dict(
    proposal_title="Urinary Stone Analysis by FTIR Spectroscopy",
    proposer_name="Ingrid Solheim-Adjei",
    proposer_title="Clinical Chemistry Technologist II",
    proposer_department="Core Laboratory, Lakehead Regional Hospital",
    proposer_email="isolheim-adjei@example.org",
    proposer_phone="807-555-0115",
    request_type="new",
    target_learners="Clinical chemistry MLTs who prepare and interpret urinary calculi by FTIR, and technologists cross-training into the stone bench.",
    rationale=("Our lab took over stone analysis for the whole region in 2025 when the reference lab stopped doing it, volumes are now about 1,900 stones a year. "
               "Only three technologists can interpret spectra with confidence and two of them retire next year. "
               "Misidentifying a mixed stone changes the prevention advice the patient gets from the urologist, so accuracy here is a patient outcome, not just a lab metric."),
    competencies=J(["Stone preparation: washing, drying, sectioning and grinding", "Running the FTIR and library matching",
                    "Interpreting mixed-composition spectra", "Recognising artefacts and interfering substances", "Reporting and comments"]),
    learning_outcomes=["Prepare a urinary calculus for FTIR analysis including the core and shell.",
                       "Match a spectrum to the reference library and estimate the proportion of each component.",
                       "Identify common artefacts such as water bands and KBr contamination.",
                       "Write a report comment that supports stone-prevention advice."],
    competency_framework="CSMLS clinical chemistry competencies",
    summative_assessment="Blind panel of 12 stones (including 4 mixed stones) analysed and reported independently; results compared with the reference laboratory's; 10 of 12 must be correct.",
    partner_name="Northshore Urology Associates",
    partner_contact="Kelechi Brandvold, Practice Administrator (kbrandvold@example.com)",
    endorsement_status="confirmed",
    education_plan_alignment="Addresses a skills gap created by retirements, in line with the Education Plan's workforce sustainability goals.",
    delivery_format="in_person",
    proposed_start="June 2027",
    expected_enrolment=12,
    resources_required="Bench time on the FTIR (half day per learner), a teaching set of 40 characterised stones.",
    submission_date="2026-11-26",
)
add(file="Kidney stone analysis by FTIR - MC concept form.docx", shape="1", lang="en", form=True,
    route="docx_lo_roundtrip", font="Liberation Sans", fields=f,
    show=dict(rationale=f["rationale"].replace("year. Only", "year.\n\nOnly").replace("year. Misidentifying", "year.\n\nMisidentifying"),
              competencies=L(f["competencies"]), estimated_hours="TBD", expected_enrolment="12",
              submission_date="26.11.2026"),
    route_desc="python-docx table form -> LibreOffice ODT -> DOCX re-saved by LibreOffice (Liberation Sans)",
    notes="Official form re-saved through LibreOffice (DOCX -> ODT -> DOCX): a three-paragraph rationale (joined with single spaces; a comma splice kept as written); five bulleted competencies; hours 'TBD' (absent); date '26.11.2026'.")

# --------------------------------------------------------------------------- H4 (bilingual labels, French answers, docxtpl)
f = dict(
    proposal_title="Dépistage auditif des personnes aînées en soins à domicile",
    proposer_name="Clémence Bouchard-Mensah",
    proposer_title="Audiologiste",
    proposer_department="Programme de soutien à domicile, CISSS des Laurentides-Est",
    proposer_email="cbouchard-mensah@example.org",
    proposer_phone="450-555-0144",
    request_type="new",
    target_learners="Infirmières auxiliaires, préposés aux bénéficiaires et ergothérapeutes du soutien à domicile.",
    rationale="La perte auditive non dépistée isole les aînés et nuit à la communication des consignes de soins. Nos équipes n'ont pas d'outil commun de dépistage ni de critères de référence.",
    competencies=J(["utiliser un audiomètre de dépistage portatif", "inspecter le conduit auditif et reconnaître un bouchon de cérumen",
                    "appliquer les critères de référence en audiologie", "adapter la communication à la personne malentendante"]),
    learning_outcomes=["Effectuer un dépistage auditif à domicile avec un audiomètre portatif.",
                       "Interpréter le résultat selon les critères de référence du programme.",
                       "Adapter sa communication à une personne ayant une perte auditive."],
    summative_assessment="Démonstration observée de deux dépistages et questionnaire de cas (seuil de 80 %).",
    partner_name="Fondation Entendre Ensemble",
    partner_contact="Mathis Roy-Kamara, directeur des programmes (mroy-kamara@example.org)",
    endorsement_status="letter_attached",
    education_plan_alignment="Soutient l'orientation du Plan d'éducation sur les soins de proximité et le vieillissement de la population.",
    delivery_format="hybrid",
    estimated_hours=7,
    proposed_start="Septembre 2027",
    expected_enrolment=100,
    resources_required="Dix audiomètres de dépistage (prêt de la fondation) et des otoscopes.",
    submission_date="2026-12-01",
)
add(file="Formulaire de concept bilingue - Dépistage auditif des aînés - C Bouchard-Mensah.docx", shape="1", lang="bi", form=True,
    route="docxtpl_form", fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="7 heures", expected_enrolment="une centaine (100)",
              submission_date="1er décembre 2026"),
    route_desc="bilingual (English / French labels) Word template filled by docxtpl with French answers",
    notes="BILINGUAL labels ('Proposed Title … / Titre proposé …') with French answers, filled by docxtpl (line breaks inside one paragraph); options bilingual; '7 heures' -> 7; 'une centaine (100)' -> 100; date '1er décembre 2026'.")

# --------------------------------------------------------------------------- H5 (content controls, incomplete)
f = dict(
    proposal_title="LVAD Alarms and Emergencies for Paramedics",
    proposer_name="Jerome Castellano-Ibe",
    proposer_title="Advanced Care Paramedic, Clinical Educator",
    proposer_department="Northland Paramedic Services",
    proposer_email="jcastellano-ibe@example.org",
    proposer_phone="705-555-0193",
    request_type="new",
    target_learners="Primary and advanced care paramedics and ED triage nurses who may meet patients with left ventricular assist devices.",
    rationale="The number of patients living at home with an LVAD in our catchment has gone from 9 to 31 in four years. Paramedics rarely see one and the standard cardiac arrest approach can be wrong for these patients.",
    competencies=J(["Identifying LVAD components and alarms", "Assessing perfusion without a palpable pulse",
                    "Troubleshooting power and driveline problems", "Deciding on chest compressions in LVAD patients"]),
    learning_outcomes=["Identify the main LVAD models and their alarm displays.",
                       "Assess perfusion using mean arterial pressure, skin signs and mental status.",
                       "Troubleshoot power source and driveline problems with the patient's equipment.",
                       "Apply the provincial LVAD arrest algorithm."],
    partner_name="Heart Function Clinic, Royal Lakes Hospital",
    partner_contact="Naledi Forsythe-Kaur, VAD Coordinator (nforsythe-kaur@example.org)",
    endorsement_status="in_discussion",
    education_plan_alignment="Fits the plan's emphasis on emerging technologies and on partnerships with specialised clinical programs.",
    delivery_format="hybrid",
    estimated_hours=4,
    proposed_start="Spring 2027",
    expected_enrolment=150,
    submission_date="2026-11-30",
)
add(file="Concept form (controls) - LVAD alarms for paramedics.docx", shape="2", lang="en", form=True,
    route="cc_form", fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="4", expected_enrolment="150",
              submission_date="November 30, 2026"),
    route_desc="python-docx table + raw w:sdt content controls tagged with the keys (drop-downs, date picker, multi-line text)",
    notes="Incomplete: the Summative Assessment control still shows its placeholder, so summative_assessment is missing (framework, existing program and resources also placeholders). Drop-down display texts 'New micro-credential', 'In discussion', 'Hybrid'; date picker 'November 30, 2026'.")

# --------------------------------------------------------------------------- H6 (fillable, PyMuPDF, variant names)
names6 = {"proposal_title": "ProposedTitle", "proposer_name": "NameOfProposer", "proposer_title": "JobTitle",
          "proposer_department": "DeptProgram", "proposer_email": "EmailAddress", "proposer_phone": "PhoneExt",
          "existing_program_name": "ProgramToConvert", "target_learners": "TargetAudience", "rationale": "RationaleNeed",
          "competencies": "SkillsCompetencies", "learning_outcomes": "ILOs", "competency_framework": "Framework",
          "summative_assessment": "AssessmentOfOutcomes", "partner_name": "PartnerOrg", "partner_contact": "PartnerContact",
          "education_plan_alignment": "StrategicAlignment", "estimated_hours": "TotalHours", "proposed_start": "TargetLaunch",
          "expected_enrolment": "LearnersPerYear", "resources_required": "BudgetResources", "submission_date": "DateSubmitted",
          "request_type_new": "Req_New", "request_type_existing_program": "Req_Convert", "request_type_micro_course": "Req_Micro",
          "endorsement_status_letter_attached": "End_Letter", "endorsement_status_confirmed": "End_Confirmed",
          "endorsement_status_in_discussion": "End_Discussion", "endorsement_status_none": "End_None",
          "delivery_format_online": "Fmt_Online", "delivery_format_in_person": "Fmt_InPerson", "delivery_format_hybrid": "Fmt_Hybrid"}
f = dict(
    proposal_title="Medical Gas Pipeline Alarms: Response for Clinical Engineering and Respiratory Therapy",
    proposer_name="Oksana Delgado-Mwangi",
    proposer_title="Biomedical Engineering Technologist",
    proposer_department="Clinical Engineering, Port Albion Health Centre",
    proposer_email="odelgado-mwangi@example.org",
    proposer_phone="905-555-0102 x4471",
    request_type="micro_course",
    target_learners="Biomedical engineering technologists, respiratory therapists and facilities staff on the medical gas response team.",
    rationale="A low-oxygen-pressure alarm last winter took 25 minutes to escalate because staff were unsure who owned the response. CSA Z7396.1 requires trained staff for medical gas systems, and our annual drill showed gaps in zone valve isolation and communication.",
    competencies=J(["Interpreting master and area alarm panels", "Isolating zone valves safely",
                    "Setting up emergency oxygen supply", "Communicating during a medical gas emergency"]),
    learning_outcomes=["Interpret master and area alarm panel signals for oxygen, medical air, vacuum and nitrous oxide.",
                       "Locate and operate zone valves following the isolation procedure.",
                       "Set up emergency cylinder supply for a clinical area.",
                       "Use the emergency communication script with the charge nurse and facilities."],
    competency_framework="CSA Z7396.1 training requirements",
    summative_assessment="Table-top drill plus a walk-through of zone valve isolation, assessed with the hospital's drill checklist.",
    partner_name="Canadian Medical Gas Safety Council",
    partner_contact="Benedikt Oyelaran, Technical Director",
    endorsement_status="confirmed",
    education_plan_alignment="Supports patient safety and interprofessional teamwork, two pillars of the Education Plan.",
    delivery_format="in_person",
    estimated_hours=3,
    proposed_start="Q2 2027",
    expected_enrolment=40,
    resources_required="Access to a zone valve box and alarm panel trainer; two facilitators.",
    submission_date="2026-12-02",
)
add(file="Medical gas alarm response - fillable concept form.pdf", shape="3", lang="en", form=True,
    route="acro_pymupdf", names=names6, fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="3", expected_enrolment="~40", submission_date="Dec 2, 2026"),
    route_desc="reportlab blank AcroForm with close-variant field names (ProposedTitle, NameOfProposer, ILOs, Req_Micro, End_Confirmed, Fmt_InPerson …), filled with PyMuPDF",
    notes="Fillable PDF with close-variant names from FIELDS.md's label list (ProposedTitle, TargetAudience, AssessmentOfOutcomes, StrategicAlignment …) and one check box per option (Req_*, End_*, Fmt_*), filled with PyMuPDF; outcomes one per line '1. …' in the ILOs field; '~40' -> 40; date 'Dec 2, 2026'.")

# --------------------------------------------------------------------------- H7 (hyperref, incomplete)
f = dict(
    proposal_title="Reviewing Continuous Glucose Monitoring Data in Diabetes Clinics",
    proposer_name="Yara Kristiansen-Obeng",
    proposer_title="Registered Dietitian, Certified Diabetes Educator",
    proposer_department="Diabetes Education Centre, Elmvale Family Health Team",
    proposer_email="ykristiansen-obeng@example.org",
    proposer_phone="613-555-0137",
    request_type="micro_course",
    target_learners="Diabetes educators (nurses, dietitians, pharmacists) who review CGM reports with patients.",
    competencies=J(["Reading the ambulatory glucose profile", "Time in range targets",
                    "Identifying patterns of hypoglycaemia", "Collaborative goal setting with patients"]),
    learning_outcomes=["Interpret an ambulatory glucose profile report.",
                       "Identify patterns of overnight and post-meal hypoglycaemia and hyperglycaemia.",
                       "Set one or two realistic goals with the patient based on the report."],
    summative_assessment="Three de-identified CGM reports interpreted in writing and one recorded review conversation, marked with a rubric.",
    partner_name="Glucoview Canada",
    partner_contact="Sunita Ferreira-Holm, Clinical Education Manager",
    endorsement_status="letter_attached",
    delivery_format="online",
    estimated_hours=5,
    proposed_start="January 2027",
    expected_enrolment=70,
    resources_required="Licence for the CGM report training portal.",
    submission_date="2026-11-29",
)
add(file="CGM data review - concept form (fillable, LaTeX).pdf", shape="3", lang="en", form=True,
    route="hyperref_form", fields=f,
    show=dict(competencies=L(f["competencies"]), rationale="", education_plan_alignment="TBD", competency_framework="",
              estimated_hours="5", expected_enrolment="70", submission_date="29/11/2026"),
    route_desc="LuaLaTeX + hyperref fillable PDF (values preset; names are the keys without underscores)",
    notes="Incomplete: the Rationale field is empty and the Education Plan field says 'TBD' (no value), so rationale and education_plan_alignment are missing. hyperref field names (underscores dropped), outcomes in separate fields (fourth empty), check boxes per option; date '29/11/2026' -> 2026-11-29.")

# --------------------------------------------------------------------------- H8 (printed via MuPDF Story)
f = dict(
    proposal_title="Total Body Irradiation: Patient Set-Up and Dosimetry Checks",
    proposer_name="Anneliese Mokoena-Fraser",
    proposer_title="Senior Radiation Therapist, Special Procedures",
    proposer_department="Radiation Medicine Program, Bayview Cancer Centre",
    proposer_email="amokoena-fraser@example.org",
    proposer_phone="416-555-0158",
    request_type="new",
    target_learners="Radiation therapists who treat, or will be trained to treat, patients receiving total body irradiation before stem cell transplant.",
    rationale="We treat about 45 TBI patients a year and each treatment needs two therapists trained in the extended-distance set-up, lung blocks and in-vivo dosimetry. Training is currently one-to-one shadowing over several months; a structured credential would shorten it and make it consistent.",
    competencies=J(["Extended-SSD patient positioning", "Lung compensator and block placement",
                    "In-vivo dosimetry with diodes", "Patient comfort and monitoring over long fractions"]),
    learning_outcomes=["Set up a patient for TBI at extended source-to-surface distance.",
                       "Place lung blocks or compensators from the planning images.",
                       "Measure in-vivo dose with diodes and act on out-of-tolerance readings.",
                       "Support the patient's comfort and safety during a long fraction."],
    summative_assessment="Two observed set-ups on a phantom and one on a patient, assessed by the TBI lead therapist and a physicist.",
    partner_name="Canadian Association of Medical Radiation Technologists",
    partner_contact="Hugo Santangelo, Professional Practice Lead",
    endorsement_status="in_discussion",
    education_plan_alignment="Responds to the Education Plan priority on specialised practice and advanced clinical roles.",
    delivery_format="hybrid",
    estimated_hours=15,
    proposed_start="March 2027",
    expected_enrolment=10,
    resources_required="Linac time outside clinical hours (two evenings), a whole-body phantom, diodes.",
    submission_date="2026-11-23",
)
add(file="Total body irradiation set-up - concept form (printed).pdf", shape="4", lang="en", form=True,
    route="story_print", boxchars=("[X]", "[ ]"), fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="15 h", expected_enrolment="10", submission_date="2026-11-23"),
    route_desc="official form as HTML printed to PDF by MuPDF's Story engine; options as [X] / [ ]",
    notes="Official form printed to PDF by MuPDF's HTML engine; options '[X]' / '[ ]'; '15 h' -> 15; date '2026-11-23'.")

# --------------------------------------------------------------------------- H9 (pandoc -> lualatex printout)
f = dict(
    proposal_title="Neonatal Transport Incubator Checks and Troubleshooting",
    proposer_name="Matteo Abiodun-Larsson",
    proposer_title="Respiratory Therapist, Neonatal Transport Team",
    proposer_department="Critical Care Transport, Eastport Paediatric Hospital",
    proposer_email="mabiodun-larsson@example.org",
    proposer_phone="416-555-0172",
    request_type="micro_course",
    target_learners="Transport RTs and nurses, and ambulance crews who carry the transport incubator.",
    rationale="Pre-departure checks of the transport incubator are done from memory, and two transports this year were delayed by a flat oxygen cylinder and a failed battery. A short, assessed course would standardise the checks.",
    competencies=J(["Pre-departure incubator and ventilator check", "Gas supply calculations for the trip",
                    "Thermal management during transport", "Troubleshooting power and alarm failures in the vehicle"]),
    learning_outcomes=["Complete the pre-departure checklist for the transport incubator.",
                       "Calculate oxygen and air needs for a transport of a given length.",
                       "Maintain the temperature of the infant during loading and transport.",
                       "Troubleshoot power, gas and alarm failures in the vehicle."],
    summative_assessment="Timed practical check of a prepared incubator with three hidden faults, assessed with a checklist.",
    partner_name="Eastport Air and Land Ambulance",
    partner_contact="Siobhan Achterberg-Nkosi, Operations Manager",
    endorsement_status="letter_attached",
    education_plan_alignment="Supports patient safety and interprofessional learning across transport partners.",
    delivery_format="in_person",
    estimated_hours=3,
    proposed_start="February 2027",
    expected_enrolment=60,
    submission_date="2026-11-28",
)
add(file="Neonatal transport incubator checks - concept form printout.pdf", shape="4", lang="en", form=True,
    route="md_print", fields=f,
    show=dict(competencies=L(f["competencies"]), competency_framework="N/A", resources_required="N/A",
              estimated_hours="3 (half day)", expected_enrolment="60/yr", submission_date="Nov 28 2026"),
    route_desc="'Label: answer' printout: Markdown -> pandoc -> LuaLaTeX PDF",
    notes="Printout typeset by pandoc + LuaLaTeX: bold run-in labels, '[X]' / '[ ]' options, lists under their labels; framework and resources 'N/A' (absent); '3 (half day)' -> 3; '60/yr' -> 60; date 'Nov 28 2026'.")

# --------------------------------------------------------------------------- H10 (PyMuPDF filled then baked/flattened)
f = dict(
    proposal_title="Liver Elastography (Transient Elastography) for Hepatology Clinic Nurses",
    proposer_name="Sigrún Haddad-Okoro",
    proposer_title="Nurse Clinician, Hepatology",
    proposer_department="Liver Clinic, Midtown University Hospital",
    proposer_email="shaddad-okoro@example.org",
    proposer_phone="416-555-0121",
    request_type="new",
    target_learners="Registered nurses and nurse practitioners in hepatology and hepatitis C treatment clinics.",
    rationale="Fibrosis staging by transient elastography has replaced most liver biopsies in our clinic. Demand is growing with hepatitis C elimination and fatty liver screening, and only four nurses are trained to perform the test.",
    competencies=J(["Patient preparation and probe selection", "Acquiring valid stiffness measurements",
                    "Judging the quality of an examination (IQR/median)", "Explaining results and limits to patients"]),
    learning_outcomes=["Prepare the patient and choose the correct probe.",
                       "Obtain ten valid liver stiffness measurements.",
                       "Judge whether an examination is reliable using the IQR/median ratio.",
                       "Explain the result and its limits to a patient."],
    summative_assessment="Ten supervised examinations with reliability criteria met, and a case quiz on interpretation.",
    partner_name="Canadian Liver Nurses Network",
    endorsement_status="confirmed",
    education_plan_alignment="Advances the Education Plan's focus on expanding nursing roles in specialised ambulatory care.",
    delivery_format="hybrid",
    estimated_hours=12,
    proposed_start="May 2027",
    expected_enrolment=24,
    resources_required="Access to the clinic's elastography device on two afternoons per cohort.",
    submission_date="2026-12-01",
)
add(file="Liver elastography concept form - flattened.pdf", shape="4", lang="en", form=True,
    route="acro_pymupdf_bake", fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="12", expected_enrolment="24", submission_date="01 Dec 2026"),
    route_desc="reportlab blank AcroForm filled with PyMuPDF and then FLATTENED with PyMuPDF's bake() (fields turned into page content)",
    notes="A filled fillable form flattened by PyMuPDF (bake): no fields remain, the values are page text inside the drawn boxes; ticks are the drawn check marks (chosen options: New micro-credential, Confirmed, Hybrid); partner contact empty; date '01 Dec 2026'.")

# --------------------------------------------------------------------------- H11 (Apple Mail print)
f = dict(
    proposal_title="Capsule Endoscopy Pre-Reading for GI Nurses",
    proposer_name="Ravindra Okafor-Lindahl",
    proposer_title="GI Nurse Specialist",
    proposer_department="Endoscopy Unit, Riverside General",
    proposer_email="rokafor-lindahl@example.org",
    proposer_phone="905-555-0135",
    request_type="new",
    target_learners="endoscopy nurses who already assist with capsule studies",
    rationale="Our gastroenterologists spend 45 to 90 minutes reading each capsule study. In other centres trained nurses pre-read the video and flag findings, which cuts physician reading time by about half. We have the interest and the cases but no structured training.",
    competencies=J(["navigating the capsule reading software", "recognising normal small-bowel landmarks",
                    "flagging bleeding, ulcers, polyps and angioectasias", "writing a structured pre-read summary"]),
    learning_outcomes=["Navigate the capsule software and mark landmarks and transit times",
                       "Flag bleeding, ulceration, polyps and vascular lesions with an agreed accuracy",
                       "Write a structured pre-read summary for the gastroenterologist"],
    summative_assessment="twenty anonymised capsule studies pre-read independently and compared with the gastroenterologist's final reading",
    partner_name="Endovista Medical",
    partner_contact="Camille Osei-Brandt (cosei-brandt@example.com)",
    endorsement_status="in_discussion",
    education_plan_alignment="This matches the Education Plan's priority on advanced and extended roles for practising health professionals.",
    delivery_format="online",
    estimated_hours=18,
    proposed_start="autumn 2027",
    expected_enrolment=20,
    submission_date="2026-11-26",
)
body11 = f"""
<div class='hdr'>
<p><span class='k'>From:</span> Ravi Okafor-Lindahl &lt;{f['proposer_email']}&gt;</p>
<p><span class='k'>Subject:</span> Idea for a micro-credential: capsule endoscopy pre-reading</p>
<p><span class='k'>Date:</span> November 26, 2026 at 10:04:51 AM EST</p>
<p><span class='k'>To:</span> ce@michener.example</p>
<p><span class='k'>Cc:</span> Dr. Helmut Achebe &lt;hachebe@example.org&gt;</p>
</div><hr/>
<p>Hi,</p>
<p>I'd like to suggest a brand-new micro-credential: <b>{f['proposal_title']}</b>, for {f['target_learners']}.</p>
<p>{f['rationale']}</p>
<p>The main skills are {f['competencies'].replace('; ', ', ', 2).replace('; ', ', and ')}. At the end, nurses should be able to:</p>
<p>1) {f['learning_outcomes'][0]}<br/>2) {f['learning_outcomes'][1]}<br/>3) {f['learning_outcomes'][2]}</p>
<p>Assessment would be {f['summative_assessment']}.</p>
<p>{f['partner_name']} (contact: {f['partner_contact']}) is interested in endorsing it but nothing is agreed yet.</p>
<p>{f['education_plan_alignment']}</p>
<p>It would be fully online, around 18 hours, starting in autumn 2027, for about 20 nurses a year.</p>
<p>Dr. Achebe (cc'd) supports the idea.</p>
<p>Best,<br/>Ravi</p>
<p>{f['proposer_name']}, RN<br/>{f['proposer_title']} | {f['proposer_department']}<br/>{f['proposer_phone']}</p>
"""
add(file="Capsule endoscopy pre-reading - email (Apple Mail print).pdf", shape="5", lang="en", form=True,
    route="html_chromium", fields=f, body=body11,
    css="body{font-family:Helvetica,Arial,sans-serif;font-size:11pt;margin:30px}.hdr p{margin:2px 0}.k{color:#777;font-weight:bold}",
    route_desc="HTML in the look of an Apple Mail print -> Chromium headless print-to-PDF",
    checks=["brand-new micro-credential", "nothing is agreed yet", "fully online", "around 18 hours", "about 20 nurses a year", "November 26, 2026"],
    notes="Email printed from Apple Mail; the From display name is a short form ('Ravi'); the signature gives the full name (post-nominal 'RN' dropped), title | department, phone; the Cc'd physician is not a value; outcomes numbered '1)' with line breaks; skills inline (joined '; '); 'interested in endorsing it but nothing is agreed yet' = in_discussion; one sentence gives online, 18, 'autumn 2027', 20; date from the Date line.")

# --------------------------------------------------------------------------- H12 (Outlook memo print)
f = dict(
    proposal_title="Remote Verification in Telepharmacy for Pharmacy Technicians",
    proposer_name="Dmitri Asante-Whitlock",
    proposer_title="Pharmacy Operations Manager",
    proposer_department="Rural Pharmacy Services, Northern Lakes Health",
    proposer_email="dasante-whitlock@example.org",
    proposer_phone="705-555-0165",
    request_type="micro_course",
    target_learners="Registered pharmacy technicians working in telepharmacy sites, and the pharmacists who verify remotely.",
    rationale="Four of our rural sites now run as telepharmacies with the pharmacist verifying by video. Technicians at those sites take on more responsibility for product preparation and image capture, and the regulator expects documented training.",
    competencies=J(["Capturing verification images that meet standards", "Product and label checks before remote verification",
                    "Handling discrepancies and escalation", "Privacy during video counselling"]),
    learning_outcomes=["Capture product and label images that meet the telepharmacy standard.",
                       "Complete the pre-verification checks without omissions.",
                       "Escalate a discrepancy correctly to the remote pharmacist.",
                       "Protect patient privacy during video counselling sessions."],
    summative_assessment="Audit of 30 consecutive remote verifications per learner, plus an observed discrepancy scenario.",
    partner_name="Ontario Pharmacy Technicians Collaborative",
    partner_contact="Rukmini Halvorsen-Obi",
    endorsement_status="confirmed",
    education_plan_alignment="Supports the Education Plan's goals on rural and remote access and on digital health.",
    delivery_format="online",
    estimated_hours=8,
    proposed_start="as soon as possible (we hoped for February 2027)",
    expected_enrolment=35,
    submission_date="2026-11-30",
)
rows12 = [("Title", f["proposal_title"]), ("Kind", "Micro-course (not a full credential)"),
          ("Learners", f["target_learners"]), ("Need", f["rationale"]),
          ("Competencies", "<br/>".join("• " + c for c in f["competencies"].split("; "))),
          ("Outcomes", "<br/>".join(f["learning_outcomes"])), ("Assessment", f["summative_assessment"]),
          ("Endorsement", f["partner_name"] + " – confirmed, letter to follow (contact: " + f["partner_contact"] + ")"),
          ("Ed Plan fit", f["education_plan_alignment"]),
          ("Logistics", "Online, 8 hours, roughly 35 per year; start " + f["proposed_start"])]
body12 = f"""
<p style='font-size:14pt'><b>Tran, Mei-Ling</b></p><hr/>
<table class='h'><tr><td><b>From:</b></td><td>Asante-Whitlock, Dmitri &lt;{f['proposer_email']}&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Monday, November 30, 2026 3:27 PM</td></tr>
<tr><td><b>To:</b></td><td>CE Intake Mailbox &lt;ce@michener.example&gt;; Tran, Mei-Ling &lt;mtran@michener.example&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Telepharmacy micro-course proposal</td></tr></table>
<p>&nbsp;</p><p>Hello Mei-Ling and the CE team,</p>
<p>As discussed, here is our proposal.</p>
<table class='t' border='1' cellspacing='0' cellpadding='3'>
{''.join('<tr><td><b>' + a + '</b></td><td>' + b + '</td></tr>' for a, b in rows12)}
</table>
<p>&nbsp;</p><p>Thank you,</p>
<p>Dmitri Asante-Whitlock<br/>{f['proposer_title']} | {f['proposer_department']}<br/>{f['proposer_phone']}</p>
"""
add(file="Telepharmacy verification micro-course - Outlook print.pdf", shape="5", lang="en", form=True,
    route="html_lo_pdf", fields=f, body=body12, css="body{font-family:'Liberation Sans';font-size:10pt}table.t td{vertical-align:top}",
    route_desc="HTML in the look of an Outlook desktop memo-style print -> LibreOffice Writer -> PDF",
    checks=["Micro-course (not a full credential)", "confirmed, letter to follow", "Online, 8 hours, roughly 35 per year", "Monday, November 30, 2026"],
    notes="Outlook memo-style print made by a CE staff member: the bold name at the top ('Tran, Mei-Ling') is the person who printed it and is also an addressee – not the proposer. Sender 'Asante-Whitlock, Dmitri' is the proposer; signature 'title | department'; table of own labels; 'Endorsement' cell gives partner, confirmed and the contact; 'Logistics' gives online, 8, 35 and the start (kept as written).")

# --------------------------------------------------------------------------- H13 (letter)
f = dict(
    proposal_title="Ankle-Foot Orthosis Fitting and Adjustment",
    proposer_name="Valentina Osei-Carlsson",
    proposer_title="Certified Orthotist and Clinic Lead",
    proposer_department="Orthotics Department, Pinecrest Rehabilitation Centre",
    proposer_email="vosei-carlsson@example.org",
    proposer_phone="613-555-0118",
    request_type="micro_course",
    target_learners="orthotic technicians and physiotherapy assistants",
    rationale="Prefabricated ankle-foot orthoses are now fitted on the ward within a day of a stroke, and our two orthotists cannot see every patient. Technicians and assistants fit most of them, with very different results and frequent skin problems.",
    competencies=J(["biomechanical screening of gait", "selecting a prefabricated AFO", "heat-moulding and trimming",
                    "checking fit and skin integrity"]),
    learning_outcomes=["screen gait and identify the indication for an AFO",
                       "select and size a prefabricated AFO", "adjust the orthosis by heat-moulding and trimming",
                       "check fit and skin and teach the patient and family"],
    summative_assessment="two observed fittings on patients, assessed by a certified orthotist with a checklist",
    partner_name="Orthotics Prosthetics Canada",
    partner_contact="Marcus Eze-Lindholm, Director of Professional Development",
    endorsement_status="letter_attached",
    education_plan_alignment="The proposal fits the Education Plan's commitment to rehabilitation practice and to learning for the assistant workforce.",
    delivery_format="in_person",
    estimated_hours=7,
    proposed_start="April 2027",
    expected_enrolment=24,
    submission_date="2026-12-02",
)
add(file="Letter to CE - ankle-foot orthosis fitting course.docx", shape="5", lang="en", form=True,
    route="blocks_docx", font="Cambria", fields=f,
    header="PINECREST REHABILITATION CENTRE · Orthotics Department · 12 Birch Lane, Kanata ON",
    blocks=[
        ("p", "2 December 2026"),
        ("p", "Continuing Education Office\nMichener Institute of Education at UHN"),
        ("pb", "Subject: Proposal for a micro-course on AFO fitting"),
        ("p", "Dear Continuing Education team,"),
        ("p", f"We would like to propose a micro-course, {f['proposal_title']}, for {f['target_learners']}."),
        ("p", f["rationale"]),
        ("p", "The skills involved are " + ", ".join(f["competencies"].split("; ")[:3]) + " and " + f["competencies"].split("; ")[3] + "."),
        ("p", "On completion, learners will:"),
        ("numbers", f["learning_outcomes"]),
        ("p", f"Each learner would complete {f['summative_assessment']}."),
        ("p", f"{f['partner_name']} supports the course; their letter of support is attached. The contact is {f['partner_contact']}."),
        ("p", f["education_plan_alignment"]),
        ("p", "We see it as a one-day in-person course (7 hours) in our gait lab, for about 24 learners a year, starting in April 2027."),
        ("p", "Yours sincerely,"),
        ("p", f"{f['proposer_name']}, CO(C)\n{f['proposer_title']}\n{f['proposer_department']}\nTel. {f['proposer_phone']} · {f['proposer_email']}"),
    ],
    route_desc="python-docx letter (letterhead in the header, numbered outcomes with Word numbering), Cambria",
    checks=["micro-course", "letter of support is attached", "one-day in-person course (7 hours)", "about 24 learners a year", "2 December 2026"],
    notes="Letter proposing a course: title and learners in the first sentence; skills inline ('a, b, c and d', joined '; '); outcomes as a Word-numbered list after 'On completion, learners will:' (lower-case items, no stops); assessment inside a sentence (no full stop); 'their letter of support is attached' = letter_attached; 'one-day in-person course (7 hours) … about 24 learners a year, starting in April 2027'; signature with post-nominal 'CO(C)' (dropped).")

# --------------------------------------------------------------------------- H14 (pandoc one-pager, incomplete)
f = dict(
    proposal_title="Pulse Oximetry Accuracy Across Skin Tones",
    proposer_name="Adwoa Lindberg-Tshabalala",
    proposer_title="Respiratory Therapy Educator",
    proposer_department="Professional Practice, Queensway Health",
    proposer_email="alindberg-tshabalala@example.org",
    proposer_phone="905-555-0149",
    request_type="micro_course",
    target_learners="RTs, nurses and paramedics who rely on SpO2 readings for oxygen titration and triage.",
    rationale="Pulse oximeters can overestimate oxygen saturation in patients with darker skin, and occult hypoxaemia has been linked to delayed treatment. Staff are aware of the issue from the news but not of what to do differently at the bedside.",
    competencies=J(["Understanding sources of oximeter error", "Recognising when SpO2 may be unreliable",
                    "Deciding when to confirm with an arterial blood gas", "Documenting and communicating uncertainty"]),
    learning_outcomes=["Explain how skin pigmentation and other factors affect pulse oximetry accuracy.",
                       "Identify patients at risk of occult hypoxaemia.",
                       "Apply the unit's guidance on confirming SpO2 with arterial blood gases."],
    partner_name="Respiratory Therapy Society of Ontario",
    endorsement_status="in_discussion",
    education_plan_alignment="Advances the Education Plan's commitment to equity, diversity and inclusion in clinical practice.",
    delivery_format="online",
    estimated_hours=2,
    proposed_start="March 2027",
    expected_enrolment=300,
    submission_date="2026-11-25",
)
md14 = f"""# {f['proposal_title']}

*A micro-course proposal for Michener CE · 25 Nov 2026*

**{f['proposer_name']}**, {f['proposer_title']}, {f['proposer_department']} · {f['proposer_email']} · {f['proposer_phone']}

### Why

{f['rationale']}

### For whom

{f['target_learners']}

### Skills

{chr(10).join('* ' + c for c in f['competencies'].split('; '))}

### Outcomes

Participants will be able to:

{chr(10).join('1. ' + o for o in f['learning_outcomes'])}

### Partner

{f['partner_name']} – we are in discussion; no letter yet.

### Education Plan

{f['education_plan_alignment']}

### In practice

Online and self-paced · 2 hours · up to 300 learners a year · from {f['proposed_start']}
"""
add(file="One-pager - Pulse oximetry and skin tone.docx", shape="5", lang="en", form=True,
    route="md_docx", fields=f, md=md14,
    route_desc="Markdown -> pandoc 2.17 -> DOCX",
    checks=["A micro-course proposal", "we are in discussion; no letter yet", "Online and self-paced", "2 hours", "up to 300 learners a year", "25 Nov 2026"],
    notes="Incomplete: the one-pager has no assessment section, so summative_assessment is missing. pandoc DOCX; the contact line 'name, title, department · email · phone' (the department itself contains a comma); outcomes after a lead-in; the 'In practice' line separated by ' · ' gives online, 2, 300 ('up to 300') and the start.")

# --------------------------------------------------------------------------- H15 (slide handout)
f = dict(
    proposal_title="Recovery Room Care after Electroconvulsive Therapy",
    proposer_name="Ezinne Marchetti-Holm",
    proposer_title="Nurse Educator, Mental Health",
    proposer_department="Brain Stimulation Service, Lakeview Mental Health Centre",
    proposer_email="emarchetti-holm@example.org",
    proposer_phone="416-555-0153",
    request_type="new",
    target_learners="Registered nurses and RPNs who staff the ECT recovery area",
    rationale=J(["ECT volumes up 30% since the new suite opened", "Recovery nurses come from inpatient units with little PACU experience",
                 "Post-ictal agitation and airway events are the most common incidents"]),
    competencies=J(["Airway support after brief anaesthesia", "Managing post-ictal agitation", "Monitoring and discharge criteria",
                    "Trauma-informed communication"]),
    learning_outcomes=["Support the airway and monitor recovery after ECT", "Manage post-ictal agitation safely",
                       "Apply discharge criteria", "Communicate with patients in a trauma-informed way"],
    summative_assessment="High-fidelity simulation (two scenarios) + observed recovery of three patients",
    partner_name="Ontario Psychiatric Nurses Association",
    endorsement_status="letter_attached",
    education_plan_alignment="Mental health and simulation – both Education Plan priorities",
    delivery_format="hybrid",
    estimated_hours=9,
    proposed_start="May 2027",
    expected_enrolment=30,
    resources_required="Simulation lab half-day per cohort; standardized patient",
    submission_date="2026-12-01",
)
slides15 = [
    (f["proposal_title"], [f["proposer_name"] + " – " + f["proposer_title"], f["proposer_department"],
                           f["proposer_email"] + " | " + f["proposer_phone"], "1 December 2026"]),
    ("The case for it", f["rationale"].split("; ")),
    ("Audience & type", [f["target_learners"], "Type: new micro-credential"]),
    ("Competencies", f["competencies"].split("; ")),
    ("Learning outcomes", f["learning_outcomes"]),
    ("Assessment", [f["summative_assessment"]]),
    ("Partner", [f["partner_name"], "Letter of support – attached"]),
    ("Fit & logistics", ["Ed Plan: " + f["education_plan_alignment"], "Blended: online + sim lab", "9 hours", "~30 per year", "Launch: " + f["proposed_start"],
                         "Needs: " + f["resources_required"]]),
]
add(file="ECT recovery room care - slide handout.pdf", shape="5", lang="en", form=True,
    route="slides_handout", fields=f, slides=slides15, footer="Brain Stimulation Service",
    route_desc="python-pptx deck -> LibreOffice Impress PDF -> 3-per-page handout with note lines (PyMuPDF)",
    checks=["new micro-credential", "Letter of support – attached", "Blended", "9 hours", "~30 per year", "1 December 2026"],
    notes="Slide handout (three slides per page with note lines): title slide gives name – title, department, email | phone, date; bullets joined '; '; 'Blended: online + sim lab' = hybrid; '~30 per year' -> 30; 'Launch:' is proposed_start.")

# --------------------------------------------------------------------------- H16 (table, answer | question | notes)
f = dict(
    proposal_title="Mobile Phlebotomy: Home Blood Collection",
    proposer_name="Kwame Eriksen-Adebayo",
    proposer_title="Patient Service Centre Supervisor",
    proposer_department="Community Laboratory Services, Greenfield Medical Labs",
    proposer_email="keriksen-adebayo@example.com",
    proposer_phone="289-555-0196",
    request_type="new",
    target_learners="Phlebotomists and MLAs who collect specimens in patients' homes and long-term care residences.",
    rationale="Home collection visits have doubled since 2024. Staff work alone, manage specimen temperature in their cars and meet safety risks that the patient service centre training does not cover.",
    competencies=J(["Planning a safe home visit", "Collection in non-clinical settings", "Specimen transport and temperature control",
                    "Working alone safely", "Documentation on the mobile device"]),
    learning_outcomes=["Plan and carry out a home collection visit following the safety protocol.",
                       "Collect and package specimens so that stability requirements are met.",
                       "Monitor and record specimen temperature during transport.",
                       "Respond to an unsafe situation during a home visit."],
    summative_assessment="Two observed home visits with a supervisor plus a transport-temperature audit of the learner's specimens for one week.",
    partner_name="Greenfield Medical Labs (our own company – employer endorsement)",
    endorsement_status="letter_attached",
    education_plan_alignment="Aligns with community-based care and workplace-integrated learning in the Education Plan.",
    delivery_format="hybrid",
    estimated_hours=10,
    proposed_start="January 2027",
    expected_enrolment=75,
    resources_required="Validated transport coolers and data loggers for practice.",
    submission_date="2026-11-27",
)
rows16 = [
    (f["proposal_title"], "Title", ""),
    (f"{f['proposer_name']} – {f['proposer_title']}\n{f['proposer_department']}\n{f['proposer_email']}, {f['proposer_phone']}", "Proposer and contact", ""),
    ("New micro-credential", "Request type", "checked with Anita – not a micro-course"),
    (f["target_learners"], "Learners", ""),
    (f["rationale"], "Why", "add numbers?"),
    ("\n".join(f["competencies"].split("; ")), "Competencies", ""),
    ("\n".join(f["learning_outcomes"]), "Outcomes", "was 5 outcomes in v1"),
    (f["summative_assessment"], "Summative assessment", ""),
    (f["partner_name"] + "\nLetter of support attached (signed by our VP Operations)", "Partner / endorsement", ""),
    (f["education_plan_alignment"], "Ed Plan", ""),
    ("Hybrid\n10 hours\n75 a year", "Format / hours / learners", "maybe 100?"),
    (f["proposed_start"], "Start", ""),
    (f["resources_required"], "Resources", ""),
    ("27/11/2026", "Date", ""),
]
add(file="Home blood draws - our answers (table).docx", shape="5", lang="en", form=True,
    route="table_docx", fields=f, rows=rows16, headers=("Answer", "Item", "Notes (internal)"),
    title="Mobile phlebotomy micro-credential – answers for CE",
    route_desc="python-docx three-column table: answer | item | internal notes (label column second, notes column last)",
    checks=["New micro-credential", "Letter of support attached", "Hybrid", "10 hours", "75 a year", "27/11/2026"],
    notes="Table with the ANSWER column first, the item label second and an internal 'Notes' column third whose remarks ('maybe 100?', 'was 5 outcomes in v1') are not values; contact cell 'name – title / department / email, phone' over lines; the partner is the proposer's own employer (kept as written, with the bracketed remark); 'Hybrid / 10 hours / 75 a year' cell gives three fields; date '27/11/2026'.")

# --------------------------------------------------------------------------- H17 (French Q&A, LibreOffice DOCX)
f = dict(
    proposal_title="Administration et lecture des tests cutanés à la tuberculine",
    proposer_name="Josée Nadeau-Oyelaran",
    proposer_title="Infirmière clinicienne en santé publique",
    proposer_department="Direction de santé publique, CIUSSS du Nord-de-l'Île",
    proposer_email="jnadeau-oyelaran@example.org",
    proposer_phone="514-555-0138",
    request_type="micro_course",
    target_learners="Infirmières et infirmières auxiliaires en santé au travail, en milieu scolaire et en cliniques de voyage.",
    rationale="Les erreurs d'injection intradermique et de lecture de l'induration entraînent des traitements inutiles ou des cas manqués. Les milieux nous demandent une formation courte avec une évaluation pratique.",
    competencies=J(["injection intradermique de la tuberculine", "lecture et mesure de l'induration à 48-72 heures",
                    "interprétation selon les facteurs de risque", "documentation et orientation"]),
    learning_outcomes=["Administrer correctement une injection intradermique de tuberculine.",
                       "Mesurer l'induration en millimètres entre 48 et 72 heures.",
                       "Interpréter le résultat selon les facteurs de risque de la personne.",
                       "Orienter la personne selon le protocole régional."],
    summative_assessment="Trois injections observées sur bras de simulation et lecture de dix photos d'induration (90 % de concordance exigée).",
    partner_name="Association des infirmières en santé au travail du Québec",
    partner_contact="Mme Aline Kaboré-Gauthier",
    endorsement_status="confirmed",
    education_plan_alignment="Contribue aux priorités du Plan d'éducation en santé publique et en formation continue pratique.",
    delivery_format="hybrid",
    estimated_hours=4,
    proposed_start="janvier 2027",
    expected_enrolment=120,
    submission_date="2026-11-30",
)
qa17 = [
    ("1. Titre", f["proposal_title"]),
    ("2. Personne qui propose", f"{f['proposer_name']}<br/>{f['proposer_title']}, {f['proposer_department']}<br/>{f['proposer_email']} | {f['proposer_phone']}"),
    ("3. Type de demande", "Microcours"),
    ("4. Public cible", f["target_learners"]),
    ("5. Besoin", f["rationale"]),
    ("6. Compétences", "<ul>" + "".join("<li>" + c + "</li>" for c in f["competencies"].split("; ")) + "</ul>"),
    ("7. Résultats d'apprentissage", "<ol>" + "".join("<li>" + o + "</li>" for o in f["learning_outcomes"]) + "</ol>"),
    ("8. Évaluation", f["summative_assessment"]),
    ("9. Partenaire", f"{f['partner_name']} (personne-ressource : {f['partner_contact']}). L'appui est confirmé, la lettre suivra."),
    ("10. Plan d'éducation", f["education_plan_alignment"]),
    ("11. Modalités", "Hybride – 4 h au total – environ 120 inscriptions par année – début en janvier 2027"),
    ("12. Date", "30/11/2026"),
]
body17 = "<h1>Microcours – réponses au formulaire</h1>" + "".join(
    "<h3>%s</h3>%s" % (q, a if a.startswith("<") else "<p>%s</p>" % a) for q, a in qa17)
add(file="Réponses - microcours lecture des tests cutanés à la tuberculine.docx", shape="5", lang="fr", form=True,
    route="html_lo_docx", fields=f, body=body17, css="body{font-family:'Liberation Serif';font-size:11pt}",
    route_desc="HTML written by the applicant -> LibreOffice Writer -> DOCX (numbered headings as questions, answers below)",
    checks=["Microcours", "L'appui est confirmé, la lettre suivra", "Hybride", "4 h au total", "environ 120", "30/11/2026"],
    notes="French Q&A with numbered headings ('1. Titre' …) and the answer below; contact on three lines; 'L'appui est confirmé, la lettre suivra' = confirmed; partner contact inside brackets after 'personne-ressource :'; the Modalités line separated by ' – ' gives hybrid, 4, 120 and 'janvier 2027'; date '30/11/2026'.")

# --------------------------------------------------------------------------- H18 (memo via pandoc -> LuaLaTeX, incomplete)
f = dict(
    proposal_title="Navigating Patients through a Positive FIT",
    proposer_name="Harriet Nakamura-Osei",
    proposer_title="Manager, Cancer Screening",
    proposer_department="Regional Cancer Program",
    proposer_email="hnakamura-osei@example.org",
    proposer_phone="705-555-0177",
    request_type="new",
    target_learners="screening navigators, clerks and primary care nurses who contact patients after an abnormal fecal immunochemical test",
    rationale="Only 71% of people with a positive FIT in our region have a colonoscopy within six months, below the provincial target of 80%. Navigators say the first call is the hardest: patients are frightened, or think a positive test is a false alarm.",
    learning_outcomes=["Explain what a positive FIT result means and what happens next",
                       "Use motivational interviewing to address fear and reluctance",
                       "Book and track follow-up colonoscopy using the regional pathway",
                       "Document and escalate patients lost to follow-up"],
    summative_assessment="Two recorded calls with standardized patients, scored with a communication rubric",
    partner_name="Colorectal Cancer Action Network",
    partner_contact="Tobias Mensah-Kowalski, Program Director",
    endorsement_status="letter_attached",
    education_plan_alignment="Supports the population health theme of the Education Plan and learning for non-regulated staff.",
    delivery_format="online",
    estimated_hours=6,
    proposed_start="spring 2027",
    expected_enrolment=50,
    submission_date="2026-11-24",
)
md18 = f"""# MEMORANDUM

|                    |                                                                 |
|--------------------|-----------------------------------------------------------------|
| **To:**            | Continuing Education, Michener Institute                        |
| **From:**          | {f['proposer_name']}, {f['proposer_title']} – {f['proposer_department']} |
| **Date:**          | November 24, 2026                                               |
| **Re:**            | Proposed micro-credential – navigating patients after a positive FIT |

We propose a new micro-credential, *{f['proposal_title']}*, for {f['target_learners']}.

**Background.** {f['rationale']}

**What learners will achieve.** Learners will be able to:

{chr(10).join('- ' + o for o in f['learning_outcomes'])}

**Assessment.** {f['summative_assessment']}

**Partner.** The {f['partner_name']} endorses the proposal; its signed letter of support is attached. Contact: {f['partner_contact']}

**Strategic fit.** {f['education_plan_alignment']}

**Logistics.** Online, about 6 hours, roughly 50 learners a year, beginning in {f['proposed_start']}.

{f['proposer_name']} · {f['proposer_email']} · {f['proposer_phone']}
"""
add(file="Memo - FIT screening navigation micro-credential.pdf", shape="5", lang="en", form=True,
    route="md_pdf", fields=f, md=md18,
    route_desc="memo written in Markdown (pipe table for the To/From/Date/Re block) -> pandoc 2.17 -> LuaLaTeX PDF",
    checks=["We propose a new micro-credential", "signed letter of support is attached", "Online", "about 6 hours", "roughly 50 learners a year", "November 24, 2026"],
    notes="Incomplete: the memo describes outcomes but no separate competencies or skills, so competencies is missing. Memo typeset by pandoc + LuaLaTeX: the From line gives name, title and department (after the dash); run-in bold labels ('Background.', 'Assessment.' …); the assessment is a phrase after the run-in label with no final stop; 'signed letter of support is attached' = letter_attached; Logistics gives online, 6, 50, 'spring 2027'.")

# --------------------------------------------------------------------------- H19 (byline proposal via MuPDF Story)
f = dict(
    proposal_title="Meal Support for People with Eating Disorders on Medical Units",
    proposer_name="Cordelia Fitzgerald-Amadi",
    proposer_title="Clinical Nurse Specialist, Eating Disorders Program",
    proposer_department="Department of Psychiatry, Harbourfront Health",
    proposer_email="cfitzgerald-amadi@example.org",
    proposer_phone="416-555-0189",
    request_type="micro_course",
    target_learners="Nurses, dietitians and personal support workers on medical and paediatric units who support patients admitted for medical stabilisation.",
    rationale="Patients with anorexia nervosa are increasingly admitted to general medical beds while they wait for a specialised program. Staff on those units tell us they do not know how to support a meal, and inconsistent responses increase distress and lengthen stays.",
    competencies=J(["Structured meal support", "Responding to eating-disorder behaviours at meals",
                    "Recognising refeeding syndrome risk", "Working with families"]),
    learning_outcomes=["Provide structured, non-judgemental support during a meal.",
                       "Respond consistently to common eating-disorder behaviours.",
                       "Recognise early signs of refeeding syndrome and escalate.",
                       "Involve the family in meal support according to the care plan."],
    summative_assessment="Observed meal-support role-play with a standardized patient, scored with a checklist, and a short case quiz on refeeding risk.",
    partner_name="National Eating Disorder Information Network",
    partner_contact="Lise Abernathy-Osei, Education Coordinator",
    endorsement_status="letter_attached",
    education_plan_alignment="The course supports the Education Plan's mental health and interprofessional care commitments.",
    delivery_format="hybrid",
    estimated_hours=5,
    proposed_start="June 2027",
    expected_enrolment=80,
    resources_required="Simulation room and one standardized patient per cohort.",
    submission_date="2026-11-28",
)
body19 = f"""
<p class='kick'>CONCEPT PROPOSAL · MICRO-COURSE</p>
<h1>{f['proposal_title']}</h1>
<p class='by'>Submitted by {f['proposer_name']} ({f['proposer_title']}), {f['proposer_department']}<br/>{f['proposer_email']} · {f['proposer_phone']} · 28 November 2026</p>
<h2>Why this matters</h2><p>{f['rationale']}</p>
<h2>Who will take it</h2><p>{f['target_learners']}</p>
<h2>Core competencies</h2><p>{f['competencies'].replace('; ', ' • ')}</p>
<h2>Intended learning outcomes</h2><ol>{''.join('<li>' + o + '</li>' for o in f['learning_outcomes'])}</ol>
<h2>Evidence of achievement</h2><p>{f['summative_assessment']}</p>
<h2>Endorsement</h2><p>{f['partner_name']} – letter of support enclosed. Contact: {f['partner_contact']}</p>
<h2>Strategic alignment</h2><p>{f['education_plan_alignment']}</p>
<h2>Delivery</h2><p>Hybrid (online modules + a simulation session) · 5 hours · about 80 learners per year · target launch {f['proposed_start']}</p>
<h2>Resources</h2><p>{f['resources_required']}</p>
"""
add(file="Eating disorder meal support - proposal draft.pdf", shape="5", lang="en", form=True,
    route="html_story", fields=f, body=body19,
    css="body{font-family:sans-serif;font-size:10pt}h1{font-size:15pt}h2{font-size:11pt}p.kick{font-size:8pt;color:#888}",
    route_desc="HTML proposal laid out by MuPDF's Story engine (PyMuPDF) to PDF",
    checks=["MICRO-COURSE", "letter of support enclosed", "Hybrid", "5 hours", "about 80 learners per year", "28 November 2026"],
    notes="Proposal with a byline 'Submitted by <name> (<title>), <department>' and 'email · phone · date' under the title; the kicker 'CONCEPT PROPOSAL · MICRO-COURSE' gives micro_course; competencies on one line separated by ' • ' (joined '; '); 'letter of support enclosed' = letter_attached; the Delivery line gives hybrid, 5, 80, 'June 2027'.")

# --------------------------------------------------------------------------- H20 (scan)
f = dict(
    proposal_title="Vision Screening in Schools for Public Health Staff",
    proposer_name="Beatrix Oduya-Lund",
    proposer_title="Orthoptist",
    proposer_department="Child Health, Eastshore Public Health Unit",
    proposer_email="boduya-lund@example.org",
    proposer_phone="519-555-0106",
    request_type="micro_course",
    target_learners="Public health nurses and screening assistants who run kindergarten vision screening.",
    rationale="Kindergarten vision screening is now required in every school in our region. Screeners have had a one-hour orientation only and referral rates vary three-fold between teams.",
    competencies=J(["Visual acuity testing with age-appropriate charts", "Stereoacuity and cover testing",
                    "Using a photoscreener", "Applying referral criteria"]),
    learning_outcomes=["Test visual acuity in a 4- to 6-year-old using the approved chart.",
                       "Perform a stereoacuity test and a cover test.",
                       "Apply the referral criteria consistently."],
    summative_assessment="Observed screening of five children, with agreement with the orthoptist's findings of at least 90%.",
    partner_name="Eastshore District School Board",
    endorsement_status="confirmed",
    education_plan_alignment="Supports community and population health partnerships in the Education Plan.",
    delivery_format="in_person",
    estimated_hours=5,
    proposed_start="August 2027",
    expected_enrolment=40,
    submission_date="2026-11-25",
)
add(file="IMG_CE_scan_0047.pdf", shape="6", lang="en", form=True, nmr=True,
    route="scan_form", fields=f,
    show=dict(competencies=L(f["competencies"]), estimated_hours="5", expected_enrolment="40", submission_date="Nov 25, 2026"),
    route_desc="official HTML form -> Chromium PDF -> mutool draw 150 dpi -> ImageMagick degradation -> image-only PDF",
    notes="Scanned official form: image-only PDF, no text layer -> manual review; fields are what a person reads (source page kept as _make/heldout_src_IMG_CE_scan_0047.pdf).")

# --------------------------------------------------------------------------- H21-H24 (not forms)
add(file="Lettre de recommandation - K Thériault-Boateng.docx", shape="7", lang="fr", form=False,
    route="blocks_docx", font="Cambria",
    header="Centre hospitalier de Rivière-Claire · Service de radiologie",
    blocks=[("p", "Le 27 novembre 2026"),
            ("pb", "Objet : Lettre de recommandation – Karine Thériault-Boateng"),
            ("p", "Madame, Monsieur,"),
            ("p", "C'est avec plaisir que je recommande Mme Karine Thériault-Boateng, technologue en imagerie médicale dans notre service depuis six ans, pour le poste de formatrice clinique au programme de microcertificat en tomodensitométrie cardiaque."),
            ("p", "Mme Thériault-Boateng a conçu des activités d'apprentissage axées sur les compétences, rédigé des résultats d'apprentissage clairs et participé à l'évaluation sommative de nos stagiaires. Elle entretient d'excellents liens avec nos partenaires de l'industrie."),
            ("p", "Je suis disponible pour tout renseignement supplémentaire."),
            ("p", "Dr Olivier Massé-Adjei\nChef du service de radiologie\nomasse-adjei@example.org · 819-555-0140")],
    route_desc="python-docx letter (French), letterhead in the header",
    notes="NOT a concept form (French): a REFERENCE LETTER recommending a technologist for an instructor post in a micro-credential program; it mentions compétences, résultats d'apprentissage, évaluation sommative and industry partners, and gives a name, title, email and phone.")
add(file="INV-CE-27-0031 - Lakeside Sim Consulting.pdf", shape="7", lang="en", form=False,
    route="invoice_pdf",
    inv=dict(title="INVOICE INV-CE-27-0031",
             head=["Lakeside Sim Consulting Inc. · 88 Quay Street, Toronto ON · billing@example.com · 416-555-0198",
                   "Bill to: Continuing Education, Michener Institute (ce@michener.example)",
                   "Invoice date: 2026-11-30   ·   Due: 2026-12-30   ·   PO: CE-PO-2026-118",
                   "Re: Micro-credential 'Crisis Resource Management for Allied Health' – summative assessment design"],
             lines=[("Description", "Qty", "Rate", "Amount"),
                    ("Design of summative simulation assessment (2 scenarios)", "12 h", "$95.00", "$1,140.00"),
                    ("Mapping of learning outcomes to competencies (R1)", "6 h", "$95.00", "$570.00"),
                    ("Standardized patient training session", "1", "$450.00", "$450.00"),
                    ("Subtotal", "", "", "$2,160.00"), ("HST 13%", "", "", "$280.80"), ("Total due", "", "", "$2,440.80")],
             foot=["Payment by EFT within 30 days. Contact: Priya Vanterpool-Osei, Director, pvanterpool@example.com, 416-555-0198.",
                   "Thank you for your business."]),
    route_desc="fpdf2 2.8 invoice (table of lines, totals)",
    notes="NOT a concept form: a consultant's INVOICE to CE for designing the summative assessment of a micro-credential (names the course, learning outcomes, competencies, a contact with email and phone, dates).")
add(file="CE-POL-022 Learner records and privacy - policy.docx", shape="7", lang="en", form=False,
    route="md_docx",
    md="""# CE-POL-022 Learner Records and Privacy

**Owner:** Director, Continuing Education · **Approved:** 2026-10-15 · **Review:** 2028-10

## 1. Purpose

This policy sets out how Continuing Education (CE) collects, uses and keeps the records of learners in courses, micro-courses and micro-credentials.

## 2. Scope

It applies to all CE offerings, including micro-credentials proposed through the concept form and endorsed by an industry or employment partner.

## 3. Policy

1. CE keeps each learner's name, email, phone, enrolment dates and results of every summative assessment for seven years.
2. Records of the achievement of learning outcomes may be shared with an endorsing partner only with the learner's written consent.
3. Proposers of new micro-credentials do not receive learner records.

## 4. Contact

Questions: CE Privacy Lead, ce-privacy@michener.example, 416-555-0100.
""",
    route_desc="Markdown -> pandoc 2.17 -> DOCX",
    notes="NOT a concept form: a CE POLICY on learner records that mentions the concept form, micro-credentials, summative assessment, learning outcomes, endorsing partners and a contact email and phone.")
add(file="Application for admission - Diagnostic Cytology advanced standing (completed).pdf", shape="7", lang="en", form=False,
    route="app_pdf",
    app=[("Applicant full name", "Nadia Bergström-Achebe"), ("Current position", "Medical Laboratory Technologist"),
         ("Employer / Department", "Pathology, Lakeshore General"), ("Email", "nbergstrom@example.org"),
         ("Phone", "647-555-0131"), ("Program applied for", "Diagnostic Cytology – advanced standing (full-time, Sept 2027)"),
         ("Previous education", "BSc Biology (2016); MLT diploma (2018)"),
         ("Statement of interest", "I want to move into cytology. I completed the micro-credential in gynaecological screening basics and passed its summative assessment; its learning outcomes matched the competencies of the first term."),
         ("Referees", "Dr. Emeka Lindqvist (elindqvist@example.org); Joan Parry-Osei (jparry@example.org)"),
         ("Date", "2026-11-20")],
    route_desc="reportlab fillable application form filled with PyMuPDF (fields kept)",
    notes="NOT a concept form: a completed fillable APPLICATION FOR ADMISSION to a full-time program (advanced standing), with a name, position, email, phone, program title, a statement mentioning a micro-credential, its summative assessment, learning outcomes and competencies.")
