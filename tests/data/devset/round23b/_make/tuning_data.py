"""Tuning half of round 23b: content of each document and its expected values (defined once in F)."""
J = "; ".join
DOCS = []

# ---------- T1 G1 Writer PDF: nerve conduction studies
F = dict(
    proposal_title="Nerve Conduction Studies: Upper-Limb Technique for Neurodiagnostic Technologists",
    proposer_name="Imogen Vasquez-Thorne",
    proposer_title="Clinical Educator, Neurophysiology",
    proposer_department="Department of Neurodiagnostics, Harbourview General Hospital",
    proposer_email="ivasquez-thorne@example.org",
    proposer_phone="416-555-0142",
    target_learners="Registered neurodiagnostic technologists and EEG technologists who are moving into nerve conduction work in hospital and community laboratories.",
    rationale="Wait times for outpatient nerve conduction studies in our region now exceed five months, and the three hospital laboratories report that fewer than a third of their technologists are signed off for upper-limb studies. Employers told us they cannot release staff for a full-time program, so a short, practice-based credential is the realistic route.",
    competencies=["Surface electrode placement for median, ulnar and radial studies", "Supramaximal stimulation and recording technique", "Recognition of temperature, artefact and anomalous innervation effects", "Measurement of latency, amplitude and conduction velocity"],
    learning_outcomes=["Prepare the patient and the limb, including skin temperature control, for upper-limb nerve conduction studies.", "Perform median, ulnar and radial motor and sensory studies to the laboratory's protocol.", "Identify technical artefacts and correct them during the study.", "Measure and record waveform parameters accurately for physician interpretation."],
    competency_framework="National neurodiagnostic technology competency profile (2024 edition), domain 4: peripheral nerve studies.",
    summative_assessment="An observed practical examination on a volunteer (three nerves, scored with a 30-item checklist; 80 % to pass) and a written case review of two recorded studies.",
    partner_name="Lakeridge Neurology Associates",
    partner_contact="Dr. Tobias Mwangi, Medical Director (tmwangi@example.com)",
    education_plan_alignment="The credential supports the Education Plan's commitment to flexible, stackable learning for working professionals and to closing workforce gaps identified by our clinical partners.",
    proposed_start="May 2027",
    resources_required="Access to the neurodiagnostics teaching lab for two Saturdays per cohort; two EMG/NCS machines on loan from Lakeridge; one sessional instructor.",
)
DOCS.append(dict(
    file="NCS upper limb - proposal (Vasquez-Thorne).pdf", genre="G1",
    notes="Writer document with header/footer and numbered headings exported to PDF; 'Prepared by' block at the top; skills as bullets; outcomes numbered after a lead-in; hours as a sum; enrolment as cohorts x learners in words; date 'Draft of 19 January 2027'.",
    header="Harbourview General Hospital \u2014 Neurodiagnostics", footer="NCS micro-credential proposal, draft 2",
    title=F["proposal_title"], subtitle="Proposal to the Michener Institute, Continuing Education",
    top=[f"Prepared by: {F['proposer_name']}, {F['proposer_title']}", F["proposer_department"],
         f"E-mail: {F['proposer_email']} | Tel. {F['proposer_phone']}", "Draft of 19 January 2027"],
    blocks=[
        ("Purpose of this proposal", "We are asking CE to develop a new micro-credential with us; this is not a conversion of an existing program."),
        ("The need", F["rationale"]),
        ("Who it is for", F["target_learners"]),
        ("Skills and competencies", F["competencies"]),
        ("Learning outcomes", ("leadnum", ["By the end of the credential, participants will be able to:"] + F["learning_outcomes"])),
        ("Framework", F["competency_framework"]),
        ("How achievement will be shown", F["summative_assessment"]),
        ("Industry partner", ("paras", [f"Partner: {F['partner_name']}", f"Contact: {F['partner_contact']}", "A signed letter of support is attached to this proposal."])),
        ("Fit with Michener's Education Plan", F["education_plan_alignment"]),
        ("Format and numbers", ("table", [["Item", "Plan"], ["Delivery", "Blended (online theory, two lab days)"], ["Total hours", "24 (10 online + 14 in the lab)"], ["First offering", F["proposed_start"]], ["Learners per year", "Two cohorts of sixteen"]])),
        ("Resources", F["resources_required"]),
    ]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="letter_attached",
                     delivery_format="hybrid", estimated_hours=24, expected_enrolment=32, submission_date="2027-01-19")

# ---------- T2 G2 Word cover + TOC: dysphagia screening (bedside swallow screen)
F = dict(
    proposal_title="Bedside Swallow Screening for Acute Stroke Nursing",
    proposer_name="Marisol Adebayo-Kent",
    proposer_title="Advanced Practice Nurse, Stroke Program",
    proposer_department="Stroke Unit, St. Brendan's Regional Health Centre",
    proposer_email="madebayo-kent@example.org",
    proposer_phone="(905) 555-0117",
    target_learners="Registered nurses and registered practical nurses working in emergency departments, stroke units and general medicine wards.",
    rationale="Stroke best-practice audits at our centre found that only 58 % of patients were screened for dysphagia before their first oral intake, and aspiration pneumonia remains our most common avoidable complication after stroke. Nurses want a standardised, recognised screening credential rather than unit-by-unit orientation.",
    competencies=["Administering a validated bedside swallow screen", "Recognising overt and silent signs of aspiration", "Safe positioning and oral care before screening", "Documenting results and escalating to speech-language pathology"],
    learning_outcomes=["Explain the anatomy and physiology of a normal swallow and how stroke disrupts it.", "Administer the bedside swallow screen accurately and safely.", "Interpret screen results and select the correct next step, including nil-by-mouth orders.", "Communicate results to the team and document them in the health record."],
    summative_assessment="Learners complete a video-based screening assessment (ten patient videos, 90 % agreement with the expert rating required) and one directly observed screen on their own unit, signed off by a trained assessor.",
    partner_name="Provincial Stroke Network \u2013 Central Region",
    partner_contact="Ruth Okonkwo-Baines, Regional Education Coordinator, rokonkwo@example.com",
    education_plan_alignment="Strategic alignment: the micro-course advances the Education Plan goals of interprofessional practice and patient safety, and is designed as a stackable unit toward a future acute stroke care credential.",
    proposed_start="Fall 2027",
    resources_required="Licence for the screening tool videos (quoted at $1,200 a year); a learning designer for about 40 hours; assessor training for six unit champions.",
)
DOCS.append(dict(
    file="Swallow Screening Micro-course Proposal.docx", genre="G2",
    notes="Word document with a cover page (title, subtitle, Prepared by/for lines, date), a typed table of contents and Heading 1 sections in the author's own words; 'micro-course' as the request; online delivery; hours in words; date 'March 3, 2027' on the cover.",
    title=F["proposal_title"], subtitle="A micro-course proposal",
    top=["Prepared for: Continuing Education, The Michener Institute",
         f"Prepared by: {F['proposer_name']}, {F['proposer_title']}", F["proposer_department"],
         f"{F['proposer_email']}  |  {F['proposer_phone']}", "March 3, 2027"],
    footer="Swallow screening \u2013 micro-course proposal",
    blocks=[
        ("Summary", "This document proposes a micro-course: a short, stand-alone course of about six hours, delivered fully online with a workplace sign-off."),
        ("Background and need", F["rationale"]),
        ("Intended learners", F["target_learners"]),
        ("Competencies addressed", F["competencies"]),
        ("Learning outcomes", F["learning_outcomes"]),
        ("Assessment", F["summative_assessment"]),
        ("Partner and endorsement", ("paras", [f"Endorsing partner: {F['partner_name']}", f"Partner contact: {F['partner_contact']}", "Endorsement status: confirmed by e-mail; the formal letter will follow."])),
        ("Strategic alignment", F["education_plan_alignment"].replace("Strategic alignment: ", "")),
        ("Implementation", ("table", [["Element", "Details"], ["Target launch", F["proposed_start"]], ["Estimated learners", "Roughly 120 per year"], ["Resources", F["resources_required"]]])),
    ]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), education_plan_alignment=F["education_plan_alignment"].replace("Strategic alignment: ", ""),
                     request_type="micro_course", endorsement_status="confirmed", delivery_format="online", estimated_hours=6,
                     expected_enrolment=120, submission_date="2027-03-03")

# ---------- T3 G3 slide deck: cytogenetics karyotyping
F = dict(
    proposal_title="Karyotype Analysis Refresher for Cytogenetic Technologists",
    proposer_name="Henrik Saarinen-Bello",
    proposer_title="Technical Specialist, Cytogenetics",
    proposer_department="Genetics Laboratory, Northgate University Health Network",
    proposer_email="h.saarinen-bello@example.com",
    proposer_phone="647-555-0163",
    target_learners="Cytogenetic technologists returning to bench karyotyping after working in molecular genetics, and new graduates in their first year",
    rationale=["Microarray and sequencing have taken over much routine work, so bench karyotyping skills are fading", "Two regional labs failed external quality assessment rounds on band-level resolution in 2026"],
    competencies=["Metaphase selection and banding quality assessment", "Chromosome identification at 400\u2013550 band level", "Recognition of common structural rearrangements", "ISCN nomenclature for reporting"],
    learning_outcomes=["Select analysable metaphases and judge banding quality", "Arrange and identify all chromosomes in a G-banded karyotype", "Detect and describe balanced and unbalanced rearrangements", "Write karyotype results using current ISCN nomenclature"],
    summative_assessment="Blind analysis of 12 cases from the EQA archive, with a written karyotype for each; pass mark 11 of 12 correct",
    partner_name="Canadian Cytogenetics Quality Collaborative",
    partner_contact="Dr. Aiyana Redcloud, Chair",
    education_plan_alignment="Supports the Education Plan priority on laboratory quality and lifelong learning for technologists",
    proposed_start="January 2028",
    resources_required="Image-analysis software seats (12), access to the anonymised EQA case archive, one instructor",
)
DOCS.append(dict(
    file="Karyotyping refresher - CE pitch deck.pdf", genre="G3",
    notes="python-pptx deck exported by LibreOffice Impress: title slide with the proposer, one section per slide with the presenter's slide titles; rationale as two bullets (joined '; '); endorsement 'in discussion'; hours as '4 x 5 h'; contact details on the last slide.",
    title=F["proposal_title"],
    top=[f"{F['proposer_name']} \u00b7 {F['proposer_title']}", F["proposer_department"], "Presented to Michener CE \u2013 12 February 2027"],
    blocks=[
        ("What we are asking for", ["A new micro-credential (not a conversion of an existing program)"]),
        ("Why now?", F["rationale"]),
        ("Who it is for", [F["target_learners"]]),
        ("Skills", F["competencies"]),
        ("By the end, learners will be able to", F["learning_outcomes"]),
        ("How we will know", [F["summative_assessment"]]),
        ("Partner", [F["partner_name"], f"Contact: {F['partner_contact']}", "Endorsement: in discussion \u2013 no letter yet"]),
        ("Fit with Michener", [F["education_plan_alignment"]]),
        ("Format and numbers", ["Hybrid: online modules plus one on-site lab day", "4 x 5 h = 20 hours", f"Start: {F['proposed_start']}", "About 24 learners a year", f"Resources: {F['resources_required']}"]),
    ],
    bottom_title="Questions?", bottom=[F["proposer_name"], F["proposer_email"], F["proposer_phone"]]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), rationale=J(F["rationale"]), request_type="new",
                     endorsement_status="in_discussion", delivery_format="hybrid", estimated_hours=20, expected_enrolment=24,
                     submission_date="2027-02-12")

# ---------- T4 G4 spreadsheet intake (INCOMPLETE): lumbar puncture assisting
F = dict(
    proposal_title="Assisting with Lumbar Puncture: Preparation, Positioning and Specimen Handling",
    proposer_name="Declan Oyelaran",
    proposer_title="Nurse Educator",
    proposer_department="Emergency and Ambulatory Care, Fairhaven Memorial Hospital",
    proposer_email="d.oyelaran@example.org",
    proposer_phone="289-555-0178 ext. 4410",
    target_learners="Emergency and medical-unit nurses, and laboratory assistants who receive CSF specimens.",
    rationale="Incident reports show repeat lumbar punctures because specimens were mislabelled, sent in the wrong order or delayed in transport; 14 such events were reported last year.",
    learning_outcomes=["Prepare the sterile field and equipment for a lumbar puncture.", "Position and support the patient safely in lateral and seated positions.", "Label, sequence and transport CSF tubes according to laboratory requirements."],
    partner_name="Fairhaven Memorial Hospital Laboratory Services",
    proposed_start="TBD \u2013 after partner review",
)
DOCS.append(dict(
    file="CE project intake - LP assist (draft).pdf", genre="G4", shape="4",
    notes="INCOMPLETE: a Calc 'project intake' sheet (label column + wrapped answer column, section bands) exported to PDF; competencies, summative assessment, endorsement status and Education Plan alignment rows left empty; outcomes numbered in one cell; 'in person' format; hours '7'.",
    title="Continuing Education \u2013 Project Intake", subtitle="Please complete column B; leave blank if not yet known.",
    sheet="Intake",
    blocks=[
        ("## Section A \u2013 Requester", None),
        ("Requester name", F["proposer_name"]), ("Job title", F["proposer_title"]), ("Organization", F["proposer_department"]),
        ("Email", F["proposer_email"]), ("Phone / ext.", F["proposer_phone"]), ("Date submitted", "2027-02-22"),
        ("## Section B \u2013 Project", None),
        ("Working title", F["proposal_title"]),
        ("Request type", "Micro-course"),
        ("Target audience", F["target_learners"]),
        ("Identified need", F["rationale"]),
        ("Skills / competencies", ""),
        ("Learning outcomes", ("num", F["learning_outcomes"])),
        ("Summative assessment", ""),
        ("## Section C \u2013 Partner and fit", None),
        ("Partner organization", F["partner_name"]),
        ("Endorsement status", ""),
        ("Education Plan alignment", ""),
        ("## Section D \u2013 Logistics", None),
        ("Delivery mode", "In person (skills lab)"), ("Duration (hours)", "7"), ("Target launch", F["proposed_start"]),
        ("Learners / year", ""), ("Resources", ""),
    ],
    footer="CE intake v3 \u2013 page &P of &N"))
DOCS[-1]["blocks"] = [(h, b) for h, b in DOCS[-1]["blocks"]]
DOCS[-1]["blocks"] = [(h, ("p", [""]) if b == "" else b) for h, b in DOCS[-1]["blocks"]]
DOCS[-1]["f"] = dict(F, request_type="micro_course", delivery_format="in_person", estimated_hours=7, submission_date="2027-02-22")

# ---------- T5 G5 newsletter: music therapy in palliative care
F = dict(
    proposal_title="Music-Based Interventions in Palliative Care: A Micro-Credential for the Care Team",
    proposer_name="Oriana Castellano-Frye",
    proposer_title="Certified Music Therapist and Palliative Care Clinical Lead",
    proposer_department="Hospice and Palliative Care Program, Willowmere Health",
    proposer_email="ocastellano@example.org",
    proposer_phone="613-555-0129",
    target_learners="Nurses, personal support workers, spiritual care providers and volunteers working in hospices and palliative care units.",
    rationale="Families and staff ask for music at the bedside every day, but only two music therapists serve our 48 palliative beds. Team members want to use recorded and live music safely and know when to refer to a music therapist.",
    competencies=["Assessing a patient's music preferences and responses", "Using music to support comfort, breathing and relaxation", "Recognising distress and knowing when to stop", "Referring appropriately to music therapy"],
    learning_outcomes=["Complete a music-preference assessment with a patient or family.", "Plan and deliver a short music-based comfort intervention within their scope of practice.", "Observe and document the patient's response.", "Identify situations that require referral to a certified music therapist."],
    summative_assessment="A recorded role-play of a bedside music intervention with a standardised family member, marked with a rubric, plus a reflective case write-up (800 words).",
    partner_name="Willowmere Hospice Foundation",
    education_plan_alignment="It responds to the Education Plan's call for person-centred, compassionate care and for programs co-designed with community partners.",
    proposed_start="spring 2027",
    resources_required="Two portable speakers and headphones, a simulation room with a standardised participant, and the music therapists' time (about 30 hours).",
)
DOCS.append(dict(
    file="Willowmere Connect - Spring newsletter p3.pdf", genre="G5",
    notes="Two-column newsletter page (HTML -> LibreOffice PDF) carrying a proposal article; masthead and issue line are not values; the proposer in a 'Prepared by' box; hybrid; hours 'twelve'; enrolment '40 to 50' (range) -> not a number: enrolment stated as 'about 45' in the facts; date 'Issue date: 8 April 2027'.",
    masthead="Willowmere Connect", issue="Staff newsletter \u00b7 Spring 2027 \u00b7 Page 3 \u00b7 Issue date: 8 April 2027",
    title=F["proposal_title"], subtitle="Proposal sent to The Michener Institute, Continuing Education",
    top=[f"Prepared by {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']} \u2013 {F['proposer_email']}, {F['proposer_phone']}"],
    split=5,
    blocks=[
        ("What we propose", "A new micro-credential for the whole palliative care team, developed with Michener CE."),
        ("Why it matters", F["rationale"]),
        ("Who can take it", F["target_learners"]),
        ("Skills you will build", F["competencies"]),
        ("Learning outcomes", ("lead", ["Participants will be able to:"] + F["learning_outcomes"])),
        ("Assessment", F["summative_assessment"]),
        ("Our partner", f"{F['partner_name']} has endorsed the proposal, and its letter of support is attached to the submission."),
        ("Fit with Michener", F["education_plan_alignment"]),
        ("Quick facts", ["Format: hybrid (online modules + one simulation afternoon)", "Length: twelve hours in total", f"Launch: {F['proposed_start']}", "Learners: about 45 a year", f"Resources: {F['resources_required']}"]),
    ],
    footer="Willowmere Connect is published by Willowmere Health Communications. Story ideas: news@example.org"))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="letter_attached",
                     delivery_format="hybrid", estimated_hours=12, expected_enrolment=45, submission_date="2027-04-08")
DOCS[-1]["notes"] = "Two-column newsletter page (HTML -> LibreOffice PDF) carrying a proposal article; masthead, issue line and footer are not values; proposer in a 'Prepared by' line; partner and letter in one sentence (partner_name is the organisation); 'Quick facts' bullets with prefixes (hybrid, 'twelve hours', 'about 45'); date from 'Issue date: 8 April 2027'."

# ---------- T6 G6 markdown -> pandoc DOCX, FRENCH: harm reduction / drug checking
F = dict(
    proposal_title="R\u00e9duction des m\u00e9faits : analyse de substances et intervention aupr\u00e8s des personnes qui consomment",
    proposer_name="Ga\u00eblle Thibodeau-Nkemelu",
    proposer_title="Pharmacienne clinicienne",
    proposer_department="Service de pharmacie communautaire, Centre de sant\u00e9 Rivi\u00e8re-Claire",
    proposer_email="gthibodeau@example.org",
    proposer_phone="819-555-0136",
    target_learners="Pharmaciens, infirmi\u00e8res et intervenants de proximit\u00e9 qui travaillent dans des services de r\u00e9duction des m\u00e9faits ou des pharmacies communautaires.",
    rationale="Les d\u00e9c\u00e8s li\u00e9s aux drogues toxiques ont doubl\u00e9 dans notre r\u00e9gion depuis 2023. Les services d'analyse de substances se multiplient, mais le personnel n'a aucune formation commune sur l'utilisation des bandelettes et du spectrom\u00e8tre ni sur l'intervention br\u00e8ve qui doit accompagner un r\u00e9sultat.",
    competencies=["Utiliser les bandelettes de d\u00e9tection du fentanyl et des benzodiaz\u00e9pines", "Interpr\u00e9ter un r\u00e9sultat de spectrom\u00e9trie infrarouge", "Mener une intervention br\u00e8ve sans jugement", "Documenter et signaler les alertes de drogues"],
    learning_outcomes=["Effectuer une analyse de substance selon le protocole du service.", "Expliquer un r\u00e9sultat et ses limites \u00e0 la personne qui consomme.", "Offrir des conseils de r\u00e9duction des m\u00e9faits adapt\u00e9s au r\u00e9sultat.", "Transmettre une alerte au r\u00e9seau de surveillance r\u00e9gional."],
    summative_assessment="Une station d'examen clinique objectif structur\u00e9 (ECOS) de 20 minutes avec un patient standardis\u00e9, \u00e9valu\u00e9e \u00e0 l'aide d'une grille, et un quiz en ligne sur l'interpr\u00e9tation des spectres (seuil de r\u00e9ussite : 80 %).",
    partner_name="R\u00e9seau r\u00e9gional de r\u00e9duction des m\u00e9faits de l'Outaouais-Nord",
    partner_contact="Jean-S\u00e9bastien Lacasse, coordonnateur, jslacasse@example.com",
    education_plan_alignment="Le projet s'inscrit dans l'orientation du Plan d'\u00e9ducation de Michener sur l'\u00e9quit\u00e9 en sant\u00e9 et la collaboration avec les organismes communautaires.",
    proposed_start="septembre 2027",
    resources_required="Deux bandelettes par apprenant et par s\u00e9ance, l'acc\u00e8s au spectrom\u00e8tre du r\u00e9seau, une salle de simulation et un patient standardis\u00e9.",
)
DOCS.append(dict(
    file="Proposition microcertification - reduction des mefaits.docx", genre="G6", lang="fr",
    notes="FRENCH: markdown converted by pandoc to DOCX (title/author/date from the metadata block, '##' sections, bullets and numbered outcomes, a pipe table of logistics); 'nouvelle microcertification' = new; 'entente confirm\u00e9e, lettre \u00e0 venir' = confirmed; 'en ligne et en personne' hybrid; 'quatorze heures' = 14; date '15 mars 2027'.",
    meta={"title": F["proposal_title"], "author": f"{F['proposer_name']}, {F['proposer_title']}", "date": "15 mars 2027"},
    top=[f"**Responsable :** {F['proposer_name']}, {F['proposer_title']} \u2014 {F['proposer_department']}  ",
         f"**Courriel :** {F['proposer_email']} \u2014 **T\u00e9l. :** {F['proposer_phone']}"],
    blocks=[
        ("Nature de la demande", "Nous proposons une nouvelle microcertification, con\u00e7ue avec le Service de formation continue de Michener."),
        ("Besoin", F["rationale"]),
        ("Public cible", F["target_learners"]),
        ("Comp\u00e9tences vis\u00e9es", F["competencies"]),
        ("R\u00e9sultats d'apprentissage", ("leadnum", ["\u00c0 la fin de la formation, les participants seront capables de :"] + F["learning_outcomes"])),
        ("\u00c9valuation sommative", F["summative_assessment"]),
        ("Partenaire", ("paras", [f"Organisme partenaire : {F['partner_name']}", f"Personne-ressource : {F['partner_contact']}", "Statut : entente confirm\u00e9e, lettre \u00e0 venir."])),
        ("Lien avec le Plan d'\u00e9ducation", F["education_plan_alignment"]),
        ("Modalit\u00e9s", ("table", [["\u00c9l\u00e9ment", "Pr\u00e9vision"], ["Mode", "Hybride (en ligne et en personne)"], ["Dur\u00e9e", "quatorze heures"], ["D\u00e9but", F["proposed_start"]], ["Apprenants par ann\u00e9e", "environ 60"], ["Ressources", F["resources_required"]]])),
    ]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="new", endorsement_status="confirmed",
                     delivery_format="hybrid", estimated_hours=14, expected_enrolment=60, submission_date="2027-03-15")

# ---------- T7 G7 web-form confirmation printed to PDF: neonatal capillary (heel-prick) sampling
F = dict(
    proposal_title="Neonatal Capillary Heel-Prick Sampling",
    proposer_name="Tamsin Achterberg",
    proposer_title="Laboratory Operations Supervisor",
    proposer_department="Maternal-Newborn Laboratory, Eastshore Women's Hospital",
    proposer_email="t.achterberg@example.com",
    proposer_phone="+1 519 555 0151",
    target_learners="Medical laboratory assistants, phlebotomists and postpartum nurses who collect newborn blood samples.",
    rationale="Hemolysed and insufficient heel-prick samples make up 9 % of our newborn specimens and lead to repeat punctures on infants. Staff are trained informally on the unit and practices vary between shifts.",
    competencies="Site selection and warming; lancet choice by gestational age; collection technique that avoids squeezing; filter-card and microtainer filling; pain-reduction measures.",
    learning_outcomes=["Select a safe puncture site and device for the infant's weight and gestational age.", "Collect capillary samples that meet volume and quality criteria.", "Apply non-pharmacological pain-relief measures during collection.", "Label and handle newborn screening cards correctly."],
    summative_assessment="Direct observation of three heel-prick collections on the unit using a standard checklist, and a 25-question online test.",
    partner_name="Eastshore Women's Hospital",
    partner_contact="Nadia Ferreira-Quist, Director of Laboratory Medicine",
    education_plan_alignment="The course supports Michener's Education Plan goal of workplace-integrated learning and patient safety for vulnerable populations.",
    proposed_start="As soon as possible (target June 2027)",
    resources_required="Newborn simulation heel pads (10), lancets and screening cards for practice, unit assessors.",
    existing_program_name="Specimen Collection for Laboratory Assistants (module 6)",
)
DOCS.append(dict(
    file="Submission received - CE proposal portal.pdf", genre="G7", shape="4",
    notes="A web form's confirmation page printed to PDF from a browser (date/time and page title in the header, URL and page x/y in the footer, grey page tint, Skia producer); 'Label' over answer; request type 'Convert an existing program' with the program named; 'Letter of support: Yes - uploaded' = letter_attached; delivery 'In-person'; submitted timestamp 2027-02-05.",
    url="https://ce-proposals.michener.example/submit/confirmation?ref=CE-27-0214", stamp="2027-02-05, 10:47 a.m.",
    page_title="Thank you \u2013 proposal received", site="Michener Continuing Education \u2013 Proposal Portal",
    title="Thank you! Your proposal has been received.",
    top=["Reference number: CE-27-0214", "Submitted: 5 Feb 2027, 10:46 EST", "A copy of your answers is shown below. Keep this page for your records."],
    blocks=[
        ("## Your details", None),
        ("Full name", F["proposer_name"]), ("Job title", F["proposer_title"]), ("Organization", F["proposer_department"]),
        ("Email address", F["proposer_email"]), ("Phone", F["proposer_phone"]),
        ("## Your proposal", None),
        ("Course title", F["proposal_title"]),
        ("What are you requesting?", "Convert an existing program"),
        ("Program to be converted", F["existing_program_name"]),
        ("Who is this for?", F["target_learners"]),
        ("Why is this needed?", F["rationale"]),
        ("Competencies addressed", F["competencies"]),
        ("Learning outcomes", ("num", F["learning_outcomes"])),
        ("How will achievement be evidenced?", F["summative_assessment"]),
        ("## Partner and alignment", None),
        ("Partner organization", F["partner_name"]), ("Partner contact", F["partner_contact"]),
        ("Letter of support attached?", "Yes \u2013 uploaded (LOS_Eastshore.pdf)"),
        ("Alignment with Michener's Education Plan", F["education_plan_alignment"]),
        ("## Logistics", None),
        ("Delivery format", "In-person"), ("Total learning hours", "8"), ("Anticipated start date", F["proposed_start"]),
        ("Estimated learners / year", "70"), ("Resources you can provide", F["resources_required"]),
    ],
    bottom=["Questions? Contact ce@michener.example. This confirmation was also sent to your e-mail address."]))
DOCS[-1]["f"] = dict(F, request_type="existing_program", endorsement_status="letter_attached", delivery_format="in_person",
                     estimated_hours=8, expected_enrolment=70, submission_date="2027-02-05")

# ---------- T8 G2 LOOK-ALIKE: quality-improvement project proposal (medication reconciliation)
DOCS.append(dict(
    file="QI Project Proposal - Medication Reconciliation at Discharge.docx", genre="G2", form=False,
    notes="LOOK-ALIKE: a Word quality-improvement project proposal (cover page, table of contents, sections: aim, background, team, change ideas, measures, timeline, sponsor) \u2013 resembles a proposal but requests no course or credential.",
    title="Improving Medication Reconciliation at Discharge", subtitle="Quality Improvement Project Proposal \u2013 Medicine Program",
    top=["Project lead: Priyanka Dusanjh-Mercer, Clinical Pharmacist", "Medicine Program, Cedar Point Hospital",
         "pdusanjh@example.org  |  905-555-0188", "Submitted to the Quality Council \u2013 January 28, 2027"],
    footer="QI proposal \u2013 Medicine Program", numbered=True,
    blocks=[
        ("Aim statement", "By December 31, 2027, increase the proportion of medicine patients with a completed best possible medication discharge plan from 46 % to 85 %."),
        ("Background", "Chart audits in 2026 showed that fewer than half of discharged medicine patients had a reconciled medication list, and three readmissions were linked to omitted anticoagulants."),
        ("Project team", ["Project lead: clinical pharmacist", "Two hospitalists", "Charge nurse, 6 West", "Patient and family advisor", "Decision support analyst"]),
        ("Change ideas", ("num", ["Pharmacy technician completes the best possible medication history within 24 hours of admission.", "Discharge reconciliation checklist built into the electronic order set.", "Teach-back with patients before discharge."])),
        ("Measures", ("table", [["Type", "Measure"], ["Outcome", "% of discharges with a reconciled medication list"], ["Process", "% of admissions with a BPMH within 24 h"], ["Balancing", "Discharge time of day"]])),
        ("Timeline", "PDSA cycle 1 starts in March 2027 on 6 West; spread to the other medicine units in the fall."),
        ("Sponsor and resources", "Executive sponsor: Vice-President, Clinical Programs. Resources requested: 0.4 FTE pharmacy technician for 12 months and analyst support."),
    ]))
DOCS[-1]["f"] = {}

# ---------- T9 G6 markdown -> pandoc DOCX: therapeutic phlebotomy (added after the first tuning commit)
F = dict(
    proposal_title="Therapeutic Phlebotomy for Iron Overload and Polycythemia",
    proposer_name="Benedikt Oyarzun-Patel",
    proposer_title="Charge Nurse, Medical Day Unit",
    proposer_department="Medical Day Care, Kingsmere General Hospital",
    proposer_email="boyarzun@example.com",
    proposer_phone="343-555-0115",
    target_learners="Registered nurses and medical laboratory assistants in day units, dialysis units and community clinics who perform therapeutic venesection.",
    rationale="Referrals for therapeutic phlebotomy (hemochromatosis, polycythemia vera) have tripled since 2024 and now wait up to eight weeks because only four nurses on our unit are trained. Other sites would start a service if staff could be trained and assessed consistently.",
    competencies=["Confirming orders and pre-procedure hemoglobin/ferritin criteria", "Large-bore venous access and removal of 450\u2013500 mL", "Monitoring for and managing vasovagal reactions", "Safe disposal and documentation"],
    learning_outcomes=["Verify the order and the laboratory criteria before each venesection.", "Perform a therapeutic phlebotomy using aseptic technique and the correct collection system.", "Recognise and manage adverse reactions, including syncope.", "Document volumes and follow-up laboratory values accurately."],
    summative_assessment="Three supervised venesections on patients, assessed with a direct observation of procedural skills form, and a scenario-based quiz on adverse reactions.",
    partner_name="Kingsmere General Hospital \u2013 Division of Hematology",
    education_plan_alignment="The course helps Michener meet the Education Plan goal of practice-ready, competency-based continuing education developed with hospital partners.",
    proposed_start="late 2027",
    resources_required="Venesection kits for practice on an arm trainer, clinical placements on the Medical Day Unit, and one nurse educator.",
)
DOCS.append(dict(
    file="therapeutic-phlebotomy-proposal.docx", genre="G6",
    notes="Markdown converted by pandoc to DOCX: title, author and date from the metadata block; a 'Contact' line under the title; '##' sections; outcomes as a numbered list after a lead-in; figures in a pipe table ('in person', 'eight hours' -> 8, 'roughly 40' -> 40); endorsement 'none yet' = none; 'Micro-course' request; date 'Nov. 5, 2026'.",
    meta={"title": F["proposal_title"], "author": F["proposer_name"], "date": "Nov. 5, 2026"},
    top=[f"Contact: {F['proposer_name']}, {F['proposer_title']} \u2014 {F['proposer_department']} \u2014 {F['proposer_email']} \u2014 {F['proposer_phone']}"],
    blocks=[
        ("What kind of request", "A micro-course (stand-alone, not part of a credential)."),
        ("Learners", F["target_learners"]),
        ("Why this is needed", F["rationale"]),
        ("Skills", F["competencies"]),
        ("Outcomes", ("leadnum", ["After the course, participants will be able to:"] + F["learning_outcomes"])),
        ("Assessment", F["summative_assessment"]),
        ("Partner", ("paras", [f"Partner: {F['partner_name']}", "Endorsement: none yet \u2013 we will ask the division once CE has reviewed the idea."])),
        ("Education Plan", F["education_plan_alignment"]),
        ("Practical details", ("table", [["", ""], ["Format", "In person"], ["Hours", "eight hours"], ["Start", F["proposed_start"]], ["Learners a year", "roughly 40"], ["Resources", F["resources_required"]]])),
    ]))
DOCS[-1]["f"] = dict(F, competencies=J(F["competencies"]), request_type="micro_course", endorsement_status="none",
                     delivery_format="in_person", estimated_hours=8, expected_enrolment=40, submission_date="2026-11-05")
