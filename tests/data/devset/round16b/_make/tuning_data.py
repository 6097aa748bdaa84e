"""Tuning half of round 16b: content and expected values (written from the content, never from a parser)."""

from lib import tex, PREAMBLE, dot

DOCS = []

# ---------------------------------------------------------------- t1: G1 grant-style, DOCX
F = {
    "proposal_title": "Radioiodine Therapy Safety for Nuclear Medicine Technologists",
    "proposer_name": "Imogen Fairweather-Lund",
    "proposer_title": "Clinical Coordinator, Nuclear Medicine",
    "proposer_department": "Department of Medical Imaging, Harrowgate Regional Health Centre",
    "proposer_email": "i.fairweather-lund@example.org",
    "proposer_phone": "416-555-0142",
    "request_type": "new",
    "rationale": "Outpatient radioiodine (I-131) treatment for thyroid cancer and hyperthyroidism has doubled in our region since 2022, and most sites now release patients the same day. Technologists who prepare and administer therapy doses, counsel patients on release instructions and manage contamination events learned these tasks on the job. Two reportable contamination incidents in the past eighteen months were traced to gaps in room preparation and waste segregation.",
    "target_learners": "Nuclear medicine technologists with at least one year of practice who prepare, administer or support I-131 therapy, and radiation safety officers' delegates in community hospitals",
    "competencies": "Dose verification and administration of therapeutic I-131; contamination control and room preparation; radioactive waste segregation and decay-in-storage; patient release assessment and counselling; incident response and reporting",
    "learning_outcomes": [
        "Verify a therapeutic I-131 dose against the prescription and document the administration.",
        "Prepare and survey a treatment room before and after an inpatient therapy.",
        "Apply release criteria and give a patient written and verbal radiation-safety instructions.",
        "Segregate and label radioactive waste for decay-in-storage.",
        "Respond to a spill or contamination event and complete an incident report.",
    ],
    "competency_framework": "CAMRT Competency Profile for Nuclear Medicine Technologists (2024)",
    "summative_assessment": "An observed structured practical in the simulated therapy suite (dose check, room survey and spill response) scored on a checklist, plus a written patient-counselling script marked against a rubric; learners must reach 80% on both.",
    "partner_name": "Provincial Radiation Protection Service",
    "partner_contact": "Dr. Anwar Selassie, Senior Health Physicist, a.selassie@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The course supports the Education Plan's priority on patient safety and on flexible, stackable credentials for working technologists.",
    "delivery_format": "hybrid",
    "estimated_hours": 16,
    "proposed_start": "September 2027",
    "expected_enrolment": 40,
    "resources_required": "Use of the nuclear medicine simulation suite for two days per cohort; survey meters and a spill kit (we can lend ours); an instructional designer for about 40 hours.",
    "submission_date": "2027-02-11",
}
DOCS.append({
    "file": "Application - Radioiodine therapy safety - Fairweather-Lund.docx", "route": "docx", "genre": "G1", "words": ["estimated_hours", "expected_enrolment"],
    "shape": "5", "fields": F,
    "notes": "G1 grant-style application (python-docx): applicant block as run-in lines, numbered sections 1-9 in the applicant's words; outcomes numbered in a Word list; hours and enrolment written in words in a section on implementation; letter of support enclosed.",
    "blocks": [
        ("title", "Application for Micro-Credential Development"),
        ("p", "Continuing Education, The Michener Institute of Education at UHN"),
        ("p", "**Project title:** " + F["proposal_title"]),
        ("p", "**Principal applicant:** " + F["proposer_name"] + ", " + F["proposer_title"]),
        ("p", "**Institution:** " + F["proposer_department"]),
        ("p", "**Contact:** " + F["proposer_email"] + " | " + F["proposer_phone"]),
        ("p", "**Date of application:** 11 February 2027"),
        ("h1", "1. Background and Need"),
        ("p", F["rationale"]),
        ("h1", "2. Objectives"),
        ("p", "The objective is to create a new micro-credential that certifies safe practice in radioiodine therapy. By the end of the course, participants will be able to:"),
        ("ol", F["learning_outcomes"]),
        ("h1", "3. Target Population"),
        ("p", dot(F, "target_learners")),
        ("h1", "4. Competencies Addressed"),
        ("ul", F["competencies"].split("; ")),
        ("p", "Framework: " + F["competency_framework"]),
        ("h1", "5. Evaluation of Learning"),
        ("p", F["summative_assessment"]),
        ("h1", "6. Partnership and Endorsement"),
        ("p", "The " + F["partner_name"] + " has reviewed the outline and its letter of support is enclosed with this application. Contact: " + F["partner_contact"] + "."),
        ("h1", "7. Strategic Alignment"),
        ("p", F["education_plan_alignment"]),
        ("h1", "8. Implementation Plan"),
        ("p", "We propose a blended course of sixteen hours in total (ten hours online, six hours in the simulation suite), first offered in September 2027, with two cohorts of twenty a year (forty learners)."),
        ("h1", "9. Resources Requested"),
        ("p", F["resources_required"]),
    ],
})

# ---------------------------------------------------------------- t2: G1 grant-style, Word -> PDF (LibreOffice), existing program
F = {
    "proposal_title": "Recognising and Reporting Transfusion Reactions",
    "proposer_name": "Desmond Okonkwo-Reyes",
    "proposer_title": "Transfusion Safety Officer",
    "proposer_department": "Blood Transfusion Service, Lakeview General Hospital",
    "proposer_email": "dokonkwo-reyes@example.org",
    "proposer_phone": "905-555-0177 ext. 3120",
    "request_type": "existing_program",
    "existing_program_name": "Transfusion Medicine Update Workshop",
    "rationale": "Hemovigilance reports show that mild and delayed transfusion reactions are under-reported by ward staff and laboratory technologists alike. Our one-day workshop has run for six years but carries no credential and has no assessment, so managers cannot see who is competent.",
    "target_learners": "Medical laboratory technologists in blood banks and registered nurses who administer blood components",
    "competencies": "Recognition of acute and delayed transfusion reactions; immediate bedside and laboratory actions; transfusion reaction investigation; hemovigilance reporting",
    "learning_outcomes": [
        "Distinguish febrile, allergic, hemolytic, septic and TACO/TRALI reactions from their signs and timing",
        "Carry out the first steps at the bedside and in the laboratory when a reaction is suspected",
        "Perform and interpret a transfusion reaction work-up",
        "Submit a complete hemovigilance report within the required time",
    ],
    "summative_assessment": "Case-based online examination (20 scenarios) and a recorded mock investigation reviewed by a transfusion safety officer",
    "partner_name": "Ontario Regional Blood Coordinating Network",
    "partner_contact": "Lorraine Bastien, lbastien@example.com",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Aligns with the Education Plan's commitments to patient safety, interprofessional learning and credentials that recognise competence already in practice.",
    "delivery_format": "online",
    "estimated_hours": 12,
    "proposed_start": "January 2028",
    "expected_enrolment": 90,
    "submission_date": "2027-03-02",
}
DOCS.append({
    "file": "Micro-credential application - Transfusion reactions.pdf", "route": "docx_pdf", "genre": "G1",
    "shape": "5", "fields": F,
    "notes": "G1 grant-style application exported to PDF by LibreOffice: numbered sections with a key-facts table (two columns, no header row); existing_program conversion named in a sentence; phone with extension; endorsement confirmed with the letter to follow.",
    "blocks": [
        ("title", F["proposal_title"]),
        ("subtitle", "Micro-credential development application"),
        ("lines", ["**Applicant:** " + F["proposer_name"] + ", " + F["proposer_title"], F["proposer_department"],
                   F["proposer_email"] + " · " + F["proposer_phone"], "2 March 2027"]),
        ("h1", "1. Summary"),
        ("p", "We are asking Continuing Education to convert our existing " + F["existing_program_name"] + " into a micro-credential with a formal assessment."),
        ("table", [["Delivery", "Online (self-paced modules with two live case rounds)"],
                   ["Total hours", "12"], ["Learners per year", "90"], ["First offering", F["proposed_start"]]]),
        ("h1", "2. Background"),
        ("p", F["rationale"]),
        ("h1", "3. Who the credential is for"),
        ("p", dot(F, "target_learners")),
        ("h1", "4. Competencies"),
        ("p", dot(F, "competencies")),
        ("h1", "5. Learning outcomes"),
        ("ul", F["learning_outcomes"]),
        ("h1", "6. Assessment"),
        ("p", dot(F, "summative_assessment")),
        ("h1", "7. External endorsement"),
        ("p", "The " + F["partner_name"] + " has agreed to endorse the credential; the letter will follow once their steering committee meets. Contact: " + F["partner_contact"] + "."),
        ("h1", "8. Fit with Michener's Education Plan"),
        ("p", F["education_plan_alignment"]),
    ],
})

# ---------------------------------------------------------------- t3: G2 memo to the Dean, DOCX, incomplete
F = {
    "proposal_title": "Pacemaker and ICD Interrogation Fundamentals",
    "proposer_name": "Priyanka Vaillancourt",
    "proposer_title": "Senior Cardiology Technologist",
    "proposer_department": "Cardiac Diagnostics, St. Brendan's Hospital",
    "proposer_email": "p.vaillancourt@michener.example",
    "proposer_phone": "416-555-0118",
    "request_type": "micro_course",
    "target_learners": "cardiology technologists and cardiac nurses who staff device clinics or are on call for device checks",
    "rationale": "Device clinic volumes have grown by roughly a third in three years while the number of staff able to perform an interrogation has not. New staff currently learn by shadowing, which takes months and is uneven.",
    "competencies": "device identification and programmer set-up; threshold, sensing and impedance testing; recognition of common device alerts; safe reprogramming for MRI and surgery under supervision",
    "learning_outcomes": [
        "Identify a patient's device and select the correct programmer",
        "Measure and record pacing thresholds, sensing and lead impedance",
        "Recognise battery, lead and arrhythmia alerts that need escalation",
        "Document an interrogation in the clinic record",
    ],
    "endorsement_status": "none",
    "education_plan_alignment": "Supports the Education Plan goal of growing specialised skills for the cardiovascular workforce.",
    "delivery_format": "in_person",
    "estimated_hours": 8,
    "proposed_start": "spring 2027",
    "expected_enrolment": 24,
    "submission_date": "2026-11-18",
}
DOCS.append({
    "file": "Memo to Dean - device interrogation micro-course.docx", "route": "docx", "genre": "G2", "words": ["estimated_hours", "expected_enrolment"],
    "shape": "5", "fields": F,
    "notes": "G2 memo to the Dean (python-docx): TO/FROM/DATE/RE lines with tabs, body in paragraphs with an inline competency list and bulleted outcomes; INCOMPLETE: no assessment described and no partner approached yet (endorsement none, partner_name absent); contacts in the signature.",
    "blocks": [
        ("center", "**MEMORANDUM**"),
        ("p", "**TO:**\tDr. Helena Marchetti, Dean, Continuing Education"),
        ("p", "**FROM:**\t" + F["proposer_name"] + ", " + F["proposer_title"]),
        ("p", "**DATE:**\tNovember 18, 2026"),
        ("p", "**RE:**\tProposal for a micro-course – " + F["proposal_title"]),
        ("p", "Dear Dr. Marchetti,"),
        ("p", "I am writing to propose a micro-course, " + F["proposal_title"] + ", for " + F["target_learners"] + ". " + F["rationale"]),
        ("p", "The course would build competence in " + F["competencies"] + ". After the course, participants will be able to:"),
        ("ul", F["learning_outcomes"]),
        ("p", "I picture a single in-person day of eight hours in the cardiac skills lab, offered twice a year to groups of twelve, starting in spring 2027. " + F["education_plan_alignment"]),
        ("p", "We have not yet approached an external partner; I would welcome advice on which manufacturer or professional body CE usually works with. I have also not yet decided how learners would be assessed at the end."),
        ("p", "Thank you for considering this."),
        ("lines", [F["proposer_name"], F["proposer_title"], F["proposer_department"], "Tel. " + F["proposer_phone"], F["proposer_email"]]),
    ],
})


# ---------------------------------------------------------------- t4: G3 one-page flyer with sidebar, LaTeX
F = {
    "proposal_title": "Antimicrobial Stewardship Essentials for Pharmacy Technicians",
    "proposer_name": "Tomasz Whitcombe",
    "proposer_title": "Pharmacy Education Lead",
    "proposer_department": "Pharmacy Services, Eastbrook Community Hospitals",
    "proposer_email": "twhitcombe@example.org",
    "proposer_phone": "647-555-0163",
    "request_type": "new",
    "target_learners": "regulated pharmacy technicians in hospital and community pharmacies",
    "rationale": "Pharmacy technicians now verify and release most antibiotic orders in our hospitals, yet no credential shows that they understand stewardship principles. Audits found avoidable duration errors and missed IV-to-oral switches on one in eight antibiotic orders.",
    "competencies": "applying stewardship principles to antibiotic orders; recognising dose, duration and route problems; IV-to-oral switch criteria; communicating concerns to pharmacists and prescribers",
    "learning_outcomes": [
        "Explain how antimicrobial resistance develops and why stewardship matters.",
        "Flag antibiotic orders with inappropriate dose, duration or route.",
        "Apply the hospital's IV-to-oral switch criteria to a patient profile.",
        "Communicate a stewardship concern clearly using a structured script.",
    ],
    "summative_assessment": "a timed order-review exercise of 25 real (anonymised) antibiotic orders, marked by a stewardship pharmacist; pass mark 80%",
    "partner_name": "Eastbrook Antimicrobial Stewardship Program",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Advances the Education Plan's focus on safe, high-quality care and on expanding the scope of practice of regulated technicians.",
    "delivery_format": "online",
    "estimated_hours": 10,
    "proposed_start": "Winter 2028",
    "expected_enrolment": 60,
    "submission_date": "2027-04-06",
}
_lo = "\n".join(r"  \item " + tex(x) for x in F["learning_outcomes"])
DOCS.append({
    "file": "Stewardship flyer - concept pitch.pdf", "route": "latex", "genre": "G3", "words": ["estimated_hours", "expected_enrolment"], "shape": "5", "fields": F,
    "notes": "G3 one-page flyer (pdflatex): catchy headline that is not the title, course title below it, main column of short paragraphs and bullets, right sidebar 'At a glance' box with format/hours/start/learners and the contact block; figures in words in the sidebar.",
    "tex": PREAMBLE + r"""\documentclass[10pt]{article}
\usepackage[margin=1.6cm]{geometry}
\usepackage{color}
\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\LARGE\bfseries One in eight antibiotic orders could be safer.}\par
{\large Concept pitch to Michener Continuing Education}\par\medskip
{\Large\bfseries """ + tex(F["proposal_title"]) + r"""}\par\medskip
\noindent\begin{minipage}[t]{0.63\textwidth}
\textbf{The problem.} """ + tex(F["rationale"]) + r"""

\textbf{Who it is for.} A new micro-credential for """ + tex(F["target_learners"]) + r""".

\textbf{Skills.} The course builds competence in """ + tex(F["competencies"]) + r""".

\textbf{What learners will be able to do}
\begin{itemize}
""" + _lo + r"""
\end{itemize}

\textbf{How we will know.} Learners finish with """ + tex(F["summative_assessment"]) + r""".

\textbf{Endorsed by.} The """ + tex(F["partner_name"]) + r""" backs the course; its letter of support is attached.

\textbf{Why Michener.} """ + tex(F["education_plan_alignment"]) + r"""
\end{minipage}\hfill
\begin{minipage}[t]{0.33\textwidth}
\fbox{\parbox{0.92\linewidth}{\textbf{At a glance}\par\smallskip
Format: fully online\par
Length: ten hours\par
Starts: Winter 2028\par
Learners: about sixty a year\par\medskip
\textbf{Contact}\par
""" + tex(F["proposer_name"]) + r"""\par
""" + tex(F["proposer_title"]) + r"""\par
""" + tex(F["proposer_department"]) + r"""\par
""" + tex(F["proposer_email"]) + r"""\par
""" + tex(F["proposer_phone"]) + r"""\par\medskip
April 6, 2027}}
\end{minipage}
\end{document}
""",
})

# ---------------------------------------------------------------- t5: G4 cover letter + summary table, LaTeX letter class
F = {
    "proposal_title": "Colposcopy Clinic Nursing: Assisting, Counselling and Follow-up",
    "proposer_name": "Marguerite Abernathy-Cole",
    "proposer_title": "Nurse Educator",
    "proposer_department": "Women's Health Program, Riverside Health Sciences Centre",
    "proposer_email": "m.abernathycole@example.com",
    "proposer_phone": "613-555-0129",
    "request_type": "micro_course",
    "target_learners": "Registered nurses and registered practical nurses new to colposcopy or gynaecology ambulatory clinics",
    "rationale": "Cervical screening has moved to HPV testing and colposcopy referrals have risen sharply; clinics are hiring nurses with no colposcopy background and orientation is ad hoc.",
    "competencies": "Preparing and assisting with colposcopy, biopsy and LEEP; infection prevention; patient counselling about abnormal results; tracking results and follow-up",
    "learning_outcomes": [
        "Set up the room and instruments for colposcopy, biopsy and LEEP",
        "Assist the colposcopist safely during procedures",
        "Counsel patients about abnormal screening results and next steps",
        "Track pathology results and arrange follow-up according to provincial guidelines",
    ],
    "summative_assessment": "Observed skills station (procedure set-up and assisting) and a standardized-patient counselling encounter, both scored with rubrics",
    "partner_name": "Provincial Cervical Screening Program",
    "partner_contact": "Nkechi Harrow, Clinical Lead, nharrow@example.org",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Supports the Education Plan priorities of access to care and workforce readiness in ambulatory settings",
    "delivery_format": "hybrid",
    "estimated_hours": 14,
    "proposed_start": "Fall 2027",
    "expected_enrolment": 36,
    "resources_required": "Pelvic task trainers and standardized patients from Michener; we provide instruments and two clinical instructors",
    "submission_date": "2027-01-25",
}
_rows = [("Proposed title", F["proposal_title"]), ("Type of request", "Micro-course"),
         ("Target learners", F["target_learners"]), ("Need", F["rationale"]),
         ("Competencies", F["competencies"]),
         ("Learning outcomes", r"\begin{enumerate}" + "".join(r"\item " + tex(x) for x in F["learning_outcomes"]) + r"\end{enumerate}"),
         ("Summative assessment", F["summative_assessment"]),
         ("Partner", F["partner_name"] + " (contact: " + F["partner_contact"] + ")"),
         ("Endorsement", "In discussion; no decision yet"),
         ("Education Plan alignment", F["education_plan_alignment"]),
         ("Format and hours", "Hybrid: 8 hours online + 6 hours in the skills lab (14 hours)"),
         ("Start and enrolment", "Fall 2027; 3 cohorts of 12 a year (36)"),
         ("Resources", F["resources_required"])]
_tab = "\n".join(r"\textbf{" + tex(a) + "} & " + (b if b.startswith("\\begin") else tex(b)) + r" \\ \hline" for a, b in _rows)
DOCS.append({
    "file": "Cover letter and summary - colposcopy nursing.pdf", "route": "latex", "genre": "G4", "shape": "5", "fields": F,
    "notes": "G4 cover letter plus attached summary table (pdflatex letter class): letter with address block, date and signature names the course and asks for a micro-course; page 2 'Proposal summary' ruled table with label/answer rows, outcomes enumerated inside a cell; endorsement in discussion; hours and enrolment as sums in the table.",
    "tex": PREAMBLE + r"""\documentclass[11pt]{letter}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\signature{""" + tex(F["proposer_name"]) + r"""\\ """ + tex(F["proposer_title"]) + r"""\\ """ + tex(F["proposer_department"]) + r"""}
\address{""" + tex(F["proposer_department"]) + r"""\\ 420 Riverside Drive, Ottawa ON\\ """ + tex(F["proposer_phone"]) + r""" \\ """ + tex(F["proposer_email"]) + r"""}
\date{January 25, 2027}
\begin{document}
\begin{letter}{Continuing Education Office\\ The Michener Institute of Education at UHN\\ 222 St. Patrick Street, Toronto ON}
\opening{Dear Continuing Education team,}
Please accept this proposal for a micro-course titled \emph{""" + tex(F["proposal_title"]) + r"""}. Our colposcopy clinics have grown quickly and we need a consistent way to prepare nurses who join them.

The attached one-page summary sets out the learners, outcomes, assessment and logistics. We are in conversation with the """ + tex(F["partner_name"]) + r""" about a formal endorsement, but nothing is confirmed yet.

I would be glad to meet at your convenience.
\closing{Sincerely,}
\end{letter}
\newpage
{\large\bfseries Proposal summary}\par\medskip
\begin{tabular}{|>{\raggedright}p{4cm}|p{11.5cm}|}
\hline
""" + _tab + r"""
\end{tabular}
\end{document}
""",
})

# ---------------------------------------------------------------- t6: G4 cover letter + summary table, Word DOCX
F = {
    "proposal_title": "Best Possible Medication History and Reconciliation at Transitions of Care",
    "proposer_name": "Farida Nakashima",
    "proposer_title": "Pharmacy Technician Team Lead",
    "proposer_department": "Department of Pharmacy, Northshore Rehabilitation Hospital",
    "proposer_email": "farida.nakashima@example.org",
    "proposer_phone": "289-555-0134",
    "request_type": "new",
    "target_learners": "Pharmacy technicians and pharmacy assistants who take medication histories at admission, transfer or discharge",
    "rationale": "Medication discrepancies at admission and discharge remain a leading cause of preventable harm on our rehabilitation units. Accreditation requires a best possible medication history for every admitted patient, and technicians now take most of them, but training differs from site to site.",
    "competencies": "Structured patient and caregiver interviewing; use of at least two sources of medication information; identifying and documenting discrepancies; communicating with the interprofessional team",
    "learning_outcomes": [
        "Conduct a structured medication history interview with a patient or caregiver.",
        "Gather and compare at least two sources of medication information.",
        "Identify, classify and document medication discrepancies.",
        "Hand over unresolved discrepancies to the pharmacist or prescriber.",
    ],
    "competency_framework": "NAPRA Professional Competencies for Canadian Pharmacy Technicians at Entry to Practice",
    "summative_assessment": "Two recorded standardized-patient interviews and a completed reconciliation form for each, assessed by a pharmacist with a validated checklist",
    "partner_name": "Institute for Safe Medication Practices (regional chapter)",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Patient safety and interprofessional collaboration, two pillars of Michener's Education Plan",
    "delivery_format": "hybrid",
    "estimated_hours": 15,
    "proposed_start": "May 2027",
    "expected_enrolment": 50,
    "resources_required": "Standardized patients for the final assessment; Michener's learning management system",
    "submission_date": "2027-02-19",
}
DOCS.append({
    "file": "BPMH micro-credential - cover letter and summary.docx", "route": "docx", "genre": "G4", "shape": "5",
    "fields": F,
    "notes": "G4 cover letter plus summary table in one Word file (python-docx): letterhead lines and date, letter body naming the title in quotes and the partner letter; page break; 'Summary of Proposal' two-column grid table with a header row (Item/Details); outcomes typed inline as '1. … 2. …' in one cell (to be split); letter of support enclosed.",
    "blocks": [
        ("lines", ["**Northshore Rehabilitation Hospital** – Department of Pharmacy", "1180 Lakeshore Road East, Mississauga ON"]),
        ("p", "February 19, 2027"),
        ("p", "Continuing Education\nThe Michener Institute of Education at UHN"),
        ("p", "Dear Continuing Education Committee,"),
        ("p", "On behalf of our pharmacy team I am pleased to submit a proposal for a new micro-credential, “" + F["proposal_title"] + "”. A summary of the proposal is attached below, and the letter of support from our endorsing partner is enclosed."),
        ("p", "Our technicians have asked for a recognised credential for this work for several years, and I believe Michener is the right home for it."),
        ("p", "Kind regards,"),
        ("lines", [F["proposer_name"], F["proposer_title"], F["proposer_department"], F["proposer_email"] + " | " + F["proposer_phone"]]),
        ("pagebreak",),
        ("h2", "Summary of Proposal"),
        ("table", [["Item", "Details"],
                   ["Title", F["proposal_title"]],
                   ["Request", "New micro-credential"],
                   ["Learners", F["target_learners"]],
                   ["Why it is needed", F["rationale"]],
                   ["Competencies", F["competencies"]],
                   ["Framework", F["competency_framework"]],
                   ["Outcomes", " ".join(f"{i}. {x}" for i, x in enumerate(F["learning_outcomes"], 1))],
                   ["Final assessment", F["summative_assessment"]],
                   ["Endorsing partner", F["partner_name"] + " – letter of support enclosed"],
                   ["Education Plan", F["education_plan_alignment"]],
                   ["Format", "Blended (online modules + one simulation half-day)"],
                   ["Hours", "15"], ["Start", F["proposed_start"]], ["Learners per year", "50"],
                   ["Resources", F["resources_required"]]], True),
    ],
})

# ---------------------------------------------------------------- t7: G5 FAQ, pandoc markdown -> DOCX, French
F = {
    "proposal_title": "Bilan urodynamique : notions essentielles pour le personnel infirmier",
    "proposer_name": "Solène Thibodeau-Marchand",
    "proposer_title": "Infirmière clinicienne en urologie",
    "proposer_department": "Service d'urologie, Hôpital Sainte-Clotilde",
    "proposer_email": "solene.thibodeau@example.org",
    "proposer_phone": "514-555-0151",
    "request_type": "micro_course",
    "target_learners": "infirmières et infirmiers en urologie, en gynécologie et en réadaptation qui préparent ou assistent les examens urodynamiques",
    "rationale": "Les listes d'attente pour un bilan urodynamique dépassent six mois dans la région. Les cliniques manquent de personnel formé pour préparer les patients, poser les sondes et assurer la qualité des tracés ; la formation se fait aujourd'hui au cas par cas.",
    "competencies": "préparation et enseignement au patient; pose des sondes vésicale et rectale; contrôle de la qualité du signal; prévention des infections; documentation",
    "learning_outcomes": [
        "Expliquer au patient le déroulement de l'examen et obtenir sa collaboration.",
        "Installer et calibrer le matériel selon les normes de l'ICS.",
        "Reconnaître un artefact de pression et le corriger.",
        "Appliquer les mesures de prévention des infections urinaires.",
    ],
    "summative_assessment": "une évaluation pratique observée sur simulateur, notée avec une grille critériée, suivie d'un court examen écrit",
    "partner_name": "Association des infirmières et infirmiers en urologie du Québec",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Il répond à la priorité du Plan d'éducation de Michener sur la formation continue spécialisée et l'accès aux soins.",
    "delivery_format": "hybrid",
    "estimated_hours": 12,
    "proposed_start": "automne 2027",
    "expected_enrolment": 30,
    "submission_date": "2027-03-15",
}
DOCS.append({
    "file": "FAQ microcours urodynamique.docx", "route": "pandoc_docx", "genre": "G5", "shape": "5", "fields": F,
    "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G5 proposal written as a FAQ, in French (pandoc markdown -> DOCX): YAML title/author/date, '##' questions ('À qui s'adresse ce microcours ?', 'Combien de temps dure-t-il ?'), answers in sentences; hours as 'une journée et demie (12 heures)'; enrolment 'deux groupes de quinze' = 30; endorsement confirmed with letter to follow; pandoc smart quotes.",
    "md": """---
title: "Bilan urodynamique : notions essentielles pour le personnel infirmier"
subtitle: "Proposition de microcours – questions et réponses"
author: "Solène Thibodeau-Marchand, Infirmière clinicienne en urologie"
date: "15 mars 2027"
---

Service d'urologie, Hôpital Sainte-Clotilde · solene.thibodeau@example.org · 514-555-0151

## De quoi s'agit-il ?

Nous proposons un microcours (et non un programme complet) pour le personnel infirmier qui travaille en urodynamique.

## Pourquoi maintenant ?

""" + F["rationale"] + """

## À qui s'adresse ce microcours ?

Aux """ + F["target_learners"] + """.

## Quelles compétences seront développées ?

- préparation et enseignement au patient
- pose des sondes vésicale et rectale
- contrôle de la qualité du signal
- prévention des infections
- documentation

## Qu'est-ce que les participants sauront faire ?

À la fin du microcours, la personne sera capable de :

""" + "\n".join("1. " + x for x in F["learning_outcomes"]) + """

## Comment les acquis seront-ils évalués ?

Par """ + F["summative_assessment"] + """.

## Qui appuie le projet ?

L'""" + F["partner_name"] + """ a donné son accord ; la lettre suivra.

## Comment s'inscrit-il dans le Plan d'éducation ?

""" + F["education_plan_alignment"] + """

## Combien de temps dure-t-il ?

Une journée et demie (12 heures) : six heures en ligne et six heures en laboratoire de simulation, donc une formule hybride.

## Quand et pour combien de personnes ?

Début prévu : automne 2027. Nous prévoyons deux groupes de quinze par année.
""",
})

# ---------------------------------------------------------------- t8: G6 minutes that are the proposal, pandoc -> DOCX -> PDF (LibreOffice)
F = {
    "proposal_title": "Home Oxygen Assessment and Titration",
    "proposer_name": "Callum Ferreira-Boateng",
    "proposer_title": "Respiratory Therapy Practice Leader",
    "proposer_department": "Breathwell Home Respiratory Services",
    "proposer_email": "cferreira@example.com",
    "proposer_phone": "905-555-0106",
    "request_type": "new",
    "target_learners": "respiratory therapists and registered nurses working for home oxygen vendors or community respiratory programs",
    "rationale": "Funding rules for home oxygen changed in 2026 and now require documented exertional and nocturnal assessments. Our therapists were trained years ago on older criteria, and new hires arrive from acute care with no home-care experience.",
    "competencies": "Resting, exertional and nocturnal oxygen assessment; titration of concentrators and portable systems; home safety assessment; funding documentation",
    "learning_outcomes": [
        "Perform a resting and exertional oximetry assessment to the funding standard",
        "Interpret an overnight oximetry report",
        "Titrate oxygen flow on a concentrator and a portable system",
        "Complete a home safety check, including fire risk",
        "Complete the provincial funding application accurately",
    ],
    "summative_assessment": "A simulated home visit with a standardized patient, assessed by two RT preceptors with a rubric, plus review of one completed funding form",
    "partner_name": "Ontario Association of Home Respiratory Providers",
    "partner_contact": "Gwen Ashdown, gashdown@example.org",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "It fits the Education Plan's goals on community and home care and on credentials that working clinicians can stack",
    "delivery_format": "hybrid",
    "estimated_hours": 20,
    "proposed_start": "October 2027",
    "expected_enrolment": 45,
    "resources_required": "Michener simulation apartment for the final assessment; concentrators and portable units supplied by Breathwell",
    "submission_date": "2027-04-22",
}
DOCS.append({
    "file": "Planning meeting notes - home oxygen micro-credential.pdf", "route": "pandoc_pdf", "genre": "G6", "shape": "5",
    "fields": F, "words": ["expected_enrolment"],
    "notes": "G6 minutes-style notes of a planning meeting that ARE the proposal (pandoc markdown -> DOCX -> LibreOffice PDF): attendees, agenda items, 'Decision:' lines give the answers; proposer named as chair with contacts in the attendees list; hours as a sum (12 online + 8 in the simulation apartment = 20); enrolment 'three cohorts of fifteen' = 45; action items are not values.",
    "md": """---
title: "Planning meeting – micro-credential proposal: Home Oxygen Assessment and Titration"
date: "April 22, 2027"
---

**Present:** Callum Ferreira-Boateng (chair; Respiratory Therapy Practice Leader, Breathwell Home Respiratory Services; cferreira@example.com; 905-555-0106), Gwen Ashdown (Ontario Association of Home Respiratory Providers), Ruth Okafor-Lindqvist (clinical educator), Samir Ghosh (RT preceptor)

**Regrets:** Anne-Marie Dufour

These notes are submitted to Michener Continuing Education as our concept proposal.

## 1. Purpose and name

Discussion: the group reviewed three working names.
Decision: the course will be called **Home Oxygen Assessment and Titration** and proposed as a new micro-credential.

## 2. Why the course is needed

""" + F["rationale"] + """

## 3. Audience

Decision: the course is meant for """ + F["target_learners"] + """.

## 4. Skills and outcomes

Decision: the skills covered are """ + F["competencies"] + """.

Outcomes agreed – learners will be able to:

""" + "\n".join("- " + x for x in F["learning_outcomes"]) + """

## 5. Final assessment

Decision: """ + dot(F, "summative_assessment") + """

## 6. Partner

Gwen Ashdown confirmed that the Ontario Association of Home Respiratory Providers endorses the course; the signed letter of support is attached to these notes. Partner contact: """ + F["partner_contact"] + """.

## 7. Fit with Michener

Decision: """ + dot(F, "education_plan_alignment") + """

## 8. Logistics

- Format: blended – online theory plus a simulated home visit
- Hours: 12 online + 8 in the simulation apartment = 20
- First offering: October 2027
- Volume: three cohorts of fifteen a year
- Resources: """ + F["resources_required"] + """

## Action items

- Callum to send these notes and the letter to ce@michener.example.
- Samir to draft the assessment rubric by May 15.
""",
})

# ---------------------------------------------------------------- t9: G7 look-alike, Word report with numbered sections
DOCS.append({
    "file": "Neurodiagnostic Technology Program - Annual Report 2026.docx", "route": "docx", "genre": "G7", "shape": "7",
    "fields": {},
    "notes": "G7 look-alike (python-docx): a program annual report with numbered sections using the form's vocabulary (learning outcomes, assessment, hours, clinical partners, letters of support, contact email) but proposing nothing; not a concept form.",
    "blocks": [
        ("title", "Neurodiagnostic Technology Program"),
        ("subtitle", "Annual Program Report 2025–2026"),
        ("lines", ["Prepared by: Beatrix Lamontagne, Program Chair", "School of Applied Health Sciences", "blamontagne@michener.example · 416-555-0190", "Date: June 30, 2026"]),
        ("h1", "1. Program overview"),
        ("p", "The program admitted its ninth cohort of 22 students in September 2025. Graduates are eligible to write the national certification examination in EEG and evoked potentials."),
        ("h1", "2. Enrolment and retention"),
        ("table", [["Year", "Admitted", "Graduated", "Retention"], ["2023–24", "20", "18", "90%"], ["2024–25", "21", "20", "95%"], ["2025–26", "22", "21", "95%"]], True),
        ("h1", "3. Learning outcomes review"),
        ("p", "The curriculum committee mapped all eleven program learning outcomes to courses and found two outcomes (intraoperative monitoring and long-term epilepsy monitoring) under-assessed in the clinical year."),
        ("h1", "4. Assessment"),
        ("p", "Summative assessment in the clinical year moved from a single logbook review to three observed structured practical examinations. Pass rates were 96%."),
        ("h1", "5. Clinical and industry partners"),
        ("p", "Placements were provided by six hospital partners. Two partners renewed their letters of support for the program's accreditation review; no new partners were added."),
        ("h1", "6. Goals for 2026–2027"),
        ("ul", ["Complete the accreditation self-study by March 2027", "Replace two EEG acquisition systems", "Increase simulation hours in the first year by about ten hours"]),
        ("p", "Questions about this report may be sent to the program chair."),
    ],
})
