"""Content and expected values of the HELD-OUT half (round 13b). Scoring only – do not read while developing."""
from routes import docx_blocks, slides_pdf, sheet_pdf, html_pdf, e

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ---------------------------------------------------------------- H1  GA  a)/b) labels with the answer beside
H1 = dict(
    proposal_title="Look-Alike, Sound-Alike Medication Errors: Prevention Strategies for Pharmacy Technicians",
    proposer_name="Jun-ho Abernathy-Kwame",
    proposer_title="Pharmacy Technician Educator",
    proposer_department="Pharmacy Department",
    proposer_email="jkwame@example.com",
    proposer_phone="555-0125",
    request_type="new",
    target_learners="Regulated pharmacy technicians in hospital dispensaries and central fill",
    rationale=("LASA mix-ups were the top category in our medication incident reports for 2025 (58 of 214 reports). "
               "Technicians pick and check most doses, yet their training on LASA risk is a 20-minute slide set."),
    competencies=("recognising LASA pairs; using tall-man lettering and shelf separation; independent double checks; "
                  "reporting near misses"),
    learning_outcomes=["Identify high-risk look-alike, sound-alike pairs on the hospital formulary.",
                       "Apply tall-man lettering, shelf separation and barcode scanning to prevent selection errors.",
                       "Perform an independent double check on a high-alert medication.",
                       "Report a near miss in the incident system with enough detail for follow-up."],
    summative_assessment=("Learners complete a timed dispensing simulation with 30 orders containing planted LASA "
                          "errors (pass = all high-alert errors caught and 90% overall), followed by a short written "
                          "reflection."),
    partner_name="Ontario Pharmacy Technicians' Association",
    endorsement_status="letter_attached",
    education_plan_alignment="Patient safety and workforce upskilling are both named priorities of the Education Plan.",
    delivery_format="in_person",
    estimated_hours=4,
    expected_enrolment=40,
    proposed_start="spring 2027",
    resources_required="We need the simulation dispensary for one afternoon per cohort.",
    submission_date="2026-12-03",
)


def build_H1(path):
    f = H1
    blocks = [
        ("title", "LASA medication safety – micro-credential proposal", 1),
        ("p", "For: Michener Continuing Education          3 Dec. 2026"),
        ("p", [("a) Title – ", "b"), (f["proposal_title"], "")]),
        ("p", [("b) Contact – ", "b"), ("Jun-ho Abernathy-Kwame, Pharmacy Technician Educator, Pharmacy Department, "
                                       "jkwame@example.com, tel. 555-0125", "")]),
        ("p", [("c) Kind of request – ", "b"), ("new micro-credential", "")]),
        ("p", [("d) Learners – ", "b"), (f["target_learners"], "")]),
        ("p", [("e) Need – ", "b"), (f["rationale"], "")]),
        ("p", [("f) Competencies – ", "b"), ("recognising LASA pairs, using tall-man lettering and shelf separation, "
                                           "independent double checks, and reporting near misses", "")]),
        ("p", [("g) Learning outcomes – ", "b"), ("technicians who complete it will be able to:", "")]),
        ("lines", [f"i. {f['learning_outcomes'][0]}", f"ii. {f['learning_outcomes'][1]}",
                   f"iii. {f['learning_outcomes'][2]}", f"iv. {f['learning_outcomes'][3]}"]),
        ("p", [("h) Summative assessment – ", "b"), (f["summative_assessment"], "")]),
        ("p", [("i) Partner / letter – ", "b"), ("Ontario Pharmacy Technicians' Association; letter of support attached.", "")]),
        ("p", [("j) Education Plan – ", "b"), (f["education_plan_alignment"], "")]),
        ("p", [("k) Practical details – ", "b"), ("in person, one 4-hour afternoon in the simulation dispensary; two "
                                                 "cohorts of 20 a year (40); first cohort spring 2027.", "")]),
        ("p", [("l) What we need – ", "b"), (f["resources_required"], "")]),
    ]
    docx_blocks(path, blocks, font="Georgia", size=10.5)


doc(file="LASA medication safety - proposal a-l.docx", genre="GA", shape="5", lang="en",
    route="python-docx: lettered labels 'a) Title – ' in bold with the answer beside on the same line",
    fields=H1, build=build_H1, date_text="3 Dec. 2026",
    notes=("Lettered a)–l) labels in bold with the answer BESIDE them after an en dash, one paragraph per item. "
           "Contact on one line: name, title, department, email, 'tel. 555-0125'. 'new "
           "micro-credential' in lower case = new. Competencies as an inline list 'a, b, c, and d' (items joined "
           "'; '). Outcomes after a run-in lead-in, as roman-numbered lines 'i.'–'iv.' in ONE paragraph with line "
           "breaks (markers dropped). Partner line 'X; letter of support attached.' = partner + letter_attached. "
           "Practical details in one sentence: in_person, '4-hour' -> 4, 'two cohorts of 20 a year (40)' -> 40, "
           "start 'spring 2027'. Date '3 Dec. 2026' on the 'For:' line."))


# ---------------------------------------------------------------- H2  GA  Q1/A1, existing program, TBD assessment
H2 = dict(
    proposal_title="Serum Protein Electrophoresis: Pattern Recognition and Reporting",
    proposer_name="Marguerite Oyelowo-Falk",
    proposer_title="Senior Medical Laboratory Technologist",
    proposer_department="Clinical Chemistry, Core Laboratory",
    proposer_email="moyelowo-falk@example.org",
    proposer_phone="555-0182",
    request_type="existing_program",
    existing_program_name="SPEP Interpretation Workshop",
    target_learners="MLTs who read or pre-screen protein electrophoresis and immunofixation gels",
    rationale=("Only four of our technologists can pre-screen SPEP gels, so reports wait for them and turnaround "
               "has slipped to six days. The existing one-day in-house workshop is popular but gives no credential "
               "and has no assessment."),
    competencies="Recognising normal and abnormal SPEP patterns; Quantifying an M-protein; Choosing when to reflex to immunofixation; Writing a standard interpretive comment",
    learning_outcomes=["Identify the normal serum protein fractions and their common abnormal patterns",
                       "Quantify a monoclonal band by perpendicular drop and tangent skimming",
                       "Decide when an immunofixation is required",
                       "Draft an interpretive comment using the laboratory's standard wording"],
    partner_name="Provincial Myeloma Network",
    partner_contact="Dr. Kwabena Sundqvist (kw.sundqvist@example.org)",
    endorsement_status="confirmed",
    education_plan_alignment="It turns an in-house workshop into a stackable credential, as the Education Plan asks.",
    delivery_format="hybrid",
    estimated_hours=9,
    expected_enrolment=25,
    proposed_start="Feb 2027",
    submission_date="2026-12-02",
)


def build_H2(path):
    f = H2
    blocks = [
        ("p", [("SPEP micro-credential – Q & A for the CE office", "b")]),
        ("p", "Date: 02 Dec 2026"),
        ("p", "Q1: What is the proposed title?"),
        ("p", "A1: " + f["proposal_title"]),
        ("p", "Q2: Who is the lead and how can CE contact them?"),
        ("p", "A2: Marguerite Oyelowo-Falk – Senior Medical Laboratory Technologist, Clinical Chemistry, Core "
              "Laboratory – moyelowo-falk@example.org – 555-0182"),
        ("p", "Q3: Is it new or a conversion?"),
        ("p", "A3: Conversion. We would convert our existing SPEP Interpretation Workshop (a one-day in-house "
              "session) into a micro-credential."),
        ("p", "Q4: Target learners?"),
        ("p", "A4: " + f["target_learners"]),
        ("p", "Q5: What gap does it fill?"),
        ("p", "A5: " + f["rationale"]),
        ("p", "Q6: Which competencies?"),
        ("ul", f["competencies"].split("; ")),
        ("p", "Q7: Learning outcomes?"),
        ("ol", f["learning_outcomes"]),
        ("p", "Q8: How will learning be assessed (summative)?"),
        ("p", "A8: TBD"),
        ("p", "Q9: Practicalities (format, hours, learners, start)?"),
        ("p", "A9: Blended – two online modules and one 3-hour bench session; 9 hours total; 25 per year; start Feb 2027"),
        ("p", "Q10: External partner and endorsement?"),
        ("p", "A10: Provincial Myeloma Network – contact Dr. Kwabena Sundqvist (kw.sundqvist@example.org). They have "
              "agreed to endorse it; a letter will follow."),
        ("p", "Q11: How does it align with Michener's Education Plan?"),
        ("p", "A11: " + f["education_plan_alignment"]),
    ]
    docx_blocks(path, blocks, font="Calibri", size=11)


doc(file="SPEP micro-credential - Q&A (M Oyelowo-Falk).docx", genre="GA", shape="5", lang="en",
    route="python-docx: plain 'Q1:' question paragraphs and 'A1:' answer paragraphs (no bold), lists without the A marker",
    fields=H2, build=build_H2, date_text="02 Dec 2026",
    notes=("Plain Q1:/A1: layout with no bold; the 'A1:' marker is not part of a value. Contact A2 on one line "
           "'name – title, department – email – phone' where the department itself holds a comma ('Clinical "
           "Chemistry, Core Laboratory'). A3 'Conversion. We would convert our existing SPEP Interpretation "
           "Workshop (a one-day in-house session) into a micro-credential.' = existing_program with the name 'SPEP "
           "Interpretation Workshop'. Competencies (Q6) and outcomes (Q7) are Word lists with no 'A6:'/'A7:' marker. "
           "A8 'TBD' = no value: summative_assessment missing. A9 gives hybrid ('Blended'), 9, 25 and 'Feb 2027'. "
           "A10: partner, contact in a 'contact …' phrase, 'They have agreed to endorse it; a letter will follow.' = "
           "confirmed. Date '02 Dec 2026'. Incomplete: summative_assessment."))


# ---------------------------------------------------------------- H3  GA  numbered questions, several answers in one paragraph
H3 = dict(
    proposal_title="Renal Diet Counselling for Hemodialysis Patients",
    proposer_name="Oluwakemi Brandvold",
    proposer_title="Renal Dietitian",
    proposer_department="Nephrology Program",
    proposer_email="obrandvold@example.org",
    proposer_phone="555-0193",
    request_type="new",
    target_learners="diet technicians and dietetic assistants who support renal dietitians in hemodialysis units",
    rationale=("Our dialysis units have one dietitian for roughly 180 patients. Diet technicians already see patients "
               "chairside but are not trained to reinforce potassium, phosphate and fluid advice, so patients get "
               "mixed messages."),
    competencies=("explaining potassium, phosphate, sodium and fluid limits in plain language; reading monthly "
                  "bloodwork trends; using teach-back; knowing when to refer to the dietitian"),
    learning_outcomes=["Explain the main dietary restrictions of hemodialysis in plain language",
                       "Spot rising potassium or phosphate in monthly bloodwork",
                       "Use teach-back to check a patient's understanding",
                       "Refer a patient to the renal dietitian when the plan needs to change"],
    summative_assessment=("Each learner is observed in two chairside conversations, scored with a teach-back checklist "
                          "by a renal dietitian, and then takes a 20-question online quiz."),
    partner_name="Greater Harbour Kidney Foundation",
    endorsement_status="confirmed",
    education_plan_alignment=("The Education Plan asks for short credentials that extend the reach of regulated "
                              "professionals, and this one does exactly that for renal dietitians."),
    delivery_format="in_person",
    estimated_hours=6,
    expected_enrolment=20,
)


def build_H3(path):
    f = H3
    blocks = [
        ("title", "Renal Diet Counselling for Hemodialysis Patients", 1),
        ("pi", "A few answers for the Continuing Education team"),
        ("p", [("1. Is this a new course? ", "i"), ("Yes – a new micro-credential; nothing like it exists at Michener.", "")]),
        ("p", [("2. Why now? ", "i"), (f["rationale"], "")]),
        ("p", [("3. Tell us about the course: who is it for, how will it run and how big will it be? ", "i"),
               ("It is meant for diet technicians and dietetic assistants who support renal dietitians in "
                "hemodialysis units. We picture it in person, at the dialysis unit, in two 3-hour sessions (6 hours), "
                "for about 20 people a year.", "")]),
        ("p", [("4. What will people learn to do? ", "i"),
               ("They will practise explaining potassium, phosphate, sodium and fluid limits in plain language, "
                "reading monthly bloodwork trends, using teach-back, and knowing when to refer to the dietitian. By "
                "the end they should be able to:", "")]),
        ("ol", [o for o in f["learning_outcomes"]]),
        ("p", [("5. How will you check? ", "i"), (f["summative_assessment"], "")]),
        ("p", [("6. Partner? ", "i"), ("The Greater Harbour Kidney Foundation has agreed to endorse it; their letter "
                                      "will follow once their board meets.", "")]),
        ("p", [("7. Education Plan? ", "i"), (f["education_plan_alignment"], "")]),
        ("p", ""),
        ("lines", ["Oluwakemi Brandvold, RD", "Renal Dietitian, Nephrology Program",
                   "obrandvold@example.org | 555-0193"]),
    ]
    docx_blocks(path, blocks, font="Calibri", size=11)


doc(file="Renal diet counselling - a few answers.docx", genre="GA", shape="5", lang="en",
    route="python-docx: numbered questions in italics run into the answer in the same paragraph; signature block at the end",
    fields=H3, build=build_H3,
    notes=("Questions in italics at the start of each paragraph with the answer continuing in the same paragraph "
           "(no line break). Title only as the document heading. 'Yes – a new micro-credential; …' = new. Answer 3 "
           "holds learners (phrase after 'meant for', no stop), in_person, hours ('two 3-hour sessions (6 hours)' -> "
           "6) and enrolment ('about 20 people a year' -> 20). Answer 4 holds the competencies as an inline list "
           "(items joined '; ') and a lead-in to numbered outcomes. Assessment answer is a complete sentence after the question (keeps its stop). Partner sentence 'has agreed to endorse it; "
           "their letter will follow' = confirmed. Signature block: name with post-nominal 'RD' (dropped), 'title, "
           "department', 'email | phone'. No date (absent); no start given (absent)."))


# ---------------------------------------------------------------- H4  GB  answer column first, question second
H4 = dict(
    proposal_title="Chromosomal Microarray Reporting Basics",
    proposer_name="Rafaela Quintero-Mbatha",
    proposer_title="Senior Cytogenetic Technologist",
    proposer_department="Genetics Laboratory",
    proposer_email="rquintero@michener.example",
    proposer_phone="555-0108",
    request_type="micro_course",
    target_learners="Genetics technologists new to microarray analysis; cytogenetics students in their final placement",
    rationale="Microarray has replaced karyotype as first-tier testing for developmental delay, and new technologists arrive without any training in CNV classification.",
    competencies="CNV calling and quality review; use of public databases (ClinGen, DECIPHER, gnomAD-SV); applying ACMG/ClinGen CNV scoring; drafting a result summary",
    learning_outcomes=["Review array QC metrics and reject a failed run",
                       "Call and size copy-number variants using the laboratory software",
                       "Classify a CNV with the ACMG/ClinGen points-based scoring",
                       "Draft a result summary for the reviewing geneticist"],
    summative_assessment="Ten de-identified cases classified independently; at least 9 must match the consensus classification",
    partner_name="Canadian College of Medical Geneticists – Laboratory Committee",
    endorsement_status="letter_attached",
    delivery_format="online",
    estimated_hours=12,
    expected_enrolment=15,
    proposed_start="when the 2027 intake starts (September)",
    submission_date="2026-12-01",
)


def build_H4(path):
    f = H4
    rows = [
        ["What we propose", "CE question"],
        [f["proposal_title"], "Proposed title"],
        ["Rafaela Quintero-Mbatha · Senior Cytogenetic Technologist · Genetics Laboratory · rquintero@michener.example · 555-0108",
         "Who is proposing? (name, position, department, email, phone)"],
        ["Micro-course", "Micro-credential, conversion or micro-course?"],
        [f["target_learners"], "Intended learners"],
        [f["rationale"], "Why is this needed?"],
        [[("ul", c) for c in f["competencies"].split("; ")], "Competencies / skills"],
        [[f"{i}) {o}" for i, o in enumerate(f["learning_outcomes"], 1)], "Learning outcomes"],
        [f["summative_assessment"], "Summative assessment"],
        ["Letter attached – Canadian College of Medical Geneticists – Laboratory Committee", "Endorsing partner / letter"],
        ["—", "Alignment with Michener's Education Plan"],
        [["Online", "12 hours", "about 15 per year", f["proposed_start"]], "Format / hours / learners / start"],
        ["December 1, 2026", "Date"],
    ]
    blocks = [
        ("title", "CMA reporting – concept on one page", 1),
        ("table", rows, {"header": True, "header_fill": "BDD7EE", "label_cols": (1,), "label_bold": False,
                         "label_italic": True, "widths": [11.5, 5.5], "size": 10}),
    ]
    docx_blocks(path, blocks, font="Calibri", size=10)


doc(file="CMA reporting - concept on one page.docx", genre="GB", shape="5", lang="en",
    route="python-docx: two-column table 'What we propose | CE question' – answers FIRST, questions (italic) second",
    fields=H4, build=build_H4, date_text="December 1, 2026",
    notes=("Answer column first, question column second (italic). Proposer cell: five fields on one line separated "
           "by ' · '. 'Micro-course' = micro_course. Competencies as Word bullets in one cell (joined '; '). Outcomes "
           "typed '1) …' one per paragraph. Partner cell 'Letter attached – <partner name containing an en dash>' = "
           "letter_attached and the whole 'Canadian College of Medical Geneticists – Laboratory Committee' as the "
           "partner. Education Plan cell '—' = no value: education_plan_alignment missing. Practicalities cell on "
           "four paragraphs: online, '12 hours' -> 12, 'about 15 per year' -> 15, start 'when the 2027 intake starts "
           "(September)' kept as written. Date 'December 1, 2026'. Incomplete: education_plan_alignment."))


# ---------------------------------------------------------------- H5  GB  one table, merged label rows with answers below
H5 = dict(
    proposal_title="C. difficile Terminal Cleaning: Auditing and Coaching for Environmental Services Leads",
    proposer_name="Gwendolyn Asante-Virtanen",
    proposer_title="Environmental Services Manager",
    proposer_department="Support Services",
    proposer_email="gasante-virtanen@example.org",
    proposer_phone="905-555-0161",
    request_type="existing_program",
    existing_program_name="EVS Supervisor Certificate, Unit 3 (Infection Control Cleaning)",
    target_learners="Environmental services team leads and supervisors in acute and long-term care",
    rationale=("Hospital-onset C. difficile rose 30% at two partner sites in 2026. Fluorescent-marker audits show "
               "that bathroom surfaces are missed in a third of terminal cleans. Leads audit rooms but have never "
               "been taught to coach staff on what they find."),
    competencies="Sporicidal product selection and contact times; Fluorescent marker and ATP auditing; Giving feedback after an audit; Working with IPAC on outbreak cleaning",
    learning_outcomes=["Select a sporicidal agent and apply the correct contact time for C. difficile rooms",
                       "Audit a terminal clean with fluorescent markers and ATP and record the results",
                       "Give a cleaner structured feedback after a failed audit",
                       "Plan enhanced cleaning with IPAC during an outbreak"],
    summative_assessment="Each lead audits three rooms with a marker kit and completes a coaching conversation observed by an IPAC practitioner, using a standard rubric.",
    partner_name="Canadian Association of Environmental Management in Healthcare",
    partner_contact="Darnell Fitzgerald-Nwosu, Director of Education, dfn@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment="Extends Michener's CE offer to non-clinical staff who affect patient safety.",
    delivery_format="hybrid",
    estimated_hours=14,
    expected_enrolment=36,
    proposed_start="September 2027",
    submission_date="2026-11-27",
)


def build_H5(path):
    f = H5
    rows = [
        ["1  Title", "", "", ""], [f["proposal_title"], "", "", ""],
        ["2  Lead", "", "3  Contact", ""],
        [["Gwendolyn Asante-Virtanen", "Environmental Services Manager, Support Services"], "",
         ["gasante-virtanen@example.org", "905-555-0161"], ""],
        ["4  Request", "", "", ""], [["☐ New micro-credential   ☒ Conversion of an existing program   ☐ Micro-course",
                                      "Program: " + f["existing_program_name"]], "", "", ""],
        ["5  Learners", "", "", ""], [f["target_learners"], "", "", ""],
        ["6  Rationale", "", "", ""], [f["rationale"], "", "", ""],
        ["7  Competencies", "", "", ""], [[("ul", c) for c in f["competencies"].split("; ")], "", "", ""],
        ["8  Outcomes", "", "", ""], [[("ol", o) for o in f["learning_outcomes"]], "", "", ""],
        ["9  Summative assessment", "", "", ""], [f["summative_assessment"], "", "", ""],
        ["10  Partner", "", "11  Letter of support attached?", ""],
        [[f["partner_name"], "Contact: " + f["partner_contact"]], "", "Yes", ""],
        ["12  Education Plan", "", "", ""], [f["education_plan_alignment"], "", "", ""],
        ["13  Format", "14  Hours", "15  Learners/yr", "16  Start"],
        ["Hybrid", "14", "36", f["proposed_start"]],
        ["17  Date", "", "", ""], ["27.11.2026", "", "", ""],
    ]
    import docx as _d
    from docx.shared import Cm, Pt
    from routes import _cell, _shade
    d = _d.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    d.add_heading("Concept – C. difficile terminal cleaning (EVS leads)", level=1)
    t = d.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
    for i, row in enumerate(rows):
        label = i % 2 == 0
        if row[1] == "" and row[2] == "" and row[3] == "":
            c = t.cell(i, 0).merge(t.cell(i, 3)); _cell(c, row[0], bold=label)
            if label: _shade(c, "D9E2F3")
        elif row[1] == "" and row[3] == "":
            a = t.cell(i, 0).merge(t.cell(i, 1)); b = t.cell(i, 2).merge(t.cell(i, 3))
            _cell(a, row[0], bold=label); _cell(b, row[2], bold=label)
            if label: _shade(a, "D9E2F3"); _shade(b, "D9E2F3")
        else:
            for j in range(4):
                _cell(t.cell(i, j), row[j], bold=label)
                if label: _shade(t.cell(i, j), "D9E2F3")
    d.save(path)


doc(file="C diff terminal cleaning - concept (label rows).docx", genre="GB", shape="5", lang="en",
    route="python-docx: one four-column table, numbered shaded label rows with the answer in the merged row BELOW (gridSpan), pairs and a four-cell practicalities band",
    fields=H5, build=build_H5, date_text="27.11.2026",
    notes=("One table: each shaded, numbered label row ('1  Title' …) is followed by its answer row below; most rows "
           "merged across four columns, some split into two halves (Lead | Contact; Partner | Letter) and one band of "
           "four (Format | Hours | Learners/yr | Start). Lead cell: name, then 'title, department'; Contact cell: "
           "email, phone '905-555-0161'. Request as ☐/☒ options with 'Conversion of an existing program' ticked and "
           "'Program: …' on the next paragraph (existing_program_name without 'Program:'). Competencies as bullets "
           "(joined '; '), outcomes Word-numbered. Partner cell: partner, then 'Contact: …' (partner_contact); "
           "'Letter of support attached?' 'Yes' = letter_attached. Hybrid / 14 / 36 / 'September 2027'. Date "
           "'27.11.2026' (dd.mm)."))


# ---------------------------------------------------------------- H6  GC  slides, question titles
H6 = dict(
    proposal_title="Ketogenic Diet Therapy for Children with Drug-Resistant Epilepsy",
    proposer_name="Saoirse Delacroix-Amankwah",
    proposer_title="Paediatric Dietitian",
    proposer_department="Neurology Program",
    proposer_email="sdelacroix@example.com",
    request_type="new",
    target_learners="Registered dietitians in paediatric and community settings who are new to ketogenic diet therapy",
    rationale=("Only two dietitians in the region can start ketogenic diet therapy; the wait for a start is now 7 "
               "months. Families are moving to unsupervised online versions of the diet."),
    competencies=("Calculating a classic and a modified Atkins ketogenic prescription; Monitoring ketones, growth "
                  "and side effects; Coaching families on meal preparation"),
    learning_outcomes=["Calculate a classic 4:1 and a modified Atkins prescription for a case child",
                       "Plan initiation and monitoring, including ketone targets and bloodwork",
                       "Recognise and manage common side effects such as constipation and acidosis",
                       "Teach a family to weigh, prepare and adjust meals"],
    summative_assessment="Case-based prescription calculation marked against a key, and an observed family teaching session with a rubric",
    partner_name="Ketogenic Diet Families Canada",
    endorsement_status="letter_attached",
    education_plan_alignment="Grows specialised practice capacity outside large centres, a goal of the Education Plan",
    delivery_format="in_person",
    estimated_hours=8,
    expected_enrolment=16,
    proposed_start="autumn 2027",
    submission_date="2026-11-29",
)


def build_H6(path):
    f = H6
    slides = [
        {"cover": True, "title": f["proposal_title"],
         "sub": ["A micro-credential proposal for Michener CE", "Saoirse Delacroix-Amankwah",
                 "Paediatric Dietitian, Neurology Program", "sdelacroix@example.com · 2026-11-29"]},
        {"title": "Why?", "bullets": ["Only two dietitians in the region can start ketogenic diet therapy; the wait for a start is now 7 months.",
                                      "Families are moving to unsupervised online versions of the diet."], "marker": "–"},
        {"title": "For whom?", "bullets": [f["target_learners"], "Brand-new micro-credential"], "marker": "–"},
        {"title": "What skills?", "bullets": f["competencies"].split("; "), "marker": "–"},
        {"title": "What will they be able to do?", "bullets": [f"{i}. {o}" for i, o in enumerate(f["learning_outcomes"], 1)], "marker": ""},
        {"title": "How will we know?", "bullets": [f["summative_assessment"]], "marker": "–"},
        {"title": "Who backs it?", "bullets": ["Ketogenic Diet Families Canada – letter of support attached",
                                               "Fit with the Education Plan: " + f["education_plan_alignment"]], "marker": "–"},
        {"title": "How would it run?", "bullets": ["Format: in person, two half-days at the epilepsy clinic",
                                                   "Hours: 8", "Learners: 16/year", "Start: autumn 2027"], "marker": "–"},
    ]
    slides_pdf(path, slides)


doc(file="Keto diet therapy MC - proposal slides.pdf", genre="GC", shape="5", lang="en",
    route="python-pptx deck (title slide + title-only slides with text boxes) -> LibreOffice Impress PDF export",
    fields=H6, build=build_H6, date_text="2026-11-29",
    notes=("Slide handout with question slide titles ('Why?', 'For whom?', 'What skills?' …). Cover: title, a "
           "subtitle line (not a value), name, 'title, department', 'email · date'. Rationale as two '–' bullets "
           "(full sentences, joined with a space). 'Brand-new micro-credential' = new. Outcomes numbered by hand. "
           "'Ketogenic Diet Families Canada – letter of support attached' = partner + letter_attached. 'Fit with the "
           "Education Plan:' run-in (phrase, no stop). Logistics as 'Label: value' bullets: in_person, 8, '16/year' "
           "-> 16, 'autumn 2027'. No phone."))


# ---------------------------------------------------------------- H7  GC  slides with an at-a-glance table, no partner
H7 = dict(
    proposal_title="Kleihauer-Betke Testing and RhIG Dose Calculation",
    proposer_name="Abimbola Rautenbach",
    proposer_title="Transfusion Medicine Technologist",
    proposer_department="Blood Bank",
    proposer_email="arautenbach@example.org",
    proposer_phone="555-0114",
    request_type="micro_course",
    target_learners="MLTs who cover the blood bank on evenings and weekends",
    rationale=("Kleihauer-Betke tests are rare, so evening staff perform only a few each year; a 2026 proficiency "
               "survey found a 25% error rate in RhIG dose calculations."),
    competencies="Preparing and staining the acid-elution smear; Counting fetal cells; Calculating fetal bleed volume and RhIG vials",
    learning_outcomes=["Prepare and stain a Kleihauer-Betke smear with appropriate controls",
                       "Count fetal and adult cells to the required total",
                       "Calculate the fetal-maternal bleed volume and the number of RhIG vials",
                       "Report the result and the recommended dose to the clinical team"],
    summative_assessment="Counting and calculation on three prepared slides (results within ±20% of the reference, all doses correct)",
    endorsement_status="none",
    education_plan_alignment="Flexible, short learning for shift workers, in line with the Education Plan",
    delivery_format="online",
    estimated_hours=4,
    expected_enrolment=50,
    proposed_start="March 2027",
    submission_date="2026-11-23",
)


def build_H7(path):
    f = H7
    slides = [
        {"title": "Proposal at a glance", "table": [
            ["Working title", f["proposal_title"]],
            ["Lead", "Abimbola Rautenbach, Transfusion Medicine Technologist – Blood Bank"],
            ["Request", "Micro-course"],
            ["Audience", f["target_learners"]],
            ["Format / hours / learners", "Online – 4 h – ~50 per year"],
            ["Launch", "March 2027"],
            ["Submitted", "23/11/2026"]], "col_widths": [3.4, 8.7], "size": 16, "plain_table": True},
        {"title": "Why this matters", "bullets": [f["rationale"]]},
        {"title": "Competencies", "bullets": f["competencies"].split("; ")},
        {"title": "Learning outcomes", "bullets": f["learning_outcomes"], "marker": "▪"},
        {"title": "Summative assessment", "bullets": [f["summative_assessment"]]},
        {"title": "Partner & Education Plan", "bullets": [
            "Endorsing partner: not yet identified – none so far",
            "Education Plan: " + f["education_plan_alignment"]]},
        {"title": "Questions?", "bullets": ["Abimbola Rautenbach", "arautenbach@example.org | 555-0114"], "marker": ""},
    ]
    slides_pdf(path, slides)


doc(file="Kleihauer-Betke micro-course - handout.pdf", genre="GC", shape="5", lang="en",
    route="python-pptx deck starting with an 'at a glance' table slide -> LibreOffice Impress PDF export",
    fields=H7, build=build_H7, date_text="23/11/2026",
    notes=("Slide handout whose FIRST slide is a two-column 'Proposal at a glance' table (title, lead 'name, title – "
           "department', request, audience, one composite row 'Online – 4 h – ~50 per year' -> online, 4, 50, launch "
           "'March 2027', 'Submitted 23/11/2026' (dd/mm)). Rationale as one bullet. Competencies as bullets (joined "
           "'; '), outcomes with '▪' markers. 'Endorsing partner: not yet identified – none so far' = none, "
           "partner_name missing. Email and phone only on the last slide. Incomplete: partner_name."))


# ---------------------------------------------------------------- H8  GD  spreadsheet, Required? column, all contact in one cell
H8 = dict(
    proposal_title="Outbreak Line Lists and Case Definitions for Unit IPAC Champions",
    proposer_name="Bronwen Achebe-Lindqvist",
    proposer_title="IPAC Lead",
    proposer_department="Medicine Program",
    proposer_email="bachebe@example.org",
    proposer_phone="555-0170",
    request_type="new",
    target_learners="Unit-based IPAC champions (nurses, RPNs, unit clerks) on medicine and long-term care units",
    rationale=("In the last two respiratory seasons, line lists from units were incomplete or late in 6 of 9 "
               "outbreaks, which delayed public health declarations. Champions want hands-on practice."),
    learning_outcomes=["Apply a case definition to new symptomatic patients and staff",
                       "Keep a line list complete and current using the regional template",
                       "Draw and interpret a simple epidemic curve",
                       "Communicate daily outbreak updates to the unit team"],
    summative_assessment="Simulated outbreak exercise: learners maintain a line list over five simulated days and are scored on completeness and timeliness.",
    partner_name="Lakeshore Regional Public Health",
    partner_contact="Outbreak Team – outbreaks@example.com",
    endorsement_status="in_discussion",
    education_plan_alignment="Practice-based, interprofessional learning that prepares units for surge, in line with the Education Plan.",
    delivery_format="online",
    estimated_hours=5,
    expected_enrolment=120,
    proposed_start="before the 2027–2028 respiratory season",
    submission_date="2026-11-30",
)


def build_H8(path):
    f = H8
    rows = [
        ["Micro-credential concept – outbreak line lists", None, None, None],
        ["Section", "Field", "Required?", "Your response"],
        ["About you", "Name, position, unit, e-mail, phone", "Y",
         "Bronwen Achebe-Lindqvist, IPAC Lead, Medicine Program, bachebe@example.org, 555-0170"],
        [None, "Date", "N", "2026-11-30"],
        ["Proposal", "Title", "Y", f["proposal_title"]],
        [None, "Type (new / conversion / micro-course)", "Y", "New"],
        [None, "Learners", "Y", f["target_learners"]],
        [None, "Need", "Y", f["rationale"]],
        [None, "Competencies", "Y", None],
        [None, "Learning outcomes", "Y", "\n".join("- " + o for o in f["learning_outcomes"])],
        [None, "Summative assessment", "Y", f["summative_assessment"]],
        ["Endorsement", "Partner organisation", "Y", f["partner_name"]],
        [None, "Partner contact", "N", f["partner_contact"]],
        [None, "Status", "Y", "In discussion"],
        [None, "Education Plan alignment", "Y", f["education_plan_alignment"]],
        ["Delivery", "Format", "N", "Online (self-paced)"],
        [None, "Hours", "N", "5"],
        [None, "Learners / year", "N", "120 (all units)"],
        [None, "Start", "N", f["proposed_start"]],
        [None, "Resources", "N", "N/A"],
    ]
    sheet_pdf(path, rows, widths=[13, 24, 9, 62], bold_rows=(0, 1), bold_cols=(0,), merges=("A1:D1",),
              sheet_name="Concept form")


doc(file="Outbreak line lists - concept (sheet).pdf", genre="GD", shape="5", lang="en",
    route="openpyxl workbook 'Section | Field | Required? | Your response' -> LibreOffice Calc PDF export",
    fields=H8, build=build_H8, date_text="2026-11-30",
    notes=("Spreadsheet with four columns: section name (only on the first row of each section), field label, a "
           "'Required?' Y/N column (never a value) and the answer LAST. One cell 'Name, position, unit, e-mail, "
           "phone' answered by one comma-separated line giving all five fields. Competencies left empty: "
           "competencies missing. Outcomes as '- ' lines in one cell. 'In discussion' = in_discussion. 'Online "
           "(self-paced)' = online; '5' -> 5; '120 (all units)' -> 120; start 'before the 2027–2028 respiratory "
           "season' kept as written; Resources 'N/A' (absent). Date '2026-11-30'. Incomplete: competencies."))


# ---------------------------------------------------------------- H9  GD  spreadsheet, labels across, answers in the row below
H9 = dict(
    proposal_title="Extemporaneous Oral Liquid Compounding for Paediatric Patients",
    proposer_name="Evander Okafor-Lindahl",
    proposer_title="Pharmacy Technician Supervisor",
    proposer_department="Children's Hospital Pharmacy",
    proposer_email="eokafor-lindahl@example.org",
    proposer_phone="555-0149",
    request_type="new",
    target_learners="Pharmacy technicians and assistants in hospital and community pharmacies that compound for children",
    rationale=("Many paediatric doses have no commercial liquid. Recipes vary between sites, and a 2025 audit found "
               "beyond-use dates assigned without references in 1 of 4 compounded liquids."),
    competencies="Choosing a validated recipe; Calculating and measuring ingredients; Assigning beyond-use dates; Labelling and documentation",
    learning_outcomes=["Choose a validated formulation and reference for a requested oral liquid",
                       "Calculate quantities and compound the liquid with correct technique",
                       "Assign a beyond-use date supported by stability data",
                       "Complete the compounding record and the label"],
    competency_framework="NAPRA Model Standards for Pharmacy Compounding of Non-hazardous Non-sterile Preparations",
    summative_assessment="Practical: compound two assigned liquids under observation with a checklist; written record and label checked by a pharmacist.",
    partner_name="Tri-County Paediatric Pharmacy Network",
    partner_contact="Hyacinth Moreau-Tanaka, Chair – hmoreau@example.com",
    endorsement_status="confirmed",
    education_plan_alignment="Builds practical lab skills and serves community pharmacies, both themes of the Education Plan.",
    delivery_format="hybrid",
    estimated_hours=10,
    expected_enrolment=32,
    proposed_start="Jan 2028",
    resources_required="Compounding lab time (2 × 3 h) and ingredients; we will lend balances and graduates.",
    submission_date="2026-11-28",
)


def build_H9(path):
    f = H9
    band1 = ["Timestamp", "Name", "Position", "Department", "Email", "Phone"]
    ans1 = ["2026-11-28 09:14", f["proposer_name"], f["proposer_title"], f["proposer_department"], f["proposer_email"], f["proposer_phone"]]
    band2 = ["Title", "Request type", "Learners", "Need", "Competencies", "Framework"]
    ans2 = [f["proposal_title"], "New micro-credential", f["target_learners"], f["rationale"],
            "\n".join(f["competencies"].split("; ")), f["competency_framework"]]
    band3 = ["Learning outcomes", "Summative assessment", "Partner", "Partner contact", "Endorsement", "Education Plan"]
    ans3 = ["\n".join(f"{i}. {o}" for i, o in enumerate(f["learning_outcomes"], 1)), f["summative_assessment"],
            f["partner_name"], f["partner_contact"], "Confirmed – letter to follow", f["education_plan_alignment"]]
    band4 = ["Format", "Hours", "Learners/yr", "Start", "Resources", ""]
    ans4 = ["Blended", 10, 32, f["proposed_start"], f["resources_required"], ""]
    rows = [["Concept intake export – row 17 (oral liquid compounding)", None, None, None, None, None],
            band1, ans1, [None] * 6, band2, ans2, [None] * 6, band3, ans3, [None] * 6, band4, ans4]
    rows = [[(None if v == "" else v) for v in r] for r in rows]
    sheet_pdf(path, rows, widths=[30, 24, 30, 34, 34, 30], bold_rows=(0,), fill_rows=(1, 4, 7, 10),
              merges=("A1:F1",), landscape=True, sheet_name="Intake")


doc(file="Oral liquid compounding - intake export row 17.pdf", genre="GD", shape="5", lang="en",
    route="openpyxl workbook laid out like an intake-tracker export: label bands across six columns with the answers in the row BELOW -> LibreOffice Calc PDF (landscape)",
    fields=H9, build=build_H9, date_text="2026-11-28 09:14",
    notes=("Spreadsheet export of one intake row folded into four bands: a shaded row of six column labels with the "
           "answers in the row BELOW each label (landscape). 'Timestamp' '2026-11-28 09:14' = submission_date. "
           "'New micro-credential' = new. Competencies and outcomes as lines inside one cell (competencies joined "
           "'; '; outcomes '1.' markers dropped). Partner contact 'name, role – email'. 'Confirmed – letter to "
           "follow' = confirmed. 'Blended' = hybrid; number cells 10 and 32; start 'Jan 2028'; resources sentence."))


# ---------------------------------------------------------------- H10  GE  bilingual Jotform-style submission print
H10 = dict(
    proposal_title="Gestion des pénuries de médicaments en établissement de santé",
    proposer_name="Léonie Rakotoarisoa-Dubé",
    proposer_title="Pharmacienne, coordonnatrice des approvisionnements",
    proposer_department="Département de pharmacie",
    proposer_email="lrakoto-dube@example.org",
    proposer_phone="555-0152",
    request_type="micro_course",
    target_learners="Pharmaciens, assistants techniques en pharmacie et acheteurs des départements de pharmacie",
    rationale=("Les ruptures d'approvisionnement touchent plus de 150 produits par année dans notre établissement. "
               "Chaque pénurie exige une substitution sûre, une communication aux prescripteurs et une mise à jour "
               "des systèmes, mais aucune formation ne couvre ces étapes."),
    competencies="évaluer l'impact clinique d'une pénurie; choisir une solution de remplacement; communiquer avec les équipes; mettre à jour les systèmes d'information",
    learning_outcomes=["Évaluer l'impact clinique d'une pénurie à l'aide d'une grille de priorisation.",
                       "Proposer une solution de remplacement sûre et la faire approuver.",
                       "Rédiger un avis de pénurie clair pour les prescripteurs et le personnel infirmier.",
                       "Mettre à jour le formulaire, les ordonnances préimprimées et le système d'information."],
    summative_assessment="Étude de cas notée : gestion complète d'une pénurie simulée, du signalement à l'avis aux équipes (grille d'évaluation, seuil 75 %).",
    partner_name="Association des pharmaciens des établissements de santé – section Est",
    endorsement_status="letter_attached",
    education_plan_alignment="Le microcours soutient la sécurité des patients et la collaboration interprofessionnelle, deux priorités du Plan d'éducation.",
    delivery_format="online",
    estimated_hours=5,
    expected_enrolment=80,
    proposed_start="Automne 2027",
    submission_date="2026-12-02",
)

JOT_CSS = """
body{font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#2c3345;margin:28px 36px}
.hd{display:flex;justify-content:space-between;border-bottom:3px solid #0a1551;padding-bottom:8px;margin-bottom:14px}
.hd .f{font-size:20px;font-weight:bold;color:#0a1551}
.hd .s{text-align:right;color:#6f76a7;font-size:11px;line-height:1.5}
table{border-collapse:collapse;width:100%}
td{border:1px solid #dadde6;padding:7px 9px;vertical-align:top}
td.q{width:34%;background:#f3f3fe;font-weight:bold;color:#0a1551}
td.a{white-space:pre-wrap}
.ft{margin-top:14px;color:#8d8fa8;font-size:10px}
"""


def jotform(form, sub_id, sub_date, ip, rows, footer):
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{JOT_CSS}</style></head><body>",
           f"<div class='hd'><div class='f'>{e(form)}</div><div class='s'>Submission ID {e(sub_id)}<br>"
           f"Submission Date {e(sub_date)}<br>IP {e(ip)}</div></div><table>"]
    for q, a in rows:
        out.append(f"<tr><td class='q'>{e(q)}</td><td class='a'>{e(a)}</td></tr>")
    out.append(f"</table><div class='ft'>{e(footer)}</div></body></html>")
    return "".join(out)


def build_H10(path):
    f = H10
    rows = [
        ("Titre proposé / Proposed title", f["proposal_title"]),
        ("Nom complet / Full name", f["proposer_name"]),
        ("Fonction / Position", f["proposer_title"]),
        ("Service ou département / Department", f["proposer_department"]),
        ("Courriel / Email", f["proposer_email"]),
        ("Téléphone / Phone", f["proposer_phone"]),
        ("Type de demande / Request type", "Microcours / Micro-course"),
        ("Public cible / Target learners", f["target_learners"]),
        ("Besoin / Need", f["rationale"]),
        ("Compétences visées / Competencies", "\n".join("• " + c for c in f["competencies"].split("; "))),
        ("Résultats d'apprentissage / Learning outcomes", "\n".join(f["learning_outcomes"])),
        ("Évaluation sommative / Summative assessment", f["summative_assessment"]),
        ("Partenaire / Partner", f["partner_name"]),
        ("Lettre d'appui jointe ? / Letter of support attached?", "Oui / Yes"),
        ("Lien avec le Plan d'éducation / Education Plan alignment", f["education_plan_alignment"]),
        ("Modalité / Delivery format", "En ligne / Online"),
        ("Durée (heures) / Hours", "5"),
        ("Participants par année / Learners per year", "80"),
        ("Début souhaité / Proposed start", f["proposed_start"]),
        ("Fichier joint / File upload", "lettre_appui_APES-Est.pdf"),
    ]
    html_pdf(path, jotform("Proposition de microcertificat / Micro-credential proposal", "5873210946638201443",
                           "Dec 2, 2026", "192.0.2.61", rows,
                           "Cette soumission a été générée par le service de formulaires en ligne. / This submission was generated by the online form service."))


doc(file="Soumission 5873210946638201443 - pénuries de médicaments.pdf", genre="GE", shape="5", lang="bi",
    route="HTML recreating a Jotform-style submission PDF (form name and Submission ID / Date / IP header, two-column question | answer table) -> Chromium headless print-to-PDF",
    fields=H10, build=build_H10, date_text="Dec 2, 2026",
    notes=("Bilingual form-service submission print: labels 'Français / English', answers in French. Header block "
           "with Submission ID, 'Submission Date Dec 2, 2026' (= submission_date) and IP (not values). Every field "
           "in its own row. 'Microcours / Micro-course' = micro_course; competencies as '•' lines in one cell (joined "
           "'; '); outcomes one per line without markers; 'Oui / Yes' to the letter question = letter_attached; the "
           "partner name contains an en dash; 'En ligne / Online' = online; 5; 80; 'Automne 2027'. The 'File upload' "
           "row (a file name) and the footer are not values."))


# ---------------------------------------------------------------- H11  GE  SurveyMonkey-style individual response
H11 = dict(
    proposal_title="Osmolal Gap and Toxic Alcohol Screening in the Core Lab",
    proposer_name="Yusuf Haldorsen-Obi",
    proposer_title="Clinical Chemistry Resource Technologist",
    proposer_department="Department of Clinical Biochemistry",
    proposer_email="yhaldorsen-obi@michener.example",
    proposer_phone="555-0128",
    request_type="micro_course",
    target_learners="MLTs working overnight in core laboratories of community hospitals",
    rationale=("Toxic alcohol poisonings are rare but time-critical. Overnight MLTs must recognise an unexplained "
               "osmolal gap and call it in, but most have never done so outside school."),
    competencies="Measuring osmolality by freezing point depression; Calculating the osmolal gap; Recognising interferences; Escalating a suspected toxic alcohol case",
    learning_outcomes=["Calculate a calculated osmolality and the osmolal gap from routine chemistry results",
                       "Recognise when a gap suggests toxic alcohol ingestion",
                       "Identify common pre-analytical and analytical interferences",
                       "Escalate a suspected case to the biochemist on call with the required information"],
    summative_assessment="Online case bank of 12 patient scenarios (pass mark 80%) and one observed osmometer run with QC review",
    partner_name="Provincial Poison and Drug Information Service",
    partner_contact="Dr. Amara Lindgren-Osei",
    endorsement_status="letter_attached",
    delivery_format="online",
    estimated_hours=3,
    expected_enrolment=70,
    proposed_start="as soon as possible (ideally April 2027)",
    submission_date="2026-11-30",
)

SM_CSS = """
body{font-family:'Helvetica Neue',Arial,sans-serif;font-size:13px;color:#333e48;margin:30px 44px}
.top{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #d0d2d3;padding-bottom:6px}
.top .n{font-size:18px;font-weight:bold}.top .c{color:#00bf6f;font-weight:bold}
.meta{color:#6b787f;font-size:12px;margin:8px 0 16px;line-height:1.6}
.pg{font-weight:bold;font-size:14px;margin:18px 0 8px;color:#333e48;border-bottom:1px solid #eee}
.q{margin:0 0 12px}.q .t{font-weight:bold}.q .t span{color:#00bf6f;margin-right:6px}
.q .a{margin:4px 0 0 26px;white-space:pre-wrap}.q .sk{margin:4px 0 0 26px;color:#9da5aa;font-style:italic}
.ci{margin:4px 0 0 26px;border-collapse:collapse}.ci td{padding:1px 12px 1px 0}
"""


def surveymonkey(n, meta, pages):
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{SM_CSS}</style></head><body>",
           f"<div class='top'><span class='n'>#{n}</span><span class='c'>COMPLETE</span></div><div class='meta'>"]
    out += [f"{e(k)}: {e(v)}<br>" for k, v in meta]
    out.append("</div>")
    q = 0
    for pname, qs in pages:
        out.append(f"<div class='pg'>{e(pname)}</div>")
        for title, ans in qs:
            q += 1
            out.append(f"<div class='q'><div class='t'><span>Q{q}</span>{e(title)}</div>")
            if ans is None:
                out.append("<div class='sk'>Respondent skipped this question</div>")
            elif isinstance(ans, list):
                out.append("<table class='ci'>" + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in ans) + "</table>")
            else:
                out.append(f"<div class='a'>{e(ans)}</div>")
            out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def build_H11(path):
    f = H11
    pages = [
        ("Page 1: About you", [
            ("Contact information", [("Name", f["proposer_name"]), ("Company", f["proposer_department"]),
                                     ("Email Address", f["proposer_email"]), ("Phone Number", f["proposer_phone"])]),
            ("Your job title", f["proposer_title"])]),
        ("Page 2: Your idea", [
            ("Working title", f["proposal_title"]),
            ("This proposal is for…", "A micro-course"),
            ("Who would take it?", f["target_learners"]),
            ("What problem does it solve?", f["rationale"]),
            ("Skills and competencies (one per line)", "\n".join(f["competencies"].split("; "))),
            ("Intended learning outcomes (one per line)", "\n".join(f["learning_outcomes"])),
            ("Competency framework, if any", None),
            ("How will achievement be evidenced?", f["summative_assessment"])]),
        ("Page 3: Partners and fit", [
            ("Endorsing partner / external body", f["partner_name"]),
            ("Partner contact", f["partner_contact"]),
            ("Letter of support", "Attached to my email"),
            ("How does this align with Michener's Education Plan?", None)]),
        ("Page 4: Logistics", [
            ("Delivery mode", "Online"),
            ("Total learning hours", "3"),
            ("Estimated learners per year", "70"),
            ("Target launch", f["proposed_start"]),
            ("Anything else we should know?", None)]),
    ]
    meta = [("Collector", "Web Link 1 (Web Link)"), ("Started", "Monday, November 30, 2026 10:02:11 AM"),
            ("Last Modified", "Monday, November 30, 2026 10:19:40 AM"), ("Time Spent", "00:17:29"),
            ("IP Address", "192.0.2.44")]
    html_pdf(path, surveymonkey(3, meta, pages))


doc(file="Response 3 - osmolal gap micro-course.pdf", genre="GE", shape="5", lang="en",
    route="HTML recreating a SurveyMonkey-style individual response print ('#3 COMPLETE', Collector/Started/Last Modified/Time Spent/IP block, pages, 'Q1' questions, skipped questions) -> Chromium headless print-to-PDF",
    fields=H11, build=build_H11, date_text="November 30, 2026 10:19:40",
    notes=("Survey-service response print: metadata block (Collector, Started, Last Modified, Time Spent, IP – only "
           "'Last Modified: Monday, November 30, 2026 …' is used, as submission_date, because the survey asks no date "
           "question); questions numbered Q1… across four survey pages. A 'Contact information' question answered as "
           "a small Name / Company / Email Address / Phone Number table ('Company' holds the department). 'A "
           "micro-course' = micro_course. Competencies and outcomes one per line. 'Respondent skipped this question' "
           "= no value (framework, Education Plan, anything else): education_plan_alignment missing. 'Letter of "
           "support: Attached to my email' = letter_attached. Online / 3 / 70; start 'as soon as possible (ideally "
           "April 2027)' kept as written. Incomplete: education_plan_alignment."))


# ---------------------------------------------------------------- H12  look-alike: committee agenda slide handout (GC route)
def build_H12(path):
    slides = [
        {"cover": True, "title": "Pharmacy & Therapeutics Committee",
         "sub": ["Meeting of 8 December 2026, 07:30–09:00", "Boardroom B and videoconference",
                 "Chair: Dr. Imelda Fairweather-Osei"]},
        {"title": "Agenda", "bullets": [
            "1. Approval of the agenda and of the minutes of 10 November 2026",
            "2. Formulary review: biosimilar insulin glargine (decision)",
            "3. Drug shortage update – Automne 2027 planning (information)",
            "4. Micro-credential proposal 'Look-Alike, Sound-Alike Medication Errors' – presented by the Pharmacy "
            "Technician Educator; the committee is asked to note the proposal, not to approve it (information)",
            "5. Medication incident report Q3 2026",
            "6. Other business; next meeting 12 January 2027"], "marker": "", "size": 18},
        {"title": "Item 4 – for information", "bullets": [
            "Proposal type: new micro-credential for pharmacy technicians (submitted to Michener CE)",
            "Learning outcomes and summative assessment described in the proposal; 4 hours, in person",
            "Endorsement: letter from the Ontario Pharmacy Technicians' Association",
            "Committee role: none – CE reviews the proposal; P&T only notes it",
            "Questions to the committee secretary: pt-committee@example.org, 555-0100"]},
    ]
    slides_pdf(path, slides)


doc(file="P&T Committee 2026-12-08 - agenda slides.pdf", genre="GL", shape="7", lang="en",
    route="python-pptx deck -> LibreOffice Impress PDF export (the GC route)",
    fields={}, build=build_H12,
    notes=("NOT a concept form: an agenda slide handout of a Pharmacy & Therapeutics Committee meeting. One agenda "
           "item and one slide mention a micro-credential proposal (its type, learning outcomes, assessment, hours, "
           "format, an endorsement letter) and give a secretary's email and phone, but the document is an agenda "
           "that notes a proposal made elsewhere."))


DECISIONS = """
* **Lettered labels with the answer beside** (GA): 'a) Title – …' – the letter, the label and the en dash are not part
  of the value; roman-numbered lines 'i.'–'iv.' joined by line breaks in one paragraph are separate outcomes.
* **'A8: TBD'** is no value (missing); a Word list that follows a 'Q6:' question without an 'A6:' marker is still the
  answer to Q6.
* **Questions run into the answer** (GA, italics): the answer begins after the question's '?'.
* **Signature block with post-nominals**: 'Oluwakemi Brandvold, RD' -> name 'Oluwakemi Brandvold'.
* **Answers after a run-in question or label** (GA) that are complete sentences keep their final stop; phrases
  (learners 'meant for …', the title) have none.
* **'—' as the whole answer** is no value (missing).
* **Spreadsheet bands** (GD): labels across six columns with the answers in the row below; the 'Timestamp' of an intake
  export is submission_date; a 'Required?' column is never a value.
* **Form-service metadata** (GE): Jotform's 'Submission Date' and SurveyMonkey's 'Last Modified' of a COMPLETE response
  are submission_date (as the Completion time in the tuning half); 'Company' in a contact-information question holds
  the department; 'Respondent skipped this question' is no value.
* **Agenda slides** (GL) that note a proposal are not a concept form.
* **Numbers**: 'one 4-hour afternoon … two cohorts of 20 a year (40)' -> 4 / 40; '9 hours total; 25 per year' -> 9 / 25;
  'two 3-hour sessions (6 hours) … about 20 people a year' -> 6 / 20; '12 hours' / 'about 15 per year' -> 12 / 15;
  '14' / '36'; 'Hours: 8' / '16/year' -> 8 / 16; 'Online – 4 h – ~50 per year' -> 4 / 50; '5' / '120 (all units)' -> 5 /
  120; 10 / 32 (number cells); '5' / '80'; '3' / '70'.
* **Dates**: '3 Dec. 2026', '02 Dec 2026', none (renal answers), 'December 1, 2026', '27.11.2026' (dd.mm), '2026-11-29',
  '23/11/2026', '2026-11-30', '2026-11-28 09:14' (timestamp), 'Dec 2, 2026' (Submission Date), 'Monday, November 30,
  2026 10:19:40 AM' (Last Modified).
"""
