"""Content and expected values of the HELD-OUT half (round 13c). For scoring only. CC0."""

RT3 = ["new", "existing_program", "micro_course"]
ES4 = ["letter_attached", "confirmed", "in_discussion", "none"]
DF3 = ["online", "in_person", "hybrid"]
C = {"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3}

DOCS = []

# ------------------------------------------------------------------ H1  GA French fillable, generic French names
rows = [
    (None, "", ("sect", "1. Le projet")),
    ("proposal_title", "Titre proposé du microcours ou du microprogramme", "Intervention précoce en psychose : repérage et accompagnement dans la communauté"),
    ("request_type", "Type de demande", ("opts", ["Nouveau microprogramme", "Conversion d'un programme existant", "Microcours"], 0)),
    ("existing_program_name", "Programme à convertir (s'il y a lieu)", ""),
    (None, "", ("sect", "2. Responsable")),
    ("proposer_name", "Nom du ou de la responsable", "Anaïs Kabongo-Desrosiers"),
    ("proposer_title", "Fonction", "Conseillère clinique en santé mentale"),
    ("proposer_department", "Service / organisme", "Équipe d'intervention précoce, CISSS des Trois-Rivières-Est"),
    ("proposer_email", "Courriel", "akabongo-desrosiers@example.org"),
    ("proposer_phone", "Téléphone", "819 555-0153"),
    (None, "", ("sect", "3. Contenu")),
    ("target_learners", "Apprenants visés", "Intervenants communautaires, travailleurs de rue, intervenants jeunesse et pairs aidants qui côtoient des jeunes de 15 à 30 ans."),
    ("rationale", "Besoin à combler", "Le délai moyen entre les premiers symptômes d'une psychose et le premier traitement est encore de plus d'un an dans notre région. Les intervenants de première ligne voient souvent ces jeunes avant le réseau de la santé, mais ne savent pas reconnaître les signes précurseurs ni comment orienter vers l'équipe d'intervention précoce.\nNos partenaires communautaires nous demandent une formation courte, reconnue et en français."),
    ("competencies", "Compétences visées", "• reconnaître les signes précurseurs d'une psychose\n• engager la conversation avec un jeune méfiant ou désorganisé\n• évaluer le risque immédiat\n• orienter vers le service d'intervention précoce et assurer le suivi"),
    ("learning_outcomes", "Résultats d'apprentissage", "1) Décrire les signes précurseurs et les premiers symptômes d'un épisode psychotique.\n2) Mener une conversation de repérage avec un jeune et sa famille.\n3) Appliquer la démarche d'orientation vers l'équipe d'intervention précoce.\n4) Reconnaître une situation de crise nécessitant une intervention immédiate."),
    ("competency_framework", "Cadre de compétences", "Normes ontariennes et québécoises d'intervention précoce en psychose (2023)"),
    ("summative_assessment", "Évaluation sommative", "Étude de cas filmée : l'apprenant mène une conversation de repérage avec un comédien; évaluation à l'aide d'une grille critériée (réussite : 70 %)."),
    (None, "", ("sect", "4. Partenaire et arrimage")),
    ("partner_name", "Partenaire externe", "Regroupement des organismes communautaires jeunesse de la Mauricie"),
    ("partner_contact", "Personne-ressource du partenaire", ""),
    ("endorsement_status", "Appui du partenaire", ("opts", ["Lettre d'appui jointe", "Confirmé", "En discussion", "Aucun"], 1)),
    ("education_plan_alignment", "Lien avec le Plan d'éducation de Michener", "Le projet appuie l'axe « santé mentale » du Plan d'éducation et élargit l'offre de formation continue en français."),
    (None, "", ("sect", "5. Modalités")),
    ("delivery_format", "Mode de prestation", ("opts", ["En ligne", "En présence", "Hybride"], 2)),
    ("estimated_hours", "Nombre d'heures", "7 heures"),
    ("proposed_start", "Date de début souhaitée", "À déterminer"),
    ("expected_enrolment", "Nombre d'apprenants par année", "environ 50"),
    ("resources_required", "Ressources requises", "Comédiens pour l'évaluation; traduction de deux vidéos."),
    ("submission_date", "Date", "30 novembre 2026"),
]
names = []
n = 0
for key, label, ans in rows:
    if isinstance(ans, tuple) and ans[0] == "opts":
        names.append([f"Case à cocher {n + j + 1}" for j in range(len(ans[1]))]); n += len(ans[1])
    else:
        n += 1; names.append(f"Zone de texte {n}")
DOCS.append(dict(
    file="Formulaire_concept_remplissable_psychose_AKD.pdf", genre="GA", shape=3, lang="fr", kind="fill",
    route="blank fillable form (French labels) drawn with reportlab, generic generated field names 'Zone de texte N' / 'Case à cocher N', filled with PyMuPDF",
    doc=dict(title="Formulaire de concept – microcours / microprogramme", subtitle=["Formation continue – à retourner à ce@michener.example"], rows=rows, names=names, a4=True, footer="FC-formulaire"),
    rows=rows, codes=C,
    override={"estimated_hours": 7, "expected_enrolment": 50, "submission_date": "2026-11-30"},
    notes="French fillable PDF, generic generated field names (Zone de texte 12, Case à cocher 3 ...), labels only on the page; rationale two paragraphs (joined); competencies '•' (joined '; '); outcomes '1)'; 'Confirmé' = confirmed; start 'À déterminer' (absent); partner contact empty; '7 heures' -> 7; 'environ 50' -> 50; date '30 novembre 2026'; guillemets « » kept.",
))

# ------------------------------------------------------------------ H2  GA fillable, XFA-like generated names, incomplete
rows = [
    ("proposer_name", "Contact Name", "Jonah Mbeki-Sorensen"),
    ("proposer_title", "Position / Title", "Advanced Care Paramedic, Field Training Officer"),
    ("proposer_department", "Organization", "Westshore County EMS"),
    ("proposer_email", "Email", "jmbeki-sorensen@example.com"),
    ("proposer_phone", "Phone", "250.555.0177"),
    ("proposal_title", "Proposed Micro-credential Title", "Prehospital Ketamine Analgesia and Procedural Sedation for ACPs"),
    ("request_type", "Request Type", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 0)),
    ("existing_program_name", "Existing Program Name", "N/A"),
    ("target_learners", "Target Learners", "Advanced care paramedics (ACPs) and critical care flight paramedics who will use the new ketamine directive"),
    ("rationale", "Rationale / Need", "The provincial medical directive adds ketamine for analgesia in 2027. Services must show that each ACP has completed directive-specific education with an evaluated component before being authorised. No provider in the region offers this yet; each service is writing its own slides."),
    ("competencies", "Competencies / Skills Targeted", ""),
    ("learning_outcomes", "Learning Outcomes", "- Select patients who meet the ketamine indications and exclude contraindications\n- Calculate and administer analgesic and dissociative doses (IV, IN, IM)\n- Monitor for and manage emergence reactions, laryngospasm and hypersalivation\n- Document and hand over care using the directive's reporting fields"),
    ("summative_assessment", "Summative Assessment", "OSCE with two stations (dose calculation, complication management) + online exam, pass 80%"),
    ("partner_name", "Endorsing Partner / External Body", "Westshore County EMS Medical Oversight Program"),
    ("partner_contact", "Partner Contact", "Dr. Lucia Haverford, Medical Director"),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Alignment with Michener's Education Plan", "N/A"),
    ("delivery_format", "Delivery Format", ("opts", ["Online", "In person", "Hybrid"], 2)),
    ("estimated_hours", "Estimated Hours", "5.5"),
    ("proposed_start", "Proposed Start", "Jan 2027 (before directive goes live)"),
    ("expected_enrolment", "Expected Enrolment per Year", "150+"),
    ("resources_required", "Resources Required", ""),
    ("submission_date", "Date", "Dec. 1, 2026"),
]
names = []
for i, (key, label, ans) in enumerate(rows):
    if isinstance(ans, tuple):
        names.append([f"form1[0].#subform[0].CheckBox{i}[{j}]" for j in range(len(ans[1]))])
    else:
        names.append(f"form1[0].#subform[0].TextField{i + 1}[0]")
DOCS.append(dict(
    file="Concept Form_fillable_ACP ketamine.pdf", genre="GA", shape=3, lang="en", kind="fill",
    route="blank fillable form drawn with reportlab, Designer-style generated names 'form1[0].#subform[0].TextFieldN[0]' / 'CheckBoxN[j]', filled with PyMuPDF",
    doc=dict(title="Micro-Course / Credential Concept Form", subtitle=["Continuing Education", "Contact details first, then the proposal"], rows=rows, names=names, footer="CE fillable form rev. 2026"),
    rows=rows, codes=C,
    override={"estimated_hours": 5.5, "expected_enrolment": 150, "submission_date": "2026-12-01"},
    notes="Fillable PDF with Designer-style generated names; contact fields before the title. Incomplete: Competencies empty and Education Plan 'N/A' -> competencies and education_plan_alignment missing; existing program 'N/A' and resources empty (absent). Outcomes '- ' lines; 'Letter attached' ticked; '5.5' -> 5.5; '150+' -> 150; start kept with its parenthesis; date 'Dec. 1, 2026'.",
))

# ------------------------------------------------------------------ H3  GB fillable filled, then 'printed' with Ghostscript (flattened)
rows = [
    ("proposal_title", "Proposed Title", "Managing Medical Device Recalls and Safety Notices in Clinical Departments"),
    ("request_type", "This proposal is for", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 2)),
    ("proposer_name", "Name of Proposer", "Wilhelmina Acheampong"),
    ("proposer_title", "Role", "Biomedical Engineering Coordinator"),
    ("proposer_department", "School / Department", "Clinical Engineering, Eastvale Health Sciences Centre"),
    ("proposer_email", "Email", "wacheampong@example.org"),
    ("proposer_phone", "Phone / Extension", "ext. 4471"),
    ("target_learners", "Target Learners", "Department administrators, unit managers and clinical engineering technologists responsible for acting on device recalls"),
    ("rationale", "Why is this needed?", "Last year our hospital received 214 recall and field safety notices. An internal audit found that 18 % were closed without confirming that affected devices had been located. Staff who handle notices learn on the job; there is no course anywhere in Canada aimed at the administrative side of recalls."),
    ("competencies", "Competencies Addressed", "Triage of recall notices by risk class; locating affected devices through asset and purchasing records; coordinating with clinical units and vendors; documentation and closure"),
    ("learning_outcomes", "Learning Outcomes", "By the end learners will be able to (1) classify a recall notice and set a response deadline; (2) locate every affected device using asset, purchasing and loaner records; and (3) close a recall with complete documentation for the regulator and the quality committee."),
    ("summative_assessment", "Assessment of Outcomes", "Take-home case: a simulated Class II recall to work through and close; marked against a 20-point checklist."),
    ("partner_name", "Partner Organization", "Canadian Medical & Biological Engineering Society"),
    ("partner_contact", "Partner Contact Name and Email", "Sebastien Oduro, sebastien.oduro@example.com"),
    ("endorsement_status", "Letter of Support Attached? (Yes/No)", ("opts", ["Yes", "No"], 0)),
    ("education_plan_alignment", "Alignment with Michener's Education Plan", "Builds capacity in health system operations and patient safety, one of the Plan's four priorities."),
    ("delivery_format", "Delivery Format", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Estimated Hours", "4"),
    ("expected_enrolment", "Expected Enrolment per Year", "60"),
    ("proposed_start", "Proposed Start", "2027-03"),
    ("resources_required", "Resources Required", "Anonymised recall notices (we will supply)"),
    ("submission_date", "Date", "November 24, 2026"),
]
names = []
for i, (key, label, ans) in enumerate(rows):
    names.append([f"cb{i:02d}_{j}" for j in range(len(ans[1]))] if isinstance(ans, tuple) else f"tf{i:02d}")
DOCS.append(dict(
    file="Device recalls concept form (printed).pdf", genre="GB", shape=4, lang="en", kind="gs",
    route="blank fillable form drawn with reportlab (names tf00.. / cb00_0..), filled with PyMuPDF, then 'printed' through Ghostscript pdfwrite with -dPreserveAnnots=false (fields flattened into page content)",
    doc=dict(title="Concept Form – Micro-Course / Micro-Credential", subtitle=["Michener Continuing Education"], rows=rows, names=names, footer="Printed copy"),
    rows=rows, codes={**C, "endorsement_status": ["letter_attached", "none"]},
    override={"estimated_hours": 4, "expected_enrolment": 60, "submission_date": "2026-11-24",
              "learning_outcomes": ["classify a recall notice and set a response deadline",
                                    "locate every affected device using asset, purchasing and loaner records",
                                    "close a recall with complete documentation for the regulator and the quality committee"]},
    notes="Filled form printed through Ghostscript (no fields left). Endorsement asked as 'Letter of Support Attached? (Yes/No)' with 'Yes' ticked = letter_attached. Request type before the contact block; outcomes written inline in ONE field after a lead-in '(1) …; (2) …; and (3) …' (split, 'and' and final stop dropped); competencies one line separated by ';' (kept as written, the items are the writer's); phone 'ext. 4471'; start '2027-03' kept; date 'November 24, 2026'.",
))

# ------------------------------------------------------------------ H4  GC DOCX tagged content controls (stacked layout), shape 2
rows = [
    ("proposal_title", "Working title of the micro-credential", "Bedside Dysphagia Screening for Rehabilitation Nurses"),
    ("proposer_name", "Submitted by", "Rosalind Tshabalala"),
    ("proposer_title", "Job title", "Advanced Practice Nurse"),
    ("proposer_department", "Program / unit", "Stroke & Neuro Rehabilitation Unit, Kingsway Rehabilitation Institute"),
    ("proposer_email", "E-mail address", "rtshabalala@example.org"),
    ("proposer_phone", "Telephone", ""),
    ("request_type", "What are you asking for?", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 1)),
    ("existing_program_name", "Existing program to convert", "Swallowing Safety for Nurses (internal e-learning, 2019)"),
    ("target_learners", "Who is this for?", "RNs and RPNs on inpatient rehabilitation and complex continuing care units."),
    ("rationale", "Why is this needed?", "Aspiration pneumonia is our most frequent preventable complication. Speech-language pathologists are on site only on weekdays, so nurses must screen new admissions at the bedside, but the 2019 e-learning has no practical component and we cannot show that nurses screen reliably."),
    ("competencies", "Skills and competencies", "Oral-motor and cough observation\nAdministering a standardised water swallow screen\nDeciding on NPO / modified texture pending SLP assessment\nPositioning and supervision at meals"),
    ("learning_outcomes", "Intended learning outcomes", "Administer the standardised bedside swallow screen correctly.\nInterpret the result and initiate the right diet order or NPO status.\nCommunicate findings to the SLP and the care team using SBAR."),
    ("competency_framework", "Competency framework", "CNO entry-to-practice competencies; Heart & Stroke Canadian Stroke Best Practice Recommendations"),
    ("summative_assessment", "How will you assess achievement?", "Observed screen on a standardised patient, scored by an SLP with the checklist; plus a short written case."),
    ("partner_name", "Partner organisation", "Ontario Association of Speech-Language Pathologists"),
    ("partner_contact", "Partner contact", "Imogen Baptiste-Wallace, ibaptiste-wallace@example.com"),
    ("endorsement_status", "Status of endorsement", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Fit with Michener's Education Plan", "Strengthens practice-based, assessed learning for nurses in rehabilitation settings, in line with the Plan's commitment to interprofessional education."),
    ("delivery_format", "Delivery", ("opts", ["Online", "In person", "Hybrid"], 2)),
    ("estimated_hours", "Hours", "6"),
    ("expected_enrolment", "Learners per year", "75"),
    ("proposed_start", "Target launch", "Spring 2027"),
    ("resources_required", "What you need from CE", "SP bookings, LMS shell, SLP examiner time (partly covered by the unit)."),
    ("submission_date", "Date", "2026-11-27"),
]
DOCS.append(dict(
    file="Dysphagia screening - concept form (content controls).docx", genre="GC", shape=2, lang="en", kind="cc",
    route="official form retyped into a DOCX with its own layout (python-docx: each question in a shaded row merged across, its answer row below) with block-level rich-text content controls tagged with the keys, drop-downs, a date picker (yyyy-MM-dd) and tagged checkbox controls",
    doc=dict(title="Concept Form – Micro-Credential Proposal", intro=["Please answer in the boxes below each question."], rows=rows, mode="cc", layout="stack",
             dates={"submission_date": ("2026-11-27", "2026-11-27", "yyyy-MM-dd")}, font="Calibri", header="Kingsway Rehabilitation Institute – draft for CE"),
    rows=rows, codes=C,
    override={"estimated_hours": 6, "expected_enrolment": 75,
              "competencies": "Oral-motor and cough observation; Administering a standardised water swallow screen; Deciding on NPO / modified texture pending SLP assessment; Positioning and supervision at meals"},
    notes="Content controls tagged with the keys in an own stacked layout (question row shaded above the answer row). existing_program with the program named; phone control left as placeholder (absent); competencies one per paragraph without markers (joined '; '); outcomes one per paragraph without markers (list items); header text is not a value; date picker '2026-11-27'.",
))

# ------------------------------------------------------------------ H5  GC DOCX typed answers + untagged checkbox controls (grid4), shape 1
rows = [
    (None, "", ("sect", "Proposer")),
    ("proposer_name", "Name", "Kwabena Lindholm"),
    ("proposer_title", "Title", "Manager, Diagnostic Services"),
    ("proposer_department", "Department", "Laboratory & Imaging, North Bay Community Hospital"),
    ("proposer_phone", "Phone", "705-555-0164"),
    ("proposer_email", "Email", "klindholm@example.com"),
    ("submission_date", "Date", "Dec 1 2026"),
    (None, "", ("sect", "Proposal")),
    ("proposal_title", "Title", "Leading Change in Small Diagnostic Departments"),
    ("request_type", "Request type", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 0)),
    ("target_learners", "Target learners", "Supervisors, team leads and senior technologists in small and rural lab and imaging departments\n(departments with fewer than 25 staff)"),
    ("rationale", "Rationale", "Small departments implement the same changes as large ones (new analysers, PACS upgrades, accreditation) with no project or change-management staff. The person leading the change is usually a senior technologist with no training in it. Failed roll-outs cost overtime and staff goodwill.\n\nWe surveyed 31 small sites in the north-east in 2026: 27 said they would send staff."),
    ("competencies", "Competencies", "1. planning a change with the ADKAR model\n2. stakeholder mapping\n3. communicating change to staff and physicians\n4. managing resistance\n5. measuring whether the change stuck"),
    ("learning_outcomes", "Learning outcomes", "• Build a one-page change plan for a real departmental change.\n• Map stakeholders and choose how to involve each.\n• Write and deliver a change announcement.\n• Respond to resistance in a role-play.\n• Pick two measures to check sustainment at 90 days."),
    ("competency_framework", "Framework", "LEADS in a Caring Environment framework (Lead Self, Engage Others, Achieve Results)"),
    ("summative_assessment", "Summative assessment", "A change plan for a real project at the learner's own site, graded with a rubric, and a 10-minute presentation to peers."),
    (None, "", ("sect", "Endorsement & fit")),
    ("partner_name", "Partner", "Northern Ontario Diagnostic Services Network"),
    ("partner_contact", "Partner contact", "N/A"),
    ("endorsement_status", "Endorsement", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 2)),
    ("education_plan_alignment", "Alignment with Education Plan", "Leadership development for practising professionals and reach into rural and northern communities."),
    (None, "", ("sect", "Delivery")),
    ("delivery_format", "Format", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Hours", "about 12, over 4 weeks"),
    ("expected_enrolment", "Enrolment / year", "2 cohorts x 15 = 30"),
    ("proposed_start", "Start", "autumn 2027"),
    ("resources_required", "Resources", "-"),
]
DOCS.append(dict(
    file="Concept form - Leading change small diagnostic depts - KL.docx", genre="GC", shape=1, lang="en", kind="typed",
    route="official form retyped into a DOCX with its own table layout (python-docx: navy section rows merged across, four-column contact block, answer cells spanning three columns), answers typed, choices as untagged Word checkbox content controls",
    doc=dict(title="Micro-Course / Credential Concept Form", intro=["Retyped from the PDF version - K. Lindholm"], rows=rows, mode="typed", layout="grid4",
             grid_keys=["proposer_name", "proposer_title", "proposer_department", "proposer_phone", "proposer_email", "submission_date"], font="Cambria", office_box=True),
    rows=rows, codes=C,
    override={"estimated_hours": 12, "expected_enrolment": 30, "submission_date": "2026-12-01",
              "target_learners": "Supervisors, team leads and senior technologists in small and rural lab and imaging departments (departments with fewer than 25 staff)"},
    notes="Own table layout with a four-column contact block (email after phone; date in the contact block); typed answers, untagged checkbox content controls for the choices. Target learners split over two lines (joined); rationale two paragraphs with an empty line between (joined); competencies numbered '1.' lowercase (joined '; '); outcomes '•'; partner contact 'N/A' and resources '-' absent; 'In discussion'; 'about 12, over 4 weeks' -> 12; '2 cohorts x 15 = 30' -> 30; date 'Dec 1 2026'.",
))

# ------------------------------------------------------------------ H6  GD DOCX printed by LibreOffice, incomplete
rows = [
    ("proposal_title", "Proposed Title", "Safe Transport of Patients Under Mental Health Act Holds"),
    ("proposer_name", "Name", "Saoirse Nakamura-Bello"),
    ("proposer_title", "Position", "Primary Care Paramedic, Education Lead"),
    ("proposer_department", "Department / Program", "Professional Standards, Grey-Bruce Paramedic Services"),
    ("proposer_email", "Email", "snakamura-bello@example.org"),
    ("proposer_phone", "Phone", "519-555-0185 (cell)"),
    ("request_type", "Type of Request", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 2)),
    ("target_learners", "Target Learners", "PCPs and ACPs; also patient transfer attendants"),
    ("rationale", "Rationale / Need", "Transfers of patients on Form 1 and other holds are increasing (up 30% since 2023) and have led to two serious incidents in our region. Crews are unsure of their legal authority, restraint rules and how to work with police."),
    ("competencies", "Competencies / Skills Targeted", "- legal authority under the Mental Health Act\n- risk assessment before and during transport\n- least-restraint practice\n- verbal engagement with a distressed patient\n- joint work with police"),
    ("learning_outcomes", "Learning Outcomes", "1. Explain what each common form authorises a crew to do.\n2. Complete a pre-transport risk assessment.\n3. Choose and document the least restrictive safe option.\n4. Hand over to the receiving facility, including the legal paperwork."),
    ("summative_assessment", "Summative Assessment", "Scenario-based practical assessment plus a short legal-knowledge quiz."),
    ("partner_name", "Industry / Employment Partner", ""),
    ("partner_contact", "Partner Contact", ""),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 2)),
    ("education_plan_alignment", "Alignment with Michener's Education Plan", "mental health and paramedic practice are both priority areas"),
    ("delivery_format", "Delivery Format", ("opts", ["Online", "In person", "Hybrid"], 1)),
    ("estimated_hours", "Estimated Hours", "3.5"),
    ("proposed_start", "Proposed Start", "TBD - depends on partner"),
    ("expected_enrolment", "Expected Enrolment per Year", "100"),
    ("resources_required", "Resources Required", ""),
    ("submission_date", "Date Submitted", "23.11.2026"),
]
DOCS.append(dict(
    file="MH holds transport - concept form (PDF).pdf", genre="GD", shape=4, lang="en", kind="lo",
    route="official form retyped into a DOCX with its own layout (python-docx: question row above answer row, ☒/☐ typed), printed to PDF by LibreOffice 7.4 headless",
    doc=dict(title="Concept Form", intro=["Micro-course / micro-credential proposal to Michener CE"], rows=rows, mode="typed_chars", layout="stack", font="DejaVu Sans", size=9, footer="Page 1"),
    rows=rows, codes=C,
    override={"estimated_hours": 3.5, "expected_enrolment": 100, "submission_date": "2026-11-23"},
    notes="Own stacked layout printed by LibreOffice (label line above answer line). Incomplete: 'In discussion' ticked but no partner named -> partner_name missing. Lower-case Education Plan answer without stop kept as written; competencies '- ' (joined '; '); outcomes '1.'; start 'TBD - depends on partner' kept (more follows the TBD); '3.5' -> 3.5; date '23.11.2026'.",
))

# ------------------------------------------------------------------ H7  GD HTML form printed by Chromium
rows = [
    (None, "", ("sect", "PART 1 - CONTACT")),
    ("proposer_name", "Lead Proposer", "Dr. Farah Quispe-Olsen"),
    ("proposer_title", "Job Title", "Psychologist and Clinical Educator"),
    ("proposer_department", "School / Department", "Medical Imaging Patient Experience Office, Lakeshore University Health"),
    ("proposer_email", "Contact Email", "fquispe-olsen@example.org"),
    ("proposer_phone", "Phone", "416-555-0192"),
    (None, "", ("sect", "PART 2 - PROPOSAL")),
    ("proposal_title", "Title of Micro-Course / Credential", "Trauma-Informed Care at the Front Desk and in the Scan Room"),
    ("request_type", "Type of Request", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 2)),
    ("target_learners", "Intended Learners", "Imaging receptionists, patient transport staff and MRTs"),
    ("rationale", "Identified Skills Gap", "Many imaging exams (MRI, transvaginal ultrasound, mammography) can re-traumatise patients who have experienced violence. Complaints and no-show data suggest staff want to help but do not know what to say or do. A short, practical course would fill the gap."),
    ("competencies", "Skills and Competencies", "Recognising trauma responses; giving choice and control during exams; grounding techniques; knowing when and how to refer"),
    ("learning_outcomes", "Learning Outcomes", "1. Describe how trauma can affect a patient's experience of imaging\n2. Use trauma-informed language when preparing a patient for an exam\n3. Offer choices that restore a sense of control\n4. Respond to a patient who becomes distressed during a scan\n5. Refer patients to appropriate supports"),
    ("summative_assessment", "Summative Assessment", "Two short video role-plays (front desk; scan room) marked with a rubric by the course lead."),
    (None, "", ("sect", "PART 3 - PARTNER & ALIGNMENT")),
    ("partner_name", "Endorsing Partner / External Body", "Women's Health Collective of Toronto"),
    ("partner_contact", "Partner Contact", "Aiyana Whitford, executive director (awhitford@example.com)"),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Strategic Alignment", "Patient-centred care and equity are central to the Education Plan; this course brings them to non-clinical and clinical imaging staff alike."),
    (None, "", ("sect", "PART 4 - DELIVERY")),
    ("delivery_format", "Delivery Mode", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Total Learning Hours", "2 hours"),
    ("proposed_start", "Target Launch", "February 2027"),
    ("expected_enrolment", "Estimated Learners / Year", "250"),
    ("resources_required", "Budget / Resources", "Video production (approx. $3,000); we will provide actors from our patient partner group."),
    ("submission_date", "Submission Date", "Thursday, November 26, 2026"),
]
DOCS.append(dict(
    file="Trauma-informed imaging - concept form.pdf", genre="GD", shape=4, lang="en", kind="html",
    route="official form retyped as an HTML table with its own layout (PART 1-4 section rows, contact first) -> Chromium headless print-to-PDF",
    doc=dict(title="Micro-Course / Credential Concept Form", intro=["Michener Continuing Education — submitted electronically"], rows=rows, font="Georgia"),
    rows=rows, codes=C,
    override={"estimated_hours": 2, "expected_enrolment": 250, "submission_date": "2026-11-26"},
    notes="HTML form printed by Chromium: PART section rows, contact first; 'Dr.' kept in the name; competencies one line separated by ';' (kept as written); outcomes '1.' without final stops; 'Micro-course'; 'Letter attached'; '2 hours' -> 2; date 'Thursday, November 26, 2026'.",
))

# ------------------------------------------------------------------ H8  GE Horde print
h8 = dict(client="horde", subject="Concept form - Writing better MCQs (micro-course)",
          frm="Lorenzo Abiodun-Fraser &lt;labiodun-fraser@michener.example&gt;", to="Continuing Education &lt;ce@michener.example&gt;",
          date="Tue, 24 Nov 2026 16:48:03 -0500",
          body=[
              "Hi there,",
              "Below are my answers to the concept form questions - I couldn't get the fillable version to save on my laptop.",
              "PROPOSED TITLE<br>Writing Better Multiple-Choice Questions: Item Writing for Clinical Instructors",
              "SUBMITTED BY<br>Lorenzo Abiodun-Fraser, Faculty Developer, Centre for Learning &amp; Teaching, ext. 3380",
              "TYPE OF REQUEST<br>Micro-course",
              "WHO IS IT FOR<br>Clinical instructors, preceptors and part-time faculty across the health sciences programs who write exam questions but have never been taught how.",
              "NEED<br>Our item analysis for 2025-26 flagged 38% of questions in program exams as poorly discriminating or flawed (negative stems, implausible distractors, \"all of the above\"). Accreditation reviewers commented on it. Faculty tell us they would welcome a short, practical course.",
              "COMPETENCIES<br>- writing stems that test application rather than recall<br>- building plausible distractors<br>- blueprinting an exam against learning outcomes<br>- reading an item analysis report",
              "LEARNING OUTCOMES<br>a) Write single-best-answer items that meet the item-writing guidelines<br>b) Revise flawed items using a checklist<br>c) Build a simple exam blueprint<br>d) Use difficulty and discrimination indices to improve an item bank",
              "ASSESSMENT<br>Each participant submits a set of 10 original items and a blueprint. Two reviewers grade them against the guidelines; at least 8 of 10 items must be acceptable.",
              "PARTNER<br>Canadian Network of Health Professions Assessors - confirmed by email, they will send a letter.",
              "EDUCATION PLAN<br>Faculty development and assessment quality are priorities in the Education Plan.",
              "FORMAT / HOURS / NUMBERS<br>Online, 4 hrs (two 2-hour live webinars). Probably 40 faculty per year. Could start in March.",
              "Thanks,<br>Lorenzo",
          ])
DOCS.append(dict(
    file="Horde IMP - Print - Concept form Writing better MCQs.pdf", genre="GE", shape=5, lang="en", kind="email", email=h8,
    route="proposal pasted into an e-mail body; the message printed from Horde IMP webmail (recreated in its print layout: grey header box Date/From/To/Subject) -> Chromium headless print-to-PDF",
    rows=[], codes={},
    fields={
        "proposal_title": "Writing Better Multiple-Choice Questions: Item Writing for Clinical Instructors",
        "proposer_name": "Lorenzo Abiodun-Fraser",
        "proposer_title": "Faculty Developer",
        "proposer_department": "Centre for Learning & Teaching",
        "proposer_phone": "ext. 3380",
        "proposer_email": "labiodun-fraser@michener.example",
        "request_type": "micro_course",
        "target_learners": "Clinical instructors, preceptors and part-time faculty across the health sciences programs who write exam questions but have never been taught how.",
        "rationale": "Our item analysis for 2025-26 flagged 38% of questions in program exams as poorly discriminating or flawed (negative stems, implausible distractors, \"all of the above\"). Accreditation reviewers commented on it. Faculty tell us they would welcome a short, practical course.",
        "competencies": "writing stems that test application rather than recall; building plausible distractors; blueprinting an exam against learning outcomes; reading an item analysis report",
        "learning_outcomes": ["Write single-best-answer items that meet the item-writing guidelines", "Revise flawed items using a checklist",
                              "Build a simple exam blueprint", "Use difficulty and discrimination indices to improve an item bank"],
        "summative_assessment": "Each participant submits a set of 10 original items and a blueprint. Two reviewers grade them against the guidelines; at least 8 of 10 items must be acceptable.",
        "partner_name": "Canadian Network of Health Professions Assessors",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Faculty development and assessment quality are priorities in the Education Plan.",
        "delivery_format": "online",
        "estimated_hours": 4,
        "expected_enrolment": 40,
        "proposed_start": "March",
        "submission_date": "2026-11-24",
    },
    notes="E-mail printed from Horde: UPPER-CASE headings in the writer's words with the answer on the next line; 'SUBMITTED BY' line holds name, title, department and extension; email only in the From header; competencies '- ' (joined '; '); outcomes 'a)'; 'confirmed by email, they will send a letter' = confirmed; one block gives online, 4 hrs, 40 a year and start 'March' (the phrase 'in March' -> 'March'); Date header 'Tue, 24 Nov 2026 16:48:03 -0500'.",
))

# ------------------------------------------------------------------ H9  GE Proton Mail print, incomplete
h9 = dict(client="proton", subject="Idea for a course - after a patient suicide (for managers)",
          frm="Thandiwe Okafor-Janssen &lt;tokafor-janssen@example.com&gt;", to="ce@michener.example",
          cc="Marcus Feld &lt;mfeld@example.com&gt;", date="Saturday, November 28th, 2026 at 8:02 PM",
          body=[
              "Good evening,",
              "I'm the Director of Mental Health Services at Hillcrest Regional Health Centre and I would like to propose a new micro-credential, working title <b>Postvention: Leading Your Team After a Patient Suicide</b>. I've pasted the concept form questions and my answers below; some are still open.",
              "It is meant for clinical managers, charge nurses and team leads in mental health, emergency and inpatient units. When a patient dies by suicide, managers must support staff, handle the review and keep the unit running, usually with no preparation. Our staff survey after two such deaths in 2025 showed that the way leaders responded in the first 72 hours shaped whether staff stayed.",
              "Skills it would build:",
              "• leading an immediate team debrief<br>• recognising acute grief and moral injury in staff<br>• communicating with the family and with the critical-incident review<br>• planning return to work and ongoing support",
              "Outcomes - participants will be able to:",
              "1. Plan the first 72 hours of a team response to a patient suicide.<br>2. Facilitate a psychologically safe team debrief.<br>3. Identify staff who need further support and refer them.<br>4. Take part constructively in the critical-incident review.",
              "Assessment - honestly, we haven't decided yet; perhaps a simulated debrief, perhaps a written plan. I'd welcome CE's advice.",
              "The Canadian Association for Suicide Prevention has been very positive and we are in discussion with them about endorsing it (Marcus Feld, copied, is their education lead).",
              "It would be hybrid: an online module and one in-person simulation day, around 9 hours altogether. We could start with our own managers in fall 2027, maybe 25 people a year.",
              "I have not yet looked at how it maps to the Education Plan - I'll send that separately.",
              "With thanks,",
              "Thandiwe Okafor-Janssen, MSW, RSW<br>Director, Mental Health Services<br>Hillcrest Regional Health Centre<br>Tel. 613 555 0138",
          ])
DOCS.append(dict(
    file="Proton Mail - Idea for a course - after a patient suicide.pdf", genre="GE", shape=5, lang="en", kind="email", email=h9,
    route="proposal pasted into an e-mail body; the message printed from Proton Mail web (recreated in its print layout: subject as heading, grey From/To/CC/Date block) -> Chromium headless print-to-PDF",
    rows=[], codes={},
    fields={
        "proposal_title": "Postvention: Leading Your Team After a Patient Suicide",
        "proposer_name": "Thandiwe Okafor-Janssen",
        "proposer_title": "Director, Mental Health Services",
        "proposer_department": "Hillcrest Regional Health Centre",
        "proposer_email": "tokafor-janssen@example.com",
        "proposer_phone": "613 555 0138",
        "request_type": "new",
        "target_learners": "clinical managers, charge nurses and team leads in mental health, emergency and inpatient units",
        "rationale": "When a patient dies by suicide, managers must support staff, handle the review and keep the unit running, usually with no preparation. Our staff survey after two such deaths in 2025 showed that the way leaders responded in the first 72 hours shaped whether staff stayed.",
        "competencies": "leading an immediate team debrief; recognising acute grief and moral injury in staff; communicating with the family and with the critical-incident review; planning return to work and ongoing support",
        "learning_outcomes": ["Plan the first 72 hours of a team response to a patient suicide.", "Facilitate a psychologically safe team debrief.",
                              "Identify staff who need further support and refer them.", "Take part constructively in the critical-incident review."],
        "partner_name": "Canadian Association for Suicide Prevention",
        "partner_contact": "Marcus Feld",
        "endorsement_status": "in_discussion",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "expected_enrolment": 25,
        "proposed_start": "fall 2027",
        "submission_date": "2026-11-28",
    },
    notes="E-mail printed from Proton Mail, no labels at all: title in bold inside the first paragraph with 'a new micro-credential'; learners and rationale in one paragraph; competencies '•' after a lead-in; outcomes '1.' after a lead-in. Incomplete: 'Assessment - we haven't decided yet' -> summative_assessment missing; 'I have not yet looked at how it maps to the Education Plan' -> education_plan_alignment missing. 'we are in discussion with them' = in_discussion; partner contact is the Cc'd person named in the body; 'around 9 hours' -> 9; 'maybe 25 people a year' -> 25; post-nominals 'MSW, RSW' dropped from the name; signature title 'Director, Mental Health Services', organisation on its own line as the department; Date header 'Saturday, November 28th, 2026 at 8:02 PM'.",
))

# ------------------------------------------------------------------ H10 look-alike: course evaluation report (DOCX -> LO PDF)
DOCS.append(dict(
    file="Course evaluation report - Clinical Teaching for RTs Fall 2026.pdf", genre="LA", shape=7, lang="en", kind="letter",
    route="report written with python-docx (title block, tables) -> LibreOffice 7.4 headless PDF export (as GD)",
    letter=dict(head=["Michener Continuing Education", "Course Evaluation Report"], font="Liberation Sans",
                date="Prepared 30 November 2026 by Quality & Evaluation",
                body=["## Course",
                      [["Course Title", "Introduction to Clinical Teaching for Respiratory Therapists"], ["Cohort", "Fall 2026 (online, 10 hours)"],
                       ["Course Lead", "Henrietta Vasquez-Mol, hvasquez-mol@michener.example, 416-555-0111"], ["Industry Partner", "Respiratory Therapy Society of Ontario"],
                       ["Enrolled / completed", "42 / 37"]],
                      "## Learning Outcomes evaluated",
                      "1. Plan a clinical teaching encounter. 2. Give feedback using a structured model. 3. Assess a student with the program's competency tool.",
                      "## Summative Assessment results",
                      "Teaching-encounter video: 35 of 37 passed on first submission; 2 passed on resubmission.",
                      "## Learner feedback",
                      "Overall rating 4.5 / 5. Most valued: the feedback practice sessions. Most requested change: more examples from neonatal settings.",
                      "## Recommendations",
                      "Continue offering twice a year; add a neonatal case; review the assessment rubric wording before the Winter 2027 cohort."],
                sig=["Quality & Evaluation, Continuing Education"]),
    rows=[], codes={}, fields={},
    notes="NOT a concept form: an evaluation report of a course that already ran. It has Course Title, Learning Outcomes, Summative Assessment, Industry Partner, hours, a lead with email and phone - but it reports results, it proposes nothing.",
))

# ------------------------------------------------------------------ H11 look-alike: completed application to another programme (DOCX -> LO PDF)
DOCS.append(dict(
    file="Emerging Leaders Fellowship 2027 - application - C Delacroix-Ampofo.pdf", genre="LA", shape=7, lang="en", kind="letter",
    route="completed application written with python-docx (two-column tables) -> LibreOffice 7.4 headless PDF export (as GD)",
    letter=dict(head=["Ontario Health Leadership Institute", "Emerging Leaders Fellowship 2027 – Application Form"], font="Liberation Serif",
                body=["## Section A – Applicant",
                      [["Name", "Celestine Delacroix-Ampofo"], ["Position / Title", "Clinical Coordinator, Paramedic Programs"], ["Department / Program", "School of Applied Health, Michener"],
                       ["Email", "cdelacroix-ampofo@michener.example"], ["Phone", "416-555-0149"]],
                      "## Section B – Leadership project",
                      [["Project title", "Peer mentoring for newly graduated paramedics"], ["Rationale / need", "Attrition of new paramedics in their first two years is high; structured mentoring improves retention."],
                       ["Learning objectives for yourself", "Lead a multi-site project; build a business case; evaluate outcomes."], ["Executive sponsor", "Chief Ravi Castellanos-Hill (sponsor letter attached)"],
                       ["Format", "☒ In person cohort days   ☐ Online only"], ["Time commitment", "10 days over 12 months"]],
                      "## Section C – Declaration",
                      "I confirm that the information provided is accurate and that my manager supports my participation.",
                      "Signed: C. Delacroix-Ampofo      Date: 2026-11-25"],
                sig=[]),
    rows=[], codes={}, fields={},
    notes="NOT a concept form: a completed application to another organisation's leadership fellowship. Two-column tables with Name, Position / Title, Department / Program, Email, Phone, a project title, rationale / need, objectives, a sponsor with a letter, format ticks and a date - but it applies for a fellowship place, it proposes no course to CE.",
))

# ------------------------------------------------------------------ H12 scan of a GB flattened form
rows = [
    ("proposal_title", "Title of Micro-Course / Credential", "Building Scheduling Templates for Outpatient Rehab Clinics"),
    ("proposer_name", "Submitted by", "Ignatius Pelletier-Oyelowo"),
    ("proposer_title", "Job Title", "Operations Analyst"),
    ("proposer_department", "Organization", "Outpatient Rehabilitation, Silverlake Health"),
    ("proposer_email", "E-mail Address", "ipelletier@example.org"),
    ("proposer_phone", "Phone", "555-0172"),
    ("request_type", "Request Type", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 2)),
    ("existing_program_name", "Program to be Converted", ""),
    ("target_learners", "Intended Learners", "Clinic schedulers, administrative coordinators and physiotherapy/OT team leads"),
    ("rationale", "Labour Market Need", "Poorly built templates leave therapist time unused while wait lists grow; schedulers have no training in template design."),
    ("competencies", "Competencies Addressed", "- demand and capacity analysis\n- template design\n- managing cancellations and no-shows"),
    ("learning_outcomes", "Intended Learning Outcomes", "1. Estimate weekly demand and capacity for a clinic.\n2. Design a template that matches them.\n3. Monitor utilisation and adjust the template."),
    ("competency_framework", "Competency Framework Alignment", ""),
    ("summative_assessment", "Summative Assessment", "Learners redesign the template of a case clinic; marked with a rubric."),
    ("partner_name", "Partner Organization", "Silverlake Health"),
    ("partner_contact", "Partner Contact", ""),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 1)),
    ("education_plan_alignment", "Education Plan Alignment", "Supports system efficiency and access, as in the Education Plan."),
    ("delivery_format", "Format", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Total Learning Hours", "3"),
    ("proposed_start", "Anticipated Start Date", "June 2027"),
    ("expected_enrolment", "Expected Enrolment per Year", "35"),
    ("resources_required", "Resources You Can Provide", ""),
    ("submission_date", "Submission Date", "Nov 29, 2026"),
]
names = []
for i, (key, label, ans) in enumerate(rows):
    names.append([f"Check Box{i}.{j}" for j in range(len(ans[1]))] if isinstance(ans, tuple) else f"Text{i+1}")
DOCS.append(dict(
    file="scan_2026-11-30_101512.pdf", genre="SC", shape=6, lang="en", kind="scan",
    route="the GB route (reportlab form filled with PyMuPDF and baked) rendered at 150 dpi grey by PyMuPDF, degraded with ImageMagick, saved as an image-only PDF with Pillow",
    doc=dict(title="Micro-Course / Credential Concept Form", subtitle=["Continuing Education | ce@michener.example"], rows=rows, names=names, footer="Flattened copy"),
    rows=rows, codes=C,
    override={"estimated_hours": 3, "expected_enrolment": 35, "submission_date": "2026-11-29"},
    notes="Scanned flattened form: image-only PDF, no text layer -> needs_manual_review; fields as read off the page (source kept as _make/heldout_src_scan_2026-11-30_101512.pdf).",
))
