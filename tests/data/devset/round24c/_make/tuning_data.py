# -*- coding: utf-8 -*-
"""Tuning half of round 24c: content and expected values. A value is defined once in F and placed from there."""
from lib import Strike, Hint, Note

DOCS = []
R1 = "Michener Institute of Education at UHN – Continuing Education"
FOOT = "CE Concept Form v3.1 – return to ce@michener.example"

# ------------------------------------------------------------------ T1: F1, incomplete (TBD / see attached / hint text)
F = {
    "proposal_title": "Safe Cerumen Management and Ear Irrigation in Home and Community Care",
    "proposer_name": "Nadia Ferreira-Lund",
    "proposer_title": "Clinical Nurse Educator",
    "proposer_department": "Home and Community Care Program, Harbourview Health Network",
    "proposer_email": "nferreira-lund@example.org",
    "proposer_phone": "(416) 555-0142",
    "request_type": "micro_course",
    "rationale": "Home-care nurses are increasingly asked to remove impacted wax for older clients, but most learned irrigation informally or not at all. Our incident log shows four tympanic membrane injuries and eleven referrals for failed irrigation in 2026. Audiology wait times in the region exceed five months, so safe first-line cerumen management in the home would reduce both harm and delay.",
    "competencies": "Otoscopic assessment of the external canal and tympanic membrane; Selection of softening agents and irrigation equipment; Safe irrigation technique and recognition of contraindications; Documentation and referral to audiology or ENT",
    "learning_outcomes": [
        "Perform and document an otoscopic examination before and after cerumen removal.",
        "Identify contraindications to irrigation, including known perforation and previous ear surgery.",
        "Carry out low-pressure irrigation safely using agency equipment.",
        "Decide when to stop and refer the client to audiology or ENT.",
    ],
    "partner_name": "Brightwater Home Care Agency",
    "partner_contact": "Omar Vance-Delacroix, Director of Clinical Practice, ovance@example.com",
    "endorsement_status": "in_discussion",
    "delivery_format": "hybrid",
    "estimated_hours": 8,
    "proposed_start": "Spring 2027",
    "resources_required": "Two otoscope stations and irrigation kits (the agency will lend these); skills-lab booking for two afternoons",
    "submission_date": "2027-01-14",
}
DOCS.append(dict(
    file="Concept Form - Cerumen Management - N Ferreira-Lund.docx", genre="F1", shape="1", kind="form", fields=F,
    french=False, header=R1, footer=FOOT,
    heading="Micro-Course / Credential Concept Form",
    subheading="Complete every row. Required items are marked [R1]–[R4] where they relate to an institutional requirement.",
    rows=[
        ("SECTION", "Section A – Proposer"),
        ("Name of Proposer", F["proposer_name"]),
        ("Position / Title", F["proposer_title"]),
        ("Department / Program", F["proposer_department"]),
        ("Email", F["proposer_email"]),
        ("Phone / Extension", F["proposer_phone"]),
        ("SECTION", "Section B – The proposal"),
        ("Proposed Title", F["proposal_title"]),
        ("Type of Request", ("check", ["New micro-credential", "Convert an existing program", "Micro-course"], ["Micro-course"])),
        ("Existing Program Name", "", "(only if converting)"),
        ("Target Learners", "TBD", "Who is this for?"),
        ("Rationale / Need", Note(("pars", ["Home-care nurses are increasingly asked to remove impacted wax for older clients, but most learned irrigation informally or not at all. Our incident log shows four tympanic membrane injuries and eleven referrals for failed irrigation in 2026.",
                                            "Audiology wait times in the region exceed five months, so safe first-line cerumen management in the home would reduce both harm and delay."]),
                                  "Nadia – are we allowed to quote the incident numbers? Check with risk management before this goes out.")),
        ("Competencies / Skills Targeted [R1]", ("bul", F["competencies"].split("; "))),
        ("Competency Framework Alignment", Hint("[e.g. CNO practice standards, ESCO, a professional body's framework]")),
        ("Learning Outcomes [R1]", ("num", F["learning_outcomes"]), "By the end learners will be able to…"),
        ("Summative Assessment [R2]", "See attached assessment rubric.", "How will achievement be evidenced?"),
        ("SECTION", "Section C – Endorsement and alignment"),
        ("Industry / Employment Partner [R3]", F["partner_name"]),
        ("Partner Contact Name and Email", F["partner_contact"]),
        ("Endorsement Status [R3]", ("check", ["Letter of support attached", "Confirmed (letter to follow)", "In discussion", "None yet"], ["In discussion"])),
        ("Alignment with Michener's Education Plan [R4]", Hint("[Explain how the proposal supports the priorities of Michener's Education Plan 2025–2030]")),
        ("SECTION", "Section D – Delivery"),
        ("Delivery Format", ("check", ["Online", "In person", "Hybrid / blended"], ["Hybrid / blended"])),
        ("Estimated Hours", "8 (3 online + 5 skills lab)"),
        ("Proposed Start", F["proposed_start"]),
        ("Expected Enrolment per Year", "N/A"),
        ("Resources Required", F["resources_required"]),
        ("Date Submitted", "January 14, 2027"),
    ],
    office=True,
    notes="F1 official DOCX table form (☐/☒), incomplete: Target Learners 'TBD', Summative Assessment 'See attached assessment rubric.' and Education Plan alignment left as the template's grey hint are not answers (missing); competency framework = hint, enrolment 'N/A' (absent); a Word reviewer comment on the rationale; hours as a sum.",
))

# ------------------------------------------------------------------ T2: F2 bilingual printed PDF with struck-through corrections
F = {
    "proposal_title": "Examen à la lampe à fente et retrait de corps étrangers cornéens superficiels",
    "proposer_name": "Étienne Rousseau-Mbeki",
    "proposer_title": "Infirmier clinicien enseignant",
    "proposer_department": "Service des urgences, Hôpital régional de Val-Clair",
    "proposer_email": "erousseau@example.org",
    "proposer_phone": "(819) 555-0177",
    "request_type": "new",
    "target_learners": "Infirmières et infirmiers des urgences et infirmières praticiennes en milieu rural",
    "rationale": "Les urgences rurales n'ont pas d'ophtalmologiste sur place; les patients avec un corps étranger cornéen attendent souvent plus de six heures un transfert. Une formation structurée permettrait un premier examen sécuritaire et le retrait des corps étrangers superficiels.",
    "competencies": "Utilisation de la lampe à fente et coloration à la fluorescéine; Mesure de l'acuité visuelle; Retrait d'un corps étranger superficiel à l'aiguille ou à la fraise ophtalmique; Critères d'orientation urgente vers l'ophtalmologie",
    "learning_outcomes": [
        "Régler la lampe à fente et examiner la cornée après coloration à la fluorescéine.",
        "Mesurer et consigner l'acuité visuelle avant toute intervention.",
        "Retirer un corps étranger cornéen superficiel en toute sécurité.",
        "Reconnaître les signes qui exigent une orientation urgente en ophtalmologie.",
    ],
    "summative_assessment": "Examen clinique objectif structuré (ECOS) sur œil de porc et mannequin, avec grille d'observation; seuil de réussite : 80 %.",
    "partner_name": "Clinique d'ophtalmologie Lacasse-Tremblay",
    "partner_contact": "Dre Simone Lacasse, slacasse@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Soutient l'axe « apprentissage tout au long de la vie » du Plan d'éducation de Michener et l'accès aux soins en région.",
    "delivery_format": "in_person",
    "estimated_hours": 16,
    "proposed_start": "Hiver 2028",
    "expected_enrolment": 40,
    "submission_date": "2027-02-09",
}
lo = F["learning_outcomes"]
DOCS.append(dict(
    file="Formulaire concept - Lampe a fente - E Rousseau-Mbeki.pdf", genre="F2", shape="4", kind="form", fields=F,
    french=True, header="Institut Michener – Formation continue | Michener Institute – Continuing Education",
    footer="Formulaire de concept v3.1 (FR/EN) – à retourner à ce@michener.example",
    heading="Formulaire de concept – Micro-cours / Microcertification\nConcept Form – Micro-Course / Credential",
    rows=[
        ("SECTION", "A. Responsable / Proposer"),
        ("Nom / Name", F["proposer_name"]),
        ("Fonction / Position", F["proposer_title"]),
        ("Service / Department", F["proposer_department"]),
        ("Courriel / Email", F["proposer_email"]),
        ("Téléphone / Phone", F["proposer_phone"]),
        ("SECTION", "B. Proposition / Proposal"),
        ("Titre proposé / Proposed Title", ("mix", [Strike("Lampe à fente pour infirmières", F["proposal_title"])])),
        ("Type de demande / Type of Request", ("check", ["Nouvelle microcertification / New micro-credential", "Conversion d'un programme existant / Convert an existing program", "Micro-cours / Micro-course"], ["Nouvelle microcertification / New micro-credential"])),
        ("Apprenants visés / Target Learners", F["target_learners"]),
        ("Justification / Rationale", F["rationale"]),
        ("Compétences visées / Competencies [R1]", ("bul", F["competencies"].split("; "))),
        ("Résultats d'apprentissage / Learning Outcomes [R1]", ("num", [lo[0], Strike("Mesurer l'acuité visuelle.", lo[1]), lo[2], lo[3]])),
        ("Évaluation sommative / Summative Assessment [R2]", F["summative_assessment"]),
        ("SECTION", "C. Partenaire et alignement / Partner and alignment"),
        ("Partenaire / Partner Organization [R3]", F["partner_name"]),
        ("Personne-ressource / Partner Contact", F["partner_contact"]),
        ("Appui / Endorsement Status [R3]", ("check", ["Lettre jointe / Letter attached", "Confirmé / Confirmed", "En discussion / In discussion", "Aucun / None"], ["Lettre jointe / Letter attached"])),
        ("Alignement avec le Plan d'éducation / Education Plan Alignment [R4]", F["education_plan_alignment"]),
        ("SECTION", "D. Modalités / Delivery"),
        ("Mode / Delivery Format", ("check", ["En ligne / Online", "En personne / In person", "Hybride / Hybrid"], ["En personne / In person"])),
        ("Durée (heures) / Duration (hours)", ("mix", [Strike("12 h", "16 h")])),
        ("Début prévu / Proposed Start", ("mix", [Strike("Automne 2027", F["proposed_start"])])),
        ("Apprenants par année / Learners per Year", "≈ 40 par année"),
        ("Ressources / Resources Required", ""),
        ("Date", "9 février 2027"),
    ],
    office=True,
    notes="F2 bilingual (FR/EN labels, French answers) table form printed to PDF by LibreOffice: answers corrected in place (title, one outcome, hours, start: old text struck through, new text after it – only the new text is the value; the struck text stays in the PDF text layer); French date and '≈ 40 par année'; empty Resources row.",
))

# ------------------------------------------------------------------ T3: F3 AcroForm, incomplete ('as above', 'see attached', 'TBD')
F = {
    "proposal_title": "Head-Up Tilt-Table Testing for Syncope Evaluation",
    "proposer_name": "Dr. Marguerite Osei-Baptiste",
    "proposer_title": "Cardiology Technologist Lead",
    "proposer_department": "Autonomic Function Laboratory, St. Aubyn General Hospital",
    "proposer_email": "m.oseibaptiste@example.org",
    "proposer_phone": "(905) 555-0119",
    "request_type": "existing_program",
    "existing_program_name": "Cardiovascular Technology - Non-Invasive Testing Certificate (Module 6)",
    "target_learners": "Cardiology technologists and registered nurses working in syncope or autonomic testing clinics",
    "rationale": "Three regional hospitals have opened syncope units since 2025 and each reports that staff learn tilt-table protocols on the job. There is no Canadian continuing-education offering on the test.",
    "summative_assessment": "Supervised performance of two complete tilt-table tests (passive and nitroglycerin-provoked phases) rated with a checklist, plus a written case-interpretation exam.",
    "endorsement_status": "none",
    "education_plan_alignment": "Extends Michener's cardiovascular programs into post-diploma, skills-based credentials, as the Education Plan asks.",
    "delivery_format": "hybrid",
    "estimated_hours": 14,
    "proposed_start": "September 2027",
    "expected_enrolment": 24,
    "submission_date": "2027-03-02",
}
RT = [("new", "New micro-credential"), ("existing_program", "Convert existing program"), ("micro_course", "Micro-course")]
ES = [("letter_attached", "Letter attached"), ("confirmed", "Confirmed"), ("in_discussion", "In discussion"), ("none", "None")]
DF = [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]
DOCS.append(dict(
    file="tilt-table concept form (fillable).pdf", genre="F3", shape="3", kind="form", fields=F, french=False,
    heading="Micro-Course / Credential Concept Form (fillable)", footer=FOOT + "  ·  Save the filled PDF and attach it.",
    rows=[
        ("SECTION", "Proposer"),
        ("Name of Proposer", "ProposerName", "text", F["proposer_name"]),
        ("Position / Title", "ProposerTitle", "text", F["proposer_title"]),
        ("Department / Program", "ProposerDept", "text", F["proposer_department"]),
        ("Email", "ProposerEmail", "text", F["proposer_email"]),
        ("Phone", "ProposerPhone", "text", F["proposer_phone"]),
        ("SECTION", "Proposal"),
        ("Proposed Title", "ProposalTitle", "text", F["proposal_title"]),
        ("Type of Request", "RequestType", "radio", (RT, "existing_program")),
        ("Program to be Converted", "ExistingProgram", "text", F["existing_program_name"]),
        ("Target Learners", "TargetLearners", "text", F["target_learners"], 30),
        ("Rationale / Need", "Rationale", "text", F["rationale"], 44),
        ("Learning Outcomes [R1]", "LearningOutcomes", "text", "See attached draft syllabus (Tilt-table syllabus v1).", 44),
        ("Competencies [R1]", "Competencies", "text", "Same as learning outcomes above", 30),
        ("Summative Assessment [R2]", "SummativeAssessment", "text", F["summative_assessment"], 44),
        ("SECTION", "Endorsement and alignment"),
        ("Partner Organization [R3]", "PartnerName", "text", "TBD"),
        ("Partner Contact", "PartnerContact", "text", ""),
        ("Endorsement Status [R3]", "EndorsementStatus", "radio", (ES, "none")),
        ("Education Plan Alignment [R4]", "EducationPlanAlignment", "text", F["education_plan_alignment"], 30),
        ("SECTION", "Delivery"),
        ("Delivery Format", "DeliveryFormat", "radio", (DF, "hybrid")),
        ("Total Learning Hours", "EstimatedHours", "text", "14"),
        ("Anticipated Start Date", "ProposedStart", "text", F["proposed_start"]),
        ("Estimated Learners / Year", "ExpectedEnrolment", "text", "24"),
        ("Resources Required", "ResourcesRequired", "text", "N/A"),
        ("Submission Date", "SubmissionDate", "text", "2027-03-02"),
    ],
    notes="F3 fillable AcroForm (close-variant field names, radio groups), incomplete: outcomes 'See attached draft syllabus', competencies 'Same as learning outcomes above' (a pointer to an answer that is itself a pointer) and partner 'TBD' are not answers (missing); endorsement radio None; existing_program with the program named; resources 'N/A' absent.",
))

# ------------------------------------------------------------------ T4: F4 retyped, two ideas, reviewer comments
F = {
    "proposal_title": "Nerve Conduction Studies: Core Skills for Neurodiagnostic Technologists",
    "proposer_name": "Priya Ramaswamy-Kerr",
    "proposer_title": "Senior Neurodiagnostic Technologist",
    "proposer_department": "Department of Neurology, Lakehead Regional Health Centre",
    "proposer_email": "priya.rk@example.org",
    "proposer_phone": "(807) 555-0163",
    "request_type": "new",
    "target_learners": "Registered EEG and evoked-potential technologists who want to add nerve conduction studies to their practice",
    "rationale": "Northern Ontario has two neurologists doing nerve conduction studies and a wait list of more than nine months. Technologist-performed studies, reported by the neurologist, are standard elsewhere but nobody here trains for them.",
    "competencies": "Patient preparation, limb temperature control and electrode placement; Motor and sensory nerve conduction recording for upper and lower limbs; Recognising technical artefacts and troubleshooting; Preparing a technical worksheet for the reporting neurologist",
    "learning_outcomes": [
        "Prepare a patient and control limb temperature for nerve conduction testing",
        "Record motor and sensory studies of the median, ulnar, peroneal, tibial and sural nerves",
        "Identify and correct common technical artefacts",
        "Complete a technical worksheet that a neurologist can report from",
    ],
    "summative_assessment": "Logbook of 25 supervised studies and a final practical exam in which the learner performs a standard carpal-tunnel protocol on a volunteer, marked by two assessors.",
    "partner_name": "Association of Neurodiagnostic Technologists of Ontario",
    "partner_contact": "Gareth Nyambura, Education Chair, gnyambura@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Fits the Education Plan's commitment to stackable, practice-based credentials for working technologists outside the GTA.",
    "delivery_format": "hybrid",
    "estimated_hours": 20,
    "proposed_start": "January 2028",
    "expected_enrolment": 30,
    "submission_date": "2027-02-18",
}
DOCS.append(dict(
    file="NCS micro-credential - two ideas, proposal A.docx", genre="F4", shape="5", kind="form", fields=F, french=False,
    title=F["proposal_title"],
    top=[f"Submitted by {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}",
         f"{F['proposer_email']} · {F['proposer_phone']} · 18 February 2027"],
    sections=[
        ("Two ideas – which one this is", "When we started we sketched two courses: (A) nerve conduction studies for technologists, and (B) an introduction to intraoperative neuromonitoring. This proposal is for idea A only. Idea B is parked until we find a surgical partner; we may send a separate form for it next year."),
        ("What we are asking for", "A new micro-credential – not a conversion of an existing program."),
        ("Who it is for", F["target_learners"]),
        ("Why it is needed", Note(F["rationale"], "Add the wait-list source (regional neurology report 2026)?")),
        ("Skills it builds", ("bul", F["competencies"].split("; "))),
        ("What learners will be able to do", ("pars", ["By the end of the credential, participants will be able to:", ("num", F["learning_outcomes"])])),
        ("How we will know they can do it", F["summative_assessment"]),
        ("Partner and endorsement", ("pars", [f"Partner: {F['partner_name']}", f"Contact: {F['partner_contact']}",
                                              "Their letter of support (for idea A) is attached."])),
        ("Fit with Michener's Education Plan", Note(F["education_plan_alignment"], "PR: maybe cite the plan's section number here.")),
        ("Practicalities", ("bul", ["Format: blended (online theory, two lab days)", "Length: 20 hours (12 online + 8 in the lab)",
                                    f"Start: {F['proposed_start']}", "Learners per year: about 30"])),
    ],
    notes="F4 retyped DOCX with a form's worth of two ideas: the title and every answer are idea A (nerve conduction studies); idea B (intraoperative neuromonitoring) is only mentioned. Proposer and date in two lines under the title; outcomes after a lead-in; practicalities with prefixes; Word comments on two answers (never values).",
))

# ------------------------------------------------------------------ T5: L1 letter of support (look-alike)
DOCS.append(dict(
    file="ANTO letter of support - NCS micro-credential.pdf", genre="L1", shape="7", kind="look", french=False,
    org="Association of Neurodiagnostic Technologists of Ontario", org_line="Education Committee  ·  PO Box 4410, Thunder Bay ON  ·  (807) 555-0108",
    org_footer="ANTO is a volunteer professional association. This letter does not commit funds.",
    pdf_title="Letter of support", signer="Gareth Nyambura", colour=(0.35, 0.15, 0.45),
    paras=["February 12, 2027", "Continuing Education<br/>Michener Institute of Education at UHN<br/>ce@michener.example",
           "<b>Re: Letter of support – proposed micro-credential “Nerve Conduction Studies: Core Skills for Neurodiagnostic Technologists”</b>",
           "On behalf of the Education Committee of the Association of Neurodiagnostic Technologists of Ontario, I am pleased to support the proposal submitted by Priya Ramaswamy-Kerr of Lakehead Regional Health Centre.",
           "The proposed 20-hour blended credential is aimed at registered EEG and evoked-potential technologists. Our members outside the GTA report that nerve conduction studies are the skill they are most often asked to add, and that no Canadian program trains technologists for it.",
           "The Association will review the learning outcomes, nominate two practising technologists as assessors for the final practical exam, and promote the credential to our roughly 300 members. We expect about 30 members a year to enrol.",
           "We understand the proposal covers only the nerve conduction course; we would be glad to discuss a later neuromonitoring offering separately.",
           "Yours sincerely,", "<br/><br/>Gareth Nyambura<br/>Education Chair, ANTO<br/>gnyambura@example.com"],
    notes="L1 letter of support on letterhead (reportlab PDF) naming the proposed course, its hours, learners, partner and proposer – kept with the application, not a concept form.",
))

# ------------------------------------------------------------------ T6: L2 CV (Word -> PDF)
DOCS.append(dict(
    file="Osei-Baptiste_M_CV_2027.pdf", genre="L2", shape="7", kind="look", french=False,
    name="Marguerite Osei-Baptiste, PhD, RCCT",
    contact="Autonomic Function Laboratory, St. Aubyn General Hospital · m.oseibaptiste@example.org · (905) 555-0119",
    sections=[
        ("Profile", ["Cardiology technologist and educator with 17 years in non-invasive cardiac testing and eight years leading an autonomic function laboratory."]),
        ("Current position", [("Cardiology Technologist Lead", "2019 – present", "Leads a team of six technologists performing tilt-table, Holter and ambulatory blood-pressure testing.", "Wrote the laboratory's tilt-table protocol and competency checklist.")]),
        ("Previous positions", [("Senior Cardiology Technologist, Riverside Heart Clinic", "2010 – 2019", "Exercise stress testing and echocardiography support."),
                                ("Cardiology Technologist, St. Aubyn General Hospital", "2007 – 2010")]),
        ("Education", [("PhD, Health Professions Education, University of Western Lakes", "2018"), ("Diploma, Cardiovascular Technology", "2007")]),
        ("Teaching", [("Clinical preceptor, Cardiovascular Technology program", "2012 – present", "Supervised 40+ students in placement.")]),
        ("Selected presentations", [("“Nitroglycerin-provoked tilt testing: a technologist's view”, Canadian Syncope Day", "2025")]),
        ("Memberships", [("Canadian Society of Cardiology Technologists (RCCT)", ""), ("Autonomic Research Network, education working group", "")]),
    ],
    notes="L2 proposer's CV, Word document exported to PDF: name, contact line, headings, dates – not a concept form.",
))

# ------------------------------------------------------------------ T7: L3 draft syllabus (look-alike with course-like headings)
DOCS.append(dict(
    file="Tilt-table syllabus v1.docx", genre="L3", shape="7", kind="look", french=False,
    header="DRAFT – for discussion with Michener CE", title="Draft Syllabus: Head-Up Tilt-Table Testing for Syncope Evaluation",
    intro=["Course Title: Head-Up Tilt-Table Testing for Syncope Evaluation", "Instructor: Dr. Marguerite Osei-Baptiste (m.oseibaptiste@example.org)",
           "Format: hybrid – 8 hours online, 6 hours in the autonomic lab (14 hours in total)"],
    sections=[
        ("Course description", "Indications, protocols and safety of head-up tilt-table testing, with supervised practice in a working laboratory."),
        ("Learning Outcomes", ["Explain the physiology of orthostatic stress and the main syncope types.", "Prepare the patient and equipment, including beat-to-beat blood-pressure monitoring.",
                               "Run passive and nitroglycerin-provoked phases according to protocol.", "Recognise and respond to asystole and other adverse events."]),
        ("Schedule", ("table", ["Week", "Topic", "Mode"], [["1", "Physiology and indications", "Online"], ["2", "Protocols and monitoring", "Online"],
                                                         ["3", "Safety and emergency response", "Online"], ["4", "Supervised tests in the lab", "In person"]])),
        ("Assessment", "Checklist-rated performance of two complete tests (60 %) and a written case-interpretation exam (40 %)."),
        ("Readings", "Laboratory protocol AFL-07; current Canadian syncope guideline (summary provided)."),
    ],
    numbered=True,
    notes="L3 draft syllabus of the proposed course (DOCX) with 'Course Title', 'Learning Outcomes' and 'Assessment' headings – the 'attached syllabus' a form points to; not a concept form.",
))

# ------------------------------------------------------------------ T8: L4 meeting invitation printed to PDF
DOCS.append(dict(
    file="Meeting - concept form check-in (cerumen micro-course).pdf", genre="L4", shape="7", kind="look", french=False,
    kind_="invite", pdf_title="Concept form check-in – cerumen micro-course", owner="Nadia Ferreira-Lund",
    head=[("Subject:", "Concept form check-in – cerumen management micro-course"), ("Location:", "Microsoft Teams meeting"),
          ("Start:", "Thu 2027-01-21 2:00 PM"), ("End:", "Thu 2027-01-21 2:30 PM"), ("Recurrence:", "(none)"),
          ("Meeting Status:", "Accepted"), ("Organizer:", "Nadia Ferreira-Lund <nferreira-lund@example.org>"),
          ("Required Attendees:", "ce@michener.example; Omar Vance-Delacroix <ovance@example.com>")],
    body=["Hi all – a quick call to go through the concept form for the cerumen management and ear irrigation micro-course before I resubmit it.",
          "Agenda:\n1. Target learners – RPNs only, or RNs as well?\n2. Summative assessment – can the skills-lab checklist stand on its own?\n3. Brightwater's endorsement: letter or e-mail?\n4. Hours (currently 8) and a spring start",
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 281 004 557 19   Passcode: eR7kq2\nDial in by phone: +1 416-555-0100,,28100455719#"],
    notes="L4 Outlook meeting invitation printed to PDF (fpdf2, Outlook creator): subject names the micro-course, agenda mentions learners, assessment, partner and hours – not a concept form.",
))
DOCS[-1]["kind"] = "look"
DOCS[-1]["kind_mail"] = "invite"

# ------------------------------------------------------------------ T9: L5 budget spreadsheet exported to PDF
DOCS.append(dict(
    file="Budget - slit lamp microcredential (draft).pdf", genre="L5", shape="7", kind="look", french=False,
    sheet="Budget", title="Slit-lamp examination micro-credential – draft budget", sub="Prepared by É. Rousseau-Mbeki for Michener CE · 16-hour in-person course · one cohort of 20",
    cols=["Item", "Qty", "Unit cost", "Line total"],
    rows=[("SECTION", "Teaching"), ("Ophthalmology nurse instructor (hours)", 16, 85), ("Ophthalmologist guest session (hours)", 2, 240),
          ("SECTION", "Equipment and supplies"), ("Slit-lamp rental, per day", 2, 350), ("Porcine eyes and fluorescein strips, per learner", 20, 18),
          ("Disposable foreign-body needles and burr tips, box", 4, 62),
          ("SECTION", "Administration"), ("Course coordination (hours)", 10, 55), ("Certificates and printing", 20, 4)],
    notes_rows=["Partner clinic provides the lab space at no cost.", "Figures are estimates for discussion; tax not included."],
    notes="L5 budget spreadsheet (openpyxl) exported to PDF by LibreOffice Calc: course name, hours, cohort and items – not a concept form.",
))
