"""Held-out half of round 20b: content of each document and, from the same values, its expected file.
FOR SCORING ONLY – do not read while developing the parser."""
from lib import D, P, L

DOCS = []

# ---------------------------------------------------------------- H1  G1
DOCS.append(dict(
    file="Concept Form - Diabetic Retinopathy Screening Photography - L Haddad-Mbeki", genre="G1", shape="1",
    notes="G1: official DOCX table form; answers in teal Cambria 10.5; label variants (Working Title, Submitted by, "
          "Intended Learners, Endorsing Partner / External Body, Total Learning Hours); outcomes table of four rows after "
          "a lead-in; competencies as Word bullets; endorsement option marked with a typed X; date 'January 8, 2027'.",
    style=dict(ans_color="0F6E6E", ans_font="Cambria", ans_size=10.5,
               labels={"proposal_title": ("Working Title", None), "proposer_name": ("Submitted by", None),
                       "target_learners": ("Intended Learners", "(who, what level, how many)"),
                       "partner_name": ("Endorsing Partner / External Body [R3]", None),
                       "estimated_hours": ("Total Learning Hours", None)}),
    f=dict(
        proposal_title="Diabetic Retinopathy Screening: Retinal Photography for Primary Care Teams",
        proposer_name="Leila Haddad-Mbeki",
        proposer_title="Ophthalmic Medical Technologist",
        proposer_department="Continuing Education – Vision Sciences",
        proposer_email="lhaddad-mbeki@example.com",
        proposer_phone="416-555-0104",
        request_type="new",
        target_learners="Practice nurses, medical office assistants and pharmacy technicians in primary care clinics "
                        "that run diabetes programs; about 18 per cohort.",
        rationale="Fewer than half of people with diabetes in our catchment have a retinal exam each year; clinics have "
                  "non-mydriatic cameras but staff are unsure how to take gradable images.",
        competencies=L("Non-mydriatic fundus camera operation", "Two-field imaging protocol and image gradability checks",
                       "Patient preparation, including when pupil dilation is needed",
                       "Secure upload to the teleophthalmology reading service"),
        learning_outcomes=[("Prepare and position the patient for non-mydriatic retinal photography.", "Observed skills check"),
                           ("Capture two-field images that meet the reading service's gradability standard.", "Image portfolio (10 patients)"),
                           ("Recognise ungradable images and repeat or refer appropriately.", "Image quiz"),
                           ("Transmit images and demographic data securely and correctly.", "Audit of submissions")],
        competency_framework="Diabetes Canada clinical practice guidelines (retinopathy screening chapter)",
        summative_assessment="A portfolio of ten consecutive screening sessions graded by the reading service "
                             "(at least nine gradable) plus an observed skills check at the clinic.",
        partner_name="Georgian Bay Teleophthalmology Service",
        partner_contact="Dr. Kwabena Lindholm, Medical Director",
        endorsement_status="confirmed",
        education_plan_alignment="Extends Michener's reach into primary care and community partnerships, a stated "
                                 "priority of the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=D(9, "9"),
        proposed_start="Summer 2027",
        expected_enrolment=D(54, "54 (three cohorts of 18)"),
        resources_required="Two loaner fundus cameras from the partner for the practical sessions.",
        submission_date="2027-01-08",
    )))

# ---------------------------------------------------------------- H2  G1  (incomplete)
DOCS.append(dict(
    file="Paediatric blood collection concept form - draft", genre="G1", shape="1",
    notes="G1: official DOCX table form; answers in purple Verdana 9.5; INCOMPLETE: partner row empty and no endorsement "
          "option marked (every '[   ]' left blank); nested Word numbering in competencies; outcomes table; date "
          "written 2027-01-14.",
    style=dict(ans_color="5B2C83", ans_font="Verdana", ans_size=9.5, date_style="iso"),
    f=dict(
        proposal_title="Paediatric Capillary and Venous Blood Collection",
        proposer_name="Tobias Ferreira-Nakamura",
        proposer_title="Laboratory Services Educator",
        proposer_department="Specimen Collection and Processing",
        proposer_email="tferreira-nakamura@michener.example",
        proposer_phone="416-555-0175 ext. 2047",
        request_type="micro_course",
        target_learners="Certified phlebotomists and laboratory assistants who collect from adults and are moving to "
                        "paediatric outpatient sites; 12 per offering.",
        rationale="Paediatric outpatient labs report repeat collections and family complaints when staff trained only on "
                  "adults are scheduled for children.",
        competencies=L(("Preparing the child and family:", ["age-appropriate explanation and distraction", "positioning and holding"]),
                       ("Capillary collection:", ["heel and finger puncture sites by age", "order of draw for microtainers"]),
                       "Venous collection with butterfly sets in small veins", numbered=True),
        learning_outcomes=[("Prepare children of different ages and their caregivers for collection.", "Simulation with a standardised parent"),
                           ("Perform heel and finger punctures at correct sites and depths.", "Task trainer check"),
                           ("Collect venous samples from small veins with minimal attempts.", "Observed practical"),
                           ("Label and handle micro-samples to prevent haemolysis and clotting.", "Specimen audit")],
        competency_framework="",
        summative_assessment="Observed practical at a paediatric site: three capillary and two venous collections "
                             "scored on a checklist, with no critical errors.",
        partner_name="",
        partner_contact="",
        endorsement_status=None,
        education_plan_alignment="Addresses the Education Plan's focus on safe, patient- and family-centred care.",
        delivery_format="in_person",
        estimated_hours=D(6, "6"),
        proposed_start="Fall 2027",
        expected_enrolment=D(36, "36"),
        resources_required="Infant heel and paediatric arm task trainers.",
        submission_date="2027-01-14",
    )))

# ---------------------------------------------------------------- H3  G1  (look-alike)
DOCS.append(dict(
    file="Workshop request form - applanation tonometry refresher", genre="G1", shape="7", form=False,
    notes="G1 look-alike: the CE office's 'Single Workshop Request Form' in the same layout as the concept form "
          "(shaded section rows, grey help lines, blue answers): a one-time team workshop booking with title, contact, "
          "objectives and cost centre – not a concept form (no request type, partner endorsement, summative "
          "assessment or Education Plan alignment).",
    style=dict(title="Single Workshop Request Form", footer="CE-WR-03 Single Workshop Request · rev. 01/2026",
               intro="Use this form to book a one-time workshop for a team or unit. It is not a micro-credential "
                     "application. Return it to ce@michener.example at least six weeks before the preferred date.",
               ans_color="1F4E9A", ans_font="Calibri", ans_size=11),
    sections=[
        ("Section 1 – Requester", [
            ("Requesting Unit", "(department, clinic or site)", "Eye Clinic, Lakeshore Community Hospital"),
            ("Contact Name", None, "Nadia Oyelaran-Whitby"),
            ("Email", None, "noyelaran-whitby@example.org"),
            ("Phone", None, "905-555-0131")]),
        ("Section 2 – Workshop details", [
            ("Workshop Title", None, "Applanation Tonometry Refresher"),
            ("Preferred Date(s)", "(give two options)", "March 4 or March 11, 2027 (afternoon)"),
            ("Number of Participants", None, "9 ophthalmic assistants"),
            ("Objectives", "(what should participants be able to do afterwards?)",
             L("Calibrate and disinfect the Goldmann tonometer", "Measure IOP reliably and record it correctly",
               "Recognise common sources of error")),
            ("Facilitator Requested", None, "Any CE ophthalmic faculty member"),
            ("Room and Equipment", None, "Our clinic room; we have two slit lamps with tonometers.")]),
        ("Section 3 – Billing", [
            ("Cost Centre", None, "4410-2231"),
            ("Approving Manager", None, "Graham Teodorescu, Clinic Manager")]),
    ],
    f={}))

# ---------------------------------------------------------------- H4  G2
DOCS.append(dict(
    file="Intestinal Parasitology Microscopy - Concept Form - O Castellanos", genre="G2", shape="1",
    notes="G2: English official form DOCX -> RTF -> DOCX via LibreOffice; options deleted except the chosen ones; "
          "micro-course; competencies typed bullets; rationale in two paragraphs; label variants (Proponent, "
          "Assessment of Outcomes, Strategic Alignment); date 'January 19, 2027'.",
    style=dict(labels={"proposer_name": ("Proponent", None),
                       "summative_assessment": ("Assessment of Outcomes [R2]", "(how will achievement be evidenced?)"),
                       "education_plan_alignment": ("Strategic Alignment [R4]", "(Michener Education Plan)")}),
    f=dict(
        proposal_title="Intestinal Parasitology: Ova and Parasite Microscopy Refresher",
        proposer_name="Octavio Castellanos-Reid",
        proposer_title="Microbiology Technologist and Adjunct Faculty",
        proposer_department="Medical Laboratory Science",
        proposer_email="ocastellanos-reid@example.org",
        proposer_phone="613-555-0148",
        request_type="micro_course",
        target_learners="Medical laboratory technologists who read ova and parasite examinations only occasionally, "
                        "such as generalists in rural and night-shift labs.",
        rationale=P("Many labs have moved routine stool testing to molecular panels, so technologists see few parasites "
                    "at the microscope and lose confidence in identifying them.",
                    "External quality assessment results in the region show most errors are in protozoan cyst "
                    "identification and in reporting artefacts as parasites."),
        competencies=L("Concentration and permanent stain preparation", "Systematic microscope scanning and measurement "
                       "with an ocular micrometer", "Identification of common helminth eggs, larvae and protozoan cysts",
                       "Distinguishing artefacts from parasites"),
        learning_outcomes=["Prepare formalin-ethyl acetate concentrates and trichrome-stained smears.",
                           "Scan and measure objects using a calibrated ocular micrometer.",
                           "Identify common intestinal helminths and protozoa in stained and wet preparations.",
                           "Report findings using accepted nomenclature and recognise artefacts."],
        competency_framework="CSMLS competency profile (microbiology)",
        summative_assessment="Practical identification exam of 25 digital and glass slides; pass mark 80 %, with no "
                             "misidentification of a pathogen as an artefact.",
        partner_name="Eastern Ontario Regional Laboratory Association",
        partner_contact="Mireille Abernathy-Osei, Quality Manager, mabernathy@eorla.example.org",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports lifelong learning for practising technologists and digital, flexible "
                                 "delivery, both themes of the Education Plan.",
        delivery_format="online",
        estimated_hours=D(8, "8 hours"),
        proposed_start="October 2027",
        expected_enrolment=D(45, "45"),
        resources_required="Digital slide licences; a set of glass slides mailed to each site.",
        submission_date="2027-01-19",
    )))

# ---------------------------------------------------------------- H5  G2
DOCS.append(dict(
    file="Oocyte and Embryo Vitrification - concept form", genre="G2", shape="1",
    notes="G2: DOCX -> RTF -> DOCX via LibreOffice; Letter of support question answered by deleting 'No' "
          "('Letter of support attached? Yes'); hybrid; nested typed numbering; label variants (Contact Name, Who is "
          "this for?, Identified Skills Gap); date written 27/01/2027.",
    style=dict(endorse="yesno", date_style="slash",
               labels={"proposer_name": ("Contact Name", None),
                       "target_learners": ("Who is this for?", "(who, what level, how many)"),
                       "rationale": ("Identified Skills Gap", "(why is this needed?)")}),
    f=dict(
        proposal_title="Oocyte and Embryo Vitrification for Clinical Embryology Laboratories",
        proposer_name="Ingrid Solberg-Amankwah",
        proposer_title="Senior Clinical Embryologist",
        proposer_department="Reproductive Sciences, Continuing Education",
        proposer_email="isolberg-amankwah@example.com",
        proposer_phone="604-555-0193",
        request_type="new",
        target_learners="Embryologists and andrology technologists with less than three years of cryopreservation "
                        "experience; 8 per cohort.",
        rationale="Fertility clinics have switched from slow freezing to vitrification, and survival rates vary widely "
                  "between operators; there is no Canadian hands-on course.",
        competencies=L(("Preparation", ["media equilibration and timing", "device selection and labelling"]),
                       ("Vitrification and warming", ["oocyte vitrification", "blastocyst vitrification and warming"]),
                       "Storage, traceability and dewar safety", numbered=True),
        learning_outcomes=["Prepare media and devices and plan timing for vitrification.",
                           "Vitrify and warm oocytes and blastocysts following a validated protocol.",
                           "Maintain storage records and traceability for every device.",
                           "Handle liquid nitrogen and dewars safely."],
        competency_framework="ESHRE good practice recommendations for IVF laboratories",
        summative_assessment="Hands-on assessment with donated research material: survival rate on warming and an "
                             "observed checklist for timing and traceability.",
        partner_name="Pacific Fertility Partners",
        partner_contact="Dr. Anouk Verhaegen",
        endorsement_status="letter_attached",
        education_plan_alignment="Fits the Education Plan's support for emerging specialties and industry-endorsed "
                                 "credentials.",
        delivery_format="hybrid",
        estimated_hours=D(15, "15"),
        proposed_start="Spring 2028",
        expected_enrolment=D(16, "16"),
        resources_required="Laboratory time at the partner's training lab; consumables about $3,000 per cohort.",
        submission_date="2027-01-27",
    )))

# ---------------------------------------------------------------- H6  G3
SEPSIS_RATIONALE = P(
    "Sepsis kills more hospital patients than any single diagnosis, and the first hour after arrival matters most. "
    "Emergency departments in our region screen every adult at triage, but audit data from the partner show that "
    "about one in five patients who later met sepsis criteria were not flagged at triage, usually because vital signs "
    "were recorded without being interpreted together or because a subtle change in mental status was missed.",
    "Triage is increasingly done by staff other than experienced emergency nurses: new graduates, nurses redeployed "
    "from other units, and in some sites paramedics working in the department. Their entry-to-practice education "
    "covers sepsis in general terms but not the screening tools each department uses, nor the escalation steps that "
    "start the sepsis bundle.",
    "Departments have tried short online modules, but completion does not show whether a nurse can actually recognise "
    "sepsis in a busy waiting room. Managers asked for something shorter than a certificate that still ends with an "
    "assessment they can trust when they schedule staff.",
    "A micro-course built around realistic triage scenarios, using the screening tool that all four partner departments "
    "share, would close that gap. It would also give the region one common language for screening and escalation, "
    "which matters because patients are often transferred between these hospitals.",
    "Finally, the partner's quality team will provide anonymised cases and re-audit screening performance six months "
    "after staff complete the course, so the effect can be measured.")

DOCS.append(dict(
    file="Sepsis Screening at Triage - Concept Form - printed", genre="G3", shape="4",
    notes="G3: web-page form printed from a Firefox-style browser (page title + URL at the top, 'Page n of N' + "
          "date/time at the bottom), letter size; ~380-word rationale splitting across pages; competencies with nested "
          "sub-bullets; radio glyphs; date '2 February 2027'.",
    style=dict(stamp="2/2/2027, 11:26 AM", page_title="CE Concept Form – Sepsis Screening",
               url="https://intranet.example.org/ed-education/forms/sepsis-concept.htm", browser="firefox",
               body_font="DV", ans_color="#1A3D7C", date_style="dmy"),
    f=dict(
        proposal_title="Sepsis Recognition and Escalation at Emergency Triage",
        proposer_name="Marguerite Onwuachi-Blake",
        proposer_title="Clinical Nurse Educator, Emergency",
        proposer_department="Emergency Services Education",
        proposer_email="monwuachi-blake@example.org",
        proposer_phone="905-555-0166",
        request_type="micro_course",
        target_learners="Triage nurses in their first two years of emergency practice, redeployed nurses and "
                        "paramedics working in emergency departments; around 30 per offering.",
        rationale=SEPSIS_RATIONALE,
        competencies=L(("Screening", ["interpreting vital signs together", "recognising altered mental status"]),
                       ("Escalation", ["triggering the sepsis pathway", "communicating with the physician using SBAR"]),
                       "Re-assessment of patients waiting after triage"),
        learning_outcomes=["Apply the regional sepsis screening tool correctly at triage.",
                           "Recognise early and subtle presentations of sepsis, including in older adults.",
                           "Escalate a positive screen within the department's time targets.",
                           "Re-assess waiting patients and act on deterioration."],
        competency_framework="National Emergency Nurses Association triage competencies",
        summative_assessment="Ten timed triage scenarios in simulation, scored for correct screening and escalation; "
                             "pass = 9 of 10 with no missed septic shock case.",
        partner_name="Niagara Escarpment Hospital Network",
        partner_contact="Rohan Venkataraman, Director of Emergency Services",
        endorsement_status="confirmed",
        education_plan_alignment="Directly advances the Education Plan's patient safety and simulation priorities.",
        delivery_format="hybrid",
        estimated_hours=D(6, "6"),
        proposed_start="April 2027",
        expected_enrolment=D(120, "120"),
        resources_required="Simulation lab half-days; standardised patient fees.",
        submission_date="2027-02-02",
    )))

# ---------------------------------------------------------------- H7  G3
DOCS.append(dict(
    file="Cystoscopy Assisting concept form (browser print)", genre="G3", shape="4",
    notes="G3: web-page form printed from a Chrome-style browser (date/time + page title at the top, file path + 'n/N' "
          "at the bottom), A4; convert an existing program; short answers; date 'February 9, 2027'.",
    style=dict(stamp="09/02/2027, 16:12", page_title="Concept Form",
               url="file:///home/afolayan/Downloads/concept-form-cystoscopy.html", browser="chrome", a4=True),
    f=dict(
        proposal_title="Cystoscopy and Urological Endoscopy Assisting",
        proposer_name="Babajide Afolayan-Sørensen",
        proposer_title="Perioperative Nurse Educator",
        proposer_department="Perioperative Programs",
        proposer_email="bafolayan@michener.example",
        proposer_phone="416-555-0129",
        request_type="existing_program",
        existing_program_name="Endoscopy Reprocessing and Assisting Workshop",
        target_learners="Registered nurses and operating room technicians new to urology or ambulatory endoscopy suites.",
        rationale="Ambulatory urology clinics are taking on flexible cystoscopy lists and need assisting staff who know "
                  "the scopes, the irrigation set-up and reprocessing.",
        competencies=L("Room and scope set-up", "Patient positioning and comfort", "Assisting with biopsy and stent removal",
                       "High-level disinfection and scope tracking"),
        learning_outcomes=["Set up the room, irrigation and video tower for flexible and rigid cystoscopy.",
                           "Assist with diagnostic and therapeutic procedures safely.",
                           "Reprocess scopes and document traceability to the CSA standard."],
        competency_framework="ORNAC standards for perioperative nursing",
        summative_assessment="Observed assisting on three supervised lists plus a reprocessing practical.",
        partner_name="Don Valley Urology Associates",
        partner_contact="Dr. Ewa Kowalczyk-Brennan, ekowalczyk@dvua.example.com",
        endorsement_status="in_discussion",
        education_plan_alignment="Converts an established workshop into an assessed micro-credential, as the Education "
                                 "Plan recommends.",
        delivery_format="in_person",
        estimated_hours=D(12, "12"),
        proposed_start="Fall 2027",
        expected_enrolment=D(24, "24"),
        resources_required="Scopes and towers supplied by the partner clinic.",
        submission_date="2027-02-09",
    )))

# ---------------------------------------------------------------- H8  G4
DOCS.append(dict(
    file="concept-form_clinical-mycology", genre="G4", shape="4",
    notes="G4: LaTeX form (longtable): outcomes as an 'Outcome | How assessed' tabular after a lead-in; nested "
          "itemize competencies; options marked '[ X ]'; letter paper; date 'February 15, 2027'.",
    style=dict(rhead="Concept Form (LaTeX version)", lead="Learners will be able to:"),
    f=dict(
        proposal_title="Clinical Mycology: Yeast and Mould Identification",
        proposer_name="Svetlana Obuya-Harcourt",
        proposer_title="Medical Laboratory Technologist, Mycology",
        proposer_department="Medical Laboratory Science",
        proposer_email="sobuya-harcourt@michener.example",
        proposer_phone="416-555-0152",
        request_type="new",
        target_learners="Microbiology technologists in hospital labs without a dedicated mycology bench; 12 per cohort.",
        rationale="Invasive fungal infections are rising among transplant and oncology patients, and Candida auris "
                  "outbreaks require labs to identify yeasts quickly and correctly.",
        competencies=L(("Yeasts:", ["germ tube and chromogenic media", "MALDI-TOF identification and limits"]),
                       ("Moulds:", ["macroscopic and lactophenol cotton blue examination", "safe handling of dimorphic fungi"]),
                       "Antifungal susceptibility reporting basics"),
        learning_outcomes=[("Identify common yeasts, including Candida auris, using a tiered workflow.", "Unknowns practical"),
                           ("Identify common moulds from colony and microscopic features.", "Image-based exam"),
                           ("Apply biosafety rules for dimorphic fungi.", "Written scenario"),
                           ("Report identifications and susceptibility results clearly.", "Report review")],
        competency_framework="CSMLS competency profile; CLSI M54 guidance",
        summative_assessment="Identification of eight unknown isolates (yeasts and moulds) with a written report, "
                             "marked by the reference laboratory.",
        partner_name="Ontario Reference Mycology Laboratory",
        partner_contact="Dr. Henrietta Okafor-Lund, Section Head",
        endorsement_status="letter_attached",
        education_plan_alignment="Strengthens laboratory capacity for emerging infectious diseases, a priority named in "
                                 "the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=D(20, "20"),
        proposed_start="January 2028",
        expected_enrolment=D(24, "24"),
        resources_required="Biosafety level 2 teaching lab for two days; reference isolates from the partner.",
        submission_date="2027-02-15",
    )))

# ---------------------------------------------------------------- H9  G4
DOCS.append(dict(
    file="concept_form_chest_drainage", genre="G4", shape="4",
    notes="G4: LaTeX form (longtable), A4: outcomes as a numbered list (no table); rationale in three paragraphs; "
          "competencies as a plain bullet list; endorsement 'In discussion'; date '22 February 2027'.",
    style=dict(a4=True, date_style="dmy", lhead="Michener Institute -- Continuing Education"),
    f=dict(
        proposal_title="Chest Drainage Systems: Insertion Assist and Ongoing Management",
        proposer_name="Rutendo Kastelic-Ward",
        proposer_title="Respiratory Therapist and Clinical Instructor",
        proposer_department="Respiratory Therapy Program",
        proposer_email="rkastelic-ward@example.com",
        proposer_phone="647-555-0114",
        request_type="micro_course",
        target_learners="Respiratory therapists and ward nurses on thoracic, trauma and general medicine units.",
        rationale=P("Chest drains are now managed on general wards, not only in critical care, and staff there see "
                    "them rarely.",
                    "Incident reports at our partner site include drains clamped during transport, suction set wrongly "
                    "and missed air leaks.",
                    "A short, assessed course would give ward staff the confidence and a shared checklist."),
        competencies=L("Preparing equipment and assisting with insertion", "Setting up digital and water-seal drainage "
                       "systems", "Assessing for air leak, tidaling and drainage", "Safe transport and removal assistance"),
        learning_outcomes=["Prepare equipment and assist the physician during chest drain insertion.",
                           "Set up and troubleshoot water-seal and digital drainage systems.",
                           "Assess and document air leak, fluctuation and drainage.",
                           "Manage transport and respond to accidental disconnection or dislodgement."],
        competency_framework="NARTRB national competency framework for respiratory therapists",
        summative_assessment="Simulation-based OSCE with three stations (set-up, assessment, emergency), scored with a "
                             "checklist and a global rating.",
        partner_name="Credit River Health Thoracic Surgery Unit",
        partner_contact="Dr. Salome Abramowicz",
        endorsement_status="in_discussion",
        education_plan_alignment="Supports interprofessional simulation and safer care on general wards.",
        delivery_format="in_person",
        estimated_hours=D(5, "5"),
        proposed_start="Late 2027",
        expected_enrolment=D(80, "80"),
        resources_required="Chest drain task trainers; digital drainage units lent by the partner.",
        submission_date="2027-02-22",
    )))

# ---------------------------------------------------------------- H10  G5  (French)
DOCS.append(dict(
    file="Formulaire concept - Dosimétrie in vivo - É Larochelle", genre="G5", shape="4",
    notes="G5: French official form written in Word and exported to PDF by LibreOffice; help text in brackets; "
          "choices by deleting the other options; nested typed numbering '1.' / '1.1'; rationale in two paragraphs; "
          "French date; hours '10' and enrolment in a sentence-like cell.",
    style=dict(lang="fr", title="Formulaire de concept – Microcours / Microprogramme",
               intro="Remplir toutes les sections et envoyer le formulaire à ce@michener.example.",
               header="Institut Michener – Formation continue", footer="FC-MC-01 Formulaire de concept · rév. 03/2026"),
    f=dict(
        proposal_title="Dosimétrie in vivo en radiothérapie externe",
        proposer_name="Élodie Larochelle-Mensah",
        proposer_title="Physicienne médicale",
        proposer_department="Sciences des radiations médicales",
        proposer_email="elarochelle-mensah@example.org",
        proposer_phone="819-555-0137",
        request_type="new",
        target_learners="Technologues en radio-oncologie et dosimétristes des centres régionaux ; environ 12 par groupe.",
        rationale=P("Les nouvelles techniques d'hypofractionnement exigent une vérification plus rigoureuse de la dose "
                    "délivrée au patient.",
                    "Plusieurs centres ont acheté des détecteurs in vivo mais peu de technologues savent les étalonner "
                    "et interpréter les écarts."),
        competencies=L(("Détecteurs :", ["diodes et MOSFET", "dosimétrie de transit par imagerie portale"]),
                       ("Mesure et analyse :", ["étalonnage et facteurs de correction", "seuils d'action et investigation des écarts"]),
                       numbered=True),
        learning_outcomes=["Choisir un détecteur adapté à la technique de traitement.",
                           "Étalonner le détecteur et appliquer les facteurs de correction.",
                           "Analyser un écart de dose et déclencher l'investigation appropriée."],
        competency_framework="Profil de compétences de l'ACTRM pour les technologues en radio-oncologie",
        summative_assessment="Évaluation pratique au centre partenaire : mesures sur fantôme et analyse écrite de deux "
                             "cas d'écart.",
        partner_name="Centre intégré de cancérologie de l'Outaouais",
        partner_contact="Mathieu Dubreuil-Kamara, physicien en chef",
        endorsement_status="confirmed",
        education_plan_alignment="S'inscrit dans l'orientation du Plan d'éducation sur la sécurité des patients et les "
                                 "partenariats cliniques.",
        delivery_format="hybrid",
        estimated_hours=D(10, "10"),
        proposed_start="Hiver 2028",
        expected_enrolment=D(24, "24 (deux groupes de 12)"),
        resources_required="Accès à un accélérateur du partenaire pendant deux soirées.",
        submission_date="2027-02-25",
    )))

# ---------------------------------------------------------------- H11  G5
NG_RATIONALE = P(
    "Misplaced nasogastric tubes remain one of the most serious preventable harms in hospital care. Feeding or "
    "medication given through a tube that sits in the airway can cause pneumonia, pneumothorax or death, and national "
    "patient safety agencies continue to report these events every year despite long-standing guidance.",
    "Our current Enteral Access Skills Day covers insertion technique but gives only twenty minutes to placement "
    "verification. Unit educators tell us that staff still rely on the 'whoosh' test or on the absence of coughing, "
    "which are known to be unreliable, and that many are unsure how to read a pH strip or when an X-ray is required.",
    "The partner's incident review over two years found seven near-misses linked to verification, all involving staff "
    "who had attended the skills day. Each one involved a tube that had moved after the initial check, which the "
    "current course barely addresses.",
    "Converting the skills day into a micro-credential would let us add a proper module on verification before every "
    "use, on reading and documenting pH results, on interpreting the radiology report, and on what to do when results "
    "are unclear. It would also end with an assessment, which the skills day has never had.",
    "Employers in long-term care and home care, where tubes are increasingly managed, have asked for exactly this kind "
    "of assessed, portable evidence of competence for their staff.")

DOCS.append(dict(
    file="NG tube placement verification - concept form v3", genre="G5", shape="4",
    notes="G5: Word form exported to PDF by LibreOffice; convert an existing program (name given); ~370-word rationale in "
          "five paragraphs splitting across pages; label variants (Program to be Converted, Estimated Learners / Year, "
          "Anticipated Start Date); competencies typed bullets; date 'March 1, 2027'.",
    style=dict(labels={"existing_program_name": ("Program to be Converted", None),
                       "expected_enrolment": ("Estimated Learners / Year", None),
                       "proposed_start": ("Anticipated Start Date", None)}),
    f=dict(
        proposal_title="Nasogastric Tube Placement Verification",
        proposer_name="Aoife Brennan-Okoro",
        proposer_title="Clinical Nutrition and Enteral Access Educator",
        proposer_department="Interprofessional Continuing Education",
        proposer_email="abrennan-okoro@michener.example",
        proposer_phone="416-555-0187",
        request_type="existing_program",
        existing_program_name="Enteral Access Skills Day",
        target_learners="Registered nurses, registered practical nurses and dietitians in acute, long-term and home care "
                        "who insert or use nasogastric tubes.",
        rationale=NG_RATIONALE,
        competencies=L("Initial placement verification with pH testing and radiology", "Verification before every use",
                       "Recognising tube migration", "Documentation and escalation when results are unclear"),
        learning_outcomes=["Verify nasogastric tube position using pH testing and interpret the result.",
                           "Determine when radiological confirmation is required and read the report correctly.",
                           "Check position before each use and recognise signs of migration.",
                           "Document verification and escalate uncertain results."],
        competency_framework="",
        summative_assessment="Online case-based test (20 scenarios, pass mark 85 %) and an observed pH verification on a "
                             "task trainer.",
        partner_name="Humber Valley Long-Term Care Group",
        partner_contact="Delphine Waweru-Strand, Director of Care",
        endorsement_status="letter_attached",
        education_plan_alignment="Meets the Education Plan's goals for patient safety and for converting existing "
                                 "offerings into assessed micro-credentials.",
        delivery_format="online",
        estimated_hours=D(4, "4"),
        proposed_start="June 2027",
        expected_enrolment=D(200, "200"),
        resources_required="",
        submission_date="2027-03-01",
    )))
