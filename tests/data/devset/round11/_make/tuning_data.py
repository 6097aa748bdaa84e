"""Round 11, tuning half: content and expected values of each document.

`fields` is the expected value set (what a careful person extracts); `show` is how the
form displays a value where it differs (hours in a phrase, a dated format, 'N/A', 'TBD'),
and `body` is the full text of retyped documents, written from the same variables.
"""
from lib import J

DOCS = []


def add(**d):
    DOCS.append(d)
    return d


# --------------------------------------------------------------------------- T1
f = dict(
    proposal_title="Radial Compression Band Removal and Access-Site Care after Cardiac Catheterization",
    proposer_name="Nkechi Achebe-Sorensen",
    proposer_title="Clinical Nurse Educator, Cardiac Catheterization Lab",
    proposer_department="Cardiovascular Services, Lakemont General Hospital",
    proposer_email="nachebe-sorensen@example.org",
    proposer_phone="416-555-0142 ext. 3310",
    request_type="new",
    target_learners="Registered nurses and cardiovascular technologists working in cath lab recovery, day surgery and cardiology step-down units.",
    rationale=("Since our program moved to radial access for about 85% of diagnostic and PCI cases, staff outside the cath lab "
               "remove compression bands several times a shift. Deflation protocols differ from unit to unit and we see avoidable "
               "re-bleeds, hand numbness and radial artery occlusion. "
               "We had 14 access-site incident reports in the last fiscal year, most of them on units where the band is removed by "
               "staff who were never formally taught the protocol."),
    competencies=J(["Assessing the radial access site and hand perfusion", "Staged deflation of a radial compression band",
                    "Recognising and managing haematoma and re-bleed", "Checking patent haemostasis (reverse Barbeau test)",
                    "Documenting and escalating access-site complications"]),
    learning_outcomes=["Assess the radial access site, distal pulses and hand perfusion before and during band removal.",
                       "Deflate a radial compression band following a staged protocol.",
                       "Recognise a re-bleed or expanding haematoma and apply the correct first response.",
                       "Perform a reverse Barbeau test and document the result."],
    competency_framework="Canadian Council of Cardiovascular Nurses (CCCN) standards of practice",
    summative_assessment=("Observed skills station on a radial access task trainer (staged deflation and re-bleed management) scored "
                          "with a 20-item checklist, pass mark 80%, plus a 15-question online quiz."),
    partner_name="Heartline Cardiac Devices Canada",
    partner_contact="Marisa Delacroix-Oyelaran, Clinical Specialist – mdelacroix@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment=("Supports the Education Plan priority on upskilling the acute-care workforce in high-demand areas and on "
                              "short, competency-based, stackable learning."),
    delivery_format="hybrid",
    estimated_hours=6,
    proposed_start="April 2027",
    expected_enrolment=60,
    resources_required="Two radial access task trainers (loaned by the partner), one skills-lab booking of 3 hours per cohort, an LMS shell.",
    submission_date="2026-12-01",
)
add(file="Concept Form - Radial band removal - N Achebe-Sorensen.docx", shape="1", lang="en", form=True,
    route="pandoc_html_docx", fields=f,
    show=dict(rationale=f["rationale"].replace("occlusion. We had", "occlusion.\n\nWe had"),
              competencies=["Assessing the radial access site and hand perfusion", "Staged deflation of a radial compression band",
                            "Recognising and managing haematoma and re-bleed", "Checking patent haemostasis (reverse Barbeau test)",
                            "Documenting and escalating access-site complications"],
              estimated_hours="6 (3 online + 3 in the skills lab)", expected_enrolment="about 60",
              submission_date="December 1, 2026"),
    route_desc="the form written as an HTML page (table, ☒/☐) and converted to DOCX by pandoc 2.17 (pandoc's own DOCX styles: 'Compact' paragraphs, table without the 'Table Grid' look, lists as Word numbering)",
    notes="Official form as an HTML page turned into DOCX by pandoc: two-column table, ☒/☐ options, competencies as a bulleted list (joined with '; '), outcomes as a numbered list, a two-paragraph rationale (joined with one space), hours '6 (3 online + 3 in the skills lab)' -> 6, enrolment 'about 60' -> 60, date 'December 1, 2026'.")

# --------------------------------------------------------------------------- T2
f = dict(
    proposal_title="CSF and Body Fluid Cell Counts for Core Lab MLTs",
    proposer_name="Rosalind Ferreira-Nakamura",
    proposer_title="Charge Technologist, Hematology",
    proposer_department="Laboratory Medicine, Eastvale Regional Health Centre",
    proposer_email="rferreira-nakamura@example.org",
    proposer_phone="905-555-0117",
    request_type="new",
    target_learners="Medical laboratory technologists who cover hematology on evenings, nights and weekends, including staff rotated in from chemistry and microbiology.",
    rationale=("Body fluid counts are low volume but high stakes: a CSF count at 03:00 can decide whether a child gets a lumbar puncture "
               "repeated or antibiotics started. Our after-hours staff do maybe two or three a month and tell us they dont feel "
               "confident with the haemocytometer, with crenated cells or with telling a traumatic tap from a real bleed. "
               "We looked at the learning outcomes of the general hematology refresher and none of them cover fluids, and our partner "
               "lab says they see the same gap in there rural sites."),
    competencies=J(["Manual cell counts in CSF, pleural, peritoneal and synovial fluids using a haemocytometer",
                    "Differential counts on cytospin preparations",
                    "Recognising contamination, clots and traumatic taps",
                    "Knowing when to refer a fluid to the pathologist"]),
    learning_outcomes=["Perform a manual CSF cell count and correct it for dilution.",
                       "Prepare and read a cytospin differential on a serous fluid.",
                       "Identify malignant-looking cells and refer them according to the lab's escalation procedure.",
                       "Explain how a traumatic tap affects the CSF red and white cell counts."],
    partner_name="Northgate Community Laboratories",
    endorsement_status="confirmed",
    delivery_format="in_person",
    estimated_hours=8,
    proposed_start="Spring 2027 (after the analyzer upgrade)",
    expected_enrolment=30,
    resources_required=("Bench space in the teaching lab for one full day per cohort, four microscopes with a teaching head, "
                        "haemocytometers and cytospin access. "
                        "We would also need de-identified fluid slides; we have started a teaching set but it only has about 20 slides so far "
                        "and we would like at least 60, including some rarer cells. "
                        "Finally some paid time for two technologists to act as bench coaches during the day."),
    submission_date="2026-12-03",
)
add(file="CSF and body fluid cell counts - concept form (draft).docx", shape="1", lang="en", form=True,
    route="docx_lo_roundtrip", font="Liberation Serif", fields=f,
    show=dict(rationale=f["rationale"].replace("bleed. We looked", "bleed.\n\nWe looked"),
              competencies=["Manual cell counts in CSF, pleural, peritoneal and synovial fluids using a haemocytometer",
                            "Differential counts on cytospin preparations",
                            "Recognising contamination, clots and traumatic taps",
                            "Knowing when to refer a fluid to the pathologist"],
              summative_assessment="TBD", partner_contact="N/A", competency_framework="N/A",
              estimated_hours="8 hrs (one day)", expected_enrolment="30 (two cohorts of 15)",
              endorsement_status_box="confirmed",
              resources_required=f["resources_required"].replace("cytospin access. We", "cytospin access.\n\nWe").replace("rarer cells. Finally", "rarer cells.\n\nFinally"),
              submission_date="03/12/2026"),
    hints=dict(submission_date="(dd/mm/yyyy)"),
    route_desc="python-docx table form saved as ODT by LibreOffice 7.4 and that ODT re-saved as DOCX by LibreOffice (Liberation Serif)",
    notes="Incomplete draft: Summative Assessment says 'TBD' (no value) and the Education Plan alignment cell is empty, so both are missing. The form went Word -> ODT -> DOCX through LibreOffice. Typos kept as written ('dont', 'there rural sites'); the rationale mentions 'learning outcomes' and 'partner'; partner contact and framework 'N/A' (absent); resources spill over three paragraphs (joined); 'Confirmed (letter to follow)' ticked = confirmed; '8 hrs (one day)' -> 8; '30 (two cohorts of 15)' -> 30; date '03/12/2026' with the hint '(dd/mm/yyyy)' -> 2026-12-03.")
DOCS[-1]["hints"] = dict(submission_date="(dd/mm/yyyy)")

# --------------------------------------------------------------------------- T3 (French)
f = dict(
    proposal_title="Doppler transcrânien : acquisition et contrôle de la qualité",
    proposer_name="Éloïse Marchand-Diallo",
    proposer_title="Technologue en électrophysiologie médicale, responsable de la formation",
    proposer_department="Laboratoire de neurophysiologie, Hôpital régional de Val-Morin",
    proposer_email="emarchand-diallo@example.org",
    proposer_phone="819-555-0163, poste 412",
    request_type="existing_program",
    existing_program_name="Atelier d'introduction au Doppler transcrânien (2024)",
    target_learners="Technologues en électrophysiologie médicale et sonographistes qui réalisent ou réaliseront des examens Doppler transcrâniens.",
    rationale=("L'atelier de 2024 a été très apprécié, mais il ne comporte aucune évaluation et ne mène à aucune reconnaissance. "
               "Le dépistage des vasospasmes après une hémorragie sous-arachnoïdienne augmente dans notre région et les équipes demandent une formation reconnue."),
    competencies=J(["repérer les fenêtres acoustiques temporale, orbitaire et sous-occipitale",
                    "identifier les artères du polygone de Willis",
                    "mesurer les vitesses et calculer l'indice de Lindegaard",
                    "reconnaître les artéfacts et les examens non interprétables"]),
    learning_outcomes=["Réaliser un examen Doppler transcrânien complet selon le protocole du laboratoire.",
                       "Identifier chaque segment artériel à partir de la profondeur, de la direction du flux et des vitesses.",
                       "Calculer l'indice de Lindegaard et signaler une valeur critique.",
                       "Rédiger un rapport technique conforme."],
    competency_framework="Profil de compétences de l'Ordre des technologues (électrophysiologie médicale)",
    summative_assessment="Examen pratique sur un volontaire sain, noté par deux évaluateurs avec une grille de 25 critères (seuil de réussite : 75 %).",
    partner_name="Neurovia Diagnostics",
    partner_contact="Dr Paulin Ostrowski-Ngata – postrowski@example.com",
    endorsement_status="in_discussion",
    education_plan_alignment="Répond à l'orientation du Plan d'éducation sur les microcertificats menant à une reconnaissance pour les professionnels en exercice.",
    delivery_format="hybrid",
    estimated_hours=10,
    proposed_start="Automne 2027",
    expected_enrolment=24,
    resources_required="Deux appareils Doppler transcrânien (prêt du partenaire) et une salle de pratique pendant deux demi-journées.",
    submission_date="2026-11-27",
)
add(file="Formulaire de concept - Doppler transcrânien - É Marchand-Diallo.docx", shape="1", lang="fr", form=True,
    route="docxtpl_form", fields=f,
    show=dict(rationale=f["rationale"].replace("reconnaissance. Le", "reconnaissance.\n\nLe"),
              competencies=["repérer les fenêtres acoustiques temporale, orbitaire et sous-occipitale",
                            "identifier les artères du polygone de Willis",
                            "mesurer les vitesses et calculer l'indice de Lindegaard",
                            "reconnaître les artéfacts et les examens non interprétables"],
              estimated_hours="10 h", expected_enrolment="environ 24", submission_date="27 novembre 2026"),
    route_desc="Word template with Jinja tags (made with python-docx) filled by docxtpl 0.20 (a mail-merge style fill; multi-line answers become one paragraph with w:br line breaks)",
    notes="French official form filled by a template engine (docxtpl): answers with several lines are ONE paragraph with line breaks (outcomes '1) …', competencies '- …'), options as '☒ / ☐' one per line; existing_program with the program named; 'En discussion' = in_discussion; '10 h' -> 10; 'environ 24' -> 24; date '27 novembre 2026'.")

# --------------------------------------------------------------------------- T4 (content controls)
f = dict(
    proposal_title="Agitated Saline Contrast (Bubble Study) in Adult Echocardiography",
    proposer_name="Gideon Farrow-Adeyemi",
    proposer_title="Senior Cardiac Sonographer",
    proposer_department="Echocardiography Lab, St. Brennan's Hospital",
    proposer_email="gfarrow-adeyemi@example.org",
    request_type="micro_course",
    target_learners="Registered cardiac sonographers who perform transthoracic echocardiograms and will prepare or record bubble studies.",
    rationale="Cardiologists order more bubble studies for PFO work-up before stroke clinic decisions, and sonographers are now expected to prepare agitated saline and time the injections. Only two of our eleven sonographers have done it under supervision.",
    competencies=J(["Preparing agitated saline safely", "Optimising views and timing for a bubble study",
                    "Recognising and grading right-to-left shunting", "Responding to adverse reactions"]),
    learning_outcomes=["Prepare agitated saline with an aseptic three-way-tap technique.",
                       "Acquire rest and Valsalva bubble study loops in the apical four-chamber view.",
                       "Grade a right-to-left shunt by the number of bubbles and the cardiac cycle in which they appear.",
                       "Describe the contraindications and the emergency response to an air embolism."],
    summative_assessment="Supervised performance of three bubble studies on patients, signed off on a competency record by the lab's medical director, and a case-based written test.",
    partner_name="Cardiac Sonographers Society of Ontario",
    partner_contact="Ines Kowalczyk-Brandt, Education Chair (ikowalczyk@example.com)",
    endorsement_status="confirmed",
    education_plan_alignment="Fits the plan's goal of short credentials that respond to practice changes identified by clinical partners.",
    delivery_format="in_person",
    estimated_hours=5,
    proposed_start="February 2027",
    expected_enrolment=18,
    submission_date="2026-12-02",
)
add(file="Concept form (controls) - Bubble study echo.docx", shape="2", lang="en", form=True,
    route="cc_form", fields=f,
    show=dict(competencies=["Preparing agitated saline safely", "Optimising views and timing for a bubble study",
                            "Recognising and grading right-to-left shunting", "Responding to adverse reactions"],
              estimated_hours="5", expected_enrolment="18", submission_date="December 2, 2026"),
    route_desc="python-docx table + raw w:sdt content controls tagged with the keys (plain text with line breaks, drop-downs, date picker 'MMMM d, yyyy')",
    notes="Content controls tagged with the keys; drop-downs show the option text ('Micro-course', 'Confirmed (letter to follow)', 'In person'); phone, framework, existing program and resources controls still show the placeholder (absent); competencies and outcomes are one multi-line control each (line breaks, outcomes '1. …'); date picker 'December 2, 2026'.")

# --------------------------------------------------------------------------- T5 (fillable, PyMuPDF)
f = dict(
    proposal_title="Cascade Reporting of Antimicrobial Susceptibility Results",
    proposer_name="Thandiwe Okonkwo-Lindqvist",
    proposer_title="Microbiology Technical Specialist",
    proposer_department="Microbiology, Shorecrest Regional Laboratory",
    proposer_email="tokonkwo-lindqvist@example.org",
    proposer_phone="289-555-0188",
    request_type="new",
    target_learners="Medical laboratory technologists in clinical microbiology who release susceptibility reports.",
    rationale="The antimicrobial stewardship committee approved cascade (selective) reporting for urine and wound isolates from April 2027. Technologists must decide which agents to suppress or release, and the rules depend on organism, specimen and resistance pattern.",
    competencies=J(["Applying selective reporting rules by organism and specimen", "Recognising resistance phenotypes that release second-line agents",
                    "Writing report comments that guide prescribers", "Auditing released reports"]),
    learning_outcomes=["Apply the laboratory's cascade reporting rules to urine, wound and blood isolates.",
                       "Recognise ESBL, AmpC and carbapenemase phenotypes that change which agents are released.",
                       "Add the correct standard comment to a susceptibility report.",
                       "Audit a sample of released reports against the rules."],
    competency_framework="CSMLS competency profile, microbiology section",
    summative_assessment="An online case set of 20 isolates: the learner builds each report in a training environment of the LIS; 85% of reports must be correct.",
    partner_name="Provincial Antimicrobial Stewardship Network",
    partner_contact="Dr. Yusuf Hallorann-Meng, yhallorann@example.org",
    endorsement_status="letter_attached",
    education_plan_alignment="Aligns with the Education Plan commitments to patient safety and to interprofessional practice (stewardship teams).",
    delivery_format="online",
    estimated_hours=12,
    proposed_start="January 2027",
    expected_enrolment=40,
    resources_required="LIS training environment access for learners; instructional designer support (about 40 hours).",
    submission_date="2026-11-30",
)
add(file="Cascade reporting concept form (fillable).pdf", shape="3", lang="en", form=True,
    route="acro_pymupdf", fields=f,
    show=dict(competencies=["Applying selective reporting rules by organism and specimen", "Recognising resistance phenotypes that release second-line agents",
                            "Writing report comments that guide prescribers", "Auditing released reports"],
              submission_date="30-11-2026"),
    route_desc="blank fillable form drawn with reportlab (field names = the keys, one check box per option 'chk_<key>_<code>'), filled with PyMuPDF 1.28 (MuPDF writes the appearance streams)",
    notes="Fillable PDF whose text fields are named after the keys and whose options are separate check boxes (chk_request_type_new …), filled with PyMuPDF: values are the fields' /V; check box on-state 'Yes'. Outcomes one per line '1. …' in one multi-line field; competencies '- ' lines (joined with '; '); date '30-11-2026' (dd-mm) -> 2026-11-30.")

# --------------------------------------------------------------------------- T6 (hyperref fillable)
f = dict(
    proposal_title="Coaching Patients through Deep Inspiration Breath Hold (DIBH)",
    proposer_name="Marguerite Santos-Achterberg",
    proposer_title="Radiation Therapist, Clinical Lead for Breast",
    proposer_department="Radiation Therapy, Lakeshore Cancer Centre",
    proposer_email="msantos-achterberg@example.org",
    proposer_phone="647-555-0139",
    request_type="micro_course",
    target_learners="Radiation therapists treating left-sided breast cancer, and therapists rotating into the breast team.",
    rationale="DIBH reduces heart dose for left-sided breast treatment, but the technique only works when patients are coached well at CT simulation and every fraction. New staff learn it informally and coaching varies.",
    competencies=J(["Explaining DIBH to patients in plain language", "Coaching breath-hold with surface guidance",
                    "Recognising an unstable breath hold", "Adapting coaching for anxious or hearing-impaired patients"]),
    learning_outcomes=["Coach a patient through a reproducible breath hold at simulation.",
                       "Interpret the surface-guidance trace and decide when to pause the beam.",
                       "Adapt coaching for patients with anxiety, limited English or hearing loss."],
    summative_assessment="Simulated coaching session with a standardized patient, scored by a clinical lead using a rubric.",
    endorsement_status="none",
    education_plan_alignment="Supports the Education Plan theme of person-centred care and simulation-based learning.",
    delivery_format="in_person",
    estimated_hours=4,
    proposed_start="March 2027",
    expected_enrolment=20,
    submission_date="2026-11-26",
)
add(file="DIBH coaching - fillable concept form.pdf", shape="3", lang="en", form=True,
    route="hyperref_form", fields=f,
    show=dict(competencies=["Explaining DIBH to patients in plain language", "Coaching breath-hold with surface guidance",
                            "Recognising an unstable breath hold", "Adapting coaching for anxious or hearing-impaired patients"],
              partner_name="", partner_contact="", resources_required="", competency_framework="",
              estimated_hours="4", expected_enrolment="20", submission_date="2026-11-26"),
    route_desc="fillable PDF typeset by LuaLaTeX (TeX Live 2022) with hyperref form fields (\\TextField / \\CheckBox, values preset), DejaVu Sans",
    notes="Incomplete: the Partner field is empty and 'None yet' is ticked (endorsement none is a value), so partner_name is missing. Fillable PDF made with LaTeX hyperref: field names are the keys with the underscores dropped by hyperref (proposaltitle, proposeremail …), outcomes in separate fields learningoutcome1 … learningoutcome4 (the fourth empty), competencies typed on one line separated by '; ', one check box per option (requesttypemicrocourse, endorsementstatusnone … with /V /Yes when ticked; only some viewers draw the tick).")

# --------------------------------------------------------------------------- T7 (printed via MuPDF Story)
f = dict(
    proposal_title="Tissue Processor Troubleshooting for Histology Technologists",
    proposer_name="Aurelio Bianchi-Mensah",
    proposer_title="Histology Supervisor",
    proposer_department="Anatomic Pathology, Grandview Health Sciences Centre",
    proposer_email="abianchi-mensah@example.org",
    proposer_phone="705-555-0124",
    request_type="new",
    target_learners="Histology technologists and technicians who load, run and unload tissue processors, including night staff.",
    rationale="Processing failures are rare but costly: one failed overnight run last year affected 46 patients' biopsies. Staff know the routine programs but not how to recognise and recover from under-processed or over-processed tissue.",
    competencies=J(["Reading processor logs and alarms", "Recognising under- and over-processed tissue at embedding and microtomy",
                    "Rescuing under-processed tissue", "Managing reagent rotation and quality control"]),
    learning_outcomes=["Interpret the processor's run log to locate the point of failure.",
                       "Recognise the signs of inadequate dehydration, clearing and infiltration.",
                       "Apply the department's rescue protocol to under-processed tissue.",
                       "Set up a reagent rotation schedule and record its quality control."],
    competency_framework="CSMLS Histotechnology competency profile",
    summative_assessment="Troubleshooting practical: learners diagnose three staged processor failures from logs and blocks and carry out the rescue protocol; assessed with a checklist.",
    partner_name="Histotek Instruments Ltd.",
    partner_contact="Colm Adebayo-Whitlock – cadebayo@example.com",
    endorsement_status="letter_attached",
    education_plan_alignment="Responds to the Education Plan's priority on quality and patient safety in laboratory practice.",
    delivery_format="hybrid",
    estimated_hours=7,
    proposed_start="May 2027",
    expected_enrolment=36,
    resources_required="Processor in the teaching lab for one day per cohort; expired reagents for staged failures.",
    submission_date="2026-11-24",
)
add(file="Tissue processor troubleshooting - concept form (printed).pdf", shape="4", lang="en", form=True,
    route="story_print", fields=f,
    show=dict(competencies=["Reading processor logs and alarms", "Recognising under- and over-processed tissue at embedding and microtomy",
                            "Rescuing under-processed tissue", "Managing reagent rotation and quality control"],
              estimated_hours="7 (one day)", expected_enrolment="36 (three cohorts of 12)", submission_date="Nov 24, 2026"),
    route_desc="the official form as HTML laid out and printed to PDF by MuPDF's Story engine (PyMuPDF DocumentWriter), Letter",
    notes="The official table form 'printed' to PDF by MuPDF's HTML/CSS engine (not LibreOffice, not Chromium): text only, ☒/☐ characters kept, the table flows over two pages; bulleted competencies (joined '; '), numbered outcomes; '7 (one day)' -> 7; '36 (three cohorts of 12)' -> 36; date 'Nov 24, 2026'.")

# --------------------------------------------------------------------------- T8 (pandoc -> lualatex printout)
f = dict(
    proposal_title="Insulin Pump Start-Up Support in Community Pharmacy",
    proposer_name="Priyanka Hollander-Osei",
    proposer_title="Pharmacist, Certified Diabetes Educator",
    proposer_department="Clinical Services, Maplecourt Pharmacy Group",
    proposer_email="phollander-osei@example.com",
    proposer_phone="613-555-0151",
    request_type="micro_course",
    target_learners="Community pharmacists and registered pharmacy technicians who support patients starting or switching insulin pumps.",
    rationale="Pump starts are moving out of hospital clinics and patients come to the pharmacy with questions about infusion sets, site rotation and sick-day rules. Our staff are asked to help but have had no structured training.",
    competencies=J(["Explaining basal and bolus settings", "Teaching infusion-set insertion and site rotation",
                    "Applying sick-day and hyperglycaemia troubleshooting rules", "Knowing when to refer to the diabetes team"]),
    learning_outcomes=["Explain the difference between basal rates, bolus doses and correction factors to a patient.",
                       "Demonstrate infusion-set insertion and teach site rotation.",
                       "Use a troubleshooting algorithm for unexplained hyperglycaemia.",
                       "Identify situations that require referral to the diabetes team the same day."],
    summative_assessment="Two recorded patient-teaching role-plays reviewed by a certified diabetes educator with a rubric, and a short online case quiz.",
    partner_name="Ontario Diabetes Educators Network",
    partner_contact="Helena Vukovic-Amadi (hvukovic@example.org)",
    endorsement_status="in_discussion",
    education_plan_alignment="Matches the focus of the Education Plan on community-based care and on learning for practising professionals.",
    delivery_format="online",
    estimated_hours=5,
    proposed_start="Fall 2027",
    expected_enrolment=80,
    resources_required="Demonstration pumps and infusion sets from two manufacturers; video recording for the role-plays.",
    submission_date="2026-11-29",
)
add(file="Insulin pump starts in community pharmacy - concept form printout.pdf", shape="4", lang="en", form=True,
    route="md_print", fields=f,
    show=dict(competencies=["Explaining basal and bolus settings", "Teaching infusion-set insertion and site rotation",
                            "Applying sick-day and hyperglycaemia troubleshooting rules", "Knowing when to refer to the diabetes team"],
              competency_framework="N/A",
              estimated_hours="about 5 hours", expected_enrolment="~80", submission_date="29 November 2026"),
    route_desc="'Label: answer' printout written in Markdown and typeset to PDF by pandoc 2.17 with the LuaLaTeX engine (DejaVu Serif)",
    notes="Printed form as 'Label: answer' paragraphs typeset by pandoc + LuaLaTeX: bold run-in labels, options '[X]' / '[ ]' on one line, competencies as '- ' bullets and outcomes as a numbered list under their labels; framework 'N/A' (absent); 'In discussion' = in_discussion; 'about 5 hours' -> 5; '~80' -> 80; date '29 November 2026'.")

# --------------------------------------------------------------------------- T9 (Apple Mail print, Chromium)
f = dict(
    proposal_title="V/Q Lung Scan Technique and Image Quality",
    proposer_name="Oluwadamilare Krause",
    proposer_title="Nuclear Medicine Technologist",
    proposer_department="Nuclear Medicine, Westbridge Hospital",
    proposer_email="okrause@example.org",
    proposer_phone="416-555-0176",
    request_type="new",
    target_learners="nuclear medicine technologists who perform ventilation/perfusion studies, especially staff new to SPECT/CT V/Q",
    rationale=("Since our department switched from planar V/Q to SPECT/CT V/Q last spring, the number of repeat scans has gone up. "
               "Most repeats come from poor aerosol delivery, clumped MAA or patient motion, and the same problems come up at the two "
               "community hospitals we support."),
    competencies=J(["preparing and checking MAA", "aerosol and Technegas ventilation technique",
                    "SPECT/CT acquisition for V/Q", "recognising artefacts that mimic perfusion defects"]),
    learning_outcomes=["Prepare MAA and perform the quality checks before injection.",
                       "Deliver an adequate ventilation dose with the department's aerosol system.",
                       "Acquire a SPECT/CT V/Q study with correct positioning and motion control.",
                       "Recognise clumping, central deposition and attenuation artefacts."],
    summative_assessment="each learner performs two V/Q studies under observation and presents one artefact case to the group; a senior technologist signs off against a checklist",
    partner_name="Radiopharm Supply Canada",
    partner_contact="Kaveh Lindstrom-Obi (klindstrom@example.com)",
    endorsement_status="confirmed",
    education_plan_alignment="It fits the Education Plan's commitment to keeping imaging professionals current as technology changes.",
    delivery_format="hybrid",
    estimated_hours=8,
    proposed_start="May 2027",
    expected_enrolment=30,
    submission_date="2026-11-25",
)
_b = f
body9 = f"""
<div class='hdr'>
<p><span class='k'>From:</span> {_b['proposer_name']} &lt;{_b['proposer_email']}&gt;</p>
<p><span class='k'>Subject:</span> Micro-credential idea – V/Q scan technique</p>
<p><span class='k'>Date:</span> November 25, 2026 at 4:18:07 PM EST</p>
<p><span class='k'>To:</span> CE Intake &lt;ce@michener.example&gt;</p>
</div><hr/>
<p>Hello CE team,</p>
<p>I would like to propose a new micro-credential called <i>{_b['proposal_title']}</i>. It is meant for {_b['target_learners']}.</p>
<p>Why: {_b['rationale'].replace(' Most repeats', '</p><p>Most repeats')}</p>
<p>Skills it would cover: {_b['competencies'].replace('; ', ', ', 2).replace('; ', ', and ')}.</p>
<p>By the end of it, technologists should be able to:</p>
<ul>{''.join('<li>' + o + '</li>' for o in _b['learning_outcomes'])}</ul>
<p>For assessment, {_b['summative_assessment']}.</p>
<p>{_b['partner_name']} has agreed to endorse it and will send a letter in the new year. My contact there is {_b['partner_contact']}.</p>
<p>{_b['education_plan_alignment']}</p>
<p>I picture a hybrid course of about 8 hours (online theory plus one hands-on morning), with roughly 30 technologists a year, starting in May 2027.</p>
<p>Thanks for considering it,</p>
<p>Dami<br/>--<br/>{_b['proposer_name']}<br/>{_b['proposer_title']}<br/>{_b['proposer_department']}<br/>T {_b['proposer_phone']}</p>
"""
add(file="Micro-credential idea - VQ scan technique (Apple Mail print).pdf", shape="5", lang="en", form=True,
    route="html_chromium", fields=f, body=body9,
    css="body{font-family:Helvetica,Arial,sans-serif;font-size:11pt;margin:30px}.hdr p{margin:2px 0}.k{color:#777;font-weight:bold}",
    route_desc="HTML in the look of a message printed from Apple Mail (grey bold header labels, rule, body, signature) -> Chromium headless print-to-PDF",
    checks=["hybrid course", "about 8 hours", "roughly 30", "has agreed to endorse it and will send a letter", "November 25, 2026"],
    notes="An email printed from Apple Mail: From/Subject/Date/To header, answers in prose. The title is in the first sentence (italic); 'It is meant for <learners>.' gives target_learners; skills written inline 'a, b, c, and d' (items joined with '; '); outcomes as bullets after a lead-in; 'For assessment, <…>.' and 'Why: …' (two paragraphs joined); 'has agreed to endorse it and will send a letter' = confirmed; one sentence gives hybrid, 8 hours, 30 a year and 'May 2027'; signature gives title, department and phone; the Date line is submission_date.")

# --------------------------------------------------------------------------- T10 (Outlook memo-style print, LibreOffice)
f = dict(
    proposal_title="Sentinel Lymph Node Lymphoscintigraphy: Injection, Imaging and Communication",
    proposer_name="Beatriz Lindqvist-Amoah",
    proposer_title="Charge Technologist",
    proposer_department="Nuclear Medicine, Northbrook Health",
    proposer_email="blindqvist-amoah@example.org",
    proposer_phone="905-555-0133 x2201",
    request_type="micro_course",
    target_learners="Nuclear medicine technologists and breast surgery clinic nurses",
    rationale="Sentinel node cases for breast and melanoma have doubled at our site since the new surgical oncology group arrived. Technologists are asked to inject, image and mark skin under time pressure, and the surgeons tell us the handover of images and markings is inconsistent.",
    competencies=J(["peri-areolar and intradermal injection technique", "dynamic and static lymphoscintigraphy imaging",
                    "skin marking with a handheld probe", "structured handover to the OR team"]),
    learning_outcomes=["Perform sentinel node injections for breast and melanoma according to protocol",
                       "Acquire and process dynamic and static images",
                       "Mark the sentinel node on the skin with a gamma probe",
                       "Hand over images and markings to the surgical team using a structured tool"],
    summative_assessment="Direct observation of two complete cases plus an image critique",
    partner_name="Dufferin Surgical Oncology Associates",
    endorsement_status="letter_attached",
    education_plan_alignment="Supports interprofessional education and the surgical oncology growth named in the hospital's plan, which the Education Plan lists as a partner priority.",
    delivery_format="in_person",
    estimated_hours=6,
    proposed_start="June 2027",
    expected_enrolment=16,
    resources_required="Phantom for injection practice, gamma probe, one imaging room for half a day per cohort",
    submission_date="2026-11-23",
)
rows10 = [("Course name", f["proposal_title"]), ("Type", "Micro-course"), ("For", f["target_learners"]),
          ("Why now", f["rationale"]), ("Skills", f["competencies"].replace("; ", " / ")),
          ("Outcomes", "<br/>".join("- " + o for o in f["learning_outcomes"])),
          ("Assessment", f["summative_assessment"]),
          ("Partner", f["partner_name"] + " – letter of support attached"),
          ("Education Plan", f["education_plan_alignment"]),
          ("Format / hours / numbers", "In person, 6 h, 16 per year"), ("Start", f["proposed_start"]),
          ("What we need", f["resources_required"])]
body10 = f"""
<p style='font-size:14pt'><b>CE Intake Mailbox</b></p><hr/>
<table class='h'><tr><td><b>From:</b></td><td>Lindqvist-Amoah, Beatriz &lt;{f['proposer_email']}&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Monday, November 23, 2026 9:52 AM</td></tr>
<tr><td><b>To:</b></td><td>CE Intake Mailbox &lt;ce@michener.example&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Sentinel node micro-course – concept answers</td></tr>
<tr><td><b>Attachments:</b></td><td>Letter of support - Dufferin.pdf</td></tr></table>
<p>&nbsp;</p><p>Good morning,</p>
<p>Below are our answers to the concept questions, in the order I had them. Letter of support attached.</p>
<table class='t' border='1' cellspacing='0' cellpadding='3'>
{''.join('<tr><td><b>' + a + '</b></td><td>' + b + '</td></tr>' for a, b in rows10)}
</table>
<p>&nbsp;</p><p>Regards,</p>
<p>Beatriz Lindqvist-Amoah, MRT(N)<br/>{f['proposer_title']}<br/>{f['proposer_department']}<br/>{f['proposer_phone']}</p>
"""
add(file="Sentinel node micro-course - Outlook print.pdf", shape="5", lang="en", form=True,
    route="html_lo_pdf", fields=f, body=body10,
    css="body{font-family:'Liberation Sans';font-size:10pt}table.t td{vertical-align:top}",
    route_desc="HTML in the look of an Outlook desktop 'Memo Style' print (mailbox owner's name in bold at the top, From/Sent/To/Subject/Attachments block, answers in a table) opened by LibreOffice Writer and exported to PDF",
    checks=["Micro-course", "letter of support attached", "In person, 6 h, 16 per year", "Monday, November 23, 2026"],
    notes="An Outlook memo-style print: the bold name at the top is the CE mailbox that printed it (not a value). The sender 'Lindqvist-Amoah, Beatriz' (surname first in the From line) is the proposer, written 'Beatriz Lindqvist-Amoah' in the signature (post-nominal 'MRT(N)' dropped); the signature lines give title ('Charge Technologist') and department ('Nuclear Medicine, Northbrook Health'); the Partner row 'Dufferin Surgical Oncology Associates – letter of support attached' gives partner_name (the name) and letter_attached. Answers in a table in the applicant's own labels; skills separated by ' / ' (joined '; '); outcomes '- ' lines; 'In person, 6 h, 16 per year' gives three fields; partner contact not given; Sent line = submission_date.")

# --------------------------------------------------------------------------- T11 (letter, python-docx)
f = dict(
    proposal_title="Verbal De-escalation in the Back of the Ambulance",
    proposer_name="Declan Mbatha-Rourke",
    proposer_title="Superintendent, Professional Standards and Education",
    proposer_department="Tri-County Paramedic Service",
    proposer_email="dmbatha-rourke@example.org",
    proposer_phone="519-555-0108",
    request_type="new",
    target_learners="primary and advanced care paramedics in their first five years of practice",
    rationale="Assaults on our paramedics have risen for three years in a row, and most happen in the patient compartment during transport of patients in crisis or under the influence. Our current training is a one-hour online module with no practice.",
    competencies=J(["reading early signs of escalation", "verbal and non-verbal de-escalation techniques",
                    "positioning and exit planning in a confined space", "post-incident reporting and peer support"]),
    learning_outcomes=["recognise early warning signs of escalation in a confined space",
                       "use verbal de-escalation techniques adapted to patients in crisis",
                       "position themselves and equipment to keep an exit route",
                       "report an incident and access peer support afterwards"],
    summative_assessment="a scored simulation in our ambulance simulator with a standardized patient, assessed by two evaluators",
    partner_name="Ontario Paramedic Association",
    partner_contact="Renata Oduya-Fischer, Director of Education",
    endorsement_status="letter_attached",
    education_plan_alignment="The course responds directly to the Education Plan's commitment to safe workplaces and simulation-based learning.",
    delivery_format="hybrid",
    estimated_hours=10,
    proposed_start="autumn 2027",
    expected_enrolment=120,
    submission_date="2026-11-30",
)
add(file="Letter - proposed course in verbal de-escalation for paramedics.docx", shape="5", lang="en", form=True,
    route="letter_docx", fields=f,
    route_desc="python-docx business letter (letterhead in the page header, date, inside address, Re line, body paragraphs, signature block), Georgia",
    checks=["I am writing to propose a new micro-credential", "a letter of support from the association is enclosed", "blended", "10 hours", "about 120", "November 30, 2026"],
    notes="A letter proposing a course: letterhead in the page header; 'I am writing to propose a new micro-credential, <title>, for <learners>.' gives title, request type and learners; skills and outcomes in sentences and a list ('Participants will be able to:' lead-in, lower-case items without final stops); assessment in a sentence; 'a letter of support from the association is enclosed' = letter_attached; 'blended … 10 hours … about 120 paramedics a year … starting in autumn 2027' gives hybrid, 10, 120, 'autumn 2027'; the signature block gives name, title, service, email, phone; the letter date is submission_date.")

# --------------------------------------------------------------------------- T12 (pandoc markdown -> docx one-pager)
f = dict(
    proposal_title="Constraint-Induced Movement Therapy for Rehabilitation Assistants",
    proposer_name="Shira Castellanos-Obi",
    proposer_title="Occupational Therapist and Clinical Educator",
    proposer_department="Stroke Rehabilitation Unit",
    proposer_email="scastellanos-obi@example.org",
    proposer_phone="416-555-0190",
    request_type="micro_course",
    target_learners="Rehabilitation assistants and OTA/PTAs working on stroke and neuro units.",
    rationale="Constraint-induced movement therapy works only if practice is intensive and consistent, and on our unit the assistants deliver most of those practice hours. They have asked for training on shaping tasks, the mitt protocol and when to stop.",
    competencies=J(["Setting up shaping and task-practice activities", "Applying the mitt protocol safely",
                    "Grading task difficulty", "Recording practice and reporting concerns"]),
    learning_outcomes=["Set up and grade shaping tasks for the affected upper limb.",
                       "Apply and monitor the restraint mitt according to the protocol.",
                       "Record practice time and task performance in the therapy log.",
                       "Recognise fatigue, pain or skin problems and report them to the therapist."],
    summative_assessment="Observed practice session with a patient, assessed by the supervising OT with a checklist.",
    partner_name="Brightwater Rehabilitation Hospital",
    partner_contact="Tomás Reyes-Halvorsen, Manager of Allied Health",
    endorsement_status="confirmed",
    education_plan_alignment="Supports the Education Plan's focus on learning for support workers and on evidence-based rehabilitation.",
    delivery_format="hybrid",
    estimated_hours=16,
    proposed_start="September 2027",
    expected_enrolment=40,
    submission_date="2026-12-02",
)
md12 = f"""# {f['proposal_title']}

**{f['proposer_name']}** | {f['proposer_title']} | {f['proposer_department']} | <{f['proposer_email']}> | {f['proposer_phone']}

*One-page concept for Michener CE — 2 December 2026 — a micro-course*

## The need

{f['rationale']}

## Who it is for

{f['target_learners']}

## What they will practise

{chr(10).join('- ' + c for c in f['competencies'].split('; '))}

## By the end they can

{chr(10).join(str(i+1) + '. ' + o for i, o in enumerate(f['learning_outcomes']))}

## How we will know

{f['summative_assessment']}

## Partner

{f['partner_name']} (contact: {f['partner_contact']}) has confirmed its support; the letter will follow.

## Fit with the Education Plan

{f['education_plan_alignment']}

## Practicalities

Hybrid (online theory and two clinic days), 16 hours, about 40 learners a year, first run {f['proposed_start']}.
"""
add(file="One-pager - Constraint-induced movement therapy for rehab assistants.docx", shape="5", lang="en", form=True,
    route="md_docx", fields=f, md=md12,
    route_desc="Markdown written by the applicant and converted to DOCX by pandoc 2.17 (pandoc's Heading/Compact styles, hyperlinked email)",
    checks=["a micro-course", "has confirmed its support; the letter will follow", "Hybrid", "16 hours", "about 40 learners a year", "2 December 2026"],
    notes="One-pager written in Markdown and converted to DOCX by pandoc: a contact line 'name | role | unit | email | phone' (email as a hyperlink) gives five fields; an italic line gives the date and 'a micro-course'; own headings; 'has confirmed its support; the letter will follow' = confirmed; 'contact: …' is partner_contact; the Practicalities line gives hybrid, 16, 40 and the start.")

# --------------------------------------------------------------------------- T13 (slide handout)
f = dict(
    proposal_title="Bracket Bonding and Debonding for Orthodontic Dental Assistants",
    proposer_name="Farah Nwachukwu-Larsen",
    proposer_title="Clinic Manager and Level II Dental Assistant",
    proposer_department="Lakeside Orthodontic Group",
    proposer_email="fnwachukwu-larsen@example.com",
    proposer_phone="416-555-0161",
    request_type="new",
    target_learners="Level II dental assistants working in orthodontic practices",
    rationale=J(["Expanded duties now let assistants place and remove brackets under supervision",
                 "Clinics report failed bonds and enamel damage after debonding", "No short, assessed course exists in Ontario"]),
    competencies=J(["Isolation and enamel preparation", "Bracket positioning and bonding", "Light curing and flash removal",
                    "Safe debonding and adhesive clean-up"]),
    learning_outcomes=["Prepare and isolate teeth for bonding", "Position and bond brackets to the orthodontist's prescription",
                       "Remove brackets and residual adhesive without enamel damage"],
    summative_assessment="Typodont practical (20 brackets, scored) plus one supervised patient case",
    partner_name="Ontario Orthodontic Assistants Association",
    endorsement_status="letter_attached",
    delivery_format="in_person",
    estimated_hours=14,
    proposed_start="January 2028",
    expected_enrolment=48,
    resources_required="Typodonts, curing lights, the dental clinic on two Saturdays",
    submission_date="2026-11-28",
)
slides13 = [
    (f["proposal_title"], [f["proposer_name"] + ", " + f["proposer_title"], f["proposer_department"],
                           f["proposer_email"] + " · " + f["proposer_phone"], "Concept for Michener CE · 28 Nov 2026"]),
    ("Why this course", f["rationale"].split("; ")),
    ("Who", [f["target_learners"], "Request: a new micro-credential"]),
    ("Skills", f["competencies"].split("; ")),
    ("Outcomes – learners will", f["learning_outcomes"]),
    ("Assessment", [f["summative_assessment"]]),
    ("Partner", ["Partner: " + f["partner_name"], "Letter of support: attached"]),
    ("Logistics", ["In person, 14 h (two Saturdays)", "Start: " + f["proposed_start"], "48 learners / year (4 cohorts of 12)", "Needs: " + f["resources_required"]]),
]
add(file="Orthodontic bonding for dental assistants - slide handout.pdf", shape="5", lang="en", form=True,
    route="slides_handout", fields=f, slides=slides13, footer="Lakeside Orthodontic Group – CE concept",
    route_desc="python-pptx deck (16:9) -> LibreOffice Impress PDF -> three-slides-per-page HANDOUT with note lines, composed with PyMuPDF (show_pdf_page)",
    checks=["a new micro-credential", "Letter of support: attached", "In person, 14 h", "48 learners / year", "28 Nov 2026"],
    notes="A slide handout (three slides per page, with empty note lines beside each slide, footer with the page number): the title slide gives title, name + title, organisation, 'email · phone' and the date; a slide's bullets in a text field are joined with '; ' (rationale, competencies); outcomes from the 'Outcomes – learners will' slide; Incomplete: no slide or bullet says how the course fits the Education Plan, so education_plan_alignment is missing; 'In person, 14 h (two Saturdays)' -> in_person, 14; '48 learners / year (4 cohorts of 12)' -> 48.")

# --------------------------------------------------------------------------- T14 (table, label column last)
f = dict(
    proposal_title="Privacy Breach Response for Health Records Staff",
    proposer_name="Gwendolyn Achterberg-Sato",
    proposer_title="Privacy Officer",
    proposer_department="Health Information Management, Riverbend Health Network",
    proposer_email="gachterberg-sato@example.org",
    proposer_phone="705-555-0112",
    request_type="existing_program",
    existing_program_name="Privacy Essentials for HIM (internal workshop)",
    target_learners="Health information management staff, release-of-information clerks and unit clerks.",
    rationale="Our internal workshop covers privacy law but not what to do in the first hour of a breach. Two misdirected faxes and one lost USB key last year were handled late because staff did not know the containment steps.",
    competencies=J(["Identifying a privacy breach", "Containment in the first hour", "Notification and documentation duties",
                    "Working with the privacy office on the investigation"]),
    learning_outcomes=["Identify whether an event is a privacy breach under PHIPA.",
                       "Carry out the containment steps for misdirected, lost or improperly accessed records.",
                       "Complete the breach report and notify the privacy office within the required time.",
                       "Explain the patient notification process in plain language."],
    summative_assessment="Online scenario test: three breach scenarios with written responses marked against a key; 80% to pass.",
    partner_name="Canadian Health Information Management Association (Ontario chapter)",
    endorsement_status="in_discussion",
    education_plan_alignment="Fits the plan's digital health and data stewardship theme.",
    delivery_format="online",
    estimated_hours=4,
    proposed_start="as soon as approved – ideally March 2027",
    expected_enrolment=150,
    resources_required="LMS hosting; about 30 hours of an instructional designer.",
    submission_date="2026-12-01",
)
rows14 = [
    ("1", f["proposal_title"], "Proposed title"),
    ("2", f"{f['proposer_name']}, {f['proposer_title']}, {f['proposer_department']}", "Who is proposing it?"),
    ("3", f"{f['proposer_email']} / {f['proposer_phone']}", "How can CE reach you?"),
    ("4", "Converting our existing internal workshop, Privacy Essentials for HIM (internal workshop)", "New, conversion or micro-course?"),
    ("5", f["target_learners"], "Who are the learners?"),
    ("6", f["rationale"], "Why is it needed?"),
    ("7", "\n".join(f["competencies"].split("; ")), "Which competencies?"),
    ("8", "\n".join(f["learning_outcomes"]), "Learning outcomes"),
    ("9", f["summative_assessment"], "How will achievement be assessed?"),
    ("10", f["partner_name"] + "\nStatus: in discussion (meeting in January)", "Endorsing partner and status"),
    ("11", f["education_plan_alignment"], "Education Plan fit"),
    ("12", "Fully online, self-paced\n4 hours\n~150 a year", "Format / hours / enrolment"),
    ("13", f["proposed_start"], "When could it start?"),
    ("14", f["resources_required"], "What resources are needed?"),
    ("15", "1 December 2026", "Date"),
]
add(file="Privacy breach response - concept answers (table).docx", shape="5", lang="en", form=True,
    route="table_docx", fields=f, rows=rows14, headers=("No.", "Our answer", "CE question"),
    title="Concept answers – privacy breach response",
    route_desc="python-docx three-column table typed by the applicant: number | answer | question (the label column is the LAST one); answers with several lines as separate paragraphs in the cell",
    checks=["Converting our existing internal workshop", "in discussion", "Fully online", "4 hours", "~150 a year", "1 December 2026"],
    notes="Retyped as a table whose LAST column holds the questions and whose MIDDLE column holds the answers; the contact is split over two rows ('name, title, department' and 'email / phone'); 'Converting our existing internal workshop, <name>' = existing_program with that name; competencies and outcomes one per paragraph in their cells; 'Status: in discussion (meeting in January)' = in_discussion; the cell 'Fully online, self-paced / 4 hours / ~150 a year' gives online, 4, 150; proposed start kept as written.")

# --------------------------------------------------------------------------- T15 (French Q&A, LibreOffice HTML -> DOCX)
f = dict(
    proposal_title="Désinfection de haut niveau des sondes d'échographie endocavitaires",
    proposer_name="Noémie Tremblay-Achebe",
    proposer_title="Sonographiste en chef",
    proposer_department="Service d'imagerie médicale, Centre hospitalier du Haut-Richelieu",
    proposer_email="ntremblay-achebe@example.org",
    proposer_phone="450-555-0129",
    request_type="micro_course",
    target_learners="Sonographistes, technologues en radiologie et préposés au retraitement qui manipulent les sondes endovaginales et endorectales.",
    rationale="Un audit interne a montré que le temps de contact du désinfectant et la traçabilité ne sont pas toujours respectés. Les nouvelles normes exigent une formation documentée pour toute personne qui retraite des sondes.",
    competencies=J(["nettoyage manuel et inspection de la sonde", "utilisation de l'appareil de désinfection automatisé",
                    "vérification de la concentration minimale efficace", "traçabilité et gestion des non-conformités"]),
    learning_outcomes=["Nettoyer et inspecter une sonde endocavitaire après chaque examen.",
                       "Réaliser un cycle de désinfection de haut niveau et en documenter la traçabilité.",
                       "Vérifier la concentration du désinfectant et réagir à un résultat non conforme."],
    summative_assessment="Observation directe de deux retraitements complets avec une grille de vérification, et un questionnaire en ligne de 15 questions.",
    partner_name="Association des sonographistes du Québec",
    endorsement_status="letter_attached",
    education_plan_alignment="Le projet soutient la priorité du Plan d'éducation sur la sécurité des patients et la prévention des infections.",
    delivery_format="hybrid",
    estimated_hours=3,
    proposed_start="printemps 2027",
    expected_enrolment=60,
    submission_date="2026-11-30",
)
qa15 = [
    ("Quel est le titre de votre projet ?", f["proposal_title"]),
    ("Qui le propose ?", f"{f['proposer_name']}, {f['proposer_title']}<br/>{f['proposer_department']}<br/>Courriel : {f['proposer_email']} – Tél. : {f['proposer_phone']}"),
    ("S'agit-il d'un nouveau microcertificat, d'une conversion ou d'un microcours ?", "Un microcours."),
    ("À qui s'adresse-t-il ?", f["target_learners"]),
    ("Pourquoi est-il nécessaire ?", f["rationale"]),
    ("Quelles compétences seront développées ?", "<ul>" + "".join("<li>" + c + "</li>" for c in f["competencies"].split("; ")) + "</ul>"),
    ("Quels sont les résultats d'apprentissage ?", "À la fin, la personne sera capable de :<ol>" + "".join("<li>" + o + "</li>" for o in f["learning_outcomes"]) + "</ol>"),
    ("Comment l'atteinte des résultats sera-t-elle évaluée ?", f["summative_assessment"]),
    ("Quel partenaire appuie le projet ?", f["partner_name"] + ". La lettre d'appui est jointe."),
    ("Comment le projet s'aligne-t-il sur le Plan d'éducation de Michener ?", f["education_plan_alignment"]),
    ("Modalités", "Formule hybride (théorie en ligne, pratique en salle de retraitement), 3 heures au total, environ 60 personnes par année, à partir du printemps 2027."),
    ("Date", "Le 30 novembre 2026"),
]
body15 = "<h1>Réponses aux questions du formulaire de concept</h1>" + "".join(
    "<p><b>%s</b></p>%s" % (q, a if a.startswith("<") or "<ol>" in a else "<p>%s</p>" % a) for q, a in qa15)
add(file="Réponses - microcours désinfection des sondes d'échographie.docx", shape="5", lang="fr", form=True,
    route="html_lo_docx", fields=f, body=body15, css="body{font-family:'Liberation Sans';font-size:11pt}",
    route_desc="HTML page written by the applicant, opened by LibreOffice Writer and saved as DOCX",
    checks=["Un microcours", "La lettre d'appui est jointe", "Formule hybride", "3 heures", "environ 60", "30 novembre 2026"],
    notes="French Q&A: each question in bold with the answer below it; the contact answer has name, title, department, 'Courriel : …' and 'Tél. : …' on three lines; 'Un microcours.' = micro_course; outcomes after a lead-in ('À la fin, la personne sera capable de :') as a numbered list; 'La lettre d'appui est jointe.' = letter_attached; the Modalités sentence gives hybrid, 3, 60 and 'printemps 2027'; 'Le 30 novembre 2026'.")

# --------------------------------------------------------------------------- T16 (byline proposal, MuPDF Story)
f = dict(
    proposal_title="Heat Illness Recognition and Cooling at Mass Gatherings",
    proposer_name="Tomasz Whitfield-Annan",
    proposer_title="Event Medicine Coordinator",
    proposer_department="Special Events Unit, Harbour City EMS",
    proposer_email="twhitfield-annan@example.org",
    proposer_phone="416-555-0147",
    request_type="new",
    target_learners="Paramedics, first-aid volunteers and event nurses who staff summer festivals, marathons and stadium events.",
    rationale="Our summer event season now runs from May to September and last year we treated 212 heat-related presentations at three events, including two exertional heat strokes. Cold-water immersion is the treatment that saves lives, but few of our staff have set up or run a cooling station.",
    competencies=J(["Triage of heat illness in a crowd setting", "Rectal temperature measurement and interpretation",
                    "Setting up and running a cold-water immersion station", "Deciding on transport versus cool-first-transport-second"]),
    learning_outcomes=["Distinguish heat exhaustion from exertional heat stroke using history, mental status and core temperature.",
                       "Set up a cold-water immersion station and run it with a team of four.",
                       "Apply the cool-first, transport-second decision rule."],
    summative_assessment="Timed team simulation at an outdoor site: set up the cooling station and manage two heat-stroke casualties; assessed by two faculty with a checklist.",
    partner_name="Lakeshore Marathon Organizing Committee",
    partner_contact="Adaora Lindgren-Pierce, Race Medical Director",
    endorsement_status="in_discussion",
    education_plan_alignment="The course supports the Education Plan's priority on community partnerships and simulation in real settings.",
    delivery_format="hybrid",
    estimated_hours=6,
    proposed_start="April 2027, before the event season",
    expected_enrolment=90,
    resources_required="Two immersion tubs, ice, rectal thermometers, an outdoor site for one afternoon per cohort.",
)
body16 = f"""
<h1>{f['proposal_title']}</h1>
<p class='by'>By {f['proposer_name']}, {f['proposer_title']}, {f['proposer_department']} · {f['proposer_email']} · {f['proposer_phone']}</p>
<p><i>Draft proposal for Michener Continuing Education – new micro-credential</i></p>
<h2>The problem</h2><p>{f['rationale']}</p>
<h2>Learners</h2><p>{f['target_learners']}</p>
<h2>Skills</h2><ul>{''.join('<li>' + c + '</li>' for c in f['competencies'].split('; '))}</ul>
<h2>Learning outcomes</h2><p>Learners will be able to:</p><ol>{''.join('<li>' + o + '</li>' for o in f['learning_outcomes'])}</ol>
<h2>Assessment</h2><p>{f['summative_assessment']}</p>
<h2>Partner</h2><p>{f['partner_name']} ({f['partner_contact']}). We are in discussion about an endorsement; nothing is signed yet.</p>
<h2>Fit</h2><p>{f['education_plan_alignment']}</p>
<h2>Logistics</h2><p>Blended – online modules plus one outdoor afternoon; 6 hours in total; about 90 learners a year; start {f['proposed_start']}.</p>
<h2>Resources</h2><p>{f['resources_required']}</p>
"""
add(file="Proposal - Heat illness at mass gatherings (draft for CE).pdf", shape="5", lang="en", form=True,
    route="html_story", fields=f, body=body16,
    css="body{font-family:serif;font-size:10.5pt}h1{font-size:16pt}h2{font-size:12pt;margin-top:8px}p.by{font-style:italic}",
    route_desc="HTML proposal laid out by MuPDF's Story engine (PyMuPDF) to PDF",
    checks=["new micro-credential", "We are in discussion about an endorsement", "Blended", "6 hours in total", "about 90 learners a year"],
    notes="Proposal with a BYLINE 'By <name>, <title>, <unit, service> · email · phone' (the byline gives five fields: the title is 'Event Medicine Coordinator', the department 'Special Events Unit, Harbour City EMS'); italic line 'new micro-credential' = new; own headings; partner line gives partner, contact (in brackets) and in_discussion; the Logistics line gives hybrid ('Blended'), 6, 90 and the start; no date anywhere (submission_date absent).")

# --------------------------------------------------------------------------- T17 (scan)
f = dict(
    proposal_title="Construction Dust and Infection Control (ICRA) for Facilities Staff",
    proposer_name="Hamish Oyelowo-Grant",
    proposer_title="Infection Prevention and Control Practitioner",
    proposer_department="IPAC, Kingsway Memorial Hospital",
    proposer_email="hoyelowo-grant@example.org",
    proposer_phone="905-555-0156",
    request_type="new",
    target_learners="Facilities, maintenance and contractor supervisors who plan or carry out renovation work in clinical areas.",
    rationale="Renovation dust is a known source of Aspergillus infections in immunocompromised patients. Our construction risk assessments are completed, but barriers, negative pressure and clean-up are often not done as planned.",
    competencies=J(["Completing an infection control risk assessment", "Building and checking dust barriers",
                    "Verifying negative pressure", "Final clean and sign-off"]),
    learning_outcomes=["Classify a renovation project with the ICRA matrix.",
                       "Set up and inspect the required barriers for the risk class.",
                       "Verify negative pressure with a manometer and record it.",
                       "Complete the sign-off checklist before the area reopens."],
    summative_assessment="Site walk-through assessment with an IPAC practitioner using the ICRA audit tool.",
    partner_name="Crestline Construction Group",
    endorsement_status="confirmed",
    education_plan_alignment="Supports the Education Plan's patient safety priority and learning for non-clinical staff.",
    delivery_format="in_person",
    estimated_hours=4,
    proposed_start="February 2027",
    expected_enrolment=50,
    submission_date="2026-12-02",
)
add(file="Scan_CE_intake_20261202_0931.pdf", shape="6", lang="en", form=True, nmr=True,
    route="scan_form", fields=f,
    show=dict(competencies=["Completing an infection control risk assessment", "Building and checking dust barriers",
                            "Verifying negative pressure", "Final clean and sign-off"],
              estimated_hours="4", expected_enrolment="about 50", submission_date="2 Dec 2026"),
    route_desc="official HTML form -> Chromium PDF -> mutool draw 150 dpi grey -> ImageMagick (rotation, Gaussian noise, blur, levels, JPEG q62) -> image-only PDF (Pillow)",
    notes="The official form printed and scanned: image-only PDF, no text layer -> manual review. fields are what a person reads (source page kept as _make/src_Scan_CE_intake_20261202_0931.pdf); 'about 50' -> 50; date '2 Dec 2026'.")

# --------------------------------------------------------------------------- T18-T20 (not forms)
add(file="Professional development bursary application - J Oyelaran-Voss (completed).docx", shape="7", lang="en", form=False,
    route="bursary_docx",
    route_desc="python-docx application form (two-column table, ☒/☐, declaration and signature)",
    notes="NOT a concept form: a completed application to the hospital foundation's professional development BURSARY programme, asking for tuition support to take an existing micro-credential. It has a name, title, department, email, phone, a 'Program/course title', 'Learning goals', 'How will you share what you learn?', amounts and a signature date – an application to another programme, not a proposal of a course.")
add(file="Evaluation report - Dysrhythmia recognition refresher pilot (2026).pdf", shape="7", lang="en", form=False,
    route="evalreport_pdf",
    route_desc="Markdown report -> pandoc 2.17 -> LuaLaTeX PDF (tables, headings)",
    notes="NOT a concept form: the evaluation report of a pilot cohort of an existing CE course (response rate, satisfaction table, achievement of learning outcomes, summative assessment results, recommendations, author and contact). It reports on a course that ran; it proposes nothing.")
add(file="CE course calendar - Winter-Spring 2027.pdf", shape="7", lang="en", form=False,
    route="calendar_pdf",
    route_desc="HTML calendar table (landscape) -> Chromium headless print-to-PDF",
    notes="NOT a concept form: CE's published course calendar (dates, course titles, format, hours, fees, registration contact). Course titles, hours and delivery formats appear in a table, but it lists courses on offer.")


# --------------------------------------------------------------------------- contents of T11 and T18-T20
def _doc(name):
    return next(d for d in DOCS if d["file"].startswith(name))


_l = _doc("Letter - proposed course")
f = _l["fields"]
_l["header"] = "TRI-COUNTY PARAMEDIC SERVICE · 40 Station Road, Brantwood ON · www.example.org"
_l["blocks"] = [
    ("p", "November 30, 2026"),
    ("p", "Continuing Education\nThe Michener Institute of Education at UHN\nce@michener.example"),
    ("pb", "Re: Proposed micro-credential – de-escalation for paramedics"),
    ("p", "Dear CE colleagues,"),
    ("p", f"I am writing to propose a new micro-credential, {f['proposal_title']}, for {f['target_learners']}."),
    ("p", f["rationale"]),
    ("p", "The course would build four skills: " + ", ".join(f["competencies"].split("; ")[:3]) + ", and " + f["competencies"].split("; ")[3] + "."),
    ("p", "Participants will be able to:"),
    ("bullets", f["learning_outcomes"]),
    ("p", f"Achievement would be assessed through {f['summative_assessment']}."),
    ("p", f"The {f['partner_name']} supports the proposal, and a letter of support from the association is enclosed. Our contact at the association is {f['partner_contact']}."),
    ("p", f["education_plan_alignment"]),
    ("p", "We envisage a blended format (online modules and one simulation day) of 10 hours, for about 120 paramedics a year, starting in autumn 2027."),
    ("p", "I would be glad to discuss the idea with you."),
    ("p", "Sincerely,"),
    ("p", f"{f['proposer_name']}\n{f['proposer_title']}\n{f['proposer_department']}\n{f['proposer_email']} | {f['proposer_phone']}"),
]
_l["route"] = "blocks_docx"

_b = _doc("Professional development bursary")
_b["title"] = "Kingsway Health Foundation – Professional Development Bursary Application 2027"
_b["headers"] = None
_b["rows"] = [
    ("Applicant name", "Jolene Oyelaran-Voss"),
    ("Position / Title", "Medical Radiation Technologist"),
    ("Department", "Diagnostic Imaging, Kingsway Memorial Hospital"),
    ("Email", "joyelaran-voss@example.org"),
    ("Phone", "905-555-0171"),
    ("Program / course title", "Michener CE micro-credential: Cardiac CT Fundamentals (existing offering)"),
    ("Provider", "Michener Institute of Education at UHN – Continuing Education"),
    ("Type of support requested", "☒ Tuition   ☐ Travel   ☐ Paid education leave"),
    ("Amount requested", "$650.00"),
    ("Learning goals", "I want to gain the skills to run cardiac CT scans independently on evenings.\nI will complete the course's summative assessment and share the learning outcomes with my team."),
    ("How will you share what you learn?", "A 30-minute in-service for the CT team and a quick-reference card."),
    ("Manager support", "☒ Yes, my manager has approved the time   ☐ No"),
    ("Declaration", "I confirm the information above is accurate."),
    ("Signature / date", "J. Oyelaran-Voss – 26 November 2026"),
]
_b["route"] = "table_docx"

_e = _doc("Evaluation report")
_e["md"] = """# Evaluation report: Dysrhythmia Recognition Refresher – pilot cohort 2026

**Prepared by:** Anouk Pellegrini-Bassey, Program Evaluation Lead, Continuing Education (apellegrini@michener.example, 416-555-0104)
**Date:** 20 November 2026

## Summary

The pilot cohort of the Dysrhythmia Recognition Refresher ran online from 14 September to 23 October 2026 with 28 learners (telemetry nurses and cardiology technologists). 25 learners completed the summative assessment; 23 passed at the first attempt.

## Achievement of learning outcomes

| Learning outcome | Learners meeting it (n = 25) |
|---|---|
| Identify sinus, atrial and junctional rhythms | 24 |
| Identify AV blocks and bundle branch blocks | 21 |
| Recognise life-threatening ventricular rhythms | 25 |
| Escalate according to the unit's protocol | 22 |

## Learner satisfaction

Mean overall rating 4.4 / 5 (response rate 82%). Learners asked for more practice strips on AV blocks and for a printable summary card.

## Partner feedback

Our industry partner, Cardiolink Monitoring, reviewed the assessment blueprint and confirmed it reflects the competencies their clients expect.

## Recommendations

1. Add 20 practice strips on AV blocks before the next cohort.
2. Keep the online format and 12 hours of learning.
3. Offer the course three times a year from spring 2027 (about 75 learners a year).
"""
_e["route"] = "md_pdf"

_c = _doc("CE course calendar")
rows = [
    ("Jan 12 – Feb 20, 2027", "Point-of-Care Lipid Testing in Pharmacies", "Online", "10", "$395"),
    ("Jan 19, 2027", "Pediatric Phlebotomy Comfort Techniques", "In person", "6", "$280"),
    ("Feb 2 – Mar 9, 2027", "Dysrhythmia Recognition Refresher", "Online", "12", "$420"),
    ("Feb 13 & 20, 2027", "Cardiac CT Fundamentals", "Hybrid", "16", "$650"),
    ("Mar 6, 2027", "Difficult IV Access with Near-Infrared Vein Finders", "In person", "5", "$260"),
    ("Apr 7 – May 12, 2027", "Leadership for Charge Technologists", "Online", "15", "$480"),
    ("May 1, 2027", "Fracture Clinic Cast Room Safety", "In person", "4", "$210"),
]
_c["body"] = ("<h1>Continuing Education – Course Calendar, Winter–Spring 2027</h1>"
              "<p>Register online or contact the CE office: ce@michener.example · 416-555-0100. Fees include HST.</p>"
              "<table border='1' cellspacing='0' cellpadding='5'><tr><th>Dates</th><th>Course title</th><th>Format</th><th>Hours</th><th>Fee</th></tr>"
              + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows)
              + "</table><p>Micro-credentials are marked with a digital badge on completion of the summative assessment. "
              "Want to propose a new course? Download the concept form from the CE intranet page.</p>")
_c["css"] = "@page{size:landscape}body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}th{background:#dde}"
_c["route"] = "html_chromium"
