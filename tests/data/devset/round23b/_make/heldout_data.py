"""Held-out half of round 23b (scoring only): content of each document and its expected values (defined once in F)."""
J = "; ".join
DOCS = []

# ---------- H1 G1 Writer PDF: autopsy prosection
F = dict(
    proposal_title="Autopsy Prosection Skills for Pathologists' Assistants",
    proposer_name="Dr. Bartholomew Achebe-Lindqvist",
    proposer_title="Consultant Pathologist and Autopsy Service Lead",
    proposer_department="Department of Laboratory Medicine and Pathology, Greystone Regional Hospital",
    proposer_email="b.achebe-lindqvist@example.org",
    proposer_phone="(705) 555-0194",
    target_learners="Pathologists' assistants, senior mortuary technicians and histotechnologists preparing to take on prosection duties.",
    rationale="Hospital autopsy rates have fallen, and with them the number of staff who can eviscerate and dissect safely. Two of our four prosectors retire within 18 months and there is no accredited short course in the province; residents and coroners' services are already waiting longer for reports.",
    competencies=["Safe evisceration using the Virchow and Letulle techniques", "Organ dissection and weighing", "Tissue and toxicology sampling with chain of custody", "Biosafety and infection control in the autopsy suite"],
    learning_outcomes=["Perform a complete evisceration under supervision using an accepted technique.", "Dissect, weigh and describe the major organs following the department's protocol.", "Collect histology and toxicology samples with correct documentation and chain of custody.", "Apply biosafety precautions appropriate to high-risk cases."],
    summative_assessment="Supervised performance of two complete prosections, each assessed by a consultant pathologist with a structured rating form, and a viva on one case.",
    partner_name="Provincial Forensic Pathology Unit",
    partner_contact="Dr. Celestine Ouimet-Harrow, Deputy Chief Forensic Pathologist",
    education_plan_alignment="The micro-credential addresses the Education Plan's aim of responding quickly to workforce shortages in laboratory professions through short, competency-based offerings.",
    proposed_start="Winter 2028",
    resources_required="Access to the hospital autopsy suite during scheduled cases, PPE for learners, and consultant supervision time (approximately 6 hours per learner).",
)
DOCS.append(dict(
    file="Prosection micro-credential proposal v3.pdf", genre="G1",
    notes="Writer document with header/footer and numbered headings exported to PDF; proposer in a signature block at the end; endorsement 'in discussion'; in-person; hours written as a product; enrolment 'eight'; date 'May 6th, 2027' under the signature.",
    header="Greystone Regional Hospital \u00b7 Laboratory Medicine and Pathology", footer="Prosection proposal v3 \u2013 confidential draft",
    title=F["proposal_title"], subtitle="Proposal for a new micro-credential \u2013 submitted to Michener Continuing Education",
    blocks=[
        ("Background and need", F["rationale"]),
        ("Intended learners", F["target_learners"]),
        ("Competencies", F["competencies"]),
        ("Intended learning outcomes", ("leadnum", ["Successful learners will be able to:"] + F["learning_outcomes"])),
        ("Summative assessment", F["summative_assessment"]),
        ("External partner", ("paras", [f"{F['partner_name']} (contact: {F['partner_contact']}).", "Endorsement: we are in discussion with the Unit; no letter has been issued yet."])),
        ("Alignment with the Education Plan", F["education_plan_alignment"]),
        ("Delivery and scale", ("table", [["Aspect", "Proposal"], ["Format", "In person only (autopsy suite and teaching lab)"], ["Hours", "5 sessions \u00d7 6 hours = 30 hours"], ["Start", F["proposed_start"]], ["Learners per year", "eight"]])),
        ("Resources required", F["resources_required"]),
    ],
    bottom=["Respectfully submitted,", "", F["proposer_name"], F["proposer_title"], F["proposer_department"],
            f"{F['proposer_email']} \u00b7 {F['proposer_phone']}", "May 6th, 2027"]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="in_discussion",
                     delivery_format="in_person", estimated_hours=30, expected_enrolment=8, submission_date="2027-05-06")

# ---------- H2 G2 Word cover + TOC, FRENCH: retinal photography
F = dict(
    proposal_title="Photographie r\u00e9tinienne pour le d\u00e9pistage de la r\u00e9tinopathie diab\u00e9tique",
    proposer_name="Sol\u00e8ne Rakotomalala-Brisebois",
    proposer_title="Orthoptiste et coordonnatrice du programme de d\u00e9pistage",
    proposer_department="Clinique d'ophtalmologie, H\u00f4pital Saint-Aubin",
    proposer_email="srakotomalala@example.org",
    proposer_phone="450 555-0148",
    target_learners="Infirmi\u00e8res, assistants en soins de la vue et technologues qui r\u00e9alisent le d\u00e9pistage dans les cliniques de diab\u00e8te et les centres de sant\u00e9 communautaires.",
    rationale="Moins de la moiti\u00e9 des personnes diab\u00e9tiques de notre territoire ont eu un examen de la r\u00e9tine au cours des deux derni\u00e8res ann\u00e9es. Les cam\u00e9ras non mydriatiques sont maintenant install\u00e9es dans six cliniques, mais 22 % des images envoy\u00e9es \u00e0 la lecture sont ininterpr\u00e9tables.",
    competencies=["Pr\u00e9paration du patient et contr\u00f4le de l'\u00e9clairage", "Acquisition d'images centr\u00e9es sur la macula et sur le disque optique", "\u00c9valuation de la qualit\u00e9 de l'image", "Transmission s\u00e9curis\u00e9e des images et suivi des r\u00e9sultats"],
    learning_outcomes=["Pr\u00e9parer le patient et la salle pour une photographie r\u00e9tinienne non mydriatique.", "Acqu\u00e9rir deux champs r\u00e9tiniens par \u0153il selon le protocole provincial.", "Juger la qualit\u00e9 d'une image et reprendre les clich\u00e9s non conformes.", "Transmettre les images et organiser le suivi selon le r\u00e9sultat."],
    summative_assessment="Chaque apprenant soumet un portfolio de 20 examens r\u00e9els, dont au moins 90 % doivent \u00eatre jug\u00e9s interpr\u00e9tables par un ophtalmologiste lecteur, et r\u00e9ussit un examen en ligne de 30 questions.",
    partner_name="Association r\u00e9gionale du diab\u00e8te des Basses-Laurentides",
    partner_contact="Dr Maxime Bellefleur-Ost, pr\u00e9sident, mbellefleur@example.com",
    education_plan_alignment="Ce microcours appuie les priorit\u00e9s du Plan d'\u00e9ducation de Michener : l'acc\u00e8s aux soins, la pratique interprofessionnelle et l'apprentissage en milieu de travail.",
    proposed_start="janvier 2028",
    resources_required="Deux cam\u00e9ras de d\u00e9monstration pr\u00eat\u00e9es par la clinique, un acc\u00e8s \u00e0 la plateforme de t\u00e9l\u00e9lecture et 15 heures de temps d'ophtalmologiste lecteur par cohorte.",
)
DOCS.append(dict(
    file="Proposition - Photographie retinienne - S Rakotomalala-Brisebois.docx", genre="G2", lang="fr",
    notes="FRENCH Word document with a cover page (Pr\u00e9par\u00e9 par / date), a typed 'Table des mati\u00e8res' and numbered Heading 1 sections; 'un microcours' = micro_course; 'lettre d'appui jointe' = letter_attached; 'formule hybride'; 'dix heures' = 10; 'deux groupes de 15' = 30; date 'le 22 avril 2027'.",
    title=F["proposal_title"], subtitle="Proposition de microcours pr\u00e9sent\u00e9e au Service de formation continue de Michener",
    top=[f"Pr\u00e9par\u00e9 par : {F['proposer_name']}", F["proposer_title"], F["proposer_department"],
         f"Courriel : {F['proposer_email']} \u2013 T\u00e9l\u00e9phone : {F['proposer_phone']}", "Montr\u00e9al, le 22 avril 2027"],
    toc_title="Table des mati\u00e8res", footer="Proposition de microcours \u2013 photographie r\u00e9tinienne", numbered=True,
    blocks=[
        ("Objet de la demande", "Nous demandons la cr\u00e9ation d'un microcours autonome (hors microcertification)."),
        ("Contexte et besoin", F["rationale"]),
        ("Apprenants vis\u00e9s", F["target_learners"]),
        ("Comp\u00e9tences", F["competencies"]),
        ("R\u00e9sultats d'apprentissage", ("leadnum", ["Au terme du microcours, l'apprenant pourra :"] + F["learning_outcomes"])),
        ("\u00c9valuation des acquis", F["summative_assessment"]),
        ("Partenaire", ("paras", [f"Partenaire : {F['partner_name']}", f"Contact : {F['partner_contact']}", "Une lettre d'appui sign\u00e9e est jointe \u00e0 la pr\u00e9sente proposition."])),
        ("Lien avec le Plan d'\u00e9ducation", F["education_plan_alignment"]),
        ("Organisation", ("table", [["\u00c9l\u00e9ment", "Pr\u00e9vision"], ["Formule", "Hybride (modules en ligne et une journ\u00e9e pratique)"], ["Dur\u00e9e totale", "dix heures"], ["D\u00e9marrage", F["proposed_start"]], ["Apprenants par an", "deux groupes de 15 (30)"], ["Ressources", F["resources_required"]]])),
    ]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="micro_course", endorsement_status="letter_attached",
                     delivery_format="hybrid", estimated_hours=10, expected_enrolment=30, submission_date="2027-04-22")

# ---------- H3 G3 deck: oral anticancer therapy teaching (existing program conversion)
F = dict(
    proposal_title="Oral Anticancer Therapy: Patient Teaching and Toxicity Monitoring",
    proposer_name="Keziah Montgomery-Oduya",
    proposer_title="Oncology Clinical Nurse Specialist",
    proposer_department="Ambulatory Oncology, Bayfront Cancer Centre",
    proposer_email="kmontgomery-oduya@example.com",
    proposer_phone="905-555-0106",
    target_learners="Oncology nurses and pharmacy technicians who teach and follow patients taking oral cancer drugs at home",
    rationale=["Oral regimens now make up 40 % of new prescriptions in our clinic, but teaching time per patient has not changed", "Missed or doubled doses and late-reported toxicities led to 23 unplanned visits last year"],
    competencies=["Safe handling and storage of oral hazardous drugs at home", "Structured patient teaching with teach-back", "Adherence assessment", "Grading and triaging common toxicities by telephone", "Documentation and communication with the prescriber"],
    learning_outcomes=["Explain safe handling, storage and disposal of oral anticancer drugs to patients and families", "Deliver a structured teaching session and confirm understanding with teach-back", "Assess adherence and identify barriers", "Grade common toxicities and triage patients to the right level of care"],
    summative_assessment="Two recorded teaching sessions with standardised patients, scored with a checklist, and a telephone-triage simulation (pass mark 80 %)",
    partner_name="Bayfront Cancer Centre",
    partner_contact="Lorraine Kettleby, Director of Oncology Nursing",
    education_plan_alignment="Advances the Education Plan themes of patient safety and stackable credentials for practising clinicians",
    existing_program_name="Oncology Nursing Certificate \u2013 Module 5 (Ambulatory and Home-Based Cancer Care)",
    proposed_start="October 2027",
    resources_required="Standardised patients for two half-days per cohort; telephone-triage simulation scripts; existing module content to be revised",
)
DOCS.append(dict(
    file="Oral anticancer therapy module - conversion pitch.pdf", genre="G3",
    notes="python-pptx deck exported by Impress: title slide with the proposer and date, one topic per slide in the presenter's words; request is a conversion of an existing program module (named on the slide); rationale as two bullets; 'Letter of support: attached' = letter_attached; online + simulation = hybrid; hours as '8 online + 4 simulation'; contact on the last slide.",
    title=F["proposal_title"],
    top=[f"{F['proposer_name']}, {F['proposer_title']}", F["proposer_department"], "June 1, 2027"],
    blocks=[
        ("The ask", ["Convert an existing program into a micro-credential", f"Program to be converted: {F['existing_program_name']}"]),
        ("The problem", F["rationale"]),
        ("Audience", [F["target_learners"]]),
        ("Competencies", F["competencies"]),
        ("Outcomes \u2013 learners will be able to", F["learning_outcomes"]),
        ("Assessment", [F["summative_assessment"]]),
        ("Endorsement", [f"Partner: {F['partner_name']}", f"Contact: {F['partner_contact']}", "Letter of support: attached"]),
        ("Strategic fit", [F["education_plan_alignment"]]),
        ("Logistics", ["Hybrid: 8 online + 4 simulation = 12 hours", f"Launch: {F['proposed_start']}", "Approximately 55 nurses a year", f"Needs: {F['resources_required']}"]),
    ],
    bottom_title="Contact", bottom=[F["proposer_name"], F["proposer_email"], F["proposer_phone"]]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), rationale=J(F["rationale"]), request_type="existing_program",
                     endorsement_status="letter_attached", delivery_format="hybrid", estimated_hours=12, expected_enrolment=55,
                     submission_date="2027-06-01")

# ---------- H4 G4 spreadsheet intake: moulage for simulation
F = dict(
    proposal_title="Clinical Moulage for Healthcare Simulation",
    proposer_name="Felix Ngata-Whitmore",
    proposer_title="Simulation Operations Specialist",
    proposer_department="Centre for Simulation-Based Learning, Tidewater College of Health Sciences",
    proposer_email="fngata@example.com",
    proposer_phone="902-555-0172",
    target_learners="Simulation technicians, simulation educators and standardised-patient program staff.",
    rationale="Simulation centres in the region rely on one or two self-taught staff to create wounds, burns and other visual cues; realism is inconsistent, and skin reactions to products have been reported. No short, recognised course exists.",
    competencies="Safe selection and use of moulage products on people and manikins; creating realistic wounds, burns, bruising and rashes; matching cues to scenario objectives; cleaning and storing kits.",
    learning_outcomes=["Plan moulage that supports the learning objectives of a simulation scenario.", "Create realistic trauma, burn and dermatological presentations.", "Apply and remove products safely, including patch testing on standardised patients.", "Maintain an organised, hygienic moulage kit."],
    competency_framework="Healthcare Simulation Standards of Best Practice (simulation design criterion) and the centre's technician competency ladder.",
    summative_assessment="Learners design and apply moulage for an assigned scenario; the result is judged live by two simulation educators against a realism and safety rubric, with a written scenario plan.",
    partner_name="Atlantic Simulation Collaborative",
    partner_contact="Marguerite Oyelowo-Day, Network Manager, moyelowo@example.org",
    education_plan_alignment="Supports the Education Plan commitment to simulation-based education and to growing the technical workforce behind it.",
    proposed_start="Q3 2027",
    expected_enrolment_text="36 (three workshops of 12)",
    resources_required="Moulage supplies (about $90 per learner), the simulation centre's prep room for two days, two instructors.",
)
ENR = F.pop("expected_enrolment_text")
DOCS.append(dict(
    file="Project intake form - Moulage - FNgata.pdf", genre="G4", shape="4",
    notes="Calc 'project intake' sheet exported to PDF: label column + wrapped answers under section bands; request 'New micro-credential'; endorsement 'Confirmed (letter to follow)'; in-person; 'Total hours: 16 (2 days)'; enrolment '36 (three workshops of 12)'; date '12-Jul-2027'.",
    title="Project Intake \u2013 New Program Idea", subtitle="Tidewater College of Health Sciences \u00b7 shared with Michener CE",
    sheet="Intake form",
    blocks=[
        ("## 1. Contact", None),
        ("Name", F["proposer_name"]), ("Role", F["proposer_title"]), ("Organization", F["proposer_department"]),
        ("E-mail", F["proposer_email"]), ("Telephone", F["proposer_phone"]), ("Date", "12-Jul-2027"),
        ("## 2. Proposal", None),
        ("Proposed title", F["proposal_title"]), ("This proposal is for", "New micro-credential"),
        ("Who is this for?", F["target_learners"]), ("Why is this needed?", F["rationale"]),
        ("Skills and competencies", F["competencies"]),
        ("By the end, learners will be able to", ("num", F["learning_outcomes"])),
        ("Framework", F["competency_framework"]),
        ("Assessment of outcomes", F["summative_assessment"]),
        ("## 3. Partner and alignment", None),
        ("Endorsing partner", F["partner_name"]), ("Partner contact", F["partner_contact"]),
        ("Endorsement status", "Confirmed (letter to follow)"), ("Strategic alignment", F["education_plan_alignment"]),
        ("## 4. Logistics", None),
        ("Delivery mode", "In person"), ("Total hours", "16 (2 days)"), ("Target launch", F["proposed_start"]),
        ("Learners / year", ENR), ("Budget / resources", F["resources_required"]),
    ],
    footer="Intake form \u2013 &P/&N"))
DOCS[-1]["f"] = dict(F, request_type="new", endorsement_status="confirmed", delivery_format="in_person",
                     estimated_hours=16, expected_enrolment=36, submission_date="2027-07-12")

# ---------- H5 G5 newsletter: corneal tissue recovery (eye bank)
F = dict(
    proposal_title="Corneal Tissue Recovery for Eye Bank Technicians",
    proposer_name="Anneliese Okafor-Drummond",
    proposer_title="Eye Bank Operations Manager",
    proposer_department="Lakehead Eye and Tissue Bank",
    proposer_email="aokafor-drummond@example.org",
    proposer_phone="807-555-0133",
    target_learners="Eye bank technicians, tissue recovery coordinators and operating-room staff who assist with ocular recovery.",
    rationale="Donated corneas are lost when recovery is delayed or technique is poor: last year 7 % of recovered tissue was unsuitable for transplant. Eye banks train new technicians one at a time, so a shared, assessed course would raise quality across the network.",
    competencies=["Donor eligibility screening and consent verification", "Aseptic in-situ corneoscleral rim excision", "Tissue preservation and labelling", "Documentation to national tissue standards"],
    learning_outcomes=["Verify donor eligibility and authorisation before recovery.", "Perform in-situ corneal excision with aseptic technique on a model eye.", "Preserve, label and package tissue to national standards.", "Complete recovery records accurately."],
    summative_assessment="Practical assessment: three excisions on porcine model eyes, each graded for endothelial damage and asepsis, followed by a records audit of a mock recovery.",
    partner_name="National Eye Bank Network",
    partner_contact="Theo Vanterpool, Quality Director",
    education_plan_alignment="The credential supports Michener's Education Plan by extending specialised laboratory and procedural training to a small profession with no other provider.",
    proposed_start="fall 2027",
    resources_required="Porcine eyes from a local abattoir, a laminar flow hood, surgical instrument sets (6) and one instructor per three learners.",
)
DOCS.append(dict(
    file="The Lakehead Lens - Summer 2027 - p2.pdf", genre="G5",
    notes="Two-column newsletter page (HTML -> LibreOffice PDF): masthead/issue line/footer are not values; the proposer named in a by-line with e-mail and phone; 'Quick facts' bullets: online theory + wet lab = hybrid, 'fourteen hours', 'about 20 technicians'; endorsement 'in discussion'; date 'Published July 19, 2027'.",
    masthead="The Lakehead Lens", issue="News from Lakehead Eye and Tissue Bank \u00b7 Summer 2027 \u00b7 Published July 19, 2027",
    title=F["proposal_title"], subtitle="A new micro-credential, proposed to Michener Continuing Education",
    top=[f"By {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']} ({F['proposer_email']}, {F['proposer_phone']})"],
    split=4,
    blocks=[
        ("Why we are doing this", F["rationale"]),
        ("Who it is for", F["target_learners"]),
        ("What learners will master", F["competencies"]),
        ("Learning outcomes", ("num", F["learning_outcomes"])),
        ("How they will be assessed", F["summative_assessment"]),
        ("Partner", f"{F['partner_name']} (contact: {F['partner_contact']}). We are in discussion about a formal endorsement; no letter yet."),
        ("Fit with Michener's plan", F["education_plan_alignment"]),
        ("Quick facts", ["Request: a new micro-credential", "Format: online theory plus a wet-lab day (hybrid)", "Length: fourteen hours", f"Start: {F['proposed_start']}", "Learners: about 20 technicians a year", f"Resources: {F['resources_required']}"]),
    ],
    footer="The Lakehead Lens is an internal newsletter. Submissions: lens@example.org"))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="in_discussion",
                     delivery_format="hybrid", estimated_hours=14, expected_enrolment=20, submission_date="2027-07-19")

# ---------- H6 G6 markdown -> DOCX: isolation precautions
F = dict(
    proposal_title="Isolation Precautions and PPE for Support Services Staff",
    proposer_name="Rosalind Tremblay-Osei",
    proposer_title="Infection Prevention and Control Practitioner",
    proposer_department="IPAC Department, Millbrook Community Hospital",
    proposer_email="rtremblay-osei@example.org",
    proposer_phone="226-555-0155",
    target_learners="Environmental services workers, porters, dietary aides and unit clerks who enter isolation rooms.",
    rationale="Audits show that support services staff perform PPE doffing correctly only 61 % of the time, compared with 84 % for nurses; most have never had formal training beyond a poster.",
    competencies=["Choosing PPE for contact, droplet and airborne precautions", "Donning and doffing in the correct sequence", "Hand hygiene at the right moments", "Handling waste, linen and equipment from isolation rooms"],
    learning_outcomes=["Identify the type of precautions from signage and select the correct PPE.", "Don and doff PPE in the correct order without self-contamination.", "Perform hand hygiene at each required moment.", "Remove waste, linen and equipment from an isolation room safely."],
    summative_assessment="Observed donning and doffing with a fluorescent-marker check, assessed by an IPAC practitioner, plus a short online quiz.",
    partner_name="Millbrook Community Hospital",
    partner_contact="Deborah Sandoval-Kaur, VP Patient Care",
    education_plan_alignment="It reflects the Education Plan's commitment to accessible learning for the whole health workforce, including non-regulated staff.",
    proposed_start="September 2027",
    resources_required="PPE supplies for practice, a fluorescent-marker kit and UV lamp, and IPAC practitioner time.",
)
DOCS.append(dict(
    file="isolation-precautions-microcourse.docx", genre="G6",
    notes="Markdown converted by pandoc to DOCX: title/author/date from the metadata block, 'Submitted by' line, '##' sections, bullets and numbered outcomes, a pipe table (Format: Online with an in-person sign-off = hybrid? no: 'Online modules; skills check done on the unit' -> online); micro-course; letter attached; 'Four hours' -> 4; date 2027-08-09.",
    meta={"title": F["proposal_title"], "subtitle": "Micro-course proposal", "author": F["proposer_name"], "date": "2027-08-09"},
    top=[f"Submitted by {F['proposer_name']} ({F['proposer_title']}, {F['proposer_department']}) \u2013 {F['proposer_email']}, {F['proposer_phone']}"],
    blocks=[
        ("Request", "Type of request: micro-course (stand-alone)."),
        ("Rationale", F["rationale"]),
        ("Learners", F["target_learners"]),
        ("Competencies", F["competencies"]),
        ("Learning outcomes", ("num", F["learning_outcomes"])),
        ("Summative assessment", F["summative_assessment"]),
        ("Partner", ("paras", [f"Partner organization: {F['partner_name']}", f"Partner contact: {F['partner_contact']}", "Letter of support attached? Yes"])),
        ("Education Plan alignment", F["education_plan_alignment"]),
        ("Delivery", ("table", [["Item", "Detail"], ["Format", "Online"], ["Duration", "Four hours"], ["Start", F["proposed_start"]], ["Learners per year", "about 150"], ["Resources", F["resources_required"]]])),
    ]))
DOCS[-1]["notes"] = "Markdown converted by pandoc to DOCX: title, subtitle, author and date from the metadata block, a 'Submitted by' sentence with title, department, e-mail and phone, '##' sections, numbered outcomes, a pipe table of delivery details; 'micro-course (stand-alone)'; 'Letter of support attached? Yes'; 'Four hours' -> 4; 'about 150'; ISO date in the metadata."
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="micro_course", endorsement_status="letter_attached",
                     delivery_format="online", estimated_hours=4, expected_enrolment=150, submission_date="2027-08-09")

# ---------- H7 G7 web confirmation INCOMPLETE: formalin / fume safety in histology
F = dict(
    proposal_title="Formaldehyde and Xylene Safety in the Histology Laboratory",
    proposer_name="Ignatius Ferreira-Holm",
    proposer_title="Histology Section Supervisor",
    proposer_department="Anatomical Pathology, Riverside Health Sciences Centre",
    proposer_email="iferreira-holm@example.com",
    proposer_phone="250-555-0119",
    target_learners="Histotechnologists, laboratory assistants and grossing room staff.",
    rationale="Air monitoring in two of our grossing rooms exceeded the formaldehyde ceiling limit last year, and a spill response exposed gaps in staff knowledge of fume hoods, monitoring badges and spill kits.",
    competencies="Chemical hazard recognition; safe use of fume hoods and downdraft grossing stations; personal exposure monitoring; spill response and waste handling.",
    summative_assessment="A practical spill-response drill and a written test on exposure limits and controls.",
    education_plan_alignment="Supports the Education Plan priority on safe, healthy learning and working environments.",
    proposed_start="Spring 2028",
)
DOCS.append(dict(
    file="Proposal submitted - confirmation (printed).pdf", genre="G7", shape="4",
    notes="INCOMPLETE: web-form confirmation page printed to PDF from a browser; learning outcomes, partner organization and endorsement left blank (shown as '\u2014'); 'Micro-course' request; online; hours '3'; submitted timestamp 2027-09-14.",
    url="https://ce-proposals.michener.example/submit/confirmation?ref=CE-27-0561", stamp="9/14/27, 3:12 PM",
    page_title="Proposal received \u2013 Michener CE", site="Michener Continuing Education \u2013 Proposal Portal",
    title="Your proposal was submitted",
    top=["Confirmation: CE-27-0561", "Date submitted: September 14, 2027", "Fields you left blank are shown as \u2014. You can send the missing information by e-mail."],
    blocks=[
        ("## Contact", None),
        ("Name", F["proposer_name"]), ("Position / Title", F["proposer_title"]), ("Department / Program", F["proposer_department"]),
        ("E-mail", F["proposer_email"]), ("Telephone", F["proposer_phone"]),
        ("## Proposal", None),
        ("Proposed title", F["proposal_title"]), ("Type of request", "Micro-course"),
        ("Target learners", F["target_learners"]), ("Rationale / need", F["rationale"]),
        ("Competencies / skills targeted", F["competencies"]),
        ("Learning outcomes", "\u2014"),
        ("Summative assessment", F["summative_assessment"]),
        ("## Partner and alignment", None),
        ("Industry / employment partner", "\u2014"), ("Endorsement status", "\u2014"),
        ("Alignment with Michener's Education Plan", F["education_plan_alignment"]),
        ("## Logistics", None),
        ("Delivery format", "Online"), ("Estimated hours", "3"), ("Proposed start", F["proposed_start"]),
        ("Expected enrolment per year", "\u2014"), ("Resources required", "\u2014"),
    ],
    bottom=["A copy of this page has been e-mailed to you. Questions: ce@michener.example"]))
DOCS[-1]["f"] = dict(F, request_type="micro_course", delivery_format="online", estimated_hours=3, submission_date="2027-09-14")

# ---------- H8 G6 LOOK-ALIKE: QI project charter (specimen labelling errors), markdown -> DOCX
DOCS.append(dict(
    file="QI charter - specimen labelling.docx", genre="G6", form=False,
    notes="LOOK-ALIKE: markdown -> pandoc DOCX quality-improvement project charter (problem, aim, scope, team, measures, change ideas, timeline, sponsor sign-off) \u2013 no course or credential is requested.",
    meta={"title": "Project Charter: Reducing Specimen Labelling Errors in the Emergency Department", "author": "Winnifred Castellanos-Obi, Laboratory Quality Coordinator", "date": "October 4, 2027"},
    top=["Prepared by Winnifred Castellanos-Obi, Laboratory Quality Coordinator, Fairview District Hospital (wcastellanos@example.org, 604-555-0181)"],
    blocks=[
        ("Problem statement", "In the last fiscal year the laboratory rejected 412 emergency department specimens for labelling errors, causing repeat collections and delayed results."),
        ("Aim", "Reduce ED specimen labelling rejections by 50 % by June 30, 2028."),
        ("Scope", "In scope: ED blood and urine specimens. Out of scope: point-of-care testing and inpatient units."),
        ("Team", ["Executive sponsor: Director, Laboratory Services", "ED nurse manager", "Two ED nurses", "Laboratory assistant lead", "Patient partner"]),
        ("Measures", ("table", [["Type", "Measure", "Target"], ["Outcome", "Rejected ED specimens per 1,000 collected", "< 4"], ["Process", "% of collections with bedside label printing", "> 90 %"], ["Balancing", "Time from order to collection", "no increase"]])),
        ("Change ideas", ["Bedside label printers in all ED pods", "Two-identifier check built into the collection workflow", "Weekly feedback of rejection data to ED staff"]),
        ("Timeline", "Baseline data collection November 2027; PDSA cycles December 2027 to May 2028; report to the Quality Committee in July 2028."),
        ("Approval", "Sponsor signature and date: ____________________"),
    ]))
DOCS[-1]["f"] = {}

# ---------- H9 G5 newsletter: perinatal mental health screening
F = dict(
    proposal_title="Perinatal Mental Health Screening in Prenatal Care",
    proposer_name="Jacinta Mbeki-Lowry",
    proposer_title="Registered Midwife and Clinical Educator",
    proposer_department="Birth and Family Centre, Southport General",
    proposer_email="jmbeki-lowry@example.org",
    proposer_phone="506-555-0124",
    target_learners="Midwives, prenatal clinic nurses and family practice nurses who see pregnant and postpartum clients.",
    rationale="One in five people experience a mental health condition in pregnancy or the year after birth, yet our chart review found that only 35 % of prenatal clients had a documented screen. Clinicians report that they lack confidence in asking, scoring and referring.",
    competencies=["Using the Edinburgh Postnatal Depression Scale and GAD-7", "Trauma-informed conversations about mood and anxiety", "Assessing immediate safety and suicide risk", "Referral pathways and follow-up"],
    learning_outcomes=["Administer and score validated perinatal mental health screening tools.", "Discuss results with clients in a trauma-informed, culturally safe way.", "Recognise urgent risk and act on it.", "Refer clients to the appropriate perinatal mental health services."],
    summative_assessment="An objective structured clinical examination station with a standardised client (scored with a checklist and global rating) and a documented screening case from practice.",
    partner_name="Southport Perinatal Mental Health Alliance",
    partner_contact="Dr. Ezra Halvorsen-Nwosu, Co-chair",
    education_plan_alignment="The proposal answers the Education Plan's focus on equity, mental health and interprofessional learning.",
    proposed_start="February 2028",
    resources_required="Standardised clients for two OSCE days a year, licence-free screening tools, and 20 hours of instructional design support.",
)
DOCS.append(dict(
    file="Family Centre Bulletin - Autumn 2027.pdf", genre="G5",
    notes="Two-column newsletter page (HTML -> LibreOffice PDF): an article announcing a proposal sent to Michener CE; proposer in a closing 'Contact' paragraph; partner sentence 'has endorsed ... a letter of support is attached'; 'Quick facts' with 'Online (live webinars + self-paced)', 'ten hours', 'two cohorts of 25'; date 'October 18, 2027' on the issue line.",
    masthead="Family Centre Bulletin", issue="Southport General \u00b7 Birth and Family Centre \u00b7 Autumn 2027 \u00b7 October 18, 2027",
    title=F["proposal_title"], subtitle="We have sent Michener Continuing Education a proposal for a new micro-credential.",
    split=5,
    blocks=[
        ("The gap", F["rationale"]),
        ("Learners", F["target_learners"]),
        ("Skills", F["competencies"]),
        ("What participants will be able to do", ("lead", ["On completion, participants will be able to:"] + F["learning_outcomes"])),
        ("Assessment", F["summative_assessment"]),
        ("Partner", f"{F['partner_name']} has endorsed the proposal (contact: {F['partner_contact']}); a letter of support is attached."),
        ("Alignment", F["education_plan_alignment"]),
        ("Quick facts", ["Format: Online (live webinars + self-paced)", "Length: ten hours", f"First cohort: {F['proposed_start']}", "Learners: two cohorts of 25 a year", f"Resources: {F['resources_required']}"]),
    ],
    bottom=[f"Contact: {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']} \u2013 {F['proposer_email']} \u2013 {F['proposer_phone']}"],
    footer="Family Centre Bulletin \u2013 for staff and volunteers of the Birth and Family Centre."))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="letter_attached",
                     delivery_format="online", estimated_hours=10, expected_enrolment=50, submission_date="2027-10-18")

# ---------- H10 G7 web confirmation: hand therapy after flexor tendon repair
F = dict(
    proposal_title="Hand Therapy after Flexor Tendon Repair: Early Active Motion Protocols",
    proposer_name="Cordelia Espinoza-Marsh",
    proposer_title="Occupational Therapist, Certified Hand Therapist",
    proposer_department="Hand and Upper Limb Clinic, Pinecrest Rehabilitation Hospital",
    proposer_email="c.espinoza-marsh@example.com",
    proposer_phone="+1 (780) 555-0167",
    target_learners="Occupational therapists and physiotherapists who treat hand injuries but are not yet certified hand therapists.",
    rationale="Early active motion after flexor tendon repair improves outcomes, but therapists outside specialist clinics still use older passive protocols or are unsure when to progress. Referral volumes have grown by 30 % since the plastics service expanded.",
    competencies="Interpreting operative reports; orthosis selection for tendon protection; early active motion exercise prescription; recognising rupture and adhesion; progression criteria.",
    learning_outcomes=["Interpret an operative report and choose an appropriate rehabilitation protocol.", "Select or fabricate a protective orthosis for a flexor tendon repair.", "Prescribe and progress an early active motion programme safely.", "Recognise signs of rupture or adhesion and act on them."],
    summative_assessment="Case-based practical exam: learners assess a simulated patient, fit an orthosis and teach the exercise programme, marked by two certified hand therapists.",
    partner_name="Prairie Hand Therapy Society",
    partner_contact="Yusuf Al-Mansouri, President (yalmansouri@example.org)",
    education_plan_alignment="The micro-credential fits the Education Plan's goal of advanced practice education for rehabilitation professionals.",
    proposed_start="Fall 2028",
    resources_required="Thermoplastic material and splint pans for practice, a skills lab for one day, two instructors.",
)
DOCS.append(dict(
    file="Confirmation - CE proposal (hand therapy).pdf", genre="G7", shape="4",
    notes="Web-form confirmation page printed to PDF from a browser (header stamp, URL footer, page x/y, grey tint); labels above answers; 'New micro-credential'; 'Confirmed \u2013 letter to follow' = confirmed; 'Hybrid'; hours '15'; enrolment '24'; date 'Submitted on 2027-11-02 at 09:15'.",
    url="https://ce-proposals.michener.example/submit/confirmation?ref=CE-27-0633", stamp="11/2/2027 9:16 AM",
    page_title="Submission confirmation", site="Michener CE \u00b7 Proposal Portal",
    title="Submission confirmation",
    top=["Reference: CE-27-0633", "Submitted on 2027-11-02 at 09:15", "Below is a summary of what you entered."],
    blocks=[
        ("## Proposal", None),
        ("Title of micro-course / credential", F["proposal_title"]), ("This proposal is for", "New micro-credential"),
        ("Intended learners", F["target_learners"]), ("Identified skills gap", F["rationale"]),
        ("Skills and competencies", F["competencies"]), ("Intended learning outcomes", ("num", F["learning_outcomes"])),
        ("Assessment of outcomes", F["summative_assessment"]),
        ("## Partner", None),
        ("Partner organization", F["partner_name"]), ("Partner contact name and email", F["partner_contact"]),
        ("Endorsement status", "Confirmed \u2013 letter to follow"),
        ("Strategic alignment", F["education_plan_alignment"]),
        ("## Delivery", None),
        ("Delivery mode", "Hybrid"), ("Total learning hours", "15"), ("Target launch", F["proposed_start"]),
        ("Estimated learners / year", "24"), ("Budget / resources", F["resources_required"]),
        ("## About you", None),
        ("Contact name", F["proposer_name"]), ("Role", F["proposer_title"]), ("Program area", F["proposer_department"]),
        ("Contact email", F["proposer_email"]), ("Phone", F["proposer_phone"]),
    ],
    bottom=["Thank you. The Continuing Education office will reply within ten business days."]))
DOCS[-1]["f"] = dict(F, request_type="new", endorsement_status="confirmed", delivery_format="hybrid", estimated_hours=15,
                     expected_enrolment=24, submission_date="2027-11-02")
