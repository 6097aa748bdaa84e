"""Tuning half of round 19b: content and expected values (a value is defined once, used in document and expected)."""
DOCS = []

# ------------------------------------------------------------------ T1 memo (EN), chair writes about a colleague
F = dict(
    proposal_title="CPAP Mask Fitting and Pressure Titration",
    proposer_name="Priya Raman", proposer_title="Clinical Instructor",
    proposer_department="Respiratory Therapy Program",
    proposer_email="priya.raman@michener.example", proposer_phone="416-555-0142",
    request_type="new",
    target_learners="registered respiratory therapists and polysomnography technologists working in community CPAP clinics",
    rationale="CPAP vendors now do most first fittings, and clinics tell us that poorly fitted masks are the main reason patients abandon therapy within the first month",
    competencies="selecting and sizing nasal, pillow and full-face interfaces, reading leak and residual-event data from device downloads, adjusting pressure under a titration protocol, and coaching patients through their first week of use",
    learning_outcomes=["Select and size a CPAP interface for a patient's face shape and breathing pattern.",
                       "Interpret leak, pressure and residual-event data from a two-week device download.",
                       "Adjust pressure settings within a physician-approved titration protocol.",
                       "Coach a new patient through common first-week problems and document the plan."],
    competency_framework="National Competency Framework for Respiratory Therapy",
    summative_assessment="a recorded fitting of a standardised patient, scored with a twelve-item checklist, together with a short written interpretation of a device download",
    partner_name="Lakeview Home Respiratory Services",
    partner_contact="Mr. Tobias Ferreira, tobias.ferreira@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment="it answers the Education Plan's call for flexible, practice-based learning that working clinicians can fit around their shifts",
    delivery_format="hybrid", estimated_hours=10, proposed_start="early next spring", expected_enrolment=28,
    resources_required="the department's two CPAP simulators and about forty hours of instructional design support",
    submission_date="2026-11-23",
)
DOCS.append(dict(
    name="Memo - CPAP fitting micro-credential.docx", genre="G1", genre_r="memo", lang="en", fields=F,
    notes="Internal memo (To/From/Date/Subject block, rule, paragraphs) from a department chair describing a colleague's proposal in the third person; the colleague (named with email and phone in the body) is the proposer, the chair in From: is not; hours and enrolment in words as sums; start in prose.",
    content=dict(org="The Michener Institute of Education at UHN", block=[
        ("TO:", "Continuing Education Office"),
        ("FROM:", "Dr. Harriet Okafor-Blaise, Chair, Respiratory Therapy"),
        ("DATE:", "November 23, 2026"),
        ("SUBJECT:", "Micro-credential concept – " + F["proposal_title"]),
        ("CC:", "Priya Raman")],
        body=[
            "I am writing on behalf of my colleague " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + ", who has worked up an idea that I think is ready for your office to look at. She would like to launch a brand-new micro-credential called “" + F["proposal_title"] + "”.",
            "The course is meant for " + F["target_learners"] + ". Priya's reasoning is straightforward: " + F["rationale"] + ".",
            "Over the course, learners would practise " + F["competencies"] + ". The content has been mapped to the " + F["competency_framework"] + ".",
            "Priya has drafted the outcomes as follows. By the end, learners will be able to:",
            ("num", F["learning_outcomes"]),
            "Achievement would be shown through " + F["summative_assessment"] + ".",
            "On the partner side, " + F["partner_name"] + " has been closely involved from the start; their letter of support is attached, and their clinical lead, " + F["partner_contact"] + ", is happy to be contacted. As for fit, I believe " + F["education_plan_alignment"] + ".",
            "Practically speaking, the course would be blended: two online modules of three hours each and one four-hour lab day, ten hours in all. Priya would like to run the first cohort " + F["proposed_start"] + ", and expects two cohorts of fourteen a year. She will need " + F["resources_required"] + ".",
            "Priya is the lead proposer and the best person to answer questions; she can be reached at " + F["proposer_email"] + " or " + F["proposer_phone"] + ". I fully support the proposal.",
            ("sig", ["H. Okafor-Blaise", "Chair, Respiratory Therapy", "harriet.okafor-blaise@michener.example"])],
        footer="Internal – not for distribution outside Michener"),
))

# ------------------------------------------------------------------ T2 memo (FR)
F = dict(
    proposal_title="Dépistage de la dysphagie au chevet",
    proposer_name="Mathilde Gauthier-Roy", proposer_title="orthophoniste et chargée d'enseignement",
    proposer_department="Centre de santé Rive-Nord",
    proposer_email="m.gauthier-roy@example.org", proposer_phone="514-555-0167",
    request_type="micro_course",
    target_learners="infirmières et infirmiers auxiliaires des unités de médecine et de soins de longue durée",
    rationale="les pneumonies d'aspiration restent fréquentes chez les patients âgés et le dépistage à l'admission est souvent fait trop tard ou pas du tout",
    competencies="l'observation des signes de fausse route, l'administration d'un test de déglutition d'eau standardisé, la modification de la texture des aliments et la transmission des résultats à l'équipe",
    learning_outcomes=["Reconnaître les signes cliniques d'une dysphagie chez un patient hospitalisé.",
                       "Administrer un test de déglutition d'eau selon le protocole de l'unité.",
                       "Choisir la texture alimentaire et la consistance des liquides recommandées.",
                       "Consigner le résultat du dépistage et orienter le patient vers l'orthophonie."],
    summative_assessment="un examen pratique au chevet d'un patient simulé, noté à l'aide d'une grille d'observation, suivi d'un court questionnaire",
    partner_name="Centre de santé Rive-Nord", endorsement_status="confirmed",
    education_plan_alignment="le projet rejoint l'orientation du Plan d'éducation sur la sécurité des patients et la formation interprofessionnelle",
    delivery_format="online", estimated_hours=6, proposed_start="la semaine du 12 avril 2027", expected_enrolment=60,
    submission_date="2026-11-30",
)
DOCS.append(dict(
    name="Note de service - microcours dysphagie.docx", genre="G1", genre_r="memo", lang="fr", fields=F,
    notes="French internal memo (Destinataire / Expéditeur / Date / Objet); proposer writes in the first person and signs; partner is the proposer's own employer, agreed with letter to follow (confirmed); micro_course stated in a sentence; hours and enrolment in words; start in prose.",
    content=dict(heading="NOTE DE SERVICE", block=[
        ("Destinataire :", "Bureau de la formation continue, Michener"),
        ("Expéditeur :", F["proposer_name"]),
        ("Date :", "le 30 novembre 2026"),
        ("Objet :", "Proposition de microcours – " + F["proposal_title"])],
        body=[
            "Madame, Monsieur,",
            "Je vous soumets une proposition de microcours intitulé « " + F["proposal_title"] + " ». Il s'adresse aux " + F["target_learners"] + ".",
            "Pourquoi ce cours ? Parce que " + F["rationale"] + ".",
            "Le microcours porterait sur " + F["competencies"] + ". À la fin, les participantes et participants pourront :",
            ("bul", F["learning_outcomes"]),
            "L'atteinte des résultats serait attestée par " + F["summative_assessment"] + ".",
            "Notre partenaire est le " + F["partner_name"] + " : la direction des soins infirmiers a donné son accord ; la lettre suivra. Je pense que " + F["education_plan_alignment"] + ".",
            "Le cours serait offert entièrement en ligne, en deux blocs de trois heures, soit six heures. Nous visons un démarrage " + F["proposed_start"] + " et environ soixante personnes par année.",
            "Je vous remercie de votre attention.",
            ("sig", [F["proposer_name"], F["proposer_title"], F["proposer_department"], F["proposer_email"], "Tél. : " + F["proposer_phone"]])]),
))

# ------------------------------------------------------------------ T3 tri-fold brochure
F = dict(
    proposal_title="Recognising and Reporting Transfusion Reactions",
    proposer_name="Graham Osei-Tutu", proposer_title="Transfusion Safety Officer",
    proposer_department="Regional Blood Services, Kingsway General Hospital",
    proposer_email="graham.oseitutu@example.org", proposer_phone="905-555-0123 ext. 4410",
    request_type="new",
    target_learners="Ward nurses, medical laboratory technologists and phlebotomists who hang, issue or sample blood products",
    rationale="Reactions are still under-recognised at the bedside; our last audit found that one suspected reaction in three was never reported to the blood bank",
    competencies=["Bedside recognition of acute reactions", "Immediate nursing actions", "Post-reaction sampling", "Laboratory investigation work-up", "Reporting to the hospital and national systems"],
    learning_outcomes=["Identify the signs of acute haemolytic, febrile, allergic and TACO reactions.",
                       "Carry out the first five minutes of care when a reaction is suspected.",
                       "Collect and label the post-reaction samples correctly.",
                       "Complete a reaction report that meets the national surveillance standard."],
    summative_assessment="A timed simulation of a suspected reaction, scored on a checklist, plus a completed incident report marked by the Transfusion Safety Officer",
    partner_name="Ontario Transfusion Safety Network", partner_contact="Dr. Elena Vasquez-Horn",
    endorsement_status="in_discussion",
    education_plan_alignment="Builds the patient-safety culture and interprofessional practice named in Michener's Education Plan",
    delivery_format="online", estimated_hours=5, proposed_start="the week of 12 April 2027", expected_enrolment=120,
    submission_date="2026-11-18",
)
DOCS.append(dict(
    name="Transfusion reactions micro-credential - brochure.pdf", genre="G2", genre_r="brochure", lang="en", fields=F,
    notes="Tri-fold brochure, landscape, two pages of three panels (reportlab): title on the front panel (right of page 1), contact on the back panel (middle of page 1), inside panels with headed sections; competencies as bullets; partner in discussion; figures partly in words; 'prepared' date on the back panel.",
    content=dict(colour="#8b1e3f", meta_title="brochure", pages=[
        [  # page 1: inside flap | back | front
            [("h", "Why this course?"), F["rationale"] + ".", ("h", "Our partner"),
             "We are working with the " + F["partner_name"] + " (in discussion; no letter yet). Contact there: " + F["partner_contact"] + ".",
             ("h", "How it fits Michener"), F["education_plan_alignment"] + "."],
            [("space", 120), ("h", "Questions? Talk to us"), "**" + F["proposer_name"] + "**", F["proposer_title"],
             F["proposer_department"], F["proposer_email"], "Tel. " + F["proposer_phone"], ("space", 30),
             "Proposal for a new micro-credential, prepared 18 November 2026 for the Continuing Education Office, The Michener Institute."],
            [("title", F["proposal_title"], 90), ("sub", "A new micro-credential for the whole transfusion chain"),
             ("space", 40), "Five hours, online, at your own pace.", "First offering: " + F["proposed_start"] + "."]],
        [  # page 2: inside
            [("h", "Who is it for?"), F["target_learners"] + ".", ("h", "What you will practise"), ("bul", F["competencies"])],
            [("h", "By the end you will be able to"), ("num", F["learning_outcomes"])],
            [("h", "How we will know"), F["summative_assessment"] + ".", ("h", "At a glance"),
             ("bul", ["New micro-credential", "Online, self-paced modules", "Five hours in total",
                      "About one hundred and twenty learners a year"])]],
    ]),
))

# ------------------------------------------------------------------ T4 fact sheet
F = dict(
    proposal_title="Nerve Conduction Studies: Upper Limb Essentials",
    proposer_name="Anjali Brightwater", proposer_title="Clinical Neurophysiologist",
    proposer_department="Neurodiagnostics, Harbourfront Rehabilitation Hospital",
    proposer_email="abrightwater@example.com", proposer_phone="647-555-0188",
    request_type="micro_course",
    target_learners="Neurophysiology technologists in their first two years of practice and EEG technologists moving into EMG labs",
    rationale="Carpal tunnel and ulnar referrals have doubled in three years and labs cannot train new staff fast enough on the bench",
    competencies="Electrode placement; Stimulation technique; Temperature control; Recognising technical artefacts; Measuring latencies and amplitudes",
    learning_outcomes=["Place recording and stimulating electrodes for median, ulnar and radial studies",
                       "Control limb temperature and recognise its effect on results",
                       "Identify and correct the five most common technical artefacts",
                       "Measure and tabulate latencies, amplitudes and conduction velocities"],
    competency_framework="Canadian Association of Electroneurophysiology Technologists practice standards",
    summative_assessment="Practical exam on a volunteer: a full median and ulnar study, marked by two examiners",
    partner_name="Harbourfront Rehabilitation Hospital", partner_contact="Samuel Ito, Manager, Neurodiagnostics",
    endorsement_status="letter_attached",
    education_plan_alignment="Supports the Education Plan goal of growing lab-based continuing education for allied health staff",
    delivery_format="in_person", estimated_hours=14, proposed_start="Fall 2027", expected_enrolment=24,
    resources_required="Two EMG machines on loan from the partner; one lab room for two days per cohort",
    submission_date="2026-11-26",
)
DOCS.append(dict(
    name="NCS upper limb - program at a glance.pdf", genre="G3", genre_r="factsheet", lang="en", fields=F,
    notes="One-page 'program at a glance' fact sheet (Word layout exported to PDF by LibreOffice): short bold red words (WHO, WHY, WHAT, OUTCOMES, PROOF, PARTNER, FIT, FORMAT, HOURS, WHEN, SIZE, NEEDS) stand in for icons beside each answer; competencies and outcomes as bullets; contact strip at the bottom; letter attached.",
    content=dict(kicker="PROGRAM AT A GLANCE · Micro-course proposal", title=F["proposal_title"],
        tagline="A two-day hands-on micro-course for the EMG lab",
        rows=[("WHO", F["target_learners"]), ("WHY", F["rationale"]),
              ("WHAT", F["competencies"].split("; ")), ("OUTCOMES", F["learning_outcomes"]),
              ("FRAMEWORK", F["competency_framework"]), ("PROOF", F["summative_assessment"]),
              ("PARTNER", F["partner_name"] + " – letter of support attached (" + F["partner_contact"] + ")"),
              ("FIT", F["education_plan_alignment"]), ("FORMAT", "In person, two lab days"), ("HOURS", "14"),
              ("WHEN", F["proposed_start"]), ("SIZE", "Three cohorts of eight a year"), ("NEEDS", F["resources_required"])],
        contact=["Contact: " + F["proposer_name"] + ", " + F["proposer_title"] + " | " + F["proposer_department"],
                 F["proposer_email"] + " | " + F["proposer_phone"] + " | Updated 26 Nov 2026"]),
))

# ------------------------------------------------------------------ T5 fact sheet, incomplete (no email)
F = dict(
    proposal_title="Cast Room Skills: Plaster and Fibreglass Application",
    proposer_name="Connor MacAulay", proposer_title="Senior Orthopaedic Technologist",
    proposer_department="Fracture Clinic, St. Brendan's Health Centre",
    proposer_phone="705-555-0131",
    request_type="existing_program", existing_program_name="Cast Room Orientation Workshop",
    target_learners="Orthopaedic technologists, emergency nurses and physiotherapists who apply or remove casts",
    rationale="Pressure sores and cast saw burns are preventable, yet our incident reports show a steady number every quarter",
    competencies="Limb positioning and padding; Plaster and fibreglass application; Bivalving and windowing; Safe cast saw use; Patient aftercare teaching",
    learning_outcomes=["Apply a below-elbow and a below-knee cast with correct padding and moulding",
                       "Remove a cast safely with an oscillating saw and spreader",
                       "Bivalve or window a cast when swelling is suspected",
                       "Teach a patient and family the warning signs after casting"],
    summative_assessment="Observed application and removal of two casts, signed off with the clinic's competency checklist",
    partner_name="Ontario Orthopaedic Technologists Society", endorsement_status="confirmed",
    education_plan_alignment="Turns an internal workshop into a stackable credential, as the Education Plan encourages",
    delivery_format="in_person", estimated_hours=8, proposed_start="January 2027", expected_enrolment=30,
)
DOCS.append(dict(
    name="Cast room skills - at a glance.pdf", genre="G3", genre_r="factsheet", lang="en", fields=F,
    notes="Fact sheet (LibreOffice PDF) for converting an existing workshop (existing_program named in a sentence); INCOMPLETE: only a phone number, no email anywhere (proposer_email missing); no date on the sheet; partner agreed, letter to follow.",
    content=dict(kicker="AT A GLANCE", title=F["proposal_title"],
        tagline="Converting our " + F["existing_program_name"] + " into a micro-credential",
        rows=[("WHO", F["target_learners"]), ("WHY", F["rationale"]),
              ("SKILLS", F["competencies"].split("; ")), ("GOALS", F["learning_outcomes"]),
              ("TEST", F["summative_assessment"]),
              ("PARTNER", F["partner_name"] + " has agreed to endorse; letter to follow"),
              ("FIT", F["education_plan_alignment"]), ("WHERE", "In person at the fracture clinic"),
              ("TIME", "One full day, 8 hours"), ("START", F["proposed_start"]),
              ("SEATS", "About 30 a year")],
        contact=["Questions: " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"],
                 "Call " + F["proposer_phone"]]),
))

# ------------------------------------------------------------------ T6 minutes with a real proposal
F = dict(
    proposal_title="Chromosome Banding and Karyotype Analysis",
    proposer_name="Wen-Li Castellanos", proposer_title="Cytogenetics Technologist",
    proposer_department="Genetics Technology program",
    proposer_email="wenli.castellanos@michener.example", proposer_phone="416-555-0109",
    request_type="existing_program", existing_program_name="Advanced Cytogenetics Lab Module",
    target_learners="practising cytogenetics technologists returning to karyotyping after working only with microarray or FISH",
    rationale="labs are short of technologists who can still karyotype by hand, and two regional labs asked for a refresher",
    competencies="G-banding of metaphase spreads, chromosome identification, karyotype assembly, and recognising common structural rearrangements",
    learning_outcomes=["prepare and G-band metaphase spreads from cultured blood",
                       "identify all chromosome pairs at the 400-band level",
                       "assemble and describe a karyotype using ISCN nomenclature",
                       "recognise common balanced and unbalanced rearrangements"],
    competency_framework="ISCN 2024 nomenclature",
    summative_assessment="a blind analysis of five cases, with karyotypes written in ISCN and checked by a certified cytogeneticist",
    partner_name="Northshore Genomics Laboratory", partner_contact="Dr. Ruth Abernathy",
    endorsement_status="letter_attached",
    education_plan_alignment="it fits the Education Plan priority on re-skilling mid-career professionals",
    delivery_format="hybrid", estimated_hours=20, proposed_start="September 2027", expected_enrolment=16,
    resources_required="the Genetics lab's microscopes and imaging software licences",
    submission_date="2026-11-19",
)
MD = f"""# Genetics Technology – Department Meeting

**Date:** 19 November 2026, 12:00–13:30\\
**Location:** Room 4.12 and on Teams\\
**Chair:** Lorna Pettigrew (Program Chair)\\
**Recorder:** Dev Malhotra\\
**Present:** L. Pettigrew, D. Malhotra, W.-L. Castellanos, A. Kowalczyk, B. Nnamdi\\
**Regrets:** J. Fairbanks

## 1. Approval of the agenda and of the minutes of 15 October

Approved as circulated (moved A. Kowalczyk, seconded B. Nnamdi).

## 2. Lab renovation update

D. Malhotra reported that the fume hood replacement is on schedule. No action needed.

## 3. Micro-credential proposal tabled by {F['proposer_name']}

{F['proposer_name']} ({F['proposer_title']}, {F['proposer_department']}) tabled a proposal to convert the {F['existing_program_name']} into a micro-credential titled "{F['proposal_title']}". The following facts were recorded for the CE concept form:

- Learners: {F['target_learners']}.
- Need: {F['rationale']}.
- Skills covered: {F['competencies']}.
- Framework: {F['competency_framework']}.
- Assessment: {F['summative_assessment']}.
- Partner: {F['partner_name']}; {F['partner_contact']} has signed a letter of support, which is attached to these minutes.
- Fit with the Education Plan: {F['education_plan_alignment']}.
- Format: blended, twenty hours in all (twelve online, eight in the lab).
- Start: {F['proposed_start']}; two cohorts of eight a year.
- Resources: {F['resources_required']}.

W.-L. Castellanos read out the draft outcomes. Learners would be able to:

1. {F['learning_outcomes'][0]};
2. {F['learning_outcomes'][1]};
3. {F['learning_outcomes'][2]};
4. {F['learning_outcomes'][3]}.

Discussion: B. Nnamdi asked whether the case set could include a prenatal sample; W.-L. Castellanos agreed to consider it.

**Motion:** that the department supports the proposal and forwards it to Continuing Education. Moved L. Pettigrew, seconded A. Kowalczyk. Carried.

**Action:** {F['proposer_name']} to send the proposal and letter to CE (contact: {F['proposer_email']}, {F['proposer_phone']}).

## 4. Other business

None. Next meeting: 17 December 2026.
"""
F["learning_outcomes"] = [F["learning_outcomes"][0] + ";", F["learning_outcomes"][1] + ";", F["learning_outcomes"][2] + ";", F["learning_outcomes"][3] + "."]
DOCS.append(dict(
    name="Minutes 2026-11-19 Genetics Technology dept meeting.docx", genre="G4", genre_r="minutes", lang="en", fields=F,
    notes="Department meeting minutes (Markdown -> pandoc DOCX) in which a proposal was tabled and all its facts recorded as a bulleted list: a real proposal (existing_program); chair, recorder and attendees are not values; meeting date = submission_date; outcomes keep their ';' / '.' as typed.",
    content=dict(md=MD),
))

# ------------------------------------------------------------------ T7 FAQ (LaTeX)
F = dict(
    proposal_title="Dose Calibrator Quality Control for Nuclear Medicine",
    proposer_name="Beatrix Lindqvist", proposer_title="Radiation Safety Officer",
    proposer_department="Department of Medical Imaging, Eastgate Regional Hospital",
    proposer_email="b.lindqvist@example.org", proposer_phone="613-555-0154",
    request_type="micro_course",
    target_learners="nuclear medicine technologists and radiopharmacy technicians who run daily and periodic dose calibrator checks",
    rationale="Inspection findings across the region keep citing incomplete linearity and geometry testing, and new staff learn the checks informally from whoever is on shift",
    competencies=["daily constancy and accuracy checks with sealed sources", "quarterly linearity testing by the decay and shield methods", "geometry corrections for syringes and vials", "record keeping for regulatory inspection"],
    learning_outcomes=["Perform daily constancy and accuracy checks and act on out-of-tolerance results.",
                       "Carry out a linearity test and plot the results.",
                       "Apply geometry correction factors for common containers.",
                       "Keep records that satisfy a regulatory inspector."],
    summative_assessment="Each learner completes a full quarterly test set on a calibrator under observation and submits the completed logbook, which is graded against the licence conditions",
    partner_name="Canadian Nuclear Medicine Physics Group", partner_contact="Dr. Omar Haddad, omar.haddad@example.com",
    endorsement_status="confirmed",
    education_plan_alignment="It supports the Education Plan theme of safe, high-quality care through practice-ready graduates and staff",
    delivery_format="hybrid", estimated_hours=7, proposed_start="early next spring", expected_enrolment=40,
    submission_date="2026-11-27",
)
DOCS.append(dict(
    name="Dose calibrator QC micro-course - FAQ.pdf", genre="G5", genre_r="faq", lang="en", fields=F,
    notes="FAQ-style proposal written in LaTeX (pdflatex): questions as unnumbered subsection headings ('Who is it for?', 'How long is it?', 'Who supports it?' ...), answers in sentences and lists; contact in a closing paragraph with a dated line; partner agreed, letter to follow (confirmed).",
    content=dict(title=F["proposal_title"], subtitle="Frequently asked questions about a proposed micro-course",
        intro=["This page answers the questions colleagues have asked about the proposal. Prepared 27 November 2026."],
        qa=[("What is being proposed?", ["A micro-course, " + F["proposal_title"] + ", offered through Continuing Education at Michener."]),
            ("Who is it for?", ["It is meant for " + F["target_learners"] + "."]),
            ("Why is it needed?", [F["rationale"] + "."]),
            ("What will learners practise?", [("bul", F["competencies"])]),
            ("What will learners be able to do at the end?", [("enum", F["learning_outcomes"])]),
            ("How is achievement shown?", [F["summative_assessment"] + "."]),
            ("Who supports it?", ["The " + F["partner_name"] + " has agreed to endorse the course; the letter will follow. Our contact there is " + F["partner_contact"] + "."]),
            ("How does it fit Michener's plans?", [F["education_plan_alignment"] + "."]),
            ("How long is it?", ["Seven hours: a three-hour online module and a four-hour session at the hospital's hot lab. So it is blended."]),
            ("When would it start, and how many people?", ["We hope to start " + F["proposed_start"] + " and expect about forty learners a year."])],
        outro=["Who do I contact? " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + ". Email " + F["proposer_email"] + ", telephone " + F["proposer_phone"] + "."]),
))

# ------------------------------------------------------------------ T8 grant-style (DOCX)
F = dict(
    proposal_title="Lithium and Clozapine Monitoring for Pharmacy Technicians",
    proposer_name="Rosalind Achterberg", proposer_title="Pharmacy Technician Program Coordinator",
    proposer_department="Pharmacy Technician Program, The Michener Institute",
    proposer_email="r.achterberg@michener.example", proposer_phone="416-555-0176",
    request_type="new",
    target_learners="Regulated pharmacy technicians in community and hospital mental-health pharmacies.",
    rationale="Both drugs need strict blood-level and blood-count monitoring, and technicians increasingly run the monitoring schedules, yet no course prepares them for it. Missed monitoring was a factor in two coroner's recommendations in the province last year.",
    competencies="Monitoring schedules for lithium levels and clozapine blood counts; interpreting laboratory flags; communicating with prescribers and patients; documentation in the pharmacy system.",
    learning_outcomes=["Explain why lithium and clozapine need scheduled laboratory monitoring.",
                       "Set up and maintain a monitoring schedule in the pharmacy record.",
                       "Recognise laboratory results that require the pharmacist's immediate attention.",
                       "Communicate a monitoring reminder clearly to a patient and a prescriber."],
    competency_framework="NAPRA Professional Competencies for Canadian Pharmacy Technicians",
    summative_assessment="An online case examination (four patient files) and an observed mock telephone call to a prescriber, both graded with rubrics.",
    partner_name="Ontario Community Mental Health Pharmacies Network", partner_contact="Gillian Okwu, Director of Practice",
    endorsement_status="letter_attached",
    education_plan_alignment="Directly advances Michener's Education Plan goals on interprofessional collaboration and safe medication practice.",
    delivery_format="online", estimated_hours=9, proposed_start="May 2027", expected_enrolment=75,
    resources_required="Instructional design support (30 hours) and a clozapine case bank licence",
    submission_date="2026-11-25",
)
DOCS.append(dict(
    name="Grant-style application - Lithium and clozapine monitoring.docx", genre="G6", genre_r="grant", lang="en", fields=F,
    notes="Grant-style application (python-docx): numbered sections 1.–6. with sub-items 1.1, 1.2 ... as bold run-in headings and paragraph answers; budget table (estimated_hours = sum of module hours in the budget table = 9; budget lines are not resources_required, the 5.1 text is); letter attached.",
    content=dict(fund="Continuing Education Development Fund – Application for a new micro-credential",
        heading="Application: " + F["proposal_title"], header="CE Development Fund 2026–27",
        body=[("sec", "1. Applicant"),
              ("sub", "1.1 Lead applicant", [F["proposer_name"] + ", " + F["proposer_title"]]),
              ("sub", "1.2 Unit", [F["proposer_department"]]),
              ("sub", "1.3 Contact", [F["proposer_email"] + "; " + F["proposer_phone"]]),
              ("sub", "1.4 Date of application", ["25 November 2026"]),
              ("sec", "2. The proposal"),
              ("sub", "2.1 Title", [F["proposal_title"]]),
              ("sub", "2.2 Type", ["A brand-new micro-credential."]),
              ("sub", "2.3 Intended learners", [F["target_learners"]]),
              ("sub", "2.4 Statement of need", [F["rationale"].split(". ")[0] + ".", F["rationale"].split(". ")[1]]),
              ("sec", "3. Learning design"),
              ("sub", "3.1 Competencies", [F["competencies"]]),
              ("sub", "3.2 Framework", [F["competency_framework"]]),
              ("sub", "3.3 Learning outcomes", ["Successful learners will be able to:", ("num", F["learning_outcomes"])]),
              ("sub", "3.4 Summative assessment", [F["summative_assessment"]]),
              ("sec", "4. Partnership and strategic fit"),
              ("sub", "4.1 Endorsing partner", [F["partner_name"] + " (contact: " + F["partner_contact"] + "). Letter of support attached."]),
              ("sub", "4.2 Strategic alignment", [F["education_plan_alignment"]]),
              ("sec", "5. Delivery and budget"),
              ("sub", "5.1 Resources requested", [F["resources_required"]]),
              ("sub", "5.2 Delivery", ["Fully online, asynchronous. First offering " + F["proposed_start"] + "; three cohorts of twenty-five per year."]),
              ("sub", "5.3 Budget", [("table", [["Item", "Hours", "Cost (CAD)"],
                                               ["Module 1 – Why monitor", "2", "1,200"],
                                               ["Module 2 – Schedules and flags", "4", "2,400"],
                                               ["Module 3 – Communication and cases", "3", "1,800"],
                                               ["Total learner hours / development cost", "9", "5,400"]])]),
              ("sec", "6. Attachments"), ("bul", ["Letter of support", "Draft case list"])]),
))

# ------------------------------------------------------------------ T9 grant-style (PDF via LibreOffice)
F = dict(
    proposal_title="Chest Drain Management at the Bedside",
    proposer_name="Kwabena Mensah-Hartley", proposer_title="Clinical Nurse Educator",
    proposer_department="Thoracic Surgery, Lakeshore University Health Network",
    proposer_email="kmensah-hartley@example.com", proposer_phone="416-555-0193",
    request_type="micro_course",
    target_learners="Registered nurses and respiratory therapists on surgical and step-down units who care for patients with chest drains",
    rationale="Staff on non-thoracic units see chest drains rarely and report low confidence; our unit received forty-one calls last year from other floors about drain problems",
    competencies="Assessing a drainage system; Recognising air leaks and tidaling; Managing suction and water seal; Safe transport; Responding to accidental disconnection or removal",
    learning_outcomes=["Assess a chest drainage system and document findings",
                       "Distinguish tidaling from an air leak",
                       "Set up and troubleshoot wall suction and water seal",
                       "Respond correctly to an accidental disconnection"],
    summative_assessment="Objective structured clinical examination with three stations, pass mark 80 per cent",
    partner_name="Canadian Thoracic Nursing Interest Group", endorsement_status="none",
    education_plan_alignment="Responds to the Education Plan priority on short, practice-focused learning for acute care teams",
    delivery_format="in_person", estimated_hours=4, proposed_start="February 2027", expected_enrolment=48,
    submission_date="2026-12-01",
)
DOCS.append(dict(
    name="Chest drain micro-course - funding application.pdf", genre="G6", genre_r="grant", lang="en", fields=F,
    notes="Grant-style application written in Word, exported to PDF by LibreOffice: numbered sections, run-in sub-headings; endorsement_status none ('not yet approached'), with a partner named as the intended endorser; enrolment as cohorts x size; budget table with hours.",
    content=dict(fund="Lakeshore Education Innovation Grants – Round 3", heading="Funding application – " + F["proposal_title"],
        body=[("sec", "1. Summary"),
              ("sub", "1.1 Project title", [F["proposal_title"]]),
              ("sub", "1.2 Applicant", [F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + " – " + F["proposer_email"] + " – " + F["proposer_phone"]]),
              ("sub", "1.3 Kind of offering", ["Micro-course (a short course, not a full credential)."]),
              ("sub", "1.4 Submitted", ["1 December 2026"]),
              ("sec", "2. Need and audience"),
              ("sub", "2.1 Who will take it", [F["target_learners"] + "."]),
              ("sub", "2.2 The problem", [F["rationale"] + "."]),
              ("sec", "3. Content and assessment"),
              ("sub", "3.1 Skills", [("bul", F["competencies"].split("; "))]),
              ("sub", "3.2 Outcomes", [("num", F["learning_outcomes"])]),
              ("sub", "3.3 Evaluation of learning", [F["summative_assessment"] + "."]),
              ("sec", "4. Partners"),
              ("sub", "4.1 External endorsement", ["We intend to ask the " + F["partner_name"] + "; they have not yet been approached, so there is no endorsement at this stage."]),
              ("sub", "4.2 Strategic fit", [F["education_plan_alignment"] + "."]),
              ("sec", "5. Logistics and budget"),
              ("sub", "5.1 Delivery", ["In person in the simulation centre. First run " + F["proposed_start"] + ". Four sessions a year of twelve learners."]),
              ("sub", "5.2 Budget", [("table", [["Line", "Detail", "Amount"],
                                               ["Simulation centre", "4 h x 4 sessions", "$2,560"],
                                               ["Disposable drainage kits", "48 kits", "$1,440"],
                                               ["Total", "", "$4,000"]])]),
              "Each session lasts four hours."]),
))

# A section, panel, bullet or 'Label: ...' line that holds only the answer keeps its final full stop as written
# (the renderers above print the value followed by '.'); the expected value therefore ends with it.
_STOP = {
    "Transfusion reactions micro-credential - brochure.pdf": ["target_learners", "rationale", "summative_assessment", "education_plan_alignment"],
    "Dose calibrator QC micro-course - FAQ.pdf": ["rationale", "summative_assessment", "education_plan_alignment"],
    "Chest drain micro-course - funding application.pdf": ["target_learners", "rationale", "summative_assessment", "education_plan_alignment"],
    "Minutes 2026-11-19 Genetics Technology dept meeting.docx": ["target_learners", "rationale", "competencies", "competency_framework", "summative_assessment", "education_plan_alignment", "resources_required"],
}
for _d in DOCS:
    for _k in _STOP.get(_d["name"], []):
        _d["fields"][_k] = _d["fields"][_k] + "."
