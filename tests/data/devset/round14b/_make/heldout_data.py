DOCS = []

# ---- H1  G1 Word report, cover block
DOCS.append(dict(
    name="Decedent Care and Autopsy Assistance - Micro-credential Proposal", ext="docx", genre="G1", route="docx_report",
    shape="5", lang="en",
    cover=dict(title="Decedent Care and Autopsy Assistance",
               subtitle="A proposal for a Michener micro-credential",
               lines=["Submitted by Rosalind Achterberg", "Mortuary Services Supervisor, Department of Laboratory Medicine",
                      "rosalind.achterberg@example.org", "Phone 289-555-0112", "November 19, 2026"], page_break=True),
    markup="""
# 1 Introduction
Mortuary and autopsy assistants in Ontario hospitals learn almost entirely on the job. This document proposes a new micro-credential that gives them a recognised, assessed standard of practice.
# 2 Intended learners
Hospital mortuary attendants, autopsy assistants and pathology technicians who receive, prepare and release decedents or assist at hospital autopsies.
# 3 The need for the course
Hospital autopsy rates are falling while coroner-directed examinations are rising, and several hospitals have had incidents involving misidentification and family viewing errors. There is no Canadian training standard for autopsy assistants, and staff turnover in mortuaries exceeds 25 % a year.
# 4 Competencies
The course develops competence in decedent identification and chain of custody, safe body handling and infection prevention, evisceration and organ weighing under pathologist direction, and respectful family viewing and release.
# 5 Learning outcomes
Successful learners will:
1. Apply a two-identifier decedent identification process at every transfer.
2. Prepare the autopsy suite and assist with a standard adult autopsy.
3. Apply infection-prevention and high-risk case precautions.
4. Prepare a decedent for family viewing and document the release.
# 6 Summative assessment
An observed structured practical examination at three stations (identification and intake, autopsy assistance, viewing preparation), scored by a pathologist and a senior assistant, together with a written case review.
# 7 Partner endorsement
The Ontario Forensic Pathology Service has confirmed its support and is drafting a letter; our contact is Dr. Samuel Adeyinka (samuel.adeyinka@example.com).
# 8 Alignment with the Michener Education Plan
The credential brings an under-recognised workforce into Michener's continuing education offer and supports the plan's commitment to patient- and family-centred care.
# 9 Delivery and resources
Delivery would be hybrid: online modules followed by two days in our mortuary and autopsy suite, 18 hours altogether. We expect 20 learners a year, beginning in autumn 2027. The department will provide the autopsy suite, PPE and two instructors.
""",
    fields={
        "proposal_title": "Decedent Care and Autopsy Assistance",
        "proposer_name": "Rosalind Achterberg", "proposer_title": "Mortuary Services Supervisor",
        "proposer_department": "Department of Laboratory Medicine", "proposer_email": "rosalind.achterberg@example.org",
        "proposer_phone": "289-555-0112", "request_type": "new",
        "target_learners": "Hospital mortuary attendants, autopsy assistants and pathology technicians who receive, prepare and release decedents or assist at hospital autopsies.",
        "rationale": "Hospital autopsy rates are falling while coroner-directed examinations are rising, and several hospitals have had incidents involving misidentification and family viewing errors. There is no Canadian training standard for autopsy assistants, and staff turnover in mortuaries exceeds 25 % a year.",
        "competencies": "decedent identification and chain of custody; safe body handling and infection prevention; evisceration and organ weighing under pathologist direction; respectful family viewing and release",
        "learning_outcomes": ["Apply a two-identifier decedent identification process at every transfer.",
                              "Prepare the autopsy suite and assist with a standard adult autopsy.",
                              "Apply infection-prevention and high-risk case precautions.",
                              "Prepare a decedent for family viewing and document the release."],
        "summative_assessment": "An observed structured practical examination at three stations (identification and intake, autopsy assistance, viewing preparation), scored by a pathologist and a senior assistant, together with a written case review.",
        "partner_name": "Ontario Forensic Pathology Service", "partner_contact": "Dr. Samuel Adeyinka (samuel.adeyinka@example.com)",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "The credential brings an under-recognised workforce into Michener's continuing education offer and supports the plan's commitment to patient- and family-centred care.",
        "delivery_format": "hybrid", "estimated_hours": 18, "proposed_start": "autumn 2027", "expected_enrolment": 20,
        "resources_required": "The department will provide the autopsy suite, PPE and two instructors.",
        "submission_date": "2026-11-19"},
    notes="G1 report with cover page; headings numbered '1 …' without a stop; title only on the cover; 'proposes a new micro-credential' = new; competencies inline list after 'competence in'; 'confirmed its support and is drafting a letter' = confirmed; partner contact after 'our contact is'; delivery paragraph: hybrid, '18 hours altogether', 20, 'autumn 2027' (after 'beginning in'), resources sentence; cover 'Phone' line."))

# ---- H2  G1 Word report, incomplete (no Education Plan alignment)
DOCS.append(dict(
    name="PPH simulation for midwives - proposal (draft 2)", ext="docx", genre="G1", route="docx_report", shape="5", lang="en",
    cover=dict(title="Postpartum Haemorrhage Emergency Skills for Community Midwives",
               lines=["Clara Voskuijlen, Registered Midwife and Clinical Educator", "Riverside Midwifery Collective", "Email: clara.voskuijlen@example.com",
                      "Draft 2 — 25 November 2026"]),
    markup="""
## Purpose
Our collective asks Michener to develop a micro-course on managing postpartum haemorrhage in home and birth-centre settings.
## Audience
Registered midwives, midwifery students in their final year and second attendants at out-of-hospital births.
## Rationale
Postpartum haemorrhage remains the leading cause of serious maternal morbidity at out-of-hospital births. Midwives must renew emergency skills every two years, but the existing national workshop is oversubscribed and does not include team-based simulation in a home setting.
## What learners will practise
- rapid assessment of blood loss and shock
- uterotonic administration and bimanual compression
- team communication and transfer to hospital
## Outcomes
1. Estimate blood loss accurately using quantitative methods.
2. Initiate a stepwise management sequence within the first five minutes.
3. Coordinate a safe emergency transfer with paramedics.
## Assessment
A filmed high-fidelity home-birth simulation assessed with a validated team performance scale, and an individual skills checklist.
## Partner
Ontario Association of Midwives — in discussion; no commitment yet.
## Logistics
In person at our birth centre, 6 hours, 3 sessions of 10 each year (30), beginning April 2027. We can lend the birthing simulator and our two educators.
""",
    fields={
        "proposal_title": "Postpartum Haemorrhage Emergency Skills for Community Midwives",
        "proposer_name": "Clara Voskuijlen", "proposer_title": "Registered Midwife and Clinical Educator",
        "proposer_department": "Riverside Midwifery Collective", "proposer_email": "clara.voskuijlen@example.com",
        "request_type": "micro_course",
        "target_learners": "Registered midwives, midwifery students in their final year and second attendants at out-of-hospital births.",
        "rationale": "Postpartum haemorrhage remains the leading cause of serious maternal morbidity at out-of-hospital births. Midwives must renew emergency skills every two years, but the existing national workshop is oversubscribed and does not include team-based simulation in a home setting.",
        "competencies": "rapid assessment of blood loss and shock; uterotonic administration and bimanual compression; team communication and transfer to hospital",
        "learning_outcomes": ["Estimate blood loss accurately using quantitative methods.",
                              "Initiate a stepwise management sequence within the first five minutes.",
                              "Coordinate a safe emergency transfer with paramedics."],
        "summative_assessment": "A filmed high-fidelity home-birth simulation assessed with a validated team performance scale, and an individual skills checklist.",
        "partner_name": "Ontario Association of Midwives", "endorsement_status": "in_discussion",
        "delivery_format": "in_person", "estimated_hours": 6, "proposed_start": "April 2027", "expected_enrolment": 30,
        "resources_required": "We can lend the birthing simulator and our two educators.",
        "submission_date": "2026-11-25"},
    notes="G1 report with a short cover block: 'name, title' line, organisation line (the collective is the proposer's only affiliation, taken as department), 'Email:' line, 'Draft 2 — date'. 'develop a micro-course' = micro_course; 'Partner' line 'name — in discussion; no commitment yet' = in_discussion; logistics in terse phrases: in person, 6 hours, '3 sessions of 10 each year (30)' -> 30, April 2027, resources. Incomplete: no Education Plan alignment section."))

# ---- H3  G2 pandoc -> DOCX, existing program
DOCS.append(dict(
    name="sgrt-microcredential-concept", ext="docx", genre="G2", route="pandoc_docx", shape="5", lang="en",
    meta={"title": "Surface-Guided Radiation Therapy in Practice", "author": "Tobias Lindgren-Mwangi", "date": "2026-11-26"},
    markup="""
**Proposer:** Tobias Lindgren-Mwangi, Radiation Therapy Clinical Specialist, Department of Radiation Oncology — tobias.lindgren@example.org — 416-555-0108
## Request
We ask CE to turn our internal **SGRT Onboarding Program** into a micro-credential so that radiation therapists at other centres can earn it.
## Learners
Radiation therapists working on linear accelerators with surface-guidance systems, and dosimetrists involved in SGRT planning.
## Need
Surface guidance is now installed on most Canadian linacs, yet only a few centres have structured training. Set-up errors and unnecessary re-imaging are common when therapists are unsure how to set regions of interest and tolerances.
## Competencies and framework
- defining regions of interest and tolerances
- surface-guided patient set-up and monitoring
- deep-inspiration breath-hold gating for left-breast treatment
- quality assurance of the surface imaging system
These map to the CAMRT Competency Profile for radiation therapists.
## Outcomes
- Configure a surface-guided set-up for breast, brain and extremity sites.
- Deliver a breath-hold treatment using surface gating.
- Recognise and act on surface-tracking errors.
- Perform daily and monthly SGRT quality assurance.
## Summative assessment
Learners complete two supervised treatment set-ups assessed with a competency checklist and pass an online image-review test (80 %).
## Endorsement
The Canadian Association of Medical Radiation Technologists' Radiation Therapy Practice Group supports the proposal; their letter is attached.
## Education Plan
The credential advances the Education Plan's emphasis on technology-enabled practice and inter-institutional learning.
## Logistics
The course would be online with two virtual lab sessions, 10 hours in all, for 60 learners a year, starting January 2028. We provide recorded demonstrations and vendor training accounts.
""",
    fields={
        "proposal_title": "Surface-Guided Radiation Therapy in Practice",
        "proposer_name": "Tobias Lindgren-Mwangi", "proposer_title": "Radiation Therapy Clinical Specialist",
        "proposer_department": "Department of Radiation Oncology", "proposer_email": "tobias.lindgren@example.org",
        "proposer_phone": "416-555-0108", "request_type": "existing_program", "existing_program_name": "SGRT Onboarding Program",
        "target_learners": "Radiation therapists working on linear accelerators with surface-guidance systems, and dosimetrists involved in SGRT planning.",
        "rationale": "Surface guidance is now installed on most Canadian linacs, yet only a few centres have structured training. Set-up errors and unnecessary re-imaging are common when therapists are unsure how to set regions of interest and tolerances.",
        "competencies": "defining regions of interest and tolerances; surface-guided patient set-up and monitoring; deep-inspiration breath-hold gating for left-breast treatment; quality assurance of the surface imaging system",
        "competency_framework": "CAMRT Competency Profile for radiation therapists",
        "learning_outcomes": ["Configure a surface-guided set-up for breast, brain and extremity sites.",
                              "Deliver a breath-hold treatment using surface gating.", "Recognise and act on surface-tracking errors.",
                              "Perform daily and monthly SGRT quality assurance."],
        "summative_assessment": "Learners complete two supervised treatment set-ups assessed with a competency checklist and pass an online image-review test (80 %).",
        "partner_name": "Canadian Association of Medical Radiation Technologists' Radiation Therapy Practice Group",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "The credential advances the Education Plan's emphasis on technology-enabled practice and inter-institutional learning.",
        "delivery_format": "online", "estimated_hours": 10, "proposed_start": "January 2028", "expected_enrolment": 60,
        "resources_required": "We provide recorded demonstrations and vendor training accounts.",
        "submission_date": "2026-11-26"},
    notes="pandoc DOCX from markdown: YAML title/author/date; bold 'Proposer:' run-in line with name, title, department, email and phone separated by commas and dashes; 'turn our internal **X** into a micro-credential' = existing_program; competencies bulleted + framework sentence; outcomes bulleted with stops; 'letter is attached' = letter_attached; logistics paragraph: online (virtual labs are online), 10 hours, 60, January 2028, resources."))

# ---- H4  G2 pandoc -> HTML -> PDF
DOCS.append(dict(
    name="Bedside dysphagia screening - micro-course proposal", ext="pdf", genre="G2", route="pandoc_pdf", shape="5", lang="en",
    meta={"title": "Bedside Dysphagia Screening After Stroke", "author": "Submitted by Yusra Haddad-Kowalczyk", "date": "30 November 2026"},
    markup="""
Yusra Haddad-Kowalczyk is a Speech-Language Pathologist in the Stroke Rehabilitation Program and can be reached at yusra.haddad@example.com or 905-555-0149.
## In short
We propose a short micro-course, open to any regulated health professional who screens swallowing on acute stroke and general medicine units; most will be nurses.
## Why
Stroke best-practice recommendations call for a swallowing screen before any oral intake, but audits on our units show that a third of patients receive food or medication before screening, and aspiration pneumonia remains a leading complication.
## Skills
Learners will practise administering a validated bedside swallow screen, recognising overt and silent aspiration signs, positioning and oral care, and making referrals to speech-language pathology.
## Learning outcomes
- Administer a validated bedside swallowing screen correctly.
- Identify patients who must stay nil by mouth.
- Apply safe positioning and oral care before oral intake.
- Refer appropriately to speech-language pathology.
## Evidence of learning
A video-based practical exam: learners score three recorded screens and perform one on a standardised patient, marked against the tool's fidelity checklist.
## Support
Heart & Stroke Regional Stroke Network has agreed to endorse the course and will send a letter in January (contact: Mei-Ling Obi, mei-ling.obi@example.org).
## Education Plan
It reflects the plan's priorities of interprofessional practice and patient safety.
## Details
Online and self-paced, 4 hours, launching spring 2027, roughly 200 learners a year. Resources needed: instructional design support and video hosting.
""",
    fields={
        "proposal_title": "Bedside Dysphagia Screening After Stroke",
        "proposer_name": "Yusra Haddad-Kowalczyk", "proposer_title": "Speech-Language Pathologist",
        "proposer_department": "Stroke Rehabilitation Program", "proposer_email": "yusra.haddad@example.com",
        "proposer_phone": "905-555-0149", "request_type": "micro_course",
        "target_learners": "any regulated health professional who screens swallowing on acute stroke and general medicine units",
        "rationale": "Stroke best-practice recommendations call for a swallowing screen before any oral intake, but audits on our units show that a third of patients receive food or medication before screening, and aspiration pneumonia remains a leading complication.",
        "competencies": "administering a validated bedside swallow screen; recognising overt and silent aspiration signs; positioning and oral care; making referrals to speech-language pathology",
        "learning_outcomes": ["Administer a validated bedside swallowing screen correctly.", "Identify patients who must stay nil by mouth.",
                              "Apply safe positioning and oral care before oral intake.", "Refer appropriately to speech-language pathology."],
        "summative_assessment": "A video-based practical exam: learners score three recorded screens and perform one on a standardised patient, marked against the tool's fidelity checklist.",
        "partner_name": "Heart & Stroke Regional Stroke Network", "partner_contact": "Mei-Ling Obi, mei-ling.obi@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It reflects the plan's priorities of interprofessional practice and patient safety.",
        "delivery_format": "online", "estimated_hours": 4, "proposed_start": "spring 2027", "expected_enrolment": 200,
        "resources_required": "instructional design support and video hosting",
        "submission_date": "2026-11-30"},
    notes="pandoc HTML -> WeasyPrint PDF: pandoc title block (author line 'Submitted by …'), then a third-person contact sentence giving title, department, email and phone; 'a short micro-course' = micro_course; learners after 'open to' (the trailing 'most will be nurses' is not part of it); competencies inline list after 'practise'; 'agreed to endorse … will send a letter' = confirmed; details line: online, 4 hours, 'spring 2027' (after 'launching'), 'roughly 200', resources after 'Resources needed:' (lower-case phrase, no stop)."))

# ---- H5  G3 LaTeX
DOCS.append(dict(
    name="hpv_primary_screening_cytotech_proposal", ext="pdf", genre="G3", route="latex", shape="5", lang="en",
    title="From Pap to HPV: Primary HPV Screening and Reflex Cytology for Cytotechnologists",
    author_lines=["Nadia Szabo-Reyes", "Cytology Section Lead, Anatomic Pathology", "nadia.szabo@example.org"],
    date="November 28, 2026", numbered=False,
    markup="""
# Overview
Ontario is moving cervical screening from Pap cytology to primary HPV testing. This proposal is for a new micro-credential that prepares cytotechnologists for the change.
# Target learners
Cytotechnologists and cytology residents who will interpret reflex cytology on HPV-positive samples, and laboratory staff moving into molecular HPV testing.
# Need
Sample volumes for routine Pap review will fall by about 70 %, while the proportion of abnormal slides rises sharply. Cytotechnologists need to recalibrate their interpretation for a high-prevalence population and learn the molecular workflow; no Canadian course covers both.
# Competencies
- interpreting reflex cytology in an HPV-positive population
- performing and troubleshooting HPV nucleic acid testing
- applying the triage algorithm and reporting terminology
- quality monitoring in a primary HPV program
# Learning outcomes

Learners will be able to:
1. Describe the primary HPV screening pathway and triage algorithm.
2. Interpret reflex cytology slides with an abnormality rate above 30 %.
3. Run and verify an HPV nucleic acid test batch.
4. Monitor program quality indicators and act on deviations.
# Assessment
A 60-slide proficiency test (minimum 90 % concordance with the reference diagnosis) and a supervised HPV test run.
# Partner
The Provincial Cervical Screening Program has endorsed the course (letter attached); contact: Ewa Lindahl, ewa.lindahl@example.com.
# Education Plan
Supports the Education Plan by helping the laboratory workforce adapt to system change and new technology.
# Logistics
| Format | Hybrid (online modules; slide review and wet lab on site) |
| Hours | 24 |
| Start | October 2027 |
| Learners | 35 per year |
| Resources | Digital slide set and lab time from our department; Michener LMS |
""",
    fields={
        "proposal_title": "From Pap to HPV: Primary HPV Screening and Reflex Cytology for Cytotechnologists",
        "proposer_name": "Nadia Szabo-Reyes", "proposer_title": "Cytology Section Lead", "proposer_department": "Anatomic Pathology",
        "proposer_email": "nadia.szabo@example.org", "request_type": "new",
        "target_learners": "Cytotechnologists and cytology residents who will interpret reflex cytology on HPV-positive samples, and laboratory staff moving into molecular HPV testing.",
        "rationale": "Sample volumes for routine Pap review will fall by about 70 %, while the proportion of abnormal slides rises sharply. Cytotechnologists need to recalibrate their interpretation for a high-prevalence population and learn the molecular workflow; no Canadian course covers both.",
        "competencies": "interpreting reflex cytology in an HPV-positive population; performing and troubleshooting HPV nucleic acid testing; applying the triage algorithm and reporting terminology; quality monitoring in a primary HPV program",
        "learning_outcomes": ["Describe the primary HPV screening pathway and triage algorithm.",
                              "Interpret reflex cytology slides with an abnormality rate above 30 %.",
                              "Run and verify an HPV nucleic acid test batch.",
                              "Monitor program quality indicators and act on deviations."],
        "summative_assessment": "A 60-slide proficiency test (minimum 90 % concordance with the reference diagnosis) and a supervised HPV test run.",
        "partner_name": "Provincial Cervical Screening Program", "partner_contact": "Ewa Lindahl, ewa.lindahl@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Education Plan by helping the laboratory workforce adapt to system change and new technology.",
        "delivery_format": "hybrid", "estimated_hours": 24, "proposed_start": "October 2027", "expected_enrolment": 35,
        "resources_required": "Digital slide set and lab time from our department; Michener LMS",
        "submission_date": "2026-11-28"},
    notes="LaTeX article with unnumbered sections; long title with a colon in \\title; author block name / 'title, department' / email (no phone); 'a new micro-credential' = new; competencies itemize, outcomes enumerate after a lead-in; '(letter attached)' = letter_attached, contact after 'contact:'; tabular logistics: hybrid, 24, October 2027, '35 per year', resources cell."))

# ---- H6  G3 LaTeX, incomplete (no summative assessment)
DOCS.append(dict(
    name="Retinal_Photography_Diabetes_Screening_concept", ext="pdf", genre="G3", route="latex", shape="5", lang="en",
    title="Retinal Photography for Diabetic Eye Screening",
    author_lines=["Prepared by Oluwakemi Brandt, Ophthalmic Imaging Coordinator", "oluwakemi.brandt@example.com / 647-555-0175"],
    date="3 December 2026",
    markup="""
# Summary
This concept describes a micro-course in non-mydriatic retinal photography for staff working in primary care diabetes clinics and community health centres. It would run online over 8 hours for about 80 learners a year, starting in June 2027.
# Rationale
One in three people with diabetes in the region has not had an eye exam in two years. Teleretinal screening programs can close this gap, but image quality is the main limitation: 18 % of images taken by untrained staff are ungradable.
# Skills
Patient positioning and pupil assessment, camera operation and focusing, image quality grading, and uploading to the teleretinal platform.
# Outcomes
1. Capture two-field retinal images that meet program gradability standards.
2. Recognise ungradable images and repeat them before the patient leaves.
3. Explain the screening process and follow-up to patients.
# Assessment
To be confirmed with CE — we are unsure what would count as a summative assessment for a short online course and would welcome guidance.
# Partner and Education Plan
The Northern Teleretinal Screening Network supports the idea and we are discussing a formal endorsement. The course aligns with the Education Plan's focus on community and primary care.
""",
    fields={
        "proposal_title": "Retinal Photography for Diabetic Eye Screening",
        "proposer_name": "Oluwakemi Brandt", "proposer_title": "Ophthalmic Imaging Coordinator",
        "proposer_email": "oluwakemi.brandt@example.com", "proposer_phone": "647-555-0175",
        "request_type": "micro_course",
        "target_learners": "staff working in primary care diabetes clinics and community health centres",
        "rationale": "One in three people with diabetes in the region has not had an eye exam in two years. Teleretinal screening programs can close this gap, but image quality is the main limitation: 18 % of images taken by untrained staff are ungradable.",
        "competencies": "Patient positioning and pupil assessment; camera operation and focusing; image quality grading; uploading to the teleretinal platform",
        "learning_outcomes": ["Capture two-field retinal images that meet program gradability standards.",
                              "Recognise ungradable images and repeat them before the patient leaves.",
                              "Explain the screening process and follow-up to patients."],
        "partner_name": "Northern Teleretinal Screening Network", "endorsement_status": "in_discussion",
        "education_plan_alignment": "The course aligns with the Education Plan's focus on community and primary care.",
        "delivery_format": "online", "estimated_hours": 8, "proposed_start": "June 2027", "expected_enrolment": 80,
        "submission_date": "2026-12-03"},
    notes="LaTeX article; author line 'Prepared by name, title' plus 'email / phone'; the summary paragraph answers request type (micro-course), learners (after 'for') and online / 8 hours / about 80 / June 2027 in one sentence; competencies an inline comma list; 'supports the idea and we are discussing a formal endorsement' = in_discussion; partner and Education Plan in one section. Incomplete: the Assessment section only says it is to be confirmed, so summative_assessment is missing."))

# ---- H7  G4 Google-Docs-like export
DOCS.append(dict(
    name="Pacemaker Follow-up Micro-credential - Proposal (Google Docs export)", ext="docx", genre="G4", route="gdocs",
    shape="5", lang="en",
    cover=dict(title="Pacemaker Follow-up and Interrogation for Cardiology Technologists",
               lines=["Proposal to Michener Continuing Education", "Lead: Hamid Rostami-Clarke (Charge Cardiology Technologist, Device Clinic)",
                      "hamid.rostami@example.org · 416-555-0138", "November 22, 2026"]),
    markup="""
# Overview
This proposal is for a new micro-credential. It is aimed at cardiology technologists and cardiac nurses who are starting to work in device clinics.
# Why this is needed
Device clinic volumes have doubled in five years with remote monitoring, and clinics struggle to train technologists to interrogate and reprogram pacemakers independently. Industry representatives still do much of this work, which is not sustainable.
# Competencies
- pacemaker interrogation and threshold testing
- recognising lead and battery problems
- remote monitoring triage
- safe reprogramming within protocols
# Learning outcomes
1. Interrogate single- and dual-chamber pacemakers from the major manufacturers.
2. Measure sensing and capture thresholds and adjust outputs safely.
3. Identify lead failure, battery depletion and pacemaker-mediated tachycardia.
4. Triage remote monitoring alerts according to clinic protocol.
# Summative assessment
Practical exam on device simulators plus supervised interrogation of five clinic patients, assessed with the IBHRE-style competency checklist.
# Partner
Canadian Heart Rhythm Society: letter attached. Contact Dr. Aurelie Fontaine, aurelie.fontaine@example.com.
# Education Plan alignment
Responds to the Education Plan by building advanced practice roles for technologists and using simulation-based assessment.
# Logistics
| Delivery | Hybrid |
| Hours | 30 |
| Start | Fall 2027 |
| Learners per year | 20 |
| Resources | Device programmers on loan from manufacturers; clinic placements at our hospital |
""",
    fields={
        "proposal_title": "Pacemaker Follow-up and Interrogation for Cardiology Technologists",
        "proposer_name": "Hamid Rostami-Clarke", "proposer_title": "Charge Cardiology Technologist", "proposer_department": "Device Clinic",
        "proposer_email": "hamid.rostami@example.org", "proposer_phone": "416-555-0138", "request_type": "new",
        "target_learners": "cardiology technologists and cardiac nurses who are starting to work in device clinics",
        "rationale": "Device clinic volumes have doubled in five years with remote monitoring, and clinics struggle to train technologists to interrogate and reprogram pacemakers independently. Industry representatives still do much of this work, which is not sustainable.",
        "competencies": "pacemaker interrogation and threshold testing; recognising lead and battery problems; remote monitoring triage; safe reprogramming within protocols",
        "learning_outcomes": ["Interrogate single- and dual-chamber pacemakers from the major manufacturers.",
                              "Measure sensing and capture thresholds and adjust outputs safely.",
                              "Identify lead failure, battery depletion and pacemaker-mediated tachycardia.",
                              "Triage remote monitoring alerts according to clinic protocol."],
        "summative_assessment": "Practical exam on device simulators plus supervised interrogation of five clinic patients, assessed with the IBHRE-style competency checklist.",
        "partner_name": "Canadian Heart Rhythm Society", "partner_contact": "Dr. Aurelie Fontaine, aurelie.fontaine@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Responds to the Education Plan by building advanced practice roles for technologists and using simulation-based assessment.",
        "delivery_format": "hybrid", "estimated_hours": 30, "proposed_start": "Fall 2027", "expected_enrolment": 20,
        "resources_required": "Device programmers on loan from manufacturers; clinic placements at our hospital",
        "submission_date": "2026-11-22"},
    notes="Google-Docs-style DOCX (Arial, Title then '1. …' Heading 1 headings); 'Lead: name (title, department)' line; 'email · phone'; learners after 'aimed at'; 'Partner' paragraph 'name: letter attached. Contact …' = letter_attached; logistics table without header: Hybrid, 30, Fall 2027, 20, resources."))

# ---- H8  G4 Google-Docs-like export, French
DOCS.append(dict(
    name="Microcours EEG ambulatoire - proposition", ext="docx", genre="G4", route="gdocs", shape="5", lang="fr",
    cover=dict(title="Pose et suivi de l'EEG ambulatoire",
               lines=["Proposition de microcours — Éducation continue, Michener",
                      "Responsable : Mathilde Beauregard-Osei, technologue en électroneurophysiologie principale, Laboratoire de neurophysiologie clinique",
                      "mathilde.beauregard@example.org | 819-555-0116", "Date : 27 novembre 2026"]),
    markup="""
# Description de la demande
Nous souhaitons offrir un microcours sur la pose et le suivi de l'EEG ambulatoire de 24 à 72 heures.
# Public cible
Technologues en électroneurophysiologie et infirmières en épileptologie.
# Justification
Les listes d'attente pour l'EEG en milieu hospitalier dépassent six mois dans plusieurs régions. L'EEG ambulatoire permet de réduire ces délais, mais la qualité des tracés dépend de la pose des électrodes au collodion et de l'enseignement donné au patient, pour lesquels aucune formation structurée n'existe en français.
# Compétences
Pose d'électrodes selon le système international 10-20 au collodion, vérification des impédances, enseignement au patient et à la famille, et analyse de la qualité des enregistrements.
# Résultats d'apprentissage
À la fin du microcours, la personne pourra :
1. poser un montage 10-20 complet au collodion en moins de 45 minutes ;
2. vérifier les impédances et corriger les électrodes défectueuses ;
3. expliquer au patient la tenue du journal d'événements ;
4. repérer les artefacts fréquents à la lecture préliminaire.
# Évaluation sommative
Pose observée sur un patient standardisé avec grille d'évaluation et analyse de trois enregistrements comportant des artefacts.
# Partenaire
L'Association des technologues en électroneurophysiologie du Québec a donné son accord ; la lettre suivra.
# Plan d'éducation
Le microcours s'inscrit dans l'orientation du Plan d'éducation sur l'accès aux soins et la formation en français.
# Modalités
Formation hybride de 12 heures (6 heures en ligne et 6 heures en laboratoire), environ 24 personnes par année, à compter de mars 2027. Le laboratoire prête les amplificateurs et le matériel de pose.
""",
    fields={
        "proposal_title": "Pose et suivi de l'EEG ambulatoire",
        "proposer_name": "Mathilde Beauregard-Osei", "proposer_title": "technologue en électroneurophysiologie principale",
        "proposer_department": "Laboratoire de neurophysiologie clinique", "proposer_email": "mathilde.beauregard@example.org",
        "proposer_phone": "819-555-0116", "request_type": "micro_course",
        "target_learners": "Technologues en électroneurophysiologie et infirmières en épileptologie.",
        "rationale": "Les listes d'attente pour l'EEG en milieu hospitalier dépassent six mois dans plusieurs régions. L'EEG ambulatoire permet de réduire ces délais, mais la qualité des tracés dépend de la pose des électrodes au collodion et de l'enseignement donné au patient, pour lesquels aucune formation structurée n'existe en français.",
        "competencies": "Pose d'électrodes selon le système international 10-20 au collodion; vérification des impédances; enseignement au patient et à la famille; analyse de la qualité des enregistrements",
        "learning_outcomes": ["poser un montage 10-20 complet au collodion en moins de 45 minutes ;",
                              "vérifier les impédances et corriger les électrodes défectueuses ;",
                              "expliquer au patient la tenue du journal d'événements ;",
                              "repérer les artefacts fréquents à la lecture préliminaire."],
        "summative_assessment": "Pose observée sur un patient standardisé avec grille d'évaluation et analyse de trois enregistrements comportant des artefacts.",
        "partner_name": "Association des technologues en électroneurophysiologie du Québec", "endorsement_status": "confirmed",
        "education_plan_alignment": "Le microcours s'inscrit dans l'orientation du Plan d'éducation sur l'accès aux soins et la formation en français.",
        "delivery_format": "hybrid", "estimated_hours": 12, "proposed_start": "mars 2027", "expected_enrolment": 24,
        "resources_required": "Le laboratoire prête les amplificateurs et le matériel de pose.",
        "submission_date": "2026-11-27"},
    notes="French Google-Docs-style DOCX; 'Responsable : nom, titre, département' line; 'microcours' = micro_course; competencies inline list (joined '; '); outcomes numbered lower case ending ' ;' as typed; 'a donné son accord ; la lettre suivra' = confirmed; 'Formation hybride de 12 heures (6 … et 6 …)' -> hybrid, 12; 'environ 24'; 'mars 2027' after 'à compter de'; 'Date : 27 novembre 2026'."))

# ---- H9  G5 e-mail body saved as DOCX
DOCS.append(dict(
    name="Proposal - intraosseous access refresher for paramedics", ext="docx", genre="G5", route="email_docx", shape="5", lang="en",
    email_header=[("From", "Sergei Makarenko-Hill <s.makarenko@example.org>"), ("Sent", "Tuesday, December 1, 2026 4:05 PM"),
                  ("To", "Continuing Education <ce@michener.example>"), ("Subject", "Proposal - intraosseous access refresher for paramedics")],
    markup="""
Good afternoon,
I'm the education coordinator for Harbour Region Paramedic Services and I'd like to propose converting our annual "IO Access Skills Day" into a micro-credential titled Intraosseous Vascular Access for Paramedics. Our base hospital wants a recognised, assessed credential rather than an attendance record.
The learners would be primary and advanced care paramedics, plus emergency department nurses who want to keep IO skills current.
Why: IO access is a low-frequency, high-stakes skill. Our chart audits show first-attempt success of only 71 % in adults and lower in children, and the provincial standards now require documented competence every two years.
Skills covered: site selection (humeral, tibial, paediatric), device insertion and securing, infusion and medication administration, and recognising complications such as extravasation.
Learners will be able to (1) choose the right site and needle length for adults and children, (2) insert and secure an IO needle on a task trainer on the first attempt, (3) start an infusion with pressure and confirm flow, and (4) recognise and manage complications.
The summative piece is an OSCE station on adult and paediatric task trainers, marked by a base hospital physician, with two first-attempt insertions required.
Harbour Regional Base Hospital Program has endorsed this and their letter is attached. The credential fits the Michener Education Plan's aim to partner with emergency services and to credential practice-based skills.
It would be in person, 5 hours, with about 120 paramedics a year starting in April 2027. We'll supply the task trainers and IO drivers.
Regards,
Sergei Makarenko-Hill
Education Coordinator | Professional Standards
Harbour Region Paramedic Services
Cell 902-555-0191
""",
    fields={
        "proposal_title": "Intraosseous Vascular Access for Paramedics",
        "proposer_name": "Sergei Makarenko-Hill", "proposer_title": "Education Coordinator", "proposer_department": "Professional Standards",
        "proposer_email": "s.makarenko@example.org", "proposer_phone": "902-555-0191",
        "request_type": "existing_program", "existing_program_name": "IO Access Skills Day",
        "target_learners": "primary and advanced care paramedics, plus emergency department nurses who want to keep IO skills current",
        "rationale": "IO access is a low-frequency, high-stakes skill. Our chart audits show first-attempt success of only 71 % in adults and lower in children, and the provincial standards now require documented competence every two years.",
        "competencies": "site selection (humeral, tibial, paediatric); device insertion and securing; infusion and medication administration; recognising complications such as extravasation",
        "learning_outcomes": ["choose the right site and needle length for adults and children",
                              "insert and secure an IO needle on a task trainer on the first attempt",
                              "start an infusion with pressure and confirm flow", "recognise and manage complications"],
        "summative_assessment": "an OSCE station on adult and paediatric task trainers, marked by a base hospital physician, with two first-attempt insertions required",
        "partner_name": "Harbour Regional Base Hospital Program", "endorsement_status": "letter_attached",
        "education_plan_alignment": "The credential fits the Michener Education Plan's aim to partner with emergency services and to credential practice-based skills.",
        "delivery_format": "in_person", "estimated_hours": 5, "proposed_start": "April 2027", "expected_enrolment": 120,
        "resources_required": "We'll supply the task trainers and IO drivers.",
        "submission_date": "2026-12-01"},
    notes="E-mail body saved as DOCX with From/Sent/To/Subject lines; no headings; 'converting our annual \"X\" into a micro-credential titled <title>' = existing_program; 'Why:' run-in complete sentences; 'Skills covered:' inline list; outcomes inline '(1) … (4)' split into items; assessment after 'The summative piece is'; 'endorsed this and their letter is attached' = letter_attached; one paragraph: in person, 5 hours, about 120, April 2027, resources; signature 'Title | Department', 'Cell' phone; email only in the From line."))

# ---- H10  G6 two-column brochure
DOCS.append(dict(
    name="OAT dispensing micro-credential brochure", ext="pdf", genre="G6", route="brochure", shape="5", lang="en",
    banner="Safer Opioid Agonist Therapy Dispensing", tagline="Micro-credential proposal · Pharmacy technicians",
    markup="""
# The proposal
Community Pharmacy Partners Network proposes a new micro-credential, **Opioid Agonist Therapy Dispensing for Pharmacy Technicians**, to be offered by Michener CE.
# For whom
Regulated pharmacy technicians in community and hospital outpatient pharmacies that dispense methadone, buprenorphine and slow-release oral morphine.
# Why it matters
Opioid agonist therapy caseloads have tripled since 2019. Dispensing errors and missed-dose handling are the most frequent incident types reported in our network, and technicians now take on witnessed dosing and carry preparation with no specific training.
# Competencies
- accurate measurement and labelling of methadone doses
- witnessed dosing and carry preparation
- recognising missed doses and intoxication
- trauma-informed, non-stigmatising communication
# Outcomes
1. Prepare and check opioid agonist therapy doses and carries without error.
2. Apply the missed-dose protocol and escalate to the pharmacist.
3. Recognise signs of intoxication or withdrawal before dosing.
4. Communicate with clients in a respectful, non-stigmatising way.
# Assessment
An online case-based exam plus an observed dispensing simulation scored with a checklist.
# Endorsement
We are in conversation with the Provincial Pharmacy Technicians Society about endorsement; nothing is confirmed.
# Fit with Michener
Aligns with the Education Plan's commitment to equity, harm reduction and community-based practice.
# At a glance
| Format | Online with one live virtual simulation |
| Total hours | 6 |
| Launch | February 2027 |
| Expected enrolment | 150 learners a year |
""",
    contact_panel=["**Questions? Contact the proposer**", "Leticia Ferraz-Holm, Pharmacy Practice Lead", "Community Pharmacy Partners Network",
                   "leticia.ferraz@example.com  |  437-555-0124"],
    fields={
        "proposal_title": "Opioid Agonist Therapy Dispensing for Pharmacy Technicians",
        "proposer_name": "Leticia Ferraz-Holm", "proposer_title": "Pharmacy Practice Lead",
        "proposer_department": "Community Pharmacy Partners Network", "proposer_email": "leticia.ferraz@example.com",
        "proposer_phone": "437-555-0124", "request_type": "new",
        "target_learners": "Regulated pharmacy technicians in community and hospital outpatient pharmacies that dispense methadone, buprenorphine and slow-release oral morphine.",
        "rationale": "Opioid agonist therapy caseloads have tripled since 2019. Dispensing errors and missed-dose handling are the most frequent incident types reported in our network, and technicians now take on witnessed dosing and carry preparation with no specific training.",
        "competencies": "accurate measurement and labelling of methadone doses; witnessed dosing and carry preparation; recognising missed doses and intoxication; trauma-informed, non-stigmatising communication",
        "learning_outcomes": ["Prepare and check opioid agonist therapy doses and carries without error.",
                              "Apply the missed-dose protocol and escalate to the pharmacist.",
                              "Recognise signs of intoxication or withdrawal before dosing.",
                              "Communicate with clients in a respectful, non-stigmatising way."],
        "summative_assessment": "An online case-based exam plus an observed dispensing simulation scored with a checklist.",
        "partner_name": "Provincial Pharmacy Technicians Society", "endorsement_status": "in_discussion",
        "education_plan_alignment": "Aligns with the Education Plan's commitment to equity, harm reduction and community-based practice.",
        "delivery_format": "online", "estimated_hours": 6, "proposed_start": "February 2027", "expected_enrolment": 150},
    notes="Two-column reportlab brochure; banner headline is a shortened title, full title in bold in the first section; 'in conversation with … about endorsement; nothing is confirmed' = in_discussion; at-a-glance table: online (a virtual simulation is online), 6, February 2027, 150; contact panel gives name, title, organisation (the proposer's only affiliation, taken as department), email, phone; no date, no resources."))

# ---- H11  G7 look-alike: program annual report
DOCS.append(dict(
    name="Annual Report 2025-2026 - Neurophysiology Technology CE Certificate", ext="docx", genre="G7", route="docx_report",
    shape="7", lang="en",
    cover=dict(title="Annual Program Report 2025–2026",
               subtitle="Neurophysiology Technology Continuing Education Certificate",
               lines=["Prepared by: Ingrid Tshabalala-Moore, Program Coordinator", "ingrid.tshabalala@michener.example | ext. 555-0102",
                      "Reporting period: 1 September 2025 – 31 August 2026"], page_break=False),
    markup="""
# Program overview
The certificate consists of four courses (96 hours in total), delivered in a hybrid format. It targets practising technologists who want to extend their practice into evoked potentials and intraoperative monitoring.
# Enrolment and completion
| Measure | 2024–25 | 2025–26 |
| Enrolled | 41 | 47 |
| Completed | 33 | 39 |
| Completion rate | 80 % | 83 % |
# Learning outcomes achievement
All program learning outcomes were assessed through the capstone practical examination. Outcome 3 (troubleshooting intraoperative recordings) had the lowest mean score (71 %).
# Industry partner
Our clinical partner, Lakeshore Neurodiagnostics, continued to host practicum placements and renewed its letter of support for another three years.
# Alignment with the Education Plan
The program contributed to the Education Plan goals on flexible learning and workforce development.
# Actions for next year
- revise the troubleshooting module
- add a second practicum site
- review fees with the CE office
""",
    fields={},
    notes="NOT a concept form: an annual report of an existing CE certificate (python-docx report route, cover block). It uses the form's vocabulary – hours, hybrid delivery, learning outcomes, assessment, industry partner and letter of support, Education Plan alignment, a coordinator's contact – but proposes nothing."))
