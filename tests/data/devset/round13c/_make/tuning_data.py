"""Content and expected values of the tuning half (round 13c). CC0."""

RT3 = ["new", "existing_program", "micro_course"]
ES4 = ["letter_attached", "confirmed", "in_discussion", "none"]
DF3 = ["online", "in_person", "hybrid"]

DOCS = []

# ------------------------------------------------------------------ T1  GA fillable, generated names, PyMuPDF fill
rows = [
    (None, "", ("sect", "Section 1 - Proposal and proposer")),
    ("proposal_title", "Proposed Title", "Paediatric Seizure Management for Primary Care Paramedics"),
    ("proposer_name", "Name of Proposer", "Declan Moreau-Achebe"),
    ("proposer_title", "Position / Title", "Clinical Education Coordinator"),
    ("proposer_department", "Department / Program", "Paramedic Education, Lakeview Regional Paramedic Service"),
    ("proposer_email", "Email", "dmoreau-achebe@example.org"),
    ("proposer_phone", "Phone / Extension", "416-555-0131 ext. 207"),
    ("request_type", "Type of Request", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 0)),
    ("existing_program_name", "If converting, name of existing program", ""),
    (None, "", ("sect", "Section 2 - Learners and need")),
    ("target_learners", "Target Learners", "Primary care paramedics (PCPs) in their first five years of practice, plus PCP students in their final consolidation placement"),
    ("rationale", "Rationale / Need", "Paediatric seizures are among the most stressful calls a PCP attends, yet most of our paramedics see fewer than three a year. Our 2025 chart audit found that midazolam dosing errors and delayed glucose checks were the two most common deviations from the medical directive.\nThe base hospital has asked every service to add a focused refresher with an assessed component before the new paediatric directive takes effect."),
    ("competencies", "Competencies / Skills Targeted", "- weight estimation using a length-based tape\n- seizure recognition and airway positioning in infants and children\n- intranasal and intramuscular midazolam administration\n- family communication during a pediatric emergency"),
    ("learning_outcomes", "Learning Outcomes", "1. Estimate a child's weight and calculate a midazolam dose without error.\n2. Manage the airway of a seizing child using age-appropriate positioning and adjuncts.\n3. Recognise status epilepticus and escalate care according to the directive.\n4. Explain the plan of care to a parent or caregiver in plain language."),
    ("competency_framework", "Competency Framework Alignment", "Paramedic Association of Canada National Occupational Competency Profile (NOCP), areas 4 and 5"),
    ("summative_assessment", "Summative Assessment", "A high-fidelity simulation with an infant manikin scored on a checklist by two instructors (pass = 80 % and no critical errors), plus a 20-question dosing quiz."),
    (None, "", ("sect", "Section 3 - Partner and alignment")),
    ("partner_name", "Industry / Employment Partner", "Lakeview Regional Paramedic Service"),
    ("partner_contact", "Partner Contact Name and Email", "Deputy Chief Ingrid Solberg-Tan, isolberg-tan@example.org"),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Alignment with Michener's Education Plan", "Supports the Education Plan goal of simulation-based, competency-focused learning for working practitioners and extends Michener's partnerships with paramedic services."),
    (None, "", ("sect", "Section 4 - Delivery")),
    ("delivery_format", "Delivery Format", ("opts", ["Online", "In person", "Hybrid"], 2)),
    ("estimated_hours", "Estimated Hours", "6"),
    ("proposed_start", "Proposed Start", "April 2027"),
    ("expected_enrolment", "Expected Enrolment per Year", "approx. 90"),
    ("resources_required", "Resources Required", "Two paediatric simulation manikins (service will lend them), sim lab booking for 6 sessions, one CE instructional designer for about 20 hours."),
    ("submission_date", "Date Submitted", "2026-11-30"),
]
names, k = [], 0
for key, label, ans in rows:
    if isinstance(ans, tuple) and ans[0] == "opts":
        names.append([f"topmostSubform[0].Page1[0].c1_{k:02d}[{j}]" for j in range(len(ans[1]))]); k += 1
    else:
        names.append(f"topmostSubform[0].Page1[0].f1_{k:02d}[0]"); k += 1
DOCS.append(dict(
    file="MC_concept_form_fillable_PCP_paeds_seizure.pdf", genre="GA", shape=3, lang="en", kind="fill",
    route="blank fillable form drawn with reportlab (field names generated codes 'topmostSubform[0].Page1[0].f1_NN[0]', check boxes 'c1_NN[j]'), filled with PyMuPDF (widget values + generated appearance streams)",
    doc=dict(title="Micro-Course / Credential Concept Form", subtitle=["Continuing Education - Michener Institute of Education at UHN (fillable)", "Return the completed form to ce@michener.example"], rows=rows, names=names, footer="CE-CF-2026 fillable"),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 6, "expected_enrolment": 90, "submission_date": "2026-11-30"},
    notes="Fillable PDF whose field names are generated codes (topmostSubform[0].Page1[0].f1_07[0] ...), labels only on the page and in tooltips; filled with PyMuPDF (appearance streams present). Rationale in two paragraphs (joined); competencies '- ' lines (joined '; '); outcomes '1.' lines; check boxes per option; 'approx. 90' -> 90; empty existing-program field; date '2026-11-30'.",
))

# ------------------------------------------------------------------ T2  GA fillable, abbreviated names, incomplete
rows = [
    ("proposal_title", "Working Title", "Cognitive rehab strategies after acquired brain injury (for rehab assistants)"),
    ("proposer_name", "Proponent", "Marguerite Oyelaran"),
    ("proposer_title", "Role", "Occupational Therapist / Team Lead"),
    ("proposer_department", "Program Area", "Neuro Rehab, Bellwood Rehabilitation Centre"),
    ("proposer_email", "Contact Email", "m.oyelaran@example.com"),
    ("proposer_phone", "Telephone", "N/A"),
    ("request_type", "This proposal is for", ("opts", ["a new micro-credential", "converting an existing program", "a micro-course"], 2)),
    ("target_learners", "Who is this for?", "rehab assistants and OTA/PTAs working on inpatient neuro units"),
    ("rationale", "Why is this needed?", "our assistants carry out most of the daily therapy sessions but have had no formal teaching on cognitive strategies. Therapists end up re-explaining the same techniques (errorless learning, memory books, pacing) for every new patient and new staff member, and the approach isnt consistent between day and evening shifts"),
    ("competencies", "Skills and Competencies", "using external memory aids, errorless learning techniques, structuring a session to manage fatigue and attention, documenting patient responses"),
    ("learning_outcomes", "By the end learners will be able to", "Learners will be able to:\n- set up and coach the use of a memory book or phone reminder system\n- run a task using errorless learning\n- adapt session length and environment for attention and fatigue\n- record what worked in the shared care plan"),
    ("competency_framework", "Framework (e.g. ESCO, professional body)", ""),
    ("summative_assessment", "How will achievement be evidenced?", "TBD"),
    ("partner_name", "Endorsing Partner / External Body", ""),
    ("partner_contact", "Partner Contact", ""),
    ("endorsement_status", "Letter of Support / Endorsement", ("opts", ["Letter attached", "Confirmed, letter to follow", "In discussion", "None yet"], 3)),
    ("education_plan_alignment", "Strategic Alignment", "Fits the plan's focus on interprofessional practice and on learning for the whole care team, not just regulated staff."),
    ("delivery_format", "Delivery Mode", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Duration (hours)", "3 hrs"),
    ("proposed_start", "Target Launch", "TBD"),
    ("expected_enrolment", "Estimated Learners / Year", "about 30"),
    ("resources_required", "Budget / Resources", "We can provide case videos (consented) and two therapists as content experts."),
    ("submission_date", "Date", "Nov 28, 2026"),
]
abbr = {"proposal_title": "PRP_TTL", "proposer_name": "PRP_NM", "proposer_title": "PRP_POS", "proposer_department": "PRP_DEPT",
        "proposer_email": "PRP_EML", "proposer_phone": "PRP_TEL", "request_type": "REQ", "target_learners": "TGT_LRN",
        "rationale": "RAT", "competencies": "CMP", "learning_outcomes": "LO", "competency_framework": "CMP_FW",
        "summative_assessment": "SUM_ASMT", "partner_name": "PTR", "partner_contact": "PTR_CT", "endorsement_status": "END",
        "education_plan_alignment": "EP_ALN", "delivery_format": "DLV", "estimated_hours": "HRS", "proposed_start": "STRT",
        "expected_enrolment": "ENR", "resources_required": "RES", "submission_date": "DT"}
names = []
for key, label, ans in rows:
    if isinstance(ans, tuple):
        names.append([f"{abbr[key]}_{j+1}" for j in range(len(ans[1]))])
    else:
        names.append(abbr[key])
DOCS.append(dict(
    file="ABI cognitive strategies - concept form (filled).pdf", genre="GA", shape=3, lang="en", kind="fill",
    route="blank fillable form drawn with reportlab (abbreviated field names PRP_TTL, PRP_NM, CMP, LO, EP_ALN ...; check boxes REQ_1..3, END_1..4), filled with PyMuPDF",
    doc=dict(title="Concept Form: Micro-Course / Micro-Credential", subtitle=["Michener CE - please complete all required fields"], rows=rows, names=names, a4=True, footer="Form CF-03"),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 3, "expected_enrolment": 30, "submission_date": "2026-11-28"},
    notes="Fillable PDF with abbreviated field names (PRP_TTL, CMP, LO, SUM_ASMT, END_4 ...). Incomplete: Summative assessment 'TBD' (no value) and no partner ('None yet' ticked = none) -> summative_assessment and partner_name missing. Lower-case answers without final stops kept as written; typo 'isnt' kept; competencies as a comma list in one line (kept as one value); outcomes after a lead-in line with '- ' markers; phone 'N/A' and start 'TBD' absent; '3 hrs' -> 3; 'about 30' -> 30; date 'Nov 28, 2026'.",
))

# ------------------------------------------------------------------ T3  GB fillable filled then baked (flattened)
rows = [
    ("proposal_title", "Title of Micro-Course / Credential", "Release of Information (ROI) Essentials for Health Records Staff"),
    ("proposer_name", "Submitted by", "Priya Valdés-Okonkwo"),
    ("proposer_title", "Job Title", "Manager, Health Information Services"),
    ("proposer_department", "Organization", "Health Information Services, St. Brendan's Health Network"),
    ("proposer_email", "E-mail Address", "pvaldes-okonkwo@example.org"),
    ("proposer_phone", "Phone", "(905) 555-0144"),
    ("request_type", "Request Type", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 1)),
    ("existing_program_name", "Program to be Converted", "HIS Onboarding Module 4: Access and Disclosure"),
    ("target_learners", "Intended Learners", "Health records clerks, ROI analysts and patient registration staff who respond to requests for personal health information."),
    ("rationale", "Labour Market Need", "Requests for records have grown by roughly 40 % in three years, driven by patient portal access, insurers, lawyers and police. Errors in this work are privacy breaches: in the last fiscal year our network reported eleven disclosures to the wrong party, nine of them by staff with under two years in the role. Our current onboarding module is a slide deck with no assessment, and the Information and Privacy Commissioner's most recent decisions (2025) changed how fees and time limits apply. Managers across four hospitals have asked for a short, assessed course that new staff can complete in their first months and that experienced staff can use as a refresher. Graduates of HIM programs also report that ROI is barely covered in their studies, so this fills a real gap between school and the job."),
    ("competencies", "Competencies Addressed", "• verifying identity and authority of a requester\n• applying PHIPA consent rules and exceptions\n• calculating fees and time limits\n• redacting records correctly\n• logging and tracking disclosures"),
    ("learning_outcomes", "Intended Learning Outcomes", "a) Determine whether a request can be fulfilled, and by whom, under PHIPA.\nb) Verify the identity and legal authority of requesters, including substitute decision-makers.\nc) Redact third-party and excluded information from a record.\nd) Calculate fees and response deadlines and communicate them to the requester.\ne) Document the disclosure in the tracking log."),
    ("competency_framework", "Competency Framework Alignment", "CHIMA Health Information Management Competencies (Privacy and Access domain)"),
    ("summative_assessment", "Summative Assessment", "Case-based practical exam: learners process five mock requests end to end in a training copy of the records system; graded with a rubric (minimum 4 of 5 correct, no privacy breach)."),
    ("partner_name", "Partner Organization", "Ontario Health Information Management Council"),
    ("partner_contact", "Partner Contact", "Rafael Kowalczyk, Education Chair - rkowalczyk@example.com"),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 1)),
    ("education_plan_alignment", "Education Plan Alignment", "Advances the Education Plan priority on flexible, stackable credentials for the health workforce beyond clinical professions; health administration staff are a learner group Michener does not yet serve."),
    ("delivery_format", "Format", ("opts", ["Online", "In person", "Hybrid"], 0)),
    ("estimated_hours", "Total Learning Hours", "10 (self-paced)"),
    ("proposed_start", "Anticipated Start Date", "Fall 2027, ideally September"),
    ("expected_enrolment", "Expected Enrolment per Year", "120"),
    ("resources_required", "Resources You Can Provide", "A de-identified training environment of our records system; two SMEs for content review."),
    ("submission_date", "Submission Date", "1 Dec 2026"),
]
names = []
for i, (key, label, ans) in enumerate(rows):
    names.append([f"Check Box{i}.{j}" for j in range(len(ans[1]))] if isinstance(ans, tuple) else f"Text{i+1}")
DOCS.append(dict(
    file="ROI essentials concept form - flattened.pdf", genre="GB", shape=4, lang="en", kind="bake",
    route="blank fillable form drawn with reportlab (names Text1.. / Check Box N.j), filled with PyMuPDF, then flattened with PyMuPDF bake() - fields become page content (positioned text only)",
    doc=dict(title="Micro-Course / Credential Concept Form", subtitle=["Continuing Education | ce@michener.example"], rows=rows, names=names, footer="Flattened copy", heights={"rationale": 10}),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 10, "expected_enrolment": 120, "submission_date": "2026-12-01"},
    notes="A filled fillable form flattened (PyMuPDF bake): no AcroForm left, values are positioned text inside the drawn boxes next to the labels; check marks are drawn glyphs of the former check boxes (ZapfDingbats), option texts printed beside every box. Long rationale spills over several lines in its box; existing_program with the program named; competencies '•' lines; outcomes 'a)'..'e)'; 'Confirmed' ticked; '10 (self-paced)' -> 10; date '1 Dec 2026'.",
))

# ------------------------------------------------------------------ T4  GC DOCX own table layout, tagged content controls (shape 2), incomplete
rows = [
    (None, "", ("sect", "A. About you")),
    ("proposer_name", "Name", "Hamid Rezaei-Lund"),
    ("proposer_title", "Position", "Charge Therapist, Medical Imaging"),
    ("proposer_email", "Email", "hrezaei-lund@michener.example"),
    ("proposer_phone", "Phone / Ext.", "x5512"),
    ("proposer_department", "Department", "Diagnostic Imaging, Harbourfront General"),
    ("submission_date", "Date", ""),
    (None, "", ("sect", "B. The proposal")),
    ("proposal_title", "Proposed Micro-credential Title", "Leading Safety Huddles: Practical Leadership for Charge Technologists"),
    ("request_type", "Type of Request", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 0)),
    ("target_learners", "Target Audience", "Charge technologists and therapists, senior MRTs and sonographers who lead the daily safety huddle, and staff who are about to step into a charge role."),
    ("rationale", "Rationale / Need", "Since 2025 every diagnostic imaging unit in our network must run a 10-minute safety huddle at shift start. Most huddles are led by charge technologists who were promoted for clinical skill and have had no leadership training. Staff surveys describe the huddles as rushed, one-way and sometimes blaming.\nA short credential would give new leaders a shared method and give managers evidence that leaders are ready."),
    ("competencies", "Skills and Competencies", "Running a structured huddle (safety stories, look-back, look-ahead)\nPsychological safety and speaking up\nEscalating concerns and closing the loop\nCoaching a peer after an incident"),
    ("learning_outcomes", "Learning Outcomes", "1) Plan and lead a 10-minute huddle using a standard structure.\n2) Use inclusive questioning so that every role contributes.\n3) Escalate an unresolved safety concern and report back to the team.\n4) Give a colleague constructive feedback after a near miss."),
    ("competency_framework", "Framework", ""),
    ("summative_assessment", "Summative Assessment", "Learners record (or are observed leading) two real huddles; a CE facilitator scores them with the huddle leadership rubric. Pass requires 'competent' on all five criteria.\nLearners also submit a one-page reflection."),
    (None, "", ("sect", "C. Partner, alignment and delivery")),
    ("partner_name", "Endorsing Partner / External Body", "Harbourfront General Hospital - Quality & Patient Safety"),
    ("partner_contact", "Partner Contact", ""),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 2)),
    ("education_plan_alignment", "Alignment with Michener's Education Plan", ""),
    ("delivery_format", "Delivery Format", ("opts", ["Online", "In person", "Hybrid"], 2)),
    ("estimated_hours", "Estimated Hours", "8"),
    ("expected_enrolment", "Expected Enrolment per Year", "40"),
    ("proposed_start", "Proposed Start", "January 2028"),
    ("resources_required", "Resources Required", "Huddle rubric (we have a draft), video examples, a facilitator for the two observation sessions."),
]
DOCS.append(dict(
    file="Concept form - Leading safety huddles (H Rezaei-Lund).docx", genre="GC", shape=2, lang="en", kind="cc",
    route="official form retyped by the applicant into a DOCX with its own table layout (python-docx: section rows merged and shaded, contact block in four columns), block-level rich-text content controls tagged with the keys, drop-downs for the choices, tagged checkbox controls for the format",
    doc=dict(title="Micro-credential concept form", intro=["Completed by the proposer. Grey text = not filled yet."], rows=rows, mode="cc", layout="grid4",
             grid_keys=["proposer_name", "proposer_title", "proposer_email", "proposer_phone", "proposer_department", "submission_date"],
             font="Segoe UI", footer="CE concept form (retyped) v2", office_box=True),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 8, "expected_enrolment": 40,
              "competencies": "Running a structured huddle (safety stories, look-back, look-ahead); Psychological safety and speaking up; Escalating concerns and closing the loop; Coaching a peer after an incident"},
    notes="Own table layout: shaded section rows merged across, a four-column contact block (label | answer | label | answer), then label/answer rows whose answer cell spans three columns. Every answer is a block-level rich-text control tagged with the key; request type and endorsement as drop-downs showing the option text; delivery format as three checkbox controls tagged delivery_format_0..2. Incomplete: the Education Plan control still shows its placeholder -> education_plan_alignment missing; Date, Framework and Partner contact placeholders absent. Competencies one per paragraph without markers (joined '; '); outcomes '1)'; multi-paragraph rationale and assessment joined; phone 'x5512' kept as written; 'For CE office use only' box is not a value.",
))

# ------------------------------------------------------------------ T5  GC DOCX own layout (stacked), untagged checkbox controls (shape 1), bilingual
rows = [
    ("proposal_title", "Titre proposé / Proposed Title", "Repérage du risque suicidaire au téléphone pour les répartiteurs médicaux d'urgence"),
    ("proposer_name", "Nom / Name", "Élodie Saint-Amour"),
    ("proposer_title", "Poste / Position", "Formatrice clinique, centre de répartition"),
    ("proposer_department", "Service / Department", "Centre de communication santé de l'Outaouais-Est"),
    ("proposer_email", "Courriel / Email", "esaint-amour@example.org"),
    ("proposer_phone", "Téléphone / Phone", "819-555-0119, poste 42"),
    ("request_type", "Type de demande / Type of Request", ("opts", ["Nouveau microprogramme / New micro-credential", "Conversion / Convert an existing program", "Microcours / Micro-course"], 2)),
    ("target_learners", "Apprenants visés / Target Learners", "Répartiteurs et répartitrices médicaux d'urgence (RMU) et préposés à la prise d'appels du 911."),
    ("rationale", "Justification / Rationale", "Les appels de personnes en crise suicidaire ont augmenté de 25 % depuis 2023. Les répartiteurs disent manquer d'outils pour poser les bonnes questions et garder la personne en ligne jusqu'à l'arrivée des secours. Aucune formation courte et évaluée n'existe en français dans la région."),
    ("competencies", "Compétences visées / Competencies", "- poser directement la question du suicide\n- évaluer le niveau d'urgence selon le plan, les moyens et le moment\n- maintenir le contact et désamorcer\n- transférer l'appel vers une ligne de crise"),
    ("learning_outcomes", "Résultats d'apprentissage / Learning Outcomes", "À la fin, l'apprenant pourra :\n1. Poser la question du suicide de façon claire et sans jugement.\n2. Estimer le niveau d'urgence à l'aide de la grille du centre.\n3. Garder l'appelant en ligne en utilisant des techniques de désescalade.\n4. Effectuer un transfert à chaud vers le 988 ou une ligne de crise locale."),
    ("competency_framework", "Cadre de compétences / Framework", "s.o."),
    ("summative_assessment", "Évaluation sommative / Summative Assessment", "Deux appels simulés avec un acteur, évalués par grille (seuil de réussite 75 %)."),
    ("partner_name", "Partenaire / Partner", "Centre de prévention du suicide de l'Outaouais"),
    ("partner_contact", "Personne-ressource / Partner Contact", "Nadia Ferreira-Roy, directrice clinique, nferreira-roy@example.com"),
    ("endorsement_status", "Appui / Endorsement", ("opts", ["Lettre jointe / Letter attached", "Confirmé / Confirmed", "En discussion / In discussion", "Aucun / None"], 0)),
    ("education_plan_alignment", "Arrimage au Plan d'éducation / Education Plan Alignment", "Répond à l'objectif du Plan d'éducation d'offrir des formations en français et de soutenir la santé mentale dans tous les milieux de soins."),
    ("delivery_format", "Mode de prestation / Delivery Format", ("opts", ["En ligne / Online", "En présence / In person", "Hybride / Hybrid"], 0)),
    ("estimated_hours", "Durée (heures) / Hours", "4 h"),
    ("proposed_start", "Début prévu / Proposed Start", "printemps 2027"),
    ("expected_enrolment", "Apprenants par année / Learners per Year", "≈ 60"),
    ("resources_required", "Ressources / Resources", "Acteurs formés (fournis par le partenaire), plateforme d'apprentissage."),
    ("submission_date", "Date", "le 26 novembre 2026"),
]
DOCS.append(dict(
    file="Formulaire concept - repérage risque suicidaire RMU.docx", genre="GC", shape=1, lang="bi", kind="typed",
    route="official form retyped into a DOCX with its own table layout (python-docx: label row shaded above an answer row, both merged across two columns), answers typed, choices as untagged Word checkbox content controls (w14:checkbox)",
    doc=dict(title="Formulaire de concept – Microcours / Micro-Course Concept Form", intro=["Formation continue / Continuing Education – Michener"], rows=rows, mode="typed", layout="stack", font="Arial", header="Michener – Formation continue"),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 4, "expected_enrolment": 60, "submission_date": "2026-11-26"},
    notes="Bilingual labels (French / English), answers in French; own table layout: each label in a shaded row ABOVE its answer row. Choices as untagged Word checkbox content controls (☒/☐). Competencies '- ' lines (joined '; '); outcomes '1.' after a French lead-in (dropped); framework 's.o.' (sans objet = N/A, absent); '4 h' -> 4; '≈ 60' -> 60; start 'printemps 2027' kept; date 'le 26 novembre 2026'.",
))

# ------------------------------------------------------------------ T6  GD DOCX own table form printed to PDF by LibreOffice
rows = [
    (None, "", ("sect", "1  Proposal")),
    ("proposal_title", "Course Title", "Thermoplastic Hand Orthosis Fabrication - Advanced Practice Micro-credential"),
    ("request_type", "Type of request", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 1)),
    ("existing_program_name", "Existing Program Name", "Hand Therapy Skills Lab (2-day workshop)"),
    (None, "", ("sect", "2  Contact")),
    ("proposer_name", "Lead Proposer", "Tomasz Ekwueme"),
    ("proposer_title", "Title", "Certified Hand Therapist, OT"),
    ("proposer_department", "Program", "Outpatient Hand & Upper Limb Clinic, Rosedale Rehabilitation Hospital"),
    ("proposer_email", "Email", "tekwueme@example.com"),
    ("proposer_phone", "Phone", "647 555 0108"),
    (None, "", ("sect", "3  Need and learners")),
    ("target_learners", "Target learners", "OTs and OT assistants new to hand therapy; PTs working in upper-limb rehab"),
    ("rationale", "Rationale / need", "Our two-day workshop is always full (waitlist of 30+) but ends with no assessment, so employers cannot tell who is safe to fabricate orthoses independently.\nConverting it into a micro-credential with an assessed practical would let clinics rely on it for sign-off."),
    ("competencies", "Competencies / skills targeted", "Pattern making; moulding low-temperature thermoplastics; strapping and padding; checking fit and pressure areas; patient education on wear schedule"),
    ("learning_outcomes", "Learning outcomes", "• Fabricate a resting hand orthosis and a thumb spica that meet fit criteria\n• Identify and correct pressure points\n• Teach a patient how to don, doff and care for an orthosis"),
    ("summative_assessment", "Summative assessment", "Practical exam - each learner fabricates two orthoses on a volunteer; graded with a fit checklist by a CHT."),
    (None, "", ("sect", "4  Endorsement and fit")),
    ("partner_name", "Industry / Employment Partner", "Canadian Society of Hand Therapists"),
    ("partner_contact", "Partner contact", "-"),
    ("endorsement_status", "Endorsement status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Strategic alignment", "Hands-on, assessed learning for practising clinicians (Education Plan pillar 2)."),
    (None, "", ("sect", "5  Logistics")),
    ("delivery_format", "Delivery", ("opts", ["Online", "In person", "Hybrid"], 1)),
    ("estimated_hours", "Hours", "14 (two days)"),
    ("expected_enrolment", "Learners / year", "3 cohorts of 10 (30)"),
    ("proposed_start", "Start", "May 2027"),
    ("resources_required", "Resources", "Splinting pans, heat guns, thermoplastic sheets (~$40 per learner)"),
    ("submission_date", "Date submitted", "27/11/2026"),
]
DOCS.append(dict(
    file="Hand orthosis concept form T Ekwueme.pdf", genre="GD", shape=4, lang="en", kind="lo",
    route="official form retyped into a DOCX with its own table layout (python-docx: numbered section rows, ☒/☐ typed), printed to PDF by LibreOffice 7 headless (writer_pdf_Export) - no table or fields survive",
    doc=dict(title="CONCEPT FORM - Micro-Course / Credential", intro=["Please type your answers in the right-hand column."], rows=rows, mode="typed_chars", layout="two", font="Liberation Sans", footer="Michener CE concept form"),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 14, "expected_enrolment": 30, "submission_date": "2026-11-27"},
    notes="DOCX form with the applicant's own table layout (numbered section rows '1  Proposal' ..., contact after the proposal) printed to PDF by LibreOffice: text only, options as ☒/☐ characters on one line. existing_program with the program named; competencies as one line separated by ';' (kept as one value); outcomes with '•'; partner contact '-' (absent); '14 (two days)' -> 14; '3 cohorts of 10 (30)' -> 30; date '27/11/2026' (dd/mm).",
))

# ------------------------------------------------------------------ T7  GE e-mail print (Zimbra) via Chromium
t7 = dict(client="zimbra", subject="Micro-course idea: wait-list management for clinic booking clerks",
          frm="Grace Adebayo-Lindqvist &lt;gadebayo@example.org&gt;", to="ce@michener.example", cc="Owen Tremblay &lt;otremblay@example.org&gt;",
          date="Wed, Nov 25, 2026 at 09:14 AM",
          body=[
              "Hello CE team,",
              "I was told to send the concept form answers by email, so I have pasted them below instead of using the Word form (our IT blocks macros and the form kept breaking).",
              "<b>Title:</b> Managing Outpatient Wait Lists Fairly and Safely",
              "<b>Type:</b> micro-course",
              "<b>Who it is for:</b> booking clerks and patient access staff in outpatient clinics (rehab, imaging, mental health)",
              "<b>Why:</b> Wait lists in our outpatient rehab and mental health clinics have doubled since 2024 and clerks make daily decisions about who gets called first. There is no standard training, so practice varies, patients complain about fairness, and urgent referrals sometimes sit in the wrong queue.",
              "<b>Skills:</b> applying triage categories set by clinicians, wait-list validation, communicating delays to patients, recognising red-flag referrals and escalating them, basic wait-time reporting",
              "<b>Outcomes</b> - by the end, learners will be able to:<br>1. Place a referral on the correct list using the clinic's priority rules<br>2. Run a wait-list validation call script<br>3. Escalate a referral with red flags to the clinical lead the same day<br>4. Produce a monthly wait-time report",
              "<b>Assessment:</b> an online case exam (10 referrals to prioritise and process) plus a recorded validation call marked with a checklist",
              "<b>Partner:</b> Northgate Community Health Partnership have agreed to endorse it; letter to follow. Contact is Owen Tremblay (cc'd).",
              "<b>Education Plan:</b> It widens Michener CE to health administration staff and supports access and equity, both named in the Plan.",
              "<b>Format/hours:</b> online, self-paced, about 5 hours. We would expect 80 learners a year across our sites. Start: as soon as possible in 2027.",
              "No other resources needed from you apart from the LMS, we have the case material.",
              "Thanks!<br>Grace",
              "--<br>Grace Adebayo-Lindqvist<br>Patient Access Supervisor<br>Patient Access &amp; Registration, Northgate Community Health Partnership<br>T 289-555-0126",
          ])
DOCS.append(dict(
    file="Zimbra - Print - Micro-course idea wait-list management.pdf", genre="GE", shape=5, lang="en", kind="email", email=t7,
    route="proposal pasted into an e-mail body; the message printed from Zimbra web client (recreated as HTML in Zimbra's print layout: account line, subject bar, From/To/Cc/Sent table) -> Chromium headless print-to-PDF",
    rows=[], codes={},
    fields={
        "proposal_title": "Managing Outpatient Wait Lists Fairly and Safely",
        "proposer_name": "Grace Adebayo-Lindqvist",
        "proposer_title": "Patient Access Supervisor",
        "proposer_department": "Patient Access & Registration, Northgate Community Health Partnership",
        "proposer_email": "gadebayo@example.org",
        "proposer_phone": "289-555-0126",
        "request_type": "micro_course",
        "target_learners": "booking clerks and patient access staff in outpatient clinics (rehab, imaging, mental health)",
        "rationale": "Wait lists in our outpatient rehab and mental health clinics have doubled since 2024 and clerks make daily decisions about who gets called first. There is no standard training, so practice varies, patients complain about fairness, and urgent referrals sometimes sit in the wrong queue.",
        "competencies": "applying triage categories set by clinicians, wait-list validation, communicating delays to patients, recognising red-flag referrals and escalating them, basic wait-time reporting",
        "learning_outcomes": ["Place a referral on the correct list using the clinic's priority rules", "Run a wait-list validation call script",
                              "Escalate a referral with red flags to the clinical lead the same day", "Produce a monthly wait-time report"],
        "summative_assessment": "an online case exam (10 referrals to prioritise and process) plus a recorded validation call marked with a checklist",
        "partner_name": "Northgate Community Health Partnership",
        "partner_contact": "Owen Tremblay",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It widens Michener CE to health administration staff and supports access and equity, both named in the Plan.",
        "delivery_format": "online",
        "estimated_hours": 5,
        "expected_enrolment": 80,
        "proposed_start": "as soon as possible in 2027",
        "resources_required": "No other resources needed from you apart from the LMS, we have the case material.",
        "submission_date": "2026-11-25",
    },
    notes="Proposal pasted into an e-mail and printed from Zimbra: header table From/To/Cc/Sent ('Wed, Nov 25, 2026 at 09:14 AM'); bold run-in labels in the writer's words ('Why:', 'Skills:', 'Format/hours:'); 'Type: micro-course'; skills as a comma list in one line (kept as one value); outcomes '1.' after a lead-in on the label line; 'agreed to endorse it; letter to follow' = confirmed, partner contact is the Cc'd person named in the body ('Owen Tremblay'); one line gives online, 5 hours, 80 a year and the start; signature after '--' gives title, department and phone; email only in the From header. Run-in phrase values without final stop, sentence values keep it.",
))

# ------------------------------------------------------------------ T8  look-alike: letter of support (DOCX -> LibreOffice PDF)
DOCS.append(dict(
    file="Letter of support - Lakeview Regional Paramedic Service.pdf", genre="LA", shape=7, lang="en", kind="letter",
    route="letter written with python-docx (letterhead table, signature block) -> LibreOffice 7 headless PDF export (as GD)",
    letter=dict(head=["LAKEVIEW REGIONAL PARAMEDIC SERVICE", "Office of the Chief | 1200 Shoreline Road, Lakeview ON | 905-555-0100"],
                date="November 29, 2026", to=["Continuing Education", "The Michener Institute of Education at UHN", "ce@michener.example"],
                re="Re: Letter of support - Paediatric Seizure Management for Primary Care Paramedics",
                body=["Dear Continuing Education Committee,",
                      "On behalf of Lakeview Regional Paramedic Service I am pleased to endorse the proposed micro-credential Paediatric Seizure Management for Primary Care Paramedics submitted by Declan Moreau-Achebe, our Clinical Education Coordinator.",
                      "Our service attends about 140 paediatric seizure calls a year. The proposal's learning outcomes - weight estimation, midazolam dosing, airway management and family communication - match the gaps identified in our 2025 chart audit, and the summative simulation assessment gives us the evidence of competence we need before paramedics work under the new directive.",
                      "We will lend two paediatric simulation manikins, release our paramedics for the six-hour course and expect to enrol about 90 paramedics per year.",
                      "Please contact Deputy Chief Ingrid Solberg-Tan (isolberg-tan@example.org, 905-555-0102) with any questions.",
                      "Sincerely,"],
                sig=["Ravi Castellanos-Hill", "Chief, Lakeview Regional Paramedic Service", "rcastellanos-hill@example.org"]),
    rows=[], codes={}, fields={},
    notes="NOT a concept form: a letter of support for T1's proposal. It names the title, the proposer, outcomes, the assessment, hours, enrolment, a contact with email and phone - but it endorses a proposal, it is not one.",
))

# ------------------------------------------------------------------ T9  scan of a GB flattened form
rows = [
    ("proposal_title", "Title of Micro-Course / Credential", "Motivational Interviewing Foundations for Addiction Counsellors"),
    ("proposer_name", "Submitted by", "Beatrix Olufemi-Haas"),
    ("proposer_title", "Job Title", "Clinical Supervisor"),
    ("proposer_department", "Organization", "Concurrent Disorders Service, Riverbend Mental Health Centre"),
    ("proposer_email", "E-mail Address", "bolufemi-haas@example.org"),
    ("proposer_phone", "Phone", "555-0137"),
    ("request_type", "Request Type", ("opts", ["New micro-credential", "Convert an existing program", "Micro-course"], 0)),
    ("existing_program_name", "Program to be Converted", ""),
    ("target_learners", "Intended Learners", "Addiction and concurrent-disorders counsellors, peer workers and case managers"),
    ("rationale", "Labour Market Need", "New counsellors are hired without MI training and our waitlist for the external MI workshop is over a year."),
    ("competencies", "Competencies Addressed", "OARS skills; eliciting change talk; responding to sustain talk; planning"),
    ("learning_outcomes", "Intended Learning Outcomes", "1. Use open questions, affirmations, reflections and summaries in a session.\n2. Recognise and strengthen change talk.\n3. Co-create a change plan with a client."),
    ("competency_framework", "Competency Framework Alignment", "Canadian Centre on Substance Use and Addiction competencies"),
    ("summative_assessment", "Summative Assessment", "Recorded 20-minute session coded with the MITI 4.2 by a trained coder."),
    ("partner_name", "Partner Organization", "Riverbend Mental Health Centre"),
    ("partner_contact", "Partner Contact", ""),
    ("endorsement_status", "Endorsement Status", ("opts", ["Letter attached", "Confirmed", "In discussion", "None"], 0)),
    ("education_plan_alignment", "Education Plan Alignment", "Mental health and addictions workforce development is a stated Education Plan priority."),
    ("delivery_format", "Format", ("opts", ["Online", "In person", "Hybrid"], 2)),
    ("estimated_hours", "Total Learning Hours", "12"),
    ("proposed_start", "Anticipated Start Date", "Winter 2027"),
    ("expected_enrolment", "Expected Enrolment per Year", "45"),
    ("resources_required", "Resources You Can Provide", "MITI coders (2)"),
    ("submission_date", "Submission Date", "2 December 2026"),
]
names = []
for i, (key, label, ans) in enumerate(rows):
    names.append([f"Check Box{i}.{j}" for j in range(len(ans[1]))] if isinstance(ans, tuple) else f"Text{i+1}")
DOCS.append(dict(
    file="SCAN0042_20261202.pdf", genre="SC", shape=6, lang="en", kind="scan",
    route="the GB route (reportlab form filled with PyMuPDF and baked) rendered at 150 dpi grey by PyMuPDF, degraded with ImageMagick (rotation, noise, blur, levels, JPEG q60) and saved as an image-only PDF with Pillow",
    doc=dict(title="Micro-Course / Credential Concept Form", subtitle=["Continuing Education | ce@michener.example"], rows=rows, names=names, footer="Flattened copy"),
    rows=rows, codes={"request_type": RT3, "endorsement_status": ES4, "delivery_format": DF3},
    override={"estimated_hours": 12, "expected_enrolment": 45, "submission_date": "2026-12-02",
              "competencies": "OARS skills; eliciting change talk; responding to sustain talk; planning"},
    notes="Scanned flattened form: image-only PDF, no text layer -> needs_manual_review. fields are what a person reads off the page (source kept as _make/src_SCAN0042_20261202.pdf).",
))
