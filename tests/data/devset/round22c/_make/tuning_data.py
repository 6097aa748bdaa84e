"""Tuning half of round 22c: content of each document (= the expected values)."""
from lib import F, L, O, S, SIG, X

AGREE4 = ["Strongly agree", "Agree", "Neutral", "Disagree"]

DOCS = []

# ---------------------------------------------------------------- T1 G1
DOCS.append(dict(
    file="DXA course proposal - Northvale PD-7 - P Raghunathan.pdf", genre="G1", shape="4",
    org="Northvale College of Applied Health Sciences", accent="#1f4e79",
    form_title="New Course / Micro-credential Proposal Form (PD-7)",
    instructions="Complete all sections. Sections A-E are reviewed by the Office of Program Development; "
                 "Section F is signed after review. Form PD-7, rev. 2025-03.",
    footer="Northvale College - Office of Program Development - Form PD-7 rev. 2025-03",
    author="P. Raghunathan",
    items=[
        S("Section A \u2013 Course identification"),
        F("Course name", "proposal_title", "DXA Bone Densitometry: Scan Acquisition and Quality Control", short=True),
        X("Course code", "MRT-DXA 110"),
        F("Submitted by", "proposer_name", "Priyanka Raghunathan", short=True),
        F("Position", "proposer_title", "Senior Technologist, Bone Health Program", short=True),
        F("Department / School", "proposer_department", "Medical Imaging \u2013 Nuclear Medicine and Bone Density", short=True),
        F("Email", "proposer_email", "praghunathan@example.org", short=True),
        F("Phone", "proposer_phone", "(416) 555-0137", short=True),
        F("Date submitted", "submission_date", "14 January 2027", exp="2027-01-14", short=True),
        O("Proposal type", "request_type", [("New course", "new"),
                                            ("Revision of an existing program", "existing_program"),
                                            ("Micro-course (under 15 hours)", "micro_course")], "new"),
        S("Section B \u2013 Learners"),
        F("Who is it for?", "target_learners",
          "Medical radiation technologists and nuclear medicine technologists who have been asked to cover bone "
          "density clinics, and technologists returning to DXA after more than two years away."),
        X("Prerequisites", "Current registration with a provincial MRT regulator; basic radiation protection "
                           "training.", short=False),
        X("Maximum class size", "12"),
        F("Projected enrolment (per year)", "expected_enrolment", "36 (three intakes of 12)", exp=36, short=True),
        S("Section C \u2013 Need and content"),
        F("Why is this needed?", "rationale",
          "Three community hospitals in our region opened bone density clinics in 2026 and report that most of "
          "their DXA operators learned on the job. Repeat scans caused by poor positioning and wrong region-of-"
          "interest placement run at about 9 %, and serial comparisons are unreliable when precision has never been "
          "measured. There is no short, practical DXA course in Ontario for technologists who already hold a "
          "licence."),
        F("What skills will it build?", "competencies",
          ["Patient positioning for lumbar spine, proximal femur and forearm scans",
           "Region-of-interest placement and analysis",
           "Daily phantom quality control and trend review",
           "Precision assessment and least significant change"]),
        F("What will learners be able to do?", "learning_outcomes",
          ["Position patients for lumbar spine, hip and forearm DXA scans and recognise artefacts that invalidate a scan.",
           "Place and adjust regions of interest according to manufacturer and ISCD guidance.",
           "Run and interpret daily phantom QC and act on a failed result.",
           "Carry out a precision study and calculate the least significant change for their site."]),
        F("Skills framework", "competency_framework",
          "ISCD Certified Bone Densitometry Technologist (CBDT) body of knowledge"),
        F("How will you know they can do it?", "summative_assessment",
          "Observed practical on the scanner: each learner acquires and analyses spine and hip scans on two "
          "volunteers and a phantom, scored with a 20-item checklist (pass = 16/20), plus a written precision "
          "calculation."),
        S("Section D \u2013 Partners and fit"),
        F("Industry partner", "partner_name", "Lakeview Osteoporosis Centre", short=True),
        F("Partner contact", "partner_contact", "Dr. Imelda Vasquez-Orr, imelda.vasquez-orr@example.com", short=True),
        O("Partner support", "endorsement_status", [("Letter attached", "letter_attached"),
                                                    ("Confirmed, letter to follow", "confirmed"),
                                                    ("Under discussion", "in_discussion"),
                                                    ("None yet", "none")], "letter_attached"),
        F("Fit with strategic plan", "education_plan_alignment",
          "Supports Michener's Education Plan commitment to short, competency-based offerings for working "
          "professionals and to partnerships with community providers."),
        L("Alignment with institutional priorities (tick one per row)", AGREE4,
          [("The course is competency-based and skills-focused.", 0),
           ("Learners are assessed on what they can do, not only on what they know.", 0),
           ("An external partner has endorsed the course.", 1),
           ("The course can be stacked toward a larger credential.", 2)]),
        S("Section E \u2013 Delivery and resources"),
        O("Delivery", "delivery_format", [("Online", "online"), ("On campus", "in_person"), ("Blended", "hybrid")],
          "hybrid", short=True),
        F("Length (hours)", "estimated_hours", "14", exp=14, short=True),
        F("Launch term", "proposed_start", "Fall 2027", short=True),
        X("Credit value", "0.5 CE credit"),
        X("Fees", "$425 per learner"),
        F("Budget impact", "resources_required",
          "Access to one DXA scanner for two evening lab sessions; phantom set on loan from the partner; about 20 "
          "hours of technologist time to build the online modules."),
        SIG("Section F \u2013 Approval signatures", ["Program Chair", "Dean, School of Health Sciences"]),
    ],
    notes="Partner college's proposal template (reportlab PDF, printed, no fields): label|answer|label|answer rows, "
          "section-numbered bands, full-width question rows; extra non-contract fields (Course code, Prerequisites, "
          "Maximum class size 12, Credit value, Fees) are not values; Likert grid and approval block are not values; "
          "enrolment '36 (three intakes of 12)' -> 36; 'Budget impact' = resources."))

# ---------------------------------------------------------------- T2 G1 (other template, other order)
DOCS.append(dict(
    file="Bramwood short course proposal - TDM immunosuppressants.pdf", genre="G1", shape="4",
    org="Bramwood Polytechnic \u2013 Centre for Workforce Learning", accent="#7a3b00",
    form_title="Short Course Proposal Template",
    instructions="Use this template for any non-credit course under 40 hours. Keep answers short; attach "
                 "letters of support.",
    footer="CWL short course template v4", author="Tomasz Wieczorek",
    items=[
        S("1. Proponent"),
        F("Proponent", "proposer_name", "Tomasz Wieczorek", short=True),
        F("Role", "proposer_title", "Clinical Chemistry Charge Technologist", short=True),
        F("Unit", "proposer_department", "Core Laboratory, St. Brendan Regional Hospital", short=True),
        F("E-mail", "proposer_email", "t.wieczorek@example.com", short=True),
        F("Tel.", "proposer_phone", "905-555-0162", short=True),
        F("Date", "submission_date", "Feb 2, 2027", exp="2027-02-02", short=True),
        S("2. The course"),
        F("Course title", "proposal_title", "Therapeutic Drug Monitoring of Immunosuppressants (Tacrolimus, "
                                            "Cyclosporine, Sirolimus)", short=True),
        X("Course code (assigned by registrar)", ""),
        O("Type", "request_type", [("Stand-alone course", "new"), ("Micro-course", "micro_course"),
                                   ("Repackaged program", "existing_program")], "micro_course", short=True),
        O("Mode", "delivery_format", [("Online", "online"), ("In person", "in_person"), ("Hybrid", "hybrid")],
          "online", short=True),
        F("Total hours", "estimated_hours", "8 hours (four 2-hour webinars)", exp=8, short=True),
        F("Launch term", "proposed_start", "Winter term 2027-28", short=True),
        X("Credit value", "Non-credit (certificate of completion)"),
        F("Intended audience", "target_learners",
          "Medical laboratory technologists in core and reference laboratories who run or review "
          "immunosuppressant LC-MS/MS or immunoassay results."),
        F("Labour-market need", "rationale",
          "Transplant volumes at our two partner centres grew by a third since 2023, and immunosuppressant "
          "testing moved from the reference lab to hospital core labs. Technologists now release results without "
          "training in pre-analytical timing (trough samples), matrix effects or assay differences, and the "
          "transplant clinics report avoidable repeat draws."),
        F("Skills and competencies", "competencies",
          "Trough sample timing and whole-blood handling; recognising assay interference and cross-reactivity; "
          "interpreting results against therapeutic ranges; communicating critical results to transplant teams."),
        F("Outcomes \u2013 what will learners be able to do?", "learning_outcomes",
          ["Explain why immunosuppressants are monitored and what a trough level represents.",
           "Identify pre-analytical errors that make a tacrolimus or cyclosporine result unreliable.",
           "Compare LC-MS/MS and immunoassay results and explain the differences between methods.",
           "Decide when a result must be phoned to the transplant team and document the call."]),
        F("Assessment", "summative_assessment",
          "Online case exam: ten result-review cases with a written justification for each release or hold "
          "decision; 80 % required to pass."),
        X("Prerequisites", "MLT certification or enrolment in the final year of an MLT program.", short=False),
        S("3. Partners, fit and budget"),
        F("Industry partner", "partner_name", "Provincial Transplant Laboratory Network", short=True),
        F("Partner contact", "partner_contact", "Grace Oyelaran-Mbeki, Network Quality Lead", short=True),
        O("Letter of support attached?", "endorsement_status", [("Yes", "letter_attached"), ("No", None)],
          "letter_attached", short=True),
        F("Projected enrolment / year", "expected_enrolment", "about 60", exp=60, short=True),
        F("Strategic alignment", "education_plan_alignment",
          "Matches the Education Plan's priority on laboratory quality and on flexible online learning for "
          "working technologists."),
        X("Fees", "$180 per registrant", short=False),
        F("Budget impact", "resources_required",
          "Webinar licence (existing); honoraria for two guest speakers from the transplant programs."),
        SIG("4. Approval signatures", ["Centre manager", "Associate Dean"]),
    ],
    notes="Second partner template (reportlab PDF): proponent section first, 4-column short rows, choices as "
          "option lines, 'Letter of support attached? Yes' = letter_attached; empty extra field 'Course code "
          "(assigned by registrar)'; hours '8 hours (four 2-hour webinars)' -> 8; 'about 60' -> 60; Fees and "
          "Credit value are not values."))

# ---------------------------------------------------------------- T3 G2 fillable
DOCS.append(dict(
    file="Eastgate micro-credential proposal (fillable) - device interrogation.pdf", genre="G2", shape="3",
    org="Eastgate Institute of Technology - Continuing Studies", accent="#3b3b6d",
    form_title="Micro-credential Proposal Form (fillable)",
    instructions="Type into the boxes and tick the options that apply. Save the completed PDF and e-mail it "
                 "to the program office.",
    footer="EIT-CS-MCP-2026", author="Eastgate Continuing Studies", creator="Writer",
    items=[
        S("Section A - About the course"),
        F("Course name", "proposal_title", "Pacemaker and ICD Interrogation Basics for Cardiology Technologists",
          short=True),
        X("Course code", "CARD-CE-204"),
        O("This proposal is for", "request_type", [("A new micro-credential", "new"),
                                                   ("Converting an existing program", "existing_program"),
                                                   ("A micro-course", "micro_course")], "new"),
        F("Length (hours)", "estimated_hours", "20", exp=20, short=True),
        F("Launch term", "proposed_start", "January 2028", short=True),
        O("Delivery", "delivery_format", [("Online", "online"), ("In person", "in_person"), ("Blended", "hybrid")],
          "in_person", short=True),
        X("Credit value", "1 CEU"),
        S("Section B - Who is proposing it"),
        F("Submitted by", "proposer_name", "Rashida Okonkwo-Bell", short=True),
        F("Job title", "proposer_title", "Cardiology Technologist III, Device Clinic", short=True),
        F("Department", "proposer_department", "Cardiac Diagnostics, Lakeshore General Hospital", short=True),
        F("Email", "proposer_email", "rokonkwo-bell@example.org", short=True),
        F("Phone", "proposer_phone", "647-555-0119", short=True),
        F("Date", "submission_date", "2027-03-08", short=True),
        S("Section C - Learners and need"),
        F("Who is it for?", "target_learners",
          "Registered cardiology technologists who work in ECG or Holter services and are being cross-trained "
          "for the pacemaker and ICD follow-up clinic."),
        F("Why is this needed?", "rationale",
          "Remote monitoring has doubled the number of device transmissions our clinic reviews, and only four "
          "of our fourteen technologists can interrogate devices. Manufacturers' courses are product-specific and "
          "do not teach the common principles. Two other hospitals in the region have asked to send staff."),
        F("What skills will learners gain?", "competencies",
          ["Device interrogation and threshold testing",
           "Sensing and impedance measurement",
           "Recognising lead failure and battery depletion",
           "Safe programming changes under supervision"]),
        F("What will learners be able to do?", "learning_outcomes",
          ["Carry out a full in-clinic interrogation of a single- or dual-chamber pacemaker.",
           "Measure capture thresholds, sensing and lead impedance and record them correctly.",
           "Recognise stored ICD episodes that need urgent review by the electrophysiologist.",
           "Explain magnet response and safety precautions to patients."]),
        F("How will you know they can do it?", "summative_assessment",
          "Supervised interrogations of five clinic patients signed off by a certified device specialist, and a "
          "30-question tracing exam (pass mark 75 %)."),
        F("Competency framework", "competency_framework", "IBHRE CDDS content outline", short=True),
        S("Section D - Partner and alignment"),
        F("Industry partner", "partner_name", "Heartline Device Services Inc.", short=True),
        F("Partner contact name and email", "partner_contact", "Kwame Asante-Ruiz, kasante@example.com", short=True),
        O("Partner endorsement", "endorsement_status", [("Letter attached", "letter_attached"),
                                                        ("Confirmed", "confirmed"),
                                                        ("In discussion", "in_discussion"), ("None", "none")],
          "confirmed"),
        F("How does it fit Michener's Education Plan?", "education_plan_alignment",
          "It is a competency-based micro-credential built with an employer partner, which is what the Education "
          "Plan asks CE to grow, and it uses the simulation lab on evenings when it is free."),
        L("Rate the fit with each priority", ["High", "Medium", "Low"],
          [("Competency-based learning", 0), ("Employer partnerships", 0), ("Flexible delivery", 2)]),
        S("Section E - Numbers and budget"),
        F("Expected enrolment per year", "expected_enrolment", "24", exp=24, short=True),
        X("Fees", "$650"),
        X("Prerequisites", "Registered cardiology technologist (CSCT or equivalent)", short=False),
        F("Budget impact", "resources_required",
          "Two demonstration programmers lent by the partner; simulation lab for three evenings; instructor time.",
          ),
        SIG("Approval signatures", ["Program Coordinator", "Director, Continuing Studies"]),
    ],
    notes="Fillable PDF (reportlab AcroForm): widget names are the labels ('Course name', 'Submitted by', "
          "'Why is this needed' ...); options as separate check boxes; a Likert grid of check boxes (not a value); "
          "empty signature fields; extra fields (Course code, Credit value, Fees, Prerequisites) are not values; "
          "endorsement 'Confirmed' ticked."))

# ---------------------------------------------------------------- T4 G2 fillable, incomplete
DOCS.append(dict(
    file="Course_Proposal_Form_Cytogenetics_draft.pdf", genre="G2", shape="3",
    org="Halden College - Academic Planning Office", accent="#2f5d50",
    form_title="New Course Proposal (fillable form)",
    instructions="All fields marked with a section letter are reviewed by the Curriculum Committee.",
    footer="HC-APO form 12", author="", creator="Writer",
    items=[
        S("A. Course"),
        F("Course name", "proposal_title", "Karyotype Analysis Refresher for Cytogenetic Technologists", short=True),
        X("Course code", ""),
        X("Credit value", "0.5"),
        O("Proposal type", "request_type", [("New", "new"), ("Existing program conversion", "existing_program"),
                                            ("Micro-course", "micro_course")], "micro_course", short=True),
        S("B. Proposer"),
        F("Submitted by", "proposer_name", "Delphine Achterberg", short=True),
        F("Position", "proposer_title", "Cytogenetic Technologist", short=True),
        F("Email", "proposer_email", "d.achterberg@example.org", short=True),
        F("Phone / Extension", "proposer_phone", "416-555-0184 ext. 3", short=True),
        S("C. Learners"),
        F("Who is it for?", "target_learners",
          "Cytogenetic technologists who moved to microarray or sequencing benches and now cover the karyotyping "
          "bench during vacations."),
        F("Why is this needed?", "rationale",
          "Our lab's karyotype turnaround slips every summer because cover staff have lost their banding and "
          "nomenclature skills; a short refresher would let them sign out normal cases again."),
        F("Skills targeted", "competencies",
          "G-band recognition at 400-550 band level; ISCN 2024 nomenclature; recognising mosaicism and culture "
          "artefacts."),
        F("What will learners be able to do?", "learning_outcomes",
          ["Karyotype ten metaphases from a normal peripheral blood culture within the lab's time standard.",
           "Write correct ISCN descriptions for common numerical and structural abnormalities.",
           "Decide when to count additional cells for suspected mosaicism."]),
        F("How will you know they can do it?", "summative_assessment", ""),
        S("D. Partner and fit"),
        F("Industry partner", "partner_name", "", short=True),
        O("Partner endorsement", "endorsement_status", [("Letter attached", "letter_attached"),
                                                        ("Confirmed", "confirmed"),
                                                        ("In discussion", "in_discussion"), ("None", "none")], None),
        F("Fit with Michener's Education Plan", "education_plan_alignment", ""),
        S("E. Delivery"),
        O("Delivery", "delivery_format", [("Online", "online"), ("In person", "in_person"), ("Blended", "hybrid")],
          "hybrid", short=True),
        F("Length (hours)", "estimated_hours", "12", exp=12, short=True),
        F("Launch term", "proposed_start", "", short=True),
        X("Fees", ""),
    ],
    notes="Incomplete fillable PDF (reportlab AcroForm, widget names from labels): assessment, partner, "
          "endorsement (no box ticked) and alignment left empty; empty optional fields (launch term) and empty "
          "extras; phone with extension; Credit value '0.5' is not hours."))

# ---------------------------------------------------------------- T5 G3 spreadsheet
DOCS.append(dict(
    file="Riverside proposal form (Excel) - casting and splinting.pdf", genre="G3", shape="4",
    org="Riverside Health Sciences College", form_title="Course / Micro-credential Proposal Form",
    instructions="Type your answer in the white box under each heading. Do not change the grey headings. "
                 "Rate the alignment statements with an X.",
    footer="RHSC Proposal Form (xlsx) 2026", sheet="Proposal",
    items=[
        S("Section A \u2013 Course"),
        F("Course name", "proposal_title", "Orthopaedic Casting and Splinting for Emergency and Fracture Clinic Staff",
          short=True),
        X("Course code", "ORTH-112"),
        O("Request", "request_type", [("New", "new"), ("Convert existing", "existing_program"),
                                      ("Micro-course", "micro_course")], "new", short=True),
        F("Launch term", "proposed_start", "Spring 2028", short=True),
        S("Section B \u2013 Submitted by"),
        F("Submitted by", "proposer_name", "Marisol Quintanilla-Hart", short=True),
        F("Job title", "proposer_title", "Orthopaedic Technologist, Fracture Clinic", short=True),
        F("Organization", "proposer_department", "Musculoskeletal Program, Bayfield Community Hospital", short=True),
        F("Email", "proposer_email", "mquintanilla@example.com", short=True),
        F("Phone", "proposer_phone", "705-555-0146", short=True),
        F("Date", "submission_date", "22/02/2027", exp="2027-02-22", short=True),
        S("Section C \u2013 Learners"),
        F("Who is it for?", "target_learners",
          "Emergency department nurses, physiotherapists and orthopaedic technicians who apply casts and "
          "splints in emergency departments and fracture clinics."),
        F("Why is this needed?", "rationale",
          "Our fracture clinic re-applies about one cast in six sent from emergency departments because of "
          "pressure points, poor moulding or the wrong position. Only two certified orthopaedic technologists "
          "cover the whole region, and emergency staff have asked for hands-on training."),
        F("Skills targeted", "competencies",
          ["Applying below-elbow, scaphoid and below-knee casts",
           "Moulding to hold a reduction",
           "Applying and checking back-slabs and splints",
           "Neurovascular assessment and patient instructions"]),
        F("What will learners be able to do?", "learning_outcomes",
          ["Apply plaster and fibreglass casts for common wrist, ankle and scaphoid injuries in the correct position.",
           "Apply back-slabs that allow for swelling and check them for pressure points.",
           "Carry out and record a neurovascular assessment before and after casting.",
           "Give patients clear written and verbal cast-care instructions."]),
        F("How will you know they can do it?", "summative_assessment",
          "Observed skills stations on volunteers, graded by checklist by a certified orthopaedic technologist; "
          "each learner must pass three different casts."),
        S("Section D \u2013 Partner and fit"),
        F("Industry partner", "partner_name", "Northern Orthopaedic Outreach Network", short=True),
        F("Partner contact", "partner_contact", "Dr. Oren Blackwood, oblackwood@example.org", short=True),
        O("Endorsement status", "endorsement_status", [("Letter attached", "letter_attached"),
                                                       ("Confirmed", "confirmed"), ("In discussion", "in_discussion"),
                                                       ("None", "none")], "in_discussion"),
        L("Alignment with Michener's Education Plan", ["Strongly agree", "Agree", "Neutral", "Disagree"],
          [("Competency-based", 0), ("Partner-informed", 1), ("Serves working professionals", 0)]),
        F("Explain the alignment", "education_plan_alignment",
          "Brings nurses, physiotherapists and technicians together in one competency-based course, which the "
          "Education Plan names as a priority for interprofessional CE."),
        S("Section E \u2013 Delivery and budget"),
        O("Delivery", "delivery_format", [("Online", "online"), ("In person", "in_person"), ("Blended", "hybrid")],
          "hybrid", short=True),
        F("Length (hours)", "estimated_hours", "6", exp=6, short=True),
        F("Expected learners per year", "expected_enrolment", "48", exp=48, short=True),
        X("Maximum per session", "8"),
        F("Budget impact", "resources_required",
          "Casting materials for about 150 practice casts; two cast saws (partner will lend); skills lab for "
          "four sessions."),
        X("Fees", "$120"),
    ],
    notes="Spreadsheet proposal form (openpyxl -> LibreOffice Calc PDF): grey label rows above white answer rows, "
          "two fields side by side per row, section bands, Likert grid of X marks (not a value) followed by "
          "'Explain the alignment' (the value); date 22/02/2027 dd/mm; 'Maximum per session 8' and Fees are not "
          "values; endorsement 'In discussion'."))

# ---------------------------------------------------------------- T6 G4 DOCX table (shape 1), existing program
DOCS.append(dict(
    file="Westmere course development proposal - vitrification.docx", genre="G4", shape="1",
    org="Westmere College \u2013 Faculty of Health, Curriculum Office", accent="7B2C2C",
    form_title="Course Development Proposal",
    instructions="Please complete every row. Rows marked * are required by the Curriculum Office.",
    footer="Westmere College CDP form - version 3.1", author="Ines Haddad-Larsen",
    items=[
        S("Section A \u2013 Proposal"),
        F("Course name *", "proposal_title", "Oocyte and Embryo Vitrification for Embryology Technicians", short=True),
        X("Course code", "ART-521"),
        O("Proposal type *", "request_type", [("New course", "new"),
                                              ("Micro-credential from an existing program", "existing_program"),
                                              ("Micro-course", "micro_course")], "existing_program"),
        F("Program to be converted", "existing_program_name",
          "Assisted Reproductive Technology Graduate Certificate"),
        S("Section B \u2013 Submitted by"),
        F("Submitted by *", "proposer_name", "Ines Haddad-Larsen", short=True),
        F("Position", "proposer_title", "Program Coordinator", short=True),
        F("Department", "proposer_department", "Reproductive Sciences", short=True),
        F("E-mail *", "proposer_email", "ihaddad-larsen@michener.example", short=True),
        F("Phone", "proposer_phone", "416-555-0173", short=True),
        F("Date", "submission_date", "March 15, 2027", exp="2027-03-15", short=True),
        S("Section C \u2013 Learners and need"),
        F("Who is it for? *", "target_learners",
          "Embryologists and andrology technologists working in fertility clinics who have not been trained on "
          "closed-system vitrification."),
        F("Why is this needed? *", "rationale",
          "Clinics are switching from slow freezing to vitrification and from open to closed carriers. Survival "
          "after warming varies widely between operators, and the graduate certificate's vitrification module "
          "is the only structured training in the province; clinics have asked for it as a stand-alone credential."),
        F("Competencies addressed *", "competencies",
          "Handling and timing of equilibration and vitrification solutions; loading closed carriers; warming "
          "protocols; liquid nitrogen safety and inventory."),
        F("What will learners be able to do? *", "learning_outcomes",
          ["Vitrify and warm oocytes and blastocysts on open and closed carriers within protocol timings.",
           "Recognise and document morphological signs of cryo-damage after warming.",
           "Maintain a traceable cryo-storage inventory and follow nitrogen safety procedures."]),
        F("How will you know they can do it? *", "summative_assessment",
          "Practical assessment on animal oocytes: survival rate of at least 90 % over two sessions, observed by "
          "a senior embryologist, plus an inventory audit exercise."),
        X("Prerequisites", "Employment in an accredited ART laboratory; basic micromanipulation.", short=False),
        S("Section D \u2013 Partner and fit"),
        F("Industry partner *", "partner_name", "Coastal Fertility Partners", short=True),
        F("Partner contact", "partner_contact", "Lena Forsberg-Ali, lab director", short=True),
        O("Partner support *", "endorsement_status", [("Letter attached", "letter_attached"),
                                                      ("Agreed, letter to follow", "confirmed"),
                                                      ("In discussion", "in_discussion"), ("None", "none")],
          "letter_attached"),
        F("Fit with Michener's Education Plan *", "education_plan_alignment",
          "Turns an existing graduate module into a stackable micro-credential, as the Education Plan proposes "
          "for specialised programs."),
        L("Priority fit (tick one per row)", ["Strong", "Some", "None"],
          [("Stackable credentials", 0), ("Industry partnership", 0), ("Online access", 2)]),
        S("Section E \u2013 Delivery"),
        O("Delivery", "delivery_format", [("Online", "online"), ("On campus", "in_person"), ("Blended", "hybrid")],
          "in_person", short=True),
        F("Length (hours)", "estimated_hours", "16", exp=16, short=True),
        F("Launch term", "proposed_start", "Summer 2027", short=True),
        F("Projected enrolment per year", "expected_enrolment", "20", exp=20, short=True),
        X("Credit value", "1.0 credit toward the graduate certificate"),
        X("Fees", "$1,150"),
        F("Budget impact", "resources_required",
          "Embryology lab for four days; animal oocytes purchased through the partner; one senior embryologist as "
          "co-instructor."),
        SIG("Approval signatures", ["Program Chair", "Curriculum Office", "Dean of Health"]),
    ],
    notes="Another college's DOCX table template (shape 1 style): 4-column table, label|answer|label|answer for "
          "short fields, long answers in merged cells, '*' marks in labels, ☒/☐ paragraphs; request "
          "existing_program with 'Program to be converted'; separate Likert table and approval-signature table "
          "(not values); Course code, Credit value, Fees, Prerequisites are not values."))

# ---------------------------------------------------------------- T7 G4 look-alike: course evaluation
DOCS.append(dict(
    file="Westmere course evaluation summary - mortuary practice.docx", genre="G4", shape="7", is_form=False,
    org="Westmere College \u2013 Faculty of Health, Curriculum Office", accent="7B2C2C",
    form_title="Course Evaluation Summary",
    instructions="Completed by the course lead after each offering and returned to the Curriculum Office.",
    footer="Westmere College CES form - version 3.1", author="Anselm Whitcombe",
    items=[
        S("Section A \u2013 Course"),
        X("Course name", "Mortuary Practice: Body Release and Documentation"),
        X("Course code", "PATH-CE-310"),
        X("Term offered", "Fall 2026"),
        X("Delivery", "In person"),
        X("Length (hours)", "10"),
        X("Number of respondents", "14 of 16"),
        S("Section B \u2013 Completed by"),
        X("Submitted by", "Anselm Whitcombe"),
        X("Position", "Course Lead"),
        X("E-mail", "awhitcombe@example.org"),
        X("Date", "January 9, 2027"),
        S("Section C \u2013 What learners said"),
        X("What did learners value most?", "The hands-on release checklist practice and the session with the "
                                           "funeral service partner.", short=False),
        X("What should change?", "More time on the electronic documentation system; move the infection-control "
                                 "talk earlier.", short=False),
        X("Industry partner feedback", "Harrowgate Funeral Services would host a site visit next term.",
          short=False),
        L("Learner ratings (majority response)", ["Strongly agree", "Agree", "Neutral", "Disagree"],
          [("The learning outcomes were clear.", 0), ("The assessment matched the outcomes.", 1),
           ("The course met my workplace needs.", 0)]),
        S("Section D \u2013 Action plan"),
        X("Changes for next offering", "Add a 1-hour documentation lab; update the release checklist.", short=False),
        SIG("Approval signatures", ["Program Chair", "Curriculum Office"]),
    ],
    notes="Look-alike (shape 7): a completed course-evaluation summary in the same Westmere template family as "
          "the proposal (Course name, Submitted by, Length (hours), Industry partner feedback, Likert grid) - "
          "not a concept form."))

# ---------------------------------------------------------------- T8 G5 printed PDF, labels above answers
DOCS.append(dict(
    file="Kingsford new course proposal - decalcification.pdf", genre="G5", shape="4",
    org="Kingsford Polytechnic \u2013 School of Laboratory Sciences", accent="215E21",
    form_title="New Course Proposal Form",
    instructions="Answer each question in the space below it. Sections A to G must be complete before the "
                 "proposal goes to the School Council.",
    footer="KP-SLS New Course Proposal - rev. Sept 2025", author="Bartholomew Nakashima",
    items=[
        S("Section A \u2013 Course"),
        F("A1. Course name", "proposal_title", "Decalcification and Bone Specimen Handling in Histotechnology"),
        X("A2. Course code", "HIS-340"),
        X("A3. Credit value", "0.25 credit"),
        O("A4. Proposal type", "request_type", [("New course", "new"), ("Conversion of an existing program", "existing_program"),
                                                ("Micro-course", "micro_course")], "micro_course"),
        S("Section B \u2013 Learners"),
        F("B1. Who is it for?", "target_learners",
          "Histology technologists and pathologists' assistants who gross and process bone, teeth and "
          "calcified tissue."),
        X("B2. Prerequisites", "MLT (histology) or pathologists' assistant certification."),
        F("B3. How many learners per year?", "expected_enrolment", "30 (two offerings of 15)", exp=30),
        S("Section C \u2013 Need"),
        F("C1. Why is this needed?", "rationale",
          "Over-decalcified bone marrow trephines and femoral heads are a leading cause of failed "
          "immunohistochemistry and molecular tests in our network. Each lab uses its own acid and endpoint "
          "method, and none teaches endpoint testing formally.\n\nA short course would standardise practice "
          "across the four network laboratories."),
        F("C2. What skills will it build?", "competencies",
          ["Choosing acid or chelating decalcifiers for the specimen and the tests ordered",
           "Chemical and radiographic endpoint testing",
           "Grossing and sawing bone safely",
           "Protecting nucleic acids for molecular testing"]),
        S("Section D \u2013 Outcomes and assessment"),
        F("D1. What will learners be able to do?", "learning_outcomes",
          ["Select a decalcification method that preserves antigens and nucleic acids for the tests requested.",
           "Determine the decalcification endpoint using chemical and radiographic methods.",
           "Cut and fix bone specimens safely with the band saw and the correct personal protective equipment.",
           "Troubleshoot poor sections caused by under- or over-decalcification."],
          ),
        F("D2. How will you know they can do it?", "summative_assessment",
          "Each learner decalcifies and processes three bone specimens; the slides and the endpoint records are "
          "graded against a rubric by two senior technologists."),
        F("D3. Framework used", "competency_framework", "CSMLS competency profile for MLT (histology)"),
        S("Section E \u2013 Partner and fit"),
        F("E1. Industry partner", "partner_name", "Tri-County Pathology Services"),
        F("E2. Partner contact", "partner_contact", "Hollis Frampton-Yu, hframpton-yu@example.com"),
        O("E3. Endorsement", "endorsement_status", [("Letter attached", "letter_attached"),
                                                    ("Confirmed, letter to follow", "confirmed"),
                                                    ("In discussion", "in_discussion"), ("None", "none")],
          "confirmed"),
        F("E4. Fit with Michener's Education Plan", "education_plan_alignment",
          "Supports the Plan's goal of skills-based laboratory education developed with employers."),
        S("Section F \u2013 Delivery and budget"),
        O("F1. Delivery", "delivery_format", [("Online", "online"), ("On campus", "in_person"), ("Blended", "hybrid")],
          "in_person"),
        F("F2. Length (hours)", "estimated_hours", "7.5", exp=7.5),
        F("F3. Launch term", "proposed_start", "Fall 2027 (October)"),
        X("F4. Fees", "$295"),
        F("F5. Budget impact", "resources_required",
          "Histology teaching lab for one day; decalcifying reagents; bone specimens donated by the partner."),
        S("Section G \u2013 Submitted by"),
        F("G1. Name", "proposer_name", "Bartholomew Nakashima"),
        F("G2. Role", "proposer_title", "Histology Section Lead"),
        F("G3. Organization", "proposer_department", "Anatomic Pathology, Fairhaven Regional Health Centre"),
        F("G4. E-mail", "proposer_email", "bnakashima@example.com"),
        F("G5. Telephone", "proposer_phone", "289-555-0151"),
        F("G6. Date submitted", "submission_date", "1 March 2027", exp="2027-03-01"),
        SIG("Section H \u2013 Approval signatures", ["Program Head", "Chair, School Council"]),
    ],
    notes="Section-numbered proposal form (A1., B1. ...) with labels on a line above each answer, DOCX printed to "
          "PDF by LibreOffice; rationale in two paragraphs; decimal hours 7.5; '30 (two offerings of 15)' -> 30; "
          "Course code, Credit value 0.25, Prerequisites, Fees, signature lines are not values."))

# ---------------------------------------------------------------- T9 G5 French
DOCS.append(dict(
    file="Formulaire de proposition de cours - dysphagie - CSLP.pdf", genre="G5", shape="4",
    org="Collège Saint-Laurent-des-Pins \u2013 Service de la formation continue", accent="1F3F7A",
    form_title="Formulaire de proposition de cours",
    instructions="Répondez sous chaque question. Les sections A à E sont obligatoires.",
    footer="CSLP - Formulaire FC-03 (2025)", author="Geneviève Tremblay-Ouellet", stmt_word="Énoncé",
    items=[
        S("Section A \u2013 Le cours"),
        F("Titre du cours", "proposal_title", "Dépistage de la dysphagie au chevet pour le personnel infirmier"),
        X("Code du cours", "SAN-215"),
        X("Unités", "1 unité"),
        O("Type de proposition", "request_type", [("Nouveau cours", "new"),
                                                  ("Conversion d'un programme existant", "existing_program"),
                                                  ("Microcours", "micro_course")], "new"),
        S("Section B \u2013 Soumis par"),
        F("Soumis par", "proposer_name", "Geneviève Tremblay-Ouellet"),
        F("Fonction", "proposer_title", "Orthophoniste, conseillère clinique"),
        F("Service / département", "proposer_department", "Réadaptation, CISSS des Basses-Terres"),
        F("Courriel", "proposer_email", "gtremblay-ouellet@example.org"),
        F("Téléphone", "proposer_phone", "819-555-0128"),
        F("Date", "submission_date", "3 février 2027", exp="2027-02-03"),
        S("Section C \u2013 Les personnes apprenantes"),
        F("À qui s'adresse ce cours ?", "target_learners",
          "Infirmières et infirmiers des unités de médecine, de gériatrie et de soins post-AVC."),
        X("Préalables", "Permis d'exercice valide."),
        F("Pourquoi ce cours est-il nécessaire ?", "rationale",
          "Les pneumonies d'aspiration chez les patients âgés hospitalisés sont en hausse. Le dépistage au chevet "
          "est souvent omis ou fait sans outil validé, et les orthophonistes ne peuvent pas évaluer tous les "
          "patients dans les 24 heures."),
        F("Compétences visées", "competencies",
          ["Dépistage de la dysphagie avec un outil validé",
           "Positionnement sécuritaire pour l'alimentation",
           "Reconnaissance des signes d'aspiration silencieuse",
           "Orientation vers l'orthophonie"]),
        F("Que pourront faire les personnes apprenantes ?", "learning_outcomes",
          ["Administrer un outil de dépistage de la dysphagie validé au chevet du patient.",
           "Reconnaître les signes cliniques d'aspiration, y compris l'aspiration silencieuse.",
           "Appliquer les textures modifiées prescrites selon l'IDDSI.",
           "Orienter le patient vers l'orthophonie au bon moment."]),
        F("Comment saurez-vous qu'elles en sont capables ?", "summative_assessment",
          "Observation directe de deux dépistages au chevet avec une grille d'évaluation, et un quiz de cas "
          "cliniques (note de passage : 80 %)."),
        S("Section D \u2013 Partenaire et orientation"),
        F("Partenaire du milieu", "partner_name", "Réseau régional de réadaptation des Basses-Terres"),
        F("Personne-ressource chez le partenaire", "partner_contact", "Mathieu Ouimet-Da Silva, chef de service"),
        O("Appui du partenaire", "endorsement_status", [("Lettre jointe", "letter_attached"),
                                                        ("Confirmé, lettre à suivre", "confirmed"),
                                                        ("En discussion", "in_discussion"), ("Aucun", "none")],
          "confirmed"),
        F("Lien avec le plan d'éducation de Michener", "education_plan_alignment",
          "Formation courte axée sur les compétences, élaborée avec un partenaire du réseau de la santé, comme "
          "le prévoit le plan d'éducation."),
        L("Degré d'alignement", ["Fort", "Moyen", "Faible"],
          [("Approche par compétences", 0), ("Partenariat avec le milieu", 0), ("Formation en ligne", 1)]),
        S("Section E \u2013 Modalités et budget"),
        O("Mode de formation", "delivery_format", [("En ligne", "online"), ("En présentiel", "in_person"),
                                                   ("Hybride", "hybrid")], "hybrid"),
        F("Durée (heures)", "estimated_hours", "10 h", exp=10),
        F("Session de lancement", "proposed_start", "Hiver 2028"),
        F("Inscriptions prévues par année", "expected_enrolment", "≈ 40", exp=40),
        X("Droits de scolarité", "380 $"),
        F("Incidence budgétaire", "resources_required",
          "Salle de simulation pour deux demi-journées; épaississants et textures fournis par le partenaire."),
        SIG("Section F \u2013 Signatures d'approbation", ["Direction de la formation continue", "Direction des études"],
            cols=("Nom", "Signature", "Date")),
    ],
    notes="French college's 'Formulaire de proposition de cours' (labels above answers, DOCX printed to PDF by "
          "LibreOffice): French labels and answers, French date '3 février 2027', '10 h', '≈ 40'; 'Confirmé, "
          "lettre à suivre' = confirmed; 'Hybride' = hybrid; Code du cours, Unités, Préalables, Droits de "
          "scolarité and signatures are not values."))
