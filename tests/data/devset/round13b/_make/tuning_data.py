"""Content and expected values of the tuning half (round 13b). Expected values are written from this content."""
from routes import docx_blocks, slides_pdf, sheet_pdf, html_pdf, e

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ---------------------------------------------------------------- T1  GA  Q&A, numbered questions, answers below
T1 = dict(
    proposal_title="Refeeding Syndrome Risk: Screening and Monitoring for Dietetic Assistants",
    proposer_name="Priya Venkataraman-Holt",
    proposer_title="Clinical Dietitian",
    proposer_department="Clinical Nutrition Services",
    proposer_email="pvholt@example.org",
    proposer_phone="555-0131",
    request_type="new",
    target_learners="Dietetic assistants and diet technicians working on acute medical and surgical units.",
    rationale=("Refeeding syndrome is still missed on our wards. In a 2026 chart audit of 212 high-risk admissions, "
               "phosphate was checked within 24 hours in only 41% of cases, and two patients needed ICU transfer. "
               "Dietetic assistants are often the first to see a low intake history, but nobody has taught them what "
               "to look for or when to escalate."),
    competencies=("Applying NICE-style risk criteria to an admission history; Reading phosphate, potassium and magnesium "
                  "results against reference intervals; Recognising early clinical signs of refeeding; Escalating "
                  "concerns using SBAR"),
    learning_outcomes=["Identify patients at high risk of refeeding syndrome using a validated screening tool.",
                       "Interpret electrolyte trends during the first 72 hours of nutrition support.",
                       "Describe the recommended rate of feed advancement for a high-risk patient.",
                       "Escalate abnormal findings to the dietitian or physician within the expected time frame."],
    competency_framework="Integrated Competencies for Dietetic Education and Practice (ICDEP)",
    summative_assessment=("Three online case scenarios marked with a rubric (pass = 80%), followed by a supervised "
                          "chart review of two real admissions signed off by a registered dietitian."),
    partner_name="Lakeshore Regional Health Centre",
    partner_contact="Marisol Etxeberria, Manager, Clinical Nutrition – metxeberria@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment=("It supports the Education Plan goal of short, stackable credentials for the "
                              "interprofessional team, and it is built around patient safety."),
    delivery_format="online",
    estimated_hours=10,
    proposed_start="September 2027",
    expected_enrolment=40,
    resources_required="Two case scenarios need a dietitian to record a short video; we can provide the cases and the rubric.",
    submission_date="2026-11-26",
)


def build_T1(path):
    f = T1
    blocks = [
        ("title", "Micro-credential idea – answers to the CE questions", 1),
        ("p", "Submitted 26 Nov 2026"),
        ("pb", "1. What would you call it?"),
        ("p", f["proposal_title"]),
        ("pb", "2. Who is proposing it, and how do we reach you?"),
        ("p", "Priya Venkataraman-Holt, Clinical Dietitian, Clinical Nutrition Services; pvholt@example.org; 555-0131"),
        ("pb", "3. Is this new, a conversion of something that exists, or a micro-course?"),
        ("p", "A new micro-credential."),
        ("pb", "4. Who is it for?"),
        ("p", f["target_learners"]),
        ("pb", "5. Why do we need it?"),
        ("p", "Refeeding syndrome is still missed on our wards. In a 2026 chart audit of 212 high-risk admissions, "
              "phosphate was checked within 24 hours in only 41% of cases, and two patients needed ICU transfer."),
        ("p", "Dietetic assistants are often the first to see a low intake history, but nobody has taught them what "
              "to look for or when to escalate."),
        ("pb", "6. Which skills will learners build?"),
        ("ul", ["Applying NICE-style risk criteria to an admission history",
                "Reading phosphate, potassium and magnesium results against reference intervals",
                "Recognising early clinical signs of refeeding",
                "Escalating concerns using SBAR"]),
        ("pb", "7. What will they be able to do at the end?"),
        ("p", "By the end of the course, learners will be able to:"),
        ("ol", f["learning_outcomes"]),
        ("pb", "8. Does it map to a framework?"),
        ("p", f["competency_framework"]),
        ("pb", "9. How will you know they can do it?"),
        ("p", f["summative_assessment"]),
        ("pb", "10. Who is backing it outside Michener?"),
        ("p", "Lakeshore Regional Health Centre"),
        ("p", "Contact: Marisol Etxeberria, Manager, Clinical Nutrition – metxeberria@example.com"),
        ("pb", "11. Do you have a letter of support?"),
        ("p", "Yes, letter attached."),
        ("pb", "12. How does it fit Michener's Education Plan?"),
        ("p", f["education_plan_alignment"]),
        ("pb", "13. How would it run?"),
        ("p", "Online, self-paced modules plus one live virtual case conference; roughly 10 hours in total; we "
              "expect about 40 learners a year. First offering September 2027."),
        ("pb", "14. What would you need from CE?"),
        ("p", f["resources_required"]),
    ]
    docx_blocks(path, blocks)


doc(file="Refeeding syndrome - answers to CE questions.docx", genre="GA", shape="5", lang="en",
    route="python-docx: Q&A document, bold numbered questions in the writer's words, answers in the paragraph below",
    fields=T1, build=build_T1,
    notes=("Q&A document: 14 numbered questions in bold, each answered below. Contact answer is ONE line "
           "'name, title, department; email; phone' (five fields). 'A new micro-credential.' = new. Rationale in two "
           "paragraphs (joined). Competencies as bullets (joined '; '); outcomes as a Word-numbered list after a "
           "lead-in (lead-in dropped). Partner answer in two paragraphs: the partner name, then "
           "'Contact: name, role – email' (partner_contact). 'Yes, letter attached.' = letter_attached. One answer gives format "
           "(online), hours ('roughly 10 hours' -> 10), enrolment ('about 40 learners a year' -> 40) and start "
           "('September 2027'). Date line 'Submitted 26 Nov 2026'."))


# ---------------------------------------------------------------- T2  GA  French Q&A, Q1/R1
T2 = dict(
    proposal_title="Dépistage des entérobactéries productrices de carbapénémases (EPC) : prélèvements et suivi des contacts",
    proposer_name="Anne-Sophie Ravelomanana",
    proposer_title="Conseillère en prévention des infections",
    proposer_department="Service de prévention et contrôle des infections",
    proposer_email="as.ravelomanana@example.org",
    proposer_phone="555-0164 poste 2207",
    request_type="micro_course",
    target_learners="Infirmières et infirmiers des unités de soins, préposés aux bénéficiaires et agents de liaison PCI.",
    rationale=("Le nombre de patients porteurs d'EPC a triplé dans la région depuis 2024. Les écouvillonnages rectaux "
               "sont souvent mal faits ou oubliés lors des transferts, et le suivi des contacts se fait de façon "
               "inégale d'une unité à l'autre."),
    competencies=("effectuer un écouvillonnage rectal conforme; appliquer l'algorithme de dépistage à l'admission; "
                  "dresser la liste des contacts d'un cas; communiquer un résultat positif à l'équipe"),
    learning_outcomes=["Décrire les critères de dépistage des EPC à l'admission et lors d'une éclosion.",
                       "Réaliser un écouvillonnage rectal et l'étiqueter correctement.",
                       "Établir la liste des contacts d'un patient porteur selon la définition locale.",
                       "Expliquer au patient et à sa famille le sens d'un résultat positif."],
    summative_assessment=("Observation directe d'un prélèvement sur mannequin avec grille de vérification, puis un "
                          "quiz en ligne de 15 questions (note de passage 80 %)."),
    endorsement_status="none",
    education_plan_alignment=("Le microcours répond à l'axe « sécurité des patients » du Plan d'éducation et "
                              "offre une formation courte aux équipes de première ligne."),
    delivery_format="in_person",
    estimated_hours=6,
    proposed_start="Hiver 2027",
    expected_enrolment=60,
    submission_date="2026-11-30",
)


def build_T2(path):
    f = T2
    blocks = [
        ("title", "Proposition de microcours – réponses", 1),
        ("p", "Montréal, le 30 novembre 2026"),
        ("pb", "Q1. Titre proposé"),
        ("p", [("R1. ", "b"), (f["proposal_title"], "")]),
        ("pb", "Q2. Qui soumet la proposition ?"),
        ("p", [("R2. ", "b"), ("Anne-Sophie Ravelomanana, Conseillère en prévention des infections", "")]),
        ("p", "Service de prévention et contrôle des infections"),
        ("p", "Courriel : as.ravelomanana@example.org | Tél. : 555-0164 poste 2207"),
        ("pb", "Q3. Type de demande"),
        ("p", [("R3. ", "b"), ("Un microcours (pas un microprogramme complet).", "")]),
        ("pb", "Q4. Pour qui ?"),
        ("p", [("R4. ", "b"), (f["target_learners"], "")]),
        ("pb", "Q5. Pourquoi maintenant ?"),
        ("p", [("R5. ", "b"), (f["rationale"], "")]),
        ("pb", "Q6. Compétences visées"),
        ("p", [("R6. ", "b"), ("Les participants devront : effectuer un écouvillonnage rectal conforme, appliquer "
                               "l'algorithme de dépistage à l'admission, dresser la liste des contacts d'un cas et "
                               "communiquer un résultat positif à l'équipe.", "")]),
        ("pb", "Q7. Résultats d'apprentissage"),
        ("p", [("R7. ", "b"), ("À la fin du microcours, la personne pourra :", "")]),
        ("ul", f["learning_outcomes"]),
        ("pb", "Q8. Évaluation sommative"),
        ("p", [("R8. ", "b"), (f["summative_assessment"], "")]),
        ("pb", "Q9. Partenaire externe et appui"),
        ("p", [("R9. ", "b"), ("Aucun partenaire pour le moment. Nous n'avons pas encore sollicité de lettre d'appui.", "")]),
        ("pb", "Q10. Lien avec le Plan d'éducation de Michener"),
        ("p", [("R10. ", "b"), (f["education_plan_alignment"], "")]),
        ("pb", "Q11. Modalités"),
        ("p", [("R11. ", "b"), ("En présentiel, au laboratoire de simulation : 6 heures (une journée). Environ 60 "
                                "personnes par année. Début souhaité : Hiver 2027.", "")]),
    ]
    docx_blocks(path, blocks, font="Cambria")


doc(file="Microcours EPC - réponses Q-R (AS Ravelomanana).docx", genre="GA", shape="5", lang="fr",
    route="python-docx: French Q&A, 'Q1.' questions in bold, answers starting 'R1.' in the paragraph below",
    fields=T2, build=build_T2,
    notes=("French Q&A with 'Q1.'/'R1.' markers (the 'R1.' marker is not part of a value). Contact spread over three "
           "paragraphs under R2 (name and title on one line, department, 'Courriel : … | Tél. : …'); phone kept with "
           "its extension 'poste 2207'. 'Un microcours (pas un microprogramme complet).' = micro_course. Competencies "
           "as an inline list after a lead-in 'Les participants devront :' (items joined '; '). Outcomes as bullets "
           "after a lead-in. 'Aucun partenaire pour le moment' + no letter = none, partner_name missing. One answer "
           "gives in_person ('En présentiel'), '6 heures (une journée)' -> 6, 'Environ 60' -> 60 and the start "
           "'Hiver 2027'. Date 'Montréal, le 30 novembre 2026'. Incomplete: partner_name."))


# ---------------------------------------------------------------- T3  GB  table, label column LAST
T3 = dict(
    proposal_title="Critical Value Phone-Out and Read-Back for Laboratory Assistants",
    proposer_name="Desmond Achterberg-Oyelaran",
    proposer_title="Core Laboratory Charge Technologist",
    proposer_department="Department of Laboratory Medicine",
    proposer_email="d.achterberg-oyelaran@michener.example",
    proposer_phone="416-555-0178",
    request_type="existing_program",
    existing_program_name="Laboratory Assistant Orientation – Module 4 (Results Communication)",
    target_learners="Laboratory assistants and MLAs in hospital core labs who phone critical results to wards",
    rationale=("Our incident log shows 37 delayed or mis-heard critical value calls in 12 months; most involved "
               "new staff without any formal training in read-back."),
    competencies=("closed-loop communication; use of the critical value list; documentation in the LIS; "
                  "escalation when the responsible clinician cannot be reached"),
    learning_outcomes=["State which results on the hospital list are critical values and the reporting time limit for each",
                       "Phone a critical value using a structured script and obtain a correct read-back",
                       "Document the call (who, when, read-back) in the LIS",
                       "Follow the escalation chain when no responsible clinician answers within 15 minutes"],
    summative_assessment="Recorded role-play of three calls scored on a checklist, plus an LIS documentation audit after 4 weeks",
    partner_name="Ontario Society of Laboratory Assistants",
    partner_contact="Nkechi Abara-Lund, Education Chair, n.abara-lund@example.com",
    endorsement_status="confirmed",
    education_plan_alignment="Supports the Plan's priority on workplace-integrated learning and patient safety",
    delivery_format="hybrid",
    estimated_hours=5,
    expected_enrolment=90,
    proposed_start="April 2027",
    submission_date="2026-11-24",
)


def build_T3(path):
    f = T3
    rows = [
        ["No.", "Response", "Item on the CE form"],
        ["1", f["proposal_title"], "Title"],
        ["2", ["Desmond Achterberg-Oyelaran", "Core Laboratory Charge Technologist, Department of Laboratory Medicine",
               "d.achterberg-oyelaran@michener.example", "416-555-0178"], "Lead proposer (name, role, email, phone)"],
        ["3", ["Conversion of an existing program:", f["existing_program_name"]], "Type of request"],
        ["4", f["target_learners"], "Learners"],
        ["5", f["rationale"], "Need"],
        ["6", f["competencies"], "Competencies (R1)"],
        ["7", [("ol", o) for o in f["learning_outcomes"]], "Learning outcomes (R1)"],
        ["8", f["summative_assessment"], "Summative assessment (R2)"],
        ["9", ["Ontario Society of Laboratory Assistants – Nkechi Abara-Lund, Education Chair, n.abara-lund@example.com",
               "Endorsement confirmed by e-mail on 19 Nov; formal letter to follow."], "Partner and endorsement (R3)"],
        ["10", f["education_plan_alignment"], "Education Plan (R4)"],
        ["11", "Hybrid – 3 h online theory + 2 h practice session on site (5 h total); 90 learners/yr", "Format, hours, enrolment"],
        ["12", "April 2027", "Start"],
        ["13", "Nov 24, 2026", "Date"],
    ]
    blocks = [
        ("title", "Critical value calls – concept summary", 1),
        ("pi", "Prepared for Michener Continuing Education. The right-hand column repeats the CE form item each row answers."),
        ("table", rows, {"header": True, "header_fill": "D9D9D9", "label_cols": (2,), "label_bold": False,
                         "label_italic": True, "widths": [1.2, 11.0, 4.6], "size": 10}),
    ]
    docx_blocks(path, blocks, font="Arial", size=10)


doc(file="Critical value calls - concept summary (table).docx", genre="GB", shape="5", lang="en",
    route="python-docx: three-column table 'No. | Response | Item on the CE form' – the label column is the LAST",
    fields=T3, build=build_T3,
    notes=("Table whose labels sit in the THIRD column (italic), answers in the middle, row numbers first (never a "
           "value). The proposer cell holds name, role + department (one paragraph 'role, department'), email and "
           "phone on four paragraphs. Request cell 'Conversion of an existing program:' + the program name on the next "
           "paragraph = existing_program + existing_program_name. Competencies as one line separated by '; '. Outcomes "
           "as Word-numbered paragraphs in one cell, no final stops. Partner cell: 'Partner – contact' on one "
           "paragraph, then 'Endorsement confirmed by e-mail …; formal letter to follow.' = confirmed. One cell "
           "'Hybrid – 3 h online theory + 2 h practice session on site (5 h total); 90 learners/yr' gives hybrid, 5 "
           "(the total) and 90. Date 'Nov 24, 2026'. Cell answers without final stops keep none."))


# ---------------------------------------------------------------- T4  GB  grid table, answers in the row BELOW the labels
T4 = dict(
    proposal_title="Penicillin Allergy De-labelling: Assessment and Direct Oral Challenge",
    proposer_name="Tomasz Wierzbicki-Adeyemi",
    proposer_title="Antimicrobial Stewardship Pharmacist",
    proposer_department="Pharmacy Department",
    proposer_email="twierzbicki@example.org",
    request_type="new",
    target_learners="Hospital pharmacists and pharmacy residents",
    rationale=("About 10% of our inpatients carry a penicillin allergy label, yet fewer than 1 in 10 are truly "
               "allergic. Labelled patients get broader, costlier antibiotics and have more C. difficile infection. "
               "Pharmacists can run low-risk assessments and oral challenges, but few have been trained."),
    competencies=("Allergy history taking; Risk stratification (PEN-FAST); Running a direct oral amoxicillin "
                  "challenge; Documenting and communicating de-labelling"),
    learning_outcomes=["Take a structured penicillin allergy history",
                       "Stratify risk with the PEN-FAST tool",
                       "Select patients eligible for a direct oral challenge and obtain consent",
                       "Monitor a challenge and manage a reaction",
                       "Update the allergy record and inform the patient and the primary care provider"],
    summative_assessment="OSCE station (allergy history + risk decision) and three supervised oral challenges logged in a portfolio",
    partner_name="Canadian Society of Hospital Pharmacists – Ontario Branch",
    endorsement_status="in_discussion",
    education_plan_alignment="Builds practice-ready competencies for pharmacists in line with the Education Plan's focus on advanced practice",
    delivery_format="hybrid",
    estimated_hours=12,
    proposed_start="Fall 2027",
    expected_enrolment=24,
    submission_date="2026-12-01",
)


def build_T4(path):
    f = T4
    g1 = [["Proposed title", "Date"],
          [f["proposal_title"], "2026-12-01"],
          ["Submitted by", "Position / department"],
          ["Tomasz Wierzbicki-Adeyemi", "Antimicrobial Stewardship Pharmacist, Pharmacy Department"],
          ["E-mail", "Phone"],
          ["twierzbicki@example.org", ""],
          ["Request type", "Learners"],
          ["New micro-credential", f["target_learners"]]]
    g2 = [["Why is this needed?"], [f["rationale"]],
          ["Competencies"], [f["competencies"]],
          ["Learning outcomes – learners will be able to"], [[("ol", o) for o in f["learning_outcomes"]]],
          ["Summative assessment"], [f["summative_assessment"]],
          ["Alignment with the Education Plan"], [f["education_plan_alignment"]]]
    g3 = [["Partner", "Endorsement", "Format"],
          [f["partner_name"], "In discussion – meeting booked for January", "Hybrid"],
          ["Hours", "Learners / year", "Start"],
          ["12", "24", f["proposed_start"]]]
    blocks = [
        ("title", "Micro-credential concept – penicillin allergy de-labelling", 1),
        ("table", g1, {"label_rows": (0, 2, 4, 6), "label_fill": "E7E6E6", "widths": [11.0, 6.0], "size": 10}),
        ("table", g2, {"label_rows": (0, 2, 4, 6, 8), "label_fill": "E7E6E6", "widths": [17.0], "size": 10}),
        ("table", g3, {"label_rows": (0, 2), "label_fill": "E7E6E6", "widths": [7.0, 6.0, 4.0], "size": 10}),
    ]
    docx_blocks(path, blocks, font="Calibri", size=10)


doc(file="Penicillin allergy de-labelling - concept grid.docx", genre="GB", shape="5", lang="en",
    route="python-docx: grid tables where each shaded label row is followed by the answer row BELOW it (2, 1 and 3 columns)",
    fields=T4, build=build_T4,
    notes=("Grid layout: labels in shaded rows, the answers in the row below, in three tables (two, one and three "
           "columns), so a label's answer is the cell directly underneath, not beside it. Phone cell left empty "
           "(absent). 'New micro-credential' = new. Outcomes as Word-numbered paragraphs in one cell after the label "
           "'Learning outcomes – learners will be able to'. Endorsement cell 'In discussion – meeting booked for "
           "January' = in_discussion; no partner contact. Hours '12', learners '24' in their own cells. Date "
           "'2026-12-01' top right. Cell answers keep their punctuation as written (rationale sentences keep stops)."))


# ---------------------------------------------------------------- T5  GC  slide handout (pptx -> PDF)
T5 = dict(
    proposal_title="Prospective Audit and Feedback: Antimicrobial Stewardship Rounds for Hospital Pharmacists",
    proposer_name="Leilani Okonkwo-Brandt",
    proposer_title="Clinical Pharmacist, Infectious Diseases",
    proposer_department="Pharmacy Services",
    proposer_email="lokonkwo-brandt@example.org",
    proposer_phone="555-0156",
    request_type="new",
    target_learners="Hospital pharmacists in community and small hospitals without an ID physician on site",
    rationale=("Small hospitals must run stewardship programs for accreditation but rarely have ID-trained staff; "
               "Pharmacists asked for practical training on audit and feedback"),
    competencies=("Reviewing antimicrobial orders against local guidelines; Giving feedback to prescribers; "
                  "Tracking days of therapy"),
    learning_outcomes=["Select patients for audit using daily antimicrobial reports",
                       "Recommend de-escalation, IV-to-PO switch or stop dates based on cultures",
                       "Deliver a recommendation to a prescriber using a structured feedback model",
                       "Measure and report days of therapy per 1,000 patient-days"],
    summative_assessment="Audit of 10 real patients with written recommendations, reviewed by an ID pharmacist, plus a recorded feedback conversation",
    partner_name="Northshore Community Hospitals Network",
    partner_contact="Dr. Ravi Castellanos, Medical Director of Stewardship",
    endorsement_status="letter_attached",
    education_plan_alignment="Supports interprofessional, practice-based learning and the Plan's commitment to community hospitals",
    delivery_format="online",
    estimated_hours=15,
    proposed_start="May 2027",
    expected_enrolment=30,
    resources_required="Access to the CE learning platform; 2 recorded case rounds (we supply the cases)",
    submission_date="2026-11-25",
)


def build_T5(path):
    f = T5
    slides = [
        {"cover": True, "title": "Stewardship rounds for pharmacists: a micro-credential proposal",
         "sub": ["Leilani Okonkwo-Brandt | Clinical Pharmacist, Infectious Diseases | Pharmacy Services",
                 "25 November 2026 – presented to Michener CE"]},
        {"title": "Working title", "bullets": [(f["proposal_title"], 0)], "marker": ""},
        {"title": "The problem", "bullets": [
            "Small hospitals must run stewardship programs for accreditation but rarely have ID-trained staff",
            "Pharmacists asked for practical training on audit and feedback"]},
        {"title": "Who is it for?", "bullets": [f["target_learners"], "A new micro-credential (not a conversion)"]},
        {"title": "Skills", "bullets": ["Reviewing antimicrobial orders against local guidelines",
                                        "Giving feedback to prescribers", "Tracking days of therapy"]},
        {"title": "By the end, learners can…", "bullets": f["learning_outcomes"], "marker": "✓"},
        {"title": "Proving it: summative assessment", "bullets": [f["summative_assessment"]]},
        {"title": "Partner & Education Plan", "bullets": [
            "Partner: Northshore Community Hospitals Network", ("Dr. Ravi Castellanos, Medical Director of Stewardship", 1),
            ("Letter of support attached", 1),
            "Education Plan: " + f["education_plan_alignment"]]},
        {"title": "Logistics", "table": [["Format", "Hours", "Learners / year", "Start"],
                                          ["Online (self-paced + 2 live web rounds)", "15", "30", "May 2027"]],
         "col_widths": [5.0, 2.0, 2.5, 2.6], "size": 18,
         "bullets": ["What we need: Access to the CE learning platform; 2 recorded case rounds (we supply the cases)"]},
        {"title": "Questions?", "bullets": ["lokonkwo-brandt@example.org", "555-0156"], "marker": ""},
    ]
    # the Logistics slide has both a table and a line below it: move the bullet box lower
    slides_pdf(path, slides)


doc(file="AMS rounds micro-credential - slides.pdf", genre="GC", shape="5", lang="en",
    route="python-pptx deck (16:9, title-only slides with text boxes and one table) -> LibreOffice Impress PDF export",
    fields=T5, build=build_T5,
    notes=("Slide handout: cover slide carries name | title | department and the date ('25 November 2026'); one "
           "topic per slide with the applicant's own slide titles; the title alone on a 'Working title' slide; "
           "rationale as two bullets (joined '; '); 'A new micro-credential (not a conversion)' = new; skills as bullets "
           "(joined '; '); outcomes with ✓ markers; partner slide: partner, the contact as a sub-bullet, 'Letter of "
           "support attached' = letter_attached, and 'Education Plan:' run-in; a Logistics table (Format | Hours | "
           "Learners / year | Start) with 'Online (self-paced + 2 live web rounds)' = online, 15, 30, 'May 2027', plus "
           "'What we need:' line = resources_required; email and phone only on the last slide."))


# ---------------------------------------------------------------- T6  GD  spreadsheet (openpyxl -> PDF)
T6 = dict(
    proposal_title="Three-Generation Pedigree Drawing and Family History Intake",
    proposer_name="Ingrid Solberg-Mensah",
    proposer_title="Genetic Counsellor",
    proposer_department="Medical Genetics Clinic",
    proposer_email="isolberg-mensah@example.com",
    proposer_phone="(647) 555-0119",
    request_type="new",
    target_learners="Genetic counselling assistants, clinic nurses and intake coordinators in genetics and oncology clinics",
    rationale=("Referral wait times in our clinic are 9 months. Counsellors spend the first 30 minutes of each visit "
               "redrawing incomplete pedigrees. Trained assistants could take a standard family history before the visit."),
    competencies="Family history interviewing; standard pedigree nomenclature (NSGC); recognising red flags for hereditary conditions; privacy of family information",
    learning_outcomes=["Draw a three-generation pedigree using standard NSGC symbols",
                       "Record ages, causes of death and ancestry accurately",
                       "Identify family history red flags that need a counsellor's review",
                       "Explain to a client how family information will be used and protected"],
    summative_assessment="Learners draw two pedigrees from recorded mock interviews; a genetic counsellor marks them against an answer key (85% to pass).",
    partner_name="Canadian Association of Genetic Counsellors",
    partner_contact="Education Committee (education@cagc.example.org)",
    endorsement_status="confirmed",
    delivery_format="online",
    estimated_hours=8,
    proposed_start="Jan 2028",
    submission_date="2026-11-20",
)


def build_T6(path):
    f = T6
    rows = [
        ["Micro-credential concept – pedigree drawing", None, None],
        ["Ref", "Question", "Answer"],
        ["A", "Contact", None],
        ["A1", "Proposer", "Ingrid Solberg-Mensah"],
        ["A2", "Role / unit", "Genetic Counsellor – Medical Genetics Clinic"],
        ["A3", "E-mail", f["proposer_email"]],
        ["A4", "Phone", f["proposer_phone"]],
        ["A5", "Date", "20/11/2026"],
        ["B", "The proposal", None],
        ["B1", "Proposed title", f["proposal_title"]],
        ["B2", "New / conversion / micro-course", "New"],
        ["B3", "Intended learners", f["target_learners"]],
        ["B4", "Need", f["rationale"]],
        ["B5", "Competencies", f["competencies"]],
        ["B6", "Learning outcomes", "\n".join(f"{i}. {o}" for i, o in enumerate(f["learning_outcomes"], 1))],
        ["B7", "Summative assessment", f["summative_assessment"]],
        ["C", "Endorsement and fit", None],
        ["C1", "Partner", f["partner_name"]],
        ["C2", "Partner contact", f["partner_contact"]],
        ["C3", "Endorsement", "Confirmed (letter to follow)"],
        ["C4", "Education Plan alignment", None],
        ["D", "Delivery", None],
        ["D1", "Format", "Online"],
        ["D2", "Hours", 8],
        ["D3", "Learners per year", "tbc"],
        ["D4", "Start", f["proposed_start"]],
    ]
    sheet_pdf(path, rows, widths=[6, 26, 70], bold_rows=(0, 1), fill_rows=(2, 8, 16, 21),
              merges=("A1:C1",), sheet_name="Concept", header_text="Pedigree MC – draft for CE")


doc(file="Pedigree drawing MC - concept sheet.pdf", genre="GD", shape="5", lang="en",
    route="openpyxl workbook (Ref | Question | Answer, section rows shaded, wrapped cells, header/footer) -> LibreOffice Calc PDF export (fit to width)",
    fields=T6, build=build_T6,
    notes=("Spreadsheet printed to PDF: three columns 'Ref | Question | Answer' – the label column is the SECOND, "
           "reference codes (A1 …) first and never a value; section rows A–D shaded; wrapped long cells; a Calc page "
           "header and 'Page 1 of 2' footer (not values). Role and unit in one cell 'Genetic Counsellor – Medical "
           "Genetics Clinic' (two fields). 'New' = new. Outcomes in one cell as '1. …' lines. 'Confirmed (letter to "
           "follow)' = confirmed. Education Plan alignment left empty: education_plan_alignment missing. Hours as the "
           "number 8; learners 'tbc' (absent). Date '20/11/2026' (dd/mm). Incomplete: education_plan_alignment."))


# ---------------------------------------------------------------- T7  GE  Microsoft-Forms-style response print
T7 = dict(
    proposal_title="Legionella Water Management in Health Care Facilities",
    proposer_name="Fergus MacIlwraith",
    proposer_title="Infection Prevention and Control Practitioner",
    proposer_department="Infection Prevention and Control",
    proposer_email="fergus.macilwraith@example.org",
    proposer_phone="555-0142",
    request_type="micro_course",
    target_learners="IPAC practitioners, facilities and plant operations staff, and environmental services supervisors",
    rationale=("Two hospitals in our region had Legionella in hot-water samples this year. Water management plans "
               "exist on paper, but the people who run flushing, temperature checks and sampling have never been "
               "trained together."),
    competencies="Risk assessment of building water systems; Temperature monitoring and flushing; Sampling and interpreting results; Responding to a positive result",
    learning_outcomes=["Explain how Legionella grows in building water systems and which patients are most at risk",
                       "Perform and document outlet flushing and temperature checks",
                       "Collect a water sample using the correct technique and chain of custody",
                       "Interpret a laboratory report and start the response plan for a positive result"],
    summative_assessment="A scenario-based online exam (20 questions) and a practical sampling check-off observed by a facilities lead.",
    partner_name="Provincial Public Health Laboratory – Environmental Microbiology",
    endorsement_status="in_discussion",
    education_plan_alignment="Interprofessional learning across clinical and non-clinical staff, which is a priority of the Education Plan.",
    delivery_format="hybrid",
    estimated_hours=7,
    expected_enrolment=45,
    proposed_start="June 2027",
    submission_date="2026-11-27",
)

MSF_CSS = """
body{font-family:'Segoe UI',Arial,sans-serif;color:#242424;margin:0;font-size:14px}
.bar{background:#03787c;color:#fff;padding:18px 40px;font-size:22px}
.meta{margin:18px 40px;border:1px solid #e1e1e1;padding:12px 16px;display:grid;grid-template-columns:180px 1fr;row-gap:6px}
.meta div.k{color:#616161}
.q{margin:0 40px 18px 40px;page-break-inside:avoid}
.q .t{font-weight:600;margin-bottom:6px}
.q .t .n{margin-right:6px}
.q .a{border:1px solid #c8c8c8;border-radius:2px;padding:8px 10px;white-space:pre-wrap;min-height:18px}
.q .opt{margin:3px 0 3px 6px}
.q .opt .r{display:inline-block;width:12px;height:12px;border:1px solid #616161;border-radius:50%;margin-right:8px;vertical-align:-1px}
.q .opt.sel .r{background:radial-gradient(#03787c 45%,#fff 50%)}
.req{color:#a4262c}
"""


def msforms(title, meta, items):
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{MSF_CSS}</style></head><body>",
           f"<div class='bar'>{e(title)}</div><div class='meta'>"]
    for k, v in meta:
        out.append(f"<div class='k'>{e(k)}</div><div>{e(v)}</div>")
    out.append("</div>")
    for n, (q, a) in enumerate(items, 1):
        star = "" if "(optional)" in q else "<span class='req'> *</span>"
        out.append(f"<div class='q'><div class='t'><span class='n'>{n}.</span>{e(q)}{star}</div>")
        if isinstance(a, tuple):  # choice question: (options, selected)
            opts, sel = a
            for o in opts:
                if o == sel:
                    out.append(f"<div class='opt sel'><span class='r'></span>{e(o)}</div>")
            # Microsoft Forms' response view shows only the chosen option
        else:
            out.append(f"<div class='a'>{e(a)}</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def build_T7(path):
    f = T7
    items = [
        ("Your name", f["proposer_name"]),
        ("Job title and department", "Infection Prevention and Control Practitioner, Infection Prevention and Control"),
        ("Work email", f["proposer_email"]),
        ("Phone (optional)", f["proposer_phone"]),
        ("What is the working title of your micro-credential or micro-course?", f["proposal_title"]),
        ("What are you asking for?", (["New micro-credential", "Convert an existing program", "Micro-course"], "Micro-course")),
        ("Who are the learners?", f["target_learners"]),
        ("What need or gap does it address?", f["rationale"]),
        ("Which competencies or skills will it build?", "Risk assessment of building water systems\nTemperature monitoring and flushing\nSampling and interpreting results\nResponding to a positive result"),
        ("List the learning outcomes (one per line)", "\n".join(f["learning_outcomes"])),
        ("How will learners show they have achieved the outcomes?", f["summative_assessment"]),
        ("Which external partner endorses it?", f["partner_name"]),
        ("Status of the endorsement", (["Letter of support attached", "Confirmed, letter to follow", "In discussion", "None yet"], "In discussion")),
        ("How does it align with Michener's Education Plan?", f["education_plan_alignment"]),
        ("Delivery format", (["Online", "In person", "Hybrid / blended"], "Hybrid / blended")),
        ("Estimated learning hours", "7"),
        ("Expected learners per year", "45"),
        ("When would you like to launch?", f["proposed_start"]),
    ]
    meta = [("Response", "14"), ("Start time", "11/27/26 14:05:51"), ("Completion time", "11/27/26 14:32:05"),
            ("Email", "anonymous"), ("Name", "anonymous")]
    html_pdf(path, msforms("Michener CE – Micro-credential concept submission", meta, items))


doc(file="Legionella water management - Forms response 14.pdf", genre="GE", shape="5", lang="en",
    route="HTML recreating a Microsoft-Forms-style individual response view (teal bar, metadata grid, numbered questions with answer boxes, chosen option shown with a radio) -> Chromium headless print-to-PDF",
    fields=T7, build=build_T7,
    notes=("Form-service response print (Microsoft Forms look): metadata block Response / Start time / Completion "
           "time / Email 'anonymous' / Name 'anonymous' (not values; the form asks for name and email as questions). "
           "Questions numbered in the form's own wording with a red '*' on required ones; only the chosen option is printed for choice "
           "questions ('Micro-course' = micro_course, 'In discussion' = in_discussion, 'Hybrid / blended' = hybrid). "
           "Multi-line answers: competencies one per line (joined '; '), outcomes one per line without markers. "
           "Title and department in one answer 'Infection Prevention and Control Practitioner, Infection Prevention "
           "and Control' (two fields). No date question: submission_date is the Completion time '11/27/26 14:32:05' "
           "(M/D/YY) -> 2026-11-27. No partner contact."))


# ---------------------------------------------------------------- T8  look-alike: course evaluation summary (spreadsheet route)
def build_T8(path):
    rows = [
        ["Course evaluation summary – Urinalysis dipstick and microscopy workshop (October 2026)", None, None, None],
        ["Item", "Mean (1–5)", "n", "Selected comments"],
        ["The learning outcomes were clear", 4.6, 22, "Outcomes listed on day one helped."],
        ["The competencies taught match my job", 4.4, 22, "Would like more on casts and crystals."],
        ["The summative assessment (practical image quiz) was fair", 4.1, 21, "Quiz images were small on the laptop."],
        ["The delivery format (in person, 6 hours) suited me", 4.7, 22, "Good length."],
        ["I would recommend this course to colleagues", 4.8, 22, ""],
        ["Course lead", "Harriet Nakamura-Oduya, Senior MLT, Microbiology", None, None],
        ["Contact", "hnakamura-oduya@example.org | 555-0137", None, None],
        ["Industry partner", "Westgate Community Labs (supplied analyzers)", None, None],
        ["Next offering", "Spring 2027 – no changes to outcomes; enlarge quiz images", None, None],
        ["Report date", "2026-11-18", None, None],
    ]
    sheet_pdf(path, rows, widths=[48, 14, 6, 44], bold_rows=(0, 1), merges=("A1:D1", "B8:D8", "B9:D9", "B10:D10", "B11:D11", "B12:D12"),
              sheet_name="Summary", landscape=True)


doc(file="Course evaluation summary - urinalysis workshop Oct 2026.pdf", genre="GL", shape="7", lang="en",
    route="openpyxl workbook -> LibreOffice Calc PDF export (the GD route)",
    fields={}, build=build_T8,
    notes=("NOT a concept form: a course evaluation summary for a workshop that already ran – mean ratings of items "
           "that mention learning outcomes, competencies, the summative assessment and the delivery format, plus a "
           "course lead with title, department, email and phone, an industry partner, the next offering and a date. "
           "It evaluates a course; it proposes nothing."))


# written form of each submission date (verify.py checks it occurs in the document)
DATE_TEXT = {"T1": "Submitted 26 Nov 2026", "T2": "le 30 novembre 2026", "T3": "Nov 24, 2026", "T4": "2026-12-01",
             "T5": "25 November 2026", "T6": "20/11/2026", "T7": "11/27/26 14:32:05"}
for _d, _k in zip(DOCS, ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]):
    if _k in DATE_TEXT:
        _d["date_text"] = DATE_TEXT[_k]
