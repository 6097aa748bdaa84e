"""Round 5, tuning half, part B: printed forms (4), official forms (1-3), scan (6), not-forms (7)."""
from lib import *
from forms import *

OUT = ROOT / "tuning"
OUT.mkdir(exist_ok=True)


# ------------------------------------------------------------------ T08 two-up print of a DOCX printout
def t08():
    F = {
        "proposal_title": "Spirometry Quality: Coaching, Acceptability and Repeatability",
        "proposer_name": "Delphine Okonkwo-Hartley",
        "proposer_title": "PFT Laboratory Coordinator (RRT)",
        "proposer_department": "Cardiorespiratory Diagnostics, Pinecrest Regional Hospital",
        "proposer_email": "d.okonkwo-hartley@example.org",
        "proposer_phone": "519-555-0183",
        "request_type": "micro_course",
        "target_learners": "Respiratory therapists, pulmonary function technologists and primary-care nurses who perform spirometry",
        "rationale": "An external audit of 400 spirograms from our region found that only 58% met ATS/ERS 2019 acceptability criteria. Poor coaching and early termination were the main faults, and they lead to missed and false diagnoses of COPD.",
        "competencies": "Calibration and biological QC; patient coaching for maximal effort; applying acceptability and repeatability criteria; grading sessions and writing technical comments",
        "learning_outcomes": [
            "Perform and document daily calibration checks and biological quality control",
            "Coach a patient through forced manoeuvres to achieve maximal effort",
            "Apply ATS/ERS 2019 acceptability and repeatability criteria to each manoeuvre",
            "Assign a session quality grade and write an accurate technical comment"],
        "competency_framework": "ATS/ERS 2019 spirometry standard; CSRT competency profile",
        "summative_assessment": "Learners submit 10 of their own de-identified sessions; at least 8 must be graded correctly against the reference reviewer.",
        "partner_name": "Pinecrest Primary Care Network",
        "partner_contact": "Harjeet Valdivia, Clinical Lead (hvaldivia@example.com)",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Education Plan aim of quality-focused, workplace-embedded learning and interprofessional practice.",
        "delivery_format": "online",
        "estimated_hours": 5,
        "proposed_start": "January 2027",
        "expected_enrolment": 120,
        "resources_required": "Access to the CE learning platform and about 30 hours of an RRT reviewer's time per cohort.",
        "submission_date": "2026-10-29",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(12)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Micro-Course / Credential Concept Form - printed copy"
    fp = sec.footer.paragraphs[0]
    fp.text = "Spirometry quality concept - page "
    add_page_field(fp)

    def la(label, ans):
        p = d.add_paragraph()
        r = p.add_run(label + ": "); r.bold = True
        p.add_run(ans)
        p.paragraph_format.space_after = Pt(8)
    d.add_heading("Micro-Course / Credential Concept Form", level=1)
    la("Proposed Title", F["proposal_title"])
    la("Name of Proposer", F["proposer_name"])
    la("Position / Title", F["proposer_title"])
    la("Department / Program", F["proposer_department"])
    la("Email", F["proposer_email"])
    la("Phone", F["proposer_phone"])
    la("Type of Request", "[ ] New micro-credential   [ ] Convert an existing program   [X] Micro-course")
    la("Existing Program Name", "")
    la("Target Learners", F["target_learners"])
    la("Rationale / Need", F["rationale"])
    la("Competencies / Skills Targeted", F["competencies"])
    p = d.add_paragraph(); r = p.add_run("Learning Outcomes:"); r.bold = True
    for x in o:
        d.add_paragraph(x, style="List Number")
    la("Competency Framework Alignment", F["competency_framework"])
    la("Summative Assessment", F["summative_assessment"])
    la("Industry / Employment Partner", F["partner_name"])
    la("Partner Contact", F["partner_contact"])
    la("Letter of Support Attached? (Yes/No)", "Yes")
    la("Alignment with Michener's Education Plan", F["education_plan_alignment"])
    la("Delivery Format", "[X] Online   [ ] In person   [ ] Hybrid")
    la("Estimated Hours", "5")
    la("Proposed Start", F["proposed_start"])
    la("Expected Enrolment per Year", "120")
    la("Resources Required", F["resources_required"])
    la("Date", "29/10/2026")
    work = Path(tempfile.mkdtemp(dir=TMP))
    src = work / "spiro.docx"; d.save(str(src))
    pdf1 = lo_file(src, "pdf", work / "spiro.pdf")
    out = OUT / "Spirometry quality concept form - printed 2-up.pdf"
    n_up(pdf1, out)
    write_expected(out, 4, F, "A printed 'Label: answer' form printed TWO-UP (two pages side by side on one landscape sheet, reduced): made with "
                   "python-docx (bold labels run in with the answer, Word list numbering for the outcomes, page header and a footer with a PAGE "
                   "field), printed to PDF by LibreOffice and imposed 2-up with pypdf (new route: DOCX -> LibreOffice PDF -> pypdf 2-up "
                   "imposition). On the sheet the running header and footer of page 1 and page 2 sit side by side; text extraction order "
                   "depends on the tool (left page, then right page for pypdf). Choices as '[X]' brackets; Existing Program Name left empty; "
                   "'Letter of Support Attached? (Yes/No): Yes' = letter_attached; date '29/10/2026' (dd/mm).",
                   also=["[X] Micro-course", "[X] Online", "(Yes/No): Yes", "Estimated Hours: 5", "Year: 120", "29/10/2026"],
                   route="python-docx -> LibreOffice PDF -> pypdf two-up imposition")


# ------------------------------------------------------------------ T09 labels on the RIGHT of the answer (fpdf2)
def t09():
    F = {
        "proposal_title": "AV Fistula Cannulation: Buttonhole and Rope-Ladder Techniques",
        "proposer_name": "Teodora Vasilescu-Ahmed",
        "proposer_title": "Nurse Educator",
        "proposer_department": "Renal Program, Millbrook Health",
        "proposer_email": "tvasilescu@example.org",
        "proposer_phone": "226-555-0171",
        "request_type": "new",
        "target_learners": "Hemodialysis nurses and dialysis technicians in their first two years of practice",
        "rationale": "Cannulation injuries (infiltrations and haematomas) are the leading cause of lost fistulas in our unit; 31 were reported last year, most by staff with under two years of experience.",
        "competencies": "Assessing a fistula by look, listen and feel; choosing and rotating sites; needle insertion and securing; managing infiltration",
        "learning_outcomes": [
            "Assess an arteriovenous fistula or graft before each cannulation",
            "Plan rope-ladder site rotation and create and use a buttonhole track",
            "Insert, position and secure arterial and venous needles",
            "Recognise and manage an infiltration and document it"],
        "summative_assessment": "Three supervised cannulations on patients, assessed by a nurse educator with a validated skills checklist, after a simulation arm check-off.",
        "partner_name": "Southwestern Kidney Care Network",
        "partner_contact": "Bartholomew Chen-Adeyemi",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Patient safety and practice-ready graduates are core Education Plan commitments; this is work-integrated learning.",
        "delivery_format": "hybrid",
        "estimated_hours": 14,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-04",
    }
    o = F["learning_outcomes"]
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    font_setup(pdf)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Concept form - AV fistula cannulation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 5, "Printed from the shared drive copy. Labels appear to the right of each answer.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def row(answer, label):
        y0 = pdf.get_y()
        if y0 > 260:
            pdf.add_page(); y0 = pdf.get_y()
        pdf.set_xy(12, y0)
        pdf.set_text_color(0, 0, 0); pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(130, 5.2, answer, new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(146, y0)
        pdf.set_text_color(110, 110, 110); pdf.set_font("DejaVu", "I", 8)
        pdf.multi_cell(52, 4.2, label, align="R", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        yy = max(y1, y2) + 1.5
        pdf.set_draw_color(210, 210, 210); pdf.line(12, yy, 198, yy)
        pdf.set_y(yy + 1.5)
    row(F["proposal_title"], "Proposed Micro-credential Title")
    row(F["proposer_name"], "Lead Proposer")
    row(F["proposer_title"], "Job Title")
    row(F["proposer_department"], "Program Area")
    row(F["proposer_email"], "Contact Email")
    row(F["proposer_phone"], "Telephone")
    row("☒ New micro-credential   ☐ Convert an existing program   ☐ Micro-course", "Request Type")
    row(F["target_learners"], "Intended Learners")
    row(F["rationale"], "Labour Market Need")
    row(F["competencies"], "Skills and Competencies")
    row("\n".join(f"{i}. {x}" for i, x in enumerate(o, 1)), "Intended Learning Outcomes")
    row(F["summative_assessment"], "Assessment of Outcomes")
    row(F["partner_name"], "Endorsing Partner / External Body")
    row(F["partner_contact"], "Partner Contact Name and Email")
    row("☐ Letter attached   ☒ Confirmed   ☐ In discussion   ☐ None", "Endorsement Status")
    row(F["education_plan_alignment"], "Strategic Alignment")
    row("☐ Online   ☐ In person   ☒ Hybrid", "Delivery Mode")
    row("14", "Total Learning Hours")
    row(F["proposed_start"], "Target Launch")
    row("40", "Estimated Learners / Year")
    row("", "Budget / Resources")
    row("4 Nov 2026", "Date Submitted")
    out = OUT / "AV fistula cannulation - concept form (labels right).pdf"
    pdf.output(str(out))
    write_expected(out, 4, F, "Printed form with the labels on the RIGHT: each answer is in a wide left column and its label sits to the right in "
                   "small grey italics, right-aligned (fpdf2, A4, DejaVu), so in reading order the answer comes BEFORE its label; multi-line "
                   "answers (outcomes '1.' lines, rationale) wrap in the left column while the label sits at the top right. Labels are the "
                   "alternative wordings of FIELDS.md (Lead Proposer, Program Area, Labour Market Need, Assessment of Outcomes, Delivery Mode, "
                   "Total Learning Hours, Target Launch, Estimated Learners / Year); ☒/☐ characters; the partner contact has a name only; "
                   "Budget / Resources empty; date '4 Nov 2026'.",
                   also=["☒ New micro-credential", "☒ Confirmed", "☒ Hybrid", "4 Nov 2026"], route="fpdf2 (answer column left, label column right)")


# ------------------------------------------------------------------ T10 sections lettered A-F: reST definition lists -> pandoc ODT -> LO tagged PDF
def t10():
    F = {
        "proposal_title": "Mammography Positioning and Image Critique Refresher",
        "proposer_name": "Gwendolyn Achterberg",
        "proposer_title": "Lead Technologist, Breast Imaging",
        "proposer_department": "Medical Imaging, Rosemount Women's Health Centre",
        "proposer_email": "g.achterberg@example.com",
        "proposer_phone": "343-555-0109",
        "request_type": "existing_program",
        "existing_program_name": "Breast Imaging Post-Diploma Certificate (Course 2: Positioning)",
        "target_learners": "Registered MRTs returning to mammography after a year or more away, and technologists new to tomosynthesis",
        "rationale": "Our screening program's technical repeat rate is 4.8% against a 3% target, and the accreditation body flagged inframammary-fold and pectoral-muscle visualisation at three sites.",
        "competencies": "Positioning for CC and MLO views, including implant-displaced views; compression and patient communication; image critique against accreditation criteria",
        "learning_outcomes": [
            "Position patients for standard and implant-displaced CC and MLO views",
            "Apply compression that balances image quality and patient comfort",
            "Critique screening images against the accreditation criteria and decide on repeats"],
        "summative_assessment": "An image-critique exam (40 images, pass mark 80%) and a positioning check-off on a phantom observed by a lead technologist.",
        "partner_name": "Ontario Breast Screening Technologists' Forum",
        "partner_contact": "Precious Lindahl-Moyo, Education Chair, plm@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Stackable, career-long learning for imaging professionals and quality of care in screening.",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "June 2027",
        "expected_enrolment": 36,
        "resources_required": "Mammography phantom and a digital image library from the partner sites.",
        "submission_date": "2026-10-21",
    }
    o = F["learning_outcomes"]
    rst = f"""Micro-credential concept form
=============================

*Printed submission - sections A to F*

Section A - Proposer
--------------------

A1. Name of proposer
    {F['proposer_name']}

A2. Position / title
    {F['proposer_title']}

A3. School / department
    {F['proposer_department']}

A4. E-mail address
    {F['proposer_email']}

A5. Telephone
    {F['proposer_phone']}

Section B - The proposal
------------------------

B1. Title of micro-course / credential
    {F['proposal_title']}

B2. This proposal is for
    ( ) a new micro-credential (X) converting an existing program ( ) a micro-course

B3. Program to be converted
    {F['existing_program_name']}

B4. Intended learners
    {F['target_learners']}

B5. Identified skills gap
    {F['rationale']}

Section C - Competencies and outcomes [R1]
------------------------------------------

C1. Competencies addressed
    {F['competencies']}

C2. Intended learning outcomes

    a. {o[0]}
    b. {o[1]}
    c. {o[2]}

Section D - Assessment [R2]
---------------------------

D1. How will achievement be evidenced?
    {F['summative_assessment']}

Section E - Endorsement and alignment [R3, R4]
----------------------------------------------

E1. Partner organization
    {F['partner_name']}

E2. Partner contact name and email
    {F['partner_contact']}

E3. Letter of support attached?
    Yes

E4. Alignment with Michener's Education Plan
    {F['education_plan_alignment']}

Section F - Delivery
--------------------

F1. Delivery mode
    ( ) online ( ) in person (X) hybrid

F2. Duration (hours)
    9

F3. Anticipated start date
    {F['proposed_start']}

F4. Estimated learners / year
    36

F5. Resources required
    {F['resources_required']}

F6. Date submitted
    2026-10-21
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "mammo.odt"
    pandoc(rst, "rst", "odt", odt)
    out = OUT / "Mammography positioning refresher - concept form (sections A-F).pdf"
    lo_file(odt, "pdf", out, filt=TAGGED)
    write_expected(out, 4, F, "Printed form with its questions grouped in sections lettered A to F and numbered A1, A2 ... F6 (label on one line, "
                   "answer indented on the next): written as reStructuredText definition lists, converted to ODT by pandoc and exported by "
                   "LibreOffice as a TAGGED PDF (new route: reST -> pandoc -> ODT -> LibreOffice tagged PDF, /MarkInfo Marked, structure tree). "
                   "Section headings carry [R1] ... [R4] markers (not values); choices printed as '( )' / '(X)' radio marks in one line; "
                   "existing_program with the program named under B3; outcomes lettered 'a.' 'b.' 'c.'; 'E3. Letter of support attached? Yes' = "
                   "letter_attached; date ISO.",
                   also=["(X) converting an existing program", "(X) hybrid", "Yes", "9", "36", "2026-10-21"],
                   route="reStructuredText -> pandoc -> ODT -> LibreOffice tagged PDF")


# ------------------------------------------------------------------ T11 Google-Forms-like response copy: Org -> pandoc -> DOCX (incomplete)
def t11():
    F = {
        "proposal_title": "Hand Hygiene Auditing and Feedback",
        "proposer_name": "Marguerite Nakagawa-Boateng",
        "proposer_title": "Infection Prevention and Control Practitioner",
        "proposer_department": "IPAC, Elmdale Continuing Care",
        "proposer_email": "mnakagawa@example.com",
        "proposer_phone": "807-555-0126",
        "request_type": "micro_course",
        "target_learners": "Unit-based hand hygiene auditors (nurses, PSWs, allied health staff) in hospitals and long-term care",
        "rationale": "Our audit compliance figures swing by 30 points depending on who audits. Auditors are volunteers who were never trained to observe the four moments consistently or to give feedback on the spot.",
        "learning_outcomes": [
            "Identify the four moments for hand hygiene in real care situations",
            "Record observations consistently using the provincial audit tool",
            "Give brief, respectful feedback immediately after an observation"],
        "partner_name": "Elmdale Continuing Care",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Short, accessible learning for the whole care team, including non-regulated staff.",
        "delivery_format": "online",
        "estimated_hours": 3,
        "proposed_start": "As soon as possible",
        "expected_enrolment": 200,
        "submission_date": "2026-11-02",
    }
    o = F["learning_outcomes"]
    org = f"""#+TITLE: Micro-credential concept submission
#+OPTIONS: toc:nil

/Response copy - submitted 11/2/2026 8:47:13 AM. Questions marked * are required./

*1. What is the proposed title of the micro-course or credential? **

{F['proposal_title']}

*2. Your full name **

{F['proposer_name']}

*3. Your role or job title*

{F['proposer_title']}

*4. Which unit, department or organization are you with?*

{F['proposer_department']}

*5. Email address **

{F['proposer_email']}

*6. Phone number where we can reach you*

{F['proposer_phone']}

*7. Which best describes your request? **

Micro-course

*8. If you are converting an existing program, which one?*

*9. Who are the intended learners? **

{F['target_learners']}

*10. Why is this needed? Tell us about the labour market need or skills gap. **

{F['rationale']}

*11. Which competencies or skills will it target? **

*12. What will learners be able to do by the end? (one per line) **

{o[0]}\\\\
{o[1]}\\\\
{o[2]}

*13. How will achievement of the outcomes be evidenced (summative assessment)? **

*14. Which industry or employment partner endorses it? **

{F['partner_name']}

*15. Endorsement status **

Confirmed - letter to follow

*16. How does it align with Michener's Education Plan? **

{F['education_plan_alignment']}

*17. Delivery format*

Online

*18. Estimated hours*

3

*19. When would you like to start?*

{F['proposed_start']}

*20. Expected enrolment per year*

200
"""
    out = OUT / "Concept submission - hand hygiene auditing (response copy).docx"
    pandoc(org, "org", "docx", out)
    write_expected(out, 4, F, "Incomplete: questions 11 (competencies) and 13 (summative assessment) have no answer, so competencies and "
                   "summative_assessment are missing. A web-survey RESPONSE COPY (Google-Forms-like: long questions as labels, each in bold with "
                   "a required marker '*', the answer in the paragraph BELOW) written in Org mode and converted to DOCX by pandoc (new route: "
                   "Org -> pandoc -> DOCX). Question 8 (existing program) is also unanswered, which is fine for a micro-course; the "
                   "outcomes are three lines of one paragraph separated by manual line breaks; 'Confirmed - letter to follow' = confirmed; "
                   "the partner is the proposer's own organisation; proposed start 'As soon as possible' kept as written; DECISION: "
                   "submission_date comes from the response copy's own 'submitted 11/2/2026 8:47:13 AM' line (US month/day format of the survey "
                   "tool) = 2026-11-02, since the form has no date question.",
                   also=["Micro-course", "Confirmed - letter to follow", "Online", "200", "11/2/2026"], route="Org mode -> pandoc -> DOCX")


# ------------------------------------------------------------------ T12 official-style table form as flat ODT (merged rows, answers in another font) -> DOCX
def t12():
    F = {
        "proposal_title": "Voice Care and Voice Therapy for Teachers",
        "proposer_name": "Rosalind Aldana-Whitby",
        "proposer_title": "Speech-Language Pathologist",
        "proposer_department": "Communication Disorders Clinic, Glenforth Rehabilitation Centre",
        "proposer_email": "raldana-whitby@example.org",
        "proposer_phone": "437-555-0190 x 318",
        "request_type": "new",
        "target_learners": "Speech-language pathologists and communication disorders assistants who treat occupational voice users",
        "rationale": "Teachers make up a third of our voice-clinic referrals and wait up to nine months. Most community SLPs had one lecture on voice in their degree and do not feel able to take these clients.",
        "competencies": "Perceptual and acoustic voice assessment; vocal hygiene education; resonant voice and semi-occluded vocal tract exercises; planning return to the classroom",
        "learning_outcomes": [
            "Carry out a perceptual (CAPE-V) and basic acoustic voice assessment",
            "Teach vocal hygiene and amplification strategies for the classroom",
            "Deliver resonant voice therapy and SOVT exercises",
            "Write a graded return-to-work voice plan with the teacher"],
        "summative_assessment": "A recorded therapy session with a volunteer teacher, rated by two voice specialists with a rubric (pass = 3/4 on every criterion).",
        "partner_name": "Glenforth District School Board – Occupational Health",
        "partner_contact": "Farida Okonedo-Price, Manager, fop@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "The course serves Michener's commitment to community-facing, interprofessional practice and to flexible professional learning.",
        "delivery_format": "hybrid",
        "estimated_hours": 18,
        "proposed_start": "September 2027",
        "expected_enrolment": 32,
        "resources_required": "Acoustic analysis software licences (12) and a quiet recording room for the skills day.",
        "submission_date": "2026-11-05",
    }
    o = F["learning_outcomes"]
    rows = [
        ("sec", "PART 1 - ABOUT YOU"),
        ("What is your name?", F["proposer_name"]),
        ("What is your position or job title?", F["proposer_title"]),
        ("Which school, department or organization do you work for?", F["proposer_department"]),
        ("Which email address should CE use to reach you?", F["proposer_email"]),
        ("Which phone number (and extension) should CE use?", F["proposer_phone"]),
        ("sec", "PART 2 - THE PROPOSAL"),
        ("What is the proposed title of the micro-course or credential?", F["proposal_title"]),
        ("Is this a new micro-credential, the conversion of an existing program, or a micro-course?",
         "☒ New micro-credential\n☐ Convert an existing program\n☐ Micro-course"),
        ("If it converts an existing program, which program?", ""),
        ("Who are the learners you have in mind?", F["target_learners"]),
        ("What need or skills gap does it answer? Please give evidence.", F["rationale"]),
        ("sec", "PART 3 - COMPETENCIES, OUTCOMES AND ASSESSMENT"),
        ("Which competencies or skills will it develop? [R1]", F["competencies"]),
        ("By the end, what will learners be able to do? [R1]", "\n".join(f"{i}. {x}" for i, x in enumerate(o, 1))),
        ("Does it align with a competency framework? Which one?", ""),
        ("How will achievement of the outcomes be shown? [R2]", F["summative_assessment"]),
        ("sec", "PART 4 - PARTNER AND STRATEGY"),
        ("Which industry or employment partner or external body endorses it? [R3]", F["partner_name"]),
        ("Who is your contact there (name and email)?", F["partner_contact"]),
        ("Is a letter of support attached? [R3]", "☒ Yes   ☐ No"),
        ("How does it align with Michener's Education Plan? [R4]", F["education_plan_alignment"]),
        ("sec", "PART 5 - PRACTICAL DETAILS"),
        ("How will it be delivered?", "☐ Online   ☐ In person   ☒ Hybrid"),
        ("About how many learning hours in total?", "18"),
        ("When would you like it to start?", F["proposed_start"]),
        ("How many learners do you expect each year?", "32 (two cohorts of 16)"),
        ("What resources will it need?", F["resources_required"]),
        ("Today's date", "5 November 2026"),
    ]
    body = ""
    for lab, ans in rows:
        if lab == "sec":
            body += (f'<table:table-row><table:table-cell table:style-name="Sec" table:number-columns-spanned="2" office:value-type="string">'
                     f'<text:p text:style-name="SecP">{esc(ans)}</text:p></table:table-cell><table:covered-table-cell/></table:table-row>\n')
        else:
            paras = "".join(f'<text:p text:style-name="Ans">{esc(x)}</text:p>' for x in ans.split("\n")) if ans else '<text:p text:style-name="Ans"/>'
            body += (f'<table:table-row><table:table-cell table:style-name="Lab" office:value-type="string"><text:p text:style-name="LabP">{esc(lab)}</text:p></table:table-cell>'
                     f'<table:table-cell table:style-name="AnsC" office:value-type="string">{paras}</table:table-cell></table:table-row>\n')
    fodt = FODT.format(title="Micro-Course / Credential Concept Form", sub="Continuing Education - please answer every question", body=body,
                       footer="CE concept form v3.2 (2026)")
    out = OUT / "Concept Form - Voice therapy for teachers - R Aldana-Whitby.docx"
    via_lo(fodt, "fodt", "docx", out)
    write_expected(out, 1, F, "Official-style table form whose labels are LONG QUESTIONS ('Which email address should CE use to reach you?', "
                   "'How will achievement of the outcomes be shown? [R2]'), written as a flat ODT (office:document XML) with section rows "
                   "MERGED across both columns (number-columns-spanned) in dark fill, and converted to DOCX by LibreOffice (route: flat ODT "
                   "with merged cells -> LibreOffice DOCX). Answers are typed in a different font and colour (dark-blue Liberation Mono) from "
                   "the labels (bold Liberation Sans); ☐/☒ option lines; the framework and existing-program answers are empty; outcomes '1.' "
                   "paragraphs in one cell; phone with ' x 318'; '32 (two cohorts of 16)' -> 32; date '5 November 2026'; footer 'CE concept form "
                   "v3.2 (2026)' is page furniture.",
                   also=["☒ New micro-credential", "☒ Yes", "☒ Hybrid", "18", "32 (two cohorts of 16)", "5 November 2026"],
                   route="flat ODT (merged section rows, answer font) -> LibreOffice DOCX")


# ------------------------------------------------------------------ T13 French official-style form: Markdown grid table -> pandoc -> DOCX
def t13():
    F = {
        "proposal_title": "Thérapie par pression négative des plaies à domicile",
        "proposer_name": "Lucienne Desrochers-Mbala",
        "proposer_title": "Infirmière clinicienne en soins de plaies",
        "proposer_department": "Soins à domicile, Services de santé Haute-Rivière",
        "proposer_email": "l.desrochers-mbala@example.org",
        "proposer_phone": "819-555-0148",
        "request_type": "micro_course",
        "target_learners": "Infirmières et infirmières auxiliaires des soins à domicile qui suivent des plaies complexes",
        "rationale": "Les congés précoces avec appareil de TPN ont triplé depuis 2024 et les équipes à domicile n’ont reçu aucune formation structurée; les fuites et les changements de pansement mal faits entraînent des réadmissions.",
        "competencies": "Évaluation de la plaie et des contre-indications; application et changement du pansement de TPN; dépannage des alarmes et des fuites; enseignement au patient et à la famille",
        "learning_outcomes": [
            "Évaluer une plaie et reconnaître les contre-indications à la TPN",
            "Appliquer et changer un pansement de TPN de façon étanche",
            "Résoudre les alarmes et les fuites les plus fréquentes",
            "Enseigner au patient et à la famille la conduite à tenir en cas de problème"],
        "summative_assessment": "Démonstration observée d’un changement de pansement sur modèle, évaluée à l’aide d’une grille critériée, et étude de cas écrite.",
        "partner_name": "Coopérative de soins infirmiers Haute-Rivière",
        "partner_contact": "Anselme Kaboré-Lefebvre, directeur des soins",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Formation courte, axée sur les compétences et offerte près des milieux de pratique, comme le prévoit le Plan d’éducation.",
        "delivery_format": "hybrid",
        "estimated_hours": 7,
        "proposed_start": "mars 2027",
        "expected_enrolment": 60,
        "submission_date": "2026-11-18",
    }
    o = F["learning_outcomes"]

    def gt(rows, w1=34, w2=60):
        import textwrap
        sep = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
        lines = [sep]
        for i, (a, b) in enumerate(rows):
            la = []
            for para in a.split("\n"):
                la += textwrap.wrap(para, w1) or [""]
            lb = []
            for para in b.split("\n"):
                lb += (textwrap.wrap(para, w2, subsequent_indent="   " if para[:2] in ("- ", "1.", "2.", "3.", "4.") else "") or [""])
            n = max(len(la), len(lb)); la += [""] * (n - len(la)); lb += [""] * (n - len(lb))
            lines += [f"| {x.ljust(w1)} | {y.ljust(w2)} |" for x, y in zip(la, lb)]
            lines.append(sep.replace("-", "=") if i == 0 else sep)
        return "\n".join(lines)
    rows = [
        ("**Rubrique**", "**Réponse**"),
        ("Titre proposé", F["proposal_title"]),
        ("Nom du proposant", F["proposer_name"]),
        ("Poste / titre", F["proposer_title"]),
        ("Service / programme", F["proposer_department"]),
        ("Courriel", F["proposer_email"]),
        ("Téléphone", F["proposer_phone"]),
        ("Type de demande", "☐ Nouveau microcertificat\n\n☐ Conversion d’un programme existant\n\n☒ Microcours"),
        ("Personnes visées", F["target_learners"]),
        ("Justification / besoin", F["rationale"]),
        ("Compétences visées [R1]", F["competencies"]),
        ("Résultats d’apprentissage [R1]", "\n\n".join(f"{i}. {x}" for i, x in enumerate(o, 1))),
        ("Évaluation sommative [R2]", F["summative_assessment"]),
        ("Partenaire [R3]", F["partner_name"]),
        ("Personne-ressource du partenaire", F["partner_contact"]),
        ("État de l’appui [R3]", "☐ Lettre jointe ☐ Confirmé ☒ En discussion ☐ Aucun"),
        ("Arrimage au Plan d’éducation [R4]", F["education_plan_alignment"]),
        ("Mode de prestation", "☐ En ligne ☐ En présentiel ☒ Hybride"),
        ("Nombre d’heures", "7 h"),
        ("Début prévu", F["proposed_start"]),
        ("Inscriptions prévues par année", "une soixantaine (60)"),
        ("Ressources requises", "—"),
        ("Date", "18 novembre 2026"),
    ]
    md = "# Formulaire de concept – microcours / microcertificat\n\n" + gt(rows) + "\n\n*Réservé à la FC : n° de dossier ______*\n"
    out = OUT / "Formulaire de concept - TPN à domicile - L Desrochers-Mbala.docx"
    pandoc(md, "markdown", "docx", out)
    write_expected(out, 1, F, "French official-style two-column table form written as a Markdown GRID TABLE (header row 'Rubrique / Réponse', "
                   "cells with several paragraphs) and converted to DOCX by pandoc (new route: Markdown grid table -> pandoc -> DOCX, pandoc's "
                   "'Table' style). French labels with [R1]-[R4] markers; ☐/☒ option lines in French ('☒ Microcours', '☒ En discussion', "
                   "'☒ Hybride'); outcomes as '1.' paragraphs in the cell (pandoc turns them into a numbered list); 'Ressources requises' "
                   "answered '—' (= not answered, absent); '7 h' -> 7; 'une soixantaine (60)' -> 60; date '18 novembre 2026'; an office-use line "
                   "after the table.", also=["☒ Microcours", "☒ En discussion", "☒ Hybride", "7 h", "une soixantaine (60)", "18 novembre 2026"],
                   lang="fr", route="Markdown grid table -> pandoc -> DOCX")


ALL = [t08, t09, t10, t11, t12, t13]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
