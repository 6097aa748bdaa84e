"""Round 10, tuning half: content and expected values of each document."""
from lib import V, L, P, O

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# 1 ----------------------------------------------------------------------------------------------
doc(file="Concept Form - Stool O&P microscopy - B Achterberg.docx", shape="1", lang="en",
    kind="official_docx", route="python-docx (Word-style table form, Calibri, ☒/☐, List Number outcomes)",
    tricky="Ordinary, complete form: two-paragraph rationale, competencies as Word bullets, outcomes as Word "
           "numbering, hours 'about 14', date 'November 26, 2026'.",
    answers=dict(
        proposal_title="Stool Ova and Parasite Microscopy: Refresher for Rural Laboratories",
        proposer_name="Berit Achterberg",
        proposer_title="Charge Technologist, Microbiology",
        proposer_department="Laboratory Medicine, Lakemount District Hospital",
        proposer_email="b.achterberg@example.org",
        proposer_phone="416-555-0142 ext. 2231",
        request_type="new",
        target_learners="Medical laboratory technologists in small and rural laboratories who read stool O&P "
                        "specimens fewer than ten times a month.",
        rationale=P(["Our regional network sends roughly 1,800 O&P specimens a year to six small sites. External "
                     "quality assessment results over the last two years show missed Giardia cysts and confusion "
                     "between artefacts and helminth eggs.",
                     "Staff turnover means most technologists reading these slides were never formally trained in "
                     "parasitology beyond their entry-to-practice program, and there is no short, recognised "
                     "refresher available in the province."]),
        competencies=L(["Preparing and staining concentrated and permanent smears",
                        "Systematic microscopic examination of stool preparations",
                        "Identification of common protozoa and helminths",
                        "Recognising artefacts and pseudoparasites",
                        "Reporting and escalation of significant findings"]),
        learning_outcomes=O(["Prepare formalin-ethyl acetate concentrates and trichrome-stained smears to a standard "
                             "suitable for diagnosis.",
                             "Examine wet mounts and permanent smears systematically at the correct magnifications.",
                             "Identify the protozoa and helminths most often seen in Ontario and in returning "
                             "travellers.",
                             "Distinguish true parasites from artefacts, yeast and plant material.",
                             "Report findings using the laboratory's standard comments and escalate critical results."]),
        competency_framework="CSMLS Competency Profile – Microbiology",
        summative_assessment="A practical bench examination: each learner reads 20 unknown slides (wet mounts and "
                             "permanent stains) and must identify at least 16 correctly, with no critical misses.",
        partner_name="Northshore Regional Laboratory Network",
        partner_contact="Dr. Imelda Fonseca-Ward, Medical Director (ifonseca-ward@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan's commitment to flexible, practice-based learning for "
                                 "working professionals outside the GTA.",
        delivery_format="hybrid",
        estimated_hours=V("about 14", 14),
        proposed_start="Spring 2027",
        expected_enrolment=V("36 (three cohorts of 12)", 36),
        resources_required="Microscope lab for two Saturdays; a digital slide set (we can lend 60 glass slides).",
        submission_date=V("November 26, 2026", "2026-11-26"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="listnumber", textlist="listbullet"),
    checks=["about 14", "36 (three cohorts of 12)", "November 26, 2026"])

# 2 ----------------------------------------------------------------------------------------------
doc(file="MC Concept Form - Inhaled nitric oxide - R Farouk-Lindahl.docx", shape="1", lang="en",
    kind="official_docx", lo_resave=True,
    route="python-docx table form, opened and re-saved as DOCX by LibreOffice 7.4 Writer",
    tricky="Incomplete draft saved by LibreOffice: Summative Assessment says 'TBD', partner cell empty with "
           "'None yet' ticked (endorsement none is a value), hours 'TBD' (absent); framework 'N/A'.",
    answers=dict(
        proposal_title="Inhaled Nitric Oxide Delivery for Respiratory Therapists",
        proposer_name="Rania Farouk-Lindahl",
        proposer_title="Clinical Specialist RRT",
        proposer_department="Respiratory Therapy, Hollins Children's Health Centre",
        proposer_email="rfarouk-lindahl@example.org",
        proposer_phone="647-555-0163",
        request_type="micro_course",
        target_learners="Registered respiratory therapists new to neonatal and paediatric critical care",
        rationale="iNO is started several times a week in our NICU and PICU, often at night when the most experienced "
                  "staff are not on shift. Set-up errors (wrong injector position, missed NO2 alarms) were reported "
                  "four times this year.",
        competencies=L(["Set-up and calibration of the iNO delivery system", "Integration with conventional and "
                        "high-frequency ventilators", "Monitoring NO and NO2 and responding to alarms",
                        "Weaning and safe discontinuation"]),
        learning_outcomes=O(["Assemble and calibrate an iNO delivery system for conventional and high-frequency "
                             "ventilation", "Select the correct injector and sampling positions in the circuit",
                             "Interpret NO/NO2 readings and respond to alarms", "Wean iNO following the unit protocol "
                             "without rebound hypoxaemia"]),
        competency_framework="N/A",
        summative_assessment="TBD",
        partner_name=None,
        endorsement_status="none",
        education_plan_alignment="Fits the Plan's priority on simulation-based learning for critical care teams.",
        delivery_format="in_person",
        estimated_hours="TBD",
        proposed_start="September 2027",
        expected_enrolment=V("20", 20),
        resources_required="Access to the simulation ventilator lab and one iNO delivery unit on loan from the vendor.",
        submission_date=V("02/12/2026", "2026-12-02"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="numbered", font="Arial", size=10,
              hints={"submission_date": "(dd/mm/yyyy)"}),
    checks=["TBD", "02/12/2026", "None yet"])

# 3 ----------------------------------------------------------------------------------------------
doc(file="Concept form_carotid duplex_JOkafor-Brandt.docx", shape="1", lang="en", kind="official_docx",
    route="python-docx table form with Word check-box content controls (w14:checkbox, no tags)",
    tricky="Tick boxes are Word check-box content controls; existing_program with the program named; optional "
           "framework 'N/A'; outcomes typed '1)'; phone with 'x'; date 'Nov 27, 2026'.",
    answers=dict(
        proposal_title="Carotid Duplex Ultrasound – Protocol and Interpretation",
        proposer_name="Jideofor Okafor-Brandt",
        proposer_title="Program Coordinator",
        proposer_department="Diagnostic Medical Sonography (Part-time Studies)",
        proposer_email="jokafor-brandt@michener.example",
        proposer_phone="416-555-0118 x 4471",
        request_type="existing_program",
        existing_program_name="Vascular Sonography Module 2 (VS-202)",
        target_learners="Registered general sonographers who want to add carotid imaging to their scope.",
        rationale="Vascular labs in three partner hospitals report waits of over 12 weeks for carotid studies. They "
                  "have general sonographers willing to cross-train but no stand-alone, assessed option exists; our "
                  "VS-202 module is only open to full-time students.",
        competencies="Carotid and vertebral scanning technique; spectral Doppler optimisation; grading of "
                     "internal carotid stenosis using consensus criteria; recognising non-atherosclerotic disease.",
        learning_outcomes=O(["Perform a complete bilateral carotid and vertebral duplex examination following the "
                             "lab protocol", "Optimise colour and spectral Doppler settings, including angle "
                             "correction", "Grade internal carotid artery stenosis using SRU consensus velocity "
                             "criteria", "Document findings in a preliminary worksheet suitable for physician "
                             "reporting"]),
        competency_framework="N/A",
        summative_assessment="Scanning competency assessment on a volunteer and a logbook of 25 supervised "
                             "examinations signed off by a vascular sonographer.",
        partner_name="Eastvale Vascular Imaging",
        partner_contact="Mireille Dansereau-Holt, Lab Manager – mdholt@example.com",
        endorsement_status="confirmed",
        education_plan_alignment="Converts a full-time module into a stackable credential for working "
                                 "professionals, as the Education Plan asks.",
        delivery_format="hybrid",
        estimated_hours=V("30", 30),
        proposed_start="January 2028",
        expected_enrolment=V("approx. 24", 24),
        resources_required="Two scanning rooms one evening a week for eight weeks.",
        submission_date=V("Nov 27, 2026", "2026-11-27"),
    ),
    opts=dict(box="w14", outcomes="paren", font="Calibri"),
    checks=["Nov 27, 2026", "approx. 24", "VS-202"])

# 4 ----------------------------------------------------------------------------------------------
doc(file="Formulaire de concept - Culture d'urine - H Ouellet-Mbeki.docx", shape="1", lang="fr",
    kind="official_docx", lo_resave=True,
    route="python-docx French table form, re-saved as DOCX by LibreOffice 7.4",
    tricky="French official form: French labels and option words, accents, '15 h', 'environ 40', date "
           "'30 novembre 2026', outcomes with '•', phone with 'poste'.",
    answers=dict(
        proposal_title="Ensemencement et lecture des cultures d'urine",
        proposer_name="Hélène Ouellet-Mbeki",
        proposer_title="Technologiste médicale principale",
        proposer_department="Microbiologie, Centre hospitalier de la Rive-Nord",
        proposer_email="helene.ouellet-mbeki@example.org",
        proposer_phone="819-555-0137, poste 208",
        request_type="new",
        target_learners="Technologistes médicaux affectés à la microbiologie de façon occasionnelle (soirs et fins "
                        "de semaine).",
        rationale="Les cultures d'urine représentent près de 40 % de notre charge en microbiologie. Les erreurs "
                  "d'ensemencement et d'interprétation des comptes de colonies sont la première source de reprises.",
        competencies=L(["Ensemencement quantitatif à l'anse calibrée", "Lecture et dénombrement des colonies",
                        "Identification présomptive des uropathogènes courants",
                        "Application des critères de signification clinique"]),
        learning_outcomes=O(["Ensemencer un échantillon d'urine selon la technique quantitative validée.",
                             "Dénombrer les colonies et exprimer le résultat en UFC/L.",
                             "Distinguer une culture contaminée d'une infection polymicrobienne.",
                             "Rédiger un résultat conforme aux règles de signification du laboratoire."]),
        competency_framework="Profil de compétences de la SCSLM",
        summative_assessment="Examen pratique : lecture de 15 cultures réelles, avec un seuil de réussite de 80 %.",
        partner_name="Réseau des laboratoires de l'Outaouais",
        partner_contact="Benoît Larochelle (blarochelle@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Répond à l'axe du Plan d'éducation sur la formation continue accessible en "
                                 "français.",
        delivery_format="hybrid",
        estimated_hours=V("15 h", 15),
        proposed_start="Hiver 2027",
        expected_enrolment=V("environ 40", 40),
        resources_required="Un laboratoire de microbiologie pour deux journées; géloses fournies par le partenaire.",
        submission_date=V("30 novembre 2026", "2026-11-30"),
    ),
    opts=dict(fr=True, box=("\u2612", "\u2610"), outcomes="bullets", a4=True),
    checks=["15 h", "environ 40", "30 novembre 2026"])

# 5 ----------------------------------------------------------------------------------------------
doc(file="Special stains concept form DRAFT.docx", shape="1", lang="en", kind="official_docx",
    route="python-docx table form (Times New Roman, [X]/[ ] typed options, answers in blue)",
    tricky="Incomplete: Competencies and Education Plan alignment cells left empty. Very long resources answer "
           "(spills over three paragraphs); a rationale that mentions the 'learning outcomes' and 'partner'; typos "
           "kept as written ('recieve', 'technolgists'); outcomes as '- ' lines joined by manual line breaks; "
           "'[X]' options; enrolment '15-20' given as a range -> no single number (absent).",
    answers=dict(
        proposal_title="Special Stains in Histology: PAS, Silver and Trichrome",
        proposer_name="Tomasz Wierzbicki-Amoah",
        proposer_title="Histology Team Lead",
        proposer_department="Anatomical Pathology",
        proposer_email="twierzbicki@example.org",
        proposer_phone="905-555-0129",
        request_type="micro_course",
        target_learners="Histology technolgists and laboratory assistants who cut and stain but rarely run special "
                        "stains",
        rationale=P(["Special stains are done manually at our site and most staff recieve only on-the-job "
                     "training. The learning outcomes below were drafted with our partner after two stains had to be "
                     "repeated on the same week because of over-oxidation."]),
        competencies=None,
        learning_outcomes=O(["Explain the chemistry of PAS, Grocott/Jones silver and Masson trichrome stains",
                             "Perform each stain with appropriate controls",
                             "Troubleshoot common staining faults",
                             "Evaluate stain quality against reference slides"]),
        summative_assessment="Each learner stains a set of control and patient sections for the three stains and "
                             "the set is graded by a pathologist using a rubric.",
        partner_name="Caldwell Pathology Associates",
        endorsement_status="in_discussion",
        education_plan_alignment=None,
        delivery_format="in_person",
        estimated_hours=V("8", 8),
        proposed_start="Fall 2027",
        expected_enrolment=V("15-20", None),
        resources_required=P(["A histology lab with a fume hood for two full days, including microwave for the "
                              "silver stains.",
                              "Reagents: periodic acid, Schiff reagent, methenamine silver, Masson kit; we estimate "
                              "$900 per cohort and can cover part of it from our department budget if the course "
                              "runs at our site instead.",
                              "One pathologist for two hours to grade the final slides."]),
        submission_date=V("2026-11-25", "2026-11-25"),
    ),
    opts=dict(box=("[X]", "[ ]"), outcomes="dash_br", font="Times New Roman", size=11, answer_colour="1F4E79",
              inline_options=True),
    checks=["15-20", "[X]"])

# 6 ----------------------------------------------------------------------------------------------
doc(file="Concept form (controls) - Sputum induction.docx", shape="2", lang="en", kind="cc_docx",
    route="python-docx + raw w:sdt XML: plain-text controls tagged with the keys, drop-downs, date picker, "
          "rich-text block for outcomes and competencies",
    tricky="Content controls tagged with the keys; drop-downs show the option text; two optional controls still "
           "show the placeholder (phone, resources); date picker shows 'December 1, 2026'.",
    answers=dict(
        proposal_title="Sputum Induction: Safe Practice and Sample Quality",
        proposer_name="Oluwakemi Brandvik",
        proposer_title="Respiratory Therapist Educator",
        proposer_department="Pulmonary Function and Respiratory Services",
        proposer_email="obrandvik@example.org",
        proposer_phone=None,
        request_type="micro_course",
        target_learners="Respiratory therapists and pulmonary function technologists performing induced sputum for "
                        "TB and asthma clinics",
        rationale="Induced sputum is increasingly requested for eosinophil counts and TB screening, yet only two of "
                  "our eleven RTs have been trained; poor samples (salivary contamination) are common.",
        competencies=L(["Patient selection and bronchoconstriction risk assessment", "Hypertonic saline "
                        "nebulisation technique", "Infection prevention during aerosol-generating procedures",
                        "Sample processing and quality checks"]),
        learning_outcomes=O(["Screen patients for contraindications and pre-treat with a bronchodilator",
                             "Perform sputum induction with graded hypertonic saline while monitoring FEV1",
                             "Apply airborne precautions appropriate to the indication",
                             "Judge sample adequacy and label and transport the specimen correctly"]),
        competency_framework="NARTRB National Competency Framework",
        summative_assessment="Observed procedure on a simulated patient with a checklist, plus a 20-question "
                             "online quiz (pass mark 80%).",
        partner_name="Westbrook Chest Clinic",
        partner_contact="Farhan Dlamini-Ross, Clinic Manager, fdlamini-ross@example.com",
        endorsement_status="confirmed",
        education_plan_alignment="Aligns with the Plan's focus on short, skills-based credentials for practising "
                                 "clinicians.",
        delivery_format="hybrid",
        estimated_hours=V("6", 6),
        proposed_start="May 2027",
        expected_enrolment=V("30", 30),
        resources_required=None,
        submission_date=V("2026-12-01", "2026-12-01"),
    ),
    opts=dict(dropdowns={"request_type": ([("new", "New micro-credential"), ("existing_program", "Convert an existing "
                                                                                                   "program"),
                                           ("micro_course", "Micro-course")], "Micro-course"),
                         "endorsement_status": ([("letter_attached", "Letter of support attached"),
                                                 ("confirmed", "Confirmed – letter to follow"),
                                                 ("in_discussion", "In discussion"), ("none", "None yet")],
                                                "Confirmed – letter to follow"),
                         "delivery_format": ([("online", "Online"), ("in_person", "In person"),
                                              ("hybrid", "Hybrid")], "Hybrid")},
              date=("2026-12-01", "December 1, 2026", "MMMM d, yyyy")),
    checks=["December 1, 2026", "Micro-course", "Confirmed – letter to follow"])

# 7 ----------------------------------------------------------------------------------------------
doc(file="Concept Form (fillable) - Airway clearance devices.pdf", shape="3", lang="en", kind="acroform",
    filler="pikepdf", route="reportlab AcroForm (field names = keys, radio groups) filled with pikepdf's Form API "
                            "(appearance streams generated by pikepdf's default generator, single-line, plus NeedAppearances)",
    tricky="Fillable PDF whose field names are the keys, filled with pikepdf (its generated appearances show one line per field, so long answers look cut off on the page; the field values /V are complete and are the values); radio groups with export values Opt1..Opt4; outcomes one "
           "per line in a multi-line field; hours '4.5' (decimal) kept as 4.5; enrolment '60+' -> 60.",
    answers=dict(
        proposal_title="Airway Clearance Devices in COPD Care",
        proposer_name="Siobhan Achebe-Larsen",
        proposer_title="Registered Respiratory Therapist",
        proposer_department="Pulmonary Rehabilitation, Fairhaven Community Health",
        proposer_email="sachebe-larsen@example.com",
        proposer_phone="289-555-0176",
        request_type="new",
        target_learners="RTs, physiotherapists and nurses in pulmonary rehab and home care",
        rationale="Oscillating PEP and other airway clearance devices are prescribed to many COPD patients but "
                  "teaching is inconsistent; our audit found 40% of patients using their device incorrectly.",
        competencies="Device selection; patient teaching using teach-back; cleaning and maintenance; evaluating "
                     "effectiveness.",
        learning_outcomes=O(["Compare the main airway clearance devices and their indications",
                             "Teach a patient to use an oscillating PEP device using teach-back",
                             "Advise on cleaning, maintenance and replacement",
                             "Evaluate effectiveness using symptoms and sputum volume"]),
        competency_framework="Canadian Thoracic Society COPD guideline competencies",
        summative_assessment="Recorded teach-back session with a standardised patient, scored on a 12-item rubric.",
        partner_name="Breathe Easy Home Respiratory Ltd.",
        partner_contact="Gideon Mwale, gmwale@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports interprofessional, community-focused learning in the Education Plan.",
        delivery_format="online",
        estimated_hours=V("4.5", 4.5),
        proposed_start="March 2027",
        expected_enrolment=V("60+", 60),
        resources_required="Video recording of device demonstrations; devices donated by the partner.",
        submission_date=V("2026-11-30", "2026-11-30"),
    ),
    names="keys", exports={"request_type": {"new": "Opt1", "existing_program": "Opt2", "micro_course": "Opt3"},
                           "endorsement_status": {"letter_attached": "Opt1", "confirmed": "Opt2",
                                                  "in_discussion": "Opt3", "none": "Opt4"},
                           "delivery_format": {"online": "Opt1", "in_person": "Opt2", "hybrid": "Opt3"}},
    choice_mode="radio",
    checks=["4.5", "60+"])

# 8 ----------------------------------------------------------------------------------------------
doc(file="Blood flow restriction training - fillable concept form.pdf", shape="3", lang="en", kind="acroform",
    filler="pypdf", route="reportlab AcroForm (close-variant names, one check box per option) filled with pypdf "
                          "(NeedAppearances)",
    tricky="Incomplete: the rationale field is empty. Close-variant names (ProposedTitle, LeadProposer, "
           "ChkRequest_Micro …); check boxes per option; date '11/30/2026' (US, unambiguous).",
    answers=dict(
        proposal_title="Blood Flow Restriction Training in Musculoskeletal Rehabilitation",
        proposer_name="Dmitri Osei-Valdés",
        proposer_title="Physiotherapist",
        proposer_department="Sports Medicine Clinic",
        proposer_email="dosei-valdes@example.org",
        request_type="micro_course",
        target_learners="Registered physiotherapists and kinesiologists working in outpatient MSK rehab",
        rationale=None,
        competencies="Screening for contraindications; limb occlusion pressure measurement; exercise "
                     "prescription with BFR; monitoring adverse effects.",
        learning_outcomes=O(["Screen clients for BFR contraindications", "Measure limb occlusion pressure with a "
                             "Doppler or automated cuff", "Prescribe low-load BFR exercise for common knee and "
                             "shoulder conditions", "Recognise and manage adverse responses"]),
        summative_assessment="Practical OSCE station plus a case-based written assignment.",
        partner_name="Kinetix Physiotherapy Group",
        endorsement_status="in_discussion",
        education_plan_alignment="Responds to the Plan's call for evidence-informed continuing education for "
                                 "rehabilitation professionals.",
        delivery_format="hybrid",
        estimated_hours=V("10", 10),
        proposed_start="Summer 2027",
        expected_enrolment=V("48", 48),
        submission_date=V("11/30/2026", "2026-11-30"),
    ),
    names={"proposal_title": "ProposedTitle", "proposer_name": "LeadProposer", "proposer_title": "JobTitle",
           "proposer_department": "ProgramArea", "proposer_email": "EmailAddress", "proposer_phone": "Telephone",
           "request_type": "ChkRequest", "existing_program_name": "ProgramToConvert",
           "target_learners": "TargetAudience", "rationale": "RationaleNeed", "competencies": "SkillsTargeted",
           "learning_outcomes": "LearningOutcomes", "competency_framework": "Framework",
           "summative_assessment": "SummativeAssessment", "partner_name": "PartnerOrg",
           "partner_contact": "PartnerContact", "endorsement_status": "ChkEndorse",
           "education_plan_alignment": "EdPlanAlignment", "delivery_format": "ChkFormat",
           "estimated_hours": "Hours", "proposed_start": "TargetLaunch", "expected_enrolment": "LearnersPerYear",
           "resources_required": "Resources", "submission_date": "DateSubmitted"},
    exports={"request_type": {"new": "New", "existing_program": "Convert", "micro_course": "Micro"},
             "endorsement_status": {"letter_attached": "Letter", "confirmed": "Confirmed",
                                    "in_discussion": "InDiscussion", "none": "None"},
             "delivery_format": {"online": "Online", "in_person": "InPerson", "hybrid": "Hybrid"}},
    choice_mode="checkbox",
    checks=["11/30/2026"])

# 9 ----------------------------------------------------------------------------------------------
doc(file="Concept form - Radiographer image critique (printed).pdf", shape="4", lang="en", kind="official_pdf",
    route="python-docx table form -> LibreOffice 7.4 writer_pdf_Export ('printed' from the word processor)",
    tricky="The official table form printed to PDF: text only, ☒/☐ characters kept; grey hints in label cells; "
           "long outcomes wrap; 'For CE office use only' box at the end (not values); date '25/11/2026'.",
    answers=dict(
        proposal_title="Image Critique and Reject Analysis for Radiographers",
        proposer_name="Anneliese Kowalczyk-Obi",
        proposer_title="Quality Lead MRT(R)",
        proposer_department="Medical Imaging, St. Brendan's Hospital",
        proposer_email="akowalczyk-obi@example.org",
        proposer_phone="416-555-0191",
        request_type="new",
        target_learners="Medical radiation technologists (radiography) with at least one year of practice",
        rationale="Our digital radiography reject rate is 9%, well above the 5% target. Technologists rarely get "
                  "structured feedback on image quality and repeat images add dose.",
        competencies=L(["Systematic image critique", "Exposure index and deviation index interpretation",
                        "Positioning error analysis", "Running a departmental reject analysis"]),
        learning_outcomes=O(["Critique radiographs systematically for positioning, exposure and artefacts",
                             "Interpret exposure index and deviation index values for common examinations",
                             "Identify the cause of a rejected image and propose a corrective action",
                             "Conduct and present a one-month reject analysis for their department"]),
        competency_framework="CAMRT Best Practice Guidelines",
        summative_assessment="A reject analysis project for the learner's own department, presented to peers and "
                             "marked with a rubric.",
        partner_name="Ontario Association of Imaging Quality Leads",
        partner_contact="Priyanka Van der Merwe (pvdmerwe@example.com)",
        endorsement_status="letter_attached",
        education_plan_alignment="Advances the Education Plan goal of quality and patient safety in imaging "
                                 "practice.",
        delivery_format="online",
        estimated_hours=V("12", 12),
        proposed_start="April 2027",
        expected_enrolment=V("80", 80),
        resources_required="An anonymised image library (about 200 images) and LMS space.",
        submission_date=V("25/11/2026", "2026-11-25"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="numbered", a4=True,
              hints={"learning_outcomes": "(3–6 measurable outcomes)", "submission_date": "(dd/mm/yyyy)",
                     "rationale": "(labour market need, skills gap)"}),
    checks=["25/11/2026"])

# 10 ---------------------------------------------------------------------------------------------
doc(file="Malnutrition screening concept form - print.pdf", shape="4", lang="en", kind="official_pdf", gs=True,
    route="python-docx table form -> LibreOffice PDF -> Ghostscript pdfwrite ('Microsoft Print to PDF'-like "
          "re-distilled printout)",
    tricky="Printed form re-distilled by a PDF printer driver (Ghostscript pdfwrite): fonts re-embedded, text "
           "only. Partner contact 'N/A' (absent); hours in a phrase 'Six (two 3-hour workshops)' -> 6; "
           "date '1 Dec 2026'.",
    answers=dict(
        proposal_title="Malnutrition Screening and Referral for Dietetic Assistants",
        proposer_name="Graciela Nwachukwu-Holm",
        proposer_title="Clinical Dietitian",
        proposer_department="Nutrition Services, Bayfront Rehabilitation Hospital",
        proposer_email="gnwachukwu-holm@example.org",
        proposer_phone="905-555-0155",
        request_type="micro_course",
        target_learners="Dietetic assistants, diet technicians and nursing assistants in hospitals and long-term "
                        "care",
        rationale="Only 55% of our admissions are screened within 24 hours. Malnourished patients stay longer; "
                  "assistants could screen reliably with short, focused training.",
        competencies="Use of validated screening tools (MST, CNST); accurate weight and height measurement; "
                     "recognising red flags; documentation and referral.",
        learning_outcomes=O(["Complete a validated malnutrition screen within 24 hours of admission",
                             "Measure weight and height accurately, including estimated heights",
                             "Recognise red flags that need same-day dietitian referral",
                             "Document the screen and referral in the health record"]),
        competency_framework="Integrated Competencies for Dietetic Education and Practice (support roles)",
        summative_assessment="Observed screening of three patients using a checklist, signed off by a dietitian.",
        partner_name="Canadian Malnutrition Task Force – Ontario chapter",
        partner_contact="N/A",
        endorsement_status="in_discussion",
        education_plan_alignment="Builds capacity in support roles, a stated priority of the Education Plan.",
        delivery_format="in_person",
        estimated_hours=V("Six (two 3-hour workshops)", 6),
        proposed_start="Fall 2027",
        expected_enrolment=V("about 50", 50),
        resources_required="A classroom with scales and stadiometers.",
        submission_date=V("1 Dec 2026", "2026-12-01"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="numbered", font="Times New Roman", size=11),
    checks=["Six (two 3-hour workshops)", "about 50", "1 Dec 2026"])

# 11 ---------------------------------------------------------------------------------------------
doc(file="Micro-credential proposal - tourniquet and haemorrhage control - Outlook.pdf", shape="5", lang="en",
    kind="html_email", route="HTML in the look of an Outlook on the web message print -> Chromium headless "
                             "print-to-PDF",
    tricky="An email printed from webmail: From/To/Date/Subject header, answers in prose paragraphs under "
           "short bold lead-ins; one sentence gives format, hours and enrolment; the signature gives title, "
           "department and phone; date from the Sent line.",
    header=[("From:", "Marcus Ekwueme-Dahl <mekwueme-dahl@example.com>"), ("Sent:", "Tuesday, December 1, 2026 4:12 PM"),
            ("To:", "CE Mailbox <ce@michener.example>"),
            ("Subject:", "Micro-credential proposal – tourniquet and haemorrhage control")],
    body=[("p", "Hello CE team,"),
          ("p", "I'd like to propose a new micro-credential called Haemorrhage Control and Tourniquet Application for "
                "Community Responders. Below are my answers to the concept form questions, in my own order."),
          ("pb", ("Who it is for:", "Community paramedics, firefighters and workplace first-aid attendants")),
          ("pb", ("Why:", "Preventable deaths from limb bleeding still happen before EMS arrives. Our region has "
                          "installed bleeding-control kits in 140 public buildings, but few responders have hands-on "
                          "practice with tourniquets and wound packing.")),
          ("pb", ("Skills:", "direct pressure, wound packing with haemostatic gauze, commercial tourniquet "
                             "application, and handover to paramedics.")),
          ("p", "By the end learners will be able to:"),
          ("ul", ["Recognise life-threatening external haemorrhage within seconds",
                  "Apply a commercial tourniquet to themselves and to a casualty in under 60 seconds",
                  "Pack a junctional wound with haemostatic gauze",
                  "Give a structured handover to arriving paramedics"]),
          ("pb", ("Assessment:", "a timed practical scenario on a bleeding-control trainer, pass/fail against a "
                                 "checklist.")),
          ("pb", ("Partner:", "Greyrock Regional Paramedic Service has agreed to endorse it; the chief will send the "
                              "letter next week. Contact: Deputy Chief Laila Moradi-Evans "
                              "(lmoradi-evans@example.com).")),
          ("pb", ("Education Plan:", "It brings Michener's simulation expertise to community partners, which is one of "
                                     "the Plan's priorities.")),
          ("p", "Practically, it would be a hybrid course of about 5 hours, with roughly 120 learners a year, "
                "starting in spring 2027."),
          ("p", "Thanks,"),
          ("p", "Marcus Ekwueme-Dahl\nAdvanced Care Paramedic and Education Coordinator\nGreyrock Regional "
                "Paramedic Service – Professional Standards\n705-555-0134")],
    expected=dict(
        proposal_title="Haemorrhage Control and Tourniquet Application for Community Responders",
        proposer_name="Marcus Ekwueme-Dahl",
        proposer_title="Advanced Care Paramedic and Education Coordinator",
        proposer_department="Greyrock Regional Paramedic Service – Professional Standards",
        proposer_email="mekwueme-dahl@example.com",
        proposer_phone="705-555-0134",
        request_type="new",
        target_learners="Community paramedics, firefighters and workplace first-aid attendants",
        rationale="Preventable deaths from limb bleeding still happen before EMS arrives. Our region has installed "
                  "bleeding-control kits in 140 public buildings, but few responders have hands-on practice with "
                  "tourniquets and wound packing.",
        competencies="direct pressure, wound packing with haemostatic gauze, commercial tourniquet application, and "
                     "handover to paramedics",
        learning_outcomes=["Recognise life-threatening external haemorrhage within seconds",
                           "Apply a commercial tourniquet to themselves and to a casualty in under 60 seconds",
                           "Pack a junctional wound with haemostatic gauze",
                           "Give a structured handover to arriving paramedics"],
        summative_assessment="a timed practical scenario on a bleeding-control trainer, pass/fail against a "
                             "checklist",
        partner_name="Greyrock Regional Paramedic Service",
        partner_contact="Deputy Chief Laila Moradi-Evans (lmoradi-evans@example.com)",
        endorsement_status="confirmed",
        education_plan_alignment="It brings Michener's simulation expertise to community partners, which is one of "
                                 "the Plan's priorities.",
        delivery_format="hybrid", estimated_hours=5, proposed_start="spring 2027", expected_enrolment=120,
        submission_date="2026-12-01"),
    checks=["about 5 hours", "roughly 120 learners a year", "December 1, 2026", "hybrid", "letter next week"])

# 12 ---------------------------------------------------------------------------------------------
doc(file="Memo - Peer support after critical incidents micro-course.docx", shape="5", lang="en", kind="blocks_docx",
    route="python-docx memo (MEMORANDUM title, To/From/Date/Re lines, headed sections, signature block)",
    tricky="Memo layout: 'From:' line gives name, title and department; several fields in one sentence "
           "('in person … 7 hours … about 90 staff a year … start in January 2028'); endorsement in words "
           "('signed letter of support is attached'); outcomes numbered by Word.",
    blocks=[("title", "MEMORANDUM"),
            ("lines", [("To: ", "Continuing Education, The Michener Institute (ce@michener.example)"),
                       ("From: ", "Naledi Fairweather-Quist, Manager, Employee Wellness – Harbourside Health"),
                       ("Date: ", "November 24, 2026"),
                       ("Re: ", "Concept for a micro-course – Peer Support after Critical Incidents")]),
            ("p", "This memo sets out our concept for a micro-course, Peer Support after Critical Incidents, for "
                  "frontline staff who volunteer as peer supporters in hospitals and paramedic services."),
            ("h2", "Why it is needed"),
            ("p", "After a code, a violent event or a paediatric death, staff turn first to colleagues. Our peer "
                  "supporters have goodwill but no common training, and two supporters left the program this year "
                  "citing burnout."),
            ("h2", "What supporters will be able to do"),
            ("p", "Skills: active listening, psychological first aid, recognising stress reactions that need "
                  "referral, and looking after their own wellbeing."),
            ("p", "Outcomes:"),
            ("ol", ["Hold a structured one-to-one peer conversation after a critical incident",
                    "Apply the principles of psychological first aid",
                    "Identify colleagues who need referral to professional services",
                    "Use a personal self-care plan"]),
            ("h2", "How we will know they can do it"),
            ("p", "Two observed role-play conversations with standardised colleagues, scored with a rubric, plus a "
                  "reflective log."),
            ("h2", "Partner and fit"),
            ("p", "The Harbourside Health Joint Health and Safety Committee supports this; its co-chair's signed letter "
                  "of support is attached."),
            ("p", "The course fits Michener's Education Plan priority of supporting the wellbeing of the health "
                  "workforce."),
            ("h2", "Practicalities"),
            ("p", "We see it delivered in person, 7 hours in total, for about 90 staff a year, with a first cohort "
                  "in January 2028."),
            ("p", "Naledi Fairweather-Quist\nnfairweather-quist@example.org | 416-555-0107")],
    expected=dict(
        proposal_title="Peer Support after Critical Incidents",
        proposer_name="Naledi Fairweather-Quist",
        proposer_title="Manager, Employee Wellness",
        proposer_department="Harbourside Health",
        proposer_email="nfairweather-quist@example.org",
        proposer_phone="416-555-0107",
        request_type="micro_course",
        target_learners="frontline staff who volunteer as peer supporters in hospitals and paramedic services",
        rationale="After a code, a violent event or a paediatric death, staff turn first to colleagues. Our peer "
                  "supporters have goodwill but no common training, and two supporters left the program this year "
                  "citing burnout.",
        competencies="active listening, psychological first aid, recognising stress reactions that need referral, "
                     "and looking after their own wellbeing",
        learning_outcomes=["Hold a structured one-to-one peer conversation after a critical incident",
                           "Apply the principles of psychological first aid",
                           "Identify colleagues who need referral to professional services",
                           "Use a personal self-care plan"],
        summative_assessment="Two observed role-play conversations with standardised colleagues, scored with a "
                             "rubric, plus a reflective log.",
        partner_name="Harbourside Health Joint Health and Safety Committee",
        endorsement_status="letter_attached",
        education_plan_alignment="The course fits Michener's Education Plan priority of supporting the wellbeing of "
                                 "the health workforce.",
        delivery_format="in_person", estimated_hours=7, proposed_start="January 2028", expected_enrolment=90,
        submission_date="2026-11-24"),
    checks=["7 hours", "about 90 staff a year", "November 24, 2026", "in person"])

# 13 ---------------------------------------------------------------------------------------------
doc(file="One-pager - Visual field testing for ophthalmic assistants.pdf", shape="5", lang="en", kind="latex",
    route="pdflatex (TeX Live 2022; Helvetica via helvet, T1, tabularx) -> PDF",
    tricky="Incomplete: a one-page pitch with no assessment section (summative_assessment missing). Contact line "
           "'name · role · unit · email · phone' under the title; 'At a glance' table with the label column "
           "SECOND (value | item); endorsement in words ('in talks … nothing signed') = in_discussion.",
    latex=r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=2cm]{geometry}\usepackage{tabularx}\pagestyle{empty}
\begin{document}
{\LARGE\bfseries Visual Field Testing for Ophthalmic Assistants}\par\medskip
Yusuf Marchetti-Olsen · Lead Ophthalmic Technician · Eye Clinic, Norgate General Hospital · ymarchetti@example.org · 613-555-0148\par
\bigskip
\section*{The gap}
Automated perimetry is done by assistants with very different training. Unreliable fields (high fixation losses, wrong test strategy) lead to repeat visits and delayed glaucoma decisions.
\section*{Who}
Ophthalmic assistants and technicians in hospital clinics and community optometry practices.
\section*{What they will learn}
Skills: choosing the test strategy, patient instruction and positioning, monitoring reliability, recognising artefacts.\par
By the end, learners will be able to:
\begin{enumerate}
\item Select the appropriate perimetry program for the referral question
\item Set up and instruct the patient to minimise fixation losses and false positives
\item Monitor reliability indices during the test and intervene appropriately
\item Recognise common artefacts such as lens rim and ptosis defects
\end{enumerate}
\section*{Partner}
Norgate Eye Associates -- we are in talks about an endorsement, nothing signed yet.
\section*{Why Michener}
It extends the Education Plan's commitment to credentials for allied health roles without a regulated pathway.
\section*{At a glance}
\begin{tabularx}{\textwidth}{|X|l|}\hline
New micro-credential & Type \\\hline
Online modules + 1 clinic practice day (blended) & Format \\\hline
9 & Hours \\\hline
Autumn 2027 & Start \\\hline
25 per year & Learners \\\hline
27 November 2026 & Date \\\hline
\end{tabularx}
\end{document}
""",
    expected=dict(
        proposal_title="Visual Field Testing for Ophthalmic Assistants",
        proposer_name="Yusuf Marchetti-Olsen", proposer_title="Lead Ophthalmic Technician",
        proposer_department="Eye Clinic, Norgate General Hospital", proposer_email="ymarchetti@example.org",
        proposer_phone="613-555-0148", request_type="new",
        target_learners="Ophthalmic assistants and technicians in hospital clinics and community optometry practices.",
        rationale="Automated perimetry is done by assistants with very different training. Unreliable fields (high "
                  "fixation losses, wrong test strategy) lead to repeat visits and delayed glaucoma decisions.",
        competencies="choosing the test strategy, patient instruction and positioning, monitoring reliability, "
                     "recognising artefacts",
        learning_outcomes=["Select the appropriate perimetry program for the referral question",
                           "Set up and instruct the patient to minimise fixation losses and false positives",
                           "Monitor reliability indices during the test and intervene appropriately",
                           "Recognise common artefacts such as lens rim and ptosis defects"],
        partner_name="Norgate Eye Associates", endorsement_status="in_discussion",
        education_plan_alignment="It extends the Education Plan’s commitment to credentials for allied health roles "
                                 "without a regulated pathway.",
        delivery_format="hybrid", estimated_hours=9, proposed_start="Autumn 2027", expected_enrolment=25,
        submission_date="2026-11-27"),
    checks=["blended", "25 per year", "27 November 2026", "nothing signed yet"])

# 14 ---------------------------------------------------------------------------------------------
doc(file="Evoked potentials micro-credential - slides.pdf", shape="5", lang="en", kind="pptx",
    route="python-pptx slide deck (16:9) -> LibreOffice 7.4 Impress -> PDF",
    tricky="Proposal as slides: title slide with name, role, department, email · phone and date; one slide per "
           "topic with bullets; a 'Logistics' slide with format/hours/start/enrolment bullets; 'Letter of support: "
           "attached' = letter_attached.",
    slides=[("Evoked Potentials (VEP, BAEP, SSEP) for Neurophysiology Technologists",
             ["Concept proposal to Michener CE", "Chidera Lindqvist-Bamidele, Senior END Technologist",
              "Neurophysiology Lab, Riverbend University Hospital",
              "clindqvist-bamidele@example.org · 416-555-0172", "30 November 2026"]),
            ("Type of request", ["New micro-credential"]),
            ("Who is this for?", ["Registered EEG/END technologists who do not yet perform evoked potentials"]),
            ("Why is this needed?", ["Only two technologists in the region can run intraoperative-grade EPs",
                                     "Outpatient VEP waits exceed 6 months"]),
            ("Skills", ["Electrode placement for VEP, BAEP and SSEP", "Stimulus and recording parameters",
                        "Waveform identification and measurement", "Troubleshooting artefacts"]),
            ("Learning outcomes", ["Set up and record pattern-reversal VEPs to lab standard",
                                   "Record BAEPs and identify waves I, III and V",
                                   "Record upper- and lower-limb SSEPs",
                                   "Measure latencies and flag abnormal results for the neurologist"]),
            ("Assessment", ["Supervised recording of each modality on a volunteer, graded by the lab's senior "
                            "technologist with a checklist"]),
            ("Partner", ["Canadian Association of Neurophysiological Technologists – Ontario Section",
                         "Letter of support: attached"]),
            ("Education Plan fit", ["Supports advanced practice pathways for allied health professionals"]),
            ("Logistics", ["Format: hybrid", "Hours: 24", "Start: Winter 2028", "Learners: 16 per year"])],
    expected=dict(
        proposal_title="Evoked Potentials (VEP, BAEP, SSEP) for Neurophysiology Technologists",
        proposer_name="Chidera Lindqvist-Bamidele", proposer_title="Senior END Technologist",
        proposer_department="Neurophysiology Lab, Riverbend University Hospital",
        proposer_email="clindqvist-bamidele@example.org", proposer_phone="416-555-0172", request_type="new",
        target_learners="Registered EEG/END technologists who do not yet perform evoked potentials",
        rationale="Only two technologists in the region can run intraoperative-grade EPs; Outpatient VEP waits "
                  "exceed 6 months",
        competencies="Electrode placement for VEP, BAEP and SSEP; Stimulus and recording parameters; Waveform "
                     "identification and measurement; Troubleshooting artefacts",
        learning_outcomes=["Set up and record pattern-reversal VEPs to lab standard",
                           "Record BAEPs and identify waves I, III and V", "Record upper- and lower-limb SSEPs",
                           "Measure latencies and flag abnormal results for the neurologist"],
        summative_assessment="Supervised recording of each modality on a volunteer, graded by the lab's senior "
                             "technologist with a checklist",
        partner_name="Canadian Association of Neurophysiological Technologists – Ontario Section",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports advanced practice pathways for allied health professionals",
        delivery_format="hybrid", estimated_hours=24, proposed_start="Winter 2028", expected_enrolment=16,
        submission_date="2026-11-30"),
    checks=["30 November 2026", "16 per year", "Hours: 24"])

# 15 ---------------------------------------------------------------------------------------------
doc(file="Minor ailments UTI - our answers (table).docx", shape="5", lang="en", kind="blocks_docx",
    route="python-docx, three-column table retyped by the applicant: answer | question | no.",
    tricky="Retyped into a table whose FIRST column is the answer and whose SECOND column is the question in the "
           "applicant's words; contact answer in one cell 'name, role – organisation – email – phone'; one cell "
           "holds format, hours and enrolment on separate lines; outcomes in one cell as lines 'a) …'.",
    blocks=[("title", "Uncomplicated UTI assessment in community pharmacy – our answers"),
            ("p", "We copied the CE questions into the middle column and put our answers on the left."),
            ("table", {"header": True, "widths": [10, 5, 1.2], "rows": [
                ["Our answer", "Question", "No."],
                ["Uncomplicated UTI Assessment and Prescribing for Community Pharmacists", "Working title", "1"],
                ["Adaeze Lundqvist-Mensah, Pharmacist-Owner – Lundqvist Pharmacy Group – alundqvist@example.com – "
                 "519-555-0126", "Who is proposing it?", "2"],
                ["A micro-course", "New credential, conversion, or micro-course?", "3"],
                ["Community pharmacists newly prescribing for minor ailments", "Intended learners", "4"],
                ["Since pharmacists began prescribing for uncomplicated UTIs, our assessments vary widely and "
                 "documentation audits show missing exclusion criteria in a third of records.",
                 "Identified skills gap", "5"],
                ["Patient assessment and exclusion criteria; antibiotic selection and stewardship; counselling; "
                 "documentation and follow-up.", "Skills and competencies", "6"],
                [["a) Take a focused history and apply exclusion criteria for uncomplicated cystitis",
                  "b) Select first-line therapy in line with local resistance data",
                  "c) Counsel the patient on therapy, red flags and follow-up",
                  "d) Document the assessment to college standards"], "Intended learning outcomes", "7"],
                ["Three recorded simulated consultations marked with a rubric by a pharmacist preceptor.",
                 "How will achievement be evidenced?", "8"],
                ["Ontario Pharmacists Network for Minor Ailments; they have agreed, letter to follow.",
                 "Endorsing partner / external body", "9"],
                ["Builds prescribing competence among practising pharmacists, a priority area of the Plan.",
                 "Strategic alignment", "10"],
                [["Online", "3 hours", "about 200 a year"], "Format / hours / learners per year", "11"],
                ["Dec 2, 2026", "Date", "12"]]}),
            ],
    expected=dict(
        proposal_title="Uncomplicated UTI Assessment and Prescribing for Community Pharmacists",
        proposer_name="Adaeze Lundqvist-Mensah", proposer_title="Pharmacist-Owner",
        proposer_department="Lundqvist Pharmacy Group", proposer_email="alundqvist@example.com",
        proposer_phone="519-555-0126", request_type="micro_course",
        target_learners="Community pharmacists newly prescribing for minor ailments",
        rationale="Since pharmacists began prescribing for uncomplicated UTIs, our assessments vary widely and "
                  "documentation audits show missing exclusion criteria in a third of records.",
        competencies="Patient assessment and exclusion criteria; antibiotic selection and stewardship; counselling; "
                     "documentation and follow-up.",
        learning_outcomes=["Take a focused history and apply exclusion criteria for uncomplicated cystitis",
                           "Select first-line therapy in line with local resistance data",
                           "Counsel the patient on therapy, red flags and follow-up",
                           "Document the assessment to college standards"],
        summative_assessment="Three recorded simulated consultations marked with a rubric by a pharmacist preceptor.",
        partner_name="Ontario Pharmacists Network for Minor Ailments", endorsement_status="confirmed",
        education_plan_alignment="Builds prescribing competence among practising pharmacists, a priority area of "
                                 "the Plan.",
        delivery_format="online", estimated_hours=3, expected_enrolment=200, submission_date="2026-12-02"),
    checks=["3 hours", "about 200 a year", "Dec 2, 2026", "letter to follow"])

# 16 ---------------------------------------------------------------------------------------------
doc(file="Réponses aux questions - microcours deuil périnatal.docx", shape="5", lang="fr", kind="blocks_docx",
    route="python-docx, French Q&A (bold question, answer paragraph below), written in Word",
    tricky="French Q&A: each question in bold with the answer in the paragraph(s) below; contact line "
           "'Nom | titre | service | courriel | tél.'; one answer gives format, hours, enrolment and start "
           "('En ligne, 4 heures, une cinquantaine de personnes par année (50), à partir de mars 2027'); "
           "'en discussion' = in_discussion; date '26 novembre 2026'.",
    blocks=[("title", "Accompagnement du deuil périnatal – réponses au formulaire de concept"),
            ("p", "Josée Ndiaye-Carrier | infirmière clinicienne | Unité mère-enfant, Hôpital du Lac-Bleu | "
                  "jndiaye-carrier@example.org | 450-555-0119"),
            ("pb", ("1. Quel est le titre proposé ?", "")), ("p", "Accompagner les familles en deuil périnatal"),
            ("pb", ("2. S'agit-il d'un nouveau microcertificat, d'une conversion ou d'un microcours ?", "")),
            ("p", "Un microcours."),
            ("pb", ("3. À qui s'adresse-t-il ?", "")),
            ("p", "Infirmières, sages-femmes et préposés des unités de naissance et de néonatalogie."),
            ("pb", ("4. Pourquoi est-il nécessaire ?", "")),
            ("p", "Les familles rapportent des paroles maladroites et des informations contradictoires. Le personnel "
                  "se dit mal préparé et aucune formation courte n'existe en français dans la région."),
            ("pb", ("5. Quelles compétences vise-t-il ?", "")),
            ("ul", ["Communication empathique avec les parents", "Création de souvenirs (photos, empreintes)",
                    "Orientation vers les ressources de soutien", "Prendre soin de soi après un décès"]),
            ("pb", ("6. Résultats d'apprentissage", "")),
            ("p", "À la fin, les participants pourront :"),
            ("ol", ["Employer un langage adapté lors de l'annonce et du suivi",
                    "Proposer aux familles des rituels et la création de souvenirs",
                    "Orienter les parents vers les ressources communautaires",
                    "Reconnaître leurs propres réactions de stress et y répondre"]),
            ("pb", ("7. Comment la réussite sera-t-elle évaluée ?", "")),
            ("p", "Une simulation filmée avec une actrice, évaluée à l'aide d'une grille."),
            ("pb", ("8. Partenaire", "")),
            ("p", "Association Parents Étoiles du Québec – en discussion pour un appui officiel."),
            ("pb", ("9. Lien avec le Plan d'éducation", "")),
            ("p", "Favorise des soins centrés sur la famille, une orientation du Plan d'éducation."),
            ("pb", ("10. Modalités", "")),
            ("p", "En ligne, 4 heures, une cinquantaine de personnes par année (50), à partir de mars 2027."),
            ("p", "Le 26 novembre 2026")],
    expected=dict(
        proposal_title="Accompagner les familles en deuil périnatal", proposer_name="Josée Ndiaye-Carrier",
        proposer_title="infirmière clinicienne", proposer_department="Unité mère-enfant, Hôpital du Lac-Bleu",
        proposer_email="jndiaye-carrier@example.org", proposer_phone="450-555-0119", request_type="micro_course",
        target_learners="Infirmières, sages-femmes et préposés des unités de naissance et de néonatalogie.",
        rationale="Les familles rapportent des paroles maladroites et des informations contradictoires. Le "
                  "personnel se dit mal préparé et aucune formation courte n'existe en français dans la région.",
        competencies="Communication empathique avec les parents; Création de souvenirs (photos, empreintes); "
                     "Orientation vers les ressources de soutien; Prendre soin de soi après un décès",
        learning_outcomes=["Employer un langage adapté lors de l'annonce et du suivi",
                           "Proposer aux familles des rituels et la création de souvenirs",
                           "Orienter les parents vers les ressources communautaires",
                           "Reconnaître leurs propres réactions de stress et y répondre"],
        summative_assessment="Une simulation filmée avec une actrice, évaluée à l'aide d'une grille.",
        partner_name="Association Parents Étoiles du Québec", endorsement_status="in_discussion",
        education_plan_alignment="Favorise des soins centrés sur la famille, une orientation du Plan d'éducation.",
        delivery_format="online", estimated_hours=4, proposed_start="mars 2027", expected_enrolment=50,
        submission_date="2026-11-26"),
    checks=["4 heures", "une cinquantaine", "26 novembre 2026", "En ligne"])

# 17 ---------------------------------------------------------------------------------------------
doc(file="Scan_20261202_1047.pdf", shape="6", lang="en", kind="scan_official",
    route="python-docx table form -> LibreOffice PDF -> Ghostscript pnggray 150 dpi -> Pillow (skew, speckle) -> "
          "image-only PDF",
    tricky="The official table form printed and scanned: image-only PDF, no text layer -> manual review. Fields are "
           "what a person reads (source kept as _make/src_Scan_20261202_1047.pdf).",
    answers=dict(
        proposal_title="Clostridioides difficile Terminal Cleaning for Environmental Services",
        proposer_name="Wilhelmina Oduya-Brennan",
        proposer_title="Infection Prevention and Control Practitioner",
        proposer_department="IPAC, Eastgate Health Partners",
        proposer_email="woduya-brennan@example.org",
        proposer_phone="416-555-0183",
        request_type="micro_course",
        target_learners="Environmental services workers in hospitals and long-term care homes",
        rationale="Two C. difficile outbreaks this year were linked to incomplete terminal cleaning of shared "
                  "bathrooms.",
        competencies="Sporicidal product use; cleaning sequence; high-touch surfaces; audit with fluorescent markers.",
        learning_outcomes=O(["Prepare and use a sporicidal disinfectant at the correct contact time",
                             "Perform a terminal clean in the correct sequence",
                             "Clean all high-touch surfaces in a patient room and bathroom",
                             "Pass a fluorescent-marker audit of their own cleaning"]),
        summative_assessment="Fluorescent-marker audit of a terminal clean performed by the learner (90% of markers "
                             "removed).",
        partner_name="Eastgate Health Partners Environmental Services",
        endorsement_status="letter_attached",
        education_plan_alignment="Extends Michener's reach to support staff, a stated Education Plan goal.",
        delivery_format="in_person",
        estimated_hours=V("4", 4),
        expected_enrolment=V("150", 150),
        submission_date=V("December 2, 2026", "2026-12-02"),
    ),
    opts=dict(box=("\u2612", "\u2610"), outcomes="numbered", size=10),
    checks=["December 2, 2026"])

# 18 ---------------------------------------------------------------------------------------------
doc(file="Minutes - Laboratory Science Program Committee - 2026-11-26.docx", shape="7", lang="en",
    kind="blocks_docx", notform=True,
    route="python-docx meeting minutes (attendance, numbered agenda items, action table)",
    tricky="NOT a concept form: minutes of a program committee that discuss a proposed micro-credential (title, "
           "proposer, partner, hours, outcomes, assessment are all mentioned) and assign actions.",
    blocks=[("title", "Laboratory Science Program Committee – Minutes"),
            ("p", "Date: November 26, 2026, 13:00–14:30, Room 4-120 and online"),
            ("p", "Present: A. Ferreira-Boateng (chair), K. Mahlangu, S. Petrov-Ilunga, T. Wierzbicki-Amoah, "
                  "R. O'Donnell-Sato (recorder). Regrets: L. Chen-Abiodun."),
            ("h2", "1. Approval of the agenda and previous minutes"),
            ("p", "Approved as circulated."),
            ("h2", "2. Proposed micro-credential: Special Stains in Histology"),
            ("p", "T. Wierzbicki-Amoah presented the draft concept. Proposed title: Special Stains in Histology. "
                  "Learners would perform PAS, silver and trichrome stains; the summative assessment would be a "
                  "graded slide set. Caldwell Pathology Associates is in discussion as partner. Estimated 8 hours, "
                  "in person."),
            ("p", "Discussion: members asked that the competencies and the Education Plan alignment be completed "
                  "before the concept form is sent to CE (ce@michener.example)."),
            ("h2", "3. Program advisory committee membership"),
            ("p", "Two new industry members to be invited for 2027."),
            ("h2", "Action items"),
            ("table", {"header": True, "rows": [["Action", "Owner", "Due"],
                                                ["Complete concept form sections R1 and R4", "T. Wierzbicki-Amoah",
                                                 "Dec 4"],
                                                ["Invite industry members", "A. Ferreira-Boateng", "Jan 15"]]}),
            ("p", "Next meeting: January 28, 2027.")],
    expected={}, checks=[])

# 19 ---------------------------------------------------------------------------------------------
doc(file="PO-2026-3318 - simulation manikins.pdf", shape="7", lang="en", kind="purchase_order", notform=True,
    route="fpdf2 purchase order (A4, table of lines, totals, approvals)",
    tricky="NOT a concept form: a purchase order for equipment for a course (mentions a micro-credential, a "
           "department, contacts, emails and phones, dates, quantities).",
    expected={}, checks=[])

# 20 ---------------------------------------------------------------------------------------------
doc(file="Job posting - Instructor, Antibody Identification micro-credential.pdf", shape="7", lang="en",
    kind="blocks_pdf_lo", notform=True,
    route="python-docx job posting -> LibreOffice 7.4 PDF",
    tricky="NOT a concept form: a sessional instructor job posting for a micro-credential (title, learning "
           "outcomes, assessment duties, hours, start date, contact email and phone).",
    blocks=[("title", "Sessional Instructor – Antibody Identification in Transfusion Medicine (Micro-credential)"),
            ("p", "Continuing Education, The Michener Institute of Education at UHN · Posting CE-2026-087 · Closes "
                  "December 18, 2026"),
            ("h2", "About the role"),
            ("p", "We are hiring a sessional instructor to teach our new micro-credential on red cell antibody "
                  "identification. The course runs online with two lab days, about 20 hours in total, starting "
                  "in March 2027."),
            ("h2", "Responsibilities"),
            ("ul", ["Deliver online sessions and two lab days", "Mark the summative panel-interpretation "
                    "assessment", "Give feedback on learners' practice panels", "Contribute to course review"]),
            ("h2", "Learning outcomes you will teach"),
            ("ul", ["Perform and interpret antibody panels", "Apply rule-out techniques",
                    "Select antigen-negative units"]),
            ("h2", "Qualifications"),
            ("ul", ["MLT with at least five years in transfusion medicine", "Teaching experience an asset"]),
            ("h2", "How to apply"),
            ("p", "Send a cover letter and CV to ce-hiring@michener.example. Questions: Rosalind Achterberg, "
                  "Program Manager, 416-555-0100.")],
    expected={}, checks=[])
