"""Round 10, HELD-OUT half: content and expected values. Scoring only – do not read while developing."""
from lib import V, L, P, O

DOCS = []


def doc(**kw):
    DOCS.append(kw)


DD_STD = {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                           ("micro_course", "Micro-course")],
          "endorsement_status": [("letter_attached", "Letter of support attached"),
                                 ("confirmed", "Confirmed – letter to follow"), ("in_discussion", "In discussion"),
                                 ("none", "None yet")],
          "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]}

# H1 ---------------------------------------------------------------------------------------------
doc(file="Concept Form - Disk diffusion AST reading - M Castellano-Rye.docx", shape="1", lang="en",
    kind="official_docx", route="python-docx (Word-style table form, Calibri, ☒/☐)",
    tricky="Ordinary complete form: outcomes typed with '• '; the summative answer starts with words of another "
           "label ('Learning outcomes are assessed by …'); competencies one sentence; hours '16'; enrolment "
           "'2 cohorts x 15 = 30'; date 'December 3, 2026'.",
    answers=dict(
        proposal_title="Disk Diffusion Susceptibility Testing: Setup, Reading and Reporting",
        proposer_name="Mariela Castellano-Rye",
        proposer_title="Senior Technologist, Bacteriology",
        proposer_department="Microbiology, Queensway Regional Laboratory",
        proposer_email="mcastellano-rye@example.org",
        proposer_phone="905-555-0131",
        request_type="new",
        target_learners="Generalist medical laboratory technologists who cover microbiology on evenings and weekends",
        rationale="Generalists set up disk diffusion tests several times a shift, but zone reading, inoculum "
                  "standardisation and the CLSI/EUCAST breakpoint changes are the most frequent causes of "
                  "corrected reports in our lab.",
        competencies="Inoculum preparation to 0.5 McFarland, plate inoculation and disk placement, zone measurement, "
                     "interpretation against current breakpoints, and recognising resistance phenotypes that need "
                     "confirmation.",
        learning_outcomes=O(["Prepare a standardised inoculum and inoculate Mueller-Hinton agar correctly",
                             "Measure inhibition zones accurately, including in difficult cases (swarming, "
                             "double zones)", "Interpret zones using the breakpoint tables in current use",
                             "Recognise ESBL, MRSA and inducible clindamycin resistance patterns that need "
                             "confirmatory tests"]),
        competency_framework="CSMLS Competency Profile (Microbiology)",
        summative_assessment="Learning outcomes are assessed by a practical exam: 12 organisms set up, read and "
                             "reported, with at least 90% agreement with the reference reading.",
        partner_name="Queensway Regional Laboratory",
        partner_contact="Dr. Oyelaran Whitfield, Microbiologist (owhitfield@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan's goal of stackable, skills-based credentials for "
                                 "working laboratory professionals.",
        delivery_format="hybrid",
        estimated_hours=V("16", 16),
        proposed_start="February 2027",
        expected_enrolment=V("2 cohorts x 15 = 30", 30),
        resources_required="Microbiology teaching lab for two days; ATCC control strains.",
        submission_date=V("December 3, 2026", "2026-12-03"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="bullets"),
    checks=["2 cohorts x 15 = 30", "December 3, 2026"])

# H2 ---------------------------------------------------------------------------------------------
doc(file="MC concept form - Method verification - T Nakashima-Boyd.docx", shape="1", lang="en",
    kind="official_docx", lo_resave=True,
    route="python-docx table form, re-saved as DOCX by LibreOffice 7.4 Writer",
    tricky="existing_program with the program named; hours '21 (three 7-hour days)' -> 21; rationale in two "
           "paragraphs; competencies as '- ' lines; outcomes numbered '1.'; date '2026/11/28'.",
    answers=dict(
        proposal_title="Method Verification for New Laboratory Assays",
        proposer_name="Takumi Nakashima-Boyd",
        proposer_title="Quality Specialist",
        proposer_department="Clinical Chemistry, Elmridge Health Sciences Centre",
        proposer_email="tnakashima-boyd@example.org",
        proposer_phone="613-555-0166 ext. 12",
        request_type="existing_program",
        existing_program_name="Laboratory Quality Management Certificate – Module 4",
        target_learners="Medical laboratory technologists and quality staff who introduce new analysers or assays",
        rationale=P(["Every new analyser or assay must be verified before patient testing, yet most technologists "
                     "have never designed a verification study.",
                     "Accreditation assessors cited incomplete precision and comparison studies at four partner "
                     "sites last year."]),
        competencies=L(["Designing a verification plan", "Precision and trueness studies", "Method comparison and "
                        "bias estimation", "Reference interval verification", "Writing the verification report"]),
        learning_outcomes=O(["Write a verification plan for a quantitative assay",
                             "Carry out precision and method comparison studies and analyse the data",
                             "Decide whether performance meets the laboratory's allowable error",
                             "Prepare a verification report ready for director sign-off"]),
        competency_framework="ISO 15189:2022 clause 7.3",
        summative_assessment="A complete verification report on a data set supplied by the instructor, graded with "
                             "a rubric.",
        partner_name="Ontario Laboratory Accreditation Collaborative",
        partner_contact="Hafsa Brightwater (hbrightwater@example.com)",
        endorsement_status="confirmed",
        education_plan_alignment="Turns Module 4 into a stand-alone credential for practising staff, in line with "
                                 "the Plan's lifelong learning priority.",
        delivery_format="online",
        estimated_hours=V("21 (three 7-hour days)", 21),
        proposed_start="Q2 2027",
        expected_enrolment=V("45", 45),
        resources_required="Statistical software licences for learners (EP Evaluator or similar).",
        submission_date=V("2026/11/28", "2026-11-28"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="numbered", textlist="dash", font="Arial", size=10),
    checks=["21 (three 7-hour days)", "2026/11/28"])

# H3 ---------------------------------------------------------------------------------------------
doc(file="Concept form - Out-of-hospital births for paramedics.docx", shape="1", lang="en", kind="official_docx",
    route="python-docx table form (Georgia, [X]/[ ] typed options on one line)",
    tricky="Incomplete: the Summative Assessment cell is empty and the Education Plan alignment says 'TBD' (both "
           "missing). Options typed '[X]' / '[ ]' on one line; outcomes typed '1)'; enrolment 'roughly 300 a "
           "year' -> 300; start 'TBD – after the spring protocol update' kept as written.",
    answers=dict(
        proposal_title="Out-of-Hospital Births: Assessment and Care for Paramedics",
        proposer_name="Ingrid Mokoena-Fjeld",
        proposer_title="Paramedic Educator",
        proposer_department="Clinical Education, Lakeland Paramedic Service",
        proposer_email="imokoena-fjeld@example.com",
        proposer_phone="705-555-0149",
        request_type="micro_course",
        target_learners="Primary and advanced care paramedics",
        rationale="Unplanned out-of-hospital births are rare but high-risk; most paramedics attend fewer than one a "
                  "year and say they feel unprepared for shoulder dystocia and neonatal resuscitation.",
        competencies="Assessment of imminent birth, normal delivery, management of complications, immediate "
                     "newborn care and neonatal resuscitation, postpartum haemorrhage control.",
        learning_outcomes=O(["Assess a labouring patient and decide between transport and on-scene birth",
                             "Assist a normal vaginal birth and deliver the placenta",
                             "Manage shoulder dystocia, breech presentation and cord prolapse",
                             "Resuscitate a newborn following current NRP guidance"]),
        summative_assessment=None,
        partner_name="Lakeland Paramedic Service",
        endorsement_status="confirmed",
        education_plan_alignment="TBD",
        delivery_format="hybrid",
        estimated_hours=V("8", 8),
        proposed_start="TBD – after the spring protocol update",
        expected_enrolment=V("roughly 300 a year", 300),
        submission_date=V("Nov 29, 2026", "2026-11-29"),
    ),
    opts=dict(box=("[X]", "[ ]"), inline_options=True, outcomes="paren", font="Georgia", size=10.5),
    checks=["roughly 300 a year", "Nov 29, 2026"])

# H4 ---------------------------------------------------------------------------------------------
doc(file="ISO 15189 internal auditing concept form v2.docx", shape="1", lang="en", kind="official_docx",
    route="python-docx table form, answers in dark green, Word bullets and numbering, lead-in line in the outcomes "
          "cell",
    tricky="Phone 'N/A' (absent); rationale spills over three paragraphs; competencies as Word bullets (List "
           "Bullet); outcomes as Word numbering after a lead-in 'Participants will be able to:' (not an outcome); "
           "answers in another colour; date '27-11-2026' (dd-mm).",
    answers=dict(
        proposal_title="Internal Auditing for ISO 15189 Medical Laboratories",
        proposer_name="Kwabena Osterhout-Adjei",
        proposer_title="Quality Manager",
        proposer_department="Laboratory Services, Pinecrest Community Hospital",
        proposer_email="kosterhout-adjei@example.org",
        proposer_phone="N/A",
        request_type="new",
        target_learners="Laboratory staff who are, or will become, internal auditors",
        rationale=P(["ISO 15189:2022 requires laboratories to run internal audits at planned intervals, and our "
                     "accreditation body expects auditors to be trained and independent of the activity audited.",
                     "Most small laboratories rely on one quality manager; when that person leaves, audits lapse.",
                     "Commercial auditor courses are generic, expensive and rarely use laboratory examples."]),
        competencies=L(["Audit planning and scoping", "Interviewing and sampling records", "Grading "
                        "nonconformities", "Writing audit reports", "Follow-up of corrective actions"]),
        learning_outcomes=O(["Plan a vertical and horizontal audit of a laboratory process",
                             "Gather objective evidence through interviews, observation and records",
                             "Grade findings against ISO 15189:2022 clauses",
                             "Write an audit report and verify corrective actions"]),
        competency_framework="ISO 19011 auditor competence",
        summative_assessment="Learners conduct a supervised audit in their own lab and submit the audit report and "
                             "evidence file, assessed with a rubric.",
        partner_name="Canadian Laboratory Quality Forum",
        partner_contact="Evangeline Tshabangu, Chair (etshabangu@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Directly supports the Education Plan's quality and safety theme.",
        delivery_format="online",
        estimated_hours=V("18", 18),
        proposed_start="Fall 2027",
        expected_enrolment=V("60", 60),
        resources_required="An LMS course shell and a sample quality manual.",
        submission_date=V("27-11-2026", "2026-11-27"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="listnumber", textlist="listbullet", answer_colour="375623",
              outcomes_leadin="Participants will be able to:",
              hints={"submission_date": "(dd-mm-yyyy)"}),
    checks=["27-11-2026", "Participants will be able to:"])

# H5 ---------------------------------------------------------------------------------------------
doc(file="Formulaire de concept - Mobilisation précoce aux soins intensifs - G Lévesque-Aho.docx", shape="1",
    lang="fr", kind="official_docx", lo_resave=True,
    route="python-docx French table form, re-saved as DOCX by LibreOffice 7.4",
    tricky="French official form; outcomes numbered '1.'; 'Hybride' ticked; '10 heures' -> 10; 'une trentaine "
           "(30)' -> 30; date '1er décembre 2026'; partner contact with 'poste'.",
    answers=dict(
        proposal_title="Mobilisation précoce des patients aux soins intensifs",
        proposer_name="Geneviève Lévesque-Aho",
        proposer_title="Physiothérapeute-chef",
        proposer_department="Réadaptation, Hôpital Saint-Aubin",
        proposer_email="glevesque-aho@example.org",
        proposer_phone="514-555-0152",
        request_type="new",
        target_learners="Physiothérapeutes, inhalothérapeutes et infirmières des unités de soins intensifs",
        rationale="La mobilisation précoce réduit la faiblesse acquise aux soins intensifs, mais elle est freinée "
                  "par la crainte des incidents (extubation, chute de pression).",
        competencies=L(["Évaluation de la stabilité avant la mobilisation", "Utilisation sécuritaire des "
                        "équipements (lève-personne, cycloergomètre)", "Travail d'équipe interprofessionnel"]),
        learning_outcomes=O(["Appliquer les critères de sécurité avant chaque séance de mobilisation",
                             "Planifier une progression de la mobilisation adaptée au patient ventilé",
                             "Coordonner l'équipe lors d'un transfert au fauteuil",
                             "Réagir à un événement indésirable pendant la mobilisation"]),
        competency_framework="Profil de compétences des physiothérapeutes au Canada",
        summative_assessment="Évaluation en simulation haute fidélité avec une grille d'observation.",
        partner_name="Regroupement des unités de soins intensifs du Centre",
        partner_contact="Dr Mathieu Kagame-Roy, 514-555-0153, poste 40",
        endorsement_status="letter_attached",
        education_plan_alignment="S'inscrit dans l'axe du Plan d'éducation sur la pratique interprofessionnelle.",
        delivery_format="hybrid",
        estimated_hours=V("10 heures", 10),
        proposed_start="Automne 2027",
        expected_enrolment=V("une trentaine (30)", 30),
        resources_required="Laboratoire de simulation et un mannequin ventilé.",
        submission_date=V("1er décembre 2026", "2026-12-01"),
    ),
    opts=dict(fr=True, box=("\u2612", "\u2610"), outcomes="numbered", a4=True),
    checks=["10 heures", "une trentaine (30)", "1er décembre 2026"])

# H6 ---------------------------------------------------------------------------------------------
doc(file="Office ergonomics assessment - concept form - OT.docx", shape="1", lang="en", kind="official_docx",
    route="python-docx table form with Word check-box content controls (w14:checkbox, no tags)",
    tricky="Incomplete: the Learning Outcomes cell is empty and the Education Plan alignment holds only '-' "
           "(both missing). Check boxes are Word content controls; hours 'approx. 6'; date '2026-11-30'.",
    answers=dict(
        proposal_title="Office Ergonomics Assessment for Occupational Therapists",
        proposer_name="Saoirse Adebayo-Lind",
        proposer_title="Occupational Therapist",
        proposer_department="Occupational Health, Trillium Valley Health",
        proposer_email="sadebayo-lind@example.org",
        proposer_phone="416-555-0174",
        request_type="micro_course",
        target_learners="Occupational therapists and kinesiologists doing workstation assessments",
        rationale="Hybrid work has tripled our requests for home and office workstation assessments; new staff "
                  "use different checklists and recommendations are inconsistent.",
        competencies="Workstation assessment, musculoskeletal risk screening, equipment recommendations, report "
                     "writing.",
        learning_outcomes=None,
        summative_assessment="A recorded workstation assessment and written report, marked with a rubric.",
        partner_name="Trillium Valley Health Occupational Health and Safety",
        endorsement_status="in_discussion",
        education_plan_alignment="-",
        delivery_format="online",
        estimated_hours=V("approx. 6", 6),
        proposed_start="April 2027",
        expected_enrolment=V("40", 40),
        submission_date=V("2026-11-30", "2026-11-30"),
    ),
    opts=dict(box="w14", outcomes="numbered"),
    checks=["approx. 6", "2026-11-30"])

# H7 ---------------------------------------------------------------------------------------------
doc(file="Concept form (controls) - Self-injection device teaching.docx", shape="2", lang="en", kind="cc_docx",
    route="python-docx + raw w:sdt XML: controls tagged with the keys, drop-downs, date picker, rich-text blocks",
    tricky="Incomplete: the Target Learners control still shows its placeholder (missing). Drop-downs show the "
           "option text ('New micro-credential', 'Letter of support attached', 'Online'); date picker "
           "'03/12/2026' with format dd/MM/yyyy; partner contact and framework placeholders (empty).",
    answers=dict(
        proposal_title="Teaching Patients to Use Self-Injection Devices",
        proposer_name="Rashida Kowalski-Nakamura",
        proposer_title="Pharmacy Technician Trainer",
        proposer_department="Specialty Pharmacy Services, Meridian Pharmacy Group",
        proposer_email="rkowalski-nakamura@example.com",
        proposer_phone="647-555-0158",
        request_type="new",
        target_learners=None,
        rationale="Patients starting biologics often receive device teaching from staff who have never used a "
                  "training pen; missed doses and wet injections are common in the first month.",
        competencies=L(["Device mechanics (autoinjectors, prefilled pens, syringes)", "Teach-back technique",
                        "Sharps disposal and storage counselling", "Documentation of teaching"]),
        learning_outcomes=O(["Demonstrate each common self-injection device using a trainer",
                             "Teach a patient to self-inject using teach-back",
                             "Counsel on storage, travel and sharps disposal",
                             "Document the teaching session and follow-up plan"]),
        competency_framework=None,
        summative_assessment="Observed teaching session with a standardised patient, scored with a checklist "
                             "(pass mark 85%).",
        partner_name="Meridian Pharmacy Group",
        partner_contact=None,
        endorsement_status="letter_attached",
        education_plan_alignment="Extends Michener's offer to pharmacy technicians, a growing audience named in the "
                                 "Education Plan.",
        delivery_format="online",
        estimated_hours=V("5", 5),
        proposed_start="June 2027",
        expected_enrolment=V("120", 120),
        resources_required="Trainer devices (supplied by the partner) and video production support.",
        submission_date=V("2026-12-03", "2026-12-03"),
    ),
    opts=dict(dropdowns={"request_type": (DD_STD["request_type"], "New micro-credential"),
                         "endorsement_status": (DD_STD["endorsement_status"], "Letter of support attached"),
                         "delivery_format": (DD_STD["delivery_format"], "Online")},
              date=("2026-12-03", "03/12/2026", "dd/MM/yyyy")),
    checks=["03/12/2026", "Letter of support attached", "New micro-credential"])

# H8 ---------------------------------------------------------------------------------------------
doc(file="Stereotactic breast biopsy assisting - concept form (fillable).pdf", shape="3", lang="en",
    kind="acroform", filler="pikepdf",
    route="reportlab AcroForm (field names = keys, radio groups) filled with pikepdf's Form API (default "
          "appearance generator, NeedAppearances)",
    tricky="Fillable PDF with the keys as field names; radio groups exporting Opt1..Opt4 in printed order; long "
           "answers look cut off on the page (single-line generated appearance) but /V holds the whole value; "
           "enrolment '3 x 10 (30)' -> 30.",
    answers=dict(
        proposal_title="Stereotactic Breast Biopsy Assisting for Mammographers",
        proposer_name="Thandiwe Oyelowo-Strand",
        proposer_title="Breast Imaging Coordinator",
        proposer_department="Breast Health Centre, Cedar Hills Hospital",
        proposer_email="toyelowo-strand@example.org",
        proposer_phone="905-555-0138",
        request_type="new",
        target_learners="Registered mammographers (MRT(R)) in breast imaging centres",
        rationale="Stereotactic biopsy volumes have doubled since the screening age was lowered, and only a few "
                  "mammographers in each centre are trained to assist.",
        competencies="Patient positioning on prone and upright units, targeting verification, sterile technique, "
                     "specimen radiography and handling, post-procedure care.",
        learning_outcomes=O(["Position the patient and breast for prone and upright stereotactic biopsy",
                             "Verify targeting with stereo pairs before sampling",
                             "Maintain sterile technique and handle specimens correctly",
                             "Perform specimen radiography and confirm calcifications are sampled"]),
        competency_framework="CAMRT Competency Profile – Mammography",
        summative_assessment="Clinical competency sign-off on five supervised procedures plus a written case "
                             "review.",
        partner_name="Ontario Breast Imaging Network",
        partner_contact="Celestine Moreau-Akande (cmoreau-akande@example.com)",
        endorsement_status="in_discussion",
        education_plan_alignment="Meets the Plan's priority on advanced imaging practice.",
        delivery_format="hybrid",
        estimated_hours=V("20", 20),
        proposed_start="September 2027",
        expected_enrolment=V("3 x 10 (30)", 30),
        resources_required="Access to a stereotactic unit after hours at the partner site.",
        submission_date=V("2026-12-02", "2026-12-02"),
    ),
    names="keys", exports={"request_type": {"new": "Opt1", "existing_program": "Opt2", "micro_course": "Opt3"},
                           "endorsement_status": {"letter_attached": "Opt1", "confirmed": "Opt2",
                                                  "in_discussion": "Opt3", "none": "Opt4"},
                           "delivery_format": {"online": "Opt1", "in_person": "Opt2", "hybrid": "Opt3"}},
    choice_mode="radio", checks=["3 x 10 (30)"])

# H9 ---------------------------------------------------------------------------------------------
doc(file="fillable concept form - malignant hyperthermia.pdf", shape="3", lang="en", kind="acroform",
    filler="pypdf", route="reportlab AcroForm (close-variant names, one check box per option) filled with pypdf "
                          "(NeedAppearances)",
    tricky="Incomplete: the competencies field is empty (missing). Close-variant field names; check boxes per "
           "option; hours '3'; date 'Dec 1, 2026'.",
    answers=dict(
        proposal_title="Malignant Hyperthermia Crisis Response",
        proposer_name="Bartholomew Nkemelu-Sandberg",
        proposer_title="Anesthesia Assistant",
        proposer_department="Perioperative Services, Westdale General Hospital",
        proposer_email="bnkemelu-sandberg@example.org",
        proposer_phone="519-555-0161",
        request_type="micro_course",
        target_learners="Anesthesia assistants, OR and PACU nurses",
        rationale="MH is rare, so teams seldom practise; our last drill took 14 minutes to mix the first dantrolene "
                  "dose.",
        competencies=None,
        learning_outcomes=O(["Recognise the early signs of malignant hyperthermia",
                             "Prepare and administer dantrolene quickly as a team",
                             "Run the MH cart checklist and cooling measures",
                             "Hand over to ICU with the required monitoring plan"]),
        summative_assessment="Team simulation with time targets; each learner must meet the role checklist.",
        partner_name="Malignant Hyperthermia Association of Canada",
        partner_contact="Ruth Abernethy-Osei, rabernethy@example.com",
        endorsement_status="confirmed",
        education_plan_alignment="Builds on Michener's simulation strength, a key area of the Education Plan.",
        delivery_format="in_person",
        estimated_hours=V("3", 3),
        proposed_start="Spring 2027",
        expected_enrolment=V("72", 72),
        submission_date=V("Dec 1, 2026", "2026-12-01"),
    ),
    names={"proposal_title": "CourseTitle", "proposer_name": "ProposerName", "proposer_title": "Position",
           "proposer_department": "Department", "proposer_email": "Email", "proposer_phone": "Phone",
           "request_type": "ReqType", "existing_program_name": "ExistingProgram",
           "target_learners": "TargetLearners", "rationale": "Rationale", "competencies": "Competencies",
           "learning_outcomes": "Outcomes", "competency_framework": "FrameworkAlignment",
           "summative_assessment": "Assessment", "partner_name": "Partner",
           "partner_contact": "PartnerContact", "endorsement_status": "Endorsement",
           "education_plan_alignment": "EducationPlan", "delivery_format": "Format",
           "estimated_hours": "EstHours", "proposed_start": "StartDate", "expected_enrolment": "Enrolment",
           "resources_required": "ResourcesReq", "submission_date": "SubmissionDate"},
    exports={"request_type": {"new": "New", "existing_program": "Existing", "micro_course": "MicroCourse"},
             "endorsement_status": {"letter_attached": "Attached", "confirmed": "Confirmed",
                                    "in_discussion": "Discussion", "none": "NoneYet"},
             "delivery_format": {"online": "Online", "in_person": "InPerson", "hybrid": "Hybrid"}},
    choice_mode="checkbox", checks=["Dec 1, 2026"])

# H10 --------------------------------------------------------------------------------------------
doc(file="Concept form - Chain of custody for toxicology (printed).pdf", shape="4", lang="en", kind="official_pdf",
    route="python-docx table form -> LibreOffice 7.4 writer_pdf_Export",
    tricky="The official table form printed to PDF by LibreOffice: ☒/☐ kept; outcomes with Word numbering; "
           "a long rationale so the table continues on page 2; 'For CE office use only' box; date '28/11/2026'.",
    answers=dict(
        proposal_title="Chain of Custody for Forensic Toxicology Specimens",
        proposer_name="Desmond Achterberg-Mwangi",
        proposer_title="Forensic Laboratory Supervisor",
        proposer_department="Toxicology, Northpoint Forensic Laboratory",
        proposer_email="dachterberg-mwangi@example.com",
        proposer_phone="416-555-0124",
        request_type="micro_course",
        target_learners="Specimen collectors, accessioning staff and laboratory assistants handling legal specimens",
        rationale=P(["Workplace and legal toxicology results are only defensible if every transfer of the "
                     "specimen is documented. Last year three results were challenged in court because of gaps in "
                     "custody forms.",
                     "Collectors in clinics and hospitals handle these specimens only occasionally and receive "
                     "little formal training; errors include unsigned seals, missing times and specimens left "
                     "unattended."]),
        competencies=L(["Specimen collection with observed or unobserved procedures", "Sealing and labelling",
                        "Completing custody forms", "Secure storage and transfer", "Recognising and reporting "
                        "breaks in custody"]),
        learning_outcomes=O(["Collect and seal a specimen following the chain-of-custody procedure",
                             "Complete every section of a custody and control form without errors",
                             "Store and transfer specimens so that custody is never broken",
                             "Document and report a break in custody"]),
        competency_framework="N/A",
        summative_assessment="A simulated collection-to-receipt exercise audited against the custody checklist "
                             "(no critical errors allowed).",
        partner_name="Northpoint Forensic Laboratory",
        partner_contact="Yevgenia Olatunji-Park, Quality Director (yolatunji-park@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan commitment to short, practice-ready credentials for "
                                 "laboratory support roles.",
        delivery_format="online",
        estimated_hours=V("4", 4),
        proposed_start="March 2027",
        expected_enrolment=V("150", 150),
        resources_required="Sample custody forms and tamper-evident seals for practice kits.",
        submission_date=V("28/11/2026", "2026-11-28"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="listnumber", textlist="listbullet", size=11,
              hints={"submission_date": "(dd/mm/yyyy)"}),
    checks=["28/11/2026"])

# H11 --------------------------------------------------------------------------------------------
doc(file="Burn dressings concept - print.pdf", shape="4", lang="en", kind="official_pdf", gs=True,
    printout=[("title", "Micro-Course / Credential Concept Form"),
              ("p", "Printed copy – answers typed by the applicant"),
              ("pb", ("Proposed Title:", "Outpatient Burn Dressings for Clinic Nurses")),
              ("pb", ("Name of Proposer:", "Marguerite Okonjo-Hale")),
              ("pb", ("Position / Title:", "Nurse Clinician")),
              ("pb", ("Department / Program:", "Burn and Plastics Clinic, Riverside University Health")),
              ("pb", ("Email:", "mokonjo-hale@example.org")),
              ("pb", ("Phone:", "416-555-0196")),
              ("pb", ("Type of Request:", "Micro-course")),
              ("pb", ("Target Learners:", "Registered nurses and practical nurses in outpatient and community "
                                          "wound clinics")),
              ("pb", ("Rationale / Need:", "")),
              ("p", "Since the burn unit moved most follow-up to outpatient clinics, community nurses see small "
                    "burns weekly but have no burn-specific training. Infection and delayed healing follow "
                    "incorrect dressing choices."),
              ("pb", ("Competencies / Skills Targeted:", "")),
              ("p", "Burn depth and size assessment; choosing dressings; pain management during dressing changes; "
                    "recognising infection and referral criteria."),
              ("pb", ("Learning Outcomes:", "")),
              ("p", "1. Estimate burn depth and total body surface area for minor burns"),
              ("p", "2. Select and apply dressings appropriate to depth and exudate"),
              ("p", "3. Manage procedural pain during dressing changes"),
              ("p", "4. Recognise infection and criteria for referral to the burn centre"),
              ("pb", ("Summative Assessment:", "Practical dressing station on a burn simulation model, plus three "
                                               "case questions.")),
              ("pb", ("Industry / Employment Partner:", "Riverside Burn Centre")),
              ("pb", ("Partner Contact:", "Dr. Anselm Kovacs-Baptiste (akovacs@example.com)")),
              ("pb", ("Endorsement Status:", "Letter of support attached")),
              ("pb", ("Alignment with Michener's Education Plan:", "Strengthens community-based care, an Education "
                                                                   "Plan priority.")),
              ("pb", ("Delivery Format:", "Hybrid")),
              ("pb", ("Estimated Hours:", "7")),
              ("pb", ("Proposed Start:", "Winter 2027")),
              ("pb", ("Expected Enrolment per Year:", "~45")),
              ("pb", ("Resources Required:", "Burn simulation models; dressing samples from suppliers.")),
              ("pb", ("Date Submitted:", "30.11.2026"))],
    route="python-docx 'Label: answer' printout (no table) -> LibreOffice PDF -> Ghostscript pdfwrite (PDF printer)",
    tricky="Printed 'Label: answer' lines (bold label, answer on the same line or in the paragraphs below); choices "
           "written as the chosen option word; outcomes typed '1.' as separate paragraphs; enrolment '~45' -> 45; "
           "date '30.11.2026'; existing program and framework lines left out.",
    expected=dict(
        proposal_title="Outpatient Burn Dressings for Clinic Nurses", proposer_name="Marguerite Okonjo-Hale",
        proposer_title="Nurse Clinician", proposer_department="Burn and Plastics Clinic, Riverside University Health",
        proposer_email="mokonjo-hale@example.org", proposer_phone="416-555-0196", request_type="micro_course",
        target_learners="Registered nurses and practical nurses in outpatient and community wound clinics",
        rationale="Since the burn unit moved most follow-up to outpatient clinics, community nurses see small burns "
                  "weekly but have no burn-specific training. Infection and delayed healing follow incorrect "
                  "dressing choices.",
        competencies="Burn depth and size assessment; choosing dressings; pain management during dressing changes; "
                     "recognising infection and referral criteria.",
        learning_outcomes=["Estimate burn depth and total body surface area for minor burns",
                           "Select and apply dressings appropriate to depth and exudate",
                           "Manage procedural pain during dressing changes",
                           "Recognise infection and criteria for referral to the burn centre"],
        summative_assessment="Practical dressing station on a burn simulation model, plus three case questions.",
        partner_name="Riverside Burn Centre", partner_contact="Dr. Anselm Kovacs-Baptiste (akovacs@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Strengthens community-based care, an Education Plan priority.",
        delivery_format="hybrid", estimated_hours=7, proposed_start="Winter 2027", expected_enrolment=45,
        resources_required="Burn simulation models; dressing samples from suppliers.",
        submission_date="2026-11-30"),
    opts=dict(font="Times New Roman"),
    checks=["~45", "30.11.2026", "Letter of support attached"])

# H12 --------------------------------------------------------------------------------------------
BIL = {"proposal_title": "Proposed Title / Titre proposé", "proposer_name": "Name of Proposer / Nom du proposant",
       "proposer_title": "Position / Poste", "proposer_department": "Department / Service",
       "proposer_email": "Email / Courriel", "proposer_phone": "Phone / Téléphone",
       "request_type": "Type of Request / Type de demande",
       "existing_program_name": "Existing Program / Programme existant",
       "target_learners": "Target Learners / Apprenants visés", "rationale": "Rationale / Justification",
       "competencies": "Competencies [R1] / Compétences [R1]",
       "learning_outcomes": "Learning Outcomes [R1] / Résultats d'apprentissage [R1]",
       "competency_framework": "Competency Framework / Référentiel",
       "summative_assessment": "Summative Assessment [R2] / Évaluation sommative [R2]",
       "partner_name": "Partner [R3] / Partenaire [R3]",
       "partner_contact": "Partner Contact / Personne-ressource",
       "endorsement_status": "Endorsement Status [R3] / Statut de l'appui [R3]",
       "education_plan_alignment": "Education Plan [R4] / Plan d'éducation [R4]",
       "delivery_format": "Delivery Format / Mode de prestation", "estimated_hours": "Hours / Heures",
       "proposed_start": "Proposed Start / Début proposé",
       "expected_enrolment": "Learners per Year / Inscriptions par année",
       "resources_required": "Resources / Ressources", "submission_date": "Date"}
doc(file="Formulaire imprimé - Triage téléphonique (bilingue).pdf", shape="4", lang="bilingual", kind="official_pdf",
    route="python-docx bilingual table form (labels 'English / Français') -> LibreOffice 7.4 PDF",
    tricky="Bilingual official form printed to PDF: each label in English and French, answers in French; option "
           "words in French with ☒/☐; '12 h' -> 12; '≈ 80' -> 80; date '2 décembre 2026'.",
    answers=dict(
        proposal_title="Triage téléphonique en soins infirmiers",
        proposer_name="Anaïs Bouchard-Nkosi",
        proposer_title="Conseillère en soins infirmiers",
        proposer_department="Info-Santé, CISSS des Collines",
        proposer_email="abouchard-nkosi@example.org",
        proposer_phone="819-555-0144",
        request_type="new",
        target_learners="Infirmières nouvellement affectées à une ligne de triage téléphonique",
        rationale="Le roulement du personnel à la ligne Info-Santé est élevé et la formation actuelle se fait "
                  "uniquement par jumelage, ce qui donne des pratiques inégales.",
        competencies="Évaluation clinique à distance, utilisation des protocoles de triage, communication "
                     "téléphonique, documentation.",
        learning_outcomes=O(["Mener une évaluation clinique structurée au téléphone",
                             "Appliquer le protocole de triage approprié",
                             "Orienter l'appelant vers le bon niveau de soins",
                             "Documenter l'appel selon les normes"]),
        competency_framework="Normes de pratique de l'OIIQ",
        summative_assessment="Trois appels simulés enregistrés, évalués avec une grille.",
        partner_name="CISSS des Collines",
        partner_contact="Louis-Philippe Sawadogo (lpsawadogo@example.com)",
        endorsement_status="confirmed",
        education_plan_alignment="Répond à l'axe du Plan d'éducation sur les soins virtuels.",
        delivery_format="online",
        estimated_hours=V("12 h", 12),
        proposed_start="Printemps 2027",
        expected_enrolment=V("≈ 80", 80),
        submission_date=V("2 décembre 2026", "2026-12-02"),
    ),
    opts=dict(fr=True, labels=BIL, box=("\u2612", "\u2610"), outcomes="numbered", a4=True,
              title="Concept Form / Formulaire de concept"),
    checks=["12 h", "≈ 80", "2 décembre 2026"])

# H13 --------------------------------------------------------------------------------------------
doc(file="Email - micro-course idea - lactate POCT for paramedics.pdf", shape="5", lang="en", kind="html_email",
    route="HTML in the look of a webmail message print -> Chromium headless print-to-PDF",
    tricky="Email printed to PDF; answers in prose; contact line in the signature 'name | role | org | email | "
           "phone'; outcomes inline '(1) …; (2) …; and (3) …'; one sentence gives format, hours, start and "
           "enrolment; date from the Date line.",
    mailbox="Inbox",
    header=[("From:", "Olamide Verhoeven <overhoeven@example.com>"), ("Sent:", "Monday, November 30, 2026 9:05 AM"),
            ("To:", "ce@michener.example"), ("Subject:", "Micro-course idea: point-of-care lactate for paramedics")],
    body=[("p", "Good morning,"),
          ("p", "Our service would like to propose a micro-course titled Point-of-Care Lactate Testing in Sepsis "
                "Screening for paramedics who already use our sepsis screening tool."),
          ("p", "The need: we are introducing handheld lactate meters on all advanced care units in 2027, and "
                "paramedics have had no training on sampling, quality control or interpreting results in the "
                "field."),
          ("p", "The skills involved are capillary sampling, meter quality control, interpreting lactate in the "
                "context of the sepsis screen, and documenting results."),
          ("p", "Learners will be able to (1) collect a capillary sample and run the meter correctly; (2) perform "
                "and record daily quality control; and (3) integrate the lactate result into the prehospital "
                "sepsis alert."),
          ("p", "We would assess them with an online case quiz and an observed practical test with the meter."),
          ("p", "Partner: Eastlake Base Hospital Program endorses the idea and we are attaching their letter of "
                "support."),
          ("p", "It fits the Education Plan's emphasis on point-of-care testing competence outside the "
                "laboratory."),
          ("p", "We picture an online course of about 3 hours, starting in May 2027, for roughly 250 paramedics a "
                "year."),
          ("p", "Best regards,"),
          ("p", "Olamide Verhoeven | Clinical Practice Lead | Eastlake Paramedic Services | overhoeven@example.com | "
                "705-555-0187")],
    expected=dict(
        proposal_title="Point-of-Care Lactate Testing in Sepsis Screening", proposer_name="Olamide Verhoeven",
        proposer_title="Clinical Practice Lead", proposer_department="Eastlake Paramedic Services",
        proposer_email="overhoeven@example.com", proposer_phone="705-555-0187", request_type="micro_course",
        target_learners="paramedics who already use our sepsis screening tool",
        rationale="we are introducing handheld lactate meters on all advanced care units in 2027, and paramedics "
                  "have had no training on sampling, quality control or interpreting results in the field",
        competencies="capillary sampling, meter quality control, interpreting lactate in the context of the sepsis "
                     "screen, and documenting results",
        learning_outcomes=["collect a capillary sample and run the meter correctly",
                           "perform and record daily quality control",
                           "integrate the lactate result into the prehospital sepsis alert"],
        summative_assessment="an online case quiz and an observed practical test with the meter",
        partner_name="Eastlake Base Hospital Program", endorsement_status="letter_attached",
        education_plan_alignment="It fits the Education Plan's emphasis on point-of-care testing competence outside "
                                 "the laboratory.",
        delivery_format="online", estimated_hours=3, proposed_start="May 2027", expected_enrolment=250,
        submission_date="2026-11-30"),
    checks=["about 3 hours", "roughly 250 paramedics a year", "November 30, 2026", "online course"])

# H14 --------------------------------------------------------------------------------------------
doc(file="Memo to CE - contamination control in molecular labs.pdf", shape="5", lang="en", kind="latex",
    route="pdflatex (TeX Live 2022; memo layout with a tabular header, Times via mathptmx, itemize/enumerate) -> PDF",
    tricky="Incomplete: the memo has no Education Plan paragraph (education_plan_alignment missing). Memo header "
           "table TO/FROM/DATE/RE; 'FROM' gives 'Dr.' + name, title and department (proposer_name is the name as signed, without 'Dr.'); bulleted competencies; outcomes "
           "numbered; practicalities sentence gives format, hours, enrolment and start; typographic quotes (’).",
    latex=r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{mathptmx}
\usepackage[letterpaper,margin=2.2cm]{geometry}\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\Large\bfseries MEMO}\par\medskip
\begin{tabular}{@{}ll@{}}
\textbf{TO:} & Continuing Education, The Michener Institute \\
\textbf{FROM:} & Dr. Henrike Abara-Solís, Molecular Laboratory Director, Department of Molecular Diagnostics, Brookfield Health \\
\textbf{DATE:} & December 1, 2026 \\
\textbf{RE:} & Micro-credential concept -- Contamination Control in the Molecular Laboratory \\
\end{tabular}\par\hrule\medskip
I am proposing a new micro-credential, Contamination Control in the Molecular Laboratory, for medical laboratory technologists moving into PCR and sequencing work.

\textbf{Background.} Amplicon contamination caused two false-positive clusters in regional laboratories this year. Staff moving from core labs into molecular work are not taught unidirectional workflow or decontamination in any depth.

\textbf{Competencies.}
\begin{itemize}
\item Unidirectional workflow and room segregation
\item Decontamination of surfaces and equipment
\item Use of controls to detect contamination
\item Investigating a contamination event
\end{itemize}
\textbf{Outcomes.} On completion, learners will be able to:
\begin{enumerate}
\item Organise work so that pre- and post-amplification areas stay separate
\item Decontaminate benches, pipettes and equipment with validated methods
\item Interpret no-template and extraction controls to detect contamination
\item Lead a root-cause investigation of a suspected contamination event
\end{enumerate}
\textbf{Assessment.} Learners will complete a contamination investigation case and a practical workflow audit, both graded with rubrics.

\textbf{Partner.} Genomics Ontario Laboratory Network is discussing an endorsement with us; nothing is confirmed yet. Contact: Priya Castellanos (pcastellanos@example.com).

\textbf{Practicalities.} It would run in a hybrid format, 14 hours in total, for about 40 learners a year, starting in fall 2027.

Henrike Abara-Solís \\ habara-solis@example.org \\ 647-555-0169
\end{document}
""",
    expected=dict(
        proposal_title="Contamination Control in the Molecular Laboratory", proposer_name="Henrike Abara-Solís",
        proposer_title="Molecular Laboratory Director",
        proposer_department="Department of Molecular Diagnostics, Brookfield Health",
        proposer_email="habara-solis@example.org", proposer_phone="647-555-0169", request_type="new",
        target_learners="medical laboratory technologists moving into PCR and sequencing work",
        rationale="Amplicon contamination caused two false-positive clusters in regional laboratories this year. "
                  "Staff moving from core labs into molecular work are not taught unidirectional workflow or "
                  "decontamination in any depth.",
        competencies="Unidirectional workflow and room segregation; Decontamination of surfaces and equipment; Use "
                     "of controls to detect contamination; Investigating a contamination event",
        learning_outcomes=["Organise work so that pre- and post-amplification areas stay separate",
                           "Decontaminate benches, pipettes and equipment with validated methods",
                           "Interpret no-template and extraction controls to detect contamination",
                           "Lead a root-cause investigation of a suspected contamination event"],
        summative_assessment="Learners will complete a contamination investigation case and a practical workflow "
                             "audit, both graded with rubrics.",
        partner_name="Genomics Ontario Laboratory Network",
        partner_contact="Priya Castellanos (pcastellanos@example.com)", endorsement_status="in_discussion",
        delivery_format="hybrid", estimated_hours=14, proposed_start="fall 2027", expected_enrolment=40,
        submission_date="2026-12-01"),
    checks=["14 hours in total", "about 40 learners a year", "December 1, 2026", "nothing is confirmed yet"])

# H15 --------------------------------------------------------------------------------------------
doc(file="One-pager - I-131 discharge teaching.docx", shape="5", lang="en", kind="blocks_docx",
    route="python-docx one-page proposal (Title, contact line, Heading 2 sections, a 'Quick facts' table with the "
          "label in the first column)",
    tricky="One-page proposal: contact line 'name, role · department · email · phone' under the title; headings in "
           "the applicant's words; 'Quick facts' table (Format / Length / First offering / Learners per year / "
           "Submitted); endorsement 'letter of support attached'; request type in a sentence ('a short "
           "micro-course').",
    blocks=[("title", "Radioiodine (I-131) Discharge Teaching"),
            ("p", "Farida Nakagawa-Okoro, Nuclear Medicine Technologist · Nuclear Medicine, Lakeshore Regional "
                  "Hospital · fnakagawa-okoro@example.org · 416-555-0133"),
            ("h2", "The idea"),
            ("p", "We propose a short micro-course for nuclear medicine technologists and oncology nurses who "
                  "discharge patients after radioiodine therapy."),
            ("h2", "Why now"),
            ("p", "Outpatient I-131 treatments have doubled, and patients get inconsistent advice about distance, "
                  "hygiene and travel. A radiation safety audit found written instructions missing in 1 of 5 "
                  "charts."),
            ("h2", "What learners will practise"),
            ("p", "Explaining radiation precautions in plain language, dose-rate measurement at discharge, "
                  "tailoring advice to home circumstances, and documenting the teaching."),
            ("h2", "Learning outcomes"),
            ("ol", ["Measure and record the patient's dose rate against release criteria",
                    "Explain precautions for home, work and travel in plain language",
                    "Adapt instructions for patients with children or pregnant household members",
                    "Document the discharge teaching and the written instructions given"]),
            ("h2", "How we will check"),
            ("p", "A recorded discharge conversation with a standardised patient, assessed with a checklist."),
            ("h2", "Partner"),
            ("p", "Lakeshore Regional Cancer Program – their letter of support is attached."),
            ("h2", "Fit with the Education Plan"),
            ("p", "Patient-centred communication across professions is a theme of Michener's Education Plan."),
            ("h2", "Quick facts"),
            ("table", {"bold_cols": [0], "widths": [5, 10], "rows": [
                ["Format", "Online, self-paced"], ["Length", "2 hours"], ["First offering", "January 2027"],
                ["Learners per year", "about 60"], ["Submitted", "November 27, 2026"]]})],
    expected=dict(
        proposal_title="Radioiodine (I-131) Discharge Teaching", proposer_name="Farida Nakagawa-Okoro",
        proposer_title="Nuclear Medicine Technologist",
        proposer_department="Nuclear Medicine, Lakeshore Regional Hospital",
        proposer_email="fnakagawa-okoro@example.org", proposer_phone="416-555-0133", request_type="micro_course",
        target_learners="nuclear medicine technologists and oncology nurses who discharge patients after "
                        "radioiodine therapy",
        rationale="Outpatient I-131 treatments have doubled, and patients get inconsistent advice about distance, "
                  "hygiene and travel. A radiation safety audit found written instructions missing in 1 of 5 "
                  "charts.",
        competencies="Explaining radiation precautions in plain language, dose-rate measurement at discharge, "
                     "tailoring advice to home circumstances, and documenting the teaching.",
        learning_outcomes=["Measure and record the patient's dose rate against release criteria",
                           "Explain precautions for home, work and travel in plain language",
                           "Adapt instructions for patients with children or pregnant household members",
                           "Document the discharge teaching and the written instructions given"],
        summative_assessment="A recorded discharge conversation with a standardised patient, assessed with a "
                             "checklist.",
        partner_name="Lakeshore Regional Cancer Program", endorsement_status="letter_attached",
        education_plan_alignment="Patient-centred communication across professions is a theme of Michener's "
                                 "Education Plan.",
        delivery_format="online", estimated_hours=2, proposed_start="January 2027", expected_enrolment=60,
        submission_date="2026-11-27"),
    checks=["2 hours", "about 60", "November 27, 2026", "Online, self-paced"])

# H16 --------------------------------------------------------------------------------------------
doc(file="Standardized patient training - pitch slides.pdf", shape="5", lang="en", kind="pptx",
    route="python-pptx slide deck (16:9) -> LibreOffice 7.4 Impress -> PDF",
    tricky="Proposal as a short deck: title slide (title, name and role, department, email, phone, date on "
           "separate lines); 'At a glance' slide with 'Type: conversion of …' (existing_program with the "
           "program named), format, hours, start and learners; partner slide 'status: in discussion'.",
    slides=[("Training Standardized Patients for Health Professions Simulation",
             ["Concept for a Michener micro-credential", "Ifeoma Sørensen-Blake – Simulation Educator",
              "Centre for Simulation, Westbury College of Health", "isorensen-blake@example.org",
              "416-555-0115", "November 25, 2026"]),
            ("At a glance", ["Type: conversion of our existing SP Trainer Workshop Series",
                             "Format: in person", "Hours: 15", "Start: October 2027", "Learners: ~20 per year"]),
            ("Who it is for", ["Actors and community members working as standardized patients, and the staff "
                               "who coach them"]),
            ("The problem", ["SPs are trained differently at every site", "Portrayals vary, so OSCE scores are "
                             "less reliable"]),
            ("Skills", ["Case portrayal", "Giving feedback to learners", "Completing checklists accurately",
                        "Self-care after emotionally heavy cases"]),
            ("Outcomes", ["Portray a case consistently across several learners",
                          "Complete an assessment checklist with high agreement",
                          "Give structured, learner-centred feedback",
                          "Step out of role safely after a difficult case"]),
            ("Assessment", ["Videoed portrayal scored for consistency, plus checklist agreement with faculty "
                            "of at least 90%"]),
            ("Partner", ["Association of Standardized Patient Educators – Canada chapter",
                         "Contact: Tomasina Reyes-Whitlock, treyes@example.com", "Status: in discussion"]),
            ("Education Plan", ["Strengthens simulation quality across Michener programs"])],
    expected=dict(
        proposal_title="Training Standardized Patients for Health Professions Simulation",
        proposer_name="Ifeoma Sørensen-Blake", proposer_title="Simulation Educator",
        proposer_department="Centre for Simulation, Westbury College of Health",
        proposer_email="isorensen-blake@example.org", proposer_phone="416-555-0115",
        request_type="existing_program", existing_program_name="SP Trainer Workshop Series",
        target_learners="Actors and community members working as standardized patients, and the staff who coach "
                        "them",
        rationale="SPs are trained differently at every site; Portrayals vary, so OSCE scores are less reliable",
        competencies="Case portrayal; Giving feedback to learners; Completing checklists accurately; Self-care "
                     "after emotionally heavy cases",
        learning_outcomes=["Portray a case consistently across several learners",
                           "Complete an assessment checklist with high agreement",
                           "Give structured, learner-centred feedback",
                           "Step out of role safely after a difficult case"],
        summative_assessment="Videoed portrayal scored for consistency, plus checklist agreement with faculty of at "
                             "least 90%",
        partner_name="Association of Standardized Patient Educators – Canada chapter",
        partner_contact="Tomasina Reyes-Whitlock, treyes@example.com", endorsement_status="in_discussion",
        education_plan_alignment="Strengthens simulation quality across Michener programs",
        delivery_format="in_person", estimated_hours=15, proposed_start="October 2027", expected_enrolment=20,
        submission_date="2026-11-25"),
    checks=["~20 per year", "November 25, 2026", "Hours: 15"])

# H17 --------------------------------------------------------------------------------------------
doc(file="Nuchal translucency - answers table.docx", shape="5", lang="en", kind="blocks_docx",
    route="python-docx two-column table with the answers LEFT and the labels RIGHT (label column not first)",
    tricky="Retyped table where the answer column comes first and the label (in the applicant's words) is in the "
           "right-hand column; one cell 'Contact' holds name, role, department, email and phone on separate "
           "lines; outcomes one per line in one cell with '– ' markers; 'Format & size' cell gives format, hours "
           "and enrolment.",
    blocks=[("title", "First-Trimester Nuchal Translucency Scanning – concept answers"),
            ("table", {"widths": [11, 5], "bold_cols": [1], "rows": [
                ["First-Trimester Nuchal Translucency Scanning for Sonographers", "Course title"],
                [["Leontyne Abiola-Kristensen", "Lead Sonographer, Obstetrics", "Fetal Assessment Unit, Harbour "
                  "Women's Hospital", "labiola-kristensen@example.org", "416-555-0179"], "Contact"],
                ["New micro-credential", "This proposal is for"],
                ["Registered sonographers performing first-trimester obstetric scans", "Who is this for?"],
                ["Prenatal screening programs need sonographers accredited for NT measurement; only three in our "
                 "region currently hold accreditation and wait times are growing.", "Why is this needed?"],
                ["NT plane acquisition, caliper placement, image audit and quality criteria, communicating with "
                 "screening programs.", "Competencies addressed"],
                [["– Obtain a correct mid-sagittal NT plane", "– Place calipers according to FMF criteria",
                  "– Audit their own images against quality standards",
                  "– Report measurements to the screening laboratory"], "By the end learners will be able to"],
                ["Submission of 20 audited NT images meeting quality criteria, plus an online theory exam.",
                 "How will achievement be evidenced?"],
                ["Provincial Prenatal Screening Program", "Endorsing partner / external body"],
                ["Letter of support attached", "Endorsement"],
                ["Advances specialised imaging skills for practising sonographers, as the Plan intends.",
                 "Strategic alignment"],
                [["Hybrid", "10 hours", "24 learners per year"], "Format & size"],
                ["Spring 2027", "Target launch"],
                ["2026-11-26", "Date"]]})],
    expected=dict(
        proposal_title="First-Trimester Nuchal Translucency Scanning for Sonographers",
        proposer_name="Leontyne Abiola-Kristensen", proposer_title="Lead Sonographer, Obstetrics",
        proposer_department="Fetal Assessment Unit, Harbour Women's Hospital",
        proposer_email="labiola-kristensen@example.org", proposer_phone="416-555-0179", request_type="new",
        target_learners="Registered sonographers performing first-trimester obstetric scans",
        rationale="Prenatal screening programs need sonographers accredited for NT measurement; only three in our "
                  "region currently hold accreditation and wait times are growing.",
        competencies="NT plane acquisition, caliper placement, image audit and quality criteria, communicating with "
                     "screening programs.",
        learning_outcomes=["Obtain a correct mid-sagittal NT plane", "Place calipers according to FMF criteria",
                           "Audit their own images against quality standards",
                           "Report measurements to the screening laboratory"],
        summative_assessment="Submission of 20 audited NT images meeting quality criteria, plus an online theory "
                             "exam.",
        partner_name="Provincial Prenatal Screening Program", endorsement_status="letter_attached",
        education_plan_alignment="Advances specialised imaging skills for practising sonographers, as the Plan "
                                 "intends.",
        delivery_format="hybrid", estimated_hours=10, proposed_start="Spring 2027", expected_enrolment=24,
        submission_date="2026-11-26"),
    checks=["10 hours", "24 learners per year", "2026-11-26"])

# H18 --------------------------------------------------------------------------------------------
doc(file="TEE assisting - questions and answers.docx", shape="5", lang="en", kind="blocks_docx", lo_resave=True,
    route="python-docx Q&A (question as Heading 3-like bold line, answer paragraphs below), re-saved by LibreOffice",
    tricky="Incomplete: 'We have not approached a partner yet' (endorsement none, partner_name missing). Q&A with "
           "the answer below each question; some answers are lists with '-' bullets; 'Me:' answer gives name, "
           "role, department, email and phone on one line separated by commas; date typed '26 Nov 2026'.",
    blocks=[("title", "Transesophageal Echo (TEE) Assisting – Q&A for CE"),
            ("pb", ("What is the course called?", "")), ("p", "TEE Assisting for Cardiac Sonographers"),
            ("pb", ("Who are you?", "")),
            ("p", "Me: Rosalind Oduya-Carvalho, Echo Lab Supervisor, Cardiology – Northgate Heart Institute, "
                  "roduya-carvalho@example.org, 613-555-0105"),
            ("pb", ("Is it new, a conversion, or a micro-course?", "")), ("p", "New micro-credential"),
            ("pb", ("Who would take it?", "")),
            ("p", "Registered cardiac sonographers who assist cardiologists during TEE and intraoperative echo."),
            ("pb", ("Why do we need it?", "")),
            ("p", "TEE volumes are rising with structural heart procedures, and sonographers learn probe care, "
                  "sedation monitoring support and image optimisation informally."),
            ("pb", ("Which skills?", "")),
            ("p", "- Probe inspection, leak testing and high-level disinfection"),
            ("p", "- Patient preparation and monitoring support"),
            ("p", "- Image optimisation for standard TEE views"),
            ("pb", ("What will they be able to do?", "")),
            ("p", "1. Inspect, leak-test and reprocess a TEE probe according to policy"),
            ("p", "2. Prepare the patient and room for a TEE study"),
            ("p", "3. Optimise images for the standard TEE views on request"),
            ("p", "4. Recognise complications and respond as part of the team"),
            ("pb", ("How will they show it?", "")),
            ("p", "A competency checklist completed over ten supervised studies and a probe reprocessing "
                  "observation."),
            ("pb", ("Partner / endorsement?", "")),
            ("p", "We have not approached a partner yet."),
            ("pb", ("How does it fit Michener's Education Plan?", "")),
            ("p", "It supports advanced practice roles in cardiac imaging."),
            ("pb", ("Practical details", "")),
            ("p", "Hybrid; 12 hours; about 18 learners a year; first run in spring 2028."),
            ("p", "26 Nov 2026")],
    expected=dict(
        proposal_title="TEE Assisting for Cardiac Sonographers", proposer_name="Rosalind Oduya-Carvalho",
        proposer_title="Echo Lab Supervisor", proposer_department="Cardiology – Northgate Heart Institute",
        proposer_email="roduya-carvalho@example.org", proposer_phone="613-555-0105", request_type="new",
        target_learners="Registered cardiac sonographers who assist cardiologists during TEE and intraoperative "
                        "echo.",
        rationale="TEE volumes are rising with structural heart procedures, and sonographers learn probe care, "
                  "sedation monitoring support and image optimisation informally.",
        competencies="Probe inspection, leak testing and high-level disinfection; Patient preparation and "
                     "monitoring support; Image optimisation for standard TEE views",
        learning_outcomes=["Inspect, leak-test and reprocess a TEE probe according to policy",
                           "Prepare the patient and room for a TEE study",
                           "Optimise images for the standard TEE views on request",
                           "Recognise complications and respond as part of the team"],
        summative_assessment="A competency checklist completed over ten supervised studies and a probe "
                             "reprocessing observation.",
        endorsement_status="none",
        education_plan_alignment="It supports advanced practice roles in cardiac imaging.",
        delivery_format="hybrid", estimated_hours=12, proposed_start="spring 2028", expected_enrolment=18,
        submission_date="2026-11-26"),
    checks=["12 hours", "about 18 learners a year", "26 Nov 2026", "not approached a partner"])

# H19 --------------------------------------------------------------------------------------------
doc(file="Note - microcours codification CIM-10-CA en chirurgie d'un jour.docx", shape="5", lang="fr",
    kind="blocks_docx", lo_resave=True,
    route="python-docx French note (Destinataire / Expéditrice / Date / Objet lines, headed sections), re-saved by "
          "LibreOffice 7.4",
    tricky="French memo: 'Expéditrice :' line gives name, title and department (comma-separated); 'Objet' names "
           "the micro-course; 'Il s'agit d'un microcours' = micro_course; outcomes as Word numbering after a "
           "lead-in; 'appui confirmé, la lettre suivra' = confirmed; 'environ 35 personnes par année' -> 35; "
           "'6 heures' -> 6; date 'Le 30 novembre 2026'.",
    blocks=[("title", "NOTE DE SERVICE"),
            ("lines", [("Destinataire : ", "Formation continue, Institut Michener (ce@michener.example)"),
                       ("Expéditrice : ", "Claudine Mbappé-Tremblay, archiviste médicale principale, Gestion de "
                                          "l'information de santé, Hôpital Beaumont"),
                       ("Date : ", "Le 30 novembre 2026"),
                       ("Objet : ", "Proposition de microcours – Codification CIM-10-CA en chirurgie d'un jour")]),
            ("p", "Courriel : cmbappe-tremblay@example.org – Téléphone : 450-555-0128"),
            ("h2", "Nature de la demande"),
            ("p", "Il s'agit d'un microcours intitulé « Codification CIM-10-CA et CCI en chirurgie d'un jour »."),
            ("h2", "Public visé"),
            ("p", "Archivistes médicales et codificatrices débutantes en milieu hospitalier."),
            ("h2", "Besoin"),
            ("p", "Les erreurs de codification des interventions en chirurgie d'un jour entraînent des rejets par "
                  "l'ICIS et une perte de financement. Les nouvelles codificatrices apprennent sur le tas."),
            ("h2", "Compétences"),
            ("p", "Application des normes de codification, choix des codes CCI, attributs d'intervention, contrôle "
                  "de la qualité des données."),
            ("h2", "Résultats d'apprentissage"),
            ("p", "Au terme du microcours, la personne pourra :"),
            ("ol", ["Attribuer les codes CIM-10-CA et CCI d'un dossier de chirurgie d'un jour",
                    "Appliquer les normes canadiennes de codification en vigueur",
                    "Repérer les erreurs fréquentes avant la transmission à l'ICIS"]),
            ("h2", "Évaluation"),
            ("p", "Codification de dix dossiers réels anonymisés, avec un taux d'exactitude exigé de 90 %."),
            ("h2", "Partenaire"),
            ("p", "Association des gestionnaires de l'information de la santé du Québec : appui confirmé, la "
                  "lettre suivra."),
            ("h2", "Lien avec le Plan d'éducation"),
            ("p", "Le microcours répond à la priorité du Plan d'éducation sur la qualité des données de santé."),
            ("h2", "Modalités"),
            ("p", "En ligne, 6 heures, pour environ 35 personnes par année, dès janvier 2027.")],
    expected=dict(
        proposal_title="Codification CIM-10-CA et CCI en chirurgie d'un jour",
        proposer_name="Claudine Mbappé-Tremblay", proposer_title="archiviste médicale principale",
        proposer_department="Gestion de l'information de santé, Hôpital Beaumont",
        proposer_email="cmbappe-tremblay@example.org", proposer_phone="450-555-0128", request_type="micro_course",
        target_learners="Archivistes médicales et codificatrices débutantes en milieu hospitalier.",
        rationale="Les erreurs de codification des interventions en chirurgie d'un jour entraînent des rejets par "
                  "l'ICIS et une perte de financement. Les nouvelles codificatrices apprennent sur le tas.",
        competencies="Application des normes de codification, choix des codes CCI, attributs d'intervention, "
                     "contrôle de la qualité des données.",
        learning_outcomes=["Attribuer les codes CIM-10-CA et CCI d'un dossier de chirurgie d'un jour",
                           "Appliquer les normes canadiennes de codification en vigueur",
                           "Repérer les erreurs fréquentes avant la transmission à l'ICIS"],
        summative_assessment="Codification de dix dossiers réels anonymisés, avec un taux d'exactitude exigé de "
                             "90 %.",
        partner_name="Association des gestionnaires de l'information de la santé du Québec",
        endorsement_status="confirmed",
        education_plan_alignment="Le microcours répond à la priorité du Plan d'éducation sur la qualité des données "
                                 "de santé.",
        delivery_format="online", estimated_hours=6, proposed_start="janvier 2027", expected_enrolment=35,
        submission_date="2026-11-30"),
    checks=["6 heures", "environ 35 personnes par année", "Le 30 novembre 2026", "la lettre suivra"])

# H20 --------------------------------------------------------------------------------------------
doc(file="SCAN_CE_0412.pdf", shape="6", lang="en", kind="scan_official",
    printout=[("title", "Micro-Course / Credential Concept Form"),
              ("pb", ("Proposed Title:", "Orthodontic Bracket Bonding for Dental Assistants")),
              ("pb", ("Name of Proposer:", "Valentina Achebe-Morrow")),
              ("pb", ("Position / Title:", "Clinical Instructor, Level II Dental Assisting")),
              ("pb", ("Department / Program:", "Dental Assisting Program, Sheridan Hills College")),
              ("pb", ("Email:", "vachebe-morrow@example.com")),
              ("pb", ("Phone:", "905-555-0112")),
              ("pb", ("Type of Request:", "New micro-credential")),
              ("pb", ("Target Learners:", "Level II dental assistants working in orthodontic practices")),
              ("pb", ("Rationale / Need:", "Orthodontic practices report a shortage of assistants allowed and "
                                           "trained to prepare teeth and bond brackets under supervision.")),
              ("pb", ("Competencies / Skills Targeted:", "Isolation and tooth preparation; bracket positioning; "
                                                          "bonding and curing; removal of excess adhesive.")),
              ("pb", ("Learning Outcomes:", "")),
              ("p", "1. Isolate and prepare enamel for bonding"),
              ("p", "2. Position brackets accurately on typodont and patient"),
              ("p", "3. Bond and cure brackets following manufacturer protocols"),
              ("p", "4. Remove excess adhesive without damaging enamel"),
              ("pb", ("Summative Assessment:", "Clinical bonding of a full arch on a typodont, checked against "
                                               "placement criteria.")),
              ("pb", ("Industry / Employment Partner:", "Ontario Orthodontic Assistants Society")),
              ("pb", ("Endorsement Status:", "In discussion")),
              ("pb", ("Alignment with Michener's Education Plan:", "Expands practical credentials for oral health "
                                                                   "support roles.")),
              ("pb", ("Delivery Format:", "In person")),
              ("pb", ("Estimated Hours:", "16")),
              ("pb", ("Expected Enrolment per Year:", "32")),
              ("pb", ("Date Submitted:", "Nov 23, 2026"))],
    route="python-docx 'Label: answer' printout -> LibreOffice PDF -> Ghostscript pnggray 150 dpi -> Pillow (skew, "
          "speckle) -> image-only PDF",
    tricky="A printed 'Label: answer' form scanned to an image-only PDF (no text layer) -> manual review; fields "
           "are what a person reads (source kept as _make/heldout_src_SCAN_CE_0412.pdf).",
    expected=dict(
        proposal_title="Orthodontic Bracket Bonding for Dental Assistants", proposer_name="Valentina Achebe-Morrow",
        proposer_title="Clinical Instructor, Level II Dental Assisting",
        proposer_department="Dental Assisting Program, Sheridan Hills College",
        proposer_email="vachebe-morrow@example.com", proposer_phone="905-555-0112", request_type="new",
        target_learners="Level II dental assistants working in orthodontic practices",
        rationale="Orthodontic practices report a shortage of assistants allowed and trained to prepare teeth and "
                  "bond brackets under supervision.",
        competencies="Isolation and tooth preparation; bracket positioning; bonding and curing; removal of excess "
                     "adhesive.",
        learning_outcomes=["Isolate and prepare enamel for bonding",
                           "Position brackets accurately on typodont and patient",
                           "Bond and cure brackets following manufacturer protocols",
                           "Remove excess adhesive without damaging enamel"],
        summative_assessment="Clinical bonding of a full arch on a typodont, checked against placement criteria.",
        partner_name="Ontario Orthodontic Assistants Society", endorsement_status="in_discussion",
        education_plan_alignment="Expands practical credentials for oral health support roles.",
        delivery_format="in_person", estimated_hours=16, expected_enrolment=32, submission_date="2026-11-23"),
    opts=dict(font="Arial", size=11), seed=7, angle=-0.8,
    checks=["Nov 23, 2026"])

# H21 --------------------------------------------------------------------------------------------
doc(file="HIM-220 Course Syllabus - Clinical Coding II (Winter 2027).docx", shape="7", lang="en",
    kind="blocks_docx", notform=True,
    route="python-docx course syllabus (course information table, outcomes list, assessment weighting table)",
    tricky="NOT a concept form: a course syllabus (course title, instructor with email and phone, learning "
           "outcomes, assessment weights, hours, schedule) of a running diploma course.",
    blocks=[("title", "HIM-220 Clinical Coding II – Course Syllabus, Winter 2027"),
            ("table", {"bold_cols": [0], "rows": [["Program", "Health Information Management Diploma"],
                                                  ["Instructor", "Beatrix Owusu-Lindgren, CHIM"],
                                                  ["Email / phone", "bowusu-lindgren@michener.example · 416-555-0171"],
                                                  ["Hours", "45 (3 hours a week for 15 weeks)"],
                                                  ["Delivery", "Online with weekly live sessions"]]}),
            ("h2", "Course description"),
            ("p", "Continues HIM-120 with ICD-10-CA and CCI coding of inpatient and day surgery records, "
                  "abstracting to the Discharge Abstract Database and coding quality."),
            ("h2", "Learning outcomes"),
            ("ol", ["Code complex inpatient records using ICD-10-CA and CCI", "Apply the Canadian Coding Standards",
                    "Abstract records for the DAD", "Evaluate coding quality using audit tools"]),
            ("h2", "Assessment"),
            ("table", {"header": True, "rows": [["Component", "Weight"], ["Weekly coding exercises", "30%"],
                                               ["Midterm coding test", "25%"], ["Final coding exam", "45%"]]}),
            ("h2", "Required resources"),
            ("p", "Access to the coding software lab and the current Canadian Coding Standards."),
            ("p", "Academic policies: see the Michener student handbook.")],
    expected={}, checks=[])

# H22 --------------------------------------------------------------------------------------------
doc(file="Grant application - Westmarch Health Foundation - ergonomics training (completed).pdf", shape="7",
    lang="en", kind="blocks_pdf_lo", notform=True,
    route="python-docx grant application form (numbered sections, budget table) -> LibreOffice 7.4 PDF",
    tricky="NOT a concept form: a completed foundation grant application to fund an ergonomics training project "
           "(project title, applicant, organisation, email, phone, need, objectives, evaluation, partners, "
           "budget, timeline).",
    blocks=[("title", "Westmarch Health Foundation – Community Grant Application 2027"),
            ("pb", ("1. Project title:", "Safer Workstations: Ergonomics Training for Clinic Staff")),
            ("pb", ("2. Applicant:", "Saoirse Adebayo-Lind, Occupational Therapist, Trillium Valley Health")),
            ("pb", ("3. Contact:", "sadebayo-lind@example.org · 416-555-0174")),
            ("pb", ("4. Amount requested:", "$18,500")),
            ("h2", "5. Statement of need"),
            ("p", "Musculoskeletal injuries are the leading cause of lost time among our clinic staff. We request "
                  "funds to deliver ergonomics training and purchase adjustable equipment."),
            ("h2", "6. Project objectives"),
            ("ul", ["Train 40 clinic staff in workstation self-assessment", "Provide adjustable equipment for 20 "
                    "workstations", "Reduce MSK incident reports by 25% within a year"]),
            ("h2", "7. Evaluation plan"),
            ("p", "Incident reports and a staff discomfort survey before and six months after training."),
            ("h2", "8. Partners"),
            ("p", "Trillium Valley Health Occupational Health and Safety; The Michener Institute (possible course "
                  "development)."),
            ("h2", "9. Budget"),
            ("table", {"header": True, "rows": [["Item", "Amount"], ["Trainer time", "$6,500"],
                                               ["Adjustable chairs and monitor arms", "$10,000"],
                                               ["Evaluation and materials", "$2,000"], ["Total", "$18,500"]]}),
            ("h2", "10. Timeline"),
            ("p", "April 2027 to March 2028."),
            ("p", "Signature of applicant: S. Adebayo-Lind      Date: 2026-11-29")],
    expected={}, checks=[])

# H23 --------------------------------------------------------------------------------------------
doc(file="Lab Lines newsletter - December 2026.pdf", shape="7", lang="en", kind="html", notform=True,
    route="HTML newsletter (two-column CSS layout) -> Chromium headless print-to-PDF",
    tricky="NOT a concept form: a laboratory newsletter whose lead story announces a micro-credential idea "
           "(title, lead, partner, hours, learners) and invites staff to contact the proposer.",
    html="""<!DOCTYPE html><html><head><meta charset='utf-8'><style>
body{font-family:'Liberation Serif',serif;margin:30px} .mast{border-bottom:3px double #333;margin-bottom:10px}
.mast h1{font-size:30pt;margin:0} .cols{column-count:2;column-gap:26px;font-size:10.5pt} h2{font-size:13pt;margin:8px 0 4px}
p{margin:0 0 8px;text-align:justify}</style></head><body>
<div class='mast'><h1>Lab Lines</h1><div>Queensway Regional Laboratory staff newsletter · December 2026 · Issue 48</div></div>
<div class='cols'>
<h2>New training idea: disk diffusion refresher</h2>
<p>Mariela Castellano-Rye from Bacteriology is working with Michener Continuing Education on a proposed micro-credential, Disk Diffusion Susceptibility Testing: Setup, Reading and Reporting. The course would take about 16 hours, mixing online modules with two lab days, and aims at generalists who cover microbiology on evenings and weekends.</p>
<p>Learning outcomes would include preparing standardised inocula, reading zones accurately and recognising resistance phenotypes. A practical exam would close the course. If you would like to be part of the pilot, email mcastellano-rye@example.org or call 905-555-0131.</p>
<h2>Holiday schedule</h2>
<p>The core lab runs a reduced bench schedule from December 24 to January 1. Please check the rota posted outside room B112.</p>
<h2>Welcome</h2>
<p>We welcome four new technologists to Chemistry and two laboratory assistants to Specimen Processing.</p>
<h2>Quality corner</h2>
<p>Our accreditation visit is scheduled for March 2027. The quality team will run mock audits in January; see the intranet for the schedule.</p>
<h2>Retirements</h2>
<p>After 31 years, Gordon Ashby-Ncube retires from Haematology. Cake in the lunch room on December 18.</p>
</div></body></html>""",
    expected={}, checks=[])

# H24 --------------------------------------------------------------------------------------------
doc(file="Minutes - Dental Assisting Advisory Committee - 2026-11-19.docx", shape="7", lang="en",
    kind="blocks_docx", notform=True,
    route="python-docx minutes (attendance table, numbered items, motions, action list)",
    tricky="NOT a concept form: advisory committee minutes with a motion supporting a micro-credential concept "
           "(title, proposer, partner, hours, enrolment and next steps all mentioned).",
    blocks=[("title", "Dental Assisting Program Advisory Committee"),
            ("p", "Minutes of the meeting of November 19, 2026 (online)"),
            ("table", {"header": True, "rows": [["Member", "Organisation"],
                                               ["Dr. Hamza Okonkwo-Lee (chair)", "Lakeside Orthodontics"],
                                               ["Valentina Achebe-Morrow", "Sheridan Hills College"],
                                               ["Priscilla Yeboah-Strand", "Ontario Orthodontic Assistants Society"],
                                               ["Marta Kristiansen", "Continuing Education, Michener"]]}),
            ("h2", "1. Micro-credential concept – orthodontic bracket bonding"),
            ("p", "V. Achebe-Morrow outlined a concept for Orthodontic Bracket Bonding for Dental Assistants: 16 "
                  "hours in person, about 32 learners a year, assessed by bonding a full arch on a typodont."),
            ("p", "Motion: that the committee supports the concept and that the Society be asked for a formal "
                  "endorsement. Moved P. Yeboah-Strand, seconded H. Okonkwo-Lee. Carried."),
            ("h2", "2. Clinical placement capacity"),
            ("p", "Placement offers for 2027 are down by four; members will canvass their networks."),
            ("h2", "Actions"),
            ("ul", ["V. Achebe-Morrow to send the concept form to CE by November 30",
                    "P. Yeboah-Strand to raise the endorsement at the Society's December board meeting"]),
            ("p", "Next meeting: February 18, 2027.")],
    expected={}, checks=[])
