"""Round 6 tuning half, part C: shape 5 (retyped genres), shape 6 (scan), shape 7 (look-alikes)."""
from __future__ import annotations

from html import escape as he

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from forms import set_cell_text, shade_cell
from lib import ROOT, TMP, lo_to, outcomes_lines, pandoc, record, scan_pdf, write_tmp, options_line, MAKE
from tuning_b import pairs

H = "tuning"
OUT = ROOT / H


# ---------------------------------------------------------------- T11 cover email + bulleted summary (HTML -> LO DOCX)
def t11():
    name = "RE_ micro-credential idea - biosimilar switching (email saved as Word).docx"
    F = {
        "proposal_title": "Biosimilar Switching: Counselling Skills for Pharmacy Technicians",
        "request_type": "new",
        "proposer_name": "Priyanka Oduya-Lemaire",
        "proposer_title": "Pharmacy Technician Educator",
        "proposer_department": "Pharmacy Services, Cedarcrest Health Network",
        "proposer_email": "poduya-lemaire@example.com",
        "proposer_phone": "416-555-0138",
        "target_learners": "Regulated pharmacy technicians in hospital outpatient and community pharmacies",
        "rationale": "provincial policy now requires most patients on originator biologics to switch, and technicians field the first questions at the counter without any training",
        "competencies": "Explaining biosimilarity in plain language; device and injection-pen teaching; documenting switches; knowing when to refer to the pharmacist",
        "learning_outcomes": ["Explain what a biosimilar is and why the switch is required, in plain language",
                              "Demonstrate the new injection device to a patient using teach-back",
                              "Document a switch accurately in the pharmacy system",
                              "Recognise questions that must be referred to the pharmacist"],
        "summative_assessment": "A recorded standardized-patient counselling session scored with a rubric, plus a short documentation exercise",
        "partner_name": "Cedarcrest Health Network Pharmacy Services",
        "partner_contact": "Lorenzo Achterberg-Mensah (lachterberg-mensah@example.com)",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "the Education Plan's commitment to interprofessional, patient-centred practice",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "May 2027",
        "expected_enrolment": 90,
        "submission_date": "2026-11-10",
    }
    bullets = [
        ("Working title", F["proposal_title"]),
        ("Who it's for", F["target_learners"]),
        ("Skills", F["competencies"]),
        ("How we'd assess", F["summative_assessment"]),
        ("Partner", F["partner_name"] + " – our director, " + F["partner_contact"] + ", signed the attached letter of support"),
        ("Logistics", "fully online, 6 hours, starting " + F["proposed_start"] + ", about 90 technicians a year"),
    ]
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:Calibri,Arial;font-size:11pt}}
.hdr td{{font-size:10pt;padding:0 8px 0 0}} .quote{{color:#555;border-left:2px solid #999;padding-left:8px}}</style></head><body>
<table class="hdr"><tr><td><b>From:</b></td><td>{F['proposer_name']} &lt;{F['proposer_email']}&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Tuesday, November 10, 2026 3:18 PM</td></tr>
<tr><td><b>To:</b></td><td>CE Office &lt;ce@michener.example&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>RE: micro-credential idea - biosimilar switching</td></tr></table>
<hr/>
<p>Hello CE team,</p>
<p>Thanks for the quick reply. As you suggested, here is our idea in short form instead of the form itself. We are proposing a
<b>brand-new micro-credential</b> because {he(F['rationale'])}.</p>
<p>By the end, learners should be able to:</p>
<ul>{''.join(f'<li>{he(o)}</li>' for o in F['learning_outcomes'])}</ul>
<p><u>Summary</u></p>
<ul>{''.join(f'<li><b>{he(k)}:</b> {he(v)}</li>' for k, v in bullets)}</ul>
<p>It also speaks directly to {he(F['education_plan_alignment'])}.</p>
<p>Kind regards,</p>
<p>{F['proposer_name']}<br/>{F['proposer_title']}<br/>{F['proposer_department']}<br/>T {F['proposer_phone']}</p>
<div class="quote"><p><b>From:</b> CE Office &lt;ce@michener.example&gt;<br/><b>Sent:</b> Monday, November 9, 2026 10:02 AM<br/>
<b>Subject:</b> micro-credential idea - biosimilar switching</p>
<p>Hi Priyanka, a one-page summary is fine to start. Please include who it is for, how you would assess it and who backs it.
Nadia Okafor-Reyes, CE Advisor, 416-555-0100</p></div>
</body></html>"""
    src = write_tmp("biosimilar_email.html", html)
    lo_to(src, "docx:MS Word 2007 XML", OUT / name)
    record(H, name, "5", "en", "HTML email body -> LibreOffice 7.4 Writer (HTML import) -> DOCX", F,
           "An Outlook-style email REPLY saved as Word: a From/Sent/To/Subject block (a borderless table), a short "
           "cover message, a bulleted outcome list after a lead-in, then a 'Summary' list of bullets with run-in "
           "bold labels in the writer's words ('Working title:', 'Who it's for:', 'Skills:', 'How we'd assess:', "
           "'Partner:', 'Logistics:'), a signature block with title, department and 'T' phone, and the CE "
           "advisor's quoted earlier message (her name and phone are NOT the proposer's). Written as HTML and "
           "converted by LibreOffice's HTML import. Request type from 'a brand-new micro-credential'; the "
           "rationale is the clause after 'because'; the partner bullet says the director 'signed the attached "
           "letter of support' = letter_attached, with the contact in the same bullet; 'fully online, 6 hours, "
           "starting May 2027, about 90 technicians a year' gives format, hours, start and enrolment; the "
           "alignment is the phrase after 'speaks directly to'; submission_date from the Sent line (the reply), "
           "not the quoted 9 November.",
           checks=["brand-new micro-credential", "fully online", "6 hours", "about 90 technicians a year",
                   "November 10, 2026", "signed the attached letter of support"])


# ---------------------------------------------------------------- T12 FAQ (LaTeX -> pandoc -> DOCX), incomplete
def t12():
    name = "FAQ - Medication assistance by PSWs in long-term care (proposal).docx"
    F = {
        "proposal_title": "Safe Medication Assistance for Personal Support Workers in Long-Term Care",
        "request_type": "micro_course",
        "proposer_name": "Oluwadamilare Sandoval-Price",
        "proposer_title": "Director of Care",
        "proposer_department": "Maple Terrace Long-Term Care Home",
        "proposer_email": "osandoval-price@example.org",
        "proposer_phone": "905-555-0194",
        "target_learners": "Personal support workers who assist residents with medications under delegation",
        "rationale": "Homes increasingly delegate medication assistance to PSWs, but the only training is a two-hour orientation; our medication incident rate doubled after delegation began.",
        "competencies": "The rights of medication administration; reading the eMAR; recognising adverse reactions; reporting and documenting",
        "learning_outcomes": ["Describe the limits of delegated medication assistance",
                              "Use the eMAR to confirm the right resident, drug, dose, route and time",
                              "Recognise common adverse reactions and report them to the nurse",
                              "Document assistance and refusals correctly"],
        "partner_name": "Ontario Long-Term Care Quality Network",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "It supports the aim of the Education Plan to widen access to continuing education for unregulated care providers.",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "expected_enrolment": 200,
        "submission_date": "2026-11-14",
    }
    lo = "\n".join(f"  \\item {o}" for o in F["learning_outcomes"])
    comp = "\n".join("  \\item " + s for s in F["competencies"].split("; "))
    tex = rf"""\documentclass{{article}}
\title{{Frequently asked questions about our proposal: {F['proposal_title']}}}
\author{{{F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}}}
\date{{14 November 2026}}
\begin{{document}}
\maketitle
\section*{{What is this?}}
A micro-course (not a full credential) for our sector. Questions to {F['proposer_email']} or {F['proposer_phone']}.
\section*{{Who would take it?}}
{F['target_learners']}.
\section*{{Why now?}}
{F['rationale']}
\section*{{What skills does it build?}}
\begin{{itemize}}
{comp}
\end{{itemize}}
\section*{{What will a PSW be able to do afterwards?}}
\begin{{enumerate}}
{lo}
\end{{enumerate}}
\section*{{How will you know they can do it?}}
We have not settled this yet and would welcome CE's advice.
\section*{{Who supports it?}}
The {F['partner_name']} is interested and we are in talks about a formal endorsement; nothing is signed yet.
\section*{{How does it fit Michener's plans?}}
{F['education_plan_alignment']}
\section*{{Practical details?}}
Hybrid: online theory plus one practice day in the home. About 10 hours in total. Roughly 200 PSWs a year across our partner homes.
\end{{document}}
"""
    src = write_tmp("psw_faq.tex", tex)
    pandoc(src, OUT / name, "latex")
    record(H, name, "5", "en", "LaTeX (article, \\section*, itemize/enumerate) -> pandoc 2.17 -> DOCX", F,
           "Incomplete: the answer to 'How will you know they can do it?' is 'We have not settled this yet', so "
           "summative_assessment is missing; there is no proposed start, no partner contact and no resources. A "
           "FAQ-style proposal written in LaTeX and converted by pandoc's LaTeX reader (new route): title block "
           "from \\title/\\author/\\date (the author line holds name, title and organisation separated by commas), "
           "unnumbered section headings as questions in the writer's words; email and phone inside a sentence; "
           "competencies as an itemize list (joined with '; '); outcomes as an enumerate list; 'A micro-course (not "
           "a full credential)' = micro_course; 'interested and we are in talks ... nothing is signed yet' = "
           "in_discussion; 'Hybrid: ...', 'About 10 hours in total', 'Roughly 200 PSWs a year'; date '14 November "
           "2026' from \\date.",
           checks=["A micro-course (not a full credential)", "in talks about a formal endorsement", "About 10 hours",
                   "Roughly 200 PSWs a year", "14 November 2026"])


# ---------------------------------------------------------------- T13 one-row summary table, fields as columns
def t13():
    name = "Autism-friendly imaging - proposal summary (one-row table).pdf"
    F = {
        "proposal_title": "Autism-Friendly Medical Imaging Appointments",
        "request_type": "new",
        "proposer_name": "Ezinne Halloran-Vance",
        "proposer_title": "Patient Experience Lead, Diagnostic Imaging",
        "proposer_department": "Diagnostic Imaging, Brightwater Children's Centre",
        "proposer_email": "ehalloran-vance@example.org",
        "proposer_phone": "647-555-0122",
        "target_learners": "MRTs, sonographers and imaging clerks who book or perform examinations for autistic patients",
        "rationale": "One in four paediatric MRI sedations in our centre could be avoided with adapted preparation.",
        "competencies": "Sensory-aware scheduling; visual schedules; adapted communication; de-escalation",
        "learning_outcomes": ["Plan an appointment using a sensory profile",
                              "Prepare a visual schedule for an imaging examination",
                              "Adapt instructions during scanning",
                              "Recognise distress and pause safely"],
        "summative_assessment": "Simulated appointment with a standardized patient, scored by two assessors",
        "partner_name": "Autism Family Network of Brightwater",
        "partner_contact": "Harriet Moyo-Castell",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Equity, diversity and inclusion priority of the Education Plan",
        "delivery_format": "hybrid",
        "estimated_hours": 11,
        "proposed_start": "Sept. 2027",
        "expected_enrolment": 75,
        "submission_date": "2026-11-06",
    }
    cols = [("Title", F["proposal_title"]), ("Kind", "New micro-credential"),
            ("Lead (title, unit, email, phone)", f"{F['proposer_name']}\n{F['proposer_title']}\n{F['proposer_department']}\n{F['proposer_email']}\n{F['proposer_phone']}"),
            ("For", F["target_learners"]), ("Need", F["rationale"]), ("Skills [R1]", F["competencies"]),
            ("Outcomes [R1]", "\n".join(outcomes_lines(F["learning_outcomes"], "1."))),
            ("Assessment [R2]", F["summative_assessment"]),
            ("Partner / contact / status [R3]", f"{F['partner_name']}\n{F['partner_contact']}\nConfirmed – letter to follow"),
            ("Plan fit [R4]", F["education_plan_alignment"]),
            ("Format / hrs / start / learners per yr", "Hybrid\n11\nSept. 2027\n75"),
            ("Sent", "06/11/2026")]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(35.56), Cm(21.59)  # legal landscape
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.0))
    sec.header.paragraphs[0].text = "Proposal summary for the CE concept-form review"
    sec.footer.paragraphs[0].text = "Brightwater Children's Centre - Diagnostic Imaging"
    t = doc.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, v) in enumerate(cols):
        set_cell_text(t.rows[0].cells[i], h, bold=True, size=7)
        shade_cell(t.rows[0].cells[i], "FCE4D6")
        set_cell_text(t.rows[1].cells[i], v, size=7)
    src = TMP / "autism_onerow.docx"
    doc.save(src)
    lo_to(src, "pdf", OUT / name)
    record(H, name, "5", "en", "python-docx landscape legal table (fields as 12 columns, one row) -> LibreOffice PDF", F,
           "A proposal summary as ONE TABLE whose COLUMNS are the fields (header row of short labels in the "
           "writer's words: Title, Kind, Lead, For, Need, Skills, Outcomes, Assessment, Partner / contact / status, "
           "Plan fit, 'Format / hrs / start / learners per yr', Sent) and ONE ROW of answers in 7-pt text on a "
           "landscape legal page, printed to PDF by LibreOffice: every cell wraps into many short lines, so the "
           "PDF text is a sequence of narrow columns. Combined cells: the Lead cell holds name, title, unit, email "
           "and phone on separate lines; the Partner cell holds name, contact and 'Confirmed – letter to follow' "
           "(= confirmed); the format cell holds 'Hybrid / 11 / Sept. 2027 / 75' on four lines in the order of its "
           "header; date '06/11/2026' (dd/mm).",
           checks=["New micro-credential", "Confirmed – letter to follow", "Hybrid", "Sept. 2027", "06/11/2026"])


# ---------------------------------------------------------------- T14 interview transcript (MediaWiki -> pandoc -> DOCX)
def t14():
    name = "Transcript - intake call with J Sorensen-Achebe (brachytherapy emergencies).docx"
    F = {
        "proposal_title": "Brachytherapy Emergency Procedures for Radiation Therapists",
        "request_type": "existing_program",
        "existing_program_name": "Advanced Radiation Therapy Practice certificate",
        "proposer_name": "Johanne Sorensen-Achebe",
        "proposer_title": "Brachytherapy Clinical Specialist",
        "proposer_department": "Radiation Medicine, Hollins Bay Cancer Centre",
        "proposer_email": "jsorensen-achebe@example.org",
        "proposer_phone": "613-555-0159",
        "target_learners": "radiation therapists who staff HDR brachytherapy suites, including casual staff",
        "rationale": "Source-stuck and applicator-displacement emergencies are rare, so staff never practise them except in a yearly drill, and our last drill showed response times well over the target",
        "competencies": "emergency source retraction, applicator removal, radiation survey, and incident communication",
        "learning_outcomes": ["retract a stuck source following the manufacturer's emergency procedure",
                              "remove an applicator safely under time pressure",
                              "survey the patient and room with a Geiger counter",
                              "communicate with the physicist, oncologist and patient during the event"],
        "summative_assessment": "a timed simulation in the suite, pass or fail against the emergency checklist, observed by a physicist",
        "partner_name": "Hollins Bay Cancer Centre",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "simulation-based education, which is one of the Education Plan's pillars",
        "delivery_format": "in_person",
        "estimated_hours": 4,
        "proposed_start": "early 2027",
        "expected_enrolment": 36,
        "submission_date": "2026-11-05",
    }
    lo = F["learning_outcomes"]
    wiki = f"""= Intake call transcript =

'''Date:''' 5 November 2026 &nbsp; '''Participants:''' Rui Castellanos (CE advisor), {F['proposer_name']} ({F['proposer_title']}, {F['proposer_department']})

'''RC:''' Thanks for making time. Can you start with what you'd call it?

'''JSA:''' {F['proposal_title']}. And it would really be a conversion of part of our {F['existing_program_name']} into something stand-alone.

'''RC:''' Who is it for?

'''JSA:''' For {F['target_learners']}.

'''RC:''' Why is it needed?

'''JSA:''' {F['rationale']}.

'''RC:''' What would they be able to do at the end?

'''JSA:''' They should be able to:
# {lo[0]}
# {lo[1]}
# {lo[2]}
# {lo[3]}

'''RC:''' And the skills underneath that?

'''JSA:''' Mainly {F['competencies']}.

'''RC:''' How would you assess them?

'''JSA:''' With {F['summative_assessment']}.

'''RC:''' Is there a partner?

'''JSA:''' The {F['partner_name']} itself. Our chief agreed to endorse it; the letter is coming.

'''RC:''' How does it fit with Michener's Education Plan?

'''JSA:''' It's {F['education_plan_alignment']}.

'''RC:''' Logistics?

'''JSA:''' In person only, in a real suite. Four hours. We could start {F['proposed_start']} and train about 36 therapists a year.

'''RC:''' Best way to reach you?

'''JSA:''' {F['proposer_email']}, or {F['proposer_phone']}.

''Transcribed by CE; reviewed by both speakers. Next step: RC to send the concept form link (rcastellanos@michener.example, 416-555-0100).''
"""
    src = write_tmp("brachy.wiki", wiki)
    pandoc(src, OUT / name, "mediawiki")
    record(H, name, "5", "en", "MediaWiki markup -> pandoc 2.17 -> DOCX", F,
           "An intake-call TRANSCRIPT (speaker initials in bold, CE advisor asking, proposer answering) written in "
           "MediaWiki markup and converted by pandoc (new route). The advisor's name, email and phone are not the "
           "proposer's; the proposer's title and department are in the Participants line. Request type only as "
           "'a conversion of part of our <program> into something stand-alone' (existing_program, program named); "
           "answers are clauses after 'For', 'Mainly', 'With', 'It's' (the value is the phrase); outcomes as a "
           "numbered list after 'They should be able to:'; 'Our chief agreed to endorse it; the letter is coming' "
           "= confirmed; the partner is the proposer's own centre; 'In person only ... Four hours ... start early "
           "2027 ... about 36 therapists a year'; date from the transcript's Date line.",
           checks=["a conversion of part of our", "agreed to endorse it; the letter is coming", "In person only",
                   "Four hours", "about 36 therapists a year", "5 November 2026"])


# ---------------------------------------------------------------- T15 Google-Docs-like export with comments
def t15():
    name = "Functional capacity evaluation micro-credential - draft (Google Docs export).docx"
    F = {
        "proposal_title": "Functional Capacity Evaluation for Return-to-Work Planning",
        "request_type": "new",
        "proposer_name": "Kalinda Bergström-Afolabi",
        "proposer_title": "Registered Kinesiologist",
        "proposer_department": "Return to Work Services, Greyhaven Rehabilitation",
        "proposer_email": "kbergstrom-afolabi@example.com",
        "proposer_phone": "416-555-0167",
        "target_learners": "registered kinesiologists and occupational therapists who assess injured workers",
        "rationale": "Insurers in the province now require standardised functional capacity evaluations, and most clinicians learned FCE on the job with different protocols.",
        "competencies": "Selecting FCE protocols; observing safe maximal effort; interpreting consistency of effort; writing the RTW report",
        "learning_outcomes": ["Select an appropriate FCE protocol for the job demands",
                              "Administer lifting and positional tolerance tests safely",
                              "Judge consistency of effort from test data",
                              "Write a return-to-work recommendation that an insurer can act on"],
        "competency_framework": "Canadian Kinesiology Alliance competency profile",
        "summative_assessment": "Complete and report one FCE on a simulated worker; the report is marked against a rubric by two examiners",
        "partner_name": "Greyhaven Rehabilitation",
        "partner_contact": "Matthias Oyewole-Brandt, moyewole-brandt@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Grows Michener's offer for health professions outside hospitals, as the Education Plan asks",
        "delivery_format": "hybrid",
        "estimated_hours": 18,
        "proposed_start": "June 2027",
        "expected_enrolment": 40,
        "resources_required": "Lifting equipment and a simulation room for two days per cohort",
        "submission_date": "2026-11-19",
    }
    doc = Document()
    doc.add_paragraph(F["proposal_title"], style="Title")
    p = doc.add_paragraph(f"{F['proposer_name']} · {F['proposer_title']} · {F['proposer_department']}")
    doc.add_paragraph(f"{F['proposer_email']} · {F['proposer_phone']} · 19 Nov 2026")
    secs = [
        ("What we propose", [f"A new micro-credential for {F['target_learners']}."]),
        ("The problem", [F["rationale"]]),
        ("Skills", [F["competencies"]]),
        ("Outcomes", outcomes_lines(F["learning_outcomes"], "1.")),
        ("Framework", [F["competency_framework"]]),
        ("Assessment", [F["summative_assessment"]]),
        ("Partner", [f"{F['partner_name']} (contact: {F['partner_contact']}). Letter of support attached."]),
        ("Fit with the Education Plan", [F["education_plan_alignment"]]),
        ("Logistics", ["Hybrid delivery", "18 hours", "Start: June 2027", "40 learners a year", F["resources_required"]]),
    ]
    runs_for_comment = {}
    for head, paras in secs:
        doc.add_heading(head, 2)
        for i, para in enumerate(paras):
            style = "List Bullet" if head == "Logistics" else None
            pp = doc.add_paragraph(para, style=style) if style else doc.add_paragraph(para)
            runs_for_comment.setdefault(head, pp.runs)
    doc.add_comment(runs_for_comment["Logistics"], text="Should we say 24 hours? Our manager thinks 18 is too short.",
                    author="Dario Pellegrini-Osei", initials="DP")
    doc.add_comment(runs_for_comment["Partner"], text="Ask Eastbay Physio too - contact r.imani@example.com",
                    author="Dario Pellegrini-Osei", initials="DP")
    doc.add_comment(runs_for_comment["What we propose"], text="Or convert our old FCE workshop instead?",
                    author="Kalinda Bergström-Afolabi", initials="KB")
    doc.save(OUT / name)
    record(H, name, "5", "en", "python-docx 1.2 (Title/Heading 2 styles, List Bullet, three reviewer COMMENTS)", F,
           "A Google-Docs-like draft exported to DOCX: Title-styled title, a '·'-separated byline with name, title, "
           "department, then email · phone · date, Heading-2 sections in the writer's words, and THREE REVIEWER "
           "COMMENTS (word/comments.xml) anchored on the text: 'Should we say 24 hours?...', 'Ask Eastbay Physio "
           "too - contact r.imani@example.com' and 'Or convert our old FCE workshop instead?'. Comments are never "
           "values (24 hours, Eastbay Physio and 'convert' are distractors). Request type in a sentence ('A new "
           "micro-credential for ...'); 'Letter of support attached.' = letter_attached; Logistics as bullets "
           "('Hybrid delivery', '18 hours', 'Start: June 2027', '40 learners a year', resources); date '19 Nov "
           "2026' in the byline.",
           checks=["A new micro-credential", "Letter of support attached.", "Hybrid delivery", "18 hours",
                   "40 learners a year", "19 Nov 2026"])


# ---------------------------------------------------------------- T16 colour scan with a received stamp
def t16():
    name = "Scan_2026-11-18_CE_intake_0007.pdf"
    F = {
        "proposal_title": "Dementia-Capable Communication in Diagnostic Imaging",
        "request_type": "micro_course",
        "proposer_name": "Rosamund Iheanacho-Keller",
        "proposer_title": "Medical Radiation Technologist",
        "proposer_department": "Imaging, Elmstead Community Hospital",
        "proposer_email": "riheanacho-keller@example.org",
        "proposer_phone": "705-555-0112",
        "target_learners": "Imaging staff who examine older adults living with dementia",
        "rationale": "Examinations of patients with dementia are often abandoned or repeated; staff ask for practical strategies.",
        "competencies": "Person-centred communication; recognising responsive behaviours; adapting positioning",
        "learning_outcomes": ["Use short, concrete instructions and visual cues",
                              "Recognise responsive behaviours and adapt the examination",
                              "Involve care partners safely in the room"],
        "summative_assessment": "Video-based scenario quiz with a pass mark of 80 %",
        "partner_name": "Elmstead Seniors' Care Collaborative",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Education Plan priority on person-centred care",
        "delivery_format": "online",
        "estimated_hours": 3,
        "expected_enrolment": 150,
        "submission_date": "2026-11-18",
    }
    shown = {"estimated_hours": "3", "expected_enrolment": "about 150", "submission_date": "18/11/2026"}
    doc = Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, answers in pairs(F, shown, lo_style="1.",
                                empty=("existing_program_name", "competency_framework", "partner_contact",
                                       "proposed_start", "resources_required")):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True, size=9)
        set_cell_text(c[1], "\n".join(answers), size=9)
    src = TMP / "dementia_form.docx"
    doc.save(src)
    lo_to(src, "pdf", TMP / "src_dementia.pdf")
    import shutil
    shutil.copy(TMP / "src_dementia.pdf", MAKE / f"src_{name}")
    scan_pdf(TMP / "src_dementia.pdf", OUT / name, dpi=150, angle=0.7, seed=16, colour=True, stamp=True)
    record(H, name, "6", "en", "python-docx -> LibreOffice PDF -> pypdfium2 150 dpi -> Pillow (colour, stamp) -> image-only PDF", F,
           "Scanned official table form in COLOUR (warm paper tone, JPEG) with a blue 'RECEIVED CE' stamp drawn "
           "over the top right of page 1, rotated 0.7°, blurred and speckled; image-only PDF (no text layer) -> "
           "manual review. fields are what a person reads on the page (source kept as _make/src_<file>).",
           manual=True, checks=["about 150", "18/11/2026"], src_for_check=f"src_{name}")


# ---------------------------------------------------------------- T17 another institution's course proposal form
def t17():
    name = "Harbourview College - New Course Proposal (HLTH 2140) - completed.docx"
    doc = Document()
    doc.add_heading("Harbourview College — Academic Council", 1)
    doc.add_paragraph("Form AC-3: New Course Proposal (credit course). Submit to the Curriculum Office two terms before offering.")
    rows = [("Course code", "HLTH 2140"), ("Course title", "Point-of-Care Testing for Community Health Workers"),
            ("Proposing faculty member", "Desmond Achterberg-Liu"), ("Title", "Professor, School of Community Health"),
            ("Email / phone", "dachterberg-liu@example.org / 902-555-0174"),
            ("Type of proposal", "☒ New course   ☐ Revision   ☐ Micro-credential stream"),
            ("Credit value", "3 credits (42 contact hours)"),
            ("Calendar description", "Introduces glucose, INR and HbA1c point-of-care testing in community settings, with quality control and documentation."),
            ("Course learning outcomes", "1. Perform POCT to manufacturer instructions\n2. Apply QC rules\n3. Document and escalate results"),
            ("Assessment plan", "Lab practical 40 %, QC log 20 %, final exam 40 %"),
            ("Prerequisites", "HLTH 1010"), ("Program(s) affected", "Community Health Worker Diploma"),
            ("External consultation", "Harbourview Community Clinics (letter on file)"),
            ("Alignment with college Strategic Plan", "Goal 2: applied learning"),
            ("Delivery", "In person"), ("First offering", "Winter 2028"), ("Expected enrolment", "60"),
            ("Date", "November 12, 2026"), ("Chair's signature", ""), ("Dean's approval", "")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        set_cell_text(c[0], a, bold=True)
        set_cell_text(c[1], b)
    doc.save(OUT / name)
    record(H, name, "7", "en", "python-docx table", {},
           "NOT a concept form: another institution's completed NEW COURSE PROPOSAL form (a college's academic "
           "council form AC-3 for a credit course) - a two-column table with a title, proposing faculty member, "
           "email/phone, ☒ type of proposal, hours, learning outcomes, assessment plan, external consultation, "
           "strategic-plan alignment, delivery, first offering, enrolment and a date. Same vocabulary and shape as "
           "the concept form, but for a different institution's approval process, not a proposal to Michener CE.",
           is_form=False)


# ---------------------------------------------------------------- T18 preceptor agreement (reportlab platypus)
def t18():
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    name = "Preceptor agreement - micro-credential clinical component - signed.pdf"
    ss = getSampleStyleSheet()
    story = [Paragraph("Preceptor Agreement — Clinical Component", ss["Title"]),
             Paragraph("Micro-credential: Ultrasound-Guided Peripheral IV Access for Emergency Nurses (cohort 1)", ss["Heading3"]),
             Paragraph("This agreement is between the learner, the preceptor and the Continuing Education office. The preceptor "
                       "will supervise five insertions and sign off each one against the checklist used for the summative "
                       "assessment. The learning outcomes of the micro-credential are listed in the course outline.", ss["BodyText"]),
             Spacer(1, 8)]
    data = [["", "Name", "Email", "Phone"],
            ["Learner", "Yusuf Adebanjo-Lind", "yadebanjo-lind@example.com", "416-555-0147"],
            ["Preceptor", "Carys Montalvo-Nweke, RN", "cmontalvo-nweke@example.org", "416-555-0148"],
            ["CE coordinator", "Rui Castellanos", "rcastellanos@michener.example", "416-555-0100"]]
    story.append(Table(data, style=[("GRID", (0, 0), (-1, -1), 0.5, "#777777"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [Spacer(1, 8), Paragraph("Site: Tallwood General Hospital, Emergency Department. Placement dates: 12 April – 7 May 2027. "
                                      "Hours: up to 20 supervised clinical hours.", ss["BodyText"]),
              Paragraph("Responsibilities: the preceptor provides supervision, feedback and the sign-off; the learner follows site "
                        "policies; CE provides the checklist and insurance confirmation.", ss["BodyText"]),
              Spacer(1, 16), Paragraph("Signed: Yusuf Adebanjo-Lind — 20 November 2026 &nbsp;&nbsp; Carys Montalvo-Nweke — 21 November 2026", ss["BodyText"])]
    SimpleDocTemplate(str(OUT / name), pagesize=letter).build(story)
    record(H, name, "7", "en", "reportlab platypus (SimpleDocTemplate, Table)", {},
           "NOT a concept form: a signed PRECEPTOR AGREEMENT for the clinical component of a micro-credential "
           "(names the micro-credential, its summative assessment and learning outcomes; a table of learner, "
           "preceptor and CE coordinator with emails and phones; site, dates, hours, signatures). About a "
           "micro-credential but an agreement for one learner's placement.", is_form=False)


# ---------------------------------------------------------------- T19 French incident report (HTML -> LO DOCX)
def t19():
    name = "Rapport d'incident - formation pratique microcertificat - 2026-11-09.docx"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2>Rapport d’incident / d’accident</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Déclarant</b></td><td>Noémie Taillefer-Asante</td></tr>
<tr><td><b>Fonction</b></td><td>Formatrice, Formation continue</td></tr>
<tr><td><b>Courriel / téléphone</b></td><td>ntaillefer-asante@example.org / 514-555-0133</td></tr>
<tr><td><b>Date et heure de l’incident</b></td><td>9 novembre 2026, 14 h 20</td></tr>
<tr><td><b>Lieu</b></td><td>Laboratoire de simulation B-214</td></tr>
<tr><td><b>Activité</b></td><td>Séance pratique du microcertificat « Photothérapie UVB » – évaluation sommative</td></tr>
<tr><td><b>Type</b></td><td>☒ Blessure mineure ☐ Quasi-incident ☐ Dommage matériel</td></tr>
<tr><td><b>Description</b></td><td>Une participante s’est coupé le doigt sur le bord d’un panneau de protection. Premiers soins donnés sur place.</td></tr>
<tr><td><b>Mesures prises</b></td><td>Panneau retiré; bordure protégée; rappel des consignes aux partenaires du laboratoire.</td></tr>
<tr><td><b>Témoin</b></td><td>Karim Delorme-Yeboah, 514-555-0134</td></tr>
<tr><td><b>Suivi requis</b></td><td>Oui – inspection du laboratoire avant la prochaine cohorte (janvier 2027)</td></tr>
</table>
<p>Signature : N. Taillefer-Asante &nbsp;&nbsp; Date : 2026-11-09</p></body></html>"""
    src = write_tmp("incident_fr.html", html)
    lo_to(src, "docx:MS Word 2007 XML", OUT / name)
    record(H, name, "7", "fr", "HTML table -> LibreOffice 7.4 Writer -> DOCX", {},
           "NOT a concept form (French): a filled INCIDENT REPORT from a micro-credential's practical session "
           "(reporter name, role, email/phone, date, place, activity naming a micro-credential and its summative "
           "assessment, ☒ type, description, witness with phone, follow-up) - a two-column table form full of "
           "names and dates, but it reports an injury.", is_form=False)


# ---------------------------------------------------------------- T20 newsletter article (Textile -> pandoc -> DOCX -> LO PDF)
def t20():
    name = "CE Dispatch - Fall 2026 - new micro-credentials.pdf"
    textile = """h1. CE Dispatch — Fall 2026

h2. Three new micro-credentials open for enrolment

_By Mireille Okonjo-Hart, CE Communications (mokonjo-hart@michener.example)_

Continuing Education is launching three micro-credentials in the new year. Each was proposed by a clinician through the concept form, endorsed by an industry partner and aligned with Michener's Education Plan.

* *Negative Pressure Wound Therapy in Home and Community Care* — hybrid, 9 hours, starts February 2027. Learning outcomes include applying an airtight dressing and troubleshooting alarms; the summative assessment is an OSCE station.
* *Malaria Smear Microscopy Refresher* — online, 5 hours.
* *Brachytherapy Emergency Procedures* — in person, 4 hours, for radiation therapists.

"We expect about 200 learners in the first year," says program manager Tavish Brennan-Adu (416-555-0102).

h3. Want to propose one?

Send a completed concept form to ce@michener.example. Information session: 3 December 2026, 12:00, room 4-110.
"""
    src = write_tmp("dispatch.textile", textile)
    mid = TMP / "dispatch.docx"
    pandoc(src, mid, "textile")
    lo_to(mid, "pdf", OUT / name)
    record(H, name, "7", "en", "Textile -> pandoc 2.17 -> DOCX -> LibreOffice PDF", {},
           "NOT a concept form: a NEWSLETTER ARTICLE announcing new micro-credentials (written in Textile, "
           "converted by pandoc to DOCX and printed to PDF by LibreOffice): titles of micro-credentials with format, "
           "hours, start, outcomes, summative assessment, an author byline with email, a quoted manager with a "
           "phone and an expected number of learners, and a call to send concept forms. It announces, it does not "
           "propose.", is_form=False)
