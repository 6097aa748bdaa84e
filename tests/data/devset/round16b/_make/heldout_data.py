"""Held-out half of round 16b: content and expected values (written from the content, never from a parser).
FOR SCORING ONLY - do not open while developing the parser."""

from lib import tex, PREAMBLE, dot

DOCS = []

# ---------------------------------------------------------------- h1: G1 grant-style, DOCX
F = {
    "proposal_title": "Voice Prosthesis Care after Total Laryngectomy",
    "proposer_name": "Oriana Kessler-Mbeki",
    "proposer_title": "Speech-Language Pathologist, Head and Neck Oncology",
    "proposer_department": "Princess Alder Cancer Centre",
    "proposer_email": "oriana.kessler@example.com",
    "proposer_phone": "(416) 555-0187",
    "request_type": "new",
    "rationale": "About forty patients a year in our catchment have a total laryngectomy, and almost all of them receive a tracheoesophageal voice prosthesis. When the prosthesis leaks or dislodges, patients come to emergency departments and community clinics where few staff know how to assess or manage it. Delays lead to aspiration, loss of voice and avoidable admissions.",
    "target_learners": "Speech-language pathologists, otolaryngology and oncology nurses, and respiratory therapists who care for laryngectomy patients outside specialist centres",
    "competencies": "Stoma and airway assessment; identification of prosthesis leakage (through and around); emergency management of a dislodged prosthesis; patient teaching on cleaning and heat and moisture exchangers",
    "learning_outcomes": [
        "Describe the anatomy after total laryngectomy and why the patient is a neck breather",
        "Assess a laryngectomy stoma and the fit of a heat and moisture exchanger",
        "Distinguish leakage through the prosthesis from leakage around it",
        "Manage a dislodged prosthesis safely until specialist review",
        "Teach a patient to clean the prosthesis with a brush and flushing pipette",
    ],
    "summative_assessment": "Objective structured clinical examination with three stations (stoma assessment, leak test on a task trainer, emergency dislodgement), each scored by a speech-language pathologist; candidates must pass all three stations",
    "partner_name": "Canadian Laryngectomee Support Network",
    "partner_contact": "Harold Drummond, Executive Director, hdrummond@example.org",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The micro-credential responds to the Education Plan's commitments to interprofessional education and to learning that follows patients into the community",
    "delivery_format": "hybrid",
    "estimated_hours": 9,
    "proposed_start": "January 2028",
    "expected_enrolment": 48,
    "resources_required": "Task trainers with indwelling prostheses (on loan from the partner); one Michener simulation room for a half-day per cohort",
    "submission_date": "2027-05-03",
}
DOCS.append({
    "file": "Voice prosthesis care - micro-credential grant application.docx", "route": "docx", "genre": "G1", "shape": "5",
    "fields": F, "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G1 grant-style application (python-docx): Title + Subtitle, line-broken applicant block, sections '1. Statement of Need' … '8. Budget and Resources' in an order different from the contract; outcomes as a numbered list after a lead-in; logistics in a sentence with hours as a sum in words and enrolment as 'four cohorts of twelve'; partner letter attached; phone in parentheses format.",
    "blocks": [
        ("title", F["proposal_title"]),
        ("subtitle", "Application for micro-credential development support"),
        ("lines", ["Principal investigator: " + F["proposer_name"], F["proposer_title"], F["proposer_department"],
                   "Email: " + F["proposer_email"] + "   Telephone: " + F["proposer_phone"], "Submitted: 3 May 2027"]),
        ("h1", "1. Statement of Need"),
        ("p", F["rationale"]),
        ("h1", "2. Project Objectives"),
        ("p", "We seek to develop a new micro-credential, hosted by Michener Continuing Education. On completion, learners will be able to:"),
        ("ol", F["learning_outcomes"]),
        ("h1", "3. Intended Participants"),
        ("p", dot(F, "target_learners")),
        ("h1", "4. Skills Developed"),
        ("p", dot(F, "competencies")),
        ("h1", "5. Assessment Strategy"),
        ("p", dot(F, "summative_assessment")),
        ("h1", "6. Methods and Timeline"),
        ("p", "The course will be blended: six hours of online modules followed by a three-hour simulation session, nine hours in all. We would launch in January 2028 and run four cohorts of twelve each year."),
        ("h1", "7. Partners and Strategic Fit"),
        ("p", "The " + F["partner_name"] + " co-designed the patient-teaching module and has signed a letter of support, which is attached. Partner contact: " + F["partner_contact"] + "."),
        ("p", dot(F, "education_plan_alignment")),
        ("h1", "8. Budget and Resources"),
        ("p", dot(F, "resources_required")),
    ],
})

# ---------------------------------------------------------------- h2: G1 grant-style, Word -> PDF, INCOMPLETE
F = {
    "proposal_title": "Working Safely in the Mycobacteriology Containment Level 3 Laboratory",
    "proposer_name": "Rashid Al-Amin Thorburn",
    "proposer_title": "Laboratory Biosafety Officer",
    "proposer_department": "Public Health Reference Laboratory, Northern Ontario",
    "proposer_email": "r.thorburn@example.org",
    "proposer_phone": "705-555-0112",
    "request_type": "existing_program",
    "existing_program_name": "CL3 Orientation for New Staff",
    "rationale": "Tuberculosis culture, identification and susceptibility testing must be done in a containment level 3 laboratory. Staff turnover is high, and our internal orientation is not recognised outside our own laboratory, so experienced technologists moving between sites must repeat it.",
    "target_learners": "Medical laboratory technologists and assistants who will work in a containment level 3 mycobacteriology laboratory",
    "competencies": "Entry and exit procedures and PPE including powered air-purifying respirators; biosafety cabinet technique; spill and exposure response; decontamination and waste handling; TB culture handling",
    "learning_outcomes": [
        "Enter and exit the CL3 suite following the posted procedure.",
        "Don, doff and check a powered air-purifying respirator.",
        "Process a sputum specimen in a class II biosafety cabinet without generating aerosols.",
        "Respond to a spill of a TB culture inside and outside the cabinet.",
    ],
    "competency_framework": "Canadian Biosafety Standard, 3rd edition",
    "summative_assessment": "A practical sign-off in the training suite observed by the biosafety officer, followed by a 30-question written test (pass mark 85%)",
    "partner_name": "Provincial TB Laboratory Network",
    "endorsement_status": "confirmed",
    "delivery_format": "in_person",
    "estimated_hours": 21,
    "proposed_start": "as soon as approved (ideally March 2028)",
    "expected_enrolment": 20,
    "submission_date": "2027-06-14",
}
DOCS.append({
    "file": "CL3 mycobacteriology - development application.pdf", "route": "docx_pdf", "genre": "G1", "shape": "5",
    "fields": F, "words": ["estimated_hours"],
    "notes": "G1 grant-style application exported to PDF by LibreOffice: applicant details in a two-column table at the top, numbered sections; existing_program conversion of an internal orientation; INCOMPLETE: no section or sentence on alignment with Michener's Education Plan (education_plan_alignment missing); hours as 'three days of seven hours'; endorsement confirmed, letter to follow.",
    "blocks": [
        ("title", "Micro-credential Development Application"),
        ("table", [["Project title", F["proposal_title"]],
                   ["Lead applicant", F["proposer_name"] + ", " + F["proposer_title"]],
                   ["Organization", F["proposer_department"]],
                   ["Email / phone", F["proposer_email"] + " / " + F["proposer_phone"]],
                   ["Date", "June 14, 2027"]]),
        ("h1", "1. Background"),
        ("p", F["rationale"]),
        ("p", "We propose to convert our existing " + F["existing_program_name"] + " into a Michener micro-credential that other laboratories can recognise."),
        ("h1", "2. Audience"),
        ("p", dot(F, "target_learners")),
        ("h1", "3. Competencies"),
        ("ul", F["competencies"].split("; ")),
        ("p", "Framework: " + dot(F, "competency_framework")),
        ("h1", "4. Learning Outcomes"),
        ("ol", F["learning_outcomes"]),
        ("h1", "5. Assessment"),
        ("p", dot(F, "summative_assessment")),
        ("h1", "6. External Support"),
        ("p", "The " + F["partner_name"] + " has agreed to endorse the credential; a formal letter will follow after its June meeting."),
        ("h1", "7. Delivery"),
        ("p", "Entirely in person in the training suite: three days of seven hours. We expect about 20 learners a year, starting as soon as approved (ideally March 2028)."),
    ],
})

# ---------------------------------------------------------------- h3: G2 memo to the Dean, DOCX
F = {
    "proposal_title": "Neonatal Jaundice and Home Phototherapy",
    "proposer_name": "Adaeze Lindgren",
    "proposer_title": "Perinatal Clinical Nurse Specialist",
    "proposer_department": "Maternal-Newborn Program, Trillium Bay Hospital",
    "proposer_email": "alindgren@example.org",
    "proposer_phone": "519-555-0145",
    "request_type": "micro_course",
    "target_learners": "postpartum and public health nurses, midwives and lactation consultants who follow newborns after discharge",
    "rationale": "Early discharge means that most newborn jaundice is now detected at home or in community clinics, and our region began a home phototherapy service last year. Readmissions for hyperbilirubinemia rose by 18% over two years, and a review found that bilirubin screening and follow-up were often inconsistent.",
    "competencies": "risk assessment for hyperbilirubinemia; transcutaneous bilirubin measurement; plotting results on the nomogram; setting up and monitoring home phototherapy; parent teaching",
    "learning_outcomes": [
        "Identify newborns at higher risk of severe hyperbilirubinemia.",
        "Measure transcutaneous bilirubin correctly and plot it on the hour-specific nomogram.",
        "Decide when to refer for serum bilirubin or hospital phototherapy.",
        "Set up a phototherapy blanket at home and teach parents to monitor feeding and output.",
    ],
    "summative_assessment": "an online case examination of 15 newborn scenarios and a recorded home-visit simulation marked with a checklist",
    "partner_name": "Regional Perinatal Outreach Program",
    "partner_contact": "Dr. Bernadette Kowalczyk, bkowalczyk@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Supports the Education Plan's priorities on community-based care and family-centred practice",
    "delivery_format": "online",
    "estimated_hours": 6,
    "proposed_start": "early 2028",
    "expected_enrolment": 120,
    "submission_date": "2027-09-07",
}
DOCS.append({
    "file": "MEMO - neonatal jaundice micro-course proposal.docx", "route": "docx", "genre": "G2", "shape": "5",
    "fields": F, "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G2 memo to the Dean (python-docx): TO/CC/FROM/DATE/RE lines, no salutation, body paragraphs with headings in bold run-ins; outcomes bulleted; hours 'six hours' and enrolment 'about ten learners a month' (120 a year) in words; letter of support attached; contact details only in the signature.",
    "blocks": [
        ("center", "**MEMO**"),
        ("p", "**TO:**\tDean, Continuing Education"),
        ("p", "**CC:**\tManager, Micro-credential Development"),
        ("p", "**FROM:**\t" + F["proposer_name"] + ", " + F["proposer_title"] + ", Trillium Bay Hospital"),
        ("p", "**DATE:**\tSeptember 7, 2027"),
        ("p", "**RE:**\tMicro-course proposal: " + F["proposal_title"]),
        ("p", "**Purpose.** This memo proposes a short online micro-course for " + F["target_learners"] + "."),
        ("p", "**Background.** " + F["rationale"]),
        ("p", "**Content.** The micro-course covers " + F["competencies"] + ". By the end, learners will be able to:"),
        ("ul", F["learning_outcomes"]),
        ("p", "**Assessment.** Completion is shown through " + F["summative_assessment"] + "."),
        ("p", "**Partner.** The " + F["partner_name"] + " (contact: " + F["partner_contact"] + ") has reviewed the content; its letter of support is attached."),
        ("p", "**Fit.** " + dot(F, "education_plan_alignment")),
        ("p", "**Logistics.** Fully online and self-paced, about six hours, starting early 2028. We expect about ten learners a month across the region."),
        ("lines", ["A. Lindgren", F["proposer_title"], F["proposer_department"], F["proposer_email"] + " | " + F["proposer_phone"]]),
    ],
})

# ---------------------------------------------------------------- h4: G2 memo to the Dean, DOCX, existing program
F = {
    "proposal_title": "Fetal Health Surveillance: Intermittent Auscultation and EFM Interpretation",
    "proposer_name": "Bronwyn Achterberg",
    "proposer_title": "Coordinator, Midwifery Continuing Competence",
    "proposer_department": "School of Midwifery, Lakehead Polytechnic",
    "proposer_email": "b.achterberg@example.com",
    "proposer_phone": "807-555-0173 x 224",
    "request_type": "existing_program",
    "existing_program_name": "Fetal Monitoring Refresher Day",
    "target_learners": "Registered midwives and labour and delivery nurses who must renew fetal health surveillance competence every two years",
    "rationale": "Hospitals in our region now ask for proof of current fetal surveillance competence before granting privileges, but the refresher day we run has no assessed outcome. Staff travel long distances to attend a course that does not count toward any credential.",
    "competencies": "Intermittent auscultation technique; classification of EFM tracings; recognition of atypical and abnormal patterns; escalation and documentation",
    "learning_outcomes": [
        "Perform intermittent auscultation with correct timing and documentation",
        "Classify an electronic fetal monitoring tracing as normal, atypical or abnormal",
        "Choose appropriate actions for atypical and abnormal tracings",
        "Communicate concerns using a structured escalation tool",
    ],
    "summative_assessment": "a proctored online examination of tracing interpretation (pass mark 80%) plus a skills check of intermittent auscultation",
    "partner_name": "Northern Obstetric Safety Collaborative",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Meets the Education Plan aim of accessible, assessed continuing competence for practitioners in rural and northern communities",
    "delivery_format": "hybrid",
    "estimated_hours": 7,
    "proposed_start": "Spring 2028",
    "expected_enrolment": 150,
    "submission_date": "2027-10-29",
}
DOCS.append({
    "file": "Memo to Dean CE - fetal surveillance credential.docx", "route": "docx", "genre": "G2", "shape": "5",
    "fields": F,
    "notes": "G2 memo to the Dean (python-docx): TO/FROM/DATE/SUBJECT lines with the date as 2027-10-29; salutation; existing_program conversion in the first sentence; competencies and outcomes as bullets; a small logistics table (no header); endorsement in discussion; extension written 'x 224'.",
    "blocks": [
        ("center", "**INTERNAL MEMORANDUM**"),
        ("p", "**TO:**\tDr. R. Castellanos, Dean of Continuing Education"),
        ("p", "**FROM:**\t" + F["proposer_name"] + ", " + F["proposer_title"]),
        ("p", "**DATE:**\t2027-10-29"),
        ("p", "**RE:**\tConversion of the " + F["existing_program_name"] + " – " + F["proposal_title"]),
        ("p", "Dear Dr. Castellanos,"),
        ("p", "We would like to convert our existing " + F["existing_program_name"] + " into a micro-credential called " + F["proposal_title"] + ". It is intended for " + F["target_learners"] + "."),
        ("p", F["rationale"]),
        ("p", "Skills and competencies:"),
        ("ul", F["competencies"].split("; ")),
        ("p", "Learning outcomes:"),
        ("ul", F["learning_outcomes"]),
        ("p", "Achievement would be evidenced by " + F["summative_assessment"] + "."),
        ("p", "We are in discussion with the " + F["partner_name"] + " about endorsing the credential; nothing is confirmed yet. " + dot(F, "education_plan_alignment")),
        ("table", [["Delivery", "Blended (online pre-work + half-day skills check)"], ["Hours", "7"],
                   ["Target launch", F["proposed_start"]], ["Learners per year", "150"]]),
        ("p", "Respectfully,"),
        ("lines", [F["proposer_name"], F["proposer_title"], F["proposer_department"], F["proposer_email"], F["proposer_phone"]]),
    ],
})

# ---------------------------------------------------------------- h5: G3 flyer with sidebar, LaTeX
F = {
    "proposal_title": "Diabetic Retinal Screening Photography",
    "proposer_name": "Kwabena Ostrowski",
    "proposer_title": "Lead Ophthalmic Photographer",
    "proposer_department": "Eye Care Services, Silverbirch Health Network",
    "proposer_email": "kostrowski@example.org",
    "proposer_phone": "416-555-0109",
    "request_type": "new",
    "target_learners": "ophthalmic assistants, optometric technicians and primary-care nurses who run retinal screening clinics",
    "rationale": "Only about half of people with diabetes in our region have the annual retinal screen they need. New community screening clinics are opening, but there are not enough trained photographers, and one image in five is ungradeable.",
    "competencies": "operating a non-mydriatic fundus camera; pupil assessment and safe dilation under protocol; capturing gradeable macula- and disc-centred images; image quality checks; patient communication",
    "learning_outcomes": [
        "Set up and operate a non-mydriatic fundus camera safely.",
        "Capture two gradeable 45-degree fields per eye.",
        "Judge image quality and repeat or dilate according to protocol.",
        "Explain the screening process and next steps to the patient.",
    ],
    "summative_assessment": "A portfolio of 30 consecutive screening images graded for quality by a certified retinal grader (90% gradeable required) and an observed clinic session",
    "partner_name": "Ontario Diabetic Eye Screening Alliance",
    "partner_contact": "Marisol Etxeberria, metxeberria@example.com",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "Advances the Education Plan's focus on equitable access to care and on community partnerships",
    "delivery_format": "hybrid",
    "estimated_hours": 18,
    "proposed_start": "Fall 2028",
    "expected_enrolment": 32,
    "submission_date": "2027-11-08",
}
_lo = "\n".join(r"  \item " + tex(x) for x in F["learning_outcomes"])
DOCS.append({
    "file": "Retinal screening photography - one-page pitch.pdf", "route": "latex", "genre": "G3", "shape": "5",
    "fields": F, "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G3 one-page flyer (pdflatex): headline question that is not the title, course title below, LEFT sidebar this time (contact and 'Key facts' box first in the page), main column with bold run-ins and an enumerated outcome list; hours 'two days plus six hours online' = 18 stated also as 'eighteen hours'; 'four groups of eight' = 32; endorsement agreed, letter to follow.",
    "tex": PREAMBLE + r"""\documentclass[10pt]{article}
\usepackage[margin=1.5cm]{geometry}
\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\LARGE\bfseries Half of our patients with diabetes miss their eye screen. Can we fix that?}\par\medskip
{\Large\bfseries """ + tex(F["proposal_title"]) + r"""}\par
{\itshape A new micro-credential proposed to Michener Continuing Education}\par\medskip
\noindent\begin{minipage}[t]{0.30\textwidth}
\fbox{\parbox{0.9\linewidth}{\textbf{Key facts}\par\smallskip
Delivery: blended\par
Time: eighteen hours (two days in clinic plus six hours online)\par
First cohort: Fall 2028\par
Size: four groups of eight a year\par\medskip
\textbf{Proposed by}\par
""" + tex(F["proposer_name"]) + r""", """ + tex(F["proposer_title"]) + r"""\par
""" + tex(F["proposer_department"]) + r"""\par
""" + tex(F["proposer_email"]) + r"""\par
Tel. """ + tex(F["proposer_phone"]) + r"""\par\medskip
8 November 2027}}
\end{minipage}\hfill
\begin{minipage}[t]{0.66\textwidth}
\textbf{Why.} """ + tex(F["rationale"]) + r"""

\textbf{For whom.} Designed for """ + tex(F["target_learners"]) + r""".

\textbf{Skills.} Learners practise """ + tex(F["competencies"]) + r""".

\textbf{Outcomes.} Graduates will be able to:
\begin{enumerate}
""" + _lo + r"""
\end{enumerate}

\textbf{Proof of competence.} """ + tex(dot(F, "summative_assessment")) + r"""

\textbf{Partner.} The """ + tex(F["partner_name"]) + r""" has agreed to endorse the credential; the letter will follow. Contact: """ + tex(F["partner_contact"]) + r""".

\textbf{Michener fit.} """ + tex(dot(F, "education_plan_alignment")) + r"""
\end{minipage}
\end{document}
""",
})

# ---------------------------------------------------------------- h6: G3 flyer with sidebar, LaTeX, INCOMPLETE
F = {
    "proposal_title": "Motivational Interviewing for Diabetes Educators",
    "proposer_name": "Lucinda Haverkamp",
    "proposer_title": "Certified Diabetes Educator and Registered Dietitian",
    "proposer_department": "Westgate Family Health Team",
    "proposer_email": "lhaverkamp@example.com",
    "proposer_phone": "905-555-0138",
    "request_type": "micro_course",
    "target_learners": "Dietitians, nurses and pharmacists who provide diabetes education in primary care",
    "rationale": "Diabetes educators spend most of each visit giving advice, yet patients' A1C and self-management change little. Motivational interviewing is recommended by clinical practice guidelines, but few educators have had structured practice with feedback.",
    "competencies": "Open questions, affirmations, reflections and summaries; recognising change talk; rolling with sustain talk; collaborative goal setting",
    "partner_name": "Diabetes Educators Network of Ontario",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Fits the Education Plan's commitment to person-centred care and interprofessional practice",
    "delivery_format": "online",
    "estimated_hours": 8,
    "proposed_start": "January 2028",
    "expected_enrolment": 75,
    "submission_date": "2027-08-16",
}
DOCS.append({
    "file": "MI for diabetes educators - pitch sheet.pdf", "route": "latex", "genre": "G3", "shape": "5",
    "fields": F, "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G3 one-page flyer (pdflatex) with a right sidebar; INCOMPLETE: the pitch lists skills but states no learning outcomes and no summative assessment (learning_outcomes and summative_assessment missing; the 'practice with feedback' wording is not an assessment); hours 'four two-hour webinars' = 8; enrolment 'roughly seventy-five'.",
    "tex": PREAMBLE + r"""\documentclass[11pt]{article}
\usepackage[margin=1.7cm]{geometry}
\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
\begin{center}{\huge\bfseries Less telling, more listening}\par\smallskip
{\Large """ + tex(F["proposal_title"]) + r"""}\par\smallskip
{\small Micro-course idea for Michener Continuing Education}\end{center}
\noindent\begin{minipage}[t]{0.62\textwidth}
\textbf{What's the problem?} """ + tex(F["rationale"]) + r"""

\textbf{Who should come?} """ + tex(dot(F, "target_learners")) + r"""

\textbf{What will they practise?} """ + tex(dot(F, "competencies")) + r"""

Every session includes practice with feedback in small breakout groups.

\textbf{Who supports it?} The """ + tex(F["partner_name"]) + r""" supports the idea; their letter of support is attached.

\textbf{How does it fit?} """ + tex(dot(F, "education_plan_alignment")) + r"""
\end{minipage}\hfill
\begin{minipage}[t]{0.34\textwidth}
\fbox{\parbox{0.9\linewidth}{\textbf{The details}\par\smallskip
Online, live\par
Four two-hour webinars (8 hours)\par
Starting January 2028\par
Roughly seventy-five learners a year\par\medskip
\textbf{Get in touch}\par
""" + tex(F["proposer_name"]) + r"""\par
""" + tex(F["proposer_title"]) + r"""\par
""" + tex(F["proposer_department"]) + r"""\par
""" + tex(F["proposer_email"]) + r""" $\cdot$ """ + tex(F["proposer_phone"]) + r"""\par\medskip
August 16, 2027}}
\end{minipage}
\end{document}
""",
})

# ---------------------------------------------------------------- h7: G4 cover letter + summary table, LaTeX letter class
F = {
    "proposal_title": "Post-mortem Examination Assistance: Foundations for Mortuary Technicians",
    "proposer_name": "Ignatius Falkenrath",
    "proposer_title": "Senior Pathologists' Assistant",
    "proposer_department": "Department of Laboratory Medicine and Pathology, Kingsmere University Hospital",
    "proposer_email": "ifalkenrath@example.org",
    "proposer_phone": "613-555-0196",
    "request_type": "new",
    "target_learners": "Mortuary technicians, autopsy assistants and laboratory assistants who support hospital and forensic post-mortem examinations",
    "rationale": "Hospital mortuaries in the province report vacancies they cannot fill, and most new staff are trained only by the person they replace. There is no recognised entry credential for autopsy assistance in Canada.",
    "competencies": "Decedent identification and chain of custody; evisceration and organ block dissection under direction; specimen collection for histology, microbiology and toxicology; mortuary infection control; respectful care of the deceased and families",
    "learning_outcomes": [
        "Verify the identity of a decedent and maintain chain of custody for the body and specimens.",
        "Assist with evisceration and organ dissection under a pathologist's direction.",
        "Collect, label and submit histology, microbiology and toxicology samples correctly.",
        "Apply mortuary infection-prevention and sharps-safety practices.",
        "Restore and prepare the body respectfully for release to the funeral home.",
    ],
    "summative_assessment": "Logbook of 10 supervised cases signed off by a pathologist, and an observed practical examination on a simulated case",
    "partner_name": "Office of the Regional Coroner",
    "partner_contact": "Dr. Yusuf Petrakis, Regional Supervising Coroner, ypetrakis@example.com",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "Addresses the Education Plan's priority on workforce gaps in laboratory medicine and on new credentials for roles without a formal pathway",
    "delivery_format": "hybrid",
    "estimated_hours": 30,
    "proposed_start": "September 2028",
    "expected_enrolment": 16,
    "resources_required": "Mortuary placement sites (provided by our hospital and the coroner's office); online modules built with Michener's instructional designers",
    "submission_date": "2027-12-02",
}
_rows = [("Working title", F["proposal_title"]), ("This proposal is for", "A new micro-credential"),
         ("Who it is for", F["target_learners"]), ("Identified gap", F["rationale"]),
         ("Competencies", F["competencies"]),
         ("Outcomes", r"\begin{enumerate}" + "".join(r"\item " + tex(x) for x in F["learning_outcomes"]) + r"\end{enumerate}"),
         ("Evidence of achievement", F["summative_assessment"]),
         ("Endorsing body", F["partner_name"]), ("Partner contact", F["partner_contact"]),
         ("Letter of support attached?", "Yes"),
         ("Strategic alignment", F["education_plan_alignment"]),
         ("Delivery mode", "Blended"), ("Total learning hours", "30 (18 online, 12 in the mortuary)"),
         ("Anticipated start", F["proposed_start"]), ("Learners / year", "16 (two cohorts of eight)"),
         ("Resources", F["resources_required"])]
_tab = "\n".join(r"\textbf{" + tex(a) + "} & " + (b if b.startswith("\\begin") else tex(b)) + r" \\ \hline" for a, b in _rows)
DOCS.append({
    "file": "Letter and proposal summary - post-mortem assistance.pdf", "route": "latex", "genre": "G4", "shape": "5",
    "fields": F,
    "notes": "G4 cover letter plus summary table (pdflatex letter class): the letter names the course and the Yes letter of support; the summary table on page 2 uses the form's own label variants (Working title, This proposal is for, Evidence of achievement, Letter of support attached? Yes); hours and enrolment as numbers with an explanation in parentheses.",
    "tex": PREAMBLE + r"""\documentclass[11pt]{letter}
\usepackage[margin=2cm]{geometry}
\usepackage{array}
\signature{""" + tex(F["proposer_name"]) + r"""\\ """ + tex(F["proposer_title"]) + r"""\\ """ + tex(F["proposer_email"]) + r""" \quad """ + tex(F["proposer_phone"]) + r"""}
\address{""" + tex(F["proposer_department"]) + r"""\\ Kingsmere University Hospital, 75 Regent Street\\ Kingston ON}
\date{2 December 2027}
\begin{document}
\begin{letter}{Chair, Micro-credential Review\\ Continuing Education, The Michener Institute of Education at UHN}
\opening{Dear Chair,}
I am writing to submit the enclosed concept for a new micro-credential, \emph{""" + tex(F["proposal_title"]) + r"""}. Our mortuary team has trained assistants informally for many years; a credential would let other hospitals and the coroner's system recognise that training.

The """ + tex(F["partner_name"]) + r""" has endorsed the proposal and its letter of support is attached. A one-page summary follows this letter.

Thank you for your consideration.
\closing{Yours sincerely,}
\end{letter}
\newpage
{\large\bfseries Proposal summary}\par\medskip
\begin{tabular}{|>{\raggedright}p{4.2cm}|p{11.6cm}|}
\hline
""" + _tab + r"""
\end{tabular}
\end{document}
""",
})

# ---------------------------------------------------------------- h8: G5 FAQ, pandoc -> DOCX, English
F = {
    "proposal_title": "Recognising Sepsis Early: A Micro-course for Community Paramedics and Home Care Nurses",
    "proposer_name": "Delphine Ngata-Marsh",
    "proposer_title": "Clinical Educator",
    "proposer_department": "Greenfield County Paramedic Service",
    "proposer_email": "dngata-marsh@example.com",
    "proposer_phone": "519-555-0121",
    "request_type": "micro_course",
    "target_learners": "community paramedics, home care nurses and personal support supervisors who visit older adults at home",
    "rationale": "Sepsis is often missed at home because early signs are subtle in older adults. In our service's review of 60 sepsis admissions, more than half of the patients had been seen by a home-visiting clinician in the 48 hours before admission.",
    "competencies": "Early recognition of sepsis in older adults; use of a screening tool and vital-sign trends; communication with primary care and emergency services (SBAR); documentation and family teaching",
    "learning_outcomes": [
        "Recognise early and atypical signs of sepsis in older adults.",
        "Apply a validated sepsis screening tool during a home visit.",
        "Escalate care using SBAR to the right service within the right time.",
        "Teach families which warning signs should prompt a call.",
    ],
    "summative_assessment": "a short online test and two recorded simulated home visits scored with a rubric by a paramedic educator",
    "partner_name": "Sepsis Survivors Canada",
    "partner_contact": "Keiko Branford, kbranford@example.org",
    "endorsement_status": "confirmed",
    "education_plan_alignment": "It supports the Education Plan's emphasis on patient safety, community-based care and interprofessional learning.",
    "delivery_format": "online",
    "estimated_hours": 5,
    "proposed_start": "March 2028",
    "expected_enrolment": 200,
    "submission_date": "2027-11-30",
}
DOCS.append({
    "file": "Sepsis micro-course - FAQ.docx", "route": "pandoc_docx", "genre": "G5", "shape": "5", "fields": F,
    "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G5 FAQ proposal (pandoc markdown -> DOCX): YAML title, author 'Name, Title', date; contact line; questions in the applicant's words and order ('How long is it?' before 'Who is this for?'); hours 'five hours' and enrolment 'up to two hundred' in words; partner agreed, letter to follow; competencies as a bullet list.",
    "md": """---
title: "Recognising Sepsis Early: A Micro-course for Community Paramedics and Home Care Nurses"
author: "Delphine Ngata-Marsh, Clinical Educator"
date: "November 30, 2027"
---

Greenfield County Paramedic Service · dngata-marsh@example.com · 519-555-0121

## What are you proposing?

A micro-course – short, online and focused on one skill set – rather than a full micro-credential.

## How long is it?

About five hours in total, online, in short self-paced modules with one live case discussion.

## Who is this for?

It is meant for """ + F["target_learners"] + """.

## Why is this needed?

""" + F["rationale"] + """

## What skills does it build?

""" + "\n".join("- " + x for x in F["competencies"].split("; ")) + """

## What will learners be able to do afterwards?

""" + "\n".join("- " + x for x in F["learning_outcomes"]) + """

## How will you know they can do it?

We plan """ + F["summative_assessment"] + """.

## Does anyone outside Michener back it?

Yes. Sepsis Survivors Canada has agreed to endorse the micro-course, and a signed letter will follow. Contact: """ + F["partner_contact"] + """.

## How does it fit Michener's plans?

""" + F["education_plan_alignment"] + """

## When would it start, and how many people would take it?

We would like to open it in March 2028, for up to two hundred learners a year across the county services.
""",
})

# ---------------------------------------------------------------- h9: G5 FAQ, pandoc -> DOCX, bilingual headings, French answers
F = {
    "proposal_title": "Vidéocapsule endoscopique : lecture préliminaire pour le personnel infirmier",
    "proposer_name": "Héloïse Brassard-Nkemelu",
    "proposer_title": "Infirmière-chef, unité d'endoscopie",
    "proposer_department": "Centre hospitalier régional de la Haute-Rivière",
    "proposer_email": "heloise.brassard@example.org",
    "proposer_phone": "819-555-0164",
    "request_type": "micro_course",
    "target_learners": "infirmières et infirmiers en endoscopie et en gastroentérologie qui effectuent une lecture préliminaire des examens par vidéocapsule",
    "rationale": "Le nombre d'examens par vidéocapsule a triplé en cinq ans. Les gastroentérologues passent de longues heures à visionner les vidéos ; une lecture préliminaire par du personnel infirmier formé réduirait les délais de rapport, mais aucune formation reconnue n'existe en français.",
    "competencies": "anatomie endoscopique de l'intestin grêle; repérage des lésions (saignement, angiodysplasie, ulcération, polype); utilisation du logiciel de lecture; rédaction d'un pré-rapport",
    "learning_outcomes": [
        "Préparer le patient et remettre les consignes avant et après l'ingestion de la capsule.",
        "Repérer et annoter les principales lésions de l'intestin grêle.",
        "Distinguer un artefact d'une lésion significative.",
        "Rédiger un pré-rapport structuré pour le gastroentérologue.",
    ],
    "summative_assessment": "la lecture de 10 vidéos de référence, comparée à celle d'un gastroentérologue (concordance minimale de 85 %)",
    "partner_name": "Société des infirmières en gastroentérologie du Québec",
    "endorsement_status": "in_discussion",
    "education_plan_alignment": "Le projet rejoint les priorités du Plan d'éducation de Michener : accès aux soins spécialisés, formation en français et collaboration interprofessionnelle.",
    "delivery_format": "online",
    "estimated_hours": 14,
    "proposed_start": "janvier 2029",
    "expected_enrolment": 25,
    "submission_date": "2028-01-17",
}
DOCS.append({
    "file": "Microcours videocapsule - FAQ bilingue.docx", "route": "pandoc_docx", "genre": "G5", "shape": "5", "fields": F,
    "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G5 FAQ proposal, bilingual headings ('À qui s'adresse-t-il ? / Who is it for?') with French answers (pandoc markdown -> DOCX); English subtitle is not the title; hours 'deux jours de sept heures' = 14; enrolment 'environ vingt-cinq'; endorsement in discussion ('en discussion … rien n'est confirmé'); competencies in a bulleted list.",
    "md": """---
title: "Vidéocapsule endoscopique : lecture préliminaire pour le personnel infirmier"
subtitle: "Capsule endoscopy pre-reading for nurses – micro-course proposal / proposition de microcours"
author: "Héloïse Brassard-Nkemelu, Infirmière-chef, unité d'endoscopie"
date: "17 janvier 2028"
---

Centre hospitalier régional de la Haute-Rivière · heloise.brassard@example.org · 819-555-0164

## Quoi ? / What is it?

Un microcours en ligne, autonome, pour apprendre la lecture préliminaire des examens par vidéocapsule.

## Pourquoi ? / Why is it needed?

""" + F["rationale"] + """

## À qui s'adresse-t-il ? / Who is it for?

Aux """ + F["target_learners"] + """.

## Compétences visées / Skills

""" + "\n".join("- " + x for x in F["competencies"].split("; ")) + """

## Résultats d'apprentissage / Learning outcomes

""" + "\n".join("1. " + x for x in F["learning_outcomes"]) + """

## Évaluation / Assessment

L'évaluation sommative repose sur """ + F["summative_assessment"] + """.

## Partenaire / Partner

Nous sommes en discussion avec la """ + F["partner_name"] + """ ; rien n'est confirmé pour le moment.

## Plan d'éducation / Education Plan

""" + F["education_plan_alignment"] + """

## Durée, format et calendrier / Length, format and timing

- Format : entièrement en ligne
- Durée : deux jours de sept heures (14 heures au total)
- Début prévu : janvier 2029
- Participants : environ vingt-cinq par année
""",
})

# ---------------------------------------------------------------- h10: G6 minutes = the proposal, pandoc -> DOCX -> PDF
F = {
    "proposal_title": "Quality Control in the Embryology Laboratory",
    "proposer_name": "Sunniva Okereke-Hale",
    "proposer_title": "Embryology Laboratory Director",
    "proposer_department": "Harbourview Fertility Centre",
    "proposer_email": "sokereke-hale@example.com",
    "proposer_phone": "416-555-0155",
    "request_type": "new",
    "target_learners": "embryologists, andrology technologists and laboratory assistants in assisted reproduction laboratories",
    "rationale": "Fertility clinics have expanded quickly and many embryologists were trained abroad or on the job. Accreditation inspections keep finding the same gaps in incubator monitoring, witnessing and culture media records.",
    "competencies": "incubator and culture-system monitoring; key performance indicators for the IVF laboratory; double witnessing and specimen identification; cryostorage tank safety; investigation of nonconformities",
    "learning_outcomes": [
        "Monitor incubators, gas and temperature and act on out-of-range readings",
        "Calculate and interpret key performance indicators for fertilisation and embryo development",
        "Apply double witnessing at every critical step",
        "Check cryostorage tanks and respond to an alarm",
        "Investigate and document a nonconformity",
    ],
    "summative_assessment": "A written case-based exam plus a practical audit of the learner's own laboratory QC records, reviewed by two senior embryologists.",
    "partner_name": "Canadian Society of Reproductive Laboratory Professionals",
    "endorsement_status": "letter_attached",
    "education_plan_alignment": "The course fits the Education Plan's aims of quality and safety and of serving specialised laboratory professions with no current Canadian training.",
    "delivery_format": "hybrid",
    "estimated_hours": 24,
    "proposed_start": "May 2028",
    "expected_enrolment": 30,
    "resources_required": "An embryology teaching lab (we can host the practical day at Harbourview); Michener's online platform",
    "submission_date": "2028-02-09",
}
DOCS.append({
    "file": "Minutes - embryology QC course planning 2028-02-09.pdf", "route": "pandoc_pdf", "genre": "G6", "shape": "5",
    "fields": F, "words": ["estimated_hours", "expected_enrolment"],
    "notes": "G6 minutes-style notes that ARE the proposal (pandoc markdown -> DOCX -> LibreOffice PDF): attendees table-like list with the proposer as chair; title recorded in a Decision line; agenda items in a different order from the tuning notes; outcomes as a numbered list; logistics in prose with hours 'three eight-hour days' = 24 and 'two cohorts of fifteen' = 30; letter of support attached; action items not values.",
    "md": """---
title: "Minutes – Embryology QC micro-credential working group"
date: "February 9, 2028"
---

**Chair:** Sunniva Okereke-Hale, Embryology Laboratory Director, Harbourview Fertility Centre (sokereke-hale@example.com, 416-555-0155)

**Attending:** Tobias Lindqvist-Amadi (senior embryologist), Fatima Oduya (andrology), Petra Villeneuve (quality manager)

**Note taker:** Petra Villeneuve

The working group agreed to send these minutes to Michener CE as its concept proposal for a new micro-credential.

### Item 1 – Need

""" + F["rationale"] + """

### Item 2 – Name

Decision: the course title is **""" + F["proposal_title"] + """**

### Item 3 – Learners and skills

Decision: the course is aimed at """ + F["target_learners"] + """. The skills we will teach are """ + F["competencies"] + """.

### Item 4 – Outcomes

Agreed wording: on completion learners will be able to

""" + "\n".join("%d. %s" % (i, x) for i, x in enumerate(F["learning_outcomes"], 1)) + """

### Item 5 – Assessment

Decision: """ + F["summative_assessment"] + """

### Item 6 – Partner

The Canadian Society of Reproductive Laboratory Professionals has endorsed the course. Its letter of support is attached to these minutes.

### Item 7 – Education Plan

Decision: """ + F["education_plan_alignment"] + """

### Item 8 – Logistics

The group settled on a blended course of three eight-hour days in total: two days' worth of online modules and one practical day on site. First offering in May 2028, with two cohorts of fifteen each year. Resources: """ + F["resources_required"] + """.

### Actions

- Sunniva to email the minutes and the letter to CE by February 16.
- Petra to draft the audit checklist.
""",
})

# ---------------------------------------------------------------- h11: G7 look-alike, conference abstract in Word
DOCS.append({
    "file": "Abstract - hydrogen breath testing workshop evaluation.docx", "route": "docx", "genre": "G7", "shape": "7",
    "fields": {},
    "notes": "G7 look-alike (python-docx): a conference abstract (title, authors with affiliations and corresponding-author email, Background/Objectives/Methods/Results/Conclusions) about evaluating an existing workshop; uses learning outcomes, summative assessment, hours, partner and endorsement vocabulary but proposes nothing; not a concept form.",
    "blocks": [
        ("p", "Canadian Gastroenterology Allied Health Conference 2028 – Abstract submission"),
        ("title", "Evaluation of a Hands-on Workshop in Hydrogen and Methane Breath Testing for Technologists"),
        ("lines", ["Ravindra Ollerenshaw¹, Maeve Tshabalala², Anders Kofi-Lund¹",
                   "¹ GI Motility Laboratory, Carrowmore Hospital; ² Faculty of Health Sciences, Westbrook College",
                   "Corresponding author: rollerenshaw@example.org"]),
        ("h2", "Background"),
        ("p", "Breath testing for small intestinal bacterial overgrowth and carbohydrate malabsorption is increasingly performed by technologists, yet preparation errors invalidate up to a quarter of tests."),
        ("h2", "Objectives"),
        ("p", "To evaluate whether a six-hour workshop improved technologists' achievement of four learning outcomes related to patient preparation, sampling and interpretation."),
        ("h2", "Methods"),
        ("p", "Forty-two technologists from nine hospitals attended between 2025 and 2027. A summative assessment (observed sampling and a written interpretation test) was given at the end of the workshop and repeated at six months. The workshop was co-delivered with an industry partner; no external endorsement was sought."),
        ("h2", "Results"),
        ("p", "Mean interpretation scores rose from 61% to 88%, and invalid tests fell from 23% to 9% at the participating sites."),
        ("h2", "Conclusions"),
        ("p", "A short, competency-based workshop improves breath-test quality. Further work will examine retention beyond one year."),
        ("p", "Keywords: breath testing; SIBO; technologist education; competency assessment"),
    ],
})
