"""Held-out half of round 19b: for scoring only (see ../README.md). Content and expected values."""
DOCS = []

# ------------------------------------------------------------------ H1 memo (EN), proposer writes in first person
F = dict(
    proposal_title="Head-Up Tilt Table Testing for Cardiology Technologists",
    proposer_name="Declan Ferreira-Moss", proposer_title="Charge Technologist",
    proposer_department="Autonomic Function Lab, Riverside Heart Institute",
    proposer_email="declan.fm@example.org", proposer_phone="289-555-0117",
    request_type="micro_course",
    target_learners="cardiology technologists and cardiac nurses who are new to autonomic testing",
    rationale="referrals for unexplained fainting have grown faster than the number of staff who can safely run a tilt study, and most of what new staff know they pick up at the bedside",
    competencies="preparing and positioning the patient, continuous blood pressure and ECG monitoring, running the drug-provoked phase, and recognising and managing a syncopal episode on the table",
    learning_outcomes=["Prepare, position and secure a patient for a head-up tilt study.",
                       "Set up beat-to-beat blood pressure and ECG monitoring and check signal quality.",
                       "Run the passive and provoked phases of the protocol safely.",
                       "Recognise vasovagal, orthostatic and postural tachycardia responses.",
                       "Respond to syncope and bring the patient back to supine quickly."],
    summative_assessment="two supervised tilt studies on real patients, each signed off by the lab's medical director against a competency checklist",
    partner_name="Canadian Society of Cardiology Technologists", partner_contact="Ms. Noor Siddiqui, noor.siddiqui@example.com",
    endorsement_status="in_discussion",
    education_plan_alignment="the course fits the Education Plan's emphasis on short, stackable learning that keeps practising technologists current",
    delivery_format="hybrid", estimated_hours=11, proposed_start="late in the summer of 2027", expected_enrolment=18,
    resources_required="access to our tilt table on two Saturdays per cohort and a part-time simulation technician",
    submission_date="2026-12-02",
)
DOCS.append(dict(
    name="MEMO_tilt-table-micro-course.docx", genre="G1", genre_r="memo", lang="en", fields=F,
    notes="Memo written by the proposer in the first person (From: = proposer), CC line, facts in paragraphs in an unusual order (assessment before outcomes), partner in discussion stated in a sentence, hours as a sum in words, start in prose, signature block with title and unit.",
    content=dict(org="Riverside Heart Institute · Autonomic Function Lab", block=[
        ("TO:", "CE Office, The Michener Institute"), ("FROM:", F["proposer_name"]),
        ("CC:", "Dr. L. Abernethy, Medical Director"), ("DATE:", "2 December 2026"),
        ("RE:", "Proposed micro-course: " + F["proposal_title"])],
        body=[
            "I would like to propose a micro-course, “" + F["proposal_title"] + "”. It is aimed at " + F["target_learners"] + ".",
            "The reason is simple: " + F["rationale"] + ".",
            "The course would cover " + F["competencies"] + ". To pass, learners would complete " + F["summative_assessment"] + ".",
            "What learners should be able to do afterwards:",
            ("bul", F["learning_outcomes"]),
            "We have started talking to the " + F["partner_name"] + " about an endorsement, but nothing is confirmed yet; my contact there is " + F["partner_contact"] + ". In my view, " + F["education_plan_alignment"] + ".",
            "I picture a blended format: five hours of online modules followed by six hours in our lab, so eleven hours altogether. We could begin " + F["proposed_start"] + ", with two cohorts of nine each year. We would need " + F["resources_required"] + ".",
            "Thank you for considering this.",
            ("sig", [F["proposer_name"], F["proposer_title"] + ", " + F["proposer_department"], F["proposer_email"], "Tel. " + F["proposer_phone"]])]),
))

# ------------------------------------------------------------------ H2 memo (EN), chair about colleague, existing program
F = dict(
    proposal_title="HLA Antibody Screening and Virtual Crossmatch",
    proposer_name="Tomasz Adeyemi-Kowal", proposer_title="Senior Technologist",
    proposer_department="Histocompatibility Laboratory, Queen's Park Regional Hospital",
    proposer_email="tomasz.ak@example.com", proposer_phone="416-555-0138 ext. 2207",
    request_type="existing_program", existing_program_name="Transplant Immunology Bench Rotation",
    target_learners="medical laboratory technologists rotating into transplant immunology and newly hired histocompatibility staff",
    rationale="the lab has moved from cell-based to solid-phase and virtual crossmatching, and the old rotation no longer matches what staff actually do",
    competencies="running single-antigen bead assays, interpreting mean fluorescence intensity results, assigning unacceptable antigens, and performing a virtual crossmatch against a donor typing",
    learning_outcomes=["Run and quality-check a single-antigen bead assay.",
                       "Interpret antibody results, including prozone and shared-epitope patterns.",
                       "Assign unacceptable antigens for a waitlisted patient.",
                       "Perform and report a virtual crossmatch for a deceased donor offer."],
    competency_framework="American Society for Histocompatibility and Immunogenetics technologist standards",
    summative_assessment="a set of six unknown cases, each requiring a written interpretation and a crossmatch report, marked by the laboratory director",
    partner_name="Provincial Organ and Tissue Exchange", partner_contact="Dr. Imogen Halvorsen",
    endorsement_status="letter_attached",
    education_plan_alignment="the Education Plan explicitly asks us to turn internal training into recognised credentials, and this is exactly that",
    delivery_format="hybrid", estimated_hours=24, proposed_start="the autumn term of 2027", expected_enrolment=12,
    submission_date="2026-11-20",
)
DOCS.append(dict(
    name="Memo from the Chair - HLA crossmatch micro-credential.docx", genre="G1", genre_r="memo", lang="en", fields=F,
    notes="Memo from a laboratory chief about a colleague's idea (third person): the colleague named as proposer with title, unit, email and phone-with-extension in the last paragraph is the proposer; converting an existing rotation (existing_program named in a sentence); letter attached; hours as a sum; enrolment as cohorts x size.",
    content=dict(block=[("To:", "Continuing Education, Michener"), ("From:", "Dr. Marguerite Lind, Laboratory Chief"),
                        ("Date:", "20 November 2026"), ("Subject:", F["proposal_title"] + " – concept")],
        body=[
            "This memo introduces a proposal from one of our senior staff. " + F["proposer_name"] + " wants to convert our existing " + F["existing_program_name"] + " into a micro-credential to be called " + F["proposal_title"] + ".",
            "Tomasz has seen at first hand that " + F["rationale"] + ". The credential would be meant for " + F["target_learners"] + ".",
            "He has built the content around " + F["competencies"] + ", following the " + F["competency_framework"] + ". By the end, learners will be able to:",
            ("num", F["learning_outcomes"]),
            "Learners would be assessed through " + F["summative_assessment"] + ".",
            "The " + F["partner_name"] + " has endorsed the idea, and a letter of support from " + F["partner_contact"] + " is attached. I would add that " + F["education_plan_alignment"] + ".",
            "The format would be blended, with sixteen hours of online case work and eight hours at the bench, twenty-four hours in total. Tomasz suggests starting in " + F["proposed_start"] + " and taking two groups of six a year.",
            "Please contact " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + ", at " + F["proposer_email"] + " or " + F["proposer_phone"] + ", with any questions.",
            ("sig", ["M. Lind", "Laboratory Chief"])],
        footer="Confidential – internal correspondence"),
))

# ------------------------------------------------------------------ H3 brochure (FR)
F = dict(
    proposal_title="Sécurité du gadolinium en IRM",
    proposer_name="Élodie Marchand-Tremblay", proposer_title="technologue en IRM, responsable de la sécurité",
    proposer_department="Imagerie médicale, Hôpital Saint-Laurent",
    proposer_email="elodie.marchand@example.org", proposer_phone="819-555-0184",
    request_type="new",
    target_learners="Technologues en IRM, infirmières et infirmiers en imagerie et résidents qui injectent ou surveillent les produits de contraste",
    rationale="Les lignes directrices sur le dépistage de l'insuffisance rénale et sur les réactions aux produits de contraste ont changé, et les pratiques varient d'un site à l'autre",
    competencies=["Dépistage de la fonction rénale avant injection", "Choix et dosage de l'agent", "Reconnaissance des réactions aiguës", "Gestion de l'extravasation", "Consentement et documentation"],
    learning_outcomes=["Appliquer le protocole de dépistage rénal avant l'injection.",
                       "Calculer la dose selon le poids et l'agent choisi.",
                       "Reconnaître et traiter une réaction aiguë légère ou modérée.",
                       "Documenter l'injection et tout incident dans le dossier."],
    summative_assessment="Un examen en ligne de trente questions, suivi d'une simulation d'une réaction aiguë évaluée à l'aide d'une grille",
    partner_name="Association des technologues en imagerie du Québec", endorsement_status="confirmed",
    education_plan_alignment="Répond à l'engagement du Plan d'éducation envers la sécurité des patients et la formation continue bilingue",
    delivery_format="hybrid", estimated_hours=6, proposed_start="au début du printemps 2027", expected_enrolment=90,
    submission_date="2026-11-24",
)
DOCS.append(dict(
    name="Depliant - microcertification gadolinium IRM.pdf", genre="G2", genre_r="brochure", lang="fr", fields=F,
    notes="French tri-fold brochure (reportlab), two landscape pages: title on the front panel, contact on the back panel with 'préparé le' date; partner agreed, letter to follow (confirmed); competencies as bullets; hours as a sum; enrolment in words.",
    content=dict(colour="#234e8c", pages=[
        [[("h", "Pourquoi cette formation ?"), F["rationale"] + ".", ("h", "Notre partenaire"),
          "L'" + F["partner_name"] + " a donné son accord ; la lettre suivra.", ("h", "Lien avec Michener"), F["education_plan_alignment"] + "."],
         [("space", 110), ("h", "Pour nous joindre"), "**" + F["proposer_name"] + "**", F["proposer_title"], F["proposer_department"],
          F["proposer_email"], "Tél. " + F["proposer_phone"], ("space", 30),
          "Nouvelle microcertification proposée au Bureau de la formation continue. Document préparé le 24 novembre 2026."],
         [("title", F["proposal_title"], 90), ("sub", "Une nouvelle microcertification pour les équipes d'imagerie"),
          ("space", 40), "Formule hybride : deux heures en ligne + quatre heures en simulation.",
          "Premier groupe : " + F["proposed_start"] + "."]],
        [[("h", "À qui s'adresse-t-elle ?"), F["target_learners"] + ".", ("h", "Compétences visées"), ("bul", F["competencies"])],
         [("h", "À la fin, vous pourrez"), ("num", F["learning_outcomes"])],
         [("h", "Évaluation"), F["summative_assessment"] + ".", ("h", "En bref"),
          ("bul", ["Six heures au total", "Environ quatre-vingt-dix personnes par année", "Attestation numérique"])]],
    ]),
))

# ------------------------------------------------------------------ H4 brochure (EN)
F = dict(
    proposal_title="DXA Bone Densitometry: Scanning and Quality Assurance",
    proposer_name="Harriet Nakamura-Bell", proposer_title="Lead Technologist",
    proposer_department="Bone Health Clinic, Westfield Community Imaging",
    proposer_email="hnakamura-bell@example.com", proposer_phone="519-555-0162",
    request_type="micro_course",
    target_learners="Medical radiation technologists who have been asked to cover the DXA room without formal densitometry training",
    rationale="Small positioning and analysis errors change a patient's T-score enough to alter treatment decisions, and many community clinics have no trained densitometrist on site",
    competencies=["Patient preparation and positioning for spine, hip and forearm", "Region-of-interest analysis", "Daily phantom QC and precision assessment", "Least significant change calculation", "Reporting conventions"],
    learning_outcomes=["Position patients reproducibly for spine, hip and forearm scans.",
                       "Place and correct analysis regions according to ISCD guidance.",
                       "Run daily phantom QC and complete a precision assessment.",
                       "Calculate the least significant change for the clinic."],
    competency_framework="International Society for Clinical Densitometry technologist curriculum",
    summative_assessment="Scan and analyse three volunteers, then submit a precision study, graded by a certified densitometrist",
    partner_name="Osteoporosis Care Network of Southwestern Ontario", partner_contact="Priyanka Dhillon, Clinical Lead",
    endorsement_status="letter_attached",
    education_plan_alignment="Extends Michener's reach to community practitioners, one of the Education Plan's stated priorities",
    delivery_format="hybrid", estimated_hours=9, proposed_start="early next spring", expected_enrolment=36,
    resources_required="Two half-days on the partner's DXA scanner per cohort",
    submission_date="2026-12-01",
)
DOCS.append(dict(
    name="DXA micro-course trifold.pdf", genre="G2", genre_r="brochure", lang="en", fields=F,
    notes="Tri-fold brochure (reportlab), panels in a different order from the tuning one (outcomes and assessment on the inside flap), framework and resources present; title with a colon on the front panel; letter attached; hours as a sum.",
    content=dict(colour="#4b6b2f", pages=[
        [[("h", "By the end you will"), ("num", F["learning_outcomes"]), ("h", "Assessment"), F["summative_assessment"] + "."],
         [("space", 90), ("h", "Contact"), F["proposer_name"] + ", " + F["proposer_title"], F["proposer_department"],
          F["proposer_email"] + " · " + F["proposer_phone"], ("space", 24), "Micro-course proposal · prepared 1 December 2026"],
         [("title", F["proposal_title"], 80), ("sub", "A micro-course for technologists new to the DXA room"), ("space", 30),
          "Blended · 3 hours online + 6 hours hands-on", "Starts " + F["proposed_start"]]],
        [[("h", "The need"), F["rationale"] + ".", ("h", "Who should attend"), F["target_learners"] + "."],
         [("h", "Skills you will build"), ("bul", F["competencies"]), ("h", "Framework"), F["competency_framework"] + "."],
         [("h", "Endorsed by"), F["partner_name"] + " (letter of support attached). Contact: " + F["partner_contact"] + ".",
          ("h", "Why Michener?"), F["education_plan_alignment"] + ".", ("h", "Numbers"),
          "Four cohorts of nine learners a year.", ("h", "What we need"), F["resources_required"] + "."]],
    ]),
))

# ------------------------------------------------------------------ H5 fact sheet
F = dict(
    proposal_title="SBRT Immobilisation and Motion Management",
    proposer_name="Farida Okonjo-Stewart", proposer_title="Clinical Specialist Radiation Therapist",
    proposer_department="Radiation Medicine Program, Lakehead Cancer Centre",
    proposer_email="f.okonjo-stewart@example.org", proposer_phone="807-555-0126",
    request_type="new",
    target_learners="Radiation therapists preparing to join stereotactic body radiotherapy teams",
    rationale="SBRT volumes are rising across the region and millimetre-level set-up errors matter far more than in conventional treatment",
    competencies="Vacuum-bag and thermoplastic immobilisation; Abdominal compression; 4D-CT and breath-hold coaching; Surface-guided set-up; Cone-beam CT matching",
    learning_outcomes=["Build a reproducible immobilisation set-up for lung, liver and spine SBRT",
                       "Select a motion-management strategy from a 4D-CT",
                       "Coach a patient through reproducible breath-hold",
                       "Match a cone-beam CT to the planning scan within tolerance"],
    summative_assessment="Simulated treatment day on a phantom with three set-ups, marked against tolerance limits, plus an oral case review",
    partner_name="Northern Ontario Radiation Oncology Collaborative", partner_contact="Dr. Kofi Asante",
    endorsement_status="letter_attached",
    education_plan_alignment="Advanced practice learning for working therapists, in line with the Education Plan",
    delivery_format="in_person", estimated_hours=16, proposed_start="Summer 2027", expected_enrolment=20,
    resources_required="Motion phantom, access to a linac after hours (two evenings per cohort)",
    submission_date="2026-11-29",
)
DOCS.append(dict(
    name="SBRT immobilisation - fact sheet.pdf", genre="G3", genre_r="factsheet", lang="en", fields=F,
    notes="One-page fact sheet (LibreOffice PDF) with short bold words (FOR, NEED, SKILLS, RESULTS, EXAM, BACKED BY, FIT, MODE, LENGTH, LAUNCH, LEARNERS, ASK) in place of icons; numbers as sums in a cell; letter attached; contact strip with 'Revised' date.",
    content=dict(kicker="PROGRAM AT A GLANCE", title=F["proposal_title"], tagline="New micro-credential for SBRT teams",
        rows=[("FOR", F["target_learners"]), ("NEED", F["rationale"]), ("SKILLS", F["competencies"].split("; ")),
              ("RESULTS", F["learning_outcomes"]), ("EXAM", F["summative_assessment"]),
              ("BACKED BY", F["partner_name"] + " (" + F["partner_contact"] + ") – letter of support attached"),
              ("FIT", F["education_plan_alignment"]), ("MODE", "Face-to-face, simulation lab and linac"),
              ("LENGTH", "2 days x 8 h = 16 h"), ("LAUNCH", F["proposed_start"]), ("LEARNERS", "2 cohorts x 10 = 20 per year"),
              ("ASK", F["resources_required"])],
        contact=[F["proposer_name"] + " · " + F["proposer_title"] + " · " + F["proposer_department"],
                 F["proposer_email"] + " · " + F["proposer_phone"] + " · Revised 29 Nov 2026"]),
))

# ------------------------------------------------------------------ H6 minutes with a real proposal
F = dict(
    proposal_title="Urodynamic Studies for Nurses",
    proposer_name="Siobhan Ravindran", proposer_title="Nurse Continence Advisor",
    proposer_department="Urology Clinic, Bayview Health",
    proposer_email="s.ravindran@example.org", proposer_phone="416-555-0151",
    request_type="micro_course",
    target_learners="registered nurses working in urology, gynaecology and continence clinics.",
    rationale="wait times for urodynamic testing exceed eight months because only two staff in the region can run the studies.",
    competencies="catheter placement for pressure-flow studies, calibration and zeroing of transducers, recognising artefacts on the trace, and patient comfort and dignity during testing.",
    learning_outcomes=["set up and calibrate a urodynamics system",
                       "place bladder and abdominal catheters safely",
                       "run filling and voiding phases and annotate events",
                       "identify common trace artefacts and correct them"],
    summative_assessment="three observed studies in clinic, signed off by the urologist, and a trace interpretation quiz (pass mark 75%).",
    partner_name="Bayview Health", partner_contact="Dr. Chidi Okeke, Head of Urology",
    endorsement_status="confirmed",
    education_plan_alignment="supports the Plan's goal of expanding nurses' scope through recognised short credentials.",
    delivery_format="in_person", estimated_hours=12, proposed_start="the week of 7 June 2027", expected_enrolment=10,
    submission_date="2026-11-17",
)
MD = f"""# Nursing Practice Council – Meeting Minutes

Date: 17 November 2026\\
Time: 15:00–16:15\\
Place: Bayview Health, Boardroom B\\
Chair: Agnes Whitford (Director of Nursing Practice)\\
Minutes: Carlos Bianchi

Attendees: A. Whitford, C. Bianchi, S. Ravindran, P. Oduya, M. Leclair, H. Tan

## Item 1 – Welcome and agenda

The agenda was adopted with one addition (item 4).

## Item 2 – Micro-course proposal (S. Ravindran)

{F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}, presented a proposal for a micro-course, "{F['proposal_title']}", to be offered with Michener Continuing Education. Points recorded:

* Audience: {F['target_learners']}
* Why: {F['rationale']}
* Content: {F['competencies']}
* Assessment: {F['summative_assessment']}
* Partner: {F['partner_name']} itself; {F['partner_contact']}, has agreed to endorse it, and the letter will follow.
* Strategic fit: {F['education_plan_alignment']}
* Format: in person in the clinic, three four-hour sessions.
* First cohort: {F['proposed_start']}; ten nurses a year.

Learning outcomes as presented – on completion, nurses will:

* {F['learning_outcomes'][0]}
* {F['learning_outcomes'][1]}
* {F['learning_outcomes'][2]}
* {F['learning_outcomes'][3]}

P. Oduya asked about funding for the clinic time; to be discussed with the unit manager.

Decision: the Council endorses the proposal. S. Ravindran will send the concept form to CE ({F['proposer_email']}; {F['proposer_phone']}).

## Item 3 – Falls audit results

Deferred to December.

## Item 4 – Holiday staffing

H. Tan circulated the schedule. No concerns.

Meeting adjourned 16:15.
"""
DOCS.append(dict(
    name="NPC minutes 17 Nov 2026.docx", genre="G4", genre_r="minutes", lang="en", fields=F,
    notes="Council minutes (Markdown -> pandoc DOCX) recording a tabled micro-course proposal as 'Label: answer' bullets (punctuation kept); partner is the proposer's own organisation with its head agreeing, letter to follow (confirmed); chair, recorder, attendees and other items are not values; hours as sessions x length in words.",
    content=dict(md=MD),
))

# ------------------------------------------------------------------ H7 minutes look-alike (no proposal)
MD7 = """# Medical Laboratory Science – Department Meeting Minutes

**Date:** 26 November 2026\\
**Chair:** Dr. Yusuf Okafor\\
**Recorder:** Ingrid Solberg\\
**Present:** Y. Okafor, I. Solberg, R. Delacroix, T. Ampofo, K. Lindahl\\
**Regrets:** none

## 1. Minutes of the previous meeting

Approved without changes.

## 2. Continuing Education call for micro-credential concepts

Y. Okafor summarised the CE office's call for micro-credential concepts for 2027–28. Concept forms must give a proposed title, a lead proposer with an email address, the target learners, the need, the competencies and learning outcomes, a summative assessment, an endorsing industry partner and the alignment with Michener's Education Plan. Forms go to ce@michener.example.

Discussion: R. Delacroix thinks a short course on laboratory information system downtime procedures might fit, but has no partner yet and will not submit this round. T. Ampofo noted that the department's workload is high until the accreditation visit.

**Action:** none for now; revisit in the spring.

## 3. Accreditation visit

The visit is confirmed for the week of 15 March 2027. K. Lindahl will coordinate the self-study binder.

## 4. Budget

The equipment request for a second automated microscope was approved by the dean. Delivery expected in January.

## 5. Other business

Holiday social on 18 December.

Next meeting: 14 January 2027.
"""
DOCS.append(dict(
    name="MLS dept minutes 2026-11-26.docx", genre="G4", genre_r="minutes", lang="en", is_form=False, shape="7", fields={},
    notes="LOOK-ALIKE (not a concept form): department minutes that discuss the CE call for micro-credential concepts and list what a concept form must contain, mention a possible idea in passing, but table no proposal (no title, proposer, learners ... given).",
    content=dict(md=MD7),
))

# ------------------------------------------------------------------ H8 FAQ (LaTeX), complete
F = dict(
    proposal_title="Gross Examination of Surgical Specimens: Foundations",
    proposer_name="Ingrid Vasconcelos", proposer_title="Pathologists' Assistant and Education Lead",
    proposer_department="Anatomic Pathology, Metro West Hospital",
    proposer_email="ingrid.vasconcelos@example.com", proposer_phone="905-555-0145",
    request_type="new",
    target_learners="medical laboratory technologists and pathology assistants who dissect small and intermediate surgical specimens",
    rationale="there are too few certified pathologists' assistants, and technologists are being asked to gross specimens with little formal training",
    competencies=["orientation, inking and measurement of specimens", "margin assessment and sampling", "dictating a gross description", "safe handling of formalin and sharps"],
    learning_outcomes=["Orient, ink and measure common surgical specimens.",
                       "Sample margins and lesions according to synoptic protocols.",
                       "Dictate a clear and complete gross description.",
                       "Work safely with formalin, blades and fresh tissue."],
    competency_framework="College of American Pathologists cancer protocols",
    summative_assessment="Learners gross and dictate five specimens under supervision; the dictations are graded by a pathologist with a rubric, and all five must pass",
    partner_name="Ontario Association of Pathologists' Assistants", partner_contact="Dr. Lucia Ferraro, lucia.ferraro@example.org",
    endorsement_status="letter_attached",
    education_plan_alignment="It answers the Education Plan's call to address workforce shortages through targeted upskilling",
    delivery_format="hybrid", estimated_hours=30, proposed_start="September 2027", expected_enrolment=16,
    resources_required="bench space in the grossing room on four Fridays, and two part-time pathologist assessors",
    submission_date="2026-11-21",
)
DOCS.append(dict(
    name="Grossing foundations - frequently asked questions.pdf", genre="G5", genre_r="faq", lang="en", fields=F,
    notes="FAQ in LaTeX, questions in a different order and wording from the tuning FAQ; contact given in the first answer (name, title, unit) and email/phone in the closing paragraph; letter attached; hours as a sum; standalone answers keep their final full stop.",
    content=dict(title=F["proposal_title"], subtitle="A proposed new micro-credential: questions and answers",
        intro=["Version of 21 November 2026."],
        qa=[("Who is proposing this?", ["The proposal comes from " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + "."]),
            ("What is it?", ["A brand-new micro-credential called " + F["proposal_title"] + "."]),
            ("Why now?", ["Put simply, " + F["rationale"] + "."]),
            ("Who is it for?", [F["target_learners"][0].upper() + F["target_learners"][1:] + "."]),
            ("What skills does it build?", [("bul", F["competencies"]), "The content follows the " + F["competency_framework"] + "."]),
            ("What will learners be able to do?", [("enum", F["learning_outcomes"])]),
            ("How are learners assessed?", [F["summative_assessment"] + "."]),
            ("Who supports it?", ["The " + F["partner_name"] + ". Their letter of support is attached (contact: " + F["partner_contact"] + ")."]),
            ("How does it fit with Michener?", [F["education_plan_alignment"] + "."]),
            ("How long is it?", ["Thirty hours: fourteen hours of online modules and sixteen hours at the bench, so the format is blended."]),
            ("When does it start, and for how many?", ["The first intake would be " + F["proposed_start"] + ", with two groups of eight a year."]),
            ("What is needed?", [F["resources_required"][0].upper() + F["resources_required"][1:] + "."])],
        outro=["Questions: " + F["proposer_email"] + " or " + F["proposer_phone"] + "."]),
))
F["target_learners"] = F["target_learners"][0].upper() + F["target_learners"][1:] + "."
F["resources_required"] = F["resources_required"][0].upper() + F["resources_required"][1:] + "."
F["summative_assessment"] += "."
F["education_plan_alignment"] += "."

# ------------------------------------------------------------------ H9 FAQ (LaTeX), INCOMPLETE
F = dict(
    proposal_title="Inhaler Technique Coaching for COPD",
    proposer_name="Bartholomew Achebe-Lund", proposer_title="Respiratory Educator",
    proposer_department="Community Lung Health Program, Eastview Family Health Team",
    proposer_email="b.achebe-lund@example.org", proposer_phone="613-555-0172",
    request_type="micro_course",
    target_learners="pharmacy assistants, medical office assistants and home care workers who see people with COPD",
    rationale="Most patients with COPD use their inhalers incorrectly, and the people who see them most often have never been shown how to check technique",
    competencies=["demonstrating metered-dose, soft-mist and dry-powder devices", "using a spacer", "spotting the five most common errors", "teach-back coaching"],
    learning_outcomes=["Demonstrate correct technique for the four main inhaler types.",
                       "Identify common technique errors by observation.",
                       "Coach a patient using the teach-back method.",
                       "Know when to refer a patient to a pharmacist or respiratory therapist."],
    endorsement_status="none",
    education_plan_alignment="It brings Michener's expertise to community workers outside the regulated professions, as the Education Plan encourages",
    delivery_format="online", estimated_hours=3, proposed_start="the week of 10 May 2027", expected_enrolment=200,
    submission_date="2026-11-28",
)
DOCS.append(dict(
    name="Inhaler coaching micro-course FAQ.pdf", genre="G5", genre_r="faq", lang="en", fields=F,
    notes="INCOMPLETE FAQ in LaTeX: only short formative quizzes are described (no summative assessment) and no partner has been approached (partner_name missing, endorsement_status none); otherwise complete; hours and enrolment in words.",
    content=dict(title=F["proposal_title"], subtitle="FAQ for colleagues and the Continuing Education office",
        intro=["Prepared by " + F["proposer_name"] + ", " + F["proposer_title"] + ", " + F["proposer_department"] + ", on 28 November 2026."],
        qa=[("What are we proposing?", ["A short online micro-course, " + F["proposal_title"] + "."]),
            ("Who is it for?", ["It is intended for " + F["target_learners"] + "."]),
            ("Why is it needed?", [F["rationale"] + "."]),
            ("What does it cover?", [("bul", F["competencies"])]),
            ("What will participants be able to do?", ["After the course, participants will be able to:", ("enum", F["learning_outcomes"])]),
            ("Is there a test?", ["Each module ends with a short practice quiz so participants can check themselves. We have not yet decided on a final assessment."]),
            ("Who supports it?", ["Nobody yet: we have not approached any partner organisation so far, so there is no endorsement at this point."]),
            ("Does it fit Michener's plans?", [F["education_plan_alignment"] + "."]),
            ("How long is it?", ["About three hours, all online and self-paced."]),
            ("When, and how many?", ["We would open registration " + F["proposed_start"] + " and hope for two hundred participants a year."])],
        outro=["Contact: " + F["proposer_email"] + ", " + F["proposer_phone"] + "."]),
))
F["rationale"] += "."
F["education_plan_alignment"] += "."

# ------------------------------------------------------------------ H10 grant-style DOCX, existing program
F = dict(
    proposal_title="Neonatal Transport Stabilisation",
    proposer_name="Marisol Abernathy-Cho", proposer_title="Neonatal Respiratory Therapist and Transport Educator",
    proposer_department="Neonatal Transport Team, Children's Hospital of the Lakes",
    proposer_email="marisol.ac@example.com", proposer_phone="705-555-0119",
    request_type="existing_program", existing_program_name="Neonatal Transport Orientation Course",
    target_learners="Respiratory therapists and nurses who join regional neonatal transport teams.",
    rationale="Transport teams now cover a wider region with fewer experienced staff. New members learn stabilisation on the job, which is unsafe for critically ill newborns.",
    competencies="Airway management in the isolette; ventilation during transport; thermal control; vascular access support; communication with referring sites.",
    learning_outcomes=["Stabilise a critically ill newborn for transport using a structured checklist.",
                       "Manage ventilation and oxygenation in a moving vehicle.",
                       "Maintain normal temperature throughout transport.",
                       "Hand over the patient using a structured communication tool."],
    competency_framework="S.T.A.B.L.E. program and the regional transport competency profile",
    summative_assessment="Two high-fidelity transport simulations, scored with a validated team performance tool, and a written examination.",
    partner_name="Regional Neonatal Transport Network", partner_contact="Dr. Aisha Greenberg, Medical Director",
    endorsement_status="letter_attached",
    education_plan_alignment="Aligns with the Education Plan's commitment to simulation-based learning and to partnerships with hospitals.",
    delivery_format="hybrid", estimated_hours=18, proposed_start="January 2028", expected_enrolment=24,
    resources_required="Neonatal simulation manikin, transport isolette, and 20 hours of simulation centre time per cohort",
    submission_date="2026-11-30",
)
DOCS.append(dict(
    name="Application - Neonatal Transport Stabilisation (CE fund).docx", genre="G6", genre_r="grant", lang="en", fields=F,
    notes="Grant-style application (python-docx): numbered sections in a different order (need before applicant), request to convert an existing course (existing_program in section 2.2 with the course named), budget table whose hours sum to the total, two-paragraph rationale, letter attached.",
    content=dict(fund="Continuing Education Development Fund – Application (conversion of an existing program)",
        heading="Application: " + F["proposal_title"],
        body=[("sec", "1. Need"),
              ("sub", "1.1 Problem statement", F["rationale"].replace("staff. ", "staff.\n").split("\n")),
              ("sub", "1.2 Learners", [F["target_learners"]]),
              ("sec", "2. Proposal"),
              ("sub", "2.1 Title of the micro-credential", [F["proposal_title"]]),
              ("sub", "2.2 Nature of request", ["Conversion of an existing program into a micro-credential. Program to be converted: " + F["existing_program_name"] + "."]),
              ("sub", "2.3 Competencies", [F["competencies"]]),
              ("sub", "2.4 Competency framework", [F["competency_framework"]]),
              ("sub", "2.5 Learning outcomes", [("num", F["learning_outcomes"])]),
              ("sub", "2.6 Summative assessment", [F["summative_assessment"]]),
              ("sec", "3. Applicant"),
              ("sub", "3.1 Name and position", [F["proposer_name"] + ", " + F["proposer_title"]]),
              ("sub", "3.2 Organisation", [F["proposer_department"]]),
              ("sub", "3.3 Email / phone", [F["proposer_email"] + " / " + F["proposer_phone"]]),
              ("sec", "4. Partnership and fit"),
              ("sub", "4.1 Partner", [F["partner_name"] + " – " + F["partner_contact"] + ". Letter of support attached."]),
              ("sub", "4.2 Education Plan alignment", [F["education_plan_alignment"]]),
              ("sec", "5. Implementation"),
              ("sub", "5.1 Delivery", ["Blended: online theory, then simulation days."]),
              ("sub", "5.2 Timeline", ["Launch " + F["proposed_start"] + "; three cohorts of eight a year."]),
              ("sub", "5.3 Resources", [F["resources_required"]]),
              ("sub", "5.4 Budget", [("table", [["Component", "Learner hours", "Cost"],
                                               ["Online theory modules", "8", "$3,000"],
                                               ["Simulation days", "10", "$6,500"],
                                               ["Total", "18", "$9,500"]])]),
              ("sec", "6. Date"), "30 November 2026"]),
))

# ------------------------------------------------------------------ H11 grant-style PDF
F = dict(
    proposal_title="Clinical Laser Safety Officer Certificate",
    proposer_name="Reginald Oyelaran", proposer_title="Biomedical Engineering Manager",
    proposer_department="Clinical Engineering, Harbour City Health Sciences",
    proposer_email="r.oyelaran@example.org", proposer_phone="902-555-0108",
    request_type="new",
    target_learners="Perioperative nurses, biomedical technologists and clinic managers who are appointed laser safety officers",
    rationale="Every site that uses class 3B or 4 lasers must name a laser safety officer, yet there is no local course and staff travel out of province for training",
    competencies="Laser hazard classification; Nominal hazard zone calculation; Selection of eyewear and controls; Audit of laser areas; Incident investigation",
    learning_outcomes=["Classify medical lasers and explain their hazards",
                       "Calculate a nominal hazard zone for a surgical laser",
                       "Select protective eyewear and engineering controls",
                       "Audit a laser treatment area against the standard",
                       "Investigate and report a laser incident"],
    competency_framework="CSA Z386 Safe use of lasers in health care",
    summative_assessment="A proctored written examination (pass mark 70 per cent) and a practical audit of a laser room, reviewed by the course lead",
    partner_name="Atlantic Perioperative Nurses Association", endorsement_status="confirmed",
    education_plan_alignment="Meets the Education Plan aims of patient and staff safety and of serving the whole region",
    delivery_format="online", estimated_hours=15, proposed_start="the first week of March 2027", expected_enrolment=60,
    submission_date="2026-12-03",
)
DOCS.append(dict(
    name="Laser safety officer certificate - grant application.pdf", genre="G6", genre_r="grant", lang="en", fields=F,
    notes="Grant-style application written in Word and exported to PDF by LibreOffice; numbered sections with run-in sub-items; competencies and outcomes as lists; partner agreed, letter to follow (confirmed); hours from the budget table; enrolment as cohorts x size.",
    content=dict(fund="Atlantic Health Education Grants – Stream B (new offerings)", heading="Grant application – " + F["proposal_title"],
        header="Stream B application",
        body=[("sec", "1. Project"),
              ("sub", "1.1 Title", [F["proposal_title"]]),
              ("sub", "1.2 Kind of offering", ["New micro-credential"]),
              ("sub", "1.3 Submitted on", ["3 December 2026"]),
              ("sec", "2. Lead applicant"),
              ("sub", "2.1 Name", [F["proposer_name"]]),
              ("sub", "2.2 Position", [F["proposer_title"]]),
              ("sub", "2.3 Department and organisation", [F["proposer_department"]]),
              ("sub", "2.4 Contact", ["Email: " + F["proposer_email"], "Phone: " + F["proposer_phone"]]),
              ("sec", "3. Rationale and learners"),
              ("sub", "3.1 Target group", [F["target_learners"] + "."]),
              ("sub", "3.2 Need", [F["rationale"] + "."]),
              ("sec", "4. Curriculum"),
              ("sub", "4.1 Competencies", [("bul", F["competencies"].split("; "))]),
              ("sub", "4.2 Learning outcomes", ["Participants will be able to:", ("bul", F["learning_outcomes"])]),
              ("sub", "4.3 Framework", [F["competency_framework"]]),
              ("sub", "4.4 Assessment", [F["summative_assessment"] + "."]),
              ("sec", "5. Partners and fit"),
              ("sub", "5.1 Endorsement", ["The " + F["partner_name"] + " has agreed to endorse the certificate; the letter will follow."]),
              ("sub", "5.2 Fit with the Education Plan", [F["education_plan_alignment"] + "."]),
              ("sec", "6. Delivery and budget"),
              ("sub", "6.1 Delivery", ["Fully online (live webinars and self-paced modules). Start: " + F["proposed_start"] + ". Two cohorts of thirty a year."]),
              ("sub", "6.2 Budget", [("table", [["Item", "Learner hours", "Cost"],
                                               ["Self-paced modules", "9", "$4,200"],
                                               ["Live webinars", "6", "$2,400"],
                                               ["Total", "15", "$6,600"]])])]),
))
F["target_learners"] += "."
F["rationale"] += "."
F["summative_assessment"] += "."
F["education_plan_alignment"] += "."

# H1, H2: sentence answers (no full stop). H3/H4 panels hold the answer alone -> keep the full stop.
for _d in DOCS:
    if _d["name"] in ("Depliant - microcertification gadolinium IRM.pdf", "DXA micro-course trifold.pdf"):
        for _k in ("rationale", "target_learners", "summative_assessment", "education_plan_alignment"):
            _d["fields"][_k] += "."
        if _d["name"] == "DXA micro-course trifold.pdf":
            for _k in ("competency_framework", "resources_required"):
                _d["fields"][_k] += "."
